"""f pairs: worse shares every turn with better except one trainee fault (index k) and the reaction (k+1)."""
from common import c, rpair, t

P = "b169r_"
PAIRS = []


def w(s, k, fault, reaction):
    return s[:k] + [fault, reaction] + s[k + 2:]


s = [c("Your bill says five hundred gallons diesel. My tank only took about four hundred by the gauge.", None),
     t("Okay, let's check it. Do you have the ticket the driver left?"),
     c("On the fridge. Says five hundred two. Gauge went from a quarter to not quite full.", None),
     t("Thanks. Gauges on those old skid tanks can be off a good bit, so let's not guess either way. I'll pull the meter print from the truck and have Jeff stick your tank tomorrow."),
     c("He can come after ten. I'm feeding till then.", None),
     t("After ten. If the stick shows you came up short, I'll credit it on this bill, and I'll call you with what he finds."),
     c("Fair enough. Had a outfit short me before, that's why I watch.", None)]
PAIRS.append(rpair(P + "f01_nebraska_coop_fuel_short_delivery",
 "A farmer says a co-op diesel delivery came up short. Worse argues that the customer's gauge is wrong.", s,
 w(s, 3, t("Our meters are state-certified, so it was five hundred. Those float gauges are junk. It's your gauge that's off, not our truck."),
   c("Had that tank twenty years. Don't tell me what it holds. I want somebody out to stick it, after ten, I'm feeding till then.", None))))

s = [c("Thinking about a new bin. Fifteen thousand bushel, maybe. What's one run?", None),
     t("Depends on the floor and the fan. What are you storing, and do you dry on the farm or at the elevator?"),
     c("Wheat and milo. Elevator dries it. I just want to hold it till spring.", None),
     t("Then you don't need a drying floor, just aeration, which is cheaper. Fifteen thousand with aeration, on your slab, runs about thirty-four thousand put up."),
     c("Thirty-four. Co-op charges me near six cents a month to store.", None),
     t("On fifteen thousand that's about five thousand a winter, so seven years or so to pay for itself, less if you catch the spring carry. I'll write it up for you to hold onto."),
     c("Write it up. I'll chew on it till after wheat harvest.", "think_it_over")]
PAIRS.append(rpair(P + "f02_kansas_grain_bin_quote",
 "A Kansas farmer asks what a grain bin costs. Worse offers a discount before asking anything.", s,
 w(s, 1, t("For you I'll take ten percent off list right now. Fifteen thousand with floor and fan, about forty-one thousand."),
   c("Ten percent off what. I ain't said what it's for. Wheat and milo, elevator dries it, I just want to hold it till spring.", None))))

s = [c("Need somethin for heartburn. Been bad all week.", None),
     t("Sure. Is this new for you, or does it come and go?"),
     c("Comes with harvest. Eatin in the cab, coffee all night.", None),
     t("That'll do it. These tablets work fast for a few hours; this one you take once in the morning and it lasts the day. The daily one's fourteen dollars for two weeks."),
     c("The mornin one. Fourteen's steep for a little box, but I don't want to be diggin for pills on the combine.", "too_expensive"),
     t("Good. If it's still there after two weeks, or you get chest pain or trouble swallowing, see Dr. Lind, that's not heartburn anymore."),
     c("Okay. Two weeks.", None)]
PAIRS.append(rpair(P + "f03_kansas_pharmacy_harvest_heartburn",
 "A farmer buys heartburn medicine during harvest. Worse gives an unasked lecture about his diet and weight.", s,
 w(s, 3, t("That'll do it. Honestly, coffee all night and gas station food is most of it. You should pack real meals, cut the pop, lose a few pounds, quit eating late. Anyway, this one's once a morning, fourteen dollars."),
   c("Didn't ask about my gut. Just give me the mornin one.", None))))

s = [c("Sold beans to you three weeks back. Still no check.", None),
     t("That's too long. Which contract, do you have the number?"),
     c("Ticket's in the pickup. Forty-one hundred bushel, the eighteenth.", None),
     t("Found it. The check was mailed the twentieth to the Route 2 address. Is that still right?"),
     c("We moved to town in June. Told the girl at the scale.", None),
     t("That never got to the office, I'm sorry. I'm voiding that check and fixing the address now. The new one can be ready here at four today, or mailed tomorrow. Which?"),
     c("I'll come at four.", None)]
PAIRS.append(rpair(P + "f04_iowa_elevator_missing_check",
 "A farmer's grain check never arrived. Worse ends with a vague 'we'll let you know'.", s,
 w(s, 5, t("Okay, I'll pass that along and we'll get it straightened out. We'll let you know."),
   c("Let me know when. I got a fertilizer bill due Friday.", None))))

s = [c("Planter's got a row not droppin seed. Need it back before the rain Thursday.", None),
     t("Okay. Which row, and is it the meter or the drive? What does the monitor say?"),
     c("Row nine. Monitor says no seed. Meter spins, I checked.", None),
     t("Then likely the seed disk or the tube sensor. Can you bring it in this afternoon?"),
     c("Can. Can you have it back tomorrow?", None),
     t("If it's the sensor, one's on the shelf and it's back tomorrow noon. If it's the meter housing, that part's in Des Moines, Wednesday. I'll call you by five today with which."),
     c("All right. Five o'clock.", None)]
PAIRS.append(rpair(P + "f05_iowa_dealer_planter_repair",
 "A farmer needs a planter fixed before rain. Worse guarantees tomorrow whatever the fault.", s,
 w(s, 5, t("Absolutely, guaranteed, it'll be done tomorrow morning no matter what it is. Don't worry about a thing."),
   c("Good. I'll tell the hired man we plant the beans Wednesday, then.", None))))

s = [c("Lookin at auto-steer for the old Case. Somebody said you can add it.", None),
     t("You can on most. Which year, and what display is in it now?"),
     c("2009 Magnum. Has the Pro 600 screen, I think.", None),
     t("The Pro 600 works with our kit. Receiver and steering motor are eighty-nine hundred installed."),
     c("Eighty-nine. That's more than I figured to spend on an old tractor.", "too_expensive"),
     t("It is a lot. Before anything, I'd check your display's software, some older 600s need an update before our kit talks to them. Can I come look Monday?"),
     c("Monday's fine. I'm home all day.", None)]
PAIRS.append(rpair(P + "f06_sdakota_autosteer_retrofit",
 "A farmer asks about auto-steer for an older tractor. Worse closes the order before checking it works with his display.", s,
 w(s, 5, t("It pays back in overlap. I can order it today and we'll install next week. Shall I put it through?"),
   c("I guess. If you're sure it works on mine.", None))))

s = [c("Couldn't get in the east section at all. Water standin till June. Want to file prevented planting.", None),
     t("That spring was awful up there. How many acres, and was it in wheat last year?"),
     c("Three-twenty. Wheat last year. We got the rest in, just not that section.", None),
     t("Okay. The adjuster will want pictures of the standing water, and your dates. Do you have any?"),
     c("Took pictures on my phone. Dates are on em. Neighbors were the same.", None),
     t("Good. I'll open the claim today and send the adjuster those. You'll hear within two weeks, and I'll call if they need more."),
     c("Okay. Thanks.", None)]
PAIRS.append(rpair(P + "f07_ndakota_crop_insurance_prevent_plant",
 "A North Dakota farmer files a prevented-planting claim. Worse doubts that he could not plant.", s,
 w(s, 3, t("Okay. Now I have to ask: you sure you couldn't have planted it? We see a lot of guys who just didn't want to. Any proof?"),
   c("You callin me a liar? I got pictures with dates. Neighbors were the same.", None))))

s = [c("Nurse said call about my blood test. What's it say.", None),
     t("Hi Mr. Vogt. Your sugar test came back high, higher than last year."),
     c("How high.", None),
     t("High enough that it's diabetes now, early on. Dr. Ruiz wants to start a pill, one with breakfast, one with supper, and check your kidneys and cholesterol next blood draw."),
     c("Diabetes. My dad had that. Lost a foot.", None),
     t("That was often before the pills we have now. Caught early like this, most people do well. Can you come in next week to go over it with her?"),
     c("Not till after chores. Afternoons. Wednesday.", None),
     t("Wednesday at two, then.")]
PAIRS.append(rpair(P + "f08_nebraska_clinic_sugar_results",
 "A clinic nurse gives a farmer his blood results. Worse uses unexplained medical shorthand.", s,
 w(s, 3, t("Your A1c is six-eight, so you're in the T2DM range. She wants metformin five hundred BID, plus a CMP and lipid panel next draw."),
   c("I don't know what none of that means. Is it diabetes? My dad had that. Lost a foot.", None))))

s = [c("Lookin for a truck. Mine's got a cracked head.", None),
     t("Sorry to hear. What do you use it for mostly, and what's the budget?"),
     c("Feed and fence. Pull a little flatbed. Don't want a payment over four hundred.", None),
     t("Under four hundred a month, pulling a flatbed. A used half-ton like that '17 Ford would land around three-eighty with some down. Do you have anything down?"),
     c("Two grand, and whatever the old truck's worth for parts.", None),
     t("That helps. Let's drive it, then run the numbers both ways, with and without the old truck."),
     c("Yeah. Let's drive it.", None)]
PAIRS.append(rpair(P + "f09_oklahoma_pickup_ranch_hand",
 "A young ranch hand needs a work truck. Worse recommends a new diesel before asking anything.", s,
 w(s, 1, t("I got just the thing. Brand-new three-quarter ton diesel, fifty-eight thousand, it'll do anything."),
   c("I can't carry a payment like that. Feed and fence, pull a little flatbed. Don't want over four hundred a month.", "no_money"))))

s = [c("We bought the old Peters place. Need propane hooked up before it gets cold.", None),
     t("Welcome. Is there a tank there already, and do you know who owns it?"),
     c("There's a tank. Don't know whose. Got a sticker from some outfit in Hays.", None),
     t("That company likely owns it; we'd set our own and they'd pull theirs. What runs on gas, furnace, water heater, stove?"),
     c("Furnace and water heater. Stove's electric.", None),
     t("Then a five-hundred-gallon tank is plenty. Setting it and the safety check are free if you fill with us. I can have it there Tuesday."),
     c("Tuesday's fine. I'll be home.", None)]
PAIRS.append(rpair(P + "f10_kansas_propane_new_account",
 "New owners of an old farmstead sign up for propane. Worse talks about himself instead of them.", s,
 w(s, 3, t("Oh, I know the Peters place! We looked at it ourselves in '09. I wanted the shop, my wife wanted the kitchen. We heated with wood till my back went. Anyway, what runs on gas?"),
   c("Furnace and water heater. We're kind of in a hurry here.", None))))
