"""Ranked pairs d01-d10 (b83): two decent conversations; `better` digs deeper or is more honest."""
from common import c, rpair, t

# d01 propane, eastern Kentucky: whose tank, lease or own
o1 = c("Hey, we just bought the old Caudill place off Route 7, it's got a propane tank out back but the realtor said it belongs to some company. I need gas for the furnace and I don't know how any of this works.", None)
d01 = rpair(
    "b83r_d01_kentucky_propane_tank_lease",
    "New owners of a rural house find a tank owned by another propane company and call for service.",
    [o1,
     t("Welcome to the area. First thing, let's see whose tank it is, there's a tag under the dome lid. Can you read me the company name?"),
     c("Hang on... Bluegrass Gas, and a number, 4471-something.", None),
     t("That's not us, so there are two ways. Call Bluegrass and set up with them, since it's their tank, or we set our own and they pick theirs up. Before I push either one, what runs on gas in the house, and are you planning to stay a while?"),
     c("Furnace and a gas log in the living room. We're staying, this is it for us. Honestly I'm gun-shy, the propane company at our last place had us locked in and charged whatever they wanted.", "bad_experience"),
     t("That's common with leased tanks, only the tank owner can fill it. Since you're staying, owning is worth a look: a 500 runs about 2,800 installed, then you can buy from anybody and shop the price. Or we lease one for 75 a year with our gas. Which matters more, low upfront or freedom to shop?"),
     c("Freedom. But twenty-eight hundred right after closing, ooh. Can I think on it and call you back this week?", "think_it_over"),
     t("Sure. Meanwhile call Bluegrass for a fill so you're not cold. I'll email both options in writing, with what each costs you over five years.")],
    [o1,
     t("Welcome. If there's a tank there already, it belongs to whoever's name is on the dome. Do you know who it is?"),
     c("It says Bluegrass Gas on it.", None),
     t("Then you can call them, or we set you up with our tank. Ours is a lease, 75 a year, and we'd swap theirs out. Our price today is 2.29 a gallon."),
     c("Can I own one instead? The company at our last place had us locked in and charged whatever they wanted.", "bad_experience"),
     t("You can, a 500 is about 2,800 installed. Most folks lease though, it's simpler and we handle the maintenance."),
     c("Twenty-eight hundred right after closing, I don't know. Let me think on it.", "think_it_over"),
     t("No problem. Give us a call when you're ready and we'll get you on the schedule.")])

# d02 feed store, eastern Ontario: thin senior mare
o2 = c("Hi, I need a senior feed for my old mare. She's twenty-six and she's getting ribby. What do you recommend?", None)
d02 = rpair(
    "b83r_d02_ontario_feed_senior_mare",
    "A pensioner at a rural feed mill asks for a senior feed for a thin 26-year-old mare.",
    [o2,
     t("Twenty-six, good on her. Before I pick a bag, how are her teeth? Is she dropping hay, or leaving little wads of chewed hay around?"),
     c("Actually, yeah, there's balls of hay in her stall. I thought she was just being messy.", None),
     t("That's called quidding. It usually means she can't grind long hay anymore, so she loses weight even with hay in front of her. When did the vet or the dentist last do her teeth?"),
     c("Oh gosh. Two years? The equine dentist that comes round charges an arm and a leg.", "too_expensive"),
     t("I'd still get her looked at, a sore tooth won't be fixed by feed. Meanwhile, this complete senior is made to be soaked as a mash, no long hay needed. 36.50 a bag, but fed as her whole diet she'd go through two or three a week."),
     c("Three bags a week, that's over a hundred dollars a week. I'm on a pension.", "no_money"),
     t("Then don't go all in. Soaked hay cubes are 22 a bag and she can chew them soft. Cubes plus two scoops of senior a day. Take one of each, see how she does for two weeks, and book the dentist.")],
    [o2,
     t("For a senior, this is our most popular, the complete senior feed. High fat, easy to chew. 36.50 a bag."),
     c("Does it help put weight on? She's getting ribby.", None),
     t("Yes, it's made for hard keepers. Start around four pounds twice a day and work up. Keep her on her hay too."),
     c("Okay. How many bags would I need?", None),
     t("At that amount a bag lasts about a week. If she doesn't pick up, go up a bit."),
     c("Thirty-six a week adds up on a pension. I'll take one and see.", "no_money"),
     t("Sounds good. Let us know how she does.")])

# d03 credit union, western New Brunswick: bigger operating line
o3 = c("I'll get right to it. I want my operating line bumped from 150 to 250. Fertilizer's up, and the bank in Woodstock already said no.", None)
d03 = rpair(
    "b83r_d03_newbrunswick_cu_operating_line",
    "A potato farmer asks his credit union for a much larger operating line after a bank turned him down.",
    [o3,
     t("Alright. Before I take it to committee, walk me through your year. When does the money go out, and when does it come back?"),
     c("Seed and fertilizer in April, May. Spray all summer. Harvest in September, but most goes in storage and I sell to the chip plant right through June.", None),
     t("So the line peaks around harvest and doesn't come down till the storage empties. Is the chip plant contract signed for this year?"),
     c("Signed. Sixty percent of the crop. The rest I sell open market, that's where the risk is.", None),
     t("That contract is what gets this approved. Bring it and last year's storage records, and I can likely support 230 tied to the contract, with the open-market part kept outside. Would 230 carry you, or is 250 a hard number?"),
     c("230 is tight but I'd manage. I'm not paying some big fee though, the bank wanted fifteen hundred just to look.", "too_expensive"),
     t("Our fee on that size is 400. Come see me Thursday with the contract, and you'll have a decision within a week after.")],
    [o3,
     t("We can look at that. Bring your last two years of financials and your tax returns."),
     c("I've got those. Fertilizer's way up, that's the whole reason.", None),
     t("Understood, we're seeing that a lot with input costs. I'll put in for the 250 and the committee will review it."),
     c("How long does that take? I need it before seeding.", None),
     t("Usually two weeks. Setup fee on that size is 400."),
     c("The bank wanted fifteen hundred, so that's something. Let's do it.", None),
     t("Great. I'll get the forms started and email you the list.")])

# d04 HVAC, north Alabama: replace both, heat pump question
o4 = c("Our AC is twenty years old and the furnace too, and the fella who serviced it said it's time. I want a price on replacing both. Also my brother-in-law swears by heat pumps, is that a thing down here?", None)
d04 = rpair(
    "b83r_d04_alabama_hvac_replace_heatpump",
    "A homeowner asks an HVAC company to price replacing a 20-year-old AC and gas furnace.",
    [o4,
     t("Heat pumps work fine in north Alabama, most winters anyway. Before I price anything: how big's the house, and what do your bills run, summer and winter?"),
     c("About 1,800 square feet. Power's like 280 in July. Gas in January maybe 160. Water heater and stove are gas too.", None),
     t("So you keep the gas line either way. That makes dual fuel an option: heat pump most of the year, gas furnace only on the real cold nights. Any rooms that are always hot or cold?"),
     c("The back bedroom over the garage is an oven. My daughter sleeps there.", None),
     t("That's likely the ductwork, and a new unit alone won't fix it, so I'll check that run while I'm up there. I'll price three ways side by side: AC and furnace, heat pump only, and dual fuel."),
     c("Three quotes, okay. My husband'll want to be here for that, he's on the road till Friday.", "think_it_over"),
     t("Then Saturday at nine, both of you. I'll bring the numbers and the Alabama Power rebate on each one.")],
    [o4,
     t("Heat pumps are popular now. For a house around 1,800 feet, a 3-ton heat pump with a new air handler runs about 11,500 installed, and Alabama Power has a rebate."),
     c("That's about what we are, 1,800. Is three ton right?", None),
     t("Three tons is standard for that size, I'll confirm with a load calc when I come out. Straight AC and gas furnace would be about 10,200."),
     c("And the back bedroom over the garage is an oven. Will a new one fix that?", None),
     t("A new system with a variable-speed blower should help with that."),
     c("Hm. Just email me the numbers, I'll look at them sometime.", "brush_off"),
     t("Will do, you'll have both quotes today.")])

# d05 private-duty home care, east Texas: the real worry is at night
o5 = c("I'm looking into getting somebody to stay with my mother some. Maybe four hours a day. What do y'all charge?", None)
d05 = rpair(
    "b83r_d05_texas_homecare_night_wandering",
    "A daughter asks a home care agency about daytime hours for her mother, who has memory problems.",
    [o5,
     t("We're 32 an hour, four-hour minimum. Before I book anything, tell me about your mom. What made you start looking now?"),
     c("She's eighty-eight, some memory stuff. Fine in the daytime mostly. But last week she was out in the yard at two in the morning in her nightgown. The neighbor brought her back.", None),
     t("That must have been frightening. So would daytime hours help with that, or is the night the real worry?"),
     c("The night, honestly. But I figured overnight would cost a fortune. I can't do thousands a month.", "no_money"),
     t("Overnight costs more, I won't pretend, a ten-hour sleep-over shift is 260. Cheaper things first: door alarms, under forty dollars, and ask her doctor whether something new, a medicine or an infection, has her up at night. Has she seen him since?"),
     c("No. I didn't think of that. She's got an appointment the twentieth.", None),
     t("Then door alarms this week, keep the appointment, and I'll write up what two or three nights a week would cost so you have real numbers. Could I come meet her Thursday afternoon?")],
    [o5,
     t("We're 32 an hour, four-hour minimum. What days were you thinking?"),
     c("Weekdays, I guess. She's eighty-eight, she's got some memory stuff.", None),
     t("That's very common, and our aides are trained in dementia care. Four hours Monday to Friday is 640 a week. We can start Monday."),
     c("Six-forty a week. Lord. And the thing is, last week she got out in the yard at two in the morning.", "too_expensive"),
     t("Oh, that's scary. We do overnight care too. For now, want to start with the weekday hours and see how it goes?"),
     c("I guess. Let me look at my budget and call you back.", "think_it_over"),
     t("Sounds good, here's my card.")])

# d06 RV rental, Anchorage, Alaska: visitors from Germany
o6 = c("Hello, we are two, me and my wife, from Germany. We want to rent a camper for two weeks, to see Denali and then drive the Denali Highway, we have seen pictures. What do you have?", None)
d06 = rpair(
    "b83r_d06_alaska_anchorage_rv_rental",
    "A German couple at an Anchorage RV rental desk plan a route the rental contract does not allow.",
    [o6,
     t("Welcome to Alaska! One important thing first: the Denali Highway is mostly gravel, and our contract doesn't allow gravel roads, same as nearly every rental in Anchorage. Had you seen that anywhere?"),
     c("No! We plan this since one year. It is really not possible?", None),
     t("I'm sorry, it's the insurance. The first twenty-one miles from Paxson are paved, so you can still see it a bit. How comfortable are you driving something big? Have you driven an RV before?"),
     c("I drive a VW Bus at home. Not so big like this. My wife does not want to drive.", None),
     t("Then I'd put you in our smallest, the 22-foot. Easier on the Parks Highway and in parking lots, better on fuel. 245 a night plus miles, and your route is around 1,100 miles."),
     c("Hmm, it is more expensive than we have calculated.", "too_expensive"),
     t("Understood. I'll write out the total with the mileage and a route that skips the gravel, and I can hold the 22-foot until tomorrow evening with no deposit while you two look at it.")],
    [o6,
     t("Welcome to Alaska! For two people I'd recommend the 25-foot, separate bed and a bigger bathroom, very comfortable. 275 a night plus miles."),
     c("That sounds good. And the Denali Highway is okay with this camper?", None),
     t("Actually no, gravel roads aren't allowed under our contract, and the Denali Highway is gravel. The Parks Highway to the park entrance is paved though."),
     c("Oh. That is a pity, we have planned this one year. Okay.", None),
     t("The park is beautiful, you'll love it. Two weeks at 275 a night plus about 1,100 miles. Would you like to book?"),
     c("It is more than we calculated. We must think about it.", "think_it_over"),
     t("Of course, here's a brochure. Call us when you decide.")])

# d07 township zoning office, rural Michigan: second home for mother
o7 = c("Hi, my mom's moving near us, we want to put a manufactured home for her on our forty acres. What do I need?", None)
d07 = rpair(
    "b83r_d07_michigan_zoning_second_home",
    "A landowner asks the township office what it takes to place a manufactured home for her mother.",
    [o7,
     t("That's doable in most of the township, it depends on details. Is the forty zoned agricultural, and is there already a house on it?"),
     c("Ag, yes. Our house is on it. We'd put hers back by the pole barn, maybe two hundred feet away.", None),
     t("Then it's a second dwelling on one parcel, which in Ag needs a special land use permit and a public hearing. Some people split off two acres instead and then it's a plain building permit. Is splitting an option?"),
     c("Splitting would mess up our farm taxes, I think. How long's a hearing take? She's selling her place in Lansing in August.", None),
     t("Hearings are monthly and notice takes a month, so six to eight weeks once everything's in. The thing that trips people up is septic: her home needs its own, or the health department has to okay tying into yours. Has anyone looked at your septic?"),
     c("Nope. Ours is old. Ugh.", None),
     t("It's doable by August if you start now. Call the health department first for a soil evaluation, here's the number, then file the land use application here, 250, and I'll put you on the July hearing.")],
    [o7,
     t("For a second home on your parcel you'll need a special land use permit. Here's the application, the fee is 250."),
     c("Okay. What does that involve?", None),
     t("You fill it out with a site plan, we schedule a public hearing, and the planning commission votes. Hearings are monthly."),
     c("She's selling her place in Lansing in August. Will we make it?", None),
     t("Should be fine if you get it in soon."),
     c("Two-fifty, plus a site plan. Fine, I'll fill it out.", None),
     t("Sounds good. Don't forget the site plan.")])

# d08 tax preparer, south Louisiana: newlyweds, booth-rent stylist
o8 = c("Hey. Me and my wife got married in October and somebody told us to file together now. I work offshore, two weeks on two off, she does hair. Can y'all do both of us?", None)
d08 = rpair(
    "b83r_d08_louisiana_taxprep_newlyweds",
    "An offshore worker asks a small tax office to do a first joint return with his self-employed wife.",
    [o8,
     t("Congratulations. Yes. Joint is usually better, but her doing hair is the wrinkle. Is she an employee at a salon, or does she rent a booth and work for herself?"),
     c("She rents a booth. Cash and Venmo mostly.", None),
     t("Then she owes self-employment tax on her profit, around 15 percent, even if her income tax is low. Has she set anything aside or made payments?"),
     c("Uh, no. We were kind of counting on a refund for a truck.", None),
     t("Your offshore withholding may cover some of it when you file together, but I'd rather you know now than in April. Bring your W-2, her booth rent and supply receipts, and her Venmo year summary. Joint with her Schedule C is 260."),
     c("260, hm. And I fly out tomorrow, I can't do anything till I'm back the 14th.", "no_time"),
     t("That's fine, nothing's due before then. I'll email a checklist tonight so she can start gathering, and we'll book the 15th or 16th.")],
    [o8,
     t("Congratulations. Yes, married filing jointly is usually best. Bring your W-2s and whatever else you've got."),
     c("She doesn't get a W-2, she rents a booth. Cash and Venmo.", None),
     t("That's fine, she'll report it as self-employment income. Bring her records. A joint return with self-employment is 260."),
     c("260, hm. Last year I did mine free on the phone app.", "too_expensive"),
     t("With her self-employment it's worth having a preparer. We'll make sure it's right."),
     c("Okay. We're counting on a refund for a truck, so let's get it done.", None),
     t("Sounds good. Book on our website whenever you're onshore.")])

# d09 funeral home pre-planning, southern Indiana
o9 = c("My name's Orville Baugh. I'm eighty, my wife's gone, and I don't want my kids fighting over my funeral or paying for it. Figured I'd come in and get it all squared away.", None)
d09 = rpair(
    "b83r_d09_indiana_funeral_preplanning",
    "An 80-year-old widower walks into a funeral home to plan and pay for his own funeral.",
    [o9,
     t("Mr. Baugh, that's a kind thing to do for them. What does squared away mean to you, choosing what happens, paying ahead, or both?"),
     c("Both. I want to be next to Ruth at Greenlawn. Nothing fancy. Pay now so they don't have to.", None),
     t("Next to Ruth, nothing fancy. Do you already own the plot beside her, and did you buy a vault with it?"),
     c("Bought both plots in '94. There's a vault, the cemetery makes you.", None),
     t("Then two big pieces are paid. For the rest there are two ways: a prepaid contract with us, or a payable-on-death account at your bank naming the kids, which stays your money if you ever need it for, say, assisted living. Which matters more, locking the price or keeping it flexible?"),
     c("I hadn't thought about assisted living. My knees... maybe flexible. I'd want to talk to my daughter about it first.", "think_it_over"),
     t("That's wise. Let's write down your wishes today, that costs nothing, and I'll give you a copy for her. Bring her in when she visits and we'll do the money side together.")],
    [o9,
     t("We can help with that. Our pre-need plans let you choose everything now and lock in today's prices. Most families go with our Traditional package, 9,800, with the casket, service and vault."),
     c("I don't need all that. I want to be next to Ruth at Greenlawn. Nothing fancy.", "no_need"),
     t("Of course. Our Simple Burial package is 6,200. You can pay in full or over 36 months."),
     c("I already have a vault with the plot, bought it in '94.", None),
     t("Then we take that off, which brings it to about 4,900. Would you like to set that up today?"),
     c("I'd like to talk to my daughter first.", "think_it_over"),
     t("Certainly. I'll give you the paperwork to take home.")])

# d10 internet provider chat, Nome, Alaska
o10 = c("hi im a new teacher at the school, just got to nome in august. i need internet at my apartment. mostly to video call my family in the philippines", None)
d10 = rpair(
    "b83r_d10_alaska_nome_internet_plan",
    "A teacher newly arrived in Nome chats with the local internet provider about a plan for calls home.",
    [o10,
     t("Welcome to Nome! What time of day do you usually call, and for how long? Evenings are our busiest hours, and the plans have a monthly data cap, so it helps to know."),
     c("usually morning here, its night there. maybe one hour every day. weekends longer", None),
     t("Mornings are quieter, good. An hour of video a day is about 30 to 45 GB a month, depending on the app. The 100 GB plan at 139 covers that with room to spare. The 50 GB plan is 89, but you'd likely run over."),
     c("139 is a lot. in manila i pay like 30 dollars for unlimited", "too_expensive"),
     t("I know, it's a shock for everybody who moves up. Our internet comes by satellite and undersea cable. One tip: set the video app to lower quality, it cuts data nearly in half and on a phone you barely notice. Then 50 GB might be enough."),
     c("ok maybe i try 50 first and see", None),
     t("Good plan. You can move up any time with no fee, and I'll set a text alert at 80 percent so you're never surprised. Install this Saturday?")],
    [o10,
     t("Welcome to Nome! For video calls I'd recommend our 100 GB plan, 139 a month. Video uses a lot of data."),
     c("139 is a lot. in manila i pay like 30 dollars for unlimited", "too_expensive"),
     t("I understand, internet costs more in rural Alaska. There's also 50 GB for 89, but with video calls you might go over, overage is 10 per GB."),
     c("how much data is one hour of video", None),
     t("It depends on the app, but it adds up. Most people doing video pick the 100."),
     c("ok i take the 100 i guess", None),
     t("Great, I'll set up an install for Saturday.")])

PAIRS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10]
