"""blind171 gaming pairs c."""
from common import c, gpair, t

O1 = c("Hi, um, I got a bill for three hundred twelve dollars and I thought my physical was covered? Sorry if it's a dumb question.", None)
P1 = gpair("b171g_pittsfield_clinic_bill", "community health clinic billing, Pittsfield MA (phone)", "putdown_question",
 "A patient is confused by a bill after a physical she thought was covered.",
 [O1,
 t("Not dumb at all; these bills confuse everyone. What's the date of service on it?"),
 c("March 4th. I went for my physical and asked her about my knee too.", None),
 t("That's likely it. When a problem like a knee gets looked at during a physical, it's billed as a second visit. "
  "Did she examine it or order anything?"),
 c("She sent me for an X-ray. Nobody told me it'd cost extra.", None),
 t("They should have; I'll pass that on. I'll send it to coding to check the split and hold the bill thirty days "
  "meanwhile. If it stands, we can do a payment plan."),
 c("Okay. I can't really pay it all at once, so the plan would help.", None),
 t("Noted. I'll call you by the 20th with what coding says.")],
 [O1,
 t("Well, you didn't read your plan before coming in, did you? What exactly did you think 'preventive' means?"),
 c("I... thought it meant the physical was free.", None),
 t("And you also brought up your knee, right? Why would you expect that to be free too?"),
 c("Nobody told me. I'm just asking.", None),
 t("So did I understand you correctly, you want us to erase it because you didn't know? How would you like to pay "
  "today?"),
 c("I'm not paying anything until I talk to my insurance.", "think_it_over")])

O2 = c("This is Dana at Quabbin Brewing. Pallet of empty cans was due Tuesday, tracking's said 'at terminal' three days. We can at seven tomorrow.", None)
P2 = gpair("b171g_springfield_freight_delay", "regional freight carrier, Springfield MA (phone)", "not_my_department_or_read_the_terms",
 "A small brewery's pallet of cans is stuck at a terminal the day before a canning run.",
 [O2,
 t("Let me look... it's in our Chicopee terminal. It missed linehaul because the bill of lading had wrong dock "
  "hours. Regular delivery would be nine tomorrow."),
 c("Nine's no good. We start canning at seven.", "no_time"),
 t("Then I'll put it on the 5 a.m. truck, first stop, and text you the driver's number."),
 c("Last time someone promised me first stop, it showed up at noon.", "bad_experience"),
 t("Fair. If it's not at your dock by six-thirty, call me direct; you can send your own truck to Chicopee and we "
  "credit the freight."),
 c("Okay. Send me your direct line.", None)],
 [O2,
 t("I totally understand your frustration, Dana. Unfortunately terminal ops isn't my department; I'm customer "
  "experience."),
 c("Then who do I talk to.", None),
 t("Great question. Per the terms on your bill of lading, transit times are estimates. Did I understand correctly "
  "that you want a guarantee?"),
 c("I want my cans by seven.", None),
 t("I hear you. I didn't make the linehaul rules. I can open a ticket; someone will reach out in 24 to 48 hours."),
 c("We'll be shut down by then. Forget it, I'm calling our broker.", None)])

O3 = c("Got a few slates sliding off the back side. Want someone to look at it.", None)
P3 = gpair("b171g_kennebunk_slate_roof", "old-house roofing contractor, Kennebunk ME (phone)", "social_proof_or_deadline_pressure",
 "A reserved owner of an 1880 house has slates slipping off the roof.",
 [O3,
 t("Can do. How old's the roof, and is it leaking inside?"),
 c("House is 1880. Roof's original, far as I know. No leak yet. Stain on an attic board, maybe.", None),
 t("Original slate can go 150 years; it may just be rusted nails, not the slate. I'd look before quoting. Tuesday "
  "morning?"),
 c("Tuesday I'm working. Thursday.", "no_time"),
 t("Thursday at eight. The look is free. If it's a few slates, it's a repair, a few hundred. If it's the whole back "
  "side, I'll say so straight and you can get another quote."),
 c("All set, then.", None)],
 [O3,
 t("Absolutely! Honestly, three houses on your street just had us swap slate for architectural shingles. What's "
  "your experience been with the roof?"),
 c("Fine, till now. Just a few slates slipping.", None),
 t("Got it. Thing is, our spring price ends Friday. After that, fifteen percent more. Your neighbors all locked in."),
 c("I don't need a new roof. I need a few slates fixed.", "no_need"),
 t("I hear you. But everyone with 1880s slate is replacing now, and after Friday we're booked through August. "
  "Shall I pencil you in?"),
 c("Not for nothing, but I'll get somebody who fixes slate.", None)])

O4 = c("Hi, I'm a sophomore. My parents want to pay the spring bill monthly instead of all at once. Is that a thing?", None)
P4 = gpair("b171g_middlebury_tuition_plan", "small college student accounts office, Middlebury VT (email)", "keyword_stuffed",
 "A student asks for her parents whether the spring bill can be paid monthly.",
 [O4,
 t("It is. The plan splits spring into five payments, January to May, with a 60 enrollment fee. Bank account or "
  "card?"),
 c("Bank, I think. My dad thinks the sixty is kind of a rip-off though.", "too_expensive"),
 t("It's flat for the term; if they can pay in full there's no fee at all. Card adds 2.85 percent; bank is free. "
  "Does anything on the bill look off to you?"),
 c("Actually yeah, there's a lab fee for chem and I don't think I'm taking it anymore.", None),
 t("Good catch. Drop it by add/drop and the fee comes off; the plan adjusts itself. Enroll by December 15. I'll send "
  "you the link to forward to them."),
 c("Perfect, thanks.", None)],
 [O4,
 t("Hi! Great question. We really want to understand your family's needs and make your billing experience a "
  "success. How do you feel about your financial relationship with the college?"),
 c("uh fine? I just want to know if monthly payments exist", None),
 t("I understand, and I feel that's such an important need. Success in your student experience starts with "
  "understanding. What would a successful payment experience feel like?"),
 c("monthly. like i said. is there a deadline or", None),
 t("I hear you. Your needs matter and our relationship is built on understanding them. Anything else I can help "
  "with?"),
 c("i'll just ask my advisor, never mind", None)])

O5 = c("Hi, just moved here from Connecticut. Do I need a sticker for the dump?", None)
P5 = gpair("b171g_belfast_transfer_sticker", "town office, Belfast ME (counter)", "rude",
 "A new resident asks how to get a transfer station sticker.",
 [O5,
 t("Welcome. You do, for the transfer station. Do you own, or are you renting?"),
 c("Renting. Lease started the first.", None),
 t("Then bring the lease or a utility bill with your name and address; the sticker's fifteen for the year. Just "
  "the car, or a truck too?"),
 c("Just the car. Do I pay for bags too? That adds up.", None),
 t("Trash goes in the town's yellow bags, two dollars each; recycling's free. Most folks use one a week. Open "
  "Wednesday and Saturday, seven to three."),
 c("Saturday works. Thanks.", None)],
 [O5,
 t("Connecticut, huh. Yeah, you need a sticker. It's on the website; did you even look?"),
 c("I did. It didn't say what to bring.", None),
 t("Proof of residence. Obviously. Got any?"),
 c("I rent. I have the lease.", None),
 t("Great. Fifteen bucks, bags are two each, and no, we don't sort recycling the Connecticut way. Anything else, or "
  "are we done?"),
 c("Fifteen, and two a bag for the privilege. Fine. I'll come back with the lease.", None)])

O6 = c("Plotter's dead on the boat. Need a new one. Nothing fancy.", None)
P6 = gpair("b171g_gloucester_chart_plotter", "marine electronics shop, Gloucester MA (counter)", "ignored_customer",
 "A lobsterman needs a basic chart plotter to replace a dead one.",
 [O6,
 t("Which one did you have, and what's it hooked to, radar, sounder?"),
 c("Old twelve-inch. Hooked to the sounder. No radar.", None),
 t("So a plotter that takes your sounder, no radar. Will your transducer plug in, or does it need swapping?"),
 c("Don't know. Guy who put it in is dead.", None),
 t("Then bring me the plug, or a photo. If it matches, the nine-inch at 1,100 works; if not, add a transducer, "
  "about 250. Not worth buying blind."),
 c("Eleven hundred. Christ. Alright, I'll send a picture tonight.", None),
 t("Good. I'll hold one on the shelf till Friday.")],
 [O6,
 t("Great, let's find you the right fit! Tell me, what do you need it to do?"),
 c("Show the chart and the bottom. Hooks to the sounder. Nothing fancy.", None),
 t("Perfect. So I'd go with the sixteen-inch touchscreen with radar overlay and sonar imaging, 3,900."),
 c("I said nothing fancy. No radar. That's more than the boat's worth.", "too_expensive"),
 t("Totally hear you. And what's your budget, so I understand?"),
 c("Twelve hundred, tops.", None),
 t("Great. So the sixteen-inch with the radar dome bundle; we can finance that. Shall I order it?"),
 c("You heard nothing I said. I'll go to the guy in Newburyport.", None)])

O7 = c("Hi, trying to figure out which season pass makes sense. Two adults, two kids, one of them's at school in Orono.", None)
P7 = gpair("b171g_sugarloaf_season_pass", "ski resort ticket office, Carrabassett Valley ME (phone)", "repeated_questions",
 "A parent compares season passes for a family of four.",
 [O7,
 t("Happy to help. Roughly how many days does each of you ski?"),
 c("Me and my wife maybe fifteen weekends. Younger one, same. Orono one, five days over break.", None),
 t("So three of you about thirty days, one about five. For her, a five-day card beats a pass. Full passes for the "
  "three pay off after about ten days."),
 c("Honestly, fourteen hundred each is more than we budgeted this year.", "no_money"),
 t("Then look at the midweek-plus pass: 900, blacked out on holidays only. Do you need holiday weekends?"),
 c("Not really. Crowds anyway.", None),
 t("That saves you about fifteen hundred. Early price holds till April 30, so no rush. I'll email both options.")],
 [O7,
 t("Great! Tell me, how many days do you ski a season?"),
 c("Fifteen weekends, about. Thirty days, me, my wife and the young one.", None),
 t("Perfect. And so I understand, how often would you say you get up to the mountain?"),
 c("Fifteen weekends. I just said.", None),
 t("Right. And on average, how many days per season does each family member ski?"),
 c("Look, I gotta run. I'll just do it on the website.", "brush_off")])

O8 = c("My heat pump's blowing lukewarm air since the cold snap. It's five degrees out. It's two years old.", None)
P8 = gpair("b171g_quincy_heat_pump_service", "heating and cooling contractor, Quincy MA (phone)", "wrong_paraphrase",
 "A homeowner's two-year-old heat pump blows lukewarm air in a cold snap.",
 [O8,
 t("Sorry, rough week to lose heat. Is the outdoor unit covered in snow or ice?"),
 c("Big hunk of ice on the bottom. Fan's still spinning.", None),
 t("Ice at the bottom usually means it can't drain in defrost, which cuts output a lot. Anything else that heats the "
  "house?"),
 c("Old oil furnace, but I shut it off to save money.", None),
 t("Turn it back on tonight as backup, and don't chip the ice; you can bend the coil. A tech can come tomorrow, "
  "eight to noon. Parts are under warranty; the trip is 95."),
 c("Ninety-five, on a two-year-old unit? That should be on you.", "too_expensive"),
 t("Fair point. If it's an install problem, like the base set too low, we waive the trip. I'll note that on the "
  "ticket.")],
 [O8,
 t("Sorry to hear that! So what I'm hearing is it's making a grinding noise and you'd like a bigger system, correct?"),
 c("No. No noise. It's blowing lukewarm. There's ice on it.", None),
 t("Got it, so you've never been happy with it and want our cold-climate model. Did I understand you correctly?"),
 c("I didn't say that. I just want it fixed.", "no_need"),
 t("Right, so to play it back, you want to replace the outdoor unit before it gets colder. We can do Thursday."),
 c("Thursday? It's five degrees now. Send someone or I'm calling another outfit.", None)])

O9 = c("Your guy filled my tank this morning and now there's oil all over my basement floor. The house stinks. My kids are in here!", None)
P9 = gpair("b171g_biddeford_oil_spill", "heating oil dealer, Biddeford ME (phone)", "pitch_to_upset",
 "An angry parent calls about an oil leak in the basement after a delivery.",
 [O9,
 t("Okay. First, get everyone out of the basement and open windows. Is anything near the oil, a flame, a dryer?"),
 c("The furnace is on. Should I shut it off?", None),
 t("Yes, the red switch at the top of the stairs. Our spill crew is leaving now, about forty minutes. Can you see "
  "where it's coming from?"),
 c("Looks like the filter under the tank. It's dripping.", None),
 t("Put a bucket under it and don't touch the filter. The crew cleans up and fixes the line, at our cost, since it "
  "followed our delivery. I'll call you back in ten minutes."),
 c("Okay. Okay. Thank you.", None)],
 [O9,
 t("I'm so sorry about your experience, I hear that you're upset. While the crew's on the way, have you thought "
  "about our tank protection plan? It covers exactly this, 19 a month."),
 c("Are you kidding me? There's oil on my floor right now.", None),
 t("I understand your feelings. That's why so many families sign up after a spill. And a tank that age, you'll "
  "want our double-wall tank, 2,800 installed."),
 c("I'm not buying a tank from the people who just flooded my basement.", "bad_experience"),
 t("Totally. What would it take to earn back your trust? The plan is half off today."),
 c("Send the cleanup crew or I'm calling the DEP.", None)])

O10 = c("Hello, the half gallon of syrup I ordered arrived with the jug cracked and the box soaked. I'd like a replacement.", None)
P10 = gpair("b171g_vermont_syrup_mailorder", "maple sugarhouse mail-order, northern VT (email)", "blame",
 "A mail-order customer's syrup jug arrived cracked.",
 [O10,
 t("Sorry about that, what a mess. Could you send a photo of the jug and box, and the order number?"),
 c("Photos attached. Order 20417. This is the second time this year, frankly.", None),
 t("Thanks. Twice is too many, and that's our packing. I'll ship a replacement today in glass with foam sleeves, "
  "or refund you, whichever you'd rather."),
 c("Replacement's fine, if it actually arrives in one piece.", None),
 t("Fair. Tracking tonight, and if this one's damaged too, I'll refund the whole order, no photos needed."),
 c("Alright. Thank you.", None)],
 [O10,
 t("Thank you for reaching out. What I'm hearing is the jug cracked. Did you leave the box out in the cold? Jugs "
  "can crack if they freeze."),
 c("Syrup doesn't freeze. It was on my porch an hour.", None),
 t("I understand your experience. But our records show you chose standard shipping, not protective. That's really "
  "the issue here."),
 c("There was no protective option on your site.", None),
 t("It's in the FAQ. Can I help with anything else, like protective shipping for 12 on the replacement?"),
 c("No. I'm done ordering from you. Refund it.", None)])

PAIRS = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
