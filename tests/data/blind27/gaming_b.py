"""Gaming pairs 16-30 (hand-written). Label next to each customer line."""
from common import c, t

PAIRS = [
    # 16 -----------------------------------------------------------------
    dict(
        id="b27g_piano_shop_pressure",
        business="Piano shop (sales, rental, tuning), Vienna, Austria",
        kind="social_proof_or_deadline_pressure",
        situation="A careful-with-money parent of an eight-year-old, told by the teacher that the child needs a real "
                  "piano, comes in unsure how much to spend; they live in a flat with close neighbours.",
        open="Hi, so, um, my daughter's eight and she's been doing piano lessons on a keyboard for six months, and "
             "the teacher says she needs a real piano now. But I honestly have no idea what to spend, and I don't "
             "want to buy a ten-thousand-euro thing she gives up in a year.",
        good=[
            t("That's a very sensible worry — a lot of children do stop in the first couple of years. How's she "
              "getting on? Does she practise by herself, or does it take some persuading?"),
            c("Ha, she actually practises without being told. Which surprised us.", None),
            t("That's a good sign. Where would it go — do you have room for an upright, and how close are the "
              "neighbours? That matters more than you'd think in a Vienna flat."),
            c("It's an Altbau flat, neighbours on both sides. Space is fine, there's a wall in the living room.",
              None),
            t("Then there are three routes. A digital piano with a proper weighted action, about €1,200, and "
              "headphones for the neighbours. A used upright, reconditioned, from around €3,500. Or rent an upright "
              "from us at €55 a month, and if you buy within 18 months the rent counts towards the price. Since you "
              "don't know yet if she'll stick with it, renting is probably the least risky."),
            c("Renting sounds smart. Does the teacher have to approve it?", None),
            t("Not approve, but it's worth her trying it. Could you come in on Saturday morning with your daughter? "
              "She can play the three uprights we have for rent and pick the one she likes."),
            c("Saturday works. Ten-ish?", None),
            t("Ten on Saturday. Ask for me, I'm Lena — and bring the piece she's working on."),
        ],
        gaming=[
            t("Hi! I totally understand. What I can tell you is that 80% of parents who come in with an eight-year-"
              "old choose our reconditioned Yamaha U1, €6,900 — it's the one the teachers recommend, and it's what "
              "the Konservatorium kids play on."),
            c("Six thousand nine hundred is a lot for something she might drop.", "too_expensive"),
            t("I hear you — you want to make sure it's a success. The thing is, this particular U1 has had three "
              "people looking at it this week, and I can only hold the price until tomorrow; after that it goes back "
              "to €7,600 with the new season's stock. Parents who wait usually regret it."),
            c("Honestly, with the neighbours, we were thinking maybe a digital one would do.", "no_need"),
            t("Most parents thought that too, and then they come back in a year to upgrade. Did I understand "
              "correctly that you want the best for her progress? All the teachers in the 7th district send their "
              "students to us for the U1."),
            c("I'll have to talk to my husband.", "think_it_over"),
            t("Of course. I can put a 24-hour reservation on it with a €500 deposit so you don't lose it — shall we "
              "do that now?"),
            c("No, thanks. We'll come back if we decide.", "brush_off"),
        ],
    ),
    # 17 -----------------------------------------------------------------
    dict(
        id="b27g_pest_control_keywords",
        business="Commercial pest control, Singapore",
        kind="keyword_stuffed",
        situation="WhatsApp chat. A hurried restaurant owner has cockroaches in the kitchen and an NEA inspection "
                  "possibly next week.",
        open="hi urgent. got cockroaches in my kitchen, restaurant in tanjong pagar. NEA inspection maybe next week. "
             "can come tmr?",
        good=[
            t("Hi, yes we can come tomorrow. So we bring the right things — are you seeing them mostly at night, and "
              "where? Drains, under the stoves, dry store?"),
            c("night lor. mostly near the dishwashing area and the drain", None),
            t("OK, that's usually German cockroaches breeding in the drain and the warm gap behind the dishwasher. "
              "Tomorrow we'd do gel baiting and treat the drains, no need to close. The follow-up after 2 weeks is "
              "the important one. $380 for both visits. What time is your kitchen empty tomorrow?"),
            c("between 3 and 5pm. 380 a bit ex leh, another company quote me 250", "too_expensive"),
            t("Fair to compare. Just check whether the 250 includes the follow-up and a service report — for NEA, "
              "the report with chemicals used and dates is what the inspector wants to see. If theirs has that, go "
              "with the cheaper one. Ours does."),
            c("ok the report is important. ok come tmr 3pm", None),
            t("Done, 3pm tomorrow. Our tech is Ravi, he'll WhatsApp you 30 min before. Can your staff clear under the "
              "dishwasher and sink before he comes, and make sure no food is left out overnight, so the bait works? "
              "👍"),
            c("ok will tell them. thanks", None),
        ],
        gaming=[
            t("Hi! Thank you for reaching out 😊 I'd love to understand your needs at every level — the product, the "
              "service, the whole experience, our relationship and your success. So what I'm hearing is you have a "
              "pest concern, is that correct?"),
            c("yes cockroaches. can come tmr or not", None),
            t("Great question! Did I understand you correctly that your success depends on a pest-free experience? "
              "Our relationship-based approach means we look at your needs holistically. Can you tell me what a "
              "successful outcome looks like for you, and how you feel about your current experience?"),
            c("successful outcome = no cockroaches before NEA come. can u come tmr?? yes or no", None),
            t("Absolutely, I hear that timing is a key need. So to summarise your needs: product needs (treatment), "
              "service needs (timing), experience needs (peace of mind), relationship needs (a partner you can "
              "trust) and success needs (passing inspection). Is there anything else you need? 😊"),
            c("wah. no time for this. i call another company", "no_time"),
            t("No problem! Thank you for sharing your needs with us, we value our relationship. Feel free to reach "
              "out anytime!"),
        ],
    ),
    # 18 -----------------------------------------------------------------
    dict(
        id="b27g_winery_equipment_keywords",
        business="Winery equipment supplier, Mendoza, Argentina (B2B)",
        kind="keyword_stuffed",
        situation="The owner of a small 80-tonne winery, whose old destemmer broke twice last harvest, phones for a "
                  "replacement before March.",
        open="Hola, good morning. I make wine in Luján de Cuyo, small bodega, around 80 tonnes. My destemmer is old "
             "and last harvest it broke two times. I need something before March. What do you have?",
        good=[
            t("Buen día! Breaking twice during harvest is the worst timing. Before I suggest a model — what "
              "throughput do you need per hour, and do you keep whole berries for some wines, or mostly crush?"),
            c("On a big day maybe 8 tonnes, in four hours. For the Malbec reserva we want whole berries, very "
              "gentle.", None),
            t("So about two tonnes an hour, with gentle handling for the reserva. I'd look at the DT3 — adjustable "
              "rollers you can open fully for whole berries, up to five tonnes an hour. It's about 14,500 dollars. "
              "There's a cheaper one at 9,000, but it bruises the berries at that speed."),
            c("Fourteen thousand is more than I planned. I was thinking ten.", "too_expensive"),
            t("Understood. Two options: we have a demo DT3 from last harvest, serviced, at 11,200 with full "
              "warranty. Or we can finance it over two harvests. And your current machine — if it's worth repairing "
              "as a backup, that matters too."),
            c("The demo sounds interesting. My old one is an Italian one, twenty years. I will keep it for backup "
              "maybe.", None),
            t("Then come and see the demo unit at our warehouse in Godoy Cruz. Could you come Thursday? I'll have it "
              "running with grapes so you can see the whole-berry setting."),
            c("Thursday afternoon, yes. I bring my enologist.", None),
        ],
        gaming=[
            t("Buen día! Thank you for contacting us. To really understand your needs, I like to work across five "
              "levels: your product needs, your service needs, your experience needs, your relationship needs and "
              "your success needs. So — what does success look like for your bodega?"),
            c("Success is a destemmer that works in March. What models do you have?", None),
            t("Perfect, I hear that reliability is a key success need for you. And in terms of experience, how "
              "would you describe your ideal supplier relationship?"),
            c("I don't know... I want the machine. Price, capacity. This is what I need to know.", None),
            t("Absolutely. So what I'm hearing is your needs are product, price and capacity — did I understand you "
              "correctly? We have a range of solutions at different price points to meet every level of need. Is "
              "there anything else you need from our relationship?"),
            c("Look, I'm very busy, harvest is coming. Send me a catalogue and I see.", "brush_off"),
            t("Of course! I'll send the catalogue. Thank you for sharing your needs — we look forward to building a "
              "successful relationship together!"),
        ],
    ),
    # 19 -----------------------------------------------------------------
    dict(
        id="b27g_roofing_coop_rude",
        business="Worker-owned roofing co-operative, Portland, Oregon, USA",
        kind="rude",
        situation="A chatty new homeowner in a 1920s bungalow phones after finding a damp stain in the attic near the "
                  "chimney and moss all over the roof.",
        open="Hi there! So, okay, this is a long story, but we bought this old house in Sellwood last year — 1920s "
             "bungalow, love it — and after the storm last week my husband went up in the attic and there's a water "
             "stain on the boards near the chimney. And there's moss everywhere on the roof, like, everywhere. Is "
             "that something you guys handle?",
        good=[
            t("Hi! Sellwood bungalows are lovely — and yes, that's exactly what we do. A stain by the chimney after a "
              "storm is very often the flashing, not the roof itself. Is it wet right now, or a dry stain?"),
            c("He said it felt a bit damp. Oh, and there's a bucket up there now, haha, which is very classy.", None),
            t("Ha, the bucket's the right call. Since it's still damp, I'd want someone out this week before the next "
              "rain. One of our crew would check the chimney flashing, the moss and the overall condition, and give "
              "you a written estimate — the inspection's free. Do you know how old the roof is?"),
            c("The inspection report said about 18 years. Which is, like, old? I'm kind of dreading you telling me "
              "we need a whole new roof.", None),
            t("Not necessarily — an 18-year-old shingle roof in Portland can have a few years left if the moss gets "
              "dealt with. We'll tell you honestly what can be repaired and what can't. Would Thursday morning work "
              "for the inspection?"),
            c("Thursday morning's great, I work from home. We're on SE Spokane Street.", None),
            t("Perfect, I've got you Thursday between 8 and 10. Marcus will do it, he'll text you when he's leaving. "
              "Keep the bucket there till then!"),
        ],
        gaming=[
            t("Yeah, okay. So what I'm hearing is you've got a leak and moss. Could've led with that. What's the "
              "address?"),
            c("Oh — sorry. SE Spokane Street. Is it the chimney, do you think?", None),
            t("Can't tell you that over the phone, can I? Honestly, with an 18-year-old roof and moss like that, "
              "someone should've been on it years ago. Did the previous owners just never look up? Anyway, "
              "inspection's Thursday, 8 to 10. Is there anything else you need?"),
            c("Um, I guess I was wondering whether we'd need a whole new roof. We didn't really budget for that.",
              None),
            t("Well, that's old houses, isn't it — people buy the charm and then act surprised by the bills. We'll "
              "know Thursday. Did I understand correctly you'll be home?"),
            c("Wow. Okay. You know what, I'll get a few other quotes.", "think_it_over"),
            t("Suit yourself. Let us know."),
        ],
    ),
    # 20 -----------------------------------------------------------------
    dict(
        id="b27g_hotel_laundry_rude",
        business="Commercial linen and laundry service for hotels, Dubai, UAE (B2B)",
        kind="rude",
        situation="Supplier chat. The housekeeping manager of a boutique hotel with full occupancy tonight reports "
                  "40 towels missing from today's delivery and stained pillowcases.",
        open="Hello, this is Aisha, housekeeping at the Al Seef boutique hotel. Today's delivery came 40 bath towels "
             "short and many pillowcases are still stained. We have full occupancy tonight. Please advise urgently.",
        good=[
            t("Hello Aisha, sorry — towels short on a full night is a real problem. I've checked the manifest: we "
              "picked up 220 towels on Tuesday and returned 180, so the rest are likely still in our plant. I can "
              "send 40 from reserve stock by 4pm today. Would that be in time?"),
            c("4pm is ok, check-in is from 3 but the late-arrival rooms can wait. And the pillowcases?", None),
            t("How many are stained, roughly, and what kind of stain — makeup, something yellowish?"),
            c("About 30. Yellow stains mostly, some makeup. I'm attaching photos.", None),
            t("Thank you — those look like they weren't rewashed after the first pass. I'll replace all 30 on the "
              "same 4pm delivery, with no charge for them on this week's invoice, and I'm flagging it with our "
              "quality supervisor so loads are checked before dispatch."),
            c("Ok good. This is the second time in one month though. If it happens again we will have to look at "
              "other suppliers.", "bad_experience"),
            t("Understood, and that's fair. Our operations manager, Rahul, will call you tomorrow morning with what "
              "went wrong and what we're changing. I'll message you when the van leaves."),
            c("Ok thank you.", None),
        ],
        gaming=[
            t("Hi Aisha. Did I understand correctly that you're saying 40 towels are missing? Because our manifest "
              "says we delivered what we picked up, so maybe check your own storeroom first?"),
            c("I have counted twice. We are 40 short. And the pillowcases are stained.", None),
            t("Stains happen, honestly, some of your guests' makeup doesn't come out, that's not on us. What do you "
              "expect us to do, bleach everything?"),
            c("I expect clean pillowcases. That's what we pay you for.", None),
            t("OK fine. What else do you need? I'll see if the driver has space tomorrow."),
            c("Tomorrow?? We are full tonight. Forget it, I'll call the other laundry.", "no_time"),
            t("Up to you."),
        ],
    ),
    # 21 -----------------------------------------------------------------
    dict(
        id="b27g_tattoo_removal_ignored",
        business="Laser tattoo-removal clinic, Berlin, Germany",
        kind="ignored_customer",
        situation="Website chat. An anxious customer with sensitive skin and childhood eczema asks whether removing a "
                  "small wrist tattoo will scar and how many sessions it takes.",
        open="hi, i want to remove a tattoo on my wrist (black ink, ~5cm). i'm a bit scared tbh, i have sensitive "
             "skin and had eczema there as a kid. will it scar? and how many sessions?",
        good=[
            t("Hi! Totally normal to be nervous, and it's good you mentioned the eczema. Scarring from laser is rare, "
              "but sensitive skin and an old eczema spot are exactly what our doctor checks at the consultation — if "
              "the skin isn't right, we wait or adjust. Is the eczema active at the moment, or calm?"),
            c("calm for years. but the wrist is thin skin right, will it hurt a lot?", None),
            t("Honestly, the wrist is one of the more sensitive spots — people describe it like a rubber band "
              "snapping, a few seconds. We use numbing cream and cold air, and you can stop any time. For 5 cm of "
              "black ink it's usually 6–10 sessions, 6–8 weeks apart. Is it an older tattoo or quite new?"),
            c("about 8 years old. 6-10 sessions is a lot 😅 how much is each?", None),
            t("For that size it's €90 a session. The consultation is free — the doctor looks at the skin and does a "
              "small test spot, so you see how your skin reacts before committing to anything. Would you like to "
              "book one?"),
            c("ok a test spot sounds less scary. do you have something next week after 6?", None),
            t("Tuesday 18:30 or Thursday 19:00 at the Kreuzberg clinic — which one?"),
            c("thursday 👍", None),
        ],
        gaming=[
            t("Hi! Great to hear you're ready to start your removal journey 🙌 We use the latest picosecond laser, so "
              "most clients see amazing results. What made you decide it's time to say goodbye to your tattoo?"),
            c("an ex lol. but will it scar? i have sensitive skin, eczema there as a kid", None),
            t("Totally get it! New chapter 💪 So what I'm hearing is you're ready for a fresh start. Our 8-session "
              "package is €620 instead of €720 if you book this month. Which start date works for you?"),
            c("you didnt answer. will it scar and does it hurt on the wrist?", None),
            t("Everyone's experience is different! Our clients love their results, you can check our Google "
              "reviews ⭐⭐⭐⭐⭐ Did I understand you correctly that you'd like to start this month?"),
            c("forget it, ill ask my dermatologist first", "think_it_over"),
            t("Sure! Is there anything else I can help you with today? 😊"),
        ],
    ),
    # 22 -----------------------------------------------------------------
    dict(
        id="b27g_office_aquarium_ignored",
        business="Office aquarium installation and maintenance, Seoul, South Korea (B2B)",
        kind="ignored_customer",
        situation="The office manager of a design company phones because three fish died and the water went cloudy "
                  "in the week after the monthly maintenance visit.",
        open="Hello. I am office manager at a design company in Seongsu. You clean our aquarium every month. After "
             "the last visit, three fish died in one week, and the water is cloudy now. I want to know what happened.",
        good=[
            t("Hello, I'm sorry to hear that — losing three fish in a week after a visit isn't normal, and you're "
              "right to ask. When did the cloudiness start, and has anyone fed them more than usual or changed "
              "anything near the tank?"),
            c("Cloudy started maybe two days after the visit. Nobody changed something. Only the same staff feeds, "
              "one time a day.", None),
            t("Thank you. Looking at the technician's notes, he changed half the water and replaced all the filter "
              "media on the same visit. Doing both at once can remove the good bacteria, and that causes cloudy "
              "water and stresses the fish. That's very likely our mistake, and I'm sorry."),
            c("So what do you do now? Our CEO likes this fish tank very much.", None),
            t("I'd like to send our senior technician tomorrow to test the water, add bacteria starter and check the "
              "other fish — no charge. We'll replace the three fish once the water is stable, probably in about two "
              "weeks. Until then, please feed only every second day. Does tomorrow morning work?"),
            c("Tomorrow 10 o'clock is possible. Thank you for explain clearly.", None),
            t("Tomorrow at 10, then. His name is Mr. Park. I'll call you after his visit with the water results."),
        ],
        gaming=[
            t("Hello! Thank you for being a valued customer, we really appreciate our relationship 😊 Actually, I "
              "was going to call you this week — we have a new premium package with live plants and a smart "
              "monitoring system, very popular with design offices in Seongsu."),
            c("I am asking about the dead fish. Three fish died after your visit.", None),
            t("I understand. Fish can be sensitive! So what I'm hearing is you want a beautiful tank that gives your "
              "office a great experience. The premium package includes monthly fish replacement too, so this would "
              "not be a problem any more."),
            c("No, I don't want a new package. I want to know why the fish died.", "no_need"),
            t("Of course. Is there anything else I can help you with today? I'll email you the premium package "
              "brochure."),
            c("No. I will talk with my manager about your company.", "think_it_over"),
        ],
    ),
    # 23 -----------------------------------------------------------------
    dict(
        id="b27g_stairlift_repeated",
        business="Stairlift supply and installation, Ghent, Belgium",
        kind="repeated_questions",
        situation="A chatty retired British woman living in a tall, narrow house in Ghent phones about a stairlift; "
                  "her knees have got worse and the stairs turn at the top.",
        open="Hello, yes, I'm ringing about a stairlift. I live in Ghent, one of those tall narrow houses, and my "
             "stairs have got — well, my knees have got worse, and my son says I should stop being stubborn and get "
             "one. The stairs turn at the top, if that matters.",
        good=[
            t("Hello — yes, it matters: a stair with a turn needs a curved rail, made to measure. Is it just the one "
              "staircase, from the ground floor to your bedroom?"),
            c("Two, actually. The bedroom's on the first floor and the bathroom is half a floor up from that. Silly "
              "old houses.", None),
            t("Ah, that's very common in Ghent. Do you need both every day, or mainly the bedroom floor?"),
            c("Both, every day. The bathroom's the one I worry about at night.", None),
            t("Then we'd look at both. Because curved rails are made to measure, we always start with a free home "
              "survey and a fixed price. Just so you know the range, a curved lift is usually €9,000 to €13,000, and "
              "the Flemish government's home-adaptation grant can cover part of it. Would your son want to be "
              "there?"),
            c("Oh, he'll want to be there, he likes to be in charge. Thirteen thousand, goodness. I'd want to see "
              "what that grant is before I agree to anything.", "think_it_over"),
            t("Very sensible. The surveyor can bring the grant forms and go through them with you, and nobody signs "
              "anything on the day. When is your son free — a weekday evening or a Saturday?"),
            c("Saturdays, he works in Brussels. Saturday morning?", None),
            t("Saturday at 10, then; the surveyor is Koen. I'll send you a letter confirming, and I'll ring you on "
              "Friday to remind you."),
        ],
        gaming=[
            t("Hello! Lovely to hear from you. So, to understand your needs — tell me about your stairs?"),
            c("Well, as I said, they turn at the top. And there's a second flight up to the bathroom.", None),
            t("Lovely. And what's the main thing you're hoping the stairlift will help you with?"),
            c("Getting up the stairs, dear. My knees.", None),
            t("Of course. And just so I understand your home properly — are the stairs straight, or do they have a "
              "bend?"),
            c("I've told you, they turn at the top.", None),
            t("Wonderful, thank you. And is it just the one staircase?"),
            c("No! Two. I said that. Look, I'll get my son to ring you, I haven't the patience.", "brush_off"),
            t("Of course! And so I can help your son — what's the main need you'd like the stairlift to meet, and "
              "how many staircases is it?"),
        ],
    ),
    # 24 -----------------------------------------------------------------
    dict(
        id="b27g_freight_forwarder_repeated",
        business="Freight forwarder (sea freight, customs, trucking), Ho Chi Minh City, Vietnam (B2B)",
        kind="repeated_questions",
        situation="Chat. A furniture exporter gives full shipment details in one message and asks for a quote; a "
                  "previous forwarder was always late with bookings.",
        open="hi, we export wooden furniture from Binh Duong. need quote 2x40HC to Rotterdam, ready 20 April. FOB "
             "Cat Lai. we ship before with other forwarder but they always late with booking.",
        good=[
            t("Hi, thanks — 2x40HC Cat Lai to Rotterdam, cargo ready 20 April, FOB. Do you need us for customs "
              "clearance and trucking from Binh Duong too, or only the ocean freight?"),
            c("customs and trucking also yes. factory is in Tan Uyen", None),
            t("OK. Late April space to North Europe is tight, so to avoid the booking problem you had, I'd book now "
              "on a direct service — about 32 days transit. Ocean freight is USD 2,150 per 40HC, plus local charges "
              "and trucking; I'll send the full breakdown within the hour. Does your buyer have a preferred "
              "carrier?"),
            c("no preference. but 2150 is higher than last time, we paid 1800", "too_expensive"),
            t("Rates went up with the Red Sea diversions. I can check a transhipment service via Singapore, around "
              "1,900, but it's 40 days and a higher risk of being rolled. If your buyer has a fixed date, direct is "
              "safer. When does the buyer need it?"),
            c("buyer need in warehouse before 1 june. so direct ok", None),
            t("Then direct makes sense. I'll send the quote with both options within the hour, and if you confirm by "
              "Friday I'll place the booking and send you the confirmation the same day."),
            c("ok thanks, wait your email", None),
        ],
        gaming=[
            t("Hi! Thanks for contacting us 😊 To understand your needs: what is your cargo, and where are you "
              "shipping to?"),
            c("wooden furniture, to Rotterdam. 2x40HC. i wrote above", None),
            t("Great, thank you! And when will the cargo be ready? And what container type do you need?"),
            c("20 april. 40HC x2. please read my message", None),
            t("Sure! Just to make sure I understand your needs correctly — which port are you loading from, and what "
              "is your Incoterm?"),
            c("Cat Lai FOB. this is same problem like last forwarder, nobody read. i ask other company",
              "bad_experience"),
            t("Sorry to hear that! Before you go, can you confirm the cargo ready date and destination port so I can "
              "prepare the quote?"),
        ],
    ),
    # 25 -----------------------------------------------------------------
    dict(
        id="b27g_bridal_alterations_paraphrase",
        business="Bridal alterations studio, Quezon City, Metro Manila, Philippines",
        kind="wrong_paraphrase",
        situation="Messenger chat. A chatty bride on a budget, who bought her gown online, needs it hemmed, taken in "
                  "at the waist and given sheer sleeves before her March wedding.",
        open="hiii! so my wedding is on march 8 and i bought my gown online from a shop in HK 😅 it's too long and a "
             "bit loose sa waist, like 2 inches. also i want to add sleeves? like sheer ones? can u do that and how "
             "long will it take?",
        good=[
            t("Hi! Congrats on the wedding! 🎉 Yes, we can do all three — hem, take in the waist, and add sheer "
              "sleeves. Is the gown lace or plain satin/crepe? That changes how we hem it and which sheer fabric "
              "will match."),
            c("lace at the top, satin skirt. the sleeves i'm thinking like long sheer with small lace details, like "
              "Kathryn's gown 😍", None),
            t("Got it — lace bodice, satin skirt, long sheer sleeves with lace appliqué. To match the lace we may "
              "need to borrow a bit from the hem allowance, so please don't cut anything yourself. It takes about 4 "
              "weeks with 2 fittings. When could you bring it in?"),
            c("this saturday? and how much po? i'm on a budget na kasi the wedding is so expensive 😭", None),
            t("Saturday's fine! Hem and waist is ₱3,500; the sleeves with appliqué around ₱6,000–8,000 depending on "
              "the lace. Our seamstress gives you a fixed price at the first fitting, before anything is cut. Please "
              "bring the shoes you'll wear, for the hem length 👠"),
            c("ok that's within budget 🙏 saturday 2pm?", None),
            t("Saturday 2pm booked! We're on Kamuning Road, I'll send you the pin. See you!"),
        ],
        gaming=[
            t("Hi! Congrats! 🎉 So what I'm hearing is you want to shorten the gown, let the waist out, and remove "
              "the sleeves — did I understand you correctly?"),
            c("no no, the waist is loose so smaller, and i want to ADD sleeves not remove", None),
            t("Got it! So to play it back: take the waist in by about 2 inches, and you'd like short cap sleeves in "
              "satin to match the skirt. Is that right?"),
            c("long sheer sleeves with lace po 😅 not satin", None),
            t("Perfect, thank you! So just to confirm your needs: hem, waist in, sheer sleeves, and your wedding is "
              "April 8. We need about 6 weeks, so that works great!"),
            c("MARCH 8. ok i think ill look for another shop, im scared you'll get it wrong on the actual gown",
              "think_it_over"),
            t("Oh sorry, March 8! Totally noted. Is there anything else I can help you with to make your special "
              "day a success? 💕"),
        ],
    ),
    # 26 -----------------------------------------------------------------
    dict(
        id="b27g_beekeeping_paraphrase",
        business="Beekeeping supplies shop, Ljubljana, Slovenia",
        kind="wrong_paraphrase",
        situation="An experienced beekeeper with forty colonies in traditional AŽ hives and no electricity at the "
                  "apiary phones about an oxalic-acid vaporiser for winter varroa treatment.",
        open="Good day. I keep about forty colonies in AŽ hives near Kamnik. I want to buy an oxalic acid vaporiser "
             "for the winter treatment — until now I did trickling, but my back does not like opening forty hives "
             "in December any more. What do you have, and is it legal to use here?",
        good=[
            t("Good day. Forty colonies in AŽ hives — so you'd vaporise through the entrance rather than from the "
              "top, which decides which model fits. On legality: yes, vaporising with the registered veterinary "
              "oxalic product is allowed, as long as it's recorded in your treatment log. What power do you have at "
              "the apiary — a generator, or a car battery?"),
            c("Car battery. There is no power out there.", None),
            t("Then I'd suggest the 12-volt pan type with the long extension — it goes in through the flight "
              "entrance of an AŽ box without opening anything. About two and a half minutes a hive, so forty is a "
              "morning. It's €295. There's a faster pump type at €640, but for forty hives it's more than you "
              "need."),
            c("I had a cheap one from the internet two years ago, the heating plate burned out after one season. "
              "How do I know this one won't do the same?", "bad_experience"),
            t("Fair question. This one has a replaceable heating pan — if it burns out, it's a €35 part, not a new "
              "machine — and a two-year warranty handled here in the shop, not by post to Germany. You'll also need "
              "a respirator with acid-gas filters. Do you have one already?"),
            c("I have a mask for the trickling, but not with filters, no.", None),
            t("Then you'll want the half-mask with ABEK filters, €48 — vapour is much harsher than trickling. I can "
              "put both aside for you. Will you come in, or shall I post them?"),
            c("I come Saturday, I am in Ljubljana anyway.", None),
        ],
        gaming=[
            t("Good day! So if I understand you correctly, you're fairly new to beekeeping and want something easier "
              "than AŽ hives for your back — maybe switching to top-opening LR hives?"),
            c("No. I have forty colonies for twenty years. I want a vaporiser for oxalic acid.", None),
            t("Right, sorry. So what I'm hearing is you want to treat against varroa in summer with formic acid — we "
              "have the strips, very popular."),
            c("Winter. Oxalic. Vaporiser. Please listen.", None),
            t("Of course! So to play it back: a vaporiser for your hobby hives, and you have mains electricity at the "
              "apiary, correct? Then the 230-volt model is perfect, €640."),
            c("No electricity, I said nothing about this. That one is no use to me. I buy somewhere else.",
              "no_need"),
            t("No problem at all. Did I understand correctly that you'll come back to us for your other needs? Is "
              "there anything else I can help with?"),
        ],
    ),
    # 27 -----------------------------------------------------------------
    dict(
        id="b27g_heat_pump_pitch_to_upset",
        business="Heat-pump installer and service, Oslo, Norway",
        kind="pitch_to_upset",
        situation="A mother with a baby phones because the air-to-air heat pump installed in October has been "
                  "blowing cold air since last night at minus fifteen, with an error code showing.",
        open="Hi, it's Ingrid Berg. You installed our heat pump in October. It's minus fifteen outside and since "
             "last night it's just blowing cold air, and there's an error code, E5, blinking. I've got a baby at "
             "home. I need someone here today.",
        good=[
            t("Ingrid, I'm sorry — no heat with a baby at minus fifteen is urgent. First, do you have any other "
              "heating in the house right now, panel heaters or a wood stove?"),
            c("A couple of panel ovens in the bedrooms, yes. The living room is freezing.", None),
            t("Okay, turn those on and keep the baby in the warmest room. E5 on that model is usually the outdoor "
              "unit icing up, or a sensor. Can you look outside — is the outdoor unit covered in ice?"),
            c("Hang on... yes, there's a thick block of ice underneath it and around the fan.", None),
            t("That's very likely it — the drain has frozen, so it can't defrost. Please don't chip at it. I have a "
              "technician, Anders, finishing a job in Nordstrand; he can be with you between 1 and 2 today. It's "
              "under warranty, so there's no charge."),
            c("Between 1 and 2. Okay. Thank you. I was panicking.", None),
            t("Completely understandable. Anders will call when he's on his way, and he'll fit a heating cable on the "
              "drain so it doesn't freeze again. I'll ring you this evening to check it's running properly."),
        ],
        gaming=[
            t("Hi Ingrid, I'm so sorry to hear that, and I completely understand how stressful this is. Did I "
              "understand you correctly that the heat pump isn't keeping up in the cold? That's exactly why a lot of "
              "our customers are upgrading to our Arctic series — rated down to minus 25."),
            c("It's not 'not keeping up', it's not working at all! It's three months old!", None),
            t("I hear your frustration. And honestly, this is a great moment to think about your home's whole "
              "heating experience. If you upgrade to the Arctic, we'd credit part of your current unit, and with our "
              "ServicePlus agreement you'd get priority call-outs, so you'd never be in this situation again."),
            c("I don't want a new heat pump. I want this one fixed. Today.", "no_need"),
            t("Absolutely, I understand your needs. The earliest technician slot is Thursday, but with ServicePlus at "
              "199 kroner a month you'd jump the queue to today. Shall I sign you up so we can get someone out to "
              "you?"),
            c("I'm not paying for a plan to get a warranty repair! Put me through to your manager.", "no_need"),
            t("Of course. Before I transfer you — is there anything else I can help with today to make your "
              "experience a success?"),
        ],
    ),
    # 28 -----------------------------------------------------------------
    dict(
        id="b27g_self_storage_pitch_to_upset",
        business="Self-storage facility, Chicago, Illinois, USA",
        kind="pitch_to_upset",
        situation="A customer phones the front desk from inside the building: her unit has an inch of water on the "
                  "floor from a burst pipe, and boxes of family photos were on the bottom.",
        open="I just opened my unit, 214, and there's an inch of water on the floor. A pipe's burst in the corridor "
             "or something. My boxes of family photos were on the bottom. I'm standing here looking at it right now "
             "and I'm honestly about to lose it.",
        good=[
            t("I'm so sorry. I'm coming down to you right now — I'm at the front desk, two minutes. While I walk, can "
              "you lift the photo boxes onto something dry, if it's safe? Don't touch anything electrical."),
            c("Okay. Okay. The ones on top look fine. The bottom two are soaked through.", None),
            t("I'm here, I see it. It's the sprinkler line above 212, maintenance has shut it off. Let's get the wet "
              "boxes out — I'll bring a cart and we can lay the photos out in the empty office, it's heated. Wet "
              "photos can often be saved if they're dried flat within a day or two, so don't stack them."),
            c("Who's paying for this? I'm not paying for a unit that floods.", None),
            t("You won't pay for this month — I'll credit it today. The damage is on the building, so I'm filing an "
              "incident report with our manager and our insurer this afternoon, with photos; I'll need a list of "
              "what's damaged. And I'll move everything into a dry unit upstairs at no cost."),
            c("Okay. That's... okay. Thank you for coming down so fast.", None),
            t("Of course. I'll email you the incident number by 5 today, and our manager, Denise, will call you "
              "tomorrow about the claim. Let's get those photos drying."),
        ],
        gaming=[
            t("Oh no, I'm so sorry to hear that, I totally understand how upsetting that is. So what I'm hearing is "
              "that protecting your belongings is really important to you — have you heard about our StoreSafe "
              "protection plan? For $18 a month it covers water damage up to $5,000."),
            c("Are you kidding me? Your pipe burst. My mom's photos are ruined.", None),
            t("I completely understand, and that's exactly why so many customers choose StoreSafe — peace of mind. "
              "We also have climate-controlled units on the third floor, only $40 more a month, and they're raised "
              "off the floor. Would you like me to check availability?"),
            c("I don't want an upgrade. I want someone to come down here and deal with this.", "no_need"),
            t("Absolutely. Maintenance can look at it tomorrow. In the meantime I'd really recommend StoreSafe going "
              "forward. Is there anything else I can help you with to make your storage experience a success?"),
            c("No. I'm moving everything out of here this week.", "bad_experience"),
        ],
    ),
    # 29 -----------------------------------------------------------------
    dict(
        id="b27g_print_shop_blame",
        business="Print shop (wedding stationery), Istanbul, Turkey",
        kind="blame",
        situation="A customer who collected 150 wedding invitations yesterday finds the wedding date printed wrong; "
                  "the invitations must go out this week.",
        open="Hello, I collected my wedding invitations yesterday — 150 pieces — and the date is wrong. It says 14 "
             "Haziran, the wedding is 21 Haziran. The invitations must go out this week. What will you do?",
        good=[
            t("Oh no — I'm very sorry. Let me look at your order and the proof you approved... The proof you approved "
              "by email on the 3rd says 21 Haziran, so the mistake happened on our side in printing. We'll reprint "
              "all 150 at no cost."),
            c("Thank God. But when? My mother wants to send them Friday.", None),
            t("I'll put them at the front of the queue today. They'll be printed and dry by tomorrow at 4pm. Do you "
              "want to collect them, or shall we courier them to you in Kadıköy?"),
            c("Courier is better, I'm working. But please check the date this time.", None),
            t("Of course. I'll check the first copy against your proof myself and send you a photo on WhatsApp "
              "before we print the rest — only after you say OK. Is there anything else on the card you'd like to "
              "double-check while we're at it?"),
            c("No, the rest was fine. Only the date. Thank you.", None),
            t("Then you'll have my photo tomorrow morning and the courier tomorrow evening. Again, I'm sorry for the "
              "stress."),
        ],
        gaming=[
            t("I'm sorry to hear that, I understand how important your wedding experience is. Did you check the "
              "proof carefully before you approved it? We always ask customers to check every detail."),
            c("Yes, I checked. The proof says 21. I have the email.", None),
            t("Okay, but sometimes customers send a corrected file late and then the old one gets printed. Did you "
              "maybe send two versions? So what I'm hearing is there might have been some confusion on your side."),
            c("I sent one file. One. This is your mistake.", None),
            t("Well, you also collected and signed for them yesterday, so you should have checked them at the "
              "counter. We can reprint, but rush reprints are 50% of the price. Is there anything else I can help "
              "you with?"),
            c("Pay again for your mistake? No. I will go to another printer and I will write a review.",
              "bad_experience"),
            t("That's your choice. For future orders, please check everything at collection."),
        ],
    ),
    # 30 -----------------------------------------------------------------
    dict(
        id="b27g_ski_rental_blame",
        business="Ski and snowboard rental shop, Chamonix, France",
        kind="blame",
        situation="A skier comes back to the shop after his rented binding released mid-turn and he fell, hurting "
                  "his wrist.",
        open="Hi. I rented these skis from you on Monday. Today on the Grands Montets my left binding just released "
             "in the middle of a turn — I wasn't even going fast — and I fell. My wrist hurts. I want to know what's "
             "wrong with this binding.",
        good=[
            t("I'm sorry — first, how's your wrist? Have you had it looked at? There's a médecin in town, I can call "
              "them for you."),
            c("It's sore, but I can move it. I'll see how it is tonight.", None),
            t("Okay — if it swells or gets worse, please go, don't wait. Let me check the binding with you now. Can "
              "you tell me your weight and your level? I want to compare with the setting we put on Monday."),
            c("Seventy-eight kilos, advanced, mostly off-piste when there's snow.", None),
            t("Thanks. On the form we set you at 6.5, which fits your weight, but for an advanced skier it should "
              "have been around 8. That's our mistake — it was set too low, which is why it let go in the turn. I'm "
              "sorry. I'll reset it to 8 and test it on the machine in front of you."),
            c("Okay. Good to know it wasn't me. Can you check the right one too?", None),
            t("Both, yes. And if you'd rather not ski on these, I'll swap you to a new pair for the rest of the week, "
              "free. If the wrist needs a doctor, keep the receipt and I'll give you our insurance details."),
            c("Same skis is fine if the setting is right. Thank you.", None),
        ],
        gaming=[
            t("Sorry to hear that! So what I'm hearing is the binding released. Can I ask — did you fill in your "
              "level honestly on the form? A lot of people tick 'intermediate' to get a cheaper package."),
            c("I filled it honestly. Advanced.", None),
            t("Okay. Did you check the heel piece was open before you clicked in? Snow under the boot sole is the "
              "number one cause, really. Most of the time it's the skier, not the binding."),
            c("I know how to click into a binding. It released in a turn.", None),
            t("Right, and off-piste in these conditions, wrist injuries happen, honestly. In our experience our "
              "bindings are tested every morning. Is there anything else I can help with? We also have the damage "
              "waiver at €3 a day, which would cover you for the rest of the week."),
            c("No, I don't want your insurance. I want someone to check the binding.", "no_need"),
            t("You can leave them at the workshop, they'll look at them tomorrow."),
        ],
    ),
]
