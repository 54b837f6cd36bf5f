"""Gaming pairs, part c: ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame (two of each). Written by hand."""
from common import c, t, gpair

PAIRS = []

# 21 ------------------------------------------------------------- ignored_customer, Madagascar (typed)
o = c("bonjour please help i sent 200 000 ar to wrong number, one digit wrong. it was for my sister school fees in fianarantsoa 😭", None)
PAIRS.append(gpair(
    "b42g_wrongtransfer_ignored", "mobile money operator customer chat, Antananarivo, Madagascar", "ignored_customer",
    "A young man in Antananarivo realises he sent his sister's school fees to a wrong mobile money number and writes to the operator's chat in a panic. Typed chat.",
    o,
    [t("Bonjour, don't worry, we can try to get it back. Please send me the wrong number and the time of the transfer."),
     c("034 12 456 78, today 10h14. the right one was 034 12 456 87", None),
     t("Thank you. The money is still on that account, it hasn't been withdrawn. I have put a hold on it and we will contact the owner. If they don't answer within 48 hours we reverse it automatically. There is a reversal fee of 2,000 Ar."),
     c("2000 more? i have nothing left on my account now, everything was in that transfer", "no_money"),
     t("No problem, the fee is taken from the 200,000 when it comes back, you don't pay anything now. You'll get an SMS with the reference when it's done."),
     c("ok misaotra betsaka. i will tell my sister to wait 2 days", None),
     t("Tsy misy fisaorana. Your case number is MG-20931, write here any time.")],
    [t("Bonjour! Thank you for contacting us. Did you know you can now pay your JIRAMA electricity bill directly from your wallet? 💡"),
     c("no i dont care about jirama, i sent 200 000 to wrong number!!", None),
     t("For your security, never share your PIN with anyone. Would you like to reset your PIN?"),
     c("my pin is fine. the money went to 034 12 456 78 instead of 87. can you stop it", None),
     t("Thank you for waiting. To check your balance dial #111#. Can I assist with anything further?"),
     c("you are not reading anything. i will go to the agency in analakely myself", None),
     t("Thank you for choosing us! Please rate your experience from 1 to 5 ⭐")],
))

# 22 ------------------------------------------------------------- ignored_customer, Malaysia (B2B, typed)
o = c("hi urgent. since yesterday update our kitchen printer prints every order 2 times. lunch crowd in 20 min, the cooks already made double nasi lemak this morning", None)
PAIRS.append(gpair(
    "b42g_posprint_ignored", "restaurant point-of-sale software vendor support, Kuala Lumpur, Malaysia (B2B)", "ignored_customer",
    "The owner of a busy mamak-style restaurant in Kuala Lumpur writes to her POS software vendor twenty minutes before lunch because every kitchen ticket prints twice. Typed chat.",
    o,
    [t("Hi, on it. Yesterday's update added a second print route for some outlets by mistake. Can I remote in and remove it? It takes 2 minutes."),
     c("yes pls, no time to go through settings myself", "no_time"),
     t("Please open the POS, tap the grey 'Support' icon bottom left and read me the 6-digit code."),
     c("482 911", None),
     t("Connected... removed the duplicate route to Printer 2. Please send one test order to the kitchen."),
     c("ok only 1 ticket now 👍 thank god", None),
     t("Great. It was our bug, so I've noted it on your account for a credit. Good luck with lunch!")],
    [t("Hi there! Welcome to our support. Have you joined our free onboarding webinar for the new version? Next session is Thursday 3pm."),
     c("no time for webinar, lunch in 20 min, printer printing double!!", "no_time"),
     t("Thanks for your message! Here's our help article: 'Getting started with menus and modifiers' 📄"),
     c("thats not my problem. PRINTER. DOUBLE.", None),
     t("We're always looking to improve your experience. On a scale of 1 to 10, how likely are you to recommend us to other restaurant owners?"),
     c("0. forget it, i'll unplug the second printer myself", None),
     t("Thank you for your feedback! Anything else I can help with today? 😊")],
))

# 23 ------------------------------------------------------------- repeated_questions, Alberta
o = c("Hello, dear. I've just moved here from Thunder Bay to be near my daughter, and I need my prescriptions moved over. There's four of them. I brought the bottles.", None)
PAIRS.append(gpair(
    "b42g_rxtransfer_repeated", "community pharmacy, Calgary, Alberta, Canada", "repeated_questions",
    "An elderly woman who has just moved from Ontario to Calgary brings her pill bottles to a neighbourhood pharmacy to transfer four prescriptions. Spoken, at the counter.",
    o,
    [t("Welcome to Calgary. The bottles are perfect, they have everything I need. Could I have your full name and date of birth, and your Alberta health card if you've got it yet?"),
     c("Doris Lindqvist, March the ninth, 1941. I've only got the Ontario card, the Alberta one's in the mail.", None),
     t("That's okay, you're covered for the first three months with the Ontario one. I'll phone the Thunder Bay pharmacy this afternoon and have these ready tomorrow after two. Do you take them all from separate bottles at home?"),
     c("Yes, and honestly I mix them up sometimes, with the move and everything.", None),
     t("A lot of people do. We can pack them by day and time in a weekly blister card, so you just pop out Monday morning. It's twelve dollars a month."),
     c("Twelve dollars a month... I can't spare that right now, not with the moving costs.", "no_money"),
     t("Understood. Then I'll put big coloured labels on each bottle, morning and evening, no charge, and we can look at the blister card again later if you want.")],
    [t("Hi. What's your name, please?"),
     c("Doris Lindqvist. I've just moved from Thunder Bay.", None),
     t("And your date of birth? ... Okay. And which pharmacy are these coming from?"),
     c("Like it says on the bottles, dear, the Shoppers on Red River Road.", None),
     t("Great. So just to make sure I understand your needs, can I get your name again, and where are you transferring from?"),
     c("I just told you. Doris Lindqvist. Thunder Bay. Is something wrong?", None),
     t("Just confirming! And what's your date of birth? Did I understand you correctly that you have four prescriptions?"),
     c("Oh, I'll come back when my daughter can come with me. This is too much.", None),
     t("Sure! And before you go, what was your last name again?")],
))

# 24 ------------------------------------------------------------- repeated_questions, Indonesia (typed)
o = c("selamat siang. i had accident yesterday in jl kaliurang, a car hit my scooter from behind. im ok but the motor is damaged. policy no MTR-88172-YK. what i do now", None)
PAIRS.append(gpair(
    "b42g_scooterclaim_repeated", "motor vehicle insurer claims chat, Yogyakarta, Indonesia", "repeated_questions",
    "A university lecturer in Yogyakarta whose scooter was rear-ended opens a claim on his insurer's chat the next day. Typed chat.",
    o,
    [t("Selamat siang Pak, glad you are ok. I found your policy, Honda Vario AB 4512 XY. Please send 4 photos of the damage, your SIM (licence) and the police report if there is one."),
     c("police report yes. sending now... sent", None),
     t("Received, all clear. Claim number KL-55310. Our nearest partner bengkel is in Sleman, they can pick up the motor tomorrow."),
     c("hmm last time your partner bengkel kept my motor 3 weeks, i need it to go to campus", "bad_experience"),
     t("I understand. You can also use your own workshop: send us their quote, our surveyor approves within 2 working days, then they repair and we pay them directly."),
     c("ok better. my own bengkel is near ugm, i will send quote tomorrow", None),
     t("Perfect, just send it here with the claim number. Get well soon, Pak.")],
    [t("Selamat siang. Please give your policy number."),
     c("MTR-88172-YK, i wrote it above", None),
     t("Thank you. And the date of the accident?"),
     c("yesterday. also wrote above", None),
     t("Noted. To better understand your needs, please give your policy number and the plate number."),
     c("I ALREADY SENT the policy number twice. plate AB 4512 XY", None),
     t("Thanks for bearing with us. Can you confirm the date of incident and your policy number once more?"),
     c("are you a bot?? i will call the office", None),
     t("We value your experience! Please provide your policy number so we can assist you.")],
))

# 25 ------------------------------------------------------------- wrong_paraphrase, Kenya (B2B)
o = c("Sasa. It's Hussein, Mwangaza Tiles. My container MSKU 774 is held at the port since Monday, they say KEBS must inspect. The certificate of conformity we sent with the documents. Every day we pay storage.", None)
PAIRS.append(gpair(
    "b42g_portclearing_paraphrase", "clearing and forwarding agent, Mombasa, Kenya (B2B)", "wrong_paraphrase",
    "A tile importer who has used the same clearing agent for years calls because his container has been held at Mombasa port for a standards inspection despite having the certificate. Spoken, phone.",
    o,
    [t("Sasa Hussein. So the certificate of conformity was lodged, but the container still got flagged for physical inspection, and storage is running. Right?"),
     c("Exactly that. Since Monday.", None),
     t("Okay. It's a random flag, it happens even with the certificate. I'll book the KEBS officer for tomorrow morning and have our man at the CFS for the opening. There's an express slot for 25,000 that could get it today."),
     c("Express 25,000? No, we have no more budget on this shipment, the margin is gone already with the storage.", "no_money"),
     t("Understood, tomorrow then, normal fee. And I'll file for a storage waiver for the days after the flag, because the CoC was valid, sometimes KPA grants it. I'll call you by noon tomorrow when the container is released."),
     c("Sawa. Call me, don't WhatsApp, I'm driving tomorrow.", None),
     t("I'll call. Tomorrow by noon.")],
    [t("Sasa Hussein. So what I'm hearing is you want to change your shipping line because of delays, is that right?"),
     c("No, no. The shipping line is fine. KEBS is holding the container for inspection.", None),
     t("Got it, so if I understand correctly, the certificate of conformity is missing and you need us to apply for a new one?"),
     c("It's not missing! We sent it. I'm saying they flagged it anyway.", None),
     t("Okay, so to summarise your need: you'd like us to arrange storage at a private CFS for a longer period. Is that right, bwana?"),
     c("Eh. Forget it, I'll go to the port myself tomorrow.", None),
     t("Great! I'll send the storage quote by email. Have I captured your need correctly?")],
))

# 26 ------------------------------------------------------------- wrong_paraphrase, Croatia (typed)
o = c("dobar dan, my washing machine is leaking water from the door, bottom left side, every wash. its 14 months old, warranty is 2 yrs. model WS 7400", None)
PAIRS.append(gpair(
    "b42g_washerleak_paraphrase", "appliance service centre chat, Zagreb, Croatia", "wrong_paraphrase",
    "A working mother in Zagreb writes to an authorised appliance service centre because her washing machine leaks from the door on every wash. Typed chat.",
    o,
    [t("Dobar dan. Leaking at the door, lower left, under warranty, that's usually the door seal or a clamp. Covered by warranty, no cost to you. Earliest technician visit is Tuesday 8-12."),
     c("i work til 4, mornings are impossible for me", "no_time"),
     t("No problem. Thursday 16-19 or Saturday 9-13?"),
     c("thursday 16-19 perfect", None),
     t("Booked, Thursday 16-19. Please have the warranty card or the receipt ready. Until then, put a towel under the door, and 30 and 40 degree washes leak less than the long cycles."),
     c("ok thanks, very clear", None)],
    [t("Dobar dan. So if I understand correctly, your machine does not spin at the end of the cycle?"),
     c("no it spins fine. water comes out of the DOOR", None),
     t("Thank you for clarifying. So what I'm hearing is that the warranty has expired and you'd like a quote for a paid repair?"),
     c("no!! 14 months, warranty is 2 years, i wrote that", None),
     t("Great, so to summarise, you'd like to buy a new machine and need advice on models. Did I understand your needs correctly?"),
     c("forget it. i will call the shop where i bought it", None),
     t("Thank you for reaching out! Here is our catalogue of new washing machines 😊")],
))

# 27 ------------------------------------------------------------- pitch_to_upset, Illinois
o = c("Hi, um. My mom passed away on Saturday. She had her phone and internet with you guys. I need to... I guess I need to shut it off. I've got her account number here somewhere.", None)
PAIRS.append(gpair(
    "b42g_bereavement_pitch", "home phone and internet provider call centre, Springfield, Illinois, USA", "pitch_to_upset",
    "A grieving son calls his late mother's phone and internet provider a few days after her death to close her account. Spoken, phone.",
    o,
    [t("I'm so sorry about your mom. Take your time, there's no rush. If you can't find the number, her address works just as well."),
     c("It's, uh, 1418 South Glenwood. Sorry. It's been a long week.", None),
     t("That's fine, I've got it. I can close both services as of today. There's a small credit on the account, $23, which we'll send as a check to the address you give me. We'll also need a copy of the death certificate, but there's no deadline, send it whenever you have it."),
     c("Okay. Can the check come to me? I'm in Decatur.", None),
     t("Yes. Give me your address and I'll put it in your name. The equipment, the modem, you can drop at any UPS store with the prepaid label we'll email you, or just recycle it, we won't charge for it."),
     c("Thanks. I, uh, I appreciate you making this easy.", None),
     t("Of course. I'm sorry again. The confirmation will come to your email in the next hour.")],
    [t("Oh, I'm so sorry for your loss. To make this easier, did you know we can simply transfer your mom's account to your name? You'd keep the same number and I can add our Premier TV bundle with 200 channels at a special rate."),
     c("No, I don't need anything. I just want her account closed.", "no_need"),
     t("Totally understand. Many families in your situation find it comforting to keep the number. And with our Family Plus plan you'd also get unlimited mobile for your whole household, and we're waiving activation this month only."),
     c("I can't deal with this right now, I've got the funeral home at two.", "no_time"),
     t("Of course. Before I let you go, would you like a callback tomorrow to go over your options? I just want to make sure this experience meets your needs."),
     c("Just close it. Please.", None),
     t("I'll put in a request. Anything more I can do for you this afternoon?")],
))

# 28 ------------------------------------------------------------- pitch_to_upset, Serbia
o = c("I bought the package from you, Belgrade-Toronto, for my sister's wedding. The flight was cancelled, the rebooked one was the next day, and I missed the wedding. The whole thing. I want to know what you will do.", None)
PAIRS.append(gpair(
    "b42g_missedwedding_pitch", "travel agency, Belgrade, Serbia", "pitch_to_upset",
    "A woman who missed her sister's wedding in Canada after a cancelled connection comes back to the Belgrade travel agency that sold her the trip, angry and hurt. Spoken, in the office.",
    o,
    [t("I'm really sorry. Missing your sister's wedding is not something money fixes, and I won't pretend it does. Let me look at what happened with the flight first."),
     c("The Frankfurt flight. Cancelled. Nobody called me, I found out at the airport.", None),
     t("I see it: the airline cancelled it twelve hours before, for crew reasons. That means under EU rules you're owed 600 euro compensation, plus they must cover the hotel night. I can file the claim for you today, free of charge, and the unused hotel night in Toronto I'll refund from our side."),
     c("600... okay. That is at least something. How long does it take?", None),
     t("Usually six to eight weeks with this airline. I'll send you every message I get from them, so you're never guessing."),
     c("Fine. File it. And next time, I want a phone call if something changes.", None),
     t("You'll have one. I've put my own mobile number on your file.")],
    [t("Oh no, that's terrible, I understand how upsetting this is. To make sure it never happens again, I really recommend our Premium Travel Protection, it covers missed events and cancellations, only 89 euro a year."),
     c("Insurance? I bought your insurance last time, for Greece, and when I claimed it paid nothing. Nothing!", "bad_experience"),
     t("The Premium is different, it's a much better experience. And since you have family in Canada, we have a special on Air Canada direct flights for autumn, maybe you and your sister could..."),
     c("Are you listening to me? I missed the wedding. I'm not booking anything now.", None),
     t("Of course, of course. I'll just put the brochure in your bag, for when you're ready. Is there anything else I can help you with?"),
     c("Yes. The manager.", None),
     t("She's at lunch. Can I interest you in our newsletter in the meantime?")],
))

# 29 ------------------------------------------------------------- blame, Malaysia (typed)
o = c("hi my parcel arrived today and the ceramic tea set inside is broken, 4 cups smashed. it was a wedding gift for my friend 😞 tracking JN8820417MY", None)
PAIRS.append(gpair(
    "b42g_brokenparcel_blame", "parcel courier customer service chat, Johor Bahru, Malaysia", "blame",
    "A woman in Johor Bahru receives a wedding gift tea set smashed in transit and writes to the courier's chat. Typed chat.",
    o,
    [t("So sorry to hear that, especially for a wedding gift. I see JN8820417MY, it was marked FRAGILE at drop-off. Can you send photos of the box outside and the broken items?"),
     c("ok sending.. the box corner is crushed, see", None),
     t("Yes I can see the corner, that's damage in our handling. I'll open a claim now. Do you have the receipt or the price of the set?"),
     c("bought at a pottery shop in melaka, paid cash. RM180. no receipt 😕", None),
     t("That's ok, a photo of the shop's listing or a similar item price is enough. Claims up to RM200 are paid in 7 working days to your bank account. Claim no. CL-30188."),
     c("ok thank you, at least can buy another one", None),
     t("You're welcome, and congrats to your friend!")],
    [t("Hi. Was the item packed with bubble wrap? Ceramics must be packed by the sender according to our guidelines."),
     c("yes the shop wrapped it, newspaper and bubble wrap, and i wrote fragile", None),
     t("Newspaper is not proper packing material. Most damage is caused by customers' poor packaging, so this is the sender's responsibility, sorry."),
     c("but the box corner is crushed?? someone dropped it", None),
     t("Boxes are stacked during transport, that's normal. You should have bought our Protect add-on for RM8, then you'd be covered. Anything else I can help with?"),
     c("wow. ok never using you again", None),
     t("Thanks for the feedback! Your experience matters to us 🙏")],
))

# 30 ------------------------------------------------------------- blame, Ethiopia (B2B)
o = c("Selam. This is Hirut, Bishoftu Roses. Your reefer truck yesterday, the cooling stopped on the road to Bole. The roses arrived at 14 degrees. The cargo agent refused six boxes. Six boxes for Amsterdam.", None)
PAIRS.append(gpair(
    "b42g_reefertruck_blame", "refrigerated truck hire company, Bishoftu/Addis Ababa, Ethiopia (B2B)", "blame",
    "The logistics manager of a rose farm near Bishoftu calls the refrigerated-truck company after a cooling failure cost her six export boxes. Spoken, phone.",
    o,
    [t("Selam Hirut. I'm sorry. I have the temperature log from the truck here: the unit stopped at 15:40 near Dukem, and it was 2 degrees before that. So it's our unit, not your loading."),
     c("Yes. I know it's not our loading, we load in the cold room.", None),
     t("Then we pay for the six boxes at the invoice price, send me the agent's rejection note. And tomorrow's shipment: I can give you the new truck with the two-unit system, the driver has a spare compressor belt."),
     c("Tomorrow I don't want your trucks. I will use Tsehay Transport, I cannot lose Amsterdam again.", "bad_experience"),
     t("I understand. If you change your mind for next week, the first run is free and I'll put a logger on it that sends you the temperature to your phone every 10 minutes. The compensation goes through either way."),
     c("Send me the compensation paper first. Then next week we talk.", None),
     t("You'll have it by email today, before five.")],
    [t("Selam. Our units are checked every morning. Did your workers open the doors too long while loading? That's what usually causes this."),
     c("We load from the cold room, doors open five minutes. Same as always.", None),
     t("Also the roses maybe were not pre-cooled enough. If the product is warm, no reefer can bring it down, that's the farm's responsibility in our contract."),
     c("They were at 2 degrees when they left. Your driver signed the sheet.", None),
     t("The driver is not a technician. Honestly, if the cargo agent refused them, that's between you and the agent. We provided the truck as agreed. Anything further, Hirut?"),
     c("Yes. We are finished. I will tell the other farms in Bishoftu too.", None),
     t("That's your decision. Thank you for your business.")],
))
