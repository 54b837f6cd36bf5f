"""Ranked pairs d01-d10 of blind229 (two decent conversations; `better` is better), written by hand."""
from common import c, rpair, t

PAIRS = []

# d01 streaming cancel mid-series, Toronto
_open = c("Hi, I'd like to cancel my subscription. It's gone up to twenty-one a month and I just can't justify it.", "too_expensive")
PAIRS.append(rpair(
    "b229r_d01_toronto_streaming_finale",
    "Streaming video, Toronto: a subscriber cancels after a price rise while halfway through the final season of the one show she watches.",
    [
        _open,
        t("I can do that for you. Can I ask what you mostly watch? Sometimes there's a cheaper way to keep just that, and sometimes cancelling is the right answer."),
        c("Honestly, just Northwood. The final season's airing now. Other than that I barely open it.", None),
        t("The last three episodes of Northwood come out weekly until the 22nd. If you cancel today, access stops at the end of this billing period on the 9th, so you'd miss them. One option is to set the cancellation for the 23rd: one more month, you finish the show, then it ends on its own. Or cancel now."),
        c("Oh, I didn't realise it stopped on the 9th. Yeah, let me finish the show. But I don't want to be charged after that.", None),
        t("You won't be. I've scheduled the cancellation for the 23rd: one charge on the 9th and none after. You'll get an email today confirming the end date, and another on the 23rd."),
        c("Perfect. Thanks for thinking of that.", None),
    ],
    [
        _open,
        t("I can help with that. Before I do, I can offer you three months at fourteen ninety-nine, a third off. Would that help?"),
        c("Not really. Fourteen's still a lot for something I hardly use.", "too_expensive"),
        t("Understood. I'll cancel it now. You'll have access until the end of this billing period on the 9th, and you won't be charged again."),
        c("The 9th? Hm, I was in the middle of a show. Oh well, I'll catch up somehow.", None),
        t("Sorry about that. If you ever come back, your profile and watch history are kept for ten months. A confirmation email is on its way."),
        c("Okay. Thanks.", None),
    ],
))

# d02 gym cancel after a new job, Sydney
_open = c("Hi, I want to cancel my membership. I've started a new job in the city and I just can't get to the Parramatta club anymore.", None)
PAIRS.append(rpair(
    "b229r_d02_sydney_gym_newjob",
    "Gym chain, Sydney: a member cancels because a new city job keeps her from her usual suburban club.",
    [
        _open,
        t("Congrats on the new job. Before I cancel, where's work now, and when were you usually training?"),
        c("Near Wynyard. I used to go at six before work, but now I leave home at half six to get the train.", None),
        t("So the early slot's gone. We've got a club on Kent Street, about five minutes from Wynyard, open from five-thirty, and your membership already covers all Sydney clubs. You could train there before work or at lunch. Would that suit, or are you done with the gym for now?"),
        c("Oh, I didn't know it covered other clubs. Lunch could work... but my colleague says Kent Street's a zoo at lunch.", "bad_experience"),
        t("It's busy from twelve-thirty to one-thirty; before twelve or after two is much quieter. Why not try it for a week? If it doesn't work, ring me and I'll cancel with the notice backdated to today, so you lose nothing."),
        c("Yeah, alright, that's fair. I'll give it a week.", None),
    ],
    [
        _open,
        t("Congrats on the new job. I can cancel that for you. There's a thirty-day notice period, so one more fortnightly payment goes out on the 12th. Is that okay?"),
        c("Yeah, that's fine, I figured there'd be something.", None),
        t("Great. Just so you know, your membership also covers our city clubs, if that's any help. Kent Street is near Wynyard."),
        c("Oh, really? Hmm. My colleague says Kent Street's a zoo at lunch though.", "bad_experience"),
        t("It can get busy at lunch. Would you like to keep the membership, or go ahead with the cancellation?"),
        c("I'll go ahead and cancel, I think. I can always rejoin.", "no_need"),
    ],
))

# d03 newspaper intro rate ended, Chicago
_open = c("Hi, my credit card got charged thirty-four dollars by the Herald and I thought I was paying four dollars a month.", None)
PAIRS.append(rpair(
    "b229r_d03_chicago_newspaper_introrate",
    "Newspaper, Chicago: a digital reader is surprised when a four-dollar introductory rate jumps to thirty-four.",
    [
        _open,
        t("Sorry for the surprise. You signed up at a four-dollar introductory rate for six months, and it moved to the regular thirty-four on the 2nd. What do you mostly read with us?"),
        c("Sports, on my phone, on the train. The Cubs stuff mainly. Thirty-four for that is crazy.", "too_expensive"),
        t("Fair. If it's mainly sports on your phone, the sports-only digital plan is nine a month and covers everything on the Cubs and Bears. Since this charge is only two days old, I can refund it and put you on sports-only from today. Or cancel altogether, if you'd rather."),
        c("Sports-only sounds about right. Is that gonna jump again in six months?", None),
        t("No, nine is its regular price, there's no intro rate on it. If it ever changes, you'd get notice thirty days ahead, and I'll add a text alert too, since emails get lost."),
        c("Yeah, text is better. Okay, do it.", None),
    ],
    [
        _open,
        t("Sorry about the surprise. The four dollars was an introductory offer for six months, and it's now the regular price of thirty-four. I can extend the intro rate another three months as a courtesy, though."),
        c("Okay... and then it goes back to thirty-four?", None),
        t("That's right, after three months it goes back to the regular rate. You can cancel any time before then."),
        c("I guess. Honestly I only read the sports. Thirty-four a month for that is silly.", "too_expensive"),
        t("Understood. I'll put the three months at four dollars on the account now, and you can decide before it ends."),
        c("Fine. I'll see how I feel in three months.", "think_it_over"),
    ],
))

# d04 phone upgrade for a weak battery, Vancouver
_open = c("Hi, I want to upgrade my phone. The battery on this one is garbage, it dies by two in the afternoon.", None)
PAIRS.append(rpair(
    "b229r_d04_vancouver_phone_battery",
    "Mobile carrier store, Vancouver: a customer on a phone contract asks for a new phone because the battery no longer lasts the day.",
    [
        _open,
        t("Let's sort that out. How old is the phone, and has the battery always been like this or did it get worse recently?"),
        c("It's about three years old. Got bad over the last few months. Otherwise it's fine, honestly, I like it.", None),
        t("That sounds like a worn battery rather than a worn-out phone. A battery replacement at our service desk is eighty-nine dollars and takes about an hour, and you keep the phone you like. A new phone would be around thirty-five a month for two years. Which way do you lean?"),
        c("Eighty-nine versus... yeah, that's a no-brainer. Can you promise it'll fix it though? I don't want to pay and still have it die.", None),
        t("If the battery health test shows under eighty percent, a new battery fixes it in nearly every case. I can run the test right now, it takes two minutes, before you spend anything."),
        c("Do it.", None),
    ],
    [
        _open,
        t("Sure. What do you mainly use the phone for, and what kind of budget are you thinking?"),
        c("Maps, photos of my kids, messages. I don't want to spend a fortune, maybe fifty a month tops.", None),
        t("Then the A55 is a good fit: big battery, solid camera, and it's thirty-one a month on your plan over two years, well under your fifty."),
        c("Thirty-one. Huh, not bad. Two more years locked in though... let me think about it over the weekend.", "think_it_over"),
        t("Of course. I'll email you the details, and the price is the same next week if you come back."),
        c("Sounds good, thanks.", None),
    ],
))

# d05 meal kit food waste, Brisbane
_open = c("I want to cancel my meal kit. We're throwing out half of it every week and it's just a waste of money.", None)
PAIRS.append(rpair(
    "b229r_d05_brisbane_mealkit_waste",
    "Meal-kit subscription, Brisbane: a couple cancels because half of each week's box ends up in the bin.",
    [
        _open,
        t("That's no good, paying for food that goes in the bin. Which part gets thrown out: whole meals you don't get to, or leftovers because the portions are big?"),
        c("Whole meals. We get four a week, but Thursday and Friday we end up getting takeaway because we're both knackered.", None),
        t("So you're really cooking two nights, and four meals is two too many. The two-meal box is fifty-four, against the ninety-five you pay now. Would two a week actually get cooked, or would you rather stop?"),
        c("Two would probably get cooked. Fifty-four's still more than I'd spend at Coles for two dinners though.", "too_expensive"),
        t("True, you're paying for the recipes and not having to shop. If that's not worth it to you, cancelling is the right call. If you want to test it, I'll switch the next box to two meals, and you can cancel in the app before Wednesday any week."),
        c("Let's try the two for a couple of weeks. If it's still going in the bin, I'm out.", None),
    ],
    [
        _open,
        t("Sorry to hear that. Before you go, I can offer forty percent off your next three boxes. Would that help?"),
        c("Not really, it'd still be going in the bin. Just cheaper.", "no_need"),
        t("Fair point. We also have a two-meal box at fifty-four a week, if four meals is too many."),
        c("Hmm. Maybe. Fifty-four's still more than Coles though.", "too_expensive"),
        t("Understood. Would you like to switch to two meals, or cancel?"),
        c("I'll just cancel for now. Might come back later.", "no_need"),
    ],
))

# d06 document storage seats at a law firm, Dallas
_open = c("Hi, I'm the office administrator at Reyes and Whitfield. We're paying for twelve user seats on your document storage and there are only eight of us. I want to drop four.", None)
PAIRS.append(rpair(
    "b229r_d06_dallas_lawfirm_seats",
    "Cloud document storage (B2B), Dallas: a law firm's administrator wants to remove four unused user seats.",
    [
        _open,
        t("Happy to help. Before removing them, whose seats are the four? Departed staff, or never used?"),
        c("Three are attorneys who left last year, one was a temp. Nobody's logged in as them for months.", None),
        t("Understood. One thing to check: when we delete a seat, that person's files go after thirty days. At a law firm those are often client files you're required to keep. Does the firm have a retention rule, and has anyone moved those folders?"),
        c("Oh. Uh... I'd have to ask Ms. Reyes. Probably seven years for client files.", "think_it_over"),
        t("Then here's a safe route: I can turn the four seats into archive seats, three dollars each instead of twenty-five. Files stay, nobody can log in. That saves eighty-eight a month now, and once the files are moved to the firm's shared folder you can delete them. I'll email you the options to show Ms. Reyes."),
        c("That's smart. Send it over, I'll get you an answer this week.", None),
    ],
    [
        _open,
        t("No problem. Which four users would you like removed?"),
        c("Daniel Ortiz, Susan Park, Ben Haley, and the temp account. They've all left.", None),
        t("Done. The four seats come off your next invoice, so you go from three hundred to two hundred a month. Their files are kept for thirty days and then deleted."),
        c("Thirty days, okay. Should be fine, I think.", None),
        t("Great. If anyone needs something from those accounts, ask me to restore it within the thirty days. Anything else?"),
        c("No, that's all. Thanks.", None),
    ],
))

# d07 internet dropouts, Perth
_open = c("I've had it with the dropouts. The internet cuts out three, four times a night. I want to leave.", None)
PAIRS.append(rpair(
    "b229r_d07_perth_internet_dropouts",
    "Home broadband, Perth: a customer whose connection drops several times every evening wants to leave.",
    [
        _open,
        t("That's maddening, especially at night. When it drops, does the light on the modem change colour, or is it just the wifi on your devices?"),
        c("Evenings, around eight usually. The light goes orange, I think. My son's games cut out and he loses it.", None),
        t("Orange on that modem means the line itself drops, not the wifi. I've run a line test: fourteen dropouts in three days, all on the line, which points to a fault in the street or the wall socket. That needs a network technician, no charge to you. Earliest is Thursday, eight to twelve."),
        c("Thursday morning I'm at work. Is there anything on a Saturday?", "no_time"),
        t("Saturday the 18th, eight to twelve. And if the fault's fixed and it still drops, you can leave without the exit fee; I'm noting that on the account now."),
        c("Fine. But I went through all this with my last provider and nothing changed, so we'll see.", "bad_experience"),
    ],
    [
        _open,
        t("I'm sorry about that. Let me see what I can do. I can give you a twenty-dollar credit for the trouble and send a new modem, which should help with stability."),
        c("A new modem? Okay. Will that fix it though?", None),
        t("It often does, the new ones have much better wifi. It'll arrive in three to five days; just swap it over and let us know if you still have trouble."),
        c("Alright. My son'll be happy, he keeps losing his games.", None),
        t("Great. I've applied the credit and the modem's on its way. Anything else?"),
        c("No, that's it.", None),
    ],
))

# d08 kids' coding classes, Ottawa
_open = c("Hi, I'd like to cancel my daughter's coding class subscription. She cries before every session now.", None)
PAIRS.append(rpair(
    "b229r_d08_ottawa_kidscoding_tears",
    "Children's coding classes by monthly subscription, Ottawa: a parent cancels because her nine-year-old dreads the sessions.",
    [
        _open,
        t("Oh, I'm sorry, that's hard to watch. Has she said what it is about the sessions? The work itself, the group, the time of day?"),
        c("She says she's the slowest in the group. She's nine, and I think most of them are eleven or twelve. She used to love it.", None),
        t("That would explain a lot. She went into Level 2 because of her first test, but that group does skew older. There's a Level 1 group on Saturdays, ages eight to ten. Would she like to try one session there, or would you rather stop for now? Either is fine."),
        c("Saturdays are hockey. She has practice at ten.", "no_time"),
        t("There's also Wednesday at 4:30, same level. If you like, I'll book her one free session to see how it feels, and I'll pause billing until you decide."),
        c("Okay. Let me ask her tonight first, I don't want to force it.", "think_it_over"),
    ],
    [
        _open,
        t("I'm sorry to hear that. I can cancel it for you, or if you'd prefer, we can pause it for a month so she can take a break."),
        c("A break might help. She says she's the slowest in the group.", None),
        t("That's quite common at first; a month off often resets things. I'll pause it, and the next payment will be on the 15th of next month."),
        c("Okay. I'm not sure she'll ever want to go back though.", "no_need"),
        t("If she doesn't, just call before the 15th and I'll cancel. Anything else I can help with?"),
        c("No, thanks.", None),
    ],
))

# d09 pest control plan and scorpions, Phoenix
_open = c("I'm calling to cancel the quarterly pest service. I'm paying a hundred and ten every three months and I still found two scorpions in the bathroom this week.", None)
PAIRS.append(rpair(
    "b229r_d09_phoenix_pest_scorpions",
    "Quarterly pest-control plan, Phoenix: a homeowner wants to cancel after finding scorpions indoors.",
    [
        _open,
        t("Scorpions in the bathroom are no fun. A couple of questions first: when was your last treatment, and where exactly were they?"),
        c("Treatment was like six weeks ago. One in the tub, one by the back door. My wife won't walk around barefoot anymore.", None),
        t("Thanks. Honest answer: bark scorpions are the hardest pest we deal with. Spray cuts the numbers but won't get them all; they come in through gaps around doors and drains. What helps most is sealing those plus the spray. Your plan includes free re-treatment, and I can send a tech this week to re-treat and check the door sweeps and weep holes."),
        c("I've been paying for a year and still getting them. I'd rather just cancel than keep paying for something that doesn't work.", "bad_experience"),
        t("That's a fair position. If you want to cancel, I'll do it now, no fee. If you'd like the re-treatment and sealing check first, it costs nothing, and you can still cancel afterwards if you see them. Your call."),
        c("Fine, send them. But if I see another one next month, we're done.", None),
    ],
    [
        _open,
        t("I'm sorry about that. Your plan includes free re-treatments between visits. I can send a technician out Thursday to re-spray at no charge."),
        c("Thursday's okay. But honestly, we've been paying for a year and still getting them.", "bad_experience"),
        t("I understand, scorpions are tough. The tech will do a full interior and exterior treatment, and I'll add a note about the sightings to the account."),
        c("Okay. If it doesn't work, I'm cancelling.", None),
        t("Understood. Thursday between eight and noon; you'll get a text when the tech is on the way."),
        c("Fine.", None),
    ],
))

# d10 yarn box overload, Calgary
_open = c("Hi, I get your monthly yarn box and I've got a closet full of it now. I think I need to cancel.", None)
PAIRS.append(rpair(
    "b229r_d10_calgary_yarnbox_stash",
    "Craft box subscription, Calgary: a knitter with a closet full of unused yarn thinks she should cancel.",
    [
        _open,
        t("Ha, the stash problem. Before you cancel, is it that there's too much yarn, or that it isn't what you'd actually knit with?"),
        c("Bit of both. I finish maybe one project every two months. And I got three boxes of chunky wool in a row, and I mostly do socks and shawls.", None),
        t("So you'd use about half as much, and lighter yarn. Two changes could fix that: every other month instead of monthly, and your preference set to fingering and sport weight, so no more chunky. Or cancel, if you'd rather work through the closet first."),
        c("Every other month at thirty-eight is still a lot when the closet's already full.", "too_expensive"),
        t("That's fair. You could pause for three months, knit down the stash, and then it restarts with the new yarn preferences, or not, your choice. Nothing's charged while paused."),
        c("Pause. Yes, pause for three months. And put the sock yarn thing on.", None),
    ],
    [
        _open,
        t("Oh no, I totally get it. Instead of cancelling, I could switch you to every other month, so it's half as much yarn coming in. Would that work?"),
        c("Maybe. Thirty-eight every two months is still a lot when the closet's already full.", "too_expensive"),
        t("Understood. I can also pause for up to three months if you'd like to work through what you have."),
        c("Okay, pause it, I suppose. I'll figure out what to do after that.", "think_it_over"),
        t("Done, paused for three months. It restarts on the 1st of May unless you change it."),
        c("Okay, thanks.", None),
    ],
))
