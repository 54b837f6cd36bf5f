"""b166 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01: drops the price before asking anything
o = c("Hi, I got your quote for a new furnace and AC, fifty-nine hundred. I'm still deciding.", "think_it_over")
b1 = t("Thanks for getting back to me. What's still on your mind about it?")
w1 = t("I hear you. Tell you what, I can knock off five hundred if you sign this week.")
b2 = c("Mostly whether I need the AC now. The old one still runs, it's just loud.", "no_need")
w2 = c("Oh. Well, okay, but price wasn't really it. I'm not sure I need the AC now. The old one still runs.", "no_need")
s1 = t("How old is the AC, and has it needed repairs?")
s2 = c("Eighteen years. Recharged it twice.", None)
s3 = t("Then it's near the end, but it can wait. I can quote the furnace alone and you replace the AC when it quits, about thirty-eight hundred.")
s4 = c("That makes more sense. Let's do that.", None)
PAIRS.append(rpair("b166r_f01_stcloud_furnaceac",
  "HVAC company, St. Cloud MN (phone follow-up). Fault in worse: offers a discount before asking what is holding the customer back.",
  [o, b1, b2, s1, s2, s3, s4], [o, w1, w2, s1, s2, s3, s4]))

# f02: over-promises
o = c("Hi, this is Tom at Lakeshore Fab. We need a new set of 88-degree punches for the press brake. How soon can you get them?", None)
s1 = t("Let me check. Standard American style, or a special length?")
s2 = c("Standard, four 835-millimeter sections. We've got a big job starting the 20th.", None)
b1 = t("Two are in stock, the other two come from the mill in about three weeks. I can ship two today, and check if a segmented set would cover you meanwhile.")
w1 = t("No problem at all, all four will be there next week, guaranteed.")
b2 = c("Two now helps. Send me the segment drawings and I'll see.", None)
w2 = c("Great, I'm telling my boss the 20th is covered then.", None)
s3 = t("I'll email you the order confirmation within the hour.")
PAIRS.append(rpair("b166r_f02_cleveland_pressbrake",
  "Tooling distributor, Cleveland OH (phone). Fault in worse: guarantees delivery of items half of which are not in stock.",
  [o, s1, s2, b1, b2, s3], [o, s1, s2, w1, w2, s3]))

# f03: vague next step
o = c("Hi, I dropped off my Sea Ray Monday for the gelcoat crack on the bow. Just checking where it's at.", None)
s1 = t("Thanks for checking in. Our tech looked yesterday. The crack goes into the core, so it's more than cosmetic.")
s2 = c("Oh, shoot. How bad? I was hoping to have it in for the Fourth.", None)
s3 = t("The core's wet about a foot around it. Cut out, dry, re-glass, roughly eighteen hundred.")
s4 = c("Eighteen hundred, ouch. Well, it's gotta get done. Ready by the Fourth?", None)
b1 = t("If you okay it today, we start Monday and it's ready the 28th. Written estimate by email within the hour, and I'll call Wednesday with progress.")
w1 = t("We'll see. We're pretty backed up. We'll let you know.")
b2 = c("Okay, send it and I'll sign it tonight.", None)
w2 = c("Let me know when? I've got family coming. Maybe I'll call around to other shops.", "think_it_over")
PAIRS.append(rpair("b166r_f03_charlevoix_gelcoat",
  "Marina repair shop, Charlevoix MI (phone). Fault in worse: a vague next step with no date, no written estimate, no call-back.",
  [o, s1, s2, s3, s4, b1, b2], [o, s1, s2, s3, s4, w1, w2]))

# f04: unexplained jargon
o = c("hi im trying to get preapproved for a car loan. first car. i work at the hospital", None)
s1 = t("Congrats on the first car! Roughly what price range are you looking at?")
s2 = c("like 15k maybe. used. i have 2k saved for down", None)
b1 = t("Great. With 2k down you'd borrow about 13k. Your rate depends on your credit score, the three-digit number that shows how you've paid bills. Do you know yours?")
w1 = t("Great. So we'd look at your FICO, your DTI and the LTV on the collateral, and price you off our tiered APR matrix. Do you know your tier?")
b2 = c("i think like 680 from the app", None)
w2 = c("um no idea what any of that means lol. maybe ill just do the dealer financing", "brush_off")
s3 = t("That's fine, I can look it up with your okay. It's a soft check, it won't hurt your score. Want me to start the application?")
s4 = c("ok sure. can i do it on my phone", None)
PAIRS.append(rpair("b166r_f04_flint_firstcarloan",
  "Credit union, Flint MI (chat). Fault in worse: unexplained lending jargon to a first-time borrower.",
  [o, s1, s2, b1, b2, s3, s4], [o, s1, s2, w1, w2, s3, s4]))

# f05: argues with the customer
o = c("Hi, I got your roofing quote. Looks good, but I don't want the skylight replaced. It doesn't leak.", "no_need")
b1 = t("Got it, we can leave it. Can I tell you what our guy saw on the flashing, so you decide with all the info?")
w1 = t("Well, actually, you're wrong there. Skylights that age always leak eventually. Leaving it would be a mistake.")
b2 = c("Sure, go ahead.", None)
w2 = c("Always? It's been dry twenty years, and I don't like being told I'm wrong in my own house. What did your guy see?", None)
s1 = t("The flashing around it is rusted. We could replace just the flashing, about two-twenty, and keep your skylight.")
s2 = c("Flashing only, that I'd do. Send me the revised quote.", None)
s3 = t("I'll send it this afternoon and call Friday to set a date.")
PAIRS.append(rpair("b166r_f05_youngstown_skylight",
  "Roofing contractor, Youngstown OH (phone). Fault in worse: tells the customer he is wrong instead of giving the facts.",
  [o, b1, b2, s1, s2, s3], [o, w1, w2, s1, s2, s3]))

# f06: talks about themselves
o = c("Hi there. I just retired and, well, I'm thinking about joining a league. Haven't bowled since the seventies.", None)
s1 = t("Welcome back to it! Daytime or evening, and something competitive or more social?")
s2 = c("Social, definitely. Daytime. My wife says I need to get out of the house.", None)
b1 = t("Then you'd fit right in with our seniors. It's handicap-based, so being rusty doesn't matter, and there's coffee and donuts.")
w1 = t("Ha, I hear that. I started bowling at six, my dad ran this place. I rolled a 279 in the city tournament in '09, still bugs me I missed the 300...")
b2 = c("Oh, that sounds about right. When is it?", None)
w2 = c("Oh, that's... neat. So, um, is there something during the day?", None)
s3 = t("Wednesday mornings at nine-thirty, twelve a week for three games. First week's free, so come try it, no commitment.")
s4 = c("Ope, well, Wednesdays we watch the grandkids sometimes, I'd have to check.", "no_time")
s5 = t("No worries, you can sub on weeks you're free. I'll put you on the sub list and call you Monday.")
PAIRS.append(rpair("b166r_f06_saginaw_seniorleague",
  "Bowling centre, Saginaw MI (phone). Fault in worse: the staff member talks about his own bowling instead of the caller.",
  [o, s1, s2, b1, b2, s3, s4, s5], [o, s1, s2, w1, w2, s3, s4, s5]))

# f07: doubts the customer's honesty
o = c("Hi, your plow guy tore up a big strip of my lawn along the driveway last night. I'm not happy.", None)
s1 = t("I'm sorry about that. Where along the drive, and how big a strip?")
s2 = c("Left side, maybe thirty feet. Sod's rolled up like a carpet.", None)
b1 = t("Thirty feet, left side. Could you text me a photo? And we'll stake the edge so it doesn't happen again.")
w1 = t("Are you sure it was us? A lot of people blame the plow when it was the city truck or their own snowblower.")
b2 = c("Sure, sending it now. Stakes would be good.", None)
w2 = c("The city doesn't do driveways. I watched your truck do it. Are you calling me a liar?", None)
s3 = t("We'll repair the sod in spring at our cost, and I'll have stakes put in tomorrow.")
s4 = c("Okay. That's fair.", None)
PAIRS.append(rpair("b166r_f07_greenbay_lawndamage",
  "Snowplough service, Green Bay WI (phone). Fault in worse: questions whether the customer is telling the truth.",
  [o, s1, s2, b1, b2, s3, s4], [o, s1, s2, w1, w2, s3, s4]))

# f08: unasked lecture
o = c("Hi, we have a reservation for eight under Kowalski. Little early, is the bar open?", None)
s1 = t("It is, come on in. Can I start you with something while the table's set?")
s2 = c("Brandy old fashioned sweet for me, and my dad too, but, um, muddled with a sugar cube, the old way.", None)
b1 = t("Two brandy old fashioneds sweet, one with a muddled sugar cube. Cherries and orange on both?")
w1 = t("Sure. Just so you know, a real old fashioned is whiskey, not brandy, and topping with 7Up makes purists cringe. The original, back in the 1880s...")
b2 = c("Yes, and extra cherries on mine, please.", None)
w2 = c("Uh, we're from Wisconsin, hon. Brandy's fine. Extra cherries on mine.", None)
s3 = t("Coming right up. Your table will be ready in about ten minutes.")
s4 = c("Perfect, thank you.", None)
PAIRS.append(rpair("b166r_f08_eauclaire_oldfashioned",
  "Supper club bar, Eau Claire WI (in person). Fault in worse: an unasked lecture on how the drink 'should' be made.",
  [o, s1, s2, b1, b2, s3, s4], [o, s1, s2, w1, w2, s3, s4]))

# f09: recommends before asking
o = c("Hey, my soybeans came in light last year. Forty-two bushel. Thinking about trying different seed.", None)
b1 = t("Forty-two is low for around here. Before we talk seed, was it the whole farm or certain fields? Any white mold or cyst nematode?")
w1 = t("You want our 2.1 maturity bean, top seller, won every plot around here. I'd put you down for sixty units.")
b2 = c("Just the low fields by the creek. The agronomist said cyst nematode counts were high there.", None)
w2 = c("Sixty units? Hold on now. It was just the low fields by the creek. Agronomist said cyst nematode counts were high.", "think_it_over")
s1 = t("Then on those fields you want a variety with a different resistance source, and keep your current seed elsewhere.")
s2 = c("Huh, that makes sense. What's the price difference?", None)
s3 = t("About four dollars a unit more. Twenty units for the creek fields, so eighty bucks.")
s4 = c("I can live with that.", None)
PAIRS.append(rpair("b166r_f09_newulm_soybeanseed",
  "Seed dealer, New Ulm MN (counter). Fault in worse: recommends a product and quantity before asking anything.",
  [o, b1, b2, s1, s2, s3, s4], [o, w1, w2, s1, s2, s3, s4]))

# f10: closes before checking the part is the problem
o = c("Hi, I need an alternator for an '09 Silverado, the 5.3.", None)
s1 = t("Sure. Is this for you, or are you a shop?")
s2 = c("Just me, in the driveway. Battery light came on, I put a new battery in last week and it died again.", None)
b1 = t("Before you spend two hundred, let's test it, takes five minutes in the lot. Some '09s have the 145-amp, some the 105.")
w1 = t("Yep, that's the alternator for sure. Two nineteen with the core. Cash or card?")
b2 = c("Oh, okay. It's right outside.", None)
w2 = c("Card. Wait, does it matter which one? There were two on the website.", None)
s3 = t("Let me grab the tester and pull your VIN so we get the right amperage.")
s4 = c("Sounds good. Keys are in it.", None)
PAIRS.append(rpair("b166r_f10_parma_alternator",
  "Auto-parts store, Parma OH (counter). Fault in worse: rings up the sale before testing whether the alternator is the problem.",
  [o, s1, s2, b1, b2, s3, s4], [o, s1, s2, w1, w2, s3, s4]))
