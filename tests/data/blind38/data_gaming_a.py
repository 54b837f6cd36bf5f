"""Gaming pairs 1-10, written by hand."""
from common import t, c, gpair

PAIRS = []

# 1 monologue - rooftop solar installer, Pune, India (spoken, consumer, penny-pinching)
o = c("Hello, haan, I saw your hoarding near Baner. My light bill is coming eight-nine thousand in summer, so I'm thinking solar. What will it cost, roughly?", None)
PAIRS.append(gpair(
    "mono_solar_pune", "rooftop solar installer, Pune, India", "monologue",
    "A homeowner phones a solar installer after seeing a roadside hoarding; his summer electricity bill is high and he wants a rough price.",
    [o,
     t("Eight-nine thousand in summer is a lot, sir. Roughly is difficult without knowing the roof. Is it your own bungalow or a flat in a society?"),
     c("Own bungalow, two floors. Terrace is free, only the water tank is there.", None),
     t("Okay. Going by that bill you'd probably need around five kilowatt. After the central subsidy that usually comes to about two and a half lakh, but I'd rather our engineer sees the terrace before I give you a figure you hold me to. Shadow from that tank matters."),
     c("Two and a half lakh... that's a big amount, yaar. My neighbour got it done for much less, I think.", "too_expensive"),
     t("Could be. Do you know what size he put? If he went for three kilowatt it'd be cheaper but it won't cover a bill like yours. I can show you both options side by side, with the payback years for each."),
     c("Okay, that I'd like to see. Payback is what matters to me, not fancy panels.", None),
     t("Fair enough. Can the engineer come Saturday morning? It's free, takes forty minutes, and you'll get both quotes in writing the same day."),
     c("Saturday ten o'clock is fine. Send me a message with his name.", None)],
    [o,
     t("Wonderful sir, great decision, let me tell you everything about our company. We are in business since 2011, more than four thousand rooftops across Maharashtra, only tier-one mono PERC bifacial panels, twenty-five year performance warranty, inverter is European brand, and our net-metering team handles all the MSEDCL paperwork so you don't run around. The subsidy is up to seventy-eight thousand, we process that also, and we have EMI tie-ups with two banks, zero down payment options are there..."),
     c("Okay, but for my house, what—", None),
     t("I'm coming to that sir, one minute. Your experience with us will be completely hassle-free. Our customers tell us the relationship doesn't end at installation: cleaning visits, app monitoring, you see generation live on your phone. We're also offering lithium battery backup now, many customers are adding it because of power cuts. So what I'm hearing is you want to save on your bill, correct?"),
     c("Yes, that's what I said only. How much?", None),
     t("Exactly, and saving is what we do best. Pricing depends on many factors sir: panel type, structure height, inverter choice, battery or no battery, elevated structure is extra, GST on solar is also there. Our packages start from very economical and go up to premium. Is there anything else you'd like to know about our journey?"),
     c("I asked one thing. Leave it, I'll call some other company.", None)]))

# 2 monologue - freight forwarder, Valparaiso, Chile (spoken, B2B, hurried)
o = c("Hola, it's Catalina from Viña Los Robles. Our reefer container for Shanghai didn't go on the ship on Tuesday and nobody told me. I need to know where it is and when it sails, the buyer is asking me every hour.", None)
PAIRS.append(gpair(
    "mono_freight_valparaiso", "freight forwarder, Valparaíso, Chile", "monologue",
    "A wine exporter's logistics manager calls her freight forwarder because a refrigerated container missed its ship and she was not told.",
    [o,
     t("Catalina, I'm sorry you found out that way. Give me the booking number and I'll look now while we're on the phone."),
     c("VAP-2291. Forty-foot reefer, twelve degrees.", None),
     t("Got it. It was rolled: the vessel was overbooked and the line moved it to the next sailing, Saturday. That should have come to you from us on Tuesday and it didn't. That's on us."),
     c("Saturday. Okay. And the temperature, it's been plugged in all this time?", None),
     t("Yes, it's on power at the terminal. I can see the readings, steady at twelve, no alarms. I'll send you the reefer log so you can forward it to your buyer."),
     c("Please. And the new arrival date in Shanghai?", None),
     t("Estimated the 14th of next month, four days later than before. It'll be in the same email in the next ten minutes, and I'll call you Saturday once it's loaded."),
     c("Okay. Gracias, that I can tell the buyer.", None)],
    [o,
     t("Catalina, thank you so much for reaching out, we truly value our relationship with Viña Los Robles. Let me explain a little how the shipping industry works right now. Since the pandemic the carriers overbook vessels by ten, fifteen percent, and with congestion in Asian ports the schedules shift, and the equipment imbalance affects reefers especially, plus there are the new emission surcharges from the lines..."),
     c("Sí, sí, but my container—", None),
     t("Absolutely, I'm getting there. So rollovers are unfortunately very normal this season, every exporter in the valley is experiencing it. Our commitment is a seamless experience end to end, and we're launching a visibility platform next quarter with live tracking that will really support your success. I'd love to book you a demo."),
     c("I don't need a demo. Where is it now?", "no_need"),
     t("Totally understand your need for information. It's in the system and it'll go on the next available vessel, the team is on it. Did I understand you correctly that you're concerned about timing? Is there anything else I can help you with today?"),
     c("You haven't told me anything. I'll call the shipping line myself.", None)]))

# 3 closing_as_open_question - 24/7 gym, Auckland, New Zealand (typed, consumer, sceptical shift worker)
o = c("hey just wondering about membership, i work rotating shifts at middlemore so would i actually be able to use it or is it 6am-9pm only", None)
PAIRS.append(gpair(
    "close_gym_auckland", "24-hour gym, Auckland, New Zealand", "closing_as_open_question",
    "A hospital nurse on rotating shifts asks a gym's web chat whether she could actually use the gym at odd hours.",
    [o,
     t("Hi! We're 24/7 with your swipe tag, so 3am after a night shift is fine 🙂 Staffed hours are 6–8 weekdays, unstaffed the rest. What kind of training are you after?"),
     c("mostly weights, bit of treadmill. honestly ive joined gyms before and stopped going after a month lol so dont wanna lock into a 12 month thing", "bad_experience"),
     t("Totally fair, heaps of people say that. There's a no-contract option at $19.99 a week, cancel with 2 weeks notice. It's a bit more than the 12-month rate ($16.50) but you're not stuck."),
     c("ok thats not bad. can i try it first?", None),
     t("Yep, free 3-day pass, just bring ID. If you come in during staffed hours someone sets up your tag so you can use it overnight after."),
     c("sweet, might come thurs arvo before my night shift", None),
     t("Perfect, I'll note Thursday. Ask for Mere at the desk 👍"),
     c("cheers!", None)],
    [o,
     t("Hi there! Great question 😊 What would it mean for your health journey to start this week on our 12-month plan?"),
     c("uh i mean i just asked about opening hours", None),
     t("Love that you're thinking about access! Which would suit your lifestyle better, paying the joining fee today or on Friday?"),
     c("neither yet? i dont even know if the hours work for me, ill decide after", "think_it_over"),
     t("Totally hear you! How excited are you to see results in your first 30 days once you're signed up? And what's your preferred card for the direct debit?"),
     c("mate thats not an answer. are you open at night or not", None),
     t("We have options for every schedule! How soon would you like your welcome session, tomorrow or Thursday? 💪"),
     c("forget it ill try snap", None)]))

# 4 closing_as_open_question - restaurant POS software, Krakow, Poland (spoken, B2B, sceptical owner)
o = c("So, I have two restaurants, one in Kazimierz, one in Podgórze. Now we use old cash registers and paper for the kitchen. My manager says we need a system. I don't know. Show me what it does.", None)
PAIRS.append(gpair(
    "close_pos_krakow", "restaurant till and ordering software, Kraków, Poland", "closing_as_open_question",
    "The owner of two pierogi restaurants, pushed by his manager, agrees to a demo of a restaurant ordering and till system but is not convinced he needs one.",
    [o,
     t("Sure. Before I click around, what goes wrong today with the paper? Where does it hurt most?"),
     c("Orders get lost on weekends. Waiter writes, kitchen can't read, the dish comes wrong. And I don't know what sold in Podgórze until I drive there.", None),
     t("Then two things matter for you: orders going straight from the waiter's tablet to a kitchen screen, and seeing both places from your phone. Let me show just those. Here, the waiter taps, it appears in the kitchen with the table number. And this is your phone, both restaurants, today's sales."),
     c("Okay, this is nice. But I had an offer from another company, 199 złoty per place. Yours is more, I'm sure.", "too_expensive"),
     t("Ours is 249 per location, so yes, more. The difference is the kitchen screen is included and we take no fee per card payment. Do you know if the other offer included the kitchen display?"),
     c("Hm. I don't know. I have to check.", None),
     t("Worth checking, because that's usually an add-on of around eighty. If it helps, we can put it in Kazimierz only for one month, cancel anytime, and you see if weekends go better before you do Podgórze."),
     c("One month in one place. Okay, this I can try. Send me the contract, I read it with my manager.", None)],
    [o,
     t("Perfect! So which of your two locations would you like us to install first, Kazimierz or Podgórze?"),
     c("Wait, slowly. I didn't say I'm buying. First I want to understand, then I decide.", "think_it_over"),
     t("Of course! And when you picture your weekends running smoothly, what day next week works best for our technician to come?"),
     c("You are doing this again. I asked what it does.", None),
     t("Great point! It does everything a modern restaurant needs. What would be the best email to send the contract to, so we can start your success story?"),
     c("No, thank you. Send me some brochure, maybe later.", "brush_off"),
     t("Happy to! And just so I understand your needs correctly, would you prefer monthly or yearly billing once you start?"),
     c("Do widzenia.", None)]))

# 5 pitch_as_paraphrase - mobile phone shop, Dhaka, Bangladesh (spoken, consumer, elderly)
o = c("Assalamu alaikum. My eyes are not so good now. I want a phone only for talking. My son in Italy calls me on IMO, and my grandchildren. Nothing complicated, baba.", None)
PAIRS.append(gpair(
    "para_phone_dhaka", "mobile phone shop, Dhaka, Bangladesh", "pitch_as_paraphrase",
    "An elderly man with weak eyesight comes into a phone shop wanting something simple for calls from his son abroad.",
    [o,
     t("Walaikum assalam, chacha. Please sit. Your son calls on IMO, so you need a phone that runs IMO, that means a smartphone, but we can keep it very simple. Do you use any phone now?"),
     c("An old Nokia, button one. For IMO the neighbour's boy opens it on his phone for me.", None),
     t("I understand. This one, the Walton with the big screen: I can set it so only four big pictures are on the front. Your son, your grandchildren, IMO, and normal call. Nothing else. Look, I'll show you."),
     c("Hmm. This is easier. How much?", None),
     t("Eleven thousand five hundred taka. There's a cheaper one at nine thousand but the screen is small, for your eyes I wouldn't give it."),
     c("Eleven thousand is a lot for me, I have only my pension.", "no_money"),
     t("I understand, chacha. We have installment through bKash, about two thousand a month for six months. Or if your son wants to pay from Italy he can send it to the shop's bKash directly, many families do that."),
     c("Good. My son always says buy a good phone. I'll bring my grandson tomorrow, he can do the money from his phone.", None)],
    [o,
     t("Walaikum assalam, uncle! So what I'm hearing is you want a phone with a really great camera for video calls with your son, correct? This Samsung has a 50 megapixel camera, perfect for that."),
     c("No, camera I don't need. Only talking. And big letters.", "no_need"),
     t("Absolutely, so if I understand you correctly, what you really need is a big display, and this one has a 6.7 inch Super AMOLED, 120 hertz, great for watching natok and cricket also!"),
     c("Cricket? Baba, I don't watch anything on phone.", "no_need"),
     t("Of course, uncle. So let me summarise your needs: long battery, plenty of storage for photos of grandchildren, this has 256 GB. Price is only forty-two thousand, with a free cover. Did I understand you correctly?"),
     c("Forty-two thousand! No, no. This is too much money for a phone. I'll see the other shop.", "too_expensive"),
     t("Uncle, how would you rate your experience with us today?"),
     c("Allah hafez.", None)]))

# 6 pitch_as_paraphrase - textile machinery spare parts, Faisalabad, Pakistan (typed, B2B, expert and hurried)
o = c("AoA. need 40 pcs spindle bearings for the Toyota RX240 ring frames, same as last order. urgent, 3 frames stopped. do u have stock in fsd or only lahore?", None)
PAIRS.append(gpair(
    "para_bearings_faisalabad", "textile machinery spare parts distributor, Faisalabad, Pakistan", "pitch_as_paraphrase",
    "A spinning mill's maintenance engineer messages his parts supplier on WhatsApp because three machines are stopped for want of bearings.",
    [o,
     t("W/salam Imran sahib. checking... same part no as your March order, the one with 2RS seal? We have 26 in the Faisalabad warehouse, 40+ in Lahore."),
     c("yes same. 26 is ok for now, rest can come later", None),
     t("ok. I can dispatch 26 today in our own van, should reach the mill by 5pm. Balance 14 from Lahore by tmrw afternoon. rate is Rs 3,150/pc, went up from 2,900 in May bcz of import duty"),
     c("3150 is too much yaar, Al-Noor is giving 2800", "too_expensive"),
     t("I understand. Al-Noor ones are Chinese copies, not NSK, your breakdown in Jan was with those if I remember. I can do 3,050 for the full 40, cant go lower on original."),
     c("ok theek hai, 3050. send the 26 today, i will tell the gate. bill to mill account", None),
     t("done 👍 van leaves by 1pm, driver is Sajid. will whatsapp you the challan pic"),
     c("jazakallah", None)],
    [o,
     t("Walaikum salam sir! So what I'm hearing is that your mill is ready to move to the next level of reliability, have you considered our premium ceramic hybrid bearings? 3x the life 🔥"),
     c("no bro i need the normal ones, same as last time. machines are stopped", "no_need"),
     t("Totally understand your need for uptime sir! So if I understand correctly, you want to avoid stoppages in future, which is exactly why our annual maintenance contract makes sense, we visit monthly and check all frames"),
     c("not now. just tell me stock yes or no", "brush_off"),
     t("Great question sir! Let me summarise your requirement: reliable long-term partner, quality parts, zero downtime. I'll share our catalogue and AMC brochure PDF and our sales manager will call you for a meeting this week 🤝 anything else I can help with?"),
     c("forget it. calling Al-Noor", None)]))

# 7 upsell_as_loop_closing - bank branch, Lima, Peru (spoken, consumer, anxious)
o = c("Buenas, señorita, please, my wallet was stolen in the combi this morning, my debit card was inside. I'm scared they will take my salary, it came in yesterday.", None)
PAIRS.append(gpair(
    "upsell_bank_lima", "retail bank branch, Lima, Peru", "upsell_as_loop_closing",
    "A worried office cleaner comes to her bank branch after her wallet with her debit card was stolen on a minibus, the day after her salary was paid in.",
    [o,
     t("Tranquila, señora, we'll block it right now. Your DNI, please... Okay, I see the card ending 4417. I've blocked it this minute. Nobody can use it from now."),
     c("Ay, gracias. But did they use it already? Please check.", None),
     t("Let me look at today's movements. There's one attempt at 9:40 in a bodega in La Victoria for 180 soles; it was declined because they didn't have the PIN. Nothing else went out. Your salary is all there."),
     c("Gracias a Dios. And a new card, how long?", None),
     t("I can print you a new one here today, about ten minutes, and there's no charge for theft if you bring the police denuncia within thirty days. Do you have it already, or do you go to the comisaría first?"),
     c("I didn't do the denuncia yet. I'll take the card now and go to the comisaría after lunch.", None),
     t("Perfect. Here's a paper with what to bring back. And change your app password too, in case they saw anything."),
     c("Yes, I'll do it now. Muchas gracias, señorita.", None)],
    [o,
     t("Good morning señora, I'm so sorry to hear about your experience. I've blocked the card. Before we close this, is there anything else I can do for your peace of mind? We have our card protection insurance, only 12.90 soles a month, covers theft up to 5,000."),
     c("I don't know, maybe another day. I just want to know about my money.", "brush_off"),
     t("Of course. So just to close the loop on your needs: you want to feel secure going forward, correct? Many clients in your situation also open our Cuenta Sueldo Plus with free SMS alerts. Shall I activate both for you today?"),
     c("No, señorita, I don't need more things. Did they take money or not?", "no_need"),
     t("I completely understand. The account looks fine, señora. One last thing before I let you go: to make sure your satisfaction today is complete, we have a credit card pre-approved for you with a 3,000 soles line. Would you like to take it?"),
     c("No, no. I'm already late for work, I can't stay for all this. Just tell me where I get the new card.", "no_time"),
     t("That's window 3, señora. And before you go, would you fill our satisfaction survey? Your feedback helps our relationship."),
     c("Window three, okay. Chau.", None)]))

# 8 upsell_as_loop_closing - car service centre, Brisbane, Australia (typed, consumer, hurried tradie)
o = c("hi got the hilux booked in tmrw 7.30 for front brake pads. can i pick it up by 12? got a job in logan at 1", None)
PAIRS.append(gpair(
    "upsell_brakes_brisbane", "car service centre, Brisbane, Australia", "upsell_as_loop_closing",
    "A tradesman who has booked his ute in for front brake pads messages the workshop to make sure he can have it back by midday.",
    [o,
     t("Morning! Yep, pads on a Hilux is about 1.5 hrs so 12 should be easy. I'll put 'must be ready by 12' on the job card."),
     c("legend. how much roughly", None),
     t("Pads fitted $289. If the rotors are too worn to machine we'd call you before doing anything, that'd be extra, but we won't touch it without your ok."),
     c("yeah call me first def. last place i went did the rotors without asking and charged me 400 odd", None),
     t("Yeah that's not on. We'll ring before any extra work, and I'll text you when it's ready. Keys in the drop box are fine if you're early."),
     c("sweet see u tmrw", None)],
    [o,
     t("Hi! Yes we can aim for 12. To close the loop on your needs today, since you're in for brakes, would you like to add our Premium Safety Package? Brake fluid flush, 4-wheel alignment and a 120-point inspection for $349 💯"),
     c("nah just the pads thanks", "no_need"),
     t("No worries! Just so I'm sure we've covered everything for a great experience: your logbook shows you're 3k off your 100,000km major service. Doing it together now would save you a second trip, $890. Shall I add it?"),
     c("mate ive got a job at 1, cant have it sitting there all day", "no_time"),
     t("Totally hear you! Last thing to make sure you leave 100% satisfied, we've got a ceramic paint protection special this month, 20% off. Anything else I can add for you?"),
     c("no. and 'aim for 12' isnt a yes. will it be ready or not", "no_need"),
     t("We'll do our best! Is there anything else I can help with today? 😊"),
     c("cancel it. ill go to the place on ipswich rd", None)]))

# 9 leading_tag_questions - rental letting agent, Prague, Czechia (spoken, consumer, sceptical night-shift worker)
o = c("Dobrý den. So this is the flat on Vinohradská? It's... the photos looked bigger. And I hear the tram already. I work night shifts at the hospital, I need to sleep in the day.", None)
PAIRS.append(gpair(
    "tags_flat_prague", "residential letting agency, Prague, Czechia", "leading_tag_questions",
    "A hospital nurse who works nights views a one-bedroom flat on a tram street; it looks smaller than in the photos.",
    [o,
     t("Yes, this is it. You're right, the photos were taken with a wide lens, sorry about that, it's 48 square metres. If you sleep in the day, the tram matters a lot. The bedroom faces the courtyard, come and listen there."),
     c("Okay... yes, here it's much quieter. But the windows are old.", None),
     t("They are. The owner replaced the living-room ones last year; the bedroom ones are on his list but I can't promise when. What I can do is ask him in writing before you decide, and put it in the contract if he agrees."),
     c("That would be good. And the price, 21 thousand plus utilities, it is a lot for 48 metres.", "too_expensive"),
     t("It's at the top end for Vinohrady, honestly. You pay for the location and the metro at Jiřího z Poděbrad. If the windows stay old, I think you have a fair argument to ask for nineteen and a half. I can pass that to him."),
     c("Please ask. I'll wait for his answer before I sign anything.", "think_it_over")],
    [o,
     t("Dobrý den! Lovely, isn't it? The light is amazing, don't you think?"),
     c("The light is okay. But it's smaller than the photos, and the tram...", None),
     t("But the tram is what makes Vinohrady so connected, isn't it? You'd want to be close to transport, wouldn't you? Especially for your work experience at the hospital, right?"),
     c("Yes, but I sleep in the day. With this noise the flat is not for me.", "no_need"),
     t("Everyone gets used to it after a week, don't they? And 21 thousand in this location is a really fair deal, isn't it? You'd agree it's a smart move for your success, wouldn't you?"),
     c("I don't agree, no. It's expensive for this size.", "too_expensive"),
     t("But you can see yourself living here, can't you? Shall we sign today so you don't lose it? You know how fast things go in Prague, don't you?"),
     c("I want to think about it. Na shledanou.", "think_it_over")]))

# 10 leading_tag_questions - specialty coffee roaster supplying cafes, Medellin, Colombia (spoken, B2B, chatty expert)
o = c("Hola, Andrés! Listen, the Huila you sent last month, for espresso it's coming out very acidic, my customers are saying sour, sour. I love the coffee but in the machine it's not working.", None)
PAIRS.append(gpair(
    "tags_coffee_medellin", "specialty coffee roaster supplying cafés, Medellín, Colombia", "leading_tag_questions",
    "A café owner rings the roaster who supplies her beans because the latest lot tastes sour as espresso and her customers are complaining.",
    [o,
     t("Ay, no. Tell me a bit: what's your recipe? Dose, yield, time?"),
     c("Eighteen grams in, about thirty-six out, twenty-four seconds. Same as always.", None),
     t("That's a fast shot for a light roast. This lot we roasted lighter than the one before; my fault, I should have told you. Two options: you grind finer and go to thirty seconds, or we roast your next batch a bit darker, medium, only for espresso."),
     c("Mmm. I tried finer, it's a bit better, but my grinder is old, it clogs.", None),
     t("Then the darker roast is the safer bet. I can roast five kilos medium this Thursday, same price, and if your customers like it we keep that profile for you. The light one use for filter, it's beautiful in a V60."),
     c("Yes, I do filter also. Okay, five kilos medium. You bring it?", None),
     t("I bring it myself Friday morning and we pull a few shots together."),
     c("Perfecto, I'll have the arepas ready.", None)],
    [o,
     t("Hola! But the Huila is an amazing coffee, isn't it? Those citrus notes are the whole experience, right?"),
     c("Yes, for filter. For espresso no, it's sour.", None),
     t("Well, the specialty market is moving to lighter roasts, isn't it? Your customers just need a little education, don't they? That's part of the relationship with your clients, no?"),
     c("My clients are office people, Andrés. They want a good tinto with milk, not a lesson.", None),
     t("Sure, but you wouldn't want to go backwards in quality, would you? And you'll take the same twenty kilos this month, won't you, since the price is locked in?"),
     c("I don't think so. Maybe I compare with the Quindío people first, they have a darker roast.", "think_it_over"),
     t("You'd regret that, wouldn't you? We've been partners for three years, haven't we?"),
     c("Send me the invoice for last month and we talk later.", "brush_off")]))
