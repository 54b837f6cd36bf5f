"""b163 gaming pairs, file b (kinds 11-15, then 1-5). Hand-written for this set."""
from common import c, gpair, t

PAIRS = []
P = PAIRS.append

O = c("I have ten minutes between calls. We need ten seats, a door that closes, and nothing longer than eighteen months.", None)
P(gpair("b163g_flatiron_office_sublease", "office leasing broker, Flatiron, Manhattan", "ignored_customer",
 "Startup founder short on time looks for a small office.",
 [O, t("Ten seats, a door, eighteen months max. Is the team in every day, and does it need to be near a certain train?"),
  c("Three days in. Near Union Square, half the team's on the L.", None),
  t("Three days, near the L. Then skip a direct lease. There's a furnished 12-seat sublease on 19th, 14 months left, 11k a month, or a suite on Broadway, month to month, about 9,500."),
  c("Eleven is more than the board approved. Nine, max.", "no_money"),
  t("Then Broadway's the only one near nine right now. I can walk you through it Thursday at 8, twenty minutes, before your calls."),
  c("Thursday at 8. Keep it to twenty.", None)],
 [O, t("Love it. Tell me about your vision for the space. What do you want your team to feel walking in?"),
  c("I said ten minutes. Ten seats, eighteen months, near the L.", None),
  t("Totally. I have a gorgeous full floor on Park Avenue South, 22 seats, five-year term, stunning light."),
  c("Five years? We can't go past eighteen months. I just said that.", "no_need"),
  t("Understood! And there's a terrace, your team will love it. Tour tomorrow at 2?"),
  c("I'm in board meetings all afternoon tomorrow.", "no_time"),
  t("No problem, Friday then! Honestly the terrace alone sells it."),
  c("You haven't heard one thing I said. I'll call another broker.", None)]))

O = c("Good afternoon. My terminal is old, the machine for the cards. The company charge me too much, 4 percent. You can do better?", None)
P(gpair("b163g_washheights_bodega_pos", "card processing sales rep, Washington Heights", "repeated_questions",
 "Bodega owner wants lower card fees.",
 [O, t("Probably, let me check. How much do you run on cards in a month, more or less?"),
  c("More or less 18 thousand. Much is small, one coffee, one sandwich, two dollars, three dollars.", None),
  t("18 thousand, lots of small tickets. A per-swipe fee hurts you then, so I'd do percentage only, 2.6, no swipe fee. Are you in a contract with the old company?"),
  c("Yes, until October I think. They say if I leave I pay 300.", None),
  t("Then let's do the math first: on 18 thousand you save about 250 a month, so the 300 pays back in about five weeks. I write it on paper so you check it against your statement."),
  c("Okay, write it. My son look at it tonight and I call you.", "think_it_over")],
 [O, t("Great, happy to help! So tell me, what's your monthly card volume?"),
  c("18 thousand, more or less. Many small sales.", None),
  t("Got it. And roughly how much do you process in cards every month?"),
  c("I tell you. 18 thousand.", None),
  t("Perfect. Just to understand your needs, what would you say your monthly card sales are, ballpark?"),
  c("Is the same question. Three times. I have customers.", None),
  t("Before you go, what's your card volume, so I can build the right solution?"),
  c("Eighteen. Thousand. Goodbye.", None)]))

O = c("I'm missing a back molar, lower left. My dentist said implant. I'm trying to figure out what it costs and if I even need one.", None)
P(gpair("b163g_centercity_dental_implant", "dental implant practice, Walnut St, Center City Philadelphia", "wrong_paraphrase",
 "Patient asks about an implant consult.",
 [O, t("Sure. How long has it been missing, and is it giving you trouble chewing?"),
  c("About a year. Chewing's mostly fine, I use the other side. My sister had an implant fail, so I'm wary.", "bad_experience"),
  t("A year, chewing mostly fine, and you watched your sister's fail. Fair to be wary. Options are implant, bridge, or leaving it, though teeth can drift into the gap. The consult is 95 with a scan, and the doctor will say straight if waiting is okay."),
  c("Ninety-five I can do. I'm not committing to three grand today though.", "think_it_over"),
  t("You won't be asked to. You leave with the scan and a written estimate and decide at home."),
  c("Then book me next week, mornings.", None)],
 [O, t("Absolutely. Tell me what's going on."),
  c("Missing a lower molar about a year. Chewing's mostly fine. My sister's implant failed, so I'm careful.", "bad_experience"),
  t("So what I'm hearing is you're in pain and ready to get this done fast, correct?"),
  c("No, I said it's fine. I'm not in pain.", None),
  t("Got it, so you'd like implants on both sides to even things out, and you're comfortable with financing, did I understand that right?"),
  c("Both sides? I have one missing tooth. I'm not financing anything.", "no_need"),
  t("Perfect, so cost is a concern, which is why patients love our zero percent plan."),
  c("I'm done. I'll go back to my own dentist.", None)]))

O = c("Your guys dropped my grandmother's china cabinet. She passed in March. It's in pieces in my living room.", None)
P(gpair("b163g_newark_move_damage", "moving and storage company, Ironbound, Newark", "pitch_to_upset",
 "Grieving customer calls after movers broke an heirloom.",
 [O, t("I'm so sorry. That's not just furniture, that's your grandmother. Is anyone hurt, and is it still where they left it?"),
  c("No one's hurt. It's in the living room. Glass everywhere, half the plates.", None),
  t("If you can, don't clean up yet. Take photos of everything as it is. I'm opening a damage claim now and I want Denise, our claims manager, to call you today, not next week."),
  c("Photos, fine. Honestly I don't know if money fixes this.", None),
  t("It doesn't. What we can do is pay an antiques restorer, there's one in Montclair we trust. Denise can set it up if you want to try saving it."),
  c("Yeah. Try. Have her call me after six.", None)],
 [O, t("I'm so sorry to hear that, I understand how you feel. Otherwise, how would you rate your overall experience with the crew?"),
  c("Are you kidding? It's in pieces. She passed in March.", None),
  t("I hear you, and that's exactly why customers add our Full Value Protection on their next move. Only 12 percent of the move cost."),
  c("My next move? I want someone to deal with this one.", None),
  t("Totally. And while I have you, our climate-controlled storage is perfect for heirlooms, 20 percent off for returning customers."),
  c("Never again with you people. Have a manager call me.", "bad_experience")]))

O = c("Your attendant scraped my whole rear bumper. Gray Camry, valet parked it. I want it fixed.", None)
P(gpair("b163g_lic_garage_scrape", "valet parking garage, Long Island City, Queens", "blame",
 "Monthly parker finds damage after valet parking.",
 [O, t("That's not okay, I'm sorry. When did you drop it off, and when did you see the scrape?"),
  c("Dropped it at 8, saw it at 6 when he brought it up. I have dashcam from this morning, it wasn't there.", None),
  t("Dropped at 8, scrape at 6, and dashcam from the morning. Good, that helps. Send me the clip? We have ramp cameras, I'll pull ours."),
  c("I'll send it. I'm not paying my deductible for this.", None),
  t("You shouldn't have to. If our footage matches, our insurance pays, not yours. I'll call you by noon tomorrow either way."),
  c("Noon. Okay.", None)],
 [O, t("I hear you, and I want to fully understand. Did you check the bumper before handing over the keys?"),
  c("It was fine. I have dashcam from the morning.", None),
  t("Got it. The level 3 ramp is tight, and with a Camry, honestly, you should've asked for self-park. Can you see how that could happen?"),
  c("So it's my fault your guy hit a pole?", None),
  t("I'm just saying the sign says we're not responsible for damage. You agreed to that when you parked. Anything else I can help with?"),
  c("Tell it to my lawyer. I'm canceling my monthly.", None)]))

O = c("Listen, I got five minutes before service. My old accountant retired. I need someone for sales tax and payroll. Go.", None)
P(gpair("b163g_nolibs_restaurant_accountant", "small-business accountant, Northern Liberties, Philadelphia", "monologue",
 "Restaurant owner on a break needs a new accountant.",
 [O, t("Five minutes. How many on payroll, and who does it now?"),
  c("Fourteen. Tips make it a nightmare. My GM does it on a spreadsheet and he hates me for it.", None),
  t("Fourteen with tips, on a spreadsheet. I'd move payroll to a service that handles tip reporting, and I do sales tax monthly and check payroll. About 450 a month all in."),
  c("Old guy was 300. 450's a jump.", "too_expensive"),
  t("It is. His 300 didn't include payroll, your GM was eating that. Monday at 3, before service, I'll show you line by line?"),
  c("Monday at 3. Gotta go, fish guy's here.", None)],
 [O, t("Absolutely, let me tell you about us. Twelve years serving hospitality, cloud-based everything, our clients are family, and our mission is your success."),
  c("Great, so payroll-", None),
  t("Exactly, payroll, bookkeeping, sales tax, 1099s, advisory, CFO services, even menu costing. Our Growth package is 900 a month and most restaurants your size need it."),
  c("Nine hundred? I've got fourteen people and-", "too_expensive"),
  t("I totally hear you. Plus the client portal, quarterly reviews, our app, all included, and did I mention we do your personal return too?"),
  c("Service in two minutes. Email me. Or don't.", "brush_off")]))

O = c("We're a four-person accounting shop, lease is up in June. Just touring today, we're seeing three places.", None)
P(gpair("b163g_jerseycity_cowork_tour", "co-working space, Exchange Place, Jersey City", "closing_as_open_question",
 "Small firm tours private offices.",
 [O, t("Smart to see a few. What's making you move, price, space, commute?"),
  c("Landlord wants 30 percent more. Space is fine, we mostly need a room for client meetings.", None),
  t("So the increase is the push, and you need to meet clients. A four-person office is 3,800 with 10 conference hours a month. How many client meetings in tax season?"),
  c("February to April, like three a day. Ten hours won't cover it.", None),
  t("Then ten hours won't work. Extra hours are 40 each, or the end office has its own meeting room at 4,600. Take both quotes and compare them with the others."),
  c("Yeah. Still seeing the place on Montgomery Thursday. I'll let you know.", "think_it_over")],
 [O, t("Love that! So what would need to happen for you to choose us today instead of the other two?"),
  c("Nothing happens today. I'm touring.", "think_it_over"),
  t("Totally. Just curious, which office do you see your team in, the corner one or the one by the kitchen?"),
  c("I haven't even seen a price.", None),
  t("Great question! And how would you like to handle the deposit, card or ACH, so we can hold it while you decide?"),
  c("I'm good. We'll see the other places.", "brush_off")]))

O = c("I'm the office manager at a law firm on Lex. Associates take a lot of rides home after ten. We're looking at a car account.", None)
P(gpair("b163g_midtown_corporate_cars", "black car service, Midtown East", "pitch_as_paraphrase",
 "Law firm office manager asks about a corporate account.",
 [O, t("Late rides home. Roughly how many a week, and where to mostly?"),
  c("Maybe 25. Brooklyn, Queens, a couple to Jersey. Right now they Uber and expense it, and accounting is losing its mind.", None),
  t("So about 25 late rides, and the real pain is the expense mess. We bill one monthly invoice coded by client matter. Brooklyn runs about 55 to 70 a ride."),
  c("That's more than Uber on a normal night.", "too_expensive"),
  t("On a normal night, yes. After ten with surge it's often even. Try two months, no minimum, and compare with your expense reports."),
  c("No minimum, okay. Send the agreement, I'll run it by the partners.", "think_it_over")],
 [O, t("Wonderful. Tell me about your team's transportation needs."),
  c("Associates get home late, about 25 rides a week. The Uber receipts are a mess for accounting.", None),
  t("So what I'm hearing is you need our Executive Tier, dedicated Escalades, 2,500 a month retainer. Did I get that right?"),
  c("Escalades? They're second-years. I need one invoice, not Escalades.", "no_need"),
  t("Totally. So what you're really saying is image matters to your partners, and Executive Tier with airport meet-and-greet is the fit, is that fair?"),
  c("That's not what I'm saying. Send me basic rates and I'll compare.", "brush_off")]))

O = c("Yeah it's Sal from New Dorp Pizza. Need ten bundles of 16-inch boxes, my guy ran out. Can you do tomorrow?", None)
P(gpair("b163g_statenisland_pizza_boxes", "restaurant packaging supplier, Staten Island", "upsell_as_loop_closing",
 "Pizzeria owner places a rush order for boxes.",
 [O, t("Hey Sal. Ten bundles of 16s tomorrow, yes. Plain kraft or printed?"),
  c("Plain. Printed takes you guys two weeks anyway.", None),
  t("Plain, ten bundles, 38 a bundle, 380. Truck's on the island before 11."),
  c("38? Restaurant Depot had 'em at 34 last week.", "too_expensive"),
  t("They might, if you drive there. Ours is delivered. Anything else running low while the truck's coming anyway?"),
  c("Yeah, 12-inch, five bundles. And a case of those pizza savers.", None),
  t("Five of 12s and a case of savers. 555 total, before 11 tomorrow."),
  c("Good. Text me when he leaves.", None)],
 [O, t("Hey Sal, absolutely. Ten bundles of 16s. What else can I add for you today?"),
  c("That's it. Just the boxes.", "no_need"),
  t("Perfect. Just to close the loop, want our printed boxes? Promo this month, 2,000 minimum."),
  c("No, plain. I need them tomorrow.", "no_need"),
  t("Of course. Before we wrap, anything else? Napkins, cups, our new compostable line, deli paper?"),
  c("Listen, I got a line out the door. Boxes tomorrow or not?", "no_time"),
  t("Absolutely! Last one, what else can I add so we maximize the delivery?"),
  c("Nothing. Forget it, I'll drive to Restaurant Depot.", None)]))

O = c("Hi, my son is 15, his acne's gotten pretty bad, he won't even take pictures anymore. The drugstore stuff isn't working.", None)
P(gpair("b163g_cherryhill_derm_acne", "dermatology practice, Cherry Hill, NJ", "leading_tag_questions",
 "Parent calls about a teenager's acne.",
 [O, t("That's hard at 15. What has he tried, and for how long?"),
  c("Benzoyl wash and adapalene gel, three months. Cheeks and back, some deep and sore.", None),
  t("Three months of both, and deep sore ones. That's worth a visit, the deep ones can scar. Dr. Patel has 4:15 next Wednesday, after school."),
  c("Is he going on the strong stuff? My sister's kid was on Accutane and it was rough.", "bad_experience"),
  t("Not necessarily. Most teens start with a prescription cream or an antibiotic. If isotretinoin ever comes up, the doctor goes through the risks with you both first. Your call."),
  c("Okay. Wednesday 4:15. He'll hate me, but fine.", None)],
 [O, t("Oh, poor thing. You'll want to get ahead of the scarring, won't you?"),
  c("I mean, yes. He's done a wash and a gel for three months.", None),
  t("Right, so you'd agree it's time for something stronger, wouldn't you? Our Teen Clear blue-light package is 900."),
  c("900? Is that covered? We have Horizon.", None),
  t("It's not, but you'd want him confident for prom, wouldn't you? Moms always say yes."),
  c("Don't guilt me. I'm not paying 900 for a light. I'll ask our pediatrician.", "too_expensive")]))
