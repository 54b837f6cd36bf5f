"""Ranked pairs for blind28. d01-d10: both decent, `better` clearly better. f01-f10: identical except one
fault in `worse`. Written by hand. In the f-pairs the shared lines are written once and reused so that they
are exactly identical on both sides."""
from common import t, c, NONE, BRUSH, NO_NEED, NO_MONEY, NO_TIME, BAD_EXP, THINK, PRICEY

PAIRS = []

# ============================================================== d01-d10
PAIRS.append(dict(
    id="b28r_d01_wmsintegration",
    situation="Spoken follow-up call, B2B software, Plovdiv, Bulgaria. The operations director of a logistics "
              "firm liked a warehouse-system demo but asks how long the ERP integration takes; her IT man is "
              "worried. Better digs into the doubt behind the question; worse answers the surface question well.",
    opening="Hi, so we had your demo last week, it looked good. My only question is, how long does the "
            "integration with our ERP take? Our IT guy is worried.",
    better=[
        t("Thanks for coming back to us. Six to ten weeks is typical with your ERP. But what exactly is he "
          "worried about, the time, or something else?"),
        c("Well... honestly, the last supplier's integration broke our invoicing for a month. He fixed it on "
          "weekends. He doesn't want that again.", BAD_EXP),
        t("So it's not really the weeks, it's being left with a mess afterwards. What would make it safe for "
          "him, a test environment first, a rollback plan, someone from our side on call at go-live?"),
        c("All of that, probably. And that he's in the room when it's planned, not told afterwards.", NONE),
        t("That's easy, and it's how it should be. Let's set a call with him and our integration lead before "
          "anything is signed, so he can ask whatever he likes. Could Thursday work for Petar?"),
        c("I'll ask him. Probably yes.", NONE),
    ],
    worse=[
        t("Good question. With your ERP it's usually six to ten weeks. We've done it many times, there's a "
          "standard connector."),
        c("Okay. Because the last supplier's integration broke our invoicing for a month, that's why he asks.",
          BAD_EXP),
        t("That shouldn't happen with us, our connector is well tested. I can send the technical documentation "
          "for him."),
        c("Okay, send it. I'll forward it to him.", NONE),
        t("Great. And if you're both happy, we can send the contract over next week."),
        c("We'll see what he says and let you know.", THINK),
    ],
))

PAIRS.append(dict(
    id="b28r_d02_tabletsavaii",
    situation="Spoken, electronics shop, Apia, Samoa. A young man wants a cheap tablet for his grandmother on "
              "Savai'i. Better finds the real purpose (video calls with family in Auckland, no Wi-Fi at home) "
              "before choosing; worse sells a decent cheap Wi-Fi-only tablet that will not work for her.",
    opening="Talofa. I want to buy a tablet, not too expensive, for my grandmother. She lives in Savai'i.",
    better=[
        t("Talofa! That's kind of you. What will she mostly use it for?"),
        c("Honestly, to see us. Half the family is in Auckland, my cousins have babies she hasn't met. She wants "
          "to video call.", NONE),
        t("So really it's for video calls with Auckland. Then the screen and camera matter most, and the "
          "internet where she lives. Does she have Wi-Fi at home, or would it run on mobile data?"),
        c("No Wi-Fi. The signal in the village is okay, I think. Mobile.", NONE),
        t("Then it has to be a tablet with a SIM slot, not all of them have one. This one's 790 tala, big screen, "
          "SIM. The 450 one is Wi-Fi only, so it wouldn't work in her house. If you like, I'll set up the video "
          "app with big pictures of you all, so she just taps a face to call."),
        c("790 is more than I wanted to spend... but if the cheap one won't work there, okay. You can really set "
          "it up?", PRICEY),
        t("Yes, bring the family's numbers, twenty minutes. I'll put a data bundle on it too, so it works the day "
          "she opens it."),
    ],
    worse=[
        t("Talofa! Sure. This one's our best value, 450 tala, ten-inch screen, good battery, very easy to use."),
        c("Okay. She mostly wants to video call the family in Auckland.", NONE),
        t("It has a good front camera and works with all the video apps. Very popular with older customers."),
        c("Good. 450 is fine. I'll take it.", NONE),
        t("Great. Do you want a cover too? 40 tala, protects it if she drops it."),
        c("Okay, yes, she might drop it.", NONE),
        t("I'll ring it up. Wi-Fi setup is easy, she just picks her network and types the password."),
    ],
))

PAIRS.append(dict(
    id="b28r_d03_hurriedcough",
    situation="Spoken, pharmacy counter, Thunder Bay, Ontario, Canada. A mother with a child waiting in the car "
              "wants something for her own dry cough. Better adapts to her hurry with a few sharp questions and "
              "spots that her blood-pressure tablet is the likely cause; worse runs a slow standard checklist and "
              "sells a syrup.",
    opening="Hi, I've got like five minutes, my kid's in the car. Do you have something for a really bad cough? "
            "For me, not him.",
    better=[
        t("Sure, quick ones then: any fever, and are you on any other medication?"),
        c("No fever. Blood pressure pills, that's it. Ramipril.", NONE),
        t("Ah, that might be the cough itself. Ramipril gives some people a dry, tickly cough. Is yours dry?"),
        c("Yeah, dry. Huh. It started maybe a month after I went on them.", NONE),
        t("Then a cough syrup won't do much. Don't stop the pills on your own, call your doctor this week and "
          "mention the cough, there are alternatives. For tonight, honey lozenges are fine with your meds. Eight "
          "dollars."),
        c("Okay. I really don't have time for a doctor this week though.", NO_TIME),
        t("Most clinics here do ten-minute phone appointments. I'll write 'ramipril cough?' on the bag so it's "
          "there when you call."),
    ],
    worse=[
        t("Sure. I'll just get a few details so we pick the right thing. How long have you had it, and is it "
          "worse at night or during the day?"),
        c("Few weeks. Both. Look, I'm kind of in a hurry.", NONE),
        t("Of course. Is it dry or chesty? Any phlegm?"),
        c("Dry.", NONE),
        t("And do you smoke, any allergies, any other medication?"),
        c("No, no, blood pressure pills. Can I just get something?", NONE),
        t("This dry cough syrup is safe with blood pressure medication. Nine ninety-nine. If it's still there in "
          "two weeks, see your doctor."),
    ],
))

PAIRS.append(dict(
    id="b28r_d04_husbandsphone",
    situation="Spoken phone call, mobile operator, Aarhus, Denmark. A widow calls to cancel her late husband's "
              "phone contract. Better notices what the number still means to her and offers a gentle, reversible "
              "option; worse processes the cancellation correctly and kindly but mechanically.",
    opening="Hello. My husband died three weeks ago, and I need to cancel his phone. I've been putting it off.",
    better=[
        t("I'm so sorry for your loss. Thank you for calling, I'll make this as easy as I can. May I have his "
          "number?"),
        c("It's 22 41 87 03. Niels Holm.", NONE),
        t("Thank you. Before I cancel anything: some people like to keep the number a while, for the voicemail, "
          "or messages and photos on it, or because friends still ring it. Is there anything on it you'd want to "
          "keep?"),
        c("Oh. His voicemail greeting. I ring it sometimes, just to hear him. I hadn't thought of that.", NONE),
        t("Then there's no need to rush. I can move it to a basic plan at 29 kroner a month, no data, so the "
          "voicemail stays, and you cancel whenever you're ready, with no fee. Or I cancel it today, if that's "
          "easier for you."),
        c("Let me keep it a few months. I... thank you.", NONE),
        t("Of course. I'll post you a letter confirming the change, and put a note on the account so you never "
          "have to explain again when you call."),
    ],
    worse=[
        t("I'm sorry for your loss. I can help with that. May I have his number?"),
        c("It's 22 41 87 03. Niels Holm.", NONE),
        t("Thank you. To cancel I need a copy of the death certificate, you can upload it on our website or post "
          "it. There's no cancellation fee in these circumstances."),
        c("Okay. I have it somewhere. Will his voicemail be gone straight away?", NONE),
        t("Yes, when the number is cancelled everything on the line is deleted. It takes effect at the end of "
          "the month."),
        c("Oh. Then... maybe I'll wait a little before I send it.", THINK),
        t("No problem. Whenever you're ready, upload the certificate and it's processed within five working "
          "days."),
    ],
))

PAIRS.append(dict(
    id="b28r_d05_poeswitches",
    situation="Typed chat, IT distributor (B2B), Vilnius, Lithuania. A network engineer asks for a quote on "
              "six PoE+ switches with a fixed go-live. Better matches the expert: specific models, one sharp "
              "question on PoE load, numbers, lead time; worse is polite but generic and salesy.",
    opening="hi, need a quote for 6x 48-port PoE+ switches, L3, stackable, 10G uplinks. replacing old gear in a "
            "3-floor office. lead time matters, go-live is 1 Sept",
    better=[
        t("Hi! Two fits in stock in Kaunas: X480 (740W PoE budget, 4x10G SFP+) and X460 (370W, same uplinks). To "
          "pick between them: what PoE load per switch, roughly - APs, phones, cameras?"),
        c("per floor ~12 wifi 6 APs, 20 phones, 6 cameras. 2 switches per floor", NONE),
        t("So ~6 APs, 10 phones, 3 cams per switch, about 250-300W worst case. X460 covers that with headroom and "
          "is 18% cheaper. Only reason for X480 is wifi 7 APs in the next few years, they draw more. Planned?"),
        c("not budgeted. x460 then. stacking cables included?", NONE),
        t("Not included - 0.5m stack cable is 45 EUR, 3 needed if you stack per floor pair. Quote for 6x X460 + 3 "
          "cables + optics within the hour. Lead time 5 working days from PO."),
        c("good. send it", NONE),
    ],
    worse=[
        t("Hi! Thanks for your request, great to hear you're upgrading! Our bestseller is the X480, a powerful, "
          "future-proof switch with plenty of PoE and fast uplinks. I can quote 6 of those."),
        c("whats the PoE budget? and is there a lower model, i dont think i need max PoE", NONE),
        t("Good question! The X480 has 740W. There's also the X460 with 370W. The X480 is more future-proof, so "
          "most customers go for it."),
        c("need numbers not marketing. 370 is enough for my load. quote the x460 + stacking cables", NONE),
        t("Sure! I'll prepare a quote for 6x X460 and stacking cables. Do you need 10G optics too?"),
        c("yes 12 SR optics. lead time?", NONE),
        t("I'll check with the warehouse and include it in the quote."),
    ],
))

PAIRS.append(dict(
    id="b28r_d06_waiterenglish",
    situation="Spoken, language school (B2B), Kotor, Montenegro. A hotel manager must improve staff English "
              "after guest reviews, but fears cost and time in season. Better narrows it to the real problem "
              "(young waiters' confidence) and offers a small, low-risk trial; worse offers the standard "
              "programme and a discount.",
    opening="Hi. I manage a hotel in Kotor, forty staff in the season. Guest reviews keep mentioning the staff's "
            "English. The owner wants me to 'do something'. But a course for everyone costs a lot, and in season "
            "nobody has time.",
    better=[
        t("That's a familiar one on the coast. Which staff do the guests meet most, reception, restaurant, "
          "housekeeping?"),
        c("The restaurant, mostly. Reception is okay. The waiters, the young ones, freeze when a guest asks "
          "anything that's not on the menu.", NONE),
        t("So it's the waiters, and it's more confidence than grammar. Instead of a course for forty, we could "
          "try four weeks with the restaurant team only: two short sessions a week at the hotel, practising real "
          "situations, allergies, complaints, recommending wine. 600 euros for the four weeks. If the reviews "
          "don't move, you haven't lost much."),
        c("Before lunch is hard in July. They set tables from eleven, there's no time.", NO_TIME),
        t("Then after lunch service, around four when it's quiet? Or we do the four weeks in May, before the "
          "season."),
        c("May, yes, that's better. Send me the proposal for May.", NONE),
    ],
    worse=[
        t("That's very common. We have a general English programme, twelve weeks, levels A2 to B2, two classes a "
          "week at our school in Tivat. For forty staff it's 4,800 euros."),
        c("4,800. That's a lot. And they'd have to go to Tivat in the middle of the season.", PRICEY),
        t("We give 10% off for groups over thirty, and we also offer online classes in the evening."),
        c("Online in the evening, after a double shift? They have no time for that.", NO_TIME),
        t("Understood. I'll send you the programme and the price list, and you can discuss it with the owner."),
        c("Yes, send it. I'll talk to him.", THINK),
    ],
))

PAIRS.append(dict(
    id="b28r_d07_boreholepump",
    situation="Spoken, pump and solar supplier, Ouagadougou, Burkina Faso. A market gardener whose solar "
              "borehole pump gives less water asks for a bigger pump. Better diagnoses first (falling water "
              "level, dusty panels) and proposes a cheap check; worse recommends bigger pumps straight away.",
    opening="Bonjour. My solar pump for the vegetable garden, it gives less and less water. I think I need a "
            "bigger pump. What do you have?",
    better=[
        t("Bonjour. Before we talk about a bigger pump: since when is it less, and is it less all day, or only in "
          "the morning and evening?"),
        c("Since March, slowly. At midday it's okay, the morning it's very weak.", NONE),
        t("Okay at midday means the pump still works in full sun. In the dry season the water in the borehole also "
          "goes down. Do you know how deep the pump hangs, and where the water is now?"),
        c("The pump is at 40 metres. The water, I don't know. My neighbour says his borehole is lower this year.",
          NONE),
        t("Then it may be the water level, or the panels are dirty from the harmattan dust, or both. A bigger pump "
          "won't help if the water drops below it. A technician can measure the level and check the panels and "
          "the pump, 15,000 francs. Then we decide together."),
        c("15,000 just to measure? Hmm. But a new pump is 400,000... Okay, send him.", PRICEY),
    ],
    worse=[
        t("Bonjour. Yes, for a garden you can go up to this one, 1.1 kilowatt, it gives 60% more water. 420,000 "
          "francs with installation."),
        c("420,000... that is a lot. And it works with my panels?", PRICEY),
        t("You'd need two more panels, 120,000. Or the 750-watt model works with your panels now, 310,000, still "
          "30% more water."),
        c("I don't know. I'll talk with my brother first, he shares the garden.", THINK),
        t("Of course. Here is the brochure with both models."),
        c("Thank you. I'll come back next week.", NONE),
    ],
))

PAIRS.append(dict(
    id="b28r_d08_crackedtooth",
    situation="Spoken phone call, dental clinic, Mackay, Queensland, Australia. A man with a cracked back tooth "
              "has avoided dentists for ten years and says he is nervous. Better acknowledges it, offers a "
              "look-only first visit and the first slot of the day; worse is friendly and efficient but talks "
              "treatment and cost straight away, and he backs off.",
    opening="Hi, um, I need to book something. I cracked a tooth, I think. Back one. I haven't been to a dentist "
            "in about ten years, I'm... not great with dentists.",
    better=[
        t("Thanks for telling me, honestly, it helps. Plenty of people here haven't been in a while, nobody's "
          "going to lecture you. Is it hurting right now?"),
        c("Only when I chew on that side. And cold drinks.", NONE),
        t("Then it's worth seeing soon, before it gets worse. For a first visit, would it help if it was just a "
          "look? No treatment that day unless you want it, the dentist explains what she sees and you decide "
          "after."),
        c("Yeah... that'd help. I'd probably chicken out otherwise. What does a look cost?", NONE),
        t("Exam and an X-ray is 95, most health funds cover part of it. Dr Anand is very calm. She's got Thursday "
          "at 8, first of the day, so no sitting in the waiting room stewing. Or Friday at 2."),
        c("Thursday at 8. Before I change my mind.", NONE),
        t("Done. Bring headphones if you like, and you can put your hand up to stop any time. I'll text you a "
          "reminder Wednesday."),
    ],
    worse=[
        t("No problem, we can get you in. With a cracked tooth she'll probably do a filling or a crown, depending "
          "on how bad. We have Thursday at 11:30 or Friday at 2."),
        c("A crown? How much is that? Hm, I'm not sure I can afford that right now.", NO_MONEY),
        t("Crowns start from 1,400, but she'll only know when she sees it. The exam is 95, and health funds cover "
          "part."),
        c("Okay. Um. Maybe Friday. Or... can I call you back? I'm a bit nervous about all this.", THINK),
        t("Of course, call whenever you're ready. We're open till 5."),
        c("Okay. Thanks.", NONE),
    ],
))

PAIRS.append(dict(
    id="b28r_d09_deckboards",
    situation="Spoken, independent timber yard, Truro, Nova Scotia, Canada. A careful, price-comparing homeowner "
              "asks for a price on deck boards against a big-box quote. Better checks the rotten old frame before "
              "selling boards and handles the price doubt honestly; worse quotes fast and defends the price.",
    opening="How much for pressure-treated decking, for about 12 by 16? The big-box store in town gave me a "
            "price and I want to compare.",
    better=[
        t("Sure, I'll price it. First, is it a new deck or new boards on an old frame? Changes the list a lot."),
        c("New boards. Frame's from '98, the boards are rotten. Frame's fine, I think.", NONE),
        t("'I think' is the bit I'd check. If the joists are soft where they meet the house, new boards won't "
          "last. Have you pushed a screwdriver into the joist ends?"),
        c("Huh. No. You're not just trying to sell me a whole new deck, are you?", NONE),
        t("No. If the frame's good you only need boards and screws, about 700 with us. Do the screwdriver test "
          "this weekend; if it sinks in more than a quarter inch, come back and we'll talk joists. If not, bring "
          "the big-box quote and I'll match it on the boards if I can."),
        c("Fair enough. I'll do that Saturday.", NONE),
    ],
    worse=[
        t("Sure. For 12 by 16 in five-quarter by six, that's about 45 boards plus screws, 740 with tax."),
        c("They had it for 690 in town.", PRICEY),
        t("Ours is number one grade, fewer knots, and delivery's free. Theirs is mostly number two."),
        c("I'll think about it. Might just go with the cheaper.", THINK),
        t("No problem, the quote's good for two weeks."),
        c("Alright, thanks.", NONE),
    ],
))

PAIRS.append(dict(
    id="b28r_d10_weddingferry",
    situation="Spoken, ferry and travel ticket office, Visby, Gotland, Sweden. An independent 84-year-old woman "
              "buys a ferry ticket to the mainland. Better learns she is travelling alone to her granddaughter's "
              "wedding in Uppsala and arranges the whole journey without patronising her; worse sells the ticket "
              "correctly and stops there.",
    opening="Good afternoon. I would like a ferry ticket to Nynäshamn, for the twelfth of next month. I am "
            "eighty-four, so perhaps there is a pensioner price?",
    better=[
        t("Good afternoon. Yes, there's a pensioner price. The twelfth, morning or evening boat? And may I ask "
          "what takes you over, a visit?"),
        c("My granddaughter's wedding. In Uppsala. I haven't been to the mainland in six years.", NONE),
        t("How lovely. Then let's make the whole trip easy, not only the boat. From Nynäshamn to Uppsala is about "
          "two hours by train with a change in Stockholm. Is someone meeting you, or are you going on alone?"),
        c("Alone. My son says I'm too old for it. I'm not.", NONE),
        t("You certainly aren't. What I can do: the morning boat, a seat in the quiet lounge near the exit, and "
          "the train from Nynäshamn with assistance at the change in Stockholm, someone meets you on the "
          "platform. Would that be useful?"),
        c("The assistance... I don't need to be pushed around in a wheelchair, you know.", NO_NEED),
        t("No wheelchair. Just someone to show you the right platform and carry the suitcase up the steps. And "
          "you can wave them off on the day if you like."),
    ],
    worse=[
        t("Good afternoon. Yes, pensioners get 30% off. Morning at 7:45 or evening at 17:05?"),
        c("The morning one. I'm going to my granddaughter's wedding in Uppsala.", NONE),
        t("How nice! Morning boat on the twelfth, one pensioner, that's 310 kronor. Would you like a reserved "
          "seat? It's 60 more."),
        c("60 more just to sit down? No, I'll find a seat.", PRICEY),
        t("Of course. Here's your ticket. The boat arrives in Nynäshamn at 11:00."),
        c("And from there, how do I get to Uppsala?", NONE),
        t("There are trains from Nynäshamn, you can buy the ticket at the station or in the app."),
    ],
))

# ============================================================== f01-f10 (one fault each, in order)
# f01 argues with the customer
_o = ("Good morning. I'm collecting my Skoda from the service. But the bill says new brake pads, and I didn't "
      "ask for brake pads.")
_t1 = t("Good morning. Let me look... yes, the technician changed the front pads, and you're right, that wasn't "
        "on your order. Did anyone call you about it?")
_c2 = c("Nobody called me. I changed the pads myself in spring, I would have said no.", NONE)
_t5 = t("Your bill without the pads is 48,500 forints, for the service itself, and the car is washed and "
        "waiting in bay 2. Next time we'll call before any extra work.")
PAIRS.append(dict(
    id="b28r_f01_brakepads",
    situation="Spoken, car service centre, Szeged, Hungary. A customer collecting his car finds brake pads on "
              "the bill that he did not order. Fault in worse: the adviser argues with him that the pads were "
              "needed and that his own pads were poor, before giving in.",
    opening=_o,
    better=[
        _t1, _c2,
        t("Then that's on us, we should have called before doing anything extra. I'll take the pads and the "
          "labour off. The technician noted 3 mm left on your old ones, if that's useful to know."),
        c("3 mm after half a year? Hm. Maybe I bought cheap ones. I'll keep an eye on it.", NONE),
        _t5,
        c("Good. Thank you for sorting it out.", NONE),
    ],
    worse=[
        _t1, _c2,
        t("With respect, 3 mm is below the safe limit, so he had to. If you changed them in spring, the pads you "
          "bought weren't good ones. He did you a favour, really."),
        c("A favour I didn't ask for. I don't need your pads and I'm not paying for them.", NO_NEED),
        _t5,
        c("Fine. But I didn't like being told my pads were rubbish.", NONE),
    ],
))

# f02 doubts the customer's honesty
_o = "hi, i got my order yesterday (#SK-20931), the jacket zip is broken, it doesnt close at all. i want to return it"
_t1 = t("Hi, sorry about that! I can see order SK-20931, the green parka. Could you send a photo of the zip so I "
        "can log it as faulty?")
_c2 = c("sure, here [photo]. the slider just comes off the teeth", NONE)
_t5 = t("M in green is in stock. The label is in your inbox: drop the parcel at any Packeta point and the new one "
        "ships as soon as your parcel is scanned, usually 2-3 days.")
PAIRS.append(dict(
    id="b28r_f02_brokenzip",
    situation="Typed chat, online clothing shop, Bratislava, Slovakia. A customer's new parka arrived with a "
              "broken zip. Fault in worse: the agent suggests the customer may have broken it herself.",
    opening=_o,
    better=[
        _t1, _c2,
        t("Thanks, that's clear, the slider is faulty. Since it's a fault, return shipping is free, I'm emailing "
          "you a prepaid label. Would you like a refund, or the same jacket again?"),
        c("same jacket, size M, if you have it", NONE),
        _t5,
        c("perfect thanks", NONE),
    ],
    worse=[
        _t1, _c2,
        t("Thanks. Hm, are you sure it was like this when it arrived? We check every item before shipping, and "
          "zips usually break when they're forced. Anyway, I'm emailing you a prepaid label. Refund or the same "
          "jacket again?"),
        c("it was broken out of the bag, i didnt even try it on. kind of insulting tbh. same jacket size M i "
          "guess", NONE),
        _t5,
        c("ok.", NONE),
    ],
))

# f03 haggles on price at once
_o = ("Hi. I'm organising a small music festival at the waterfront in October, two nights. I got your quote for "
      "the sound, 380,000 vatu. Honestly, that's more than we budgeted.")
_t3 = t("For six to eight hundred on the waterfront, the mid-size system is plenty, you don't need the big rig. "
        "I'll redo the quote on that. What's on stage, bands with drummers, or mostly DJs and string bands?")
_c4 = c("String bands mostly, two reggae bands on the Saturday, and a DJ to finish.", NONE)
_t5 = t("Then you need monitors for the bands but not the big subs. I'll send the new quote tonight, with our "
        "engineer for both nights. Can we go through it on the phone tomorrow at ten?")
PAIRS.append(dict(
    id="b28r_f03_festivalsound",
    situation="Spoken phone call, sound and lighting hire (B2B), Port Vila, Vanuatu. A first-time festival "
              "organiser says the sound quote is over budget. Fault in worse: the trainee offers 15% off at once "
              "instead of first finding out what the event needs.",
    opening=_o,
    better=[
        t("Thanks for telling me straight. Before we talk numbers, what crowd are you expecting? That quote was "
          "built for a big rig for about two thousand people."),
        c("Two thousand? No, it's the first year. Six, eight hundred maybe.", NONE),
        _t3, _c4, _t5,
        c("Tomorrow at ten, yes. Thanks.", NONE),
    ],
    worse=[
        t("Okay, I hear you. I can take 15% off straight away, so 323,000. Does that work better?"),
        c("It's better, but still over what we have. And honestly it's the first year, six, eight hundred people "
          "maybe.", PRICEY),
        _t3, _c4, _t5,
        c("Tomorrow at ten. With the 15% still on, yes?", NONE),
    ],
))

# f04 gives unasked advice
_o = ("Hi, hi, I have an appointment at eleven with Shanice? Just a trim. I want to keep the length, I'm growing "
      "it out for my sister's wedding.")
_t1 = t("Hi! Yes, come through, Shanice is just finishing, I'll get you washed first. Growing it for the wedding, "
        "when is it?")
_c2 = c("June. So five months. I just want the ends tidy.", NONE)
_t5 = t("Got it. I'll write down for Shanice: ends only, keep the length, it's for June. Water's warm, lean back "
        "for me.")
PAIRS.append(dict(
    id="b28r_f04_salontrim",
    situation="Spoken, hair salon, Nassau, Bahamas. A client comes for a trim and wants to keep her length for "
              "her sister's wedding. Fault in worse: the junior stylist volunteers advice on a new cut, her "
              "styling habits and products that the client did not ask for.",
    opening=_o,
    better=[
        _t1, _c2,
        t("Five months, good. Then a light dusting, just the split ends, about a quarter inch, so you keep the "
          "length. What are you using on it at the moment?"),
        c("A leave-in conditioner. And the flat iron sometimes.", NONE),
        _t5,
        c("Lovely.", NONE),
    ],
    worse=[
        _t1, _c2,
        t("Five months, good. Honestly though, with your face shape a shoulder-length bob would look amazing, and "
          "the ends are quite damaged, you should really stop flat-ironing every day. And coconut oil is better "
          "than what you're using."),
        c("Ehm, I didn't ask about a bob. I'm keeping the length, it's for the wedding. And I don't iron it "
          "every day.", NO_NEED),
        _t5,
        c("Mm-hm.", NONE),
    ],
))

# f05 gives no date for the fix
_o = ("Good evening, the heating in my apartment is not working since yesterday. Apartment 12, Ferhadija 7. it is "
      "13 degrees inside and I have a baby.")
_t1 = t("Good evening, I'm sorry, with a baby that's urgent. Are all the radiators cold, or only some? And do you "
        "know if your neighbours' radiators are working?")
_c2 = c("all cold. neighbour in 11 says hers are warm.", NONE)
_t3 = t("Then it's probably the valve or the pipe loop to your flat, not the building boiler. For tonight we can "
        "bring you an electric heater from the office. Would that help?")
_c4 = c("yes please! thank you", NONE)
PAIRS.append(dict(
    id="b28r_f05_coldflat",
    situation="Typed chat, property management company, Sarajevo, Bosnia and Herzegovina. A tenant with a baby "
              "has had no heating since yesterday. Fault in worse: the repair is passed on with no date or time "
              "given.",
    opening=_o,
    better=[
        _t1, _c2, _t3, _c4,
        t("Amra will bring it by 21:00. For the radiators, our technician Kemal comes tomorrow between 8 and 10 and "
          "calls you 15 minutes before. If it isn't fixed by tomorrow evening, write to me here."),
        c("ok 8-10 tomorrow, i will be home. thanks", NONE),
    ],
    worse=[
        _t1, _c2, _t3, _c4,
        t("Amra will bring it by 21:00. For the radiators, I'll pass it to the technician and he'll contact you "
          "when he has a free slot."),
        c("and when will that be? a heater is not a solution for days. please give me a day", NONE),
    ],
))

# f06 promises what cannot be guaranteed
_o = ("hi, moving from tórshavn to tvøroyri on 28 june. 2 bedroom flat. piano too :/ can you do it and can you "
      "promise it arrives the same day, we only get the keys that day and need to sleep there")
_t1 = t("Hi! Yes, we do Suðuroy moves often, pianos too. 2 bedrooms plus a piano is one truck and 3 movers. Is the "
        "piano upright, and are there stairs at either end?")
_c2 = c("upright. 2nd floor in tórshavn, the lift is too small for it. ground floor in tvøroyri", NONE)
_t3 = t("Then it goes down the stairs on our piano straps, that's fine. For the 28th we'd book the truck on the "
        "morning ferry, it arrives Krambatangi around 09:30, so you'd be unloaded by early afternoon.")
_c4 = c("and if the weather is bad? people say the ferry gets cancelled sometimes", NONE)
_t7 = t("Fixed price 14,500 kr including the truck's ferry fare and the piano. I'll send the booking confirmation "
        "today.")
PAIRS.append(dict(
    id="b28r_f06_ferrymove",
    situation="Typed chat, removals company, Tórshavn, Faroe Islands. A couple moving by ferry to Suðuroy ask "
              "for a promise that their things arrive on the day they get the keys. Fault in worse: the trainee "
              "guarantees same-day delivery whatever the weather, which no one can promise.",
    opening=_o,
    better=[
        _t1, _c2, _t3, _c4,
        t("It can happen, and I can't control it. If the morning sailing is cancelled we take the next one the "
          "same day; if every sailing is off, your things stay safe in our warehouse and we go the next day at no "
          "extra cost. I'd pack an overnight bag just in case."),
        c("ok thats honest. overnight bag it is. whats the price?", NONE),
        _t7,
    ],
    worse=[
        _t1, _c2, _t3, _c4,
        t("Don't worry about the ferry at all. I promise everything will be in your new flat by lunchtime on the "
          "28th, guaranteed, whatever the weather."),
        c("wow ok great, thats a relief. whats the price?", NONE),
        _t7,
    ],
))

# f07 does not check that the fix worked
_o = ("Hi, since this morning nobody in the office can send emails from Outlook. Receiving works. We have a court "
      "filing deadline at 3pm, please help")
_t1 = t("Hi, understood, deadline at 3, let's move fast. What do you see when you send? Does it sit in the outbox, "
        "or is there a popup?")
_c2 = c("they stay in the outbox. popup says 'authentication failed' something", NONE)
_t3 = t("Thanks. That matches the security change on the mail server last night, it needs a fresh sign-in. I've "
        "reset the office's sessions on our side... done. Close Outlook completely and open it again, it will ask "
        "for your password once, use your normal one.")
_c4 = c("ok it asked, i typed it", NONE)
PAIRS.append(dict(
    id="b28r_f07_outlookauth",
    situation="Typed chat, IT support provider for a small law firm, Tirana, Albania. Nobody in the office can "
              "send email on the morning of a court filing deadline. Fault in worse: after the fix the agent does "
              "not check that a test email actually goes out.",
    opening=_o,
    better=[
        _t1, _c2, _t3, _c4,
        t("Great. Now send a test email to me here at support, and check the outbox is empty. What do you see?"),
        c("outbox empty. did you get it?", NONE),
        t("Got it, 11:42. It's working. The others will get the same password prompt when they restart Outlook. "
          "If anyone is still stuck, message me here, I'm on until 5."),
    ],
    worse=[
        _t1, _c2, _t3, _c4,
        t("Great, that should fix it. The others will get the same password prompt when they restart Outlook. "
          "If anyone is still stuck, message me here, I'm on until 5."),
        c("ok thanks", NONE),
    ],
))

# f08 recommends before asking
_o = "G'day. I'm after some paint for a bathroom. White-ish. Something that won't go mouldy."
_c4 = c("Fan's on the list, the landlord's been promising one for years. What does all that come to?", NONE)
_t5 = t("Mould wash 18, primer 62, bathroom paint 89 for four litres, so about 170. And since you're renting, check "
        "with the landlord before you paint, some want their colour kept.")
_c6 = c("Bit more than I wanted to spend. I'll run it past the landlord first and come back Saturday.", THINK)
_t7 = t("Sounds good. I'll write the list down for you so you've got it.")
PAIRS.append(dict(
    id="b28r_f08_mouldpaint",
    situation="Spoken, paint shop, Launceston, Tasmania, Australia. A tenant wants paint for a bathroom that "
              "'won't go mouldy'. Fault in worse: the trainee names a product and price before asking anything; "
              "the customer then has to bring up the existing mould himself.",
    opening=_o,
    better=[
        t("Sure thing. What's on the walls now, and is there any mould there already?"),
        c("Old cream paint, and a bit of black mould up in the corner over the shower. It's a 1950s place in "
          "Invermay, no exhaust fan.", NONE),
        t("Right, mould's already there and no fan. Paint on its own won't win that. You'd kill the mould first "
          "with a mould wash, let it dry, then a stain-blocking primer, then a bathroom paint with mould inhibitor. "
          "And a fan, or opening the window after showers, makes the biggest difference of all."),
        _c4, _t5, _c6, _t7,
    ],
    worse=[
        t("Sure thing. You want our bathroom and kitchen low-sheen, it's got mould inhibitor in it. Four litres "
          "is 89. Which white were you after?"),
        c("Uh, okay. There's already black mould up over the shower though, will that cover it? And there's no "
          "fan in there.", NONE),
        t("Ah, right, if the mould's already there, paint on its own won't win that. You'd kill it first with a "
          "mould wash, let it dry, then a stain-blocking primer, then the bathroom paint. And a fan, or opening the "
          "window after showers, makes the biggest difference of all."),
        _c4, _t5, _c6, _t7,
    ],
))

# f09 uses unexplained jargon
_o = ("Hi, we're, uh, first-time buyers. We found a house on 18th Street, 285 thousand. We've got about 15 "
      "saved. Is that even enough?")
_t1 = t("Congratulations on finding a place! Fifteen thousand is a start, yes. Roughly what's your household "
        "income, and any debts like car loans?")
_c2 = c("About 92 together. One car loan, 380 a month.", NONE)
_t5 = t("Yes, you'd qualify. Next step is a pre-approval: recent pay stubs, your tax slips from the last two years, "
        "and the car loan statement. It's free and takes about two days. Could you bring them in by Thursday?")
PAIRS.append(dict(
    id="b28r_f09_firsthome",
    situation="Spoken, mortgage broker, Brandon, Manitoba, Canada. A young couple buying their first house ask "
              "whether their savings are enough. Fault in worse: the broker answers in unexplained industry "
              "jargon.",
    opening=_o,
    better=[
        _t1, _c2,
        t("Thanks. Fifteen down on 285 is about 5%, the minimum at that price. With less than 20% down, the lender "
          "requires mortgage default insurance, it protects the lender if payments stop; it's about 4% of the loan "
          "and gets added to the mortgage, not paid up front. On your income the payment would be around 1,650 a "
          "month at today's rates."),
        c("Okay, 1,650, that's about our rent now. So we can actually do this?", NONE),
        _t5,
        c("Thursday works. We'll bring everything.", NONE),
    ],
    worse=[
        _t1, _c2,
        t("Thanks. With 15 down you're at roughly 95 LTV, so you're high-ratio and need CMHC, premium's 4% on the "
          "balance, rolled in. You'd pass the stress test at the qualifying rate on a 25-year am, GDS around 28, "
          "TDS under 40."),
        c("Sorry, I... don't know what half of that means. But you're saying we can do it?", NONE),
        _t5,
        c("Okay... Thursday. Maybe my dad comes too, he understands this stuff.", NONE),
    ],
))

# f10 makes it about themselves
_o = ("Hello, I'm looking at your Pamir Highway tour in August, the fourteen days. I'm fifty-eight, reasonably "
      "fit, but I've never been above three thousand metres. Is that a problem?")
_t1 = t("Hello, thank you for calling, it's a good question. The tour goes up to 4,655 metres at the Ak-Baital "
        "pass, but slowly: first nights in Khorog at 2,100, and Bulunkul at 3,700 only on day six. Any health "
        "conditions we should know about, heart or lungs?")
_c2 = c("No, nothing. Blood pressure normal. I walk a lot at home, sometimes in the Alps, but only to about 2,500.",
        NONE)
_t5 = t("Next step, if you like: I'll email the day-by-day plan with all the altitudes, and the booking form. We "
        "hold your place seven days with no deposit. What's your email?")
_c6 = c("It's keller.anna at web dot de.", NONE)
_t7 = t("Got it, you'll have it within the hour. Any questions after reading, call me, I'm Farrukh.")
PAIRS.append(dict(
    id="b28r_f10_pamiraltitude",
    situation="Spoken phone call, trekking and jeep tour operator, Khorog, Tajikistan. A German woman of 58 asks "
              "whether altitude will be a problem. Fault in worse: the trainee turns the answer into a long story "
              "about their own altitude sickness and experience.",
    opening=_o,
    better=[
        _t1, _c2,
        t("Then you're like most of our guests, and every year some are in their sixties. The guide carries oxygen "
          "and a pulse oximeter, and if someone feels bad we go down, that's the rule. Some people see a travel "
          "doctor about altitude tablets before they come."),
        c("That's reassuring. The oxygen especially.", NONE),
        _t5, _c6, _t7,
    ],
    worse=[
        _t1, _c2,
        t("Then you'll be fine! You know, the first time I crossed Ak-Baital I was nineteen, in my uncle's truck, "
          "the radiator boiled, we waited six hours, and I was so sick, a headache like a hammer! Now I drive it "
          "every year and I feel nothing, my body is from here. Anyway, the guide carries oxygen."),
        c("Ha. Okay. Well, I'm not from there, so the oxygen is good to know.", NONE),
        _t5, _c6, _t7,
    ],
))
