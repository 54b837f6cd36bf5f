"""blind132 ranked pairs f01-f10: the sides share every turn but one fault in `worse` and the reaction to it."""
from common import c, rpair, t

P = []

# f01 argues with the customer
o = c("Hey, my thermostat keeps sayin' seventy-four but it feels way hotter in here. I think the thermostat's busted.", None)
t1 = t("Could be. Is it in the sun, or near the kitchen?")
c1 = c("It's in the hallway. Nothin' near it.", None)
t3 = t("Tech can come Wednesday, eight to noon. Visit's 89.")
c3 = c("Wednesday mornin' I got a doctor's appointment. Anything in the afternoon?", "no_time")
t4 = t("One to five Wednesday, then. I'll text when he's headed your way.")
P.append(rpair("b132r_f01_bastrop_thermostat_hot",
  "HVAC, Bastrop TX: the house feels hot though the thermostat reads 74.",
  [o, t1, c1,
   t("You may well be right. The tech will check it against a separate thermometer first, that takes two minutes."),
   c("Good, 'cause I'm sweatin' at seventy-four.", None), t3, c3, t4],
  [o, t1, c1,
   t("Honestly, thermostats almost never go bad. It's way more likely the unit's undersized or you're feelin' humidity."),
   c("I've lived here twelve years. It's never felt like this at seventy-four.", None), t3, c3, t4]))

# f02 doubts the customer's honesty
o = c("Y'all's termite bond covers damage, right? I found soft wood under the bathroom window.", None)
t1 = t("It does, for termites that show up while the bond's active. When'd you notice it?")
c1 = c("Sunday, pullin' up the old caulk.", None)
t3 = t("Inspector's Monday, nine to eleven. He'll photograph everything.")
c3 = c("I work Mondays, but my wife's home.", None)
t4 = t("That's fine, she just needs to show him the window.")
P.append(rpair("b132r_f02_baton_rouge_termite_claim",
  "Pest control, Baton Rouge LA: a bonded customer reports soft wood.",
  [o, t1, c1,
   t("Okay. We'll send an inspector to see if it's termites and if they're active. If so, it's a claim."),
   c("Good. I was worried y'all'd fight me on it.", None), t3, c3, t4],
  [o, t1, c1,
   t("Are you sure that's new? A lot of folks find old water damage and try to file it as termites."),
   c("I'm not tryin' nothin'. I'm tellin' you what I found.", None), t3, c3, t4]))

# f03 drops the price before asking anything
o = c("I'm lookin' at that blue Frontier out there. What's your best price?", None)
t2 = t("It's a 2021, 41,000 miles, one owner, new tires. Want to drive it?")
c2 = c("I'll drive it, but I'm lookin' at a Tacoma across town too.", "think_it_over")
t3 = t("Drive both. Bring the Tacoma's numbers back if you like, I'd rather you compare.")
P.append(rpair("b132r_f03_granbury_blue_frontier",
  "Pickup dealer, Granbury TX: a walk-in asks for the best price on a used midsize.",
  [o,
   t("Sticker's 27,400. Before we talk price, what's it for, and are you tradin' anything?"),
   c("Daily driver, some fishin'. No trade.", None), t2, c2, t3],
  [o,
   t("Sticker's 27,400, but I can knock off fifteen hundred right now. Call it 25,9."),
   c("If you'll drop fifteen hundred that quick, what's it really worth?", "too_expensive"), t2, c2, t3]))

# f04 an unasked lecture
o = c("Gimme a bag of deer corn. Season opens Saturday.", None)
t1 = t("Fifty-pound's 14.99. Feeder or on the ground?")
c1 = c("Feeder. Got a spinner out at the lease.", None)
t3 = t("Two bags, 29.98. Need batteries for the spinner?")
c3 = c("Nah, I got some in the truck.", "no_need")
t4 = t("Alright, I'll load 'em. Good luck Saturday.")
P.append(rpair("b132r_f04_gonzales_deer_corn",
  "Feed store, Gonzales TX: a hunter buys corn for his feeder.",
  [o, t1, c1,
   t("Get the cleaned corn so the spinner don't clog. It's on the pallet by the door."),
   c("That one. Two bags.", None), t3, c3, t4],
  [o, t1, c1,
   t("You know, corn's not real good nutrition for deer. They need protein, and corn can carry aflatoxin. Biologists say run protein pellets year round."),
   c("Buddy, I been huntin' that lease twenty years. Just the corn. Two bags.", "no_need"), t3, c3, t4]))

# f05 a vague next step
o = c("Hi, I'm callin' about the waitlist for the three-year-old room. We signed up back in March.", None)
t1 = t("Let me check. What's your son's name?")
c1 = c("Eli Ramirez. He turns three in June.", None)
t2 = t("Here he is. He's third on the list for fall.")
c2 = c("Third. Is that likely for August? I start a new job the twelfth.", None)
t4 = t("Meanwhile, would you like to bring Eli by to meet Miss Pam?")
P.append(rpair("b132r_f05_kerrville_waitlist",
  "Church-run daycare, Kerrville TX: a father asks about a waitlist spot.",
  [o, t1, c1, t2, c2,
   t("Two kids move up to Pre-K in August, so likely, but not certain. I'll know by July first and call you that day either way."),
   c("July first. Okay, that gives me time for a backup.", None), t4],
  [o, t1, c1, t2, c2,
   t("We'll let you know when somethin' opens up."),
   c("Okay, but I really need to know before August twelfth.", None), t4]))

# f06 over-promises
o = c("I need a loan for a used tractor. Fella in Clarksville's sellin' a John Deere 5075 for thirty-eight.", None)
t1 = t("Okay. Do you bank with us already, and is this for the farm or personal?")
c1 = c("Checkin' here ten years. It's for my hay operation, hundred sixty acres.", None)
t3 = t("Six down is about sixteen percent, that's in range. Bring your last two tax returns tomorrow.")
c3 = c("I'll bring 'em in the mornin'.", None)
t4 = t("Loan committee meets Tuesday. I'll call you Tuesday afternoon with their answer.")
P.append(rpair("b132r_f06_paris_tractor_loan",
  "Community bank, Paris TX: a hay farmer asks about a loan for a used tractor.",
  [o, t1, c1,
   t("Then it's an ag equipment loan. We usually want fifteen to twenty percent down, and the committee decides, not me."),
   c("I got about six thousand to put down. That enough?", None), t3, c3, t4],
  [o, t1, c1,
   t("Oh, with ten years here you'll be approved, no problem. We'll have it done this week."),
   c("Good, 'cause I told him I'd have the money Friday. I got about six thousand down.", None), t3, c3, t4]))

# f07 closes before checking the thing works
o = c("I wanna put a mini-split in my garage. I'm turnin' it into a wood shop.", None)
t1 = t("Nice. How big's the garage, and is it insulated?")
c1 = c("Two-car, about 480 square feet. Walls are insulated, the door ain't.", None)
t3 = t("It matters. Those panels are known trouble, and you may need an electrician first. Text me a photo and I'll tell you straight.")
c3 = c("Dang. How much would an electrician run?", None)
t4 = t("A new panel's usually 1,800 to 2,500. Let's see the photo before you spend a dime.")
P.append(rpair("b132r_f07_san_marcos_garage_minisplit",
  "HVAC, San Marcos TX: a homeowner wants a mini-split for a garage shop.",
  [o, t1, c1,
   t("A 12,000 BTU would do it, but first I need to know your panel has room for a 240 breaker. What kind of panel is it?"),
   c("It's an old Federal Pacific, if that matters.", None), t3, c3, t4],
  [o, t1, c1,
   t("A 12,000 BTU at 3,400 installed does it. I've got next Friday open, want to lock it in?"),
   c("Okay, sure. Will my panel handle it though? It's an old Federal Pacific.", None), t3, c3, t4]))

# f08 recommends before asking
o = c("My well pump's actin' up. Pressure goes strong, then weak, then strong again.", None)
t2 = t("Fast clicking is usually the pressure tank, not the pump. The tank's bladder fails and the pump short-cycles.")
c2 = c("So not the pump?", None)
t3 = t("Probably not. A tank's 400 to 600 installed, and I'll check the air charge first, sometimes that's all it is.")
c3 = c("That I like better. Tomorrow?", None)
t4 = t("Tomorrow after lunch.")
P.append(rpair("b132r_f08_bandera_well_pressure",
  "Water well service, Bandera TX: a rural homeowner's water pressure surges.",
  [o,
   t("How old's the pump, and do you hear it click on and off a lot when you run water?"),
   c("Pump's maybe ten years. Yeah, it clicks on and off, fast.", None), t2, c2, t3, c3, t4],
  [o,
   t("Sounds like the pump's goin'. A new submersible's about 2,200 installed."),
   c("Twenty-two hundred? It's only ten years old. It clicks on and off real fast, is that the pump?", "too_expensive"), t2, c2, t3, c3, t4]))

# f09 unexplained jargon
o = c("My daughter's startin' her first job and I want to help her open a savings account. She's eighteen.", None)
t1 = t("Great. Is it for money she'll need soon, or long-term?")
c1 = c("Mostly to save for a car. Maybe a year.", None)
t3 = t("She can open it with 100. Under 1,000 it's five dollars a month, so basic savings may fit better till she builds up.")
c3 = c("She'll start with about two hundred. Basic savings then.", None)
t4 = t("No fee with a 25 balance. Bring her and her ID anytime.")
P.append(rpair("b132r_f09_tupelo_first_savings",
  "Community bank, Tupelo MS: a mother helps her daughter open a first savings account.",
  [o, t1, c1,
   t("Then a money market could fit. It pays about three percent a year on what's in it, and she can take money out up to six times a month."),
   c("Okay, that I understand. Is there a minimum?", None), t3, c3, t4],
  [o, t1, c1,
   t("Then the money market: 3.05 APY, tiered, Reg D limits, no ACH fees on transfers."),
   c("I'm sorry, I didn't follow a word of that.", None), t3, c3, t4]))

# f10 talks about themselves
o = c("My truck's pullin' to the right, and the steerin' wheel shakes around seventy.", None)
t1 = t("Hit any curb or pothole lately? And when were the tires last rotated?")
c1 = c("Hit a pothole on I-30 last month. Rotation, I don't remember.", None)
t3 = t("Alignment and balance is about an hour and a half. If a rim's bent, we'll call before doin' anything.")
c3 = c("Can you do it while I wait? I can't come back tomorrow.", None)
t4 = t("Yes sir, coffee's in the lounge. I'll come get you if we find anything.")
P.append(rpair("b132r_f10_sulphur_springs_pull_right",
  "Pickup dealer service, Sulphur Springs TX: a truck pulls right and shakes at speed.",
  [o, t1, c1,
   t("A pothole can knock the alignment out and bend a wheel. We'll check balance, alignment, and look at the rims."),
   c("How long's that take? I need it for work.", None), t3, c3, t4],
  [o, t1, c1,
   t("Oh man, I-30's awful. I blew a tire out there last year in my Silverado, three hours for a tow, my wife was so mad. I get all mine aligned every spring."),
   c("Uh huh. So can y'all check it? I need it for work.", None), t3, c3, t4]))

PAIRS = P
