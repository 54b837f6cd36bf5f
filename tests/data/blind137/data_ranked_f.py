"""Ranked pairs f01-f10 (blind137): same turns except one fault in worse and the reaction. Written by hand."""
from common import c, rpair, t

P = []

# f01 argues with the customer
O = c("Hi, the portions in the 2-serving box got smaller. The pasta last week barely fed one of us.", None)
T1 = t("Thanks for telling me. Which recipe, and was it the protein or the pasta that seemed short?")
C1 = c("The shrimp linguine. Both honestly, like six shrimp total.", None)
G = t("Six for two is low; it should be 10 to 12. Let me check the batch... yes, that week's shrimp was short-packed. I'll credit the meal, $22.")
GC = c("Oh, okay. I thought I was going crazy.", None)
B = t("I'd have to disagree there. Portions are machine-weighed and haven't changed; two servings is two servings. Let me check anyway... that week's shrimp was short-packed. I'll credit $22.")
BC = c("So it wasn't in my head. You could've checked before telling me I'm wrong.", None)
T3 = t("If a box looks short again, send a photo in the app and we credit it the same day. Want me to flag your account for the packers?")
C3 = c("Flag it, sure. But one more short box and we cancel; we quit another kit company over exactly this.", "bad_experience")
P.append(rpair("b137r_f01_calgary_mealkit_portions", "Phone. Subscriber says portions shrank.",
               [O, T1, C1, G, GC, T3, C3], [O, T1, C1, B, BC, T3, C3]))

# f02 doubts the customer's honesty
O = c("hi i got charged $150 for not returning my modem but i dropped it at the ups store in march. i have the receipt somewhere", None)
T1 = t("Sorry about that charge. Do you still have the receipt or the tracking number?")
C1 = c("found it, tracking ends 7730, march 12", None)
G = t("Thanks. I see it: delivered to our warehouse March 15 but never scanned to your account. That's on our side.")
GC = c("ok good so you see it", None)
B = t("Hmm, a lot of people say they returned equipment when they didn't. Are you sure it was our modem? Let me check... delivered March 15, not scanned to your account.")
BC = c("yes im sure. why would i lie about a modem", None)
T3 = t("I'm reversing the $150 now; credit in 3-5 business days, confirmation by email with the tracking number.")
C3 = c("ok thanks. i was about to switch providers over this", None)
P.append(rpair("b137r_f02_spokane_isp_modem_fee", "Typed chat. Charged for equipment already returned.",
               [O, T1, C1, G, GC, T3, C3], [O, T1, C1, B, BC, T3, C3]))

# f03 drops the price before asking anything
O = c("Good morning. My husband and I winter in Orlando, in a condo, and we're back in Ontario May to November. We wonder about an alarm for when it's empty.", None)
G = t("Good morning! Common setup. What worries you most in the empty months: break-ins, water leaks, the AC failing in the heat?")
GC = c("Water, honestly. The unit above had a leak last summer and nobody knew for weeks.", None)
B = t("Good morning! For snowbirds I can take 20% off straight away. What worries you most in the empty months: break-ins, water leaks, the AC failing?")
BC = c("Well, we don't know what we need yet... water, honestly. The unit above had a leak last summer and nobody knew for weeks.", None)
T2 = t("Then leak sensors under sinks, water heater and AC, plus a temperature sensor, matter more than door sensors. We'd call you, and your condo manager if you like, the minute one trips.")
C2 = c("That's what we want. We're on a pension, so we look at every dollar.", None)
T3 = t("I'll email a quote for the leak and temperature kit. You can pause monitoring for the months you're there.")
C3 = c("Thank you. Let me go over it with my husband tonight, he does the budget.", "think_it_over")
P.append(rpair("b137r_f03_orlando_alarm_snowbird_condo", "Phone. Snowbird couple asks about monitoring an empty condo.",
               [O, G, GC, T2, C2, T3, C3], [O, B, BC, T2, C2, T3, C3]))

# f04 unasked lecture
O = c("Hi, since last week's dust storm my solar app shows production down like 30%. Do I need to clean the panels or is something broken?", None)
T1 = t("Thanks for checking. Has it recovered at all since the rain on Sunday?")
C1 = c("A little Sunday, but it's still about 20% low.", None)
G = t("That pattern usually means dust, not a fault. Your lease includes one cleaning a year, and you haven't used it.")
GC = c("Oh, I didn't know that was included.", None)
B = t("That pattern usually means dust. Honestly, this is why solar matters here: New Mexico has some of the best sun anywhere, and every roof is a step away from coal and gas. Your lease includes one cleaning a year, unused.")
BC = c("Uh, okay, I already have the panels, I don't need the speech. So the cleaning's included?", None)
T3 = t("Yes. The crew can come Thursday morning; they don't need you home. If output isn't back within 5% after cleaning, we send a technician.")
C3 = c("I'm at work Thursday, but if they don't need me, fine.", None)
P.append(rpair("b137r_f04_albuquerque_solar_dust", "Phone. Production dropped after a dust storm.",
               [O, T1, C1, G, GC, T3, C3], [O, T1, C1, B, BC, T3, C3]))

# f05 vague next step
O = c("Hi, I live in a condo in Hamilton and the board says I can have a charger at my parking spot if I pay for everything. Do you do condos?", None)
T1 = t("We do, fairly often. How far is your spot from the electrical room, and who's the property manager?")
C1 = c("About 30 metres, same level. The manager is Sandra at Bayview Property.", None)
T2 = t("Condo jobs need a load study and a written agreement with the board. The study is $450; the install likely $3,000 to $4,500 with that distance.")
C2 = c("Wow, that's way more than my friend paid at his house.", "too_expensive")
G = t("Condos usually cost more, the long wire run and the study add up, and the study gives you an exact number first. Next step: I call Sandra tomorrow to book the room visit and email you the study agreement today; results within two weeks.")
GC = c("Okay, that's clear. Send it.", None)
B = t("Condos usually cost more, the long wire run and the study add up, and the study gives you an exact number first. We'll reach out to Sandra at some point and let you know how it goes.")
BC = c("At some point? Okay... I'll wait to hear, I guess.", None)
P.append(rpair("b137r_f05_hamilton_ev_condo", "Phone. Condo owner asks about a charger at her parking spot.",
               [O, T1, C1, T2, C2, G, GC], [O, T1, C1, T2, C2, B, BC]))

# f06 over-promises
O = c("Hi, I just moved to Seminole Heights and I start a remote job Monday. I need internet by then. What can you do?", None)
T1 = t("Congrats on the job. What's the address? I'll check fiber and the earliest install.")
C1 = c("4107 North Central Avenue, apartment 2.", None)
G = t("Fiber's there. Earliest is Friday 1-5 pm, but the building may need a line from the street, which can add days; I won't know till the tech's there. To be safe, I can send a free hotspot for 14 days.")
GC = c("Okay, a backup makes me feel better. Yes, send it.", None)
B = t("Fiber's there. I'll get you installed Friday 1-5 pm, and you'll be online before Monday, 100% guaranteed, no problem at all.")
BC = c("Great, so I don't need a backup plan. Perfect.", None)
T3 = t("The plan is 300 megabit, $55 a month, no contract. You'll get a text Friday morning with the tech's name.")
C3 = c("Fifty-five is a bit more than my old place, but fine, I need it.", None)
P.append(rpair("b137r_f06_tampa_isp_new_job", "Phone. New remote worker needs internet before Monday.",
               [O, T1, C1, G, GC, T3, C3], [O, T1, C1, B, BC, T3, C3]))

# f07 closes before checking it works
O = c("Hi, I just swapped my old thermostat for yours and the screen says 'No power to Rh'. The furnace is off and it's cold.", None)
T1 = t("Let's fix it. With the breaker off, which letters have wires, and is there one in C?")
C1 = c("R, W, G, Y and C. Wait, the red one's in Rc, not Rh. Does that matter?", None)
T2 = t("It does with some furnaces. Move red to Rh until the tab clicks, then breaker back on.")
C2 = c("Okay... done. Screen says 'Connected'.", None)
G = t("Good. Before we hang up, set Heat to 72 and tell me if the furnace starts in a minute or two.")
GC = c("...Yes, it's running. Warm air from the vents.", None)
B = t("Great, you're all set! I'll close the ticket. Thanks for choosing us.")
BC = c("Wait, it says connected but I don't hear the furnace. Hello?", None)
P.append(rpair("b137r_f07_madison_thermostat_diy_wiring", "Phone. DIY install shows a power error.",
               [O, T1, C1, T2, C2, G, GC], [O, T1, C1, T2, C2, B, BC]))

# f08 recommends before asking
O = c("Hey, I run a house-cleaning business, me and three cleaners. I'm drowning in invoices. What plan do I need?", None)
G = t("Let's see. How many invoices a month, and how do clients pay you?")
GC = c("About 80, mostly the same clients every two weeks. Half pay by check, half by app, it's a mess.", None)
B = t("You'll want Pro, $60 a month: recurring invoices, online payments, payroll for your cleaners. How many invoices a month, and how do clients pay?")
BC = c("Payroll? My accountant does that... Uh, about 80, mostly the same clients every two weeks. Half by check, half by app.", "no_need")
T2 = t("Then recurring invoices are the big win: set each client once, invoices go out every two weeks with a pay link. That's in Starter, $25 a month.")
C2 = c("Twenty-five I can do. My older clients will still mail checks though.", None)
T3 = t("Fine: mark checks paid in two taps. Want a 14-day trial, and I'll set up your first five clients on a call?")
C3 = c("Not this week, I'm covering shifts. Next Tuesday?", "no_time")
P.append(rpair("b137r_f08_saltlake_saas_cleaning_invoices", "Typed chat. Small cleaning business asks which plan.",
               [O, G, GC, T2, C2, T3, C3], [O, B, BC, T2, C2, T3, C3]))

# f09 unexplained jargon
O = c("Hello, I'm on a solar contract with you, and my neighbour says new rules make solar worse now. Should I worry about my bill?", None)
T1 = t("Good question. When did your system turn on? That decides which rules you're on.")
C1 = c("2021, April I think.", None)
G = t("Then you keep the older rules for 20 years from when you connected. The new rules pay less for extra power you send to the grid, but only for systems connected after April 2023.")
GC = c("Oh, good. So my bill works like before?", None)
B = t("Then you're grandfathered on NEM 2 with retail export credits for 20 years from PTO, so the ACC avoided-cost export rates under NEM 3 don't touch your true-up.")
BC = c("I'm sorry, I didn't understand any of that. Is my bill going up or not?", None)
T3 = t("The new rules don't change your bill. And if you sell, the new owner keeps the same terms.")
C3 = c("What a relief. My daughter wanted a battery because of this, but I don't think we need one.", None)
P.append(rpair("b137r_f09_fresno_solar_new_rules", "Phone. Elderly customer worried by new solar rules.",
               [O, T1, C1, G, GC, T3, C3], [O, T1, C1, B, BC, T3, C3]))

# f10 talks about themselves
O = c("Hi, um, my neighbour's shed got broken into last week and I'm on my own with a baby. What would a basic alarm be?", None)
T1 = t("I'm sorry, that's unsettling. Is it the house you want covered, or the shed and yard too?")
C1 = c("The house. Nights mostly. I just want to know if someone's trying to get in.", None)
G = t("Then door sensors front and back, a motion sensor downstairs, and a keypad by your bedroom, so you can arm it at night without going down.")
GC = c("A keypad upstairs, that's smart. That's what I need.", None)
B = t("Oh, I totally get it. When my place in Mount Pearl was broken into, I didn't sleep for a month. Cameras everywhere, two dogs, my wife thought I'd lost it. Anyway: door sensors, a motion sensor, and a keypad by your bedroom.")
BC = c("Oh... sorry to hear that. Um, a keypad upstairs, okay.", None)
T3 = t("Equipment is $199. Our monitoring is $32 a month; or self-monitoring, where the app alerts your phone and you call 911, has no monthly fee.")
C3 = c("Thirty-two a month on mat leave, I really can't. The free one maybe.", "no_money")
P.append(rpair("b137r_f10_stjohns_alarm_new_mother", "Phone. Shy new mother asks about a basic alarm.",
               [O, T1, C1, G, GC, T3, C3], [O, T1, C1, B, BC, T3, C3]))

PAIRS = P
