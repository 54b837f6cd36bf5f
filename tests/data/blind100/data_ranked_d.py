"""blind100 ranked pairs d01-d10: two decent conversations, `better` is better. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01 plumber, Springfield IL: tankless request
o = c("Hey, so, um, our water heater's getting old, and I've been reading about tankless, and I kinda wanted to get a quote on, like, going tankless.", None)
PAIRS.append(rpair(
    "b100r_d01_springfield_il_tankless", "Plumbing company, Springfield IL. A father of three phones asking for a tankless water heater quote.",
    [o,
     t("Sure, yeah, happy to quote it. Um, what's got you interested, is it running out of hot water, the gas bill, or the space?"),
     c("Running out, mostly. Three kids, two teenagers, and whoever's last in the shower gets, y'know, cold. It's a forty-gallon.", None),
     t("Okay, that helps. So tankless fixes running out, but in your house it'd probably need a bigger gas line and new venting, so around forty-five hundred. A fifty-gallon high-recovery tank also solves it for about eighteen hundred. Which matters more to you, the upfront money or the long-run savings?"),
     c("Money, honestly. Forty-five hundred is way more than I figured.", "too_expensive"),
     t("Then, yeah, the high-recovery tank's what I'd do, it heats back up fast between showers, which is your real problem. I'll come measure the space and the gas line Thursday and quote both side by side."),
     c("Yeah, both side by side. Thursday's bad though, I'm on second shift all week. Saturday?", "no_time")],
    [o,
     t("Sure, yeah. So tankless is a great option, endless hot water, lower gas bills, frees up space. Most installs run around forty-five hundred with the gas line upgrade."),
     c("Forty-five hundred. Hm. That's a lot more than I figured.", "too_expensive"),
     t("Yeah, it's, it's an investment, but they last about twenty years versus ten or twelve for a tank, and you'd save maybe a hundred a year on gas. We do financing too."),
     c("Okay. I mean, the main thing is we run out, three kids, y'know.", None),
     t("Tankless definitely solves that. I can come out Thursday, check your gas line and give you an exact number."),
     c("Sure, Thursday.", None)]))

# d02 credit union, Calgary AB: landscaper wants a loan
o = c("Hi, I run a landscaping outfit, six guys in summer, and I'm lookin' for, uh, a loan? Like fifty grand. Spring's always tight.", None)
PAIRS.append(rpair(
    "b100r_d02_calgary_business_credit", "Credit union business desk, Calgary AB. A landscaping company owner asks for a fifty-thousand-dollar loan.",
    [o,
     t("Got it. So when you say spring's tight, is that materials and fuel before jobs pay, or payroll before customers pay you, or both?"),
     c("Both, kinda. April, May I'm buying sod, mulch, fuel, paying the guys, and the commercial clients pay net sixty. By August I'm flush.", None),
     t("Okay, so the gap's, like, April to about July. A term loan would have you paying interest all year on money you need for four months. A seasonal line of credit, you draw in April and pay it down in August, interest only on what you use. Does fifty cover your worst month?"),
     c("Uh, last year I was about forty short in June. Fifty'd be safe. What's it cost?", None),
     t("Um, prime plus two, and a two-fifty setup fee. Bring two years of statements and your receivables list, and I can have an answer inside a week, well before April."),
     c("Fee's a bit steep, but, okay. I'll get my bookkeeper to send the stuff.", "too_expensive")],
    [o,
     t("Sure. So, uh, for fifty thousand we'd look at a five-year term loan. Right now that's about eight point two percent, roughly a thousand a month."),
     c("A thousand a month, all year? Winter's when I got nothing coming in.", "no_money"),
     t("Yeah, understood. Um, we could stretch it to seven years, around seven-eighty. Or a line of credit's an option if you'd like more flexibility."),
     c("Line of credit, maybe. How's that work?", None),
     t("You draw what you need and pay interest on the balance. Prime plus two, with a two-fifty setup. Bring your last two years of statements and we'll get going."),
     c("Okay. I'll get my bookkeeper to send that over.", None)]))

# d03 farm supply, Ames IA: seed corn order
o = c("Hey, so I'm, uh, putting together my seed order, and I was gonna go with the 112-day again on the north quarter, but I dunno, it kinda struggled last year.", None)
PAIRS.append(rpair(
    "b100r_d03_ames_seed_corn", "Seed and farm supply dealer, Ames IA. A young farmer reconsiders the corn hybrid for one field.",
    [o,
     t("Struggled how, like, stand count, or it came up fine and the yield was off?"),
     c("Stand, mostly. It was wet in May and I had to replant, like, twenty acres in the low spot. That, uh, that cost me.", None),
     t("Okay, then it sounds like, y'know, cold, wet emergence is the real issue, more than yield potential. Our 108 scores better on cold germ, gives up maybe a couple bushels at the top end, but on a field with a wet spot, stand usually wins. Is that low spot tiled?"),
     c("Nope. Dad always said he'd tile it. Never did.", None),
     t("So, then one option's, uh, the 108 on the low ground and your 112 on the rest, so you're not changing everything. Seed cost is about the same. And plant that spot last, once it's warmed up."),
     c("Splitting it, yeah, that makes sense. Put me down for that.", None)],
    [o,
     t("Sure, yeah. The 112's still a solid yielder. We've also got a new 111 that topped the plots around Story County last year, about six bushels over."),
     c("Six bushels, huh. It was, uh, wet in May last year, I had to replant about twenty acres.", None),
     t("Yeah, lotta guys did. The 111 has decent emergence too. It's about eight dollars a bag more."),
     c("Eight more a bag, hm. That adds up on a quarter.", "too_expensive"),
     t("It does, uh, but six bushels at today's price covers it easy. Want me to put you down for the 111 on the north quarter?"),
     c("Uh, yeah, okay, let's try it.", None)]))

# d04 car dealer, Pittsburgh PA: trade sedan for SUV
o = c("Hi, so I'm, I'm thinking of trading in my Sentra for, like, an SUV? Something bigger. My sister has a Pilot and she loves it.", None)
PAIRS.append(rpair(
    "b100r_d04_pittsburgh_suv_trade", "Honda dealer, Pittsburgh PA. A single woman in her late thirties wants to trade her sedan for an SUV.",
    [o,
     t("Sure, yeah. So what's making the Sentra not work anymore, the room, the driving, something else?"),
     c("Honestly, I took a new job out in Cranberry, and the hills in the snow, I slid into a curb in January. It kinda scared me.", None),
     t("Oh, that is scary. So it's really winter traction on the commute, more than size. How many miles a day now?"),
     c("Like sixty round trip. I'm kinda worried about gas with a big SUV, to be honest.", None),
     t("Then, um, a Pilot might be more than you need. An all-wheel-drive CR-V hybrid gives you the traction and close to forty a gallon, versus low twenties for the Pilot. And good winter tires matter as much as AWD. Want to drive both up the hill on Route 19?"),
     c("Oh, yeah, that'd actually help a lot.", None)],
    [o,
     t("Oh, great choice, SUVs are really popular. What size are you thinking, something like the Pilot, or a bit smaller?"),
     c("I dunno, the Pilot seems nice. I took a new job out in Cranberry and slid into a curb in January, so something better in snow.", None),
     t("All our SUVs come with all-wheel drive available, so you'd be covered. The Pilot's a great vehicle, lots of room, very safe."),
     c("It's just me and the dog, really. Is the gas bad on it?", None),
     t("Um, about twenty-two combined. If that's a concern, the CR-V's smaller and gets better mileage. Want to drive both?"),
     c("Sure, yeah.", None)]))

# d05 dentist, Minneapolis MN: implant question
o = c("So, uh, the other dentist pulled this tooth last year, and I'm wondering about the, the implant thing. My wife's got one and says it's great. But I'm on blood thinners, if that matters.", None)
PAIRS.append(rpair(
    "b100r_d05_minneapolis_implant", "Dental practice, Minneapolis MN. A retired man in his late sixties asks about an implant for a missing back tooth.",
    [o,
     t("Yeah, it does matter, thanks for telling me. What are you on, and who prescribes it?"),
     c("Eliquis. Dr. Ostrowski, my heart doctor. Had a stent in twenty-two.", None),
     t("So, implants are still possible on Eliquis, but your cardiologist has to weigh in. And on the x-ray the bone's thinned since the extraction, so you'd likely need a graft first, two procedures, about six months, around fifty-five hundred. A bridge is about thirty-eight hundred. Is it the chewing that bothers you, or the gap showing?"),
     c("Chewing. Nobody sees it, it's way in back. Fifty-five hundred, boy. I'm retired.", "no_money"),
     t("Then, um, there's a third honest option: leave the gap. If the teeth around it stay put, many people do fine. I'd recheck in six months, and if you want the implant later, I'll write to Dr. Ostrowski first."),
     c("Huh. Nobody told me I could just leave it. Let's check it in six months then.", None)],
    [o,
     t("Oh, implants are a great option, the closest thing to a natural tooth. With a thinner we'd coordinate with your doctor. Which one are you on?"),
     c("Eliquis. Had a stent in twenty-two.", None),
     t("Okay, that's manageable, we'd get a note from your cardiologist. On the x-ray you'd probably need a small bone graft first. All in, around fifty-five hundred. A bridge is about thirty-eight hundred, but it means grinding down the teeth next to it."),
     c("Fifty-five hundred. Jeez. I'm, I'm retired, that's a lot.", "no_money"),
     t("We have payment plans through CareCredit, twelve months no interest. Want me to set up the graft consult and send the note to your cardiologist?"),
     c("Let me talk to my wife first.", "think_it_over")]))

# d06 HVAC, Allentown PA: mini-split for a garage shop
o = c("Mini-split. For the garage. Two-car. How much.", None)
PAIRS.append(rpair(
    "b100r_d06_allentown_garage_minisplit", "HVAC contractor, Allentown PA. A terse retired machinist wants a price on a mini-split for his garage workshop.",
    [o,
     t("Depends on two things. Insulated? And heat, cool, or both?"),
     c("Walls, yes. Ceiling, no. Both. It's my shop.", None),
     t("Okay. How many hours a week you out there?"),
     c("Saturdays. Some evenings. Maybe fifteen hours.", None),
     t("Then one eighteen-thousand-BTU unit is plenty if you insulate the ceiling first. About thirty-eight hundred installed. Skip the ceiling and you'd need a twenty-four, forty-six hundred, and bigger bills. I can look at it Tuesday."),
     c("Tuesday's fine. I'll do the ceiling myself.", None)],
    [o,
     t("Great question! Mini-splits are perfect for garages, super efficient, heat and cool, and really quiet. For most two-car garages we'd put in a twenty-four-thousand-BTU unit. Is it insulated at all?"),
     c("Walls. Not the ceiling.", None),
     t("Okay, yeah, that's pretty common. The twenty-four would handle it fine. Installed, you're around forty-six hundred, including the line set, the pad, and the electrical if your panel has room."),
     c("Forty-six. Little more than I wanted.", "too_expensive"),
     t("Understandable. We do financing, or I can come look and see if we can size it down. Does Tuesday work?"),
     c("Tuesday.", None)]))

# d07 county assessor, Burleigh County ND (Bismarck)
o = c("Hi, um, I got my assessment notice and it went up, like, eighteen percent? And nothing changed on our house. We didn't add anything. I wanted to, I guess, dispute it?", None)
PAIRS.append(rpair(
    "b100r_d07_bismarck_assessment_appeal", "County assessor's counter, Burleigh County ND (Bismarck). A homeowner wants to dispute an eighteen percent assessment increase.",
    [o,
     t("Yeah, you can, and, uh, lots of folks are asking this year. Can I have your address so I can pull up your parcel and see what's driving it?"),
     c("It's 1412 North Griffin. We've been there since oh-nine.", None),
     t("Okay, thanks. So most of the increase is the market, homes near you sold higher. But your record shows the basement as fully finished. Is it?"),
     c("Half of it? The other half's, like, concrete and the furnace. It's definitely not all finished.", None),
     t("Oh, that's worth correcting, it could bring the value down some. I'll set up an informal review, an appraiser comes by for ten minutes, no cost. The market part I can't change, but if you still disagree you can bring comparable sales to the board in April."),
     c("Okay, yeah, the basement thing, let's do that first.", None)],
    [o,
     t("Yeah, you can appeal. The first step is an informal review with our office, and if you're not satisfied, the city board of equalization meets in April."),
     c("Okay. How does the review work? Do I need, like, paperwork?", None),
     t("So you fill out this form, and it helps to bring sales of comparable homes, or an appraisal if you have one. Most increases this year are the market, prices went up across Bismarck."),
     c("An appraisal's like four hundred bucks though, right? I'm not paying that to maybe save fifty.", "too_expensive"),
     t("Oh, it's not required. Comparable sales work fine, and I can print recent sales in your neighborhood. Want me to?"),
     c("Sure, I'll take the list and the form.", None)]))

# d08 plumber, Edmonton AB: backflow test letter
o = c("Hello, I get letter from the city, it say I need the backflow test by end of month or they shut water. I have restaurant, pho restaurant on 97 Street. What is this test?", None)
PAIRS.append(rpair(
    "b100r_d08_edmonton_backflow_test", "Plumbing company, Edmonton AB. A restaurant owner with limited English calls about a city letter requiring a backflow test.",
    [o,
     t("It's a yearly check on a valve that stops dirty water from your restaurant going back into the city pipes. About an hour. Do you know if you have one valve, or more, maybe one on the soda machine?"),
     c("I don't know. My cousin set up everything, he go back to Vietnam. There is something by water heater, with two handle.", None),
     t("Okay, that's probably the main one. We test each one for ninety-five dollars and send the paper to the city for you. Water is off maybe twenty minutes. When is the restaurant closed, or slow?"),
     c("We close Monday. Other days open ten to nine, lunch very busy.", None),
     t("Then Monday morning. If we find a second valve on the soda machine, same price, and I call you before testing it. I'll text you the time."),
     c("Monday good. Thank you, you explain very clear.", None)],
    [o,
     t("It's the annual cross-connection test. We test the backflow preventer, RPZ or double check, and submit the report to EPCOR. Ninety-five per device."),
     c("Okay... per device. How many device I have?", None),
     t("Usually one on the main line, sometimes more on the soda or dish machine. The tech will find them. I have Thursday at eleven-thirty open."),
     c("Thursday eleven-thirty is lunch, very busy. Water is off?", "no_time"),
     t("Um, only about twenty minutes. Or I have Monday at nine."),
     c("Monday we are closed. Monday better.", None)]))

# d09 credit union, Indianapolis IN: HELOC request
o = c("Hey, so I wanna, uh, open a home equity line? Like thirty thousand. We're doing some stuff to the house.", None)
PAIRS.append(rpair(
    "b100r_d09_indianapolis_heloc", "Credit union, Indianapolis IN. A member in his forties asks for a thirty-thousand-dollar home equity line.",
    [o,
     t("Sure, yeah. Um, what kind of work are you planning, and do you have quotes yet?"),
     c("Kitchen, mostly. Counters and cabinets, that's like eighteen. And, um, honestly the rest is to pay off some cards. They're killing us.", None),
     t("Okay, thanks for telling me, that, uh, changes what I'd suggest. For the kitchen a home equity line makes sense. For the cards it's a lower rate too, but that debt would sit against the house, and if the cards fill back up it gets risky. How much is on them, at what rates?"),
     c("About twelve grand, twenty-four, twenty-six percent. I know, I know.", None),
     t("Hey, no judgment, it happens. One option: the equity line for eighteen for the kitchen, and a separate fixed personal loan for the twelve, around eleven percent, paid off in four years. Keeps the cards off the house. Want me to run both?"),
     c("Huh. Yeah, I kinda like that better. Run both.", None)],
    [o,
     t("Sure, yeah, we can help with that. Equity lines are at prime plus a half right now, so about eight and three-quarters, no closing costs if you keep it open three years. Do you know what the house is worth?"),
     c("Zillow says like two-eighty. We owe about one-sixty.", None),
     t("Okay, then thirty thousand's well within your limit. You can pay interest-only the first ten years, or pay it down faster. What's the work you're doing?"),
     c("Kitchen, mostly. And, uh, paying off some cards.", None),
     t("That's a common use, and the rate's much better than the cards. I'll need two pay stubs and your last tax return, and we'll order the appraisal."),
     c("Okay, I can get that to you this week.", None)]))

# d10 farm supply, Swift Current SK: grain auger
o = c("Lookin' at augers. My old Westfield, the flighting's finally wore through. Thirteen by seventy, somethin' like that.", None)
PAIRS.append(rpair(
    "b100r_d10_swift_current_auger", "Farm equipment and supply dealer, Swift Current SK. A farmer in his sixties, close to handing over to his son, needs an auger.",
    [o,
     t("Okay. How much grain are you moving a year, and is it mostly into bins in the yard, or out in the field too?"),
     c("Maybe sixty thousand bushel. Yard mostly. Son's takin' over the next couple years, so, y'know, I don't wanna sink a ton in.", None),
     t("Yeah, makes sense. So a new thirteen-by-seventy's around twenty-four thousand. There's a used 2017 on the lot at eleven-five, flighting redone two years ago. Or reflight yours for about four thousand, if the tube's still good. Might be worth asking your son what he'd want long term."),
     c("Reflight, huh. Tube's fine, I think. Yeah, I'll talk to him, he'll be the one runnin' it.", "think_it_over"),
     t("Yeah, bring him by, or, uh, I can send our shop guy to check your tube this week, no charge, so you both know if reflighting's an option before you decide."),
     c("Yeah, do that. Thursday's good.", None)],
    [o,
     t("Sure. Thirteen by seventy, the new Westfield's about twenty-four thousand with the swing hopper. Good auger, lasts forever."),
     c("Twenty-four. Huh. That's up there.", "too_expensive"),
     t("Yeah, steel's gone up, y'know. We've also got a used 2017 on the lot at eleven-five, good shape, flighting redone two years ago."),
     c("Eleven-five's better. Son's takin' over in a couple years, don't wanna sink a ton in.", None),
     t("Yeah, the used one's a solid choice. Want to come look at it this week?"),
     c("Yeah, I'll swing by Thursday.", None)]))
