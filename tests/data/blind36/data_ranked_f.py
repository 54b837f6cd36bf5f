"""Ranked pairs f01-f10: the two sides share the same turns (same variables) except for
ONE real fault in `worse`, in the order the spec gives. Written by hand."""
from common import c, rpair, t

PAIRS = []

# f01 -- argues with the customer. Grocery delivery, Austin (US), consumer, typed
O = c("hey my order came today and the eggs and milk arent in the bags, and the strawberries are moldy on the bottom. order #A-55231", None)
T1 = t("Hi, so sorry about that! I've got the order open, give me a sec to look at what was packed.")
C1 = c("sure. i need the eggs for a birthday cake tonight lol", None)
FIX = t("I'm refunding the eggs, milk and strawberries, $14.27, and I can put a free priority delivery on a new order so the eggs get there before the cake. Want that?")
PAIRS.append(rpair(
    "b36r_f01_grocerydelivery_austin",
    "A customer tells a grocery delivery service's chat that eggs and milk were missing from her order and the strawberries are mouldy; she needs eggs for a cake tonight.",
    [O, T1, C1, FIX,
     c("yes pls that would save me \U0001F64F", None),
     t("Done, 4-5pm slot, no fee. The refund is back on your card in 3-5 days."),
     c("perfect thank u", None)],
    [O, T1, C1,
     t("Okay, the packing log shows the eggs and milk were scanned into your bags, so they did leave the store. And strawberries can go moldy pretty fast if they sit out after delivery, that's not really a packing issue."),
     c("they were NOT in the bags, i unpacked it myself. and the mold is under the label, it didnt grow in 10 min on my counter", None),
     FIX,
     c("fine. yes do the delivery", None)]))

# f02 -- doubts the customer's honesty. Parcel courier, Sharjah (UAE), consumer, spoken, non-native
O = c("Hello, I'm calling about my parcel, tracking 7741-SHJ. It says 'delivery attempted, customer not available' at 2:10. I was home the whole day, sitting in my living room. Nobody rang the bell, nobody called me.", None)
T1 = t("I'm sorry about that, madam. Let me check the tracking... yes, I see the attempt at 2:10 in Al Majaz.")
C1 = c("So what happens now? It's medicine for my son, from a pharmacy in Dubai.", None)
T3 = t("Between four and seven this evening. You'll get an SMS with the driver's number when he's on his way.")
PAIRS.append(rpair(
    "b36r_f02_courier_sharjah",
    "A mother in Sharjah calls a courier company because her son's medicine was marked 'customer not available' although she was at home all day.",
    [O, T1, C1,
     t("I'll book a priority redelivery for today, with a note for the driver to call you before arriving. And I'm reporting this attempt to the supervisor, because if nobody called you, it shouldn't be marked as attempted."),
     c("Thank you. What time, roughly?", None),
     T3,
     c("OK, thank you, I'll keep my phone close.", None)],
    [O, T1, C1,
     t("Are you sure you were home, madam? Maybe you didn't hear the bell; the driver's GPS shows he was at the building, and sometimes customers step out for a few minutes. Anyway, I'll book a priority redelivery for today, with a note for the driver to call you before arriving."),
     c("I am telling you I was home. My phone was in my hand, no call. Why would I lie about this? ...What time, roughly?", None),
     T3,
     c("Fine. But this time I want him to call.", None)]))

# f03 -- haggles on price at once. Kitchen renovation, Galway (Ireland), consumer, spoken
O = c("Hi, it's Siobh\u00e1n Duffy, you came out to measure the kitchen last week. I got the quote, eighteen and a half thousand. I'm not saying no, I just want to understand what's in it, because the other quote I got was fifteen.", None)
T1 = t("Hi Siobh\u00e1n, thanks for ringing. I have it here in front of me. Have you the other quote to hand as well, so we can compare like with like?")
C1 = c("I have, yeah. Theirs is fifteen, all in, they said.", None)
BREAKDOWN = t("The units are nine thousand, the quartz worktop is three-two, and about four thousand is fitting, plumbing and electrics, including moving the sink under the window. Does theirs mention moving the sink?")
PAIRS.append(rpair(
    "b36r_f03_kitchenfitter_galway",
    "A homeowner in Galway rings a kitchen fitter to understand what is in an 18,500 euro quote, because a competitor quoted 15,000.",
    [O, T1, C1, BREAKDOWN,
     c("Now you say it... no, theirs doesn't mention the sink at all. And their worktop is laminate.", None),
     t("That'd explain most of the gap. Have a look at both side by side, and if it helps, I'll call in Thursday and walk you through it in the kitchen."),
     c("Thursday would be great, actually.", None)],
    [O, T1, C1,
     t("Look, I'll tell you what, I can do it for sixteen and a half if you confirm this week. We'll meet you in the middle."),
     c("Hang on, you dropped two grand in ten seconds. What was the eighteen-five for, so? I only wanted to know what's in it.", None),
     BREAKDOWN,
     c("I'm not sure now, to be honest. I'll need to have a think and go through both again.", "think_it_over")]))

# f04 -- unasked advice / lecture. Pharmacy, Ottawa (Canada), consumer, spoken
O = c("Hey, evening. Do you have something for heartburn? Like, strong stuff. I had poutine and a few beers at the game and I'm dying here.", None)
T1 = t("Sure. Is this a once-in-a-while thing, or are you getting it most weeks? And are you on any other medications?")
C1 = c("Once in a while. Like, after game nights. No meds, just a multivitamin.", None)
T3 = t("Sure. They're eight ninety-nine. If you ever get it more than twice a week, mention it to your doctor.")
PAIRS.append(rpair(
    "b36r_f04_pharmacy_ottawa",
    "A man comes into an Ottawa pharmacy late in the evening asking for something for heartburn after a hockey game.",
    [O, T1, C1,
     t("Then for tonight a chewable antacid works in minutes, and if it's still bugging you in an hour you can take one of these acid reducers, it lasts longer."),
     c("Great, I'll grab the chewables.", None),
     T3,
     c("Will do. Thanks, man.", None)],
    [O, T1, C1,
     t("Then for tonight a chewable antacid works in minutes, and if it's still bugging you in an hour you can take one of these acid reducers. But honestly, you should look at the beer and the fried food. At your age that kind of eating catches up with you, and heartburn is your body telling you something. Have you thought about cutting back?"),
     c("Uh, I didn't ask for a diet plan, buddy. I just want the chewables.", None),
     T3,
     c("Yeah, yeah. Here.", None)]))

# f05 -- no date for the fix. Letting agency, Rabat (Morocco), consumer, typed (WhatsApp)
O = c("hi, its Megan in the Agdal apartment (3rd floor, rue Oued Sebou). the water heater died on saturday, no hot water at all. 3 days of cold showers \U0001F976 can someone fix it?", None)
T1 = t("Hello Megan, sorry for this. Is it the gas heater in the kitchen? When you open the hot tap, does it click, and does the flame come on?")
C1 = c("yes the gas one. it clicks but no flame. the gas bottle is new, i changed it monday", None)
PAIRS.append(rpair(
    "b36r_f05_lettingagency_rabat",
    "An American teacher renting a flat in Rabat messages her letting agency because the gas water heater has not worked for three days.",
    [O, T1, C1,
     t("Thank you. Then it's probably the igniter or the sensor, not the gas. Our plumber Rachid can come tomorrow, Wednesday, between 10 and 12. If he needs a part he buys it in Agdal the same day. Is someone home then?"),
     c("yes im working from home wednesday. 10-12 is fine", None),
     t("Perfect, I'll send you his number. And the repair is paid by the owner, not you."),
     c("amazing, thank you!!", None)],
    [O, T1, C1,
     t("Thank you. Then it's probably the igniter or the sensor, not the gas. I'll pass it to our plumber and he will come to fix it as soon as possible, inchallah."),
     c("as soon as possible when? today? this week? i need to plan, i cant keep showering at the gym", None),
     t("I understand, I'll tell him it's urgent. And the repair is paid by the owner, not you."),
     c("ok... ill wait i guess. please tell me when", None)]))

# f06 -- promises what can't be guaranteed. Auto repair garage, Boston (US), consumer, spoken
O = c("Hi, my car failed inspection this morning, check engine light. I know I've got sixty days to get it re-inspected, but honestly I need the sticker by next Friday, I'm driving up to my sister's wedding in Vermont.", None)
T1 = t("Okay, let's see. Did they give you a code, or the printout from the inspection?")
C1 = c("Yeah, it says P0420? Something about the catalyst.", None)
T3 = t("Eight's fine. If we're not open yet, leave the key in the drop box with your number on the envelope.")
PAIRS.append(rpair(
    "b36r_f06_autorepair_boston",
    "A woman whose car failed the state inspection because of the check-engine light asks a Boston garage to fix it before a trip in a week.",
    [O, T1, C1,
     t("P0420 is usually the catalytic converter or the oxygen sensor in front of it. We'll test the sensor first, that's the cheap fix, about two-forty; a converter is more like twelve hundred. After any repair the car needs a few days of driving before the computer's ready for re-inspection, so I can't promise the sticker by Friday, but bring it in tomorrow and we'll give it the best shot."),
     c("Okay, that's honest. Tomorrow at eight?", None),
     T3,
     c("Will do, thanks.", None)],
    [O, T1, C1,
     t("P0420 is usually the catalytic converter or the oxygen sensor in front of it. Don't worry, bring it in tomorrow, we'll fix it and I guarantee you'll have your sticker by Friday. A hundred percent."),
     c("A hundred percent? Great, because if I don't have it I'm renting a car, and that's like four hundred bucks. Tomorrow at eight?", None),
     T3,
     c("Perfect, see you at eight.", None)]))

# f07 -- doesn't check the fix worked. Smart thermostat support, Liverpool (UK), consumer, typed
O = c("hiya, my thermostat says offline on the app since we got a new router on friday. heatings just stuck on 18. how do i fix it", None)
T1 = t("Hi! That's usually because it's still trying to join the old wifi. On the thermostat go to Settings > Network > Wi-Fi, pick your new network and type the password. Shout when you've done it.")
C1 = c("ok done that, it says connected on the screen now", None)
PAIRS.append(rpair(
    "b36r_f07_smartthermostat_liverpool",
    "A customer in Liverpool writes to a smart-thermostat maker's support chat because the thermostat went offline after a router change.",
    [O, T1, C1,
     t("Brilliant. Can you open the app, pull down to refresh, and tell me if it shows online? Then set it to 20 from the app and see if the thermostat screen changes."),
     c("app says online \U0001F44D set it to 20... screen changed to 20 and i can hear the boiler kick in", None),
     t("Perfect, that's it working end to end. If it ever drops again, restarting the thermostat usually makes it pick the network back up."),
     c("ta very much!", None)],
    [O, T1, C1,
     t("Brilliant, that should be it sorted then! Is there anything else I can help with today?"),
     c("erm, the app still says offline tho? should i wait?", None),
     t("Ah, sometimes it takes a minute. Try pulling down to refresh the app."),
     c("ok... its online now. wouldve been nice if youd checked tho", None)]))

# f08 -- recommends before asking. Paint and hardware store, Minneapolis (US), consumer, spoken
O = c("Hi, uh, I need paint for my bathroom. It's peeling pretty bad, and there's some black spots near the shower.", None)
T3 = t("Aisle seven. I'll walk you over and grab the mildew cleaner on the way.")
PAIRS.append(rpair(
    "b36r_f08_paintstore_minneapolis",
    "A homeowner at a Minneapolis paint and hardware store wants paint for a bathroom with peeling paint and black spots.",
    [O,
     t("Sure, we can sort that out. A couple of questions first: is the peeling on the walls or the ceiling, and do you know what's on there now, something glossy, maybe oil-based, or flat latex? And is there a fan in the bathroom?"),
     c("Ceiling, mostly. No fan, just a little window. And the old paint's shiny, the house is from the sixties.", None),
     t("That matters a lot: shiny paint from the sixties is probably oil-based, and latex peels right off it. You'd kill the black spots with a mildew cleaner, scrape, put on a bonding primer, then a mildew-resistant satin. Otherwise it'll peel again within a year."),
     c("Okay. Good thing I asked. Where's the primer?", None),
     T3],
    [O,
     t("Sure! What you want is our bathroom paint, the mildew-resistant satin. It's fifty-four a gallon, and one gallon does a normal bathroom. Want me to tint it?"),
     c("Uh, maybe? It's mostly the ceiling. The old paint's shiny, the house is from the sixties. Does that matter?", None),
     t("Oh, it does, actually. Shiny paint from the sixties is probably oil-based, and latex peels right off it. You'd kill the black spots with a mildew cleaner, scrape, put on a bonding primer, then the satin. Otherwise it'll peel again within a year."),
     c("Huh. So I'd have wasted fifty-four bucks. Okay... where's the primer?", None),
     T3]))

# f09 -- unexplained jargon. Home finance at a bank, Kuwait City (Kuwait), consumer, spoken, non-native
O = c("Good morning. I want to buy an apartment in Salmiya, about 85,000 dinars. It's my first time, I don't understand how the finance works. My salary is 1,400.", None)
T1 = t("Good morning, and congratulations on the apartment. Do you have a down payment saved, and any other loans at the moment?")
C1 = c("I have about 20,000. And a car loan, 180 dinars a month.", None)
T3 = t("Your salary certificate, three months of bank statements, your civil ID and a copy of the apartment's deed. Then I'll give you the exact numbers within two days.")
PAIRS.append(rpair(
    "b36r_f09_homefinance_kuwait",
    "An expatriate engineer in Kuwait City asks a bank adviser how home finance works for his first apartment.",
    [O, T1, C1,
     t("Thank you. There's a limit on how much of your salary can go to loan payments each month, all loans together. With 1,400 and the car loan, the home payment could be up to about 520 a month. In Islamic finance the bank buys the flat and sells it to you with a fixed profit, paid monthly. For 65,000 over fifteen years that's around 500 a month, so it fits, just."),
     c("OK, so it fits, but close. What do you need from me?", None),
     T3,
     c("Good, I'll bring them on Sunday.", None)],
    [O, T1, C1,
     t("Thank you. So with your DBR and the existing auto facility you're close to the cap. We'd structure it as a murabaha at a fixed profit rate, LTV around seventy-five percent, fifteen-year tenor, subject to salary assignment and the Ci-Net check."),
     c("Sorry... DBR? Ci-Net? I didn't understand anything. Can I get it or not? What do you need from me?", None),
     T3,
     c("OK... I'll bring them. But next time please explain me in simple words.", None)]))

# f10 -- talks about themselves instead of the next step. Hair salon, Edmonton (Canada), consumer, spoken
O = c("Hi, I was in on Saturday for highlights with Kayla, and... look at it. It's gone orange. Like, brassy orange. I have a job interview on Monday.", None)
T1 = t("Oh, yeah, I can see it, that's brassiness, the toner's faded or didn't take. I'm really sorry, that's not what you asked for.")
C1 = c("It looked okay in the salon, and then I washed it once and this happened.", None)
PAIRS.append(rpair(
    "b36r_f10_hairsalon_edmonton",
    "A client returns to an Edmonton salon because her new highlights turned brassy after one wash, days before a job interview.",
    [O, T1, C1,
     t("That happens when the toner doesn't grab. We'll fix it at no charge; a toning service takes about forty-five minutes. Kayla's booked up, but Priya, our colour lead, has Friday at two. Does that work before Monday?"),
     c("Friday at two is perfect. And it's free, you said?", None),
     t("Free. And Priya will give you a purple shampoo to keep it cool till your next visit."),
     c("Thank you, seriously.", None)],
    [O, T1, C1,
     t("That happens when the toner doesn't grab. Honestly, this exact thing happened to me when I went blonde in hair school. I cried for a whole day, my mom had to drive me back to the salon, and my instructor said it was the water in my apartment. That's when I got really into colour theory, actually."),
     c("Okay... but what are we doing about mine? The interview's Monday.", None),
     t("Right, sorry! We'll fix it at no charge. Priya, our colour lead, has Friday at two. Does that work?"),
     c("Yeah. Friday at two.", None)]))
