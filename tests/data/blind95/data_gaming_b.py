"""Gaming pairs, part B (blind95): 10 pairs, kinds 11-15 and 1-5."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer - home health aides, Little Rock
o = c("Hi, I'm calling about getting somebody to come help my daddy. He fell and broke his hip in March and he's home now, but he's not doing good on his own.", None)
PAIRS.append(gpair(
    "b95g_littlerock_home_aide_dad", "Home health aide agency, Little Rock, Arkansas", "ignored_customer",
    "A working daughter calls an agency to arrange an aide for her 84-year-old father after a hip fracture.",
    good=[o,
          t("I'm sorry, a hip is a hard recovery. Tell me about him: what's he struggling with, and what time of day is hardest?"),
          c("Mornings. Getting in the shower, getting dressed. And I'll just tell you, he's proud. He will not let a woman help him bathe, he already ran off the nurse from the hospital.", None),
          t("That's good to know up front. So mornings, shower and dressing, and it needs to be a man. We have Marcus, who's worked with a lot of older veterans. Weekdays 7:30 to 10:30 would cover the shower and breakfast. Our minimum is three hours, at $28 an hour."),
          c("That's about four hundred twenty a week. I work at the DMV, I don't know how we swing that. Does Medicare pay any of it?", "no_money"),
          t("Honest answer: Medicare doesn't pay for this kind of help, only skilled care after a hospital stay. But you said veterans, was your daddy in the service? The VA Aid and Attendance benefit can pay a good part of it."),
          c("Army, Vietnam. Nobody ever told us about that.", None),
          t("Then let's do this: I'll send you the VA form today, and Marcus and I come meet your daddy Thursday at no charge, so he gets a say before anybody starts. Would late afternoon suit, after you're off work?"),
          c("Five-thirty Thursday. And thank you for listening about the man thing.", None)],
    gaming=[o,
            t("I'm so sorry to hear that. Can you tell me a little about his needs and what a typical day looks like for him?"),
            c("Mornings are the worst, the shower and getting dressed. And he won't have a woman bathe him. He ran off the nurse at the hospital.", None),
            t("Thank you for sharing that. And what's your schedule like?"),
            c("I'm at work eight to five, so it has to be mornings before he tries it on his own.", None),
            t("Perfect. So I have Brenda available, she's wonderful, afternoons 1 to 5, four-hour minimum, every day including weekends. I'll put you down for a Monday start."),
            c("Did you hear me? He won't let a woman help him, and afternoons don't help the shower.", None),
            t("I understand completely. Brenda's very experienced, he'll love her. Is there anything else I can help with today?"),
            c("You know what, just email me your brochure. I'll look at it.", "brush_off")]))

# 12 repeated_questions - boat dealer, Orange Beach AL
o = c("How you doin'. Lookin' at bay boats. Me and my boy fish the back bays for reds, and sometimes run out to the rigs if it's slick calm.", None)
PAIRS.append(gpair(
    "b95g_orangebeach_bay_boat", "Boat dealership, Orange Beach, Alabama", "repeated_questions",
    "A father shopping for a bay boat to fish inshore with his son.",
    good=[o,
          t("Good combo, shallow back bays and the odd run to the rigs. That usually points to a 22 to 24 foot bay boat with a 150 to 200. What's your budget looking like, and where'll you keep it?"),
          c("Forty, forty-five. Keep it at the house on a trailer, I got a Tundra.", None),
          t("Tundra's plenty for that. The 22 with a 150 on a galvanized trailer is $44,900 out the door, drafts about a foot so you'll get up in the marsh. The 24 rides better offshore but it's fifty-eight, past what you said."),
          c("Thing is, my buddy bought a boat over in Pensacola and the dealer never would touch his warranty work. Took his motor four months.", "bad_experience"),
          t("That happens, and it's a fair question to ask any dealer. Our service shop is right behind this building, with two certified techs for that motor. Walk back there with me and ask them how long warranty work takes right now."),
          c("Alright. Then let me bring my boy Saturday mornin' and we'll look at it together.", None)],
    gaming=[o,
            t("Love it! So tell me, what kind of fishing do you see yourself doing?"),
            c("Like I said, back bays for reds. Rigs sometimes.", None),
            t("Great. And help me understand, where do you picture using the boat most?"),
            c("The back bays. Shallow water.", None),
            t("Perfect. So would you say you're more inshore or offshore?"),
            c("Man, I done told you twice. Inshore, mostly.", None),
            t("Got it, thanks for that. And what would a perfect day on the water look like for you and your son?"),
            c("Just give me a brochure, I'll look it over at the house.", "brush_off")]))

# 13 wrong_paraphrase - plumber, Montego Bay
o = c("Hello, good day. Mi water pressure inna di house weak bad from Sunday. Di pump a run but di shower just a drip.", None)
PAIRS.append(gpair(
    "b95g_montegobay_plumber_pressure", "Plumbing service, Montego Bay, Jamaica", "wrong_paraphrase",
    "A homeowner on a hillside calls a plumber about weak water pressure although the pump runs.",
    good=[o,
          t("Good day. Let me ask a few things. You have a tank and a pump, right? Does the pump run all the time, or cut on and off quick, like every few seconds?"),
          c("It cut on and off, on and off, all night. Mi can hear it from mi bedroom. Tank have water, mi check it.", None),
          t("Okay, so the tank is full but the pump is short-cycling. That's most likely the pressure switch or the pressure tank losing its air, not the pump itself. Those are cheap parts compared to a pump. Call-out is J$8,000, which covers the first hour, and it comes off the repair if you go ahead."),
          c("Eight thousand just fi come? Di man down di road charge mi five.", "too_expensive"),
          t("I understand. If it's the pressure tank, I bring the air pump and charge it right there, often that's all it needs and no parts. I can give you the price for everything before I touch anything. Tomorrow morning good for you?"),
          c("Mi cyaan do tomorrow, mi deh a work at the hotel till evening.", "no_time"),
          t("Saturday at 8 then? Until then, switch off the pump at night so it doesn't burn out from all the cycling."),
          c("Saturday good. Mi will turn it off. Thanks, boss.", None)],
    gaming=[o,
            t("Good day! So what I'm hearing is your pump has given out and you want to replace the whole system, pump and tank together. Did I understand you correctly?"),
            c("No, mi never say so. Mi say di pump a run, but di pressure weak.", None),
            t("Thank you for clarifying. So you're telling me the water heater also is giving trouble and you want to go solar while we're there. Is that right?"),
            c("Solar? Who talk 'bout solar? A di cold water mi a talk 'bout.", None),
            t("Got it, and you mentioned budget isn't really a concern, since the house is a big one, so we can do the full upgrade for about J$450,000."),
            c("Mi never say nothing 'bout budget. Four hundred fifty thousand? Mi cyaan find dat kind a money.", "no_money"),
            t("I hear you. So to play it back, you want to start with the pump and do the solar next month. Shall I book the crew?"),
            c("No, man. Forget it. Mi a call somebody else.", None)]))

# 14 pitch_to_upset - funeral home, Mobile AL
o = c("Yes... I'm sorry. My husband passed last night at the hospice and they told me to call y'all. I don't know what I'm supposed to do.", None)
PAIRS.append(gpair(
    "b95g_mobile_funeral_husband", "Funeral home, Mobile, Alabama", "pitch_to_upset",
    "A newly widowed woman calls the funeral home the morning after her husband died.",
    good=[o,
          t("I'm so sorry, ma'am. You don't need to know what to do, that's our job. We'll bring him from the hospice into our care today. Can I ask your name and his?"),
          c("I'm Loretta Pugh. He's Harold. Forty-one years. He was a deacon at Greater Mount Olive.", None),
          t("Mrs. Pugh, I'm sorry. Did Harold ever say what he wanted? Burial or cremation, a service at Mount Olive?"),
          c("Burial, at the church cemetery, by his mama. He was in the Navy too. But the policy is only ten thousand, I can't do nothing fancy.", "no_money"),
          t("Being Navy, he's entitled to a flag, honors at the graveside and a headstone from the VA at no cost to you. I'll give you our price list so you can see everything, and a service at Mount Olive with burial can be done well inside ten thousand. No decisions today."),
          c("Thank you. I want to wait till my daughter gets in from Atlanta tonight before I pick anything.", "think_it_over"),
          t("Of course. Would tomorrow at ten, here or at your home, suit you both? Bring his discharge papers if you can find them, and call me any hour tonight if you need to."),
          c("Tomorrow at ten, here. Thank you for being kind.", None)],
    gaming=[o,
            t("I'm so sorry for your loss. We're here to make this a meaningful experience. To honor him properly, many families choose our Legacy package, with the solid cherry casket and premium vault, from $14,900."),
            c("I... I just need to know what happens to him now.", None),
            t("Absolutely, and I hear you. Honoring a life is so important. Now, have you thought about your own arrangements? Our pre-need plan locks today's prices, and it's a gift to your children."),
            c("My own? Honey, he died last night. The policy's only ten thousand, I can't spend fourteen.", "no_money"),
            t("I understand. We do have financing, and the Legacy package really is what most families at Mount Olive choose. How would you like to honor his memory?"),
            c("I'm gonna wait for my daughter. She'll call you.", "think_it_over")]))

# 15 blame - internet and cable, Kingston
o = c("Hi, my internet down from Tuesday. Three days now. Mi work from home with a call centre and mi cyaan log on.", None)
PAIRS.append(gpair(
    "b95g_kingston_cable_outage", "Cable and internet provider, Kingston, Jamaica", "blame",
    "A remote call-centre agent calls her cable provider after three days without internet.",
    good=[o,
          t("Sorry, three days with your work on the line is serious. Can you give me the account number or the address?"),
          c("14 Dunrobin Avenue. Account ending 5502.", None),
          t("Thanks. I see it: a fibre cut on Constant Spring Road from Tuesday, affecting your area, not anything at your end. The crew estimate is Saturday. I'm sorry nobody told you. I'll credit the days you're down, and I can put a free 30 GB data bundle on your phone today so you can hotspot for work."),
          c("Last time dem promise mi a credit and it never show up on the bill.", "bad_experience"),
          t("Fair. I've put the credit through while we talk, reference CR-88214, it'll show on your next bill, and I'll text you the reference so you have it. What's your mobile number for the bundle?"),
          c("876-555-0193. Okay, that help. Thank you.", None)],
    gaming=[o,
            t("I'm sorry to hear about your experience. Before we go on, did you move the router or unplug anything? Most of the time when customers call, somebody at home moved something."),
            c("Nobody touch it. Di light dem red from Tuesday.", None),
            t("Okay. And did you pay the bill on time? Service can get suspended when payment is late."),
            c("Mi pay it on the 1st, same as every month.", None),
            t("Then you must have changed a setting. People change the Wi-Fi name and lock themselves out. You really need to leave the router alone, that's all I can tell you."),
            c("Mi nuh change nothing! Mi neighbour say fi dem internet down too.", None),
            t("Well, I can only go by what's on your account. If you want a technician, that's J$3,500 if the fault is inside the house."),
            c("Mi nah pay fi unnu mistake. Mi gone.", None)]))

# 1 monologue - credit union auto loan, Wichita KS
o = c("hey, um, I'm trying to get a loan on a truck? the dealer financing was like nineteen percent and that seemed kinda crazy.", None)
PAIRS.append(gpair(
    "b95g_wichita_cu_truck_loan", "Credit union, Wichita, Kansas", "monologue",
    "A 23-year-old walks into a credit union after getting a high rate from dealer financing.",
    good=[o,
          t("Good instinct to shop it. Tell me about the truck and what the dealer offered. Price, year, and how long a loan?"),
          c("'17 Silverado, sixty thousand miles, twenty-four grand. They said seventy-two months at nineteen. I work at the Spirit plant, been there a year and a half.", None),
          t("Okay. Steady job helps. Can I pull your credit with your OK? It's what sets the rate. Also, a 2017 at 72 months means you'd owe more than it's worth for a while."),
          c("Yeah go ahead. Honestly I'm kinda scared of it, my dad got his truck repo'd when I was in high school.", "bad_experience"),
          t("That makes sense. Your score is 664. For a used vehicle that gets you around 8.5 percent. At 60 months that's roughly $490 a month, against about $590 at the dealer's rate. What payment would feel safe for you?"),
          c("Like four-fifty would be comfortable. Five's doable but tight.", None),
          t("If you put $1,500 down, you'd be around $460. I'd get you a pre-approval letter today, good for 30 days, so you can walk back in there with your own financing and no rush."),
          c("Okay, yeah. Let's do the pre-approval.", None)],
    gaming=[o,
            t("Absolutely, welcome! What brings you in? Actually, let me tell you about us, because I think you're going to love this. As a member you get our Drive Easy auto loan, rates as low as 5.49, plus GAP coverage, mechanical breakdown protection and our credit-builder card."),
            c("okay, but I don't know what my credit is, is 5 percent for real?", None),
            t("Great question! Rates depend on a lot, but here's what's exciting: members who bundle the loan with direct deposit and the Platinum checking get a quarter point off, and the Platinum comes with roadside assistance and identity theft monitoring. GAP is only $695 and it protects your investment."),
            c("sorry, I'm on my lunch, I gotta be back at the plant in like fifteen minutes.", "no_time"),
            t("No problem, I'll be quick! So we'll open the Platinum, set up direct deposit, and add GAP and the service plan to the loan. Our members love the experience. Does that sound like a plan?"),
            c("I'll come back another time I guess.", "brush_off")]))

# 2 closing_as_open_question - pawn shop, San Antonio
o = c("Hey, can I see that ring? The one with the little diamonds around it. Second row.", None)
PAIRS.append(gpair(
    "b95g_sanantonio_pawn_ring", "Pawn shop, San Antonio, Texas", "closing_as_open_question",
    "A young man looks at a diamond ring in a pawn shop case, thinking about proposing.",
    good=[o,
          t("Sure thing. That's a halo, about three-quarters of a carat total, white gold, marked $1,400. Is it for somebody special?"),
          c("Yeah, my girlfriend. Thinking about proposing at Christmas. But no lie, my cousin bought a chain at a pawn shop and it turned out fake.", "bad_experience"),
          t("Smart to ask. Every diamond piece here gets tested, I'll test it in front of you now, and this one has a written appraisal. We also do seven days return if an outside jeweler says anything's off. Do you know her ring size, or what style she wears?"),
          c("She wears a lot of silver, simple stuff. I think a six? And real talk, fourteen hundred is more than I was hoping.", "too_expensive"),
          t("That helps. Simple and silver, this might actually be busier than she likes. This solitaire is also white gold, a half carat, $950. And size six, this one's a seven, resizing is $60. Want to see them side by side?"),
          c("Yeah. Let me take a picture and send it to her sister first, she knows her taste.", "think_it_over"),
          t("Good call. I can hold either one until Saturday with no deposit, just your name."),
          c("Bet. Hold the solitaire.", None)],
    gaming=[o,
            t("Great eye! Who's the lucky lady? And how would you like to take care of this today, card or cash?"),
            c("Whoa, I'm just looking right now, bro.", "brush_off"),
            t("Totally. And what would it take for you to walk out with it today?"),
            c("I mean, is it even real? My cousin got burned at a pawn shop.", "bad_experience"),
            t("Absolutely, and that's a great question. So would you rather do the layaway, or pay it off today and save on the layaway fee?"),
            c("I don't even know her size yet, man.", None),
            t("No problem, we resize. Which day this week works best to pick it up, after resizing?"),
            c("Nah. I'm good. I'll check the jeweler at the mall.", "brush_off")]))

# 3 pitch_as_paraphrase - plumber, Nashville
o = c("Yeah, my water heater's leakin'. There's a puddle in the garage, and it's about twelve years old I think.", None)
PAIRS.append(gpair(
    "b95g_nashville_water_heater_leak", "Plumbing, Nashville, Tennessee", "pitch_as_paraphrase",
    "A homeowner calls a plumber about a leaking twelve-year-old water heater.",
    good=[o,
          t("Okay, let's figure out how bad. Is the water coming from the bottom of the tank itself, or from a pipe or the valve on the side?"),
          c("Lookin' at it now. It's comin' from under it. The side valve's dry. Tank feels kinda rusty on the bottom.", None),
          t("Then the tank itself is failing, and at twelve years it isn't worth fixing. Turn the cold supply off above it, and the gas to pilot. Gas or electric, and how many people in the house?"),
          c("Gas. Me, my wife and three teenagers. Somebody's always out of hot water already.", None),
          t("With five and teenagers, I'd go to a 50-gallon gas, around $1,650 installed with haul-off and permit. Tankless is nice for endless hot water but it runs about $4,000 with venting. I'd only push that if you're staying long term."),
          c("My brother-in-law says he can put a tank in for half that.", "too_expensive"),
          t("He might. Just know Nashville needs a permit and inspection on gas water heaters, and ours comes with a six-year warranty and labor. If he does it, make sure he pulls the permit. If you want us, we can be there tomorrow at 8."),
          c("Hm. Fair enough. Put me down for 8, I'll call him off.", None)],
    gaming=[o,
            t("So sorry to hear that! Tell me more about your household and what you need."),
            c("There's five of us. Three teenagers. Right now I just need it to stop leakin'.", None),
            t("Got it. So what you're saying is you need endless hot water for a big family, which means our premium tankless system at $4,200 installed, right?"),
            c("I didn't say tankless. I said it's leaking.", None),
            t("Absolutely, and just to make sure I heard you: your real concern is efficiency, so the tankless with the recirculation pump and our annual care plan is the way to go, correct?"),
            c("No. Four grand for a water heater? That's crazy. My brother-in-law says a tank's half that.", "too_expensive"),
            t("Totally understand. So what I'm hearing is you want the best long-term value, which is exactly the tankless. Shall I get that scheduled?"),
            c("No, you're not hearin' anything. Bye.", None)]))

# 4 upsell_as_loop_closing - tax prep, Columbus OH
o = c("hi, do yall do taxes walk in? its just my w2 from kroger and I got my two kids", None)
PAIRS.append(gpair(
    "b95g_columbus_tax_w2_walkin", "Storefront tax preparation, Columbus, Ohio", "upsell_as_loop_closing",
    "A single mother walks into a storefront tax office with one W-2 and two children as dependents.",
    good=[o,
          t("We do. Have a seat. One W-2 and two kids, anything else? Childcare costs, school, any side income?"),
          c("I pay my neighbor to watch them after school, like $60 a week. That's it. How much is this gonna cost me", None),
          t("Your return with the child credits would be $189 here. I'll be honest, at your income you also qualify for free filing through the VITA program at the library on Karl Road. If you want it done today, we can. Do you have your neighbor's name and address or SSN for the childcare credit?"),
          c("189 is a lot for me. But the library one I tried last year and the wait was like four hours", "bad_experience"),
          t("That's fair, it can get long in February. They take appointments now, it's on the sign-up sheet online. Either way, bring your neighbor's info. Do you want to think it over, or start now?"),
          c("I got the kids in the car. Ill try the appointment, and if not ill come back", "think_it_over"),
          t("Sounds good. Here's a list of what to bring either place. Good luck."),
          c("ok thank you", None)],
    gaming=[o,
            t("We sure do! Let's get you taken care of. And to close the loop on your needs today, would you like to add our refund advance so you get up to $1,000 today?"),
            c("how much does that cost", None),
            t("Great question, it's built into the prep fee. And what else can I add to make this a success for you? Our Audit Shield is $49.95 and protects you for three years."),
            c("I dont need that, its just one w2", "no_need"),
            t("Totally. And just so we've covered everything, would you like your refund on our prepaid card? It's $29.95 to load but it's instant."),
            c("can you just tell me the total", None),
            t("Sure, with the prep, advance, Audit Shield and card it comes to $412. Anything else I can add for you today?"),
            c("412?? no. thats half my refund. never mind", "too_expensive")]))

# 5 leading_tag_questions - mosquito control, Savannah GA
o = c("Hello there. I'm having the whole family for the Fourth and the mosquitoes in my backyard are eating us alive. What do y'all do for that?", None)
PAIRS.append(gpair(
    "b95g_savannah_mosquito_yard", "Pest control, Savannah, Georgia", "leading_tag_questions",
    "A retired grandmother calls about mosquito spraying before a Fourth of July cookout.",
    good=[o,
          t("Happy to help. Two questions so I don't sell you more than you need: is it bad all summer, or mostly lately? And is there anything that holds water back there, birdbath, gutters, a low spot?"),
          c("Mostly since all that rain. There's a birdbath, and my husband's old boat has a tarp on it that collects water.", None),
          t("That tarp is probably your main nursery. Tip it out and the birdbath every few days and you'll cut them a lot. For the party, we can do a one-time event spray two days before, $89. Or the monthly program, $65 a treatment, through October."),
          c("I'll do the one time for the party. Monthly I don't need, we don't sit out there much except holidays.", "no_need"),
          t("Makes sense. I'll book the event spray for July 2nd. Would morning or afternoon suit, and do you have a dog who'll need to stay in for an hour?"),
          c("Morning, and yes, Biscuit. I'll keep him in.", None)],
    gaming=[o,
            t("Oh, I'd love to help! You'll want the whole season covered, won't you? Nobody wants the grandkids eaten alive, do they?"),
            c("Well, it's really just the Fourth I'm worried about.", None),
            t("Of course. But mosquitoes carry West Nile, you wouldn't want to take that chance, would you? The monthly program is the safe choice, isn't it?"),
            c("I guess... what does that cost?", None),
            t("It's just $65 a treatment through October, and you'd want the tick add-on too, wouldn't you, with the dog and all?"),
            c("That adds up. I'm on a fixed income, sugar.", "no_money"),
            t("I understand. But your family's health is worth it, isn't it? Shall I put you down for monthly starting next week?"),
            c("Let me ask my son about it. He handles that kind of thing.", "think_it_over")]))
