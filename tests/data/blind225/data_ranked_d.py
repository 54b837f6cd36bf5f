"""Ranked pairs d01-d10: two decent conversations, `better` is better (written by hand)."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- d01
OPEN = c("Hi, good afternoon. Our Wi-Fi is so slow, my two kids have online classes and they keep getting kicked out. Do I need that mesh thing?", None)
PAIRS.append(rpair(
    "b225r_d01_quezoncity_family_mesh",
    "A mother in Quezon City asks whether a mesh system will stop her children dropping out of online classes.",
    better=[
        OPEN,
        t("Good afternoon. Maybe - let's check first. Is it slow everywhere in the house, or only in some rooms?"),
        c("Hmm, everywhere actually. Even right beside the router it's slow when both of them are in class.", None),
        t("That's a big clue. If it's slow right next to the router, mesh won't help much, it's the plan or the line. What plan are you on?"),
        c("25 Mbps I think, 1,299 a month. My husband also works from home sometimes.", None),
        t("Three video calls at once on 25 Mbps is tight, with the phones on it too. Do one thing first: run a speed test beside the router during class. If it shows far below 25, it's the line and your provider must fix it free. If it shows about 25, upgrading to 100 Mbps for 400 more a month fixes it, and you won't need mesh at all."),
        c("Oh, so maybe I don't need to buy anything. Okay, I'll do the test tomorrow during their class.", None),
        t("Send me the screenshot if you like, and I'll tell you honestly which one it is."),
    ],
    worse=[
        OPEN,
        t("Good afternoon! Yes, lots of families with online classes use mesh. How big is your house?"),
        c("Two floors, three bedrooms. The kids study in their rooms upstairs.", None),
        t("Then a two-unit mesh will cover both floors nicely. This one is 4,990 for the pair, and it's easy to set up with the app."),
        c("4,990... that's a lot this month, the tuition was just due.", "no_money"),
        t("I understand. There's a 0% plan over three months on credit card, about 1,660 a month, and it has a one-year warranty."),
        c("Okay, maybe. Let me check with my husband first.", "think_it_over"),
        t("Sure, here's the brochure with the price. We're open until eight tonight."),
    ],
))

# ---------------------------------------------------------------- d02
OPEN = c("Salam. I want cameras in my shop that I can see on my mobile. How much for the whole set?", None)
PAIRS.append(rpair(
    "b225r_d02_lahore_kiryana_cctv",
    "A grocery shop owner in Lahore wants CCTV he can watch on his phone.",
    better=[
        OPEN,
        t("Walaikum salam. It depends on what you want to watch. When you open it on your mobile, what do you want to see?"),
        c("The counter mostly. My two boys run the counter in the afternoon when I go home to rest. Honestly, I want to see they're not giving free things to their friends.", None),
        t("So the counter is the priority, and the live view on your phone matters more than a month of recording. Is there internet in the shop?"),
        c("No internet. Only my phone.", None),
        t("Then we'd need a small internet device in the shop, about 1,200 a month, or the mobile view won't work at all. Two cameras, counter and door, with the recorder come to 38,000 plus the device. Can I come and see the shop before I give you a final price?"),
        c("38 plus monthly... it's a bit much. But okay, come tomorrow after Asr, I'll decide after you've seen it.", "think_it_over"),
        t("After Asr tomorrow then. I'll bring a camera so we can hold it up and you can see the counter view on your own phone."),
    ],
    worse=[
        OPEN,
        t("Walaikum salam. Our four-camera set with the mobile app is 55,000 installed. Good quality, night vision."),
        c("Four? I think two is enough, my shop is small.", "no_need"),
        t("No problem, the two-camera set is 34,000. You download the app and you can watch from anywhere."),
        c("Good. And it works with my phone?", None),
        t("Yes, Android and iPhone both. We can install this week - Thursday?"),
        c("Thursday is fine.", None),
        t("Thursday at eleven then, I'll send the technician."),
    ],
))

# ---------------------------------------------------------------- d03
OPEN = c("Good evening. I teach Arabic to foreigners, private lessons from my home. My niece says I should have a website. I am sixty-four, I don't know anything about websites.", None)
PAIRS.append(rpair(
    "b225r_d03_heliopolis_tutor_website",
    "A retired teacher in Heliopolis, Cairo, asks about a website for her private Arabic lessons.",
    better=[
        OPEN,
        t("Good evening. Then we'll go slowly. How do your students find you at the moment?"),
        c("Word of mouth, mostly. The embassy wives tell each other. Sometimes people ask me 'do you have a website' and I feel embarrassed.", None),
        t("So it's less about strangers finding you and more about having something to send when people ask. One page with your photo, what you teach, your prices and a WhatsApp button would do that. We build it and you only check it: 1,200 pounds once, then 100 a month."),
        c("I don't want something I have to change every week. I don't have the patience for that.", None),
        t("You won't have to. It stays as it is unless your prices change, and then you just send me a message. Could you send me a photo and a few lines about yourself this week?"),
        c("My niece will take the photo on Friday. I'll send it on Saturday.", None),
        t("Perfect. I'll have a draft ready on Monday and call you to go through it together."),
    ],
    worse=[
        OPEN,
        t("Good evening! A website is a great idea. Our Business plan has online booking, payments, a blog and SEO tools. It's 250 pounds a month and you can edit everything yourself."),
        c("Edit myself... I'm not good with computers. And a blog, what do I need a blog for?", "no_need"),
        t("The blog is optional, you don't have to use it. There are video tutorials, and chat support if you get stuck."),
        c("250 every month is also not small for me. I am retired.", "no_money"),
        t("There's the Starter plan at 120 a month, without payments. You can upgrade later if you want."),
        c("Let me ask my niece, she understands these things.", "think_it_over"),
        t("Of course. I'll email you both plans so you and your niece can compare them."),
    ],
))

# ---------------------------------------------------------------- d04
OPEN = c("Hi, my son dropped his laptop and now the screen's hanging loose, the hinge thing is broken. He's got his GCSE coursework on it. Can you fix it?", None)
PAIRS.append(rpair(
    "b225r_d04_southall_laptop_hinge",
    "A mother in Southall, London, brings in her son's six-year-old laptop with a broken hinge.",
    better=[
        OPEN,
        t("Most likely, yes. First though - is the coursework backed up anywhere, OneDrive or a USB stick?"),
        c("Erm... I don't know. Probably not, knowing him.", None),
        t("Then before anything else I'll copy his documents to a USB for you, no charge. The hinge is £90. How old is the laptop, and how's the battery?"),
        c("It's about six years old. Battery's rubbish, he keeps it plugged in all the time.", None),
        t("Then be aware that after the hinge it's still a six-year-old laptop with a dead battery, and a battery is another £60. If he only uses it at his desk, the hinge alone is fine. If he needs to carry it to school, £150 on a laptop that age is close to a refurbished one at £220."),
        c("He only uses it at his desk. Just do the hinge, and please save his coursework first.", None),
        t("Will do. Documents on a USB today, hinge done by Thursday. I'll ring you when it's ready."),
    ],
    worse=[
        OPEN,
        t("Yes, hinges are a common repair. Let me have a look... it's the left hinge. The part is £90 including fitting."),
        c("£90, okay. How long will it take? He needs it for school.", None),
        t("About three working days, so Thursday. We'll give you a ring."),
        c("Thursday's tight but fine. Is there any chance he'll lose his stuff?", None),
        t("Hinge repairs don't normally touch the hard drive, so it should be fine. We'll call you on Thursday."),
    ],
))

# ---------------------------------------------------------------- d05
OPEN = c("Good morning. My husband and I are retired, we came home from Saudi. Our electric bill is almost 8,000 a month. We want solar. What do you suggest?", None)
PAIRS.append(rpair(
    "b225r_d05_cebu_retirees_solar",
    "A retired couple in Cebu who are home all day want solar to cut a high electricity bill.",
    better=[
        OPEN,
        t("Good morning, and welcome home. When do you use most of that electricity - daytime or at night?"),
        c("Daytime, we're home the whole day. The aircon in the sala runs from noon to five, it's so hot. At night only the fan.", None),
        t("That's good news for you: solar makes power in the daytime, exactly when you use it. A grid-tied 4 kW system without battery could cut the bill roughly in half, for about 220,000. A battery adds a lot of cost and mostly helps at night, when you barely use power. Do you get many brownouts?"),
        c("Not many, maybe once a month. But my friend says solar without battery is useless.", None),
        t("For someone who uses power at night, a battery makes sense. For you it would nearly double the price for a few hours a month. If brownouts get worse later, the inverter I'd choose can take a battery added on."),
        c("220,000 is still a big amount from our savings. We'll think about it and let you know.", "think_it_over"),
        t("Of course. I'll send you one page showing the monthly saving against your actual bill, so you can see how long it takes to pay back."),
    ],
    worse=[
        OPEN,
        t("Good morning! For an 8,000 bill we usually recommend a 5 kW hybrid system with a 10 kWh battery, so you're covered during brownouts too. That's around 420,000 installed."),
        c("420,000! That's almost half of what we saved in Saudi.", "no_money"),
        t("I understand. It pays for itself in about seven years, and the panels last twenty-five. There's also a smaller 3 kW version with a 5 kWh battery at 260,000."),
        c("Hmm. What's the difference for us?", None),
        t("The smaller one saves a bit less, maybe 3,500 a month instead of 5,000, but it's still good. Both come with a ten-year inverter warranty."),
        c("Okay. Just leave us a brochure, we'll call you if we're interested.", "brush_off"),
        t("Sure, here's the brochure with both systems, and my card."),
    ],
))

# ---------------------------------------------------------------- d06
OPEN = c("Hello. Our office printer died. We're a small law office, three people. I need something that works, no drama.", None)
PAIRS.append(rpair(
    "b225r_d06_alexandria_lawoffice_printer",
    "A lawyer in Alexandria replaces the dead printer of a three-person office that scans many court papers.",
    better=[
        OPEN,
        t("Understood. What do you do most - printing, copying or scanning? And roughly how many pages a day?"),
        c("Printing, maybe 100 pages a day, contracts and memos. And scanning, a lot. We scan every court document and send it by email. The old one scanned one page at a time, it was killing us.", None),
        t("So scanning is the real pain. Then I'd pick a mono laser with a feeder that scans both sides in one pass, straight to email - this one at 19,500 pounds. A hundred pages a day is easy for it, and a toner lasts about 3,000 pages."),
        c("19,500. We were thinking around 12, 13 thousand.", "no_money"),
        t("There is one at 13,000 that prints just as well, but its feeder does one side at a time, so double-sided court papers you'd have to turn over and feed again. If most of your documents are single-sided, it's fine."),
        c("No, most are double-sided. Okay, the 19,500 then. Can you deliver tomorrow?", None),
        t("Tomorrow before noon, and the technician will set up scan-to-email for all three of you."),
    ],
    worse=[
        OPEN,
        t("For a small office a mono laser is best, it's cheaper per page than ink. This one prints 30 pages a minute and does copying and scanning too. 13,000 pounds."),
        c("Okay. Scanning is important for us, we scan many court documents.", None),
        t("Yes, it has a document feeder, you can put up to 35 pages in and it scans them."),
        c("Good. Is the toner expensive?", None),
        t("About 1,800 pounds for 3,000 pages. We can deliver tomorrow."),
        c("Fine, deliver tomorrow.", None),
    ],
))

# ---------------------------------------------------------------- d07
OPEN = c("Hi there. Customers in my café keep asking for the Wi-Fi password. I give them the one from the router and now everything is slow, even my card machine fails sometimes. What should I do?", None)
PAIRS.append(rpair(
    "b225r_d07_manchester_cafe_wifi",
    "An Egyptian café owner in Manchester rings his broadband provider because customer Wi-Fi is slowing his card payments.",
    better=[
        OPEN,
        t("Good that you mentioned the card machine, that's the important bit. Is the card machine on the Wi-Fi, or plugged in with a cable?"),
        c("On the Wi-Fi, same as everybody. I didn't know there is a choice.", None),
        t("So your payments share the network with every customer's phone - that's why they fail at busy times, and it's a security risk too. First, free: plug the card machine into the router with a cable. Second: a separate guest network for customers with a speed limit per phone. Your router can do it, and I can set it up remotely now."),
        c("Now? The lunch rush starts in twenty minutes, I can't.", "no_time"),
        t("Then let's do it at three, when it's quiet. It takes fifteen minutes. Have a cable ready - there should be one in the card machine box."),
        c("Three is good. I'll look for the cable.", None),
        t("I'll call you at three. After that, put the guest password on the menu and never give out the main one again."),
    ],
    worse=[
        OPEN,
        t("That router is probably struggling with too many devices. A business router handles 60 users at once - this one's £149, or £8 a month added to your broadband."),
        c("£149 for a router... hmm. I only bought this one last year.", "no_need"),
        t("Fair. The one you have handles about 15 devices well, and at lunchtime you're over that. The new one has a guest network as well."),
        c("Okay, the monthly option then. Can you send it?", None),
        t("It'll arrive on Thursday. Plug it in where the old one is, and the guide explains the guest network."),
    ],
))

# ---------------------------------------------------------------- d08
OPEN = c("hi i sell handmade shawls from peshawar on instagram and facebook. orders are growing. should i make a proper website with your builder", None)
PAIRS.append(rpair(
    "b225r_d08_peshawar_shawls_website",
    "A young seller of handmade shawls types into a website builder's sales chat.",
    better=[
        OPEN,
        t("Congrats on the growth! How do customers pay you now, and how do you ship?"),
        c("mostly cash on delivery with TCS. some pay easypaisa. almost nobody pays by card", None),
        t("Then the most useful site for you is a catalogue with an order form that takes cash on delivery and sends each order to your WhatsApp. Card payments would add fees you don't need yet. Where do most orders come from, Pakistan or abroad?"),
        c("pakistan mostly. but some ladies in UK and dubai ask, i dont know how to ship to them", None),
        t("Then start with the Pakistan site, COD and Easypaisa, on the 1,500 a month plan, and add card payment later when overseas orders are regular. Want to try the free 14 days with ten of your best shawls?"),
        c("ok lets try with 10. but this month im swamped with wedding season orders, can we start next month", "no_time"),
        t("Sure. I'll note the 1st and send you a reminder with a list of the photos to prepare."),
    ],
    worse=[
        OPEN,
        t("Definitely! Our Store plan has product pages, card payments, discount codes and shipping labels. 3,500 a month."),
        c("card payments... my customers mostly pay cash on delivery", None),
        t("Cash on delivery can be switched on too, in the settings. And card payments are useful as you grow."),
        c("3500 is a bit high for me right now", "too_expensive"),
        t("The Basic plan is 1,500 and has everything except discount codes. You can upgrade any time."),
        c("ok ill try basic. send me the link", None),
        t("Here it is. The setup guide walks you through adding your products."),
    ],
))

# ---------------------------------------------------------------- d09
OPEN = c("Hi, we're going to the US for a month to visit my daughter. The house will be empty. What can you recommend so it's safe?", None)
PAIRS.append(rpair(
    "b225r_d09_paranaque_away_security",
    "A couple in Parañaque want to protect their house while they are abroad for a month.",
    better=[
        OPEN,
        t("Hi! A month is a long time. Is there anyone nearby, a neighbour or relative, who could go to the house if something happens?"),
        c("My sister lives in the next barangay, ten minutes away. The neighbours are nice too.", None),
        t("Good, that's the most important part, because an alert only helps if somebody can respond. I'd suggest two Wi-Fi cameras, front gate and back door, that alert both your phone and your sister's, plus a timer for the lights so the house looks lived in. About 6,500 altogether. Is the internet staying on while you're away?"),
        c("I was going to cut the internet while we're gone. 1,500 a month for nobody.", None),
        t("Then the cameras can't alert anyone, they need internet. Keeping it one more month is the price of the alerts. The cheaper way is cameras recording to a card that your sister checks every week - no alerts, but you'd have evidence."),
        c("No, I want alerts. I'll keep the internet. When can you install? We leave on the 15th.", None),
        t("Let's do the 10th, so you have a few days to test the alerts with your sister before you fly."),
    ],
    worse=[
        OPEN,
        t("Hi! Our home alarm kit with door sensors, a motion sensor and a siren is 9,800. It's loud enough to scare anyone away."),
        c("But nobody is home to hear it. Will it tell me?", None),
        t("You can add the app alert module for 2,500, then it notifies your phone wherever you are."),
        c("12,300 all in? That's more than I planned to spend.", "no_money"),
        t("It's worth it for a month away, and installation is just one day."),
        c("Let me discuss it with my husband tonight.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d10
OPEN = c("Salam. My phone is not charging, only if I hold the cable at a certain angle. I work delivery, I need the phone all day.", None)
PAIRS.append(rpair(
    "b225r_d10_cairo_rider_chargeport",
    "A food-delivery rider in Cairo brings in a phone that only charges when the cable is held at an angle.",
    better=[
        OPEN,
        t("Salam. Can I see? ... Often it's just dust and lint packed into the port from the pocket. How long has it been like this?"),
        c("A week maybe. It got worse. I use a power bank on the bike all day.", None),
        t("Let me clean it first: five minutes, 50 pounds. If it charges properly after that, you're done. If not, the port needs replacing - 450, and it takes two hours."),
        c("Two hours I lose orders. Today is Friday, the busiest day.", "no_time"),
        t("Understood, so let's hope the cleaning does it... there, look at all that lint. Try the cable now."),
        c("It's charging! No angle. Wallahi, it was just dirt?", None),
        t("Just dirt. Brush it out with a dry toothbrush every few weeks. If it comes back, it's the port, and I'll do it early in the morning before your shift."),
    ],
    worse=[
        OPEN,
        t("Salam. Yes, that's the charging port, it's worn out. Replacement is 450 pounds."),
        c("450. Okay. How long?", None),
        t("We're busy today, you can pick it up tomorrow at noon."),
        c("Tomorrow? I work delivery, I can't be without it a whole morning.", "no_time"),
        t("I understand. If you bring it at nine tomorrow morning, it'll be ready by eleven."),
        c("Okay, I'll come at nine tomorrow.", None),
        t("See you then. Bring your own charger too, so we test it with yours."),
    ],
))
