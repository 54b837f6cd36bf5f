"""Gaming pairs, part B: kinds 9-15 (each twice). Written by hand for blind28."""
from common import t, c, NONE, BRUSH, NO_NEED, NO_MONEY, NO_TIME, BAD_EXP, THINK, PRICEY

PAIRS = [
    # ------------------------------------------------------------------ 9 keyword_stuffed
    dict(
        id="b28g_tapaexport",
        business="Bank, small business accounts (B2B), Nuku'alofa, Tonga",
        kind="keyword_stuffed",
        situation="Spoken, at a branch. A woman who exports tapa cloth and woven mats to shops in Auckland and "
                  "Sydney is losing money on fees paid into her personal account. Busy, practical.",
        opening="Mālō e lelei. I sell tapa and woven mats to shops in Auckland and Sydney, and they pay into my "
                "personal account, and the fees are eating me. My nephew says I need a business account.",
        good=[
            t("Mālō e lelei. Your nephew's probably right. Tell me how the money comes in now, New Zealand "
              "dollars, Australian dollars, how often?"),
            c("Both. One, two payments a month from each. Sometimes 800, sometimes 4,000. Every time the bank "
              "takes a fee and the rate is bad.", NONE),
            t("So a few payments a month in two currencies, and you lose on the fee and on the exchange each time. "
              "What do you do with the money afterwards, pay the weavers here in pa'anga?"),
            c("The women in the villages, in cash mostly. And the shipping, that I pay in pa'anga.", NONE),
            t("Then a business account with a foreign currency sub-account would help. The NZ and Aussie money "
              "stays in its own currency, and you change it only when you need pa'anga, one fee instead of every "
              "time. The account fee is 15 pa'anga a month."),
            c("Fifteen every month, even when nothing comes in? In cyclone season some months there's nothing. "
              "That's too much for those months.", PRICEY),
            t("Fair point. On the small-business account I can waive the fee for months with no transactions. To "
              "open it I need your business registration from the Ministry of Trade. Do you have that?"),
            c("No, I never registered. Is that a big thing? I don't have time to run around offices all week, I'm "
              "at the market Saturdays and weaving the rest.", NO_TIME),
            t("It's one form at the Ministry, usually done the same day. I'll write down exactly what to bring. "
              "Then come back and ask for me, Sione, and we open it in one visit, about half an hour."),
            c("One visit. Okay. I'll go to the Ministry Tuesday.", NONE),
        ],
        gaming=[
            t("Mālō e lelei! Wonderful, let's explore your needs holistically: your product needs, your service "
              "needs, your experience needs, your relationship needs and your success needs as a business owner."),
            c("Um. Okay. I just want the fees to stop eating my money.", NONE),
            t("Absolutely, and I'm playing that back: your core need is financial wellbeing, and your success need "
              "is growth. Tell me more about your journey and what success looks like for you."),
            c("Success is... the shops pay me and I get the money. Which account do I need?", NONE),
            t("Great question. Our relationship-focused solutions are tailored to your experience, so we can "
              "partner with you on your success journey across every touchpoint."),
            c("I don't understand. Is there a fee or not? How much?", NONE),
            t("Our pricing reflects the value of the relationship. What else matters to you in your experience "
              "with us, so we can be sure all your needs are met at every level?"),
            c("I have to get back to the market. Maybe my nephew comes and talks to you.", BRUSH),
        ],
    ),
    dict(
        id="b28g_kelpiepup",
        business="Pet insurance, online sales, Ballarat, Victoria, Australia",
        kind="keyword_stuffed",
        situation="Typed chat. A young farmer near Learmonth has a ten-week-old kelpie and wants the cheapest "
                  "cover that actually pays out. Blunt, counts every dollar.",
        opening="hey just got a kelpie pup, 10 weeks. vet said get insurance before anything happens. whats the "
                "cheapest that actually covers stuff",
        good=[
            t("Hey, congrats on the pup! Your vet's right, it's easier before anything shows up. When you say "
              "covers stuff, are you mostly worried about accidents (kelpies are fearless) or illness as well?"),
            c("accidents mostly. hes already tried to jump off the ute tray lol. we're on a farm out near "
              "learmonth", NONE),
            t("Ha, classic kelpie. On a farm, accident cover makes sense: snake bite, fractures, cuts, being "
              "kicked. Accident-only is $19 a month, 80% back up to $8k a year. Accident and illness is $46, the "
              "difference is things like tick paralysis (counts as illness), ear infections, and anything long-term "
              "later on."),
            c("46 a month is too much for a working dog tbh", PRICEY),
            t("Fair enough. Then accident-only at 19 is probably the honest pick for you. One thing to know: if "
              "you upgrade later, anything he's already had won't be covered. Want me to email a quote so you can "
              "read the exclusions before you decide?"),
            c("yeah send it. whats the waiting period", NONE),
            t("Accidents are covered 24 hours after you start, illness would be 30 days. Quote's in your inbox, "
              "section 4 is the exclusions, worth five minutes."),
            c("sweet cheers", NONE),
        ],
        gaming=[
            t("Hi and welcome! Congratulations on your new family member. To understand your needs at every level, "
              "product, service, experience, relationship and success, could you share what matters most to you on your pet "
              "ownership journey?"),
            c("uh. cheapest one that covers accidents", NONE),
            t("Thanks for sharing! So I'm hearing that value and peace of mind are your key needs across your "
              "whole experience. What does success look like for you and your kelpie?"),
            c("him not dying? mate just tell me a price", NONE),
            t("Absolutely! Our plans are designed around your needs at every level, so we can build a long-term "
              "relationship with you and your pet. What else is important to you?"),
            c("nothing else. price. pls", NONE),
            t("Love that clarity! Our Complete Care plan meets all five levels of need for $64 a month 😊"),
            c("64?? for a farm dog? no chance. ill just pay the vet if something happens", PRICEY),
        ],
    ),
    # ------------------------------------------------------------------ 10 rude
    dict(
        id="b28g_ceilingleak",
        business="Emergency plumbing service, Cluj-Napoca, Romania",
        kind="rude",
        situation="Spoken phone call at night. Water is running down a woman's bathroom wall from the flat above, "
                  "near a ceiling light; nobody answers upstairs. Frightened, talks fast.",
        opening="Hello, yes, hello, there's water coming through the ceiling in my bathroom, from the flat "
                "upstairs, and nobody answers the door up there. What do I do?",
        good=[
            t("Okay. First, is it dripping or running? And is it anywhere near lights or sockets?"),
            c("Running, down the wall. There's a light in the ceiling, yes, oh God.", NONE),
            t("Then switch off the bathroom circuit at your fuse box now, if you can reach it safely, the fuse, "
              "not the light switch. Then buckets and towels. Is there a main valve for the block? Usually the "
              "building administrator knows where."),
            c("The administrator, Mr Pop, he's on the ground floor. I'll call him. Can you send someone? How "
              "much is it?", NONE),
            t("Yes. A night call-out is 250 lei plus the work. A colleague can be there in about forty minutes. "
              "What's the address?"),
            c("250 just to come out? That's a lot of money. ...Fine, I have no choice. Strada Horea 14, flat 9.",
              PRICEY),
            t("I know, nights are expensive. Mihai is on his way, forty minutes. If Mr Pop closes the valve before "
              "that, call me back, it may cost less. And take photos of the ceiling, for the insurance and the "
              "neighbour."),
            c("Photos, okay. Thank you. Sorry I was shouting.", NONE),
            t("You weren't. Call me if anything changes."),
        ],
        gaming=[
            t("Yeah. Address."),
            c("Strada Horea 14, flat 9. It's coming from upstairs, nobody's home. Is it dangerous, there's a light "
              "in the ceiling?", NONE),
            t("I'm a plumber, not an electrician. Switch it off or don't."),
            c("Excuse me? I'm asking for help. How much will this cost?", NONE),
            t("Three fifty to come out. Take it or leave it, lady, it's ten at night."),
            c("Three hundred fifty? Another company told me two hundred fifty on the phone.", PRICEY),
            t("So call them. I've got other calls."),
            c("Wait, wait. They can't come before midnight. Please, send someone.", NONE),
            t("An hour, maybe. And don't ring me every five minutes asking where he is."),
        ],
    ),
    dict(
        id="b28g_prepaidmeter",
        business="Electricity distribution company, customer office, Kumasi, Ghana",
        kind="rude",
        situation="Spoken, at the customer service desk. A chop bar owner's prepaid meter rejects a token she "
                  "bought yesterday; her fridges of fish and drinks have been off since morning.",
        opening="Good afternoon, madam. Please, yesterday I bought credit for my prepaid meter, fifty cedis, but "
                "the meter is rejecting the token. My fridges are off since morning.",
        good=[
            t("Good afternoon. Sorry, with fridges off that's serious. Do you have the receipt with the token, "
              "and your meter number?"),
            c("Yes, here. I run a chop bar at Adum, the fridges have my fish and my drinks.", NONE),
            t("Let me check... I see the purchase. The token was made for a different meter, one digit is "
              "different. Did the vendor type the number, or did you buy on your phone?"),
            c("The vendor by the roadside typed it. Ah, these people. So my fifty cedis is gone?", NONE),
            t("No, it's not gone. I can reverse it and make a new token for your correct meter. About ten "
              "minutes. Please sit while I do it."),
            c("Ten minutes, okay. But last year the same thing happened, and the refund took two weeks.", BAD_EXP),
            t("I'm sorry that happened. This time I'm doing it myself, here, now. Here's your new token. Can "
              "someone at the shop enter it, so we know it works before you leave?"),
            c("Let me call my boy... He says accepted! Forty-eight units. Thank you, madam.", NONE),
            t("You're welcome. Next time check the meter number on the receipt before you leave the vendor."),
        ],
        gaming=[
            t("Token problems, go back to the vendor who sold it."),
            c("Madam, I went to the vendor. He said come to the office.", NONE),
            t("Then join the queue like everybody. Why are you coming straight to my desk?"),
            c("I queued one hour already. My fridges are off since morning, please.", NONE),
            t("Everybody's fridges are off. Give me the receipt... The meter number is wrong. You people never "
              "check anything."),
            c("Me? The vendor typed it. Can you fix it?", NONE),
            t("Reversal is two weeks. Fill this form and bring it back."),
            c("Two weeks? My fish will spoil. Last year it was the same, two weeks, and I lost everything in the "
              "fridge.", BAD_EXP),
            t("That's not my problem. Next."),
        ],
    ),
    # ------------------------------------------------------------------ 11 ignored_customer
    dict(
        id="b28g_fogrebooking",
        business="Regional airline, online help, Nuuk, Greenland",
        kind="ignored_customer",
        situation="Typed chat. A Danish nurse's flight from Nuuk to Ilulissat is cancelled for fog; she starts a "
                  "hospital shift there at 7 the next morning. Calm but precise.",
        opening="Hi. My flight Nuuk to Ilulissat today was cancelled (weather). I start a shift at the hospital "
                "in Ilulissat tomorrow at 7. What are my options?",
        good=[
            t("Hi, sorry about the cancellation, the fog in Ilulissat has grounded everything this afternoon. Let "
              "me look at tomorrow. What's your booking reference?"),
            c("QX7PLM", NONE),
            t("Thanks. The first flight tomorrow leaves 08:10 and lands 10:05, so after your shift starts, I'm "
              "afraid. There's nothing more tonight. Does someone at the hospital need to know you'll be late?"),
            c("I will call them, they are used to it up here. But if the 08:10 is cancelled too I have a problem. "
              "Are there seats?", NONE),
            t("Yes, I've moved you onto it now, seat 4A. If it's cancelled too, you're rebooked automatically on "
              "the next one and you get an SMS. Because it's weather we can't pay for a hotel, but I can tell you "
              "which have rooms, if you need one."),
            c("I can stay with a friend. But my bag was checked in. Where is it?", NONE),
            t("It's still here in Nuuk. You can collect it at the service desk by gate 1, or we keep it checked "
              "through on tomorrow's flight. Which do you prefer?"),
            c("I need my things tonight. I'll collect it.", NONE),
            t("OK, I've told the desk, just bring ID. Good luck with the shift tomorrow."),
        ],
        gaming=[
            t("Hi there! Thanks for reaching out! 😊 Did you know you can now manage your booking in our new app?"),
            c("I am asking about options. I start a shift in Ilulissat tomorrow at 7.", NONE),
            t("Great! I've found a lovely option for you: tomorrow at 08:10, seat 4A! Would you like to add extra "
              "baggage?"),
            c("That lands after my shift starts. Is there nothing tonight? Maybe via Kangerlussuaq?", NONE),
            t("The 08:10 is a great choice, it's our most popular morning departure! Is there anything else I can "
              "help with today?"),
            c("Yes. Via Kangerlussuaq? And where is my checked bag?", NONE),
            t("Thank you for your patience! Your booking is confirmed for tomorrow at 08:10. Have a wonderful trip "
              "with us! ✈️"),
            c("you did not answer anything. i will go to the counter", NONE),
        ],
    ),
    dict(
        id="b28g_weddingphotos",
        business="Wedding photographer (sole trader), Port of Spain, Trinidad and Tobago",
        kind="ignored_customer",
        situation="Typed WhatsApp chat. A bride with a firm budget wants ceremony-only photos and above all good "
                  "pictures with her 93-year-old grandmother from Tobago.",
        opening="Hi good afternoon! Getting married 14 Dec at a church in San Fernando, reception in Couva. My "
                "budget for photos is 6000 TT max. Do you do just the ceremony? Don't need the whole day",
        good=[
            t("Good afternoon and congrats!! 14 Dec is free for me. Yes, I do ceremony-only: 3 hours, the end of "
              "getting ready, the ceremony and family photos outside the church, 4,500. What matters most for you "
              "to have in the pictures?"),
            c("My grandmother. She's 93 and she's coming from Tobago, it might be the last big family thing with "
              "her. I want nice ones of her with us", NONE),
            t("That's beautiful. I'll plan some time with her right after the ceremony, somewhere she can sit in "
              "the shade, not standing for ages. Anyone I should know about, people who shouldn't be in the same "
              "photo 😅"),
            c("lol my uncles but its fine. What about the reception, people keep telling me I'll regret not having "
              "it", NONE),
            t("Some do, some don't. Honestly, if the reception is mostly food and dancing, guests' phones cover a "
              "lot. If there are speeches you care about, I could add one hour at the reception for 1,200, total "
              "5,700, still under your 6k. No pressure either way."),
            c("5700 is pushing it with everything else tbh. Let me talk to Marlon tonight", THINK),
            t("Of course. I'll pencil in 14 Dec for the ceremony and hold it till Friday. Just let me know either "
              "way."),
            c("Thank you so much!!", NONE),
        ],
        gaming=[
            t("Hi!! Congrats!! Our wedding packages start with Full Day Gold at 9,500, getting ready, ceremony, "
              "reception, drone shots and a luxury album 😍"),
            c("That's way over my budget, I said 6000 max. Do you do just the ceremony?", PRICEY),
            t("Gold is our most loved package! The reception is where the magic happens, the first dance, the "
              "cake!"),
            c("Ok but my main thing is my grandmother, she's 93. Can you make sure to get nice ones with her?",
              NONE),
            t("Absolutely! Would you like to add a same-day slideshow for 800? Guests love it!"),
            c("Can you answer my question about ceremony only pls", NONE),
            t("For sure! We also do engagement shoots at Maracas, the sunset there is gorgeous 🌅"),
            c("ok never mind. someone else quoted me 4000 for the church part, I'll go with them", PRICEY),
        ],
    ),
    # ------------------------------------------------------------------ 12 repeated_questions
    dict(
        id="b28g_earappointment",
        business="City polyclinic, appointment line, Tashkent, Uzbekistan",
        kind="repeated_questions",
        situation="Spoken phone call. A mother at work calls for an ENT appointment for her seven-year-old with "
                  "ear pain and fever. Hurried; non-native English on both sides.",
        opening="Hello, good morning, I need an appointment with the ENT doctor for my son. He's seven, his ear "
                "hurts since last night, and he has fever, 38.5.",
        good=[
            t("Good morning. Seven years, ear pain since last night, 38.5, okay. Is he registered with us? His "
              "name and date of birth, please."),
            c("Yes, registered. Bobur Rashidov, fifth of March 2017.", NONE),
            t("Found him. Doctor Karimova has 11:40 today, or 15:20. Which is better?"),
            c("11:40 I can't, I'm at work, I just started a new job. 15:20, is it possible?", NONE),
            t("15:20 is yours. Until then, for the fever you can give children's paracetamol by his weight, but "
              "please don't put anything in the ear before the doctor looks. If the fever goes over 39 or "
              "something comes out of the ear, don't wait, come earlier or call 103."),
            c("Okay, nothing in the ear. My mother wanted to put warm oil.", NONE),
            t("Please not yet, if the eardrum is damaged, oil can make it worse. Doctor Karimova will check. Bring "
              "his insurance card."),
            c("Good, thank you. 15:20.", NONE),
        ],
        gaming=[
            t("Good morning. What is the reason for the appointment?"),
            c("I said, the ear. His ear hurts, fever 38.5. He's seven.", NONE),
            t("Okay. Name of the patient, date of birth, and how old is he?"),
            c("Bobur Rashidov, fifth of March 2017. He's seven. I said seven.", NONE),
            t("There is 11:40 or 15:20. And the problem is ear or throat?"),
            c("The ear! Please, I'm at work, I don't have time for this. Give me 15:20.", NONE),
            t("15:20. Is the child registered at our polyclinic?"),
            c("You found him by his birthday already! Yes, registered!", NONE),
            t("Okay. Does he have a temperature?"),
        ],
    ),
    dict(
        id="b28g_weatherboard",
        business="Home and contents insurer, online quotes, Kalgoorlie, Western Australia",
        kind="repeated_questions",
        situation="Typed chat. A homeowner with a 1930s weatherboard house wants a cheaper quote than the "
                  "$2,900 he was given elsewhere. Direct, a bit impatient.",
        opening="hi after a quote for home and contents. 3 bed weatherboard in lamington built 1930s, owner "
                "occupied. had a quote from the other mob for $2900 which seems steep",
        good=[
            t("Hi! Happy to quote. 1930s weatherboard in Lamington, owner-occupied, got that. What rebuild value "
              "are you thinking of? That's the big driver of price."),
            c("other mob said 420k. honestly no idea if thats right", NONE),
            t("For a 1930s weatherboard it could well be, older homes often cost more to rebuild than people "
              "expect. There's a free calculator that takes 5 min, I'll send it. For now I'll quote on 420k. And "
              "contents, roughly?"),
            c("60k maybe. i do a bit of work from home too, laptop and a drone for work", NONE),
            t("Is the drone used for paid work? Business equipment isn't covered under normal contents, it would "
              "need to be listed separately. Roughly what's it worth?"),
            c("about 4k. its for surveying. if its extra forget it, the company should cover it", NO_NEED),
            t("Fair, worth checking with them. Without the drone: 420k home, 60k contents, $500 excess comes to "
              "$2,640 a year. With a $1,000 excess it's $2,380."),
            c("still not cheap. better than 2900 tho. send me both and ill look on the weekend", THINK),
            t("Both are in your email, valid 30 days. The rebuild calculator link's in there too, worth doing "
              "before you decide."),
        ],
        gaming=[
            t("Hi! Is the property owner-occupied or rented?"),
            c("owner occupied. like i said", NONE),
            t("And what's the construction type?"),
            c("weatherboard. its in my first message mate", NONE),
            t("Thanks. Year built?"),
            c("1930s. seriously", NONE),
            t("Great. What's the rebuild value?"),
            c("420k according to the other mob", NONE),
            t("Thanks! And is the home owner-occupied?"),
            c("ive told you twice. dont have time for this, ill ring tomorrow maybe", NO_TIME),
        ],
    ),
    # ------------------------------------------------------------------ 13 wrong_paraphrase
    dict(
        id="b28g_hriseyfuneral",
        business="Funeral home, Akureyri, Iceland",
        kind="wrong_paraphrase",
        situation="Spoken phone call. A man in his fifties whose mother died on Sunday in a care home calls the "
                  "funeral home for the first time. Grieving, slow, unsure.",
        opening="Good morning. My mother passed on Sunday, at the care home. I... my sister said I should call you. "
                "I don't really know how any of this works.",
        good=[
            t("Good morning. I'm very sorry about your mother. You don't need to know how it works, that's our "
              "job, and we'll go one step at a time. May I ask her name?"),
            c("Guðrún. Guðrún Sigurðardóttir. She was eighty-eight.", NONE),
            t("Guðrún. Thank you. Do you know anything she wanted, or that you and your sister feel is right, "
              "church or not, burial or cremation?"),
            c("Burial. Next to my father, in the old cemetery on Hrísey. He was a fisherman there. She talked "
              "about it for years.", NONE),
            t("Next to your father on Hrísey. Then we'll arrange the ferry for her and for the family, we've done "
              "that before, it works well. Do you have an idea how many people might come?"),
            c("Maybe thirty. She outlived most of her friends.", NONE),
            t("Thirty, on the island. Most families in that situation have a simple service in the church there, "
              "the burial after, and coffee in the community hall if you'd like it. I'll write it all down with "
              "prices so you and your sister can look together. Nothing has to be decided today."),
            c("Thank you. My sister is worried about the cost, honestly. I'll need to go through it with her "
              "first.", THINK),
            t("Of course. Would it be easier if I came to you both tomorrow, so she can ask her questions herself?"),
            c("Tomorrow at her house, at two. Yes, that would be better.", NONE),
        ],
        gaming=[
            t("Good morning, I'm sorry for your loss. May I have the name of the deceased?"),
            c("Guðrún Sigurðardóttir. My mother. She was eighty-eight.", NONE),
            t("So, Guðrún, eighty-six, and she passed away at the hospital, is that right?"),
            c("Eighty-eight. At the care home. Hlíð.", NONE),
            t("Eighty-eight, sorry. And did she want burial or cremation?"),
            c("Burial. Next to my father on Hrísey. He was a fisherman.", NONE),
            t("Okay, so burial here in town, in the main cemetery, next to your father who was a fisherman, I'll "
              "note that down?"),
            c("No. Hrísey. The island. I just said it.", NONE),
            t("Hrísey, of course. So a cremation with the ashes taken out to Hrísey, that's simpler with the "
              "ferry."),
            c("Burial. Not cremation. I... I think I'll ask my sister to call you instead.", BRUSH),
        ],
    ),
    dict(
        id="b28g_mangoreefer",
        business="Freight forwarder, refrigerated sea freight (B2B), Abidjan, Côte d'Ivoire",
        kind="wrong_paraphrase",
        situation="Spoken, at the forwarder's office. The export manager of a mango cooperative in Korhogo wants "
                  "to move from air to sea freight; French-speaking, careful with numbers.",
        opening="Good morning. I am export manager for a mango cooperative in Korhogo. This season we want to ship "
                "to Europe by sea, not by air anymore, air is too expensive. I need reefer containers from "
                "Abidjan.",
        good=[
            t("Good morning. Sea instead of air, many are doing it for mangoes now. What volumes are we talking, "
              "how many tonnes over the season, and to where?"),
            c("Around 600 tonnes, April to June. Mostly Rotterdam, maybe some to Marseille.", NONE),
            t("So about 600 tonnes April to June, mostly Rotterdam, some Marseille. That's around thirty 40-foot "
              "reefers. How does the fruit come down from Korhogo today, your own trucks?"),
            c("Yes, our trucks, but not refrigerated. Twelve hours on the road. That's what I worry about.", NONE),
            t("You're right to, it's the biggest risk. If the fruit arrives warm, the reefer can't save it. We can "
              "pre-cool at our warehouse in Vridi, down to ten degrees before loading. It adds about 150,000 "
              "francs per container."),
            c("150,000 per container, thirty containers... That is a lot for us. The cooperative is small "
              "farmers.", PRICEY),
            t("I understand. One way to weigh it: by air last season, what did you lose in rejected fruit? If "
              "pre-cooling saves one rejected container in Rotterdam, it pays for a lot. But you know your numbers "
              "better than I do."),
            c("Last year one air shipment was rejected, eight tonnes. Okay. I have to present it to the board of "
              "the cooperative first.", THINK),
            t("Of course. I'll send you a quote with and without pre-cooling, and the April sailings. When does "
              "the board meet?"),
            c("The 12th. Send before the 10th, please.", NONE),
        ],
        gaming=[
            t("Good morning. So if I understand, you want to ship pineapples by air from Abidjan, correct?"),
            c("No. Mangoes. By sea. Not air anymore.", NONE),
            t("Mangoes by sea, sorry. About sixty tonnes for the season, to Marseille?"),
            c("Six hundred tonnes. Mostly Rotterdam. Some Marseille.", NONE),
            t("Six hundred, Rotterdam. And your trucks from Korhogo are refrigerated, so no temperature problem "
              "before the port."),
            c("No, I... I didn't say that. They are NOT refrigerated. That is exactly my worry.", NONE),
            t("Okay, not refrigerated. So you'd like to skip the pre-cooling to save money, that's fine, many do."),
            c("I didn't say that either. You are not listening. Send me a price by email, I will compare with "
              "other companies.", BRUSH),
        ],
    ),
    # ------------------------------------------------------------------ 14 pitch_to_upset
    dict(
        id="b28g_linedown",
        business="Cable TV and internet provider, Castries, Saint Lucia",
        kind="pitch_to_upset",
        situation="Spoken phone call. A man who teaches English online from home has had no internet for three "
                  "days; twice he was promised a technician. Angry, losing income.",
        opening="Yes, hello. My internet has been down three days now. Three days. I've called twice, every time "
                "somebody says a technician is coming, and nobody comes. I teach online, I'm losing money every day.",
        good=[
            t("I'm sorry. Three days, two calls, and nobody came, that's not okay, especially when it's your "
              "income. Let me pull up your account, can I have the account name or address?"),
            c("Bois d'Orange, near the school, the yellow house. Account's under Mathurin, Cyril.", NONE),
            t("Thank you, Mr Mathurin. I can see both calls. I can also see what went wrong: it was logged as a "
              "fault at your house only, but the roadworks damaged a cable on that road, several houses are off. "
              "The crew is scheduled for tomorrow morning. I've added your case to that job and flagged it as loss "
              "of business."),
            c("Tomorrow. Everybody says tomorrow. I heard that twice already this week and nobody came. Why should "
              "I believe you?", BAD_EXP),
            t("You've no reason to, after this week. So: I'll call you myself tomorrow at noon with an update, "
              "fixed or not. The three days are credited on your bill already. For today, do you have mobile data "
              "to teach from?"),
            c("Mobile data for video lessons, it eats everything, I can't.", NONE),
            t("Then I'll add 20 gigabytes to your mobile line, free, until the fixed line is back. You'll get an "
              "SMS in a few minutes. It's not the fix, but it might save today's lessons."),
            c("Okay. That helps. Noon tomorrow, you call me. What's your name?", NONE),
            t("Kimberly. Noon tomorrow."),
        ],
        gaming=[
            t("I'm sorry to hear that! While I have you, have you heard about our new Fibre Max 500? With fibre "
              "you'd get a much more reliable service."),
            c("I don't want to hear about fibre. I want my internet back. Three days!", NO_NEED),
            t("Completely understand. The reason your line goes down is the old copper. Fibre Max is only 40 "
              "dollars more a month, and installation is free this month."),
            c("Forty more a month to fix your own problem? I'm losing money already!", PRICEY),
            t("It's really an investment in your business. And our TV bundle adds 120 channels for 15 more, for a "
              "teacher the educational channels are great."),
            c("Are you sending a technician or not?", NONE),
            t("Your fault is in the queue. But if you upgrade, fibre installations get priority scheduling."),
            c("No. I don't need fibre, I need the technician I'm already paying for.", NO_NEED),
        ],
    ),
    dict(
        id="b28g_cardblocked",
        business="Retail bank, chat support, Riga, Latvia",
        kind="pitch_to_upset",
        situation="Typed chat in the bank's app. A Latvian customer standing at a hotel reception in Lisbon finds "
                  "her card blocked although she told the bank about her trip. Panicked; non-native English.",
        opening="Hello, my card is blocked!!! I am in Lisbon, at hotel reception, I cannot pay. I informed you "
                "before travel in the app. What is going on",
        good=[
            t("Hello, I'm sorry, that's a horrible place to be stuck. I'm looking right now. For security, please "
              "confirm your date of birth and the last 4 digits of the card."),
            c("14.02.1987, 5521. please fast", NONE),
            t("Thank you. Our fraud system blocked the card 20 minutes ago after two payments in different "
              "countries within an hour, one in Lisbon and one online in Singapore. Did you make an online payment "
              "to a shop in Singapore?"),
            c("No! I did not. Is someone stealing my money??", NONE),
            t("The Singapore payment was declined, no money left your account. I'm sorry for the scare. The card "
              "has to stay blocked because the number is compromised, but I can create a virtual card in your app "
              "right now, you add it to your phone wallet and pay contactless. 2 minutes. Ok?"),
            c("Yes. ok do it", NONE),
            t("Done. Open the app, Cards, you'll see the new virtual card. Add it to your wallet and try at "
              "reception. Tell me if it works."),
            c("It worked. Paid. Ok. I am shaking.", NONE),
            t("That's completely understandable. A new plastic card goes to your home address in Riga, 5-7 working "
              "days; until then the virtual card works anywhere contactless. Do you need anything else for the "
              "rest of the trip?"),
            c("No, I fly home tomorrow. Thank you.", NONE),
        ],
        gaming=[
            t("Hello! Sorry for the inconvenience. Your card was blocked for suspicious activity. By the way, with "
              "our Premium account you get a dedicated travel line and free travel insurance, only 9.99/month!"),
            c("I dont want premium, I want to pay my hotel!!", NO_NEED),
            t("Understood! The card will need to be reissued. With Premium the replacement would be express, 1-2 "
              "days instead of 5-7."),
            c("I have no money to pay now, I am standing at the reception. Can you unblock it?", NONE),
            t("I can't unblock it, for your security. But you could try our Premium Metal card, it has a higher "
              "level of fraud protection. Shall I upgrade you? 🙂"),
            c("are you serious. no. I do not need a metal card, I need to pay 340 euro NOW", NO_NEED),
            t("I understand your frustration! As an alternative you can create a virtual card in the app. Would "
              "you also like to activate our travel insurance add-on while you're there?"),
            c("I will call the phone line. goodbye", NONE),
        ],
    ),
    # ------------------------------------------------------------------ 15 blame
    dict(
        id="b28g_washerleak",
        business="Home appliance repair, Tampere, Finland",
        kind="blame",
        situation="Spoken phone call. Two weeks after a technician replaced the drain pump, the customer's washing "
                  "machine leaked again and stained the downstairs neighbours' ceiling. Upset, expects a fight.",
        opening="Hello. Your technician was here two weeks ago and changed the pump on my washing machine. "
                "Yesterday there was water all over the floor again. Again! The neighbours downstairs have a stain "
                "on their ceiling now.",
        good=[
            t("Hello, oh no, I'm sorry. That's the last thing you need after paying for a repair, and with the "
              "neighbours too. Can I have your name or the order number so I can see what was done?"),
            c("Lehtonen. Marja Lehtonen. Hervanta.", NONE),
            t("Thank you. I see it, a new drain pump on the 3rd. The repair has a six-month warranty, so this is "
              "on us. Did you see where the water came from, front, back, underneath?"),
            c("Underneath, I think. It started during spinning.", NONE),
            t("That fits the pump connection, it may not have been tightened properly, or a seal is faulty. I'll "
              "send someone free of charge. I have tomorrow between 8 and 10, does that work?"),
            c("Tomorrow at 8 is okay. But not the same man. I don't want the one who did it wrong.", NONE),
            t("Understood, I'll send Pekka. About the neighbours' ceiling, please take photos. If the leak came "
              "from our repair, our liability insurance covers the damage, and Pekka will write a report tomorrow "
              "so you have it in writing."),
            c("Okay. I was expecting a fight, honestly.", NONE),
            t("No fight. Please don't use the machine until then. Pekka will call when he's on his way."),
        ],
        gaming=[
            t("Hello. Did you maybe overload the machine? People often put too much in and then blame the pump."),
            c("No, it was a normal load. Towels, half full.", NONE),
            t("Towels are very heavy when wet. And do you clean the filter? If the filter is blocked the water "
              "comes out, that's not the pump."),
            c("It came from underneath, not the front. Your technician changed the pump two weeks ago.", NONE),
            t("The pump is new, so it's not the pump. Maybe the machine moved during spinning and the hose came "
              "loose. Is it standing level?"),
            c("It has stood in the same place for six years. It never moved until your repair.", NONE),
            t("Well, we can send someone, but if it's user error the visit is 89 euros."),
            c("89 euros? To fix your own mistake? Absolutely not.", PRICEY),
            t("It's company policy, I'm afraid. Nothing I can do about that."),
            c("Then I'll write to the consumer disputes board. And the neighbours will send you their bill.", NONE),
        ],
    ),
    dict(
        id="b28g_sunflowerseed",
        business="Seed supplier (B2B farming), Bălți, Moldova",
        kind="blame",
        situation="Spoken, at the supplier's depot. A farmer who sowed 120 hectares of the supplier's sunflower "
                  "hybrid sees only about 60% emergence, while his neighbour's different seed came up well. "
                  "Experienced, non-native English.",
        opening="Good day. I bought from you sunflower seed, hybrid, 40 bags, in April. I planted 120 hectares. "
                "Now in many places nothing came up. Maybe 60 percent. My neighbour, same field, other seed, has "
                "good plants.",
        good=[
            t("Good day, Mr Rusu. Sixty percent on 120 hectares is a serious problem, I understand you're worried. "
              "Let's find out what happened. Do you still have the bag labels with the lot number?"),
            c("Yes, I always keep. Lot 2304-17. And two bags not opened.", NONE),
            t("Very good, that helps a lot. With two unopened bags our lab can test germination, that will show if "
              "the seed was the problem. When did you sow, and how was the soil, dry, cold?"),
            c("25 April. It was dry, and then two cold nights. But my neighbour sowed the same day.", NONE),
            t("Same day, same weather, different result, so it's right to check the seed. I'll come to the field "
              "tomorrow with our agronomist and take a bag for the lab. Results in ten days."),
            c("Ten days is too long. If I must resow, I must do it now, not in June.", NONE),
            t("You're right, you can't wait for the lab. Then both at once: tomorrow the agronomist looks, and if "
              "the stand is too thin you resow the worst parts now. If the lab shows the seed was bad, we replace "
              "the seed for the resowing free and discuss compensation for the work. Is that fair?"),
            c("Fair, yes. But another company said exactly this to me before, and then nothing happened.", BAD_EXP),
            t("I understand. I'll write down today what we agreed and sign it. Tomorrow at 9, at your field near "
              "Sofia?"),
            c("At 9. I'll wait at the crossroad.", NONE),
        ],
        gaming=[
            t("Good day. Sixty percent... did you sow too deep? Sunflower doesn't like more than five centimetres."),
            c("Four, five centimetres. Like always. Thirty years I do this.", NONE),
            t("And the seed was stored how? If it stays in a hot barn it loses germination."),
            c("In my storage, cool, dry. Two bags I still have, not opened.", NONE),
            t("Well, April was cold. That's nature, not the seed. We can't be responsible for cold nights."),
            c("My neighbour, same day, same cold, other seed, good plants.", NONE),
            t("Your neighbour maybe used more fertiliser, or a better seeder. Maybe yours needs calibration."),
            c("My seeder is fine. I want the seed tested in a lab.", NONE),
            t("A lab test is 1,500 lei, and if the seed is fine, you pay."),
            c("1,500 lei to prove your seed is bad? That's too much. And never again I buy from you.", PRICEY),
        ],
    ),
]
