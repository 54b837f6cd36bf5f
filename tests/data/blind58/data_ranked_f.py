"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 tyres, Dundee, Scotland - fault: drops the price before asking anything
o = c("Hiya. The garage at my MOT said my front tyres are near the limit. How much for two?", None)
b1 = t("Depends on the size and what you use the car for. What's the car, and what size is on the side of the tyre?")
w1 = t("I'll knock fifteen percent off for you straight away, we're quiet this week. What's the car, and what size is on the side of the tyre?")
b2 = c("Focus, 2016. 205/55 R16, I took a photo.", None)
w2 = c("Fifteen off what? You've not said a price. Makes me wonder what the normal price is. Anyway, Focus, 2016, 205/55 R16.", None)
s3 = t("Thanks. Do you do mostly town driving, or longer runs?")
s4 = c("Town mostly. Every other weekend I'm up the A90 to Aberdeen to see my dad.", None)
s5 = t("Then wet grip matters most. I'd go for a mid-range tyre rated A for wet braking rather than the cheapest. Here's the label on both so you can compare.")
s6 = c("The cheaper ones will do me, honestly. Money's tight this month.", "no_money")
s7 = t("Fair enough. The budget ones are legal and safe, just a bit noisier and longer to stop in the wet. I can fit them at half three today.")
PAIRS.append(rpair(
    "b58r_f01_dundee_front_tyres",
    "Tyre fitter, Dundee, Scotland. Fault in worse: offers a discount before knowing the car, the size or the price, which makes the customer suspicious of the normal price.",
    [o, b1, b2, s3, s4, s5, s6, s7],
    [o, w1, w2, s3, s4, s5, s6, s7]))

# f02 solar, Sandy Bay, Hobart, Tasmania - fault: over-promises
o = c("Hi, we've got a house in Sandy Bay, roof faces mostly south, and our power bill's about 600 a quarter. Is solar even worth it down here? People keep saying Tassie's too cloudy.", None)
s1 = t("Fair question. You get less sun than the mainland, especially in June and July, but the long summer days make up a lot. Which way does the rest of the roof face? Any north or west section?")
s2 = c("There's a small north bit over the garage, and a big west side. We both work from home, so we use a lot during the day.", None)
s3 = t("Working from home helps, you use the power as it's made. The west side plus the garage could take about 6.6 kW. Any shade from trees or the neighbours?")
s4 = c("A big gum on the west side, but only late afternoon. What would we actually save?", None)
b5 = t("Honestly, with that gum and mostly west-facing panels, I'd estimate 35 to 45 percent off your bill over a year, less in winter. I'd want to see the shade on site before giving you a firm figure.")
w5 = t("Easily your whole bill. With 6.6 kW you'll basically never pay for power again, even in winter.")
b6 = c("Forty percent's less than the ads say, but at least it's straight. What's the next step?", None)
w6 = c("Never? My sister in Kingston got solar and she still pays every winter. Sounds too good to be true.", "bad_experience")
s7 = t("A site visit. It's free and takes about an hour: I measure the roof and check the shade from the gum. Would Tuesday suit?")
PAIRS.append(rpair(
    "b58r_f02_hobart_solar_savings",
    "Solar installer, Hobart, Tasmania. Fault in worse: over-promises ('you'll never pay for power again, even in winter') on a west-facing, partly shaded roof.",
    [o, s1, s2, s3, s4, b5, b6, s7],
    [o, s1, s2, s3, s4, w5, w6, s7]))

# f03 dental lab, Laval, Quebec - fault: unexplained jargon
o = c("Bonjour, I've just opened my practice in Laval. I'm looking for a lab for crowns and maybe some implant work later. What do you need from me to get started?", None)
s1 = t("Welcome, and congratulations on the new practice. What are you working with, a scanner or conventional impressions?")
s2 = c("Impressions for now. A scanner maybe next year, when the bank loan is a bit smaller.", None)
b3 = t("No problem. Send us the impression with a bite record and the shade, and the crown comes back in about seven working days. For implants we'd also need the implant brand and the size of the part the crown sits on, so we order the right pieces.")
w3 = t("No problem. Just send the PVS with the CR bite, shade in 3D-Master, and for implants we need the platform, the connection, and whether you want a Ti-base or a custom abutment, screw- or cement-retained.")
b4 = c("Perfect, that's clear. And your price for a zirconia crown?", None)
w4 = c("Okay... sorry, I'm fresh out of school, half of that went past me. Ti-base? Can you send me something in writing?", None)
s5 = t("Of course. A monolithic zirconia crown is 165 dollars, and I'll send you a one-page guide and a starter box of bags and forms today.")
s6 = c("165 is a bit more than the lab my old clinic used. I'll try you on a couple of cases first.", "too_expensive")
s7 = t("That's the right way to start. Send the first two and I'll call you after you've seated them.")
PAIRS.append(rpair(
    "b58r_f03_laval_new_dentist_lab",
    "Dental laboratory, Laval, Quebec. Fault in worse: explains what to send in unexplained lab jargon to a dentist just out of school.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7]))

# f04 hotel laundry, Agadir, Morocco - fault: vague next step
o = c("Good morning. I manage a 60-room hotel in Agadir. Our washing machines are old and the owner is thinking to outsource the laundry. Can you give me an idea?", None)
s1 = t("Good morning, happy to. What do you wash today, only the rooms, or also the restaurant and the pool towels?")
s2 = c("Everything. Sheets, towels, pool towels, and the restaurant tablecloths. In summer we are full, in winter maybe 50 percent.", None)
s3 = t("So volumes change a lot with the season. We charge per kilo, so you pay for what you send: 9 dirhams a kilo for flat linen, 11 for towels, with daily pickup. To give you a real monthly figure I need your kilos. Do you have an idea?")
s4 = c("Maybe 300 kilos a day in summer, I'm not sure. The owner will want the monthly cost, he's careful with money. What happens next?", None)
b5 = t("Let's measure instead of guessing. I'll bring a scale on Monday, your staff weighs the linen for a week, and by Wednesday the 14th you'll have a written offer with a summer and a winter figure for the owner. I'll call you Friday to confirm Monday.")
w5 = t("We'll look at it on our side and get back to you with something. Someone from the office will be in touch.")
b6 = c("Good, Monday works. I'll tell the owner.", None)
w6 = c("In touch when? The owner wants an answer this month. I'll ask the other laundry for a price too.", "think_it_over")
PAIRS.append(rpair(
    "b58r_f04_agadir_hotel_laundry",
    "Commercial laundry, Agadir, Morocco. Fault in worse: ends with a vague next step ('someone will be in touch') instead of a dated plan to weigh the linen and deliver a written offer.",
    [o, s1, s2, s3, s4, b5, b6],
    [o, s1, s2, s3, s4, w5, w6]))

# f05 vet, Concepcion, Chile - fault: an unasked lecture
o = c("Hola, good afternoon. My dog Toby, a labrador, is limping on the back leg since yesterday. He jumped out of the car.", None)
s1 = t("Good afternoon. Poor Toby. Does he put any weight on the leg at all, or does he hold it up completely?")
s2 = c("He touches the floor but mostly walks on three legs. He's seven, and, well, a bit chubby, 42 kilos.", None)
b3 = t("Thank you. A jump from the car and then not wanting to use a back leg, in a labrador his age we check the knee ligament first. I'd like to see him today. Can you come at five?")
w3 = t("Forty-two kilos is a lot for a lab, he should be nearer 32. You really need to cut his food by a third and stop the treats, overweight dogs live two years less on average. Can you come at five?")
b4 = c("Yes, five is fine.", None)
w4 = c("I know he's fat, my wife tells me every day. I called about the leg. Yes, five.", None)
s5 = t("Understood. When you come, don't let him jump in or out of the car, lift him under the chest and the back end. The consultation is 25,000 pesos. If he needs an X-ray that's 40,000 more, and we'll tell you before we do it.")
s6 = c("If it ends in surgery, I don't know if we can pay that, honestly. But let's see first.", "no_money")
s7 = t("Let's see first, many ligament injuries are partial. If surgery is needed, we'll go through the options and costs with you, including paying in instalments.")
PAIRS.append(rpair(
    "b58r_f05_concepcion_vet_limping_lab",
    "Veterinary clinic, Concepción, Chile. Fault in worse: an unasked lecture about the dog's weight when the owner called about a sudden limp.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7]))

# f06 hosting, Ho Chi Minh City, Vietnam (typed chat) - fault: recommends before asking
o = c("hi, we are ecommerce shop in saigon, selling cosmetics. we want to move our website from shared hosting because it's slow during sales", None)
s1 = t("hi! sure. which platform is the site on, wordpress/woocommerce, magento, something else?")
s2 = c("woocommerce", None)
b3 = t("and how many visitors on a normal day vs a sale day like 11.11? when it's slow, is it errors or just slow pages?")
w3 = t("ok then you need our dedicated server, 16 cores 64GB RAM, 4.5 million/month. it handles any sale")
b4 = c("normal 2000 visitors, 11.11 maybe 30,000. pages very slow, checkout timeout", None)
w4 = c("4.5 million?? we pay 300k now. you dont even ask how big we are. 2000 visitors normal day, 30k on 11.11", "too_expensive")
s5 = t("thanks. for woocommerce at that size the bottleneck is usually php workers and the database, not raw cpu. a managed wordpress vps with page cache is 890k/month, and we can double it just for sale week for 400k extra. want a free staging copy to test before 12.12?")
s6 = c("890k is still 3 times what we pay. i need to ask my boss", "think_it_over")
s7 = t("makes sense. i'll set up the staging copy free this week, so you can show your boss the speed before paying anything")
PAIRS.append(rpair(
    "b58r_f06_saigon_woocommerce_hosting",
    "Cloud hosting, Ho Chi Minh City, Vietnam. Fault in worse: recommends an expensive dedicated server before asking about traffic or what 'slow' means.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7]))

# f07 funeral services, Kumasi, Ghana - fault: talks about themselves
o = c("Good evening. My uncle passed on Tuesday in Takoradi. The family wants the funeral in Kumasi, his hometown, in about four weeks. We need someone to keep the body and transport it.", None)
s1 = t("Good evening, and my condolences to you and the family. Is he still at the hospital in Takoradi now?")
s2 = c("Yes, at the hospital mortuary. They say we should move him soon because of space.", None)
b3 = t("Then we can collect him this week. Is the family planning a wake-keeping on the Friday night, and the burial on the Saturday?")
w3 = t("We can collect him. You know, I've been in this business twenty-two years, my father started it. We've buried chiefs, even a minister. Last month I personally handled a big man's funeral in Asokwa, over 2,000 people came.")
b4 = c("Wake-keeping on Friday, burial Saturday and thanksgiving on Sunday. The family is large.", None)
w4 = c("Okay... that's good for you. But I'm asking about my uncle. Can you keep him four weeks?", None)
s5 = t("We'll keep him at our mortuary in Kumasi until the funeral date. Collection from Takoradi to Kumasi is 2,800 cedis, and storage is 120 a day. I'll give you a written list of everything so the elders can look at it together.")
s6 = c("The storage for four weeks adds up. Some of the family will say it's too much.", "too_expensive")
s7 = t("I understand. If the date is fixed sooner, the storage is less. Please share the list with the elders, and I can come to the family meeting on Sunday to answer questions, if that helps.")
PAIRS.append(rpair(
    "b58r_f07_kumasi_funeral_transfer",
    "Funeral services, Kumasi, Ghana. Fault in worse: the trainee talks about his own firm's history and famous funerals instead of the family's plans.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7]))

# f08 courier, El Paso, Texas - fault: doubts the customer's honesty
o = c("Hi, my package shows delivered yesterday at 2:14 pm but I never got it. I was home all day working. It's a laptop for my daughter's school.", None)
s1 = t("I'm sorry, that's stressful, especially with a laptop. Can you give me the tracking number?")
s2 = c("It ends 0045. Apartment 12B, on Montana Avenue.", None)
b3 = t("Thanks. That's frustrating when you were right there. Let me look at the driver's records, not just the scan.")
w3 = t("I see it scanned as delivered at 2:14 at your building. Are you sure nobody in the household picked it up? We see a lot of claims where the package was actually received.")
b4 = c("Please. It was 900 dollars, I can't just buy another one.", None)
w4 = c("Excuse me? It's me and my daughter, and she was at school. Are you calling me a liar?", None)
s5 = t("Let me check the driver's GPS... the van stopped at a building two blocks east at 2:14, so it may have been left there. I'm opening a trace and sending the driver back today. If it isn't found in 48 hours, we file a claim with the shipper for a replacement.")
s6 = c("Okay. Please call me when the driver goes, I can walk over there myself.", None)
s7 = t("I'll call you before 5 today with what the driver finds.")
PAIRS.append(rpair(
    "b58r_f08_el_paso_missing_laptop",
    "Parcel carrier, El Paso, Texas. Fault in worse: suggests the customer or her household received the parcel before checking the driver's GPS.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7]))

# f09 coworking, Warsaw, Poland - fault: argues with the customer
o = c("Hi, I'm a member here, hot desk. The wifi dropped on me three times today during calls. This isn't the first week.", None)
s1 = t("Sorry about that, it's the worst when you're on a call. Which area were you sitting in, and roughly what times did it drop?")
s2 = c("Back corner by the kitchen. 10:05, 11:40 and just now. My membership renews on the first and honestly, after this month, I'm not sure I'll stay.", "bad_experience")
b3 = t("That corner is the farthest from the access point, and you're right, it's not good enough. I'll have IT check the logs for those three times today.")
w3 = t("That's odd, our connection is 1 gigabit and nobody else has complained. It's probably your laptop, a lot of laptops struggle with our network.")
b4 = c("Thanks. I'd rather stay, to be honest, I like the place.", None)
w4 = c("My laptop is six months old and works fine at home. Don't tell me it's my laptop.", None)
s5 = t("Until it's fixed, the window desks on the other side have the strongest signal, and there's a wired port at desk 14. I'll reserve it for you at no extra cost through the end of the month.")
s6 = c("Okay. If it's still dropping by the first, I'm not renewing.", "think_it_over")
s7 = t("Fair. I'll message you Thursday with what IT finds, and if it's our access point, you get a week free for the trouble.")
PAIRS.append(rpair(
    "b58r_f09_warsaw_coworking_wifi",
    "Coworking space, Warsaw, Poland. Fault in worse: argues that the member's laptop is to blame instead of taking the drop-outs seriously.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7]))

# f10 German for nurses, Ernakulam, Kerala - fault: closes before checking the thing works
o = c("Hello, I'm a staff nurse in Ernakulam. I want to go to Germany, they need B2 German. I can only do online because of night duty. Do you have online classes?", None)
s1 = t("Hello! Yes, we run online A1 to B2. Which days and times could you attend, with your night duty?")
s2 = c("My duty changes every week. Mostly I can do mornings after 10, after sleeping a bit.", None)
s3 = t("We have a live online batch at 10:30 am, Monday to Friday, 90 minutes, and if you miss one the recording is there. A1 to B2 takes about ten months, 85,000 rupees in total, and you can pay level by level.")
s4 = c("Paying per level is good. But our house internet is not so good, I use phone data mostly.", None)
b5 = t("Then let's check before you pay anything. Join tomorrow's 10:30 class free as a trial, on your phone data, and see if the video and sound hold for 90 minutes. If it's too heavy, there's a low-bandwidth mode we can switch on.")
w5 = t("No problem, it works on phone. I'll send the payment link for A1 now, 18,000, and you can start Monday.")
b6 = c("Yes, let me try tomorrow. Then I'll pay.", None)
w6 = c("Wait, what if it keeps cutting? Last year I paid for an online IELTS course and the video never loaded on my phone.", "bad_experience")
PAIRS.append(rpair(
    "b58r_f10_ernakulam_online_german",
    "Language school, Ernakulam, Kerala. Fault in worse: sends the payment link before checking that live classes work on the nurse's phone data.",
    [o, s1, s2, s3, s4, b5, b6],
    [o, s1, s2, s3, s4, w5, w6]))
