"""Gaming pairs, first instance of each kind (written by hand, one scene each)."""
from common import t, c, o, gaming

PAIRS = []

# 1 monologue -- solar water heaters, Da Nang
PAIRS.append(gaming(
    "b33g_danang_solar_heater", "Solar water heater supplier, Da Nang, Vietnam", "monologue",
    "Mrs Thu runs a six-room homestay near My Khe beach. Guests leave reviews saying the evening showers go cold. "
    "She walks into the showroom; spoken, both sides speak English as a second language.",
    o("Hello. I have homestay near My Khe, six room. The guests, they write in the review that shower is not hot in the evening. My cousin say I should look at solar."),
    [
        t("Ah, come in, sit. Evening is a hard time for hot water, yes. What do you use for hot water now, and is it cold for every guest or only some?"),
        c("Each bathroom has small electric heater on the wall, fifteen litre. Guests come back from beach five, six o'clock, everybody shower same time. First one okay, third, fourth, cold. And electric bill also very high, summer it go up a lot.", None),
        t("So two problems — not enough hot water at the busy hour, and the bill. Which one hurts the business more?"),
        c("The review. One bad review and booking go down. Electric bill I can live. But solar is big money, no? This year I spend already for new air con. I don't know I can pay.", "no_money"),
        t("Could be, yes, so I won't guess a number yet. If the system pays itself back from the electric saving in two years or so, is that something you can look at — or this year is simply no, whatever the saving?"),
        c("If two years, maybe. Roof is flat, concrete. Bill in summer is four million, sometimes five. But I want real number, not brochure number.", None),
        t("Fair. Then let our technician look at the roof and the pipes — no charge, one hour — and send me photo of three summer bills. I work out the saving from your bills, not from brochure. Which morning is quiet for you?"),
        c("Thursday morning. Guests check out before eleven. I send the bills on Zalo tonight.", None),
        t("Good. Thursday nine o'clock, technician is Anh Minh, I message you tomorrow to confirm. If the numbers don't work, you just tell me, no problem."),
    ],
    [
        t("Yes, yes, solar is the best for homestay! We are number one distributor of SunViet in central Vietnam. Stainless steel 304 tank, vacuum tube fifty-eight millimetre, very high efficiency even cloudy day. We have 180 litre, 240 litre, 300 litre. For six room I think 300, or two tank of 240."),
        c("Sorry — the problem is more in the evening, when everybody—", None),
        t("Evening no problem, tank keep the water hot forty-eight hours, polyurethane foam fifty millimetre, very good. Also electric backup element inside, so rainy season okay. Installation one day only. Many hotel on An Thuong street use our system, more than two thousand installed in Da Nang."),
        c("Okay. But how much? This year I already spend for new air con.", None),
        t("The 300 litre is nineteen million five hundred. Two tank we give ten percent. You can pay two times. The tubes is German technology, hail resistant, twenty-five millimetre hail, and the bracket is galvanised, no rust even near the sea—"),
        c("Nineteen million for one tank? For my small house that is a lot of money.", "too_expensive"),
        t("But the quality is very different from cheap Chinese one. Also we have heat pump model, if you want, it is more efficient, and the smart controller you can see on phone app the temperature, very modern—"),
        c("Can you give me the paper with the price? I look at home with my husband.", "brush_off"),
        t("Of course, here is catalogue and my card. Page six is the 300 litre. And page ten the heat pump, very popular now."),
    ],
))

# 2 closing_as_open_question -- fibre internet, Cebu (typed chat)
PAIRS.append(gaming(
    "b33g_cebu_fibre_chat", "Home fibre internet provider, Mandaue City, Cebu, Philippines", "closing_as_open_question",
    "A virtual assistant working night shifts for US clients messages the provider's web chat. Her pocket LTE "
    "wifi drops during Zoom calls. Typed chat, Taglish.",
    o("hi po, im asking about ur fiber plans. my internet keeps dropping esp during my calls w/ clients in the US, its at night here"),
    [
        t("Hi! Sorry to hear that — dropping in the middle of a client call is the worst. What are you using right now, and what do you do on those calls?"),
        c("im a virtual assistant, mostly zoom and screen share. i have prepaid pocket wifi now. at night the signal is bad, sometimes i have to stand near the window lol", None),
        t("Ah ok, so it's the mobile signal at night more than speed. Before we talk plans, can I check your street first? Barangay and nearest landmark is enough."),
        c("brgy Tipolo, near the chapel. but honestly another company told me before they cover here then the installer said no slot na. waited 3 weeks for nothing", "bad_experience"),
        t("That's really frustrating, three weeks for nothing. I'll check the actual box on your street, not just the coverage map... ok, the box near the chapel shows 4 free ports as of today. How many people will use the internet at home?"),
        c("me and my sister, she has online class. also i saw the 1599 plan, thats kinda mahal for me, im still new with my clients", "too_expensive"),
        t("Understood. For two people on Zoom and online class, the 50 Mbps plan at 1299 is enough — the 1599 is more for big families streaming. For you stable matters more than fast. I can hold one of those ports for you for 48 hours, no payment needed to hold. Would that help?"),
        c("ok pls hold it. ill ask my sister if she can split the bill w me then ill msg u tomorrow", "think_it_over"),
        t("Sure! Port is held until Thursday 6pm under your name. Just message here when you've talked to her and I'll book the install — the installer does Tipolo on Saturdays."),
    ],
    [
        t("Hi! Good news, we have a promo this month! Which plan will you get today po, the 1599 or the 2099? 😊"),
        c("idk yet, i just want to know if it will stop dropping during my calls. do u have fiber in brgy Tipolo?", None),
        t("Yes po, we cover Mandaue! What name should I put on the application?"),
        c("wait lang. another company told me they cover here then no slot pala. waited 3 weeks. i dont want that again", "bad_experience"),
        t("Don't worry po! When do you want the installer to come, this Saturday or next Saturday?"),
        c("ur not answering me. is there a free port on my street or not", None),
        t("The team will check on installation day po. Will you pay the installation fee via GCash or over the counter?"),
        c("nvm. just send me the link to ur plans, ill look at it myself", "brush_off"),
    ],
))

# 3 pitch_as_paraphrase -- gym, Penang
PAIRS.append(gaming(
    "b33g_penang_gym_auntie", "Neighbourhood fitness centre, George Town, Penang, Malaysia", "pitch_as_paraphrase",
    "Mei Ling, 58, chatty, has never been to a gym. Her doctor told her to exercise for a sore knee. "
    "She comes to the front desk; spoken Malaysian English.",
    o("Hello ah, my doctor say I must exercise already, my knee not so good. My daughter ask me come and see see. But I tell you first — I never go gym in my life one."),
    [
        t("Never mind, Auntie, many of our members also started late. What did the doctor say about the knee — and what do you like doing these days?"),
        c("He say cannot jump, cannot do stairs machine, must make the muscle around strong. Before, I walk at the Esplanade with my kakak from church, three times a week. Last month knee pain, so I stop. I miss it, we always go drink kopi after.", None),
        t("So really you want to get back to walking with your friends, without the knee complaining. Is that the main thing?"),
        c("Yes lah, that one. I don't want to become big muscle.", None),
        t("Then I'd start with our gentle strength class — chair and band, very slow, Tuesday and Friday at ten. Physio-trained coach. You can try one class free before paying anything."),
        c("Free try okay. But after that monthly how much? My friend go to the community hall tai chi, only ten ringgit a month.", "too_expensive"),
        t("Here it's 120 a month, so yes, much more. Tai chi is also good for the knee, honestly. If money is the worry, some ladies do tai chi with friends and come here only once a week for the strength class — we have a ten-class pass for 150. Try Friday first, then decide?"),
        c("Okay Friday I come. Can I bring my kakak? She also got knee problem.", None),
        t("Bring her, both of you try free. Friday ten o'clock, wear shoes with soft sole. I write your names down now."),
    ],
    [
        t("Welcome, Auntie! So what I hear is you're looking for our full-access Gold membership with a personal trainer, correct?"),
        c("Eh? I didn't say that. I say my doctor ask me to exercise for my knee.", None),
        t("Yes, yes. So basically your knee needs our twelve-session PT rehab package at 1,080 — that's what you want, right?"),
        c("Aiyo, one thousand? I only want something gentle. I walk with my friends at the Esplanade usually.", "too_expensive"),
        t("Okay so what you're saying is you like group activity — meaning our Gold plus group classes bundle at 180 a month, yes?"),
        c("I'm not saying any bundle. Cannot ah, I'm retired, where got money for 180 every month?", "no_money"),
        t("Understand. So to sum up, you want to commit to the twelve-month contract so the monthly is only 150, right?"),
        c("No. I go home and ask my daughter first. She's the one who ask me to come.", "think_it_over"),
    ],
))

# 4 upsell_as_loop_closing -- pharmacy, Port of Spain
PAIRS.append(gaming(
    "b33g_pos_pharmacy_refill", "Community pharmacy, Port of Spain, Trinidad and Tobago", "upsell_as_loop_closing",
    "Mr Ramdial, 74, picks up his blood pressure refill and mentions he has been dizzy when he stands up. "
    "Spoken, Trinidadian English.",
    o("Morning, morning. I come for the pressure tablets, Ramdial. And let me ask you something — since the doctor change the dose I getting a little dizzy when I get up. That is normal?"),
    [
        t("Morning, Mr Ramdial. Let me pull it up... yes, Dr Baksh went from five to ten milligrams on the amlodipine two weeks ago. The dizziness — is it when you stand up quick, or all the time?"),
        c("When I get up from the bed in the morning, and when I stand up from the gallery chair. Everything swimming for a few seconds.", None),
        t("Have you had a fall, or nearly fallen?"),
        c("Nearly. Tuesday I hold on to the fridge. My wife frighten.", None),
        t("Okay, I'm glad you asked me. It can happen with a higher dose, but with a near fall I want the doctor to know this week. Sit on the side of the bed a minute before you stand, and get up slow. Would you be able to go back to see Dr Baksh?"),
        c("Boy, the health centre is three hours in the waiting room. I can't spend a whole morning there again this week, I minding my grandson.", "no_time"),
        t("Understood. Then let me call his office myself — often he'll just adjust it over the phone. Is the number on the card still right for you? I'll call you back before two today."),
        c("Yes, same number. You would do that for me?", None),
        t("Of course. Until you hear from me, take the tablets as usual, and get up slow. Anything about the new tablets you want to ask while you're here?"),
        c("No, that is all. Thank you, eh.", None),
    ],
    [
        t("Morning, Mr Ramdial! Here's your amlodipine. Some dizziness is normal. Anything else I can add for you today — we have the Omron blood pressure monitor on special, 30 percent off?"),
        c("I have a monitor home already, my daughter buy it. But the dizziness — Tuesday I nearly fall down in the kitchen.", "no_need"),
        t("Oh dear, sit down slow when you get up. And what else can I get for you — maybe some multivitamins for the energy? Seniors' formula is two for one."),
        c("Boy, I on a pension. I can't buy all that.", "no_money"),
        t("No problem at all! Anything else for today — the compression socks? They help with circulation, plenty of our seniors swear by them."),
        c("Just the tablets, please. What I should do about the dizziness?", None),
        t("Just take it easy. And before you go, anything else to add — we have the loyalty card, you get points on every prescription, just forty dollars to join?"),
        c("Just the tablets. I will ask somebody else about the dizziness.", None),
    ],
))

# 5 leading_tag_questions -- used trucks, rural Montana
PAIRS.append(gaming(
    "b33g_montana_pickup", "Used truck lot, Lewistown area, rural Montana, USA", "leading_tag_questions",
    "Earl, 66, a rancher on a fixed income, needs a truck to pull a gooseneck stock trailer before calving. "
    "Careful with money, slow talker; spoken.",
    o("Afternoon. I'm lookin' at that gray F-250 on the end there. The old Dodge finally quit on me last week and I got a gooseneck to pull come calving."),
    [
        t("Sorry to hear about the Dodge. What's the trailer, and how far do you haul with it?"),
        c("Twenty-foot stock trailer, maybe eight head at a time. Sale barn's forty miles. And in winter the road up to my place ain't plowed half the time. Had that Dodge twenty-two years. Don't make 'em like that anymore.", None),
        t("So it's got to pull eight head forty miles and get up an unplowed road. That gray one's a 2016, gas, four-wheel drive, 141,000 miles, gooseneck hitch already in the bed. Asking twenty-eight."),
        c("Twenty-eight thousand? For a truck with near a hundred and fifty on it? Fella in Great Falls has got one listed for twenty-four.", "too_expensive"),
        t("Could be a good truck. Do you know if his has four-wheel drive and the hitch? A bed hitch put in runs you a grand or more. If his has both and checks out, honestly, I'd go look at it."),
        c("Listing didn't say. I'd have to call him.", None),
        t("Worth a call. If you want, take ours to your own mechanic before you decide — keep it overnight if you like. No deposit."),
        c("That's fair. Hank in town could look at it Thursday morning.", None),
        t("Thursday it is. I'll have it gassed up Wednesday night, keys are yours at eight."),
    ],
    [
        t("She's a beauty, isn't she? You're gonna want a diesel for a gooseneck though, aren't you?"),
        c("Well, I was lookin' at this one. It's gas.", None),
        t("Gas'll pull it, but nobody who's serious hauls cattle on gas, do they? That 2019 Power Stroke over there is the one for you, isn't it?"),
        c("That one's forty-one thousand. I'm on a fixed income, son. That's a lot more truck than I can pay for.", "no_money"),
        t("But you'd rather pay once than buy twice, wouldn't you? And at your stage you want the one with the warranty left on it, don't you?"),
        c("I'd rather not be eatin' beans all winter. The gray one's twenty-eight, and even that's steep for the miles.", "too_expensive"),
        t("You wouldn't want to be stuck on the side of the road with eight head in the trailer, would you? The diesel just makes sense, doesn't it?"),
        c("I'll sleep on it. Got your card here.", "think_it_over"),
    ],
))

# 6 putdown_question -- phone repair, Bangkok (typed chat)
PAIRS.append(gaming(
    "b33g_bangkok_phone_repair", "Phone repair shop, Pratunam, Bangkok, Thailand", "putdown_question",
    "A customer messages the repair shop on LINE after dropping his phone in the sink. Typed chat; the customer "
    "writes English as a second language.",
    o("hello krub, my phone fall in the sink this morning, now screen is black but it vibrate when somebody call. can you fix? how much"),
    [
        t("Hello krub, sorry to hear that. Which phone model? And after it fell in, what did you do with it — did you try to charge it?"),
        c("samsung a54. i put it in rice like youtube say. i didnt charge yet", None),
        t("Good you didn't charge it 👍 Rice doesn't really help though, better keep it turned off and dry. If it vibrates, the board is probably alive — often it's the screen connector, not the screen. I need to open it to know."),
        c("ok how much. other shop at mbk tell my friend 3500 baht for new screen", None),
        t("If it's only the connector, cleaning is 500. If the screen is damaged, original screen for A54 is 3,900 here — a bit more than MBK because it's Samsung original with 6 month warranty. The check is free, about one hour."),
        c("3900 is expensive for me krub. i just buy this phone last year", "too_expensive"),
        t("Understand krub. Let me check first — maybe you only need the 500. If it is the screen, I will tell you both options, original and copy screen at 2,200, and you decide. No fixing without asking you."),
        c("ok. i can come after work, maybe 6 pm. you open until?", None),
        t("Open until 9 pm. Bring it switched off, ask for Nong Bank at the counter. See you at 6 krub."),
    ],
    [
        t("You didn't try to charge it when it was wet, did you? 🙄"),
        c("no. i put it in rice", None),
        t("Rice? Why would you do that krub, didn't anybody tell you rice doesn't work? And why was the phone near the sink anyway?"),
        c("i was washing dishes. it just fall. can you fix or not", None),
        t("You know A54 is not really waterproof when it's old, right? Screen is 3,900. Check fee 300."),
        c("3900 plus 300 to check?? my friend say mbk check free and screen 3500", "too_expensive"),
        t("MBK uses copy screens. You do know the difference between original and copy, right?"),
        c("ok i will think first", "think_it_over"),
    ],
))

# 7 not_my_department_or_read_the_terms -- water utility, rural Nova Scotia
PAIRS.append(gaming(
    "b33g_ns_water_bill", "Municipal water utility, Annapolis Valley, Nova Scotia, Canada", "not_my_department_or_read_the_terms",
    "Marlene, a retired teacher living alone, has a quarterly water bill three times the usual. She phones the "
    "utility, upset; spoken.",
    o("Hi, yes, I've just opened my water bill and it's three hundred and eighty dollars. It's never more than a hundred and twenty. I live alone, for heaven's sake."),
    [
        t("Oh, that's a shock to open. Let's get to the bottom of it. Can I have the account number, or your address?"),
        c("It's 14 Orchard Lane, in Berwick. Marlene Cox.", None),
        t("Thanks, Marlene. I've got it. Your last two bills were estimated — the reader couldn't get in — and this one's an actual reading. So either the estimates were low, or there's real water going somewhere. Have you noticed anything — a toilet running, a wet patch in the yard?"),
        c("The downstairs toilet does, well, hiss a bit sometimes. I thought that was nothing.", None),
        t("It might be the whole story — a hissing toilet can go through a lot. Easy check: put a few drops of food colouring in the tank, don't flush for half an hour, and see if colour shows in the bowl."),
        c("Oh, I can do that tonight. But I'm not paying three hundred and eighty dollars for a toilet.", None),
        t("Fair enough — you don't pay it until we've looked. I'm putting the bill on hold and booking a meter check. Kevin can come Thursday between one and three. If the meter's wrong, we correct the bill. If it's a leak, we have a one-time leak adjustment that usually takes off about half the extra."),
        c("Thursday's fine. Only half, though?", None),
        t("I'll be straight, it's usually half, and it's reviewed by billing. I'll put a note with it that you called the same day. I'll phone you Friday morning with what Kevin found — is this number best?"),
        c("Yes, this is the house phone. Thank you, dear, I was in a real state.", None),
    ],
    [
        t("I'm customer service, ma'am — billing disputes go through the billing department. I can give you their email."),
        c("Well, can't you just look at it? It's three times what it ever is.", None),
        t("I can see the reading was actual this quarter. Under section 4.2 of our terms, the customer is responsible for all water past the meter, including leaks."),
        c("What leak? I don't know that there's a leak. Nobody's said anything about a leak.", None),
        t("If you think the meter's wrong, meter testing is a separate request through our field services group. There's a sixty-dollar fee, refundable if it's out by more than two percent, as per the schedule of rates."),
        c("Sixty dollars to find out if you've overcharged me? No, I'm not doing that.", "too_expensive"),
        t("Then I'd recommend you put your dispute in writing to billing within thirty days, as set out on the back of the bill. If you're still unhappy after that, that goes to the Utility and Review Board."),
        c("I've been on hold twenty minutes to be told to write a letter. Just give me the email.", None),
    ],
))

# 8 social_proof_or_deadline_pressure -- home alarm monitoring, Heredia, Costa Rica
PAIRS.append(gaming(
    "b33g_heredia_alarm", "Home alarm and monitoring company, Heredia, Costa Rica", "social_proof_or_deadline_pressure",
    "Don Rodrigo, 61, sceptical, calls after two houses on his block were broken into. He had an alarm years ago "
    "that went badly. Spoken, the customer a native Spanish speaker.",
    o("Buenas. Look, two houses on my block were robbed this month, so my wife says call. But I tell you from the start, I am not easy to convince."),
    [
        t("Buenas, Don Rodrigo. I'm sorry about your neighbours, that's unsettling. What happened in those houses, if you know — and is anyone at home in yours during the day?"),
        c("They came in the day, over the back wall, when people were at work. Took televisions, laptop. My wife is home most days. That's what worries me. I don't care about the TV.", None),
        t("So it's more about your wife being safe at home than the things. Is that right?"),
        c("Exactly. But we had an alarm ten years ago, with another company. It went off for nothing, twice a week, and the one time it was real, nobody came.", "bad_experience"),
        t("That's the worst of both. When it was real, what did the company say?"),
        c("That the patrol was on another call. Forty minutes.", None),
        t("Then let me be honest about what we can and can't do: we don't have our own patrol in Heredia, we call the police and you. What we'd suggest for your wife is a panic button she carries, and sensors on the back wall only, so fewer false alarms. If that would make her feel safe, I can send a technician to look — free, no obligation."),
        c("Send the price by WhatsApp first. I will look at it with my wife.", "think_it_over"),
        t("Of course. I'll send it today with the monthly cost separate, so you can compare. And if you want, call two of our clients in Heredia — I'll include their numbers, with their permission."),
    ],
    [
        t("Buenas! Don Rodrigo, you should know that half your street already has our sign on the gate since the robberies. You're one of the last houses without."),
        c("I don't care what the street has. We had an alarm ten years ago, it went off for nothing and the one time it was real, nobody came.", "bad_experience"),
        t("That was another company. With us, over four thousand families in Heredia. And this week only, installation is free — on Monday it goes back to eighty thousand colones."),
        c("I don't decide things in one week because of a promotion.", "think_it_over"),
        t("I understand, but I have only three free installations left this month, and two are already reserved for your neighbours on the same block."),
        c("Then give them to the neighbours. How much is the monthly?", None),
        t("Twenty-four thousand a month. Your neighbour Doña Lucía signed yesterday, and she says she sleeps better already."),
        c("Twenty-four thousand every month is a lot for a pensioner. Send me something by WhatsApp, I'll look at it.", "too_expensive"),
    ],
))

# 9 keyword_stuffed -- coworking, Ho Chi Minh City (typed chat)
PAIRS.append(gaming(
    "b33g_hcmc_coworking", "Coworking space, Binh Thanh District, Ho Chi Minh City, Vietnam", "keyword_stuffed",
    "A startup founder with a six-person team messages the coworking space's website chat between meetings. "
    "Hurried, typed chat, B2B.",
    o("hi. we're a 6 person team, need desks in D1 or binh thanh from next month. price per desk? need fast answer, investor call in 20 min"),
    [
        t("Hi! Quick version: dedicated desk 6.5m VND/month, hot desk 4.2m. Binh Thanh only, 5 min from D1. Two quick questions: does the team need their own fixed desks, and how many calls a day?"),
        c("fixed desks yes, we have monitors. calls maybe 4-5 a day, 2 ppl on sales", None),
        t("Then you'd want phone booths close by — we have 6 on that floor, free to use. Meeting rooms are 10 hours/month included per desk."),
        c("6.5 is steep tbh. place on nguyen hue quoted us 5", "too_expensive"),
        t("Could well be cheaper there. Worth asking them if phone booths, meeting hours and after-hours access are in the 5 — ours are. If they are, they're the better deal. If it helps, you can try us for a week at the daily rate before committing."),
        c("ok fair. can we see it tmrw morning? 9ish", None),
        t("9am tomorrow works. Ask for Linh at reception, I'll show you the corner with the six desks by the window. Good luck with the call!"),
    ],
    [
        t("Hi there! 👋 At HiveSpace we believe in understanding your product needs, your service needs and your experience needs, so we can build a long-term relationship that supports your team's success goals 🚀"),
        c("ok but whats the price per desk", None),
        t("Great question! Before pricing, I'd love to explore your journey — what does success look like for your team at the relationship level and the experience level?"),
        c("success = desks by next month. price?", None),
        t("Totally hear you! 😊 We really value active listening and open questions here. Our community experience is designed around your needs at every level, from product to personal success."),
        c("i dont have time for this. just email the rate card to duc@tallyapp.vn", "brush_off"),
        t("Absolutely! Our team will reach out to understand your needs holistically and co-create a solution together ✨"),
    ],
))

# 10 rude -- hardware store, small-town Georgia
PAIRS.append(gaming(
    "b33g_georgia_faucet_cartridge", "Independent hardware store, small town in south Georgia, USA", "rude",
    "Mr Hollis, 81, brings a worn faucet cartridge in a sandwich bag; his kitchen tap drips all night. "
    "Slow, a little hard of hearing; spoken.",
    o("Afternoon, young lady. I got this thing out of my kitchen faucet, it's been drippin' all night long and keepin' me up. I need another one just like it."),
    [
        t("Afternoon, sir. Let's have a look. Do you know what brand the faucet is?"),
        c("Moen, I believe. My wife picked it out, must be fifteen years ago.", None),
        t("That looks like a Moen 1225 cartridge. Did it drip from the spout, or up around the handle?"),
        c("From the spout. Drip, drip, drip.", None),
        t("Then it's this part. We've got it — it's eighteen ninety-nine."),
        c("Eighteen dollars for a little piece of plastic? Lord have mercy.", "too_expensive"),
        t("I know, it's a lot for the size of it. There's an O-ring kit for four dollars, but from the spout it's usually the cartridge itself, so I don't want to send you home with something that won't fix it. Moen does have a lifetime warranty on their cartridges — if you still have the paperwork, they'll send one free, though it takes a couple of weeks."),
        c("Paperwork's long gone. No, I'll take the eighteen-dollar one. Can't stand another two weeks of that drip.", None),
        t("Alright. You'll want this little clip back in after — want me to write the steps down for you, nice and big? And if it gives you any trouble, bring it back and we'll sort it out."),
        c("I'd appreciate it. My eyes ain't what they were.", None),
    ],
    [
        t("Plumbing's aisle nine."),
        c("I'm sorry, what's that? I need one just like this here.", None),
        t("Aisle. Nine. The cartridges are on the bottom shelf, you'll have to match it yourself."),
        c("Well, I can't hardly see those little numbers. Could you help me look?", None),
        t("Sir, I've got three people waiting. It's probably the Moen one, eighteen ninety-nine."),
        c("Eighteen dollars for that? That's awful high for a bit of plastic.", "too_expensive"),
        t("Then fix it with duct tape, I don't set the prices. You want it or not?"),
        c("I'll have my grandson run me up to Tifton on Saturday, see what they've got.", "brush_off"),
    ],
))

# 11 ignored_customer -- resort, Bali
PAIRS.append(gaming(
    "b33g_bali_resort_ac_leak", "Beach resort front desk, Sanur, Bali, Indonesia", "ignored_customer",
    "An Australian guest comes down at 11 pm: the air conditioner is dripping onto the bed, and his wife has a "
    "feather allergy. Tired and irritated; spoken. The desk clerk speaks English as a second language.",
    o("Hi. Room 214. The air con's dripping water right onto our bed, the mattress is soaked, and my wife's allergic to feathers so we can't just grab the spare pillows out of the cupboard."),
    [
        t("Oh no, I'm very sorry, sir. Water on the bed at this hour — that's not okay. Is anything still dripping now, or did you turn the air con off?"),
        c("We switched it off. It's hot as anything in there now.", None),
        t("Okay. Tonight I'd like to move you to another room — same type, ground floor, 108 is ready. I will make sure housekeeping puts the non-feather pillows and duvet. Is that okay for your wife?"),
        c("Mate, we've got two nights left and all our stuff's everywhere. I don't want to be packing at midnight.", "no_time"),
        t("You don't need to pack. Take only what you need for tonight, and two of our staff will move the rest carefully in the morning, while you are at breakfast. Or if you prefer to stay, I can bring a fan and new mattress, but the air con cannot be fixed before the morning."),
        c("Nah, move us, just the overnight stuff. And the allergy thing matters, she had a bad night in Ubud.", None),
        t("I understand. I will check the room myself before you go in — no feather pillows, no feather duvet. Give me ten minutes. And tomorrow I'll remove tonight from your bill."),
        c("That's decent of you. Cheers.", None),
        t("I'll call your room at 11:15 when it's ready. Again, sorry for the night."),
    ],
    [
        t("Good evening, sir! Welcome to Sanur Sari. How is your holiday so far?"),
        c("Not great right now. The air con is dripping all over the bed.", None),
        t("Oh, I see! Did you know tomorrow we have a Balinese cooking class at the beach restaurant? Very popular with our guests."),
        c("Mate, I'm talking about the water on the bed. And my wife can't use the spare pillows, she's allergic to feathers.", None),
        t("Yes sir, our pillows are very soft, premium quality. Breakfast is from 6:30 until 10:30, and tonight the bar is open until midnight."),
        c("Are you listening? We need somewhere dry to sleep.", None),
        t("Of course, sir! Our spa also has a late-night massage special, 30 percent off, very relaxing after a long day."),
        c("Get me the duty manager, please.", None),
    ],
))

# 12 repeated_questions -- vet clinic, rural Alberta
PAIRS.append(gaming(
    "b33g_alberta_vet_dog", "Mixed-practice veterinary clinic, near Pincher Creek, Alberta, Canada", "repeated_questions",
    "Jenna calls from a ranch 40 minutes out: her border collie ate part of a rubber calf feeder nipple and has been "
    "vomiting. Anxious; spoken phone call.",
    o("Hi, um, I'm out at the Fischer place, west of town. My border collie, Mac, he ate — we think he ate part of a rubber nipple off a calf bottle and now he's throwing up. He's thrown up like four times."),
    [
        t("Okay, Jenna, you did the right thing calling. When did he eat it, do you think?"),
        c("This morning, maybe eight? We found the chewed bit in the barn at noon. He started throwing up about an hour ago.", None),
        t("And is he throwing up food, or just foam and water now? Is he still drinking?"),
        c("Just like, yellow foam now. He drank and it came right back up.", None),
        t("That sounds like something may be stuck. I want Dr Ruiz to see him this afternoon. Can you bring him in now? It's about forty minutes for you?"),
        c("Yeah. Um — how much is this going to be? We just had the truck fixed, and, like, things are tight.", "no_money"),
        t("I understand. The exam is ninety-five dollars, and an X-ray, if he needs one, about two-fifty. If it's surgery, the doctor will talk costs with you before anything's done, and we do payment plans. Please don't wait on this one, though."),
        c("Okay. Okay. We're coming now.", None),
        t("Don't give him food or water in the car. Bring the chewed piece if you still have it. I'll tell Dr Ruiz you're on your way — drive safe."),
    ],
    [
        t("Okay. What's the dog's name?"),
        c("Mac. He's a border collie, he's four. He ate part of a rubber nipple off a calf bottle.", None),
        t("And what kind of dog is Mac?"),
        c("A border collie. I just said. He's throwing up, he's thrown up four times.", None),
        t("Okay. And what did he eat, do you know?"),
        c("The rubber nipple. From the calf bottle. This morning.", None),
        t("And when did you say that was?"),
        c("Around eight this morning! Look, do I bring him in or not?", None),
        t("We'll need to see him. How many times has he vomited?"),
        c("Four! I'm just going to drive him in.", None),
    ],
))

# 13 wrong_paraphrase -- driving school, Swansea
PAIRS.append(gaming(
    "b33g_swansea_driving_lessons", "Driving school, Swansea, Wales", "wrong_paraphrase",
    "Rhian, 34, failed her practical test twice and is nervous about starting again after a bad instructor. "
    "Spoken phone call.",
    o("Hiya. I'm, um, looking for driving lessons. I've failed twice already, so, you know. I'm a bit nervous about even ringing, to be honest."),
    [
        t("Well, you've rung, that's the hard bit done. What happened on the two tests, and how were the lessons before, if you don't mind me asking?"),
        c("First time was the roundabout at Fabian Way, wrong lane. Second time I stalled on the hill up to Townhill and just panicked. And my last instructor used to shout. I'd freeze. I stopped for two years after him.", "bad_experience"),
        t("Right. So roundabouts, hill starts, and you need someone calm who won't shout. Is that the size of it?"),
        c("Yeah. That's it really.", None),
        t("I'd put you with Gareth — he's very patient, lot of nervous learners. Start with one two-hour lesson: quiet roads first, then Fabian Way once you're ready, not before. It's thirty-eight an hour."),
        c("Thirty-eight? My last one was thirty.", "too_expensive"),
        t("That's fair to notice. We're about the same as most around Swansea now. If one lesson with Gareth doesn't feel right, you don't book another, no hard feelings. Want to try a Saturday morning? Roads are quieter."),
        c("Saturday's good. Nine-ish?", None),
        t("Nine on Saturday. He'll pick you up from home — I'll text you his number and the car so you know who's coming."),
    ],
    [
        t("No problem. So you've failed three times, and it was the parallel parking, yeah?"),
        c("No — twice. And it was the roundabout at Fabian Way the first time, and stalling on a hill the second.", None),
        t("Right, so roundabouts on Townhill and stalling on Fabian Way. Got it."),
        c("Other way round. Roundabout on Fabian Way, hill on Townhill.", None),
        t("Sorry, yeah. And you said you had a good experience with your last instructor so you're after someone similar?"),
        c("No, he shouted. That's why I stopped for two years.", "bad_experience"),
        t("Ah, okay. So you're wanting the intensive course, a week of lessons to get you through quick?"),
        c("I never said that. I can't do a week, I work. Look, I'll ring back when I've had a think.", "think_it_over"),
    ],
))

# 14 pitch_to_upset -- car rental, Belize
PAIRS.append(gaming(
    "b33g_belize_rental_overheat", "Car rental agency, Belize City, Belize", "pitch_to_upset",
    "A Canadian family's rental car overheated on the Hummingbird Highway; they are on the roadside with two small "
    "children in the heat. The father phones the agency, upset; spoken.",
    o("Yeah, hi, we rented a Corolla from you yesterday and it just overheated on the Hummingbird Highway. Steam everywhere. I've got two kids in the back and it's thirty-four degrees."),
    [
        t("I'm so sorry — first, is everybody safe and off the road?"),
        c("We're pulled over on the shoulder. Kids are in the shade under a tree. But we're in the middle of nowhere.", None),
        t("Okay. Don't open the radiator cap, it can burn you. Can you see a mile marker, or tell me the last village you passed?"),
        c("We passed the sign for St. Margaret's village maybe five minutes ago.", None),
        t("Good, I know where that is. I'm sending a replacement car and a driver from Dangriga, they'll be with you in about forty-five minutes. There's a shop at St. Margaret's — buy water for the family and keep the receipt, we'll pay it back."),
        c("Forty-five minutes. Right. And I'm not paying for today, this is your car that broke down.", None),
        t("You won't. Today comes off the bill, and I'm sorry this happened with your kids in the car. The driver's name is Marlon, he'll call this number when he's close."),
        c("Okay. Thanks. Sorry for shouting.", None),
        t("No need to apologise. I'll call you in twenty minutes to check how you're doing."),
    ],
    [
        t("Oh, I'm sorry to hear that, sir. You know, the Corolla isn't really made for the Hummingbird — for the south I'd always recommend our 4x4 Fortuner, it's only thirty-five dollars more a day."),
        c("Are you serious? I don't need a bigger car, I need one that works. My kids are sitting on the side of the road.", "no_need"),
        t("Totally understand. I can send the Fortuner out as your replacement and we'd just apply the upgrade from today. It also comes with our premium roadside package."),
        c("I'm not paying extra because your car broke down. Just send me a car.", "too_expensive"),
        t("Of course. Just so you know, the standard replacement might take a while — the premium package guarantees priority dispatch. It's only twelve a day."),
        c("Unbelievable. How long is a while?", None),
        t("I'd say a couple of hours, but with premium I could have someone there within the hour."),
        c("Give me your manager's name. Now.", None),
    ],
))

# 15 blame -- appliance warranty repairs, Cork
PAIRS.append(gaming(
    "b33g_cork_washer_leak", "Appliance retailer's warranty repair line, Cork, Ireland", "blame",
    "Deirdre's eight-month-old washing machine has leaked across her kitchen floor for the second time. "
    "Upset; spoken phone call.",
    o("Hi, I bought a washing machine from ye in March and it's after leaking all over my kitchen floor. Again. That's the second time. The lino's lifting now."),
    [
        t("Oh no, twice — that's really not on, I'm sorry. Let's get this sorted. Have you the order number or the name it's under?"),
        c("Deirdre Lynch, Ballincollig. It's a Beko, the eight kilo one.", None),
        t("Got it, Deirdre. Where's the water coming from, can you tell — the front, underneath, the back?"),
        c("Underneath, I think. It's during the spin, it starts pooling out the front.", None),
        t("Right, that sounds like it could be the pump or a hose inside, which is a warranty job. I'd like an engineer out to you — I have Tuesday morning, eight to twelve. Does that work?"),
        c("Tuesday's grand. But what about the floor? I'm not able to go replacing lino on top of everything.", None),
        t("Fair question. I can't promise the floor myself, but I'll open a damage claim alongside the repair today, and the engineer will note the damage and take photos. Take a few photos of your own as well. Our claims team will call you within five working days."),
        c("Okay. And until Tuesday I can't use it at all?", None),
        t("Best not to. If the repair needs parts ordered and it's going to be longer than a week, ring me back — I'll look at a replacement machine for you instead."),
        c("Okay. Thanks, that's better than I expected, honestly.", None),
    ],
    [
        t("Right. Were you overloading it, by any chance? That's the most common cause of leaks."),
        c("No, I wasn't. I do normal washes, there's only the two of us.", None),
        t("And what detergent are you using? Too much suds can push water out the door seal."),
        c("The normal stuff. It leaked underneath, not from the door.", None),
        t("Underneath is usually the machine not being level. Did you level it when it was installed?"),
        c("Your lads installed it! I didn't touch it.", None),
        t("Okay, I can book an engineer, but if it's user error there's a call-out charge of ninety-five euro."),
        c("Ninety-five euro for your own faulty machine? I'm not paying that.", "too_expensive"),
        t("That's the policy if the fault isn't covered. I can't say it's covered until he looks at it."),
        c("I'll go to the shop myself with my receipt.", None),
    ],
))
