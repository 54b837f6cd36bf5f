"""Gaming pairs B (blind125)."""
from common import c, gpair, t

PAIRS = []

o = c("Hi, my car's booked in Thursday for the gearbox thing under warranty. I'm a carer, I drive to six clients a day. Will I get a courtesy car?", None)
PAIRS.append(gpair("b125g_glasgow_service_courtesy_car", "dealership service desk, Glasgow UK", "ignored_customer",
    "A home carer needs a courtesy car during a two-day warranty repair.",
    [o, t("Six clients a day, so you can't be without wheels. How long did they say the job takes?"),
     c("Two days, they said. It's the clutch judder thing.", None),
     t("Thursday we've no courtesy cars left, sorry. Next Tuesday I can book the job and a car together for both days. Is it safe to drive till then?"),
     c("It's fine to drive, just juddery. But I've been messed about already, it's been booked twice.", "bad_experience"),
     t("That's not good enough, and I'm sorry. Both go on one booking, and I'll text you the confirmation now with my direct line."),
     c("Okay. Tuesday then.", None)],
    [o, t("Great question. What matters most to you about your service experience?"),
     c("Having a car. I drive to six clients a day, I'm a carer.", None),
     t("Lovely. So Thursday at 8, drop the keys at reception. Any questions?"),
     c("Yes, the courtesy car! Will I have one? I can't do my rounds without.", None),
     t("Sure. And how would you rate your experience with us so far?"),
     c("Honestly? Pretty bad. It's been booked and cancelled twice already.", None),
     t("Thanks for that feedback. Anything else I can help with today? Thursday at 8 then."),
     c("Forget it. I'll ring the other branch.", None)]))

o = c("Hello dear. My daughter says I should get roadside assistance. I'm seventy-four and I drive a 2009 Corolla.", None)
PAIRS.append(gpair("b125g_sydney_roadside_membership", "roadside assistance membership line, Sydney AU", "repeated_questions",
    "An older driver phones about roadside cover at her daughter's urging.",
    [o, t("She's looking out for you. How much do you drive, and where: around town or longer trips?"),
     c("Shops and bowls, mostly. Oh, and once a month up to Newcastle to see my sister.", None),
     t("Town, plus Newcastle monthly. Does your car insurance already include roadside? Some do."),
     c("I don't know. I've been with them for years.", None),
     t("Worth checking, no point paying twice. If not, our Plus cover at $189 tows up to 100 km, handy on the Newcastle run."),
     c("A hundred and eighty-nine is a lot for something I may never use.", "too_expensive"),
     t("Fair point. Check your policy first. If you've nothing, the basic at $119 still covers town. I'll post both to you so your daughter can see."),
     c("Yes, post it. I'll ring the insurance and then talk to her.", "think_it_over")],
    [o, t("Lovely. Tell me, what does your driving look like day to day?"),
     c("Shops and bowls, and once a month up to Newcastle to see my sister.", None),
     t("Great. And how would you describe your typical week on the road?"),
     c("Well, as I said, the shops and bowls. Not much.", None),
     t("Perfect. So just so I understand, where do you usually drive?"),
     c("Dear, I've told you twice. Is this going to take long? I have bowls at two.", "no_time"),
     t("Of course. And what kind of trips would you say you take most?"),
     c("I think I'll just have my daughter ring you. Goodbye.", "brush_off")]))

o = c("hi my lease is up in march. not sure if i buy it out or just turn it in", None)
PAIRS.append(gpair("b125g_denver_lease_buyout", "dealership lease desk (web chat), Denver US", "wrong_paraphrase",
    "A lessee in web chat weighing a buyout against returning the car.",
    [o, t("Happy to help you work it out. Do you know your buyout price, and roughly how many miles are on it?"),
     c("buyout is 21400 i think. 38k miles, allowed was 36k", None),
     t("So 2,000 miles over. Returning it, that's about $500 at 25 cents a mile. Do you like the car and want to keep something like it?"),
     c("i like it fine. just dont want a big payment again, last one was 460 a month", None),
     t("Got it: you like it and want a lower payment. Similar ones sell near $24,000, so $21,400 is fair. I'll send the math for both, with a 48-month loan estimate. Ok?"),
     c("yes pls. ill look tonight", None)],
    [o, t("Great question! Tell me more about your needs."),
     c("38k miles, allowed 36k. buyout is 21400 i think. i like the car", None),
     t("So what I'm hearing is you've outgrown it and want to step up to something bigger, did I understand you correctly?"),
     c("no?? i said i like it", None),
     t("Right, so you'd like a fresh start with a new lease, payment around where it is now, is that right?"),
     c("no. i dont want a 460 payment again. thats what im trying to get away from", "no_money"),
     t("Totally. So budget isn't the main thing and you want the upgrade package. I'll start a quote, ok?"),
     c("you are not reading what i write. bye", None)]))

o = c("Hello. My husband passed away last month. He had a car on finance with you. I don't drive it, and I don't know what to do with it.", None)
PAIRS.append(gpair("b125g_cardiff_pcp_bereavement", "car finance desk at a dealership, Cardiff UK", "pitch_to_upset",
    "A recently widowed woman calls about her late husband's car on PCP finance.",
    [o, t("I'm so sorry for your loss. There's no rush with any of this. Is the car in his name only?"),
     c("Just his. Sorry, I get muddled with the paperwork at the moment.", None),
     t("That's completely normal. Then the finance is settled from his estate, or the car can simply be handed back, and payments can be paused meanwhile. Would a call from our bereavement team help, or a letter?"),
     c("A letter, I think. I can't face many phone calls.", None),
     t("Of course. I'll send one with both options and one named contact. Nothing is due while it's with them."),
     c("Thank you. That's kind.", None)],
    [o, t("I'm so sorry for your loss. I want this to be a positive experience for you. Can I ask, what are you driving yourself these days?"),
     c("I don't drive much. I have an old Micra.", None),
     t("Right, so this could be a fresh start! His car has equity; we could roll it into a lovely new hatch for you on a low monthly. How does that sound?"),
     c("I... I don't want a new car. I just want this sorted.", "no_need"),
     t("I understand. Sometimes a little treat helps after a hard time. Shall I book you a test drive next week?"),
     c("No. Please, just send me something in writing.", "brush_off")]))

o = c("Chain snapped on the Monash this morning. Two weeks after you lot serviced it. Could've killed me.", None)
PAIRS.append(gpair("b125g_melbourne_bike_chain_snapped", "motorbike service workshop, Melbourne AU", "blame",
    "An angry commuter's chain broke on the freeway two weeks after a service.",
    [o, t("That's frightening, I'm glad you're in one piece. Are you hurt, and where's the bike now?"),
     c("Bit of a graze. Bike's at my mate's place in Clayton.", None),
     t("We'll fetch it in our ute today, no charge. Our sheet says we adjusted the chain, not replaced it. Did anyone tell you it was worn?"),
     c("Nobody said a word. I'd have paid for a new one.", None),
     t("Then we'll inspect it with you there. If it's on us, chain, sprockets and any damage are covered. Tomorrow at 10 work?"),
     c("I work till three. Can't do mornings.", "no_time"),
     t("3:30 then. I'll text you when the bike's here.")],
    [o, t("Oh no. Can I ask, how have you been riding it since the service? Lots of wheelies?"),
     c("What? No. I commute on it. Thirty k each way.", None),
     t("Right. And how often do you lube the chain? The manual says every 500 km, and that's on the owner."),
     c("You serviced it two weeks ago. Checking it was your job.", None),
     t("I hear you, but our sheet says adjusted, not replaced. If you'd asked for a new chain, we'd have fitted one. Anything else I can help with?"),
     c("Unbelievable. I'm never coming back, and I'm telling everyone.", None)]))

o = c("Morning. I'm a plumber, my bakkie's got 380,000 on the clock and I need something before it dies. Quick, I've got a job at ten.", None)
PAIRS.append(gpair("b125g_durban_bakkie_plumber", "light commercial dealership, Durban ZA", "monologue",
    "A rushed self-employed plumber needs a replacement single-cab bakkie.",
    [o, t("Quick then. Single or double cab, what do you carry, and roughly what budget?"),
     c("Single cab. Pipes, and a geyser now and then. Around R300,000, finance through the business.", None),
     t("Got it. I've two single cabs under R300k with canopies. Can I WhatsApp you photos and figures, and you test drive after work?"),
     c("Ja, send them. But I'm not signing anything this week, my accountant must look first.", "think_it_over"),
     t("No problem, I'll include a quote he can check. What time suits tomorrow?"),
     c("Half five.", None)],
    [o, t("Love it, let me tell you about the experience waiting for you. The new double cab is our bestseller: 2.8 diesel, big screen, reversing camera, tow bar, the works. A game changer."),
     c("I need a single cab, for pipes, hey.", "no_need"),
     t("Totally, and the double cab fits your crew too. Finance from R8,999 a month, and we throw in mats, a bedliner and a five-year service plan. The resale is amazing."),
     c("That's more than my whole budget, my guy.", "no_money"),
     t("I understand, so let me explain the balloon option, it really helps small businesses like yours grow, because what happens is..."),
     c("I have a job at ten. Bye.", "no_time")]))

o = c("Hi, my tyre light came on and the front left looks low. How much for a new tyre? It's a 205/55 R16.", None)
PAIRS.append(gpair("b125g_birmingham_tyre_quote", "tyre and exhaust centre, Birmingham UK", "closing_as_open_question",
    "A driver with a low tyre phones for a price to compare.",
    [o, t("Before a new one: has it gone down suddenly or slowly? It might just need a repair."),
     c("Slowly, over a week. There's a screw in it, I can see the head.", None),
     t("If the screw's in the middle of the tread, a repair is 25 pounds. Near the edge, it needs replacing: mid-range is 78 fitted. Can you pop in so we look first?"),
     c("Seventy-eight sounds steep, I saw one for sixty online.", "too_expensive"),
     t("Online can be cheaper; check if fitting and the valve are included. Either way, let's see if it repairs. Today after four?"),
     c("Yeah, I can do half four.", None)],
    [o, t("Good question. Before we get into it, what would it take for us to get you booked in today?"),
     c("Just a price, mate. I want to compare.", "think_it_over"),
     t("Totally. And when we fit your new tyre, how would you like to pay, card or cash?"),
     c("I haven't said I'm buying. There's a screw in it, could it not just be repaired?", "no_need"),
     t("Great point. So which time works better to fit your new pair, 2 or 4? Fronts should match."),
     c("A pair? No. I'll try the place down the road.", "no_need")]))

o = c("Hello, I want to buy first car. I have job two years but no credit history. Is possible?", None)
PAIRS.append(gpair("b125g_houston_first_car_credit", "car dealership finance office, Houston US", "pitch_as_paraphrase",
    "A first-time buyer with no credit history and a firm monthly limit.",
    [o, t("Yes, it's possible. How much could you put down, and what monthly payment feels safe?"),
     c("I save four thousand. Monthly maybe three hundred, not more.", None),
     t("Four thousand down, three hundred a month max. With no history, rates are higher, maybe 11 to 14 percent. That means a car around $12,000 to $14,000. Is that okay?"),
     c("Twelve is okay. I just need go to work, reliable.", None),
     t("Then let's look at two certified used sedans, and I'll show the payment on each before you decide. A co-signer with good credit lowers the rate, but that's up to you."),
     c("My brother maybe. I will ask him first.", "think_it_over")],
    [o, t("Absolutely! Tell me about your needs."),
     c("I need go to work. I save four thousand, monthly maybe three hundred.", None),
     t("So what I'm hearing is you need our new crossover at $389 a month with the protection package, is that correct?"),
     c("No, three hundred. Three eighty-nine is too much for me.", "no_money"),
     t("So if I understand you, reliability matters, which is why you want the extended warranty and GAP, about $40 more a month, right?"),
     c("I don't know what is GAP. I think I ask my brother first.", "think_it_over")]))

o = c("G'day, oil filter and four litres of 10W-40 for a 2018 MT-07.", None)
PAIRS.append(gpair("b125g_adelaide_parts_oil_filter", "motorbike parts counter, Adelaide AU", "upsell_as_loop_closing",
    "A rider buying parts for a DIY oil change.",
    [o, t("Yep. Doing it yourself? You'll want a new sump plug washer too, it's a dollar. Got one?"),
     c("Nah, forgot about that. Chuck one in.", None),
     t("Filter's $18, oil $64, washer $1. It only takes about three litres, so you'll have some left. Still want the four?"),
     c("Ha, didn't know that. Four's fine, I'll use the rest for top-ups.", None),
     t("Sweet, $83. Anything else you need for the job?"),
     c("Nope, that's it. Cheers.", None)],
    [o, t("Sure. Anything else I can add to make your service experience complete? Chain kit's on special."),
     c("Nah, chain's fine. Just the oil and filter.", "no_need"),
     t("No worries. And just to close the loop, what else can I add? A paddock stand, or the premium full synthetic at $110?"),
     c("How much is the normal one, then?", None),
     t("$82. Before I ring it up, is there anything else you need today, like gloves or a tank bag? Members get 10 percent."),
     c("Mate, I'm double parked. Just ring it up.", "no_time")]))

o = c("Hey, I'm buying a used Subaru from a guy online. Can you check it over before I hand him cash? He's only free tomorrow.", None)
PAIRS.append(gpair("b125g_seattle_prepurchase_inspection", "independent repair garage, Seattle US", "leading_tag_questions",
    "A buyer wants a pre-purchase inspection on a cheap private-sale car.",
    [o, t("Sure. What year and mileage, and what time can he bring it?"),
     c("2012, 118k miles. He said noon-ish.", None),
     t("Noon works. At that mileage we'll look hard at head gaskets and CV boots. It's $150, about an hour, with a written report. Okay?"),
     c("Hm, 150 is more than I thought. Is there a cheaper one?", "too_expensive"),
     t("There's a $90 basic, but it skips the compression test, the one I'd want on this engine. Your call."),
     c("Okay, yeah, the full one. Better than buying a lemon.", None)],
    [o, t("Smart move. You'll want our premium 200-point inspection, won't you? It's only $249."),
     c("249? That's a lot for an inspection. Isn't there a basic one?", "too_expensive"),
     t("There is, but you wouldn't want to risk a lemon to save a few bucks, would you?"),
     c("I mean, I'm only paying four grand for the car.", "too_expensive"),
     t("Sure. And you'd agree it's better safe than sorry, right? Noon tomorrow, premium, yeah?"),
     c("Let me see what the seller says and I'll get back to you.", "brush_off")]))
