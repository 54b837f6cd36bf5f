"""blind97 gaming pairs, part C: ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame (2 each)."""
from common import c, gpair, t

PAIRS = []

# 21 -- ignored_customer, London, managed IT for a law firm
o = c("Hello, I'm Helen Marsh, office manager at Marsh Cole Family Law in Holborn. We're twelve people, our IT chap is retiring, and I'm looking for someone to take over. Our biggest worry is client confidentiality.", None)
PAIRS.append(gpair(
    "b97g_london_lawfirm_it", "managed IT and security, Holborn law firm", "ignored_customer",
    "Office manager of a twelve-person family law firm looks for a managed IT provider to replace a retiring freelancer.",
    [o,
     t("Hello Helen, thanks for ringing. Confidentiality is exactly the right worry in family law. What does your IT chap look after at the moment?"),
     c("Everything, really. Laptops, email on Microsoft 365, the case management system, and he pops in if the printer jams.", None),
     t("So 365, a case system, laptops and someone on site when needed. When you say confidentiality, is there anything specific, like clients wanting their data kept in the UK?"),
     c("Some do, the high-net-worth divorces especially. And we can't have a day of email downtime during the switch. We've court deadlines.", None),
     t("Understood: UK data residency and no email downtime. Your 365 data can stay in the UK region, and we'd run alongside your chap for a fortnight so nothing drops. Support for twelve is £540 a month, on-site visits included."),
     c("That's a bit more than we pay him, to be honest. Though he is one man, and he's retiring.", "too_expensive"),
     t("That's fair. The difference is cover when someone's ill, and 24-hour security monitoring. If it helps, meet me with him, so he can tell you honestly whether we'd cope with your setup."),
     c("I like that. He's in on Tuesdays.", None)],
    [o,
     t("Hello Helen! Great to hear from you. So tell me, what are your main needs?"),
     c("Confidentiality, mostly. Some clients want their data kept in the UK. And we can't have email go down during the switch, we have court deadlines.", None),
     t("Brilliant, thanks for sharing. Our standard onboarding is a migration weekend: we move everyone onto our US-hosted platform and you're up and running Monday. How does that sound?"),
     c("I've just said some clients want it in the UK. And a weekend is a risk if anything goes wrong.", None),
     t("Great points. Our clients love the weekend migration, it's very smooth. Pricing is £690 a month for twelve users. What other questions do you have?"),
     c("Well, that's a good deal more than we pay now. And you haven't answered the UK question.", "too_expensive"),
     t("Understood. So shall I get the migration weekend booked for the end of the month?"),
     c("No. I'll speak to the partners, and we'll probably look elsewhere.", "think_it_over")]))

# 22 -- ignored_customer, Chicago, school lunch catering
o = c("Hi, I'm Elena Ruiz, director of operations at Pilsen Community Charter. We serve about 400 lunches a day, most of our kids are free or reduced. Our current vendor's food shows up cold and the kids are throwing it out.", None)
PAIRS.append(gpair(
    "b97g_chicago_charter_lunch", "school meal vendor, Chicago charter school", "ignored_customer",
    "Operations director of a charter school without a full kitchen looks for a new lunch vendor because meals arrive too early and cold.",
    [o,
     t("Hi Elena, thanks for calling. Cold food for 400 kids is a real problem. What time does it arrive, and when do they eat?"),
     c("It comes at 10:15 and first lunch is 11:30. We don't have a real kitchen, just a warming cabinet that holds maybe half.", None),
     t("So it sits over an hour with only half kept warm. We use insulated carriers and could split delivery: one drop at 11:15 for first lunch, one at 12:10 for second. Can your building take two deliveries?"),
     c("Our dock's tiny, but two drop-offs, sure. Does your menu meet the USDA meal pattern? Our reimbursement depends on it.", None),
     t("Yes, every menu's certified and we send the production records you need for the claim. Reimbursement's about $4.40 a meal; we're $4.25 delivered, so you stay inside it."),
     c("The board will want it in writing and will compare it with the other two bids.", "think_it_over"),
     t("Of course. I'll send the bid with the two-drop schedule and a sample month of menus by Friday, and we could do a tasting day for the kids before the board meets."),
     c("A tasting day would go over well. Let's do that.", None)],
    [o,
     t("Hi Elena! Thanks for reaching out. Tell me about your school's needs."),
     c("The food arrives cold. It comes at 10:15 and first lunch is 11:30, and we only have a warming cabinet.", None),
     t("Great, thanks. So we deliver once a day at 9:45, it's our most efficient route, and our menus are chef-designed. What else is important to you?"),
     c("Wait, 9:45 is even earlier. That's the problem I'm calling about.", None),
     t("Totally hear you. Our menu has a Friday pizza day kids love. Pricing is $4.60 a meal. Any other questions?"),
     c("Our reimbursement is about $4.40. I can't pay more than we get back.", "no_money"),
     t("Got it. So do you want to go ahead with a January start?"),
     c("No. You haven't listened to anything I've said.", None)]))

# 23 -- repeated_questions, Sydney, van leasing for a cleaning company
o = c("G'day, Steve Nguyen, I run Sparkle Commercial Cleaning out of Alexandria. Looking at leasing three vans, our old utes are on their last legs.", None)
PAIRS.append(gpair(
    "b97g_sydney_cleaning_vans", "van leasing, inner Sydney", "repeated_questions",
    "Owner of a commercial cleaning company asks a leasing firm about three vans for night crews.",
    [o,
     t("G'day Steve. What do the vans need to carry, and how far do they go in a night?"),
     c("Floor machines, a couple of ladders, chemicals. Offices in the CBD and out to Parramatta, maybe 120 k's a night.", None),
     t("So mid-size vans with ladder racks and room for the scrubbers, about 30,000 k's a year each. Thinking finance lease or operating lease, or not sure yet?"),
     c("Dunno, honestly. The accountant reckons operating lease is better for tax, but I don't want a massive bill at the end.", None),
     t("Right worry to have. An operating lease has no balloon, you hand the van back; the risk is kilometres and damage at return, so we'd set the kays to your real usage. Three Hiaces with racks, about $1,150 a month each."),
     c("Thirty-four-fifty a month... that's a big chunk. Cash flow's tight since we lost the Westfield contract.", "no_money"),
     t("Understood. You could start with two now and add a third when you replace the Westfield work, or take a longer term at about $980 each. I'd do two now, less risk."),
     c("Two now makes sense. Send me the numbers and I'll run them past the accountant.", "think_it_over")],
    [o,
     t("G'day Steve! So tell me, what are your needs for the vans?"),
     c("Carrying floor machines, ladders, chemicals. Offices in the CBD and out to Parramatta, 120 k's a night.", None),
     t("Great. And what kind of work will the vans be doing day to day?"),
     c("Cleaning. Like I said. Floor machines, ladders, chemicals.", None),
     t("Love it. And just so I understand, what would you be carrying in them?"),
     c("Mate, I've told you twice. Are you writing this down?", None),
     t("Absolutely. So in your own words, what does a typical day look like for the vans?"),
     c("Look, I haven't got all day. Email me a quote for three vans.", "brush_off"),
     t("Will do! And before I go, what would you say your main needs are?"),
     c("Unbelievable.", None)]))

# 24 -- repeated_questions, Johannesburg, payroll software
o = c("Hi, Zanele Dube, financial manager at Kestrel Logistics in Midrand. We've 120 staff, most on shifts, and our payroll system falls over every month-end. I need something that handles overtime and the EMP201 without drama.", None)
PAIRS.append(gpair(
    "b97g_joburg_shift_payroll", "payroll software, Midrand logistics firm", "repeated_questions",
    "Financial manager of a logistics company with shift workers looks for payroll software because overtime imports fail every month-end.",
    [o,
     t("Hi Zanele. When it falls over at month-end, what's actually happening: the overtime import, or the SARS submission?"),
     c("The overtime import. Our clocking system spits out a CSV and half the time payroll rejects it. Then my clerk types it in by hand till ten at night.", None),
     t("So the break is between clocking and payroll, and it costs your clerk an evening every month. Which clocking system is it?"),
     c("An old TimeTrack unit, about eight years old. We're not replacing that as well, we spent a lot on it.", None),
     t("You shouldn't need to. We import TimeTrack files directly, but I'd rather test one of your real month-end files before you commit. Could you send last month's with the names taken out?"),
     c("I can. But we've been promised 'it integrates' before and it didn't.", "bad_experience"),
     t("Fair. That's why the test comes first: if it doesn't import cleanly I'll tell you, and you've spent nothing. Results within three working days."),
     c("Okay. I'll send it this afternoon.", None)],
    [o,
     t("Hi Zanele! So, what are your main payroll pain points?"),
     c("Month-end. The overtime import from our clocking system fails, and my clerk types it in by hand.", None),
     t("Got it. And how would you describe your current payroll challenges?"),
     c("As I said, the overtime import. The TimeTrack CSV gets rejected.", None),
     t("Great, thanks. So what's the biggest frustration with payroll for you right now?"),
     c("Are you reading from a script? The import. Fails. Every month.", None),
     t("Totally hear you. And if you could wave a magic wand, what would you change about payroll?"),
     c("Who I'm talking to. Just send me a brochure, I'll look at it.", "brush_off")]))

# 25 -- wrong_paraphrase, Toronto, rental (consumer, chat)
o = c("hi, saw your listing for the 1 bed on college st. is it still available? im starting at toronto general in september", None)
PAIRS.append(gpair(
    "b97g_toronto_apartment_rental", "leasing agent, downtown Toronto", "wrong_paraphrase",
    "A nurse moving from Halifax messages a leasing agent about a one-bedroom near the hospital where she will work nights.",
    [o,
     t("Hi! Yes, it's available from September 1, about a ten-minute walk to TGH. Apart from being close to work, what matters most to you in a place?"),
     c("budget is max 2200 and i have a cat. also i do night shifts so i need somewhere quiet during the day", None),
     t("Okay: up to $2,200, cat-friendly, quiet in the daytime for sleeping after nights. Honest answer: this one's $2,350 and faces College, so there's streetcar noise. The building does allow cats."),
     c("ugh 2350 is over what i can do. and the streetcar thing isnt great", "no_money"),
     t("Understood. I've a one-bed on Baldwin St at $2,150, back-facing, cats allowed, twelve minutes to TGH. Want a video tour of both so you can hear the noise yourself?"),
     c("yes please. can we do tuesday evening? im in halifax til august", None),
     t("Tuesday, 7pm Toronto time, so 8 for you. I'll send the link and the landlord's application form so you can look it over first."),
     c("perfect thank you", None)],
    [o,
     t("Hi! Yes it's available. Tell me about what you're looking for!"),
     c("max 2200 and i have a cat. i work nights so i need somewhere quiet in the day", None),
     t("Love it. So what I'm hearing is you're flexible on budget and you want to be right in the action on College, is that right?"),
     c("no?? i said max 2200. and quiet", None),
     t("Totally. So to play it back: quiet-ish, fine going a bit over since the unit's $2,350, and no pets, right?"),
     c("I HAVE A CAT. and i cant do 2350", "no_money"),
     t("Got it, so you're saying you'd rehome the cat for the right place? Lots of people do. Shall I send the application?"),
     c("wow. no. ill keep looking on my own", None)]))

# 26 -- wrong_paraphrase, Dublin, craft brewery labels
o = c("Howya, it's Conor from Liffey Hop Brewing in Smithfield. We need labels for a Christmas seasonal, about ten thousand cans. The last lot peeled off in the ice buckets in the pubs.", None)
PAIRS.append(gpair(
    "b97g_dublin_brewery_labels", "label printer, Dublin craft brewery", "wrong_paraphrase",
    "Owner of a small craft brewery orders can labels for a seasonal beer after the previous labels came off in ice buckets.",
    [o,
     t("Hi Conor. Peeling in ice is usually the adhesive or the face stock, not the print. What were the last ones printed on, do you know?"),
     c("Paper, I think. Matte. They looked lovely on the shelf, then turned to mush.", None),
     t("So matte paper that looked great dry but couldn't take water. For cans in ice I'd go matte polypropylene film with a cold-temperature adhesive: similar look, no mush. When are you canning?"),
     c("First week of November. And we're a small brewery, so I don't want to be paying a fortune.", None),
     t("Film costs more than paper: about 9 cent a label at ten thousand against 6, so roughly €900 instead of €600. I'd send 50 samples first; stick them on cans and leave them in ice overnight."),
     c("Three hundred more, hmm. If they survive the ice bucket, fair enough.", "too_expensive"),
     t("Grand. Samples in the post tomorrow, and I'll pencil you in to print the last week of October."),
     c("Sound. Talk then.", None)],
    [o,
     t("Howya Conor! Love a Christmas beer. So what I'm hearing is you want to go all out on the look this year, foil and embossing, is that right?"),
     c("No, I said the last ones peeled off in ice buckets. I need ones that stay on.", None),
     t("Absolutely. So playing that back: you want premium shelf appeal and budget's not a worry for the seasonal. Did I understand you correctly?"),
     c("I never said that. We're a small brewery. Foil on ten thousand cans isn't happening.", "no_money"),
     t("Totally hear you. So you'd like the same matte paper as last time, but embossed. Great choice. Shall I book it in?"),
     c("The matte paper is the stuff that turned to mush! Are you even listening?", None),
     t("Sorry, so to recap, you're happy with the paper and want to go ahead. I'll send the proof."),
     c("Don't. I'll ring another printer.", None)]))

# 27 -- pitch_to_upset, New York, clinic flood (insurance)
o = c("Hi, it's Dana Whitfield at Park Slope Pediatrics. A pipe burst overnight, there's two inches of water in the waiting room and we have forty kids booked today. I don't know what to do first.", None)
PAIRS.append(gpair(
    "b97g_newyork_clinic_flood", "commercial insurance broker, Brooklyn pediatric practice", "pitch_to_upset",
    "Distressed practice manager calls her broker the morning a burst pipe floods the clinic's waiting room.",
    [o,
     t("Dana, that's awful, let's go step by step. First, is everyone safe, and is the water shut off?"),
     c("Yes, the super shut it off an hour ago. Nobody's hurt. The vaccine fridge is in the back, it's dry, thank God.", None),
     t("Good. Take photos and video of everything before anyone cleans, and keep receipts for anything you spend today. Your policy has water damage and business interruption, so cancelled visits may be covered too. Shall I open the claim now while we talk?"),
     c("Yes, please. Do I need a restoration company? Do I call them or do you?", None),
     t("You can call any licensed firm; I'll text you two we've used who can be there this morning. Could you see patients in the exam rooms if the waiting room's closed?"),
     c("Maybe, if we bring parents straight through. I'll have to talk to Dr. Cho.", None),
     t("Makes sense. The claim's open, the number's coming by text, and an adjuster will call you by two. I'll call you at four to see where you are."),
     c("Okay. Thank you. I feel a little less like crying now.", None)],
    [o,
     t("Oh no, Dana, I completely understand how stressful that is. Actually, this is a great moment to talk about your coverage. Are you aware of our Premier Practice package with a lower water-damage deductible?"),
     c("I'm standing in water. Can you just tell me what to do?", None),
     t("Absolutely, I hear you. And that's exactly why Premier's worth it: days like today. It's only about $1,900 more a year. How do you feel about upgrading while it's top of mind?"),
     c("I don't want to upgrade anything right now, I want to know if this is covered!", "no_time"),
     t("Totally. Your current plan should cover some of it. But just so you know, most practices your size go Premier after a claim. Shall I send the quote over?"),
     c("Send me the claim form. Nothing else. Can I speak to someone else, please?", None)]))

# 28 -- pitch_to_upset, London, bereavement and phone contract
o = c("Hello. My husband passed away three weeks ago and I need to sort out his phone contract. Sorry, I'm... I'm not very good at this.", None)
PAIRS.append(gpair(
    "b97g_london_bereavement_phone", "mobile network bereavement line, London", "pitch_to_upset",
    "A recently widowed pensioner calls her late husband's mobile provider to deal with his contract.",
    [o,
     t("I'm so sorry for your loss. Please take your time, there's no rush at all. Can I take your name, and his?"),
     c("I'm Margaret Ellis. He was Peter Ellis. The account's in his name. I've got the death certificate.", None),
     t("Thank you, Margaret. I can see Peter's account. Some people want to close it straight away, some want to keep the number for a while. Do you know what you'd like?"),
     c("That's the thing. His voicemail has his voice on it. I don't want to lose that. But I can't keep paying £45 a month for a phone nobody uses.", None),
     t("I understand. We can end the contract with no early termination charge and move the number to a free pay-as-you-go SIM in your name, so the number and voicemail stay. I'd also suggest recording the greeting onto your own phone, just in case."),
     c("I hadn't thought of recording it. My grandson could help me with that.", None),
     t("That sounds lovely. I'll post you the confirmation and a note about the certificate; there's nothing else you need to do. If anything arrives in his name, ring me directly with this reference."),
     c("Thank you. You've been very kind.", None)],
    [o,
     t("I'm so sorry for your loss, I really hear you. I can see Peter had a lovely handset. Can I ask, how are you finding your own phone at the moment?"),
     c("My phone? It's fine, it's old but it's fine. I just need to sort out his account.", "no_need"),
     t("Absolutely. So, since you'll be taking over, what I'm hearing is you'd like his contract moved to you with an upgrade to the latest iPhone, so everything's in one place. Is that right?"),
     c("No, I... I just want to keep his voicemail. I can't afford another contract, I'm on my pension.", "no_money"),
     t("Totally understand, and our Family Saver plan is only £39 a month, less than Peter was paying. It's the perfect time for a fresh start, isn't it?"),
     c("I'm sorry, I can't do this. I'll get my son to ring you.", None)]))

# 29 -- blame, Toronto, phishing at an accounting firm (managed IT)
o = c("Hi, it's Andrew Leung at Leung and Kapoor CPA. Our receptionist's email has been sending invoices with fake banking details to our clients since this morning. Two clients have already called. What the hell happened?", None)
PAIRS.append(gpair(
    "b97g_toronto_invoice_fraud", "managed IT and security, Toronto accounting firm", "blame",
    "Partner of a small CPA firm calls his managed IT provider when a compromised mailbox starts sending fraudulent invoices in tax season.",
    [o,
     t("Andrew, that's serious, let's stop it first. I'm locking her account and signing out all sessions now. Can you make sure she doesn't log in until I call back?"),
     c("She's right here. Okay, she's off. How did this even happen? You're supposed to be monitoring us.", None),
     t("It looks like her password was captured on a fake Microsoft page yesterday and the attacker set up a forwarding rule. Our monitoring should have flagged that rule and didn't; I'll find out why and tell you straight. Which clients got the emails?"),
     c("I don't know, maybe thirty? It's tax season, she sends a lot of invoices.", None),
     t("I'll pull the exact list in the next half hour. I'd suggest you email them all from your own account: don't pay to new details, call the office to confirm. I can draft it for you."),
     c("Yes, draft it. And I want a proper write-up of why your monitoring missed it.", None),
     t("Draft in fifteen minutes, list in thirty, and a written incident report with the monitoring failure by Thursday. I'd also switch on multi-factor for all staff today, not just her."),
     c("The partners fought MFA last year, it kept locking them out at client sites. But after this, fine, do it.", "bad_experience")],
    [o,
     t("Okay, Andrew, I understand how you feel. So first question: did your receptionist click a link she shouldn't have?"),
     c("I don't know, probably. Can you stop the emails?", None),
     t("I can lock the account. But so we're clear, we recommended MFA to your firm twice and the partners said no. So what I'm hearing is this is really a training issue on your side, would you agree?"),
     c("I'd agree we need to stop the emails first and argue later.", None),
     t("Totally. Although monitoring only works if your staff don't hand over their passwords, right? The contract's pretty clear on user responsibility."),
     c("Your contract says you watch for exactly this. Thirty clients got fake bank details.", None),
     t("Sure. So going forward, would you like to add our phishing training package so your people stop doing this?"),
     c("After your monitoring missed this? No. I'm not buying anything else from you.", "bad_experience")]))

# 30 -- blame, Chicago, office cleaning security lapse
o = c("This is Karen Novak, property manager at 220 West Madison. Your night crew left the 14th floor unlocked last night and the tenant's furious. That's the second time this month.", None)
PAIRS.append(gpair(
    "b97g_chicago_cleaning_security", "janitorial contractor, Chicago Loop office tower", "blame",
    "Property manager of a Loop office building calls the janitorial contractor after the night crew left a tenant's floor unlocked again.",
    [o,
     t("Karen, I'm sorry, that's a security failure and it's on us. Do you know what time it was found open, and was anything missing?"),
     c("The guard found it at 5:40 this morning. Nothing missing as far as they know, but it's a law firm, so you can imagine.", None),
     t("I can. Could you send me the access log? I'll match it to our crew schedule and know by noon who was last out."),
     c("I'll have security send it. What I need is for it not to happen again, not a name.", None),
     t("Understood. From tonight the crew lead checks every door and signs a sheet the guard countersigns before they leave. If that doesn't fit the guards' routine, tell me and we'll adjust."),
     c("The guards will say that's not their job. I'd have to clear it with their supervisor first.", "think_it_over"),
     t("Fair. Then as a fallback our night supervisor does the door check himself at the end of every shift, and I'll come Thursday to walk it through with you and the tenant."),
     c("Thursday at nine. And there won't be a third time.", None)],
    [o,
     t("Okay, Karen, I understand your frustration. Let me ask, are you sure it was our crew? Your tenants work late, don't they?"),
     c("The log says the last badge out was your crew lead at 11:52.", None),
     t("Right. But the doors on 14 have been sticking for months; did building maintenance ever fix them? So what I'm hearing is this is really a hardware issue."),
     c("Nobody's ever reported the doors sticking. Not your crew, not the tenant.", None),
     t("Sure. And honestly, if the guards did their rounds properly they'd have caught it at midnight, not 5:40. Would you agree the building shares some responsibility here?"),
     c("I'd agree I'm reviewing your contract. Renewal's in March and I'm not sure we'll be renewing.", "bad_experience"),
     t("I hear you. To help, would you be interested in our premium security-check add-on? Just $400 a month."),
     c("I'm not paying extra for you to lock the doors you're already paid to lock.", "no_need")]))
