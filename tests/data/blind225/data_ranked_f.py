"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it (written by hand)."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- f01 fault: argues with the customer
C1 = c("Hello. Our flat is big, an old building, and the Wi-Fi doesn't reach the bedrooms. I want something to fix it, but not the TP-Link mesh, we had it in our old flat and it kept disconnecting.", "bad_experience")
T1 = t("Noted. How many rooms, and where is the router now?")
C2 = c("Five rooms. The router is at the entrance, the bedrooms are at the far end past the kitchen. The walls are thick, the building is from the fifties.", None)
T2_GOOD = t("Old walls like that are hard for any wireless system, so your trouble with the TP-Link makes sense, and I won't push that brand on you. Is there an old phone line or any cable running towards the bedrooms? Wiring even one unit is the most stable.")
T2_BAD = t("Honestly, TP-Link mesh is excellent, it's our best seller. If it kept disconnecting, it was set up wrong, not the product. Is there an old phone line or any cable running towards the bedrooms?")
C3_GOOD = c("Yes, there's an old phone socket in the corridor by the bedrooms.", None)
C3_BAD = c("The TP-Link technician set it up himself, so no, it was not set up wrong. It dropped every evening for a year. But yes, there's an old phone socket in the corridor by the bedrooms.", "bad_experience")
T3 = t("Then we can carry one unit's connection over that phone line with a powerline adapter, and the second unit in the bedroom corridor gets a strong signal. This Netgear two-pack with the adapter is 9,800 pounds.")
C4 = c("Okay. Can someone come on Sunday to set it up?", None)
T4 = t("Sunday at eleven. He'll test the signal in every bedroom before he leaves.")
PAIRS.append(rpair(
    "b225r_f01_zamalek_flat_mesh",
    "A family in an old Zamalek, Cairo building wants Wi-Fi in the far bedrooms, and not the brand that failed them before.",
    better=[C1, T1, C2, T2_GOOD, C3_GOOD, T3, C4, T4],
    worse=[C1, T1, C2, T2_BAD, C3_BAD, T3, C4, T4],
))

# ---------------------------------------------------------------- f02 fault: doubts the customer's honesty
C1 = c("Hi, my daughter's phone won't turn on since this morning. It was charging overnight, then nothing. She needs it for school, she's in grade 11.", None)
T1 = t("Let me take a look. Does it show anything when you plug it in - a light, a vibration?")
C2 = c("Nothing at all. It's only one year old. And before you ask, it didn't get wet, it was on her desk the whole night.", None)
T2_GOOD = t("Thanks, that narrows it down. A phone that dies while charging overnight is often the charger or the battery, not the phone itself. Which charger was she using?")
T2_BAD = t("Hmm, are you sure? Parents often don't know what the kids do with their phones. I'll have to check the water sticker first. Which charger was she using?")
C3_GOOD = c("A cheap one from the tiangge. The original one broke.", None)
C3_BAD = c("I'm sure, I was there, I'm not lying to you. Check whatever you want. It was a cheap one from the tiangge, the original one broke.", None)
T3 = t("Cheap chargers can damage the charging chip. I'll test it with our charger and battery tester, ten minutes, no charge for checking. If it's the battery, it's 1,500 and takes an hour. If it's the charging chip, 2,200 and ready tomorrow.")
C4 = c("2,200 is a lot... but she really needs it. Check it first, then I'll decide.", "think_it_over")
T4 = t("Ten minutes. And whatever it turns out to be, get her an original charger, or this could happen again.")
PAIRS.append(rpair(
    "b225r_f02_davao_daughter_phone",
    "A father in Davao brings in his daughter's phone that died while charging overnight.",
    better=[C1, T1, C2, T2_GOOD, C3_GOOD, T3, C4, T4],
    worse=[C1, T1, C2, T2_BAD, C3_BAD, T3, C4, T4],
))

# ---------------------------------------------------------------- f03 fault: drops the price before asking anything
C1 = c("Hello, I have a small clothes shop in Liberty Market. I'm looking at billing software. What does yours cost?", None)
T1_GOOD = t("Our shop plan is 3,000 a month. Before you decide anything, how do you bill now, and what's going wrong with it?")
T1_BAD = t("It's 3,000 a month, but for you I can do 2,000 straight away, thirty percent off. How do you bill now, and what's going wrong with it?")
C2_GOOD = c("Handwritten bills. At Eid it's total chaos, and I never know which sizes are finished until a customer asks for one.", None)
C2_BAD = c("Thirty percent off before I said one word? Then what is the real price? ... Anyway. Handwritten bills. At Eid it's total chaos, and I never know which sizes are finished until a customer asks for one.", None)
T2 = t("So billing speed at Eid, and knowing your stock by size. The system tracks every piece by size and colour and warns you when a size is running low. You enter your stock once, and we help you with that.")
C3 = c("How long to enter everything? I have maybe 800 pieces.", None)
T3 = t("With barcode labels, two people can do it in two days. I can show you on a demo tablet right now, fifteen minutes.")
C4 = c("Okay, show me. But I'm not signing anything today, I will discuss with my husband.", "think_it_over")
T4 = t("No problem at all. Watch the demo, and take the details home to discuss.")
PAIRS.append(rpair(
    "b225r_f03_lahore_boutique_billing",
    "A boutique owner in Liberty Market, Lahore asks the price of billing software.",
    better=[C1, T1_GOOD, C2_GOOD, T2, C3, T3, C4, T4],
    worse=[C1, T1_BAD, C2_BAD, T2, C3, T3, C4, T4],
))

# ---------------------------------------------------------------- f04 fault: an unasked lecture
C1 = c("Hi, have you got ink for an HP DeskJet 2720? The black one. I've got a dissertation draft to print by Friday.", None)
T1 = t("Yes, that's the 305. Standard is £13, the XL is £24 and lasts about three times longer. How much are you printing?")
C2 = c("The draft's about 60 pages, plus readings now and then. I'm a bit skint till my loan comes in, to be honest.", "no_money")
T2_GOOD = t("Then the standard black will just about do the draft, maybe not the readings as well. If you'll keep printing after Friday, the XL works out cheaper per page.")
T2_BAD = t("Honestly, students waste so much ink printing readings they never read. You should read on screen, it's better for the planet and your wallet. Anyway, the standard will just about do the draft, and the XL works out cheaper per page.")
C3_GOOD = c("I'll be printing loads more before the final hand-in. I'll take the XL then, cheaper in the end.", None)
C3_BAD = c("Um, okay, I didn't ask about that, but... I'll be printing loads more before the final hand-in. I'll take the XL then.", None)
T3 = t("Fair enough. Also, the uni library prints at 5p a page black and white, if you ever run out late at night.")
C4 = c("Oh, I didn't know that. Is card okay?", None)
T4 = t("Card's fine. Good luck with the dissertation.")
PAIRS.append(rpair(
    "b225r_f04_whitechapel_student_ink",
    "A Filipino master's student in Whitechapel, London buys black ink before a dissertation deadline.",
    better=[C1, T1, C2, T2_GOOD, C3_GOOD, T3, C4, T4],
    worse=[C1, T1, C2, T2_BAD, C3_BAD, T3, C4, T4],
))

# ---------------------------------------------------------------- f05 fault: a vague next step
C1 = c("Hello, your technician came to our house on Tuesday and measured for the alarm. We haven't heard anything since. What's happening?", None)
T1 = t("Sorry for the silence. Let me pull up your file... yes, Gulshan-e-Iqbal, block 13. The survey recommends five door and window sensors, two motion sensors and a siren. The quote is 68,000 installed.")
C2 = c("68,000. Hmm. My neighbour got something for 45.", "too_expensive")
T2 = t("That's possible - cheaper kits often have fewer sensors or no backup battery. Do you know what his includes? If you send me his quote, I'll compare them honestly, line by line.")
C3 = c("I'll ask him for it. Then what happens?", None)
T3_GOOD = t("Send it on WhatsApp to this number. I'll reply with the comparison by Saturday evening, and if you go ahead, installation can be the Tuesday after, it takes one day.")
T3_BAD = t("Once you send it, we'll look at it and get back to you at some point.")
C4_GOOD = c("Okay, Saturday. I'll send it tonight.", None)
C4_BAD = c("At some point? That's what happened after the survey. I'll send it, but I'm calling the other company as well.", "think_it_over")
T4 = t("Thank you. I'm Ayesha, and this is my direct line if you need anything.")
PAIRS.append(rpair(
    "b225r_f05_karachi_alarm_quote",
    "A householder in Gulshan-e-Iqbal, Karachi chases an alarm quote nobody sent after the survey.",
    better=[C1, T1, C2, T2, C3, T3_GOOD, C4_GOOD, T4],
    worse=[C1, T1, C2, T2, C3, T3_BAD, C4_BAD, T4],
))

# ---------------------------------------------------------------- f06 fault: over-promises
C1 = c("Good day. Our Meralco bill is around 6,500 a month. We have a small house in Marikina. Is solar worth it for us?", None)
T1 = t("It can be. Who's at home in the daytime, and what uses the most power?")
C2 = c("My mother-in-law is home during the day, she watches TV. The aircon runs at night when we sleep, and the ref of course.", None)
T2 = t("So most of your use is at night, when panels produce nothing. Without a battery, a 3 kW system would save you around 2,000 a month from the daytime part. With a battery to cover the night aircon, it's about double the price.")
C3 = c("Double? Batteries are so expensive. How much are we talking?", "too_expensive")
T3_GOOD = t("About 150,000 without a battery, about 320,000 with. Honestly, with most of your use at night, expect the bill to drop, not to disappear.")
T3_BAD = t("About 150,000 without a battery, about 320,000 with. And with the battery I guarantee you'll never pay Meralco again, zero bill from day one.")
C4_GOOD = c("Thank you for being honest. We'll think about the smaller one first.", "think_it_over")
C4_BAD = c("Zero? My cousin has solar with a battery and he still pays Meralco every month. I think we'll look around more.", "think_it_over")
T4 = t("I'll email you the figures for both options so you can compare.")
PAIRS.append(rpair(
    "b225r_f06_marikina_night_solar",
    "A family in Marikina who use most of their power at night ask whether solar is worth it.",
    better=[C1, T1, C2, T2, C3, T3_GOOD, C4_GOOD, T4],
    worse=[C1, T1, C2, T2, C3, T3_BAD, C4_BAD, T4],
))

# ---------------------------------------------------------------- f07 fault: closes before checking the thing works
C1 = c("Good evening, I'm here to collect my laptop. You reinstalled Windows because of the virus.", None)
T1 = t("Good evening. Yes, it's ready. We reinstalled Windows, removed the virus and copied your documents back from the backup. It's 600 with the backup.")
C2 = c("600? On the phone they said 450... okay. But my project files are there? The Excel sheets for my thesis, that's the important thing.", "too_expensive")
T2_GOOD = t("450 was Windows alone, the 150 is the backup and copying your files back. Let's check they're all there before you pay - open Documents, then the Thesis folder, and open one of the Excel files.")
T2_BAD = t("450 was Windows alone, the 150 is the backup. And yes, everything's there. Cash or InstaPay?")
C3_GOOD = c("It opens... but wait, the newest one is missing, from last week. Thesis_final_v3.", None)
C3_BAD = c("Let me look first... wait, I can't find the newest one, from last week. Thesis_final_v3. And you wanted me to pay already?", None)
T3 = t("Let me check the backup drive... here it is. It was on the desktop, not in Documents, so it wasn't copied back. I'm copying it now.")
C4 = c("Yes, that's it. That's the file.", None)
T4 = t("Good. Put a copy on a flash drive tonight as well. Since we missed it, I'll do it for 450 today.")
PAIRS.append(rpair(
    "b225r_f07_alexandria_thesis_laptop",
    "A student in Alexandria collects a laptop after a virus clean-up and Windows reinstall.",
    better=[C1, T1, C2, T2_GOOD, C3_GOOD, T3, C4, T4],
    worse=[C1, T1, C2, T2_BAD, C3_BAD, T3, C4, T4],
))

# ---------------------------------------------------------------- f08 fault: recommends before asking
C1 = c("Hello, son. The television keeps stopping, the little circle goes round and round. My grandson says it's the Wi-Fi. Can you help?", None)
T1_GOOD = t("Let's find out. Where's the router, and where's the TV?")
T1_BAD = t("You'll want a mesh system, then. This two-pack is £149 and it'll sort it out. Where's the router, and where's the TV?")
C2_GOOD = c("The router's in the hall, the TV's in the back room. And it's only in the evenings, in the day it's fine.", None)
C2_BAD = c("£149 for a telly that stops now and then? You haven't asked me anything yet. The router's in the hall, the TV's in the back room, and it's only in the evenings.", "too_expensive")
T2 = t("Evenings only is a clue, that's when everyone on the street is online. What broadband speed are you paying for?")
C3 = c("I don't know... the cheapest one, I think, from Virgin. Eleven pounds something.", None)
T3 = t("That's probably their basic package. In the evening, with your grandson's phone and the TV streaming, it isn't enough. Ring them and ask for the next package up - a few pounds more, and you don't need to buy anything from me.")
C4 = c("A few pounds I can manage. Will you write it down for me?", None)
T4 = t("Here you are - the package name, and the number to ring.")
PAIRS.append(rpair(
    "b225r_f08_glasgow_grandad_tv",
    "An elderly Pakistani-born man in Glasgow asks a shop for help with his smart TV buffering.",
    better=[C1, T1_GOOD, C2_GOOD, T2, C3, T3, C4, T4],
    worse=[C1, T1_BAD, C2_BAD, T2, C3, T3, C4, T4],
))

# ---------------------------------------------------------------- f09 fault: unexplained jargon
C1 = c("Hello. I made my shop website with your builder and I bought the name, hassantailors.pk. But when people type it, nothing opens. Please help, my customers are laughing.", None)
T1 = t("Hello. Let's get it working. Where did you buy the name - from us, or from another company?")
C2 = c("From another company. My cousin did it for me.", None)
T2_GOOD = t("Then we need to tell that company to send visitors to your website here. It's like giving the post office your new address. Can you log in where your cousin bought the name?")
T2_BAD = t("Then you need to update the A record and add a CNAME for www pointing to our servers, or switch the nameservers, whichever, and then wait for propagation.")
C3_GOOD = c("I have the login, my cousin gave me. I'm on the page now.", None)
C3_BAD = c("A record... CNAME... I am a tailor, brother. I don't understand one word. Can you just do it? I have the login here, my cousin gave me.", None)
T3 = t("Sure, I'll go step by step with you. On that page, click the button that says 'Manage', then copy the two lines I'm sending you on WhatsApp into the boxes.")
C4 = c("Done. It says saved.", None)
T4 = t("Good. It can take a few hours to start working. Check this evening, and if it still doesn't open tomorrow, call me back on this number.")
PAIRS.append(rpair(
    "b225r_f09_rawalpindi_tailor_domain",
    "A tailor in Rawalpindi rings website-builder support because his shop's address doesn't open his site.",
    better=[C1, T1, C2, T2_GOOD, C3_GOOD, T3, C4, T4],
    worse=[C1, T1, C2, T2_BAD, C3_BAD, T3, C4, T4],
))

# ---------------------------------------------------------------- f10 fault: talks about themselves
C1 = c("Hello. I have a small hardware store in Mandaue. Some stock goes missing every month, cement bags, tools. I want CCTV but I don't know where to start.", None)
T1 = t("Let's start with the store. Where is the stock kept, and who has access to it?")
C2 = c("Tools are inside near the counter. The cement is in the bodega at the back, the delivery boys load from there.", None)
T2_GOOD = t("So two places: tools at the counter, and the bodega where the loading happens. Cement usually goes missing at loading, so a camera on the bodega door matters most. How many staff do you have?")
T2_BAD = t("Ah, bodega theft, I know it well. My uncle had a hardware store in Lapu-Lapu, he lost so much. I installed his cameras, it was my very first job, and he caught his own driver in the end. Our family didn't talk for months, what a story. Anyway, how many staff do you have?")
C3_GOOD = c("Four staff, and the two delivery boys. I trust my cashier, she's my niece.", None)
C3_BAD = c("Oh... okay. Sorry about your uncle. Four staff, and the two delivery boys. I trust my cashier, she's my niece.", None)
T3 = t("Then three cameras: the bodega door, the loading area and the counter. About 18,000 with a recorder that keeps two weeks. You can check the bags going out against the delivery receipts.")
C4 = c("18,000... I only had maybe 12,000 set aside. Can we start with two?", "no_money")
T4 = t("Yes - the bodega door and the loading area first, about 13,000, and add the counter later if you need it.")
PAIRS.append(rpair(
    "b225r_f10_mandaue_hardware_cctv",
    "A hardware store owner in Mandaue, Cebu wants CCTV because cement and tools keep going missing.",
    better=[C1, T1, C2, T2_GOOD, C3_GOOD, T3, C4, T4],
    worse=[C1, T1, C2, T2_BAD, C3_BAD, T3, C4, T4],
))
