"""b158 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it.
Hand-written for this set."""
from common import c, rpair, t

# f01 argues with the customer
a0 = c("Hi, I think my panels need cleaning? Production dropped like 20 percent since spring, says the app.", None)
a1 = t("Worth a look. Was it a slow slide or a sudden drop on a certain day?")
a2 = c("Kind of sudden, end of May maybe. We had that big dust storm.", None)
a5 = t("Four low together sounds like one string, maybe a loose connector. I'd clean everything, 129, and test that string while I'm up there, no extra charge.")
a6 = c("Can you just do the cleaning for now? Money's tight this month.", "no_money")
a7 = t("Sure. I'll clean and test, and if it needs a part, you get the price before I touch anything. Friday morning?")
F01 = rpair("b158r_f01_tucson_panel_cleaning", "Solar panel cleaning, Tucson AZ: production dropped after a dust storm.",
 [a0, a1, a2, t("A haboob can coat panels fast, so cleaning may be all it is. A sudden drop can also mean part of the system went down. Does the app show all panels about the same?"),
  c("Hang on... no, four of them are way lower than the rest.", None), a5, a6, a7],
 [a0, a1, a2, t("Honestly, dust storms don't knock off 20 percent, that's a myth, I'd bet it's not dirt at all. Does the app show all panels about the same?"),
  c("I mean, you can see the dirt from the street, but okay... four are way lower than the rest.", None), a5, a6, a7])

# f02 doubts the customer's honesty
b0 = c("Hey, returning the bike. Heads up, the rear derailleur got bent, I went down on a ledge on Slickrock.", None)
b1 = t("Oof, glad you're in one piece. Hurt at all?")
b2 = c("Scraped knee, that's it. It shifted weird after, so I walked the last bit.", None)
b5 = t("The hanger's 35 and I can straighten the derailleur, so 35 out of your 300 deposit. The damage policy covers the rest.")
b6 = c("35 is fair. I was bracing for way worse.", None)
b7 = t("Refunding the 265 to your card now, a couple of days to show. Take care of that knee.")
F02 = rpair("b158r_f02_moab_bike_return", "Bike rental, Moab UT: rider returns a bike with a bent derailleur after a crash.",
 [b0, b1, b2, t("Smart to walk it. Let me get it on the stand. Yeah, hanger's bent, derailleur's scratched."),
  c("How bad? Hoping it's not the whole deposit.", None), b5, b6, b7],
 [b0, b1, b2, t("Slickrock, huh? Lots of people say they crashed when they really dropped it off a rack. Let me get it on the stand. Yeah, hanger's bent."),
  c("Dude, I've got the scrape right here. Why would I make that up? How bad?", None), b5, b6, b7])

# f03 drops the price before asking anything
d0 = c("Hi, thinking of renting a couple side-by-sides for Saturday, just looking at options.", None)
d3 = t("Then two four-seaters work. Guide, or on your own?")
d4 = c("On our own. Is the guide extra? We're watching money this trip.", "no_money")
d5 = t("Guide's 150 for the group. Without, I'll mark the easy dunes on a map for your first hour. Half day or full?")
d6 = c("Half day. Let me check with the others and call you tonight.", "think_it_over")
F03 = rpair("b158r_f03_sandhollow_utv_rental", "Side-by-side rental, Sand Hollow UT: group shopping for Saturday.",
 [d0, t("Sure. How many people, and have you driven one before?"),
  c("Four of us, two drivers. We rode at Glamis once, years ago.", None), d3, d4, d5, d6],
 [d0, t("Sure! I'll knock 20 percent off right now, 280 a machine instead of 350. How many people, driven one before?"),
  c("Uh, thanks? Why's it cheaper already? Four of us, two drivers, rode Glamis once.", None), d3, d4, d5, d6])

# f04 unasked lecture
e0 = c("Hi, my pool's cloudy. Tested it, chlorine's low. What do I need?", None)
e1 = t("Okay. Do you have the numbers, chlorine, pH, stabilizer?")
e2 = c("Chlorine's near zero. pH like 7.8. Didn't test stabilizer.", None)
e5 = t("Stabilizer's 110, high, so the chlorine can't work well. Best fix is draining about a third, or keep shocking, but it'll stay cloudy.")
e6 = c("Drain a third in July? With water bills here? I don't love that.", "too_expensive")
e7 = t("Fair. Shock tonight, check in two days, drain only if it's still cloudy. Two bags is 18.")
F04 = rpair("b158r_f04_lasvegas_pool_supply", "Pool supply store, Las Vegas NV: customer with a cloudy pool and low chlorine.",
 [e0, e1, e2, t("Then shock tonight, two bags, after sunset so the sun doesn't eat it. Brought a water sample? I'll test stabilizer."),
  c("It's in the car, one sec.", None), e5, e6, e7],
 [e0, e1, e2, t("This is why you test daily in summer. Most people let it slide, then come in green. Pool ownership's a responsibility. Shock tonight, two bags. Got a sample?"),
  c("I do test. I was out of town a week. Sample's in the car.", None), e5, e6, e7])

# f05 vague next step
g0 = c("Hi, I sent in a request to put solar on my roof three weeks ago. My installer's waiting on HOA approval.", None)
g1 = t("Let me look. Address?")
g2 = c("8821 Falcon Ridge. Installer's Rocky Mountain Sun.", None)
g3 = t("Found it. The committee needs a drawing showing panels stay below the roofline, that's all that's missing. Did your installer send a layout?")
g4 = c("They did, I can forward it. Honestly, three weeks already. I'm annoyed.", None)
g7 = t("Thanks for sticking with it, and sorry about the wait.")
F05 = rpair("b158r_f05_highlandsranch_hoa_solar", "HOA management, Highlands Ranch CO: solar request stuck for three weeks.",
 [g0, g1, g2, g3, g4, t("Understood. Send it to the architecture inbox today, the committee meets Thursday, and I'll email you the decision by Friday noon."),
  c("Thursday, Friday noon. Got it.", None), g7],
 [g0, g1, g2, g3, g4, t("Understood. Send it over and we'll get back to you once the committee looks at it."),
  c("And when's that? Last time I asked the HOA something I waited two months.", None), g7])

# f06 over-promises
h0 = c("We signed with y'all in March and the panels still aren't on. My neighbor's installer did theirs in three weeks.", None)
h1 = t("Sorry, that's a long wait. Let me check where it's at. Name on the account?")
h2 = c("Baca. Martin Baca, on Griegos.", None)
h3 = t("Found it. The permit's approved, but PNM hasn't approved the grid connection yet, that's what's holding the install.")
h4 = c("So I just wait? I'm still paying the full electric bill.", None)
h7 = t("Understood. I've noted your file, and my direct line's on the email I'm sending now.")
F06 = rpair("b158r_f06_albuquerque_solar_delay", "Rooftop solar installer, Albuquerque NM: customer waiting since March for install.",
 [h0, h1, h2, h3, h4, t("PNM's running four to six weeks. I'll call them today to check nothing's missing, and I'll call you Friday either way."),
  c("Okay, Friday. Honestly my wife's asking if we should cancel.", "think_it_over"), h7],
 [h0, h1, h2, h3, h4, t("I'll get it pushed through. I guarantee panels on your roof in two weeks, tops."),
  c("Two weeks? Okay. I'm holding you to that.", None), h7])

# f07 closes before checking the repair works
k0 = c("Picking up my RV, the generator wasn't starting. Y'all said it's fixed?", None)
k1 = t("Yes sir. Clogged carburetor, the tech cleaned it and replaced the fuel filter.")
k2 = c("Good. It sat all winter, figured something like that.", None)
k3 = t("That's usually it after sitting. Parts and labor is 285.")
k4 = c("285, eh. More than I hoped, but okay.", "too_expensive")
F07 = rpair("b158r_f07_lascruces_rv_generator", "RV service, Las Cruces NM: owner picks up an RV after a generator repair.",
 [k0, k1, k2, k3, k4, t("Before you sign, let's fire it up together and run the AC on it, so you know it holds a load."),
  c("Yeah, let's. Last shop 'fixed' it and it died on me at Elephant Butte.", None)],
 [k0, k1, k2, k3, k4, t("Great, just sign here and you're good to go. Keys are on the dash."),
  c("Can we start it first? Last shop 'fixed' it and it died on me at Elephant Butte.", "bad_experience")])

# f08 recommends before asking
m0 = c("Hi, I need a snowboard rental for two days.", None)
m3 = t("Then a softer, shorter board is way more forgiving. Our beginner-intermediate one is 38 a day with boots. Boot size?")
m4 = c("Nine. 38's fine.", None)
m5 = t("Cool. Stick to Strawberry Hill the first morning, Taos gets steep fast. Back by four on day two.")
m6 = c("Sounds good, thanks.", None)
F08 = rpair("b158r_f08_taos_snowboard_rental", "Ski and board rental, Taos NM: customer asks for a two-day board rental.",
 [m0, t("Sure. Ridden much? Regular or goofy?"),
  c("Couple times, in Oregon. Goofy. Still catching edges a lot.", None), m3, m4, m5, m6],
 [m0, t("Sure. You'll want our performance board, 62 a day, great for the Taos steeps."),
  c("Uh, I've only been a couple times. Still catching edges a lot. Goofy, if that matters.", "no_need"), m3, m4, m5, m6])

# f09 unexplained jargon
n0 = c("Hey, I've got solar already, wondering if a battery's worth it. Rocky Mountain Power keeps changing stuff.", None)
n1 = t("Good thing to ask before spending money. System size, and your bill in spring versus summer?")
n2 = c("7 kilowatts, I think. Bill's like 20 bucks in spring, 110 in August.", None)
n5 = t("A 13 kilowatt-hour battery is about 12,000 installed, 8,400 after the 30 percent credit. At 35 a month, that's twenty years, longer than its warranty.")
n6 = c("Twenty years? Yeah, not worth it for me right now.", "too_expensive")
n7 = t("Agreed, for you it probably isn't yet. If prices drop or rates change again, call me and I'll rerun it.")
F09 = rpair("b158r_f09_stgeorge_solar_battery", "Solar and battery installer, St. George UT: owner with solar asks if a battery pays.",
 [n0, n1, n2, t("The power company now pays you less for what you send back than it charges for what you use. A battery stores your extra daytime power for the evening. For you, maybe 30 to 40 a month."),
  c("Oh, okay. So it'd take a while to pay off?", None), n5, n6, n7],
 [n0, n1, n2, t("Under the new export credit rate your avoided cost is way below retail, so a battery in self-consumption mode with TOU arbitrage cuts your effective rate. Maybe 30 to 40 a month."),
  c("I... didn't follow any of that. So it'd take a while to pay off?", None), n5, n6, n7])

# f10 talks about themselves
p0 = c("Hi, we want a patio out back, flagstone maybe, room for a table and a chiminea. Nothing huge.", None)
p1 = t("Sounds nice. How many usually sit out there, and where does the afternoon sun hit?")
p2 = c("Usually just us two, six with the grandkids. Sun's brutal after three.", None)
p5 = t("Flagstone at 14 by 16 is around 7,500 installed. A pergola on the west side adds 4,000 to 5,000.")
p6 = c("More than we figured. And the last guy who bid it never showed up to do the work, so we're wary.", "too_expensive")
p7 = t("Makes sense. We can do the patio now, pergola later, patio paid in two stages. Want me to measure next week?")
F10 = rpair("b158r_f10_santafe_flagstone_patio", "Hardscape contractor, Santa Fe NM: couple wants a flagstone patio.",
 [p0, p1, p2, t("So room for six and shade after three. A 14 by 16 fits a table for six plus the chiminea, and a west-side pergola blocks that sun."),
  c("Ooh, a pergola, hadn't thought of that. What does it all run?", None), p5, p6, p7],
 [p0, p1, p2, t("Oh, I know all about that. I built my own patio in Eldorado last year, three months, did a pergola too, my wife picked Spanish tile, we had everyone over for the Fourth. Anyway, 14 by 16 fits six."),
  c("That's nice. Um, what would all that run, for us?", None), p5, p6, p7])

PAIRS = [F01, F02, F03, F04, F05, F06, F07, F08, F09, F10]
