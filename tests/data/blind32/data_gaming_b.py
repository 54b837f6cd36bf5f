"""Gaming pairs 16-30 of blind32, written by hand."""
from common import c, first, gpair, t

PAIRS = []

# 16 ------------------------------------------------------------------------------------------
o = first("Bonsoir. My mother passed yesterday, at the CHU. The family say I must call you for the levée de corps "
          "and the transport to the village. I don't know anything about how this works.")
PAIRS.append(gpair(
    "b32g_funeral_abidjan", "funeral services (morgue liaison, coffins, hearse), Cocody, Abidjan, Côte d'Ivoire",
    "social_proof_or_deadline_pressure",
    "A grieving son phones a funeral service in Abidjan the day after his mother's death. The funeral will be in "
    "her village near Bouaké in about three weeks; his uncles have strong opinions and he is paying most of the cost.",
    o,
    [
        t("Bonsoir, Monsieur. I'm very sorry about your mother. Take your time — nothing has to be decided tonight. "
          "What has the family already talked about — the date, the village?"),
        c("The village is near Bouaké, Sakassou. The elders want it in three weeks, because people must travel. My "
          "uncles talk a lot, everybody has an opinion.", None),
        t("Three weeks is common. So your mother stays at the morgue until then, and for the levée de corps you "
          "need a hearse to Sakassou, about four hours. What would you need from us — only the transport, or the "
          "coffin and the chapel as well?"),
        c("Transport, and the coffin. My uncle says we must take the big one with the gold handles, because of what "
          "people will say. How much is that one?", None),
        t("That model is 1,450,000 francs. We also have a solid mahogany one, very dignified, at 650,000. At the "
          "funeral nobody sees a price; they see a fine wooden coffin. But it's your family — what matters most to you?"),
        c("Honestly? That my mother is honoured, and that I don't borrow money for it. One million four, I would "
          "have to borrow.", "no_money"),
        t("Then the mahogany does both. If it helps, I can write both prices on a paper so you can show your uncle, "
          "or come with you when you talk to him. And the hearse can be reserved next week, once the date is fixed."),
        c("Write both, please. I will talk to the family on Sunday.", "think_it_over"),
        t("I'll give you the paper now, with my number on it. Call me after Sunday. And Monsieur — may she rest in peace."),
        c("Merci. Thank you for not pushing me.", None),
    ],
    [
        t("Bonsoir, my condolences. Yes, we do everything. Most of the good families in Cocody take our Prestige "
          "package — coffin, hearse, chapel, orchestra — and I must tell you, the hearses for the end of the month "
          "are almost all booked."),
        c("The end of the month... we don't even have a date. The elders haven't decided.", None),
        t("That's the problem, Monsieur. If you don't reserve tonight, you may wait six weeks. Last month a family "
          "from Yopougon waited, and the morgue fees kept running. Shall I put a deposit down for you?"),
        c("Tonight? My mother died yesterday. I cannot decide all this tonight, I must speak with my uncles.", "think_it_over"),
        t("I understand, but the Prestige price goes up on the first of the month. Everyone who is anyone takes "
          "Prestige — the funeral is how people remember the family."),
        c("How much is this Prestige?", None),
        t("Three million two hundred, everything included. A deposit of five hundred thousand tonight holds it."),
        c("Three million. I don't have that, Monsieur. I'm not doing this on the phone tonight.", "no_money"),
    ],
))

# 17 ------------------------------------------------------------------------------------------
o = first("salut, hi. do you have part time desks? i work from home but its impossible, my nephews live with us now lol")
PAIRS.append(gpair(
    "b32g_coworking_tunis", "coworking space, Les Berges du Lac, Tunis, Tunisia", "keyword_stuffed",
    "A freelance graphic designer who can no longer work at home writes to a Tunis coworking space on Instagram. "
    "She wants a desk about three days a week and has seen a cheaper place in Ennasr.",
    o,
    [
        t("Hi! Yes we do. Haha, nephews — say no more. How many days a week are you thinking, and what kind of work "
          "is it? Lots of calls, or mostly quiet screen work?"),
        c("im a graphic designer, mostly screen. maybe 3 days. but sometimes i have client calls on zoom and i need "
          "somewhere quiet for that", None),
        t("Ok. We have a flex pass, 12 days a month, 180 dinars, any desk in the open space. For calls there are two "
          "phone booths, free, up to an hour at a time. If you ever need a room with a door for a long presentation, "
          "that's 15 dinars an hour."),
        c("180 hmm. there is another place in ennasr that is 150", "too_expensive"),
        t("Could be — I know the one. What I'd check there: whether the internet holds up with big files, and whether "
          "they have somewhere to take calls. If those don't matter to you, 150 is a good deal. Want to come and try "
          "a day here free first? Bring your heaviest file and upload it."),
        c("ok free day sounds good. can i come wednesday? also is there parking", None),
        t("Wednesday is fine, from 9. Parking is free in the building's underground lot, just tell the guard you're "
          "going to Desk&Co. Ask for Yasmine at the front, I'll tell her you're coming."),
        c("perfect merci! see u wednesday", None),
    ],
    [
        t("Hello and welcome! At Desk&Co we're all about understanding your product needs, your service needs, your "
          "experience needs, your relationship needs and your success needs. Could you share what your holistic "
          "workspace journey looks like?"),
        c("uh. i need a desk 3 days a week and somewhere quiet for zoom calls", None),
        t("Love that! So, playing back what I'm hearing: your experience need is a calm, productive environment, your "
          "success need is growing your freelance business, and your relationship need is belonging to a community. "
          "Is that a fair summary of your needs journey?"),
        c("i guess? i just asked how much is a part time desk", None),
        t("Absolutely, and that's a great question at the product-need level! Our flexible membership solutions are "
          "designed to meet you where you are and support your long-term success. What does success look like for "
          "you in the next 12 months?"),
        c("paying less than 150 a month lol. the place in ennasr is 150", "too_expensive"),
        t("I really hear your value needs. We believe in a relationship that goes beyond price — a partnership in "
          "your journey. Shall I book you a discovery call with our community team to explore your needs together?"),
        c("no thanks, no discovery call. just send me the price list on whatsapp", "brush_off"),
    ],
))

# 18 ------------------------------------------------------------------------------------------
o = first("Hello, good afternoon. My mother turns seventy in May and she always talks about Istanbul, she's never "
          "been. I want to take her, four or five days. But she walks with a walker now, so I'm a bit nervous about "
          "the whole thing.")
PAIRS.append(gpair(
    "b32g_travelagency_tirana", "high-street travel agency, Tirana, Albania", "keyword_stuffed",
    "A teacher phones a Tirana travel agency to plan a short Istanbul trip for his mother's seventieth birthday. "
    "She uses a walker and dreams of a boat on the Bosphorus; his budget is around 600 euros.",
    o,
    [
        t("What a lovely present. The walker matters a lot in Istanbul — it's a city of hills and steps. How far "
          "can she walk comfortably, and can she manage stairs at all?"),
        c("On the flat, maybe two hundred metres, then she needs to sit. Stairs, a few, with my arm. Planes she's "
          "fine, she flew to Milan to see my sister.", None),
        t("Then I'd keep you in Sultanahmet — the Blue Mosque, Hagia Sophia and the Cistern are close together and "
          "mostly flat, and there's a hotel there with a lift and a step-free entrance I've sent people to before. "
          "I'd avoid walking around Galata; take a taxi if you go. Is she more for the mosques and history, or the "
          "Bosphorus, the bazaars?"),
        c("The Bosphorus. She talks about a boat. Some film she saw when she was young.", None),
        t("Then a small private boat for an hour at sunset, not the big public ferry with the crowds and the "
          "gangway — around 120 euros for the two of you. Flights from Tirana, four nights with breakfast and the "
          "boat, I'd estimate 780 euros for both in mid-May."),
        c("Seven eighty. Hmm, I was hoping for six hundred, honestly. I'm a teacher.", "too_expensive"),
        t("Understood. Two ways to get closer: three nights instead of four — she may be tired by day four anyway — "
          "or the public ferry with a reserved seat at the front, which saves about a hundred. I wouldn't cut the "
          "hotel; a cheap one up a hill would spoil it for her. Shall I price the three-night version?"),
        c("Three nights, yes, and keep the boat. Can you also ask for a wheelchair at the airport? The walking at "
          "Istanbul airport is crazy.", None),
        t("Good thinking, it's a very long walk there. I'll request assistance at both airports. You'll have the "
          "three-night quote by email tonight, and I'll hold nothing until you tell me."),
        c("Perfect. She's going to cry, I'm telling you.", None),
    ],
    [
        t("Hello! At Shqiponja Travel we focus on your whole journey — your product needs, your service needs and, "
          "above all, your experience needs. Can you walk me through your holistic vision for this experience?"),
        c("My vision... I want to take my mother to Istanbul, she walks with a walker. That's my vision.", None),
        t("Beautiful. So what I'm hearing is that your relationship need is to strengthen the bond with your mother, "
          "and your success need is a memorable, meaningful experience. Is that a fair play-back?"),
        c("I suppose. But I need to know if it's possible with the walker. Hotels, stairs, that kind of thing.", None),
        t("Absolutely, accessibility is a key part of the service-need dimension. We partner with premium providers "
          "to curate experiences aligned with your values. What does a successful trip look like for you, in your "
          "own words?"),
        c("In my own words: a hotel without stairs and a boat on the Bosphorus, under six hundred euros. Can you do "
          "that or not?", None),
        t("That's a great articulation of your needs. Let me set up a needs-discovery session with our premium "
          "experiences consultant so we can co-create the journey together."),
        c("Sessions? I work two jobs, I can't come in for sessions. I'll book it on the internet myself.", "no_time"),
    ],
))

# 19 ------------------------------------------------------------------------------------------
o = first("Bonjour. The tracking says my parcel was delivered on Tuesday. I was home all day Tuesday. Nobody came. "
          "It's a phone for my daughter, it cost me four thousand dirhams.")
PAIRS.append(gpair(
    "b32g_courier_casablanca", "parcel courier depot counter, Casablanca, Morocco", "rude",
    "A woman comes to a Casablanca courier depot because tracking shows her parcel — a 4,000-dirham phone for her "
    "daughter — as delivered on a day she was home and nobody came. Her building has a concierge.",
    o,
    [
        t("Bonjour Madame. That's worrying, I'm sorry. Give me the tracking number and let's see exactly what the "
          "driver recorded."),
        c("CMA 7730 1182 MA.", None),
        t("Here it is. He marked it delivered at 16:20, but there's no signature and no photo, and he's supposed to "
          "take one. That's not right. Is it a building with a concierge?"),
        c("Yes, there's a gardien, Si Mohamed. I asked him, he says nothing came.", None),
        t("Okay. I'm opening an investigation now: I'll call the driver today and check his GPS for where he was at "
          "16:20. If the parcel went to the wrong person or got lost, the sender is insured, so you'll get either "
          "the parcel or your money."),
        c("And I have to come back here for that? I work in Aïn Sebaâ, I can't come every day to ask.", "no_time"),
        t("No need to come back. I'll call you by Thursday noon with what I've found. If it's not found by then, I "
          "start the claim with the sender the same day and give you the number. Here's my name and direct line — "
          "Youssef."),
        c("Okay. Thursday noon. I'll be waiting, Youssef.", None),
    ],
    [
        t("Tracking number."),
        c("CMA 7730 1182 MA. It says delivered but I didn't get it.", None),
        t("It says delivered, so it was delivered. Ask your neighbours."),
        c("I asked the gardien. Nothing came. I was home all day.", None),
        t("Madame, our drivers don't lie. Maybe you were in the shower. There's a queue behind you."),
        c("In the shower the whole afternoon? Can you at least call the driver?", None),
        t("I'm not calling anyone. Fill in the form, it goes to head office. Two, three weeks. Next!"),
        c("Three weeks for a four-thousand-dirham phone? I want your manager's name.", None),
    ],
))

# 20 ------------------------------------------------------------------------------------------
o = first("hi good evening, my cat got her vaccine at your clinic yesterday and today she's not eating and sleeping "
          "all the time. is this normal?? im scared")
PAIRS.append(gpair(
    "b32g_vet_irbid", "small-animal veterinary clinic, Irbid, Jordan", "rude",
    "A young woman messages her vet clinic on WhatsApp in the evening: her two-year-old cat, vaccinated there the "
    "day before, won't eat and has a small lump at the injection site.",
    o,
    [
        t("Good evening. Don't panic — being sleepy and off food for a day after a vaccine is quite common. A few "
          "questions for the doctor: is she drinking? Any vomiting, swelling where she had the injection, or trouble "
          "breathing?"),
        c("she drank a little. no vomiting. theres a small bump on her neck where the needle was", None),
        t("A small bump is also common and usually goes in a week or two. What's her name and age? I'll pull up her file."),
        c("loulou, 2 years. shes never like this", None),
        t("I've got her — vaccinated at 11 yesterday by Dr Hamza. I've sent him your message and he says: if she "
          "eats nothing at all by tomorrow morning, or she vomits, or the bump gets bigger or hot, bring her in — no "
          "charge, because it's related to the vaccine. Tonight, offer her something she loves, a little tuna, and "
          "keep her warm."),
        c("ok thank u. if i come tomorrow what time", None),
        t("We open at 9. Message me when you wake up with how she is, and if you need to come I'll put you first."),
        c("ok 🙏 she just licked some tuna!", None),
    ],
    [
        t("its normal. all cats are like this after vaccine"),
        c("but she's not eating at all. and there's a bump on her neck. should i bring her?", None),
        t("if you want to pay for a consult bring her, 15 JD. we cant diagnose on whatsapp"),
        c("15 JD?? im a student, thats a lot just to look at her. i only want to know if its dangerous", "too_expensive"),
        t("the vaccine is fine. we do 30 a day. maybe you feed her wrong"),
        c("i feed her the same food for 2 years. why are you being like this", None),
        t("madam i have a full waiting room. come or dont come"),
        c("ok. i will take her to another clinic", None),
    ],
))

# 21 ------------------------------------------------------------------------------------------
o = first("Hello, good morning o. We have a naming ceremony this Saturday, our baby girl, and I need small chops "
          "and a cake. Maybe eighty people. Saturday morning.")
PAIRS.append(gpair(
    "b32g_bakery_abuja", "bakery and small-chops caterer, Wuse 2, Abuja, Nigeria", "ignored_customer",
    "A new father phones an Abuja bakery-caterer for a Saturday naming ceremony at home in Gwarinpa: eighty guests, "
    "food needed by half past ten, and his brother-in-law has a serious nut allergy.",
    o,
    [
        t("Good morning, and congratulations! Eighty people, Saturday morning — okay. Where is the ceremony, and by "
          "what time do you need everything there?"),
        c("In Gwarinpa, my house. The pastor comes at ten, so the food must be there by, like, half ten latest. "
          "Also my wife's brother, he has nut allergy, serious one, EpiPen and everything.", None),
        t("Noted, and thank you for telling me — that one I take very seriously. Our puff-puff and samosas have no "
          "nuts, but the chin-chin is fried in groundnut oil, so I'd leave chin-chin out completely and tell the "
          "kitchen to do your order on a clean surface. For eighty, small chops are 3,500 a head, so 280,000, and a "
          "cake for eighty is 85,000."),
        c("Three sixty-five... Eh. My brother-in-law said Mama Titi's place does it for two thousand per head.", "too_expensive"),
        t("It's possible, prices vary a lot. Ours includes delivery and the serving trays, and the allergy handling "
          "I just told you — do ask her about the oil, because many small-chops places use groundnut oil for "
          "everything. If you want to reduce, we could do small chops for sixty — at naming ceremonies not everybody "
          "eats — which brings it to about 295 with the cake."),
        c("Sixty is okay, sha. Many people just come and go. Deliver by ten?", None),
        t("By ten, to Gwarinpa. I'll send the order to your WhatsApp within the hour with the allergy note written "
          "on it, and I need 50% by Thursday to start. What's the baby's name, for the cake?"),
        c("Amarachi. Write 'Welcome Amarachi'.", None),
    ],
    [
        t("Good morning, congratulations! We would love to be part of your celebration! We have three packages: "
          "Silver, Gold and Royal!"),
        c("Okay. The important thing is timing, it must be in Gwarinpa by half ten. And my wife's brother has a "
          "serious nut allergy.", None),
        t("Wonderful! Our Royal package is the most popular for naming ceremonies — puff-puff, samosa, spring roll, "
          "chin-chin, peppered gizzard and a three-tier cake!"),
        c("Chin-chin — is it fried in groundnut oil? I just told you about the allergy.", None),
        t("Everybody loves our chin-chin, it's our signature! And the three-tier cake can be decorated in pink for a "
          "baby girl!"),
        c("Madam, are you hearing me? Nuts. And can you deliver to Gwarinpa by half ten or not?", None),
        t("We deliver all over Abuja! Royal is 4,500 per head. Shall I put you down for eighty?"),
        c("Four thousand five hundred a head? Mama Titi is two thousand. And you still haven't answered me about the nuts.", "too_expensive"),
    ],
))

# 22 ------------------------------------------------------------------------------------------
o = first("hello, a piece of my filling broke off yesterday, lower left. hurts with cold water. do you have "
          "something after 6pm this week? and do you work with Ingo Armenia insurance")
PAIRS.append(gpair(
    "b32g_dental_gyumri", "private dental clinic, Gyumri, Armenia", "ignored_customer",
    "A man who works until six messages a Gyumri dental clinic on Facebook Messenger about a broken filling. He asks "
    "two clear things: an evening slot this week and whether they accept his insurer.",
    o,
    [
        t("Hello! Sorry, that's uncomfortable. Yes to both: Dr Anush has Wednesday 18:30 and Thursday 19:00, and we "
          "work with Ingo Armenia — bring your insurance card and passport and we'll check your cover at reception. "
          "Is the pain only with cold, or does it also hurt on its own, at night for example?"),
        c("only with cold and when i chew on that side. not at night", None),
        t("Good, that usually means the nerve is fine and it's just the exposed part. Until you come, chew on the "
          "right and avoid very cold drinks. Wednesday 18:30 or Thursday 19:00?"),
        c("wednesday. how much will it cost if insurance doesnt cover", None),
        t("A new filling on a back tooth is usually 15,000–20,000 dram, depending on the size; the doctor tells you "
          "before she starts anything."),
        c("hm 20 thousand. my old dentist in vanadzor was 12", "too_expensive"),
        t("Prices do vary between towns. If your insurance covers fillings, it may cost you nothing here — we check "
          "the card first, before any work, so you'll know before you pay. Booked: Wednesday 18:30, Dr Anush, "
          "Abovyan street 12, 2nd floor. If it gets worse before then, write here and we'll try to see you earlier."),
        c("ok fine, see you wednesday", None),
    ],
    [
        t("Hello! Thank you for choosing Smile Gyumri 😊 We have a special offer this month on teeth whitening, 30% off!"),
        c("i dont need whitening. my filling broke. do you have something after 6pm?", "no_need"),
        t("We'd love to see you! Our clinic has the latest equipment from Germany and our doctors trained in Yerevan "
          "and Moscow 😊"),
        c("ok but after 6pm? i work until 6. and insurance, Ingo Armenia?", None),
        t("You can book online on our website at any time! Also, for new patients the first check-up and cleaning "
          "is only 8,000 dram!"),
        c("i asked two simple things. time after 6 and insurance. you answer everything else", None),
        t("We are open Monday to Saturday 10:00–20:00! Would you like me to book you in for a cleaning? 😊"),
        c("no. i will call another clinic", None),
    ],
))

# 23 ------------------------------------------------------------------------------------------
o = first("Hi. I own a café in Kapana, small, eight tables. I got a fine from the NAP last month for a late VAT "
          "return and I've decided I'm done doing the books myself. How much do you charge?")
PAIRS.append(gpair(
    "b32g_bookkeeping_plovdiv", "bookkeeping and accounting firm for small businesses, Plovdiv, Bulgaria",
    "repeated_questions",
    "A busy café owner from Plovdiv's Kapana district walks into a bookkeeping firm after a fine from the revenue "
    "agency for a late VAT return. His cousin keeps books on the side for much less.",
    o,
    [
        t("Sorry about the fine — that's usually when people come to us. The price depends on volume: roughly how "
          "many invoices and receipts a month, and do you have staff on payroll?"),
        c("Supplier invoices, maybe forty a month. Card payments and the till. Three staff, two of them part-time.", None),
        t("That's our small-business package: bookkeeping, monthly VAT, payroll for three, annual accounts — 320 "
          "leva a month. What was behind the late return, if you don't mind? I want to be sure it doesn't happen "
          "with us either."),
        c("Honestly, I had the invoices in a shoebox, the deadline was the 14th, and my barista quit that week. I "
          "just missed it.", None),
        t("Then the shoebox is the real problem. With us you'd photograph each supplier invoice in an app the day it "
          "arrives, and we do the rest. We file by the 10th, so there's always a margin."),
        c("320 a month, though. My cousin does books for people on the side, he said 150.", "too_expensive"),
        t("He may be fine. Ask him whether he'd pay the fine if he files late — we would, it's in our contract. For a "
          "café your size that's often the difference. I'd rather you chose knowing that than on price alone."),
        c("Fair. Send me the contract, I'll read it over the weekend.", "think_it_over"),
        t("I'll email it today. If you sign by the 25th, we can take over this month's VAT so you never touch it again."),
        c("That part sounds very good. Okay.", None),
    ],
    [
        t("Okay. How many invoices do you get a month?"),
        c("About forty from suppliers. Plus card and the till.", None),
        t("And staff — do you have anyone on payroll?"),
        c("Three. Two part-time.", None),
        t("Got it. And what kind of business is it, retail or hospitality?"),
        c("I said, a café. In Kapana.", None),
        t("Right, hospitality. And roughly how many supplier invoices a month, would you say?"),
        c("Forty. I told you forty. Are you writing this down?", None),
        t("Yes, sorry, just confirming. And do you have any employees?"),
        c("Three. Look, I can't stand here repeating myself, I have a café to run. Email me a price and I'll see.", "brush_off"),
    ],
))

# 24 ------------------------------------------------------------------------------------------
o = first("Good afternoon. I want a family health insurance, me, husband and daughter 4 years. Daughter has asthma. "
          "Is it covered or no?")
PAIRS.append(gpair(
    "b32g_healthins_astana", "voluntary health insurance provider, Astana, Kazakhstan", "repeated_questions",
    "A freelance mother in Astana writes to an insurer's chat for a family policy. Her four-year-old has asthma, "
    "her income is irregular, and she writes English as a second language.",
    o,
    [
        t("Good afternoon! Thank you for telling me about the asthma straight away — it's the most important "
          "question. Asthma diagnosed before the policy starts is a 'pre-existing condition'. On Family Standard it's "
          "covered for emergencies only. On Family Plus it's covered fully after 6 months, including the "
          "pulmonologist and prescribed inhalers. How often does she see a doctor for it now?"),
        c("every 2-3 months control visit, and last winter 2 times emergency. the inhalers we buy ourselves", None),
        t("So the regular visits and inhalers are the steady cost, and winter is the frightening part. Standard "
          "covers those emergencies from the first day but not the control visits; Plus covers everything, but only "
          "after 6 months. Roughly what do you spend on her a year now?"),
        c("maybe 250-300 thousand tenge with inhalers", None),
        t("Family Standard for three is 310,000 a year, Family Plus 480,000. On Plus you'd get back most of what you "
          "spend on her after the first 6 months, plus cover for you two. But it's a real jump."),
        c("480 is a lot for us. i am freelancer, income is not stable", "no_money"),
        t("Understood. One way: Standard now, which covers the winter emergencies, and move to Plus at renewal if "
          "things are better — the 6-month wait would start then, though. I'll send you both policies with the "
          "asthma sections highlighted, so you see exactly what's covered in each."),
        c("ok send both pls. i will discuss with husband tonight", "think_it_over"),
    ],
    [
        t("Good afternoon! How many people would the policy cover?"),
        c("3. me, husband, daughter 4 years", None),
        t("Great. Does anyone in the family have an existing medical condition?"),
        c("yes i wrote it. daughter, asthma. is it covered?", None),
        t("Thank you. And how old are the people to be insured?"),
        c("me 34, husband 37, daughter 4. i wrote daughter age already", None),
        t("Perfect. And just to check, any chronic conditions we should know about?"),
        c("ASTHMA. 3rd time. you are not reading what i write", None),
        t("Apologies! And how many family members in total?"),
        c("forget it. i will ask Eurasia insurance", None),
    ],
))

# 25 ------------------------------------------------------------------------------------------
o = first("Good evening. I want to redo my kitchen. It's small, and honestly it's falling apart — the cabinet doors "
          "hang, the counter is cracked. I have about a hundred and fifty thousand to spend.")
PAIRS.append(gpair(
    "b32g_kitchen_alexandria", "kitchen design and renovation contractor, Alexandria, Egypt", "wrong_paraphrase",
    "A woman visits a kitchen contractor's showroom in Alexandria. Her galley kitchen is 2.40 by 3 metres, the gas "
    "must stay where it is, she cooks for twelve on Fridays, and she wants it done before Ramadan.",
    o,
    [
        t("Good evening. That's a decent budget for a small kitchen. When you're cooking in it now, what bothers you "
          "most — space, storage, the state of it?"),
        c("Counter space. There's nowhere to put anything. On Fridays my mother-in-law comes and we cook for twelve "
          "people, and we end up with plates on the chairs.", None),
        t("Cooking for twelve on a tiny counter — I can picture it. How big is the room, roughly, and where are the "
          "window and the gas?"),
        c("Two metres forty by three. Window at the end. The gas is on the left wall, and I want to keep the gas "
          "there, moving it is a whole story with the building.", None),
        t("So: two-forty by three, window at the end, gas stays on the left, and what you're after is counter space "
          "for the Friday cooking. One idea — an L-shape with the counter running under the window gives you almost a "
          "metre more work surface without touching the gas. Do you have a deadline?"),
        c("Before Ramadan, eight weeks. But I'll be honest, the last contractor we had, for the bathroom, said three "
          "weeks and took three months.", "bad_experience"),
        t("That happens far too much. What I can do is put the dates in the contract — measuring, production, "
          "installation — and for every week we're late on installation, 2% comes off the price. The cabinets take "
          "four weeks to make, so we'd measure this week. With quartz counters an L like that is around 135 to 145; "
          "marble would take you over budget."),
        c("Quartz is fine. Marble stains anyway, my sister's is full of coffee rings.", None),
        t("Then Hany comes to measure on Saturday or Sunday, and you'll have a drawing and a fixed price within three "
          "days. If it doesn't work for you, you owe nothing for the visit."),
        c("Sunday. In the morning, before the family wakes up.", None),
    ],
    [
        t("Good evening. So, a complete new kitchen, budget two hundred and fifty thousand — is that right?"),
        c("A hundred and fifty. One-five-zero.", None),
        t("Sorry, one fifty. And what's the problem in the kitchen now — you need more cupboards?"),
        c("Counter space. On Fridays we cook for twelve people and there's nowhere to put anything.", None),
        t("Right, so you need storage for the twelve people who live with you. And the room is about three by four?"),
        c("Nobody lives with us, they come on Fridays. And it's two-forty by three. It's small, that's the whole point.", None),
        t("Got it — small. So we move the gas to the window wall, and that frees the left side for a big storage "
          "unit. That's what you wanted?"),
        c("No! I said I want to keep the gas where it is, moving it is a nightmare with the building. Have you heard "
          "anything I said?", None),
        t("Apologies. So: 150, small, keep the gas, more storage. Marble counter, yes?"),
        c("Counters, not storage. I'll go to someone who writes things down.", None),
    ],
))

# 26 ------------------------------------------------------------------------------------------
o = first("Good morning, this is Priya from Gulf Pack in the Sohar industrial estate. Our current bus contractor is "
          "late almost every week and I'm looking for someone new. We have about a hundred and forty workers on shifts.")
PAIRS.append(gpair(
    "b32g_staffbus_sohar", "staff transport bus contractor, Sohar, Oman", "wrong_paraphrase",
    "The HR manager of a packaging factory in Sohar phones a staff-transport company. She needs buses for three "
    "shifts from the labour accommodation in Falaj Al Qabail because the current contractor's old buses break down.",
    o,
    [
        t("Good morning, Priya. Late buses on shifts are a real headache — the whole line waits. How are the shifts "
          "set up, and where do the workers live?"),
        c("Three shifts — six, two and ten. Most of them are in the labour accommodation in Falaj Al Qabail, about "
          "twenty minutes. Around fifty per shift, a few less at night.", None),
        t("So three changeovers a day, about fifty each way, twenty minutes out. When the buses are late now, what's "
          "usually the cause — breakdowns, drivers, not enough buses?"),
        c("Breakdowns. Their buses are old, some without AC, the workers complain in summer. And when one breaks "
          "there's no spare, so half the shift is standing at the gate.", None),
        t("Then what you need from anyone is newer buses and a standby, not just a lower price. We'd run two "
          "30-seaters per shift, all with AC, under five years old, with a spare parked in Sohar. Three shifts, seven "
          "days, that's 4,300 rials a month."),
        c("Hmm. We pay 3,600 now. Management will look at that number first.", "too_expensive"),
        t("I understand. Do you know what a late shift costs you — an hour of the line standing? If late buses cost "
          "more than 700 rials a month, the difference pays for itself. If you can get me that figure, I'll put it "
          "in the proposal next to ours so management sees both."),
        c("Production can tell me. Send me the proposal, and a list of the buses with their years.", None),
        t("I'll send it by noon tomorrow, with the fleet list and two factories in Sohar you can call for "
          "references. I'll ring you Thursday to go through any questions before it goes to management."),
        c("Thursday's fine. After ten.", None),
    ],
    [
        t("Good morning, Priya. So, a hundred and forty workers on two shifts, correct?"),
        c("Three shifts. Six, two and ten. About fifty per shift.", None),
        t("Three shifts, got it. And they're based in Sohar city, yes, near the port?"),
        c("No — Falaj Al Qabail, the labour accommodation. Twenty minutes from the factory.", None),
        t("Right. And the problem with the current company is the price, you said?"),
        c("I didn't say price. I said late. Breakdowns, old buses, no AC.", None),
        t("Ah yes, the AC. So mainly you want AC buses for the day shift because of the heat?"),
        c("For all the shifts. And a spare bus for when one breaks. Look, email me something and I'll compare it "
          "with the others.", "brush_off"),
    ],
))

# 27 ------------------------------------------------------------------------------------------
o = first("I'm here about the washing machine. Five months old, it leaks. Your technician came twice, and "
          "yesterday it leaked again and the water went through to my neighbour's ceiling. I'm done.")
PAIRS.append(gpair(
    "b32g_washer_novisad", "household appliance store with service desk, Novi Sad, Serbia", "pitch_to_upset",
    "An angry customer comes to an appliance store's service desk in Novi Sad: her five-month-old washing machine "
    "still leaks after two repair visits, and the water has damaged her downstairs neighbour's ceiling.",
    o,
    [
        t("I'm sorry. Twice, and it's still leaking, and now your neighbour too — I understand you're done. Let me "
          "get the file. Your name or the receipt number?"),
        c("Jelena Marković. The receipt is here.", None),
        t("Thank you. I see both visits — first the door seal, then the drain hose — and neither fixed it. Under the "
          "warranty, after two failed repairs of the same fault you're entitled to a replacement or your money back. "
          "Which would you prefer?"),
        c("A replacement, the same model? So it can leak again? No.", "bad_experience"),
        t("Fair. It doesn't have to be the same model — another machine at the same price, a dearer one where you "
          "pay the difference, or the refund. And your neighbour's ceiling — has someone looked at it?"),
        c("She's furious. The painter says about fifteen thousand dinars.", None),
        t("I'll write a note today that the leak came from a machine under our warranty after two repair visits. "
          "Our manager then handles the claim with our insurer — usually two to three weeks. Bring the painter's "
          "quote and her contact. And the machine — do you want to choose now, or take time?"),
        c("Money back. I'll buy something somewhere else.", None),
        t("Understood. The refund goes back to your card within five working days. I'll print the form now and "
          "we'll sign it together."),
        c("Good. Thank you. You're the first person here who didn't argue with me.", None),
    ],
    [
        t("Oh no, I'm sorry. You know, with that model it happens — it's the entry-level line. Honestly, you'd be "
          "much happier with the Bosch Serie 6, it has AquaStop, it can't leak."),
        c("I don't want a new machine. I want this one to stop leaking. My neighbour's ceiling is ruined.", "no_need"),
        t("Completely understand. That's exactly why I'd suggest upgrading — we take the old one back and you only "
          "pay the difference, 38,000 dinars."),
        c("I'm not here to buy anything! It's five months old, it's under warranty, your technician has been twice.", "no_need"),
        t("Of course, the warranty covers repairs. But a third repair is just a plaster. While we wait for the "
          "technician, the Serie 6 is on promotion this week, and we'd add the five-year extended protection for "
          "only 4,900."),
        c("Are you listening? Water went through the floor. Who pays for my neighbour's ceiling?", None),
        t("For the ceiling you'd need to contact your home insurance. But with the extended protection, next time—"),
        c("There won't be a next time. I want my money back, and I want to speak to your manager.", None),
    ],
))

# 28 ------------------------------------------------------------------------------------------
o = first("my flight 054 Samarkand to Moscow cancelled. im at airport with 2 year old child since 5 hours. nobody "
          "at desk. what we do???")
PAIRS.append(gpair(
    "b32g_airline_samarkand", "airline customer care chat, Samarkand, Uzbekistan", "pitch_to_upset",
    "A mother stranded at Samarkand airport with a two-year-old after her Moscow flight was cancelled writes to the "
    "airline's chat. The desk is empty, she has no diapers left, and her husband waits in Moscow.",
    o,
    [
        t("I'm so sorry — five hours at the airport with a toddler is exhausting. Let me sort this now. Can you send "
          "me your booking code and surname?"),
        c("K7PQ2L, Rakhimova", None),
        t("Thank you. Flight 054 was cancelled for a technical problem with the aircraft. I've rebooked you and your "
          "son on tomorrow's 09:40, seats together. Tonight you're entitled to a hotel and meals — I've booked the "
          "Registan Plaza, 15 minutes away, with a taxi voucher. Both are in your email now."),
        c("ok but my son has no more diapers and the pharmacy here closed", None),
        t("The hotel is next to a 24-hour supermarket. Keep the receipt for diapers and food, send it to this chat "
          "and we refund it, up to 300,000 sum. Go to arrivals exit 2, the taxi desk, and show the voucher."),
        c("ok we go. and tomorrow 09:40 for sure? my husband is waiting in moscow", None),
        t("The aircraft for tomorrow is already in Samarkand and checked. If anything changes you'll get an SMS "
          "before 6am, and I've left a note on your booking so anyone you speak to knows your situation. Tell your "
          "husband 14:10 Moscow time."),
        c("ok thank you. first human answer today", None),
    ],
    [
        t("Sorry to hear about the cancellation! Good news: I can rebook you on tomorrow's 09:40. And for just "
          "450,000 sum you can upgrade to Comfort class with extra legroom — perfect for travelling with a little one!"),
        c("i dont need legroom i need hotel now. child is crying, no diapers", "no_need"),
        t("Completely understand! Hotels are handled by the ground staff. Meanwhile our Business Lounge is open — "
          "access is 350,000 sum and it has a kids' corner and food."),
        c("pay 350 thousand for lounge?? YOU cancelled the flight. at least give us water", None),
        t("I hear you! Also, on tomorrow's flight you can add priority boarding for 90,000, so you and your son "
          "board first and skip the queue."),
        c("where is the hotel. answer me only this", None),
        t("For hotels please speak to the ground handling desk in the terminal. Would you like me to add priority "
          "boarding?"),
        c("there is NOBODY at the desk. i wrote you that. no i dont want anything. i want hotel", "no_need"),
    ],
))

# 29 ------------------------------------------------------------------------------------------
o = first("Good morning, boss. I brought my bike here for service on Friday. Since then it's hot-hot, and this "
          "morning there's oil under it. I'm losing money every day it's parked.")
PAIRS.append(gpair(
    "b32g_motorbike_kumasi", "motorbike dealer and service workshop, Kumasi, Ghana", "blame",
    "A commercial motorbike-taxi rider comes back to a Kumasi service workshop three days after an oil change: the "
    "engine runs hot and there is oil under the bike. Every day off the road is a day without income.",
    o,
    [
        t("Good morning. Sorry — three days after our service, that shouldn't happen. Is it the red Haojue from "
          "Friday? Let me get the job card."),
        c("Yes, the red Haojue. The mechanic in the Chelsea jersey did it.", None),
        t("Kwame, yes. Card says oil change and new spark plug. Oil under the bike after an oil change — the first "
          "thing I'd check is the drain bolt; sometimes it's not tight, or the washer wasn't changed. Give me ten "
          "minutes to look."),
        c("Ten minutes, okay. I've lost two days already, you know. I carry passengers — no bike, no money.", None),
        t("I know. ... Found it. The drain bolt washer is the old one and the bolt is loose — that's our mistake. It's "
          "also low on oil now, which is why it's running hot. New washer, top up, and I'll check the engine. No charge."),
        c("And my two days? I made nothing.", None),
        t("I can't give you the two days back, I wish I could. What I can do is make your next service free, and "
          "you come straight to me, no queue."),
        c("Free service, eh... I don't know if I'll bring it back here, boss, after this one.", "bad_experience"),
        t("That's fair, you'd have to trust us again. At least ride it ten minutes now with me watching, so we both "
          "see it's dry before you go. Then you decide."),
        c("Okay. Let's ride it. If it leaks again, I'm coming back here with my whole station.", None),
    ],
    [
        t("Friday? So it's been three days. What have you been doing with it — carrying three passengers, abi?"),
        c("Two passengers sometimes, like everybody. It was fine before the service.", None),
        t("Our service was done correct. Oil leaks come from riders who don't check the bolt. Did you check it after?"),
        c("Check the bolt? That's your job, that's why I paid you.", None),
        t("If you ride it hot and overloaded, the engine will overheat. That's not the service, that's the riding."),
        c("Every okada in Kumasi rides like me. The oil came out three days after your mechanic touched it.", None),
        t("Okay, leave it. We can check it, but if it's not our fault you pay for the labour, 80 cedis."),
        c("Eighty cedis to fix what you spoiled? No. I'll take it to Suame Magazine, they'll see it's your bolt.", None),
    ],
))

# 30 ------------------------------------------------------------------------------------------
o = first("hi, my order just came (#ZG-55102) and the frozen stuff is all soft, ice cream is liquid, and 4 eggs "
          "broken. driver left it at the door and ran")
PAIRS.append(gpair(
    "b32g_grocery_zagreb", "online grocery delivery service, Zagreb, Croatia", "blame",
    "A mother at home with a baby writes to an online grocery service's chat in Zagreb: her frozen items arrived "
    "thawed, four eggs were broken, and the driver left the bags at the door without ringing.",
    o,
    [
        t("Hi, I'm really sorry — that's not how it should arrive. Could you send a photo of the frozen things and "
          "the eggs? Only so I can log it for the depot, not because I doubt you."),
        c("[photo] [photo] ice cream, frozen peas, fish fingers, the eggs", None),
        t("Thanks. I've refunded the frozen items and the eggs — 18.40 EUR — to your card; it shows in 3–5 days. "
          "Please don't eat the fish fingers if they've fully thawed. Did the driver ring before leaving the bags?"),
        c("no, i was home with the baby, i heard nothing. i only saw the bags when i went out", None),
        t("That's not okay — drivers are meant to ring and wait. I'll report it with the time. Do you want the frozen "
          "items brought again today? There's an 18–20h slot, no delivery fee."),
        c("yes today pls, 18-20 is fine. can you tell him to ring lol", None),
        t("I'll put 'ring the bell and wait, baby at home' in the delivery note in big letters. Booked for 18–20h today."),
        c("ok thx", None),
    ],
    [
        t("Hi. Did you pick the eco packaging option without ice packs at checkout? That one isn't suitable for frozen goods."),
        c("i didnt pick anything, i just ordered like always", None),
        t("Were you home at the delivery time? If nobody answers, drivers leave the order at the door, and frozen "
          "goods can't be guaranteed after that."),
        c("i was home!! with the baby. nobody rang", None),
        t("Drivers always ring. Maybe your bell doesn't work, or your phone was on silent? Many customers don't hear it."),
        c("my bell works. are you saying its my fault the ice cream melted", None),
        t("I'm only saying the order was delivered on time. As for the eggs, they usually break when bags are put "
          "down heavily after delivery."),
        c("i didnt touch the bags. forget it, i want a refund and im deleting the app", None),
    ],
))
