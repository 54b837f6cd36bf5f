"""Ranked pairs f01-f10 (b186): both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer -------------------------------------------------
o = c("Hello, I've been reading up and I think I'm being charged for surface water drainage when my roof water goes into a soakaway in the garden. Can I get that taken off?", None)
t1 = t("You might well be able to, some customers can. When was the house built, and how do you know it goes to a soakaway?")
c1 = c("It's a 1970s bungalow. My son-in-law dug the drive up last spring and found the downpipes all run to a pit at the back.", None)
good = t("That's exactly the kind of thing we need to know. If none of the roof or drive water reaches the public sewer, you can claim back the surface water part of your bill.")
good_r = c("Oh good. What do you need from me?", None)
bad = t("I'd be surprised, honestly. Nearly every house on that estate drains to the public sewer, our maps show it. I think your son-in-law's probably mistaken.")
bad_r = c("He's a builder, love, he knows a soakaway when he sees one. Are you saying I'm making it up?", None)
t3 = t("I'll send you a short form. Add a photo or two of the soakaway and a sketch of where the downpipes run, and we'll send someone to do a dye test. If it's confirmed, the rebate goes back to when you moved in, up to six years.")
c3 = c("Right. I'll get him to do the sketch.", None)
PAIRS.append(rpair(
    "b186r_f01_sheffield_soakaway",
    "A pensioner asks her water company to remove the surface water charge because her roof drains to a soakaway. Worse argues that her son-in-law must be wrong.",
    better=[o, t1, c1, good, good_r, t3, c3],
    worse=[o, t1, c1, bad, bad_r, t3, c3],
))

# f02 doubts the customer's honesty -------------------------------------------
o = c("Hi. A guy came to my door in March from your company and said I could cancel any time with no fee. Now I'm trying to cancel and there's a hundred-fifty-dollar fee on my bill.", None)
t1 = t("I'm sorry, that's not what you want to see. Let me pull up the enrollment. Do you remember roughly what day he came, or his name?")
c1 = c("It was a Saturday, mid-March. Young guy, tablet, company jacket. Kevin, maybe? I've got the card he left somewhere.", None)
good = t("That fits. I can see an enrollment on the 16th by a field agent. Your contract does have an early termination fee, but if you were told there wasn't one, that's a sales complaint, and I can raise it to get the fee waived.")
good_r = c("Okay. Good. I wasn't sure anyone would believe me.", None)
bad = t("I can see an enrollment on the 16th. I have to say, our agents are trained to mention the fee, and a lot of people say this when they want out of a contract. Are you sure he said there was no fee?")
bad_r = c("Am I sure? Yes, I'm sure. Why would I call up and make it up? Unbelievable.", None)
t3 = t("I'll log a sales complaint with the details you've given me and put the fee on hold so it doesn't go to collections. The review takes about ten business days, and I'll call you with the result either way.")
c3 = c("Fine. Ten days. And I still want to cancel, I'm not staying on this plan either way.", "no_need")
PAIRS.append(rpair(
    "b186r_f02_pittsburgh_doorfee",
    "A customer signed up with an energy marketer at the door and now faces a cancellation fee she was told did not exist. Worse suggests she may be making it up.",
    better=[o, t1, c1, good, good_r, t3, c3],
    worse=[o, t1, c1, bad, bad_r, t3, c3],
))

# f03 drops the price before asking anything -----------------------------------
o = c("Hi, I want to cancel my broadband, please. Contract's up at the end of the month.", None)
good = t("No problem, I can do that for you. Do you mind me asking what's behind it? Is it the service, the price, or are you moving?")
good_r = c("Moving, actually. In with my partner in Oranmore, and she has her own broadband with another crowd.", None)
bad = t("Before you go, I can knock twenty euro a month off your bill right now, that'd bring you down to thirty-five. How does that sound?")
bad_r = c("It's not about the price at all. I'm moving in with my partner in Oranmore and she has her own broadband already.", "no_need")
t2 = t("Got it, and congratulations on the move. Then cancelling is simple: I'll set it for the 31st and we'll post you a prepaid bag for the router. If her contract's ending any time soon, ring us for a quote, but no pressure.")
c2 = c("She's only after signing up for two years, so no. But the 31st is perfect.", "no_need")
t3 = t("Perfect. You'll get a confirmation email today with the returns address. Best of luck with the move.")
c3 = c("Thanks, appreciate it being easy.", None)
PAIRS.append(rpair(
    "b186r_f03_galway_cancelbroadband",
    "A customer rings an Irish broadband provider to cancel at the end of his contract because he is moving. Worse offers a discount before asking why he is leaving.",
    better=[o, good, good_r, t2, c2, t3, c3],
    worse=[o, bad, bad_r, t2, c2, t3, c3],
))

# f04 an unasked lecture -------------------------------------------------------
o = c("Hi, my direct debit's just gone up from 95 to 160 a month and I don't understand why. Nothing's changed. Well, we've had a baby, but.", None)
t1 = t("Congratulations! Let me look at the account. The increase is based on your last six months' usage, which went up by about forty percent from October. Does that line up with when the baby arrived?")
c1 = c("November, yeah. We've had the heating on a lot more, and the washing machine's basically never off.", None)
good = t("That'd explain it. A newborn and winter together will do that, it's really common.")
good_r = c("Right. So is there anything you can do about the debit? Things are tight on one wage.", None)
bad = t("That'd explain it. Just so you know, a lot of new parents overheat the house, babies are actually fine at eighteen degrees, and tumble dryers are one of the worst things for bills. You'd be amazed what you'd save air-drying and turning the thermostat down a couple of degrees. Better for the planet too.")
bad_r = c("I didn't ring for parenting tips. Can the debit come down or not?", None)
t3 = t("It can. Your account is about £140 in credit from the summer, so I can set the new debit at £135 instead of £160, and book a review for April when the heating comes down. Would that work?")
c3 = c("Yes, do that, please.", None)
t4 = t("Done. You'll get an email confirming the new amount before the next payment on the 1st.")
PAIRS.append(rpair(
    "b186r_f04_brighton_directdebit",
    "New parents ask why their energy direct debit jumped. Worse gives an unasked lecture on heating and drying habits.",
    better=[o, t1, c1, good, good_r, t3, c3, t4],
    worse=[o, t1, c1, bad, bad_r, t3, c3, t4],
))

# f05 a vague next step --------------------------------------------------------
o = c("Hi, the panels went up on my roof five weeks ago and they're still not turned on. I'm already paying the loan. What's the holdup?", None)
t1 = t("Sorry, five weeks with the loan running is frustrating. Let me look. The install passed county inspection on the 9th, and the next step is the utility's permission to operate. Have you had any emails from Duke Energy about a new meter?")
c1 = c("Nothing from Duke. I got one from you guys saying congratulations, that's it.", None)
good = t("Then I think our side never sent the final paperwork to Duke after the inspection. I'm submitting it now, while we're on the phone. Duke usually swaps the meter within ten business days after that. I'll email you the submission confirmation within the hour and call you Monday the 22nd to check the meter date.")
good_r = c("Okay, that's a real answer. Thank you.", None)
bad = t("Then it's probably sitting with Duke. These things take a while sometimes. I'll flag it with the team and we'll let you know once we hear something.")
bad_r = c("We'll let you know is what the last guy said two weeks ago. When, exactly?", None)
t3 = t("I'm also noting the date the loan started. If the delay was on our side, we'll cover your first payment.")
c3 = c("I'll hold you to that.", None)
PAIRS.append(rpair(
    "b186r_f05_raleigh_solarpto",
    "A homeowner in North Carolina has panels on the roof but no permission to switch them on after five weeks. Worse ends with 'we'll let you know'.",
    better=[o, t1, c1, good, good_r, t3, c3],
    worse=[o, t1, c1, bad, bad_r, t3, c3],
))

# f06 over-promises ------------------------------------------------------------
o = c("Morning. We've had panels for six years and I'm wondering about adding a battery. Would it make much difference?", None)
t1 = t("It can. How much of your solar do you think you use yourselves now? Are you home in the day, or out?")
c1 = c("We're both out till about five. So I'd guess most of it goes back to the grid.", None)
good = t("Then a battery would let you keep that daytime solar and use it in the evening. A five kilowatt-hour battery might cut your bill by three to four hundred pounds a year. It won't get rid of it, especially in winter when the panels make very little.")
good_r = c("Right. And what's that cost?", None)
bad = t("Then a battery is perfect for you, you'll basically never pay for electricity again. Store all that solar in the day, run the house off it at night, job done.")
bad_r = c("Never? Even in winter? That sounds too good to be true. My brother-in-law says his barely does anything in December.", "bad_experience")
t3 = t("A five kilowatt-hour battery fitted is about £3,800. I'd want to see your last year of bills and export readings before I give you a proper savings figure, though.")
c3 = c("Hmm. That's a fair bit for what it saves. I'll bring the bills in and we'll see.", "too_expensive")
PAIRS.append(rpair(
    "b186r_f06_exeter_addbattery",
    "A couple with six-year-old panels ask whether a battery is worth adding. Worse promises they will never pay for electricity again.",
    better=[o, t1, c1, good, good_r, t3, c3],
    worse=[o, t1, c1, bad, bad_r, t3, c3],
))

# f07 closes before checking the thing works ----------------------------------
o = c("Hey, come on in. The box is in the office upstairs. I run my Etsy shop from there, so I really need this working today.", None)
t1 = t("Will do. Besides your laptop, what else needs to connect? Printers, phones, cameras?")
c1 = c("My label printer, the doorbell camera, and my phone for the shop app. The printer was a pain with the old router.", None)
good = t("Okay, fiber's live, 940 down. Before I sign off, let's connect the label printer and the doorbell. I want to see a label print and the camera show up on your phone before I go.")
good_r = c("Oh good. Yeah, the printer's the one I'm scared of.", None)
bad = t("Okay, fiber's live, 940 down, all done! If you could just sign here on the tablet to close out the job, I'll get out of your hair.")
bad_r = c("Wait, what about the printer? You're not leaving till I've printed a label.", None)
t3 = t("Let's do it now. Printer first, hold the WPS button for three seconds... there, it's on the network. Send a test label from your laptop.")
c3 = c("It printed! Okay, that's a relief.", None)
t4 = t("Camera's back online too. Here's my direct number in case anything drops this week.")
PAIRS.append(rpair(
    "b186r_f07_atlanta_fiberinstall",
    "A fiber technician installs service for a woman who runs an online shop from home and needs her label printer working. Worse asks for the sign-off before checking her devices connect.",
    better=[o, t1, c1, good, good_r, t3, c3, t4],
    worse=[o, t1, c1, bad, bad_r, t3, c3, t4],
))

# f08 recommends before asking -------------------------------------------------
o = c("Hi there. We're thinking about a heat pump. Our boiler's fine for now, but we'd like to be ready.", None)
good = t("Good to plan ahead. What sort of house is it, and how's it heated now, radiators or underfloor?")
good_r = c("Four-bed detached, 2005, radiators. It's well insulated, we did the loft again last year.", None)
bad = t("Great, then our twelve kilowatt model with a 250-litre cylinder is what most families go for, about eleven thousand after the grant.")
bad_r = c("Hang on, you don't know anything about the house yet. It's a four-bed detached, 2005, radiators, and we redid the loft last year.", None)
t2 = t("A 2005 house with a good loft is a decent start. What decides the size is the heat loss room by room, and whether your radiators are big enough to run cooler. When the boiler does go, is the idea to be ready to switch quickly?")
c2 = c("That's it exactly. I don't want to panic-buy a gas boiler in January because we've no time to sort anything else.", None)
t3 = t("Then the useful thing now is a heat loss survey, about £200. It tells you which radiators would need upsizing, which you can do bit by bit, and gives you the right size heat pump, ready for when the boiler fails.")
c3 = c("Two hundred's fine. Book us in.", None)
PAIRS.append(rpair(
    "b186r_f08_harrogate_heatpumpready",
    "A couple with a working boiler want to be ready for a heat pump when it fails. Worse names a model and price before asking about the house.",
    better=[o, good, good_r, t2, c2, t3, c3],
    worse=[o, bad, bad_r, t2, c2, t3, c3],
))

# f09 unexplained jargon -------------------------------------------------------
o = c("Hello. I switched to you in January and since then my smart meter's stopped sending readings. I keep getting emails asking me to send them in.", None)
t1 = t("Sorry about that, it's a common snag after a switch. What does it say on the front of the meter, the make, and is there a sticker with something like SMETS on it?")
c1 = c("It says Landis and Gyr, and there's a sticker that says SMETS1, yes.", None)
good = t("Thanks. That's a first-generation smart meter. When you switch supplier, some of those stop talking to the new supplier until they're moved onto the national network, which is done remotely. I can request that now, it usually takes a few weeks.")
good_r = c("Oh, so nobody needs to come out?", None)
bad = t("Right, so it's a SMETS1 that hasn't been enrolled and adopted onto the DCC yet. I'll raise an E and A request; once it's commissioned on the DCC your comms will resume and you'll be back on AMR.")
bad_r = c("Sorry, I didn't understand a word of that. Does someone have to come out or not?", None)
t3 = t("No engineer needed, it's all done remotely. Until then, send a reading through the app once a month so your bills aren't estimated, and I'll check in three weeks that it's working.")
c3 = c("Okay. Once a month I can manage.", None)
PAIRS.append(rpair(
    "b186r_f09_canterbury_smets1",
    "A customer's first-generation smart meter stopped sending readings after she switched supplier. Worse explains the fix in industry jargon.",
    better=[o, t1, c1, good, good_r, t3, c3],
    worse=[o, t1, c1, bad, bad_r, t3, c3],
))

# f10 talks about themselves ---------------------------------------------------
o = c("Hello, I got a flyer about a free energy check from the gas company. I'm seventy-three, I live alone, and this place costs a fortune to heat.", None)
t1 = t("Yes, that's our Home Energy Savings program. The visit is free, and for seniors some of the fixes are too. What kind of home is it?")
c1 = c("Bungalow, from the fifties. Drafty. I put towels along the back door in winter.", None)
good = t("Towels at the door tell me there's a lot of air getting in, and that's one of the things the visit fixes for free: weatherstripping, door sweeps, and they'll check the attic insulation too. Is there anything else you'd want them to look at?")
good_r = c("The furnace, maybe. It's old and it bangs when it starts.", None)
bad = t("Oh, I know all about that. My house is from the forties and I had the same thing. My husband and I spent a whole weekend with caulk guns, then we did the attic ourselves, which was a nightmare with the itchy insulation. Our bill dropped like sixty bucks a month after.")
bad_r = c("Well, I can't go up in an attic at my age. Can your people look at the furnace too? It bangs when it starts.", None)
t3 = t("They can check the furnace for safety on the same visit. I have openings next Tuesday or Thursday morning. Which is better for you?")
c3 = c("Thursday. My daughter can be here on Thursday.", None)
PAIRS.append(rpair(
    "b186r_f10_chicago_weatherization",
    "A 73-year-old woman living alone asks about her gas utility's free home energy check. Worse talks about her own house instead of the customer's.",
    better=[o, t1, c1, good, good_r, t3, c3],
    worse=[o, t1, c1, bad, bad_r, t3, c3],
))
