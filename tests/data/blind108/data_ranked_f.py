"""blind108 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

# f01: drops the price before asking anything
a0 = c("Hiya. Me clutch is slipping, I think. The car revs but doesn't go, up hills especially. How much is a clutch?", None)
a3 = t("At that mileage it may well be the original. Before we talk about fitting one I'd like to road test it, ten minutes, free. Sometimes it's the cable or the hydraulics, which is about sixty quid.")
a4 = c("Oh, that'd be grand if it's the cable. I'm a carer, I can't be without the car on weekdays.", None)
a5 = t("Then bring it Saturday at eight. I'll test it while you wait, and if it is the clutch I'll give you a written price there and then.")
a6 = c("Saturday's fine. Ta, love.", None)
F01 = rpair(
    "b108r_f01_leeds_garage_clutch",
    "Garage, Leeds, phone. A home carer thinks her clutch is slipping and asks the price.",
    better=[a0, t("Could well be. What's the car, and do you know if the clutch has ever been changed?"),
            c("Fiesta, 2014, ninety-odd thousand. Never been done as far as I know.", None), a3, a4, a5, a6],
    worse=[a0, t("Tell you what, I'll knock fifty off our clutch price for you, call it 420 fitted. What's the car?"),
           c("Four-twenty? You've not even seen it. It's a Fiesta, 2014, ninety-odd thousand, never been done as far as I know.", None), a3, a4, a5, a6],
)

# f02: over-promises
b0 = c("Hiya, I'm interested in a heat pump. We're in a 1930s semi in Rhiwbina, the gas boiler's fifteen years old. Is it worth it?", None)
b1 = t("Could be. How warm does the house stay now? Any cold rooms, and is the loft insulated?")
b2 = c("Loft's done, the walls aren't, solid brick I think. Front bedroom's freezing in winter.", None)
b3 = t("Solid walls lose heat, so you'd likely need bigger radiators in some rooms, the front bedroom for one. There's a 7,500 grant towards it, and a survey tells us the size you'd need.")
b4 = c("What do they cost after the grant, roughly? We've about six thousand saved for it.", None)
b7 = t("Let's book the survey. It's free, about two hours, and you get a written quote with the radiator list and a running-cost estimate.")
F02 = rpair(
    "b108r_f02_cardiff_energy_heatpump",
    "Heat pump installer, Cardiff, phone. A couple in a solid-wall semi ask if a heat pump is worth it.",
    better=[b0, b1, b2, b3, b4,
            t("Honestly, for your house, between 3,000 and 7,000 after the grant, depending on radiators. Running costs are usually close to gas, sometimes a bit lower. I can't promise big savings on solid walls."),
            c("Okay, that's straight. Close to gas is fine, it's more about getting off gas for us.", None), b7],
    worse=[b0, b1, b2, b3, b4,
           t("After the grant it's about three thousand, and I can guarantee your bills will halve. Every customer of ours has saved loads."),
           c("Halve? My sister's got one in Penarth and her bills went up the first winter. I'm not sure I believe that.", "bad_experience"), b7],
)

# f03: recommends before asking
d0 = c("Aye, it's Ian at Mains of Auchmill. I've a cow gone lame on her back left this morning. Can somebody come oot?", None)
d3 = t("Swelling between the claws with a smell sounds like foul in the foot. That usually needs an injection, and if she's milking there's a withhold on the milk. Is she in milk?")
d4 = c("Aye, she's one of my best. I cannae afford to tip her milk for a week, mind.", "no_money")
d5 = t("There's a drug with a zero-day milk withhold. It costs about thirty pound more, but you'd not lose the milk. The vet can be with you by eleven.")
d6 = c("Eleven's fine. Go with the zero withhold.", None)
F03 = rpair(
    "b108r_f03_aberdeen_farmvet_lamecow",
    "Farm vets, Aberdeenshire, phone. A dairy farmer reports a lame cow.",
    better=[d0, t("Aye, we can. Is she putting weight on it at all, and can you see heat or swelling round the foot?"),
            c("She's putting a wee bit of weight on it. Bit of swelling between the claws, and there's a smell off it.", None), d3, d4, d5, d6],
    worse=[d0, t("Aye. She'll need a foot trim and a block on, and I'd put her on antibiotics to be safe. Is she in the shed?"),
           c("Antibiotics? You've no' even asked fit it looks like. She's putting a wee bit of weight on it, there's swelling between the claws and a smell.", None), d3, d4, d5, d6],
)

# f04: doubts the customer's honesty
e0 = c("Hiya, I'm ringing about the one-bed flat in the Uplands. I'm moving down from Carmarthen for a job at Singleton Hospital.", None)
e1 = t("Lovely. When do you start, and when would you need to move in?")
e2 = c("I start the first of next month, so as soon as possible really. I'm a healthcare assistant. I've been living at my mam's, so I haven't rented before.", None)
e5 = t("Of course. Thursday at half five or Saturday morning?")
e6 = c("Saturday. I'm on shifts in Carmarthen till Friday.", None)
e7 = t("Saturday at ten, then. I'll text you the address and the guarantor form so you can have it ready.")
F04 = rpair(
    "b108r_f04_swansea_letting_firsttenant",
    "Letting agent, Swansea, phone. A first-time renter moving for a hospital job asks about a flat.",
    better=[e0, e1, e2,
            t("That's fine. For first-time renters we need a reference from your new employer and a guarantor, or six months up front instead of a guarantor. Would either of those work?"),
            c("My mam could be guarantor, she owns her house. Can I see it this week?", None), e5, e6, e7],
    worse=[e0, e1, e2,
           t("Right. No rental history is a red flag for landlords, so I'd need proof the job's real. Some people say hospital just to get a viewing. Have you a contract?"),
           c("Some people? I've got the offer letter, I'm not making it up. My mam could be guarantor, she owns her house. Can I still see it this week?", None), e5, e6, e7],
)

# f05: unexplained jargon (web chat)
g0 = c("hi ive been wearing monthly contacts for years and my eyes are getting really dry by the end of the day. is there anything better", None)
g1 = t("Hi! Sorry to hear that. How many hours a day do you wear them, and do you work on screens?")
g2 = c("about 12 hours. yeah im an accountant so screens all day", None)
g5 = t("Dailies are about £10 a month more than your monthlies, but you'd not need solution, about £8 a month, so it comes out nearly the same.")
g6 = c("oh thats not bad. i cant get time off in the week though", "no_time")
g7 = t("Saturday at 10 or 11.30, then? Bring your current lens box so we can see the brand.")
F05 = rpair(
    "b108r_f05_newcastle_optician_drylenses",
    "Opticians, Newcastle, web chat. An accountant's monthly lenses dry out by evening.",
    better=[g0, g1, g2,
            t("Lots of screen time makes you blink less, so lenses dry out. Two things help: daily lenses in a material that lets more oxygen through and holds water better, and a short break every hour. The optometrist would check your eyes first."),
            c("ok that makes sense. are dailies a lot dearer", None), g5, g6, g7],
    worse=[g0, g1, g2,
           t("You'd likely do better in a daily SiHy with a higher Dk/t and lower modulus, and I'd want your TBUT and meibomian glands checked."),
           c("sorry no idea what any of that means lol. are dailies a lot dearer", None), g5, g6, g7],
)

# f06: an unasked lecture
h0 = c("Hiya, I've got a council tax letter saying I'm in arrears, two hundred and sixty pound. I didnae ken I was behind.", None)
h1 = t("Let me have a look. You moved to Dennistoun in June. Did you set up a new direct debit for the new address?")
h2 = c("I thought it just moved over. I'm a student, and I'm on my own in the flat.", None)
h5 = t("Twenty hours might count as full-time for council tax. If the uni gives you a student certificate, you'd be exempt and the arrears cancelled. If not, the single person discount brings it down, and we can spread the rest to March.")
h6 = c("I'll get the certificate, but I cannae pay anything till my loan comes in.", "no_money")
h7 = t("Then I'll hold recovery for thirty days while you get it. Email the certificate to us and we'll recalculate.")
F06 = rpair(
    "b108r_f06_glasgow_council_counciltax",
    "City council revenues, Glasgow, phone. A student finds she is in council tax arrears after moving.",
    better=[h0, h1, h2,
            t("That's a common mix-up, the old one stopped when you left. Full-time students can be fully exempt; otherwise you'd get the single person discount. What hours is your course?"),
            c("Twenty hours a week, at the Caley.", None), h5, h6, h7],
    worse=[h0, h1, h2,
           t("Right. This is why it's important to read everything the council sends. A lot of young people ignore their post and end up with sheriff officers at the door. Budgeting's a life skill."),
           c("I didnae ask for a lecture, I'm asking what to do. It's twenty hours a week, at the Caley.", None), h5, h6, h7],
)

# f07: a vague next step
k0 = c("Hiya, me and my partner are looking to buy our first place in Hessle. How much could we borrow?", None)
k1 = t("Exciting! It depends on incomes and outgoings. Roughly, what do you both earn, and have you a deposit saved?")
k2 = c("I'm on twenty-eight, he's on thirty-one. We've fifteen thousand, his nan gave us some of it.", None)
k3 = t("That could mean somewhere around 200 to 230, depending on outgoings: car loans, cards, childcare. Any of those?")
k4 = c("He's got a car on finance, two-fifty a month. We're not ready to commit to owt yet, mind, we're just seeing.", "think_it_over")
k7 = t("If anything changes, ring this number and ask for me, Chloe.")
F07 = rpair(
    "b108r_f07_hull_buildsoc_firstmortgage",
    "Building society, Hull, phone. A young couple ask how much they could borrow.",
    better=[k0, k1, k2, k3, k4,
            t("That's fine, an agreement in principle doesn't commit you. I can book our adviser Tuesday at six, forty-five minutes. Bring three payslips each and bank statements, and you'll leave with a figure in writing."),
            c("Tuesday at six works. I'll tell him to bring his payslips.", None), k7],
    worse=[k0, k1, k2, k3, k4,
           t("No problem. We'll get someone to be in touch at some point, and they'll let you know what you can borrow."),
           c("At some point? We've viewings on Saturday, we kind of need to know before then.", None), k7],
)

# f08: argues with the customer
m0 = c("Hiya, I booked a caravan with yous for half-term and we've got to cancel, me dad's gone into hospital. Can I get me money back?", None)
m1 = t("Oh, I'm sorry about your dad. Let me find the booking. Can I take your name and the dates?")
m2 = c("Lisa Doyle, the twenty-sixth to the thirtieth. I paid 380 in full in August.", None)
m3 = t("Got it. Within four weeks the terms say no refund, but we can move it to any date in the next twelve months at no charge. Would that help?")
m4 = c("I don't know when he'll be out, though. I'm not booking another date till I know.", "think_it_over")
m7 = t("I'll put a note on your booking now and have the manager ring you this afternoon.")
F08 = rpair(
    "b108r_f08_liverpool_caravan_cancel",
    "Holiday caravan park, phone, Liverpool customer. A woman must cancel a paid booking because her father is in hospital.",
    better=[m0, m1, m2, m3, m4,
            t("I understand. I can't refund it all myself, but I can leave it as open credit with no date for twelve months, and ask the manager about a part refund as a hospital case. Would that suit?"),
            c("The credit, yes, and ask about the part refund if you can. Ta, love.", None), m7],
    worse=[m0, m1, m2, m3, m4,
           t("Well, you did tick to accept the terms, so you agreed to it. We can't make exceptions every time someone's relative's poorly."),
           c("I know I ticked the box, I'm not stupid, I'm just asking. Is there a manager?", None), m7],
)

# f09: closes before checking the thing works
n0 = c("Hello, I'm here for the Astra, the one that failed on the handbrake yesterday. Your man said it'd be ready by now.", None)
n1 = t("Aye, we've replaced the handbrake cables and adjusted it. It's been retested and passed.")
n2 = c("Oh, good. The thing is, it was pulling to the left when I braked too, I mentioned that. I'm driving to Ullapool tomorrow with the grandkids.", None)
n5 = t("Right, that's us back round the block: it's still pulling a wee bit left. The front left caliper's sticking. It passed, but I'd not take it to Ullapool like that.")
n6 = c("Another bill. How much is that, and can you do it today?", None)
n7 = t("About 140 fitted, and aye, it'll be done by four. Nothing goes on the bill till you've driven it yourself.")
F09 = rpair(
    "b108r_f09_inverness_garage_retest",
    "MOT garage, Inverness, counter. A grandfather collects his car after a handbrake repair.",
    better=[n0, n1, n2,
            t("You did, it's on the sheet. The brake test showed the front left a bit high. Before you pay, let's go round the block together so you can feel if it still pulls."),
            c("Aye, let's do that.", None), n5, n6, n7],
    worse=[n0, n1, n2,
           t("That'll be it sorted, then. That's 186.40, card or cash? I'll get your keys."),
           c("Sorted? Has anybody actually driven it? I'm not paying till I know it's not pulling.", None), n5, n6, n7],
)

# f10: talks about themselves
p0 = c("Hiya, I'm after a bungalow in Roundhay or thereabouts. I'm seventy-three and the stairs at home are too much since my hip.", None)
p1 = t("Sorry about your hip. How many bedrooms would you want, and do you need to sell first?")
p2 = c("Two bedrooms, so my granddaughter can stop over. And yes, I'd need to sell. It's a three-bed in Oakwood.", None)
p5 = t("There are two on now: one on Gledhow Lane, level, small garden, 285, and one off Wetherby Road, two steps at the front, bigger garden, 265. Would you like to see them?")
p6 = c("I would, but I'm not putting mine on till I've found somewhere. My friend Jean sold first and ended up in a Travelodge for six weeks.", "bad_experience")
p7 = t("Very sensible. Let's view first, and we can value yours without listing it, so you know where you stand.")
F10 = rpair(
    "b108r_f10_leeds_estate_bungalow",
    "Estate agent, Leeds, phone. A 73-year-old woman looks for a bungalow.",
    better=[p0, p1, p2,
            t("That makes you a good buyer once yours is on. Level access matters too, I'd guess. Would a step at the door or a steep drive be a problem?"),
            c("Steps, yes. And I want a garden, a small one. I'm not ready for a flat.", None), p5, p6, p7],
    worse=[p0, p1, p2,
           t("Oh, I know exactly how you feel. My mum had her hip done last year and we moved her into a bungalow in Alwoodley. Took me ages to find, she loves it, lovely garden, I go round every Sunday."),
           c("That's nice for her, love. Anyway, I want a garden, a small one, and no steps. I'm not ready for a flat.", None), p5, p6, p7],
)

PAIRS = [F01, F02, F03, F04, F05, F06, F07, F08, F09, F10]
