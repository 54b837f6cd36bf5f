"""blind103 gaming pairs, part c: ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame (2 each)."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer ------------------------------------------------------------------------
_o = c("Hi. I need a new mattress. I had a back operation in the spring, a disc, and the doctor said my old mattress is too soft. I sleep on the side.", None)
PAIRS.append(gpair(
    "b103g_bergen_furniture_mattress", "Bed and furniture store, Bergen, Norway", "ignored_customer",
    "A woman recovering from disc surgery needs a firmer mattress; her heavier husband likes soft.",
    good=[_o,
          t("Hi. Sorry to hear about the operation, I hope it's getting better. Did the doctor say anything more specific, firm, or medium firm?"),
          c("He said 'firmer', that's all. But my husband likes soft, and he is much heavier than me.", None),
          t("So two different needs in one bed: firmer for your back on your side, softer for him. One option is a double with two halves, each with its own firmness. "
            "Side sleepers also need the shoulder to sink a little, so not rock hard either."),
          c("Two halves, I didn't know this exists. Is it much more expensive?", None),
          t("The split version is 14,900 kroner, the normal one 12,500. I'd suggest you both lie on the test beds on your side for ten minutes, not one."),
          c("My husband is not here, he hates shopping. I can't choose for him.", "think_it_over"),
          t("Understandable. There's a 100-night trial, so if it doesn't suit one of you, you can swap. Or bring him Saturday, it's quiet before eleven."),
          c("Saturday before eleven. I will drag him here.", None)],
    gaming=[_o,
            t("Hi, great that you came in! So tell me, how do you sleep, what position?"),
            c("On the side. And as I said, I had a back operation, the doctor said firmer.", None),
            t("Wonderful. And who sleeps in the bed, just you?"),
            c("Me and my husband. He likes it soft, and he is heavier.", None),
            t("Perfect, thank you, that's really useful. Then I recommend our bestseller, the CloudSoft Deluxe, very soft memory foam, people love sinking in. 16,900."),
            c("Soft? I just told you the doctor said firm. For my back.", "no_need"),
            t("I understand. Do you have any other needs I should know about?"),
            c("I told you my needs. Did you listen at all?", None),
            t("Of course! The CloudSoft also has a cooling layer. Shall we book the delivery?"),
            c("No. I go to the other store.", None)],
))

_o = c("Good day. I am head of HR at a machine builder near Düsseldorf, 300 employees. We look for HR software for holidays and sick days. "
       "Two things are important: the data must stay in Germany, and our works council must approve everything.", None)
PAIRS.append(gpair(
    "b103g_dusseldorf_hrsoftware_workscouncil", "HR software vendor (B2B), Düsseldorf, Germany", "ignored_customer",
    "An HR head names two conditions up front, data in Germany and works-council approval; the council stopped a system before.",
    good=[_o,
          t("Good day. Thanks, those are two clear conditions. On the data: our servers are in Frankfurt, and we put that in the contract. "
            "On the works council: what do they usually worry about, is it monitoring of employees?"),
          c("Exactly. They are afraid managers see too much, who was sick how often. In 2019 we had a time system and the council stopped it after three months.", None),
          t("So the risk is not the software, it's losing the council's trust again. We can switch off sick-day statistics for managers completely, they only see 'absent'. "
            "Would it help if I met the council with you before any decision and showed exactly what a manager sees?"),
          c("Yes, that would help. But this year we have no budget for a new system anymore. It's for next year.", "no_money"),
          t("That's fine, then we have time to do it properly: the council meeting in autumn, and a written price for your budget planning. When does the planning happen?"),
          c("October. Send me the price before end of September.", None),
          t("I'll send it mid-September, with the data-location clause and a one-page summary for the council."),
          c("Good. Thank you.", None)],
    gaming=[_o,
            t("Good day, thank you for reaching out! To understand your needs: what are the biggest challenges with your current process?"),
            c("Excel and paper. But as I said, data in Germany and the works council, these are the important points.", None),
            t("Great, thank you. And what would success look like for you in one year?"),
            c("That the council says yes, and people can ask for holidays on the phone. The council stopped our last system in 2019.", None),
            t("Wonderful. Our platform has a powerful manager dashboard: every manager sees absences, sick-day trends per person and a Bradford score for each employee. Managers love it."),
            c("This is exactly what the council will never accept. I just told you this.", "no_need"),
            t("I hear you. And where do you see your HR team in five years? We also have a performance module."),
            c("Please just send me a brochure. I have a meeting now.", "brush_off")],
))

# 12 repeated_questions -----------------------------------------------------------------------
_o = c("Hei. I want to start cycling to work also in winter. 8 kilometres. My bike is an old city bike with three gears, I don't know if it can do it in snow.", None)
PAIRS.append(gpair(
    "b103g_turku_bikeshop_wintercommute", "Bike shop, Turku, Finland", "repeated_questions",
    "A commuter wants to ride 8 km through the winter and asks whether his old hub-gear city bike will do.",
    good=[_o,
          t("Hei, good plan. What does the route look like in winter, are the bike paths ploughed, or do you ride on the street?"),
          c("The paths are ploughed mostly, but in the morning sometimes ice. And one hill by the river.", None),
          t("Then studded tyres matter more than a new bike, for the ice and that hill."),
          c("Studded tyres... my colleague had them and still fell on the river hill last January. Broke his wrist. I am not sure they help so much.", "bad_experience"),
          t("Ouch. Studs help a lot on ice, but they don't do everything: on a hill like that, a bit lower tyre pressure and no hard braking in the curve matter too. "
            "I'll show you when you pick it up. Is the old bike otherwise in good shape, brakes, chain?"),
          c("Brakes okay, I think. The chain is rusty. I was ready to buy a new bike, like 800 euro.", None),
          t("You could, but honestly a city bike with hub gears is good in winter, the gears are inside, salt doesn't kill them. Studded tyres are about 110 for both, "
            "with a new chain and a service 180 in total. Let me look at the bike before you spend 800."),
          c("Really? That is much cheaper than I thought. When can I bring it?", None),
          t("Tomorrow morning, and pick it up after work. If the frame or wheels are bad, I'll tell you, and then we talk about a new one."),
          c("Good. I bring it at 8.", None)],
    gaming=[_o,
            t("Hei, great question! So, how far do you ride to work?"),
            c("8 kilometres. Mostly ploughed paths, sometimes ice.", None),
            t("Okay, and what's the distance to your workplace, roughly?"),
            c("...8 kilometres. As I said.", None),
            t("Perfect. And what kind of surface are we talking about in winter, what's the condition of the route?"),
            c("Ploughed paths, ice in the mornings. I just told you.", None),
            t("Great, thank you. Just so I understand your needs fully: how long is your commute, and what is the road like?"),
            c("Are you writing anything down? 8 km, paths, ice. I want to know if my old bike is okay or if I need a new one.", None),
            t("Absolutely. So what's your budget, how much are you thinking of spending?"),
            c("I think I come back when someone else is working. I don't have time for this.", None)],
))

_o = c("Dzień dobry, I am buyer in a steel construction company near Wrocław. We use welding wire, SG2, 1.0 millimetre, about 40 spools per month. "
       "Our supplier raised prices 12 percent. I want an offer from you.", None)
PAIRS.append(gpair(
    "b103g_wroclaw_supplies_weldingwire", "Welding supplies distributor (B2B), Wrocław, Poland", "repeated_questions",
    "A buyer wants a quote for monthly welding wire after a 12 percent price rise; late deliveries have also stopped his welders.",
    good=[_o,
          t("Dzień dobry, thanks. 40 spools a month of SG2 1.0, on 15-kilo spools I assume? And is it only the price, or are there problems with the current supplier too?"),
          c("Yes, 15 kilo. Mostly price. But sometimes delivery is late, one time we waited two weeks and the welders stood.", None),
          t("So price and reliable delivery. What would help more, a fixed price for six months, or stock kept for you in our Wrocław warehouse to call off any day?"),
          c("Both would be nice, ha. But if I must choose, the stock. Standing welders cost more than 12 percent.", None),
          t("Makes sense. I can keep 80 spools reserved for you, call-off within 24 hours, at 4 percent under your old price before the increase. I'll send it in writing today."),
          c("Good. I must compare with two other offers, and the production manager decides with me. End of month.", "think_it_over"),
          t("Fine. If useful, I send 5 spools at that price as a test, so your welders can check the wire feeds well."),
          c("Good idea, welders are very picky. Send the offer with the test.", None)],
    gaming=[_o,
            t("Dzień dobry, thanks for calling! So tell me, what kind of wire do you use?"),
            c("SG2, 1.0 millimetre, 15 kilo spools. 40 per month.", None),
            t("Great. And what material is it, which wire type and diameter exactly?"),
            c("SG2. 1.0. Like I said.", None),
            t("Perfect. And what volumes are we talking about, roughly, what is your monthly consumption?"),
            c("40 spools. Do you have a price or not? Our supplier raised 12 percent.", None),
            t("I understand. Just to make sure I have your needs right: what are you currently using, and how much of it?"),
            c("This is the fourth time. Send me your price list by email, I look when I have time.", "brush_off"),
            t("Absolutely! Before I send it, which wire should I put on the offer?"),
            c("Goodbye.", None)],
))

# 13 wrong_paraphrase ------------------------------------------------------------------------
_o = c("Hello, I will work in Amsterdam three months from September, a project near Sloterdijk. My company pays the accommodation. Is a long stay in your hotel possible?", None)
PAIRS.append(gpair(
    "b103g_amsterdam_hotel_longstay", "Aparthotel, Amsterdam, Netherlands", "wrong_paraphrase",
    "A Portuguese engineer on a three-month project asks about a long stay; he wants a kitchen and a desk, within his company's cap.",
    good=[_o,
          t("Hello, yes, we do long stays. What matters most for you in a place for three months, compared to a normal hotel stay?"),
          c("A small kitchen. I cannot eat in restaurants for three months, my stomach and my wallet both say no. And a desk, sometimes I work in the evening.", None),
          t("Kitchen and a proper desk, okay. Our studios have both, a kitchenette with two plates and a fridge, and a desk by the window. "
            "For three months the studio is 2,650 a month with weekly cleaning. Does your company have a maximum?"),
          c("The company maximum is 2,400 per month. So this is over.", "no_money"),
          t("For stays of three months or more I can do 2,400 with cleaning every two weeks instead of every week. Shall I send that to your travel department directly, with the dates?"),
          c("Yes, send to them. Cleaning every two weeks is no problem, I am clean person.", None),
          t("Done. And Sloterdijk is 20 minutes by tram, or 15 by bike, we rent bikes to long-stay guests if you want one."),
          c("Bike, yes, I want to try like the Dutch.", None)],
    gaming=[_o,
            t("Hello, welcome! So what I'm hearing is that you're coming to Amsterdam on holiday with your family and need something central near the canals, is that right?"),
            c("No, no. I come alone, for work. Three months. Near Sloterdijk.", None),
            t("Got it! So to play it back: you're a business traveller who needs an executive room with lounge access and daily breakfast, because you'll be eating at the hotel. Did I understand correctly?"),
            c("No, I said... I want to cook myself. A small kitchen. And a desk.", None),
            t("Perfect. So if I summarise: the company budget is flexible and you want our premium suite for the full three months. That's 3,900 a month, is that okay?"),
            c("I never said flexible. The company pays maximum 2,400. 3,900 is impossible.", "no_money"),
            t("I hear you. So what you're saying is you'd like to book the suite for one month first and see. Shall I send the confirmation?"),
            c("I didn't say that either. I look on other websites.", None)],
))

_o = c("Good morning. I have dental clinic in Coimbra, three dentists. Many patients don't come, no-shows, maybe 15 per week. "
       "I saw your software sends reminders. I want to understand how it works.", None)
PAIRS.append(gpair(
    "b103g_coimbra_clinicsoftware_noshows", "Patient reminder software (SaaS), Coimbra, Portugal", "wrong_paraphrase",
    "A dental clinic owner wants SMS reminders against no-shows while keeping an old agenda and billing program.",
    good=[_o,
          t("Good morning. 15 a week is a lot of empty chair time. How do patients book today, by phone?"),
          c("By phone, and the receptionist writes in our system, an old program for billing and agenda. We keep it, the accountant needs it.", None),
          t("So the old program stays, and the problem is patients not showing. Do you know why, do they forget, or book very far ahead?"),
          c("Mostly older patients, they book three months ahead for cleaning and forget. Young ones cancel by WhatsApp, that's okay.", None),
          t("Then an SMS two days before, with a button to confirm or cancel, hits exactly the older ones. The question is whether we can read your old program's agenda. Which program is it?"),
          c("It's called DentiSoft, from 2012. We paid a lot for a connection with a lab system before and it never worked. So I am careful.", "bad_experience"),
          t("Then I won't promise anything until our technician has looked at DentiSoft. If it can't connect, reception would copy appointments by hand, "
            "and I'll tell you honestly if that's not worth it. Can he come for 30 minutes next week?"),
          c("Yes, Tuesday after lunch is calm. Then we talk about price.", None)],
    gaming=[_o,
            t("Good morning! So what I'm hearing is that you want to replace your whole clinic system with ours, agenda, billing and patient records, correct?"),
            c("No, I keep my system. The accountant needs it. I only want reminders for the no-shows.", "no_need"),
            t("Great, so to reflect back: you have problems with your accountant and want our billing module to take over. Did I get that right?"),
            c("No! The accountant is fine. The problem is patients not coming. Older patients forget.", "no_need"),
            t("Understood. So your younger patients are the issue and you want WhatsApp campaigns to bring them back. We have a great package for that."),
            c("I said older. You are not listening. How much is only the reminders?", None),
            t("Just to make sure I heard you correctly: you're ready to start with the full package, 189 euro per dentist per month?"),
            c("I am not ready for anything. 189 per dentist is more than I pay for my whole program. No, thank you.", "too_expensive")],
))

# 14 pitch_to_upset --------------------------------------------------------------------------
_o = c("Hej. I have a bag of medicines from my wife. She died last week. Somebody said you take them back, for... to destroy them.", None)
PAIRS.append(gpair(
    "b103g_uppsala_pharmacy_returnmeds", "Pharmacy, Uppsala, Sweden", "pitch_to_upset",
    "A recently widowed man brings his wife's unused medicines, including insulin pens, for disposal.",
    good=[_o,
          t("Hej. I'm very sorry for your loss. Yes, we take them, you don't need to do anything else. Are there any needles or pens in the bag?"),
          c("Some insulin pens. I don't know if they are used.", None),
          t("That's fine, they go in the special box, everything else in the normal return. Is there anything you need for yourself today, while you're here?"),
          c("No. I have what I need. I just wanted to get these out of the house.", None),
          t("I understand, that's a hard thing to do. There's a leaflet here from the municipality about support groups for people who lost a partner. No pressure, I'll just put it here."),
          c("Maybe. I take it. Thank you for being kind.", None)],
    gaming=[_o,
            t("Hej, I'm so sorry for your loss, I understand this is a difficult experience. Just put the bag on the counter. How are you sleeping these days?"),
            c("Not so good. It's very quiet in the house.", None),
            t("I hear you. Many people in your situation find our sleep-and-calm series really helps, melatonin, magnesium and this herbal tea. 20 percent off this week, just 249 for all three."),
            c("I... no. I only came with the bag.", "no_need"),
            t("Absolutely. Can I ask, do you have our loyalty card? With the card you collect points on everything, it helps in difficult times, you save on all your family's medicines."),
            c("My family was my wife. I don't need a card.", "no_need"),
            t("Of course. Anything else I can help you with today? Our vitamin D campaign is good for the mood in the dark months."),
            c("Please, just take the medicines. I want to go home.", None)],
))

_o = c("Excuse me. My laptop is gone from my room. I was at dinner one hour, I come back, the bag is open and the laptop is not there. "
       "I have a presentation tomorrow at nine, everything is on it. I am really angry.", None)
PAIRS.append(gpair(
    "b103g_frankfurt_hotel_laptoptheft", "Business hotel, Frankfurt, Germany", "pitch_to_upset",
    "A guest reports his laptop stolen from a locked room the evening before an important presentation.",
    good=[_o,
          t("That's terrible, and I understand you're angry. First: is anything else missing, passport, wallet? And was the door locked?"),
          c("Passport is here, I had it with me. The door was locked, yes, I am sure. The laptop was on the desk.", None),
          t("Then we treat it as a theft. I'm calling our security manager now, he checks the key card log for your room, and I'll call the police, you'll need the report for insurance. "
            "Is the presentation saved anywhere else, email or cloud?"),
          c("Maybe in the company cloud, I am not sure. But I have no laptop to look.", None),
          t("Our business corner has two computers, use one all night and print there. If your IT can send the file, you have it printed tonight. "
            "I'll also speak to the manager about your room costs, this should not happen in our hotel."),
          c("Okay. Okay, thank you. Let me call my IT first.", None),
          t("Of course. The police will come here, you don't need to go anywhere. I'll bring you a coffee to the business corner."),
          c("Thank you. Sorry I was loud before.", None)],
    gaming=[_o,
            t("Oh no, I'm so sorry about your experience, I completely understand how you feel. Did you know our Executive floor rooms have a laptop safe and extra security? I can move you there for only 45 euro more per night."),
            c("What? Somebody stole my laptop and you want more money from me?", None),
            t("I hear your frustration. So security is a big need for you. With our Gold membership you also get insurance on personal items, 99 euro a year, and you're protected next time."),
            c("There is no next time. I want the police, and I want to know who was in my room.", None),
            t("Absolutely. And for tomorrow's presentation, our business centre rents laptops, 60 euro per day. Shall I reserve one for you?"),
            c("Are you joking? I want the manager. Now.", None),
            t("Of course, I'll call the manager. While we wait, would you like to hear about our Gold membership benefits?"),
            c("No! Just call him.", "no_need")],
))

# 15 blame -----------------------------------------------------------------------------------
_o = c("Hi, I bought this e-bike here in March. Yesterday the chain broke on the way to work, I almost fell. Three months old! This should not happen.", None)
PAIRS.append(gpair(
    "b103g_odense_bikeshop_brokenchain", "Bike shop, Odense, Denmark", "blame",
    "A commuter's three-month-old e-bike chain snapped when starting at a traffic light on full motor power.",
    good=[_o,
          t("Hi, I'm glad you didn't fall. Let me see... yes, broken at one link. What happened exactly, were you starting from a stop, going uphill?"),
          c("Starting at a traffic light, with the motor on the highest level. It just went crack.", None),
          t("Thanks. On e-bikes the motor puts a lot of force on the chain at the start, and sometimes a link is weak from the factory or wasn't closed well. "
            "Either way, after three months it's warranty. I'll fit a stronger e-bike chain and check the gears, no cost."),
          c("Good. But I need the bike tomorrow for work. I have no other way to get there.", None),
          t("I can do it now, 30 minutes, wait with a coffee if you like. One tip, not blame: starting in a lower gear at lights helps the chain live longer, on any e-bike."),
          c("Okay, I didn't know. I always stay in the high gear. I wait here.", None),
          t("Fine. I'll also write the repair in your service book, so it's documented for the warranty."),
          c("Thanks, that's good.", None)],
    gaming=[_o,
            t("Hi, thanks for coming in, I understand your experience was frustrating. Can I ask, how often have you cleaned and oiled the chain since March?"),
            c("Cleaned? I don't know. Never, I think. Nobody told me.", None),
            t("I see. And do you shift gears while pedalling hard, with the motor on full power? Because that's what breaks chains, it's in the manual."),
            c("I ride it normal. Like a bike. Are you saying it's my fault?", None),
            t("I'm just trying to understand your needs. Honestly, in most cases like this it's user error, not the product. Warranty doesn't cover wear from wrong use."),
            c("Wrong use? It's three months old. I paid 22,000 kroner here.", None),
            t("I hear you. A new chain is 350 plus labour. And think about our service plan, so this doesn't happen to you again. Did I answer your question?"),
            c("I want to talk to the owner. I am not paying for this.", None)],
))

_o = c("Good day. I bought wardrobe here two weeks ago, the three-door one. In the box were only four hinges, but it needs six. Now one door hangs crooked and I cannot close it.", None)
PAIRS.append(gpair(
    "b103g_poznan_furniture_wardrobehinges", "Furniture store, Poznań, Poland", "blame",
    "A customer who assembled a flat-pack wardrobe himself found two hinges missing; one door hangs crooked.",
    good=[_o,
          t("Good day, sorry about that. Missing hinges happen sometimes with that model, you're not the first. Do you have the order number or the receipt?"),
          c("Yes, here. Also one side panel has a scratch, but it's at the back, I don't care.", None),
          t("Thanks. So: two hinges missing, one door crooked, the scratch doesn't matter to you. I can give you two hinges now from spare parts. "
            "Do you want to fit them yourself, or shall our fitter come? For this it's free, the parts were missing on our side."),
          c("The fitter, when can he come?", None),
          t("He has slots on Thursday afternoon."),
          c("Thursday I work until late, I cannot be home. I do it myself, it's only screws.", "no_time"),
          t("Fine. Here are the hinges and screws. If the door still hangs after, call me on this number and we send the fitter when it suits you, Saturday too."),
          c("Very good, thank you. Fast service.", None)],
    gaming=[_o,
            t("Good day! Thank you for sharing your experience. Did you maybe throw away some small bags with the packaging? Many customers do that."),
            c("No. I checked everything, the box, the floor. Four hinges.", None),
            t("I understand how you feel. But the door is crooked, so I think maybe the assembly was not done according to the instructions? Step 14 is very important, many people skip it."),
            c("I assembled a lot of furniture. The door is crooked because there are only two hinges on it, not three.", None),
            t("I hear you. Did you check the parts list before starting? The instructions say to count everything first. Now it's difficult to prove the hinges were missing."),
            c("So you say I am lying? Unbelievable. I want to make a complaint.", None),
            t("Of course, the complaint form is online. Is there anything else I can help you with?"),
            c("No. And I don't buy anything more here.", None)],
))
