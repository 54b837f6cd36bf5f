"""Gaming pairs, file C (b83): kinds 6-15 again."""
from common import c, gpair, t

# 6 putdown_question: credit union truck loan, Mississippi Delta
o1 = c("Hey, um. I wanted to see about a loan for a truck. I got a job offer doing roofing out in Madison County and I need to get there. My credit's not great, I'll just say that up front.", None)
p1 = gpair(
    "b83g_mississippi_cu_truck_loan", "credit union branch (Yazoo City, Mississippi)", "putdown_question",
    "A young man with weak credit and a new roofing job asks about a used-truck loan.",
    [o1,
     t("Appreciate you saying it up front, that helps. And congrats on the job. What truck are you looking at, and do you know what they want for it?"),
     c("2014 Silverado at the lot on 49. 14,500. They said they'd finance me but it's like twenty-four percent.", None),
     t("Yeah, that's steep. What's the roofing job paying, and when do you start?"),
     c("Eighteen an hour, starting the 3rd. I got about 1,500 saved. But I'll be honest, last time I tried a bank they ran my credit, my score dropped, and they still turned me down.", "bad_experience"),
     t("That happens, and I'd rather not waste a pull on you. Here, I can do a soft check first, it doesn't touch your score. With what you told me, I probably can't do 14,500, but around 10 thousand at a lot better rate than the lot is realistic with the offer letter. Does it have to be a Silverado?"),
     c("Anything that runs and carries ladders. Ten won't get me much though.", None),
     t("You'd be surprised, older Rangers and Tacomas go for that all day. Bring the offer letter and two bank statements, we'll do the soft check first, and if it comes back lower I'll tell you why and what to fix."),
     c("Alright. I'll get the letter from the boss tomorrow.", None)],
    [o1,
     t("Sure. So what made you think you'd get approved with credit that's not great, just so I understand your thinking?"),
     c("Well. I got a job offer. Eighteen an hour. And 1,500 saved.", None),
     t("Okay. And how did your credit get like this, if you don't mind me asking, late payments or just not paying?"),
     c("Medical bills when my daughter was born. Is that a problem?", None),
     t("It's not ideal, is it? What truck did you have in mind, and is it something you actually need or more of a want?"),
     c("I need it to get to work. A 2014 Silverado, 14,500.", None),
     t("Right. You do realize that's a lot of truck for someone with your history, don't you? Have you thought about just riding with somebody on the crew?"),
     c("I'll just take the lot's financing. At least they didn't make me feel stupid.", None)])

# 7 not_my_department_or_read_the_terms: RV dealer warranty desk, southwest Missouri
o2 = c("We bought a travel trailer off y'all in June, brand new, and now there's water coming in around the front cap. Stain on the ceiling and the wood's soft. We haven't even had it a year.", None)
p2 = gpair(
    "b83g_missouri_rv_warranty_leak", "RV dealership service and warranty desk (southwest Missouri)", "not_my_department_or_read_the_terms",
    "A couple reports a roof leak on a four-month-old travel trailer after an earlier call went unanswered.",
    [o2,
     t("Oh, that's not what you want to see four months in. It's under the manufacturer's warranty, and we file that for you, so you don't have to fight them yourself. Is it still raining in, or is it covered?"),
     c("My husband tarped it. But it's been two weeks, we called and nobody called back.", None),
     t("I'm sorry, that shouldn't have happened. I'm Dana, and from now on I'm the one calling you. I need photos of the stain and the front cap, and the VIN off the sticker by the door."),
     c("I can send pictures tonight. How long's this going to take? We got a trip at Thanksgiving.", None),
     t("Honestly, the manufacturer approval usually takes a week or two, and a front cap reseal is a day in the shop. If the wood's soft they have to approve that repair too, and that's longer. I'd bring it in soon so we can document it and stop more water."),
     c("Thanksgiving's a month out. Think it'll be done?", None),
     t("If they approve the reseal only, yes. If it needs the subfloor, I can't promise, and I'd rather tell you now. Either way I call you every Friday with where it's at. Can you bring it Monday?"),
     c("Monday. Okay. Dana, right?", None)],
    [o2,
     t("I'm sorry you're experiencing that. Unfortunately roof leaks are a manufacturer warranty issue, so that's really between you and Ridgecrest, not the dealership."),
     c("We bought it from you. The salesman said y'all handle anything under warranty.", None),
     t("I understand how you feel. If you look at page 12 of the warranty booklet, sealant maintenance is the owner's responsibility, inspect every 90 days. Did you get a chance to review that?"),
     c("Inspect it how? Nobody showed us anything. The thing's four months old.", None),
     t("I hear you. I didn't write the warranty, I just work here. What I'd suggest is calling Ridgecrest's customer line, it's in the booklet too. Anything else I can help with today?"),
     c("So we're on our own. We called here two weeks ago and nobody called back.", None),
     t("That would've been the service scheduler, different department. I can leave her a note. Anything else?"),
     c("No. I'm calling the Better Business Bureau and the man who sold it to us.", None)])

# 8 social_proof_or_deadline_pressure: storm shelter installer, central Oklahoma
o3 = c("Hi. My neighbor got one of your garage shelters, and after that storm last month my kids won't sleep. I want to know what it costs and if it fits in my garage, I've got a pickup and a chest freezer in there.", None)
p3 = gpair(
    "b83g_oklahoma_storm_shelter", "storm shelter installer (central Oklahoma)", "social_proof_or_deadline_pressure",
    "A mother asks about a garage storm shelter after a tornado scare; a relative with a walker stays with them.",
    [o3,
     t("I'm sorry, that storm scared a lot of folks, your kids aren't the only ones. How many people would need to fit, and is anybody who'd struggle with stairs?"),
     c("Me, my husband, three kids. And my mother-in-law stays with us in spring, she has a walker.", None),
     t("That matters. Our in-floor shelters have steep steps, hard with a walker. For six with a walker I'd look at an above-ground safe room in the garage corner, bolted to the slab, she walks straight in. Takes about a 4 by 6 spot."),
     c("Above ground? Is that actually safe? I thought underground was the thing.", None),
     t("They're tested to the same standard, 250-mile-an-hour wind and debris. Price is the catch, the 4 by 6 above-ground runs 7,800 installed, in-ground's about 4,500."),
     c("Oof. Seventy-eight hundred. That's more than I figured.", "too_expensive"),
     t("Understandable. The state sometimes runs a rebate lottery, you just sign up, no guarantee. And I can measure the garage for free so you know if the freezer has to move. No rush deciding."),
     c("Come measure. And send me the rebate thing, I'll talk to Dave.", "think_it_over")],
    [o3,
     t("Absolutely! And your neighbor's not alone, we've done forty garages in your subdivision this year. What's your biggest need right now?"),
     c("Keeping five people safe, six in spring. My mother-in-law uses a walker.", None),
     t("I totally understand. The in-floor unit is what everybody's going with, 4,500 installed. Thing is, our calendar is filling fast since last month, so to be in before the next storm I'd need a deposit by Friday."),
     c("My cousin in Shawnee put one of those in-floor ones in and it had water in it every spring. And can a lady with a walker even get down into it?", "bad_experience"),
     t("Most families just help grandma down. The Hendersons across from you did the same unit and love it. And the price goes up 600 on the first, so today's really the day."),
     c("I'm not putting her down a hole she can't climb out of. That unit's no good for us.", "no_need"),
     t("I hear you. Just know the other companies are backed up till fall, everybody's saying so. Can I at least take a deposit so you don't lose the spot?"),
     c("No. Goodbye.", "brush_off")])

# 9 keyword_stuffed: pharmacy, southwest Saskatchewan
o4 = c("Good afternoon. My wife says I've been doubling up on my pills, which I don't think I have, but she's usually right, so here I am. Fellow at the Legion said you folks can put them in those little packs.", None)
p4 = gpair(
    "b83g_saskatchewan_pharmacy_blister", "independent pharmacy (southwest Saskatchewan)", "keyword_stuffed",
    "An elderly man, sent by his wife, asks about blister packs because he may be double-dosing.",
    [o4,
     t("We can, the blister packs. Every bubble has the day and time on it, so Tuesday morning you pop Tuesday morning and that's it. How many medications are you on, roughly?"),
     c("Let me think. The blood pressure one, the water pill, the cholesterol, something for my prostate. And an aspirin. Does the aspirin count?", None),
     t("It counts, we can put it in. Are they all filled here, or do some come from the clinic in Swift Current?"),
     c("All from you, I think. Except the aspirin, I buy that at the Co-op.", None),
     t("Easy, then. We'd do four weeks at a time, and we don't charge extra for the packing. Do you come in to pick up, or would delivery help? We drive out to Gull Lake on Thursdays."),
     c("I still drive, thank you very much. Though come winter, delivery might be nice.", "no_need"),
     t("Then pickup for now and we switch you to delivery in November. First pack ready Friday. Bring every bottle from home so I can see what you've got left and make sure nothing's doubled."),
     c("Friday, bring the bottles. Fine. My wife'll be pleased.", None)],
    [o4,
     t("Absolutely, and thank you for trusting us with your health journey. Here at Prairie Drug our mission is to understand your needs and build a relationship around your wellness success. How are you feeling about your medication experience?"),
     c("I don't know about an experience. My wife says I'm taking them twice.", None),
     t("I hear you, and I really understand how that feels. It sounds like what you need is a solution that supports your success and gives you confidence every single day. Does that resonate with you?"),
     c("I suppose. Is it the packs or isn't it?", None),
     t("Great question, and I appreciate you sharing that need. Our adherence packaging is designed around understanding each patient's unique experience, so you feel supported on your journey. What does success look like for you?"),
     c("Success is not dying from too many water pills. What does it cost and when can I get it?", None),
     t("Totally valid. It really depends on your individual needs, and we'll work together to understand them fully so the experience is right for you. Anything else I can help you feel good about today?"),
     c("Never mind. I'll have my daughter phone. She speaks this language.", "brush_off")])

# 10 rude: HVAC dispatch, Duluth, Minnesota
o5 = c("Hello? Is this the furnace people? Mine quit sometime in the night and it's fifty-four degrees in here. I'm eighty-three and I live alone, and I'm not complaining, I just want to know when somebody can come.", None)
p5 = gpair(
    "b83g_minnesota_furnace_no_heat", "heating and cooling company dispatch (Duluth, Minnesota)", "rude",
    "An 83-year-old woman living alone calls in November because her furnace stopped overnight.",
    [o5,
     t("Yes ma'am, Northland Heating, you've got the right place. First, are you warm enough right now? Do you have a space heater, or somewhere you could go if it gets colder?"),
     c("I've got my afghan and two sweaters on. My son has a space heater but he's in Hibbing.", None),
     t("Okay. I'm putting you at the top of this morning's list. Is the thermostat screen lit, and do you hear anything when the furnace tries to come on?"),
     c("The screen's on. It clicks, then it goes whoosh for a second and stops. Then it clicks again.", None),
     t("That sounds like the flame sensor, common and usually quick. Jamie can be there by ten-thirty. The diagnostic is 89, and if it's the sensor, cleaning it's included."),
     c("Eighty-nine. Well. Let's hope it's the cheap thing.", None),
     t("Most times it is. If it keeps clicking, turn the thermostat off so it stops trying, and I'll call before Jamie heads over. Best number, this one?"),
     c("This one, the landline. Don't call the cell, I never know where it is.", None)],
    [o5,
     t("Ma'am, it's November in Duluth. Everybody's furnace is quitting. What's the address?"),
     c("1412 Woodland Avenue. I'm eighty-three, it's fifty-four in here.", None),
     t("Yeah, you said. Is the thermostat actually on, did you check? You'd be amazed how many people don't."),
     c("Of course it's on. It clicks and whooshes and stops.", None),
     t("Okay, great, very descriptive. Earliest is Thursday afternoon."),
     c("Thursday? It's Monday. I can't sit in a fifty-degree house for three days.", None),
     t("Then get a space heater from Menards like everybody else. You want Thursday or not? Same-day emergency is 249 extra."),
     c("Two hundred forty-nine dollars on top. On my pension. My goodness.", "no_money"),
     t("That's the price. So how can I make this a great experience for you today?"),
     c("You can't. I'll call my son.", None)])

# 11 ignored_customer: tax preparer, north-central Texas
o6 = c("Okay so here's my deal. I'm a farrier, been on my own two years. Last year my cousin did my taxes and I ended up owing like four grand and about died. This year I want somebody who knows what they're doing.", None)
p6 = gpair(
    "b83g_texas_taxprep_farrier", "tax preparation office (Stephenville, Texas)", "ignored_customer",
    "A self-employed farrier who owed a surprise tax bill last year looks for a preparer.",
    [o6,
     t("Two years on your own, and the first time owing is always the gut punch. Did you make any estimated payments during the year, or was it all due at once?"),
     c("What's estimated payments? So no, I guess.", None),
     t("That's the big reason you owed. Nobody takes tax out of your checks, so the IRS wants it as you go, four times a year. We'll fix that going forward. Your truck's probably your biggest deduction. Keep a mileage log?"),
     c("Not a real one. But every job's in my phone calendar, with the barn addresses.", None),
     t("That's enough to rebuild it, we map the trips off the calendar. A return like yours with a Schedule C is 275, and that includes setting up this year's estimated payments."),
     c("Two seventy-five. My cousin did it for a case of Shiner.", "too_expensive"),
     t("Ha. And that case of Shiner may have cost you a deduction on thirty thousand miles. Bring the calendar, your 1099s, and receipts for shoes, nails, forge propane and the phone bill."),
     c("Alright, you got a point. Can I come Saturday? I'm shoeing all week.", None),
     t("Saturday at nine. Don't sort the receipts, just bring the shoebox.")],
    [o6,
     t("Love it. So tell me, what are your biggest worries this tax season?"),
     c("Owing again. I didn't make payments during the year, and I got no real mileage log. Just my phone calendar.", None),
     t("Totally. So for you I'd recommend our Refund Advance, up to 1,000 the same day you file."),
     c("I'm not getting a refund. I owe. That's the whole problem.", "no_need"),
     t("Got it. And what deductions do you typically take?"),
     c("The truck, I guess, but like I said, no mileage log. Is the calendar good enough or not?", None),
     t("Great. We also offer Audit Shield for 59, a lot of self-employed folks love it. Most of our clients add it on."),
     c("You didn't answer anything I asked. Does the calendar count for mileage, yes or no?", None),
     t("We'll figure all that out at the appointment! Does Saturday at nine work, with the Refund Advance and Audit Shield?"),
     c("No. I'll find somebody who listens.", None)])

# 12 repeated_questions: home health intake, northwest Alabama
o7 = c("Yes ma'am, my mama's getting out of the hospital in Florence Thursday, she had her hip replaced, and the discharge lady gave me a list and y'all were on it. She needs the therapy at home, she can't get in and out of my truck.", None)
p7 = gpair(
    "b83g_alabama_homehealth_hip_pt", "home health agency intake (northwest Alabama)", "repeated_questions",
    "A son working plant shifts arranges home physical therapy for his mother after hip surgery.",
    [o7,
     t("Glad they gave you our name. Home therapy after a hip is something we do a lot. Is she on Medicare?"),
     c("Medicare and the Blue Cross supplement.", None),
     t("Then home therapy's usually covered as long as her doctor orders it and she's homebound, which sounds like she is. A nurse comes first to set things up, then the therapist two or three times a week."),
     c("We had home health for Daddy back in '19 and they sent somebody different every time. He hated it.", "bad_experience"),
     t("That's a fair worry. Her part of the county has one therapist, Kim, so it'd be Kim every visit unless she's sick, and I'll tell you if that happens. Has the surgeon's office sent an order to anybody yet?"),
     c("I don't know. They don't tell me nothing. She lives in Killen by herself, it's just me checking on her after work.", None),
     t("Then I'll call the discharge planner myself this afternoon and have them send the order to us. First visit Friday, the day after she's home. Does she have a walker and a raised toilet seat?"),
     c("Walker, they're sending. The toilet thing, no. Do I have to buy that?", None),
     t("It really helps with a new hip, and Medicare usually won't pay for it, but the Methodist church in Killen lends them out free. I'll text you their number."),
     c("Well, I'll be. Okay. Friday then.", None)],
    [o7,
     t("Absolutely, thank you for reaching out. So tell me, what kind of help is your mom looking for?"),
     c("Physical therapy at home. For the new hip.", None),
     t("Great. And what are her needs going to be once she's home, as far as care?"),
     c("The therapy. Like I said. She can't get in my truck.", None),
     t("Got it. So in your own words, what type of services would best support her?"),
     c("Therapy! At home! Is this a recording?", None),
     t("No sir, I just want to be sure I understand. What does she need help with at home?"),
     c("Lady, I'm on my lunch at the plant with eleven minutes left. Can y'all do therapy or not?", None),
     t("We can. And what type of therapy is she needing, physical, occupational or speech?"),
     c("I'll call the next one on the list.", None)])

# 13 wrong_paraphrase: funeral home arrangement, northeast Iowa
o8 = c("So, Mom was very clear. She didn't want any fuss. She said, and I'm quoting, 'burn me and throw a potluck.' So that's kind of where we're at. We'd like to keep it simple and, frankly, affordable.", None)
p8 = gpair(
    "b83g_iowa_funeral_simple_cremation", "funeral home (northeast Iowa)", "wrong_paraphrase",
    "A daughter meets the funeral director to arrange the simple cremation her mother asked for.",
    [o8,
     t("Sounds like she knew her own mind. We can do exactly that. It's called direct cremation, no embalming, no viewing here, and you plan the gathering yourselves. Is the potluck going to be at your church?"),
     c("At St. John's Lutheran. Probably a week or two out, my brother's coming from Oregon.", None),
     t("That works fine, there's no rush with cremation. Ours is 2,395, that covers bringing her into our care, the permit, the cremation and a plain container for the ashes. Lots of families bring their own urn, or a nice box from home."),
     c("Okay. That's less than I feared. Do you write the obituary? I've seen those charges.", None),
     t("You can write it yourself. We'll send it to the Courier for you at no charge, the paper bills by the line, about 150 for a normal one."),
     c("I'll write it. Mom would've edited it anyway. When would the ashes be ready?", None),
     t("Usually seven to ten days, once the death certificate's signed. I'll call when she's ready to come home, and you can pick her up or we can bring her to the church."),
     c("Bring her to the church. She'd like that.", None)],
    [o8,
     t("Absolutely, and thank you for sharing that. So what I'm hearing is you want to honor her with a meaningful traditional service, with a visitation so the community can say goodbye. Is that right?"),
     c("No, I said no fuss. Cremation. And a potluck.", None),
     t("Of course. So to play it back, a visitation here first, followed by cremation, so people can see her one last time. That's our Tribute package at 6,850."),
     c("Nobody said anything about a visitation. She'd have hated that. And that's nearly seven thousand dollars.", "too_expensive"),
     t("I hear you. So you'd like the memorial here in our chapel instead of the church, with the video tribute. Did I understand you correctly?"),
     c("You didn't understand a word. The potluck's at St. John's.", None),
     t("Right, so the reception at St. John's with our catering partner, and the Companion urn at 695. Should I write that up?"),
     c("No. We'll bring our own casserole, thanks. And a cookie tin's fine for the ashes.", "no_need")])

# 14 pitch_to_upset: small-town bank, central Nebraska
o9 = c("I need to talk to somebody. I think I did something stupid. A fella called and said my grandson Tyler was in jail in Denver and needed bail, and I went and bought gift cards at the Walmart in Kearney, two thousand dollars, and read him the numbers. Then I called Tyler and he's at home. He's fine.", None)
p9 = gpair(
    "b83g_nebraska_bank_grandparent_scam", "community bank (central Nebraska)", "pitch_to_upset",
    "A retired farmer walks into his bank shaken after losing money to a grandparent phone scam.",
    [o9,
     t("Mr. Brandt, first, I'm glad Tyler's fine. And you're not stupid, these people are professionals, they fool bankers too. Let's move fast. When did you read him the numbers?"),
     c("About an hour ago. Maybe less.", None),
     t("Gift cards are hard to get back, I won't lie to you, but the sooner we call the card company, the better the chance they freeze what's left. Do you have the cards or the receipt?"),
     c("I've got the receipt. The cards are in the truck.", None),
     t("Good, keep both. We'll call the number on the back together, right here. Did you give him any bank information, account number, online password?"),
     c("He asked for my account number for the bond. I gave it. Lord.", None),
     t("Then we close that account today and open a new one, same money, new number, so he can't touch it. I'll print the sheriff's report form too. If you want, bring your wife Thursday and we'll go over what to watch for. Coffee, no sales."),
     c("She's going to kill me. But yes. Thursday.", None)],
    [o9,
     t("Oh, I'm so sorry, that must be so stressful. You know, this is exactly why so many of our customers love IdentityGuard Plus, 12.99 a month, it monitors your accounts 24/7."),
     c("I don't need monitoring, I need my two thousand dollars back.", "no_need"),
     t("I completely understand. Honestly, gift cards are gone once the numbers are read, so the best thing now is protecting the future. Have you looked at Senior Secure Checking? Fraud alerts built in, only 8 a month."),
     c("I've had the same checking account here for forty years. Are you going to call the card company or not?", None),
     t("There's a number on the card you can call. While you're here, our CD rate is 4.6 percent this month, which could help you rebuild after a loss like this."),
     c("I just lost two thousand dollars and you want me to buy a CD? I want to talk to Marv.", None),
     t("Marv's at lunch. Can I at least sign you up for IdentityGuard, so this never happens again?"),
     c("No. I'll wait for Marv.", "no_need")])

# 15 blame: heating oil delivery, Fairbanks, Alaska
o10 = c("I'm on your automatic delivery, right? So explain to me why I woke up to a cold house and an empty tank at thirty below. I've got pipes that are going to freeze. This is exactly why I signed up for automatic.", None)
p10 = gpair(
    "b83g_alaska_fairbanks_heating_oil", "heating oil delivery (Fairbanks, Alaska)", "blame",
    "A customer on automatic delivery runs out of heating oil during a cold snap.",
    [o10,
     t("You're right, that's exactly what automatic is supposed to prevent, and I'm sorry. Pipes first. I'm getting a truck to you this morning. Is it above freezing inside?"),
     c("Forty-eight in the kitchen. I've got the oven open and a space heater going.", None),
     t("Okay. Open the cabinet doors under the sinks. Ray's on Chena Hot Springs Road, he'll be to you by ten. After he fills it he'll bleed the line and relight the furnace, no charge for that."),
     c("Fine. But I want to know how this happened. I'm paying for a system that apparently doesn't work.", None),
     t("Fair. We schedule by degree days and how fast your house burns oil. Last delivery we set you on a longer cycle than we should've for this cold. That's on our scheduling. I'm shortening it and taking the emergency fee off."),
     c("Hm. Thank you for owning it. My old company never would've.", None),
     t("Ray calls when he's twenty minutes out. If anything freezes before he gets there, call me directly, I'm Mandy, and I'll get our plumber over."),
     c("Ten o'clock. Okay.", None)],
    [o10,
     t("I'm sorry you're experiencing that. Can I ask, have you been running the heat higher than usual, guests maybe, or heating the garage?"),
     c("No. Same as always. Sixty-eight. I'm on automatic delivery.", None),
     t("Okay, so automatic is based on estimates, and it's still the customer's responsibility to check the gauge, especially in a cold snap. When did you last look at your tank?"),
     c("I pay you people so I don't have to go out to the tank in the dark at thirty below.", None),
     t("I totally hear you. A lot of times this happens because a door or window's been left cracked, or an old furnace is burning through fuel. When was your last cleaning?"),
     c("September. By your company. Are you sending a truck or not?", None),
     t("We can get you on tomorrow's route. Since it's out of cycle, there's a 175 emergency fee."),
     c("Tomorrow. My pipes'll be split by tomorrow. And I'm not paying a fee for your mistake.", None),
     t("I understand how you feel. Unfortunately I didn't set the delivery policy. Do you want tomorrow's slot?"),
     c("I want your supervisor. Now.", None)])

PAIRS = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]
