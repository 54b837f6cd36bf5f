"""blind174 ranked pairs d01-d10 (two decent conversations, better is deeper), hand-written."""
from common import c, t, rpair

P = PAIRS = []

o = c("Hi, we loved your venue, but honestly we've had a quote from Hensley Court that's 3,000 cheaper. Is there any wiggle room on yours?", "too_expensive")
P.append(rpair(
    "b174r_d01_warwickshire_venue_competitor_quote",
    "A couple email a Warwickshire venue comparing it with a cheaper rival quote.",
    [o,
     t("Thanks for being upfront. Before we talk numbers, what does the Hensley quote include? Venue quotes are hard to compare."),
     c("Um, venue hire, ceremony room, the evening. Food's separate there, we'd bring our own caterer.", None),
     t("That helps. Ours includes the wedding breakfast and evening buffet, around 4,200 of the price for 90. Have you got a caterer in mind for Hensley?"),
     c("No... we hadn't even looked. So they might not actually be cheaper?", None),
     t("Possibly not, once food's in. I'll send a side-by-side with our figures and a gap for a caterer's quote. If they're still cheaper, I'll tell you honestly whether we can move."),
     c("That's really fair. Send it and we'll do the maths.", "think_it_over")],
    [o,
     t("Thanks for being upfront. We do try to be competitive. I can take 5% off the venue hire if you book by the end of the month."),
     c("That's about 700. There's still a gap of over two grand.", "too_expensive"),
     t("I understand. We're a bit more than some, but the grounds and service are special. I could add a free upgrade on the welcome drinks."),
     c("That's kind. We'll have a think and come back to you.", "think_it_over"),
     t("Of course. The 5% stands until the 31st, just let me know.")]))

o = c("Hi, I'm calling about booking you for my daughter's wedding. My main worry is language. Half the guests are from our church and I don't want anything crude.", None)
P.append(rpair(
    "b174r_d02_dallas_dj_clean_playlist",
    "The bride's mother phones a Dallas DJ, worried about explicit music in front of church guests.",
    [o,
     t("That's important to get right. What would be too much for your guests: swearing, sexual lyrics, certain songs altogether?"),
     c("Swearing for sure. And the twerking songs, my mother-in-law would walk out. But my daughter and her friends want to party.", None),
     t("So two crowds. Radio edits only until ten, and after ten her friends' requests in clean versions. You and she both sign off the playlist. Would both sides be happy with that?"),
     c("That might actually work. She'll push back on the radio edits, though.", None),
     t("Then let's have a call with her too, so she hears it from me. I'll send the planning form tonight; Thursday evening for the three of us?"),
     c("Thursday works. Thank you, I feel much better.", None)],
    [o,
     t("Totally understand. We play clean edits by default, and you can give us a do-not-play list. We're used to church crowds."),
     c("Okay, good. Her friends do want to dance, though.", None),
     t("No problem, we'll keep the floor full. Five hours is 1,600. Shall I send the contract?"),
     c("Let me talk to my daughter first.", "think_it_over"),
     t("Of course. I'll email the contract so you both have it, and hold the date until Friday.")]))

o = c("Hi, sorry, we're racing round the whole fair in an hour, we can't stop. Have you got a leaflet?", "no_time")
P.append(rpair(
    "b174r_d03_norwich_caterer_wedding_fair",
    "A rushed couple stop at a Norwich caterer's stand at a wedding fair.",
    [o,
     t("Course, here. One quick question so it's actually useful: sit-down meal, or more relaxed, like street food?"),
     c("Relaxed. Street food, definitely. We're in a field in Norfolk.", None),
     t("Then page four's yours, the trucks. Write your date on this card and I'll email whether we're free, nothing more. Or leave it, no worries."),
     c("Go on then. July the 5th. Quickly though!", None),
     t("Done. Email by Monday with availability and truck prices. Enjoy the fair."),
     c("Thanks, you're a star.", None)],
    [o,
     t("Course, here's our brochure, all our menus and prices are in there."),
     c("Great. What's the cheapest, roughly?", None),
     t("Buffets start at 28 a head, sit-down menus from 45. It's all on page two."),
     c("Hm. Right. Sorry, we really do have to dash.", "no_time"),
     t("Our email's on the back. Drop us a line when you've had a look and we'll go through it."),
     c("Will do. Might be a while, we've loads to see.", "think_it_over")]))

o = c("Hi, so our first venue closed in March and we lost 5,000. We're looking again, but I'm terrified it'll happen twice.", "bad_experience")
P.append(rpair(
    "b174r_d04_denver_venue_burned_couple",
    "A Denver couple who lost a deposit when their first venue closed phone a new venue.",
    [o,
     t("I'm so sorry, that's brutal. What would help you feel safe this time? Is it more the money, or the date going ahead?"),
     c("Both. But mostly the money. We can't lose another deposit, we just can't.", "bad_experience"),
     t("Then two things. Deposits sit in a separate client account; I'll show you our accountant's letter. And wedding insurance covers supplier failure, about 180. Would 1,000 now and the rest nearer the date help too?"),
     c("That would help a lot. Could we talk to a couple who got married here recently?", None),
     t("Yes. I'll ask two couples from this spring and send their numbers with the letter by Friday."),
     c("Okay. That's the first time I've felt okay about this since March.", None)],
    [o,
     t("I'm so sorry that happened. I can reassure you we've been here 22 years and we're not going anywhere."),
     c("That's what the last place said, to be fair.", "bad_experience"),
     t("I completely understand. We have hundreds of five-star reviews, and our deposit is the standard 30%. The reviews are on our site."),
     c("Okay. We'll read them and get back to you.", "think_it_over"),
     t("Please do. I'll send our brochure and the contract so you have everything in one place.")]))

o = c("Hi. Um, so the wedding's in seven weeks. Long story. Is that even possible?", None)
P.append(rpair(
    "b174r_d05_manchester_bridal_seven_weeks",
    "A bride walks into a Manchester bridal shop seven weeks before her wedding.",
    [o,
     t("It's possible, but honestly: designer orders take 16 weeks, so that's out. We can sell you a sample or off-the-peg dress and alter it. Are you open to that?"),
     c("Yes. I don't care if it's been tried on. I just want to feel nice. Under 800 if I can.", None),
     t("Samples are 40 to 60% off, and about a dozen are under 800. What size are you usually, and what have you liked?"),
     c("A 12, a 14 on the bottom. Plain, maybe off the shoulder.", None),
     t("I'll pull four off-the-shoulder samples in 12 and 14. Alterations take three weeks, so if we find one this week you're comfortably on time."),
     c("Oh, thank god. Let's try them.", None)],
    [o,
     t("Seven weeks is tight. Some designers do a rush order for a fee, usually around 250. Shall we look at the new season?"),
     c("A rush fee on top? I'm trying to stay under 800 in total.", "no_money"),
     t("Of course. We also have some samples at a discount. I'll bring a few out."),
     c("Okay, but I hope they're in my size.", None),
     t("We'll see what fits. We can always alter."),
     c("Fine. Let's try.", None)]))

o = c("hey so we got your quote and its more than we can do. like 2k over. can we trim it somehow", "no_money")
P.append(rpair(
    "b174r_d06_sacramento_caterer_trim_quote",
    "A bride texts a Sacramento caterer that the quote is 2,000 over budget.",
    [o,
     t("Thanks for telling me, we can look. Which parts matter most to you two, and which could you live without?"),
     c("food is the thing honestly. my fiance is a chef, he'll judge every plate lol. the bar we dont care about as much", None),
     t("Useful. The full bar is 2,400 of it. Beer, wine and one signature cocktail is 1,150, saving about 1,250 without touching the food. Family style instead of plated finds the rest. Want both versions?"),
     c("yes the beer and wine for sure. family style maybe, ill ask him", "think_it_over"),
     t("I'll send both tonight, and you two tell me which one he can live with."),
     c("perfect thanks", None)],
    [o,
     t("Sure. Easiest is switching from our Premier to our Classic menu, which saves about 1,800, and we can drop the late-night snack."),
     c("hmm the food is kinda the main thing for us tho. my fiance is a chef", None),
     t("Totally fair. Classic is still really good, and we can keep one Premier entree. I'll send a revised quote."),
     c("ok send it and well look", "think_it_over"),
     t("Will do, it'll be with you by tomorrow.")]))

o = c("Hello. My daughter asked me to ring you. I'll be frank, I don't think we need a wedding planner. I've organised plenty of events.", "no_need")
P.append(rpair(
    "b174r_d07_cheshire_planner_capable_mum",
    "A capable mother of the bride phones a Cheshire wedding planner at her daughter's request.",
    [o,
     t("That's fair, plenty of families don't. Can I ask what made your daughter want you to ring? Then I know what she's worried about."),
     c("She thinks I'll be running round on the day instead of enjoying it. Which, fair enough, I probably would.", None),
     t("So the planning's in hand; it's the day itself. On-the-day coordination: I take over your plans a month before and deal with suppliers on the day, so you can just be mum. It's 750. Would that cover her worry?"),
     c("That's less than I thought. I'd still want to do the planning myself, mind.", None),
     t("Absolutely, you plan, I run the day. I'll send details, and a ten-minute call with you both if that's useful."),
     c("Yes, alright. She'll be pleased.", None)],
    [o,
     t("That's fair, lots of families manage brilliantly. We offer full, partial and on-the-day packages. I'll email our brochure."),
     c("Fine. I doubt we'll need much, though.", "no_need"),
     t("No problem. Have a look at on-the-day, it's our smallest. If anything catches your eye, just get in touch."),
     c("I'll pass it on to her.", "brush_off"),
     t("Thank you. Wishing you all a lovely day.")]))

o = c("I love your work, but my fiance thinks we should get his buddy with a nice camera to do it. Save the money. Honestly I'm kind of torn.", "no_need")
P.append(rpair(
    "b174r_d08_minneapolis_photographer_friend",
    "A Minneapolis bride emails a photographer; her fiance wants a friend to shoot the wedding.",
    [o,
     t("That's a really normal debate. What would you be saddest to lose if the photos didn't turn out?"),
     c("The ceremony and the family photos. My grandparents are old, this might be the last time everyone's together. The party I don't care about.", None),
     t("Then you may not need full day. Two hours for ceremony and family portraits is 1,100, and his buddy shoots the party, great candids anyway. Could that work for both of you?"),
     c("Oh. Maybe. He'll say 1,100 is still a lot for two hours.", "too_expensive"),
     t("He might. Show him family portraits from my last two weddings; if it's still no, his buddy is a fine choice, just get him to practise on groups. I'll hold your date a week."),
     c("Okay, that's really fair. I'll show him tonight.", "think_it_over")],
    [o,
     t("Totally get it. But a pro brings experience, backup gear and editing. Friends often miss key moments because they're guests too."),
     c("Yeah, that's what I worry about. It's just the money.", "too_expensive"),
     t("Makes sense. Full day is 2,900, and I do payment plans over six months if that helps."),
     c("Maybe. I'll talk to him.", "think_it_over"),
     t("Of course. I'll send the contract and the payment plan so you have them.")]))

o = c("Alright. Trying to decide whether to hire or buy a suit for my wedding. Buying seems like a lot.", None)
P.append(rpair(
    "b174r_d09_newcastle_suit_hire_or_buy",
    "A groom in a Newcastle menswear shop weighs hiring against buying a suit.",
    [o,
     t("Fair question. Would you wear it again after the day: work, other weddings, that kind of thing?"),
     c("Probably, yeah. Three mates getting married next year and I need something for interviews.", None),
     t("Then buying may be cheaper: hire is about 90 a time, so four weddings is 360. A navy suit with alterations is 299 here and fits you properly. If it was one wear, I'd say hire."),
     c("Huh. Didn't think of it like that. Still, 299 in one go is a lot right now.", "no_money"),
     t("We can split it: half now, half at the final fitting. Want to try one on first?"),
     c("Yeah, go on, let's try.", None)],
    [o,
     t("Most grooms hire, it's easier. Hire packages start at 89 with shirt and tie, or suits to buy from 299."),
     c("Hire sounds easier then.", None),
     t("Great. We measure about six weeks before. When's the wedding?"),
     c("September the 6th.", None),
     t("Lovely, plenty of time. I'll book you in for July."),
     c("Cheers.", None)]))

o = c("can u just send me ur price list", "brush_off")
P.append(rpair(
    "b174r_d10_texas_videographer_price_list",
    "An Instagram DM to a Texas wedding videographer asking only for prices.",
    [o,
     t("Sure! 1,800 for highlights, 2,600 with the full ceremony and speeches, 3,400 full day. Quick q so I can point you right: what do you most want to rewatch?"),
     c("probably our vows and my dads speech. hes not a big talker so its a big deal", None),
     t("That's lovely. Then the 2,600 one: ceremony and speeches uncut, plus a highlight film. Want an example from a wedding with a similar speech?"),
     c("yes pls. were still comparing a few people tho", "think_it_over"),
     t("Of course, compare away. I'll send the example now, and no follow-ups unless you message me."),
     c("appreciate that", None)],
    [o,
     t("Sure! Attached is our full price list for 2025. Let me know if you have any questions!"),
     c("thx. whats the difference between the middle and top one", None),
     t("The top one is full day, getting ready to send-off, with a drone. The middle covers ceremony and reception."),
     c("ok cool. ill let u know", "brush_off"),
     t("Sounds good, thanks for reaching out!")]))
