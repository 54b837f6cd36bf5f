"""Gaming pairs, part C: ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame. Written by hand."""
from common import c, gpair, t

PAIRS = []

# 21. ignored_customer -- veterinary clinic, Vancouver (Canada), consumer, typed, panicking
O = c("hi is this the clinic?? my dog just ate like half a pan of brownies, shes a 9kg beagle mix. what do i do, do i need to come in", None)
PAIRS.append(gpair(
    "b36g_vetclinic_vancouver", "Burrard Animal Hospital, veterinary clinic (web chat), Vancouver, Canada", "ignored_customer",
    "A panicking dog owner writes to a vet clinic's chat because her small dog has just eaten chocolate brownies.",
    [O,
     t("Yes, you're talking to Burrard Animal Hospital, I'm Jenna, one of the techs. Please bring her in now, we're open and a vet is free. Do you know roughly when she ate them, and were they dark chocolate or regular?"),
     c("like 20 min ago?? regular box mix brownies i think. she seems fine rn", None),
     t("20 minutes is good timing, we can usually make her vomit before much is absorbed. Bring the box if you still have it so we can check the cocoa. Can you get here in the next 15 minutes?"),
     c("yes im driving now-ish. how much will it cost tho, im kinda broke", None),
     t("Inducing vomiting is usually $150-250 with the exam. We'll tell you before doing anything extra, and we can set up a payment plan if needed. Just come, I'm telling the front desk you're on your way."),
     c("ok omw \U0001F64F", None)],
    [O,
     t("Hi! Thanks for reaching out to Burrard Animal Hospital \U0001F43E We love helping pets and their families! Are you an existing client, or would this be your first visit?"),
     c("first time. she ate chocolate, do i bring her in??", None),
     t("Welcome! We'd love to get you set up. Can I get your pup's name, age and vaccination history to create a profile?"),
     c("penny, 4. PLEASE do i need to come in or not", None),
     t("Thanks! Penny's a lovely name \U0001F60A Did you know our Wellness Plan includes annual exams and dental cleaning for $45/month? Lots of new clients find it's a great fit for their needs!"),
     c("oh my god. im calling the emergency hospital", None),
     t("No problem! Can I help with anything else today?")]))

# 22. ignored_customer -- online fashion retailer, Jeddah (Saudi Arabia), consumer, typed (WhatsApp), non-native
O = c("Salam, I ordered abaya black with gold embroidery size 56, order 88213, it came size 52. Eid is Thursday, I need exchange before. Possible?", None)
PAIRS.append(gpair(
    "b36g_fashion_jeddah", "Lamsa Fashion, online modest-wear retailer (WhatsApp support), Jeddah, Saudi Arabia", "ignored_customer",
    "A woman received her Eid abaya in the wrong size and asks on WhatsApp whether it can be exchanged before Eid on Thursday.",
    [O,
     t("Wa alaikum assalam, sorry for this mistake. I checked: we have 56 in stock in the Jeddah warehouse. I can send the correct one tomorrow with our own driver, and he takes the wrong one at the same time, no cost. Which district are you in?"),
     c("Al Rawdah. Tomorrow what time? I work until 4", None),
     t("I'll book the evening slot, 5 to 9. The driver will WhatsApp you 30 minutes before. Please keep the 52 in its bag with the tag."),
     c("OK perfect, the tag is still on. Jazakallah khair", None),
     t("Wa iyyaki. Eid Mubarak in advance \U0001F319")],
    [O,
     t("Hello and welcome to Lamsa Fashion! \U0001F49B Our new Eid collection is live with 20% off. Have you seen the kaftans?"),
     c("I don't want kaftan. I got the wrong size, 52 not 56. Can I exchange before Thursday", "no_need"),
     t("For returns please use the return form in the app within 14 days \U0001F60A Also, free delivery on orders above 300 SAR!"),
     c("Return form takes 10 days for refund. I need the right size for Eid. Please read my message", None),
     t("We have beautiful matching hijabs for the black and gold abaya, only 59 SAR. Do you want me to add one?"),
     c("No. Forget it, I will cancel and buy from the mall", None),
     t("Thank you for shopping with Lamsa! Please rate our chat \u2b50\u2b50\u2b50\u2b50\u2b50")]))

# 23. repeated_questions -- electricity retailer, San Antonio (US), consumer, spoken, elderly and anxious
O = c("Yes ma'am, hello. I got a letter here says y'all are gonna cut my power off Friday. I paid that bill. I paid it at the grocery store on the fourteenth, I got the receipt right here. I'm eighty-four, I've got an oxygen machine.", None)
PAIRS.append(gpair(
    "b36g_electricity_sanantonio", "Lone Star Home Energy, retail electricity provider, San Antonio, Texas, US", "repeated_questions",
    "An 84-year-old man on home oxygen calls about a disconnection notice for a bill he paid in cash at a grocery store.",
    [O,
     t("Sir, first thing: nobody is cutting your power off while we sort this out, okay? Can I get your account number? It's at the top right of the letter."),
     c("It's... four four oh, two seven one, nine nine three.", None),
     t("Thank you, Mr. Delgado. I see a payment on the fourteenth, but it's sitting in unapplied payments because the store sent it with one digit wrong. That's on the processing side, not you. I'm moving it to your account now, and I'm putting a hold on the disconnection."),
     c("So they won't come Friday?", None),
     t("They won't come Friday. And because of the oxygen machine, I'd like to register you as a critical care customer. That gives you extra notice and protection from disconnection in future. It's free; your doctor just signs a form. Should I mail it to you?"),
     c("Yes, please, mail it. My daughter can take it to Dr. Okafor.", None),
     t("Done. You'll get a letter within a week confirming the payment, and your reference for today is two-two-nine-K.")],
    [O,
     t("I'm sorry to hear that, sir. Can you confirm your account number for me?"),
     c("Four four oh, two seven one, nine nine three.", None),
     t("Thank you. And can I ask when you made the payment?"),
     c("The fourteenth. At the grocery store. I said that.", None),
     t("Okay. Just so I fully understand your needs: have you made a payment on this account recently?"),
     c("Yes! The fourteenth! I've got the receipt in my hand!", None),
     t("I appreciate your patience. To help me understand your experience, what's the account number on the letter, sir?"),
     c("Lord. It's the same number I gave you. Are they gonna cut me off or not?", None),
     t("I hear you. Did I understand you correctly that you're calling about a disconnection notice? And when did you say you paid?"),
     c("I can't do this. I'll have my daughter call.", None)]))

# 24. repeated_questions -- managed IT services, Limerick (Ireland), B2B, spoken, hurried office manager
O = c("Hi, it's Orla at Keane and Walsh Solicitors, we're on your managed contract. Nobody in the office can get email since about nine, Outlook just says 'disconnected'. We've a closing at twelve and I need to send documents.", None)
PAIRS.append(gpair(
    "b36g_itsupport_limerick", "Shannon IT, managed IT services for small offices, Limerick, Ireland", "repeated_questions",
    "The office manager of a small law firm rings its IT provider because email has been down for the whole office all morning, with a property closing due at noon.",
    [O,
     t("Hi Orla. Everyone, on all machines? And can people get onto websites, or is the whole internet down?"),
     c("Internet's fine. Just email. Even on our phones it won't load.", None),
     t("Right, that tells me it's not your office network, it's the mail service. One second... yes, there's a fault on our hosted mail since 8:52. Engineers are on it, they say within the hour, but I wouldn't bet your closing on that. For twelve, can you send the documents through our secure file portal instead? I can set up a link for the other side in two minutes."),
     c("Yeah, that'd work. I'll text you the other solicitor's email.", None),
     t("Perfect. And I'll ring you the minute mail's back and check one of your machines is actually receiving. Next week, if you like, I could walk you through a backup option so a mail outage never holds up a closing again."),
     c("Maybe another time, honestly. Today I just need this closing out the door.", "brush_off"),
     t("Of course. Text me that email and the link will be with you both in two minutes.")],
    [O,
     t("Hi Orla! Oh no, that's not good. Can you tell me what error message you're seeing?"),
     c("It says 'disconnected'. In Outlook. On every machine.", None),
     t("Okay. And is it affecting just you, or other users as well?"),
     c("Everyone. I said nobody in the office.", None),
     t("Thanks. And what's the exact error message on your screen?"),
     c("'Disconnected'! Look, I haven't time for twenty questions, I've a closing at twelve.", "no_time"),
     t("Totally understand your needs. Is it affecting all users, or just yours?"),
     c("I'm not answering that again. Can you escalate it or not?", None),
     t("Of course. Just so I log this correctly, what time did the issue start, and what's the error?"),
     c("Ring me back when you've read your own notes. I'm couriering the documents.", None)]))

# 25. wrong_paraphrase -- appliance store, Muscat (Oman), consumer, spoken, non-native
O = c("Salam alaikum. I bought a washing machine from your shop in Al Khuwair, the nine kilo front-loading. They delivered yesterday and it is seven kilo. I have a big family, seven kilo is no good. I want to change it, not refund, I want the nine kilo.", None)
PAIRS.append(gpair(
    "b36g_appliances_muscat", "Al Khuwair Home Appliances, appliance store with delivery, Muscat, Oman", "wrong_paraphrase",
    "A father of a large family calls because the store delivered a smaller washing machine than the one he paid for; he wants an exchange, not a refund.",
    [O,
     t("Wa alaikum salam, brother. Sorry about this. So the delivery was the seven-kilo, and you want it exchanged for the nine-kilo you paid for, not your money back. Right?"),
     c("Yes, exactly.", None),
     t("Let me check stock... We have the nine-kilo in the Rusayl warehouse. I can send the team Sunday morning: they bring the right one, install it, and take the seven-kilo back. No charge. Is Sunday good?"),
     c("Sunday morning is good. But please tell them to connect it properly, last time they left water on the floor.", None),
     t("I'll write it on the job sheet: connect, and run a full cycle before they leave. And I'll call you Sunday afternoon to check everything is fine."),
     c("Good, thank you, brother.", None)],
    [O,
     t("Wa alaikum assalam, thank you for calling. So what I'm hearing is that the machine is too big for the space, and you'd like a refund. Have I understood you right?"),
     c("No, no. It is too small. Seven kilo. I want nine kilo, not refund.", None),
     t("I see, so you're unhappy with the washing results and you'd like a technician to check the machine. Is that right?"),
     c("The machine is working. It is the wrong machine. Wrong size.", None),
     t("Thank you for clarifying. So, if I've got this right, you'd like to upgrade to a bigger model and pay the difference?"),
     c("Pay the difference? I paid already for nine kilo! Why I pay again?", None),
     t("Understood. Just to confirm your needs: you're happy to keep the seven-kilo, and I'll note your feedback. Is there something else I can help you with?"),
     c("I am not happy. I will come to the shop myself.", None)]))

# 26. wrong_paraphrase -- commercial printer, Birmingham (UK), B2B, typed, expert designer
O = c("Hi, need a quote: 5000 A5 flyers, 350gsm silk, double sided, matt lam both sides. Artwork is print ready (CMYK, 3mm bleed). Client's brand orange is critical so I want a hard proof before the run. Need them delivered to B3 by Fri.", None)
PAIRS.append(gpair(
    "b36g_printing_birmingham", "Digbeth Print Works, commercial litho and digital printer (web chat), Birmingham, UK", "wrong_paraphrase",
    "A freelance designer orders flyers for a client whose brand colour is critical and asks for a physical proof before a Friday deadline.",
    [O,
     t("Hi, thanks, clear brief. 5k A5 on 350 silk, matt lam both sides: \u00a3286 + VAT. A hard proof adds \u00a318 and a day. Do you have a Pantone reference for the orange, so we can check the CMYK build against it?"),
     c("PMS 1585. CMYK build is 0 60 100 0 from their guidelines", None),
     t("Thanks. Worth knowing: 1585 built in CMYK on silk usually comes out a touch duller than the swatch, and matt lam dulls it a bit more. We'll print the proof on the same stock with lam so you judge the real thing. If artwork's uploaded by 3pm today, the proof goes out tomorrow, you sign off by 10am Thursday and we run Thursday for Friday."),
     c("3pm wont happen, client only signs off the final pdf around 5", "no_time"),
     t("Then get it to us by 6 and the proof still goes on tomorrow afternoon's courier. Sign-off by 10am Thursday still keeps Friday delivery. Upload link is in your email."),
     c("ok deal. will upload asap", None)],
    [O,
     t("Hi! Thanks for your message. Just to make sure I understand your needs: you're looking for 500 A4 flyers on standard 130gsm gloss, and you'd like us to design the artwork. Is that correct?"),
     c("no. 5000, A5, 350 silk, matt lam. artwork's done", None),
     t("Got it, thank you! So what I'm hearing is you'd like a digital proof by email and then straight to print. Have I got that correct?"),
     c("HARD proof. physical. the orange is critical", None),
     t("Perfect. So to recap: delivery next Friday, and colour isn't a major concern as long as it's close. Happy with that?"),
     c("THIS friday and colour is THE concern. have you read my message at all", None),
     t("Apologies! So it sounds like you'd like to push the deadline back to give us more time for the colour? Was there anything else?"),
     c("nope. going elsewhere", None)]))

# 27. pitch_to_upset -- cable TV and internet, Chicago (US), consumer, spoken, grieving
O = c("Hi, um. My dad passed away two weeks ago and I need to cancel his cable and internet. The account's in his name, Walter Kowalski. Sorry, I'm... this is the fourth call like this I've made today.", None)
PAIRS.append(gpair(
    "b36g_cabletv_chicago", "Lakeshore Cable, cable TV and home internet provider, Chicago, Illinois, US", "pitch_to_upset",
    "A grieving daughter, executor of her late father's estate, calls to close his cable and internet account.",
    [O,
     t("I'm so sorry about your dad. Take your time; I'll make this as quick as I can. Are you the executor, or a family member helping out?"),
     c("I'm his daughter, and the executor, yeah. Karen.", None),
     t("Thank you, Karen. I can close it effective today. We'll need a copy of the death certificate, but you can upload it later on a link I'll text you, no rush. There's a cable box and a modem: you can drop them at any store, or I can send a prepaid box. Which is easier?"),
     c("The prepaid box, please. I can't face another store.", None),
     t("Of course. It'll arrive in about five days. The final bill is prorated to today, and there's no cancellation fee for bereavement. If anything else comes in his name, call this line and give reference B-7714."),
     c("Thank you. You've been really kind.", None)],
    [O,
     t("I'm so sorry for your loss. I can help with that. Before we cancel, since you're already on the line, would you like to transfer the service into your name? We've got a great offer on our 1-gig plan with streaming included, $49.99 for the first year."),
     c("No. I have my own internet. I just need his closed.", "no_need"),
     t("Totally understand. A lot of families in your situation actually keep the line so there's internet while they're clearing out the house, it's a big job. We could switch it to a basic plan, $35."),
     c("I'm not clearing out his house with Netflix on. Please just cancel it.", "no_need"),
     t("Absolutely. And just so you know, you'd also be eligible for our mobile bundle if you add a line today. A lot of people find it's a good time to review their needs."),
     c("Are you actually doing this right now? My father just died.", None),
     t("I apologize. I'll process the cancellation. Anything else I can assist with today?"),
     c("No. Just... no.", None)]))

# 28. pitch_to_upset -- riad hotel, Marrakech (Morocco), consumer, spoken, upset guest
O = c("Morning. Look, I'm sorry, but I need to say something. Our room is right under the roof terrace, and there's been music till two in the morning two nights running. My husband's giving a talk at his conference tomorrow and we've barely slept. We were told this was a quiet riad.", None)
PAIRS.append(gpair(
    "b36g_riad_marrakech", "Riad Dar Zitoun, boutique guesthouse in the medina, Marrakech, Morocco", "pitch_to_upset",
    "A tired British guest complains at reception about late music from the roof terrace above her room for two nights.",
    [O,
     t("Good morning, madame. I'm very sorry, you are right, the terrace was too late. This is not acceptable for you. I have a room on the other side, near the fountain, very quiet, free from noon. Can I move your bags while you are out today?"),
     c("Yes. God, yes, please. Is it the same kind of room?", None),
     t("Same size, and it has the bath, a little better even. No extra cost. And from tonight I tell the terrace to stop the music at eleven, for all the guests."),
     c("Thank you. Honestly, I was dreading this conversation.", None),
     t("No, no, you must tell us. If anything is not good in the new room, come to me, I am Youssef, at reception until ten tonight.")],
    [O,
     t("Ah, I'm sorry, madame. For relaxation, our hammam and spa package is perfect: scrub and argan massage for two, only 900 dirhams, very good for sleeping."),
     c("I don't want a massage. I want a quiet room.", "no_need"),
     t("I understand. And for your experience, maybe you book the rooftop dinner tonight? Very romantic, with music and the view."),
     c("The music is the problem! Are you listening to me?", None),
     t("Yes, madame. Our suite is very quiet, on the garden side. The upgrade is only 600 dirhams per night."),
     c("Six hundred a night? For a room where I can sleep? That's outrageous, no.", "too_expensive"),
     t("I understand. Is there anything else I can do for you today, madame?"),
     c("I'll write the review tonight, since I won't be sleeping.", None)]))

# 29. blame -- online electronics retailer, Montreal (Canada), consumer, typed, non-native (French)
O = c("bonjour, i received my laptop today (order 300-81147) and the screen is cracked in the corner. the box was ok outside. what i do?", None)
PAIRS.append(gpair(
    "b36g_electronics_montreal", "PixelPlace, online electronics retailer (chat support), Montreal, Canada", "blame",
    "A French-speaking student writes to an online shop's chat because the laptop he received has a cracked screen although the box looked fine.",
    [O,
     t("Bonjour! I'm sorry, that's not how it should arrive. Could you send me two photos, the crack and the box with the shipping label? Then I can start the replacement right away."),
     c("ok sending now... done", None),
     t("Got them, thanks. That's damage from transit or the warehouse, not you. I'm shipping a replacement today, arriving Thursday, and the courier picks up the damaged one when they deliver. You don't need to repack it, they bring a box."),
     c("super, but i need it for school monday, thursday is sure?", None),
     t("Thursday is the estimate, so I'm upgrading it to express to give you two extra days of margin. I'll send the tracking as soon as it's scanned tonight."),
     c("merci beaucoup!", None)],
    [O,
     t("Bonjour! Thanks for reaching out. Screen cracks are usually caused by pressure when opening the box or the lid. Did you maybe open it with a knife, or put something on top of it?"),
     c("no?? i opened it normally, the crack was there when i lifted the screen", None),
     t("I understand. Our laptops are tested before shipping, so the damage would have happened after delivery. Was it left outside, or did you sign for it?"),
     c("i signed. the box was fine. its not my fault", None),
     t("I hear you! Unfortunately physical damage isn't covered by the warranty. You might want to check if your home insurance covers accidental damage. How would you rate your experience today?"),
     c("you are saying i broke it?? i want a refund, i will dispute it with my credit card", None),
     t("I'm sorry you feel that way. Anything else I can do for you?")]))

# 30. blame -- drip irrigation dealer, near Mansoura (Egypt), B2B, spoken, non-native farm manager
O = c("Good morning, ya basha. This is Engineer Hossam from El-Nour farm near Mansoura. We installed your drip system on the orange trees, forty feddan, three weeks ago. Now the emitters are blocking. In some lines half the trees are not getting water. It's summer, the trees can't wait.", None)
PAIRS.append(gpair(
    "b36g_irrigation_mansoura", "Delta Drip Systems, irrigation equipment dealer and installer, Mansoura, Egypt", "blame",
    "The manager of an orange farm calls the dealer who installed his drip irrigation three weeks ago because emitters are clogging in the summer heat.",
    [O,
     t("Good morning, Engineer Hossam. That's serious in this heat. Tell me, what is your water source, canal or well? And the filter before the lines, is it a disc filter or sand?"),
     c("Canal water, from the mesqa. The filter is the disc one your team installed.", None),
     t("Canal water in summer carries a lot of algae and fine silt, and a disc filter alone often isn't enough for it. Honestly, our team should have raised that at installation. Today: flush the line ends, and I'll send you the acid dose to clean the emitters. Then I'd like our technician to come Thursday to add a sand media filter before the disc."),
     c("A sand filter, how much is this? I didn't budget for more, the season already cost me a lot.", "no_money"),
     t("I understand. Because our design missed the canal water, we share the cost: I'll get my manager to approve fifty percent off the sand filter. The technician visit and the emitter cleaning are free."),
     c("Fifty percent, OK, this is fair. Thursday, yes.", None)],
    [O,
     t("Good morning, Engineer Hossam. Clogging is almost always a maintenance problem. Have your workers been cleaning the filter every day, like the manual says?"),
     c("We clean it. Every two days. Nobody told us every day.", None),
     t("Well, the manual is very clear. And what water are you using? Canal? That's your problem, the system is designed for clean water. We can't be responsible for your water quality."),
     c("Your engineer saw the mesqa before installing. He said it's fine.", None),
     t("He can't know how your workers will manage it. Honestly, most farms with this problem, it's the labour. To make sure your experience is a success, you need our maintenance contract, 4,000 pounds per season."),
     c("I will not pay you a contract to fix your own installation. No.", "no_need"),
     t("Then I'm afraid there's not much I can do. Is there anything else I can help with?"),
     c("I will call your company in Cairo directly.", None)]))
