"""Ranked pairs f01-f10 (blind134): both sides share every turn except one fault in worse and the reaction to it."""
from common import c, rpair, t

P = []

# f01 argues with the customer
o = c("Hi, a roofer did my flat roof on the extension last year and it's leaking again at the corner by the wall. I think he bodged it.", "bad_experience")
t1 = t("Sorry to hear that. Is the leak where the flat roof meets the house wall?")
c1 = c("Yes, that corner. It drips onto the kitchen window after heavy rain.", None)
gt = t("That joint's the usual weak point: the flashing or the upstand. If he relied on mastic there, it may have failed already. I'll look before I say more.")
gc = c("He used mastic, yes. Loads of it.", None)
bt = t("I doubt he bodged it. Felt roofs often leak at the wall, it's not necessarily bad work. People blame the last roofer too quickly.")
bc = c("It's a year old. I think I'm allowed to call that a bodge.", None)
t3 = t("I can come Monday morning, the look is free, and I'll take photos so you can go back to him if it's under guarantee.")
c3 = c("He's not answering my calls, that's why I rang you. Monday's fine.", None)
t4 = t("Monday at nine, then. If he stays quiet, I'll quote the repair and you decide.")
P.append(rpair("b134r_f01_bath_flat_roof_leak", "Roofer, Bath; flat-roof leak a year after another firm's work.",
 [o, t1, c1, gt, gc, t3, c3, t4], [o, t1, c1, bt, bc, t3, c3, t4]))

# f02 doubts the customer's honesty
o = c("Hello, my boiler's banging when the heating comes on. I'm on your cover.", None)
t1 = t("Let's get someone out. Postcode and first line of the address?")
c1 = c("LE2, 41 Evington Road.", None)
t2 = t("Thanks, I can see the plan. Any leaks, and is the gauge on the front between one and two?")
c2 = c("No leaks, about one and a half. It's had its service, September, a different company because yours was booked up.", None)
gt = t("That's fine, keep the receipt for the engineer. Banging's often the pump or limescale. Earliest is Thursday, eight till one.")
gc = c("Thursday's fine, I'll dig the receipt out.", None)
bt = t("Are you sure it was serviced? People often say that when it wasn't. Have proof ready or the claim may not stand. Earliest is Thursday, eight till one.")
bc = c("Of course I'm sure, I paid for it. Bit rude. Thursday's fine.", None)
t4 = t("Booked. The engineer rings half an hour before. If it gets worse or you see water, ring straight back.")
P.append(rpair("b134r_f02_leicester_banging_boiler", "Boiler-cover plan, Leicester; member reports a banging boiler.",
 [o, t1, c1, t2, c2, gt, gc, t4], [o, t1, c1, t2, c2, bt, bc, t4]))

# f03 drops the price before asking anything
o = c("hi how much is a 10x10", None)
t1 = t("Hi! A 10x10 is 229 a month, drive-up, month to month.")
c1 = c("hmm ok. kinda high", "too_expensive")
gt = t("Fair. What are you storing, and for how long? Depending on that, a smaller unit or a longer-stay rate may suit better.")
gc = c("a whole 1 bed, 2 months between apartments", None)
bt = t("No problem, I can do 179 for you.")
bc = c("oh nice. its a whole 1 bed for 2 months between apartments. can it go lower lol", "too_expensive")
t3 = t("For a whole one-bed over two months, the 10x10 is the right size, and new customers get 50 off the first month. I can book it from the 1st.")
c3 = c("ok book it for the 1st", None)
t4 = t("Done, unit D08 from the 1st. Bring ID and a lock.")
P.append(rpair("b134r_f03_mississauga_storage_price", "Self-storage, Mississauga ON; typed chat, price question.",
 [o, t1, c1, gt, gc, t3, c3, t4], [o, t1, c1, bt, bc, t3, c3, t4]))

# f04 an unasked lecture
o = c("Hi, there's mould on the bathroom ceiling and round the bedroom window. I rent; the landlord said get a quote and he'll pay.", None)
t1 = t("Okay. Is the bathroom extractor working, and does the bedroom window have trickle vents at the top?")
c1 = c("Extractor's been broken since I moved in. The window's got little vents, I keep them shut, it's freezing.", None)
gt = t("Understood, it's a cold flat. The broken extractor's the main thing, and that's his to fix. I'll put it first on the quote so he sees it.")
gc = c("Good, because I've asked him twice.", None)
bt = t("Well, shut vents are the classic mistake. You've got to ventilate: windows open twenty minutes a day, no washing drying inside, lids on pans. Most mould is lifestyle, honestly.")
bc = c("I didn't ask for a lecture. The extractor's been broken a year.", None)
t3 = t("Survey's 95, written up for the landlord: the extractor, a mould wash, anything else, each priced. Thursday at ten?")
c3 = c("I work mornings. After three's the only time I can do.", "no_time")
t4 = t("Thursday at half three. I'll email the report to you and him the same day.")
P.append(rpair("b134r_f04_newport_rented_flat_mould", "Damp-proofing firm, Newport; tenant getting a mould quote for the landlord.",
 [o, t1, c1, gt, gc, t3, c3, t4], [o, t1, c1, bt, bc, t3, c3, t4]))

# f05 a vague next step
o = c("Hi, I need a quote for a heat pump circuit. We're getting a ductless unit next month and the installer says it needs a dedicated circuit.", None)
t1 = t("Sure. What size is the unit, and is there space in your panel? A photo with the door open helps.")
c1 = c("24,000 BTU. Panel's in the basement right under where it goes. Sent a photo, two empty slots at the bottom.", None)
t2 = t("That's an easy run. Circuit, disconnect and permit, about 850.")
c2 = c("I've one more quote coming. Installer's here the 14th, so I'm deciding this week.", "think_it_over")
gt = t("Then you'll have my written quote by five today, and I'll pencil in the 12th so it's wired before the installer. Reply by Friday to confirm.")
gc = c("By five is great. I'll reply by Friday.", None)
bt = t("Okay, we'll get the quote together and let you know.")
bc = c("Let me know when, though? The installer's on the 14th.", None)
P.append(rpair("b134r_f05_halifax_heat_pump_circuit", "Electrician, Halifax NS; quote for a heat-pump circuit before an install date.",
 [o, t1, c1, t2, c2, gt, gc], [o, t1, c1, t2, c2, bt, bc]))

# f06 over-promises
o = c("Hi, our only toilet's blocked, properly, the plunger's done nothing, and we've people coming for my son's birthday at four.", None)
t1 = t("Let's get that sorted. Is it just the toilet, or are the sink and bath slow too?")
c1 = c("Just the toilet. Everything else is fine.", None)
t2 = t("Then it's likely in the pan or just past it, usually a quick job with an auger. Call-out's 90 including the first hour.")
c2 = c("Ninety's a lot for a toilet, to be honest.", "too_expensive")
gt = t("I understand. Someone's finishing in Leyton and can be with you between one and two, well before four. If he's running late I'll ring you.")
gc = c("Between one and two is fine. Okay, book it.", None)
bt = t("I'll have someone there in twenty minutes, guaranteed, and it'll be fixed in ten. You'll be fine for the party.")
bc = c("Twenty minutes? Great, I'll tell everyone it's sorted then. Book it.", None)
t4 = t("Booked. He'll ring when he's on his way.")
P.append(rpair("b134r_f06_walthamstow_blocked_toilet", "Plumber, Walthamstow, London; blocked toilet before a party.",
 [o, t1, c1, t2, c2, gt, gc, t4], [o, t1, c1, t2, c2, bt, bc, t4]))

# f07 closes before checking the thing works
o = c("Right, so is that it? Are you all done with the bay?", None)
t1 = t("Nearly. The three units are in and sealed outside, trims on inside.")
c1 = c("Looks lovely. Less draughty already, I can tell.", None)
gt = t("Before I hand over, let's go through it together: open each one, lock it, try the keys. I'll show you the trickle vents too.")
gc = c("Oh, this left one's stiff. The handle won't go all the way round.", None)
bt = t("Great. So that's the balance of 2,150. Card or bank transfer?")
bc = c("Hang on, shouldn't we check they open first? This left one's stiff, look, the handle won't go round.", None)
t3 = t("Let me see. The keep's a touch high; ten minutes to adjust. Then you try all three again before we settle up.")
c3 = c("Fine. I'll pay by transfer once they all lock.", None)
P.append(rpair("b134r_f07_bridgend_bay_window_handover", "Window fitter, Bridgend; handover after fitting a bay window.",
 [o, t1, c1, gt, gc, t3, c3], [o, t1, c1, bt, bc, t3, c3]))

# f08 recommends before asking
o = c("Hi, I'm moving from Halifax to Antigonish in May. Can you give me a price?", None)
gt = t("Sure. What are you moving, a whole house or a few rooms? Any big items, piano, gun safe, that kind of thing?")
gc = c("Two-bed apartment, no piano. I've got a job at St FX, it's just me and the cat.", None)
bt = t("Sure. For Halifax to Antigonish I'd recommend our full-service long-haul package: three movers, 26-foot truck, packing included, around 3,200.")
bc = c("Three movers and packing? It's a two-bed apartment, just me and the cat. That's way more than I need.", "no_need")
t2 = t("For a two-bed, two movers and a 16-foot truck is plenty, about 1,700 with travel. Packing's optional.")
c2 = c("I'll pack myself. Is the 1,700 fixed, or by the hour?", None)
t3 = t("Fixed for the distance, plus hourly if loading goes past three hours. I'll put it in writing.")
c3 = c("Okay, send it. I'm comparing with one other company before I book.", "think_it_over")
P.append(rpair("b134r_f08_halifax_antigonish_move", "Removals, Nova Scotia; a one-person move from Halifax to Antigonish.",
 [o, gt, gc, t2, c2, t3, c3], [o, bt, bc, t2, c2, t3, c3]))

# f09 unexplained jargon
o = c("Hi, we're buying a house in Scarborough and the inspector found knob and tube wiring. The insurer wants it gone. What does that involve?", None)
t1 = t("Congratulations on the house. Do you know how much of it is knob and tube? Sometimes it's only a few circuits.")
c1 = c("He said mainly the second floor and the attic. We close in three weeks.", None)
gt = t("Then we'd run new wiring to those rooms and disconnect the old, under a permit from the Electrical Safety Authority, so you have paperwork for the insurer. We open small holes in the walls and patch them after.")
gc = c("Okay, that makes sense. How much?", None)
bt = t("So we'd isolate the K&T, run new NMD90 on AFCI-protected fifteen-amp circuits, file an ESA notification, and fish through the lath and plaster.")
bc = c("Sorry, I didn't follow any of that. What does it mean for us? And how much?", None)
t3 = t("For a second floor and attic, usually 6,000 to 9,000. I can do a walk-through before closing if the seller agrees.")
c3 = c("Nine thousand wasn't in our budget at all. We might ask the seller to take it off the price.", "no_money")
t4 = t("That's common. I'll write up an estimate from the walk-through that you can show the seller's agent.")
P.append(rpair("b134r_f09_scarborough_knob_and_tube", "Electrician, Toronto; buyers asked by their insurer to replace old wiring.",
 [o, t1, c1, gt, gc, t3, c3, t4], [o, t1, c1, bt, bc, t3, c3, t4]))

# f10 talks about themselves instead of the customer
o = c("Hiya, my mum's moving in with us and she can't manage the bath any more. I want to swap it for a walk-in shower. Do you do that?", None)
t1 = t("Yes, we do quite a few. Does she use a frame or a wheelchair, or is it stepping over the bath side?")
c1 = c("Stepping over. She uses a stick. She's had a fall already.", None)
gt = t("Then a level-access tray, a fold-down seat and a grab rail by the controls would suit her. Is the bathroom upstairs or down?")
gc = c("Upstairs. She's fine with the stairs, oddly enough.", None)
bt = t("We did my own nan's last year, actually. She was the same, terrified of the bath. I put a seat in for her and she still talks about it. I'm big on doing it properly for family.")
bc = c("That's nice. It's upstairs, if that matters. She's fine with stairs.", None)
t3 = t("Upstairs is fine. A walk-in with a level tray is usually 3,500 to 4,500. You may get a Disabled Facilities Grant from Conwy council; worth asking before you commit.")
c3 = c("I didn't know about the grant. I'll ring them first, then come back to you.", "think_it_over")
t4 = t("Good plan. I'll send a written quote they can see, and measure up whenever suits.")
P.append(rpair("b134r_f10_llandudno_walk_in_shower", "Plumber, Llandudno; bath-to-shower swap for an elderly mother.",
 [o, t1, c1, gt, gc, t3, c3, t4], [o, t1, c1, bt, bc, t3, c3, t4]))

PAIRS = P
