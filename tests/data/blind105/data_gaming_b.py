"""Gaming pairs b01-b10 of blind105 (hand-written)."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer -- travel agent WhatsApp, Jackson Heights, Queens
open_b01 = c("salam, need 5 tickets JFK to Dhaka for december, me wife 2 kids and my mother. she uses wheelchair. what is price", None)
PAIRS.append(gpair(
    "b105g_queens_travel_dhaka", "travel agency (WhatsApp), Jackson Heights, Queens", "ignored_customer",
    "A Bangladeshi father messages a small travel agency on 73rd Street for December tickets to Dhaka; his mother uses a wheelchair and cannot manage stairs.",
    [open_b01,
     t("walaikum salam bhai. december is busy so sooner is better. which dates are you thinking, and can you move them by a few days?"),
     c("leave 18 dec back 10 jan. can move 2 3 days. kids school break", None),
     t("ok. for your mother, does she need the wheelchair only in the airport, or also she cant do stairs into the plane? some connections use buses and stairs, and i want a route with jet bridges"),
     c("she can walk little bit, not stairs. last time in istanbul they put her on bus with stairs, very bad", None),
     t("understood, no stairs. emirates via dubai on 19 dec usually has jet bridges both ends, and i will add wheelchair assistance to the booking so they bring her to the seat. about $1,480 each, $7,400 total"),
     c("7400 is more than i thought. biman direct is cheaper no?", "too_expensive"),
     t("biman direct is about $1,250 each, yes. the catch is fewer flights and i cant promise a jet bridge for them at JFK. if you want i send both options side by side and you decide with your wife"),
     c("yes send both. i will decide tonight", "think_it_over"),
     t("sending now. i put the wheelchair note on both so you can compare properly"),
     ],
    [open_b01,
     t("walaikum salam! happy to help. so tell me, what kind of travel experience are you looking for?"),
     c("just easy. my mother in wheelchair, she cant do stairs", None),
     t("perfect. i have great deal on turkish via istanbul, $1,190 each, best price this month"),
     c("istanbul last time they put her on bus with stairs. not istanbul please", "bad_experience"),
     t("understood. so istanbul leaves 18 dec 11pm, 14 hour layover, very cheap. shall i hold 5 seats?"),
     c("14 hours?? with my mother? did you read what i wrote", None),
     t("totally hear you bhai. what other questions do you have for me?"),
     c("my question is about wheelchair. you not answering", None),
     t("no worries, ill put the hold on the istanbul fare. anything else i can help with today?"),
     c("no. i will go to the agency on 74th street", None),
     ]))

# b02 repeated_questions -- driving school chat, Brampton
open_b02 = c("hey i have my G2 road test in 3 weeks at brampton drivetest. failed once already on lane changes. need few lessons before. how much", None)
PAIRS.append(gpair(
    "b105g_brampton_driving_g2", "driving school (Instagram chat), Brampton", "repeated_questions",
    "A young international student who works warehouse shifts messages a Brampton driving school for lessons before his second G2 road test.",
    [open_b02,
     t("hey, 3 weeks is enough to fix lane changes. what did the examiner mark on the sheet exactly, shoulder checks or speed during the change?"),
     c("shoulder check late and one time i didnt signal long enough. also parallel parking little bit", None),
     t("ok so mainly shoulder checks and signal timing, plus a bit of parallel parking. those are habits, 3 lessons of 1 hour usually fixes it, we practise on the test route around kennedy and steeles. $55 a lesson or $150 for 3. can you do weekday mornings?"),
     c("mornings no, i work at the warehouse till 2. after 3 pm ok", None),
     t("after 3 works. tue and thu 3:30 the next two weeks, then the last one two days before your test. want our car for the test itself too? its $90 extra, optional"),
     c("no my uncle will give his car for test. just the 3 lessons", "no_need"),
     t("no problem, just make sure his insurance covers you and the car has no warning lights on the dash, they check that. booked tue 3:30 first, ill send you the pickup address"),
     ],
    [open_b02,
     t("hey! great to hear from you. tell me, what are your goals with your driving?"),
     c("pass the G2. test is in 3 weeks, failed on lane changes", None),
     t("love it. and what would success look like for you?"),
     c("passing?? like i said", None),
     t("totally. so what are you hoping to get out of lessons with us?"),
     c("fix my shoulder checks so i pass. how much is it", None),
     t("for sure. before price, help me understand, whats the main thing you want to achieve?"),
     c("bro i said it 3 times. pass the test. ill find another school", None),
     t("no worries! and just so i understand your needs for my notes, whats your driving goal?"),
     ]))

# b03 wrong_paraphrase -- spice wholesaler rep visiting a grocery store, Edison NJ
open_b03 = c("Come, sit. I'll be honest, my main supplier is fine, but his haldi and red chilli powder has gone down. Customers complain about the colour. I'm only looking for those two.", None)
PAIRS.append(gpair(
    "b105g_edison_wholesale_spices", "spice wholesaler (field sales), Edison NJ", "wrong_paraphrase",
    "A spice wholesaler's rep visits the owner of an Indian grocery on Oak Tree Road who wants a second source for turmeric and chilli only.",
    [open_b03,
     t("Thank you for being straight with me. So just haldi and chilli, and it's about colour. Is it only the colour, or taste and freshness too?"),
     c("Mainly colour. Haldi looks pale, chilli looks brown not red. Kashmiri chilli especially, people buy it for the colour.", None),
     t("Got it: Kashmiri chilli that's actually red, and haldi that isn't pale. Which pack sizes move fastest for you, 200 gram or 400?"),
     c("400 gram, and the 1 kg for the restaurant aunties.", None),
     t("Then let me leave you a sample of each, our Kashmiri and the Salem haldi. Put them next to your current ones for a week, show a couple of regulars. Our 400 gram is $2.10 a pack to you. If they prefer ours, I'd start with ten cases of each and nothing else."),
     c("Samples, okay. But two-ten is more than I pay, mine is one-ninety.", "too_expensive"),
     t("Fair, we're about twenty cents more. If the colour brings back the customers who complained, it's worth it; if not, you've lost nothing on the samples. I'll come back next Wednesday and you tell me."),
     c("Theek hai, Wednesday.", None),
     ],
    [open_b03,
     t("I really appreciate the honesty. So just to play it back: you're unhappy with your current supplier and looking to move your whole spice range over to us. Did I get that right?"),
     c("No, no. Only haldi and chilli. I said he is fine.", "no_need"),
     t("Right, sorry. So what I'm hearing is that price is the big issue, you want the cheapest haldi and chilli you can get."),
     c("Price I didn't even mention. It's the colour. Customers complain.", None),
     t("Understood. So you need our premium organic range, because your customers are asking for organic. Did I understand you correctly?"),
     c("Nobody asked for organic. Organic is double price, my customers won't pay that.", "too_expensive"),
     t("Okay, so to summarise: full organic range, starting with fifty cases, delivery Monday. Sound good?"),
     c("You didn't listen to one word. Leave your card, I'll call if I need.", "brush_off"),
     ]))

# b04 pitch_to_upset -- money transfer, Surrey BC
open_b04 = c("I need to send money to India today. My father passed away last night in Moga. My brother needs it for the cremation and everything. Please, how fast can it go?", None)
PAIRS.append(gpair(
    "b105g_surrey_remit_bereavement", "money transfer agency, Surrey BC", "pitch_to_upset",
    "A man whose father died overnight in Punjab rushes into a money transfer agency on Scott Road to send funeral money to his brother.",
    [open_b04,
     t("I'm so sorry about your father. We'll get this done quickly. Into a bank account it can land within a few hours today; cash pickup is often under an hour. Which is easier for your brother right now?"),
     c("Bank, he doesn't have time to run around. HDFC. The details are on my phone.", None),
     t("Okay. How much are you sending?"),
     c("Three thousand. Maybe more later for the bhog, I don't know yet.", None),
     t("Three thousand today. The fee is 3.99, and at today's rate that's about 1 lakh 83 thousand rupees. If you need to send for the bhog later, your details will be saved, so it's a few minutes. I'm putting this through as urgent."),
     c("Thank you. Sorry, I'm not thinking straight.", None),
     t("No need to apologise. It's sent. Here's the reference; I've written our number on the receipt, and if your brother hasn't seen it by 3pm his time, call me and I'll chase it."),
     ],
    [open_b04,
     t("I'm so sorry for your loss. I understand how you feel. While we set this up, have you heard about our Family Plus membership? Zero fees on transfers for a year, only $49."),
     c("I don't care about a membership. I need the money there today.", "no_need"),
     t("Totally hear you. And that's exactly why Family Plus is perfect: with everything coming up, the bhog, the kirtan, you'll be sending a lot. It pays for itself."),
     c("Please. Just send it. Three thousand, HDFC.", None),
     t("Of course. So what I'm hearing is you'd like the fastest option. Our Express Priority add-on is $14.99 and guarantees under thirty minutes. Shall I add it?"),
     c("The normal one is not fast? I don't know... just do whatever is fast.", None),
     t("Great choice. And while the rate's good, would you like a rate alert for future transfers? Lots of families send monthly for the parents."),
     c("My father is dead. There's no monthly. Are you even listening?", None),
     ]))

# b05 blame -- phone repair, Stratford Road, Birmingham
open_b05 = c("Salaam. You changed my screen last Tuesday, now the bottom corner doesn't respond. I can't press the back button half the time.", None)
PAIRS.append(gpair(
    "b105g_birmingham_phone_warranty", "phone repair shop, Sparkhill, Birmingham", "blame",
    "A customer returns to a phone repair shop on Stratford Road because part of the screen it replaced a week ago has stopped responding.",
    [open_b05,
     t("Walaikum salaam. Sorry about that, let's have a look. Was it like that from the day you picked it up, or did it start later?"),
     c("Started maybe Saturday. It was fine the first few days.", None),
     t("Okay. Has it had a knock or got wet at all? I'm not blaming you, it just tells me where to look."),
     c("No drop. It's been in the case you sold me.", None),
     t("Right. Then most likely the connector's worked slightly loose, or it's a faulty panel, which happens with a small number. Either way it's under our 90-day warranty. I can reseat it now, ten minutes, and if that doesn't fix it I'll fit a new screen free."),
     c("Ten minutes is fine, I'll wait. But if it goes again I want my money back, honestly.", None),
     t("That's fair. If it fails again inside the warranty, you choose refund or replacement. I'm writing that on your ticket now."),
     ],
    [open_b05,
     t("Walaikum salaam. Let's understand what happened. What did you do to it since Tuesday?"),
     c("Nothing. I used it normally.", None),
     t("Hmm. So what I'm hearing is you've been using it normally, but our screens don't just stop working. Did you drop it? Be honest."),
     c("I didn't drop it. It's been in the case you sold me.", None),
     t("These cheap chargers people use cause touch problems too, you know. Which charger are you using?"),
     c("The one that came with the phone. Why would that stop one corner?", None),
     t("I totally hear you, but the warranty doesn't cover customer damage, so it's £35 for us to look at it again. How does that sound?"),
     c("Thirty-five for your faulty work? No chance. I'm leaving a review, and I'll go to Trading Standards.", None),
     ]))

# b06 monologue -- independent pharmacy, Hillcroft, Houston
open_b06 = c("Hi, my doctor started me on amlodipine last month. My ankles are a bit swollen now. Is that from the medicine or should I worry?", None)
PAIRS.append(gpair(
    "b105g_houston_pharmacy_amlodipine", "independent pharmacy, Houston (Hillcroft)", "monologue",
    "A woman who stands all day in her family's store asks the counter at a family-owned pharmacy whether her ankle swelling is from her new blood pressure pill.",
    [open_b06,
     t("Good that you asked. Ankle swelling is a common side effect of amlodipine. Before I say more: is it both ankles, and does it go down overnight?"),
     c("Both. Better in the morning, worse by evening. I stand all day at our store.", None),
     t("That fits the medicine plus standing, rather than something more serious. Any shortness of breath, or swelling in only one leg, or pain?"),
     c("No, nothing like that. Just puffy.", None),
     t("Okay. It isn't dangerous in itself, but you don't have to put up with it. Put your feet up in the evening, and call your doctor this week; often they lower the dose or switch you. Don't stop it on your own. Want me to fax a note to Dr. Shah's office so she knows before you call?"),
     c("Yes please, that would help. I hate calling that office, always on hold.", None),
     t("I'll fax it this afternoon and write down what I sent, so you can mention it. If you get breathless or one leg swells up, go to urgent care, don't wait."),
     ],
    [open_b06,
     t("Great question! So here we really focus on the whole experience. Swelling can be lots of things, that's why we offer wellness consultations, free blood pressure checks every Thursday, free delivery in Alief and Sugar Land, compression socks twenty percent off this week, and our app reminds you about every refill."),
     c("Okay, but is it the medicine?", None),
     t("It could be! Amlodipine can do that, lots of things can. Which is why so many patients love our Heart Health bundle: the compression socks, a BP monitor, magnesium, and you earn points. And if you transfer your husband's prescriptions too, the first month of delivery is free. What do you think?"),
     c("I don't need a bundle. I'm asking if I should worry.", "no_need"),
     t("Totally, and I'll tell you, worrying is the worst thing for blood pressure, so the monitor really helps with peace of mind, $39.99, it syncs to your phone, and with the socks, honestly, I'd grab both today while the sale's on."),
     c("I already have a monitor at home. I'll call my doctor myself.", "no_need"),
     ]))

# b07 closing_as_open_question -- wedding venue, Belgrave, Leicester
open_b07 = c("Hi, we're just starting to look at venues for our reception next July, around 400 guests. This is the first one we've seen.", None)
PAIRS.append(gpair(
    "b105g_leicester_hall_reception", "wedding and banqueting hall, Leicester", "closing_as_open_question",
    "An engaged couple visit a family-run banqueting hall off Belgrave Road, the first venue on their list, for a 400-guest reception.",
    [open_b07,
     t("Lovely, congratulations. Since it's your first, let me show you round and ask me anything. What matters most to you both in a venue?"),
     c("Parking, honestly. Half his family are coming down from Bolton and they all drive.", None),
     t("Parking's a fair worry round here. We've 120 spaces on site and the school car park opposite gives us another 80 on Saturdays. For 400 that's usually enough, but not if everyone comes in separate cars. What else?"),
     c("Food. Can we bring our own caterer? My mum's set on Bobby's.", None),
     t("You can, with a kitchen fee of £4 a head, and they'll need their hygiene paperwork. Worth knowing when you compare, because some halls don't allow outside caterers at all. You've got time: see two or three others, and I'll email our price sheet with the kitchen fee already in, so it's a fair comparison."),
     c("That's really helpful. We'll be in touch once we've seen the others.", "think_it_over"),
     t("Please do. And if you'd like to see it set up for a real function, ring me and I'll bring you in on a Saturday evening."),
     ],
    [open_b07,
     t("Congratulations! So, what would it take for you to book with us today?"),
     c("Ha, we've only just walked in. It's the first one we've seen.", "think_it_over"),
     t("Of course. And once you've had a look round, how would you like to secure your date, card or bank transfer for the deposit?"),
     c("We haven't even asked about parking. His family all drive down from Bolton.", None),
     t("Plenty of parking. So if I can get you Saturday the 12th of July, what's stopping you putting the £500 deposit down now?"),
     c("We need to talk it over with our parents, they're paying half.", "think_it_over"),
     t("Totally understand. What would your parents need to hear from me for you to sign today? I can ring them now."),
     c("No, please don't ring my dad. We'll take a brochure, thanks.", "brush_off"),
     ]))

# b08 pitch_as_paraphrase -- accountant, Bradford
open_b08 = c("Salaam, my turnover's getting close to the VAT limit, about 85 grand this year. Someone said if I go over I have to charge VAT on everything. Is that right? Sweets, samosas, everything?", None)
PAIRS.append(gpair(
    "b105g_bradford_accountant_vat", "accountancy practice (phone), Bradford", "pitch_as_paraphrase",
    "The owner of a mithai shop on Leeds Road rings a local accountant because his turnover is nearing the VAT registration threshold.",
    [open_b08,
     t("Walaikum salaam. Not necessarily everything, it depends what you sell and how. Cold sweets to take away are often zero-rated; hot samosas are standard-rated; eating in changes things too. Roughly how much of your takings is hot food or eat-in?"),
     c("Maybe a quarter. Mostly it's mithai boxes, Eid and Diwali especially, people buy ten, fifteen kilos.", None),
     t("That helps: most of it is cold takeaway sweets, which is good news. Does your till split sales by product, or is it one total?"),
     c("One total. My son set up the till, I don't touch it.", None),
     t("Then step one is getting the till to split hot, cold and eat-in, so we know where you stand before you cross the line. After that, I'd suggest a one-off review, £150, where I look at three months of sales and tell you what registering would really cost you."),
     c("One-fifty just for a review... let me see if my son can sort the till first.", "too_expensive"),
     t("That's sensible, do the till first, it costs nothing. Send me three months once it's split and I'll tell you whether you even need the review."),
     ],
    [open_b08,
     t("Walaikum salaam. So what you're saying is you need our full VAT Management package, £220 a month: registration, returns, bookkeeping, all done. Is that right?"),
     c("I only asked if I have to charge VAT on everything.", None),
     t("Exactly, so what I'm hearing is you want peace of mind, and that's the full package. Did I get that right?"),
     c("Two hundred twenty a month? That's more than my electric. And I'm not even over the limit.", "too_expensive"),
     t("I understand. So basically your need is keeping costs down, which is why the Gold package at £180 on a 12-month contract is the one for you, correct?"),
     c("No. I need an answer about samosas and mithai. I'll ask my nephew, he's doing accountancy at the uni.", "brush_off"),
     t("No problem. So just to confirm what I'm hearing, shall I send the Gold package over for you to sign?"),
     ]))

# b09 upsell_as_loop_closing -- money transfer, Jamaica Avenue, Queens
open_b09 = c("Hi, I need to send 300 dollars to my mom in Sylhet, bKash if possible.", None)
PAIRS.append(gpair(
    "b105g_queens_remit_bkash", "money transfer counter, Jamaica, Queens", "upsell_as_loop_closing",
    "A young woman on her lunch break sends a monthly $300 to her mother in Sylhet from a Bangladeshi-owned transfer counter.",
    [open_b09,
     t("Sure, bKash works. Is her bKash number the same as last time, or a new one?"),
     c("Same number. Last time it took like a whole day though, she was worried.", None),
     t("Sorry about that, there was a backlog on their side around Eid. Today it's showing instant for bKash. Fee is $3 under $500, and I'll give you the reference so she can check."),
     c("Ok good, go ahead.", None),
     t("Done, sent, 35,640 taka. Here's the reference. If she hasn't got it in an hour, text me on the number on the receipt."),
     c("Thank you, that's it.", None),
     ],
    [open_b09,
     t("Of course! Let's make sure we close the loop on everything you need today. $300 by bKash. What else can I add for you? We do Grameenphone top-up, $10 or $20."),
     c("No, she has balance.", "no_need"),
     t("Perfect. And what else can I do to complete your experience? Our transfer protection is only $4.99, it covers any delays."),
     c("Last time it took a whole day with you guys. Is it faster now or not?", "bad_experience"),
     t("Totally hear you, that's exactly why the protection makes sense! Anything else I can add? A prepaid card for her? Lots of families add the card before Eid."),
     c("No. Just the 300. I'm on my lunch break, please.", "no_time"),
     t("Of course! Done. Just before you go, what else can I add to make today a five-star experience? We have a referral program too."),
     c("Nothing else. Seriously.", "no_need"),
     ]))

# b10 leading_tag_questions -- travel agent chat, Brampton
open_b10 = c("hi need return tickets for my parents toronto to amritsar, leaving early feb, back in april. they are 68 and 71. budget is tight this year", None)
PAIRS.append(gpair(
    "b105g_brampton_travel_amritsar", "travel agency (website chat), Brampton", "leading_tag_questions",
    "A son types into a Brampton travel agency's chat to book his elderly parents' winter trip to Amritsar on a tight budget.",
    [open_b10,
     t("hi, happy to help. are they ok with one connection, or is a direct much better for them? the direct only goes to delhi, then they need a domestic flight or a car to amritsar"),
     c("one stop is ok if its not long. last time they went via london and papa got lost at heathrow lol", None),
     t("ha, heathrow does that to people. then a short connection with meet-and-assist, so someone walks them to the next gate. qatar via doha into amritsar is around $1,650 each; air canada + air india via delhi about $1,420 but a 6 hr wait. which matters more this year, price or an easy connection?"),
     c("honestly price. but 6 hours with papas knees... can you find something in between", None),
     t("ill check dates either side, leaving on a tue or wed sometimes drops qatar to about $1,500. ill send you 3 options tonight with the total and the layover for each, and you decide with your parents"),
     c("perfect, send on whatsapp. ill show them sunday", "think_it_over"),
     t("will do. ill add the meet-and-assist request to whichever one they pick, no charge for that"),
     ],
    [open_b10,
     t("hi! so youll want the direct flight for them, wont you? at their age you wouldnt want them connecting, right?"),
     c("direct only goes to delhi no? and i said budget is tight", "no_money"),
     t("sure, but their comfort comes first, doesnt it? business class on air india is only $3,900 each, worth it for parents, isnt it?"),
     c("3900 each?? no way. economy only", "too_expensive"),
     t("totally. but youd want flexible fares, wouldnt you? in case their plans change, you wouldnt want to lose the money, would you"),
     c("their plans wont change. just want the cheapest decent one", "no_need"),
     t("of course. and travel insurance is a must at their age, isnt it? you wouldnt want them uninsured in india"),
     c("they already have insurance through my work. just send me prices pls", "no_need"),
     ]))
