"""Ranked pairs d01-d10 (blind95): two decent conversations, `better` is better in a way a sales coach would agree with."""
from common import c, rpair, t

PAIRS = []

# d01 HVAC, Memphis: better asks how long they'll stay before recommending repair vs replace
o = c("Hey there, this is Bernice Tate on Knight Arnold. Our furnace is makin' a racket, like a rattlin' hum, and the house won't get past sixty-four.", None)
PAIRS.append(rpair(
    "b95r_d01_memphis_furnace_rattle",
    "HVAC company, Memphis, Tennessee: a retired woman calls back after a technician looked at her noisy 18-year-old furnace.",
    better=[o,
            t("Morning, Ms. Tate. Dwayne looked at it yesterday, I have his notes. The rattle is the inducer motor, the little fan that clears exhaust before the burners light. The furnace is eighteen years old. Before I give you options, how long do you and your husband plan to stay in the house?"),
            c("Funny you ask. Our daughter in Olive Branch wants us closer. We'll likely sell in a year or two.", None),
            t("That changes my advice. A new furnace is around $6,800, and you'd mostly be buying comfort for the next owner. The inducer motor is $465 installed, and Dwayne found no cracks in the heat exchanger. For a year or two, I'd repair it."),
            c("Lord, I was braced for the big number. Four sixty-five I can manage.", None),
            t("We can put it in Thursday, you pay when it's done. One honest note: at eighteen years something else could go in the next couple of winters. If a bigger repair comes up, call me and we'll weigh it against your move date again."),
            c("Thursday's good. I appreciate you thinkin' about our situation.", None)],
    worse=[o,
           t("Morning, Ms. Tate. Dwayne looked at it yesterday, I have his notes. The rattle's the inducer motor, and the unit's eighteen years old. At that age most folks replace. A new 96% furnace is $6,800 installed, ten-year warranty, and it'll cut your gas bill."),
           c("Sixty-eight hundred. Whew. That's a lot to put in a house we're likely sellin' in a year or two.", "too_expensive"),
           t("A new furnace does help resale. But if you'd rather, the inducer motor alone is $465 and that gets your heat back this week."),
           c("Let's do the motor, then. Thursday?", None),
           t("Thursday works. We'll see you then."),
           c("Alright. Thank you.", None)]))

# d02 credit union, May Pen: better asks what the money is for and sets up two pots
o = c("Good morning, miss. Mi son inna England want send money come give mi every month, and him seh mi fi open a account. Mi never have one before.", None)
PAIRS.append(rpair(
    "b95r_d02_maypen_cu_remittance_account",
    "Credit union branch, May Pen, Jamaica: an older woman opens her first account to receive money from her son in England.",
    better=[o,
            t("Good morning, and welcome. We can do that today. Tell me a likkle about what the money is for. Everyday things, or something you saving towards?"),
            c("Some fi mi pressure tablet and food. But mostly him want fix di roof before hurricane season, it a leak inna di back room.", None),
            t("So two things: monthly spending and a roof fund. I'd suggest two pots, one account where his monthly money lands for tablets and food, and a roof account he sends to separately, so it doesn't get mixed up. No fee to receive money from England. Would you want a card for the ATM?"),
            c("Mi nuh trust dem card. Mi friend card get skim at a ATM inna town last year.", "bad_experience"),
            t("Plenty people feel so. You don't need a card at all, you can withdraw at the counter with your passbook. I'll write both account numbers on a paper for your son so he can set up a standing transfer from his bank."),
            c("Good. Mek mi call him tonight and give him di number dem.", None),
            t("Perfect. If you have your TRN and a light bill with you, we open both now.")],
    worse=[o,
           t("Good morning, and welcome! We can do that today. I'll open a regular savings account for you, and you'll get a debit card so you can take out the money at any ATM."),
           c("Mi nuh trust dem card. Mi friend card get skim at a ATM inna town last year.", "bad_experience"),
           t("I understand. You can use the passbook at the counter instead. The account number is what your son will need, and there's no fee to receive money from England."),
           c("Alright. Him want mi fix di roof too before hurricane season, so mi must keep some back.", None),
           t("Good idea. Just keep it in the same account and don't withdraw that part. Bring your TRN and a light bill and we open it now."),
           c("Okay, miss. Thank you.", None)]))

# d03 pawn shop, Birmingham: better asks about family before buying the welder
o = c("Hi. I've got a truck bed full of my late husband's tools. Welder, table saw, a bunch of hand tools. I don't know what any of it's worth, I just can't look at it in the garage anymore.", None)
PAIRS.append(rpair(
    "b95r_d03_birmingham_pawn_late_husband_tools",
    "Pawn shop, Birmingham, Alabama: a widow brings in her late husband's tools to sell.",
    better=[o,
            t("I'm sorry about your husband. We'll take our time. Before I price anything, do you want to sell outright, or take a loan and keep the option to get them back? And is there anybody in the family who might want some of it?"),
            c("Sell, I think. Well... my grandson's seventeen, he's been taking welding at the vo-tech. Hadn't thought about that.", None),
            t("That welder's a Miller 211, a good machine for a young welder. I could only give you about $600 on it, and he'd pay twelve hundred new. Might be worth asking him first. On the saw and hand tools, I can offer $850 for the lot today."),
            c("Eight-fifty for all that? Harold paid a fortune for those Snap-on wrenches.", "too_expensive"),
            t("He did, and they're worth more sold one at a time. If you have the patience, a tool auction or Marketplace would get you more for the Snap-on. If you want it done today, $850 is my honest number, and I'll write down what each piece went into it."),
            c("I think I'll keep the welder for Tyler and sell you the rest. I just want the garage back.", None)],
    worse=[o,
           t("I'm sorry for your loss. Let's have a look. That welder's a Miller 211, the table saw's in good shape, and you've got some Snap-on in there. I can offer $1,400 for the whole lot, cash today."),
           c("Fourteen hundred. Harold paid a fortune for those Snap-on wrenches.", "too_expensive"),
           t("He did, and they'd bring more sold one at a time online. But for everything at once, cash today, fourteen hundred is fair."),
           c("I suppose. I just want the garage back.", None),
           t("I'll start the paperwork. I'll need your ID, and we'll unload at the side door."),
           c("Alright. Let's get it done.", None)]))

# d04 funeral home, Bridgetown: better plans around family travel and names the waiting cost up front
o = c("Good afternoon. My mother passed Tuesday at the QEH. I'm the only one of the children here in Barbados, so it's falling on me.", None)
PAIRS.append(rpair(
    "b95r_d04_bridgetown_funeral_family_abroad",
    "Funeral home, Bridgetown, Barbados: a son arranges his mother's funeral while his siblings live abroad.",
    better=[o,
            t("I'm very sorry. We'll carry as much of it as we can. Where are your brothers and sisters, and have they said when they can travel?"),
            c("Two in New York, one in Toronto. My sister says she can't get leave till the end of the month.", None),
            t("Then we can hold the service about two and a half weeks out, on a Saturday, so everyone's here. Keeping her that long means refrigeration at $80 a day, and I'd rather you know that now. We also livestream the service for cousins who can't come, no extra charge."),
            c("Eighty a day, that's over a thousand dollars just to wait. Let me call them tonight and see if they can come sooner.", "think_it_over"),
            t("Please do. Whatever date you choose, I'll email you and your siblings the same price sheet, so nobody's surprised and the cost can be shared. Call me tomorrow with a date."),
            c("That would help. They always say I don't tell them things. Thank you.", None)],
    worse=[o,
           t("I'm very sorry for your loss. We can take care of everything. Most families have the service at the church about a week after, with burial at Westbury. Next Saturday is open."),
           c("Next Saturday... my sister in Toronto can't get leave that quick.", "no_time"),
           t("We can go later if needed, just tell me the date. We also livestream services for family overseas."),
           c("Livestream, that's good. Let me talk to them tonight.", "think_it_over"),
           t("Of course. Call me tomorrow and we'll set it."),
           c("Alright. Thank you.", None)]))

# d05 pest control, Nassau: better finds the entry route before selling bait
o = c("Hi, good mornin'. I hearin' rats runnin' in the ceilin' every night, about two weeks now. My wife can't sleep. How much y'all charge?", None)
PAIRS.append(rpair(
    "b95r_d05_nassau_rats_in_ceiling",
    "Pest control, Nassau, Bahamas: a homeowner calls about rats running in the ceiling at night.",
    better=[o,
            t("Morning. The price depends on how they're getting in, so let me ask a couple things. Any fruit trees near the house, or branches or wires touching the roof?"),
            c("Big mango tree right over the back roof. Full of fruit now.", None),
            t("That's likely their highway. Poison alone in a ceiling isn't a good idea, they die up there and you smell it for weeks. I'd inspect, trap inside the ceiling, seal the gaps at the eaves, and you get the mango limbs cut back off the roof. Inspection is $75 and goes toward the job. The whole thing usually runs $350 to $500."),
            c("Five hundred? Man, the fella by Robinson Road say he'd just put down some bait for a hundred.", "too_expensive"),
            t("He could, and it might quiet them down a while. But if the gaps stay open, new ones move in come mango season. I'll show you the gaps at the inspection and give you a written price, and you decide then."),
            c("Okay, come look. Saturday mornin' good?", None)],
    worse=[o,
           t("Morning. For rats we do a monthly bait program, $95 a month, with bait stations around the house and in the ceiling. Most people see a difference in two or three weeks."),
           c("Ninety-five every month? The fella by Robinson Road say he'd put down bait for a hundred, one time.", "too_expensive"),
           t("We service the stations every month so the bait stays fresh, that's the difference. We can do the first visit Saturday, and you can cancel after three months."),
           c("Alright, let's try it. Saturday mornin'.", None),
           t("Saturday at nine, then."),
           c("Okay, thanks.", None)]))

# d06 tax prep, Cincinnati: better rebuilds the mileage deduction and is honest about limits
o = c("hey so i drive for doordash and uber and i kinda didnt file for 2022 or 2023. i know thats bad. can you help or am i in big trouble", None)
PAIRS.append(rpair(
    "b95r_d06_cincinnati_tax_gig_driver_unfiled",
    "Tax preparation office, text chat, Cincinnati, Ohio: a delivery and rideshare driver hasn't filed for two years.",
    better=[o,
            t("You're not the first, and it's fixable. Has the IRS sent any letters yet, and can you get the 1099s from both apps?"),
            c("no letters yet. i can download the 1099s. i didnt keep a mileage log tho", None),
            t("No letters is good, better to file before they do. For mileage, both apps keep trip history with miles, and your phone's location history might too. We can rebuild a reasonable log from that, and for drivers it's usually the biggest deduction. One honest thing: if you owe and need a simple payment plan I can set it up, but for anything bigger I'd send you to an enrolled agent."),
            c("ok that makes sense. how much for both years", None),
            t("$225 a year, so $450 for both. Bring the 1099s and the trip history Thursday, and I'll tell you what you owe before you pay me anything."),
            c("450 is steep but ok, better than the irs finding me first. thursday works", "too_expensive")],
    worse=[o,
           t("You're not the first, and it's fixable. Bring your 1099s from both apps and I'll do both years, $225 each."),
           c("ok. i didnt keep a mileage log tho, is that a problem", None),
           t("Without a log it's hard to claim mileage, so we'll go with what the 1099s show. We'll still get you filed and current."),
           c("dang ok. 450 is steep but better than the irs finding me first", "too_expensive"),
           t("Exactly. Bring everything Thursday and we'll knock it out."),
           c("bet thursday", None)]))

# d07 boat dealer, Lake Guntersville: better asks who rides and fits the boat to grandkids and an 88-year-old
o = c("Mornin'. We're lookin' at pontoons. Got a place on Guntersville now and the whole family's gonna be up there this summer.", None)
PAIRS.append(rpair(
    "b95r_d07_guntersville_pontoon_family",
    "Boat dealership, Lake Guntersville, Alabama: a grandfather shops for a pontoon for the family lake house.",
    better=[o,
            t("Congratulations on the lake place. Who's the whole family, and what'll they want to do out there? Tubing, fishing, cruising to the sandbar?"),
            c("Grandkids want to tube, they're eight to fifteen. And my mama's eighty-eight, she uses a walker, but she wants to ride along.", None),
            t("Those pull different ways, so let me show you one that does both. Tubing teenagers with a full boat takes a tritoon with at least a 150, a 90 won't get them up. And for your mama, this one has the wide gate and a flat step from the dock, no climbing over a rail. It's $52,900."),
            c("That's more than we planned. Figured thirty-five, forty.", "no_money"),
            t("Fair. A two-year-old tritoon with a 150 just came in on trade, $39,500, same wide gate. I'd rather you have the right boat used than the wrong one new. Want to take it out Saturday and bring your mama to try the gate?"),
            c("Now that I like. Saturday, we'll bring her.", None)],
    worse=[o,
           t("Congratulations! This 22-foot is our most popular pontoon, seats ten, 90-horse Mercury, $36,900. Families love it."),
           c("Grandkids want to tube. Will that pull a tube?", None),
           t("It'll pull a tube, sure, with a lighter load. If you want more pep we can go to a 115 for about $3,000 more."),
           c("Alright. My mama's eighty-eight, she uses a walker. Is it easy to get on?", None),
           t("The gate's on the side, and we'd help her on. Want to take it out Saturday?"),
           c("Yeah, let's do Saturday.", None)]))

# d08 church hall, San Fernando: better checks the real guest count against capacity
o = c("Good evening. My daughter getting married in December and we want to book the parish hall for the reception. We expecting about two hundred.", None)
PAIRS.append(rpair(
    "b95r_d08_sanfernando_parish_hall_wedding",
    "Parish hall rental, San Fernando, Trinidad: a father books a hall for his daughter's wedding reception.",
    better=[o,
            t("Good evening, congratulations to the family! Before we pick a date, let me be honest about space: the hall seats 180. Is two hundred a firm number, or a Trini two hundred where more could turn up?"),
            c("Ha! Is a Trini two hundred. Could be two-fifty with the cousins from Penal.", None),
            t("Then inside alone will be tight. Plenty families rent the hall and put a tent on the lawn beside it, that gives another eighty seats. The hall is TT$4,500, and the tent company we use is about $3,000 more. Will you be catering or cooking here?"),
            c("Catering, but the aunties want to make the pastelles and black cake theyself in the kitchen.", None),
            t("Kitchen's included. I'll pencil in December 14th and send you the hall plan with the tent marked out, so you and your daughter could look at it together."),
            c("Good. I'll show her and the fiancé this weekend and call you Monday.", "think_it_over")],
    worse=[o,
           t("Good evening, congratulations! The hall is TT$4,500 for the night, kitchen included. December 14th and 21st are open."),
           c("Fourteenth is good. The hall could hold two hundred?", None),
           t("It seats 180, but people usually squeeze in fine. You can add a few tables by the stage."),
           c("Hm. Could be more, you know, with the cousins. Let me talk to my daughter first.", "think_it_over"),
           t("Of course. I'll hold the 14th for a week."),
           c("Okay, thanks.", None)]))

# d09 home health, Omaha: better learns her routine and proposes a trial framed around what she enjoys
o = c("Hi, I'm calling from Denver about my mom in Omaha. She's eighty, early dementia. She's fine mostly, but she's been forgetting her pills, and my sister found the stove on twice.", None)
PAIRS.append(rpair(
    "b95r_d09_omaha_home_care_mom_dementia",
    "Home care agency, Omaha, Nebraska: a son in another state arranges help for his mother with early dementia.",
    better=[o,
            t("That's a worry from a distance. Tell me about a normal day for her. What does she still enjoy, and what does she push back on?"),
            c("She's sharp in the morning, worse late afternoon. Loves her garden, goes to St. Paul's Lutheran. She'll hate somebody 'babysitting' her, that's the thing.", None),
            t("That helps a lot. So the risky parts are the pills and cooking, later in the day. I'd suggest a companion rather than a nurse, 3 to 7, who cooks supper with her and does the evening pills, and we introduce her as help for the garden and kitchen. Clients like your mom often take to that better."),
            c("That might work. How much are we talking? My sister and I are splitting it.", None),
            t("$30 an hour, so $120 a visit. I'd start with two weeks, Monday to Friday, then we do a video call with you and your sister to see how she's taking it before you commit to anything longer."),
            c("A two-week trial sounds right. Let me loop in my sister tonight and we'll confirm tomorrow.", "think_it_over")],
    worse=[o,
           t("I'm sorry to hear that. We can help. Our standard plan is four-hour visits with a certified nursing assistant who handles medication reminders and meal prep. Would mornings or afternoons be better?"),
           c("Afternoons probably, she's worse later in the day. But she'll hate somebody 'babysitting' her.", None),
           t("That's common at first. Our aides are good at building rapport. It's $30 an hour, so $120 a visit."),
           c("Okay. My sister and I are splitting it. Let me loop her in and get back to you.", "think_it_over"),
           t("Sounds good. I'll email you the intake forms."),
           c("Thanks.", None)]))

# d10 cable, Biloxi: better finds what he watches and offers the honest cheaper route
o = c("Hey, I want to cancel my cable. Bill's a hundred seventy-five and I'm retired. Y'all just keep raisin' it.", None)
PAIRS.append(rpair(
    "b95r_d10_biloxi_cable_cancel",
    "Cable and internet provider, Biloxi, Mississippi: a retiree calls to cancel cable because of the price.",
    better=[o,
            t("I understand, that's a lot. Before I do anything: do you want to drop the TV and keep internet, or drop everything? And what do you still watch?"),
            c("I'd keep the internet, my wife's on Facebook all day. I watch the Saints, the news, and them fishin' shows.", None),
            t("Honest answer: the Saints and the local news you can get free with an antenna, Biloxi picks up all the network stations clear. The fishing shows are on a streaming app for about $8. Internet alone is $65, so you'd be around $75 instead of $175."),
            c("Well, I ain't never set up no streamin'. I'm sixty-nine, I don't know about all that.", None),
            t("Fair. We can send a tech to put up the antenna and set up the app for $49 one time, and show you the remote. Or keep a basic cable package at $45 plus internet, about $110, if you'd rather not change anything."),
            c("Let's do the antenna and the fella comin' out. Next week, though, we're up at the lake with the grandkids till Sunday.", None)],
    worse=[o,
           t("I understand. Before you cancel, I can offer you a retention discount, $40 off for twelve months, so $135."),
           c("Still a lot. I mostly watch the Saints, the news, and fishin' shows.", "too_expensive"),
           t("For that, our Basic package with the sports tier and internet comes to $110 a month, no contract."),
           c("That's better. Let's do that.", None),
           t("Done, it takes effect your next billing cycle."),
           c("Alright, thanks.", None)]))
