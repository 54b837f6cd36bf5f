"""Gaming pairs, part C: ignored_customer, repeated_questions, wrong_paraphrase, pitch_to_upset,
blame (two each). Written by hand for blind60."""
from common import c, gpair, t

PAIRS = []

# 21 ------------------------------------------------------------------------
o = c("Afternoon. I've got a 28-foot sailing yacht on a mooring here, and I want to look at having her lifted out for "
      "the winter. Last time I did that, years ago at another yard, they cracked the hull with the slings, so I'm a bit "
      "twitchy.", "bad_experience")
PAIRS.append(gpair(
    "b60g_marina_winter_liftout", "marina boatyard", "ignored_customer",
    "A retired yachtsman asks about winter lift-out after a previous yard damaged his hull.",
    [o,
     t("That's a rotten experience with a boat you care about. What happened exactly, was it where the slings went, or "
       "the cradle afterwards?"),
     c("Slings. They put one right over the log transducer and cracked the housing round it. Took them four months to "
       "admit it.", None),
     t("So you'd want to know where the slings go on your boat, and to have someone there who knows it. We mark sling "
       "points from the builder's drawings, and owners are welcome on the quay for the lift. Do you have the drawings?"),
     c("I've got them at home. And I'll be there, definitely. How much for the winter, October to April?", None),
     t("For 28 feet, lift-out, pressure wash and hard standing to April is 1,620. Bring the drawings the week before and "
       "we'll mark the sling points together."),
     c("That's more than the yard up the river. About two hundred more.", "too_expensive"),
     t("It probably is. The difference is the lift with you present and the marked points, and our insurance covers "
       "damage during lifts, which theirs may or may not; worth asking them. Shall I pencil you in for the first "
       "October spring tide, and you confirm once you've compared?"),
     c("Pencil me in. I'll ring the other lot about their insurance.", "think_it_over")],
    [o,
     t("Welcome! Great to hear from you. What's most important to you in a winter storage partner?"),
     c("That they don't crack my hull. The last yard put a sling right over the transducer.", None),
     t("Wonderful. So we offer lift-out, wash and hard standing, and you can add antifouling and a full valet. What size "
       "is she?"),
     c("Twenty-eight foot. But how do you decide where the slings go? That's really what I'm worried about.", None),
     t("Great question. The winter package is 1,620, or 2,100 with antifouling. Most owners go for the antifouling. And "
       "how did you hear about us?"),
     c("You're not listening. Can I be there for the lift?", None),
     t("Absolutely, thanks for sharing. So I'll put you down for the package with antifouling, the lift team will sort "
       "everything, they're very experienced. Anything else I can help with?"),
     c("Yes, an answer. Forget it, I'll leave her on the mooring and take my chances.", None)]))

# 22 ------------------------------------------------------------------------
o = c("Hello, I'm flying to Melbourne in three weeks to see my grandson, and my doctor said to get some of those flight "
      "socks. Which ones do I want?", None)
PAIRS.append(gpair(
    "b60g_pharmacy_flight_stockings", "community pharmacy", "ignored_customer",
    "An older woman with a past blood clot asks a pharmacy for flight socks before a long-haul trip.",
    [o,
     t("How lovely, a long trip. Before I pick any, can I ask a couple of things? Are you on regular medicines, and have "
       "you ever had a clot or circulation problems in your legs?"),
     c("I'm on warfarin, I had a clot in my leg about four years ago. And my ankles swell a lot anyway.", None),
     t("Thank you, that's important. With a past clot and warfarin, off-the-shelf flight socks may not be enough; some "
       "people need a measured class 2 stocking. Did your doctor say which class?"),
     c("He just said flight socks. And I haven't got time to go back to the surgery before I fly, it's three weeks' "
       "wait to see anyone.", "no_time"),
     t("Understood. I can measure your legs here, ten minutes, and ring the surgery to ask whether he wants class 1 or "
       "class 2, so you don't need to go in. Would that help?"),
     c("Oh, yes. Do I have to pay for the measured ones?", None),
     t("If he prescribes them, they're free for you, you're over 60. If it's the shelf ones, 14.99. I'll know by "
       "tomorrow and ring you."),
     c("That's very kind. Tomorrow's fine, I'll be in all day.", None)],
    [o,
     t("How exciting, Melbourne! Can you tell me about your health and any medication?"),
     c("I'm on warfarin, and I had a clot in my leg four years ago. Ankles swell too.", None),
     t("Perfect, thank you. These are our best sellers, the travel socks in black or navy, 14.99. We also do a travel "
       "kit with a neck pillow and eye mask for 24.99, would you like that as well?"),
     c("But are these alright with the clot? The doctor didn't say which kind.", None),
     t("They're very popular! Lots of customers take them on long flights. Small, medium or large?"),
     c("I don't know my size. Shouldn't somebody measure me? I'm worried about another clot.", None),
     t("Medium is usually fine. So that's the navy medium and the travel kit, 39.98. Is there anything else I can help "
       "you with?"),
     c("Just the socks. I don't need a pillow. I'll get my daughter to ring the doctor, I suppose.", "no_need")]))

# 23 ------------------------------------------------------------------------
o = c("Evening. Reservation under Okafor. I booked a compact online. Flight was delayed four hours, I need to get to "
      "Leeds tonight.", None)
PAIRS.append(gpair(
    "b60g_airport_carhire_late_arrival", "airport car rental desk", "repeated_questions",
    "A tired business traveller reaches the rental desk four hours late and needs to drive to Leeds.",
    [o,
     t("Evening, Mr Okafor, sorry about the delay. Your compact was due at five but it's still held for you. Could I "
       "have your licence and the card you booked with?"),
     c("Here. Same card.", None),
     t("Thanks. The booking includes basic cover with a 1,200 excess. Some people add the excess waiver at 18 a day, but "
       "if your card or company travel policy covers rental excess, you don't need it. Do you know if yours does?"),
     c("Company covers it. I don't need extras.", "no_need"),
     t("Then I'll leave it off. Leeds is about two and a half hours; the car's full and goes back full. Returning here on "
       "Friday?"),
     c("Friday afternoon. Is there any way to drop it at Leeds instead? I might get the train back.", None),
     t("One-way to Leeds is possible, 45 extra. You can decide on Friday: ring this number before noon and we'll switch "
       "it, no charge unless you use it."),
     c("Good. Keys?", None),
     t("Bay 14, silver Corsa. Drive safe.")],
    [o,
     t("Good evening! What brings you to our desk tonight?"),
     c("I just said. Reservation, Okafor, compact. I need to get to Leeds.", None),
     t("Lovely. And what will you be using the car for on this trip?"),
     c("Driving to Leeds. Tonight. I'm four hours late already.", None),
     t("Absolutely. Just so I understand your needs, where are you planning to drive?"),
     c("Leeds. Still Leeds. Can I have the keys, please.", None),
     t("Of course. And so I can find the right protection for you, what kind of journey are you expecting tonight?"),
     c("A long one, at this rate. I don't want any extras, my company covers the excess.", "no_need"),
     t("I understand. So can I ask, what's most important to you about your rental experience tonight?"),
     c("Speed. Keys. Now. Or get me your manager.", None)]))

# 24 ------------------------------------------------------------------------
o = c("Hello, I own a 22-room boutique hotel. Our laundry company closes end of next month and I need a new one for "
      "sheets and towels. Quickly.", None)
PAIRS.append(gpair(
    "b60g_hotel_linen_laundry", "commercial linen laundry service", "repeated_questions",
    "A boutique hotel owner needs a new laundry contractor at short notice.",
    [o,
     t("Sorry to hear that, it's short notice. How many changes a week do you do now, and do you own the linen or rent "
       "it from them?"),
     c("We own it, good Egyptian cotton, we chose it ourselves. Maybe 120 sheet sets and 300 towels a week, more in "
       "summer.", None),
     t("You own good cotton, so you'd want wash-and-press rather than linen hire, and careful handling. How often do you "
       "need pickups, and what went well or badly with the current laundry?"),
     c("Three times a week. They were good, honestly, only a few stains came back. Their price was 0.95 per set.", None),
     t("So three pickups, around 120 sets and 300 towels, wash-and-press on your own linen, and the bar is what you had "
       "at 0.95 a set. We're 1.05 a set and 0.40 a towel, three pickups included, and we pre-treat stains, which is "
       "where cheaper laundries save money and you lose linen. I could do a trial week at 0.95 so you see the quality "
       "first."),
     c("A trial week is good. But 1.05 after, that is high for us.", "too_expensive"),
     t("Fair. Let's start the trial the week after next so it overlaps with your current laundry, and we talk price "
       "after you've seen the results. I'll send a one-page agreement with the trial price and no obligation after."),
     c("Good. Send it to the reception email.", None)],
    [o,
     t("Hello! Thanks for calling. Tell me, what are your laundry needs?"),
     c("Sheets and towels, 22 rooms. About 120 sets and 300 towels a week. We own the linen.", None),
     t("Great. And roughly what volume are you looking at each week?"),
     c("I just said. 120 sets, 300 towels.", None),
     t("Perfect, thank you. And so I can understand your needs better, how much linen goes through the hotel weekly?"),
     c("The same. 120. 300. Do you also have someone who listens?", None),
     t("Of course, sorry! Do you currently own your linen, or would you be interested in our rental programme?"),
     c("We own it. Egyptian cotton. I said this also. I don't want rental.", "no_need"),
     t("Understood. Just to make sure I've got everything, what kind of linen service are you looking for today?"),
     c("I have no time for this. Email me your prices and I look when I can.", "brush_off")]))

# 25 ------------------------------------------------------------------------
o = c("Yeah, hi. My back's been killing me in the mornings. My wife says it's the mattress. It's about twelve years old. "
      "I don't know if it is, to be honest.", None)
PAIRS.append(gpair(
    "b60g_mattressshop_morning_back", "mattress shop", "wrong_paraphrase",
    "A man with morning back stiffness comes in, unsure whether his old mattress is to blame.",
    [o,
     t("Twelve years is a good innings for a mattress. When you say killing you, is it stiff when you get up and eases "
       "off, or does it hurt all day?"),
     c("Stiff when I get up, lower back. Eases off after a shower, half an hour or so. Been like that six months maybe.",
       None),
     t("Stiff on waking and wearing off is often a sagging mattress, though if it doesn't change it's worth seeing your "
       "GP. Is there a dip in the mattress? And do you sleep on your back or your side?"),
     c("Side, mostly. And yes, there's a dip on my side. She says I snore more too.", None),
     t("So a dip on your side, a side sleeper, lower back stiff in the mornings. Side sleepers usually do best on a "
       "medium-firm with some give at the hip. Lie on these two for a few minutes each, on your side, and see which lets "
       "your hip sink in without your back bending."),
     c("This one. The other one's like a plank. How much?", None),
     t("That's 899 in king size. There's a 100-night trial, so if your back's no better in a couple of months, you can "
       "swap it."),
     c("Nine hundred... more than I wanted. I'll bring the wife in at the weekend, she'll want to lie on it too.",
       "think_it_over")],
    [o,
     t("Hi! So tell me, what's going on with your sleep?"),
     c("Back's stiff in the mornings. Mattress is twelve years old. Might be that, might not.", None),
     t("So what I'm hearing is you're waking several times a night with sharp pain, and you've decided it's time for a "
       "full upgrade, is that right?"),
     c("No, I didn't say that. Stiff in the morning. Goes off after a shower.", None),
     t("Got it, so you and your wife both want a firmer bed and you're looking at the orthopaedic range, correct? This "
       "is our Ortho Max, the firmest we do."),
     c("I sleep on my side. And I never said firmer. That thing's like a plank.", None),
     t("Absolutely, so just to play it back, you want the firm support of the Ortho Max plus the electric adjustable "
       "base, for your back. Did I understand you correctly? That's 2,340 together."),
     c("You didn't understand a word. I'm not spending two grand on stuff I never asked for.", "no_need"),
     t("No problem. So you'd like to think about the Ortho Max and come back, is that what you're saying?"),
     c("I'm saying I'm going somewhere else.", None)]))

# 26 ------------------------------------------------------------------------
o = c("Good morning. I'm a partner at a four-solicitor firm. Our IT man retires in June. I don't want a big contract, I "
      "want someone who picks up the phone when the printer stops, and makes sure we're not hacked.", None)
PAIRS.append(gpair(
    "b60g_lawfirm_it_support", "IT managed-services provider", "wrong_paraphrase",
    "A partner at a small law firm looks for IT support to replace a retiring one-man IT contractor.",
    [o,
     t("Good morning. That's clear: someone reliable when things break, and security. How many people in the office "
       "altogether, and what does your IT man do for you in a typical month?"),
     c("Nine including staff. He comes Tuesday afternoons, fixes whatever's broken, does the backups. I've no idea what "
       "the backups are, to be frank.", None),
     t("So half a day a week of hands-on fixes, plus backups nobody else understands. That second part is what I'd look "
       "at first, because for a law firm, client files and backups are what regulators and insurers care about. Do you "
       "have cyber insurance, and did it ask for anything like two-factor logins?"),
     c("We have it. There was a questionnaire at renewal and I ticked boxes I didn't understand.", None),
     t("More common than you'd think. Our small-office plan is 55 per user a month, so about 495 for nine: unlimited "
       "phone support, on-site when needed, backups tested monthly. Before any of that, I'd do a half-day audit with "
       "your IT man before he retires, so what he knows doesn't walk out with him. The audit is 350, one-off."),
     c("Four hundred and ninety-five a month. He costs us about three hundred. That's quite a jump.", "too_expensive"),
     t("It is. Part of it is that he's one person; if he's ill, nobody's there. But the audit will tell you what you "
       "actually need, and if it's less, I'll say so. Would you start with the audit only and decide on support after?"),
     c("The audit I can agree to. The monthly I'll have to put to my partners.", "think_it_over")],
    [o,
     t("Good morning! So tell me about your IT journey so far."),
     c("One man, Tuesday afternoons, retiring in June. I want phone support and not to be hacked. Nothing grand.", None),
     t("So what I'm hearing is you're looking to move the whole firm to the cloud and replace all your hardware before "
       "June, is that right?"),
     c("I said nothing of the sort. The computers are fine.", None),
     t("Understood, so you want a fully outsourced IT department with a dedicated on-site engineer, that's what you're "
       "telling me? Our Enterprise Legal plan does exactly that."),
     c("A dedicated engineer for nine people? No. I said phone support.", "no_need"),
     t("Perfect, so to confirm, you're happy to go ahead with Enterprise Legal at 1,450 a month from June. Did I capture "
       "that correctly?"),
     c("You did not. Send me a proposal for what I actually asked for, and I'll compare it with the others.",
       "think_it_over")]))

# 27 ------------------------------------------------------------------------
o = c("Hi, sorry. My nan died on Sunday and the funeral's next Friday. I've never organised flowers for a... for "
      "anything like this. I don't really know what I'm meant to ask for.", None)
PAIRS.append(gpair(
    "b60g_florist_nan_funeral", "florist", "pitch_to_upset",
    "A grieving student comes into a florist to order flowers for her grandmother's funeral.",
    [o,
     t("I'm so sorry about your nan. You don't need to know what to ask for, that's my job. Can you tell me a little "
       "about her? Was there a flower she loved, or a colour?"),
     c("She grew sweet peas. Every summer, all along the fence. And she loved yellow. Sorry.", None),
     t("Don't apologise. Sweet peas along the fence, and yellow. They're out of season now, but I can ask a grower for "
       "a few, and yellow roses with freesias smell a bit like them. Are these from you, or from the whole family? Is "
       "someone doing the coffin flowers?"),
     c("My mum's doing the coffin one through the funeral director. This is just from me and my brother. I'm a student, "
       "so, not a lot. Forty pounds maybe?", None),
     t("Forty makes a lovely tied posy. Yellow roses and freesias, and if the grower has sweet peas I'll tuck a few in. "
       "I'll deliver to the funeral director on Thursday so you don't have to carry anything. Would you like to write a "
       "card now, or later?"),
     c("Can I do it later? I don't know what to write yet.", None),
     t("Of course. Email it any time before Wednesday, even one line is enough. I'll ring you Wednesday about the sweet "
       "peas."),
     c("Thank you. Really. That's one less thing.", None)],
    [o,
     t("I'm so sorry for your loss, and thank you for sharing. How are you feeling about the arrangements? Most families "
       "go for our Eternal Tribute collection: coffin spray, wreath, and the letters spelling NAN, from 495."),
     c("Oh. No, my mum's doing the coffin one. I just wanted something from me and my brother.", None),
     t("I completely understand. A lot of grandchildren do the letters, they're very popular and really make a "
       "statement. And we can add a keepsake frame of the flowers, dried and pressed, for 85."),
     c("I'm a student. I can't do any of that. I've got forty, maybe.", "no_money"),
     t("I hear you, and it's about honouring her, isn't it? We do a payment plan. And have you thought about a "
       "remembrance planting package for the garden? What would she have wanted?"),
     c("She'd have wanted sweet peas. You haven't even asked. I'm going to go.", None)]))

# 28 ------------------------------------------------------------------------
o = c("Your lot moved us on Saturday and they've smashed the glass front of my grandmother's cabinet, and a leg's "
      "snapped. It's the only thing I have of hers. I'm livid.", None)
PAIRS.append(gpair(
    "b60g_removals_broken_heirloom", "removals company", "pitch_to_upset",
    "A customer phones, furious, after movers broke an inherited cabinet.",
    [o,
     t("I'm really sorry. That's not just a piece of furniture, and I understand why you're livid. Can you tell me "
       "exactly what's damaged, and did the crew say anything at the time?"),
     c("Glass door's shattered, one back leg snapped clean off. They just said 'it was like that'. It was NOT like "
       "that.", None),
     t("So two things: the cabinet's broken, and the crew told you it was already damaged, which made it worse. I've "
       "got your file; the crew's pick-up inventory lists the cabinet as good condition, no damage, so there's no dispute "
       "from us that it happened in transit. Have you got photos?"),
     c("Yes, on my phone. Loads.", None),
     t("Good, email them to me directly. Our cover pays for restoration by a specialist, not just a cheque for the "
       "value, and I'd rather a restorer fixed it than we argued about its price. Our restorer will call you by "
       "Wednesday to arrange a look, and I'll speak to the crew leader about what was said."),
     c("A restorer. Right. How do I know they won't make it worse? After my car crash the insurers sent a cowboy.",
       "bad_experience"),
     t("Fair question. You can choose your own restorer and send us the quote, or meet ours first and see their "
       "previous work. Either way, you decide before anyone touches it."),
     c("I'll meet yours first. Wednesday. And I want that crew leader spoken to.", None)],
    [o,
     t("I'm so sorry to hear that, I can hear how upset you are, thank you for sharing. Can I ask, did you take out our "
       "Premium Protection cover when you booked?"),
     c("No. Nobody offered it. They broke it, they pay for it.", None),
     t("I understand. Standard cover is 10 per kilo, so that cabinet would be around 300 at most. But the good news is, "
       "for future moves we can add Premium Protection, and our storage service for the rest of your antiques is 15% off "
       "for existing customers."),
     c("Are you actually trying to sell me something right now? My grandmother's cabinet is in pieces.", None),
     t("I hear you. It's about peace of mind going forward. We also partner with a restorer who does a polish-and-protect "
       "package for your other pieces. What would make this right for you?"),
     c("A manager. Now. And I'm going to the ombudsman.", None)]))

# 29 ------------------------------------------------------------------------
o = c("hi my water bill this quarter is 640, its usually about 110. theres two of us in a flat. something is very "
      "wrong", None)
PAIRS.append(gpair(
    "b60g_waterutility_bill_spike", "regional water company (billing chat)", "blame",
    "A night-shift worker messages the water company about a bill six times the usual amount.",
    [o,
     t("Hi, that's a huge jump, let's find out why. Was this bill from an actual meter reading or an estimate? It says "
       "next to the reading on the bill."),
     c("it says actual reading. and we havent done anything different, no pool lol", None),
     t("An actual reading six times normal, with the same two people and nothing changed, usually means a leak. Do you "
       "know where your meter is, and could you check it with all taps off for 30 minutes?"),
     c("its in the pavement outside. i work nights so i can do it this afternoon", None),
     t("Great. Note the reading, use no water for half an hour, and read it again. If it moves, there's a leak. If it's "
       "on the supply pipe outside, we usually repair it free and give a leak allowance, refunding most of the extra. If "
       "it's inside, like a running toilet, we can still give a one-off allowance once it's fixed."),
     c("ok. and in the meantime do i have to pay 640, i really cant right now", "no_money"),
     t("No. I'll put the bill on hold for 28 days while we look into it, so nothing's due. Message me the two readings "
       "here this afternoon, and I'll book a leak check if it's moving."),
     c("ok thanks, will send them around 4", None)],
    [o,
     t("Hi! Thanks for reaching out. Can you tell me about your water usage habits?"),
     c("normal. showers, washing machine, dishes. two people. nothing changed", None),
     t("I understand. The reading's an actual one, so the meter's right. Usually when this happens it's because "
       "customers leave taps running or take long showers without realising. How long are your showers, honestly?"),
     c("like 10 mins. thats not 500 quid of water", None),
     t("So what I'm hearing is you feel the bill's wrong. But if there is a leak, pipes on your side of the boundary are "
       "your responsibility; you really should have been checking your meter. How often do you read it?"),
     c("never, nobody told me to. so its my fault now", None),
     t("Not fault exactly, but it is your responsibility. I can set up a payment plan for the 640 over six months. Does "
       "that work for you?"),
     c("no i cant afford that either. im complaining to the regulator", "no_money")]))

# 30 ------------------------------------------------------------------------
o = c("I picked my laptop up from you on Tuesday after the keyboard replacement. Yesterday I opened it and there's a "
      "crack right across the bottom of the screen. It wasn't there before.", None)
PAIRS.append(gpair(
    "b60g_laptoprepair_cracked_screen", "independent laptop repair shop", "blame",
    "A graphic designer returns to a repair shop after finding a cracked screen a day after a keyboard repair.",
    [o,
     t("That's not what you should get back after a repair, I'm sorry. Can I see it? And did you open it here when you "
       "collected it, or at home?"),
     c("At home. I was in a rush. Opened it that evening and it was fine, I think, and yesterday morning there's this "
       "crack.", None),
     t("Okay, fine Tuesday night, cracked Wednesday morning. On a keyboard job we loosen the hinges; if one was "
       "tightened unevenly, it can stress the screen when it's opened. The crack starts by the left hinge, which fits "
       "that. Can I check the hinge now?"),
     c("Go ahead. I need this for work though, I'm a designer, I can't be without it for another week.", "no_time"),
     t("Understood. The left hinge screw is loose, so this one's on us. I'll order the screen today at our cost, usually "
       "two working days, and meanwhile lend you a loaner laptop; not as powerful as yours, but it'll run email and your "
       "cloud apps."),
     c("Two days, and a loaner. That's fair. Can you check nothing else got damaged while you're in there?", None),
     t("Yes, I'll run a full check and send you photos of the hinge before we close it up. I'll message you the moment "
       "it's ready."),
     c("Okay. Thanks for not making me fight about it.", None)],
    [o,
     t("I'm sorry to hear that. Can you walk me through your experience since you collected it? Did you by any chance "
       "put it in a bag with other things?"),
     c("In my laptop bag. On its own. Like always.", None),
     t("Okay. So what I'm hearing is it was fine when you left. Screens don't just crack on their own, it usually means "
       "pressure, closing it on a pen, sitting on the bag. Could that have happened?"),
     c("No. I didn't sit on it. It was fine before you had it.", None),
     t("I understand how you feel. But you did sign the collection form saying it was in good condition, so it left here "
       "fine. A new screen is 240; I can do 210 as a goodwill gesture. Does that sound fair?"),
     c("Fair? You want me to pay you to fix what you broke? No way.", None),
     t("I hear your frustration. Maybe next time check the device at the counter before signing. Is there anything else "
       "I can help with?"),
     c("I'm taking it to trading standards and leaving a review.", None)]))
