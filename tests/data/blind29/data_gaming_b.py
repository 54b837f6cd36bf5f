"""Gaming pairs, part B: kinds keyword_stuffed .. blame (14 pairs).

Every pair is its own scene, written by hand. Each side opens with the same customer line.
"""
from common import c, t

PAIRS = []

# ---------------------------------------------------------------- 9. keyword_stuffed
_open = c("Right, I'll be honest with you, I've got fifteen minutes between patients. Our server keeps freezing "
          "when the X-ray software's open, and our current IT guy takes three days to call back.", None)
PAIRS.append({
    "id": "b29g_itsupport_glasgow",
    "business": "IT managed-services provider for small practices, Glasgow, Scotland",
    "kind": "keyword_stuffed",
    "situation": "A blunt, time-pressed dental practice manager calls about a server that freezes during X-rays "
                 "and an unresponsive current IT contractor.",
    "good": [
        _open,
        t("Fifteen minutes, understood, I'll keep it tight. When it freezes, what happens in the surgery — does "
          "the dentist just wait?"),
        c("The dentist waits, the patient's sat there with their mouth open, and I'm on the phone to a guy who "
          "doesn't answer. Happened twice last week.", None),
        t("So it's stopping clinical work a couple of times a week, and you can't get anyone. How old's the "
          "server, roughly?"),
        c("No idea. Came with the practice when Dr Mackay bought it. Six, seven year? It's in a cupboard next to "
          "the boiler.", None),
        t("Next to the boiler — that may be half of it, they hate heat. I'd not quote you anything till someone's "
          "looked. I can have an engineer in for an hour on Thursday, free, to check the server and the X-ray "
          "setup and tell you what's actually wrong."),
        c("Free, aye. They always say free and then it's a three-year contract. We got stung like that with the "
          "phone system.", "bad_experience"),
        t("Fair enough. There's nothing to sign on Thursday. You get a written note of what he finds, and you can "
          "hand it to your current guy if you like. If you want us after that, we'd talk about a one-hour "
          "response for anything that stops a chair."),
        c("One hour. Right. Thursday when?", None),
        t("First thing before your patients, or lunchtime — which disturbs you less?"),
        c("Half eight. Before the first patient. Don't be late.", None),
    ],
    "gaming": [
        _open,
        t("Absolutely, and thank you for sharing that. At CaledonIT we take a holistic approach to your product "
          "needs, your service needs, your experience needs, your relationship needs and ultimately your success "
          "needs. Can you tell me more about your journey?"),
        c("My journey is a freezing server and fifteen minutes. Can you fix it or not?", None),
        t("I hear you, and I want to play back what I'm hearing: your experience as a valued partner matters, and "
          "the relationship with your IT provider isn't meeting your success goals. Is that a fair reflection?"),
        c("No. The server freezes. That's it. What does it cost to have someone look at it?", None),
        t("Great question. We believe in a needs-first, partnership-led conversation. Before we discuss "
          "investment, what does success look like for you, long term, at the level of your goals and "
          "aspirations?"),
        c("Success is the X-ray software not crashing. I've no time for this, honestly.", "no_time"),
        t("I completely respect your time, and your time is part of your experience needs. What else matters to "
          "you at the relationship level as we explore next steps together?"),
        c("Just stick a price in an email. I've a patient waiting.", "brush_off"),
        t("Wonderful. I'll send over our Partnership Success Framework and we can co-create a roadmap."),
    ],
})

_open = c("hi! were getting married next oct, about 80 guests, mostly flying in from singapore and KL. looking at "
          "ur cliff venue. is it ok if it rains?? also budget is kinda tight", None)
PAIRS.append({
    "id": "b29g_wedding_bali",
    "business": "Clifftop wedding venue, Uluwatu, Bali, Indonesia",
    "kind": "keyword_stuffed",
    "situation": "Typed chat. A Singaporean groom asks about rain cover and price for an 80-guest destination "
                 "wedding in October; their budget is well under the venue's headline package.",
    "good": [
        _open,
        t("Hi and congratulations! October is the start of the wet season here, so rain is a fair worry. We have "
          "a covered pavilion next to the cliff lawn that seats 90 — many couples do the ceremony on the lawn and "
          "dinner under cover, and we decide on the day. How important is it to have the ceremony outside?"),
        c("very important for my fiancée haha, she wants the sunset photos. but if it rains the guests cant be "
          "sitting in mud", None),
        t("Got it 😊 Sunset on the cliff for the photos, nobody in the mud. Late October sunset is around 6:15, so "
          "we'd plan the ceremony for 5:15 and keep the pavilion ready as backup. On budget — what range are you "
          "working with, roughly?"),
        c("around 15k SGD for venue + food. we saw ur packages start at 22k tho so maybe its not for us",
          "too_expensive"),
        t("Thanks for being straight. The 22k is a Saturday with the full plated dinner. A Thursday in October "
          "with a buffet comes closer to 16-17k for 80 guests. Would a weekday work, since most guests are flying "
          "in anyway?"),
        c("hmm maybe, most ppl will take leave anyway. let me check w my fiancée and our parents", "think_it_over"),
        t("Of course. I'll send you a Thursday quote tonight, with and without the pavilion dinner, so you can "
          "compare. There's no deposit to hold a date for 7 days if you find one you like."),
        c("perfect thank u!! will get back to u by the weekend", None),
    ],
    "gaming": [
        _open,
        t("Hi and congratulations!! 💕 At Sukha Cliffs we believe every wedding is a journey of experience, "
          "relationship and success. We'd love to understand your needs at every level — product, service, "
          "experience, relationship and your success as a couple!"),
        c("haha ok thanks. but what happens if it rains?", None),
        t("Great question! We're all about the guest experience, and our service philosophy is to exceed your "
          "experience needs so your relationship goals are fully supported on your special day ✨"),
        c("ok but is there a roof or not lol", None),
        t("Our team is committed to a needs-first partnership with every couple! Could you share your success "
          "vision for the day, so we can align on your experience needs?"),
        c("success vision = not wet. and price. ur packages start at 22k and our budget is 15k", "too_expensive"),
        t("We totally hear you, and we value the relationship! Investment is part of your experience journey. "
          "What else matters to you on the relationship and success level?"),
        c("nvm i think we'll look at other places. thx", "brush_off"),
    ],
})

# ---------------------------------------------------------------- 10. rude
_open = c("Hiya, I've got a card through the door saying you tried to deliver, but I was in all day — I was "
          "working from home. It's my daughter's birthday present, her party's Saturday.", None)
PAIRS.append({
    "id": "b29g_parcels_manchester",
    "business": "Parcel carrier's collection depot, Trafford Park, Manchester, England",
    "kind": "rude",
    "situation": "A frustrated mother comes to the depot counter for a birthday parcel after a driver left a "
                 "'missed delivery' card although she was home all day.",
    "good": [
        _open,
        t("Oh no, sorry about that — we do get drivers not knocking, and I'll pass it on. Have you got the card? "
          "The number on the bottom tells me where it is."),
        c("Here. 7 7 3 1 0 2. I'm absolutely fuming, to be honest, I sat by the window half the afternoon.", None),
        t("I would be too. Right, it's here in the depot, came back on the van at half five. I can get it now if "
          "you've got ID with your address on."),
        c("Driving licence. Thank God it's here. She's been going on about it for months, it's a Lego set.", None),
        t("I'll go and grab it. I'll also log a complaint about the delivery with the route manager — do you want "
          "a call back about that, or are you happy just to have it?"),
        c("Just log it. I don't need a call, I just want it not to happen again.", "no_need"),
        t("Done. Here you go — box looks fine. Have a quick check it's the right one before you go."),
        c("That's it. Brilliant, ta, you've saved my bacon.", None),
        t("Hope she has a great party."),
    ],
    "gaming": [
        _open,
        t("Card."),
        c("Sorry? Oh — here. But I was in all day, nobody knocked.", None),
        t("Driver says he knocked. They all say they were in."),
        c("Well, I was. I was on a Teams call at the window. Is it here or not?", None),
        t("It's here. ID."),
        c("Could you maybe say please? I've taken time off to come down here.", None),
        t("Love, there's a queue behind you. ID or next."),
        c("Fine. Here. And I want to make a complaint about the driver.", None),
        t("Form's on the website. Not my problem."),
        c("Unbelievable. Just give me the parcel.", None),
    ],
})

_open = c("Hello anh, my phone screen is cracked, I dropped it from the motorbike. Can you fix? How much? I am a "
          "student so... not too expensive please.", None)
PAIRS.append({
    "id": "b29g_phonerepair_hcmc",
    "business": "Phone repair stall, District 10, Ho Chi Minh City, Vietnam",
    "kind": "rude",
    "situation": "A student who also delivers food part-time brings a cracked mid-range phone to a repair stall "
                 "and is worried about the price.",
    "good": [
        _open,
        t("Let me see. Ah, Samsung A54. The glass is broken — does the touch still work okay?"),
        c("Touch is okay, only the corner is a bit crazy, sometimes it opens apps by itself.", None),
        t("Then the touch layer is damaged too. Original screen is 2 million 400. A copy screen is 900 thousand, "
          "but the colour is not as good and the fingerprint may not work."),
        c("2.4 million? That's almost half my room rent, anh. The copy one... is it really okay?", "too_expensive"),
        t("It works, but on this phone the fingerprint is under the screen, so with a copy you lose that, and it "
          "uses a bit more battery. What do you use the phone for most?"),
        c("Studying, Zalo, and I do Grab Food part-time, so I'm on the map all day.", None),
        t("If you're on the map all day on the bike, I'd say the original — the copy screen gets dim in strong "
          "sun. But if money is too tight right now, you can do the copy and I give three months' warranty."),
        c("Hmm. I think I ask my parents to help for the original. Can I come back tomorrow?", "think_it_over"),
        t("Sure. I'll have the original in stock by 10 tomorrow. For now I put a free protector on so the glass "
          "doesn't cut your finger."),
        c("Thank you anh! See you tomorrow.", None),
    ],
    "gaming": [
        _open,
        t("Student, student, everyone is student. Original 2 million 400. Take it or go."),
        c("So expensive... is there something cheaper?", "too_expensive"),
        t("Copy 900. Cheap phone, cheap screen, what do you expect."),
        c("It's not a cheap phone, I saved six months for it. Will the fingerprint still work with copy?", None),
        t("Don't know. Don't care. You want or not? I have customers waiting."),
        c("There's nobody waiting. Why are you so rude?", None),
        t("Because you waste my time asking. You drop phone from motorbike, that's your problem."),
        c("Okay, I go to the shop across the street.", None),
        t("Go. They're worse."),
    ],
})

# ---------------------------------------------------------------- 11. ignored_customer
_open = c("Hi, good morning. Look, I didn't sleep much — there was some kind of party in the room next to me, 412, "
          "until about 2 a.m. And I also need to ask about sending our big suitcases ahead to Tokyo.", None)
PAIRS.append({
    "id": "b29g_hotel_kyoto",
    "business": "City hotel front desk, Kyoto, Japan",
    "kind": "ignored_customer",
    "situation": "A tired guest reports a late party next door that the night desk did not stop, and asks about "
                 "forwarding luggage to Tokyo before the bullet train.",
    "good": [
        _open,
        t("Good morning. I'm very sorry — you should have had a quiet night. Did you call the front desk at the "
          "time?"),
        c("I did, about midnight. Someone said they'd speak to them, but it went on for another two hours.", None),
        t("Then we failed you twice, and I apologise. I'll report it to the manager this morning. You stay two more "
          "nights — would you like to move to a quieter room today? There is one on the sixth floor, away from "
          "the lift."),
        c("Honestly, I'd rather not pack everything up again. Are the party people staying on?", "no_need"),
        t("Let me check... They check out this morning. So you can stay where you are. If there is any noise "
          "tonight, call and I'll come up myself — I'm Sato, on duty until 11 p.m."),
        c("Okay, then I'll stay put. Now, the suitcases — we go to Tokyo on Thursday by Shinkansen.", None),
        t("Yes, we can send them by takkyubin. If you give them to me by Tuesday 5 p.m., they arrive at your Tokyo "
          "hotel on Wednesday. About 2,500 yen each. Which hotel in Tokyo?"),
        c("The Granbell in Shinjuku. Two suitcases. That's perfect, we don't want to drag them on the train.", None),
        t("I'll prepare the forms. Bring them down any time before Tuesday at five. And the manager may call your "
          "room today about last night."),
    ],
    "gaming": [
        _open,
        t("Good morning! I hope you are enjoying Kyoto! Today is a beautiful day for Fushimi Inari, it's less "
          "crowded before nine."),
        c("Um, thanks. But did you hear me? The room next door, 412, there was a party until 2 a.m.", None),
        t("Oh, yes! Breakfast is served until 10:30 on the second floor, the Kyoto-style tofu is very popular."),
        c("I'm not asking about breakfast. I called at midnight and nothing happened.", None),
        t("We are happy to help! Would you like me to book a taxi, or a tea ceremony? The one in Gion has space "
          "this afternoon."),
        c("I don't want a tea ceremony. Can I at least send our suitcases to Tokyo? We leave on Thursday.", "no_need"),
        t("Thursday is a great day to visit Nara too! The deer are very friendly. Here is a map."),
        c("Is there a manager I can speak to?", None),
        t("Of course! Have a wonderful day in Kyoto!"),
    ],
})

_open = c("hola, my internet cuts every night between 9 and 11, i work remote for a company in canada and my calls "
          "drop. this is the 3rd time i write. please dont tell me to restart the router again", None)
PAIRS.append({
    "id": "b29g_isp_buenosaires",
    "business": "Home fibre internet provider, support chat, Buenos Aires, Argentina",
    "kind": "ignored_customer",
    "situation": "Typed chat. A remote worker, writing for the third time, loses her connection every evening "
                 "during calls with her employer and has already been told twice to restart the router.",
    "good": [
        _open,
        t("Hola, sorry you had to write a third time. I can see your two previous chats — both ended with a "
          "router restart, so I won't ask you again. Does it cut completely, or get very slow?"),
        c("completely. the internet light in the modem goes red, after 5-10 min green again. many times in the "
          "night", None),
        t("That points to something outside your home — probably the node in your area overloaded at peak hours. "
          "Can I run a line test now? It takes 2 minutes and you stay connected."),
        c("ok do it", None),
        t("Done. Your line shows 14 drops yesterday between 21:05 and 22:50, and a lot of noise on the signal. "
          "It's not your equipment. I'm opening a ticket for a technician to check the node and the cable to your "
          "building."),
        c("finally someone believe me. when do they come? i cant lose more calls, my boss is already annoyed",
          None),
        t("First slot is Thursday 8–13. Until it's fixed I can send you a 4G backup modem for free, by courier "
          "tomorrow. Would that help with the calls?"),
        c("yes please, thursday is ok and the backup is perfect. same address, palermo", None),
        t("Done. Ticket 88-2041-AR. The technician calls 30 minutes before arriving. If it cuts before Thursday, "
          "write here with that number and it comes straight to my team."),
    ],
    "gaming": [
        _open,
        t("Hola! Thank you for contacting FibraSur 😊 Did you know you can upgrade to 1 Gbps for only $4,000 more "
          "a month?"),
        c("i dont need more speed, i need it to not cut. it cuts every night 9 to 11", "no_need"),
        t("I understand! Let's try a quick fix: please unplug your router for 30 seconds and plug it back in."),
        c("I SAID dont tell me to restart. i did it 20 times. the 2 other agents said the same", None),
        t("Great! Did restarting help? 😊 You can also manage your account in our new app FibraSur+, on iOS and "
          "Android."),
        c("no it did not help. can you send a technician yes or no?", None),
        t("Thanks for your patience! Is there anything else I can help you with today?"),
        c("are you a bot? i want a technician or i cancel and go to the other company", None),
        t("We're sorry to see you go! Remember you can always check our FAQ for connection tips. Have a great day! "
          "🌟"),
    ],
})

# ---------------------------------------------------------------- 12. repeated_questions
_open = c("Hi. Um. My dad passed on Sunday, at the QEII. The hospital said I should call a funeral home, and... "
          "I've never done this. I don't know what I'm supposed to do.", None)
PAIRS.append({
    "id": "b29g_funeral_halifax",
    "business": "Family funeral home, Halifax, Nova Scotia, Canada",
    "kind": "repeated_questions",
    "situation": "Phone call. A grieving daughter calls a funeral home for the first time; her father, a piper, "
                 "wanted to be buried beside her mother, but her brother wants a simple cremation.",
    "good": [
        _open,
        t("I'm so sorry about your dad. You don't have to know what to do — that's our job, and we'll go one step "
          "at a time. Can I ask your name, and his?"),
        c("I'm Karen. Karen MacLeod. He was Angus MacLeod. He was eighty-one.", None),
        t("Thank you, Karen. The first thing is to bring Angus into our care from the hospital. I can arrange that "
          "today, you don't need to be there. Is that all right with you?"),
        c("Yes. Yes, please. I didn't want him just... lying there.", None),
        t("We'll look after him. Did your dad ever talk about what he wanted — burial, cremation, a service?"),
        c("He wanted to be buried next to Mum in Antigonish. And he was a piper, so... he'd want the pipes. But my "
          "brother in Calgary says we should just do a small cremation, keep it simple. And the cost — I've no "
          "idea what any of this costs.", None),
        t("So your dad wanted to be with your mum in Antigonish, with the pipes, and there's your brother's view, "
          "and the cost. None of that has to be settled today. Would it help to meet on Wednesday, with your "
          "brother on the phone, and I'd bring written prices for both?"),
        c("That would help. I can't face arguing with him on my own right now.", None),
        t("Then we'll do it together. Wednesday at two, here, and we'll call him in. I'll phone you tomorrow "
          "morning to let you know Angus is with us. My name's Ruth — call me any time before then."),
        c("Thank you, Ruth.", None),
    ],
    "gaming": [
        _open,
        t("I'm sorry for your loss. Can I get the name of the deceased?"),
        c("Angus MacLeod. He was my dad. I'm Karen.", None),
        t("Thank you. And where did he pass?"),
        c("The QEII. Like I said.", None),
        t("Right. And the deceased's name again, for the form?"),
        c("Angus. MacLeod. M-A-C.", None),
        t("Got it. Burial or cremation?"),
        c("Burial. Next to my mum in Antigonish. Though my brother wants cremation, I don't know... Can we leave "
          "the decisions till I've talked to him? I can't think about money right now.", "think_it_over"),
        t("Sure. So, was that burial or cremation you'd like to go with?"),
        c("I just told you. Burial. I think. Can I... can I call you back tomorrow?", "think_it_over"),
    ],
})

_open = c("Good afternoon. We are a tea exporter in Colombo. Need a quote for 2 x 20ft containers to Dubai (Jebel "
          "Ali), FOB Colombo, cargo ready end of next week. Packed tea in cartons, about 18 tons total.", None)
PAIRS.append({
    "id": "b29g_freight_colombo",
    "business": "Ocean freight forwarder, Colombo, Sri Lanka",
    "kind": "repeated_questions",
    "situation": "Typed chat, B2B. A tea exporter gives full shipment details in the first message and needs "
                 "clean food-grade containers after a previous forwarder's smelly box cost him a buyer's pallets.",
    "good": [
        _open,
        t("Good afternoon, thanks for the details. 2x20' Colombo–Jebel Ali, FOB, 18 t packed tea, ready end of "
          "next week — noted. Do you need standard dry boxes, or food-grade with liners? Some tea shippers insist "
          "on it."),
        c("dry is ok but must be food grade, clean, no smell. last year one forwarder gave container smelling of "
          "fertilizer and buyer rejected 3 pallets", "bad_experience"),
        t("That's costly, sorry that happened. We can do a pre-stuffing inspection with photos before your cargo "
          "goes in, and we only accept food-grade releases from the line. Is cleanliness the main thing, or "
          "transit time as well?"),
        c("cleanliness first. transit ok within 10 days. rate also important, margins are thin this season", None),
        t("Understood. Current rate is USD 610 per container, direct service, 6 days. The inspection adds USD 25 "
          "per box."),
        c("610 is high. another agent quoted 540", "too_expensive"),
        t("Does theirs include Colombo THC and the documentation fee? Ours does. If theirs doesn't, it comes to "
          "about USD 650."),
        c("not sure, let me check with my shipping clerk and revert tomorrow", "think_it_over"),
        t("Sure. I'll hold space on the 28th sailing until tomorrow 5 pm, and I'm emailing the quote with the full "
          "breakdown now so your clerk can compare line by line."),
    ],
    "gaming": [
        _open,
        t("Good afternoon. Sure. What is the destination port?"),
        c("Jebel Ali, Dubai. as mentioned", None),
        t("Ok. How many containers and what size?"),
        c("2 x 20ft. its in my first message", None),
        t("Noted. What is the commodity?"),
        c("tea. packed tea in cartons, 18 tons. food grade containers please, last time a forwarder gave us one "
          "that stank of fertilizer", "bad_experience"),
        t("Ok. And the incoterm, FOB or CIF? And from which port?"),
        c("FOB Colombo!! its all in the first message. are you reading?", None),
        t("Sorry, just confirming. Rate is USD 640 per container. What is the cargo readiness date?"),
        c("end of next week. and 640 is too high anyway, other agent gave 540. ill go with them", "too_expensive"),
    ],
})

# ---------------------------------------------------------------- 13. wrong_paraphrase
_open = c("Marhaba. I want to book physiotherapy. My shoulder, the right one — I fell at football two weeks ago. "
          "The orthopaedic doctor at Khalidi Hospital said ten sessions.", None)
PAIRS.append({
    "id": "b29g_physio_amman",
    "business": "Physiotherapy clinic reception, Amman, Jordan",
    "kind": "wrong_paraphrase",
    "situation": "A bank employee books ten physiotherapy sessions for a football shoulder strain; he can only "
                 "come after work and not on Thursdays, and his insurance may cover only seven.",
    "good": [
        _open,
        t("Marhaba, sorry about the shoulder. Right shoulder, ten sessions. Do you have the doctor's referral with "
          "you, or the report?"),
        c("Yes, the paper is here. He said rotator cuff strain, not a tear, thank God.", None),
        t("Good, I'll copy it for the therapist. Ten sessions is usually two or three a week. When can you come?"),
        c("This is the problem. I work in a bank in Shmeisani, I finish at five. After five-thirty only. And not "
          "Thursday, Thursday I'm at my mother's.", None),
        t("So after five-thirty, any day except Thursday. Dr Rania has Sunday and Tuesday at six. And which "
          "insurance do you have?"),
        c("Sunday and Tuesday at six is good. Jordan Insurance, but I think they cover seven only, and three more "
          "at 25 dinars, it's a lot for me this month.", "no_money"),
        t("Understood. They sometimes approve extra sessions if the therapist sends a progress report after the "
          "sixth. I'll ask Dr Rania to do that, and you decide about the last three when we know."),
        c("Okay, that's fair. So Sunday at six I start.", None),
        t("Sunday at six. Wear a t-shirt, and bring the insurance card and the doctor's paper."),
    ],
    "gaming": [
        _open,
        t("Marhaba. So — your left shoulder, from a car accident, and the doctor said six sessions?"),
        c("No, the right shoulder. Football. Ten sessions.", None),
        t("Sorry, right shoulder, football. And the doctor said it's a tear, so you need our post-surgery "
          "programme?"),
        c("No, not a tear! A strain. No surgery. It's written here on the paper.", None),
        t("Ah okay. And you're free in the mornings, you said?"),
        c("I didn't say. I work at the bank until five. I need after five-thirty, and not Thursday.", None),
        t("Okay, so after five-thirty, and Thursdays suit you best. I'll put you Thursday at six."),
        c("Not Thursday. I said not Thursday. Thursday I'm at my mother's.", None),
        t("Sorry, sorry. Sunday and Tuesday, then. And your insurance covers all ten, correct?"),
        c("Seven, I think. Look, just give me the paper with the times, I'll call to confirm later. Maybe I try "
          "the clinic near my work.", "brush_off"),
    ],
})

_open = c("Buenos días. I'm the manager of the cooperative in Pitalito, we have sixty small coffee farmers. We're "
          "looking at a mechanical dryer, because drying on the patio is not working anymore with all this rain.",
          None)
PAIRS.append({
    "id": "b29g_coffeedryer_huila",
    "business": "Coffee-processing equipment supplier, Neiva, Huila, Colombia",
    "kind": "wrong_paraphrase",
    "situation": "B2B. A coffee co-operative manager wants to centralise drying because uneven home drying and "
                 "mould are costing all sixty members a quality penalty; the board fears the price.",
    "good": [
        _open,
        t("Buenos días. Sixty farmers and too much rain for the patios — I'm hearing that a lot this year. How is "
          "the coffee dried now: each farmer at home, or at the co-op?"),
        c("Each at home, on the roof, the marquesina, or on the patio. But the quality is different farm to farm. "
          "Some coffee comes in with mould, and the buyers in Bogotá cut the price for everyone.", None),
        t("So it's not just the rain — uneven drying on sixty farms is pulling down the price for the whole co-op. "
          "The idea is to dry everything centrally?"),
        c("Exactly. Centralise. In the main harvest we receive about 1,500 kilos of wet parchment a day.", None),
        t("1,500 kilos a day of wet parchment. What fuel would you have — is the electricity reliable there, or "
          "would it be coffee husk, or gas?"),
        c("The electricity cuts sometimes. Husk we have plenty, from our own hulling. But honestly the board is "
          "scared of the price. The last quote we got was 180 million pesos.", "too_expensive"),
        t("That's real money for a co-op. Two things help: a husk-fired dryer is much cheaper to run, and the "
          "Federación has a co-financing line for equipment this year. Would it help if I presented to the board "
          "with actual numbers — the cost, and what a better price per kilo gives back?"),
        c("Yes, that helps. The board meets the first Saturday of the month.", None),
        t("Then I'll prepare it for Saturday the 5th. Can you send me last year's volumes and the quality "
          "deductions you got? I'll build the numbers on your data, not on a brochure."),
    ],
    "gaming": [
        _open,
        t("Buenos días. So you have six hundred farmers and you want to replace the marquesinas with solar dryers, "
          "is that right?"),
        c("No, no. Sixty farmers. And not solar — it's raining, that's the whole problem. A mechanical dryer.",
          None),
        t("Ah, sixty, perfect. So the issue is the buyers in Bogotá want you to dry on the patio, yes?"),
        c("No, the opposite. Patio drying is uneven and the buyers punish us for mould.", None),
        t("Understood. And you process about fifteen thousand kilos a day at peak."),
        c("One thousand five hundred. Fifteen hundred. Are you writing this down?", None),
        t("Yes, yes. And the electricity is no problem for you, it's reliable in Pitalito."),
        c("No! It's not reliable, it cuts. We have husk. Look, just send me the catalogue, I'll show the board.",
          "brush_off"),
        t("Perfect. I'll send the catalogue for the solar dryers."),
    ],
})

# ---------------------------------------------------------------- 14. pitch_to_upset
_open = c("Hello? Ja, your guy installed my geyser three weeks ago and now it's burst. There's water through my "
          "ceiling, the bedroom ceiling is hanging down, and I've got two small kids. I need someone here now.",
          None)
PAIRS.append({
    "id": "b29g_geyser_durban",
    "business": "Plumbing and geyser installation company, Durban, South Africa",
    "kind": "pitch_to_upset",
    "situation": "Phone call. An upset mother's three-week-old geyser has burst and water is coming through the "
                 "bedroom ceiling.",
    "good": [
        _open,
        t("Okay, that's serious. First thing: turn off the water at the main — usually by the meter at the front. "
          "Can you do that now while I stay on the line?"),
        c("Hang on... okay, it's off. And the isolator for the geyser, my husband found it.", None),
        t("Good, well done. If there's a light or plug near the wet ceiling, switch that circuit off at the board. "
          "I'm sending Sipho, he's in Morningside, he can be with you in forty minutes. I'm really sorry — this "
          "shouldn't happen three weeks after an install."),
        c("Forty minutes. Fine. And who's paying for my ceiling? Because it's not me.", None),
        t("If it's our installation or the unit, it's covered — our workmanship guarantee and the manufacturer's "
          "warranty. Sipho will take photos and find the cause, and you'll have his report today. Has your "
          "household insurance heard about it yet? They like to know early, even if we end up paying."),
        c("No, I haven't phoned them. I was waiting for you lot.", None),
        t("Phone them after Sipho's looked, and give them our job number, DN-3317, so they can speak to us "
          "directly. I'll call you at five to tell you what he found and what happens next."),
        c("Okay. Five o'clock. Please don't forget.", None),
    ],
    "gaming": [
        _open,
        t("Oh no, that's terrible. You know, this is exactly why we recommend the solar geyser system — with the "
          "new evacuated tubes these things just don't happen."),
        c("I don't want a solar geyser! I want someone to stop the water pouring into my bedroom!", "no_need"),
        t("Of course. I'll log a callout. While I have you — with load-shedding, lots of our customers are "
          "switching to a heat pump, it pays for itself in two years. I can send a quote with the callout."),
        c("Are you listening to me? My ceiling is falling down! Your guy installed it three weeks ago!", None),
        t("I totally understand. The earliest callout is tomorrow morning. If you join our Premium Care plan, R199 "
          "a month, you'd get same-day emergency response next time."),
        c("Next time? I don't need a plan, I need a plumber. Today.", "no_need"),
        t("No problem. I'll add a note to the heat-pump quote in case you change your mind. The callout fee is "
          "R650."),
        c("A callout fee? For your own installation? Put me through to your manager.", None),
    ],
})

_open = c("hi my order came today and half the things are wrong. i ordered for my sons bday party tonight, 20 "
          "kids. got 2 packs of diapers instead of the 2 chocolate cakes?? and the ice cream is melted. i am so "
          "angry rn", None)
PAIRS.append({
    "id": "b29g_grocery_singapore",
    "business": "Online grocery delivery, customer chat, Singapore",
    "kind": "pitch_to_upset",
    "situation": "Typed chat. An angry parent's grocery order for a children's party arrived with nappies "
                 "instead of cakes and melted ice cream, hours before the party.",
    "good": [
        _open,
        t("Hi, I'm really sorry — that's the worst day for this to happen. Let me look at the order now. Can you "
          "give me the order number or the phone number on the account?"),
        c("#SG-449812. party starts at 6. what are u going to do", None),
        t("Thank you. I can see the cakes were swapped at packing, and the ice cream should never have arrived "
          "melted. I've refunded both, $58.40, to your card. I can also send cakes and ice cream again by express "
          "at no charge — earliest slot is 3–4pm. Does that still work for 6?"),
        c("3-4 ok. but will it really come? i cant trust after this", None),
        t("Fair. I've flagged it priority, and I'll check with the driver myself at 2:45 and message you here. If "
          "anything looks wrong at 4, tell me and I'll get you a cake from a bakery near you instead."),
        c("ok. and the diapers? i dont want them", None),
        t("Keep them or give them away, no need to return. Sorry again, this one was our mistake."),
        c("fine. thanks for sorting fast", None),
        t("You'll hear from me at 2:45. Hope the party's a good one 🎂"),
    ],
    "gaming": [
        _open,
        t("Hi! So sorry to hear that 😥 Did you know that with FreshPlus membership ($9.90/month) you get free "
          "redelivery and priority packing? Would you like to join?"),
        c("are u serious?? i dont want a membership i want my cakes", "no_need"),
        t("Totally understand! I've raised a ticket for the wrong items. Meanwhile, our Party Bundle is on promo "
          "today — balloons, paper plates and party packs, 20% off with code PARTY20 🎉"),
        c("my party is TONIGHT. will the cakes come or not", None),
        t("The ticket is in progress, the team will email in 3–5 working days. For tonight, you could order new "
          "cakes with Express Premium delivery ($15)!"),
        c("so i pay again for your mistake?? no way. and what about the melted ice cream", None),
        t("For frozen items we recommend our insulated FreshBox upgrade, only $3 per order, so it never melts "
          "again 😊"),
        c("forget it. im cancelling my account and going to the supermarket", None),
    ],
})

# ---------------------------------------------------------------- 15. blame
_open = c("hi. my laptop (XP15, 8 months old, under warranty) has a swollen battery, trackpad is bulging. i stopped "
          "using it. need repair under warranty, i work remote so need it fast", None)
PAIRS.append({
    "id": "b29g_laptop_bengaluru",
    "business": "Laptop maker's warranty support chat, Bengaluru, India",
    "kind": "blame",
    "situation": "Typed chat. A software developer reports a swollen battery on an eight-month-old laptop and "
                 "needs it repaired before a release on Friday without losing local data.",
    "good": [
        _open,
        t("Hi, and thanks for stopping use right away — that's exactly right with a swollen battery. Please keep it "
          "switched off and away from anything flammable. Could you share the serial number?"),
        c("CN-0X9-44712. bought from your online store in march", None),
        t("Found it, warranty active till next March. A swollen battery is covered: we replace the battery, and "
          "the trackpad too if it's been pushed out of shape. As it's a safety issue we do it onsite — a "
          "technician comes to you. Okay, or would you rather drop it at a service centre?"),
        c("onsite pls. im in HSR layout. how soon? i have a release on friday", None),
        t("Parts are in stock at the Koramangala hub. Earliest is tomorrow 10am–1pm. Do you have a backup machine "
          "till then?"),
        c("can manage on my old laptop for a day. but i dont want them to reimage or wipe anything, i have local "
          "builds", None),
        t("Battery and trackpad need no disk work, so your data stays as it is. I've added a note to the job: no "
          "OS reinstall, no drive removal. If the tech finds anything else he'll ask you before touching it."),
        c("ok good. confirm tomorrow 10-1", None),
        t("Confirmed, ticket INC-782330. You'll get an SMS with the tech's name tonight. Once it's done, check the "
          "battery reading and the trackpad and reply here if anything's off."),
    ],
    "gaming": [
        _open,
        t("Hi. Battery swelling is usually caused by the user keeping the laptop plugged in 24/7 or using "
          "non-original chargers. Are you using the original charger?"),
        c("yes original. and plugged in is how most people use laptops. its 8 months old", None),
        t("Also heat. Do you use it on the bed or sofa? That blocks the vents and damages the battery."),
        c("on a desk with a stand. its a manufacturing defect and its under warranty. can you just book the "
          "repair", None),
        t("We need to inspect it first to rule out physical or liquid damage. If we find customer-induced damage, "
          "warranty doesn't apply and you'll be charged Rs 14,500."),
        c("there is no physical damage. im not paying 14.5k for your defective battery", None),
        t("Sir, batteries are tested before dispatch. If it swelled, something in the usage caused it. Please "
          "drop it at the Koramangala service centre, turnaround 7–10 working days."),
        c("7-10 days?? i have a release friday. and you want me to carry a swollen battery across the city?", None),
        t("That's the process. You could take extended warranty next time to avoid these issues."),
        c("wow. ok im filing a consumer complaint", None),
    ],
})

_open = c("Good evening. Your team delivered my sofa this afternoon, and when I took off the plastic there is a big "
          "tear on the back, like a cut. My in-laws are coming on Friday, that's why I bought it.", None)
PAIRS.append({
    "id": "b29g_furniture_doha",
    "business": "Furniture retailer, delivery after-sales line, Doha, Qatar",
    "kind": "blame",
    "situation": "Phone call. A customer finds a cut in a new sofa after the delivery crew left in a hurry; his "
                 "in-laws visit on Friday.",
    "good": [
        _open,
        t("Good evening — I'm sorry, that's not what you should find on a new sofa, especially with family coming. "
          "Could you send me a photo on WhatsApp to this number? Then I'll see exactly what it is."),
        c("Sending now... There. You see, on the back, a cut maybe ten centimetres.", None),
        t("I see it. That looks like a blade cut — most likely when the packaging was opened at our warehouse. "
          "That's on us. I can replace the back cover, or send you a completely new sofa. Which would you "
          "prefer?"),
        c("A new one, of course. But before Friday? It's Tuesday already.", None),
        t("The same model in the same grey is in stock at our Industrial Area warehouse. I can have it with you "
          "Thursday between 4 and 8, and the team takes the damaged one at the same time. Will someone be home?"),
        c("Thursday my wife is home. But this time the team must open it in front of us, please. I don't want "
          "another surprise.", None),
        t("Agreed — I'll write it on the job sheet: unwrap and check together before they leave. I'll call you "
          "Thursday morning to confirm the time."),
        c("Okay. Thank you, this is good.", None),
        t("And if anything isn't right on Thursday, call me directly — Hassan, extension 204."),
    ],
    "gaming": [
        _open,
        t("Good evening. Did you sign the delivery note?"),
        c("Yes, I signed. The driver was in a hurry, the sofa was still in plastic.", None),
        t("Then you accepted it in good condition. The note says 'received in good order'. You should have checked "
          "before signing."),
        c("How can I check under the plastic? Your men were already leaving!", None),
        t("Maybe the tear happened after, when you were cutting the plastic off. Did you use a knife or "
          "scissors?"),
        c("I used my hands! Are you saying I cut my own sofa?", None),
        t("I'm only saying we can't know. Customers often damage things while unpacking. We can send someone to "
          "repair it for 250 riyals."),
        c("250 to repair your damage? No. I paid 4,800 for this sofa.", None),
        t("That's the policy when the delivery note is signed, sir."),
        c("Then I'll go to the Ministry of Commerce. And I'll write my review.", None),
    ],
})
