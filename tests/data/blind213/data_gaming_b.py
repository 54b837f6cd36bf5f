"""Gaming pairs b (b213): patient-facing healthcare in Australia, the UK and the US. Hand-written."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer -- Leicester optician
_open = c("Hi, I wanted to ask about contact lenses. My sister's wedding is in May and I don't want to be in glasses in all the photos.", None)
PAIRS.append(gpair(
    "b213g_leicester_optician_contacts", "high-street optician, Leicester, UK", "ignored_customer",
    "A 34-year-old pharmacist who works under air conditioning wants lenses for her sister's wedding; monthly "
    "lenses irritated her eyes at university.",
    good=[
        _open,
        t("Lovely, congratulations to your sister. Have you worn lenses before, and how are your eyes generally, any dryness or irritation?"),
        c("I tried monthlies at uni and they were a nightmare, red and scratchy by lunchtime. I work in a pharmacy with the air con blasting, so they get dry anyway.", None),
        t("So monthlies irritated you before and your eyes are already dry at work. Do you want lenses just for the wedding and the odd occasion, or every day?"),
        c("Honestly just the wedding and maybe a few nights out. I'm fine in glasses for work.", None),
        t("Then I'd suggest daily disposables in a material made for dry eyes. You throw them away each night, so nothing builds up. We'd do a fitting with a teach session and a week of trial pairs, thirty pounds. Because of the dryness the optometrist will check your tear film first, and if lenses aren't going to be comfortable, we'll tell you."),
        c("Thirty's fine. Will I have to sign up for a year's supply?", None),
        t("No, for occasional wear you can just buy a box of thirty, about twenty-two pounds. Shall I book the fitting a few weeks before May, so you've time to practise?"),
        c("Yes, second week of April would be perfect.", None),
        t("The ninth at eleven, then. Bring your glasses, and skip eye make-up that day so the optometrist can see your tear film clearly."),
        c("No make-up, got it. Thanks so much.", None),
    ],
    gaming=[
        _open,
        t("Lovely! Have you worn lenses before, and how do your eyes feel generally?"),
        c("I tried monthlies at uni and they were a nightmare, red and scratchy by lunch. And I work with the air con blasting, my eyes are dry anyway.", None),
        t("Great. And how often would you want to wear them?"),
        c("Just the wedding and a couple of nights out. I'm fine in glasses for work.", None),
        t("Perfect, so I'd put you on our monthly silicone lenses on direct debit, eighteen pounds a month, and you'd wear them every day so your eyes get used to them."),
        c("Sorry, did you hear me? Monthlies hurt my eyes. And I don't want them every day.", "no_need"),
        t("Thanks for sharing that. Any other questions? The direct debit gets you a free eye test every year too, so it really pays for itself."),
        c("I'll just wear my glasses in the photos.", "no_need"),
    ],
))

# 12. repeated_questions -- Atlanta health insurer walk-in centre
_open = c("Hey, how you doing. My doctor wants me to get an MRI on my knee and I need to know what it's gonna cost me before I book anything.", None)
PAIRS.append(gpair(
    "b213g_atlanta_insurer_mri_cost", "health insurer walk-in member centre, Atlanta, Georgia, US", "repeated_questions",
    "A 41-year-old warehouse supervisor with a high-deductible plan wants a cost estimate for a knee MRI "
    "after a surprise bill for his shoulder last year.",
    good=[
        _open,
        t("Good call checking first. Can I see your member card? And do you know where the doctor sent the order, a hospital or an imaging center?"),
        c("Here. He said Piedmont hospital, but I can go wherever. I just don't want another surprise bill like my shoulder last year, that was twelve hundred bucks.", "bad_experience"),
        t("Okay. You've met four hundred of your fifteen-hundred deductible this year. At the hospital an MRI is usually billed around two thousand, so you'd pay the rest of your deductible plus twenty percent of what's left. At an in-network imaging center it's about six hundred all in, so you'd pay six hundred and be done."),
        c("Six hundred. Still a lot, man. I got a kid starting daycare.", "no_money"),
        t("I get it. Two things: the center in Smyrna is in-network and does interest-free payment plans. And the MRI needs prior authorization from your doctor's office. I can see it hasn't come through yet, so don't book until it has or we won't cover it."),
        c("Wait, he didn't send it? Okay. So I call him and say Smyrna?", None),
        t("Yes, ask them to send the authorization with the Smyrna center as the location. I'll write the center's number and the estimate down for you, and you can call me here directly if the bill doesn't match."),
        c("Appreciate that. Write it down for me.", None),
    ],
    gaming=[
        _open,
        t("Happy to help! So, what can I do for you today?"),
        c("Like I said, the MRI on my knee. What am I gonna pay?", None),
        t("Sure. And can you tell me a little about what brings you in?"),
        c("...The MRI. The knee. Doctor ordered it at Piedmont. Last year I got a twelve-hundred-dollar surprise bill for my shoulder, I don't want that again.", "bad_experience"),
        t("Totally understand. So, just so I understand your needs, what is it you're looking for help with today?"),
        c("Man, the cost. Of the MRI. Are you writing any of this down?", None),
        t("Absolutely. And in your own words, what would a good outcome look like for your visit today?"),
        c("A number. That's a good outcome. Forget it, I'll call the 800 number.", None),
    ],
))

# 13. wrong_paraphrase -- Adelaide dental clinic
_open = c("Hello dear. My bottom denture's been rubbing something awful for a fortnight, there's a sore spot under my tongue. I was hoping someone could just file it down.", None)
PAIRS.append(gpair(
    "b213g_adelaide_dental_denture_sore", "dental clinic, Adelaide, South Australia", "wrong_paraphrase",
    "An 80-year-old widow on the age pension has a sore spot from a six-year-old lower denture; she lost weight "
    "after her husband died and wants it adjusted.",
    good=[
        _open,
        t("Oh, that sounds uncomfortable. How old is the denture, and has anything changed lately, weight, a tooth out, anything like that?"),
        c("It's about six years old. I did lose a bit of weight after my husband passed last year. I'm managing.", None),
        t("I'm sorry about your husband. Losing weight can change the gums, so the denture may sit differently now. The dentist can ease the spot today, that's usually quick, and she'll look at the sore itself, because anything there two weeks should be checked. Is today any good?"),
        c("Today's fine, my neighbour drove me. But I can't afford a new set, dear, I'm on the pension.", "no_money"),
        t("Understood. The adjustment is covered under the pension card scheme we're part of, so there's no charge. If the denture is very loose she might mention a reline later, but that's entirely your decision and we'd give you the cost first."),
        c("That's a relief. What's a reline?", None),
        t("A new layer on the inside so it fits your gums as they are now, a bit like resoling a shoe. But first let's fix the sore spot. I'll tell Dr Kaur you're here."),
        c("Thank you, love.", None),
    ],
    gaming=[
        _open,
        t("Oh dear. Can you tell me more about what's going on?"),
        c("It's six years old. I've lost a bit of weight since my husband passed, and now there's this sore spot. I just want it filed down.", None),
        t("So what I'm hearing is you're unhappy with dentures altogether and you'd like to look at implants, is that right?"),
        c("No, dear, I said filed down. I couldn't afford implants, I'm on the pension.", "no_money"),
        t("Okay, so you're saying budget isn't really the main thing, it's having teeth you feel confident with again. That's why implant-retained dentures are so popular. Did I understand that correctly?"),
        c("You didn't, no. I've got a sore under my tongue, that's all.", None),
        t("Right, so playing that back: you'd like a full assessment and a treatment plan for a new set. I can book the consult with Dr Kaur, a hundred and eighty-five dollars."),
        c("I'll get my neighbour to take me to the Dental Hospital. Goodbye.", None),
    ],
))

# 14. pitch_to_upset -- Cardiff pharmacy, bereaved husband
_open = c("Hello. My wife passed away last week. I've got a bag of her tablets here and I didn't know what to do with them. Somebody said you take them back.", None)
PAIRS.append(gpair(
    "b213g_cardiff_pharmacy_medicine_return", "community pharmacy, Cardiff, Wales, UK", "pitch_to_upset",
    "A 70-year-old man brings back his late wife's unused medicines, including morphine, eight days after "
    "her death; he is not sleeping.",
    good=[
        _open,
        t("I'm so sorry for your loss. Yes, we take them back, you've done the right thing bringing them in. Would you like to sit down for a minute while I sort them?"),
        c("I'm alright. Thank you. There's some strong painkillers in there, the morphine. I didn't want them in the house.", None),
        t("Good thinking. I'll put those through our controlled-drugs returns and log them, so there's a record you handed them in. Is there anything else of hers you're unsure about, equipment, a sugar machine, anything like that?"),
        c("There's her finger monitor thing. Cost us a fortune, that did. Can you take that?", None),
        t("We can't reuse it, I'm afraid, but the hospice shop in Whitchurch takes them for people who can't afford one. I'll write the address down. And how are you managing yourself, are you getting your own prescriptions alright?"),
        c("My daughter's been doing it. I'm not sleeping much, to be honest.", None),
        t("That's very common in the first weeks. If it goes on, do mention it to your GP. And if you ever want a chat about your own tablets, just come in, no appointment needed. Here's the hospice address."),
        c("You're very kind. Diolch, bach.", None),
    ],
    gaming=[
        _open,
        t("Oh, I'm sorry for your loss. Yes, pop them on the counter. While you're here, how are you finding things yourself?"),
        c("Not sleeping, to be honest. The house is very quiet.", None),
        t("I completely understand. A lot of customers in your situation find our sleep range really helps. This herbal one's on three for two this week, and there's a magnesium spray that's very popular."),
        c("I don't really want anything. I just want to get rid of her tablets.", "no_need"),
        t("Of course. Just so you know, we also do a health check for over-sixties, blood pressure and cholesterol, twenty-five pounds. It's a great way to look after yourself now you're on your own. Shall I book you in?"),
        c("Not now. She's been gone eight days, I can't think about things like that.", "no_time"),
        t("No problem at all! I'll pop a leaflet in the bag for when you're ready. Oh, and the finger monitor, we don't take those, but you could sell it online."),
        c("Just take the tablets, please.", None),
    ],
))

# 15. blame -- Chicago hearing-aid centre
_open = c("This hearing aid you folks sold me in March just quit. Nothing. Three months. I paid twenty-eight hundred for the pair.", None)
PAIRS.append(gpair(
    "b213g_chicago_hearing_aid_dead", "hearing-aid centre, Chicago, Illinois, US", "blame",
    "A 68-year-old retired bus driver's rechargeable hearing aid went dead after three months; he charges and "
    "cleans it every night as shown.",
    good=[
        _open,
        t("That's really frustrating after three months, and at that price. Let's figure out what's going on. Did it stop suddenly, or fade out?"),
        c("Sunday. Was working at church, came home, nothing. I charge it every night in that little box like the lady showed me.", None),
        t("So it went dead Sunday, all at once, and you've been charging it nightly. Can I take a look? The contacts look clean and the other one's fine. Has it been anywhere humid, or got wet?"),
        c("Not that I know of. I sweat a bit mowing the lawn, that's it. Honestly my buddy went through three pairs of these, I'm starting to think they're all junk.", "bad_experience"),
        t("Sweat is normal and these are meant to handle it, so I'm not putting this on you. It's under the three-year warranty, so I'll send it to the manufacturer at no cost and give you a loaner today so you're not without. It usually takes about ten days."),
        c("Ten days, with a loaner? I guess that works.", None),
        t("I'll call you when it's back and we'll test both on the machine before you leave. If it happens again, we'll ask them for a replacement rather than a repair."),
        c("Alright. Thanks for not giving me the runaround.", None),
    ],
    gaming=[
        _open,
        t("Sorry to hear that! Can you tell me what happened, so I understand your experience?"),
        c("Worked fine at church Sunday, came home, dead. I charge it every night like the lady showed me.", None),
        t("Okay. So you've been wearing it while sweating, mowing the lawn, that kind of thing, right? Because honestly, nine times out of ten these die because people don't look after them."),
        c("I clean it every night. I do what I was told.", None),
        t("I'm sure you think you do. Did you maybe drop it, or leave it in the bathroom while you showered? That's usually the cause."),
        c("I didn't drop it. You're telling me twenty-eight hundred dollars and it's on me?", None),
        t("Well, the warranty doesn't cover misuse, so we'd need to charge for the repair, about three hundred. Would you like to go ahead?"),
        c("You sold it to me, you fix it. I want to talk to your manager.", None),
    ],
))

# 1. monologue -- City of London private GP
_open = c("Afternoon. I've got about ten minutes. I want my cholesterol checked. My dad had a heart attack at fifty-five and I'm forty-seven, so.", None)
PAIRS.append(gpair(
    "b213g_london_private_gp_cholesterol", "private GP clinic, City of London, UK", "monologue",
    "A 47-year-old Nigerian-British finance manager on his lunch break wants a cholesterol test because of "
    "his father's early heart attack; he has no symptoms.",
    good=[
        _open,
        t("Understood, let's keep it quick. Any symptoms, chest pain, breathlessness, or is this about checking your risk?"),
        c("No symptoms. Just the family thing, and my wife's been on at me. I've not had a blood test in years.", None),
        t("So a risk check because of your dad, no symptoms. The simplest option is a cholesterol and blood sugar panel with a fifteen-minute GP review of the results, a hundred and twenty pounds. There's a bigger health assessment at four hundred, but for what you've described you don't need it."),
        c("Hundred and twenty is fine. It has to be early though, I'm at my desk by eight.", None),
        t("We open at half seven. It's a fasting test, so nothing but water after ten the night before. Results in two days, and the review can be by phone. Tomorrow at seven-forty?"),
        c("Tomorrow's board day, no chance. Thursday.", "no_time"),
        t("Thursday at seven-forty, done. I'll text you the fasting instructions."),
    ],
    gaming=[
        _open,
        t("Great, thanks for coming in! So let me tell you about our options. Cholesterol on its own really only gives you part of the picture, which is why most of our City clients choose the Executive Health Assessment. Two hours, ECG, treadmill test, a blood panel with over forty markers, body composition, a lifestyle coach and a report you can share with your family."),
        c("Two hours? I said I had ten minutes.", "no_time"),
        t("Absolutely, and that's why we do early mornings. And given your dad you'd want the full picture, because cholesterol's just one number. Lots of firms pay for it on the corporate plan, and the Platinum tier adds a calcium score scan and a cardiologist follow-up, fantastic peace of mind. It's eleven hundred, or four-twenty for Gold."),
        c("I just want a blood test, mate.", "no_need"),
        t("Of course, and a blood test is in every package. Let me just show you the brochure, Gold is on page three, and this month there's twenty percent off for couples, so your wife could come along too."),
        c("I've got to get back. I'll sort it with my NHS GP.", "brush_off"),
    ],
))

# 2. closing_as_open_question -- Gold Coast physio and clinical Pilates
_open = c("Hi there, I've been seeing Josh for my back and he mentioned the Pilates classes. How do they work?", None)
PAIRS.append(gpair(
    "b213g_goldcoast_physio_pilates", "physiotherapy and clinical Pilates studio, Gold Coast, Queensland, Australia",
    "closing_as_open_question",
    "A 56-year-old grandmother recovering from a lower-back flare-up asks about classes; her husband retires "
    "in June and money is tighter.",
    good=[
        _open,
        t("Sure. Before I explain, what are you hoping they'll do for you, and how's the back going now?"),
        c("Much better than it was. I want to keep it that way, I don't want another six weeks like March. I garden a lot and I mind the grandkids two days a week.", None),
        t("So keeping the back strong enough for the garden and lifting grandkids, and never another March. The classes are small, four people, each run by a physio, so the exercises are set for your back. They're thirty-eight dollars each and your extras cover part of that."),
        c("Thirty-eight a week adds up. Graham's retiring in June, we're watching every dollar.", "no_money"),
        t("Fair enough. One option is a block of four, then we write you a home program and you drop to a check-in once a fortnight or monthly. Plenty of people keep going well at home. Would you like to check with your fund what they'll pay first?"),
        c("Yes, I'll ring them and have a word with Graham. Can I let you know next week?", "think_it_over"),
        t("Of course. I'll write down the item number so the fund can tell you exactly what's covered. No need to hold a spot, there's usually room."),
        c("Lovely, thanks love.", None),
    ],
    gaming=[
        _open,
        t("Absolutely! So, how soon would you like to start your Pilates journey, this week or next?"),
        c("Oh, well, I don't know yet. How much are they?", None),
        t("Thirty-eight a class, or the ten-pack's three-forty. Which works better for you, the ten-pack or the twenty-pack?"),
        c("That's a lot with Graham retiring. We're watching every dollar.", "no_money"),
        t("Totally get it. So what would it take for you to feel comfortable starting today? If I could do the ten-pack at three-twenty, would you book Thursday?"),
        c("I'd need to talk to Graham first.", "think_it_over"),
        t("Of course! And how would you like to handle payment, card now so we hold Thursday, or shall I pencil you in and Graham can pay when he drops you off?"),
        c("Neither. I'll ring you.", "brush_off"),
    ],
))

# 3. pitch_as_paraphrase -- Seattle skin clinic (phone)
_open = c("Hi, I'm calling about my son, he's fifteen and his acne's gotten pretty bad this year. Kids are being mean about it. I'm not sure what we should be doing.", None)
PAIRS.append(gpair(
    "b213g_seattle_skin_teen_acne", "dermatology and skin clinic, Seattle, Washington, US", "pitch_as_paraphrase",
    "A mother phones about her 15-year-old son's painful jaw acne after four months of drugstore products; "
    "the family has a high-deductible plan.",
    good=[
        _open,
        t("I'm sorry he's dealing with that, fifteen is hard enough. What does it look like, mostly small bumps or deep painful ones? And has he tried anything?"),
        c("Some deep ones on his jaw, they hurt. We've tried the drugstore stuff, the benzoyl peroxide, for like four months. It's not doing much.", None),
        t("So deep painful spots on the jaw and four months of over-the-counter with little change. That's worth a dermatologist, because deep ones can scar and prescription options work much better. Do you know how your insurance handles specialist visits?"),
        c("We've got the high-deductible plan, so I think it's all on us until like three thousand. I can't do expensive facials or whatever.", "no_money"),
        t("Understood, and he doesn't need facials. A new-patient visit is two hundred and ten self-pay, and most first treatments are generic prescriptions that cost little. We'll tell you the cost before anything extra. Would an after-school visit work, so he doesn't miss class?"),
        c("After school would be great. He's kind of embarrassed, will it be a guy doctor?", None),
        t("Dr. Okafor is male and he's great with teens. I have Tuesday at 3:45."),
        c("Tuesday works.", None),
    ],
    gaming=[
        _open,
        t("Oh, I'm sorry to hear that. Tell me more about what's going on?"),
        c("Some deep ones on his jaw, they hurt. We've tried drugstore stuff for four months.", None),
        t("So what you're telling me is you're looking for our Clear Skin Teen program, six blue-light sessions and the medical-grade skincare kit, eleven hundred for the package. Have I got that right?"),
        c("I didn't say that. I don't even know what that is. We've got a high-deductible plan, I can't do eleven hundred.", "no_money"),
        t("Okay, so what I'm hearing is that value matters to you, which is exactly why the package saves you three hundred over single sessions. Does that capture it?"),
        c("No, what I'm saying is I want a doctor to look at him.", None),
        t("Totally, so to sum up, you'd like the doctor consult plus the package so he gets results fast, correct?"),
        c("We'll just ask his pediatrician. Thanks.", "no_need"),
    ],
))

# 4. upsell_as_loop_closing -- Edinburgh optician
_open = c("Right, the optometrist says my reading prescription's changed a wee bit. I just want a plain pair of reading specs, nothing fancy.", None)
PAIRS.append(gpair(
    "b213g_edinburgh_optician_readers", "independent optician, Edinburgh, Scotland, UK", "upsell_as_loop_closing",
    "A 72-year-old retired minister has had his free eye test and needs only new reading lenses; his "
    "fifteen-year-old frames still fit.",
    good=[
        _open,
        t("No bother. What do you read mostly, books, the paper, a tablet? And are you happy with the frames you've got on?"),
        c("Books and the Scotsman, and the hymn numbers on a Sunday. These frames are fine, they're fifteen year old but they fit.", None),
        t("Then we could put new lenses in your own frames if they're sound, which saves you a frame. Hinges look good. Single-vision readers in your frames would be sixty-five pounds."),
        c("Sixty-five is fine. Do I need any of these coatings they advertise?", None),
        t("They come with a basic scratch coating. Some people add anti-glare for reading under lamps, twenty more, but for books and the paper you'll be fine without. Was there anything else you wanted today?"),
        c("No, that's everything. How long will I be without them?", None),
        t("About a week. You can borrow a pair of ready-readers from us in the meantime, so you're not stuck on Sunday."),
        c("That's very good of you.", None),
    ],
    gaming=[
        _open,
        t("Perfect, let's get you sorted. Is there anything else you'd like to add while you're here, maybe a second pair for distance?"),
        c("No, my distance is fine. Just the readers.", "no_need"),
        t("Lovely. And to close the loop on your lenses, what else can I add for you, anti-glare, blue-light, the thinner lens? Most people go for the bundle, it's a hundred and ten."),
        c("A hundred and ten on top? For reading the paper? That's daft.", "too_expensive"),
        t("Totally hear you. Last thing, just so we've covered everything: what else could we add, prescription sunglasses for the garden? It's two for one this month."),
        c("Son, I came in for reading glasses. If you keep adding things on I'll take my prescription elsewhere.", None),
        t("Of course! So, readers in a new Silhouette frame at one forty-nine, and is there anything else I can add?"),
        c("My own frames. Readers. Nothing else.", None),
    ],
))

# 5. leading_tag_questions -- Houston dental whitening
_open = c("Hi! So I'm getting married in like two months and I want whiter teeth for the pictures. What do you guys have?", None)
PAIRS.append(gpair(
    "b213g_houston_dental_whitening", "general and cosmetic dental practice, Houston, Texas, US", "leading_tag_questions",
    "A 31-year-old Mexican-American teacher wants whiter teeth before her wedding; her teeth are sensitive "
    "and whitening strips hurt her.",
    good=[
        _open,
        t("Congratulations! Two months is plenty of time. Before I run through options, do your teeth get sensitive, with cold drinks or ice cream?"),
        c("Yes, actually, kind of a lot. I tried those strips from Target and I couldn't even drink water for two days.", None),
        t("So sensitive teeth and a bad time with the strips. That matters, because in-office whitening is strong and can make that worse. For you I'd lean to custom trays you wear at home with a gentler gel, so you can skip a night if it stings. It's three-fifty, including a checkup first to make sure nothing needs fixing."),
        c("My cousin did the in-office one though, the one-hour thing, and hers look amazing.", None),
        t("It does work fast, and if you really want it we can, but with your sensitivity I'd worry about you being sore right before the wedding. Trays get a similar shade over two or three weeks. Want to start with the checkup and decide after?"),
        c("Okay, that makes sense. I teach, so it'd have to be after four.", None),
        t("I have Thursday at 4:15, and your trays would be ready the week after."),
        c("Perfect, book me.", None),
    ],
    gaming=[
        _open,
        t("Congrats! You'll want the in-office Zoom whitening then, won't you? It's the best."),
        c("Maybe? My teeth are pretty sensitive though. The strips from Target killed me.", "bad_experience"),
        t("Oh, that's just cheap strips. You wouldn't want to risk cheap stuff for your wedding, would you? And you'd want it done in one visit, being so busy, wouldn't you?"),
        c("I mean, I'm busy, but I'm more worried about it hurting. How much is it?", None),
        t("Six ninety-five. Worth it for photos you'll have forever, right? And you'll want the touch-up kit too, won't you, so it lasts through the honeymoon?"),
        c("Six ninety-five plus a kit? For something that might hurt? I need to talk to my fiancé.", "think_it_over"),
        t("He'd want you looking your best though, wouldn't he? Shall we just lock in Saturday?"),
        c("No. I'll call you.", "brush_off"),
    ],
))
