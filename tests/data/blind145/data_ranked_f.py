"""Ranked pairs f01-f10 (same turns except one fault in worse and the reaction to it), written by hand for b145."""
from common import c, rpair, t

P = []

# f01: argues with the customer
o = c("The sofa y'all delivered looks way darker than the one in the showroom.", None)
t1 = t("Oh no. Could you text me a photo of it by a window, and the tag under the cushion?")
c1 = c("Sent. Tag says Pewter. I'm sure I picked Dove.", None)
t3 = t("We can pick it up and bring the Dove on Thursday morning. Does that work?")
P.append(rpair("b145r_f01_mckinney_furniture_color",
    "Furniture store, McKinney TX (phone): a delivered sofa is the wrong color.",
    [o, t1, c1, t("You're right, your order says Dove and the tag says Pewter. That's our mistake, we'll swap it at no charge."),
     c("Oh, good. When?", None), t3, c("Mornin's no good, I work. After 3?", "no_time")],
    [o, t1, c1, t("Pewter and Dove look almost the same. Honestly it's probably your lighting, the showroom's real bright."),
     c("It is not my lighting. I know what I ordered.", None), t3, c("Mornin's I work. After 3? And I didn't appreciate that.", "no_time")]))

# f02: doubts the customer's honesty
o = c("Y'all billed me for 200 gallons on the 5th but my gauge didn't move. I don't think anybody came.", None)
t1 = t("Let's sort it out. What does the gauge read now?")
c1 = c("30 percent. Same as before the 5th.", None)
t3 = t("Looking now... the truck stopped at 2120 Mill Road, not 2210. Our mistake. I've credited the $480 and put you on Thursday's truck.")
c3 = c("Well, alright then. Thursday.", None)
P.append(rpair("b145r_f02_kerrville_propane_billing",
    "Propane company, Kerrville TX (phone): billed for a delivery that never came.",
    [o, t1, c1, t("Thanks. I'll pull the driver's GPS log for the 5th; if he wasn't at your place, you get a credit today."),
     c("Appreciate you checkin'.", None), t3, c3],
    [o, t1, c1, t("Our drivers don't skip houses. Are you sure you read the gauge right? Lots of folks misread them."),
     c("I've read that gauge for 20 years. Check your driver.", None), t3, c3]))

# f03: drops the price before asking anything
o = c("Callin' about the red 2021 Tacoma on your website. Still there?", None)
t2 = t("It's a clean one-owner, 41,000 miles, new tires, and a backup camera, which helps new drivers. Want to bring him to drive it?")
c2 = c("Maybe Saturday. I'll need to talk to his mama first.", "think_it_over")
t3 = t("Saturday works. I'll text the Carfax tonight so y'all can look it over together.")
c3 = c("Sounds good.", None)
P.append(rpair("b145r_f03_stephenville_truck_firsttruck",
    "Pickup dealer, Stephenville TX (phone): a father asks about a used truck for his son.",
    [o, t("It is. What's drawing you to it, are you replacing something?"),
     c("My boy's first truck. He's 17, drives to the ag barn every mornin'.", None), t2, c2, t3, c3],
    [o, t("It is, and I can knock $2,000 off right now, $31,900."),
     c("Huh. Why, what's wrong with it? It's for my boy, he's 17, first truck.", None), t2, c2, t3, c3]))

# f04: an unasked lecture
o = c("Can y'all put in a new thermostat? Mine's old and the numbers are hard to read.", None)
t1 = t("Sure. Is it just the display, or is the temperature off too?")
c1 = c("Just hard to see. I'm 78, my eyes aren't what they were.", None)
t3 = t("A big backlit model with simple buttons is $140 installed, and the tech will show you how it works. Thursday morning?")
c3 = c("Thursday I've got the eye doctor. Could he come Friday?", "no_time")
P.append(rpair("b145r_f04_bryan_hvac_thermostat",
    "HVAC company, Bryan TX (phone): an older man wants a thermostat he can read.",
    [o, t1, c1, t("Then a big, lit screen is what matters. Do you want it on a schedule, or just set it yourself?"),
     c("Just set it myself. I don't like fancy.", None), t3, c3],
    [o, t1, c1, t("You should know every degree lower adds about 3% to your bill. You really ought to keep it at 78 and run a schedule, it's wasteful not to."),
     c("I didn't ask for a sermon. I just want to see the numbers.", None), t3, c3]))

# f05: a vague next step
o = c("I'm a realtor in Temple. I need a termite letter for a closing on the 28th. Can y'all do it?", None)
t1 = t("Yes ma'am. Is the house occupied, and is it slab or pier and beam?")
c1 = c("Vacant, pier and beam. Lockbox on the front door.", None)
t2 = t("Pier and beam takes about an hour to crawl, it's $125.")
c2 = c("Fine. I need the letter by the 24th for the lender.", None)
P.append(rpair("b145r_f05_temple_pest_wdiletter",
    "Pest control, Temple TX (B2B phone): a realtor needs a termite letter before closing.",
    [o, t1, c1, t2, c2, t("The inspector can go Monday morning. You'll have the letter by email Tuesday, and I'll text you if he finds anything."),
     c("Perfect. Monday.", None)],
    [o, t1, c1, t2, c2, t("Okay, we'll get someone out there and let you know."),
     c("When's 'let you know'? I've got a lender breathin' down my neck.", None)]))

# f06: over-promises
o = c("We need a whole new AC. Ours died and my daughter's gettin' married in the backyard Saturday.", None)
t1 = t("Congratulations, and what timing. How many tons is the old one? The sticker's on the side of the outside unit.")
c1 = c("Says 3 ton. House is about 1,700 square feet.", None)
t2 = t("That matches. A 3-ton system installed runs about $9,800, and we need a city permit.")
c2 = c("Okay. Can you have it in by Friday?", None)
P.append(rpair("b145r_f06_roundrock_ac_wedding",
    "HVAC replacement, Round Rock TX (phone): a family needs AC before a backyard wedding.",
    [o, t1, c1, t2, c2, t("Honestly, permits take two or three days, so Friday's tight. I'll bring a portable unit tomorrow, book install for Thursday, and call Wednesday if the permit's late."),
     c("At least I know. Bring the portable tomorrow.", None)],
    [o, t1, c1, t2, c2, t("Absolutely, guaranteed by Friday, no problem at all. Consider it done."),
     c("Oh, what a relief!", None)]))

# f07: closes before checking the thing works
o = c("Y'all brought the sound system for the revival. Preacher starts at 7.", None)
t1 = t("Yes ma'am. Speakers both sides of the pulpit, mixer in the back, two choir mics and the preacher's wireless. Is that the setup you wanted?")
c1 = c("That's it. Choir practices at 6, so we're cuttin' it close.", None)
t4 = t("I'll turn the monitor down and move that mic back a little. Try it now.")
c4 = c("That's better. Clear as a bell.", None)
P.append(rpair("b145r_f07_jasper_church_soundsystem",
    "Church and event rentals, Jasper TX (on site): a sound system delivered for a revival.",
    [o, t1, c1, t("Let's test it before I go. Could somebody talk into the wireless from the back pew while I adjust?"),
     c("Brother Lyle, say somethin' in this mic... oh, it squeals.", None), t4, c4],
    [o, t1, c1, t("You're all set. Just sign here and I'll be on my way."),
     c("Already? Shouldn't we hear it first? Last time the mic squealed all night.", "bad_experience"), t4, c4]))

# f08: recommends before asking
o = c("Somethin's scratchin' in my attic at night. It's drivin' me crazy.", None)
t2 = t("Thumping at dusk and dawn sounds more like a squirrel or raccoon than rats. We'd trap it first, $175, then seal the hole it uses.")
c2 = c("That makes sense. Can he come tomorrow?", None)
t3 = t("Tomorrow at 10. He'll check the roofline first.")
c3 = c("Okay.", None)
P.append(rpair("b145r_f08_conroe_pest_attic",
    "Wildlife and pest control, Conroe TX (phone): noises in the attic.",
    [o, t("That'd drive anybody crazy. When do you hear it, and is it light skittering or heavier thumping?"),
     c("Heavy thumpin', right around dusk and dawn.", None), t2, c2, t3, c3],
    [o, t("That's rats. You'll want our rodent exclusion package, $650, seals every entry point."),
     c("$650? You ain't even asked what it sounds like. It's heavy thumpin', dusk and dawn.", "too_expensive"), t2, c2, t3, c3]))

# f09: unexplained jargon
o = c("The tech's been here an hour. What's wrong with my AC?", None)
t1 = t("Thanks for waiting. It's cooling, but not as well as it should. Is one room warmer than the rest?")
c1 = c("The back bedroom. It's always hot.", None)
t3 = t("$640 with the part, about three hours. We can do it tomorrow.")
c3 = c("Let me think on it tonight.", "think_it_over")
P.append(rpair("b145r_f09_bastrop_ac_valve",
    "AC repair, Bastrop TX (at the home): the tech explains a diagnosis.",
    [o, t1, c1, t("That fits. A small valve that meters refrigerant into the coil is sticking, so the coil's starved. Replacing the valve fixes it."),
     c("Okay, that makes sense. How much?", None), t3, c3],
    [o, t1, c1, t("Your TXV's sticking, superheat's at 28 and subcooling's off. We need to swap the TXV and pull a vacuum."),
     c("I have no idea what any of that means. How much?", None), t3, c3]))

# f10: talks about themselves
o = c("My grandkids are comin' to stay all summer. I need some kind of bunk bed.", None)
t1 = t("How fun. How old are they, and how high is the ceiling in that room?")
c1 = c("Six and nine. Ceilin's regular, eight foot.", None)
t3 = t("Mattresses are extra, $129 each; bunkie mattresses fit best with the rails.")
c3 = c("That's more than I wanted. Let me check with my daughter.", "think_it_over")
P.append(rpair("b145r_f10_paris_furniture_bunkbed",
    "Furniture store, Paris TX (showroom): a grandmother shops for a bunk bed.",
    [o, t1, c1, t("Then a standard bunk with top rails works, with the nine-year-old on top. This solid pine one is $549."),
     c("That looks sturdy. Is that with the mattresses?", None), t3, c3],
    [o, t1, c1, t("Oh, I had bunk beds growing up; my brother and I fought over the top every night and I broke my arm once, ha. Anyway, this pine one's $549."),
     c("Well. I hope that don't happen. Is that with the mattresses?", None), t3, c3]))

PAIRS = P
