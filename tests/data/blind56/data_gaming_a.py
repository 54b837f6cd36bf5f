"""Gaming pairs, part a (b56). Hand-written."""
from common import c, gpair, t

PAIRS = []

# a1 monologue -- outboard engine workshop, Tromso
_open = c("Hi. My outboard, the 40 horse, it stops when I go slow. In the harbour mostly. You can look at it?", None)
PAIRS.append(gpair(
    "b56g_tromso_outboard", "marine engine workshop, Tromso (Norway)", "monologue",
    "A small-boat owner, Norwegian, plain non-native English, says his 40 hp outboard dies at low speed.",
    good=[
        _open,
        t("Sure we can. When it stops, is the engine cold, or has it been running a while?"),
        c("After. First ten minutes is fine, then slow speed it dies. Fast is ok.", None),
        t("And did it sit over winter? Same petrol in the tank from last year maybe?"),
        c("It was in the shed from October. The fuel, yes, maybe from last summer. I am not sure.", None),
        t("That's the usual one. Old petrol gums up the idle jet and it does exactly that, fine fast, dies slow. I'd clean the carb and put a new fuel filter in, about two hours. If it turns out to be something else I ring you before I do more."),
        c("Two hours, how much is it? Last year another place took 4000 kroner and it was still broken after.", "bad_experience"),
        t("Two hours is 1900 plus parts, around 300. If the idle isn't fixed you only pay the hour of looking, and we talk before anything else. Can you bring it with the tank? I want to see that fuel."),
        c("Ok, that is fair. Thursday I can bring it, I need the boat for the weekend.", None),
    ],
    gaming=[
        _open,
        t("Absolutely, and thank you for reaching out, your experience on the water matters to us. Let me tell you a bit about us. We're the only certified workshop north of Bodo for two brands, three mechanics, we do full service, winterising, impellers, gearbox oil, anodes, and honestly at that age a lot of owners start thinking about repowering, we have the new 50 four-stroke on offer this month with trade-in. What would you say matters most to you in an engine?"),
        c("I just want it not to stop in the harbour.", None),
        t("Reliability, that's what I'm hearing, totally. And that's exactly why our Gold Service is so popular: plugs, filters, impeller, thermostat, compression test, sea trial, priority booking all season, 6900. And if you go for the new 50 the first service is free, quiet, no smoke, people tell us they save about thirty percent on fuel, and with financing it's around 900 a month. Does that sound like it meets your needs?"),
        c("6900? It is only stopping at slow speed. I don't need all of this.", "no_need"),
        t("I understand, and many customers feel that way at first, then after the Gold Service they say it runs like new. And the new engine, five years warranty, your family will love it. So shall I put you down for Gold and send the brochure for the 50, so you have everything in one place?"),
        c("No thanks. I ask Svein at the harbour, he looks at it for a beer.", "brush_off"),
    ],
))

# a2 closing_as_open_question -- forklift hire, Rotterdam port area
_open = c("Good morning, we are a warehouse in Waalhaven, we need extra forklifts for the peak, from November to after Christmas. What do you have?", None)
PAIRS.append(gpair(
    "b56g_rotterdam_forklifthire", "forklift hire, Rotterdam (B2B)", "closing_as_open_question",
    "A Dutch warehouse manager wants short-term forklifts for the November-December peak.",
    good=[
        _open,
        t("Morning. How many are you thinking, and is it inside work or do they go out on the yard too?"),
        c("Three, maybe four. Inside mostly, but loading the trucks at the dock, so a bit outside. Racks up to seven metres.", None),
        t("Then I'd say electric reach trucks for the racks, and one electric counterbalance for the dock, they're fine on a dry yard. Do you have charging points, or do we need to think about that?"),
        c("We have charging for our own two. Not for four more, I think. I must check with the technical guy.", None),
        t("Fair. If charging is tight we can do lithium batteries, they take short top-ups in the breaks. I'll price it both ways, three and four units, 1 November to 10 January, and you see what it looks like."),
        c("Ok. We have already a supplier for the long lease, I want to compare before I say anything to my director.", "think_it_over"),
        t("Of course. I'll mail it today, and I'll ring you Thursday after you've talked to the technical guy about the charging, then we know which version is real."),
        c("Thursday is good. Afternoon, the morning is trucks.", None),
    ],
    gaming=[
        _open,
        t("Good morning, great to hear from you. What does a successful peak season look like for you?"),
        c("Successful? That the pallets go out on time. We need three, four forklifts, inside, racks seven metres.", None),
        t("Wonderful. And what would it take for you to sign the rental agreement with us today, so your peak is covered?"),
        c("Today? I don't even have a price. And I have a supplier already for the long lease, I want to compare first.", "think_it_over"),
        t("Totally understand. So help me understand, how would you like to handle the deposit, by invoice or by card, so we can reserve the units before they're gone?"),
        c("I said I want to compare. Send me the price please.", "think_it_over"),
        t("Absolutely. And which delivery date works better for you, the 28th or the 1st? I just want to make it easy for you."),
        c("Neither until I have seen a price. Just send the mail.", "brush_off"),
    ],
))

# a3 pitch_as_paraphrase -- agro-dealer, Nakuru
_open = c("Hello, I was wanting tomato seed for the long rains. Last season the blight finished me.", None)
PAIRS.append(gpair(
    "b56g_nakuru_tomatoseed", "agro-dealer shop, Nakuru (Kenya)", "pitch_as_paraphrase",
    "A smallholder farmer, Kenyan English, lost much of last season's tomatoes to blight and wants seed for the rains.",
    good=[
        _open,
        t("Pole sana. How big is the plot, and when the blight came, was it the leaves going brown and then the fruits rotting?"),
        c("Quarter acre. Yes the leaves, black spots, then the fruits. In two weeks everything was gone.", None),
        t("That sounds like late blight, it loves the rains. Were the plants staked, or lying on the ground?"),
        c("On the ground mostly. I had no time to stake, I was alone.", None),
        t("Staking helps a lot, the leaves dry faster. For seed, there is a hybrid with good blight tolerance, one packet does your quarter acre, 2400. With one fungicide spray every ten days when it rains you should be much safer."),
        c("2400 for one packet? Eish. The one I used before was 600.", "too_expensive"),
        t("True, it's four times. If that is too much this season, there is an open-pollinated one with some tolerance at 900, you can even keep seed. It's less strong, so then the staking and the spraying matter more. Which way fits your pocket?"),
        c("Let me take the 900 one and the spray. Next season if it works I try the hybrid.", None),
    ],
    gaming=[
        _open,
        t("I'm sorry to hear that. Tell me more about what happened last season?"),
        c("Quarter acre. The leaves got black spots, then the fruits rotted. Everything gone in two weeks.", None),
        t("So what I'm hearing is you need our Premium Blight Shield package, the hybrid seed, the full spray kit and the drip starter, all together 8500, is that right?"),
        c("No, I did not say that. I only asked for seed. 8500 I don't have, the season was bad.", "no_money"),
        t("Just to make sure I understood you correctly, what matters to you is never losing a crop again, so the full package is really what you need, correct?"),
        c("What matters is I have 1500 in my pocket. Just seed.", "no_money"),
        t("Got it, so you're saying you would like to start with the package and pay the rest after harvest on our credit plan, did I get that right?"),
        c("You are not listening. I will go to the other shop by the stage.", None),
    ],
))

# a4 upsell_as_loop_closing -- mobile locksmith, Ballarat
_open = c("hi yeah im locked out of my unit, keys are inside on the bench, how soon can someone come", None)
PAIRS.append(gpair(
    "b56g_ballarat_lockout", "mobile locksmith, Ballarat (Australia)", "upsell_as_loop_closing",
    "A young renter, typing in chat, is locked out of her flat with the keys inside.",
    good=[
        _open,
        t("Hi, sorry, not fun. Whereabouts in Ballarat are you, and is it just the door handle that locked or a deadlock too?"),
        c("sebastopol, near the IGA. just the handle i think, i didnt lock the deadlock", None),
        t("Good, that's usually a quick open without damage. Call-out is 120, and that includes the opening. Someone can be there in about 35 minutes. Do you have ID or something with the address on your phone? We have to check it's your place."),
        c("i have my licence in my pocket luckily. 120 ok. is there any cheaper option", "too_expensive"),
        t("After 6 it goes to 180, so now is the cheap bit honestly. Your landlord or agent might have a spare key though, if they answer that's free. Want me to hold the booking 10 minutes while you try them?"),
        c("yeah ill ring the agent first, theyre usually slow tho", None),
        t("No worries, message back here either way and I'll send Dave."),
        c("agent not answering. send dave pls", None),
    ],
    gaming=[
        _open,
        t("Hi, thanks for reaching out! So I can help you best, what does a good outcome look like for you today?"),
        c("um me being inside my house. sebastopol near the IGA, handle is locked not the deadlock", None),
        t("Perfect, we can absolutely do that, 120 call-out. And to close the loop, what else can I add for you today while Dave's there? Most people in your situation add a keyless smart lock so this never happens again, 449 fitted."),
        c("no i rent, i cant change the locks. just open the door pls", "no_need"),
        t("Totally hear you. So just to make sure we've covered everything, is there anything else we can take care of, like a spare key cut, 25 each, or our key safe for outside, 89?"),
        c("i just want to get in, i have 40 dollars in my account till thursday", "no_money"),
        t("Understood! Last thing before I book, would you like to add our Lockout Protection membership, 9 a month, then the next lockout is free? Anything else I can help you with today?"),
        c("omg. just send someone or ill call the other guy", None),
    ],
))

# a5 leading_tag_questions -- private hearing aid clinic, Leicester
_open = c("Good afternoon. My daughter is saying the TV is too loud, she made this appointment. The test you did already, now what?", None)
PAIRS.append(gpair(
    "b56g_leicester_hearingaid", "independent hearing aid clinic, Leicester (UK)", "leading_tag_questions",
    "An elderly man, Gujarati first language, has had a hearing test after his daughter booked it; he is unsure he wants aids.",
    good=[
        _open,
        t("The test shows a moderate loss, mostly the high sounds, both ears. But tell me, apart from the TV, where do you notice it yourself?"),
        c("At the temple, when many people talking. And my grandson, he speaks very fast, I say 'haan haan' but I don't catch.", None),
        t("That's typical with high-tone loss, voices in noise are the hardest. Can I ask, your fingers, are small things okay? Some aids have tiny batteries to change every week."),
        c("Little bit of arthritis. Small buttons are difficult.", None),
        t("Then I'd look at rechargeable ones, you just drop them in a charger at night. One thing to know, the NHS also gives free aids, the wait here is a few months. Ours are from 1400 a pair, and you can try them two weeks before paying."),
        c("Free from NHS? Nobody told me. I will speak with my son first, he handles the money things.", "think_it_over"),
        t("Very sensible. I'll write down both options for your son, and if you want the trial, ring me and we set it up. No rush."),
        c("Thank you, beta. You explained nicely.", None),
    ],
    gaming=[
        _open,
        t("Lovely to meet you. Tell me, how is your hearing affecting your life? You'd want to hear your grandchildren clearly, wouldn't you?"),
        c("Yes, of course. At the temple also, many people talking, difficult.", None),
        t("Exactly, and you wouldn't want to miss what's said at the temple, would you? So you'll want our top premium model with the noise programme, won't you? It's 4200 a pair."),
        c("4200? This is too much. I am pensioner. My daughter said there is something from NHS also.", "too_expensive"),
        t("I understand, and the NHS ones are fine for basic needs, aren't they, but you're not a basic person, are you? You deserve the best experience, don't you?"),
        c("I don't know. I must ask my son, he handles these things.", "think_it_over"),
        t("Of course, but you're the one who has to live with it, aren't you? And you wouldn't want to wait months on a list, would you? We can start the fitting today, can't we?"),
        c("No, not today. I am going now, my daughter is waiting in the car.", "no_time"),
    ],
))

# a6 putdown_question -- water company billing line, South Wales valleys
_open = c("Hiya, my water bill's come and it's three times what it normally is. Three times! There's only me and the dog, mun.", None)
PAIRS.append(gpair(
    "b56g_merthyr_waterbill", "water company billing line, Merthyr Tydfil area (Wales)", "putdown_question",
    "A woman living alone calls, upset, because her metered water bill has tripled.",
    good=[
        _open,
        t("That is a big jump, let's find out why. It says 412 this half year against about 130 before. Has anything changed in the house, a new washing machine, anyone staying?"),
        c("Nothing. Same as always. I'm out at work most days.", None),
        t("Then a leak is the first thing I'd look at. Could you do a little test for me tonight: turn every tap off, note the meter numbers, and check again in an hour without using any water?"),
        c("And if it's moved, then what, I've got to get a plumber out? I can't afford a plumber on top of 412.", "no_money"),
        t("If it's moving, ring us. If the leak is on the pipe outside, that's ours to fix. If it's inside your boundary we have a scheme that repairs one leak for free, and you get an allowance on the bill for the lost water."),
        c("Oh. Well that's something. And the bill, do I have to pay it now?", None),
        t("I'll put it on hold for 28 days while we sort it, so nothing goes to collections. Do the test tonight and ring me back on this reference, I'm here till Friday."),
        c("Tidy. I'll do it after tea. Thank you, love.", None),
    ],
    gaming=[
        _open,
        t("I hear you, and I want to understand. Meters don't lie though, so what exactly makes you think the bill is wrong?"),
        c("Because it's three times the normal! 412! I'm on my own, I'm out at work all day.", None),
        t("Okay. And are you sure you're reading the right meter? A lot of people in terraces read their neighbour's, so how confident are you, honestly?"),
        c("I've never read any meter, you send the man. Are you saying I'm daft?", None),
        t("Not at all, I'm just exploring. Could there maybe be a hose you left running, or taps dripping that you didn't notice? What's your routine with the garden, would you say?"),
        c("I've got a yard, not a garden. There's no hose.", None),
        t("Right. So how would you feel about simply setting up a payment plan for the 412? That's usually the mature way forward in these situations, wouldn't you say?"),
        c("Mature? I'm not paying for water I never used. Put me through to a supervisor.", None),
    ],
))

# a7 not_my_department_or_read_the_terms -- university international student office, Aberdeen
_open = c("hello, i need a letter that i am student here for the bank, they dont open my account without it. who can do this", None)
PAIRS.append(gpair(
    "b56g_aberdeen_studentletter", "university international student office, Aberdeen (UK)", "not_my_department_or_read_the_terms",
    "A new student from Vietnam, typing in the office chat, needs a proof-of-study letter to open a bank account.",
    good=[
        _open,
        t("Hi, I can help with that. Which bank is it, and did they say what the letter must show? Some want your home address in it, some only the course dates."),
        c("it is the one on union street. they say address in aberdeen and the course dates. my address is student hall", None),
        t("Fine, we can put both. Can you give me your student number? The letter is made from the record, so I'll check your hall address is on it."),
        c("2604417. but i moved room last week, the record maybe has old room", None),
        t("Yes, it still shows the old room. I've changed it to the new one from your booking, no problem. The letter will come to your uni email in about 20 minutes as a PDF with the stamp, the bank accepts that."),
        c("20 minutes ok. but if they want paper, i have class all afternoon, i cannot come to office before 5", "no_time"),
        t("We close at 5, but I can leave a printed, stamped copy at the library front desk, they're open till 10. Just show your student card there."),
        c("perfect thank you so much", None),
    ],
    gaming=[
        _open,
        t("Hi! I completely understand how stressful banking can feel when you're new. Letters are handled by Registry though, that's not really our department."),
        c("but registry told me to come here. they say international office does bank letters", None),
        t("I hear your frustration, honestly. It's all in the student handbook, section 4.2, 'Proof of Study'. Have you had a chance to read the handbook?"),
        c("i read but it says ask the international office. this is you?", None),
        t("We are the international office, but our remit is immigration advice. The bank's requirements are between you and the bank, I'm afraid, I didn't make the process. Is there anything else I can help you with today?"),
        c("so nobody can give me a letter? i need account for my salary from my part time job", None),
        t("I really value you reaching out. If you'd like, you can submit a ticket through the portal, response time is up to ten working days, as per the terms on the portal. How satisfied would you say you are with our service today?"),
        c("ten days?? i have no account for my salary. not satisfied", None),
    ],
))

# a8 social_proof_or_deadline_pressure -- rural insurance broker, Gore (Southland)
_open = c("Gidday. Built a new woolshed this winter, reckon it needs insuring. Wanted a number off you.", None)
PAIRS.append(gpair(
    "b56g_gore_woolshed", "rural insurance broker, Gore (New Zealand)", "social_proof_or_deadline_pressure",
    "A sheep farmer, terse rural New Zealand voice, wants cover for a newly built woolshed.",
    good=[
        _open,
        t("Good on you. What did it cost to build, roughly, and is it just the shed or gear inside too, like the plant and the press?"),
        c("Bit under 280 all up. Plant's in there, press is old, wouldn't bother with that.", None),
        t("And who's got the house and the rest of the farm at the moment?"),
        c("Same mob twenty years. They're alright. Don't really want to shift everything.", "no_need"),
        t("Fair enough, and you may not need to. Ring them first and ask them to add the shed, often that's the cheapest. If you want something to hold against it, I'll quote the shed on its own, no obligation."),
        c("Yeah, do that. Don't want a stack of paperwork though, lambing's on.", "no_time"),
        t("It's one page. I'll email it tonight, read it when you've got a minute. If they're cheaper, stay with them, no hard feelings."),
        c("Good as. Cheers.", None),
    ],
    gaming=[
        _open,
        t("Gidday, great to hear from you. What does peace of mind look like for you on the farm?"),
        c("Shed insured. Cost a bit under 280. Same mob's got the rest, twenty years.", None),
        t("Love that loyalty. I'll be honest, most farms in the valley have moved everything over to us this year, the Hendersons, the McKenzies just last week. Have you talked to them about it?"),
        c("Don't care what the McKenzies do. Just want the shed priced.", None),
        t("Totally. The thing is, our rural package rate is only locked until Friday, after that it goes up eleven percent. So it makes sense to move the lot across now, wouldn't you say?"),
        c("I'm not moving the lot. I'm happy where I am. Just the shed.", "no_need"),
        t("Understood. Just so you know, I've only got two spots left at this rate for the district, and honestly your neighbours would tell you it's a no-brainer. Shall I lock one in for you?"),
        c("Nah. I'll just ring my own fella. See ya.", "brush_off"),
    ],
))

# a9 keyword_stuffed -- payroll software for small businesses, Lyon
_open = c("Hello, I have three bakeries in Lyon, 22 employees. My accountant says I should look at a payroll software. I don't know, it is for what exactly?", None)
PAIRS.append(gpair(
    "b56g_lyon_bakerypayroll", "payroll software vendor, Lyon (France, B2B)", "keyword_stuffed",
    "A bakery owner with three shops, French speaker, was told by her accountant to look at payroll software.",
    good=[
        _open,
        t("Bonjour. Before I say what it does, how is the payroll done today? Does your accountant do it, or you?"),
        c("I send him every month the hours in Excel, he does the payslips. The night bakers, the Sundays, it takes me two evenings.", None),
        t("Two evenings, mostly on the night and Sunday hours I guess? Those premiums are where it usually goes wrong."),
        c("Exactly. Last month one baker was paid wrong, he was very angry. And the accountant charges me for corrections.", None),
        t("That's the part we can fix. Your managers enter hours on a tablet in each shop, the night and Sunday rules are set once, and your accountant gets a file he imports. He keeps doing the declarations. It's 4 euros per employee a month, so about 90."),
        c("90 a month plus the accountant? Hmm. I must see if he agrees, I don't want to pay two times for the same thing.", "think_it_over"),
        t("Right question. Shall I call him with you? If the import saves him time, his fee often goes down, and if it doesn't, you'll know it's not worth it."),
        c("Yes, Thursday he is in the office. I send you his number.", None),
    ],
    gaming=[
        _open,
        t("Bonjour, and thank you for sharing that. I really understand and feel what you're going through. Our whole relationship with clients is built around understanding your needs and making your payroll experience a success."),
        c("Ok, but concretely? The night hours, the Sundays, I do it in Excel, it takes two evenings.", None),
        t("I hear you, and I feel that. What I'm understanding is that you need a solution that truly understands your needs. Our platform is an end-to-end experience built on partnership, so your success becomes our success."),
        c("Yes but does it do the night premium or not? Last month a baker was paid wrong.", None),
        t("That's such an important need, thank you for trusting me with it. We really value the relationship, and our customer success team will be with you on the whole journey to make sure you feel understood and supported."),
        c("You did not answer. And my accountant does the payslips already, so I don't see what I need you for.", "no_need"),
        t("I completely understand how you feel, and that's valid. How would you rate your experience of our conversation so far, in terms of feeling heard?"),
        c("Honestly? I have a shop to run. Send me a document with the price.", "brush_off"),
    ],
))

# a10 rude -- ferry ticket office, Oban
_open = c("Hello. I need ferry to Barra for my van and trailer, Sunday. I have job there, a roof, starting Monday.", None)
PAIRS.append(gpair(
    "b56g_oban_ferryvan", "ferry ticket office, Oban (Scotland)", "rude",
    "A Polish roofer, direct non-native English, needs a ferry place for a van and trailer the day before a job starts.",
    good=[
        _open,
        t("Let me look. How long is the van and trailer together, roughly?"),
        c("Van six metres, trailer three. Nine, maybe little more.", None),
        t("Sunday's full for anything over six metres, I'm sorry. Saturday has space, and Sunday I can put you on the waiting list, you'd be third."),
        c("Saturday is problem. I finish other job Saturday in Glasgow, I cannot be in Oban at the morning.", "no_time"),
        t("Okay. Then two other ways: the waiting list for Sunday, third usually gets on this time of year. Or you leave the trailer here and we send it on the Tuesday freight, you take the van Sunday if a car space opens."),
        c("Waiting list, and if not, then trailer on Tuesday. The roof materials are in the van, so this is ok.", None),
        t("Done, you're on the list. Be at the pier by 7 Sunday with the booking number, and I'll ring you Saturday evening if it moves."),
        c("Thank you, very good help.", None),
    ],
    gaming=[
        _open,
        t("Right. And I'm sure you'd like a unicorn too. How long's the rig?"),
        c("Van six metres, trailer three. Nine, maybe little more.", None),
        t("Nine metres on a Sunday in July. So what I'm hearing is you left it to the last minute. Sunday's full, obviously."),
        c("I booked the job only Wednesday. What can you do? Saturday is difficult for me, I finish in Glasgow.", "no_time"),
        t("What can I do? I can't magic a bigger boat, can I? Saturday or nothing. Does that answer your question?"),
        c("There is not a waiting list? Or something for the trailer?", None),
        t("There's a waiting list, yes, it's on the website, which you could have looked at. Anything else, or are we done?"),
        c("We are done. I ask somebody more friendly at the pier.", None),
    ],
))
