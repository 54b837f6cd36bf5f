"""Gaming pairs b: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude. Hand-written for b48."""
from common import t, c, gpair

PAIRS = []

# 6 putdown_question - letting agent, Glasgow
o = c("Hi, it's Kirsty Boyle, flat 2/1 at 14 Gardner Street. I've reported the damp in the bedroom three times now and nobody's come. There's black mould on the wall behind the bed.", None)
PAIRS.append(gpair(
    "b48g_glasgow_letting_agent", "letting agent, Glasgow, Scotland",
    "putdown_question", "Tenant phones about mould reported three times; child has asthma.",
    [o,
     t("Kirsty, I'm sorry. Three reports and no visit isn't acceptable. I can see two of them on the system. Can you tell me how big the patch is now and whether it's getting worse?"),
     c("It's about a metre across now. It was the size of a plate in September. My wee one's got asthma, that's what's worrying me.", None),
     t("So it's spread from plate-size to about a metre since September, and your daughter has asthma. That makes it urgent. I'm booking our damp contractor for this week and marking it as a health priority. Can you do Wednesday or Thursday morning?"),
     c("I work Wednesdays. Thursday, if it's before ten.", None),
     t("Thursday, 8 to 10. Meantime I'll ask the landlord to authorise a dehumidifier we can drop off tomorrow. I'll email you the booking reference so you've got it in writing, and I'll phone you Thursday afternoon to tell you what the contractor found."),
     c("Right. Thank you. I'll believe it when I see them, mind.", None)],
    [o,
     t("Hi Kirsty. I hear you. Before we go any further, are you sure it's damp and not just condensation from drying clothes indoors? What exactly are you doing to ventilate?"),
     c("I open the window every morning. It's not condensation, it's coming through the wall.", None),
     t("Okay. And how often would you say you actually heat the flat? Because a lot of tenants don't heat properly and then they phone us. What's your heating routine?"),
     c("I heat it fine. My daughter's got asthma, I'm not letting her sleep in a cold room.", None),
     t("Right, so if I understand you correctly, you're worried. Do you not think three calls in a month is a bit much, though, when we've got two hundred properties? What would a realistic timescale look like to you?"),
     c("A realistic timescale would've been September. I'm reporting this to the council.", None),
     t("You're entitled to. Was there anything else I can help with today?"),
     c("No.", None)]))

# 6 putdown_question - vet reception, Asheville
o = c("Hi, um, my dog threw up three times this morning and she won't eat. Can someone see her today? She's a beagle, she's eleven.", None)
PAIRS.append(gpair(
    "b48g_asheville_vet_reception", "veterinary clinic reception, Asheville, North Carolina",
    "putdown_question", "Worried owner phones about an elderly beagle vomiting after getting into the trash.",
    [o,
     t("Oh, I'm sorry, that's worrying. Let me get a few quick details so I can tell the vet how urgent it is. Is she drinking water, and is there anything in the vomit, blood, anything she might've eaten?"),
     c("She's drinking a little. No blood. She got into the trash Sunday night, there were chicken bones in there, I don't know if she ate any.", None),
     t("Okay. Eleven-year-old beagle, vomited three times, not eating, possible chicken bones Sunday. The vet will want to see her today. I have 11:40 or 3:15."),
     c("11:40. How much is it going to be? I just paid for her teeth last month.", None),
     t("The exam is 68. If the vet thinks she needs an X-ray to check for bones, that's about 220 more, and she'll tell you before doing anything so you can decide."),
     c("Okay. That's a lot but... okay. We'll be there at 11:40.", None),
     t("Bring any wrappers from the trash if you still have them. And if she gets really lethargic or her belly looks swollen before then, come straight in, don't wait.")],
    [o,
     t("Okay, let's figure this out. Dogs throw up all the time, you know. What makes you think it's an emergency?"),
     c("She's eleven and she won't eat. That's not like her.", None),
     t("Sure. And were you watching her when she got into the trash, or was she just left to roam? What exactly happened?"),
     c("I was asleep, it was night. I put the trash out every night, she knocked the can over.", None),
     t("Uh-huh. Well, beagles will be beagles if the can's not secured. I have a slot Thursday. Is there a reason that doesn't work, or are we just being a little anxious today?"),
     c("Thursday? She could have a bone stuck in her. Forget it, I'll go to the emergency place on Hendersonville Road.", None),
     t("That'll cost you a lot more, just so you know. Anything else I can do for you today?"),
     c("No. Thanks for nothing.", None)]))

# 7 not_my_department - GP surgery reception, Dundee
o = c("Hello, I'm phoning for my blood test results. I had them done ten days ago and nobody's called, and my chemist says my prescription for the thyroid tablets hasn't come through either.", None)
PAIRS.append(gpair(
    "b48g_dundee_gp_reception", "GP surgery reception, Dundee, Scotland",
    "not_my_department_or_read_the_terms", "Older patient chasing blood results and a held thyroid prescription.",
    [o,
     t("Let me look. Can I take your name and date of birth, please?"),
     c("Margaret Reid, fourteenth of March 1956.", None),
     t("Thanks, Mrs Reid. Your results came back Tuesday. Dr Patel's marked them as needing a chat about your dose, which is probably why the prescription's on hold. I can't give you the results myself, but I can book you a phone call with her. Tomorrow at 11:20 or Friday at 9?"),
     c("Tomorrow. But I've only got four tablets left, I don't want to run out.", None),
     t("Four tablets covers you till then. I'll put a note on it so Dr Patel sorts the prescription during the call and sends it straight to your chemist. Which pharmacy is it, Boots on the Nethergate?"),
     c("That's the one. Right, tomorrow at twenty past eleven. Thank you, hen.", None),
     t("You're welcome. If she's running a bit late she'll still phone, just keep your line free from eleven.")],
    [o,
     t("Hi there, thanks for calling, I completely understand your frustration. What is it you need today?"),
     c("I need to know my blood results and why my prescription's not gone to the chemist.", None),
     t("Okay, so what I'm hearing is you want your results. Unfortunately results aren't really my department, that's clinical. Prescriptions go through the online system. Have you read the practice leaflet? It explains the 72-hour turnaround."),
     c("It's been ten days. I've got four tablets left.", None),
     t("I appreciate that. I didn't set the policy, I'm just on reception. You'd need to ring back at 8am for a same-day appointment, that's the rule."),
     c("I rang at 8 yesterday and held for forty minutes. Can you not just put a note on for the doctor?", None),
     t("I'm afraid notes aren't something reception does. Is there anything else I can help you with today?"),
     c("Apparently not. I'll go and ask the chemist.", None)]))

# 7 not_my_department - electric cooperative, rural Nebraska
o = c("Yeah, hi. Our bill for the irrigation service came in at 3,800. It's normally around 1,200 in July. Something's wrong.", None)
PAIRS.append(gpair(
    "b48g_nebraska_electric_coop", "rural electric cooperative member services, central Nebraska",
    "not_my_department_or_read_the_terms", "Farmer phones about a tripled irrigation power bill.",
    [o,
     t("That's a big jump, let's figure it out. Can I get your account number or the meter location?"),
     c("Account 40417, the pivot on the west quarter off Road 12.", None),
     t("Got it. Your July usage is about the same, but the demand charge jumped. Peak demand spiked on July 9th. Did anything change with the pump around then?"),
     c("Huh. My son switched pumps when the old one quit. Maybe it's bigger. Nobody told us that'd cost more.", None),
     t("That's likely it. A bigger pump raises the demand charge. I'll send a field tech to check the meter and the pump size so you know for sure, and if the meter's at fault we'll credit you. If it's the pump, there's a load-control program that lowers the demand rate if you let us cycle it off at peak hours. Want me to send info on that too?"),
     c("Send it. I'll read it, but I ain't promising nothing. Last time we did one of those programs the pivot got shut off on the hottest day of the year.", "bad_experience"),
     t("Fair. I'll include the current rules on how many hours we can cycle you off. The tech will call you by Thursday.")],
    [o,
     t("Thanks for reaching out, we really value your membership. Can you tell me more about your experience with the bill?"),
     c("It's 3,800. It's normally 1,200. That's my experience.", None),
     t("I understand that's frustrating. Unfortunately I'm in residential billing, irrigation accounts are handled by the ag services team. Also, rate schedules are in the tariff book on our website, section 4 explains demand charges."),
     c("I don't want to read a tariff book. Can you transfer me?", None),
     t("Ag services is only staffed Tuesdays and Thursdays. The rate's set by the board, so there's not much I can do either way, I didn't make the rules. Is there anything else I can help with?"),
     c("Yeah, tell the board I'll be at the annual meeting.", None),
     t("Will do, and thanks for your feedback! On a scale of one to ten, how satisfied were you with today's call?"),
     c("Take a guess.", None)]))

# 8 social_proof_or_deadline_pressure - energy retailer door-to-door, Christchurch
o = c("Yeah? If you're selling something, I'm about to head out.", "no_time")
PAIRS.append(gpair(
    "b48g_christchurch_power_doorknock", "electricity retailer door-to-door, Christchurch, New Zealand",
    "social_proof_or_deadline_pressure", "Door-knock in Riccarton; householder on the way out, happy with current retailer.",
    [o,
     t("I am, power plans, and I won't keep you. Would it be better if I left a card and you rang if you're interested?"),
     c("Go on, what's the pitch. Thirty seconds.", None),
     t("Fair. We're a local power company, and some households round here are paying more than they need to because they're on old plans. Do you know roughly what your monthly bill is?"),
     c("Like 210 in winter? I'm with Contact, been with them for ages, never had a problem.", "no_need"),
     t("Then you might be on a fine plan already. If you ever want to check, the easy way is Powerswitch, the free comparison site. Put in your last bill and it shows whether anyone's cheaper, including us. No need to decide anything on the doorstep."),
     c("Huh, alright. Might do that. Leave us a card.", "brush_off"),
     t("Here you go. Have a good one.")],
    [o,
     t("Totally understand, I'll be super quick. Most of your neighbours on this street have already made the switch this week. How would you feel about joining them and saving?"),
     c("The neighbours? Really? I'm with Contact, it's fine.", "no_need"),
     t("I hear you, and that's the thing, number 12, 14 and the couple at 18 all said the same, and then they saw the savings. What's important to you in your power experience?"),
     c("Not being hassled, mostly. Look, I'll think about it.", "think_it_over"),
     t("Absolutely. The only thing is, this rate's only for Riccarton sign-ups today. After five it's gone and I can't bring it back. What would make today work for you?"),
     c("Nothing. I'm off. Don't knock again.", None)]))

# 8 social_proof_or_deadline_pressure - cleaning supplies to a hotel, Charleston (B2B)
o = c("Hi, this is Denise Lowell, purchasing at the Harbor Inn. We're reviewing cleaning supply vendors for next year. Can you quote on housekeeping chemicals and paper goods for 120 rooms?", None)
PAIRS.append(gpair(
    "b48g_charleston_hotel_supplies", "janitorial and paper goods distributor, Charleston, South Carolina (B2B)",
    "social_proof_or_deadline_pressure", "Hotel purchasing manager asks for a quote; current distributor shorts deliveries.",
    [o,
     t("Happy to, Denise. To quote apples to apples, can you tell me what you're using now and what's not working about it?"),
     c("We buy a mix through our current distributor. Pricing's fine, honestly. The problem is they short us on deliveries about once a month, and my housekeepers end up borrowing from the sister property.", None),
     t("So the issue is reliability more than price, short deliveries once a month. How far ahead do you order, and do you have room to hold more stock?"),
     c("Weekly orders, small storeroom. Can't hold more than about ten days' worth.", None),
     t("Okay. I'd quote on weekly delivery with a fixed par level, so our driver tops you up to the same levels every week instead of you ordering. I'll put our fill rate for the last twelve months in writing, plus two local hotel references you can call yourself."),
     c("That's useful. I'll need to put it in front of the GM with the other two bids. Decision's not till November.", "think_it_over"),
     t("That's fine. I'll have the quote to you by Friday, and if a trial month on paper goods would help the comparison, we can do that before November."),
     c("Send it by Friday and we'll see.", None)],
    [o,
     t("Hi Denise, great to connect! Just so you know, we supply most of the big hotels on the peninsula, so you'd be in great company. What does success look like for you next year?"),
     c("Fewer short deliveries, mainly. Our current distributor shorts us monthly.", None),
     t("Love that. And honestly that's exactly why everyone's moving to us. I can offer 18 percent off list, but our Q4 pricing closes Friday and after that it's gone. How soon could you get a PO over?"),
     c("We don't make decisions in a week. It goes to the GM with the other bids in November.", "think_it_over"),
     t("Totally respect the process. I'd just hate for Harbor Inn to be the only hotel on East Bay still with the old supplier. Could we at least lock the rate with a signed letter of intent today?"),
     c("No. Put the quote in writing with your fill rates and I'll compare it with the others.", "think_it_over"),
     t("Will do. Just remember the Friday deadline, after that I really can't promise anything."),
     c("Then don't.", None)]))

# 9 keyword_stuffed - bank business loan, Galway
o = c("Hi, I've an appointment at two. Niamh Kelly, Kelly's Bakery in Oranmore. It's about a loan for a new deck oven.", None)
PAIRS.append(gpair(
    "b48g_galway_bank_loan", "bank branch business lending, Galway, Ireland",
    "keyword_stuffed", "Bakery owner needs a loan for a replacement deck oven.",
    [o,
     t("Niamh, hi, come in. Tell me about the oven. What's happening with the one you have?"),
     c("It's twenty years old, the thermostat's gone unreliable, we lost a full batch of sourdough Saturday. A new one is about 28 thousand with install.", None),
     t("So the current oven's costing you batches, and the replacement is 28,000 installed. How's the business doing, roughly what's turnover, and do you have other borrowings?"),
     c("Turnover's about 310 last year. We've a van loan, 400 a month, ends next spring. I'd want the repayments low, January and February are dead.", None),
     t("That's useful. At that turnover, 28,000 over five years would be roughly 540 a month. Because your winters are slow, we could look at seasonal repayments, lower in January and February, higher in summer. I'd need your last two years' accounts and six months of statements. Can your accountant send those?"),
     c("She can. I'm not sure about five years though, I'd rather pay it off quicker. I'll talk to my husband about the monthly figure.", "think_it_over"),
     t("Of course. I'll email you three options, three, four and five years, with and without seasonal repayments, so you can compare them at home."),
     c("Perfect. That's exactly what I need.", None)],
    [o,
     t("Niamh, welcome! First of all, I really want to understand your needs and your journey, because our relationship with small business owners is all about your success and your experience. How do you feel today?"),
     c("Grand, thanks. It's about the oven, it's broken basically, a new one will cost 28 thousand.", None),
     t("I hear you, and I really understand that feeling. Your needs matter to us. So what I'm hearing is you need a solution that supports your growth journey and your success. Would you say that's fair?"),
     c("I suppose. What would the repayments be?", None),
     t("Great question, and I feel that really shows your commitment. Repayments depend on your needs and our relationship, and we'd want a solution that's right for your experience. How satisfied are you with your current banking relationship overall?"),
     c("I'm less satisfied by the minute. Can you give me a number or not?", None),
     t("Absolutely, I understand. I'll take your needs back to the team and we'll reach out to continue the conversation. Is there anything else I can help you with?"),
     c("No. I'll try the credit union, they gave my brother a figure in ten minutes.", None)]))

# 9 keyword_stuffed - managed IT for a dental practice, Spokane (B2B), live chat
o = c("hi this is tom from northside family dental, we had a ransomware scare last month and our office manager said to message you guys about IT support", None)
PAIRS.append(gpair(
    "b48g_spokane_dental_it", "managed IT services provider, Spokane, Washington (B2B)",
    "keyword_stuffed", "Dental practice owner in live chat after a ransomware near-miss.",
    [o,
     t("Hi Tom, sorry to hear that, and glad it was a scare. Did anything actually get encrypted, or was it caught?"),
     c("caught it, the front desk pc started acting weird and our nephew who does our IT unplugged it. but it spooked us. we have 3 dentists 9 staff", None),
     t("Okay, so twelve people, IT done informally by a family member, and a near-miss last month. Where are your patient records and X-rays stored, on a server in the office or in the cloud?"),
     c("server in the back closet. backups go to a usb drive i think. honestly not sure anyone checks it", None),
     t("That's the part I'd look at first. With patient records, an untested backup is the real risk, and HIPAA cares about it too. I'd suggest a free one-hour on-site assessment: we check the backups, the server and the front desk machines, and give you a written list of what to fix, whether you hire us or not."),
     c("ok. whats the monthly cost if we do go with you tho. we are a small office", None),
     t("For twelve users with backup monitoring it's usually 1,400 to 1,800 a month. The assessment will show whether you need all of that. Does next Tuesday or Wednesday evening work?"),
     c("1800 a month is more than we pay our nephew lol. ok do the assessment wed and ill show the dentists the list", "too_expensive")],
    [o,
     t("Hi Tom! Thanks for reaching out. At CascadeTech our relationship with every client starts with understanding your needs and your experience. How are you feeling about your IT journey right now?"),
     c("not great lol. we had a ransomware scare. need someone to look at it", None),
     t("Totally understand how that feels. Our whole approach is about partnership, proactive success and a seamless experience, so you can focus on what matters: your patients. What does IT success look like to you?"),
     c("um not getting hacked? can someone come look at our server", None),
     t("Absolutely, and I really hear that need. We deliver peace of mind through a holistic, relationship-driven managed experience tailored to your practice's unique needs. Would you like to book a discovery call to explore your success goals?"),
     c("i mean i guess. does the call cost anything. were not a big office, cant spend a ton on this", "no_money"),
     t("Great question! Investment depends on your needs and the value you place on the relationship. Our success team will walk you through everything on the call. Is there anything else I can help you with today?"),
     c("nah. ill just have my nephew look at it again", "no_need")]))

# 10 rude - car rental counter, Auckland airport
o = c("Hi, we've got a booking under Tane Walker. Flight was delayed, I know we're two hours late, sorry. Is the car still there?", None)
PAIRS.append(gpair(
    "b48g_auckland_car_rental", "car rental counter, Auckland Airport, New Zealand",
    "rude", "Father with two kids arrives late after a delayed flight, driving to Rotorua tonight.",
    [o,
     t("Kia ora, Tane, no stress, delays happen. Let me check... yes, the booking's still held, a Corolla wagon. Is it still you and the two kids?"),
     c("Yeah, and a pram and three bags, if that all fits. We're driving to Rotorua tonight.", None),
     t("The wagon takes a pram and three bags fine. It'll be dark on the expressway, so I've got the two child seats you booked fitted already. Anything else you need for the drive?"),
     c("How much is the excess if we bang it? The insurance thing.", None),
     t("Standard excess is 3,000. You can reduce it to zero for 29 a day. Plenty of people are happy with their credit card cover instead, worth checking yours."),
     c("Nah, 29 a day is a lot over a week. My card's got something, I'll risk it.", "too_expensive"),
     t("All good. Here are the keys, bay 14, seats are in. Drive safe to Rotorua.")],
    [o,
     t("Two hours, eh. Well. What did you expect, the car to sit there all night? Name again?"),
     c("Tane Walker. The flight was delayed, it's not like we stopped for a drink.", None),
     t("Right. Walker. Wagon. You want the child seats or are you going to hold them on your lap? Joking. Sort of. Anything else, or can I get to the next person?"),
     c("Yes, we want the seats, we booked them. And what's the insurance excess?", None),
     t("It's all in the paperwork, mate. 3,000 unless you take the zero excess at 29 a day. Most people with kids take it, you know, given kids."),
     c("No thanks, my credit card covers it.", "no_need"),
     t("Your funeral. Bay 14. Seats are in the back, you can fit them yourself, I'm not paid to do car seats."),
     c("Unbelievable. I'll be leaving a review.", None)]))

# 10 rude - council bulky waste line, Leicester
o = c("Oh hello, I'm ringing about getting an old settee taken away. My husband passed and I'm clearing the front room. I'm not very good with the website.", None)
PAIRS.append(gpair(
    "b48g_leicester_council_bulky_waste", "city council bulky waste helpline, Leicester, East Midlands",
    "rude", "Recently widowed pensioner books a bulky waste collection by phone.",
    [o,
     t("I'm sorry about your husband. That's no problem at all, I can book it over the phone for you. Is it just the settee, or is there anything else you'd like taken?"),
     c("There's a matching armchair as well. And an old telly, the big heavy kind.", None),
     t("So a settee, an armchair and an old television. We can take all three in one collection. It's 38 pounds for up to three items. Are you on pension credit or any benefits? There's a reduced rate if so."),
     c("I get pension credit, yes.", None),
     t("Then it's 19 pounds. The next collection for your area is Tuesday the 12th. The items need to be outside the front door by seven that morning. Is there someone who can help you move them out?"),
     c("My neighbour's lad will help. Can I pay by cheque?", None),
     t("We can't take cheques, I'm afraid, but you can pay by card now over the phone, or in person at the Belgrave library counter. Whichever's easier."),
     c("I'll go to the library, I'm there Thursdays anyway. Thank you, you've been very kind.", None)],
    [o,
     t("Right, okay. It's all on the website, love, everyone manages it. What's the item?"),
     c("A settee. And an armchair, and an old telly.", None),
     t("Three items. Thirty-eight quid. You do know you could've just read the page, it's really not hard. Postcode?"),
     c("LE4 7... sorry, I've got it written down somewhere. My husband always did these things.", None),
     t("Take your time. Not like there's a queue or anything. Are you on pension credit or not? I need a yes or no."),
     c("Yes. I am. There's no need to be sharp with me.", None),
     t("Nobody's being sharp. Nineteen pounds, Tuesday the 12th, outside by seven, card only. Anything else or is that it?"),
     c("Thirty-eight, nineteen... I can't take it all in. I'll get my son to ring you.", None)]))
