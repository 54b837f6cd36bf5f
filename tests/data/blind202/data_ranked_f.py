"""Ranked pairs f01-f10 of blind202, written by hand: both sides share every turn (the same variables)
except one fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 fault: argues with the customer (parking fine, sign hidden by a hedge)
f01_open = c("I got a parking fine on Parliament Street on Saturday. The sign for the loading bay is behind a hedge, you can't see it at all from the car.", None)
f01_t1 = t("Thanks for letting us know. Can I take the fine number, and did you get any photos of the sign?")
f01_c1 = c("KK-30917. I took two photos on my phone, you can barely see the top of the pole.", None)
f01_t2_better = t("If the photos show that, it's a fair ground for an appeal. I'll also ask the roads crew to check the hedge today, because if it's hiding the sign from you, it's hiding it from everyone.")
f01_c2_better = c("Good, because I wasn't the only one. There were two more tickets on the cars beside me.", None)
f01_t2_worse = t("I drive down Parliament Street most days, and to be honest that sign's perfectly visible. Are you sure you were looking?")
f01_c2_worse = c("I'm sure. I've the photos in front of me. Are you calling me a liar now?", None)
f01_t3 = t("To appeal, email the photos to the parking office with the fine number. Appeals are decided within 28 days, and the fine is frozen until then.")
f01_c3 = c("Right. I'll send them tonight.", None)
PAIRS.append(rpair(
    "b202r_f01_kilkenny_parkingsign",
    "A driver rings the county council about a parking fine in a loading bay whose sign is hidden by a hedge.",
    better=[f01_open, f01_t1, f01_c1, f01_t2_better, f01_c2_better, f01_t3, f01_c3],
    worse=[f01_open, f01_t1, f01_c1, f01_t2_worse, f01_c2_worse, f01_t3, f01_c3],
))

# f02 fault: doubts the customer's honesty (hardship fund)
f02_open = c("Hi, I was told you can help with food and gas and that? My partner walked out in March and I've only got the child benefit coming in while I wait for Universal Credit.", None)
f02_t1 = t("Yes, the Household Support Fund can help with that. How many children are at home, and are you on a prepayment meter?")
f02_c1 = c("Two, they're four and seven. Yeah, the key meter, and it's on emergency credit now.", None)
f02_t2_better = t("Right, emergency credit comes first. I can do the application with you now. It needs your name, the children's dates of birth, and your Universal Credit claim reference if you've got one.")
f02_c2_better = c("I've got the reference on my phone. Hang on.", None)
f02_t2_worse = t("Right. Before we go any further, are you sure your partner's actually moved out? We do get people saying that, and we do check.")
f02_c2_worse = c("He's in Leeds with somebody else. Check all you like. I didn't ring up to be called a liar.", None)
f02_t3 = t("I can put a 49-pound energy voucher through today and a supermarket voucher for the kids. There's also a free home energy visit to look at your tariff. Do you want me to add that?")
f02_c3 = c("Just the vouchers for now. I can't think past this week, honestly.", "no_time")
PAIRS.append(rpair(
    "b202r_f02_wakefield_hardshipfund",
    "A mother of two left without income rings the council's hardship line about food and energy help while her Universal Credit claim is processed.",
    better=[f02_open, f02_t1, f02_c1, f02_t2_better, f02_c2_better, f02_t3, f02_c3],
    worse=[f02_open, f02_t1, f02_c1, f02_t2_worse, f02_c2_worse, f02_t3, f02_c3],
))

# f03 fault: drops the price before asking anything (telecare alarm)
f03_open = c("Hello, my dad had a fall last week and lay on the kitchen floor for two hours. Somebody said the council does those alarm pendants?", None)
f03_t1_better = t("It does. I'm sorry about your dad, that must have been frightening for you both. Can I ask whether he lives alone, and has he got a landline?")
f03_c1_better = c("He lives alone. He's only got a mobile, he got rid of the landline.", None)
f03_t1_worse = t("We do, and I can knock a third off the monthly charge straight away, so it's 14 pounds instead of 21. Shall I set it up for you?")
f03_c1_worse = c("Er, I don't even know what it is yet. Does he need a landline? He's only got a mobile.", None)
f03_t2 = t("That's fine, the newer units work on a mobile signal. He wears a pendant or a wrist button and presses it if he falls, our team talks to him through the box and rings you or an ambulance. There's also a fall detector that goes off by itself if he can't press it.")
f03_c2 = c("He'd never remember to press anything. He's a stubborn so-and-so.", None)
f03_t3 = t("Then the automatic fall detector is the one for him. An installer fits it and shows him how it works, it takes about an hour.")
f03_c3 = c("I'll need to talk him round first, he'll say he's fine. Can I ring you back on Friday?", "think_it_over")
f03_t4 = t("Of course. I'll email you the leaflet tonight so you've something to show him.")
PAIRS.append(rpair(
    "b202r_f03_stoke_telecarealarm",
    "A son rings the council's community alarm service after his father, who lives alone, fell and could not get up.",
    better=[f03_open, f03_t1_better, f03_c1_better, f03_t2, f03_c2, f03_t3, f03_c3, f03_t4],
    worse=[f03_open, f03_t1_worse, f03_c1_worse, f03_t2, f03_c2, f03_t3, f03_c3, f03_t4],
))

# f04 fault: an unasked lecture (bin lid broken by the crew)
f04_open = c("The bin lorry dropped my grey bin this morning and the lid's snapped clean off. Do I have to pay for a new one?", None)
f04_t1 = t("If the crew damaged it, no. Can I take your address?")
f04_c1 = c("12 Caerau Road. The binmen saw it happen, one of them said sorry.", None)
f04_t2_better = t("Thanks. Is the bin usable for now, or is the rubbish open to foxes and gulls?")
f04_c2_better = c("It's open to the sky. The foxes had a go at it last night already.", None)
f04_t2_worse = t("Thanks. Before I log it, it's worth knowing that a third of what goes in grey bins here could be recycled, and every tonne sent to landfill costs the council over a hundred pounds in tax, so do think about what goes in the new one.")
f04_c2_worse = c("I recycle everything I can, thanks. I only rang about the lid.", None)
f04_t3 = t("I've logged it as crew damage, so there's no charge, and a new bin will come within ten working days. Until then the crew will take two extra bags beside it. If you'd like the bigger 240-litre bin while we're swapping, that's a one-off 30 pounds, or the same size is free.")
f04_c3 = c("Same size. It's only me now, I barely fill that one.", "no_need")
PAIRS.append(rpair(
    "b202r_f04_newport_brokenbin",
    "A resident rings the council because the collection crew broke her bin lid; a replacement is free when the crew caused the damage.",
    better=[f04_open, f04_t1, f04_c1, f04_t2_better, f04_c2_better, f04_t3, f04_c3],
    worse=[f04_open, f04_t1, f04_c1, f04_t2_worse, f04_c2_worse, f04_t3, f04_c3],
))

# f05 fault: a vague next step (leak through the ceiling onto a light)
f05_open = c("Water's coming through my bathroom ceiling from the flat upstairs. It's dripping on the light fitting.", None)
f05_t1 = t("Okay, that's dangerous with the light. First, please switch that light off and don't use it. Can I have your address?")
f05_c1 = c("Flat 9, Wyvil Court. It's off. The man upstairs won't answer his door.", None)
f05_t2_better = t("Thanks. I'm raising an emergency job: a plumber will be with you within four hours to get into the flat upstairs and stop the leak, and an electrician will check the fitting. Your reference is LR-70421, and the plumber will ring this number when he's twenty minutes away.")
f05_c2_better = c("Four hours. Okay. I'll put a bucket under it.", None)
f05_t2_worse = t("Thanks. I've passed it on to the team, and someone will be in touch to get it sorted.")
f05_c2_worse = c("In touch when? It's dripping on the light right now.", None)
f05_t3 = t("If water starts coming through the fitting itself, or the ceiling starts to sag, turn the electrics off at the fuse box and ring the emergency number straight away.")
f05_c3 = c("Right. The fuse box. Okay.", None)
PAIRS.append(rpair(
    "b202r_f05_lambeth_ceilingleak",
    "A council tenant reports water leaking from the flat above through her bathroom ceiling onto the light fitting.",
    better=[f05_open, f05_t1, f05_c1, f05_t2_better, f05_c2_better, f05_t3, f05_c3],
    worse=[f05_open, f05_t1, f05_c1, f05_t2_worse, f05_c2_worse, f05_t3, f05_c3],
))

# f06 fault: over-promises (fast-track passport before a funeral abroad)
f06_open = c("Good afternoon. My father died in Lagos and the burial is in twelve days. My passport expired in January. Please, what can I do?", None)
f06_t1 = t("I'm very sorry about your father. Twelve days is tight but it can be done. Have you got the expired passport, and is it a straightforward renewal, same name as before?")
f06_c1 = c("Yes, I have it. Same name. I also need the Nigerian visa, because I am British now, and the embassy wants the passport first.", None)
f06_t2_better = t("Then the one-week Fast Track is the one to use. It's an appointment at a passport office, you bring the form and photos, and the passport usually arrives within a week. I can't promise the exact day, so book the earliest appointment and tell the visa office your dates now.")
f06_c2_better = c("One week, then the visa. It will be close.", None)
f06_t2_worse = t("Then the one-week Fast Track is the one to use. I can guarantee you'll have it in five days, and the visa won't be a problem after that, they're very quick.")
f06_c2_worse = c("You guarantee it? Then I will book my flight for next Wednesday.", None)
f06_t3 = t("The Fast Track is 178 pounds. The earliest appointment I can see is Thursday morning in Peterborough, or Monday in London.")
f06_c3 = c("One hundred and seventy-eight. It is a lot, with the flight also, but what can I do. Thursday, Peterborough.", "too_expensive")
PAIRS.append(rpair(
    "b202r_f06_peterborough_fasttrackpassport",
    "A Nigerian-born British man rings the passport advice line needing a passport and a visa in time for his father's burial in Lagos.",
    better=[f06_open, f06_t1, f06_c1, f06_t2_better, f06_c2_better, f06_t3, f06_c3],
    worse=[f06_open, f06_t1, f06_c1, f06_t2_worse, f06_c2_worse, f06_t3, f06_c3],
))

# f07 fault: closes before checking the service can work (garden waste up a private lane)
f07_open = c("I want to sign up for the garden waste bin. We've just moved into a cottage outside Church Stretton and there's hedges everywhere.", None)
f07_t1 = t("Welcome to the area. It's 56 pounds a year for a fortnightly green bin collection. Can I take the address?")
f07_c1 = c("Yew Tree Cottage, Hope Bowdler. It's up a little lane off the main road.", None)
f07_t2_better = t("Before I take any money, let me check the lorry can actually reach you. Is the lane private, and how far is it from the cottage down to the road?")
f07_c2_better = c("It's private, single track, about three hundred yards. The bin men leave our black bin at the bottom as it is.", None)
f07_t2_worse = t("Lovely. I'll take the 56 pounds now and the bin will be delivered within two weeks. Card number when you're ready?")
f07_c2_worse = c("Hang on. The lane's private and the bin men already won't come up it for our black bin. Will they even collect a green one?", None)
f07_t3 = t("Then the green bin would have to go down to the bottom of the lane like the black one, and a full bin of hedge cuttings is heavy to drag. If that's too much, the paper garden-waste sacks might suit you better, two pounds each, collected from the same spot.")
f07_c3 = c("Sacks are a better idea. Dragging a wheelie bin down that lane? No thanks, not the bin.", "no_need")
PAIRS.append(rpair(
    "b202r_f07_shropshire_gardenwastelane",
    "A couple who have moved to a rural cottage on a private lane ring to subscribe to the council's paid garden-waste collection.",
    better=[f07_open, f07_t1, f07_c1, f07_t2_better, f07_c2_better, f07_t3, f07_c3],
    worse=[f07_open, f07_t1, f07_c1, f07_t2_worse, f07_c2_worse, f07_t3, f07_c3],
))

# f08 fault: recommends before asking (adult education course)
f08_open = c("Hi there. I want to do a course, something with computers, so I can go back to work. I've been home with the kids for eight years, hey.", None)
f08_t1_better = t("That's a great step. Can I ask what kind of work you're aiming for, and what you can already do on a computer?")
f08_c1_better = c("Office work, maybe reception. I can do email and Facebook, but Excel, no, I'm lost.", None)
f08_t1_worse = t("Then you want our Level 2 Certificate in IT User Skills. It's ten weeks, Tuesday and Thursday evenings, and it's free if you're on benefits.")
f08_c1_worse = c("Level 2? Ja, no. I can do email and Facebook, that's about it. Excel, I'm lost.", None)
f08_t2 = t("Then I'd start with Essential Digital Skills. It's for exactly that: email, Word, a first go at Excel, and putting a CV together. It's free for anyone without a computing qualification, and it runs Wednesday mornings for eight weeks in term time.")
f08_c2 = c("Wednesday mornings I can do, the youngest is at school then. Is it free for real? I paid for a typing course once and it was a con.", "bad_experience")
f08_t3 = t("Free for real, no books to buy. I'll put your name down, and the tutor will ring you first to check it's the right level before you start.")
f08_c3 = c("Okay, put me down. Thank you, this helps a lot.", None)
PAIRS.append(rpair(
    "b202r_f08_margate_adultlearning",
    "A South African-born mother returning to work after eight years asks the county's adult education office about a computer course.",
    better=[f08_open, f08_t1_better, f08_c1_better, f08_t2, f08_c2, f08_t3, f08_c3],
    worse=[f08_open, f08_t1_worse, f08_c1_worse, f08_t2, f08_c2, f08_t3, f08_c3],
))

# f09 fault: unexplained jargon (council tax bill went down)
f09_open = c("hi got a new council tax bill and its different from the last one, now it says 96 a month instead of 128. did i do something wrong", None)
f09_t1 = t("Hi, you haven't done anything wrong, it's gone down. Can I take your account number so I can see why?")
f09_c1 = c("ok its 3301 7789", None)
f09_t2_better = t("Thanks. Last month you told us your flatmate moved out, so you now get 25 percent off for living alone. That's what brings it down to 96 a month, and your direct debit will simply take the new amount from next month. You don't need to do anything.")
f09_c2_better = c("oh nice ok that makes sense", None)
f09_t2_worse = t("Thanks. Your SPD was applied from the change date, so the liability's been recalculated and your instalments reprofiled, and the DD will collect on the revised schedule from the next cycle.")
f09_c2_worse = c("sorry i have no idea what any of that means. is it good or bad", None)
f09_t3 = t("One more thing: because the change was backdated, you've overpaid 64 pounds. I can refund it to your bank, or leave it on the account towards next year. Which would you prefer?")
f09_c3 = c("refund please, rents due on friday", None)
PAIRS.append(rpair(
    "b202r_f09_dundee_counciltaxjargon",
    "A young man on the council's web chat is worried because his monthly council tax has changed after his flatmate moved out.",
    better=[f09_open, f09_t1, f09_c1, f09_t2_better, f09_c2_better, f09_t3, f09_c3],
    worse=[f09_open, f09_t1, f09_c1, f09_t2_worse, f09_c2_worse, f09_t3, f09_c3],
))

# f10 fault: talks about themselves (civil wedding at city hall)
f10_open = c("Hi! We want to get married at City Hall. Small thing, just us and maybe ten people. How does it work?", None)
f10_t1 = t("Congratulations! You'll need a marriage licence first, then you book a ceremony with an officiant in one of the City Hall chapels. Do you have a date in mind, and is it a weekday or a weekend?")
f10_c1 = c("We were hoping for a Saturday in June. My lola is flying in from Manila, so it has to be the 14th or the 21st.", None)
f10_t2_better = t("June Saturdays go quickly. I've got the 21st at 11 or 2, and nothing left on the 14th. How many guests exactly, so I can give you the right room?")
f10_c2_better = c("Twelve with my lola. The 21st at 11 would be perfect.", None)
f10_t2_worse = t("Oh, June Saturdays go fast. I got married here myself on a Saturday in June, it poured, my husband's uncle got lost in the PATH for an hour, we still laugh about it. Anyway, the 21st has 11 or 2, and the 14th is gone.")
f10_c2_worse = c("Ha, okay. Um, so the 21st then. At 11, I guess.", None)
f10_t3 = t("The ceremony is 400 dollars on a Saturday, plus the licence, which is about 160. Weekdays are 275, if that ever helps.")
f10_c3 = c("Four hundred for twenty minutes, wow. But lola can only do Saturdays. Let me check with my fiance tonight.", "think_it_over")
f10_t4 = t("Of course. I'll hold the 21st at 11 until Friday, no deposit needed for the hold.")
PAIRS.append(rpair(
    "b202r_f10_toronto_cityhallwedding",
    "A Filipino-Canadian bride-to-be asks the city clerk's office about a small Saturday civil ceremony timed for her grandmother's visit.",
    better=[f10_open, f10_t1, f10_c1, f10_t2_better, f10_c2_better, f10_t3, f10_c3, f10_t4],
    worse=[f10_open, f10_t1, f10_c1, f10_t2_worse, f10_c2_worse, f10_t3, f10_c3, f10_t4],
))
