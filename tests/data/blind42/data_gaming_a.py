"""Gaming pairs, part a: monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions (two of each). Written by hand."""
from common import c, t, gpair

PAIRS = []

# 1 -------------------------------------------------------------- monologue, Kenya
o = c("Habari. Eh, I want to ask about those solar panels, the small ones. For my shamba house, just lights and the phone charging.", None)
PAIRS.append(gpair(
    "b42g_solar_monologue", "solar home system shop, Nakuru, Kenya", "monologue",
    "A smallholder farmer walks into a solar shop in Nakuru wanting the cheapest kit for lights and phone charging after a poor harvest. Spoken, in person.",
    o,
    [t("Nzuri sana, karibu. Just lights and phone charging - how many rooms, and roughly how many phones in the house?"),
     c("Three rooms. Phones... me, my wife, the boy. Three. But I don't want to spend too much, eh, the last harvest was not good.", None),
     t("Understood. For that the smallest kit is enough: one 30-watt panel, battery, three bulbs and a charging port. It's 6,800 shillings cash, or pay-as-you-go at 35 bob a day on M-Pesa. After about a year it's yours."),
     c("35 a day... that one I can manage. But the cash one is cheaper at the end, no?", None),
     t("Yes, cash works out about two thousand cheaper overall. If you can't put the whole amount down now, daily is easier on the pocket. Both have two years' warranty on the battery."),
     c("Let me do the daily one. Harvest money comes in March, maybe I clear it early then.", None),
     t("You can clear early any time, no penalty. I just need your ID and the M-Pesa number, and our installer can come on Thursday.")],
    [t("Karibu! So what I'm hearing is you need a complete solar experience for your home, and let me tell you about the whole range because it's important you know everything. We have the Pro 200 with TV, the 400 with the fridge option, the 80-watt, then our financing partners, the insurance add-on, the premium warranty, and our customers all say the relationship with us is like family. The 400 is what most farmers are taking now, you can run a TV, a radio, a small fridge for milk, and later add a water pump, which for a shamba is very, very useful..."),
     c("Eh, I only want lights-", "no_need"),
     t("Yes yes, lights are included, lights are in all of them, and the 400 has eight bulbs plus the motion sensor outside for security, nowadays security is a big need, and the battery is lithium, not the old lead-acid that dies in one year, so it's a ten-year experience. Payment is only 120 shillings a day, which is nothing, less than a soda, free delivery, the technician installs and shows your wife the app..."),
     c("120 a day? No, that is too much for me.", "too_expensive"),
     t("It feels like a lot, but think about it, you're already buying paraffin, what, 50, 60 a day? So really it's only a little more, and with the TV the children watch the news, school programmes, it's an investment in their success. Does that make sense? Is there anything else you'd like to know?"),
     c("I will come back another day.", "brush_off"),
     t("Sawa, but remember the promotion ends Saturday, so...")],
))

# 2 -------------------------------------------------------------- monologue, Serbia (B2B)
o = c("Dobar dan, Milica from Pekara Zlatni Klas. I have maybe five minutes. Our bread bag supplier doubled the minimum order, I need a new one for printed paper bags from next month.", None)
PAIRS.append(gpair(
    "b42g_breadbags_monologue", "paper packaging manufacturer, Novi Sad, Serbia (B2B)", "monologue",
    "The purchasing manager of a twelve-shop bakery chain phones a packaging maker between deliveries; her old supplier raised its minimum order and she needs printed bread bags from next month.",
    o,
    [t("Five minutes is enough. Three things, then: how many bags a month, what sizes, and is the print one colour or more?"),
     c("About forty thousand a month, two sizes, the baguette and the small one for kifle. Logo is one colour, green.", None),
     t("Good, that's standard for us. Minimum is ten thousand per size, first run takes ten working days because of the printing plate, after that five. I can email a price today and courier two sample bags tomorrow so you can test the paper with hot bread."),
     c("Samples yes, that's important, the last ones went soft from the steam. Email is milica@zlatniklas.rs.", None),
     t("Then I'll add our greaseproof version so you can compare both. Is there a price per thousand you need to stay under?"),
     c("Now we pay 1,900 dinars per thousand. If you are much more, no chance.", None),
     t("Understood. I'll quote both papers against that number and call you Thursday morning, before the shops get busy.")],
    [t("Dobar dan, Milica, thank you for reaching out, this is an exciting moment for your bakery and I want us to build a real partnership. Let me walk you through who we are. Family company, started 1998 in Temerin, three production lines, exports to Hungary and Romania, FSC certified, food-contact certificates, and an in-house design studio, which is very interesting for you because we can refresh your whole brand identity, not only bags but cake boxes, paper cups, napkins, the whole customer experience..."),
     c("Yes, I just need bread bags, I have five minutes-", "no_need"),
     t("Of course, of course, bread bags are our core and I'm coming to that. But the important thing is our process, because process guarantees success. First a discovery call like this one, then our designer makes three concepts, you approve, we do a test run, then regular production with a quarterly review of your needs. Many bakeries in Vojvodina work with us and they all say the relationship is the difference. So how does that process sound to you?"),
     c("It sounds long. I need it from next month. Send me a price list by email and I will see.", "brush_off"),
     t("Absolutely, and I'll attach our company presentation, the catalogue and the case studies, and our account manager will call you to book the discovery meeting. Any other needs I can support you with today?"),
     c("No. Ćao.", None),
     t("Ćao, Milica, talk soon!")],
))

# 3 -------------------------------------------------------------- closing_as_open_question, Mauritius (typed)
o = c("hi landing 6am tmrw flight MK015, need a small car 5 days, whats the price pls", None)
PAIRS.append(gpair(
    "b42g_carhire_closing", "car rental desk, SSR airport, Mauritius", "closing_as_open_question",
    "A traveller types into a rental company's web chat the night before landing in Mauritius, wanting the price of a small car for five days. Typed chat.",
    o,
    [t("Hello! For 5 days from tomorrow 6am, a small car (Kia Picanto or similar, manual) is 9,750 rupees total incl. basic insurance. Automatic is 11,200. Deposit of 15,000 is blocked on a credit card. Want me to hold one?"),
     c("manual ok. is the excess big? had a car in réunion last yr and they charged me 800€ for a scratch i didnt do 😤", None),
     t("Sorry that happened to you. Excess here is 25,000 Rs; full cover brings it to zero for 350 Rs a day. Either way we do the walk-around together at pickup, you take photos and we both sign them."),
     c("ok take full cover then. name Anjali Ramdin, visa card", None),
     t("Done: manual, full cover, 11,500 Rs total. Our agent will be at arrivals holding a sign with your name. Have a good flight!")],
    [t("Hi and welcome to Mauritius! 😊 What would make this trip a great experience for you, the SUV or the convertible?"),
     c("neither lol just a small car, price?", "no_need"),
     t("Great question! Before I give prices, when would you prefer to upgrade, at pickup or right now online where you save 10%?"),
     c("i dont want an upgrade. just the price of the small one pls", "no_need"),
     t("Totally understand! So how would you like to pay for your Suzuki Vitara with full cover, visa or mastercard? 😊"),
     c("are u even reading. forget it ill book with someone else", None),
     t("Sorry to see you go! Before you leave, what time shall I put you down for the Vitara pickup?")],
))

# 4 -------------------------------------------------------------- closing_as_open_question, Iowa (B2B)
o = c("Morning. Name's Dale Kruger, I farm about fourteen hundred acres out by Le Mars. Saw you've got a used S680 on the lot. I'm not buying today, I just want to know the hours and what financing looks like.", None)
PAIRS.append(gpair(
    "b42g_combine_closing", "farm equipment dealership, northwest Iowa, USA (B2B)", "closing_as_open_question",
    "A sceptical grain farmer stops at an equipment dealer to look at a used combine; he says upfront he is only gathering information. Spoken, on the lot.",
    o,
    [t("Morning, Dale. That S680's a 2018, 1,900 engine hours, 1,350 separator. It came in on trade from a fella near Sioux Center - I've got the service records in the office if you want them."),
     c("Yeah, I'd want those. Last used machine I bought off a dealer over in Nebraska had a feeder house they'd patched and never told me about.", None),
     t("Then take the records home and have your own mechanic look, or we'll put it on the inspection pad with you standing there. On financing, Deere Financial's running 4.9 over 60 months on used with 20 percent down, or we can set an annual payment after harvest if that fits your cash flow better."),
     c("Annual after harvest is how I'd do it. But I gotta talk it over with my son, he's running half the ground now.", "think_it_over"),
     t("Makes sense. Bring him by, Saturday mornings are quiet. I'll print the records and an annual-payment quote so you both have the numbers in front of you."),
     c("Alright. Saturday, maybe nine.", None),
     t("I'll have it pulled up front. See you then.")],
    [t("Morning, Dale! Great to meet you. So tell me, what would it mean for your operation to have that S680 in your shed by Friday?"),
     c("It'd mean I spent money I haven't decided to spend. What are the hours on it?", "think_it_over"),
     t("Hours are very reasonable. And what matters more to you, the 4.9 rate or the free first-year service plan you get when you sign today?"),
     c("I said I'm not buying today. I want the hours and the terms written down.", "think_it_over"),
     t("Absolutely, I hear you. So when you picture harvest this fall, how do you see yourself taking delivery - want us to haul it out to Le Mars, or will you pick it up?"),
     c("I see myself driving over to the other dealer in Sioux Center. Have a good one.", None),
     t("Before you go, Dale, which colour hat do you want with your new combine?")],
))

# 5 -------------------------------------------------------------- pitch_as_paraphrase, Malaysia (typed)
o = c("hello! my postpaid bill this month RM142?? usually RM68 only. i went to hatyai 3 days for my cousin wedding, is it because of roaming ah", None)
PAIRS.append(gpair(
    "b42g_roaming_paraphrase", "mobile network operator web chat, Penang, Malaysia", "pitch_as_paraphrase",
    "A chatty postpaid customer in Penang finds her bill doubled after a three-day trip to a wedding in southern Thailand. Typed chat.",
    o,
    [t("Hi! Let me check. Yes, RM74 of it is roaming data in Thailand, 2-4 Aug. It was charged at the daily rate because no roaming pass was active."),
     c("aiyo. i didnt know need to activate. the sms came but i thought spam 😅 can reduce or not", None),
     t("As a one-time goodwill I can waive half, RM37, since it's the first roaming charge on this account. It'll show as a credit on next month's bill. Next time, the Asia 3-day pass is RM15, just dial *118# before you cross."),
     c("ok half also good la, thanks. next month i go singapore for work, same pass?", None),
     t("Yes, Singapore is in the same pass. Credit is noted, reference CR-55821. Anything unclear on the bill, just chat us here."),
     c("ok noted tq!!", None)],
    [t("Hi! So what I'm hearing is that you're a frequent traveller who needs a seamless roaming experience, which is exactly what our Ultra 188 plan gives you, with 20 countries included. Did I understand you correctly?"),
     c("no lah i went once only. i just want to know why my bill so high", "no_need"),
     t("Got it! So if I'm hearing you right, you want to avoid bill shock in future, and the best way is to upgrade to Ultra 188 so roaming is always included. Is that a fair summary?"),
     c("188 a month?? my plan is 68. thats more than my bill even with the roaming", "too_expensive"),
     t("I understand! So what you're saying is value matters to you, which is why Ultra 188 is our best value-per-GB plan. Shall I go ahead and switch you so you have peace of mind?"),
     c("no thanks. can someone just explain the 142 ke", "no_need"),
     t("Of course! Is there anything else I can help you with today? 😊")],
))

# 6 -------------------------------------------------------------- pitch_as_paraphrase, Croatia (B2B)
o = c("Hi, it's Ivana from Peristil Rooms. Third time this month our sheets come back grey, and two with tears. I have guests from Germany arriving Friday, eighteen rooms full.", None)
PAIRS.append(gpair(
    "b42g_hotellinen_paraphrase", "commercial laundry serving hotels, Split, Croatia (B2B)", "pitch_as_paraphrase",
    "The manager of a small boutique hotel in Split phones her laundry contractor, annoyed that linen keeps coming back grey and torn just before a full weekend. Spoken, phone.",
    o,
    [t("Ivana, sorry. Three times is not acceptable. First, Friday: how many sets are unusable right now?"),
     c("Eleven are grey, two torn. I have maybe six clean spare, not enough.", None),
     t("Then I'll send fifteen sets from our own stock tomorrow morning, no charge, so Friday is covered. The grey: most likely the new washer at our Kaštela plant, they changed the detergent dosing two weeks ago. I'll have your batch rewashed separately and call you by Wednesday with what went wrong."),
     c("Okay. And the torn ones, who pays?", None),
     t("We do. I'll credit both sets on this month's invoice, and for the next month I'll check your bags myself before they leave."),
     c("Fine. But if it happens again in August, I look for another laundry, I tell you honestly.", None),
     t("That's fair. Sets by ten tomorrow, my call by Wednesday.")],
    [t("Ivana, thank you for sharing that. So what I'm hearing is that linen quality is central to your guest experience and you need a premium solution, which is exactly our Platinum Hotel Care package with hypoallergenic Egyptian cotton rental. Did I get that right?"),
     c("No. I need my own sheets to come back white. I don't need a new package.", "no_need"),
     t("Absolutely, so if I understand you correctly, you want whiteness you can rely on, and that's what Platinum guarantees, for only twenty percent more per kilo. Would you agree your guests deserve that?"),
     c("Twenty percent more because you ruined my sheets? Seriously?", "too_expensive"),
     t("I hear you. So what you're telling me is you want a partner who takes responsibility, and Platinum includes a replacement guarantee. Shall I send the contract over today?"),
     c("Send me nothing. Just tell me what happens with Friday.", "no_need"),
     t("Friday will be fine, I'm sure. So shall I put you down for Platinum from next week?")],
))

# 7 -------------------------------------------------------------- upsell_as_loop_closing, Saskatchewan
o = c("Hello, yes, this is Margaret Dueck out at Rosthern. My internet's been off since the storm Tuesday and I can't get my grandson's pictures. My husband always did this, I don't know the box things.", None)
PAIRS.append(gpair(
    "b42g_ruralnet_upsell", "rural fixed-wireless internet provider, Saskatchewan, Canada", "upsell_as_loop_closing",
    "A recently widowed woman in her late seventies phones her rural internet provider after a storm knocked her connection out. Spoken, phone.",
    o,
    [t("Hi Margaret, we'll sort it out together, no rush. Can you see the white box with the little lights, probably near the phone?"),
     c("Yes, it's here on the desk. There's one red light, the others are green.", None),
     t("Thank you. The red one tells me the antenna outside isn't talking to the box. Our tower by Rosthern was hit in the storm and it's been back up since this morning, so let's try a restart. Could you pull the black plug out of the back, count to thirty, and put it back?"),
     c("Alright... okay, it's back in. Oh, now the lights are all blinking.", None),
     t("That's it starting up, it takes about two minutes. I'll stay on the line with you. Are they steady now?"),
     c("They're all green! And the computer says connected. Well, I'll be.", None),
     t("Wonderful. If that light goes red again, call this same number and ask for a technician visit, it won't cost you anything. Enjoy those pictures.")],
    [t("Hi Margaret. Unplug the box and plug it back in, please."),
     c("Which box? There's two here... the white one? Okay, I did it. The lights are blinking.", None),
     t("Perfect, that means it's fixed. Now, just to close the loop and make sure all your needs are met today, can I tell you about our Prairie Plus bundle? TV, home phone and faster speed for only 39 dollars more a month."),
     c("Oh, I don't think so, dear. I've got the satellite for TV. I just want the internet.", "no_need"),
     t("Understood! And just so I can confirm your experience is complete, would you like our tech protection plan, 9.99 a month, so you never have to worry about storms again?"),
     c("Ten dollars every month? On my pension? No, no.", "no_money"),
     t("No problem at all. Is there anything else I can help with to make today a success?"),
     c("Well, the lights are still blinking. Is it working or isn't it?", None),
     t("They should settle down. Thanks for calling, Margaret, have a great day!")],
))

# 8 -------------------------------------------------------------- upsell_as_loop_closing, Uganda (B2B, typed)
o = c("Good afternoon. Our POS terminal at Kisementi pharmacy is declining visa cards since morning. Customers are leaving. Merchant ID 44019.", None)
PAIRS.append(gpair(
    "b42g_posterminal_upsell", "card payment acquirer merchant support, Kampala, Uganda (B2B)", "upsell_as_loop_closing",
    "A pharmacy owner in Kampala writes to the card acquirer's merchant chat because the card terminal has failed all day. Typed chat.",
    o,
    [t("Good afternoon, checking 44019 now. I see the terminal is on an old software version since last night's update failed. Is the screen showing error 05 or 91?"),
     c("91 mostly.", None),
     t("OK, that's the link to the card network. Please go to Menu > Admin > Update, PIN 0000, and leave it plugged in for about 4 minutes. It will restart by itself."),
     c("Done. It restarted. Let me try a card... Approved. Thank God.", None),
     t("Great. I've logged the failed update on our side (ticket UG-7731) so it doesn't retry at night. If 91 comes back, reply here and I'll send a technician the same day."),
     c("Ok thank you. Quick response.", None)],
    [t("Good afternoon! Sorry for that. Please restart the device. Has that solved it?"),
     c("Restarted twice already before I wrote. Still error 91.", None),
     t("Ok I will escalate to the technical team, they will contact you within 48 hours. To close the loop on your needs today: as a growing business, would you like to upgrade to our SmartPOS Android with inventory management? Only UGX 85,000 per month."),
     c("48 hours?? I am losing sales now. I don't need a new machine, I need this one to work.", "no_need"),
     t("I understand. To make sure we've fully met your expectations, can I also offer you our merchant cash advance? Many pharmacies use it to grow their stock."),
     c("We are fine on stock. Please, just the technician.", "no_need"),
     t("Noted! Is there anything else I can help with? Kindly rate this chat 5 stars 🙏")],
))

# 9 -------------------------------------------------------------- leading_tag_questions, Albania
o = c("Mirëdita. I am... a bit scared, to be honest. The other dentist said I need an implant here, at the bottom, and I don't know if I want it. It is a lot of money.", None)
PAIRS.append(gpair(
    "b42g_implant_tags", "private dental clinic, Tirana, Albania", "leading_tag_questions",
    "A nervous woman comes to a Tirana dental clinic for a second opinion after another dentist recommended an implant she is not sure she can afford. Spoken, in the clinic.",
    o,
    [t("Mirëdita, please sit. Being nervous is normal, lots of people are. Can you tell me what the other dentist said, and is it hurting you now?"),
     c("No pain now. He took the tooth out two months ago, it was broken. He said implant is 700 euro, or maybe a bridge.", None),
     t("Okay. Both are real options. The implant doesn't touch the teeth next to it; a bridge is cheaper, around 400, but we have to file down the two neighbours. Before any decision I'd take an X-ray today, 15 euro, so we know whether the bone is good enough for an implant at all."),
     c("And if I do the X-ray, I must decide today?", None),
     t("No. You take the X-ray home on your phone, think, ask your family, show it to the other dentist too. And if you choose the implant, we can split the payment in three."),
     c("Okay, the X-ray I can do. The rest I think about at home.", "think_it_over"),
     t("That's completely fine. Come, it takes five minutes.")],
    [t("Mirëdita! Don't worry. You want to keep a nice smile, don't you?"),
     c("Yes, of course, but... 700 euro, it is a lot for me.", "too_expensive"),
     t("But your health is worth more than money, isn't it? And you wouldn't want the other teeth to move, would you?"),
     c("No... I don't know. Can I think about it?", "think_it_over"),
     t("Of course, but waiting only makes it worse, right? And you trust us to do what's best for you, don't you? So shall we book the surgery for Thursday?"),
     c("I will talk to my husband first.", "think_it_over"),
     t("Sure! But you agree the implant is the right choice, don't you?")],
))

# 10 ------------------------------------------------------------- leading_tag_questions, Indonesia (B2B)
o = c("Selamat pagi, Pak. I am Budi, warehouse manager at PT Sinar Jaya Logistik, Rungkut. We need two forklifts, electric, 2.5 ton, only for three months, Lebaran season.", None)
PAIRS.append(gpair(
    "b42g_forklift_tags", "forklift rental and leasing company, Surabaya, Indonesia (B2B)", "leading_tag_questions",
    "A logistics warehouse manager phones a forklift company wanting two electric units for the three busy months around Lebaran; head office has approved a short rental only. Spoken, phone.",
    o,
    [t("Selamat pagi, Pak Budi. Three months, understood. Is the floor inside all concrete, and do you have three-phase power to charge two batteries overnight?"),
     c("Concrete yes. Power, hmm, I must check with building maintenance, I think we have only one point near the dock.", None),
     t("Then let me send a technician tomorrow to check, free of charge. If there's only one point, we can do one electric and one diesel, the diesel used outside near the dock only. Short-term rate is 14 million rupiah per unit per month, including service and a replacement unit if one breaks down."),
     c("Fourteen... our budget from head office is 24 for both. Can you do?", "too_expensive"),
     t("For three months I can't go to 12 each. If you take four months I can do 12.5, or for three months 13, with operator training free. I'll put both in writing so you can show head office."),
     c("Okay, send both. I discuss with my director on Monday.", "think_it_over"),
     t("I'll email it today, and the technician comes tomorrow at nine, if that suits you.")],
    [t("Selamat pagi, Pak Budi! Safety is the most important need in any warehouse, isn't it? So you'd agree a three-year lease gives you a much better experience than a short rental, right?"),
     c("Three years? No, Pak, only Lebaran season, three months.", "no_need"),
     t("Of course, but demand always grows, doesn't it? And you wouldn't want to come back every year and pay more, would you? Big clients like the supermarket DCs all went with three years, didn't they?"),
     c("I don't know about them. Head office only approves short rental. I cannot sign three years.", "no_need"),
     t("I understand. But you want to look good to head office, don't you? Saving money long-term is what a good manager does, right? So shall I send the three-year contract to your director?"),
     c("Pak, please, short rental, or I call another company.", None),
     t("Sure, but the three-year really is the better choice, isn't it?")],
))
