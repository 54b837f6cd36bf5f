"""Ranked pairs f01-f10: same turns except one fault in worse and the customer's reaction."""
from common import c, rpair, t

# f01 Tauranga boat dealer: drops the price before asking anything
a0 = c("Just having a squiz at the Stabicraft out front.", None)
a1 = t("Go for it. What sort of boating are you thinking about?")
a2 = c("Crays and fishing off Motiti, me and two mates. Only looking though, eh.", "brush_off")
a3 = t("No pressure. Three blokes and cray pots, the 5.5 is a good size. Have you had a boat before?")
a4 = c("Had a 4.2 tinnie. Too small once the pots were in.", None)
a5 = t("Then you'd feel the difference. Want to come out on the harbour Saturday morning and try it with the pots?")
a6 = c("Yeah, that'd be mean. Eight o'clock?", None)
a5w = t("Tell you what, I'll knock five grand off it right now if you sign today.")
a6w = c("Five grand? I haven't even driven it. What's wrong with it?", None)

# f02 Wellington builders' merchant: unexplained jargon
b0 = c("I'm putting in a retaining wall out the back. Bit over a metre high. What timber do I need?", None)
b1 = t("Sure. How high exactly, and is there a driveway or a house near the top?")
b2 = c("About 1.2. Lawn on top, then the neighbour's fence.", None)
b3 = t("Under 1.5 with no load above, you likely don't need council consent. Posts need H5 treatment, that's the grade for posts holding up soil, and the boards H4.")
b3w = t("Under 1.5 with no surcharge you're exempt under Schedule 1, so H5 posts at 1.2 centres, 150 SED, H4 rails, no PS1 needed.")
b4 = c("Right, got it. Can you price that for a 9 metre wall?", None)
b4w = c("Sorry, you lost me at surcharge. What does any of that mean?", None)
b5 = t("Give me ten minutes and I'll print a list with quantities and a sketch of the spacing.")

# f03 Otara remittance: over-promises
e0 = c("Malo e lelei. I need to send 800 to my mum in Tonga. She needs it for the doctor tomorrow.", None)
e1 = t("Malo. I hope she's okay. Is it urgent for tomorrow morning?")
e2 = c("Yes, she sees the doctor at ten. Her sugar is bad again.", None)
e2b = t("Then let's make sure it's there. Cash pickup or to her bank account?")
e2c = c("Bank. ANZ in Nuku'alofa.", None)
e3 = t("To ANZ it's 12 dollars, and it usually lands within a few hours on a weekday. Tomorrow's a public holiday there, so it could be Monday. Cash pickup would be today.")
e4 = c("Oh. Then cash pickup, she can walk to the agent.", None)
e3w = t("To ANZ it's 12 dollars. It'll be in her account in ten minutes, guaranteed.")
e4w = c("Guaranteed? Last time with you it took three days, she had to borrow.", "bad_experience")

# f04 Christchurch electrician: argues with the customer
g0 = c("Since the new heat pump went in, the power keeps tripping. The installer won't come back.", None)
g1 = t("That's annoying. Was it fine before the heat pump went in?")
g1b = c("Never tripped once in six years.", None)
g1c = t("Okay. When does it trip? When it starts, or randomly?")
g2 = c("When it's cold and it first kicks in. Usually in the morning.", None)
g3 = t("That points to the heat pump's circuit. Could be the breaker's too small or a wiring fault. I can test it tomorrow, 140 for the first hour.")
g4 = c("Okay. Morning's best, before nine.", None)
g3w = t("Nah, a heat pump won't trip your power. It'll be something else you've got plugged in, a heater or the jug.")
g4w = c("I'm telling you, it only happens when the heat pump starts.", None)

# f05 Rotorua marae catering: vague next step
h0 = c("Kia ora, we need catering for a whanau reunion at the marae. 150 people, Labour weekend.", None)
h1 = t("Kia ora. Is it a hangi, or do you want us to cook in the wharekai kitchen?")
h2 = c("Hangi for the Saturday. The aunties will do breakfast. We haven't got much in the kitty, mind.", "no_money")
h3 = t("Hangi for 150 is about 28 a head. Meat, veges, steamed pudding.")
h4 = c("That should be okay. Can you hold the date?", None)
h5 = t("Yes. I'll email the quote and a booking form by 3 tomorrow, and the date's held till Friday.")
h5w = t("Should be fine. We'll let you know.")
h6w = c("Let us know when? We have to tell the whanau by Friday.", None)

# f06 Navua river rafting, Fiji: unasked lecture
i0 = c("Bula, is there space on the rafting tomorrow for two? Me and my cousin.", None)
i1 = t("Bula! Yes, we have space. Have you rafted before?")
i2 = c("Once in Rotorua. We're from Auckland, first trip back to see family.", None)
i2b = t("Cool. The Navua's grade two to three, mostly waterfalls and calm bits. Any injuries or non-swimmers?")
i2c = c("Nah, we're both sweet. Swim fine.", None)
i3 = t("Nice. Pickup's 7.15 at your hotel, 295 each with lunch. Bring a change of clothes.")
i3w = t("Nice. Just so you know, in the villages we visit, you cover your shoulders, no hats, and you bring kava for the sevusevu. Young people from overseas forget.")
i4 = c("Sweet. Can we pay at pickup?", None)
i4w = c("Bro, our dad's from Namosi. We know about sevusevu. Can we just book?", None)

# f07 Apia phone shop: recommends before asking
j0 = c("talofa i need to buy a phone", None)
j1 = t("Talofa! Who's it for?")
j1w = t("Talofa! Get the Samsung A55, best camera we have, 1,400 tala.")
j2 = c("for my grandmother. she is 80", None)
j2w = c("um its for my grandmother, she is 80. why she need a camera", "no_need")
j3 = t("What does she use a phone for?")
j4 = c("only to call us and whatsapp video with my uncle in auckland", None)
j5 = t("Then a simple phone with a big screen and loud speaker is better. This one is 380 tala, I can set up WhatsApp for her.")
j6 = c("ok good. but if she drop it", None)

# f08 Canterbury farm store: closes before checking it works
k0 = c("Need a pump to get water from the creek up to the trough tank.", None)
k1 = t("No worries. What's it for, stock water?")
k1b = c("Yeah, eighty head on the back block. Creek's the only water.", None)
k1c = t("This petrol pump is our go-to, 690.")
k2 = c("Bit dear. The last one I got online was 300.", "too_expensive")
k3 = t("How far up is the tank, and how far from the creek? It has to lift the water, so height matters.")
k4 = c("Maybe 50 metres up the hill, 200 metres of pipe.", None)
k5 = t("Then this one won't do it, it only lifts 30. You need the high-head one, 1,050. Cheaper online ones usually can't lift that either.")
k3w = t("Fair, but this one is built to last. I'll ring it up for you now.")
k4w = c("Hang on, will it even get up there? The tank's a fair way up the hill.", None)

# f09 Nuku'alofa builder: talks about himself
m0 = c("I want to build one more room on the house, for my daughter's family. What will it cost?", None)
m1 = t("How big a room, and is it joined to the house or separate?")
m2 = c("Joined, at the back. Maybe four by five. They come from Auckland in December.", None)
m2b = t("Do you have a plan drawn already, or just the idea?")
m2c = c("Only the idea. And some money from the family, maybe 25,000.", None)
m3 = t("December's tight but doable if we start in September. Four by five in block is about 28,000 pa'anga, a bit over your 25, so we could leave the painting till later.")
m3w = t("When I built my own house in Mangere, I did the extension myself with my brothers, took us three summers, best thing I ever did.")
m4 = c("September is okay. Can you come to see the site?", None)
m4w = c("Okay... but for my house, can it be ready by December?", None)

# f10 Papatoetoe bank: doubts the customer's honesty
n0 = c("Hi, I want to see about a home loan. I drive Uber full-time, and my wife works at the school.", None)
n1 = t("Good. Is this your first home?")
n1b = c("First one. We've saved about 60 for the deposit, took us five years.", None)
n1c = t("Well done. What's your income from Uber over the last year, roughly?")
n2 = c("About 70 after costs. It goes up and down.", None)
n3 = t("That's normal for self-employed. We'll use your last two IR3s from the IRD, which averages out the ups and downs.")
n4 = c("I've got those. My accountant does it.", None)
n3w = t("Seventy? That's high for Uber. A lot of people inflate those numbers, to be honest.")
n4w = c("Are you calling me a liar? I've got my tax returns.", None)

PAIRS = [
    rpair("b119r_f01_tauranga_boat", "Browser at a Tauranga boat dealer; worse drops the price before anything is asked.",
          [a0, a1, a2, a3, a4, a5, a6], [a0, a1, a2, a3, a4, a5w, a6w]),
    rpair("b119r_f02_petone_retainingwall", "DIY customer at a Petone builders' merchant; worse uses unexplained jargon.",
          [b0, b1, b2, b3, b4, b5], [b0, b1, b2, b3w, b4w, b5]),
    rpair("b119r_f03_otara_remittance", "Tongan customer sending money for her mum's doctor visit; worse over-promises.",
          [e0, e1, e2, e2b, e2c, e3, e4], [e0, e1, e2, e2b, e2c, e3w, e4w]),
    rpair("b119r_f04_christchurch_heatpump", "Homeowner whose power trips since a heat pump install; worse argues.",
          [g0, g1, g1b, g1c, g2, g3, g4], [g0, g1, g1b, g1c, g2, g3w, g4w]),
    rpair("b119r_f05_rotorua_maraecatering", "Reunion catering at a marae; worse ends on a vague next step.",
          [h0, h1, h2, h3, h4, h5], [h0, h1, h2, h3, h4, h5w, h6w]),
    rpair("b119r_f06_navua_rafting", "Auckland cousins booking rafting in Fiji; worse gives an unasked lecture.",
          [i0, i1, i2, i2b, i2c, i3, i4], [i0, i1, i2, i2b, i2c, i3w, i4w]),
    rpair("b119r_f07_apia_phone", "Buying a phone for a grandmother in Apia; worse recommends before asking.",
          [j0, j1, j2, j3, j4, j5, j6], [j0, j1w, j2w, j3, j4, j5, j6]),
    rpair("b119r_f08_canterbury_pump", "Farmer buying a creek pump; worse closes before checking it can lift the water.",
          [k0, k1, k1b, k1c, k2, k3, k4, k5], [k0, k1, k1b, k1c, k2, k3w, k4w]),
    rpair("b119r_f09_nukualofa_extension", "Family extension in Tonga; worse talks about himself.",
          [m0, m1, m2, m2b, m2c, m3, m4], [m0, m1, m2, m2b, m2c, m3w, m4w]),
    rpair("b119r_f10_papatoetoe_homeloan", "Uber driver asking about a home loan; worse doubts his honesty.",
          [n0, n1, n1b, n1c, n2, n3, n4], [n0, n1, n1b, n1c, n2, n3w, n4w]),
]
