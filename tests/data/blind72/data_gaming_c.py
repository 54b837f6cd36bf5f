"""Gaming pairs, part C (b72): the second pair of kinds 6-15."""
from common import c, gpair, t

PAIRS = []

# 21. putdown_question - internet provider phone support, Lima (Peru)
o = c("Look, my internet has been down since Tuesday. I run a cafe, my card machine doesn't work without it, I'm losing sales. This is the third time I call.", None)
PAIRS.append(gpair(
    "b72g_lima_isp_cafe_outage", "internet provider, phone support, Lima", "putdown_question",
    "A cafe owner whose fibre has been down for two days, taking out his card machine, calls for the third time.",
    [o,
     t("Three calls and two days down, with your card machine out, that's serious, and I'm sorry. Let me pull up your account. Can you confirm the address?"),
     c("Jiron Junin 412, Barranco. Cafe Allpa.", None),
     t("Got it. I can see an open ticket, but no technician was ever assigned to it; that's on us. Is the modem showing a red light right now?"),
     c("The LOS light is blinking red. Since Tuesday morning.", None),
     t("A blinking red LOS means the fibre signal isn't reaching you, so the fault is outside your cafe, nothing you did. I'm escalating it as a business outage; a technician is booked for tomorrow between eight and twelve. Meanwhile I can activate a 4G backup router you could pick up today at our Miraflores store, so your card machine works."),
     c("Tomorrow? Every day I lose maybe 800 soles. And I can't go to Miraflores, I'm alone here all day.", "no_time"),
     t("Understood. Then I'll have the backup router sent by courier this afternoon, and I'm putting a credit on your account for the days without service. I'll call you at six today to check the courier arrived."),
     c("Okay. Six o'clock. If nobody calls, I'm cancelling.", None),
     ],
    [o,
     t("Okay, let's calm down a little. Have you actually tried turning the modem off and on, or did you just call straight away?"),
     c("Of course I did! Five times! The red light keeps blinking.", None),
     t("Right. And are you sure you paid last month's bill? A lot of people forget and then blame us."),
     c("I pay by direct debit. It's paid. Why are you asking me this?", None),
     t("I'm just trying to understand. Be honest, has anyone been moving cables around behind the counter? Staff sometimes do."),
     c("Nobody touched anything! It's your fibre, the light says LOS.", None),
     t("I hear you. So what exactly do you think we should do, send a technician every time a customer's light blinks?"),
     c("Yes! That's your job. Put me through to your supervisor.", None),
     ]))

# 22. not_my_department_or_read_the_terms - landlord's property manager, Chicago (USA)
o = c("Hi, this is Denise in 3B at the Kedzie building. The heat's been out since last night and it's nine degrees outside. I've got a toddler.", None)
PAIRS.append(gpair(
    "b72g_chicago_landlord_no_heat", "landlord's property management office, Chicago", "not_my_department_or_read_the_terms",
    "A tenant with a two-year-old calls her property manager in January: no heat since last night.",
    [o,
     t("Denise, that's urgent with a toddler, I'm sorry. Is it the whole apartment or just some radiators? And do you know if your neighbors have heat?"),
     c("Whole apartment. 3A says theirs is cold too. The radiators are ice.", None),
     t("Then it's likely the building boiler, not your unit. I'm calling our heating contractor now as an emergency; they usually get here within three hours. In the meantime I can drop off two space heaters within the hour. Would that help?"),
     c("Yes, please, the heaters. I have to leave for work at one, though.", None),
     t("I'll be there by noon with them, and I'll text you the contractor's arrival time. If it isn't fixed by tonight, we'll put you and your son in a hotel at our cost. City code requires it, and it's the right thing anyway."),
     c("Okay. Thank you. I was ready for a fight.", None),
     t("No fight. You'll have a text from me by half eleven with an update."),
     c("Great, thanks.", None),
     ],
    [o,
     t("Hi Denise, thanks for reaching out, I really hear your frustration. Can you tell me more about your experience with the heat?"),
     c("There's no experience. There's no heat. Since last night. My son is two.", None),
     t("Okay, so what I'm hearing is the heat isn't working. Heating repairs actually go through the maintenance company; that's not my department, I just handle leases."),
     c("You're the property manager. Who's supposed to call them?", None),
     t("If you check your lease, section 14, tenants report maintenance through the online portal. I didn't make the rules, I'm afraid."),
     c("The portal says 'ticket received'. That's it. It's nine degrees.", None),
     t("I understand how that feels. Is there anything else I can help you with today?"),
     c("I'm calling the city. Three-one-one. Goodbye.", None),
     ]))

# 23. social_proof_or_deadline_pressure - gym, Dubai (UAE)
o = c("Hi. I've got ten minutes. I want to know about membership. I travel half the month for work.", None)
PAIRS.append(gpair(
    "b72g_dubai_gym_frequent_traveller", "gym, Dubai", "social_proof_or_deadline_pressure",
    "A busy professional who travels half of each month asks about membership in a hurry.",
    [o,
     t("Ten minutes is plenty. Travelling half the month, which matters more to you: coming often when you're here, or not paying for the weeks you're away?"),
     c("Not paying for the weeks I'm away. I had a yearly membership at another gym and used it maybe thirty times.", "bad_experience"),
     t("That's a common story. There's a ten-visit card, 450 dirhams, valid six months, and a monthly at 399 you can freeze for travel, up to 60 days a year. If you're here two weeks a month and come three times a week, that's about six visits a month."),
     c("Six a month... so the card's cheaper. But I'd probably come more if I liked it.", None),
     t("Then start with the card. If you find you're using more than ten visits a month, switch to monthly and we credit the visits you haven't used. No rush on it; the card lasts six months."),
     c("Fine. Do the card. Can I pay on my phone?", None),
     t("Yes, tap here. Your first visit includes a quick tour of the machines if you want it."),
     c("Skip the tour. Thanks.", None),
     ],
    [o,
     t("Hi! Perfect timing, actually. Our founding-member rate ends today at six: 249 a month on a 24-month contract instead of 399."),
     c("Twenty-four months? I travel half the month. I'd barely use it.", "no_need"),
     t("I totally hear you. Honestly, most of the executives in your tower have already signed; we've got half your building in here at six in the morning."),
     c("I don't care what my building does. Is there a freeze option?", None),
     t("Great question. Only on the full-price plan. So really, the smart move is to lock in 249 before six. After that it's gone."),
     c("I had a yearly contract at my last gym and used it thirty times. Not doing that again.", "bad_experience"),
     t("I understand. There are only three founding spots left, and two people are touring right now. What's stopping you from grabbing one?"),
     c("My ten minutes are up. I have to go.", "no_time"),
     ]))

# 24. keyword_stuffed - bank branch, Montreal (Canada)
o = c("Hello. I am new in Canada, three weeks. I need bank account for my salary. My English is not so good, sorry.", None)
PAIRS.append(gpair(
    "b72g_montreal_bank_newcomer_account", "bank branch, Montreal", "keyword_stuffed",
    "A newcomer with limited English needs an account for his salary and small monthly transfers to his mother.",
    [o,
     t("Welcome to Canada, and your English is fine. We'll go slowly. Do you have your passport and your permanent resident paper with you?"),
     c("Yes, both here. And the letter from my job.", None),
     t("Perfect. What will you use the account for: only salary and bills, or also sending money to family abroad?"),
     c("Salary, rent, and yes, send to my mother in Jordan every month. Not much money.", None),
     t("Then I'd suggest the newcomer chequing account: no monthly fee for the first year, then 4 dollars a month unless you keep 1,000 in it. For Jordan, our transfer fee is 15 dollars each time. Honestly, for small amounts some transfer apps are cheaper, so compare."),
     c("Fifteen every month is a lot for me. For the sending I will ask my cousin which app he use.", "too_expensive"),
     t("Good idea. Let's open the chequing account now, about twenty minutes, and your salary can come into it from your next payday. Here is the direct deposit form to give to your work."),
     c("Okay. Thank you, you explain very clear.", None),
     ],
    [o,
     t("Welcome! We really value our relationship with newcomers, and I want to understand your needs and your banking journey. How do you feel about your financial success in Canada?"),
     c("Sorry... I need account. For salary.", None),
     t("Absolutely, I understand, and I really hear your need. Our success is your success, and we want your experience to be empowering. How do you feel about building a relationship with us?"),
     c("I don't understand. Account, for salary, how much it costs?", None),
     t("Great question. What I'm hearing is that value matters to you, and we really understand that need. Our newcomer experience is designed around your success."),
     c("Please, only the price. There is monthly fee?", None),
     t("I feel you. Every client's needs are different, and we really want to understand yours and partner on your journey. Do you feel heard?"),
     c("No. I will come back with my cousin. He speaks better.", "think_it_over"),
     ]))

# 25. rude - local council parking permits line, Sydney (Australia)
o = c("Hi, I'm calling about a visitor parking permit. My mum's coming to help with my newborn for a few weeks and there's two-hour parking on my street.", None)
PAIRS.append(gpair(
    "b72g_sydney_council_visitor_permit", "local council customer line, Sydney", "rude",
    "An exhausted new mother needs a visitor parking permit so her own mother can help with the baby.",
    [o,
     t("Congratulations on the baby. We can sort that. Are you already a resident permit holder at your address?"),
     c("I've got one for my car, yes. Um, Glebe, Wigram Road.", None),
     t("Great, then you can get visitor permits. There are two kinds: a book of daily scratch permits, or a temporary visitor permit for up to twelve weeks. How long is your mum staying, and does she come every day?"),
     c("Every day, for about six weeks. Sorry, the baby's crying, hang on... okay. Six weeks.", None),
     t("No worries. For six weeks, every day, the temporary permit is best: 62 dollars, covers her car the whole time. I can do it over the phone and email it, so you don't need to come in. I'll just need her rego."),
     c("Oh thank God, I can't get to the council office with him. Rego's BX 44 TR.", None),
     t("Done. The permit will be in your email within the hour; print it or show it on the dashboard. It starts Monday. If it hasn't come by tonight, call back with reference 7731."),
     c("Brilliant. Thank you so much.", None),
     ],
    [o,
     t("Yep. Are you a resident permit holder, or are you just hoping?"),
     c("I... yes, I've got one for my car. Wigram Road, Glebe.", None),
     t("Great. So what I'm hearing is you want free parking for your family. Visitors pay like everyone else."),
     c("I'm not asking for free. I just need her to be able to park. I've got a newborn, I'm exhausted.", None),
     t("Everyone's exhausted. The form's on the website, it's not complicated. Did you even look before calling?"),
     c("I tried. The site kept crashing. Can't you just do it over the phone?", None),
     t("We don't do hand-holding over the phone. Come into the office, nine to four, bring ID. Anything else?"),
     c("With a newborn? I can't get in there before next week. Fine. Whatever.", "no_time"),
     ]))

# 26. ignored_customer - municipal daycare, Helsinki (Finland)
o = c("Hei, hello. My son starts daycare in August. He's three and he has a severe peanut allergy. I want to know how you handle that.", None)
PAIRS.append(gpair(
    "b72g_helsinki_daycare_peanut_allergy", "daycare centre, Helsinki", "ignored_customer",
    "A parent of a three-year-old with a severe peanut allergy asks how the daycare would keep him safe.",
    [o,
     t("Thank you for raising it early. How severe has it been: has he needed adrenaline before, and does he have an auto-injector?"),
     c("Yes, once, when he was one. He has two EpiPens. I am honestly terrified about this.", None),
     t("That's understandable. Here's how we work: our kitchen is already nut-free, the staff in his group are trained on the auto-injector, and before he starts we write a care plan with you and the public health nurse. One pen stays here in a labelled box, one goes in his bag on trips."),
     c("What about birthdays, when other parents bring cake?", None),
     t("Good question. We don't allow food from home for celebrations, only what our kitchen makes. Would you like to meet his group teacher and see where the pens are kept before you decide?"),
     c("Yes. But I also looked at another daycare closer to home. I need to compare.", "think_it_over"),
     t("Of course. Ask them the same questions, about the pens and the birthdays. I can do Tuesday at four for the visit, if that suits."),
     c("Tuesday at four works. Thank you.", None),
     ],
    [o,
     t("Hello! That's important, thanks for sharing. How do you feel about it?"),
     c("Honestly, terrified. He had a reaction when he was one, we needed the ambulance.", None),
     t("I understand. So, our August places: we have full-time and part-time. Which one are you looking for?"),
     c("Full-time. But what happens if he eats something?", None),
     t("Full-time, great. Our days include outdoor play twice a day, rain or shine, and lots of music. Would you like a brochure?"),
     c("You didn't answer. Are your staff trained with EpiPens?", None),
     t("Lots of parents love our forest trips. Any other questions?"),
     c("I asked three already. I think we'll take the other daycare, the one near home.", None),
     ]))

# 27. repeated_questions - optician, Cairo (Egypt)
o = c("Hello, good evening. I want contact lenses. I play football and my glasses always fall.", None)
PAIRS.append(gpair(
    "b72g_cairo_optician_football_lenses", "optician, Cairo", "repeated_questions",
    "A young man who has never worn contact lenses wants them for playing football.",
    [o,
     t("Good evening. Football and glasses don't mix, true. Have you worn contact lenses before?"),
     c("Never. I'm a little afraid to touch my eye, honestly.", None),
     t("Most people are at first. Do you know your prescription, or should we test your eyes today?"),
     c("I have the paper from the doctor, last year. Minus two and a half, both eyes.", None),
     t("Thank you. Since it's a year old and you've never worn lenses, we'd do a short fitting to check the shape of your eye. For football only, daily lenses are easiest: throw them away after each match, no cleaning. A box of thirty is 900 pounds."),
     c("Nine hundred... I play three times a week, so thirty is, um, ten weeks. Okay, that's not bad.", None),
     t("Exactly. The fitting is 300, and we'll teach you to put them in and take them out before you leave. Would tomorrow evening at seven work?"),
     c("Tomorrow I have training, I can't. Thursday?", "no_time"),
     t("Thursday at seven, booked. Bring your glasses and the paper."),
     c("Perfect, thank you.", None),
     ],
    [o,
     t("Good evening! So what brings you in today?"),
     c("Contact lenses. For football. My glasses fall.", None),
     t("Great. And what will you mainly be using the lenses for?"),
     c("Football. Like I said.", None),
     t("Perfect. Have you ever thought about which activities you need clearer vision for?"),
     c("Football! Three times a week. Why you ask again?", None),
     t("Just making sure I understand your needs. So, when would you mostly wear them?"),
     c("My friend, I am going. I will buy from the pharmacy online.", "brush_off"),
     ]))

# 28. wrong_paraphrase - used-car lot, Santiago (Chile)
o = c("Buenas. I'm looking for a small car for my daughter. She just got her licence. Something safe, not expensive.", None)
PAIRS.append(gpair(
    "b72g_santiago_usedcar_daughters_first", "used-car lot, Santiago", "wrong_paraphrase",
    "A father shops for a safe, inexpensive first car for his newly licensed daughter.",
    [o,
     t("Buenas tardes, and congratulations to her. Where will she drive mostly: city, highway, mountains?"),
     c("City. University in Providencia, maybe forty minutes each way. Sometimes to the coast on weekends with friends.", None),
     t("City commuting plus some highway to the coast. For safety I'd want at least six airbags and ABS; not every cheap car here has them. What budget do you have in mind?"),
     c("Six million pesos, seven maximum.", None),
     t("Then I have a 2017 Suzuki Swift with six airbags at 5.9 million, and a 2016 Kia Rio with four at 5.4. The Swift is the safer choice. Both have the technical inspection up to date."),
     c("The Swift is nice. But I want my mechanic to see it. Last time I bought used, the gearbox went after one month.", "bad_experience"),
     t("Very reasonable. Take it to your mechanic this week; I'll hold it until Saturday, no deposit. Would your daughter like to drive it today?"),
     c("Yes, she's in the car outside. I'll get her.", None),
     ],
    [o,
     t("Buenas! So if I hear you right, you're looking for an SUV for the family, with space for weekend trips. Correct?"),
     c("No, no. A small car. For my daughter. She's eighteen.", None),
     t("Perfect, so what I'm hearing is she's an experienced driver who wants something with a bit of power. I have a lovely turbo Golf GTI."),
     c("Experienced? She got her licence last week. And a GTI is way more than I want to spend on a first car.", "too_expensive"),
     t("Understood. So, to sum up, budget isn't the main thing, and safety is covered by any modern car. Did I get that right?"),
     c("You got nothing right. Safety is the main thing.", None),
     t("Got it, so what you're saying is you'd like to see the GTI with the safety package. Shall I bring it round?"),
     c("No, gracias. Not the GTI, not anything. I'll look somewhere else.", "no_need"),
     ]))

# 29. pitch_to_upset - dry cleaner, Kingston (Jamaica)
o = c("Morning. I left my father's suit here Monday. The funeral is Saturday. I just picked it up and there's a burn on the sleeve. Look at this.", None)
PAIRS.append(gpair(
    "b72g_kingston_drycleaner_funeral_suit", "dry cleaner, Kingston", "pitch_to_upset",
    "A grieving son finds a press burn on the suit his late father is to be buried in.",
    [o,
     t("I'm so sorry, about your father and about the suit. Let me see... yes, that's a press burn, and that's our fault. Is this the suit he'll be wearing, or one you'll wear?"),
     c("He's being buried in it. It was his favourite. He wore it to my wedding.", None),
     t("Then it matters a great deal. Our tailor can replace that part of the sleeve with cloth from inside the hem; it's often hard to spot, and it would be ready Thursday. Or, if you'd rather, we pay for a replacement suit. Either way there's no charge for the cleaning."),
     c("I don't want another suit. It has to be his. Can she really make it look right?", None),
     t("I'll be honest: it won't be perfect close up, but on the arm, at a viewing, most people won't notice. I'll have her look at it now while you're here, and you decide once she's told you."),
     c("Okay. Let her look. Sorry for raising my voice when I came in.", None),
     t("You've nothing to apologise for. Take your time, there's a chair right here."),
     c("Thank you.", None),
     ],
    [o,
     t("Oh no, I'm so sorry for your loss. So what I'm hearing is you need something special for Saturday. Have you seen our premium garment care package? It protects against exactly this."),
     c("Protects against what, your staff burning it? He's being buried in this suit.", None),
     t("I completely understand how you feel. For funerals, a lot of families also take our express service for the whole family's outfits, 20 percent off for bereavement."),
     c("I don't want a discount on anything. I want my father's suit fixed.", "no_need"),
     t("Absolutely. And while we look at that, you'd probably want the stain guard on the jacket, wouldn't you? Only 1,500."),
     c("Are you listening? I don't have time for this, the funeral is Saturday.", "no_time"),
     t("I hear you. So to close the loop, can I add anything else for you today?"),
     c("Give me your manager's name. Now.", None),
     ]))

# 30. blame - household removals, Vancouver (Canada)
o = c("Hi, you moved us on Saturday. Two of my wife's ceramic bowls were broken, and the dining table has a big scratch across the top.", None)
PAIRS.append(gpair(
    "b72g_vancouver_removals_damaged_items", "household removals company, Vancouver", "blame",
    "A customer reports handmade bowls broken and a table scratched during a move where the crew did the packing.",
    [o,
     t("I'm sorry to hear that, and thanks for calling so soon. Were the bowls packed by our crew, or by you?"),
     c("By your crew, we paid for packing. And the table wasn't wrapped at all, I watched them carry it.", None),
     t("Then that's on us. Could you send photos of the bowls, the box they were in, and the scratch? They go straight to our claims person, and our insurance covers both."),
     c("I can send photos tonight. The bowls were handmade, from my wife's mother. They can't really be replaced.", None),
     t("I understand; money won't replace that, and I'm sorry. For the table, we'll send a furniture repairer to your home. For the bowls, we'll pay the valuation, and if you'd like, there are ceramic restorers who do gold-seam repairs; I can get a quote and we'll cover it."),
     c("My wife might like that, actually. How long does the claim take?", None),
     t("Once I have the photos, I'll call you within two working days with the repairer's date and the claim amount. My name's Priya; this is my direct line."),
     c("Okay, Priya. Photos tonight.", None),
     ],
    [o,
     t("I'm sorry to hear that. Can I ask, were the bowls packed properly? Thin ceramics really need double wrapping."),
     c("Your crew packed them. We paid for packing.", None),
     t("Okay. Did you point them out as fragile to the crew, though? If customers don't flag fragile items, the crew can't know."),
     c("They were in the china cabinet. What did they think they were?", None),
     t("I hear you. And the table, was anything on it when it was carried? Often the scratch comes from things the customer left on top."),
     c("Nothing was on it. It wasn't wrapped. I watched them.", None),
     t("So what I'm hearing is the table wasn't prepared before the move. Our checklist says customers should clear and protect furniture. Did you read the checklist?"),
     c("Unbelievable. I'll be leaving a review and calling my credit card company.", None),
     ]))
