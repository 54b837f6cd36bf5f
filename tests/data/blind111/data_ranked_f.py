"""blind111 ranked pairs f01-f10 (shared turns; one fault in worse and the customer's reaction)."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer
O = c("Morning. That dripline you sold us in spring, half the drippers in the cherry block are blocked already. Not impressed.", None)
T1 = t("Sorry to hear it. Which block, and is it the ends of the lines or all over?")
C1 = c("Top block. All over, not just the ends. There's a white crust on them.", None)
T3 = t("Water round here is hard, and that crust is what it leaves. An acid flush clears the lines, and an injector stops it coming back, about nine hundred fitted. I'll send someone Wednesday to flush a line and test the water; no charge if it turns out to be our product.")
C3 = c("Alright, Wednesday. Test it first, then we'll talk about injectors.", "think_it_over")
PAIRS.append(rpair(
  "b111r_f01_kent_orchard_dripline",
  "Fruit grower near Faversham, Kent, rings his irrigation supplier: new drippers in a cherry orchard are blocking.",
  [O, T1, C1,
   t("A white crust sounds like lime from the water rather than the dripper itself. Is that block on the borehole or the reservoir?"),
   c("Borehole. The other blocks are on the reservoir, now you say it.", None),
   T3, C3],
  [O, T1, C1,
   t("Those drippers don't block, we've sold thousands. It'll be something your end. What's feeding that block?"),
   c("Don't tell me they don't block, I've a bag of blocked ones on the seat. It's the borehole, if you must know.", None),
   T3, C3]))

# f02 doubts the customer's honesty
O = c("Yeah, g'day. Those protein blocks I got a month ago, the cattle won't touch them. Forty blocks sitting there barely licked.", None)
T1 = t("That's no good. What cattle, and what's the feed like in that paddock?")
C1 = c("Weaners, about two hundred. There's a bit of green pick since that storm.", None)
T3 = t("By the trough's a good spot. With green pick about, I'd leave them, they keep. If they still aren't touching them in three weeks when it dries, ring me and I'll swap them for the molasses lick, no charge.")
C3 = c("Fair enough. I'll give it three weeks.", None)
PAIRS.append(rpair(
  "b111r_f02_new_england_nsw_lick_blocks",
  "Cattle producer near Armidale, NSW, rings his rural merchant: his weaners will not eat the protein blocks he bought.",
  [O, T1, C1,
   t("Green pick would explain it; with fresh feed about they won't bother with a lick. Once it dries off they usually come onto it. Where are the blocks?"),
   c("Round the trough mostly.", None),
   T3, C3],
  [O, T1, C1,
   t("Are you sure they're not eating them? People expect a block gone in a week. And you did put them where the cattle could actually get at them?"),
   c("Thirty years I've been doing this, mate. They're round the trough and they're not eating them.", None),
   T3, C3]))

# f03 drops the price before asking anything
O = c("Howdy. What do you all have in high-tensile wire? I'm fencing a new pasture.", None)
T2 = t("Five strands, alternating hot, is a good setup for cows. How long's the fence line, roughly?")
C2 = c("About a mile around the whole thing. Some of it's in the woods.", None)
T3 = t("A mile at five strands is about twenty-six thousand feet, so seven rolls, plus tensioners, insulators and a charger. In the woods, put in a cut-out switch so a fallen limb doesn't short the whole fence.")
C3 = c("Good thinking. Write me up a list; I'll price it against the co-op before I buy.", "think_it_over")
PAIRS.append(rpair(
  "b111r_f03_missouri_farm_store_ht_wire",
  "Cattle farmer near Springfield, Missouri, asks at a farm store about high-tensile wire for a new pasture.",
  [O,
   t("Twelve-and-a-half gauge in four-thousand-foot rolls. What are you keeping in, and is it going electric?"),
   c("Cattle. I was thinking five strands, every other one hot.", None),
   T2, C2, T3, C3],
  [O,
   t("Twelve-and-a-half gauge in four-thousand-foot rolls, and I'll knock ten percent off if you take it today. What are you keeping in?"),
   c("Ten off before I've said what I need? Something wrong with it? Anyway, cattle. Five strands, every other one hot.", None),
   T2, C2, T3, C3]))

# f04 unasked lecture
O = c("Hi, Bruce Hale. Need drench for about six hundred lambs. Had the egg count done last week, came back high.", None)
T1 = t("Thanks Bruce, I've got your egg count here, yes, it's high. What did you use last time?")
C1 = c("The triple combination. Did a drench test two years ago, it still worked fine then.", None)
T3 = t("Dose for the heaviest, thirty-five kilos. For six hundred that's a five-litre pack with a bit spare. I'll put in a kit for a count ten days after, so you know it worked. At the counter this afternoon.")
C3 = c("Sweet. I'll be in after three.", None)
PAIRS.append(rpair(
  "b111r_f04_manawatu_vet_lamb_drench",
  "Sheep farmer near Feilding, Manawatu, rings the vet clinic to order lamb drench after a faecal egg count.",
  [O, T1, C1,
   t("Good that you tested; if the triple worked then, it's a sensible choice again. What weights are they?"),
   c("Thirty to thirty-five kilos.", None),
   T3, C3],
  [O, T1, C1,
   t("Before we go on, I should explain drench resistance. Every drench selects for resistant worms, and New Zealand has some of the worst resistance anywhere. Farmers over-drench, don't test, don't leave refugia. Anyway, what weights?"),
   c("I know all that, I just told you I tested. Thirty to thirty-five kilos.", None),
   T3, C3]))

# f05 vague next step
O = c("Yeah, I'm looking at getting a pole barn put up, forty by sixty, for equipment. Wanted a price.", None)
T1 = t("Sure. What's going in it, and how tall a door for the biggest piece?")
C1 = c("Combine's the biggest. Sixteen-foot door at least, maybe eighteen.", None)
T2 = t("Eighteen to be safe, with a fourteen-foot eave. Got the site picked, and is it level?")
C2 = c("Behind the house. Pretty level, we'd need gravel brought in. I'd like it up before fall.", None)
PAIRS.append(rpair(
  "b111r_f05_kentucky_post_frame_barn",
  "Tobacco and cattle farmer near Bowling Green, Kentucky, calls a post-frame builder about an equipment barn.",
  [O, T1, C1, T2, C2,
   t("Before fall works if we start in August. I'll come Thursday at ten to see the site, and you'll have a written quote by the next Tuesday with both door sizes priced."),
   c("Thursday at ten's good.", None)],
  [O, T1, C1, T2, C2,
   t("Before fall should be doable. We'll get somebody out there at some point, put a quote together, and be in touch."),
   c("At some point? I'd like to know when. Last outfit I called never called back at all.", "bad_experience")]))

# f06 over-promises
O = c("Hello, it's Trevor at Polgrain. Grass is ready, I want first cut done. When can you get here?", None)
T1 = t("Morning Trevor. How many acres this time, clamp or bales?")
C1 = c("Ninety acres, all clamp. Same as last year.", None)
T2 = t("We're on Penhale now, then two others, and the weather looks set from Monday. Have you mown?")
C2 = c("Not yet. I'll mow when you say.", None)
PAIRS.append(rpair(
  "b111r_f06_cornwall_silage_contractor",
  "Dairy farmer near Launceston, Cornwall, rings an agricultural contractor in May to book first-cut silage.",
  [O, T1, C1, T2, C2,
   t("Realistically we'd be with you Tuesday, Wednesday at the latest. If the forecast changes I'll ring Monday night so you're not mowing for nothing."),
   c("Tuesday's fine. Ring me Monday, then.", None)],
  [O, T1, C1, T2, C2,
   t("We'll be with you Monday first thing, guaranteed, and the whole ninety in the clamp by Monday night, rain or shine."),
   c("All ninety in a day? You didn't manage that last year. I'll mow Sunday, but if you're not here Monday I'm ringing someone else.", "bad_experience")]))

# f07 closes before checking the thing works
O = c("G'day, want the RTK unlock for the seeding tractor. Sowing starts Monday.", None)
T1 = t("No worries. Text me the display serial and I'll send the code; it's nine-fifty for the season.")
C1 = c("Sent it. Right, code's in... says accepted.", None)
T3 = t("If it ever drops to float in the paddock it's usually the base station; ring me direct, I'm on from six during seeding.")
C3 = c("Righto. Cheers.", None)
PAIRS.append(rpair(
  "b111r_f07_mallee_rtk_unlock",
  "Grain grower near Ouyen in the Victorian Mallee rings his dealer's precision-ag desk for a guidance correction unlock before seeding.",
  [O, T1, C1,
   t("Good. Before you hang up, check the status screen shows RTK fixed, not float. Sometimes it takes a minute."),
   c("Hang on... float... now it says fixed. Good.", None),
   T3, C3],
  [O, T1, C1,
   t("Beauty, you're all set. I'll put the nine-fifty on your account and email the invoice. Anything else?"),
   c("Nah... hang on, the screen still says float, not fixed. Is that right?", None),
   T3, C3]))

# f08 recommends before asking
O = c("Morning. Time to think about rice seed for next year. What've you got that's good?", None)
T2 = t("Then on the east fields I'd go with a variety with a strong blast rating, and try the hybrid on one clean field, maybe a hundred and fifty acres, so you can compare side by side.")
C2 = c("That's more like it. What's the hybrid running an acre?", None)
T3 = t("About a hundred and eighty an acre for seed at the lower rate. I'll send blast ratings and the Arkansas County plot yields.")
C3 = c("Send 'em over. I'll look this weekend.", None)
PAIRS.append(rpair(
  "b111r_f08_arkansas_rice_seed",
  "Rice farmer near Stuttgart, Arkansas, calls his seed dealer about next year's varieties.",
  [O,
   t("Morning. Before I pick, how did this year go? Any blast or lodging, and are you on clay or silt loam?"),
   c("Clay mostly. Some blast on the east fields. I'd like to try a hybrid on part, the neighbor did well, though that seed price scares me.", "too_expensive"),
   T2, C2, T3, C3],
  [O,
   t("You want the new long-grain hybrid, best yields we've seen in the Delta, everybody's going with it. I'd put the whole farm in it."),
   c("The whole farm? I had blast on the east fields, and hybrid seed costs a fortune. I'd only try it on part.", "too_expensive"),
   T2, C2, T3, C3]))

# f09 unexplained jargon
O = c("Hi. I'm converting the old byre into an office and I'm not sure what to do with the floor. It's just concrete and it's freezing.", None)
T1 = t("Right. Is the concrete sound, and is any damp coming up through it?")
C1 = c("Sound enough. Bit damp in one corner after wet weather.", None)
T3 = t("Usually around a hundred mil of board, but it depends on the height you have under the door. Measure floor to the bottom of the door and I'll work out the options.")
C3 = c("Grand. I'll measure tonight, but I'll run the cost past my husband before I buy anything.", "think_it_over")
PAIRS.append(rpair(
  "b111r_f09_tyrone_merchant_byre_floor",
  "A farmer's daughter near Omagh, County Tyrone, asks a builders' merchant how to insulate the floor of a stone byre she is converting.",
  [O, T1, C1,
   t("Then first a heavy plastic sheet to stop damp coming up, then rigid insulation boards, then a floating floor or a screed on top. Building control will want a certain thickness of insulation; I can check that for you."),
   c("Okay, that makes sense. How thick would the boards be?", None),
   T3, C3],
  [O, T1, C1,
   t("You'll want a DPM down, then PIR, then either a floating chipboard deck or a screed. Building control will look at your U-value, so you need the right thickness for compliance."),
   c("Sorry, I don't know what half of that means. A DPM? PIR? How thick would it be?", None),
   T3, C3]))

# f10 talks about themselves
O = c("Hi, it's Jo at Te Wharau. Want to book the main shear for the ewes. About eighteen hundred.", None)
T1 = t("Kia ora Jo. When were you thinking, and how many stands in your shed?")
C1 = c("Early November, before tailing. Three stands. Had your lot last year, good crew.", None)
T3 = t("4th and 5th it is. Have them in and dry the night before, and if rain's forecast, house what you can. I'll text the day before with the crew's start time.")
C3 = c("Good. Thanks.", None)
PAIRS.append(rpair(
  "b111r_f10_wairarapa_shearing_booking",
  "Sheep farmer near Masterton, Wairarapa, rings a shearing contractor to book the main shear for 1,800 ewes.",
  [O, T1, C1,
   t("Three stands, eighteen hundred, that's two days. I've got the 4th and 5th or the 11th and 12th. Which suits your tailing?"),
   c("The 4th and 5th. Tailing's the week after.", None),
   T3, C3],
  [O, T1, C1,
   t("Good as. You know, I started as a rousie at fourteen, did my first four hundred a day at nineteen, shorn in Australia, Scotland, the lot. Anyway, 4th and 5th or 11th and 12th."),
   c("Right... 4th and 5th. I've got a dog going off here, can we be quick?", "no_time"),
   T3, C3]))
