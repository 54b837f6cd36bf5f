"""blind142 ranked pairs f01-f10: the sides share every turn but one fault in worse and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer
o = c("Hi, two radiators upstairs are cold at the bottom, warm at the top. My dad says air, but I bled them and nothing.", None)
t1 = t("Thanks for trying that first. Cold at the bottom is usually sludge, not air. How old is the system?")
c1 = c("House is from the 90s, we bought it last year. No idea if anyone's ever cleaned it.", None)
t2 = t("Sludge fits. A chemical clean over a week is 180; a full powerflush is 450.")
c2 = c("I read online it could be the pump. Would the 180 be wasted if it's the pump?", None)
t4 = t("I can come Wednesday morning. If it's sludge, I start the clean then and come back a week later to drain it.")
PAIRS.append(rpair("b142r_f01_navan_radiators_sludge",
    "Young homeowner with cold-bottomed radiators. Worse argues with her reading instead of answering it.",
    [o, t1, c1, t2, c2,
     t("Fair question. A weak pump usually leaves the far radiators cold all over, not just the bottom. I'll test the pump first so you don't pay for a clean you don't need."),
     c("Oh, that's reassuring. Okay.", None), t4],
    [o, t1, c1, t2, c2,
     t("No, it's not the pump. Half of what's online is rubbish. It's sludge, I've done this twenty years."),
     c("Right. Fine, you're the expert, I suppose.", None), t4]))

# f02 doubts the customer's honesty
o = c("My broadband was gone five days last week. I'd like something off the bill. I rang on the Monday and nobody came till Friday.", None)
t1 = t("Five days is a long time, sorry. Can I take your account number?")
c1 = c("30044129. It's in my husband's name, Tom Gallagher, but I do the bills.", None)
t3 = t("I have it: logged Monday, engineer Friday, fault at the pole outside. That's 5 euro a day, 25 off your next bill, applied now.")
c3 = c("Twenty-five. Grand. And will it happen again?", None)
t4 = t("He replaced the cable at the pole, so it shouldn't. If it does, quote reference 7781 and it goes straight up.")
PAIRS.append(rpair("b142r_f02_sligo_broadband_refund",
    "Older customer claims compensation for an outage. Worse questions whether she is telling the truth before checking.",
    [o, t1, c1, t("Thanks, Mrs Gallagher. One second while I look at the log."),
     c("Take your time.", None), t3, c3, t4],
    [o, t1, c1, t("Hm. Are you sure it was five full days, and not just your wifi playing up? People do exaggerate these."),
     c("I'm not a liar. I rang Monday, it'll be on your system. The engineer said it was the pole.", None), t3, c3, t4]))

# f03 drops the price before asking anything
o = c("Hi, I got a flyer about solar panels. Just wanted to see what's involved.", None)
t1 = t("Sure. Which way does your roof face, roughly?")
c1 = c("South-west at the back, I think.", None)
t3 = t("Working nights means you're home in the daytime, when panels produce. A 4 kilowatt system would suit, and the grant takes 1,800 off. Can someone check the roof, no charge?")
c3 = c("Yeah, that'd be good. Saturday?", None)
t4 = t("Saturday at eleven. I'll text you the name of the surveyor.")
PAIRS.append(rpair("b142r_f03_wicklow_solar_flyer",
    "Young homeowner curious after a flyer. Worse offers a discount before asking anything about use.",
    [o, t1, c1, t("Good start. What's your electricity bill, and are you home during the day?"),
     c("About 150 a month. I work nights, so I'm home in the day, asleep mind.", None), t3, c3, t4],
    [o, t1, c1, t("Grand. I'll tell you what, I can knock 10% off this month, 6,300 instead of 7,000."),
     c("Bit early for discounts, I haven't said what I use. It's about 150 a month, I work nights.", None), t3, c3, t4]))

# f04 an unasked lecture
o = c("Hiya, the wifi doesn't reach the kids' rooms upstairs and there's war in the house every night about it.", None)
t1 = t("Sounds loud. Where's the router, and where are the rooms?")
c1 = c("Router's in the front room. The two boys are at the back upstairs, on the Xbox and phones till all hours.", None)
t3 = t("That's it, send it back any time. I can post it today, it'll be with you Thursday.")
c3 = c("Go on then. Peace in the house, please God.", None)
PAIRS.append(rpair("b142r_f04_bangor_wifi_kids",
    "A mother wants wifi to reach the back bedrooms. Worse adds a lecture on children's screen time that nobody asked for.",
    [o, t1, c1, t("Back rooms far from a downstairs router are the classic weak spot. A mesh point on the landing usually fixes it, £4 a month, no contract."),
     c("Four pound a month and no contract? That sounds good.", None), t3, c3],
    [o, t1, c1, t("As a parent myself, till all hours isn't good for boys, the experts say no screens an hour before bed. Anyway, a mesh point on the landing fixes it, £4 a month, no contract."),
     c("I didn't ring for parenting tips, thanks. Four pound, no contract?", None), t3, c3]))

# f05 a vague next step
o = c("Hello, I'm after a quote for a new oil boiler. Ours is thirty years old and the oil man says it's guzzling.", None)
t1 = t("Thirty years, it's done well. Is it outside, and does it do the hot water too?")
c1 = c("In the shed by the back door. Heating and water. We're two old people, nothing fancy.", None)
t2 = t("Then a standard outdoor condensing boiler, about a fifth less oil. Around 4,200 fitted; I'd need to see the flue to be sure.")
c2 = c("4,200. That's a lot at our age, but I suppose it'd pay for itself.", "too_expensive")
PAIRS.append(rpair("b142r_f05_cavan_oil_boiler",
    "Elderly couple want an oil boiler quote. Worse ends with a vague 'we'll be in touch'.",
    [o, t1, c1, t2, c2,
     t("Over about eight years. I'll come Thursday at ten to look, and you'll have a written quote by post by Monday."),
     c("Thursday at ten suits.", None)],
    [o, t1, c1, t2, c2,
     t("Over time, it should. We'll be in touch to arrange a look and let you know the price after."),
     c("In touch when, though? The last crowd said that and we never heard a word.", "bad_experience")]))

# f06 over-promises
o = c("I'm working from home in Connemara from next month and I need broadband that won't let me down. Calls all day.", None)
t1 = t("Understood. What's your Eircode? I'll check what reaches you.")
c1 = c("H91 X2P4. Out the road past Rossaveal.", None)
t2 = t("You're on our fixed wireless from the Costelloe mast: up to 100 down and 20 up, plenty for video calls.")
c2 = c("How soon could it be in? I start on the 3rd.", None)
PAIRS.append(rpair("b142r_f06_connemara_wireless_homeworker",
    "A new remote worker needs reliable rural broadband. Worse promises a date and a never-dropping service it cannot guarantee.",
    [o, t1, c1, t2, c2,
     t("Usually ten to fourteen days, and the engineer checks line of sight to the mast first. If something's in the way, I'll tell you at once so you've time for a backup."),
     c("That's fair. Book the survey so.", None)],
    [o, t1, c1, t2, c2,
     t("No bother, I guarantee it's in this week, and it'll never drop, the full 100 all day. Our network's bulletproof."),
     c("Never drops? Out here? Even the ESB drops out here. Book it, but I'll believe it when I see it.", None)]))

# f07 closes before checking the thing works
o = c("I want a pump to bring water from the stream up to a trough in the top field. 200 yard and a fair hill.", None)
t1 = t("How much of a rise, roughly, from the stream to the trough?")
c1 = c("Maybe 30 foot. No power at the stream, mind.", None)
t2 = t("No power, so solar. This one's 540 with the panel, for 30 foot over 200 yards.")
c2 = c("Forty cattle in that field in summer. Will it keep up?", None)
PAIRS.append(rpair("b142r_f07_longford_solar_trough_pump",
    "Farmer needs a solar pump for forty cattle. Worse rings up the sale without checking the pump's output.",
    [o, t1, c1, t2, c2,
     t("Let me check the chart first. At 30 foot it gives about 1,800 litres a day; forty cattle in summer drink over 2,000. So not on its own. The 720 one would."),
     c("Glad you checked. I'll take the bigger one.", None)],
    [o, t1, c1, t2, c2,
     t("It will, sure. Will I ring it up? 540, and it's on your trailer in ten minutes."),
     c("Ring it up so. If it doesn't keep up I'll be back in, mind.", None)]))

# f08 recommends before asking
o = c("There's black mould on the bedroom wall behind the wardrobe. What do I buy to get rid of it?", None)
t2 = t("Then it's condensation, and paint alone won't stop it. Mould spray, 8, pull the wardrobe off the wall, and open a window when clothes dry. A dehumidifier, about 150, if it comes back.")
c2 = c("I'll do the spray and the wardrobe. The dehumidifier can wait till payday.", "no_money")
t3 = t("Good plan. Give it a fortnight; if it's back, come in and we'll look at dehumidifiers together.")
PAIRS.append(rpair("b142r_f08_galway_hardware_mould",
    "A renter asks what to buy for mould. Worse recommends a 42 euro paint before asking about the cause.",
    [o, t("Depends what's causing it. Is it an outside wall, and are the windows wet in the mornings?"),
     c("Outside wall, yes. Windows streaming every morning, we dry clothes on the radiators.", None), t2, c2, t3],
    [o, t("This mould-resistant paint, 42 a tin, two coats and it's gone."),
     c("Will paint fix it, though? The windows stream every morning, we dry clothes on the radiators, and it's an outside wall.", None), t2, c2, t3]))

# f09 unexplained jargon
o = c("Hello, the solar panels went in last month and now there's a form from the electricity company about exporting. I don't understand it.", None)
t1 = t("No bother, lots of people ring about that. Have you the form there?")
c1 = c("I have. It wants a number off the inverter, whatever that is.", None)
t2 = t("Grand. Has the new meter been fitted, do you know?")
c2 = c("A man changed the meter last Tuesday, yes.", None)
PAIRS.append(rpair("b142r_f09_mayo_solar_exportform",
    "An older customer is stuck on an export form. Worse answers in installer jargon.",
    [o, t1, c1, t2, c2,
     t("Good. The inverter is the grey box we put beside your fuse board; it turns panel power into house power. The number is on a sticker on its side."),
     c("Oh, the grey box! I see a sticker. That's it, so?", None)],
    [o, t1, c1, t2, c2,
     t("Good. They need the inverter serial for the NC6 so they can register your MPRN for the CEG. It's on the rating plate."),
     c("Sorry, I didn't follow a word of that. What's an inverter?", None)]))

# f10 talks about themselves
o = c("Hi, we've just got a puppy, a cocker spaniel, ten weeks. We want to register her and get her vaccines.", None)
t1 = t("Congratulations! Has she had a vaccine from the breeder? Have you her card?")
c1 = c("The first one, it's on the card. We're first-time owners, so, honestly, a bit lost.", None)
t3 = t("Thursday at 3 or Saturday at 10? It's 65 for the second vaccine and a health check.")
c3 = c("Saturday. 65, with the check? The place in town said 40.", "too_expensive")
t4 = t("It is, both together; most places charge the check separately. Saturday at ten, bring the card.")
PAIRS.append(rpair("b142r_f10_carlow_vet_puppy",
    "First-time puppy owners ring the vet. Worse talks about her own dogs instead of their puppy.",
    [o, t1, c1, t("That's very normal. The second vaccine is due two to four weeks after the first, and we'll cover worming and feeding in the same visit."),
     c("That would be amazing, exactly what we need.", None), t3, c3, t4],
    [o, t1, c1, t("Oh, I've three cockers myself! Rua ate a sock last year, surgery and all, and I do agility with Bonnie on Sundays."),
     c("Ha, right. Sorry, could we just book the vaccine?", None), t3, c3, t4]))
