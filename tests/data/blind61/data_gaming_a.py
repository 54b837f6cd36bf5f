"""Gaming pairs, part A (blind61, prefix b61): monologue, closing_as_open_question,
pitch_as_paraphrase, upsell_as_loop_closing, leading_tag_questions - two of each."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - veterinary clinic
o = c("Hi, um, I had a letter saying Biscuit needs his teeth done? He's thirteen and I'm a bit, I don't know, nervous about putting him under.", None)
PAIRS.append(gpair(
    "b61g_vet_seniordental", "veterinary clinic", "monologue",
    "Owner of a 13-year-old terrier comes to the desk after a recall letter for a dental under anaesthetic; she is worried about the anaesthetic and short of money.",
    good=[o,
          t("That's a really fair thing to worry about at thirteen. Can I ask what you've noticed with his mouth yourself, and what the vet said at his check-up?"),
          c("Well his breath is awful, honestly. And he's started chewing on one side. The vet said there's a loose one at the back and some, um, gum stuff.", None),
          t("So he's favouring one side, there's a loose back tooth, and your main worry is the anaesthetic at his age. Has he ever had an anaesthetic before, or any heart or kidney trouble that you know of?"),
          c("He was neutered years ago, that was fine. Nothing with his heart. But my neighbour's old cat never woke up after one, so...", "bad_experience"),
          t("I'm sorry, that would stay with anyone. For an older dog we'd do a blood test and listen to his heart first, so we know his kidneys and liver can cope before anything is decided. If something shows up, we stop and talk about other options. Would it help to book just that check?"),
          c("How much is the blood test on its own? I'm not saying no, but with the car this month I can't do the whole dental right now.", "no_money"),
          t("The blood panel is 68 pounds and it doesn't commit you to the dental. If the results are fine, the dental can be spread over three months. Tuesday morning, nothing to eat after ten the night before, and I'll note that you want the vet to ring you with results before anything else is booked."),
          ],
    gaming=[o,
            t("Great question, and I totally understand how you feel! So let me walk you through our Senior Dental Care experience. Full scale and polish, X-rays of every tooth, extractions as needed, IV fluids, pain relief and a take-home pack. We've done hundreds of senior dogs, honestly they come back like puppies. And this month we're bundling the Senior Wellness Plan: vaccines, two check-ups and ten percent off food, all for 24.99 a month."),
            c("Right, but I was asking about the anaesthetic, because he's thirteen...", None),
            t("Absolutely, and that's all built in! Our monitoring is state of the art, a nurse watches him the whole time. Most owners tell us their dog eats better within a week. Then you add the plan so his next dental is already budgeted. We can do the dental Thursday and set up the direct debit today, and the plan starts straight away so you get the discount on the dental too. What questions do you have?"),
            c("I... the letter said about four hundred pounds? I can't find four hundred pounds this month.", "no_money"),
            t("That's exactly why the plan is so popular! It pays for itself. And the teeth will only get worse, every month you wait is more extractions, and more extractions is more cost. Dental disease affects the heart and kidneys too, so really it's an investment in his quality of life. Shall I pop you in for Thursday?"),
            c("Can I just, can I take the leaflet? I need to talk it over with my daughter.", "think_it_over"),
            t("Of course! I'll put the leaflet in the bag with the plan form. Anything else I can help with today?"),
            ]))

# 2 monologue - solar installer (web chat)
o = c("hi do you do panels on flat roofs, our garage is flat and the house roof faces north", None)
PAIRS.append(gpair(
    "b61g_solar_flatgarage", "solar panel installer (web chat)", "monologue",
    "Homeowner on the installer's web chat asks whether panels work on a flat garage roof; a heat pump has raised their electricity use and they already have a quote from another firm.",
    good=[o,
          t("Hi, yes we do, on frames that tilt them towards the south. To see if it's worth it: roughly how big is the garage roof, and what do you want the panels to do for you, cut the bills, charge a car, something else?"),
          c("about 6m by 4m i think. mainly bills, we got a heat pump last year and the electric went up loads", None),
          t("Thanks. So a flat roof of about 24 square metres, and the heat pump pushed your electricity up. Do you know roughly what you use in a year, it's on the bill in kWh, and is anyone home in the daytime?"),
          c("around 7500 kwh. im home 3 days a week. tbh another firm already quoted us 11k", None),
          t("Useful to know. On 24 square metres we'd fit about ten panels, making maybe 3,800 kWh a year, so roughly half your use, not all of it. I won't guess a price on chat. A surveyor can check the roof structure and shading, free, and you can put his quote next to the 11k one line by line."),
          c("ok but not a sales guy sitting in my kitchen for 3 hours", None),
          t("Fair. It's about 40 minutes, mostly on the roof and at your fuse box, and the quote comes by email afterwards. Saturday the 14th at nine is free, would that suit?"),
          c("saturday 14th works", None),
          ],
    gaming=[o,
            t("Hi! Great question, thanks for reaching out! Flat roofs are one of our favourite jobs. We use tier-one panels with a 25-year warranty, plus our SmartStore battery so you use your daytime solar at night, and our app shows your savings in real time. Customers typically save up to 70% on their bills. We also do EV chargers, and right now there's a bundle: panels, battery and charger for one fixed monthly payment. So what would success look like for you?"),
            c("i mean lower bills. but how many panels even fit on a garage", None),
            t("Totally, lower bills is what everyone wants! Our designer maximises the roof area, and with the battery you use nearly everything you generate, that's where the real savings are. The battery also gives you backup in a power cut, huge peace of mind. Most customers go for the 10 kWh one. Shall I book the designer to come and present the full package?"),
            c("we got quoted 11k somewhere else for panels only and that was already too much", "too_expensive"),
            t("I hear you! That's why the monthly finance is so good, the savings basically cover the payment. And our price includes scaffolding and bird-proofing, which a lot of firms add on later. Honestly the battery is the thing people regret not getting. Can I take your postcode and get the designer out this week?"),
            c("no battery. i asked about the garage twice. just email me the info and ill have a look", "brush_off"),
            t("No problem at all! I'll email you our full brochure. Is there anything else I can help you with today?"),
            ]))

# 3 closing_as_open_question - funeral services (pre-paid plan)
o = c("Good morning. I was at my brother's funeral last month and it got me thinking I ought to sort something out for myself, so it's not all left to my two boys. I don't really know where to start.", None)
PAIRS.append(gpair(
    "b61g_funeral_prepaidplan", "funeral director", "closing_as_open_question",
    "A man in his seventies phones about arranging his own funeral in advance after his brother's funeral; he distrusts pre-paid plans and wants his son involved.",
    good=[o,
          t("Good morning, and I'm sorry about your brother. It's a kind thing to think of your sons. Could I ask what part worried you most, watching what your family went through last month?"),
          c("Mostly the money, I suppose. His wife had to find nearly five thousand in a fortnight. And all the decisions, flowers, cars, she didn't know what he'd have wanted.", None),
          t("So two things: the cost landing on the boys all at once, and them having to guess your wishes. Those can be handled separately. A written wishes form costs nothing and we keep it on file. A pre-paid plan fixes the price of our part. Do you have a sense of what you'd want?"),
          c("Cremation, nothing fancy. But I've heard these plans are a racket. A fellow at the club paid into one and the firm went bust.", "bad_experience"),
          t("That did happen with some plan companies, and you're right to ask. Ours is held in a trust regulated by the FCA, so if we closed, the money still goes to your funeral. I'll give you the trust's details so you or the boys can check it yourselves. Nothing needs deciding today."),
          c("Good. I'd want my eldest to look it over before I sign anything. He's the one with the head for this.", "think_it_over"),
          t("That's sensible. I'll post you the wishes form, the plan leaflet with the full price list and the trust details. Would your son like to ring me, or come in with you one afternoon?"),
          ],
    gaming=[o,
            t("Good morning, and I'm so sorry for your loss. It's wonderful that you're thinking ahead. Can I ask, what would peace of mind look like for you and your boys?"),
            c("Well, not leaving them with the bill, I suppose. His wife had to find nearly five thousand.", None),
            t("Exactly, and that's what our Gold Plan does. Prices go up again in April, so today is the best price you'll ever get. So, thinking of the boys, would you prefer to pay in full or over twelve months?"),
            c("I haven't said I'm buying anything yet. A fellow at the club lost his money on one of these.", "bad_experience"),
            t("I completely understand. And what would it take for you to feel comfortable enough to get this sorted today, while it's on your mind?"),
            c("Some time, for a start. I want my son to see it first.", "think_it_over"),
            t("Of course. And once your son's happy, which start date works best for you, the first of next month or the fifteenth?"),
            c("I rang for some advice, not to be rushed. Good day to you.", None),
            ]))

# 4 closing_as_open_question - print shop
o = c("Hello, I open a small bakery next month, I need menus for take away, maybe 500? I don't know which paper.", None)
PAIRS.append(gpair(
    "b61g_printshop_bakerymenus", "print shop", "closing_as_open_question",
    "A bakery owner, Polish, opening next month, walks into a high-street print shop wanting 500 takeaway menus; money is tight before opening.",
    good=[o,
          t("Congratulations on the bakery! Where will the menus go, on the counter for people to take, or through letterboxes? That changes which paper makes sense."),
          c("Both, I think. Some on counter, and my nephew will put in letterbox in our streets.", None),
          t("Then you want something that doesn't crease in a letterbox but isn't too dear per copy. For 500, a 170gsm silk A5 printed both sides is about 62 pounds. Do you have the design already, or do you need help with it?"),
          c("I have design from my cousin, but it is in Word. Is okay? And 62 is more than I think, online it says 35.", "too_expensive"),
          t("Word is fine, we'll turn it into a print file and check the photos are sharp enough. The online ones are usually 130gsm, and you check the proof yourself. We can do 130gsm for 44. The thinner one can tear in a letterbox. Which matters more to you?"),
          c("Hmm. I take the thick one for counter, 200 only. For letterbox, I ask my nephew first how many he will really do.", "think_it_over"),
          t("Good plan. Send me the Word file today and I'll email a proof tomorrow with both prices, the 200 thick ones and whatever number your nephew says. Nothing prints until you say yes."),
          c("Okay, I send tonight. Thank you.", None),
          ],
    gaming=[o,
            t("Congratulations! Exciting times. So tell me, how would you like to see your brand showing up in the neighbourhood?"),
            c("I don't know, just menu with prices, and some photos of bread.", None),
            t("Love it. Our launch pack is 1,000 menus, 250 loyalty cards and an A1 window poster, 189 pounds. So shall we go with the launch pack, or the launch pack plus the pavement sign?"),
            c("I ask only for 500 menus. 189 is a lot, I have not opened yet, there is no money coming in.", "no_money"),
            t("Totally get it, money's tight before launch. So what would it take for you to go ahead with the launch pack today? I could throw in free delivery."),
            c("I need to ask my husband, he does the money.", "think_it_over"),
            t("Of course. And when you talk to him tonight, would it be easier to pay the deposit by card now, or by bank transfer first thing tomorrow?"),
            c("Online I get 500 for 35 pounds and nobody pushes me. Bye.", "too_expensive"),
            ]))

# 5 pitch_as_paraphrase - translation agency
o = c("Hi, I need to translate my marriage certificate and birth certificate from Portuguese for the visa. The Home Office say certified translation. How long it takes?", None)
PAIRS.append(gpair(
    "b61g_translation_visacerts", "translation agency", "pitch_as_paraphrase",
    "A Brazilian woman phones a translation agency: two certificates need certified English translations for a spouse visa appointment; she has found another agency too expensive.",
    good=[o,
          t("Hi, we can help with that. Two short certificates usually take two working days. When is your visa appointment, and did the Home Office say anything about the format, paper copies or PDF?"),
          c("Appointment is 19th. They say translation must have translator details and a statement it is accurate. PDF is okay I think, but I am not sure.", None),
          t("So both certificates in English with a signed statement of accuracy and the translator's details, before the 19th, and you're not sure about paper or PDF. The statement is included as standard. Can you photograph both documents, front and back, with any stamps?"),
          c("Yes I have photos. How much is it? The other agency ask me 120 for both.", None),
          t("Ours is 35 a page, so 70 if each is one page, statement included. Paper copies by post are 8 more. I'll send you the link to the visa guidance on paper or PDF, and if PDF is fine you don't need the post."),
          c("Okay, 70 is good. I send photos now.", None),
          t("Great. Email them to the address I'll text you, and we'll confirm the page count before you pay anything. You'll have the PDFs by Thursday."),
          ],
    gaming=[o,
            t("Hi! Let me make sure I understand your needs. So what you're looking for is our Express Certified Package, delivered in 24 hours with notarisation and apostille, is that right?"),
            c("I don't know what is apostille. I just need translation with the statement.", None),
            t("Got it. So what I'm hearing is that you want to be completely safe with the Home Office, which means the notarised version, 95 per document. Did I understand you correctly?"),
            c("190? No, this is more than the other agency, and they were already too expensive.", "too_expensive"),
            t("I understand. So if I play that back, what matters to you is value, which is why the Express Certified Package includes free courier delivery, so really it's the best-value option. Does that sound right?"),
            c("No. Does not sound right. I ask only for the normal one. You do the normal one or not?", None),
            t("Absolutely. So to summarise, you need your documents fast and stress-free: the Express Certified Package. Shall I send the payment link?"),
            c("No thank you. I don't want express. I find another agency.", "no_need"),
            ]))

# 6 pitch_as_paraphrase - co-working space
o = c("Hey. Looking for a desk a couple of days a week. Flat's too noisy with the building work next door.", None)
PAIRS.append(gpair(
    "b61g_cowork_quietdesk", "co-working space", "pitch_as_paraphrase",
    "A freelance illustrator walks into a co-working space wanting a quiet desk two days a week while the flat next door is being rebuilt, for about three months.",
    good=[o,
          t("Hey, that sounds miserable. Is the building work a few months, or longer? And what do you do, what do you need at the desk?"),
          c("Three months, they said. I'm an illustrator, so a big desk, good light, and nobody on calls right next to me.", None),
          t("So roughly three months, two days a week, room to spread out, daylight and quiet. Our quiet room on the second floor has no calls allowed and north windows. The flexi pass is ten days a month for 140, no contract. Want to see the room first?"),
          c("140 for ten days... that's steep when I'm only here because of the drilling.", "too_expensive"),
          t("Understandable. If it's really two days a week, that's eight or nine days a month, and the day pass is 18, so on a quiet week next door you'd pay nothing at all. Try a day pass tomorrow and see if the room works for drawing?"),
          c("Yeah, day pass tomorrow. I'll see how it goes.", None),
          ],
    gaming=[o,
            t("Hey! Love that you're exploring co-working. So what you need is a dedicated desk with 24/7 access and our community events, which is our Resident plan at 320 a month. Is that right?"),
            c("No, I said a couple of days a week.", None),
            t("Right, so what I'm hearing is flexibility is key and you want to grow your network, which is exactly why creatives love the Resident plan, you come whenever you like. Did I get that right?"),
            c("I'm an illustrator, I don't need a network. I need quiet for three months till the drilling stops.", "no_need"),
            t("Perfect, so to play that back: you need a productive long-term space with room to grow your business, so the Resident plan on a twelve-month term gets you the best rate, 280. Have I summarised your needs correctly?"),
            c("You haven't, no. Twelve months? It's three months. I'll just go to the library.", "no_need"),
            t("Totally understand. So just to check, what you're looking for is the Resident plan with a flexible start date?"),
            c("Bye.", None),
            ]))

# 7 upsell_as_loop_closing - marine chandlery
o = c("Morning. Need new chain for the anchor. Old one's rusted through at the end, thirty-odd years old, same as the boat.", None)
PAIRS.append(gpair(
    "b61g_chandlery_anchorchain", "marine chandlery", "upsell_as_loop_closing",
    "An older yachtsman comes into a marina chandlery to replace the rusted anchor chain on his 28-foot boat and wants only that.",
    good=[o,
          t("Morning. Do you know the size of the gypsy on your windlass, or have you brought a link of the old chain? Getting the calibration wrong is the usual headache."),
          c("Brought a bit. Here. She's a 28-footer, I anchor mostly in the estuary, eight, ten metres of water.", None),
          t("That's 8 mil, and by the look of it DIN 766, which suits most windlasses of that age. For ten metres of water you'd want at least 30 metres of chain with a good length of warp behind it. How much warp have you got, and do you want to stay galvanised?"),
          c("Galvanised. Stainless is money thrown away on a boat like mine. Fifty metres of warp, and the old chain was thirty.", None),
          t("Then 30 metres of 8 mil galvanised is 177. We cut it here while you wait. Before you pay, let's run a few links over the demo gypsy on the counter, same type as yours, so you know it feeds."),
          c("Good idea. Last lot I bought elsewhere jumped the gypsy, nearly took my fingers off.", None),
          t("Then we'll make sure. It runs clean, see. I'll cut thirty metres and mark every ten with cable ties so you know how much is out."),
          ],
    gaming=[o,
            t("Morning! Great, let's get you sorted. What size chain are we talking?"),
            c("This. Brought a link. 28-foot boat.", None),
            t("8 mil, lovely. Thirty metres, that's 177. Now, to close the loop on your anchoring set-up, what else can I add for you today? Most people doing the chain also do a new anchor, our spade-style is 389."),
            c("Anchor's fine. Just the chain.", "no_need"),
            t("No problem. And just to make sure we've covered everything you need, shall I add a chain counter for the windlass and a swivel? I want you leaving with the complete solution."),
            c("I've managed without a chain counter for thirty years. I said just the chain.", "no_need"),
            t("Absolutely, completely hear you. Last thing, so nothing's left open: lifejackets are 20% off this week, what size are you? Is there anything else at all I can add for you?"),
            c("No. Cut the chain, please, before I change my mind.", None),
            ]))

# 8 upsell_as_loop_closing - school uniform shop
o = c("Hiya, right, so the twins start at Kingsmead in September and I've got this list as long as my arm. Where do I even start?", None)
PAIRS.append(gpair(
    "b61g_uniformshop_twins", "school uniform shop", "upsell_as_loop_closing",
    "A dad buying secondary-school uniform for twins on a budget of about 200 pounds; one twin has eczema.",
    good=[o,
          t("Hiya, you're not the only one with that face this week! Can I see the list? Let's split it into what has to come from us, with the school badge, and what you can get anywhere."),
          c("Blazer and tie have to have the badge, it says. The rest, trousers, shirts, I dunno. To be honest I was hoping to do the lot for under two hundred for both.", None),
          t("So blazers and ties from us, and keep it under two hundred for the two of them. Blazers are 38 and ties 7, so 90 for the badged things. Shirts and trousers from the supermarket are fine at Kingsmead, plain black and white. Anything else I should know, sizes, growth spurts?"),
          c("Our Ellie's got eczema, polyester shirts drive her mad. Last year's ones left her arms raw.", None),
          t("Then for Ellie look for 100% cotton shirts. We have them at 14 for two, and some supermarkets do too, so check the label wherever you buy. Shall we try the blazers on now? I'd go a size up, they're meant to last two years."),
          c("Yeah go on. Both of them are in the car, I'll grab them.", None),
          t("Brilliant. I'll total everything before I ring it up, so you can see where you are against the two hundred."),
          ],
    gaming=[o,
            t("Hiya! Exciting! So what would make this back-to-school experience a success for you?"),
            c("Getting out of here under two hundred for both of them, honestly.", None),
            t("Love that. So, blazers and ties, 90. To close the loop on the full list, what else can I add for you? The branded PE kit is 42 a child."),
            c("The list says PE can be any plain black. I'll get that at the supermarket.", "no_need"),
            t("Totally. And to make sure everything's covered for you, shall I add the branded book bags, 16 each? Lots of parents say the kids feel left out without them."),
            c("Look, we're at a hundred and twenty-odd already. I haven't got that kind of money this month.", "no_money"),
            t("Completely understand. Just so nothing's missed, what else can I pop in for you? Name labels, a spare tie, the winter coat?"),
            c("Nothing. Blazers and ties. Ellie's shirts I'll sort myself, she's got eczema.", "no_need"),
            t("No worries! And anything else I can add before I ring it up?"),
            ]))

# 9 leading_tag_questions - dental laboratory (B2B)
o = c("Hi, it's Dr Okafor from Riverside Dental. I've got a lower molar crown to send you and I want to talk material before I take the impression.", None)
PAIRS.append(gpair(
    "b61g_dentallab_molarcrown", "dental laboratory (B2B)", "leading_tag_questions",
    "A dentist phones the lab about the material for a lower molar crown on a self-paying patient who grinds his teeth; clearance is tight.",
    good=[o,
          t("Hi Dr Okafor, happy to. What's the situation: bite, grinding, how much room have you got after the prep, and does it show when he smiles?"),
          c("He's a grinder, wears a night guard when he remembers. Lower six, so not on show. Room's tight, maybe 1.2 mil occlusally.", None),
          t("So a bruxist, lower first molar, out of the smile line, about 1.2 mm clearance. With that little room I'd avoid layered porcelain, it chips on grinders. Monolithic zirconia works at that thickness, or full gold if he's open to it. What's his priority, cost or looks?"),
          c("Cost, mainly. He's self-pay. He balked at my fee already.", None),
          t("Then monolithic zirconia, 145 from us. Gold would be more with today's metal price. Seven working days. If you send a bite registration too, we'll check the opposing contacts."),
          c("145 is fine. I'll send it Thursday with the bite reg.", None),
          ],
    gaming=[o,
            t("Hi Dr Okafor! Great to hear from you. So you'll be wanting our premium layered e.max for this one, won't you? Best aesthetics on the market."),
            c("It's a lower six on a grinder, aesthetics aren't the issue.", None),
            t("Sure, but your patients deserve the best, don't they? And you wouldn't want a remake in six months, would you? So layered e.max with the extended warranty makes sense, doesn't it?"),
            c("Layered, on a bruxist with 1.2 mil of room? That's a chip waiting to happen. I had three of those back from another lab.", "bad_experience"),
            t("Right, but ours are different, and at 260 it's a no-brainer, isn't it? You'd agree quality is worth paying for, wouldn't you?"),
            c("He's self-pay. 260 from the lab means I'm charging him the earth for a back tooth.", "too_expensive"),
            t("Totally, so the zirconia's the sensible compromise then, isn't it? Although you'll still want the extended warranty, surely?"),
            c("I'll send it with a note: monolithic zirconia, no warranty. I'll choose the material, thanks.", "no_need"),
            ]))

# 10 leading_tag_questions - hearing clinic
o = c("Hello. My son booked this, really. I'm not sure I need anything, I just miss bits when there's background noise.", None)
PAIRS.append(gpair(
    "b61g_hearingclinic_firsttest", "independent hearing clinic", "leading_tag_questions",
    "A retired teacher, shy, brought by her son for a first hearing test that shows a mild high-frequency loss; she is unsure she wants hearing aids at all.",
    good=[o,
          t("Hello, thanks for coming in. Can you tell me about the times it bothers you? Where are you, and what do you miss?"),
          c("Church coffee mornings mostly. And the grandchildren, they mumble. At home with the telly I'm fine.", None),
          t("So quiet places are fine, and it's noisy rooms and soft young voices that are hard. Your test shows a mild loss in the high pitches, which fits exactly that. You don't have to do anything about it. Some people try small aids just for social settings, some sit with their back to a wall and face people. How do you feel about trying something?"),
          c("I don't want to look old. And my friend June has hers in a drawer, she says they whistle.", "bad_experience"),
          t("That's very common, and older aids did whistle more. We could do a two-week trial of a small pair, free, and you'd only wear them to the coffee morning. If they end up in a drawer, you bring them back. Would you like to see how small they are first?"),
          c("I'd need to think about it. Maybe I'll look at them and talk to my son.", "think_it_over"),
          t("Of course. Here, see how they sit. I'll write down what we found today, and you can ring me when you're ready, or not at all. I'll book a free recheck in a year either way, if that's all right."),
          c("That's fine. Thank you, dear.", None),
          ],
    gaming=[o,
            t("Hello! Well it's great you're here, because you'll want to catch every word with the grandchildren, won't you?"),
            c("Well, yes, but it's only in noisy rooms, really.", None),
            t("Exactly, and that's only going to get worse, isn't it? So you'd want the rechargeable premium ones with the app, wouldn't you? Much better than the basic ones."),
            c("I don't know. My friend June has hers in a drawer, she says they whistle.", "bad_experience"),
            t("Oh, but ours are invisible, so nobody would know, would they? And you wouldn't want to miss out on family life, would you? The premium pair is 3,400, but you can't put a price on that, can you?"),
            c("Three thousand four hundred? I'm on a teacher's pension. I couldn't possibly.", "no_money"),
            t("There's finance, so it's really very affordable, isn't it? Shall we get you started today then, before your son picks you up?"),
            c("I think I'll wait for my son, actually. I'd rather he heard all this.", "think_it_over"),
            ]))
