"""Gaming pairs, part A (hand-written for blind64)."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - optician, Cork (Ireland), older man, spoken
o = c("Hello, yes, I'm - ah, my daughter said I should come in. The newspaper's gone all fuzzy on me, and the telly too sometimes.", None)
PAIRS.append(gpair(
    "b64g_cork_optician_reading", "optician, Cork", "monologue",
    "A retired man on a medical card comes into a small optician because print has gone blurry; he uses cheap chemist readers.",
    [o,
     t("You're very welcome, take a seat there. Fuzzy on the paper and on the telly - is it both at once, or does one bother you more than the other?"),
     c("The paper mostly. I do the crossword every morning and I'm holding it out at arm's length like an eejit. The telly's only at night, when I'm tired.", None),
     t("So the crossword at arm's length is the main thing, the telly more when you're tired. Have you worn glasses before, or would these be the first?"),
     c("I've the cheap ones from the chemist, the readers. Two euro fifty. They did me grand for a few years.", None),
     t("Those can be fine for a while. Before anyone talks about new glasses I'd like the optometrist to test your eyes properly - it's free with the medical card, and it tells us whether it's only the reading strength that's changed or something that needs looking at. Would Thursday morning suit?"),
     c("Thursday... I've the bowls Thursday. And I'll tell you straight, I'm not buying glasses at three hundred euro, the pension wouldn't stand it.", "no_money"),
     t("Fair enough on both. Friday at half ten instead? The test doesn't commit you to anything. If you do need glasses, the medical card covers a basic pair in full, and if stronger readers from the chemist would do you, I'll tell you that too."),
     c("Friday's grand. Half ten. And you'll not be pushing the fancy frames on me, now.", None),
     t("No pushing. Friday half ten - bring the chemist readers along so we can compare. Can I take a phone number in case the optometrist is running late?")],
    [o,
     t("Ah, thank you for choosing us for your eye-care journey! So what we really focus on here is the whole experience. We'd start you with our digital retinal scan, the OCT, seventy-five euro - not on the medical card, but honestly worth every cent - and then we'd get you into varifocals, because at your stage you want one pair for everything: reading, telly, driving. We've the new thinner lenses in this month, anti-glare, blue-light filter for screens, the works."),
     c("I don't drive any more, love. It's only the paper.", "no_need"),
     t("Absolutely, and that's exactly why varifocals make sense - so what I'm hearing is reading is your priority, and with varifocals the reading zone sits at the bottom, you won't even notice it. Now frames: we've the titanium range, featherlight, and a two-for-one on designer frames this month, so you'd have a spare for the house. Most of our customers your age go titanium because plastic slips. And I'd always recommend the protection plan, twelve euro a month, covers scratches, breakages, the lot."),
     c("Twelve euro a month? Sure I only wanted to see the paper.", "too_expensive"),
     t("Totally understand, and what I'd say is that's less than forty cent a day, less than your cup of tea! You only get the one pair of eyes, so it's really an investment in your quality of life. So we'll book the scan, then the fitting, then collection - usually all in one week - and you'll walk out seeing like a twenty-year-old. Does that sound like the kind of experience you're looking for?"),
     c("I think I'll go back to the chemist. Leave it, thanks all the same.", "brush_off"),
     t("No problem at all, but before you go let me give you the brochure - and remember the two-for-one finishes Sunday, so if you change your mind, don't leave it too late!")]))

# 2 closing_as_open_question - timber merchant, Halifax (England)
o = c("Morning. I'm pricing up timber for a bit of decking out the back, about four metre by three. Not buying today, just getting figures.", "brush_off")
PAIRS.append(gpair(
    "b64g_halifax_timber_decking", "timber merchant, Halifax", "closing_as_open_question",
    "A homeowner at the trade counter of a timber yard wants prices for a raised deck he will build with his brother-in-law.",
    [o,
     t("Morning. Happy to give you figures, no obligation. Four by three - is it going flat on the ground, or raised off a slope?"),
     c("Raised a bit, the garden drops away at the end. Half a metre at the lowest point maybe. My brother-in-law's helping, he's done one before.", None),
     t("Half a metre's fine, but it means proper posts and joists, not just boards on bearers. Softwood or hardwood boards - have you a feel for which, or is it the budget that decides?"),
     c("Budget decides, to be honest. Last decking I had at the old house went green and slippery in two winters. Cheap stuff from the DIY shed.", "bad_experience"),
     t("Green and slippery is usually two things: smooth boards with light treatment, and a deck sitting in shade with no air under it. Our redwood is pressure treated for ground contact, and grooved boards with a gap for ventilation hold up a lot better. Is that end of the garden in shade?"),
     c("Under the sycamore, yeah. Shade most of the day.", None),
     t("Then I'd go treated redwood for frame and boards, grooved, and leave a gap under the fascia for air. I'll write you a cutting list with two prices - redwood, and a hardwood-board option - and you can take it away and check it against anyone. All right?"),
     c("Go on then. I'll want to show the wife before we commit anyway.", "think_it_over"),
     t("Course. The cutting list's good for thirty days, and if you bring me the exact drop we'll adjust the post lengths.")],
    [o,
     t("Morning! Great project. So tell me - what would it take for us to get your decking order sorted today?"),
     c("Nothing, like I said, I'm just pricing up. Four by three, raised a bit at one end.", "brush_off"),
     t("Love it. And what's stopping you going ahead today, if the price is right? Because once we've got a price you're happy with - how would you like to pay, card or account?"),
     c("I haven't got a price yet. What's the difference between your redwood and the hardwood, anyway?", None),
     t("Totally hear you. So which would you prefer - the premium hardwood package at fourteen hundred, or the redwood package at nine-sixty? And when would you like it delivered, Thursday or Saturday?"),
     c("Neither yet, mate. Fourteen hundred for a deck that size is daft, the yard on the ring road quoted eight-fifty.", "too_expensive"),
     t("I understand. What would need to happen for you to feel confident putting a deposit down now, just to lock the price in? How does fifty quid sound as a way to get started?"),
     c("It sounds like you're not listening. I'll take my figures elsewhere.", None)]))

# 3 pitch_as_paraphrase - creche, Amsterdam, Spanish parent, non-native English
o = c("Hi, good afternoon. I am looking a place for my son, he is fourteen months. I start new job in March, maybe three days in the week.", None)
PAIRS.append(gpair(
    "b64g_amsterdam_creche_threedays", "creche (kinderdagverblijf), Amsterdam", "pitch_as_paraphrase",
    "A Spanish mother who moved to Amsterdam calls a creche about three days a week for her toddler before she starts a new job.",
    [o,
     t("Good afternoon, and congratulations on the new job. Three days from March - do you already know which days, or is that still open?"),
     c("Not sure yet. Probably Monday, Tuesday, Thursday. My husband works from home Wednesday and Friday, so those days is okay.", None),
     t("So Monday, Tuesday, Thursday, and your husband has him on Wednesday and Friday. How is your son with new people - has anyone else looked after him yet?"),
     c("Only my mother, when she visited from Valencia. He cries a lot with strangers. And my friend put her girl in a creche in Oost and she came home in the same nappy all day. So I am worried.", "bad_experience"),
     t("That's a real worry and it's good you ask. In our baby group it's one adult for three babies under one, and one for four up to two years. Every nappy change is written in the app, so you see it the same day. For children who cry with strangers we settle them in over two weeks - you stay the first days, then short mornings. Would that fit with March?"),
     c("Two weeks... I start the third of March. And the price, how much? We have the toeslag, the allowance, but I don't know how much we get.", None),
     t("Then settling-in would start around the seventeenth of February. Three full days is 1,140 euro a month before the allowance. For most families it comes down a lot, but it depends on your income, so I'll send you the government calculator rather than guess. Would you like to come and see the baby room with him this week?"),
     c("Yes, Thursday morning maybe. I want my husband to see also before we decide.", "think_it_over"),
     t("Thursday at ten, both of you are welcome. I'll email the calculator link and the settling-in plan today.")],
    [o,
     t("Good afternoon, welcome! So tell me more about what you're looking for?"),
     c("Three days, probably Monday, Tuesday, Thursday. My husband is at home the other days.", None),
     t("Perfect. So what I'm hearing is that you need our Full-Week Flex package - five days for the price of four and a half, so you have total flexibility. Is that right?"),
     c("No, no. Three days. Five days we don't need, my husband is home.", "no_need"),
     t("Absolutely, I understand. So what you're really saying is you want the peace of mind of Premium Plus - three days with organic meals and baby-sign classes included, 1,390 a month. Did I understand you correctly?"),
     c("I didn't say about classes. He is fourteen months, he cries with strangers, that is my worry. And 1,390 is more than we can pay.", "no_money"),
     t("So if I'm hearing you right, what matters most to you is the best investment in his early development - which is exactly what Premium Plus is. Shall I put you down for a March start?"),
     c("No. You are not listening to me. Goodbye.", None)]))

# 4 upsell_as_loop_closing - florist, Melbourne, typed chat
o = c("hi need flowers delivered tmrw to my wifes work in richmond its her birthday budget about 60", None)
PAIRS.append(gpair(
    "b64g_melbourne_florist_birthday", "florist (web chat), Melbourne", "upsell_as_loop_closing",
    "A husband types into a florist's web chat to send birthday flowers to his wife's open-plan office with a fixed budget.",
    [o,
     t("Hi! Happy to help. Do you know what she likes - any flowers or colours she loves, or any she can't stand?"),
     c("she likes yellow i think. sunflowers maybe. she hates lilies the smell gives her headaches", None),
     t("Good to know - no lilies. Sunflowers are in this week. Is she at her own desk or in a big open office? Some offices have nowhere to put a vase, so a bunch in a water bubble can be easier."),
     c("open plan she sits with like 20 people. something she can carry home on the tram", None),
     t("Then a medium hand-tied bunch in a water bubble: sunflowers, yellow roses, some greenery - easy on the tram. That's 55 plus 12 delivery to Richmond, so 67. Is that ok, or would you like me to keep it under 60 all in?"),
     c("hmm 67 is a bit over. can u do it for 60 total", "too_expensive"),
     t("Sure - I'll make the bunch a little smaller at 48 plus delivery, 60 total. Still sunflowers and yellow. Would you like a card message? It's free."),
     c("yeah put happy birthday bec love you heaps from d and the dog", None),
     t("Done: 60 total, delivered to her work tomorrow between 9 and 1, card as written. I'll text you a photo of the bunch before it leaves.")],
    [o,
     t("Hi there! What does the perfect birthday look like for her?"),
     c("idk she likes yellow i guess sunflowers. budget is 60", None),
     t("Lovely! Our Sunshine bunch, 55 plus delivery. Before we close this off, is there anything else I can add to make her day complete? Most people add our chocolate box, 24.95."),
     c("nah just flowers", "no_need"),
     t("Of course. And just to close the loop - would you like the keepsake glass vase with that, 29? Means she's not hunting for a jug at work."),
     c("no. i said 60. thats already over", "no_money"),
     t("Totally understood. Last thing, to be sure we haven't missed anything: what else can we add - a balloon, a teddy, a candle? The helium balloon is only 14 and really makes the delivery stand out."),
     c("forget it ill grab some at the supermarket on the way home", None)]))

# 5 leading_tag_questions - motorbike dealer, Pune (India)
o = c("Hello sir, I want to see one bike for daily college going. Around 18 km one side. My father is also coming on Saturday.", None)
PAIRS.append(gpair(
    "b64g_pune_motorbike_commute", "motorbike dealer, Pune", "leading_tag_questions",
    "A college student visits a two-wheeler showroom to look at a first bike for an 18 km commute; his father will pay.",
    [o,
     t("Welcome! Eighteen km each way, every day - is it mostly highway or city traffic?"),
     c("Mostly city only, Hinjewadi side, very much traffic. Monsoon time the roads are bad also.", None),
     t("Stop-start traffic and bad roads in the rains. Have you ridden before, and how tall are you roughly? Seat height matters a lot when you keep putting your feet down in traffic."),
     c("I ride my cousin's scooty only. I am five feet six. Budget is maximum one lakh ten, on-road, father said.", None),
     t("Then a 125cc commuter makes more sense than a sports bike: light, low seat, around fifty-five to sixty km per litre. Two models fit under one lakh ten on-road. I can arrange test rides on both - today, or wait for your father on Saturday?"),
     c("Saturday better, he is paying so he wants to see. Today I have lecture at three.", "think_it_over"),
     t("Saturday at eleven, then. I'll keep both bikes ready. Bring your licence, and I'll print the on-road price with insurance so your father sees every rupee."),
     c("Okay sir, Saturday eleven. Thank you.", None)],
    [o,
     t("Welcome! You'll want something with real power for that distance, won't you?"),
     c("Power I don't know, sir. Mostly it is city traffic, Hinjewadi side.", None),
     t("Sure, but you don't want to look like an uncle on a commuter bike in front of your friends, do you? The 200cc naked is what all the college boys ride, isn't it?"),
     c("My budget is only one lakh ten. That one is how much?", None),
     t("One lakh fifty-eight on-road, but with EMI that's nothing, right? You'd rather pay a little monthly and enjoy the bike, wouldn't you?"),
     c("EMI my father will not agree. He said no loan, full stop.", "no_money"),
     t("But you're the one riding it, aren't you? And you'll regret a small bike in one year, won't you? Let's do the booking amount today - you can convince him, can't you?"),
     c("I will come Saturday with father only. Not today.", "think_it_over"),
     t("Saturday the offer may be over, you know that, don't you?")]))

# 6 putdown_question - accountancy practice, Toronto
o = c("Hi, um, I run a food truck and I got this letter from the CRA about my HST, a penalty, and I honestly don't know what I did wrong.", None)
PAIRS.append(gpair(
    "b64g_toronto_accountant_hst", "accountancy practice, Toronto", "putdown_question",
    "A food-truck owner walks into a small accountancy practice with a penalty letter for a late sales-tax return.",
    [o,
     t("Okay, let's look at it together - these letters look scarier than they usually are. Does it say the penalty is for late filing, late payment, or something else?"),
     c("It says late filing, July to September quarter. I thought my bookkeeper did it, but she retired in October.", None),
     t("So the third-quarter return may never have gone in when she retired. Do you have your own login to the CRA business account, or did she handle that?"),
     c("She had it. I've never logged in. Is this going to cost a fortune? The truck was dead all winter, money's really tight.", "no_money"),
     t("Fair question. The first step costs nothing: you authorize us as your representative and we see what's outstanding. Filing one quarter is a fixed 180 dollars. If it's your first late filing we can ask the CRA to waive the penalty - that often works. I'll tell you any cost before doing anything."),
     c("Okay. Can I think about whether I just do it myself? My cousin says it's easy.", "think_it_over"),
     t("Of course. If you file yourself, the important bit is the waiver request - I'll email you the form number and the deadline from your letter so you don't miss it. If you get stuck, call me."),
     c("That's really decent, thanks. I'll probably call you Monday.", None)],
    [o,
     t("Okay. So walk me through it - how did you manage to miss a quarterly filing, exactly?"),
     c("I didn't 'manage' anything. My bookkeeper retired in October and I thought she'd done it.", None),
     t("Right. And you didn't think to check? How would you describe your process for keeping on top of your own business?"),
     c("I'm on the truck fourteen hours a day. I came here for help, not a lecture. What's this going to cost?", None),
     t("I hear you. It's eight hundred for us to take over your books for the year. Can I ask - are you sure you're ready to take your finances seriously this time? What would be different?"),
     c("Eight hundred? I came about one letter. That's way more than I've got after the winter.", "no_money"),
     t("Okay, well - what do you think happens if you keep doing it on the cheap? How did that work out this quarter?"),
     c("Wow. I'm done. I'll find someone who doesn't talk down to me.", None)]))

# 7 not_my_department_or_read_the_terms - lift maintenance, Singapore
o = c("Hello, this is Mrs Tan, property manager at Greenview Court. Block B lift is down since Monday, your technician came and went, and now nobody tells me anything.", None)
PAIRS.append(gpair(
    "b64g_singapore_lift_breakdown", "lift maintenance firm, Singapore", "not_my_department_or_read_the_terms",
    "A condominium manager phones the lift contractor after a lift has been out of service for three days.",
    [o,
     t("Mrs Tan, I'm sorry - three days without a lift is serious. Let me pull up Block B. Do you have the job reference the technician left, or shall I search by address?"),
     c("No reference. He said must order a part. We got one old uncle on the 11th floor in a wheelchair, he cannot go out at all.", None),
     t("Understood, a wheelchair user on eleven makes this urgent. I can see the job: the door operator board failed and a replacement was ordered. Before I give you a date, let me check where the part is. Can I put you on hold for two minutes, or would you prefer a call back?"),
     c("Hold, I wait.", None),
     t("Thank you for waiting. The board arrived at our warehouse this morning. I've booked the technician for tomorrow at nine; it takes about four hours. I'm emailing you the written update now. For the gentleman on eleven - would it help if I contact the town council about temporary assistance, or will you handle that?"),
     c("I call the council myself. But every year same thing with this lift, I am telling the committee to look at other contractors.", "bad_experience"),
     t("That's fair to raise. I'll ask our service manager to send the committee the breakdown history for Block B and what we'd propose for the door operators, so they can compare on facts. He'll call you by Friday."),
     c("Okay. Tomorrow nine. If the technician don't come, I call you directly.", None),
     t("Please do - this is my direct line. And I'll call you at one tomorrow to confirm the lift is running.")],
    [o,
     t("Thank you for reaching out, Mrs Tan, I understand how frustrating this experience must be. How can I help you today?"),
     c("I told you already. Lift down three days. One uncle in a wheelchair on 11th floor cannot go down.", None),
     t("I really hear you. Unfortunately parts ordering isn't my department, I'm in customer relations. Is there anything else I can help you with?"),
     c("Then who? Give me the parts department number.", None),
     t("I completely understand. Parts don't take calls from clients - it's clause 7.3 of your maintenance agreement, part lead times aren't guaranteed. Have you had a chance to read the terms?"),
     c("We pay you every month, and every year same problem with this lift. The committee is already talking to another company.", "bad_experience"),
     t("I appreciate your honesty and I value our relationship. That would be one for the contracts team, I'm afraid - I didn't make the rules. Can I help with anything else today?"),
     c("You helped nothing. I will write to your director.", None)]))

# 8 social_proof_or_deadline_pressure - solar water heaters, Nairobi (Kenya)
o = c("Hello, I saw your advert. Our electricity bill has gone very high because of the shower heaters. How much is the solar water heating?", None)
PAIRS.append(gpair(
    "b64g_nairobi_solar_waterheater", "solar water-heater installer, Nairobi", "social_proof_or_deadline_pressure",
    "A father of three in Kitengela calls a solar water-heater installer after a high electricity bill.",
    [o,
     t("Hello, thank you for calling. I can give a price, but it depends on the house. How many people shower each day, and is it instant shower heads or a tank?"),
     c("We are five. Me, my wife, three children. The instant shower heads, two of them. Last month the bill was almost eight thousand shillings.", None),
     t("Five people on two instant heads uses a lot of power. Do you know roughly how much of the eight thousand is the showers? Sometimes it's also the fridge or the iron."),
     c("I don't know exactly. Maybe half? My brother put solar in Machakos and after one year the pipes were leaking. So I am careful.", "bad_experience"),
     t("Good that you're careful. Leaks usually come from a cheap tank or poor fittings on the roof. For five people I'd suggest a 200-litre pressurised system, about 145,000 shillings installed, five-year warranty on the tank and one year on our work. But first I'd send a surveyor to check your roof and water supply - free, no commitment. Would Saturday morning work?"),
     c("145,000 is a lot of money at one time.", "no_money"),
     t("It is. Some customers pay in three instalments through our bank partner; others wait and save. If the showers are about four thousand a month of your bill, it pays back in roughly three years - the survey will tell us better. No pressure to decide on Saturday."),
     c("Okay, send the surveyor Saturday. My wife will be home also, she has more questions than me.", None),
     t("Saturday at nine. The surveyor will leave you a written quote, and I'll call on Tuesday only if you want me to.")],
    [o,
     t("Hello! Great that you called. Can I ask which estate you're in?"),
     c("Kitengela, near the EPZ.", None),
     t("Ah, Kitengela! We've done more than forty houses on your side this year - honestly, all your neighbours are switching. What's holding you back from joining them?"),
     c("I don't know my neighbours' roofs. My brother's solar in Machakos leaked after one year, so I want to understand first.", "bad_experience"),
     t("I hear you, and that's exactly why everyone goes with us. Now, our promotion price of 129,000 ends Friday; after that it's back to 165,000. And the installers are booked solid - only two slots left this month."),
     c("Friday? I need to talk with my wife, and I don't even know how big a system I need.", "think_it_over"),
     t("Totally understand. But think about it - your neighbours will be saving from next month and you'll still be paying. Shall I take the 10,000 deposit by M-Pesa now to hold your slot?"),
     c("No. If the price is only good until Friday, it is not a real price. Goodbye.", None)]))

# 9 keyword_stuffed - office cleaning, Warsaw (Poland)
o = c("Good morning. I am office manager in a software company in Mokotow, 60 people. We have cleaning company already but they are not so good. I want an offer.", None)
PAIRS.append(gpair(
    "b64g_warsaw_office_cleaning", "office cleaning company, Warsaw", "keyword_stuffed",
    "An office manager of a 60-person software company asks a commercial cleaning firm for an offer to replace its current cleaner.",
    [o,
     t("Good morning. Happy to make an offer. What is it they're not doing well - so we don't repeat it?"),
     c("The kitchen is bad. Dishwasher is never emptied, the fridge smells. And they come at 6 pm when people still work, the vacuum is very loud in calls.", None),
     t("So two things: the kitchen, especially the dishwasher and fridge, and the timing - 6 pm clashes with calls. What time would suit you, late evening or very early morning?"),
     c("After 8 pm is best. Or very early, 6 am. Our contract with them finishes end of May, three months notice.", None),
     t("After 8 pm works for us. For 60 people I'd suggest daily cleaning with the kitchen as a separate checklist - dishwasher emptied by 7 each morning, fridge cleared every Friday. Can I come and see the office? The price depends on the square metres and how many kitchens you have."),
     c("Yes, but I tell you honest, our budget is fixed for this year. We cannot pay more than now, around 9,000 zloty monthly.", "no_money"),
     t("Understood, 9,000 is the limit. I'll quote within that, and if it doesn't fit I'll tell you what we would leave out rather than go over. Tuesday at 4 to walk through?"),
     c("Tuesday is good. Please send the offer before end of February, because of the notice.", None)],
    [o,
     t("Good morning! Thank you for reaching out. I'd love to understand your needs and your cleaning experience so far, so we can build a relationship based on success. How do you feel about your current experience?"),
     c("Not good. The kitchen is dirty, the dishwasher is never emptied, and they come at 6 pm when people are in calls.", None),
     t("I really understand and I feel your frustration. What I'm hearing is that your needs are not being met and the experience is not aligned with your success. Here we put the customer's needs at the centre of the relationship."),
     c("Okay... but can you come after 8 pm? And what is the price?", None),
     t("Great question. Our solutions are tailored to your unique needs, and our pricing reflects the value of a long-term partnership - success is a journey we take together. On a scale of one to ten, how satisfied would you say you are with your current partner?"),
     c("I said already, not satisfied. I need a number. Our budget is fixed, 9,000 zloty, we cannot go over.", "no_money"),
     t("Absolutely, and I hear that budget is important to you. I'll send over our brochure about our experience and values, and our success team will reach out to understand your needs more deeply. Is there anything else?"),
     c("Okay, okay. Just send something by email, I look when I have time.", "brush_off")]))

# 10 rude - holiday cottage agency, Cornwall; older woman on the phone
o = c("Hello, good morning, I hope I've got the right number. My husband and I are looking for a cottage in September near Padstow, but it has to be all on one level, he's had his hip done.", None)
PAIRS.append(gpair(
    "b64g_cornwall_cottage_onelevel", "holiday cottage agency, Cornwall", "rude",
    "A woman in her seventies phones a holiday-cottage agency for a single-level cottage for herself and her husband after his hip replacement.",
    [o,
     t("Good morning, you've got the right place. All on one level near Padstow in September - that's doable. How many of you, and for how long?"),
     c("Just the two of us. A week, or ten days if it's not too dear. We went to one in Devon last year that said accessible and there were three steps down to the bathroom, it was awful.", "bad_experience"),
     t("Oh no, three steps with a new hip - I'm sorry. So level access including the bathroom. Does he need a walk-in shower, or is a bath with a grab rail all right?"),
     c("A walk-in shower, really. And parking close to the door.", None),
     t("Got it: single level, walk-in shower, parking at the door, two people, September. I have two that fit. One's in St Merryn at 895 for the week; the other is right in Padstow but 1,240. Shall I email you photos of the bathrooms and the front doors so you can see for yourselves?"),
     c("The Padstow one's more than we'd want to spend, I think. St Merryn sounds nice. I'm not very good with email - could you post them?", "too_expensive"),
     t("Of course. I'll post the St Merryn details today with photos of the shower and the entrance, and I'll check the door step on the owner's floor plan myself. I'll ring you on Thursday to see what you think."),
     c("Oh, that's kind. Thursday afternoon is best, we're at the hospital in the morning.", None)],
    [o,
     t("Yeah, hi. Padstow in September - everyone wants that. Dates?"),
     c("Well, we're flexible, a week or ten days. It must be on one level, the bathroom too, we had a bad time in Devon last year with steps.", "bad_experience"),
     t("Right, well, we're not Devon. Look, one level cuts it right down. What's your budget, roughly? Quickly, I've got a queue."),
     c("Oh. Around eight or nine hundred for the week, I suppose.", None),
     t("For Padstow in September? Good luck. Honestly, you're about ten years too late for that price. There's a place in St Merryn, I suppose. I'll email it."),
     c("Could you post it? I'm not very good with the computer.", None),
     t("We don't really do post any more. Get a grandchild to open it for you. Anything else?"),
     c("No. I don't think we'll bother, thank you. Goodbye.", None)]))
