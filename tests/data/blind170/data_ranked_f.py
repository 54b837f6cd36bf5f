from common import c, rpair, t

N = None
# Each pair: shared turns are the same variables; only one trainee turn and the customer's reaction differ.


def f01():
    o = c("I want to know why my flood insurance is eighteen hundred. My neighbor pays nine, same street.", "too_expensive")
    t1 = t("Let's look. What's the address, and do you know if there's an elevation certificate on file?")
    c1 = c("4410 Bayou View. I don't think we ever did one.", N)
    b2 = t("That could be the difference. Your neighbor's house may sit higher, or he kept an older rate. Without a certificate you're rated on estimates.")
    bc = c("So a certificate could bring mine down?", N)
    w2 = t("Honestly, I doubt your neighbor pays nine. Same street, same zone, it's nearly always the same. He's probably leaving something out.")
    wc = c("I've seen his bill, he showed me. You calling him a liar?", N)
    t3 = t("A certificate costs four to six hundred from a surveyor. If your floor is above base flood elevation, it can cut your premium a lot, and I'll rerun it the day you send it.")
    c3 = c("Six hundred. Okay, I'll call a surveyor for a price.", N)
    t4 = t("Good. Here are three surveyors in Harrison County. Call me when you have it.")
    return rpair("b170r_f01_gulfport_flood_premium", "Gulfport MS insurance agency (phone): a homeowner asks why his flood premium is double his neighbor's.",
                 [o, t1, c1, b2, bc, t3, c3, t4], [o, t1, c1, w2, wc, t3, c3, t4])


def f02():
    o = c("Excuse me, the cashier gave me four hundred, but my ticket was for five hundred. I counted it right here.", N)
    t1 = t("Thank you for coming right back. Do you still have the ticket receipt?")
    c1 = c("Right here. Five hundred even.", N)
    b2 = t("I see it. I'll have the cage count that drawer and pull the camera; about twenty minutes. Can you wait, or shall I call you?")
    bc = c("I'll wait. I'm not leaving without my hundred.", N)
    w2 = t("Okay. Honestly we get this a lot, and usually the money's in a pocket somewhere. Did you check your purse? I'll still have the drawer counted, about twenty minutes.")
    wc = c("It ain't in my purse. I'm not a thief, baby. I'll wait.", N)
    t3 = t("While you wait, can I get you a coffee from the bar? It's on us.")
    c3 = c("Coffee's fine. Sweet, please.", N)
    t4 = t("Coming. If the count shows it, I'll bring the hundred to you myself.")
    return rpair("b170r_f02_biloxi_casino_cage", "Biloxi MS casino cashier cage (counter): a player says she was paid a hundred short.",
                 [o, t1, c1, b2, bc, t3, c3, t4], [o, t1, c1, w2, wc, t3, c3, t4])


def f03():
    o = c("How much for accordion shutters on a house? Just roughly.", N)
    b1 = t("Roughly depends on the number and size of the openings. How many windows and doors, one story or two?")
    bc = c("One story. Nine windows and a sliding door.", N)
    w1 = t("Roughly twelve to fifteen thousand, but I can knock fifteen percent off right now. How many windows and doors, one story or two?")
    wc = c("Fifteen off before you even know my house? Makes me wonder what it really costs. One story, nine windows and a slider.", N)
    t2 = t("For that, accordions all around run eleven to thirteen thousand. Some folks do an accordion on the slider and panels on the windows, about half.")
    c2 = c("Half sounds better. My budget's maybe seven.", N)
    t3 = t("Then panels plus one accordion fits. I can measure Friday for a firm number, no charge.")
    c3 = c("Friday's no good, I'm working. Saturday?", "no_time")
    t4 = t("Saturday at ten. See you then.")
    return rpair("b170r_f03_fort_walton_shutter_price", "Fort Walton Beach FL shutter company (phone): a caller wants a rough price for accordion shutters.",
                 [o, b1, bc, t2, c2, t3, c3, t4], [o, w1, wc, t2, c2, t3, c3, t4])


def f04():
    o = c("Storm's coming Wednesday. I want to take out two thousand cash, in twenties if y'all have them.", N)
    t1 = t("Sure. Can I see your ID, and which account?")
    c1 = c("Checking. Here's my license.", N)
    b2 = t("Thank you. We have twenties. Would you like it in envelopes of five hundred? Some folks find it easier to split up.")
    bc = c("Envelopes, yes, that's smart.", N)
    w2 = t("Thank you. You know, we really discourage keeping large amounts of cash at home. Fire, theft, flooding; here it's insured and your card works anywhere. Most experts say it's a bad idea.")
    wc = c("I went three weeks after Katrina with no power and no card machines. I know what I need. Twenties, please.", N)
    t3 = t("Here you are: two thousand in twenties, four envelopes of five hundred. Anything else before the storm?")
    c3 = c("Y'all gonna be open after?", N)
    t4 = t("As soon as power's on. The Ocean Springs branch has a generator, so try there first.")
    return rpair("b170r_f04_biloxi_storm_cash", "Biloxi MS bank branch (teller counter): a customer withdraws cash before a storm.",
                 [o, t1, c1, b2, bc, t3, c3, t4], [o, t1, c1, w2, wc, t3, c3, t4])


def f05():
    o = c("I got a wedding Saturday, two hundred plates. Can y'all get me soft-shell crabs, like three hundred?", N)
    t1 = t("Three hundred, hotels or primes? And is frozen okay if fresh falls through?")
    c1 = c("Hotels is fine. Fresh if you can, frozen if you must. But I can't be finding out Friday night.", N)
    t2 = t("Fresh is hit or miss this early, it depends on water temperature. Frozen I have now, four-fifty each.")
    c2 = c("Four-fifty frozen. Fresh would be what?", N)
    b3 = t("About five-twenty. I'll call my shedders in Lafitte tonight and call you by noon Wednesday with a firm yes or no. If it's no, the frozen's yours; I'm setting three hundred aside now.")
    bc = c("Noon Wednesday. That works.", N)
    w3 = t("About five-twenty. Let me see what I can do with my shedders, and we'll let you know.")
    wc = c("Let me know when? I got two hundred plates Saturday. Last time somebody told me that, I was frying fish sticks.", "bad_experience")
    return rpair("b170r_f05_westwego_softshell_crabs", "Westwego LA seafood wholesaler (phone): a caterer needs three hundred soft-shell crabs for a Saturday wedding.",
                 [o, t1, c1, t2, c2, b3, bc], [o, t1, c1, t2, c2, w3, wc])


def f06():
    o = c("Tree came through my roof Sunday. Tarp's on. How soon can y'all fix it for real?", N)
    t1 = t("Sorry you're dealing with that. Anyone hurt, and is the tarp holding in the rain?")
    c1 = c("Everybody's fine. Tarp's holding, mostly. Little drip in the hall.", N)
    b2 = t("Good. Honest answer: shingles are backordered after this storm, so two to three weeks. Tomorrow I can put a better tarp on and stop the drip so you're dry while you wait.")
    bc = c("Three weeks is long, but I'd rather hear it straight.", N)
    w2 = t("Good. We'll have it fully fixed by Friday, guaranteed, new decking and shingles, done.")
    wc = c("By Friday? My whole street's waiting a month. After Sally everybody promised me Friday too.", "bad_experience")
    t3 = t("Let me get your insurance info so we can start the claim paperwork today.")
    c3 = c("State Farm. I'll text you the claim number.", N)
    t4 = t("I'll send a written estimate tonight with every line on it.")
    return rpair("b170r_f06_pensacola_tree_on_roof", "Pensacola FL roofer (phone): a tree went through a homeowner's roof; the tarp is on.",
                 [o, t1, c1, b2, bc, t3, c3, t4], [o, t1, c1, w2, wc, t3, c3, t4])


def f07():
    o = c("Y'all were supposed to fix my winch. I got a trip tomorrow, four in the morning.", N)
    t1 = t("It's done. We replaced the hydraulic motor and the seals, and it pulled fine on the bench.")
    c1 = c("Bench is one thing. It's gotta pull a full net.", N)
    b2 = t("Agreed. Let's run it under load at the dock before you pay anything.")
    bc = c("Now you're talking. Boat's at slip nine.", N)
    w2 = t("It'll be fine. Here's the bill, eighteen-forty. Sign here and you're good for tomorrow.")
    wc = c("I ain't signing till I see it pull. Last time I paid first and it quit on me in the Gulf.", "bad_experience")
    t3 = t("Bring her around to the fuel dock; I'll meet you there with the gauge.")
    c3 = c("Ten minutes.", N)
    t4 = t("I'll be there, with the tech who did the job.")
    return rpair("b170r_f07_lafitte_winch_repair", "Lafitte LA marine repair shop (counter): a shrimper picks up his repaired net winch the day before a trip.",
                 [o, t1, c1, b2, bc, t3, c3, t4], [o, t1, c1, w2, wc, t3, c3, t4])


def f08():
    o = c("I need a generator before this storm gets here.", N)
    b1 = t("Let's find the right one. What do you need to run, fridge, window unit, a medical device?")
    bc = c("Fridge, a couple fans, and my CPAP. That's it.", N)
    w1 = t("You'll want this ninety-five-hundred-watt, runs the whole house. Twelve ninety-nine.")
    wc = c("I don't need the whole house. Just the fridge, a couple fans, and my CPAP.", "no_need")
    t2 = t("For that, a thirty-five-hundred-watt inverter is plenty, quiet and clean enough for the CPAP. Five forty-nine.")
    c2 = c("Five forty-nine I can do. Y'all got gas cans?", N)
    t3 = t("Aisle twelve. And keep it outside, twenty feet from the house; every storm somebody runs one in the garage.")
    c3 = c("Twenty feet. Got it. Ring me up.", N)
    return rpair("b170r_f08_daphne_generator_counter", "Daphne AL hardware store (counter): a customer wants a generator before a storm.",
                 [o, b1, bc, t2, c2, t3, c3], [o, w1, wc, t2, c2, t3, c3])


def f09():
    o = c("The storm flooded my work, I ain't had a paycheck in a month. I'm scared about my house note.", N)
    t1 = t("Thank you for calling before it got late. Are you current, and when's the next payment due?")
    c1 = c("Current through last month. Next one's due the first.", N)
    b2 = t("Good. We can pause your payments up to three months. The skipped payments don't disappear, but they can go to the end of the loan instead of all at once.")
    bc = c("To the end. So I don't owe it all in one lump?", N)
    w2 = t("Good. We can do a three-month forbearance, then on exit a deferral, a partial claim, or a mod with capitalization of arrears.")
    wc = c("Baby, I don't know what half that means. Do I owe it all at once or not?", N)
    t3 = t("Not all at once, no. I'll start the pause today and mail the terms. Will the job be back in three months?")
    c3 = c("They're saying two. I hope so.", N)
    t4 = t("Then I'll call you the week of the tenth, in sixty days, and we'll set up the rest.")
    return rpair("b170r_f09_metairie_mortgage_pause", "Metairie LA mortgage servicer (phone): a borrower lost a month of pay to a storm and fears for the house note.",
                 [o, t1, c1, b2, bc, t3, c3, t4], [o, t1, c1, w2, wc, t3, c3, t4])


def f10():
    o = c("Hey, I'm planning a crawfish boil for my office, about sixty people, first Saturday in April. Do y'all cater that?", N)
    t1 = t("We do. Sit-down, or folks grazing all afternoon? And will kids be there?")
    c1 = c("All afternoon, kids too. Half of them are from up north and never peeled a crawfish.", N)
    b2 = t("Then we'll put someone at the table showing folks how to peel, and hot dogs for kids who won't touch them. For sixty, about two hundred forty pounds.")
    bc = c("A peeling coach, ha, they'll need it. What's that run?", N)
    w2 = t("Oh, I love that. Me, I grew up in Breaux Bridge, my daddy had me boiling at six, and I've done boils for four hundred. People still talk about my seasoning. Anyway, about two hundred forty pounds.")
    wc = c("Okay... good for you. What's that run?", N)
    t3 = t("About twenty-two a person with corn, potatoes, sausage and drinks, so around thirteen-twenty.")
    c3 = c("Hmm. My boss said a thousand. I gotta check with him before I say yes.", "think_it_over")
    t4 = t("Fair. I'll email a quote for sixty today, plus a second one at a thousand with fewer sides, so he can pick.")
    return rpair("b170r_f10_baton_rouge_office_boil", "Baton Rouge LA crawfish caterer (phone): an office planner asks about a boil for sixty people.",
                 [o, t1, c1, b2, bc, t3, c3, t4], [o, t1, c1, w2, wc, t3, c3, t4])


PAIRS = [f01(), f02(), f03(), f04(), f05(), f06(), f07(), f08(), f09(), f10()]
