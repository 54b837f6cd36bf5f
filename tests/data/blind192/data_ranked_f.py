"""Ranked pairs f01-f10 (b192): both sides share every turn except one fault in `worse` and the
customer's reaction to it. Written by hand."""
from common import c, rpair, t

# f01 argues with the customer ---------------------------------------------------
f01_o = c("Hi, I'm paying for 500 meg and I'm getting about 60 on speed tests. It's been like that for weeks.", None)
f01_a = t("That's well below what you pay for, let's look into it. Are you testing on WiFi, or with a cable plugged into the router?")
f01_b = c("WiFi, on my laptop in the living room. Router's in the hall.", None)
f01_c_good = t("WiFi through a wall can lose a lot. Could you try one test with the laptop plugged into the router by cable? That tells us if it's the line or the WiFi.")
f01_d_good = c("Give me a sec... with the cable it's 480.", None)
f01_c_bad = t("Well, the 500 is to the router, not to a laptop on WiFi. That's in the contract, so technically you are getting what you pay for. Plug in a cable and you'll see.")
f01_d_bad = c("I don't want to argue about the contract, I want it to work in my living room. ...Fine, with the cable it's 480.", None)
f01_e = t("Thanks. So the line is fine and it's the WiFi that's slow in the living room. The easiest fix is a booster; it's free on your plan. Shall I post one?")
f01_f = c("Yes, please. How long will it take?", None)
f01_g = t("Two working days. Plug it in halfway between the hall and the living room, then test again. If it's not above 300 on WiFi, ring back and I'll book an engineer.")
f01 = rpair(
    "b192r_f01_newcastle_speed_complaint",
    "Broadband call centre, Newcastle, UK. A customer gets far below his paid speed on WiFi. Fault in worse: argues that he is getting what he pays for.",
    better=[f01_o, f01_a, f01_b, f01_c_good, f01_d_good, f01_e, f01_f, f01_g],
    worse=[f01_o, f01_a, f01_b, f01_c_bad, f01_d_bad, f01_e, f01_f, f01_g],
)

# f02 doubts the customer's honesty ----------------------------------------------
f02_o = c("Sat sri akal. My phone was snatched near Sector 17 market last night. I need my SIM blocked and a new one.", None)
f02_a = t("Sat sri akal. I'm sorry, that's a horrible thing to happen. Are you okay?")
f02_b = c("Yes, yes, just shaken. He was on a bike, he pulled it from my hand.", None)
f02_c_good = t("Let's block it right away. I need your number and your Aadhaar, please.")
f02_d_good = c("Here is the Aadhaar. The number is on this paper.", None)
f02_c_bad = t("Let's block it. Are you sure it was snatched and not just misplaced? Some people say stolen to claim insurance. Number and Aadhaar, please.")
f02_d_bad = c("Why would I lie? My wrist still hurts. Here is the Aadhaar, the number is on this paper.", None)
f02_e = t("Blocked, nobody can use your number now. The new SIM will be ready in fifteen minutes, same number. And here's your phone's IMEI from our records; the police will ask for it in the FIR.")
f02_f = c("Oh good, I didn't know where to find that. Thank you.", None)
f02_g = t("If your UPI or bank apps ask you to verify again on the new SIM, that's normal. Anything else I can do?")
f02 = rpair(
    "b192r_f02_chandigarh_snatched_phone",
    "Mobile operator store, Chandigarh, India. A man whose phone was snatched wants his SIM blocked and replaced. Fault in worse: doubts that the theft happened.",
    better=[f02_o, f02_a, f02_b, f02_c_good, f02_d_good, f02_e, f02_f, f02_g],
    worse=[f02_o, f02_a, f02_b, f02_c_bad, f02_d_bad, f02_e, f02_f, f02_g],
)

# f03 drops the price before asking anything ------------------------------------
f03_o = c("Hi. Your live TV service just went up to eighty-five a month. I'm thinking about cancelling.", None)
f03_a_good = t("I understand, that's a real jump. Before anything, what do you mostly watch on it?")
f03_b_good = c("Honestly? Eagles games and the local news. Maybe some HGTV.", None)
f03_a_bad = t("Okay, before you go, I can knock fifteen off for six months, so seventy. Would that help?")
f03_b_bad = c("Uh, maybe? I mean, I mostly just watch the Eagles and the local news. Some HGTV.", None)
f03_c = t("Then our Sports and Locals pack might fit: the Eagles' broadcasts, local news and HGTV, fifty-five a month. You'd lose the premium movie channels.")
f03_d = c("Fifty-five and I keep the Eagles? I never watch the movies. What's the catch?", None)
f03_e = t("No contract, month to month. The one thing: in the playoffs some games move to a streaming service we don't carry, so check that in January.")
f03_f = c("Okay, that's honest. Switch me to that one.", None)
f03 = rpair(
    "b192r_f03_philadelphia_live_tv_price",
    "Streaming live TV call centre, Philadelphia, US. A customer thinks of cancelling after a price rise. Fault in worse: offers a discount before asking anything.",
    better=[f03_o, f03_a_good, f03_b_good, f03_c, f03_d, f03_e, f03_f],
    worse=[f03_o, f03_a_bad, f03_b_bad, f03_c, f03_d, f03_e, f03_f],
)

# f04 an unasked lecture -----------------------------------------------------------
f04_o = c("salam, i need a weekly bundle, my monthly one finished early", None)
f04_a = t("Walaikum salam! Sure. How many days are left until your monthly bundle renews?")
f04_b = c("9 days. i use it mostly for lectures on youtube and some tiktok", None)
f04_c_good = t("Got it, 9 days, mostly YouTube lectures. The weekly 15 GB is Rs 350, or the 10-day 20 GB is Rs 450, which takes you right up to renewal.")
f04_d_good = c("10 day one is better then", None)
f04_c_bad = t("Honestly, TikTok is where most students' data goes, and it's bad for concentration too, you should limit it and focus on lectures. Anyway, weekly 15 GB is Rs 350, or 10-day 20 GB is Rs 450, up to renewal.")
f04_d_bad = c("i didnt ask for advice. just tell me how to get the 10 day one", None)
f04_e = t("Dial *345*10# or tap the link I'm sending, and it activates in a minute. You'll get an SMS when it's on.")
f04_f = c("done, got the sms. thanks", None)
f04 = rpair(
    "b192r_f04_hyderabad_sindh_data_bundle",
    "Mobile operator chat, Hyderabad (Sindh), Pakistan. A student's monthly data ran out early. Fault in worse: an unasked lecture about TikTok.",
    better=[f04_o, f04_a, f04_b, f04_c_good, f04_d_good, f04_e, f04_f],
    worse=[f04_o, f04_a, f04_b, f04_c_bad, f04_d_bad, f04_e, f04_f],
)

# f05 a vague next step ------------------------------------------------------------
f05_o = c("Our business number's been dead since this morning. We're a plumbing firm. If the phone doesn't ring, we don't eat.", None)
f05_a = t("That's urgent, I understand. Is the whole line dead, no dial tone, or is it just incoming calls failing?")
f05_b = c("No dial tone at all. Internet's fine, weirdly.", None)
f05_c = t("That points to the voice service. I've run a test and there's a fault at the exchange. While it's fixed, I can divert the number to a mobile so you don't miss jobs. Which mobile?")
f05_d = c("The van phone, 07700 900482. Do it.", None)
f05_e_good = t("Divert's on now. An engineer will fix the exchange fault by 5 pm today, and I'll text the van phone when it's done, or at 5 with a new time if it isn't.")
f05_f_good = c("Brilliant, that's exactly what I needed to hear. Cheers.", None)
f05_e_bad = t("Divert's on now. We'll raise it with the engineers and let you know when it's sorted.")
f05_f_bad = c("Let me know when? Today, tomorrow, next week? I need more than that.", None)
f05 = rpair(
    "b192r_f05_aberdeen_plumber_line_fault",
    "Business telecoms fault line, Aberdeen, UK. A plumbing firm's number is dead. Fault in worse: a vague next step with no time or owner.",
    better=[f05_o, f05_a, f05_b, f05_c, f05_d, f05_e_good, f05_f_good],
    worse=[f05_o, f05_a, f05_b, f05_c, f05_d, f05_e_bad, f05_f_bad],
)

# f06 over-promises ----------------------------------------------------------------
f06_o = c("Hello, we are moving to Vijay Nagar this weekend. I work from home, I need fibre working by Monday morning. Is it possible?", None)
f06_a = t("Let me check the building first. What's the address?")
f06_b = c("Shree Residency, tower B, fourth floor.", None)
f06_c = t("Your building already has our fibre in the riser, so it's only the connection to your flat. The earliest installation slot is Monday, 10 to 2.")
f06_d = c("Monday 10 is too late, my first call is at 9:30.", "no_time")
f06_e_good = t("Honestly, I can't promise earlier than Monday 10. To cover the morning, I can give you a 4G dongle with 20 GB, free for a week, so your 9:30 call goes through. Would that work?")
f06_f_good = c("That's a good backup. Okay, book Monday and give me the dongle.", None)
f06_e_bad = t("Don't worry, I'll make sure the technician comes Sunday evening, I'll personally arrange it. It'll definitely be working Monday morning.")
f06_f_bad = c("Oh, great. If it's definitely Sunday, then book it.", None)
f06 = rpair(
    "b192r_f06_indore_fibre_move",
    "Fibre provider store, Indore, India. A remote worker moving house needs fibre by Monday morning. Fault in worse: promises a Sunday visit the schedule does not have.",
    better=[f06_o, f06_a, f06_b, f06_c, f06_d, f06_e_good, f06_f_good],
    worse=[f06_o, f06_a, f06_b, f06_c, f06_d, f06_e_bad, f06_f_bad],
)

# f07 closes before checking the thing works --------------------------------------
f07_o = c("Assalam o alaikum. I want the 4G home router you advertised. My son is doing online classes for the agriculture university.", None)
f07_a = t("Walaikum assalam. Good choice for classes. Where do you live? I want to check the signal there first.")
f07_b = c("Peoples Colony number 2, near the park. Last year I tried another company's device there, no signal inside the house, I had to return it.", "bad_experience")
f07_c = t("That's a fair worry. I've checked the map for your street: our 4G there is good, indoors too. The router is Rs 8,500 with 100 GB for the first month. After that, 100 GB is Rs 3,000 a month.")
f07_d = c("Okay, that is in my budget. Let's do it.", None)
f07_e_good = t("Before you go, let me put the SIM in and switch it on here, so we see it connects... there, full signal. I've written the WiFi name and password on this card for your son.")
f07_f_good = c("Very good, now I can tell him it's all ready. Shukriya.", None)
f07_e_bad = t("Great, here's your router and the receipt. Just plug it in at home and it'll work. Thank you for choosing us!")
f07_f_bad = c("Shukriya. But what is the WiFi password, where do I find it?", None)
f07 = rpair(
    "b192r_f07_faisalabad_home_router",
    "Mobile operator franchise, Faisalabad, Pakistan. A father buys a 4G home router for his son's classes. Fault in worse: closes the sale without switching it on or checking it works.",
    better=[f07_o, f07_a, f07_b, f07_c, f07_d, f07_e_good, f07_f_good],
    worse=[f07_o, f07_a, f07_b, f07_c, f07_d, f07_e_bad, f07_f_bad],
)

# f08 recommends before asking -------------------------------------------------------
f08_o = c("Hiya, I've just moved into a flat with my partner and we want broadband and some kind of TV. Haven't a clue what's out there.", None)
f08_a_good = t("Congrats on the flat! What do you two actually watch now, and on what? Netflix, live telly, sport?")
f08_b_good = c("Mostly Netflix and YouTube on the laptop. He watches the football, Premier League, in the pub mostly.", None)
f08_a_bad = t("Congrats on the flat! Most couples go for our Big Entertainment bundle, 500 meg, 100 channels and Netflix, £68 a month. What do you two watch?")
f08_b_bad = c("Sixty-eight? That's loads. We mostly watch Netflix and YouTube. He watches the Premier League, in the pub mostly.", "too_expensive")
f08_c = t("Then you might not need channels at all. 150 meg broadband for £28, keep Netflix as you have it, and if he wants football at home, add the sports streaming pass at £35, only in the months he wants it.")
f08_d = c("Oh, that's much more like it. Can we have the sports one just for the big months?", None)
f08_e = t("Yes, you switch it on or off in the app before the month starts. Shall I book the broadband install? The next slot is Thursday.")
f08_f = c("Thursday's fine. Let's do it.", None)
f08 = rpair(
    "b192r_f08_nottingham_first_flat_bundle",
    "Broadband and TV shop, Nottingham, UK. A couple in their first flat want broadband and TV. Fault in worse: recommends the big bundle before asking what they watch.",
    better=[f08_o, f08_a_good, f08_b_good, f08_c, f08_d, f08_e, f08_f],
    worse=[f08_o, f08_a_bad, f08_b_bad, f08_c, f08_d, f08_e, f08_f],
)

# f09 unexplained jargon -------------------------------------------------------------
f09_o = c("Hello, beta. My mobile says 'SOS only' at the top since this morning. I can't call my daughter.", None)
f09_a = t("Hello. Let's sort that out. Has anything changed, a new phone, or did you take the SIM out?")
f09_b = c("No, nothing. I only switched it off and on last night.", None)
f09_c_good = t("Thank you. I can see your SIM was switched off by mistake on our side during a system update. I'm switching it back on now. Please turn the phone off, wait ten seconds, and turn it on again.")
f09_d_good = c("Off, wait ten seconds, on. Okay, doing it now.", None)
f09_c_bad = t("Thank you. I can see your IMSI got deprovisioned on the HLR during a migration, so the SIM isn't attaching. I'll push a reprovision, then you'll need to power cycle.")
f09_d_bad = c("Sorry, beta, I don't understand those words. Do I switch it off and on?", None)
f09_e = t("That's right. Once it's back on, what does it say at the top of the screen?")
f09_f = c("It says the network name now, and bars. Oh, thank goodness.", None)
f09_g = t("Lovely. You can ring your daughter now. If it ever says SOS again, call us and quote reference SOS-2231, and we'll know straight away what happened.")
f09 = rpair(
    "b192r_f09_leicester_sos_only",
    "Mobile network call centre, Leicester, UK. An older woman's phone shows 'SOS only' after a provider error. Fault in worse: unexplained technical jargon.",
    better=[f09_o, f09_a, f09_b, f09_c_good, f09_d_good, f09_e, f09_f, f09_g],
    worse=[f09_o, f09_a, f09_b, f09_c_bad, f09_d_bad, f09_e, f09_f, f09_g],
)

# f10 talks about themselves -------------------------------------------------------
f10_o = c("Assalam o alaikum. My father is 74. He keeps running out of balance and can't call me. I want to set something up so I pay for him.", None)
f10_a = t("Walaikum assalam. We can do that. Does he mostly make calls, or does he use WhatsApp too?")
f10_b = c("Only calls. Simple phone, no internet. He calls me, my sister in Dubai sometimes, and his friends from the mosque.", None)
f10_c_good = t("So local calls and sometimes Dubai. We can link his number to yours as a family postpaid line: one bill to you, he never runs out, and I can set a monthly limit of, say, Rs 1,000 so there are no surprises.")
f10_d_good = c("A limit is good. And Dubai calls, are they expensive?", None)
f10_c_bad = t("Ah, my own grandfather was exactly like this! He'd walk to the shop every day for a 100 rupee card and call half of Sialkot, we used to laugh about it. Anyway, we can link his number to yours as a family postpaid line, one bill, monthly limit of say Rs 1,000.")
f10_d_bad = c("Okay. I have to get back to work soon. So, the limit is good. Are Dubai calls expensive?", None)
f10_e = t("Rs 25 a minute normally. With the Gulf add-on, Rs 300 gives him 60 minutes to the UAE each month.")
f10_f = c("Add that. What do you need from me?", None)
f10_g = t("Your CNIC and his, and his thumb impression, either here or our agent can do it at his home.")
f10 = rpair(
    "b192r_f10_gujranwala_father_postpaid",
    "Mobile operator franchise, Gujranwala, Pakistan. A son wants to pay for his elderly father's calls. Fault in worse: the trainee talks about his own grandfather.",
    better=[f10_o, f10_a, f10_b, f10_c_good, f10_d_good, f10_e, f10_f, f10_g],
    worse=[f10_o, f10_a, f10_b, f10_c_bad, f10_d_bad, f10_e, f10_f, f10_g],
)

PAIRS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10]
