"""Ranked pairs f01-f10 (blind86): shared turns, one fault in `worse` plus the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01 broadband, Killarney - fault: drops the price before asking anything
c0 = c("Hi, my contract's up next month and the bill's gone up to fifty-eight euro. I'm thinking of leaving, to be honest.", "too_expensive")
t3 = t("For the two of you with that kind of use, you're on far more speed than you need. The 150 plan would do you comfortably, grandchildren and all, and it's thirty-four a month on a new one-year contract.")
c4 = c("Thirty-four. I'm on the pension now, so that's a help. Nothing else changes? Same box, same email?", None)
t5 = t("Same router, same email address, no engineer needed. I can switch it over from the day your contract ends.")
c6 = c("Go on so, do that.", None)
PAIRS.append(rpair(
    "b86r_f01_killarney_broadband_retention",
    "A retired customer near Killarney, Co. Kerry, rings her broadband provider to say she may leave because the price went up.",
    [c0,
     t("Thanks for telling us before you go. Fifty-eight is a lot if it's more than you need. What do you mostly use it for, and how many of you are at home?"),
     c("Just myself and my husband. The news, the email, a bit of television in the evening. The grandchildren are on it when they visit.", None),
     t3, c4, t5, c6],
    [c0,
     t("I can take twenty percent off that straight away, so about forty-six a month, if you stay another year."),
     c("Twenty percent, just like that? So I've been paying over the odds all along. It's only myself and my husband, the news and the email and a bit of television.", "too_expensive"),
     t3, c4, t5, c6],
))

# f02 fleet-tracking software renewal, Münster - fault: over-promises a feature date
c0 = c("Hello, Jan Terhorst, operations at Terhorst Transporte in Münster. We're renewing the fleet-tracking software, but the drivers want the app to work offline in the Sauerland, where there's no signal. Is that coming?", None)
t1 = t("Good question, and it's a known gap. How often are the drivers out of signal, and what do they need to do offline: scan deliveries, or see the route?")
c2 = c("Every day on the Sauerland routes. Mostly scan deliveries and take signatures. It can upload later.", None)
t5 = t("I'll send you a written note with the renewal today, and I'm flagging your Sauerland routes to our product team as a test case for the offline work.")
c6 = c("Good. Send it, and I'll sign the renewal next week.", None)
PAIRS.append(rpair(
    "b86r_f02_muenster_offline_feature",
    "An operations manager at a haulage firm near Münster, Germany, asks before renewal whether the driver app will work offline.",
    [c0, t1, c2,
     t("Then the honest position: offline scanning and signatures are on the roadmap for the autumn release, but not confirmed, so I won't put a date in your contract. Today the app buffers about thirty minutes without signal. For longer gaps the drivers would need paper and enter it later."),
     c("Okay. At least I know. I'd like that in writing, so I can explain it to the drivers.", None),
     t5, c6],
    [c0, t1, c2,
     t("Yes, offline mode comes in the spring release, so by April your drivers will have full offline scanning and signatures. I can put that in the renewal."),
     c("By April, for certain? The last vendor promised us things as well and we waited two years.", "bad_experience"),
     t5, c6],
))

# f03 accountancy, Ayr - fault: unexplained jargon
c0 = c("Hi. I've just started doing dog grooming from a van, round Ayr. Someone said I need to register for something. I haven't a clue where to start.", None)
t1 = t("Congratulations on the van. Let's work out what you actually need. Roughly what do you expect to make in the first year, and is it just you, no staff?")
c2 = c("Just me. Maybe twenty thousand if it goes well. I've a part-time job at the Co-op as well.", None)
t5 = t("Yes. For someone in your position it's two hundred and forty a year for the return. Keep every receipt for the van and supplies in one envelope, with the bank statements, and bring them in after April.")
c6 = c("Two-forty. I'd want to see how the first few months go before I commit to that.", "think_it_over")
t7 = t("That's fair. Register yourself now, that part's free, and come back to us in the spring.")
PAIRS.append(rpair(
    "b86r_f03_ayr_new_sole_trader",
    "A woman starting a mobile dog-grooming business near Ayr, Scotland, asks a small accountancy practice what she needs to register for.",
    [c0, t1, c2,
     t("Then it's simpler than people make out. You register with HMRC as self-employed, an online form, ten minutes. Because you've the Co-op wages too, you do one tax return a year covering both, and pay tax on the grooming profit, what's left after the van, fuel and shampoo. VAT doesn't come into it until ninety thousand."),
     c("Oh, that's not so bad. Could you do the return for me, though? I'm rubbish with forms.", None),
     t5, c6, t7],
    [c0, t1, c2,
     t("Right, so you'll need a UTR for SA, you're a sole trader so no CT600, and you're well under the threshold so no MTD for VAT. We'd look at the trading allowance against actuals and your Class 2 and 4 position, with PAYE on the Co-op side."),
     c("Sorry, I didn't follow a word of that. Can you just do it for me? I'm rubbish with forms.", None),
     t5, c6, t7],
))

# f04 opticians, Winterthur - fault: recommends before asking
c0 = c("Grüezi, I need new glasses. The old ones are from 2017 and I'm getting headaches at the computer.", None)
t3 = t("Then one pair for everything may be part of the problem. Distance glasses leave your screen slightly out of focus all day. Let's do the eye test first, twenty minutes, and then see whether you need a separate pair for the desk at all.")
c4 = c("Okay. I have time now, if that's possible.", None)
t5 = t("It is. Come through, and bring the old glasses so I can measure them too.")
PAIRS.append(rpair(
    "b86r_f04_winterthur_screen_glasses",
    "A draughtsman in Winterthur, Switzerland, asks an optician for new glasses because of headaches at the computer.",
    [c0,
     t("Grüezi. Headaches at the computer are worth looking into. How many hours a day are you at the screen, and do you wear the old glasses for that or for everything?"),
     c("Eight hours, I'm a draughtsman. I wear them for everything, driving too.", None),
     t3, c4, t5],
    [c0,
     t("Then you'll want our office varifocals with the blue-light filter, they're made for screen work. They start at four hundred and ninety francs."),
     c("Four hundred and ninety, before you have even tested me? I'm a draughtsman, eight hours a day at the screen, and I wear them for everything, driving too.", "too_expensive"),
     t3, c4, t5],
))

# f05 garden centre, Letterkenny - fault: argues with the customer
c0 = c("Hi, I'm after lawn seed. My lawn's gone all mossy. I'd say it's the wet summer.", None)
t1 = t("It's been a desperate summer for moss all right. Is the lawn in shade much of the day, and does water sit on it after rain?")
c2 = c("Shade from the house in the afternoon, and aye, it's squelchy down the far end.", None)
t5 = t("A one-kilo box does forty square metres, that's fourteen ninety-nine. And a spring-tine rake is twenty-two, if you haven't one.")
c6 = c("I've a rake. Just the seed, thanks.", "no_need")
PAIRS.append(rpair(
    "b86r_f05_letterkenny_mossy_lawn",
    "A customer at a garden centre near Letterkenny, Co. Donegal, wants lawn seed for a mossy lawn he blames on the wet summer.",
    [c0, t1, c2,
     t("The wet summer won't have helped, you're right. But squelchy and shaded means the moss will come back whatever you sow. Rake the moss out first, spike the squelchy end with a fork, then sow a shade mix. That gives the grass a chance."),
     c("Right, the shade mix. How much for about forty square metres?", None),
     t5, c6],
    [c0, t1, c2,
     t("No, it's not the summer. Moss is always drainage and shade, I hear that about the weather every week. You need to rake it, spike it and use a shade mix."),
     c("Well, the summer can't have helped. But fine. How much for about forty square metres?", None),
     t5, c6],
))

# f06 removals, Arnhem to Bristol - fault: vague next step
c0 = c("Hello, we got your quote for our move from Arnhem to Bristol. The price is okay, but we have a question about the date.", None)
t1 = t("Of course. What about the date?")
c2 = c("The new house in Bristol is not certain before the fifteenth, maybe later. We don't know yet. Can you be flexible?", None)
t3 = t("We can. International loads go on set days, so I'd pencil in the fifteenth and keep the eighteenth and the twenty-second as backups. Nothing is charged until we confirm.")
c4 = c("That is good. And when must we tell you for sure?", None)
PAIRS.append(rpair(
    "b86r_f06_arnhem_bristol_move_dates",
    "A Dutch couple moving from Arnhem to Bristol accept a removal quote but their completion date is uncertain.",
    [c0, t1, c2, t3, c4,
     t("Ten days before the move is enough. I'll email you today with the three dates and my direct number, and I'll ring you on the fifth to see where things are with the house."),
     c("Perfect, thank you.", None)],
    [c0, t1, c2, t3, c4,
     t("Oh, just let us know when you know, and we'll sort something out. We'll be in touch."),
     c("Hm. 'Sort something out' is a little vague. I think we keep the other company's quote open as well.", "think_it_over")],
))

# f07 home care agency, Ennis - fault: talks about themselves instead of the customer
c0 = c("Hello, I'm looking for home help for my father in Ennis. He's ninety, he wants to stay in his own house, and I live in Dublin so I can't be there.", None)
t1 = t("That's a common situation and we can usually help. What does he need help with day to day? Meals, washing, medication?")
c2 = c("Mainly getting up and washed in the morning, and someone checking he takes his tablets. He's still sharp, he does the crossword.", None)
t5 = t("We've two men on the Ennis rota, and he'd have the same one each time. The morning call is forty-eight euro. Would you like to meet us with him next time you're down?")
c6 = c("I'm down at the weekend. Saturday would suit, if you can.", None)
t7 = t("Saturday at eleven. I'll come myself with the carer, and we'll let your father decide.")
PAIRS.append(rpair(
    "b86r_f07_ennis_home_care",
    "A son in Dublin looks for morning home care for his 90-year-old father in Ennis, Co. Clare.",
    [c0, t1, c2,
     t("Good, so a morning call for washing and dressing and a prompt with his tablets, for a man who likes his independence. I'd suggest forty-five minutes each morning, with the same carer as much as possible so he's not explaining himself to a new face every day. Would he take a woman carer, or would he rather a man?"),
     c("He'd rather a man, I think. He'd be shy.", None),
     t5, c6, t7],
    [c0, t1, c2,
     t("We've been doing this since 2009, actually. I started the company when my own mother needed care. We've forty carers now, we won a county award last year, and I still do some of the calls myself. Would he take a woman carer, or would he rather a man?"),
     c("Right... that's nice. He'd rather a man, I think, he'd be shy. But what would the mornings actually involve?", None),
     t5, c6, t7],
))

# f08 pet insurance claim, Hay-on-Wye - fault: doubts the customer's honesty
c0 = c("Hello. My dog cut his paw on glass down by the river last Sunday, six stitches at the vet. I'd like to claim, please. I took the policy out three weeks ago.", None)
t1 = t("Sorry to hear that, poor lad. Let me check the policy. Yes, it started on the third, and accidents are covered from day one. What did the vet charge?")
c2 = c("Two hundred and eighty, with the stitches and the antibiotics.", None)
t5 = t("Once we have the invoice and the notes, a claim usually takes about ten working days. Your excess is a hundred, so it'd be a hundred and eighty back to you.")
c6 = c("Fine. I'll send them this week.", None)
PAIRS.append(rpair(
    "b86r_f08_hay_paw_claim",
    "A dog owner near Hay-on-Wye on the Welsh border claims for stitches three weeks after taking out pet insurance.",
    [c0, t1, c2,
     t("That's well within your cover. I'll need the vet's invoice and their notes for the visit."),
     c("I've the invoice here. I'll ask the practice for the notes.", None),
     t5, c6],
    [c0, t1, c2,
     t("Three weeks, and a claim already. I'll be honest, we do see people take out cover after something's happened. Are you sure the injury was on Sunday and not before the policy started?"),
     c("Quite sure, I was there. The vet's notes will say Sunday. I don't much like being called a liar.", None),
     t5, c6],
))

# f09 wedding photographer, Namur - fault: an unasked lecture
c0 = c("Hi, we booked you for May. We'd like to add an hour in the evening, for the first dance. Is that possible?", None)
t1 = t("Lovely, yes. The first dance is usually a highlight. What time do you expect it?")
c2 = c("About nine. The dinner is long, it's a Belgian wedding.", None)
t5 = t("Done. I'll update the contract and send it over to sign.")
c6 = c("Thanks! Can we pay the extra on the day, or before?", None)
t7 = t("Either. Most couples add it to the final invoice two weeks before.")
PAIRS.append(rpair(
    "b86r_f09_namur_extra_hour",
    "A couple who have booked a wedding photographer near Namur, Belgium, ask to add an evening hour for the first dance.",
    [c0, t1, c2,
     t("Then I'd stay until ten, one extra hour on your package, a hundred and eighty. I'll catch the cake as well, that's usually around then."),
     c("Perfect. Just the one hour, then.", None),
     t5, c6, t7],
    [c0, t1, c2,
     t("Then I'd stay until ten, one extra hour, a hundred and eighty. Though honestly, couples should think about the timeline before booking. So many leave it too late and the first dance ends up in bad light, and it's a shame. I always tell people to plan the evening first."),
     c("Well, we are planning it now. Just the one hour, please.", None),
     t5, c6, t7],
))

# f10 council repairs, Scarborough - fault: closes before checking it works
c0 = c("Hiya, I'm ringing about my heating. The engineer came yesterday and said he'd fixed it, but the radiators upstairs are still cold.", None)
t1 = t("Sorry, that's annoying after a visit. Let me find the job... yes, the pump was replaced yesterday. Are the downstairs radiators warm now?")
c2 = c("Downstairs is fine. Upstairs, the two bedrooms, stone cold at the top, warm at the bottom.", None)
t3 = t("Cold at the top and warm at the bottom usually means air in them. Have you got a radiator key?")
c4 = c("I think so, in the drawer. Hang on... yes.", None)
PAIRS.append(rpair(
    "b86r_f10_scarborough_cold_radiators",
    "A council tenant in Scarborough, North Yorkshire, rings because the upstairs radiators are still cold after a repair visit.",
    [c0, t1, c2, t3, c4,
     t("Great. With the heating on, open the little valve at the top corner of a bedroom radiator, a quarter turn, till it hisses and then water comes out, then close it. Want to try one while I'm on the line, so we know that's it?"),
     c("Hang on... hissing... water now. It's warming up. That's it, thank you.", None)],
    [c0, t1, c2, t3, c4,
     t("Great, so bleed them with the key and they should be fine. I'll close the job down now, then. Anything else I can help with today?"),
     c("Hang on, what if that doesn't work? I don't want to ring a third time and start from scratch.", None)],
))
