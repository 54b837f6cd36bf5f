"""Gaming pairs 1-10 (blind44), written by hand."""
from common import t, c, gpair

PAIRS = []

# 1. monologue - dive shop, Nadi, Fiji (spoken, consumer, anxious returning diver)
o = c("Bula. Um, I did my open water course, like... eight years ago? In Korea. And I haven't been down since. "
      "My friends want to do the reef trip on Thursday and I'm — honestly I'm a bit nervous about it.", None)
PAIRS.append(gpair(
    "b44g_nadi_dive", "dive shop, Nadi, Fiji", "monologue",
    "A Korean visitor walks into a dive shop on the Nadi waterfront. She is certified but has not dived in eight "
    "years and her friends have booked a reef trip for Thursday.",
    [o,
     t("Bula, welcome. Eight years is a fair gap, and being nervous about it is completely normal. "
       "Can I ask what worries you most — the gear, the depth, something else?"),
     c("The mask. Last time water came in the mask and I — I panic a little bit, I went up too fast. "
       "The instructor was angry with me.", None),
     t("Thanks for telling me, that really helps. What I'd suggest is a refresher in the pool first, about two hours, "
       "one instructor just with you, going over mask clearing slowly until it gets boring. Then on Thursday you'd "
       "dive with that same instructor. How does that sound to you?"),
     c("Two hours in the pool... how much is it? My friends will not wait for me.", None),
     t("Ninety-five Fiji dollars, and we can do it Wednesday afternoon so nobody's waiting on Thursday. "
       "If after the pool you don't feel ready, you come on the same boat and snorkel, and we refund the dive part."),
     c("Oh, okay. Then I can still be on the boat with them. Wednesday afternoon, yes, let's do it.", None),
     t("Great. Can I get your name, and do you remember roughly how deep you went on your course? "
       "Just so your instructor knows where to start."),
     c("Min-ji Park. Eighteen metres, I think. Maybe less.", None)],
    [o,
     t("Bula! Welcome to the best dive experience in Nadi. So let me tell you about our packages, because every diver's "
       "needs are different and our relationship with our divers means everything. There's the Reef Explorer, two tanks, "
       "then the Shark Encounter out at Beqa — incredible experience, bull sharks, sometimes a tiger — and the three-night "
       "liveaboard. Honestly, people coming back after a break love the sharks, it gets the confidence going like nothing "
       "else. And our rental gear is all brand new, premium regulators, the works..."),
     c("Sharks? No, I — I only want something—", "no_need"),
     t("...and nobody's ever had a problem on that trip, the success rate is amazing. Then you could add Nitrox, "
       "longer bottom time, our instructors are PADI and SSI both. What's your experience level, by the way? Doesn't matter, "
       "we'll sort you out. The Beqa boat goes Thursday as well, same day as your friends, but your friends will be jealous, "
       "trust me. You pay at the desk, we take cards, there's a marine park levy too..."),
     c("Last time I panic in the water. I think I just snorkel.", "bad_experience"),
     t("Snorkel, sure, sure, but you'd be missing out, because the soft coral here is world-famous — Rainbow Reef, the "
       "Astrolabe, I've done them two hundred times. And the snorkel trip is basically the same boat anyway, so you might "
       "as well dive, and we'll throw in the photos. Any other questions for me? Anything else I can help with today?"),
     c("No. Thank you.", "brush_off")]))

# 2. monologue - grain bin monitoring, Saskatoon, Saskatchewan (B2B, spoken phone, hurried farmer)
o = c("Yeah, hi, Dale Kowalchuk, I farm out by Rosetown. I filled in your form online about the bin cables, "
      "the temperature ones. I've got maybe five minutes, we're combining canola.", None)
PAIRS.append(gpair(
    "b44g_sask_bincables", "grain storage monitoring supplier, Saskatoon, Saskatchewan (B2B)", "monologue",
    "A grain farmer phones a Saskatoon supplier of bin temperature cables from the cab during canola harvest, "
    "after filling in a web enquiry form.",
    [o,
     t("Thanks Dale, I'll keep it short. Two questions and I'll let you go: how many bins, and is it mostly canola "
       "you're worried about heating?"),
     c("Twelve bins, mostly canola, couple of wheat. Lost a bin to heating two years back, that's why I'm looking. "
       "Forty grand of canola, gone.", None),
     t("Ouch, that hurts. For canola, the cables with moisture readings are worth it. Rather than price twelve bins "
       "blind, how about I send a tech out after harvest to walk your yard and give you a written price? No charge "
       "for the visit."),
     c("After harvest's fine. But I'm not putting out for twelve bins at once, I'll tell you that right now.", "no_money"),
     t("Fair enough. Plenty of guys start with the bins they keep canola in longest and add the rest later. "
       "We'll price it that way. Best number to get you in October?"),
     c("This one. Evenings. Gotta go, the grain cart's waiting.", None)],
    [o,
     t("Dale! Great to connect. So before anything, let me walk you through who we are, because our relationship with "
       "growers is what it's all about. We started in Humboldt in 2009 with a vision of success for the farm family. "
       "Now, the system — this is where it gets exciting — wireless cables, readings every two feet, solar hub, alerts "
       "to your phone, your wife's phone, your agronomist's phone. It ties into fan controllers so aeration kicks in "
       "on its own, and our new CO2 sensor is honestly the future of spoilage detection. Your needs matter to us, "
       "so we've built three tiers—"),
     c("Yeah, I'm kinda short on time here—", "no_time"),
     t("Totally, totally, I'll be quick. Basic, Pro and Pro Plus. Basic is cables only, Pro adds fan automation, "
       "Pro Plus is the whole enchilada with CO2 and five years of data. Most growers in your area go Pro Plus, "
       "it's the best experience. There's financing through our partner at about seven point nine, and if you sign "
       "before month end, install's free on the first four bins. Does that sound like it would help your operation succeed?"),
     c("Just email me something.", "brush_off"),
     t("Absolutely, and I'll also book you a thirty-minute demo so I can show you the app — honestly it's the best way "
       "to experience it. How's Tuesday at ten? And what else can I tell you today?"),
     c("Tuesday I'm in the field. All week I'm in the field. Email. Bye.", "no_time")]))

# 3. closing_as_open_question - gym, Amman, Jordan (typed chat, student on a budget)
o = c("hi is the gym women only or mixed?? and how much per month, im only in amman june to august", None)
PAIRS.append(gpair(
    "b44g_amman_gym", "fitness club with a women's floor and pool, Amman, Jordan", "closing_as_open_question",
    "A university student home for the summer messages an Amman gym through its website chat about women-only "
    "hours and the monthly price.",
    [o,
     t("Hi! We have a women-only floor open all day, and the pool is women-only Sun/Tue/Thu. Monthly is 45 JD, "
       "but for just the summer there's a 3-month pass for 110 JD. Are you mainly after the pool or the gym floor?"),
     c("mostly pool tbh. 110 is still alot, the one near my aunts house is 30 a month", "too_expensive"),
     t("That's fair. If it's mostly swimming, there's a pool-only pass — 25 JD a month, three women-only days a week. "
       "The place near your aunt's may be cheaper for weights, just check they have a pool at all 🙂 Want to come "
       "for a free swim this week before you decide anything?"),
     c("oh pool only is way better. can i come thursday?", None),
     t("Yes, Thursday's women's session is 4 to 8 pm. Bring your ID — what name should I put on the list?"),
     c("lina. thx!!", None)],
    [o,
     t("Hi! Great question 😊 Before I answer — what would suit you better, starting your 12-month membership today "
       "or tomorrow?"),
     c("umm i said im only here for the summer", None),
     t("Totally understand your needs! So how would you like to pay for the annual plan, card or cash at reception? "
       "Both give you the full experience 💪"),
     c("i dont want a year plan. is it women only or not", "no_need"),
     t("We have women-only areas! Which day works better for you to come in and sign, Saturday or Sunday?"),
     c("neither lol. and what does it cost?? u still didnt say", None),
     t("What would it take to make today the day you start your fitness journey with us? I can lock in the price right now!"),
     c("nothing. bye, ill find a gym that answers questions", None)]))

# 4. closing_as_open_question - POS systems, Kingston, Jamaica (B2B, spoken, sceptical shop owner)
o = c("Morning. Mi have a likkle patty shop up by Half Way Tree, and mi cousin seh unu system can count di stock by itself. "
      "Mi nuh too trust computer, so explain it to mi plain.", None)
PAIRS.append(gpair(
    "b44g_kingston_pos", "point-of-sale system reseller, Kingston, Jamaica (B2B)", "closing_as_open_question",
    "The owner of a small patty and juice shop walks into a POS reseller's office in Kingston after her cousin "
    "recommended them. She keeps stock in an exercise book.",
    [o,
     t("Morning, and welcome. Plain it is. When you sell a patty, you touch it on the screen and the system takes one off "
       "your count. End of the day it tells you what's left and what sold best. How do you keep track right now?"),
     c("Exercise book. Me and mi daughter write it down. But sometimes di numbers nuh match and mi cyaan tell if "
       "somebody a tief or is just mistake.", None),
     t("That's exactly what it's good for. It won't tell you who, but it shows you when the count goes off and on which "
       "shift. If the light cut, it keeps going on battery and catches up after. Would it help to see one running in a "
       "shop like yours before you decide anything? There's a juice bar in New Kingston using it, I could take you Thursday."),
     c("Thursday mi cyaan leave di shop, is just me and mi daughter till six.", "no_time"),
     t("Then Sunday — they open after church. I'll meet you there at one and you talk to the owner yourself, not me. "
       "Basic setup is about eighty-five thousand, or you rent it at nine and a half a month, no contract."),
     c("Sunday one o'clock, mi can manage dat. Mi will bring mi daughter, she handle di phone side.", None)],
    [o,
     t("Morning, boss! Great to meet you. Just so I understand your needs — would you prefer the Premium package "
       "installed this week, or next week?"),
     c("Wait. Mi nuh even know what it do yet.", None),
     t("Of course! It does everything — stock, sales, staff. What's the best number for our installer to call to start "
       "your success journey, your cell or the shop line?"),
     c("Yuh nuh hear mi? How much it cost?", None),
     t("Great question! How would you like to handle payment — the twelve-month plan, or pay in full today with a discount?"),
     c("Bwoy. Mi cyaan do no twelve-month nothing right now, business slow since school close.", "no_money"),
     t("I hear you. So what would need to happen for you to say yes today?"),
     c("Send di paper dem to mi cousin. Mi will look pon it some other time.", "brush_off")]))

# 5. pitch_as_paraphrase - bank branch, Zagreb, Croatia (spoken, Filipina nurse, non-native)
o = c("Good afternoon. I work here in Zagreb, in the hospital, KBC Rebro. I want to send money to my mother in "
      "Philippines every month. But the app is in Croatian only, I don't understand it.", None)
PAIRS.append(gpair(
    "b44g_zagreb_remit", "retail bank branch, Zagreb, Croatia", "pitch_as_paraphrase",
    "A Filipina nurse working at a Zagreb hospital comes to her bank branch because she cannot use the mobile app "
    "to send her monthly transfer home.",
    [o,
     t("Good afternoon. The app can actually switch to English — I'll show you where. How much do you usually send, "
       "and how does your mother receive it, into a bank account or cash pickup?"),
     c("About three hundred euro. She has account in BDO. Last month I use the counter here and the fee was, uh, "
       "twenty-two euro! Too much.", None),
     t("That is a lot on three hundred. Through the app an international transfer is around eight euro. For the "
       "Philippines, some customers also use a money transfer service because the exchange rate can be better, so it's "
       "worth comparing both on your first one. Shall I switch your app to English now and we send a small test together?"),
     c("Yes, please. Small first, then I trust it.", None),
     t("Good idea. Give me the phone — here, Postavke, then Jezik, English. Now Payments, then International..."),
     c("Oh! Now I can read everything. Thank you, really.", None)],
    [o,
     t("Good afternoon! So what I'm hearing is that you need a more premium banking experience — which is exactly what "
       "our Prestige account gives you, with your own English-speaking relationship manager."),
     c("No, no. I only need to send money. The app is Croatian.", "no_need"),
     t("Absolutely. So if I understand you correctly, international transfers matter to you, and that's why Prestige "
       "with the global transfer bundle is the perfect fit. It's twelve euro a month."),
     c("Twelve euro every month? That's more than I pay now for the fee.", "too_expensive"),
     t("Did I understand you correctly that value is important to you? Because Prestige also includes travel "
       "insurance and airport lounge access."),
     c("I don't travel, I work nights. Maybe I ask my colleague, she uses something else for sending.", "think_it_over")]))

# 6. pitch_as_paraphrase - home internet, Port of Spain, Trinidad (typed chat, night-shift worker, third contact)
o = c("good evening. internet keep dropping every night from like 7 til 10, i work night shift from home for a call "
      "centre so this is a real problem. 3rd time im contacting yall", None)
PAIRS.append(gpair(
    "b44g_pos_internet", "home internet provider, Port of Spain, Trinidad and Tobago", "pitch_as_paraphrase",
    "A customer in Diego Martin who works night shifts from home for a call centre uses the provider's web chat "
    "for the third time about evening drop-outs.",
    [o,
     t("Good evening, and I'm sorry it's the third time — that's not okay. Let me look at your line. Can you send your "
       "account number, and tell me: when it drops, do the router lights go red, or stay green but nothing loads?"),
     c("acct 4471-0982. stays green but nothing loads. sometimes come back after 5 min sometimes not", None),
     t("Thanks. I can see your area node gets overloaded in the evenings, which matches your 7–10 window, so it isn't "
       "your router. There's an engineering ticket for Diego Martin and the upgrade is booked for the 14th. Until then "
       "I can add 30GB of free mobile data to your account as backup so you don't lose shifts. Would that help?"),
     c("ok that would help yes. but the 14th is next thursday, what if its still doing it after", None),
     t("Fair question. I'll call you myself on the 15th around 6 pm to check. If it's still dropping I'll escalate it "
       "and credit you the month. I'm writing that on your account notes now."),
     c("alright. thanks, first time somebody actually explain it to me", None)],
    [o,
     t("Good evening! If I'm hearing you right, you need more speed for your work-from-home experience — and our "
       "Fibre 500 plan is built exactly for that 🚀"),
     c("no what i need is for the one i have to work. i dont need more speed", "no_need"),
     t("Totally understand! So reflecting that back, reliability is important to you, which is why Fibre 500 Business "
       "with priority support would suit your needs perfectly. It's only $449 TT a month."),
     c("449?? cyah afford that, i barely paying the 299", "no_money"),
     t("Did I get that right, that you're looking for value? Then you'll love that the first month is half price!"),
     c("just fix my line. im using my phone data tonight and calling in tomorrow", None)]))

# 7. upsell_as_loop_closing - hardware store, Apia, Samoa (spoken, church volunteer, tight funds)
o = c("Talofa. I need roofing iron, the long ones, and the screws for the iron. The church is fixing the faifeau's house "
      "after the storm — here is the list.", None)
PAIRS.append(gpair(
    "b44g_apia_roofing", "hardware and timber store, Apia, Samoa", "upsell_as_loop_closing",
    "A church youth leader brings a handwritten list to a hardware store in Apia to repair the pastor's roof after a "
    "storm, paying from church funds.",
    [o,
     t("Talofa lava. Let me see the list... twelve sheets at 3.6 metres, and roofing screws. Do you know if the old purlins "
       "are still good, or are some of those going too? It changes which screws you need."),
     c("The boys said two of the purlins are rotten. We didn't put them on the list.", None),
     t("Then you'll want two lengths of 75 by 50 treated timber as well, otherwise the new iron won't hold in the next "
       "wind. I'll put it all on one church invoice — 1,140 tala with the timber. We deliver to Vaitele free on Saturdays."),
     c("Saturday is good, the boys work on Saturday. Okay, put the timber.", None),
     t("Done, and I've written the faifeau's address for the truck. If the boys have questions about the screw spacing, "
       "tell them to ask for Sione in the yard."),
     c("Fa'afetai. God bless you.", None)],
    [o,
     t("Talofa! I'll get that ready. Is there anything else you need today?"),
     c("No, only what is on the list.", None),
     t("Great. Before I close this off, just to be sure all your needs are met — would you like the colour-coated iron "
       "instead? Twenty years instead of ten. Only forty tala more a sheet."),
     c("Ah, no, the church doesn't have that kind of money. The plain one is fine.", "no_money"),
     t("Understood. And to make sure we've covered everything — shall I add the rust-guard paint and our five-year "
       "warranty pack? Customers are very satisfied with it."),
     c("No, thank you. Just the list, please.", "no_need"),
     t("Perfect! Anything else at all I can help you with — maybe a water tank while you're here? We have a special on."),
     c("Only the list. How much is it?", "no_need")]))

# 8. upsell_as_loop_closing - printer leasing, Dubai, UAE (B2B, typed, office manager)
o = c("Hi, this is Priya from Falcon Cargo, Al Quoz. Your tech came Monday for the jamming on the Ricoh in accounts. "
      "Its working since then, I just need the service report for our records pls", None)
PAIRS.append(gpair(
    "b44g_dubai_printer", "office printer leasing company, Dubai, UAE (B2B)", "upsell_as_loop_closing",
    "The office manager of a small freight company in Al Quoz messages the printer leasing firm's support chat, asking "
    "for the report of a repair visit that fixed a jamming printer.",
    [o,
     t("Hi Priya, glad it's behaving. I'll email the service report today. The tech noted the pickup roller was worn — "
       "replaced under your lease, so no charge. Has it jammed at all since Monday, even once?"),
     c("not once. only thing, finance prints alot of A3 now for customs docs, can this one do A3?", None),
     t("It can — tray 2 takes A3, the guide just has to be moved. I'll attach a one-page picture guide to the report. "
       "If A3 volume really grows, we can look at it at your lease review in March; nothing needs changing now."),
     c("perfect thanks. pls send to accounts@ too", None),
     t("Will do, both addresses, before 3 pm today.")],
    [o,
     t("Hi Priya! So happy to hear it's working 😊 Just closing the loop on your service experience — were you fully "
       "satisfied with the visit?"),
     c("yes it was fine. just need the report", None),
     t("Wonderful! And to make sure your printing needs are fully met going forward, may I suggest our Gold Care plan? "
       "4-hour response, free toner and a loan device. Just AED 350 a month extra."),
     c("we dont need that, its one printer in accounts", "no_need"),
     t("Understood! Before I close your ticket, can I help with anything else — maybe our new colour MFP? There's a Q4 "
       "offer for valued partners."),
     c("no. the report please. this is the second time im asking", "no_need"),
     t("Of course! I'll send it. One last thing — would you rate us 5 stars on the survey? It really helps our relationship."),
     c("just send it", None)]))

# 9. leading_tag_questions - electronics store, Belgrade, Serbia (spoken, mother on a budget)
o = c("Dobar dan. My son starts architecture at the faculty in October, and the professor sent a list, he needs laptop "
      "for... AutoCAD, and something, Rhino. I don't understand these things. I have maybe ninety thousand dinars.", None)
PAIRS.append(gpair(
    "b44g_belgrade_laptop", "electronics store, Belgrade, Serbia", "leading_tag_questions",
    "A mother shops for a laptop for her son, who is starting architecture studies, at a Belgrade electronics store. "
    "She has a fixed budget and the professor's list on her phone.",
    [o,
     t("Dobar dan. Architecture programs are heavy, so it matters more than for most students. Do you have the "
       "professor's list with you? They often write the minimum specifications."),
     c("Yes, here, on my phone. He wrote... sixteen gigabyte RAM, and graphic card 'dedicated'.", None),
     t("Good, that helps a lot. For ninety thousand you can get sixteen RAM and a proper graphics card, but it'll be a "
       "thicker, heavier one — like this Lenovo at eighty-seven. The thin, light ones with those specs start around "
       "a hundred and twenty. Will he carry it to the faculty every day?"),
     c("Every day, yes, on the bus. Heavy is... how heavy?", None),
     t("About two and a half kilos — like a big bottle of water. Most architecture students carry something like it. "
       "If he can come in Saturday, he can lift it and decide himself; I'll hold it for you until then."),
     c("Good, he will come Saturday. Please hold it. You explained this well, thank you.", None)],
    [o,
     t("Dobar dan! Well, you want the best for your son, don't you? His success at the faculty is what matters most, isn't it?"),
     c("Yes, of course, but I have ninety thousand.", None),
     t("But you wouldn't want him to be the only one in class with a slow laptop, would you? This MacBook Pro is what "
       "all the architects use, isn't it? It's two hundred and ten, but quality pays for itself, doesn't it?"),
     c("Two hundred ten? That is more than double what I told you.", "too_expensive"),
     t("I understand. But you'd agree his future is worth the investment, wouldn't you? And with twelve instalments "
       "it's easy, isn't it?"),
     c("I don't take instalments. I will go ask at Gigatron, maybe they have something for my money.", "think_it_over")]))

# 10. leading_tag_questions - heating contractor, Halifax, Nova Scotia (spoken, retired fisherman, sceptical)
o = c("Yeah, hi, name's Gerald Comeau, I'm over in Dartmouth. My daughter keeps after me about one of them heat pumps "
      "to get off the oil. I'm not convinced they work when it's minus twenty and blowing, but I said I'd call.", None)
PAIRS.append(gpair(
    "b44g_halifax_heatpump", "heating and heat pump contractor, Halifax, Nova Scotia", "leading_tag_questions",
    "A retired fisherman in Dartmouth phones a Halifax heating contractor because his daughter wants him to replace "
    "oil heat with a heat pump; he doubts they work in a Maritime winter.",
    [o,
     t("Fair enough, Gerald, lots of folks wonder that. What kind of house is it, and what are you paying for oil over "
       "a winter, roughly?"),
     c("Bungalow, fifties, I did the attic insulation maybe ten years ago. Oil, oh, I'd say thirty-two, "
       "thirty-four hundred a year now.", None),
     t("Okay. Honest answer: the cold-climate units keep heating down to about minus twenty-five, but they get less "
       "efficient the colder it gets. Most people in Dartmouth keep the oil furnace as backup for the worst nights and "
       "run the heat pump the rest of the time. That usually cuts the oil bill by more than half."),
     c("So I'd keep the furnace. Huh. Well, that's not what I figured. What's a thing like that run?", None),
     t("Installed, a ducted cold-climate unit is usually twelve to sixteen thousand, and the provincial rebate can cover "
       "a good piece of it. I'd rather see the house before giving you a number — I could come Wednesday morning, "
       "and your daughter's welcome to be there."),
     c("Wednesday's fine. She'll want to come, believe me.", None)],
    [o,
     t("Hi Gerald! Well, you'd want to save money, wouldn't you? And you'd agree oil prices are just crazy right now, "
       "aren't they?"),
     c("Sure, but that's not what I asked. Do they work in the cold?", None),
     t("Oh, they work great, don't they? Everyone in Halifax has one now, right? You wouldn't want to be the last guy "
       "on the street still burning oil, would you?"),
     c("I don't much care what the neighbours got. Fella put in an air exchanger for me in '09 said the same kind of "
       "thing, and it was junk in two winters.", "bad_experience"),
     t("Sorry to hear about that experience. But this is different, isn't it? So we should get you booked for an "
       "install, shouldn't we?"),
     c("No, I think I'll talk it over with my daughter first. I'll call back.", "think_it_over")]))
