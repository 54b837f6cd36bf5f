"""blind171 gaming pairs b."""
from common import c, gpair, t

O1 = c("Hello, I want information for a loan for a car. Is used, 2019 Honda. My credit is not so good, I tell you the truth.", None)
P1 = gpair("b171g_providence_car_loan", "credit union, Providence RI (branch desk)", "ignored_customer",
 "A member with shaky credit asks about a used-car loan.",
 [O1,
 t("Thanks for telling me. What's the price of the Honda, and how much can you put down?"),
 c("Fourteen thousand. I have two thousand. I work at the hospital, kitchen, four years.", None),
 t("Four years at one job helps. When you say not so good, what happened?"),
 c("Last year I pay late some months, my mother was sick. Other bank say no already.", None),
 t("I'm sorry about your mother. So: late payments last year, steady job, two thousand down. We look at all of it. "
  "I can't promise yes, but applying is one credit check. Want to start now?"),
 c("Now I have to pick up my son. Tomorrow I can come?", "no_time"),
 t("Tomorrow's fine. Bring two pay stubs and the car papers. I'm here till five; ask for Marisol.")],
 [O1,
 t("Great, thanks for sharing! Tell me about your needs. What's most important to you in a loan?"),
 c("Most important, low payment. I can pay maybe 250 each month, not more.", None),
 t("Perfect. So our 48-month loan at 9.9 is about 360 a month. Shall I start the application?"),
 c("360 is too much for me. I say 250.", "no_money"),
 t("Understood. And how do you feel about adding GAP and the extended warranty? Most members do."),
 c("I tell you about my credit also. Is that problem?", None),
 t("Great question! Anything else on your mind before we get you signed up for the 360 plan?"),
 c("You are not listening. I go to my cousin's bank.", None)])

O2 = c("hey is the summer csa share still open. its just me and my partner", None)
P2 = gpair("b171g_brattleboro_csa_share", "vegetable farm CSA, Brattleboro VT (web chat)", "repeated_questions",
 "A couple asks by chat about a summer farm share.",
 [O2,
 t("hi! yes, a few spots left. do you cook most nights, or more weekends?"),
 c("like 3 nights a week maybe. we wasted so much last year with another farm, too much kale lol", "bad_experience"),
 t("ha, kale is a real risk. so 2 people, 3 nights, less waste. a half share fits that, and you can swap greens at pickup"),
 c("oh swapping is nice. how much is half", None),
 t("340 for 18 weeks, or 4 payments of 85. pickup thursday at the farm or saturday at the market"),
 c("thursdays dont work for us. saturday would", None),
 t("saturday it is. want me to hold a spot till friday while you decide?"),
 c("yes pls", None)],
 [O2,
 t("hi! great to hear from you. tell me, how often do you cook at home?"),
 c("3 nights a week maybe", None),
 t("love it. and how many meals would you say you make at home each week?"),
 c("like i said, 3ish", None),
 t("got it! so on a typical week, how many nights are you cooking?"),
 c("...3. is the half share enough for that or not", None),
 t("great question! to find the right share, how often do you and your partner cook together?"),
 c("nevermind ill sign up with someone at the market", None)])

O3 = c("Good morning. I have a boat, dragger, forty-two feet. The renewal come, and is up thirty percent. I want to know why.", None)
P3 = gpair("b171g_newbedford_boat_insurance", "marine insurance agency, New Bedford MA (phone)", "wrong_paraphrase",
 "A fishing-boat owner asks why his renewal rose thirty percent.",
 [O3,
 t("Good morning. Thirty percent is a big jump. Did anything change this year, a claim, engine, crew?"),
 c("No claim. New engine, yes, in March. Bigger one.", None),
 t("That's likely part of it; a bigger engine raises the hull value. Did you send us a survey after?"),
 c("Survey? The mechanic give me paper. I don't know if it go to you.", None),
 t("So no claim, bigger engine, maybe no survey on file, so the company guesses high. A marine survey, about six "
  "hundred, and I can ask them to rerate."),
 c("Six hundred for survey? Ai. I have to ask my brother, he is partner.", "think_it_over"),
 t("Of course. I'll email the numbers so he sees them, and hold the renewal open until the 30th.")],
 [O3,
 t("Good morning! So what I'm hearing is you had a claim and want to lower the deductible, correct?"),
 c("No, no claim. Never a claim.", None),
 t("Got it. So you've added crew and want them under P&I, did I understand you correctly?"),
 c("No. Same crew. I ask why the price go up.", None),
 t("Right, so to play it back, you're unhappy with the coverage and want to upgrade to Fleet Plus. Great choice."),
 c("I don't say this. I cannot pay more, already is too much.", "no_money"),
 t("Understood, so you want to lock in Fleet Plus before rates go up again. Shall I send the form?"),
 c("I call my agent in Fall River.", None)])

O4 = c("Hi. My mother passed two weeks ago. I need to close her phone and internet. Sorry, I'm... I haven't done this before.", None)
P4 = gpair("b171g_rutland_bereavement_close", "phone and internet company, Rutland VT (phone)", "pitch_to_upset",
 "A grieving daughter closes her late mother's phone and internet.",
 [O4,
 t("I'm so sorry for your loss. Take your time; I'll walk you through it. What's the account holder's name?"),
 c("Dorothy Blais. On Grove Street.", None),
 t("I have it. We can stop billing from today. Do you want the line off now, or kept a few weeks so people calling "
  "her can still reach someone?"),
 c("Oh. I didn't think of that. Her friends don't all know yet. Maybe a month?", None),
 t("We'll do that: no billing, line on thirty days, then closed. I'll mail a prepaid box for the modem. Anything "
  "else worrying you?"),
 c("No. Thank you for being kind about it.", None)],
 [O4,
 t("I'm sorry for your loss, and I hear how hard this is. While I have you, have you thought about moving the line "
  "to your own account? Our bundle is 59."),
 c("No. I just want to close it.", "no_need"),
 t("Totally understand. Many families find it comforting to keep mom's number. Our memorial plan keeps it for 15 a "
  "month. Does that sound like something you need?"),
 c("I... no. Please. How do I close it.", "no_need"),
 t("Of course. And since you're the decision maker now, how satisfied are you with your own internet at home?"),
 c("Are you serious right now? Get me a supervisor.", None)])

O5 = c("Yeah, hi. You winterized my outboard in October. Put it in Saturday and it won't idle. Dies every time.", None)
P5 = gpair("b171g_falmouth_outboard_repair", "marine engine shop, Falmouth MA (phone)", "blame",
 "A charter skipper's outboard, winterized by the shop, dies at idle in spring.",
 [O5,
 t("That's annoying, first trip out. Was it running fine when you brought it in?"),
 c("Ran perfect. You guys did the fogging and the fuel.", None),
 t("Dying at idle after storage is usually the carb, old fuel gumming it. The work order says stabilizer added, "
  "but I want to see it. Can you bring it in?"),
 c("I've got a charter Thursday. Can't be without it all week.", "no_time"),
 t("Understood. Bring it tomorrow at eight; it goes first. If it's the carb from our winterizing, the cleaning's "
  "on us, and you'd have it Wednesday."),
 c("Alright. Eight o'clock.", None)],
 [O5,
 t("Sorry you're having that experience. What I'm hearing is it won't idle. Did you run old gas through it?"),
 c("No. Fresh gas, from the marina.", None),
 t("Okay. And did you run it on the muffs before launching? A lot of people skip that and then blame us."),
 c("I didn't blame anyone. I said it dies at idle.", None),
 t("Right. Honestly it sounds like something you did over the winter. Did you leave the tank vent open?"),
 c("It was in your shop all winter.", None),
 t("Then you should've told us to check the carb. Anything else I can help with? Carb cleaning is 240."),
 c("Two-forty for your mistake. I'll take it to Bourne.", None)])

O6 = c("Hi, I do the books for a little dairy co-op, eleven farms. Someone said your software might help. I'm not very computery.", None)
P6 = gpair("b171g_montpelier_coop_software", "bookkeeping software firm, Montpelier VT (phone)", "monologue",
 "A co-op bookkeeper asks whether accounting software would help.",
 [O6,
 t("Thanks for calling. What are you using now, and what part eats your time?"),
 c("Paper ledger and a spreadsheet my nephew made. Splitting the milk check takes two days a month.", None),
 t("Two days on the split. Is that the math, or chasing numbers from each farm?"),
 c("Chasing. Half of them text me photos of their slips.", None),
 t("Then software alone won't fix it; the chasing is the problem. Our farmer app lets them enter slips, if they'd "
  "use it. Would they?"),
 c("Maybe three. The rest, no chance. We tried some program in 2019 and gave up in a month.", "bad_experience"),
 t("Good to know. Then don't buy the full thing. Try thirty days free with your three and see if it saves you any "
  "of those two days. I'll call in two weeks."),
 c("That I can live with.", None)],
 [O6,
 t("Great, I love co-ops! Let me tell you about our platform. Payables, receivables, milk check splits, payroll, "
  "tax forms, a mobile app, twelve dashboard reports, every bank in Vermont-"),
 c("Okay, but I'm not very-", None),
 t("And the best part, cash flow in real time. Co-ops your size save twenty hours a month. Pro is 129, Team is "
  "199, and for eleven farms I'd go Team, because-"),
 c("A hundred ninety-nine a month? We don't have that kind of money.", "no_money"),
 t("I hear you, so let me show the ROI. Twenty hours at thirty is six hundred, it pays for itself, and onboarding "
  "is three webinars, Tuesdays at two-"),
 c("I milk at two. Look, send me something in the mail.", "brush_off")])

O7 = c("Looking at pellet stoves.", None)
P7 = gpair("b171g_littleton_pellet_stove", "hearth and stove shop, Littleton NH (showroom)", "closing_as_open_question",
 "A quiet customer browses pellet stoves.",
 [O7,
 t("Sure, take your time. Heating the whole house with it, or one room?"),
 c("Living room. Oil's for the rest.", None),
 t("How big's the room, and is it open to the kitchen?"),
 c("Twenty by fifteen. Open, yeah.", None),
 t("Then the small one there does it, 2,400 installed with the liner. Pellets run about 350 a ton. Somewhere dry "
  "to keep a few tons?"),
 c("Barn. Twenty-four hundred, though. I'll see.", "think_it_over"),
 t("Fair enough. Here's the sheet with the price and the rebate form. No rush."),
 c("Ayuh.", None)],
 [O7,
 t("Welcome in! So what would it take for you to take one home today?"),
 c("Just looking.", "brush_off"),
 t("Of course! Picturing it in your living room, where would you like it installed, wall or corner?"),
 c("Haven't decided anything.", "think_it_over"),
 t("Totally fair. How would you like to pay, twelve months no interest or cash with five percent off?"),
 c("I'd like to look without being chased around.", None),
 t("Understood! What's stopping you from saying yes right now?"),
 c("You.", None)])

O8 = c("My phone, the bill is too high. Seventy dollars. I only call my sister and use WhatsApp a little.", None)
P8 = gpair("b171g_lowell_phone_plan", "mobile phone store, Lowell MA (counter)", "pitch_as_paraphrase",
 "An older customer with limited English wants a smaller phone bill.",
 [O8,
 t("Seventy is a lot for that. Do you use internet on the phone outside, or mostly at home on WiFi?"),
 c("At home, WiFi. Outside, only call.", None),
 t("And your sister, she's here or abroad?"),
 c("In Cambodia. But I call with WhatsApp, is free.", None),
 t("Then you pay for a lot you don't use. Basic is 25: calls, texts, 2 gigs. WhatsApp on WiFi stays free. Shall I "
  "show you on paper what changes?"),
 c("Yes. But no new phone. Last time the store give me new phone, I pay two years.", "bad_experience"),
 t("No new phone. You keep this one, no two-year contract. I'll write it down so your grandson can check too."),
 c("Okay. Thank you.", None)],
 [O8,
 t("Let's fix that bill! So what you need is Unlimited Plus at 65 with the international pack, is that right?"),
 c("No, I want less money, not same money.", "too_expensive"),
 t("Got it, you want more value, which is Unlimited Plus with a new phone at zero down, correct?"),
 c("I don't want new phone.", "no_need"),
 t("So to play it back: a plan that fits your life, the family bundle with your grandson at 110. Did I get that?"),
 c("No. I go home, I ask my grandson.", "think_it_over")])

O9 = c("Hi there, we'd like a room for two nights, the tenth and eleventh of October. Just the two of us.", None)
P9 = gpair("b171g_barharbor_inn_booking", "small inn, Bar Harbor ME (phone)", "upsell_as_loop_closing",
 "A couple books two nights for a quiet anniversary.",
 [O9,
 t("Let me check... yes, two rooms open. Is it a special trip, or more of a getaway?"),
 c("Our anniversary. Thirty years. But we're keeping it simple.", None),
 t("Congratulations. Then the third-floor room: same rate, 229, and it looks at the harbor. Questions about "
  "parking or the park?"),
 c("Is the park road still open in October?", None),
 t("Usually till November. Sunrise on Cadillac needs a vehicle reservation, so book that early. A card holds the "
  "room; free cancellation up to seven days before."),
 c("Good. That's all we need.", None)],
 [O9,
 t("Wonderful! And to close the loop, what else can I add to make your stay special? Champagne on arrival?"),
 c("No, thank you. Just the room.", "no_need"),
 t("Of course. Anything else I can add, like our lobster-bake dinner package? 149 per person."),
 c("That's more than the room. No.", "too_expensive"),
 t("Totally understand. Before we wrap up, anything else? Most couples add the sunset sail and late checkout."),
 c("We said simple. How much is the room, with tax?", None),
 t("With tax, 540. And is there anything else I can add to your booking today?"),
 c("I think I'd better talk to my husband before we book anything.", "think_it_over")])

O10 = c("I need something to clear my driveway. The plow fella retired.", None)
P10 = gpair("b171g_woodstock_snowblower", "small engine dealer, Woodstock VT (counter)", "leading_tag_questions",
 "An older woman needs a way to clear a short gravel driveway.",
 [O10,
 t("Ah, end of an era. How long's the driveway, and paved or gravel?"),
 c("Gravel. Maybe sixty feet. I'm seventy-four, so nothing I can't handle.", None),
 t("Gravel matters: a single-stage throws stones. A small two-stage with electric start, about 900, rides over it. "
  "Want to push one around the floor to feel the weight?"),
 c("Nine hundred. I was hoping for less. My neighbor's boy might do it for fifty a storm.", "too_expensive"),
 t("Honestly, that may be the better deal. If he's reliable, try a winter with him. If not, the small one goes on "
  "sale in March."),
 c("I'll ask him first. Thank you for being straight.", "think_it_over")],
 [O10,
 t("Great! You'll want a two-stage, won't you? Can't beat the power, can you?"),
 c("I don't know. It's a short driveway.", "no_need"),
 t("Sure, but Vermont winters are brutal, aren't they? You'd want the 28-inch with heated grips, wouldn't you?"),
 c("I'm seventy-four. I don't want to wrestle some big thing.", "no_need"),
 t("It's self-propelled, so that's no issue, is it? And 1,600 is fair for peace of mind, isn't it?"),
 c("Sixteen hundred? That's more than my first car.", "too_expensive"),
 t("You'd agree safety's worth it, though, wouldn't you?"),
 c("I'd agree I'm leaving.", None)])

PAIRS = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
