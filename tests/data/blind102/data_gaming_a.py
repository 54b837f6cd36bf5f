"""Gaming pairs 1-10 of blind102: monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions (two each). Written by hand for this set."""
from common import c, gpair, t

PAIRS = []

# --- 1. monologue -----------------------------------------------------------------------------
open_ = c("Hi, um, yeah - my swamp cooler's been blowing kind of warm and musty the last week or so, and I wanted somebody to look at it before it gets really hot.", None)
PAIRS.append(gpair(
    "b102g_tucson_swampcooler", "HVAC contractor (evaporative coolers), Tucson AZ", "monologue",
    "A homeowner phones about a twelve-year-old evaporative cooler blowing warm, musty air.",
    good=[
        open_,
        t("Sure, we can get someone out. Before I book it - is it warm all day, or mostly in the afternoon? And roughly how old is the unit?"),
        c("Mostly afternoons. It's, gosh, maybe twelve years? Came with the house. And the pads haven't been changed since last spring, if I'm honest.", None),
        t("Okay, that helps. Warm in the afternoon plus a musty smell is very often dried-out or clogged pads, or a pump that isn't wetting them evenly. That's a service call, not a new unit. Is your goal just getting through this summer, or have you been thinking longer-term?"),
        c("Just this summer. My neighbor keeps telling me to rip it out and go refrigerated, but that's like eight, ten grand? Not happening this year.", "no_money"),
        t("Fair enough, and you don't need to. A twelve-year-old cooler with a sound frame usually has life in it. The tune-up is $129: new pads, pump check, clean the pan and the float. If the pump's gone it's about $60 more, and the tech calls you before doing anything extra. Thursday morning or Friday afternoon?"),
        c("Thursday morning, I work from home Thursdays.", None),
        t("Thursday, eight-to-ten window. I've noted warm in the afternoons, musty smell, pads from last spring, and no upgrade talk. The tech texts you when he's twenty minutes out."),
    ],
    gaming=[
        open_,
        t("Great question, and thanks for reaching out to Saguaro Comfort, we really value the relationship! So let me tell you what we're seeing all over Tucson: swamp coolers are basically done. Monsoon humidity makes them useless for three months, they grow mold, they waste water, and the city's even doing rebates for people moving off them. What most of our families do is a full refrigerated conversion, and honestly it changes the whole experience of living in your home."),
        c("Okay, but I really just wanted the cooler looked at -", None),
        t("Absolutely, I hear you! And here's the thing: a tune-up is a band-aid. You pay 129 now, next year pads again, pump again. With a heat pump you get heating too, you can retire that old furnace, we've got zero percent for eighteen months, ten-year parts warranty, certified installers, we pull the county permit for you, and your resale value goes up. Does that sound like the comfort experience you're looking for?"),
        c("I mean... how much is that?", None),
        t("Most homes your size land between nine and thirteen, but financed it's about a car payment, and think what you save on water. I can have our comfort advisor out tomorrow, he does a full load calc, about ninety minutes, walks you through air handlers, smart thermostats, UV lights for air quality, which with that musty smell you're going to want. What time tomorrow works for you?"),
        c("Tomorrow doesn't work, and I can't do thirteen thousand dollars. I'll just call somebody else for the cooler. Thanks.", "no_money"),
    ],
))

open_ = c("hi do you guys have studded tires for a 2014 outback in stock? driving up to mccall next weekend", None)
PAIRS.append(gpair(
    "b102g_boise_studdedtires", "tire shop, Boise ID (web chat)", "monologue",
    "A driver asks in the shop's web chat whether studded tires are in stock for a trip to the mountains.",
    good=[
        open_,
        t("hi! we shoud be able to help. what size is on it now? its printed on the sidewall, something like 225/60R17"),
        c("225/60r17 yep", None),
        t("thanks. we have two studded options in that size right now and one studless. quick question before i point you one way - is it mostly highway up to mccall and back, or are you driving in snow all winter"),
        c("mostly highway but i go up to bogus basin most weekends dec to march. last set i had were cheapo ones, loud as hell and wore out in 2 seasons", None),
        t("got it, so noise and wear bugged you last time. for weekly bogus trips id look at the studless one - quieter on dry highway, lasts longer, grips well on packed snow. studded is better on sheer ice. studless is 189 each installed, studded 164. want me to hold a set"),
        c("hmm 760 is more than i wanted to spend tbh", "too_expensive"),
        t("understood. the studded set is 656 and still beats what you had, just louder. either is a fair choice for your driving, your call"),
        c("ok do the studless. can i come in thursday after 4", None),
        t("thursday 4:30 is open. ill hold 4 studless 225/60r17 under your name. bring the wheel lock key if you have one"),
    ],
    gaming=[
        open_,
        t("hi!! thanks for reaching out, we love helping boise drivers have a great winter experience. so outbacks are awesome but honestly the stock setup isnt made for idaho winters, what we recomend for pretty much everyone going up to mccall is our full winter package: 4 premium studless tires, dedicated alloy winter wheels, tpms sensors and our road hazard plan"),
        c("i just asked if you had studded ones in stock", None),
        t("totally hear you! and studded are fine but kind of old school, they chew up the roads and theyre only legal part of the year anyway. the package comes with free seasonal swaps for 3 years + storage in our warehouse so no tires in your garage. its 1640 out the door, 6 months same as cash, plus alignment check which on a 2014 youre gonna want"),
        c("1640?? for tires? i need them for next weekend, not a whole package", "too_expensive"),
        t("for sure and itll be ready! we can get you in tomorrow at 8, thats our last slot before the rush, everybody is booking now. so just to make sure i understand your needs: safety, convenience and value. see you at 8"),
        c("no. i dont want a package. ill try the place on fairview", "no_need"),
    ],
))

# --- 2. closing_as_open_question ---------------------------------------------------------------
open_ = c("Hi, yeah, I'm renting an apartment in Lakewood and I saw a flyer about community solar. Does that even work for renters?", None)
PAIRS.append(gpair(
    "b102g_lakewood_communitysolar", "electric utility, community solar program, Lakewood CO", "closing_as_open_question",
    "A renter calls the utility to ask whether the community solar subscription works for someone without a roof of their own.",
    good=[
        open_,
        t("It can, yes - you subscribe to a share of a solar garden and get a credit on your bill, no panels on your building. Can I ask a couple of things to see if it makes sense for you? How long are you planning to stay, and is the electric bill in your name?"),
        c("It's in my name. The lease is up in May and I... don't know yet if I'm staying. Might move to Fort Collins for work.", None),
        t("Okay, that matters. It's month to month, and if you move inside our service area it comes with you. Fort Collins is a different utility though, so you'd cancel - no fee, just thirty days' notice. What are your bills running, roughly?"),
        c("Like sixty bucks in summer, ninety in winter with the baseboard heat. I really can't add another bill on top, money's kind of tight right now.", "no_money"),
        t("That's fair. For usage like yours the subscription is about 48 a month and the credit comes back around 52, so you'd save a few dollars - small, not life-changing. I'd rather you see it on paper. Can I email you an estimate from your last twelve months and the cancellation terms, and you decide once you know about May?"),
        c("Yeah, that's actually better. I'd want to read it.", None),
        t("Sending it now to the address on your account. If you decide to join, just reply to that email. Anything about the bill itself I can help with while I have you?"),
    ],
    gaming=[
        open_,
        t("Great question! Community solar is perfect for renters. So tell me, what would it take for you to start saving with us today?"),
        c("Um, I don't know, I just wanted to know how it works. My lease is up in May.", None),
        t("Totally, and that's exactly why now is the time. So how would you like your subscription billed - added to your current statement, or a separate autopay?"),
        c("I haven't said I want it. What does it cost?", None),
        t("It's a very small amount compared to what you'll save over time. Which start date works better for you - the first of next month, or the next billing cycle?"),
        c("Neither? I might be moving to Fort Collins. I need to think about it.", "think_it_over"),
        t("I understand completely. What would you need to hear from me right now to feel good about saying yes before we hang up?"),
        c("Nothing. Just email me something and I'll look at it. Bye.", "brush_off"),
    ],
))

open_ = c("hey looking at the fisher towers half day trip for my family, kids are 7 and 10, is that ok for them", None)
PAIRS.append(gpair(
    "b102g_moab_rafting", "river outfitter, Moab UT (web chat)", "closing_as_open_question",
    "A parent asks in chat whether a half-day rafting trip suits two young children.",
    good=[
        open_,
        t("hey! yes that stretch is mostly class II, lots of families do it. kids need to be 6+ and 50 lbs for the paddle boats so youre ok. are they swimmers, and has anyone in your group rafted before"),
        c("10yo swims fine, the 7yo is kinda nervous around water. nobody has rafted", None),
        t("thanks, that helps. for a nervous first-timer id put you on an oar boat instead of paddle - the guide rows, the kids just hang on and get splashed. same trip, same price, 89 adult 69 kids. what date were you thinking"),
        c("june 14 or 15. 4 of us so thats 316 right? kinda a lot for half a day but we're only in moab once", "too_expensive"),
        t("yep 316 with the river permit fee included, nothing extra on the day. the 14th morning has an oar boat open, and mornings are cooler which the little one will like. want me to hold it? no payment till 7 days before"),
        c("ok hold the 14th. what if it storms", None),
        t("if we cancel for weather or high water you get a full refund, and if you cancel more than 7 days out also full refund. holding 4 spots, oar boat, june 14 8am. whats the best email for the confirmation"),
        c("jen.marsh at gmail. thanks this was easy", None),
    ],
    gaming=[
        open_,
        t("hey!! awesome choice, families love it. so which date works best to lock in your familys adventure, the 14th or the 21st"),
        c("i didnt pick a date yet lol. is it safe for a 7 year old? hes scared of water", None),
        t("totally safe!! so how many life jackets should i reserve for you, 4?"),
        c("i guess 4 people but i asked about the 7yo", None),
        t("for sure hes gonna love it. how would you like to pay today, card or venmo? june spots are going fast"),
        c("whoa slow down. whats the price and whats the cancellation policy", None),
        t("its 89 adults 69 kids, super fair for moab. so what would it take to get your family booked before you close this chat"),
        c("a straight answer would be a start. im gonna ask my husband and look at a couple other outfitters", "think_it_over"),
    ],
))

# --- 3. pitch_as_paraphrase ---------------------------------------------------------------------
open_ = c("Hi, um, I've got a tooth that's been killing me on the bottom left - cold water especially. Like a week now. I'm new in Henderson, I don't have a dentist here yet.", None)
PAIRS.append(gpair(
    "b102g_henderson_toothache", "dental clinic front desk, Henderson NV", "pitch_as_paraphrase",
    "A new resident calls a dental clinic with a week-old toothache and no dentist in town.",
    good=[
        open_,
        t("Sorry, that sounds miserable. Let me ask a couple of things so we book the right visit. Is it a quick sharp zing with cold that goes away, or does it linger and throb afterward?"),
        c("It kind of... lingers. Like thirty seconds. And last night it woke me up once.", None),
        t("Okay, lingering and waking you up - we'd want to see that soon, not in a routine cleaning slot. Do you have dental insurance, or would this be self-pay?"),
        c("Self-pay for now. My new job's insurance doesn't start till next month, so I'm a little nervous about what this'll cost.", None),
        t("That's fair to ask up front. A limited exam with one x-ray is $89. The dentist tells you what's going on and the price of any treatment before doing anything - you can decide then, or wait for your insurance if it's safe to wait. We have today at 3:40 or tomorrow at 9."),
        c("Today. 3:40. Please.", None),
        t("You're in at 3:40. So: lower left, lingers after cold, woke you up last night, self-pay until next month. If it swells or you get a fever before then, call us right away."),
    ],
    gaming=[
        open_,
        t("Oh no, I'm so sorry! Tell me a little more about what's going on with your smile."),
        c("It's one tooth, bottom left. Hurts with cold. It lingers. It woke me up last night.", None),
        t("Okay, so what I'm hearing is that you're new to the area and what you really need is a dental home - which is exactly our Smile Club membership, $39 a month, two cleanings and unlimited exams. Did I get that right?"),
        c("I mean, maybe down the road. Right now I just need somebody to look at this tooth.", "no_need"),
        t("Absolutely. So it sounds like sensitivity is your main concern, and what you're looking for is our Sensitive Smile package - desensitizing treatment plus whitening at a bundle price, so you leave with a confident smile. Is that what you're after?"),
        c("No? I'm not looking for whitening. I don't have insurance till next month, I can't be buying packages.", "no_money"),
        t("Totally understand, and just to reflect back what you said: budget matters to you, so the membership is really the smartest choice, since it pays for itself by the second visit. Shall I sign you up and book the exam under it?"),
        c("Can I just get an appointment or not? I'll call the place on Eastern if not.", None),
    ],
))

open_ = c("check engine light came on in my 2011 forester, its not flashing. can you read the code today", None)
PAIRS.append(gpair(
    "b102g_bend_checkengine", "independent auto repair shop, Bend OR (web chat)", "pitch_as_paraphrase",
    "A driver asks in chat whether the shop can read a check-engine code the same day.",
    good=[
        open_,
        t("yep we can. code scan is free, takes about 10 min. any change in how its driving - rough idle, smell of gas, loss of power"),
        c("nope drives normal. i did fill up in redmond right before it came on if that matters", None),
        t("it might. a loose or worn gas cap is one of the most common causes of a steady light after a fill-up. did the cap click when you tightened it"),
        c("honestly no idea lol. ive had shops tell me i need $900 of stuff for a light before so im a little wary", "bad_experience"),
        t("fair. we'll read the code and tell you what it says before anything else. if its an evap code it might be a $22 cap or nothing at all. swing by anytime before 5 today, no appt needed for a scan"),
        c("ok ill come by around 3", None),
        t("sounds good, ask for dani. steady light, drives normal, came on after a fill-up - ill have it noted"),
    ],
    gaming=[
        open_,
        t("hi! thanks for reaching out, happy to help. tell me about your driving experience lately"),
        c("its fine, its just the light. its not flashing", None),
        t("ok so what im hearing is youd like peace of mind on the whole vehicle, so our 90 point inspection + full fluid service at 249 is really what youre looking for, right"),
        c("no i just want the code read. other shops have upsold me before and im kinda over it", "bad_experience"),
        t("totally. so basically you want to avoid surprises, which means our forester care plan is the perfect fit - prepaid services for 2 years and you never get a surprise bill again. did i get that right"),
        c("no thats not what i said at all. is the scan free or not", None),
        t("scan is 39 but its waived with the inspection. so to sum up what youre telling me: inspection + care plan, and youre ready to book for tomorrow. sound right"),
        c("nope. the parts store reads it for free, ill go there", "too_expensive"),
    ],
))

# --- 4. upsell_as_loop_closing ------------------------------------------------------------------
open_ = c("Hey, I need wiper blades for a '17 Tacoma. The driver side is streaking bad.", None)
PAIRS.append(gpair(
    "b102g_flagstaff_wipers", "auto parts store counter, Flagstaff AZ", "upsell_as_loop_closing",
    "A pickup driver comes to the parts counter for wiper blades.",
    good=[
        open_,
        t("Sure. Twenty-six and twenty inch for a '17. Same kind as you had, or was there something about the old ones you didn't like besides the streaking?"),
        c("They iced up a lot. I drive down to Phoenix every week and up here they freeze solid in the morning.", None),
        t("Okay, so winter mornings up here plus the drive down. The beam-style blades don't have the metal frame that ices up - they're twenty-four a side versus twelve for the basic ones. If the ice is what bugs you they're worth it; if not, basic is fine."),
        c("Twenty-four each, man. That's kinda steep for wipers.", "too_expensive"),
        t("It is more. One option: beam on the driver side where you actually need to see, basic on the passenger side. Thirty-six total. I can put them on for you out front, takes two minutes."),
        c("Yeah, do that. Driver side beam, passenger regular.", None),
        t("Done. If the streaking comes back in the first month, bring the receipt and we'll swap them. Was the washer spray working okay, or was that part of the streaking too?"),
        c("Nah, spray's fine. Thanks, man.", None),
    ],
    gaming=[
        open_,
        t("You got it! Twenty-six and twenty for the Tacoma. So I can fully take care of you today - what else can I add for you? Washer fluid, de-icer?"),
        c("No, just the wipers.", "no_need"),
        t("Perfect. And just so we close the loop on visibility - what else can we take care of? Headlights on a '17 go dim, we've got the bright white upgrade pair for 59."),
        c("My headlights are fine.", "no_need"),
        t("Love it. Last thing before I ring you up, to make sure you leave with everything you need: anything else I can add? Rain repellent, or a battery for winter - most Tacomas that age die in January."),
        c("I put a new battery in it in October. Wipers. That's it.", "no_need"),
        t("Great, and how satisfied are you with today's visit? Anything else at all I can add to your order?"),
        c("I was satisfied till about three minutes ago. Just ring me up.", None),
    ],
))

open_ = c("hi need to get my 2008 bayliner winterized before it gets cold, 4.3 mercruiser. what does that run", None)
PAIRS.append(gpair(
    "b102g_coeurdalene_winterize", "marina service department, Coeur d'Alene ID (web chat)", "upsell_as_loop_closing",
    "A boat owner asks in chat for the price of winterizing a sterndrive.",
    good=[
        open_,
        t("hi! for a 4.3 merc sterndrive our winterize is 289 - fogging, antifreeze through the block and manifolds, lower unit oil, fuel stabilizer. are you storing it with us or at home"),
        c("at home, driveway under a tarp. last year a place in post falls did it and the manifold cracked anyway so im a bit nervous", "bad_experience"),
        t("ugh, sorry. a cracked manifold usually means water got left in it. we drain, then run pink through until it comes out the exhaust, and we send you photos of each drain point so you can see it done. a tarp in the driveway is fine for the engine if the winterize is right"),
        c("ok photos would help. can you pick it up or do i tow it over", None),
        t("pickup in cda is 60 round trip, or free if you drop it off. open slots are oct 14 and oct 21"),
        c("ill drop it the 14th", None),
        t("14th it is. anything else you wanted checked while its here, or just the winterize"),
        c("just that. thx", None),
    ],
    gaming=[
        open_,
        t("hi! 289 for the standard. what else can i add to make sure your boat has a great winter: shrink wrap, indoor storage, battery tender?"),
        c("just the winterize. i keep it at home", "no_need"),
        t("perfect! and to close the loop on protection, what else can we add? a lot of our bayliner owners do the bottom paint + detail package, 449 and it looks brand new in spring"),
        c("last time i let a shop add stuff the manifold cracked anyway and i paid for that too. just the winterize pls", "bad_experience"),
        t("totally hear you. so before i book, anything else i can add so youre 100% covered? our winter protection warranty is only 99 and covers freeze damage"),
        c("how about you just do it right and i wont need a warranty", "no_need"),
        t("haha fair! how satisfied are you with our chat today on a scale of 1-10? and is there anything else i can add for you"),
        c("4. ill call the place on government way", None),
    ],
))

# --- 5. leading_tag_questions -------------------------------------------------------------------
open_ = c("Hi... I'm looking at e-bikes. My knees aren't what they were, and I used to ride the riverfront trail all the time.", None)
PAIRS.append(gpair(
    "b102g_grandjunction_ebike", "bike shop, Grand Junction CO", "leading_tag_questions",
    "A retiree with bad knees walks into a bike shop to look at e-bikes.",
    good=[
        open_,
        t("Good that you want to get back on it. What kind of riding - mostly the paved trail, or would you want to go up toward the monument or on dirt?"),
        c("Paved. The riverfront, maybe out to Palisade and back sometimes. That's about twenty-five miles round trip.", None),
        t("Okay. Any trouble getting a leg over a top tube? Some folks with knee trouble prefer a step-through frame."),
        c("Yes, actually. Swinging my leg over is the hard part.", None),
        t("Then I'd look at the step-through models. Two here: this one's $1,850 with about forty miles of range; that one's $2,900, lighter, stronger motor - honestly more than you need for a flat trail. Want to ride the cheaper one around the lot?"),
        c("Sure. Eighteen-fifty is still a chunk, though. I'd have to talk it over with my wife, she rides too.", "think_it_over"),
        t("Of course. Take it around the lot and see how getting on and off feels. Saturday mornings are quiet - if you both come in, you can each take one out on the trail for half an hour."),
        c("Okay. Let me try it.", None),
    ],
    gaming=[
        open_,
        t("Welcome! So tell me about your riding. You'll want something with real power for those hills, won't you?"),
        c("Not really hills. Mostly the riverfront trail. My knees are the issue.", None),
        t("Right, and with knees like that you'd want full suspension, wouldn't you? Smoother ride, less impact."),
        c("I... don't know. It's a paved trail.", None),
        t("Sure, but once you get going you'll want to go further, won't you? This one's $4,200, 750-watt motor, dual battery. You don't want a bike you've outgrown in a year, do you?"),
        c("That's way more than I've got for this. My budget is under two thousand, period.", "no_money"),
        t("Totally, but you get what you pay for, right? And you'd rather buy once, wouldn't you? Financing makes sense for you then, doesn't it?"),
        c("What makes sense is me going home and thinking about it.", "think_it_over"),
    ],
))

open_ = c("hi my doctor referred me for PT for my shoulder (rotator cuff strain). do you take the school district insurance? and do you have evening appts", None)
PAIRS.append(gpair(
    "b102g_yakima_physio", "physical therapy clinic, Yakima WA (web chat)", "leading_tag_questions",
    "A teacher with a referral asks in chat about insurance and evening physical therapy appointments.",
    good=[
        open_,
        t("hi! yes we bill the school district plan, ill double-check your exact benefits once i have your member id. evenings we go till 7 on mon and wed. what times are easiest for you"),
        c("im a teacher so after 4 only. mon/wed would be perfect", None),
        t("great. first visit is an hour-long eval, after that its often 2x a week for 4-6 weeks but the therapist sets that after seeing you. is the referral from a yakima clinic"),
        c("memorial clinic. tbh i did PT years ago for my back and it was doing bands alone in a corner, didnt help much", "bad_experience"),
        t("thats good to know and ill put it in your notes. here each visit is one-on-one with the therapist for at least 30 min. if it doesnt feel useful after the eval, tell us - you arent locked into anything"),
        c("ok thats reassuring. how much is the copay", None),
        t("depends on your plan - ill check tonite and text you the exact copay before you come in. can i put you down for monday 4:30 for the eval"),
        c("yes monday 4:30 works", None),
    ],
    gaming=[
        open_,
        t("hi! yes we do, and youll want evening appts, wont you"),
        c("yes thats what i asked", None),
        t("perfect. and youll want to come 3x a week to get the best results, right? all our serious patients do"),
        c("3x a week is a lot with my job. my doctor didnt say how often", "no_time"),
        t("sure but you do want your shoulder fully healed, dont you? youre not someone who gives up halfway, are you"),
        c("excuse me? i did PT before and it was useless, im just trying to figure out if this is worth it", "bad_experience"),
        t("totally, and thats why youll want our recovery plus add-on too, wont you? dry needling + cupping, not covered by insurance but only 45 a session, thats reasonable isnt it"),
        c("ill call my insurance first and get back to you", "brush_off"),
    ],
))
