"""blind174 gaming pairs B (kinds 6-10), hand-written."""
from common import c, t, gpair

P = PAIRS = []

o = c("My daughter's wedding, Saturday. Your evening buffet ran out by half eight. Half the guests got nothing. I'm furious.", None)
P.append(gpair(
    "b174g_kent_caterer_buffet_ran_out", "wedding caterer (UK)", "putdown_question",
    "The bride's father phones a Kent caterer about the buffet.",
    [o,
     t("I'm really sorry, that shouldn't happen. Can you tell me what happened, and which venue?"),
     c("Hartley Hall. We paid for a hundred and forty. By half eight there was bread and coleslaw. My wife was mortified.", None),
     t("So you paid for 140 and got bread and coleslaw, in front of family. I'll pull the order today and ring you by Thursday noon with answers and a refund offer."),
     c("And if it shows you sent the right amount? I'm not letting this go.", None),
     t("Then I'll look at the serving, because running out by half eight is on us either way. Thursday noon."),
     c("Right. Thursday. I'll hold you to it.", None)],
    [o,
     t("Sorry to hear that. Aren't you overreacting a little, though? What exactly happened?"),
     c("Overreacting? Half the guests got nothing to eat!", None),
     t("I understand. But did you actually count them, or is this a feeling? Be honest, how many turned up?"),
     c("We paid for a hundred and forty. Are you calling me a liar?", None),
     t("Not at all. Did the guests maybe go back for thirds? What did your family do at the buffet, exactly?"),
     c("I want your manager. Now.", None)]))

o = c("Hi, I have an appointment at two? Danielle. I'll be honest, I've cried in two shops already. Nothing in sample sizes fits me.", None)
P.append(gpair(
    "b174g_atlanta_bridal_plus_size", "bridal shop (US)", "putdown_question",
    "A plus-size bride at an Atlanta boutique after two bad appointments.",
    [o,
     t("Welcome, Danielle. I'm sorry about the other shops. Our samples go up to a 30, so you'll try things on, not hold them up. What had you pictured?"),
     c("Sleeves. Lace maybe. And no more than about 1,500, my parents are giving us that and that's it.", None),
     t("Sleeves, lace, 1,500 all in. I'll pull four under 1,300 to leave room for alterations. No pressure. Okay?"),
     c("Yeah. Okay. That sounds really nice actually.", None),
     t("I'll bring the first one. If anything feels tight, that's the dress's fault, not yours."),
     c("Thank you. Really.", None)],
    [o,
     t("Hi Danielle! What size are you hoping to be by the wedding? Lots of brides set a goal, what's yours?"),
     c("I... I'm not trying to lose weight. I just want a dress that fits me now.", None),
     t("Of course! And do you really think lace sleeves are a good idea with your arms? What made you want them?"),
     c("Wow. Okay. That's exactly what the last shop did.", None),
     t("I'm just being realistic! So what's your budget, and are you sure it's enough for plus-size?"),
     c("I'm leaving. Don't bother pulling anything.", None)]))

o = c("Hi, our reception is with you on 9 August. We've just been told our DJ isn't on your approved list. Nobody said so when we signed. What now?", None)
P.append(gpair(
    "b174g_harrogate_hotel_dj_ban", "hotel wedding venue (UK)", "not_my_department_or_read_the_terms",
    "A couple email a Harrogate hotel: their own DJ is not on the approved list.",
    [o,
     t("Hi, sorry this came as a surprise. Who told you, and who's your DJ? I'd like to check what's actually blocking it."),
     c("The events office, yesterday. It's my cousin Jamal, he's insured and everything. We're not paying for another DJ, we can't.", "no_money"),
     t("Understood. The list is about insurance and electrical safety. If Jamal sends his insurance and PAT certificates, I'll take them to our events manager myself and answer by Friday."),
     c("Okay. That's fair. I'll get him to send them tonight.", None),
     t("Send them to me. If it's a no, I'll ring you, not email."),
     c("Thank you. That's the first helpful answer we've had.", None)],
    [o,
     t("I totally understand your frustration! Supplier approvals aren't my department, though, that's the events office."),
     c("The events office told me to email you.", None),
     t("I hear you. It is in section 14 of the terms you signed. Have you had a chance to read them?"),
     c("Nobody reads thirty pages of terms. Can you just help? We can't afford another DJ.", "no_money"),
     t("I really value our relationship. Unfortunately I didn't make the rules. Anything else I can help with today?"),
     c("Unbelievable. We'll be talking to a solicitor.", None)]))

o = c("Hi, my son's tux just arrived and the jacket is a 38. He ordered a 44. The wedding is Saturday, today's Thursday. What can you do?", None)
P.append(gpair(
    "b174g_ohio_tux_wrong_size", "tuxedo rental chain (US)", "not_my_department_or_read_the_terms",
    "The groom's mother phones a tux rental chain about a wrong-size jacket.",
    [o,
     t("Oh, that's stressful two days out, I'm sorry. Let me pull up the order. Last name or order number?"),
     c("Brennan. Order ends in 4471. I'm the one who paid, I just want it fixed.", None),
     t("The order says 44, so the warehouse packed it wrong, our mistake. Our Elmwood store has a 44. Can he get there before 7 tonight?"),
     c("He works till six and Elmwood's forty minutes away. Tonight won't happen. Tomorrow at nine?", "no_time"),
     t("Tomorrow at nine, held in his name, tailor on hand, and I'll refund the shipping. You'll get a text in ten minutes."),
     c("Thank you. Honestly I expected the runaround.", None)],
    [o,
     t("I totally understand how you feel. Unfortunately online orders are a different department, I only handle in-store rentals."),
     c("It's the same company. Can't you transfer me?", None),
     t("I hear you. Per our terms, sizing issues must be reported within 24 hours. Did you measure him yourselves?"),
     c("It came TODAY. We were measured in your store. The box says 38.", None),
     t("I didn't write the policy, ma'am, I just follow it. Is there anything else I can help you with?"),
     c("Yes. A manager's name. I'm done with this.", None)]))

o = c("Hi, we're just having a wander. Only got engaged at Christmas, no date yet, just seeing what's out there.", "brush_off")
P.append(gpair(
    "b174g_surrey_venue_open_day", "country house venue (UK)", "social_proof_or_deadline_pressure",
    "A newly engaged couple browse a Surrey venue's open day.",
    [o,
     t("Congratulations! No pressure, wandering's what open days are for. What have you liked or not liked so far?"),
     c("The last place was very... chandeliers. We're more pub garden people. No idea on budget yet.", None),
     t("Pub garden people, got it. Our orchard lawn is the relaxed side. Here's a price sheet; Fridays and Sundays are cheaper. No rush."),
     c("Thanks. We're seeing a few more places before anything.", "think_it_over"),
     t("Sensible. Leave an email only if you want a nudge once you've a date; otherwise enjoy the cake, it's good."),
     c("Ha, we'll find the cake. Go on, I'll write it down.", None)],
    [o,
     t("Congratulations! 2026 Saturdays are nearly gone; everyone engaged this winter has booked. Don't miss out!"),
     c("We don't even have a date. Or a budget. We're not ready for that.", "think_it_over"),
     t("That's why you'd secure one today! I can hold the open-day price until four, after that it's 15% more. Three couples booked in the last hour."),
     c("We honestly only came for a look round.", "brush_off"),
     t("I totally respect that! But your friends will all be booking soon, and the best dates go first. Shall I take a deposit to be safe?"),
     c("No. Come on, Tom, let's go.", None)]))

o = c("hi do you do tiny weddings. courthouse then dinner, 20 ppl, just a bouquet and some stuff for the table. budget like 400", None)
P.append(gpair(
    "b174g_nashville_florist_courthouse", "florist (US)", "social_proof_or_deadline_pressure",
    "Instagram DM to a Nashville florist from a bride with a small courthouse wedding.",
    [o,
     t("Hi! Yes, we love small ones, and 400 can work. What date, and is it one long table or a few round ones?"),
     c("march 8, one long table at a restaurant. im not a big flower person tbh, my sister says i need a bouquet", None),
     t("Nothing over the top then. A hand-tied bouquet (about 140) and a low greenery runner (about 220) is 360. Want 2 photos of similar setups?"),
     c("omg yes pls. if i hate it ill tell u lol", None),
     t("Please do! No deposit until you're happy with the look."),
     c("deal", None)],
    [o,
     t("Hi! Yes!! Just so you know we only have 2 spots left for spring and they're going fast. Every bride in Nashville is booking us!"),
     c("im not in a rush its 20 people", None),
     t("Most of our brides spend around 900, and if you book in 24 hours I'll take 10% off! You don't want to be the only bride with grocery store flowers lol"),
     c("900 is way over what i have. and grocery store flowers are fine for me tbh", "no_money"),
     t("Totally! But the 10% ends at midnight and my calendar is filling up. Send the invoice so you don't lose your spot?"),
     c("nah im good. ill get them from the farmers market", "no_need")]))

o = c("Hi, we're both junior doctors on mad shifts, wedding's in five months, we've booked the venue and nothing else. Do you do partial planning?", None)
P.append(gpair(
    "b174g_bath_planner_doctors", "wedding planner (UK)", "keyword_stuffed",
    "Two junior doctors phone a Bath planner, five months out.",
    [o,
     t("Yes, we do, and five months is doable. What's booked, and what's stressing you most?"),
     c("A hotel near Bath. The stress is suppliers: no time to ring round photographers between shifts.", None),
     t("So what you need is someone to find and book suppliers around your rotas. Does the hotel do the food?"),
     c("Yes. So it's photographer, flowers, band, someone on the day. We can't stretch far, mind.", None),
     t("Sourcing plus on-the-day coordination is 1,800. I'd send three options per supplier by WhatsApp so you can reply on a break. A 20-minute call on your next day off?"),
     c("Our next day off together is the 19th. That works.", None)],
    [o,
     t("Thank you for sharing. I really want to understand your needs and journey, because your experience matters. How do you feel about your journey so far?"),
     c("Er, stressed? We've got a venue and nothing else. Do you do partial planning?", None),
     t("I hear that you feel stressed, and I really understand. Our relationship-first approach builds a successful experience around your needs. What does success feel like?"),
     c("Success would be a photographer booked. What does it cost?", None),
     t("Great question. Investment is tailored to your needs and relationship goals, so understanding the full experience comes first. How do you feel about investing in success?"),
     c("I'm on a night shift in an hour and you've told me nothing. We'll find someone else.", None)]))

o = c("Hello. I'm the father of the bride and I'm paying your invoice. There's a 22% service charge on it nobody mentioned. What is that for?", None)
P.append(gpair(
    "b174g_boston_caterer_service_charge", "wedding caterer (US)", "keyword_stuffed",
    "The paying father of the bride emails a Boston caterer about a charge.",
    [o,
     t("Hello, thanks for asking. The 22% pays servers, bartenders and kitchen staff; it isn't a tip. It should have been on your quote. Which one were you given?"),
     c("The March one. 58 a head, 120 guests, nothing about a service charge. That's 1,500 I didn't budget for.", "no_money"),
     t("Found it. You're right, it wasn't shown, our mistake. I'm asking my manager to honour the March total; I'll confirm by email by Wednesday."),
     c("Well. I appreciate that. I'll wait for your email before I pay anything.", None),
     t("Completely reasonable. I'll send a line-by-line invoice with it, so there are no more surprises."),
     c("Good. Thank you for being straight with me.", None)],
    [o,
     t("I truly value our relationship and understand how you feel. The charge reflects our commitment to an exceptional guest experience. How do you feel about your experience so far?"),
     c("I feel charged 1,500 I wasn't told about. What is it for?", None),
     t("I hear you, and I want to understand your needs. It supports the team behind your daughter's success. Our relationship is built on transparency. Does that make sense?"),
     c("No, it doesn't. Was it on the quote or wasn't it?", None),
     t("I understand your feelings completely. Our goal is always your satisfaction and a seamless experience. How satisfied are you with our communication?"),
     c("Not at all. I'm disputing the charge with my bank.", None)]))

o = c("Hiya, sorry, we haven't got an appointment, we were passing. Any chance she could try a couple on? Wedding's in four months.", None)
P.append(gpair(
    "b174g_glasgow_bridal_walk_in", "bridal shop (UK)", "rude",
    "A mother and daughter walk into a Glasgow bridal shop unbooked.",
    [o,
     t("Hiya! Saturdays are booked, but I've a gap at half two if you can come back. Four months is fine for most gowns. Any style in mind?"),
     c("She likes simple. No lace, no sparkle. And we're trying not to go over a thousand.", None),
     t("Simple, no lace, under a thousand. I'll have our crepe and satin ones from 650 to 950 ready for half two. Can I take a name?"),
     c("Kerry. The last shop told us to book three months ahead and shooed us out. Thank you.", None),
     t("Lovely, Kerry. See you at half two, bring shoes with a similar heel if you've got them."),
     c("Will do. See you then.", None)],
    [o,
     t("Saturdays are appointment only, it says on the door. Four months? Bit late, isn't it. What are you after, then?"),
     c("Simple. No lace. And under a thousand, ideally.", None),
     t("Under a thousand. Right. There's a sale rail at the back, I suppose. Is that really your budget for a wedding dress?"),
     c("Yes, that's our budget. Is that a problem?", None),
     t("Not my problem, love. Have a look at the rail, and try not to touch the mannequins, thanks."),
     c("We'll go somewhere we're wanted. Come on, Kerry.", None)]))

o = c("Hey, uh, this is Dev, we booked you for October 5th. My fiancée's dad had a stroke last week and we're postponing. Can we move the date or get the deposit back?", None)
P.append(gpair(
    "b174g_sandiego_dj_postponed", "wedding DJ (US)", "rude",
    "A groom phones his San Diego DJ to postpone after his future father-in-law's stroke.",
    [o,
     t("Dev, I'm really sorry about her dad. How's he doing?"),
     c("Stable, thanks. Long recovery though. Maybe spring, April, but nothing's firm.", None),
     t("Glad he's stable. The 500 deposit moves to any date in 18 months, no fee, and if none works I'll refund it. Shall I pencil some April Saturdays?"),
     c("We're not ready to pick yet, honestly. Can we leave it a few weeks?", "think_it_over"),
     t("Of course. I'll confirm the postponement in writing today and check in mid-November. No rush."),
     c("Thanks, man. That's a weight off.", None)],
    [o,
     t("Okay. Postponing. Great. You know I turned down two gigs for the 5th, right? What date, then?"),
     c("We don't know yet. Her dad's in rehab. Maybe April.", None),
     t("Maybe April. Sure. Deposit's non-refundable, that's why it's called a deposit. Did you not read the contract?"),
     c("I asked if it can move. Losing 500 right now would really hurt us.", None),
     t("Look, I've got actual weddings to prep. Text me when you've got a real date and I'll see if I'm free."),
     c("Wow. Forget it, we'll find someone else for April.", None)]))
