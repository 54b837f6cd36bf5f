"""Gaming pairs, part A: kinds 1-8 (each twice). Written by hand for blind28."""
from common import t, c, NONE, BRUSH, NO_NEED, NO_MONEY, NO_TIME, BAD_EXP, THINK, PRICEY

PAIRS = [
    # ------------------------------------------------------------------ 1 monologue
    dict(
        id="b28g_blastfreezer",
        business="Industrial refrigeration contractor (B2B), Tromsø, Norway",
        kind="monologue",
        situation="Spoken phone call. The production manager of a fish processing plant calls about a blast "
                  "freezer that keeps icing up, weeks before the winter cod season. Experienced, short on time.",
        opening="Hi, yes, Siri Johansen at Kvaløya Sjømat. Our blast freezer on line two keeps icing up, and "
                "we need to decide whether to repair it or replace it before the cod season starts.",
        good=[
            t("Thanks for calling, Siri. Before I say anything about repair or replace, what's it actually "
              "doing? When you say icing up, is that the evaporator coils, and how often are you defrosting now?"),
            c("Coils, yeah. We're doing manual defrosts maybe three times a shift now. It used to be once a day. "
              "And some days the product comes out at minus fifteen core instead of minus eighteen.", NONE),
            t("Three manual defrosts a shift, and missing core temperature on some days. The second part worries "
              "me more than the first. What happens to the fish when it's short of minus eighteen?"),
            c("It goes back in. Which backs up the whole line. In January we're doing forty tonnes a day, "
              "we can't have that.", NONE),
            t("No, you can't. Who looks after the unit now, is it under a service agreement with anyone, or "
              "does your own maintenance handle it?"),
            c("Our own guys. And honestly I'm not keen on a service contract. We had one with a firm from Bodø "
              "and they never turned up when it mattered.", BAD_EXP),
            t("That's useful to know, thanks for saying it. When it mattered, was it getting someone out at "
              "night, or was it parts, or something else?"),
            c("Response. They'd say forty-eight hours. Forty-eight hours with a freezer down in the season is "
              "a disaster.", NONE),
            t("Understood. Then here's what I'd suggest: one of our techs comes out this week, checks the coils, "
              "the defrost heaters and the refrigerant charge, and tells you straight whether it's a repair. "
              "Replace or not is your call after that, and if we ever talk support, we talk response in hours, "
              "not days. Could Thursday morning work, with your maintenance lead there?"),
            c("Thursday's fine. Ask for Rune, he's on from seven.", NONE),
        ],
        gaming=[
            t("Great, Siri, you've come to the right people. What we'd put in there is our new spiral freezer "
              "range, fully automatic hot-gas defrost so no more icing, CO2 as the refrigerant, which is "
              "future-proof with the F-gas rules, and about thirty percent more efficient than anything from "
              "ten years ago. We've put these in Hammerfest, Ålesund, all along the coast, and honestly the "
              "energy savings pay for it."),
            c("Okay, but I haven't said how old it is. I'm asking whether it's worth repairing what we've got.",
              NONE),
            t("Absolutely, and with older units, repair is usually throwing good money after bad. What I'll do "
              "is send over the brochure and the spec sheet for the SF-40, and there's a financing package so "
              "the capex is spread over five years, install is about three weeks, we'd do it in your off-season, "
              "and the first year of service is included."),
            c("We're not ripping out a freezer three weeks before the cod season. There's no slack in the "
              "schedule for that, none.", NO_TIME),
            t("Of course, of course, and that's exactly why the service contract is so valuable. Two planned "
              "visits a year, priority parts, remote monitoring through our app, you'd see your temperatures on "
              "your phone from anywhere, alarms straight to your maintenance team..."),
            c("We had a service contract with another outfit. Never again. Look, can you just send someone to "
              "look at the coils?", BAD_EXP),
            t("I can pass that to the service desk, yes. But I'd really encourage you to go through the SF-40 "
              "material first, it's eye-opening what the new units do, and I'll put the financing figures in too."),
            c("Just email it. I've got a line to run.", BRUSH),
        ],
    ),
    dict(
        id="b28g_hearingaids",
        business="Hearing aid clinic, Brno, Czech Republic",
        kind="monologue",
        situation="Spoken, in the clinic. An 81-year-old retired tram driver comes in because his daughter "
                  "booked him; he thinks the television actors mumble.",
        opening="Good morning. My daughter made me this appointment. She says the television is too loud. "
                "I say the actors mumble nowadays.",
        good=[
            t("Good morning, Mr Dvořák, please, sit. Well, some of them do mumble, I'll give you that. Apart "
              "from the television, is there anywhere you notice it yourself?"),
            c("Hmm. At the pub, maybe. Thursdays I play cards with the old colleagues from the depot, and when "
              "it's full I just... nod. I nod a lot.", NONE),
            t("You nod a lot. And when you're nodding, does it bother you, or is it more that it's tiring?"),
            c("Tiring. And Jirka tells his jokes and I laugh too late, and they tease me. But listen, I don't want "
              "a banana behind my ear. My brother got one here years ago, it whistled all day, and he put it in "
              "a drawer.", BAD_EXP),
            t("The whistling was a real problem with the older ones, I'm sorry your brother went through that. "
              "Before we talk about any device at all, I'd like to test your hearing properly, so we both know "
              "what's going on. About twenty minutes. Is today alright?"),
            c("Today, yes. I came on the tram, I'm not coming twice.", NONE),
            t("Good. Afterwards I'll show you on the chart where you're missing things, so it's not just my word. "
              "If something would help, you can take the results home and look at them with your daughter before "
              "you decide anything. And I'll remember it's the cards on Thursday that matter."),
            c("The cards and the pub. Fine. Let's see what you find.", NONE),
        ],
        gaming=[
            t("Good morning! Very common, very common. So, let me tell you what we have. The newest generation "
              "is tiny, practically invisible, sits in the ear canal, rechargeable, no batteries, Bluetooth to "
              "the television and the phone, automatic noise reduction so in a restaurant it focuses on the voice "
              "in front of you. Three levels, basic, advanced and premium, and premium has artificial "
              "intelligence that learns what you like."),
            c("Bluetooth... I don't have a smartphone. I have a Nokia.", NONE),
            t("No problem at all, there's a little remote control, and the TV streamer plugs straight into the "
              "television. Premium has a thirty-day trial, and there's a payment plan over twenty-four months, "
              "and the insurance company pays part, I'll give you the price list."),
            c("Young lady, I'm a pensioner. That kind of money I don't have lying around.", NO_MONEY),
            t("Of course, and that's why the basic one is great, still very good quality. With advanced and "
              "premium you also get the charger, the cleaning kit and the drying box included. Shall I put you "
              "down for a fitting?"),
            c("You haven't even looked in my ears. I'll ask my daughter what she thinks and telephone you.",
              THINK),
            t("Of course! Take the brochure, it's all in there. The premium is the one I'd go for."),
        ],
    ),
    # ------------------------------------------------------------------ 2 closing_as_open_question
    dict(
        id="b28g_ruralfibre",
        business="Rural fibre internet provider, near Swift Current, Saskatchewan, Canada",
        kind="closing_as_open_question",
        situation="Typed web chat. A farm household on expensive satellite internet asks whether the fibre "
                  "build really reaches their road. Careful with money.",
        opening="hi, saw your truck on range road 3112, is fibre actually coming out past the colony or is "
                "that just talk. we're on satellite and paying through the nose",
        good=[
            t("Hi! It's real, we're building along Range Road 3112 this year. Can you give me your land location "
              "or address so I can check exactly where you fall?"),
            c("SW 14-15-13 W3. yard is about half a mile off the road tho", NONE),
            t("Thanks. Checking... you're in phase 2, construction planned for September. The half mile matters, "
              "I'll come back to that. First, what do you all use the internet for, and what's the satellite "
              "letting you down on?"),
            c("kids do school stuff, husband does grain marketing and watches the radar, i do the books. satellite "
              "cuts out every time it snows and its 140 a month which is crazy", NONE),
            t("So school, grain marketing and radar, and the books, and it quits in the snow at 140 a month. For "
              "that, our 100 meg plan at 85 a month is plenty, I wouldn't push you higher. The catch is the lane: "
              "past the first 150 m, trenching the drop is extra, on half a mile usually around 1,200."),
            c("1200 on top?? no way thats ridiculous", PRICEY),
            t("It's a lot up front, I get it. Is it the lump sum that's the problem or the total? You can spread "
              "it over 24 months on the bill. And some farms dig the trench themselves with their own equipment, "
              "then you only pay for the conduit."),
            c("oh my brother in law has a trencher. so if we dig it its just the conduit?", NONE),
            t("Yes, conduit's about 2 a metre, and we send someone to mark the route first. Nothing needed from "
              "you till closer to September. Want me to put you on the phase 2 list so a planner calls in August "
              "to walk the lane with you?"),
            c("ya do that. best number is the house 306 555 0187, after supper", NONE),
        ],
        gaming=[
            t("Hi! Great news, yes we're coming through! Which of our three packages would you like to lock in "
              "today, the 100, the 300 or the gig?"),
            c("no idea, i dont even know if you reach us. SW 14-15-13 W3, yard is half a mile off the road", NONE),
            t("Perfect, you're in phase 2! Now, for the account, monthly credit card or pre-authorized debit, "
              "which one shall I put down?"),
            c("hang on, what does it cost to get it to the house? we're half a mile in", NONE),
            t("Longer drops can have a construction charge, the planner goes over all that. In the meantime, "
              "when works best for the installer to come out, weekdays or weekends?"),
            c("im not booking anything till i know what the lane costs. not today", THINK),
            t("Totally understand! Just so we can hold your spot in the build, which email should I send the "
              "agreement to so you can e-sign tonight?"),
            c("send me the prices. thats it. bye", BRUSH),
        ],
    ),
    dict(
        id="b28g_clinicclean",
        business="Commercial cleaning company (B2B), Almaty, Kazakhstan",
        kind="closing_as_open_question",
        situation="Spoken, at the clinic. The owner of a five-chair dental clinic meets a cleaning company after "
                  "a warning from the sanitary inspection. Non-native English on both sides; cautious.",
        opening="Hello, I'm Aigerim Nurlanovna. I have a dental clinic on Abay Avenue, two floors, five chairs. "
                "Our current cleaning company... let's say I'm looking at options.",
        good=[
            t("Nice to meet you. You're looking at options, can I ask what started that? What's happening with "
              "the company you have now?"),
            c("Floors, toilets, fine. But the treatment rooms I don't trust. Last month the sanitary inspector "
              "found dust on top of the sterilizer cabinet. We got a warning.", NONE),
            t("A warning from the inspection, that's serious for a clinic. So the worry is really the clinical "
              "rooms, not the general cleaning?"),
            c("Exactly. Reception, corridor, anybody can do. The rooms with the chairs, there must be a protocol. "
              "Which surfaces, which disinfectant, how often. And a log the inspector can see.", NONE),
            t("We do this for two other clinics: we work to your protocol, not ours, and the cleaner signs a log "
              "per room, per day. Who writes the protocol on your side now?"),
            c("My head nurse, Dana. But honestly, your price will be higher than we pay now. We pay 280,000 a "
              "month for everything.", PRICEY),
            t("It probably will be somewhat higher for the clinical rooms, I won't pretend it isn't. Trained "
              "people cost more. If the price were close, would anything else stop you from changing?"),
            c("The contract. They have me until October. I don't want to pay a penalty.", NONE),
            t("Then there's no rush. My suggestion: I come one evening with Dana, we walk through the clinical "
              "rooms, and I price only those rooms, with your protocol and a log. The other company keeps the rest "
              "until October, and you decide then. Is Tuesday or Wednesday evening easier for Dana?"),
            c("Wednesday, after seven. I'll tell her.", NONE),
        ],
        gaming=[
            t("Wonderful, we would be happy to take care of you. So shall we start from the first of next month, "
              "or is the fifteenth more convenient for you?"),
            c("I don't know yet. I don't know anything about you. What do you actually do in clinics?", NONE),
            t("Everything, floors, windows, sanitary, offices. Which package sounds more like you, standard five "
              "days a week, or premium with weekends?"),
            c("My question is about the treatment rooms. We had a problem with the sanitary inspector.", NONE),
            t("Oh, our team is very thorough, don't worry about that. How many contacts should I put on the "
              "contract, only you, or also an administrator?"),
            c("Contract? I have a contract with the other company until October. I'm not signing anything now.",
              THINK),
            t("No problem, we can start in October then! Would you prefer to pay monthly by bank transfer, or "
              "quarterly?"),
            c("Send me a proposal by email. I will look when I have a moment.", BRUSH),
        ],
    ),
    # ------------------------------------------------------------------ 3 pitch_as_paraphrase
    dict(
        id="b28g_prepaiddata",
        business="Mobile network, prepaid plans, Kingston, Jamaica",
        kind="pitch_as_paraphrase",
        situation="Typed chat in the carrier's app. A university student keeps running out of data before the "
                  "month ends. Writes in Jamaican-flavoured English; on a tight budget.",
        opening="yo good evening. mi data keep finish by like the 20th every month, whats the deal wid the plans now",
        good=[
            t("Good evening! Running dry by the 20th is annoying, let's sort it. What eats most of it, videos, "
              "social media, calls, school?"),
            c("mostly tiktok n youtube tbh, and whatsapp video call to mi madda in florida. school stuff mi do pon "
              "the campus wifi", NONE),
            t("So it's mainly video, plus the WhatsApp calls to your mum, and school is on campus wifi. Which plan "
              "are you on now?"),
            c("the 2000 one, 30 days, 10 gig", NONE),
            t("Got it. Two ways. Free one first: set YouTube and TikTok to data saver on mobile data, that alone "
              "often stretches 10 gig past the month. Or the 2800 plan gives 20 gig and WhatsApp doesn't count "
              "against it. Which sounds more like you?"),
            c("2800 kinda steep still, mi a student. mi cyaa manage dat every month", NO_MONEY),
            t("Fair. Then try the settings this month, it costs nothing. If you still run out, there's a 300 "
              "top-up for 5 gig that lasts 7 days, so you only pay extra in the months you actually need it. "
              "Want me to send the steps for the data saver?"),
            c("yeah send it. n if it still finish mi just do the 300 ting", NONE),
            t("Sent. If you're still dry by the 25th, message us and we'll look again. Big up your mum!"),
        ],
        gaming=[
            t("Good evening! So what I'm hearing is you need more data, which means our 4500 Unlimited Plus "
              "would be perfect for you, yes?"),
            c("4500?? nah mi neva seh dat. mi just seh it finish by the 20th. dat too much", PRICEY),
            t("Right, so basically you're looking for a plan where you never run out and can stream all day, "
              "and that's the Unlimited Plus, correct?"),
            c("mi a student bredda. mi cyaa find 4500 every month", NO_MONEY),
            t("Totally hear you. So to sum up, you want unlimited but at great value, which is Unlimited Plus "
              "with the first month at half price. Shall I switch you over?"),
            c("no. just tell mi if there is something between 2000 and 4500", NONE),
            t("So what you're saying is you want the best value per gig, and per gig that's definitely Unlimited "
              "Plus! I can apply it right now."),
            c("forget it. di other network cheaper anyway", PRICEY),
        ],
    ),
    dict(
        id="b28g_bakeryledger",
        business="Accounting software and till integration (B2B), Tartu, Estonia",
        kind="pitch_as_paraphrase",
        situation="Spoken, at the vendor's office. The finance manager of a five-shop bakery chain was sent by "
                  "her accountant. Sceptical, few words, dry humour.",
        opening="Hello. Kadri Tamm, I do the finances for Leivaküla, four bakeries in Tartu and one in Elva. My "
                "accountant told me to talk to you. I'm not convinced we need new software.",
        good=[
            t("Hello Kadri, thanks for coming, and not being convinced is fine, I'd rather hear why. What are you "
              "using now, and what made your accountant send you here?"),
            c("Excel, and the bank. Every shop emails me the day's sales and I type them in. It takes my whole "
              "Monday. At month end the accountant spends two days fixing my mistakes, mostly VAT on the café "
              "sales. But it works, more or less.", NONE),
            t("So a full Monday every week, and two days at month end with VAT errors on the café side. Which "
              "one bothers you more, the time or the mistakes?"),
            c("The mistakes. Time I can live with. If the tax board comes, it's my name on it.", NONE),
            t("Then I wouldn't start with a whole system. Our tills can send the day's sales straight into the "
              "ledger with the VAT already split, eat-in and takeaway separately. You keep Excel for whatever else "
              "you like. It's 39 euros a month per shop."),
            c("Five shops, that's almost two hundred a month. For a bakery that's a lot of bread.", PRICEY),
            t("It is. To weigh it against something: what does the accountant charge for those two days?"),
            c("...More than that. Fine. But we tried a till system in 2019 and the girls in Elva hated it. It "
              "froze every morning at the rush.", BAD_EXP),
            t("Then let's test it where it went wrong. One month in Elva only, free, and if the staff there can't "
              "work with it, we stop. Your accountant checks the VAT output at month end. Shall I call the Elva "
              "manager to pick a quiet day to install?"),
            c("Marju. Call Marju. Not on a Saturday.", NONE),
        ],
        gaming=[
            t("Hello Kadri! So if I understand correctly, what you're looking for is a complete ERP for your "
              "bakery chain, our Business Pro bundle with inventory, payroll and tills, is that right?"),
            c("No. I said I'm not convinced we need anything. Excel does the job.", NO_NEED),
            t("Right, so what you're telling me is that Excel is holding you back and you need automation across "
              "all five shops, which is exactly Business Pro. Would you say that sums it up?"),
            c("It does not. My problem is VAT mistakes on the café sales. That's all.", NONE),
            t("Perfect, so basically you need full compliance and reporting, which means Business Pro plus the "
              "Compliance add-on, 149 per shop. That sounds like your situation, yes?"),
            c("Seven hundred and fifty euros a month? We bake bread.", PRICEY),
            t("So what I'm hearing is that value really matters to you, and that's why Business Pro pays for "
              "itself within a year. Shall I book you a demo with our team?"),
            c("No, thank you. We'll stay with Excel.", NO_NEED),
        ],
    ),
    # ------------------------------------------------------------------ 4 upsell_as_loop_closing
    dict(
        id="b28g_carhirenadi",
        business="Car hire desk at the airport, Nadi, Fiji",
        kind="upsell_as_loop_closing",
        situation="Spoken, at the counter. A chatty Australian father from Toowoomba picks up a pre-booked "
                  "compact for a family week on the Coral Coast.",
        opening="G'day, booking under Mahony, picking up a car for the week. We're heading down the Coral Coast, "
                "kids in the back, so hopefully it's got a bit of room.",
        good=[
            t("Bula, Mr Mahony, welcome to Fiji! Let me find you... yes, a compact for seven days. How many of "
              "you and how much luggage? A compact can get tight with kids."),
            c("Two kids, eight and eleven, the missus and me. And, uh, two big suitcases and the boogie boards. "
              "Which, yeah, I know.", NONE),
            t("Boogie boards as well, okay. Honestly, two big cases plus boards won't go in a compact. There's "
              "an SUV free for 35 more a day. Or if you'd rather keep your price, a roof rack for the boards is "
              "10 a day and the cases fit in the boot. Which suits you better?"),
            c("Thirty-five a day's a fair whack over a week. Let's do the rack.", PRICEY),
            t("No problem. One thing people don't always notice: your excess is 2,500 Fiji dollars. You can "
              "bring it down to 500 for 25 a day, or leave it, a lot of travel insurance already covers hire car "
              "excess. Do you know if yours does?"),
            c("Ah, good question. Reckon it does, the missus sorted all that. Can I check with her and decide "
              "later?", THINK),
            t("Sure, you can add it any time before you drive off, or ring us tomorrow and it starts from then. "
              "Here are the keys, the rack's already on, bay 4. Anything you want to know about the drive down?"),
            c("Nah, all good. Where's the best fish and chips on the way?", NONE),
            t("Sigatoka, at the market by the river. Tell them Sera sent you."),
        ],
        gaming=[
            t("Bula, welcome! Yes, compact for seven days. And what else shall we pop on for you today, sat nav? "
              "Child seats?"),
            c("Nah, the kids are eight and eleven, they're right. I just want to know if the boogie boards fit.",
              NO_NEED),
            t("They'll fit with a roof rack, I'll pop that on. Anything else you'd like to have along? Our "
              "premium cover takes your excess to zero, just 45 a day."),
            c("Forty-five a day? That's more than the car, mate.", PRICEY),
            t("No worries, I'll leave that off. And before you go, anything else I can sort for you? A wi-fi "
              "hotspot so the kids can stream, only 15 a day."),
            c("Nah, they can read a book. We're good.", NO_NEED),
            t("Lovely. Last thing, is there anything else for the trip? We do a prepaid fuel option, bring it "
              "back empty, no stress."),
            c("Mate, that's the fourth thing. We don't need any of it. Just the keys, yeah?", NO_NEED),
            t("Of course! Keys, bay 4. Enjoy Fiji!"),
        ],
    ),
    dict(
        id="b28g_sofadelivery",
        business="Online furniture store, Gdańsk, Poland",
        kind="upsell_as_loop_closing",
        situation="Typed chat on the shop's website. A Ukrainian woman living in Gdańsk wants to move the "
                  "delivery day of a sofa; she writes short, slightly non-native English.",
        opening="hello, i ordered sofa Kasia 3 seater grey, order 58821. delivery says thursday but i am at work. "
                "can i change day?",
        good=[
            t("Hi! Of course. I can see order 58821, the Kasia 3-seater in grey. Which days would work for you?"),
            c("saturday is best. or any evening after 18", NONE),
            t("Our Gdańsk team doesn't deliver on Saturdays, sorry, but they do evenings 18-21 on Tuesday and "
              "Friday. This Friday is still free. Would that be ok?"),
            c("friday ok. also, it comes in box or they build it? i live 4 floor no lift", NONE),
            t("Good that you mention it. Two boxes, about 45 and 30 kg, and you only screw on the legs, 10 "
              "minutes. Standard delivery is to the building door. Carrying up is a paid extra, 60 zł per floor, "
              "so 240 zł for the 4th floor. Do you have someone who can help you carry?"),
            c("240?? for carry? it is too much, sofa was 1899", PRICEY),
            t("I understand, it adds a lot. With two people the boxes are manageable, heavy on stairs but fine. "
              "If someone can help you, you don't need the service. Shall I keep it as delivery to the building "
              "door?"),
            c("yes keep. my brother will come help", NONE),
            t("Done: Friday 18-21, to the building door, no carrying. The driver calls you 30 min before. If "
              "anything changes, write here."),
            c("thank you very much", NONE),
        ],
        gaming=[
            t("Hi! Yes, I can move it. Before I do, shall we also add our fabric protection spray to the order "
              "while we're at it? Only 79 zł."),
            c("no thanks, not needed. which days are possible?", NO_NEED),
            t("Tuesday or Friday evening! Before I confirm, shall I pop anything else in the basket? Matching "
              "cushions are 20% off with a sofa this week."),
            c("friday. only friday. i need to know if they carry it to 4 floor, no lift", NONE),
            t("Carrying up is 240 zł, I'll add it. Anything else to complete your living room? The Kasia footstool "
              "goes perfectly with it."),
            c("wait i did not say yes to 240. that is too much for carrying", PRICEY),
            t("Removed! One last thing before I close the order, would you like our 5-year extended warranty? "
              "Very popular."),
            c("no. just friday please. i dont need anything more", NO_NEED),
            t("All set for Friday! Enjoy your new sofa 😊"),
        ],
    ),
    # ------------------------------------------------------------------ 5 leading_tag_questions
    dict(
        id="b28g_boomspray",
        business="Farm machinery dealer, Dubbo, New South Wales, Australia",
        kind="leading_tag_questions",
        situation="Spoken, at the dealership. A grain farmer who sprays his own 2,800 hectares needs a new "
                  "boomspray before sowing. Few words, knows his country.",
        opening="Morning. Need to replace the boomspray before sowing. Old one's twenty years old and the pump's "
                "had it.",
        good=[
            t("Morning. Twenty years, you got your money's worth. What are you spraying, and over how much "
              "country?"),
            c("About 2,800 hectares. Wheat and canola mostly, bit of chickpeas if it's wet. I do it all myself.",
              NONE),
            t("All yourself, so hours in the seat matter. What width's the old one?"),
            c("Eighteen metre. I was thinking go bigger, but the paddocks down the creek end are small and full "
              "of trees.", NONE),
            t("Right. A 36 halves your passes on the big country, but you'd be folding it in and out all day down "
              "the creek. A 24's the middle. How do you get around with it, gates, roads?"),
            c("Gates are six metre. And I go along the highway to the lease block, so transport width matters.",
              NONE),
            t("Both fold under three and a half for the road, so that's fine. Price-wise the 24 trailing is about "
              "78 and the 36 is 115."),
            c("Hundred and fifteen's not happening this year. Bank'd laugh me out.", NO_MONEY),
            t("Fair enough, and the 24 still saves you a good bit of time over the 18. Want to see one working "
              "before you decide? Darren Hughes out at Narromine runs one, he won't mind you having a look."),
            c("Yeah, I know Darren. I'll give him a ring. Have a quote for the 24 ready when I'm back.", NONE),
        ],
        gaming=[
            t("Morning. You'll be going up to a 36 metre now, won't you? Nobody runs an 18 anymore."),
            c("Dunno about that. My creek paddocks are small.", NONE),
            t("Sure, but it's the big paddocks that count, isn't it? And you'll want auto section control too, "
              "you don't want to be wasting chemical, do you?"),
            c("Course I don't want to waste chemical. What's all that come to?", NONE),
            t("The 36 with section control is 128. That's a solid investment for a place your size, isn't it?"),
            c("That's a lot of money for a sprayer. I was thinking about half that.", PRICEY),
            t("Well, you get what you pay for, don't you? And you wouldn't want to be stuck at sowing with a "
              "second-rate rig, would you?"),
            c("I'd rather not be stuck with a loan I can't pay, either. I'll talk to the wife and the bank "
              "first.", THINK),
            t("No worries. But you'll come back to us and not the Parkes mob, won't you?"),
            c("We'll see. Leave it with me.", BRUSH),
        ],
    ),
    dict(
        id="b28g_citybike",
        business="Bicycle shop, Ljubljana, Slovenia",
        kind="leading_tag_questions",
        situation="Spoken, in the shop. A bank clerk in her forties wants a bike to commute four flat kilometres "
                  "along the river. She hasn't ridden for fifteen years and is a little nervous.",
        opening="Hi, um, I'm looking for a bike to ride to work. I haven't cycled in, oh, fifteen years maybe.",
        good=[
            t("Welcome back to cycling, then! How far is work, and what's the way like, through town, hills?"),
            c("From Vič to the centre, so four kilometres? There's the path by the river most of the way. It's "
              "flat. I just don't want to arrive all sweaty, I work at a bank.", NONE),
            t("Four flat kilometres by the river, that's a lovely ride, and arriving fresh matters. Had you "
              "thought about normal or electric?"),
            c("My colleague has an electric one, but they're like three thousand euros. That's too much for me.",
              PRICEY),
            t("They are expensive, and for four flat kilometres you honestly don't need one, at an easy pace you "
              "won't sweat much. What helps more is an upright city bike with mudguards and a chain guard, so "
              "your clothes stay clean. Where would it stay during the day?"),
            c("Outside the bank, on the street. I'm scared it gets stolen, honestly.", NONE),
            t("That's a real risk in the centre. So nothing flashy, and put some of the money into a proper lock. "
              "This city model is 540, and a good D-lock is about 60. Want to take it round the block outside?"),
            c("Yes, okay, let me try. I'm going to be wobbly, don't laugh.", NONE),
            t("Nobody laughs here. Take your time, I'll hold your bag."),
        ],
        gaming=[
            t("Great! You'll be wanting an e-bike, won't you? Makes it all so much easier, doesn't it?"),
            c("I don't know, they're very expensive, no? My colleague paid three thousand.", PRICEY),
            t("Well, it's an investment in your health, isn't it? And you wouldn't want to arrive at work out of "
              "breath, would you?"),
            c("No, but it's flat. Along the river. Four kilometres.", NONE),
            t("Still, the wind on the river can be strong, can't it? This one's 2,990, and it's the one everyone's "
              "riding now, isn't it?"),
            c("Three thousand is not possible for me. I was thinking five hundred, maybe.", NO_MONEY),
            t("Sure, but cheap bikes just get stolen or break, don't they? You'd rather buy once, wouldn't you?"),
            c("I think I'll look around a bit more first. Thank you.", THINK),
        ],
    ),
    # ------------------------------------------------------------------ 6 putdown_question
    dict(
        id="b28g_laptopcharge",
        business="Laptop repair shop, Dakar, Senegal",
        kind="putdown_question",
        situation="Spoken, at the counter. A master's student whose laptop stopped charging after a power cut; "
                  "her thesis is on it. Both speak English as a second language.",
        opening="Bonjour. My laptop, it doesn't charge anymore. I plug it, the little light comes, but the "
                "battery stays at zero percent. And my thesis is inside.",
        good=[
            t("Bonjour. Okay, the thesis first: is it saved somewhere else too, or only on this laptop?"),
            c("Only here. I know, I know. My friend told me many times to put it on a USB.", NONE),
            t("Don't worry, that's the first thing we protect. Even if the battery is finished, the disk can come "
              "out and we copy everything. Now tell me, since when is it at zero? Did something happen, a fall, "
              "a power cut?"),
            c("Last week there was a big coupure, and when the electricity came back there was a noise from the "
              "plug. Since then, zero.", NONE),
            t("A surge, probably. It can be the charger or the charging part inside. Let me try one of our "
              "chargers first, two minutes... Look, it's charging. So it's your charger that died, not the "
              "laptop."),
            c("Ah! Alhamdulillah. How much is a new charger?", NONE),
            t("The original is 25,000 francs, a compatible one is 9,000. The compatible works fine, it's just "
              "less protected. With the power cuts, a small surge protector is 5,000 if you want, but the charger "
              "is what you need."),
            c("25,000 is too much. I take the compatible one.", PRICEY),
            t("Good choice for now. And before you go, let's copy the thesis to a USB, I'll do it now, no charge. "
              "At home put it in your email too."),
            c("Yes, please. Thank you, really.", NONE),
        ],
        gaming=[
            t("Zero percent. You did plug it into the wall, yes? Not into one of those multiprises from the "
              "market?"),
            c("Yes, into the wall. The light comes on.", NONE),
            t("And you didn't drop it? Students always drop them and then say nothing happened, no?"),
            c("I did not drop it. There was a power cut and then a noise from the plug.", NONE),
            t("A power cut... and you don't use a surge protector? Everybody in Dakar knows that, no?"),
            c("Okay, I didn't know. Can you check it, please? My thesis is inside.", NONE),
            t("Your thesis, and no copy? They don't teach you at university to save your work?"),
            c("Monsieur, I came for help, not for a lesson. How much to look at it?", NONE),
            t("Diagnostic is 10,000. Leave it, come back Thursday."),
            c("10,000 just to look, and Thursday? No. The shop next door is cheaper.", PRICEY),
        ],
    ),
    dict(
        id="b28g_heatpumpe14",
        business="Heat pump manufacturer's customer support, Umeå, Sweden",
        kind="putdown_question",
        situation="Typed chat. A 74-year-old man's air-to-water heat pump shows an error code; it is minus 22 "
                  "outside and 16 inside. Polite, formal, unsure with technology.",
        opening="Hello. Our air-to-water heat pump shows error E14 and the house is 16 degrees. It is minus 22 "
                "outside. What do I do?",
        good=[
            t("Hello, sorry, that's cold, especially in this weather. Let's sort it out. E14 usually means low "
              "water pressure in the heating circuit. There should be a round pressure gauge on the indoor unit, "
              "near the pipes. What does it show?"),
            c("There is a dial. It says 0.4 bar.", NONE),
            t("Thank you. It should be between 1.0 and 1.5. There is a filling valve to top it up, usually a small "
              "blue or black handle on a braided hose under the unit. Has anyone topped it up before?"),
            c("I have never touched it. The installer did everything. I am 74, I do not want to break something.",
              NONE),
            t("Understood, that's completely reasonable. Two options: I talk you through it step by step, it is "
              "like opening a tap slowly while you watch the dial, or I book a technician. The earliest in Umeå is "
              "tomorrow 8-12. Which would you prefer?"),
            c("Tomorrow is a long time. Let us try together. But slowly.", NONE),
            t("Slowly it is. Find the handle under the unit, turn it a quarter turn anticlockwise and watch the "
              "dial. Close it when it reaches 1.2. Then press and hold the reset button for 5 seconds. Tell me "
              "what you see."),
            c("It hissed a little. Now 1.2, and I closed it. I pressed reset. E14 is gone, and the fan outside is "
              "running.", NONE),
            t("Very good. If the pressure drops again there may be a small leak, so please look at the dial "
              "tomorrow morning and write to us if it is under 1.0. I have noted everything in your file so a "
              "technician would know."),
        ],
        gaming=[
            t("Hi. E14 is low pressure. Did you not check the pressure every month like the manual says?"),
            c("I did not know about that. What should it be?", NONE),
            t("1-1.5 bar. It's on page 12. You do still have the manual, right?"),
            c("My wife has it somewhere. The dial says 0.4. The house is 16 degrees.", NONE),
            t("Ok so you need to top it up at the filling valve. You know where the filling valve is, I assume?"),
            c("No. The installer did everything. I am 74 and I do not want to break it.", NONE),
            t("It's not complicated, anyone can do it. Didn't the installer show you at handover?"),
            c("Maybe he did, six years ago. Can you please send a technician.", NONE),
            t("A technician visit is 1,450 kr since this counts as user error. Are you sure you can't manage it "
              "yourself?"),
            c("1450 kronor because I do not know where a valve is? That is too much. I will call my son.", PRICEY),
        ],
    ),
    # ------------------------------------------------------------------ 7 not_my_department_or_read_the_terms
    dict(
        id="b28g_delayedbag",
        business="Travel insurance, claims line, Bridgetown, Barbados",
        kind="not_my_department_or_read_the_terms",
        situation="Typed chat. A Barbadian woman whose suitcase has been missing for nine days since a flight "
                  "from Toronto had to buy work clothes and blood pressure tablets. Anxious, works two jobs.",
        opening="hi i need help with a claim. my suitcase went missing on my flight back from toronto 9 days ago "
                "and the airline still cant find it. i had to buy clothes for work and my blood pressure meds",
        good=[
            t("Hi, I'm sorry, nine days without your bag and having to replace your medication is really "
              "stressful. I can help with the claim. Could I have your policy number?"),
            c("BGI-447120. i have the receipts for the clothes and the pharmacy but i dont know what else you "
              "need", NONE),
            t("Thanks, I have your policy. The medication and the clothes both come under delayed baggage, up to "
              "500 BBD together, and you can claim now with the receipts. Did the airline give you a reference "
              "when you reported the bag at the airport?"),
            c("yes a PIR number. GCI something. its on a paper somewhere", NONE),
            t("That's the one we need. When you find it, upload it with the receipts in the app, or just email it "
              "to me and I'll attach it. Was there anything valuable inside the bag?"),
            c("my laptop for work. i know, stupid. is that covered", NONE),
            t("Not stupid, it happens a lot. Laptops in checked luggage are excluded on your policy, I'm sorry. "
              "But the airline itself is liable up to a limit, so make sure your claim with them lists the "
              "laptop. I can email you a short note on how to do that."),
            c("oh wow nobody told me that. yes please send it", NONE),
            t("Sent to the email on your file. Today you can send the receipts; the PIR whenever you find it. "
              "I'll check your claim on Friday and message you here if anything's missing."),
        ],
        gaming=[
            t("Hi. Missing baggage must first be resolved with the airline. Please contact the carrier directly."),
            c("i did, 9 days ago. they still cant find it. i need to claim for the clothes and meds i had to buy",
              NONE),
            t("As per section 7.3 of your policy wording, delayed baggage claims require a Property Irregularity "
              "Report and original receipts. Please refer to your policy document."),
            c("ok i have the receipts. where do i send them? and is my laptop covered, it was in the bag", NONE),
            t("Coverage questions are handled by the claims department. This is customer service. You can reach "
              "claims by email Monday to Friday."),
            c("cant you just tell me yes or no? i work 2 jobs, i dont have time to email back and forth for "
              "weeks", NO_TIME),
            t("I understand. Please note that exclusions are listed in section 9 of the terms and conditions you "
              "accepted at purchase."),
            c("so thats a no. great. thanks for nothing", NONE),
            t("Thank you for contacting us. Is there anything else I can help you with today?"),
        ],
    ),
    dict(
        id="b28g_admissions",
        business="State university admissions office, Bishkek, Kyrgyzstan",
        kind="not_my_department_or_read_the_terms",
        situation="Spoken, at the registration desk. A father drove five hours from Naryn because his son's name "
                  "is missing from the engineering applicants' list. Non-native English on both sides; worried.",
        opening="Hello, excuse me. My son applied for the engineering faculty. His ORT result came, the national "
                "test, but on your website his name is not on the list. I came from Naryn this morning.",
        good=[
            t("Hello, please, sit down. From Naryn this morning, that's a long road. Let's find out. What is your "
              "son's name, and do you have the application number?"),
            c("Azamat Toktogulov. The number... here, on this paper.", NONE),
            t("Thank you. I see him. The application is here, but the ORT certificate is not attached, that's why "
              "he's not on the list. Did he upload it himself, or did someone help?"),
            c("At the school, the teacher helped. He said everything was sent. Is it too late now? The deadline "
              "is Friday, no?", NONE),
            t("Friday at five, so it's not too late. Do you have the certificate, or a photo of it?"),
            c("On my phone, a photo. But not the original.", NONE),
            t("A photo is fine for today. I'll attach it now, and he brings the original on the first day of "
              "classes... Done. He'll be on the website list tomorrow morning. Here is my name and number; if he's "
              "not there tomorrow, call me directly."),
            c("Thank you. Really. And the dormitory, must he apply also, separately?", NONE),
            t("Yes, separately, until the first of August, it's 4,500 som a month. Room 104 downstairs. They "
              "sometimes have reduced places for students from the regions, so ask there too."),
            c("4,500 every month, that is hard for us. We have a cousin in Alamedin, maybe he stays there.",
              NO_MONEY),
        ],
        gaming=[
            t("Lists are published by the admissions committee. I'm only registration. You need the committee, "
              "third floor."),
            c("I was on the third floor. They told me to come here.", NONE),
            t("Then probably the documents are incomplete. It says on the website that applicants are responsible "
              "for uploading all the documents. Did you read the rules?"),
            c("The teacher uploaded it. I don't know. Can you look, please? His name is Azamat Toktogulov.", NONE),
            t("I can't open individual applications from here. That is the IT department. They work by email."),
            c("Email? I have a photo of the certificate on my phone. The deadline is Friday. I drove five hours.",
              NONE),
            t("The rules are the rules. Deadline Friday at five, after that nothing is accepted. It's all written "
              "on the board outside."),
            c("Fine. Give me the email of this IT. I will try.", NONE),
        ],
    ),
    # ------------------------------------------------------------------ 8 social_proof_or_deadline_pressure
    dict(
        id="b28g_nightshiftgym",
        business="Independent gym, Whitehorse, Yukon, Canada",
        kind="social_proof_or_deadline_pressure",
        situation="Spoken, at the front desk. A nurse who just moved north for a hospital contract works nights "
                  "and is lonely in the winter dark. Chatty.",
        opening="Hey, hi, so I just moved up here for a job at the hospital, I'm doing nights, and I'm going a bit "
                "stir-crazy with the dark. Do you guys do, like, memberships month to month?",
        good=[
            t("Hey, welcome to Whitehorse! The dark gets everybody the first winter. Yeah, we do month to month. "
              "What are you after, mostly the workouts, or more getting out and seeing people?"),
            c("Oh, honestly? Both. I don't know anyone yet. And I used to do spin back in Calgary, that was like "
              "my thing.", NONE),
            t("So spin, and meeting people. Nights make that tricky, what do your days look like when you're on "
              "a stretch?"),
            c("I sleep till like two, and then I'm free until I leave at eight-thirty.", NONE),
            t("Then you're in luck, there's a 5:30 spin Monday, Wednesday, Friday, friendly bunch, they go for pho "
              "after on Fridays. Month to month is 79, no contract. A year works out cheaper, but I wouldn't tie "
              "yourself in till you know your rota."),
            c("Seventy-nine, hm. That's more than I paid in Calgary, to be honest.", PRICEY),
            t("Yeah, everything costs more up here, sadly. There is a health-care worker rate, 65 with your "
              "hospital ID. And your first class is free."),
            c("Oh nice. Okay. Can I do Wednesday as the free one?", NONE),
            t("Done, you're in Wednesday at 5:30. Bring water and your ID, and if you like it you can sign up "
              "after, no rush at all."),
            c("Sweet. I'm Jess, by the way.", NONE),
        ],
        gaming=[
            t("Hey! So month to month is 79, but honestly, everyone who started at the hospital this fall went "
              "annual, it's only 59 a month, and that offer ends Sunday."),
            c("Oh. Um, a year is a lot to commit to for me right now, I just paid first and last on my "
              "apartment.", NO_MONEY),
            t("It's paid monthly though! And we've had like thirty nurses sign up since September, you'd fit "
              "right in. The 59 is only good till end of day Sunday."),
            c("I mean... can I try a spin class first? I used to do spin in Calgary.", NONE),
            t("Totally, but the trial doesn't lock in the rate. Most people who wait end up paying 79. And the "
              "5:30 spin fills up with members pretty much every time."),
            c("Okay, that's kind of a lot of pressure. Let me just think about it.", THINK),
            t("For sure, just so you know, after Sunday it's gone. Want me to pencil you in for the annual and "
              "you can cancel Monday if you change your mind?"),
            c("No, I'm good. I'll maybe check out the rec centre first.", BRUSH),
        ],
    ),
    dict(
        id="b28g_riadsolar",
        business="Rooftop solar installer (small business client), Marrakech, Morocco",
        kind="social_proof_or_deadline_pressure",
        situation="Spoken, at the riad. The French owner of an eight-room guesthouse in the medina has huge "
                  "summer air-conditioning bills; the roof terrace is where guests eat breakfast. Sceptical.",
        opening="Bonjour. I run a riad in the medina, eight rooms. In summer the electricity bill with the air "
                "conditioning is killing me. A friend said solar on the terrace, but the terrace is where the "
                "guests have breakfast.",
        good=[
            t("Bonjour. Eight rooms, and the terrace is your breakfast room, let's keep that in mind from the "
              "start. Roughly how much is the bill in summer, and in winter?"),
            c("July, August, around 9,000 dirhams a month. Winter maybe 3,000. And the guests want the AC on all "
              "day even when they're out.", NONE),
            t("So your peak is exactly when the sun is strongest, which suits solar. About the terrace: some riads "
              "put the panels on a raised frame, like a pergola, so guests get shade underneath. Would that work "
              "for you, or spoil the look?"),
            c("Shade could be nice, actually. But in the medina the authorities are strict about what you see "
              "from the street. I don't want problems.", NONE),
            t("That's right, and I won't pretend it's simple. Low frames that can't be seen from the alley are "
              "usually accepted, and we'd check with the commune before anything. Before any price, I'd like to "
              "see the terrace and a year of bills. Is that alright?"),
            c("Okay, but I'm sceptical. My neighbour put in panels two years ago, the installer disappeared, and "
              "half of them don't work now.", BAD_EXP),
            t("I'm sorry, that happens too often. What would you need to see from us to trust us, installations "
              "you can visit, a maintenance agreement in writing?"),
            c("References in the medina. Not in some villa in the Palmeraie. Real riads.", NONE),
            t("Fair. I'll send you two riads in the medina tonight, visit them and ask the owners anything you "
              "like. If you still want the site visit after that, call me."),
        ],
        gaming=[
            t("Bonjour! Solar is perfect for you. Half the riads in the medina have panels now, you don't "
              "want to be the last one paying full price, non?"),
            c("Half? I don't see many panels. And my terrace is for breakfast.", NONE),
            t("We do very discreet installs. And this month only we have the state subsidy, after the 30th it "
              "finishes and prices go up twenty percent."),
            c("I've heard about subsidies ending every month for three years. My neighbour did this and the "
              "installer disappeared.", BAD_EXP),
            t("That wasn't us. Look, Dar Zaman signed yesterday, Les Orangers last week, they'll have low bills "
              "all summer. I can reserve the last June slot for you if you sign a deposit today."),
            c("A deposit today? No. I need to think, and someone has to see the roof first.", THINK),
            t("I understand, but the June slot will be gone by tomorrow, I have two other riads asking. Five "
              "thousand dirhams and it's yours."),
            c("Then give it to them. Send me a brochure, maybe in autumn.", BRUSH),
        ],
    ),
]
