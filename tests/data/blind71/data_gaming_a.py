"""Gaming pairs A (b71): kinds 1-10."""
from common import c, gpair, t

PAIRS = []

# 1. monologue
o = c("Good morning. Our booking server went down last Tuesday and we lost most of a day. A colleague gave me "
      "your name. I'd like to understand what a support contract with you would actually cover.", None)
PAIRS.append(gpair(
    "b71g_utrecht_it_support_contract", "Managed IT support provider, Utrecht (Netherlands)", "monologue",
    "A physiotherapy clinic's practice manager calls after their server failed while their freelance IT man "
    "was away.",
    [o,
     t("Good morning, thanks for calling. I'm sorry about Tuesday, a lost day of bookings hurts. Before I talk "
       "about contracts, can you tell me what happened and how it got fixed in the end?"),
     c("The server in the back office just stopped. Our usual man is a freelancer and he was on holiday, so it "
       "was Wednesday afternoon before anyone came. We phoned every patient by hand.", None),
     t("So the real gap was nobody to call when he's away, more than the machine. How many people "
       "work there, and what runs on that server apart from bookings?"),
     c("Eleven staff, six treatment rooms. The booking system, patient notes and the shared drive. Email is "
       "already in the cloud.", None),
     t("Then what matters is bookings and notes back within hours, during your opening hours. What are those "
       "hours, and did the partners give you a rough budget?"),
     c("Seven till eight on weekdays, Saturday mornings. They said no more than the freelancer costs now, about "
       "four hundred a month. I'm not sure that's realistic.", None),
     t("It may be close. Our office-hours contract for a site your size is around three hundred and eighty; "
       "evenings and Saturdays add about ninety. I'd rather not guess, though. Could I come by for an hour, "
       "look at the server, and send you two options in writing?"),
     c("An hour is fine. Thursday after two is quiet. Send the options to me and I'll put them to the partners.", None),
     t("Thursday at two, then. I'll bring a short checklist, and you'll have both options by Monday.")],
    [o,
     t("Good morning, thank you for reaching out. Let me ask you an open question: what does success look "
       "like for your practice? For most clients it means never thinking about IT again, which is exactly "
       "what Total Care gives you: round-the-clock "
       "monitoring, cloud backup, a dedicated account manager, quarterly strategy reviews, unlimited support."),
     c("Right. What I mainly need to know is what happens if the server stops again.", None),
     t("Great question, and I hear you: peace of mind. Most clients tell us a failure like yours showed "
       "they'd outgrown on-site hardware. We'd move you to our private cloud, "
       "migrate the booking system, train your staff, and you get our client portal app too. The whole "
       "experience, end to end."),
     c("We're not looking to move anything into a cloud. Our booking software supplier said—", "no_need"),
     t("Absolutely, a very common first reaction, and suppliers all support it now. For eleven seats it's nine "
       "hundred and fifty a month, which is nothing next to a lost day of bookings. Does that all make sense?"),
     c("Nine hundred and fifty. We pay our freelancer about four hundred.", "too_expensive"),
     t("I completely understand, and that's why I always say look at value, not cost. I'll send our brochure "
       "and a case study from a dental group in Amersfoort, same challenge as yours. Anything else I can help "
       "you with today?"),
     c("No. Send it if you like. I'll keep looking.", "brush_off")]))

# 2. closing_as_open_question
o = c("Guten Tag. Our electricity contract ends on 31 March. I have two offers already. I am calling to see if "
      "you can beat 24.1 cents per kilowatt hour, fixed for two years.", None)
PAIRS.append(gpair(
    "b71g_hamburg_energy_renewal", "Business energy broker, Hamburg (Germany)", "closing_as_open_question",
    "A print-shop owner compares fixed-price electricity offers before her contract ends.",
    [o,
     t("Good afternoon. Thank you for the exact figures, that helps. Before I quote: how much do you use in a "
       "year, and does it vary much over the year?"),
     c("About 38,000 kilowatt hours. The big press runs mostly October to December. The rest of the year it is "
       "quieter.", None),
     t("So the fixed price matters because your heavy months are the winter ones, when spot prices jump. Is two "
       "years firm, or would you consider three?"),
     c("Two years. We might move premises in 2027. I do not want to be tied.", None),
     t("Understood. For 38,000 kWh over two years, the best I can see today is 23.6 cents with a standing charge "
       "of 14 euros a month. Do your other offers have a standing charge?"),
     c("One has 9 euros, the other none. Then yours is not really better, I think.", "too_expensive"),
     t("You're right to look at the whole bill. On your usage, 23.6 plus the charge is about 9,140 a year; 24.1 "
       "with no charge is about 9,160. Nearly equal. I'll email both calculations so you can check them against "
       "the third offer; there's no need to decide on the phone."),
     c("Yes, please. I will go through it with my accountant this week.", "think_it_over"),
     t("Of course. Supplier prices move daily, so the email will say how long this one holds. I'll call on "
       "Thursday only if you'd like me to.")],
    [o,
     t("Good afternoon, and thank you for calling. It's great that you're comparing. Let me ask you: what would "
       "it take for us to be your supplier from April?"),
     c("A better price than 24.1, fixed, two years. I said this.", None),
     t("Absolutely, and I hear that price is important to you. I can do 23.6 fixed for two years. So how would "
       "you like to set up the direct debit, monthly or quarterly?"),
     c("Wait. Is there a standing charge?", None),
     t("A small monthly fee of 14 euros, which covers the service experience. Given the saving, what's stopping "
       "you from going ahead today?"),
     c("What is stopping me is that I have not calculated it. With the fee it is perhaps the same as the others.",
       "think_it_over"),
     t("That's a fair point. And if I could make the numbers work for you, which start date would suit you "
       "best, the first or the fifteenth of April?"),
     c("I prefer you send me the offer in writing. I decide together with my accountant.", "think_it_over"),
     t("Of course, I understand completely. And when your accountant says yes, who will be signing, you or "
       "your partner? I can send the contract ready to sign."),
     c("Send the offer only. Not a contract. Goodbye.", "brush_off")]))

# 3. pitch_as_paraphrase
o = c("Excuse me. I would like to ask about English lessons. My company started working with a customer in "
      "Germany, and from next month I must join a video meeting every week.", None)
PAIRS.append(gpair(
    "b71g_osaka_business_english", "Language school, Osaka (Japan)", "pitch_as_paraphrase",
    "A sales engineer, whose employer pays half for three months, needs to follow fast technical meetings in "
    "English.",
    [o,
     t("Welcome, thank you for coming in. Every week from next month, that is soon. Which part of those "
       "meetings worries you most?"),
     c("Listening, I think. Emails are OK, I can take time. But in the meeting they speak fast and I cannot ask "
       "again and again. It is a little embarrassing.", None),
     t("So reading is fine because you can take your time; the hard part is following fast speech live, and "
       "asking people to repeat. Are the meetings technical, about your products?"),
     c("Yes. Machine specifications, delivery schedule. At the start some small talk, that is also difficult.", None),
     t("That helps. When could you study? And does your company support it?"),
     c("Company pays half, but only for three months. I can come Tuesday and Thursday evening. Saturday is for "
       "family.", None),
     t("Then I'd suggest a trial first: one private lesson where the teacher plays a recorded meeting, sees how "
       "much you catch, and teaches polite ways to ask for repeats. If it suits you, twelve weeks, "
       "two evenings a week. Would you like the trial this Thursday?"),
     c("Thursday is good. Please also tell me the price of twelve weeks. I must show my manager.", None),
     t("Of course. Twelve weeks, two lessons a week, is 96,000 yen, so 48,000 for you after the company's half. "
       "I'll print it as a quote for your manager now.")],
    [o,
     t("Welcome! So tell me, what brings you to us, and what does success look like for you?"),
     c("I must understand video meetings with a German customer. They speak fast. Company pays half of the "
       "lessons, but only three months.", None),
     t("I see. So what you're really looking for is our Business Elite course: twenty-four weeks with a native "
       "teacher and TOEIC preparation. Is that right?"),
     c("Twenty-four weeks is too long for me. And TOEIC I do not need.", "no_need"),
     t("Got it. So what I'm hearing is you want more intensity, which is exactly our Elite Intensive: the same "
       "content in twelve weeks, four lessons a week, 198,000 yen. Did I understand you correctly?"),
     c("Four lessons a week... I can come only two evenings. And this is much more than I expected.",
       "too_expensive"),
     t("Absolutely. So to play that back: you need the Elite Intensive with evening scheduling, and the "
       "investment matters to you. Shall I put you in the Tuesday-Thursday group starting on the first?"),
     c("Thank you. For now I will only take the brochure.", "brush_off")]))

# 4. upsell_as_loop_closing
o = c("Hello, hi, we were in last week, Mary and Tom Kinsella? We've decided on the ship up the Norwegian coast, "
      "Bergen to Kirkenes, in June. I want to book it before Tom changes his mind.", None)
PAIRS.append(gpair(
    "b71g_dublin_norway_voyage", "Travel agency, Dublin (Ireland)", "upsell_as_loop_closing",
    "A retired woman comes back to book a coastal voyage for herself and her husband, who has a bad knee.",
    [o,
     t("Hello Mrs Kinsella, lovely to see you again. Bergen to Kirkenes in June. Last time you mentioned Tom's "
       "knee; does that change anything about the cabin?"),
     c("Oh it does, good that you remember. No bunk beds, and near the lift if possible. And we need a flight "
       "to Bergen too.", None),
     t("There's an outside cabin on deck 5 beside the lift, two low beds, sailing on 12 June. Would you rather "
       "arrive the day before and stay a night in Bergen, or go straight to the ship?"),
     c("A night in Bergen, definitely, I'm not rushing with his knee. What does that bring it all to?", None),
     t("Cabin for two 3,420 euros, flights about 560, a central hotel 165: roughly 4,145, plus the flight home "
       "from Kirkenes once the ship is confirmed. Is that in the range you had in mind?"),
     c("It's a bit more than we said, but sure it's the trip of a lifetime. Go on, book it.", None),
     t("Done: the deck 5 cabin, the flights out and the Bergen hotel are held in your names. Is there anything "
       "about the trip you're still unsure of?"),
     c("Travel insurance, I suppose. We have it through the credit union, I think it covers us.", None),
     t("It probably does. Do check it covers cruises and Tom's knee as an existing condition; bring me the policy "
       "if you'd like a second pair of eyes. I'll email everything today.")],
    [o,
     t("Hello Mrs Kinsella, welcome back! Let's make this the experience of a lifetime. Bergen to Kirkenes in "
       "June: which cabin category were you thinking of?"),
     c("Something simple, near the lift. Tom's knee isn't great. And flights from Dublin.", None),
     t("Perfect, a deck 5 outside cabin by the lift, flights via Amsterdam. Now, just so we close the loop: what "
       "else can I add for you? Most couples take the Arctic Suite upgrade, only 890 more."),
     c("No, no, the normal cabin is grand.", "no_need"),
     t("Lovely. And to make sure we've covered everything, what else would make it special? The Northern "
       "excursions package has dog sledding and a king crab safari, 640 per person."),
     c("Dog sledding in June? Tom can barely manage the stairs. No.", "no_need"),
     t("Fair enough! Before we wrap up, anything else I can look after? Our premium insurance is 289 for the two "
       "of you, and the Dublin airport lounge is 78."),
     c("We have insurance through the credit union. Look, what's the total for the cabin and flights, that's "
       "all I asked.", "no_need"),
     t("Of course, 3,980 with flights. And to close the loop, shall I add a harbour-view hotel in Bergen the "
       "night before? 240."),
     c("I'll talk to Tom about the hotel. Just hold the cabin, please.", "think_it_over")]))

# 5. leading_tag_questions
o = c("Hi. I'm looking at a private lease for about three years. I drive maybe 12,000 kilometres a year, mostly "
      "to clients in Uppsala.", None)
PAIRS.append(gpair(
    "b71g_stockholm_private_lease", "Car leasing dealer, Stockholm (Sweden)", "leading_tag_questions",
    "A freelance consultant who lives in a flat without a charger wants a modest lease for three years.",
    [o,
     t("Hi, welcome. Mostly motorway to Uppsala, then. What are you driving now, and what do you like or "
       "dislike about it?"),
     c("A 2014 Golf diesel. It's fine, but the repairs are starting. I like that it's small, I park in town a "
       "lot.", None),
     t("So small enough for city parking, reliable, comfortable on the motorway. Have you thought about "
       "electric, and could you charge at home?"),
     c("I live in an apartment, no charger in the garage. The housing association talks about it, but nothing "
       "happens.", None),
     t("Then an electric car could be a daily nuisance until they do; I'd look at a small hybrid or an efficient "
       "petrol. Do you have a monthly figure in mind?"),
     c("Not more than 4,000 kronor, with insurance if possible.", None),
     t("A Yaris hybrid on 36 months is about 3,650 with service, insurance roughly 380, so a little over. A Kia "
       "Rio petrol is about 3,300 plus insurance. Would you like to drive both this week?"),
     c("The Yaris, I think. Can I come Saturday morning?", None),
     t("Saturday at ten. I'll have both ready; bring your licence. Nothing to sign on the day, you decide "
       "afterwards.")],
    [o,
     t("Welcome! Three years, 12,000 kilometres. You'll want something really comfortable for the motorway, "
       "won't you?"),
     c("Comfortable, yes. But small. I park in town a lot.", None),
     t("Of course. But with clients, image matters, doesn't it? You wouldn't want to turn up in a tiny car, "
       "would you?"),
     c("My clients don't care what I drive, I think.", None),
     t("Fair. Still, you'd agree electric is the future, wouldn't you? So the Volvo EX40 is the sensible choice, "
       "isn't it?"),
     c("I have no charger at my apartment, so electric doesn't work for me.", "no_need"),
     t("That's easily solved with public chargers, isn't it? And at 6,900 a month including service, that's "
       "great value for a premium car, don't you think?"),
     c("That's far above what I planned. I was thinking four thousand, tops.", "no_money"),
     t("Sure, but you'd agree it's worth stretching a little for safety, wouldn't you? You wouldn't want to "
       "regret going cheap, would you?"),
     c("I think I'll look at a few other places. Thanks.", "brush_off")]))

# 6. putdown_question
o = c("Hi, um, I've had a letter from HMRC saying I owe a penalty for a late return, and I'm pretty sure I sent "
      "it. My pal said you do this sort of thing?", None)
PAIRS.append(gpair(
    "b71g_glasgow_tax_penalty", "Accountancy practice, Glasgow (Scotland)", "putdown_question",
    "A self-employed joiner has a late-filing penalty for a return he believes he submitted online.",
    [o,
     t("We do, yes. Letters like that are stressful; let's look at it together. What does it say exactly, which "
       "tax year and how much?"),
     c("2022 to 23. A hundred pounds, and more if I don't pay in thirty days. I did it online in January, I "
       "remember sitting up till midnight.", None),
     t("So you filed online one night in January and they say it never arrived. Do you still have the "
       "confirmation email or a reference number?"),
     c("Maybe? I delete a lot of stuff. I'm a joiner, I'm no great with computers.", None),
     t("That's fine. If you sign in with us, we can see in your HMRC account whether a submission is recorded. "
       "If it is, we appeal; if not, we look at whether you had a reasonable excuse."),
     c("What would that cost me, though? I'm no paying more than the fine to fix the fine.", "too_expensive"),
     t("Fair worry. The check is free. If an appeal is worth making, it's a fixed 60 pounds, and I'll tell you "
       "honestly if it isn't. Could you come in one morning with your Government Gateway login?"),
     c("Thursday, but it'd need to be before eight, I'm on a job at nine.", None),
     t("Half seven on Thursday. Bring the letter and your phone, in case it sends you a code.")],
    [o,
     t("Right, let's get to the bottom of it. So, honestly, are you sure you actually submitted it, or did you "
       "just start it?"),
     c("I'm sure. I sat up till midnight doing it.", None),
     t("Okay. And what makes you so sure, when HMRC's records are usually spot on? Could it be you didn't press "
       "the final button? A lot of people don't read the screen properly."),
     c("I'm not stupid, I pressed the button.", None),
     t("Nobody's saying that. Help me understand, though: why didn't you keep the confirmation, when it's that "
       "important?"),
     c("I don't know. I delete emails. Look, can you help or not?", None),
     t("We can. But you do see how leaving it till January and deleting things put you here, don't you? Our "
       "full self-assessment service is 450 a year, so it doesn't happen again."),
     c("Four hundred and fifty? Over a hundred-pound fine? No chance.", "too_expensive"),
     t("Well, what would you rather do, keep paying penalties every year?"),
     c("I'll phone HMRC myself. Cheers.", None)]))

# 7. not_my_department_or_read_the_terms
o = c("Good afternoon. My mother, Ingrid Solberg, is in room 14. We received a letter that the monthly fee rises "
      "by eleven percent from March. I would like to understand why, and whether it is final.", None)
PAIRS.append(gpair(
    "b71g_bergen_care_home_fees", "Private care home, Bergen (Norway)", "not_my_department_or_read_the_terms",
    "A daughter who shares her mother's fees with her brother asks the manager about a steep rise.",
    [o,
     t("Good afternoon, Ms Solberg. Is it mainly the size of the rise that concerns you, or the "
       "short notice?"),
     c("Both, honestly. Six weeks' notice. My brother and I share the cost; it is about 4,000 kroner more each "
       "month for us.", None),
     t("So you and your brother split it, and 4,000 more at six weeks' notice is hard to plan for. The rise "
       "comes mainly from the new staffing agreement and energy; the letter should have said so. Whether it's "
       "final is the director's call, and I'll ask her to meet you. Does the municipality "
       "contribute to your mother's place at present?"),
     c("No. We never applied, we thought she would not qualify.", None),
     t("It may be worth checking; they look at her own pension and income, not yours. Our social worker can "
       "help with the form. Shall I set up one meeting with the director and the social worker "
       "together next week?"),
     c("Yes. Tuesday or Wednesday afternoon. My brother will join by phone.", None),
     t("Wednesday at two, then. I'll send you the cost breakdown beforehand so you both have it in front of you.")],
    [o,
     t("Good afternoon, and thank you for sharing that. I completely understand your concern. The fees aren't "
       "really my department, I'm afraid, that's head office in Oslo."),
     c("But you are the manager here. Can you not at least tell me what it is based on?", None),
     t("I hear you. What I can say is that it's covered in section 9 of the residence agreement signed on "
       "admission. Have you had a chance to read the terms?"),
     c("I read the agreement two years ago. It does not say eleven percent.", None),
     t("It says fees may be adjusted annually. I know it's frustrating, but I didn't make the rules, I run the "
       "floor. How would you describe your overall experience with us otherwise?"),
     c("The care is good. That is not the point. We simply cannot find 4,000 more every month.", "no_money"),
     t("I understand, and your feedback really matters. Financial support would be a question for the "
       "municipality, not us; there's a form on their website. Anything else I can help you with today?"),
     c("Give me the email address of head office, then. I will write to them myself.", None)]))

# 8. social_proof_or_deadline_pressure
o = c("Good morning. I'm responsible for purchasing at Brenner Anlagenbau. We're reviewing our supplier of "
      "stainless fasteners, A4, mainly M8 to M16. I'd like to understand your lead times first, price second.", None)
PAIRS.append(gpair(
    "b71g_stuttgart_fastener_supply", "Industrial fastener distributor, Stuttgart (Germany)",
    "social_proof_or_deadline_pressure",
    "The purchasing manager of a machine builder whose assembly line has stopped twice waiting for bolts.",
    [o,
     t("Good morning, Frau Keller. Lead times first makes sense. What do you get from your current supplier, "
       "and where does it hurt?"),
     c("They quote ten working days. In reality it is often three weeks, and twice this year our assembly "
       "stopped waiting for M12 bolts.", None),
     t("So it's unreliable delivery on a few sizes that stop the line, more than the standard lead time. Which "
       "sizes, and about how many a month?"),
     c("M12 and M16, perhaps 8,000 pieces a month together. The rest we can plan.", None),
     t("For those two we could hold consignment stock in your store: a set quantity, you pay as you take. Stock "
       "items otherwise ship in two days. To size it I'd need your last twelve months' usage."),
     c("Consignment sounds interesting. But our last supplier promised the same and it fell apart after three "
       "months.", "bad_experience"),
     t("That's worth knowing. What went wrong with it, exactly?"),
     c("Nobody counted. They refilled when they remembered.", None),
     t("Then we'd write a weekly count and a refill level into the agreement, with a three-month trial you can "
       "end at any time. If you send the usage data, you'll have a proposal within a week."),
     c("I can send it Friday. The proposal I will need to show our head of production.", "think_it_over")],
    [o,
     t("Good morning, Frau Keller, and thank you, that's a great place to start. What's your biggest challenge "
       "with your current supplier?"),
     c("Delivery. Ten days promised, three weeks in reality. Twice our line stopped waiting for M12.", None),
     t("I hear you. Honestly, that's exactly why most machine builders in the region have already moved to us; "
       "Kessler and Hahn both switched last quarter. You wouldn't want to be the last one on the old system."),
     c("What other companies do is not my concern. What lead time can you commit to on M12 and M16?", None),
     t("Two days on stock items. And the good news: our spring prices are ten percent lower, but only for "
       "contracts signed by this Friday. After that the new steel surcharge applies."),
     c("I cannot sign a frame contract by Friday. It needs approval from production and finance.", "think_it_over"),
     t("Understood. Several clients felt the same and regretted it when the surcharge landed. Could you get a "
       "quick verbal OK from production today?"),
     c("No. And our last supplier also started with a very attractive price. It did not end well.",
       "bad_experience"),
     t("Totally fair. Tell you what: I can hold the price until Monday, just for you, but there are only two "
       "consignment slots left this year."),
     c("Send me a written offer without a deadline. I will look at it next to the others.", "think_it_over")]))

# 9. keyword_stuffed
o = c("Hello. My wife and I own a terraced house in Valby. We want to make a room in the attic for our son, and "
      "we have no idea where to start, or what it costs.", None)
PAIRS.append(gpair(
    "b71g_copenhagen_attic_room", "Architecture practice, Copenhagen (Denmark)", "keyword_stuffed",
    "A father asks an architect whether a low attic can become a bedroom for his teenage son.",
    [o,
     t("Hello, thanks for getting in touch. Attic rooms are common in Valby houses. What's there now: is the "
       "attic used at all, and how high is it at the highest point?"),
     c("It's storage. I can stand up in the middle, I'm 1.80, but only just. One small window at the end.", None),
     t("So headroom is tight and light is limited, and those two decide what's possible. Is the room meant for "
       "sleeping only, or studying too?"),
     c("He's fourteen. Bed and desk. He'd like some space away from his little sisters.", None),
     t("Understood. The usual options are roof windows, which are simpler, or a dormer, which gives more "
       "headroom but needs a permit and has to fit the rules for your row. Do you know if there's a local plan?"),
     c("No idea. Is that something you check?", None),
     t("Yes. I'd suggest a first visit: I measure, check the local plan and tell you which option is realistic, "
       "with a rough price range. The visit is a fixed 3,500 kroner, deducted if you go on with us."),
     c("3,500 just to look. Hm. Let me talk to my wife first, we'll get back to you.", "think_it_over"),
     t("Of course. I'll email what the visit covers, with photos of two similar attics nearby, to show her.")],
    [o,
     t("Hello, and thank you for reaching out. Before anything, I really want to understand your needs and your "
       "vision, because for us every project is a relationship and a shared journey towards success."),
     c("Okay. Well, the need is a room for our son in the attic.", None),
     t("Wonderful. So I'm hearing that the experience of home matters deeply to you and your family's needs "
       "are evolving. How do you feel about that?"),
     c("How do I feel? Fine. I mostly want to know if it can be done and what it costs.", None),
     t("Absolutely, and that's a really valid need. Cost is part of the whole experience. Our process is built "
       "on understanding, trust and partnership, so that together we create a space that feels right for you."),
     c("But is it possible? The attic is low, I can only just stand up.", None),
     t("I truly hear you, and I appreciate your openness. Every attic has potential when the relationship is "
       "right. How satisfied are you with your current living experience, on a scale of one to ten?"),
     c("Sorry, this isn't getting me anywhere. I'll ask another firm.", None),
     t("I completely understand, and I value our connection. May I send you our brochure on our philosophy and "
       "client experience?"),
     c("If it has prices in it.", None)]))

# 10. rude
o = c("Sorry, hello, I hope this isn't a silly question. I'm looking for a poetry book my father used to have, by "
      "Paul Snoek. I think it's out of print?", None)
PAIRS.append(gpair(
    "b71g_antwerp_out_of_print", "Independent bookshop, Antwerp (Belgium)", "rude",
    "A shy student wants to find an out-of-print poetry collection as a present for her father's eightieth.",
    [o,
     t("Not silly at all, that's what we're here for. Do you remember the title, or anything about it: the cover, "
       "roughly when it came out?"),
     c("I don't know the title. It was thin, a green cover, maybe from the sixties. He lost it when they moved.",
       None),
     t("Thin, green, sixties: that could be one of a few early collections. Is it meant as a present for him?"),
     c("For his eightieth, in May. I can't spend a fortune though, I'm a student.", None),
     t("May gives us time. I can search the second-hand dealers' network: a good first edition can be 40 to 80 "
       "euros, a reading copy often 15 to 25. Could you quietly ask your mother if she remembers the title?"),
     c("I can ask her. Can I leave my number in the meantime?", None),
     t("Of course. I'll note Snoek, green cover, sixties, under 25 euros, and call you when I find candidates. "
       "The search costs nothing."),
     c("Thank you, really.", None)],
    [o,
     t("Snoek. Right. Title?"),
     c("I don't know the title, sorry. It was thin, green cover. Sixties maybe.", None),
     t("A green book from the sixties. Well, that narrows it down to half the shop. Do you know how many "
       "collections he wrote?"),
     c("No... sorry. It's for my father's birthday.", None),
     t("Lovely. Look, we're not a detective agency. If you don't know the title, what exactly do you expect me "
       "to do? Out-of-print stuff costs a fortune anyway."),
     c("How much, roughly? I'm a student, I really can't pay a fortune.", "no_money"),
     t("Then buy him something new. Poetry is over there. Anything else?"),
     c("No. Forget it, I'll try somewhere else.", None)]))
