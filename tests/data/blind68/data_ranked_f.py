"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it.
Written by hand for blind68."""
from common import c, rpair, t

PAIRS = []

# f01 electricity utility, Kingston - fault: doubts the customer's honesty
c0 = c("Hi, good afternoon. I got a disconnection notice, I'm two months behind. I lost my job in August, I start a new "
       "one on the fifteenth. Can I make some arrangement?", None)
t1 = t("Good afternoon. Thanks for calling before the date, that gives us options. What's the account number?")
c1 = c("It's 5508 7731.", None)
t2b = t("Thank you. It's 18,400 dollars over the two months. With the new job on the fifteenth, would 4,000 now to stop "
        "the disconnection, and the rest over three months with your normal bills, work for you?")
t2w = t("Thank you. It's 18,400. You know, everybody who calls says they're starting a new job soon. Have you got a letter "
        "from the employer to prove it? Then we can talk about 4,000 now and the rest over three months.")
c2b = c("4,000 I can do on Friday, when my last pay comes in. Not today.", "no_money")
c2w = c("Prove it? I'm not lying to you. I have the letter, but I don't like being called a liar. Friday I can pay 4,000, "
        "not today.", "no_money")
t3 = t("Friday is fine. I'll hold the disconnection until Monday, and the arrangement will come by SMS today.")
c3b = c("Thank you. That's a relief.", None)
c3w = c("Okay. Thanks, I suppose.", None)
PAIRS.append(rpair(
    "b68r_f01_kingston_power_arrears", "A customer in Kingston (Jamaica) behind on electricity bills asks the utility for "
    "a payment arrangement.",
    [c0, t1, c1, t2b, c2b, t3, c3b], [c0, t1, c1, t2w, c2w, t3, c3w]))

# f02 bike repair, Sarajevo - fault: argues with the customer
c0 = c("Hi, I brought my bike last week for brakes, and they still squeak. Not better at all. Like, the whole street "
       "hears me coming.", None)
t1 = t("Sorry about that, let's sort it. Does it squeak braking gently, hard, or both? And has it rained since you picked "
       "it up?")
c1 = c("Both, mostly in the morning. Yes, it rained Tuesday.", None)
t2b = t("New pads often squeak for a few days, especially wet, but a week is too long. I'll check the pads sit straight and "
        "clean the rims now, no charge, fifteen minutes.")
t2w = t("Honestly, it's not that bad. All rim brakes squeak a bit in the wet, that's physics, and the pads we fitted are the "
        "best you can get. It's normal. I can check the pads and clean the rims if you want, fifteen minutes.")
c2b = c("Fifteen minutes, okay, I'll wait.", None)
c2w = c("It's not normal, it's loud, I'm not imagining it. Fine, check it.", None)
t3 = t("Done. One pad was toed in the wrong way. Take it round the block and tell me.")
c3 = c("Much better. Quiet. Thanks.", None)
PAIRS.append(rpair(
    "b68r_f02_sarajevo_squeaky_brakes", "A cyclist in Sarajevo (Bosnia and Herzegovina) returns to a repair shop because "
    "new brakes still squeak.",
    [c0, t1, c1, t2b, c2b, t3, c3], [c0, t1, c1, t2w, c2w, t3, c3]))

# f03 pharmacy, Cluj-Napoca - fault: an unasked lecture
c0 = c("Buna ziua. Something for a cough, please. Dry cough, it's been, like, a week, mostly at night.", None)
t1 = t("Good day. Any fever, or trouble breathing? And do you take any other medicine?")
c1 = c("No fever. No medicine. Well, I smoke, if that counts, ha. I'm trying to cut down.", None)
t2b = t("It counts, thanks for saying. For a dry night cough this syrup with dextromethorphan helps you sleep, 24 lei. If "
        "it's still there after another week, or you see blood or get short of breath, see your doctor.")
t2w = t("You know smoking is the cause, right? Every cigarette damages your airways, smokers have far higher risk of COPD "
        "and cancer, and cutting down doesn't really work, you have to stop. Anyway, this syrup with dextromethorphan, 24 "
        "lei. If it's still there after another week, or you see blood or get short of breath, see your doctor.")
c2b = c("24 lei, fine, I'll take it.", None)
c2w = c("I didn't come for a lesson. Just the syrup, thanks.", None)
t3 = t("Here you are. Take it before bed, it can make you a little sleepy.")
c3b = c("Okay, thank you. Next time maybe I ask you about the patches.", None)
c3w = c("Okay.", None)
PAIRS.append(rpair(
    "b68r_f03_cluj_night_cough", "A customer at a pharmacy in Cluj-Napoca (Romania) asks for cough medicine and mentions "
    "smoking.",
    [c0, t1, c1, t2b, c2b, t3, c3b], [c0, t1, c1, t2w, c2w, t3, c3w]))

# f04 coworking, Lagos - fault: vague next step
c0 = c("Hi, good afternoon. We're a small fintech team, three of us, and we keep losing power at our current place. It's "
       "killing us, honestly, a demo died mid-call last week.", None)
t1 = t("That's painful, especially on a demo. How many hours a day do you need to be online, and do you need a room for "
       "client calls?")
c1 = c("Nine to nine, sometimes later. And a room maybe twice a week for investor calls.", None)
t2 = t("We run on grid plus two generators and an inverter bank, so switchover is instant, no gap. A three-desk bay is "
       "450,000 naira a month with eight hours of meeting room, and members have 24-hour access.")
c2 = c("450 is above what we pay now, but if the power really holds... My co-founder will want to see it.",
       "think_it_over")
t3b = t("Fair. Come with your co-founder Thursday at four, bring laptops, work here for the afternoon, and I'll show you the "
        "switchover logs for last month. I'll send the invite now.")
t3w = t("Sure, no problem. Come by sometime and we'll show you around. We'll be in touch.")
c3b = c("Thursday at four works. Send it.", None)
c3w = c("Okay... when, though? We can't really just drop by, our days are packed.", "no_time")
PAIRS.append(rpair(
    "b68r_f04_lagos_coworking_power", "A fintech founder in Lagos (Nigeria) asks a coworking space about reliable power.",
    [c0, t1, c1, t2, c2, t3b, c3b], [c0, t1, c1, t2, c2, t3w, c3w]))

# f05 plumbing, Belize City - fault: over-promises
c0 = c("Hi, my kitchen sink is backing up, and now the shower drain gurgles when I run the sink. I tried the plunger, a "
       "whole bottle of that drain stuff. Nothing.", None)
t1 = t("The gurgling in the shower says the blockage may be further down the line, not just the sink. Is the house on the "
       "city sewer or a septic tank?")
c1 = c("Septic, I think. Yes, septic. Pumped maybe... four years ago?", None)
t2b = t("Then it's the line or a full tank. I can come this afternoon and put a camera down the line, 120 dollars, and tell "
        "you which before anything else is done. If it's the tank, pumping is usually around 350.")
t2w = t("No problem at all, that's a quick one. I'll have it clear in twenty minutes, guaranteed, and it won't come back. "
        "120 dollars flat.")
c2b = c("350 if it's the tank, oof. Okay, come and look first.", "too_expensive")
c2w = c("Twenty minutes, guaranteed? Great, come this afternoon.", None)
t3 = t("I'll be there between two and three.")
c3 = c("Okay, see you then.", None)
PAIRS.append(rpair(
    "b68r_f05_belize_blocked_drain", "A homeowner in Belize City (Belize) calls a plumber about a backed-up sink and a "
    "gurgling shower drain.",
    [c0, t1, c1, t2b, c2b, t3, c3], [c0, t1, c1, t2w, c2w, t3, c3]))

# f06 print shop, Warsaw - fault: closes before checking the thing works
c0 = c("Dzien dobry, hi. We need wedding invitations, 120 of them. We have the design already, my fiancee made it in, "
       "um, some online tool.", None)
t1 = t("Congratulations! Can you send me the file? I'll check the size, colours and fonts.")
c1 = c("Sent. It's a PDF. The gold part is important to her, the gold letters.", None)
t2b = t("Got it. Before we print: the gold in the file is just a yellow colour, so on paper it'll look mustard, not shiny. "
        "Real gold needs foil stamping, 180 zloty more. I'll print one sample of each tomorrow so you both see them before "
        "we run all 120.")
t2w = t("Got it, looks great. 120 on 300-gram cream card is 540 zloty. I'll put it straight into tomorrow's run, you can "
        "pick them up Friday.")
c2b = c("180 more... the budget all went on the hall already. But mustard, no, she'd cry. Okay, a sample of both.",
        "no_money")
c2w = c("Great, Friday. She'll be happy.", None)
t3 = t("You pay at pickup, and if anything isn't right, call me.")
c3 = c("Perfect, thank you.", None)
PAIRS.append(rpair(
    "b68r_f06_warsaw_wedding_invites", "A groom-to-be orders wedding invitations from a print shop in Warsaw (Poland) "
    "using a design made online.",
    [c0, t1, c1, t2b, c2b, t3, c3], [c0, t1, c1, t2w, c2w, t3, c3]))

# f07 freight forwarding, Durban - fault: unexplained jargon
c0 = c("Hi, I make ceramics, and a shop in Hamburg wants to buy a pallet of my bowls. I've only ever sent things by post. "
       "What do I do?", None)
t1 = t("Congratulations. A pallet is different from post, but manageable. Roughly how heavy, and did the shop say who "
       "arranges transport?")
c1 = c("Maybe 300 kilos. They'll pay shipping, but I have to get it 'to the port', they said. I don't really know what "
       "that means for me.", None)
t2b = t("It means you pay and arrange everything until the bowls are loaded on the ship in Durban, they pay from there. We "
        "collect from your studio, put it on a pallet, do the export papers and get it on board, about 4,800 rand. The "
        "papers need an invoice and an exporter's code. Do you have one?")
t2w = t("So that's FOB Durban. We'll do pre-carriage, consolidate you into an LCL box, handle the SAD 500 and the DA 550 out "
        "of the CFS and issue a house bill, about 4,800 rand. You've got your customs client code, right?")
c2b = c("No code. How long does that take to get?", None)
c2w = c("Sorry, I didn't understand half of that. What's a house bill? And I don't have any code. Maybe I should think "
        "about whether this is worth it.", "think_it_over")
t3 = t("Registering as an exporter takes about a week, and we can help you with the form.")
c3b = c("Okay, let's start with that.", None)
c3w = c("Okay... send me something in writing, I'll read it later.", "brush_off")
PAIRS.append(rpair(
    "b68r_f07_durban_ceramics_export", "A ceramicist in Durban (South Africa) with a first export order asks a freight "
    "forwarder what to do.",
    [c0, t1, c1, t2b, c2b, t3, c3b], [c0, t1, c1, t2w, c2w, t3, c3w]))

# f08 vet clinic, Tartu - fault: talks about themselves
c0 = c("Hi, tere. My rabbit stopped eating since yesterday evening. He's just sitting in the corner. Is that serious?",
       None)
t1 = t("Thank you for calling. In rabbits it can be serious, the gut can stop. Has he pooped since last night?")
c1 = c("I, I don't think so. There are no fresh ones, no.", None)
t2b = t("Then he should be seen today. We have 2:30 free, can you bring him? Keep him warm, and offer fresh greens "
        "meanwhile.")
t2w = t("Oh, rabbits! I have two myself, Lotte and Mia, and last year Mia did exactly this, I was up all night syringe "
        "feeding her, such a stressful week for me, I almost cancelled my holiday. Anyway, he should be seen today. We have "
        "2:30 free, can you bring him? Keep him warm, and offer fresh greens meanwhile.")
c2b = c("2:30, yes. My shift ends at two, I can make it.", None)
c2w = c("Um, okay... 2:30, yes, I can make it. Sorry, but is he going to be okay?", None)
t3 = t("The sooner the doctor sees him, the better his chances. Roughly how much does he weigh, so she can prepare?")
c3 = c("About two kilos.", None)
PAIRS.append(rpair(
    "b68r_f08_tartu_rabbit_not_eating", "An owner phones a vet clinic in Tartu (Estonia) because her rabbit has stopped "
    "eating.",
    [c0, t1, c1, t2b, c2b, t3, c3], [c0, t1, c1, t2w, c2w, t3, c3]))

# f09 driving school, Plovdiv - fault: drops the price before asking anything
c0 = c("Hello. I'm asking about driving lessons for my son. He's eighteen, he wants the category B licence before "
       "university in September. How much is the course?", None)
t1b = t("Hello! The full course is 1,300 leva, 31 hours of driving plus theory. Before you decide, has he driven at all? "
        "It changes how we plan it.")
t1w = t("Hello! Normally 1,300, but for you I'll do 1,100 if you sign up today, 31 hours of driving plus theory. Before "
        "you decide, has he driven at all? It changes how we plan it.")
c1b = c("From zero, really. A little in the village, in a field. He's nervous in the city, that's my worry.", None)
c1w = c("Already a discount? Is something wrong with the course? Well... from zero, really. A little in the village, in "
        "a field. He's nervous in the city, that's my worry.", None)
t2 = t("That's common. We start on quiet streets near Trakia and go to the centre only once he's steady. Three lessons a "
       "week over the summer makes September realistic. The first lesson is also a trial: if they don't click, we change "
       "the instructor.")
c2 = c("Good. Let me talk to him tonight, he has to want it too.", "think_it_over")
t3 = t("Of course. I'll text you next week's free slots so you have them when you talk.")
c3 = c("Thank you.", None)
PAIRS.append(rpair(
    "b68r_f09_plovdiv_driving_lessons", "A mother in Plovdiv (Bulgaria) asks a driving school about lessons for her son.",
    [c0, t1b, c1b, t2, c2, t3, c3], [c0, t1w, c1w, t2, c2, t3, c3]))

# f10 tyre shop, Harare - fault: recommends before asking
c0 = c("Morning. I need new tyres, I think. The front ones are getting, you know, smooth. It's a 2012 Corolla.", None)
t1b = t("Morning. Let's get you the right ones. What kind of driving do you do, mostly town, long trips, gravel?")
t1w = t("Morning! For a Corolla I'd put on these premium Michelins, 185/65 R15, 140 US dollars each. Best grip there is, "
        "they last forever.")
c1b = c("Mostly town, and once a month to my mother's in Murehwa, the last bit is dirt road. Money's a bit tight, I'll be "
        "honest.", None)
c1w = c("140 each? That's 280 for two. You didn't even ask what I need. Money is tight. Mostly town, and once a month to "
        "Murehwa, the last bit is dirt road.", "too_expensive")
t2 = t("Thanks, that helps. For town plus some dirt road, a good mid-range tyre is enough, these, 85 each. I'll check the "
       "rears too: if they're fine, they move to the front and the new ones go on the back, which is safer.")
c2 = c("85 each is better. Okay, do that.", None)
t3 = t("About forty minutes. There's tea inside.")
c3 = c("Thanks.", None)
PAIRS.append(rpair(
    "b68r_f10_harare_tyres", "A driver at a tyre shop in Harare (Zimbabwe) needs new front tyres for an older Corolla.",
    [c0, t1b, c1b, t2, c2, t3, c3], [c0, t1w, c1w, t2, c2, t3, c3]))
