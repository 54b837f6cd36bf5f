"""blind115 gaming pairs, part c (kinds 11-15)."""
from common import c, gpair, t

PAIRS = []

o = c("good evening. i want inverter for 3 bedroom flat. light is bad in our area", None)
PAIRS.append(gpair(
    "b115g_ng_inverter_flat", "inverter and solar installer, WhatsApp (Abuja, NG)", "ignored_customer",
    "A landlord in Abuja wants backup power for a 3-bedroom flat where grid supply is poor.",
    [o,
     t("Good evening sir. What do you want running when there's no light: fans, fridge, AC, pumping machine?"),
     c("fridge, fans, tv, lights. no ac. the borehole pump if possible", None),
     t("The pump is the heavy one. How many hours of grid light do you get a day, and is there a budget?"),
     c("maybe 6 hours. and i dont want to pass 1.5m", None),
     t("With 6 hours to charge, a 5kVA inverter and 4 batteries carries fridge, fans, TV and lights through the night, about 1.3m. The pump needs panels, about 1.9m total. You could start without panels and add them later."),
     c("ok without panels for now. can your engineer see the place first", None),
     t("Yes, the site visit is free. Saturday 10am? He'll check the pump before we confirm the price.")],
    [o,
     t("Good evening sir! Tell me, what appliances do you need to power?"),
     c("fridge, fans, tv, lights. and the borehole pump if possible", None),
     t("Great. And what's your budget, so I understand your needs?"),
     c("not more than 1.5m. light is about 6 hours a day here", None),
     t("Perfect. I'd recommend our 10kVA hybrid, 8 panels and 8 lithium batteries, it can even run 2 ACs. 4.2m installed."),
     c("i said no ac and 1.5m. 4.2m is far from my budget", "no_money"),
     t("Understood. The 10kVA really suits your lifestyle, you'll never see darkness again. Can we come Monday to install?"),
     c("no. let me find someone who listens", None)]))

o = c("hi po reorder my papa's maintenance, same as last month pero his doctor changed the losartan to 100mg", None)
PAIRS.append(gpair(
    "b115g_ph_papa_meds", "online pharmacy, app chat (Caloocan, PH)", "ignored_customer",
    "A daughter in Caloocan reorders her father's maintenance medicines after a dose change.",
    [o,
     t("Hi po! Noted, Losartan now 100mg. Can you upload the new prescription for the pharmacist?"),
     c("ok uploading. also he has a hard time swallowing big tablets", None),
     t("Received. The 100mg tablet is bigger; some brands can be split if the doctor allows. I'll ask our pharmacist which one is scored. Same Metformin and Amlodipine?"),
     c("yes same. can it arrive before friday, he only has 3 days left", None),
     t("Yes, Thursday delivery. Total is 1,860 with the new dose. I'll confirm the brand with you within the hour, okay po?"),
     c("ok po salamat", None)],
    [o,
     t("Hi po! Happy to help with your papa's needs. Did anything change since the last order?"),
     c("yes losartan is now 100mg. and he has hard time swallowing big tablets", None),
     t("Got it po! I've repeated your last order: Losartan 50mg, Metformin, Amlodipine. Total 1,540. COD or GCash?"),
     c("no po 100mg na. i said it changed", None),
     t("Noted po. We also have senior vitamins, buy 2 take 1 this month. Anything else for your papa's wellness?"),
     c("no need for vitamins. pls just fix the losartan. and will it arrive before friday", "no_need"),
     t("Standard delivery is 3-5 days po. How satisfied are you with our service today?"),
     c("not satisfied. ill buy at the drugstore near us", None)]))

o = c("hi does your travel insurance cover skiing? going hokkaido dec 18-26", None)
PAIRS.append(gpair(
    "b115g_sg_ski_insurance", "travel insurer, web chat (Singapore)", "repeated_questions",
    "A first-time skier in Singapore asks whether the travel policy covers skiing in Hokkaido.",
    [o,
     t("Hi! Skiing is covered on Plus and Max, not Basic. Marked slopes only, or off-piste too?"),
     c("marked slopes only. first time skiing actually", None),
     t("Then Plus covers ski injuries, rescue and rented gear on marked slopes. For 9 days in Japan it's 78. Anyone going with you?"),
     c("my wife. but she wont ski, onsen and shopping only haha", None),
     t("Couple policy on Plus is 138. Or you on Plus at 78 and her on Basic at 42, 120 total, she still has medical and luggage cover. Want both quotes?"),
     c("the 120 one. send pls, i buy tonight", None)],
    [o,
     t("Hi! Thanks for reaching out. To understand your needs, what activities are you planning?"),
     c("skiing. marked slopes. first time", None),
     t("Great! And just so I understand your trip experience, will there be any sports or adventure activities?"),
     c("yes skiing. i just said", None),
     t("Noted! And what are you hoping to do in Hokkaido, anything active?"),
     c("SKIING. does it cover or not", None),
     t("Perfect. Could you share what activities you'll be doing, so I can find the right plan for your needs?"),
     c("forget it. ill buy from the airline when i book", None)]))

o = c("hi. i have moved to ruaka, near the petrol station. do you cover there", None)
PAIRS.append(gpair(
    "b115g_ke_ruaka_fibre", "home fibre ISP, WhatsApp sales (Ruaka, KE)", "repeated_questions",
    "A young accountant who works from home asks a fibre provider about installation in Ruaka.",
    [o,
     t("Hi, welcome to Ruaka! We cover most of that side. Which apartment? And do you work from home?"),
     c("greenview apartments, block c. yes wfh 3 days a week, lots of zoom", None),
     t("Greenview is already connected, installation in 2-3 days. For Zoom and normal streaming, 20Mbps at 3,999 a month is enough if you live alone."),
     c("im alone. but my old provider went off every time it rained. i suffered", "bad_experience"),
     t("That's a fair worry. Ours is fibre into the building, rain doesn't hit it like wireless. Outages still happen, and we credit you for days off. No contract, so if it's bad you leave."),
     c("ok that sounds better. book me thursday", None)],
    [o,
     t("Hi! Thanks for choosing us. Where exactly are you located?"),
     c("ruaka, greenview apartments near the petrol station", None),
     t("Great. And which area would we be installing in?"),
     c("ruaka. greenview. i just said", None),
     t("Sorry! And what will you use the internet for, so I understand your needs?"),
     c("wfh, zoom. so do you cover greenview or not", None),
     t("Noted. So how do you mostly use the internet day to day?"),
     c("bro. i have said zoom. i will just get a mifi", None)]))

o = c("hi how can i send money monthly to my biyenan? she has no bank and no smartphone", None)
PAIRS.append(gpair(
    "b115g_ph_cash_pickup", "remittance and e-wallet app, chat support (Iloilo, PH)", "wrong_paraphrase",
    "A seafarer's wife in Iloilo wants a monthly cash allowance to reach her mother-in-law.",
    [o,
     t("Hi! We can do that. Is there a pawnshop or remittance outlet near her, and does she have a valid ID?"),
     c("pawnshop in the town center, 15 min by tricycle. she has senior citizen id", None),
     t("Senior ID is accepted. You send from the app for cash pickup there; she shows her ID and a reference number. I can set it as a monthly schedule. How much and what date?"),
     c("5000 every 15th. how much the fee", None),
     t("75 for 5,000. The reference goes by SMS to her basic phone and to you in case she loses it. Set up the first one for the 15th?"),
     c("75 every month hmm. ok go, cheaper than the bank anyway", None)],
    [o,
     t("Hi! So to play back what I'm hearing: you want to open a bank account for your mother-in-law, correct?"),
     c("no, she has no bank. i want cash pickup", None),
     t("Got it! So you're saying she'd like a smartphone so she can use our e-wallet, is that right?"),
     c("no she doesnt want a smartphone. shes 74", "no_need"),
     t("Understood! So she's comfortable with tech but needs a little support, so our e-wallet with a free tutorial is perfect. Did I get that right?"),
     c("youre not listening. cash pickup, monthly, pawnshop", None),
     t("Perfect, so you want to send a one-time amount today by e-wallet transfer. Shall I proceed?"),
     c("no. ill go to the pawnshop myself", None)]))

o = c("hello the agbada i ordered for my husband is too small. i want XL. the wedding is next saturday", None)
PAIRS.append(gpair(
    "b115g_ng_agbada_size", "online fashion store, Instagram DM (Lagos, NG)", "wrong_paraphrase",
    "A customer in Lagos needs a bigger agbada for her husband before a wedding in nine days.",
    [o,
     t("Hello ma, sorry it didn't fit. XL is in stock in the same colour. Was it tight in the chest, length, or both?"),
     c("chest and arms. length ok", None),
     t("Then XL is right, about 4 inches more at the chest, wider sleeves, same length. Our rider can swap at your door. Still Surulere?"),
     c("yes surulere. how much for the delivery", None),
     t("Free, since it's within 14 days. Earliest is Wednesday, well before Saturday. Keep the tags on the small one."),
     c("wednesday is ok. thank you jare", None)],
    [o,
     t("Hello ma! So what I'm hearing is you're not happy with the quality and want a refund, correct?"),
     c("no o. quality is fine. i want bigger size, XL", None),
     t("I understand! So you'd like to upgrade to our premium lace agbada for the wedding, is that right? It's 65,000."),
     c("i never said that. the one i have is fine, just the size", "no_need"),
     t("Noted! So to confirm: you'll return it and order the premium one in XL. Did I understand you correctly?"),
     c("no. exchange small for XL. same one. is that hard", None),
     t("Got it, thanks for clarifying! So you're not in a hurry, and the standard 10-14 day exchange is fine?"),
     c("the wedding is saturday!! forget it, refund my money", None)]))

o = c("hello. my father passed away last week. how do i close his line and get the money in his mpesa", None)
PAIRS.append(gpair(
    "b115g_ke_late_father_line", "mobile network and mobile money care chat (Eldoret, KE)", "pitch_to_upset",
    "A man in Eldoret wants to close his late father's line and recover the mobile money balance.",
    [o,
     t("I'm very sorry for your loss. I'll take you through it, it's not complicated. Are you the next of kin handling his affairs?"),
     c("im the first son. my mother asked me to do it", None),
     t("You'll need the burial permit or death certificate and your ID; above 50,000 we also need a letter from the chief. Roughly how much is there?"),
     c("around 30,000. we need it for the funeral costs", None),
     t("Then permit and ID are enough. Any of our shops will move the balance to your number the same day. If your mother wants to keep his number, we can move it to her name instead of closing it."),
     c("ah she might like that, she still calls it. let me ask her", "think_it_over")],
    [o,
     t("Sorry for your loss. While I have you, did you know you can move his line to your name and join our Family Bundle, 5 lines with shared data for 2,999?"),
     c("i dont want a bundle. i want to close the line and get his money for the funeral", "no_need"),
     t("I understand, this is a hard time and family needs to stay connected. That's exactly why the Family Bundle helps, lots of calls for the funeral arrangements."),
     c("please. just tell me what documents", None),
     t("Of course. Death certificate and ID at the shop. While there, ask about raising your overdraft limit, many families use it for funeral costs. How satisfied are you with our support today?"),
     c("this is not ok. i lost my father and you are selling to me", None)]))

o = c("my daughter birthday party is TONIGHT and the present i ordered 10 days ago still not here. tracking stuck since monday", None)
PAIRS.append(gpair(
    "b115g_sg_birthday_parcel", "online toy store, live chat (Sengkang, SG)", "pitch_to_upset",
    "A father in Sengkang: his daughter's birthday present has not arrived and the party is tonight.",
    [o,
     t("I'm really sorry, that's the worst timing. Let me check with the courier now. Order number?"),
     c("SG-77120. the lego set", None),
     t("It's stuck at the courier's hub, a missed scan, it won't reach you tonight that way. Either we refund now and you buy in a store, or I send a same-day rider from our Ubi warehouse by 6pm. Which helps more?"),
     c("party at 7. 6pm sure or not? dont want to promise her then nothing", None),
     t("Warehouse has it and the rider is booked, ETA 5:30-6pm, I'll send his live tracking. The stuck parcel we cancel, no delivery charge."),
     c("ok thanks. really hope it comes", None)],
    [o,
     t("Oh no, sorry to hear! While I check, did you know about our Birthday Club? 10% off every order and free delivery for 19.90 a year."),
     c("i dont care about any club. where is my parcel", "no_need"),
     t("Totally understand your frustration! It's stuck at the hub. To make up for it, how about a party pack for tonight? Balloons and hats, 15% off."),
     c("are you serious? the present is the problem. can it come tonight or not", None),
     t("I hear you. Standard delivery is 1-2 days from now. But our express membership makes sure this never happens again. Shall I sign you up?"),
     c("no. cancel the order, ill go to the mall myself", None)]))

o = c("our pos terminal keep declining cards since morning. customers are leaving. 2nd time this month", None)
PAIRS.append(gpair(
    "b115g_ng_supermarket_pos", "POS terminal provider, merchant support (Ikeja, NG)", "blame",
    "A supermarket owner in Ikeja: the card terminal keeps failing during the morning rush.",
    [o,
     t("I'm sorry, that's costing you sales. What does the screen say, something like 'issuer inoperative' or 'host not responding'?"),
     c("host not responding. sometimes it works if we try 3 times", None),
     t("That points to the network, not the cards. The terminal is on its SIM, and that network is weak around you today. I can switch it to your shop wifi remotely. Do you have wifi?"),
     c("yes we have wifi. i can send the password", None),
     t("Send it here and keep the terminal on, I'll switch it and run a test. Since it's twice this month, I'm also requesting a dual-SIM terminal for you at no cost."),
     c("ok sending. but if it happens again i will change provider o", "bad_experience")],
    [o,
     t("Hello ma, I understand your experience. Have you kept the terminal charged and near the router like the manual says?"),
     c("it is charged. its on the counter where its always been", None),
     t("I see. Declines usually happen when cashiers insert cards wrongly or customers have no money. Were your staff trained properly?"),
     c("the customers have money. it says host not responding", None),
     t("Then it's your area's network, which we don't control. You chose the SIM version when you signed up. Did I understand you correctly?"),
     c("i chose what your agent told me. im calling my account officer", None)]))

o = c("hi our payout for last week still not in the bank. usually every tuesday. today is friday", None)
PAIRS.append(gpair(
    "b115g_ph_merchant_payout", "food delivery platform, merchant support (San Fernando, Pampanga, PH)", "blame",
    "A milk-tea shop owner in Pampanga has not received last week's payout from a delivery platform.",
    [o,
     t("Hi, sorry for the delay, I know payouts pay for your supplies. Can you confirm the store name?"),
     c("Brewtiful Milk Tea, San Fernando branch", None),
     t("The bank returned the payout because the account name didn't match ours. Did the business name change recently?"),
     c("ah yes we updated our DTI name last month. i updated it in the app din", None),
     t("The app update didn't carry over to payouts, that's on our system. I'm correcting it and re-sending; normally it lands Monday."),
     c("monday is long po, supplier needs payment tomorrow", None),
     t("Then I'll request an express re-send today; if approved it lands by 6pm. I'll message you by 3pm either way.")],
    [o,
     t("Hi! Thanks for reaching out, we value our relationship. Did you check if you entered your bank details correctly?"),
     c("we never had a problem until this week", None),
     t("The account name doesn't match. Why would you change your business name without telling payouts?"),
     c("i updated it in the app. the app allowed it", None),
     t("The app is for display only. Payouts is a separate form, it's in the merchant guide. So this is really on your side, did I understand correctly?"),
     c("so what now. supplier needs payment tomorrow", None),
     t("Fill the form and wait for the next cycle, Tuesday. Please read the guide next time so this doesn't happen."),
     c("tuesday?? 2 years with you and this. we will look at the other app", None)]))
