"""Gaming pairs 1-10 of blind59 (b59), written by hand."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - bicycle shop, Lagos
o = c("Good afternoon. I dey do delivery for one food app, I wan find bicycle wey go fit carry the box and no go spoil every week.", None)
PAIRS.append(gpair(
    "b59g_lagos_delivery_bike", "bicycle shop (Lagos, Nigeria)", "monologue",
    "A food-delivery rider who rents a worn single-speed wants a bike that survives a loaded delivery box on rough roads; money is tight.",
    [o,
     t("Good afternoon. Delivery work is hard on a bike, so let's get it right. What are you riding now, and what keeps breaking?"),
     c("I dey rent one from my guy, na old single-speed. Chain dey jump, spokes dey break for back wheel because of the box weight. Last month I lose three days.", None),
     t("Three days off the road is real money. So the back wheel is the weak point under the box. Roughly how heavy is a full load, and how many kilometres do you do in a day?"),
     c("Maybe fifteen kilo when I carry drinks. Sixty, seventy kilometre for good day. Mainland mostly, some bad road for Surulere.", None),
     t("That's a lot of riding on bad roads. For that I'd look at a 36-spoke back wheel and a rack bolted to the frame, not the seat post. We have a steel utility bike like that for 185,000 naira. What were you hoping to spend?"),
     c("Ah. 185? My oga, I no get that kind money at once. Maybe 90 I fit bring now.", "no_money"),
     t("Understood. Two honest options: a weekly plan, 30,000 down and 12,000 a week for 13 weeks, and the bike is yours. Or I rebuild a back wheel with strong spokes for about 70,000, but that only helps on a bike you own. Which is closer to what you can manage?"),
     c("The weekly one fit work, if the week money no pass wetin I dey pay for the rent bike. Na 10k a week I dey pay.", None),
     t("So about 2,000 more a week than your rent, and after 13 weeks it's yours. Do you want to ride it round the compound with your box on it before you decide?"),
     c("Not today o, I get three deliveries before four. Tomorrow morning I go bring the box come.", "no_time")],
    [o,
     t("Welcome, my brother! Great question, and I love that you're focused on your needs. Let me tell you about our Delivery Pro range: Shimano gears, alloy frame, disc brakes, double kickstand, front and back lights. It's the bike every serious rider in Lagos is moving to. The experience is totally different, you go feel am from the first ride."),
     c("Okay but the box —", None),
     t("The box, yes, it takes any box. The frame has a lifetime warranty, the tyres are puncture-resistant, and we sell the insulated bag, phone holder, and a USB charger that runs off the wheel. Price is 240,000, but when you think of the success it brings your business, it pays for itself. What questions do you have?"),
     c("240? I no get that one at all. I just want back wheel wey no go break.", "no_money"),
     t("I hear you, and that's exactly why the Delivery Pro is right for you: double-walled rims, no breaking. Plus gears mean less tired legs, more deliveries, more money. And instalments are available. Did I understand your needs correctly?"),
     c("You never ask me anything, you just dey talk. I dey go.", None)]))

# 2 closing_as_open_question - home care agency, Cardiff
o = c("Hiya, um, I rang last week? Maybe not you. It's about my dad, he had a fall, he's coming home from the hospital on Friday and I'm, well, I'm in Bristol most of the week so —", None)
PAIRS.append(gpair(
    "b59g_cardiff_homecare_discharge", "home care agency (Cardiff, Wales)", "closing_as_open_question",
    "A daughter who lives in another city needs morning visits for her father after a fall; he had unreliable carers from another agency before.",
    [o,
     t("That sounds like a lot to juggle. Let's take it a step at a time. What does your dad need help with when he gets home, as far as the hospital has told you?"),
     c("Getting up and washed mostly, and his tablets, he forgets them, and he won't use the frame if nobody's watching. The OT said mornings, maybe a check at teatime. He's fine once he's in his chair, honestly, he's stubborn as anything.", None),
     t("So mornings to get him up, washed and his tablets taken, maybe a short teatime check, and he's a man who likes doing things himself. How does he feel about someone coming in?"),
     c("Oh he'll hate it. He had carers for two weeks after his hip, another agency, different face every day, and one of them didn't turn up at all and he was on the floor till the neighbour came. So he said never again.", "bad_experience"),
     t("That's awful, and no wonder he's wary. We keep it to a small team, two or three carers who get to know him, and if a visit's running late the office rings you. I can't promise nobody is ever off sick, but he won't get a stranger every day. Would it help if the lead carer met him before Friday?"),
     c("It might. What does it cost, though, roughly? He's got his pension and a bit put by, I don't know if the council pays anything.", None),
     t("A 45-minute morning visit is 28 pounds, a 30-minute teatime check is 19. The council may fund part of it after a financial assessment; I'll give you the social services number and what to ask for. Shall I book the meet-the-carer visit for Thursday afternoon, with you on the phone if you can't be there?"),
     c("Thursday, yeah, I can do that on speaker from work. Thank you. Really.", None)],
    [o,
     t("Of course, and thank you for reaching out about your dad's care experience. What would it take for us to get your dad set up on our Gold package from Friday?"),
     c("I, I don't know what the Gold package is. I just need someone to get him up in the mornings.", None),
     t("Absolutely, I'm hearing mornings. And how would you like to handle the deposit, card or direct debit?"),
     c("Hang on, I haven't even said — he had a horrible time with carers last time, they didn't turn up. I need to know that won't happen.", "bad_experience"),
     t("Totally valid. So if I can guarantee the visits, what's stopping you from going ahead today?"),
     c("Well, I'd want to talk to my brother, he pays half.", "think_it_over"),
     t("Sure. What would your brother need to hear for you both to say yes before Friday, when the slots go?"),
     c("I think I'll ring round a few others first, to be honest. Bye.", "think_it_over")]))

# 3 pitch_as_paraphrase - accounting software, Cluj-Napoca
o = c("Hello, I have small furniture workshop, six people. My accountant says from now all invoices must go electronic to ANAF and Excel is not enough. What I need?", None)
PAIRS.append(gpair(
    "b59g_cluj_einvoice_workshop", "accounting software (Cluj-Napoca, Romania)", "pitch_as_paraphrase",
    "A furniture-workshop owner who writes about forty invoices a month in Excel must now send them electronically to the tax office; a big system failed him before.",
    [o,
     t("Good that your accountant warned you early. Tell me how invoicing works today: who makes the invoices, how many a month, and what happens to them after?"),
     c("I make them myself in the evening, Excel template, maybe forty a month. I print PDF, send to client by email, and at end of month I send all to the accountant in one folder.", None),
     t("So you write about forty a month yourself, in the evenings, and the accountant gets them in one batch. Is the problem only the upload to ANAF, or is the evening work also something you want less of?"),
     c("Honestly only ANAF. Evening is fine, is quiet. I don't want big system with stock and salaries. I tried one before, two months to learn it and we stopped.", "bad_experience"),
     t("Then a big system would be wrong for you. Our basic plan does only invoices and sends them to ANAF automatically, 59 lei a month. It imports your client list from Excel, so no retyping. Your accountant could log in to see them instead of the folder. Would she want that, or does she prefer the batch?"),
     c("I must ask her, she is particular. 59 is okay if it is really only invoices.", None),
     t("Fair. There's a 30-day trial, no card. I could set up your client list with you on a call, twenty minutes, and you send one real invoice through it this week. If it's more than you need, you just stop."),
     c("Okay, but Thursday, not today. Today I have delivery to a client in Turda.", "no_time"),
     t("Thursday it is. Morning, or after five?"),
     c("After five.", None)],
    [o,
     t("Great question! Tell me a little about your business and your invoicing journey."),
     c("I make them myself in the evening, Excel template, maybe forty a month. I print PDF, send to client by email, and at end of month I send all to the accountant in one folder.", None),
     t("So what I'm hearing is that what you need is our Business Pro suite, with stock, payroll and e-invoicing, at 249 lei a month. Is that right?"),
     c("No, no. I said only invoices. I tried one big program before, we stopped after two months.", "bad_experience"),
     t("Understood, so what you're really saying is you need a system that's easy to adopt, which is exactly Business Pro plus our onboarding package, 900 lei one time. Did I get that right?"),
     c("You did not get it right. 249 every month for forty invoices is too much.", "too_expensive"),
     t("I hear you. So to sum up, you'd like to lock in the annual Business Pro at the discounted 199, correct?"),
     c("I will ask my accountant what program she uses. Thank you.", "think_it_over")]))

# 4 upsell_as_loop_closing - marine supplies, Bergen
o = c("Bilge pump. 12 volt. Old one's dead.", None)
PAIRS.append(gpair(
    "b59g_bergen_bilge_pump", "marine supplies (Bergen, Norway)", "upsell_as_loop_closing",
    "A terse boat owner with a wooden 24-footer in the water needs a like-for-like bilge pump, nothing more.",
    [o,
     t("Right. What boat, and what was the old pump? Model or hose size?"),
     c("Wooden, 24 foot. Rule 500, I think. Inch-and-an-eighth hose.", None),
     t("Same size is easy. Is it the pump that's gone or the float switch? Does it run if you wire it straight to the battery?"),
     c("Tried that? Yes. Nothing.", None),
     t("Then it's the pump. Same model is 640 kroner, on the shelf."),
     c("640? Saw it for 520 online.", "too_expensive"),
     t("Could be. Ours is here today, and if it fails within two years you bring it back and we swap it on the counter. Online you post it and wait. If the boat's in the water, that may matter more than the 120."),
     c("It's in the water. Ring it up.", None)],
    [o,
     t("Absolutely! Just so I understand your needs, what size was the old one?"),
     c("Rule 500. Inch-and-an-eighth.", None),
     t("Perfect, got it. And to close the loop on your bilge setup, what else can I add for you? A high-water alarm? Most owners feel much safer with one."),
     c("No. Just the pump.", "no_need"),
     t("Totally understand. Before we wrap up, is there anything else you need? We have the automatic float switch kit at 450, it pairs perfectly."),
     c("Switch is new.", "no_need"),
     t("Great. And just to make sure we've covered everything for a great boating experience: spare pump, hose kit, a new through-hull? What else can I get you today?"),
     c("Nothing else. Just the pump.", "no_need"),
     t("Of course! And would you like the three-year extended warranty on that? What else can we do to make your day complete?"),
     c("Pump. Card. Now.", None)]))

# 5 leading_tag_questions - print shop, Dhaka
o = c("Assalamu alaikum. We need some leaflets for a health camp in Mirpur next Saturday. Bangla, maybe some English also. How fast you can do?", None)
PAIRS.append(gpair(
    "b59g_dhaka_health_leaflets", "print shop (Dhaka, Bangladesh)", "leading_tag_questions",
    "An NGO coordinator needs 500-600 picture-heavy leaflets for mothers at a health camp, with a donor budget fixed at 4,000 taka.",
    [o,
     t("Walaikum assalam. Next Saturday is fine for most jobs. How many leaflets are you thinking, and who will be reading them?"),
     c("Five hundred, maybe six. Mothers mostly, some cannot read well, so more pictures, less text. Our designer made one file already but it is in Word.", None),
     t("Pictures over text for mothers who may not read well, that's useful to know. Word files sometimes shift the Bangla font when printed. Could you send it now so I can check before I quote?"),
     c("Sending... there. Is it a problem?", None),
     t("The font is holding. Two photos are low quality and will print blurry at A5; if your designer has the originals it'll look much better. These get handed out and taken home, so 100 gsm is enough, glossy costs more and doesn't help. 600 A5, colour both sides, would be 5,400 taka."),
     c("Hmm. Our budget line is 4,000 only, the donor already fixed it.", "no_money"),
     t("Then two ways: 600 colour single-side fits at 3,900, or 450 double-sided at about 4,050. If the back was mostly clinic times, those could go at the bottom of the front. Which matters more, the number of copies or the back side?"),
     c("Number. Many people come. We will put the times on the front.", None),
     t("Good. Get me the original photos by Tuesday and I'll send a proof on Wednesday for you to approve.")],
    [o,
     t("Walaikum assalam! Wonderful cause. You'll want the premium glossy 170 gsm for something this important, won't you?"),
     c("I don't know. It is only for handing out to mothers.", None),
     t("Exactly, and mothers deserve quality, don't they? And you'll want full colour on both sides, surely?"),
     c("Budget is only 4,000 taka. Donor fixed it.", "no_money"),
     t("Of course, but you wouldn't want the donor to see something that looks cheap, would you? And I'm sure you'd agree a thousand copies gives better value per piece, yes?"),
     c("We need five or six hundred. Not one thousand.", "no_need"),
     t("Understood, so a thousand glossy, delivery Thursday, that works for you, doesn't it?"),
     c("No. That is much more than our budget. I will ask at Nilkhet, they are cheaper there.", "too_expensive")]))

# 6 putdown_question - boiler servicing, Swansea
o = c("Yeah hi, your lad serviced my boiler Tuesday and since then the pressure keeps dropping and this morning there's no hot water at all. I've got two kids under five.", None)
PAIRS.append(gpair(
    "b59g_swansea_boiler_pressure", "boiler servicing (Swansea, Wales)", "putdown_question",
    "A parent of two small children has lost hot water three days after the firm serviced the boiler; the pressure keeps dropping.",
    [o,
     t("I'm sorry, no hot water with two little ones is miserable, and the timing after our visit matters. What does the pressure gauge read right now, and have you topped it up yourself at all?"),
     c("It says about half a bar. I topped it up to one and a half yesterday like the manual says and it's gone down again overnight.", None),
     t("Thanks, that's really helpful, and topping it up was the right thing. Dropping overnight after a service usually means a small leak at something that was opened, often the relief valve or a seal. Is there any water under the boiler, or dripping from the copper pipe outside the wall?"),
     c("Now you say it, there's a drip from a pipe outside by the bins. I thought it was the gutter.", None),
     t("That's likely the relief pipe. Because it started after our service, we'll come back at no charge. I can have an engineer with you between twelve and two today. Meanwhile, top it up to one bar again and you'll have hot water for now. Does that slot work?"),
     c("Twelve till two, yeah, I'm in. Not the same lad though, if that's possible?", None),
     t("I'll send our senior engineer, Rhys, and I'll ring you if he's running late."),
     c("Right. Cheers.", None)],
    [o,
     t("Okay, let's understand what's going on. Are you sure you're reading the gauge properly? What does the needle actually say?"),
     c("I'm not an idiot, it says half a bar. I topped it up yesterday.", None),
     t("Right, and when you 'topped it up', did you actually close the filling loop afterwards, or did you just leave it open?"),
     c("Yes I closed it. It was fine until your engineer touched it.", None),
     t("I hear your frustration. But isn't it a bit early to blame the service? What makes you so sure it's us and not something you did?"),
     c("Because it worked for six years and then broke the day after. You lot did this last year as well, the fan went a week after the service.", "bad_experience"),
     t("So what I'm hearing is you're upset. Do you really need hot water this second, or could it wait till Monday for a callout at the standard rate?"),
     c("Standard rate? For your mistake? Forget it, I'll get someone else out.", None)]))

# 7 not_my_department_or_read_the_terms - student housing, Kuala Lumpur
o = c("hi the wifi in block c has been down since sunday and i have finals next week, is anyone fixing it", None)
PAIRS.append(gpair(
    "b59g_kualalumpur_hostel_wifi", "student housing (Kuala Lumpur, Malaysia)", "not_my_department_or_read_the_terms",
    "A student typing in chat has had no wifi on her floor for four days before final exams and pays for internet in her rent.",
    [o,
     t("Hi, sorry about this, four days without wifi right before finals is terrible timing. Is it the whole of Block C or just your room, and is it no connection at all or just very slow?"),
     c("no signal at all on level 5, my friend on level 2 says hers is slow but works. i tried restarting my laptop and phone already", None),
     t("Thanks, that points to the access point on level 5, not your devices. I've just logged it as urgent with our network contractor, with your room number, and asked them for tomorrow morning. Tonight, the level 1 study room and the library lounge have wired desks open until 2am. Would that cover you for now?"),
     c("i guess but its a 10 min walk and i have to carry all my stuff. also do i get anything back for the days, i pay for internet in the rent", None),
     t("Fair question. Your contract says an outage longer than 72 hours can be credited. I'll put in a claim now from Sunday until it's fixed; finance replies within five working days. I'll message you here as soon as the contractor confirms a time."),
     c("ok thanks. what time do they usually come", None),
     t("Usually between 9 and 11. I'll confirm tonight either way.")],
    [o,
     t("Hi there, thanks for reaching out, your experience matters to us! Just to understand, which block and room?"),
     c("block c 5-12. no signal since sunday", None),
     t("Got it. Unfortunately the wifi is managed by a third-party provider, so it's not really our department. Is there anything else I can help with today?"),
     c("but who do i contact then, i dont have their number. exams next week", None),
     t("I totally understand how stressful that must feel. The provider details are in section 14 of your tenancy agreement, I'd recommend reading the terms there."),
     c("ok and can i get money back for the days, i pay for internet in my rent", None),
     t("Great question! Refunds are handled by finance, I don't make those rules unfortunately. How satisfied are you with today's chat on a scale of 1 to 5?"),
     c("1. im posting this in the student group", None)]))

# 8 social_proof_or_deadline_pressure - mobile business plans, Nairobi
o = c("Hello, sasa. I run a small courier business, twelve riders, they all have lines on another network. Someone told me you have business bundles. I'm just looking around for now.", "brush_off")
PAIRS.append(gpair(
    "b59g_nairobi_courier_lines", "mobile network business plans (Nairobi, Kenya)", "social_proof_or_deadline_pressure",
    "A courier-business owner whose twelve riders keep running out of data mid-month is comparing business bundles and dislikes being tied down.",
    [o,
     t("Sawa, looking around is sensible. So I compare the right things, what do the riders use their lines for most: calls, maps, the delivery app?"),
     c("Mostly maps and the app, and WhatsApp with customers. They're always finishing data by the 20th and then they call me to send bundles. It's a headache, honestly.", None),
     t("So the real pain is riders running dry mid-month and you topping them up one by one. Roughly what do you spend on all twelve in a month now?"),
     c("Around 24,000 shillings, plus the top-ups, I don't even track those. Maybe another five.", None),
     t("So about 29,000. Our business pool would give the twelve lines one shared 120 GB for 26,400 a month, and you see on one dashboard who's using what, so one rider can't finish it without you noticing. The honest catch: the lines have to be moved over, which takes a day."),
     c("Mm. The numbers are the thing, the customers know those numbers. And it's twelve months' contract? I'm not sure I want to be tied.", "think_it_over"),
     t("They keep the same numbers, porting moves them over. And there's a monthly option at 28,800 with no lock-in. Would it help to try it with two riders for a month first, and see if the pool actually stops the phone calls?"),
     c("Two riders for a month, that I can do. Let me choose which ones.", None)],
    [o,
     t("Karibu! Great to hear about your business. What matters most to you in a mobile partner?"),
     c("Honestly I'm just collecting prices today. Data, mostly. The riders finish it by the 20th and call me to send bundles.", "brush_off"),
     t("I totally understand. You know, almost every courier company in Westlands has already moved to us, all the boda outfits, everyone. You don't want to be the last one, right?"),
     c("I don't know what the others do. I'm just asking what it costs.", None),
     t("Of course. It's 26,400 for the pool, but that price is only for sign-ups before Friday. After that it goes to 34,000."),
     c("Friday? I need to talk to my partner, she handles the money side.", "think_it_over"),
     t("I get it. But three businesses on your street signed yesterday, and I only have five promo slots left. Can I at least reserve one in your name right now?"),
     c("No, don't reserve anything. If it's gone on Friday, then it's gone.", "no_need")]))

# 9 keyword_stuffed - garden centre, Brisbane
o = c("G'day, look, I bought a Meyer lemon off you lot back in, what, August? And the leaves have all gone yellow, like pale yellow with green veins, and I dunno if I've killed it or what. My wife reckons I'm overwatering.", None)
PAIRS.append(gpair(
    "b59g_brisbane_lemon_tree", "garden centre (Brisbane, Queensland)", "keyword_stuffed",
    "A chatty customer's potted lemon tree has yellow leaves with green veins; he waters daily and the pot sits in a full saucer.",
    [o,
     t("Yellow with green veins is a useful clue. Is it in a pot or in the ground, and how often are you watering?"),
     c("Big pot, on the back deck. Every day, cause it's been stinking hot. Maybe that's too much, I dunno.", None),
     t("Daily in a pot can be a lot, but green veins point more to a nutrient shortage, iron or magnesium, which happens when citrus sits in wet soil and can't take them up. Does the pot drain freely? When you water, does it run out the bottom quickly?"),
     c("Um, it's got a saucer under it. Which is usually full, now I think about it.", None),
     t("That's probably it. Tip out the saucer, water when the top three centimetres are dry instead of every day, and give it a citrus food with trace elements; that one's 14 dollars. Or skip the food for a fortnight and see whether the drainage alone fixes it, if you'd rather."),
     c("Nah, I'll grab the food, 14's fine. Do I need a new pot as well? Bloke next door reckons I should repot it.", None),
     t("Not yet, it's only been in since August. Lift it onto pot feet so it drains, 6 dollars for three. Bring a photo in a month if it hasn't greened up."),
     c("Beauty. Food and the feet then.", None)],
    [o,
     t("G'day! First of all, thank you for sharing your experience with us. I really want to understand your needs and your journey with this lemon tree. How are you feeling about it?"),
     c("Feeling? I'm feeling like it's yellow. Is it the water or what?", None),
     t("Totally hear you. What I'm understanding is that success with your citrus is really important to you, and we truly value our relationship with you as a customer. Our goal is a positive growing experience."),
     c("Right. So what do I do?", None),
     t("Great question. It's about finding the solution that meets your unique needs. Many customers feel our Premium Citrus Care bundle supports their success: fertiliser, wetting agent, a new pot and a tree guarantee, 89 dollars."),
     c("89? Mate, I just wanna know if I'm drowning it. I'm not buying a whole kit for a tree that cost me 35.", "too_expensive"),
     t("I understand, and I appreciate you sharing that feeling. Your satisfaction is our priority. How satisfied would you say you are with your experience so far today?"),
     c("Not very. Look, don't worry about it, mate, I'll just have a wander round.", "brush_off")]))

# 10 rude - IT recycling, Columbus
o = c("Hi, I'm the office manager at a dental practice in Westerville. We've got fourteen old desktops, a server and a pile of monitors to get rid of, and my boss is nervous about patient data on the drives.", None)
PAIRS.append(gpair(
    "b59g_columbus_dental_recycling", "IT recycling (Columbus, Ohio)", "rude",
    "A dental-practice office manager needs old computers collected and drives destroyed with paperwork for compliance; a previous recycler gave no records.",
    [o,
     t("He's right to be careful with patient records. Do you need the drives wiped so the machines can be reused, or physically shredded? And do you need paperwork for your compliance file?"),
     c("Shredded, I think? Our IT guy said wiping isn't enough for HIPAA but I honestly don't know. We definitely need paperwork, the last company gave us nothing.", "bad_experience"),
     t("Either can meet the rules if it's done to a standard, but shredding is simplest to prove. We shred on-site and give a certificate listing every drive serial number; the monitors and other parts are recycled and listed too. Pickup for that many machines is 150 dollars and shredding is 10 a drive, so around 300 with the server's drives."),
     c("Three hundred. Hm. There's a guy on Facebook who takes computers for free.", "too_expensive"),
     t("There are, and for a home PC that's fine. The difference for you is the certificate with serial numbers: if an auditor asks where a drive with patient data went, that's your answer. Would your boss want to see a sample certificate first?"),
     c("Yes, send me a sample and I'll show him tomorrow. We're closed Fridays, so pickup would have to be Thursday after two.", None),
     t("I'll email a sample now and pencil in Thursday after two, nothing confirmed until you say so.")],
    [o,
     t("Okay. Fourteen desktops, a server. Everybody's nervous about data. What do you actually need, pickup or what?"),
     c("Pickup, and the drives destroyed. We need paperwork, the last company gave us nothing.", "bad_experience"),
     t("Yeah, well, we're not the last company. It's 150 pickup, 10 a drive to shred. Pretty standard, not sure what you were expecting."),
     c("I wasn't expecting anything, I was asking. Is wiping enough for HIPAA or do we need shredding?", None),
     t("I mean, you could Google that. Shred it, obviously. Any other questions, or are we good?"),
     c("Wow. Okay. There's a guy on Facebook who'd do it for free, honestly.", "too_expensive"),
     t("Great, go with Facebook guy and enjoy your HIPAA fine. How else can I help you today?"),
     c("You can't. I'll call someone else.", None)]))
