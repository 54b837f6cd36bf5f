"""Ranked pairs d01-d10 (hand-written for blind210): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 -- Edinburgh phone shop: new postgraduate student from India needs a SIM
_open = c("Hello, I just arrived for my master's, I need a UK SIM. What is the best one?", None)
PAIRS.append(rpair(
    "b210r_d01_uk_edinburgh_intl_student_sim",
    "Mobile phone shop in Edinburgh (UK). A postgraduate student newly arrived from Pune asks for 'the best' SIM; what matters most to her is calling her father in India, who dislikes video apps.",
    better=[
        _open,
        t("Welcome to Edinburgh! The best one depends on how you'll use it. Will you mostly use data, call people here, or call home to India?"),
        c("Calling home is the main thing. My parents are not comfortable with WhatsApp video, my father likes normal calls. And data for maps and college.", None),
        t("That changes things. Most cheap SIMs don't include calls to India, and those cost a lot per minute. There's a £12 SIM-only with 25 gig and 300 international minutes to Indian mobiles and landlines. How often do you think you'll call your father?"),
        c("Every two or three days, maybe twenty minutes. Also a friend said some SIMs need a credit check, I don't have any UK history.", None),
        t("Twenty minutes every few days is about 250 minutes a month, so 300 covers it. This one is a rolling monthly with no credit check, just your passport and a UK address, and you can change plan any month if it doesn't suit."),
        c("Okay, that sounds right. Let's do it.", None),
    ],
    worse=[
        _open,
        t("Welcome! For students our most popular is the 100 gig SIM at £10 a month, loads of data for streaming and socials. Does that sound good?"),
        c("Data is fine, but mainly I need to call my parents in India. My father likes normal calls.", None),
        t("Ah, okay. You can use WhatsApp calls on the data, that's free and it works really well."),
        c("He doesn't really like WhatsApp. But okay, maybe I can teach him.", None),
        t("Great. And you can always add an international bolt-on later if you need it. Shall I set it up? I just need your passport."),
        c("Okay, let's do it.", None),
    ],
))

# d02 -- Yaba, Lagos: pharmacy asks for 'faster internet'
_open = c("Good morning. I need faster internet for my pharmacy. The stock software and the POS keep going offline, it's affecting sales.", None)
PAIRS.append(rpair(
    "b210r_d02_ng_yaba_pharmacy_offline",
    "Business desk of a network provider in Yaba, Lagos (Nigeria). A community pharmacist asks for a faster plan; the real cause is the router losing power between a power cut and the generator starting.",
    better=[
        _open,
        t("Good morning ma. Before we talk about speed: when it goes offline, what else is happening at that moment? Is the router still on, for instance?"),
        c("Now that you ask... it's mostly when NEPA takes light and the generator hasn't come on yet. The router goes off.", None),
        t("Then faster internet won't fix it; the gap between the power cut and the generator is the problem. A small UPS for the router and the POS, about ₦45,000, keeps them running through that switch-over. Your current 20Mbps is plenty for stock software and a POS."),
        c("So I don't need to upgrade? My cousin said I should get fibre.", None),
        t("Not for this. If you still get drops once the UPS is in, call me and we'll look at the line itself. I can send you the UPS model that fits your router today."),
        c("Please send it. Thank you for being honest.", None),
    ],
    worse=[
        _open,
        t("Good morning ma. Sure, what speed are you on now?"),
        c("I think 20Mbps. The POS and stock system go offline often, especially in the evenings.", None),
        t("Twenty is on the low side for a business running several systems. Our 50Mbps business plan is ₦32,000 a month, about ₦10,000 more than you pay now, and it's more stable for businesses."),
        c("Ten thousand more every month... let me think about it, business is slow this season.", "think_it_over"),
        t("Of course. I'll send you the brochure, and you can call me whenever you're ready to upgrade."),
        c("Yes, send it. I'll look at it when things pick up.", "brush_off"),
    ],
))

# d03 -- Sampaloc, Manila: retired teacher wants to video-call grandchildren in Canada
_open = c("Good afternoon, young man. My grandchildren in Canada want to see me on video. My daughter said buy a smartphone. But I don't know anything about these.", None)
PAIRS.append(rpair(
    "b210r_d03_ph_manila_lola_video_call",
    "Mobile network store in Sampaloc, Manila (Philippines). A 72-year-old retired teacher who has never used a smartphone wants to video-call her grandchildren abroad.",
    better=[
        _open,
        t("Good afternoon ma'am, we'll go slowly, don't worry. Do you have wifi at home, or would you be using mobile data?"),
        c("My neighbour's son put wifi in my house for my TV. I think it's there. I only use it for YouTube on the TV.", None),
        t("Good, then the phone can use the same wifi, no data needed for the calls. What app does your daughter use to call, Messenger or something else?"),
        c("Messenger, I think. She calls her friends on it.", None),
        t("Then here's my suggestion: a simple phone with a large screen, around 6,500, and I'll set up Messenger for you today with only your daughter and grandchildren on it, big icons, nothing else on the screen. Then we'll make a practice call to your daughter right here so you see how it works. Would that be alright?"),
        c("Practice here? Yes, that is very good. My eyes are not so good, big icons please.", None),
        t("Big icons and bigger text, and I'll write the three steps on a card for you to keep beside the phone."),
    ],
    worse=[
        _open,
        t("Good afternoon ma'am! For video calls this model is very good: 6,500 pesos, a good camera and a big screen."),
        c("Six thousand five hundred... that's a lot from my pension. And is it difficult to use? I've never had one.", "no_money"),
        t("Not difficult, ma'am. You just download Messenger from the Play Store, log in, and your daughter can call you. Do you have wifi?"),
        c("I think so, for my TV. My neighbour's son did it.", None),
        t("Then you're all set. Your daughter or your neighbour can help you log in. I'll put the charger and the manual in the box for you."),
        c("Okay, I will ask them. Thank you.", None),
    ],
))

# d04 -- Leicester corner shop: broadband renewal price nearly doubled
_open = c("Hello, my broadband contract is ending and the new price is nearly double. I want something cheaper or I'm leaving.", "too_expensive")
PAIRS.append(rpair(
    "b210r_d04_uk_leicester_shop_renewal",
    "Business broadband retention line, caller in Leicester (UK). A corner-shop owner's renewal price has jumped; he pays for a landline nobody uses.",
    better=[
        _open,
        t("Understood, Mr Patel. Let's see what you actually use so you're not paying for anything you don't need. What runs on the connection in the shop?"),
        c("Card machine, the CCTV my son watches on his phone, and the landline. Oh, and the music.", None),
        t("And the landline: do customers or suppliers actually ring it?"),
        c("Hardly. Suppliers use my mobile. It rings maybe once a month and it's usually someone selling something.", None),
        t("Then I'd drop the landline, that's £14 of the bill, and keep the same speed because the CCTV upload needs it. That's £31 a month instead of the new £52, on twelve months. The card machine already runs over the broadband, so nothing changes there."),
        c("Thirty-one is better. Still more than I paid before, though, I was on twenty-six.", "too_expensive"),
        t("True, the £26 was a first-year offer. £31 is the lowest I can honestly do at that speed, and it's fixed for the twelve months, so no rise in the middle."),
    ],
    worse=[
        _open,
        t("I understand, Mr Patel. Let me see what retention offers I have... I can take £8 off the new price, so £44 a month for 18 months."),
        c("Forty-four is still a lot more than the twenty-six I was paying.", "too_expensive"),
        t("The £26 was an introductory offer. £44 covers your broadband, landline and line rental, and it's a good price for a business."),
        c("Other places are doing it for thirty. Can you do better than that?", "too_expensive"),
        t("I can go to £41 if you sign for 24 months. That's the best I have."),
        c("Fine, 24 months. But I'm not happy about it.", None),
    ],
))

# d05 -- Abuja NGO: six staff on a two-week mission to Niger and Chad
_open = c("Good morning. Six of our staff are going to Niger and Chad for two weeks on a health mission. I need to make sure they can communicate. What roaming do you have?", None)
PAIRS.append(rpair(
    "b210r_d05_ng_abuja_ngo_roaming",
    "Corporate desk of a network provider in Abuja (Nigeria). An NGO admin officer arranges phones for six field staff travelling to Niger and Chad on a tight donor budget.",
    better=[
        _open,
        t("Good morning. Happy to help. Who do they need to reach while they're there: the office in Abuja, each other, or people locally?"),
        c("Mostly the office and each other. Two of them, the coordinators, must be reachable on their Nigerian numbers by the ministry. The others just need WhatsApp.", None),
        t("That helps. And where exactly will they be, in towns or out in rural areas?"),
        c("Niamey for a few days, then villages near the border. Our budget for this is limited, it's donor money.", None),
        t("Then I'd do it this way: our West Africa roaming bundle for the two coordinators, ₦25,000 each for two weeks, so the ministry can reach them on their own numbers. The other four buy local SIMs in Niamey for WhatsApp, which is much cheaper. And honestly, near the border coverage may be poor on any network, so the team should agree check-in times for when they're in town."),
        c("That's sensible. Can you put it in writing? The finance officer will want to approve it first.", "think_it_over"),
        t("Of course. I'll email a one-page quote today with the bundle details and the partner networks in Niger and Chad."),
    ],
    worse=[
        _open,
        t("Good morning. We have a West Africa roaming bundle: ₦25,000 per person for two weeks, with 5GB data and 100 minutes. For six staff that's ₦150,000."),
        c("One hundred and fifty thousand. It's donor money, our budget is tight.", "no_money"),
        t("I understand. It's the most reliable way to keep everyone reachable on their own numbers. I can give a ten percent corporate discount, so ₦135,000."),
        c("Okay. I'll need to show the finance officer first.", "think_it_over"),
        t("Sure, I'll send a quote today. The bundles can be activated the day before they travel."),
        c("Alright, send it.", None),
    ],
))

# d06 -- Davao City kiosk: couple moving into a new subdivision, both work from home
_open = c("Hi, we're moving into a new house in Catalunan Grande next week. We both work from home. Can you install fibre right away?", None)
PAIRS.append(rpair(
    "b210r_d06_ph_davao_new_house_fibre",
    "Fibre provider kiosk in a Davao City mall (Philippines). A couple moving into a new subdivision want fibre immediately; installers there are booked about three weeks ahead.",
    better=[
        _open,
        t("Congratulations on the new house! Let me check your subdivision first, because that decides the timing. What's the phase and block?"),
        c("Phase 3, Block 7. It's very new, some houses are still being built.", None),
        t("Thanks. I'll be straight with you: Phase 3 has fibre in the street, but our installers there are booked about three weeks out, so realistically not right away. How much do you two rely on the connection for work: video calls all day, or mostly email?"),
        c("My husband is on video calls most of the day, I'm mostly email and uploads. Three weeks is long. Our bosses won't like that.", None),
        t("Understood. For the gap, a prepaid 5G pocket wifi, around 2,000 for the device plus data, should handle his calls if the signal's good there. I'd sign the fibre now to hold your place in the queue, 1,699 a month for 200 Mbps, and nothing is billed until it's installed."),
        c("Okay, that's fair. Let's book it, and we'll take the pocket wifi too.", None),
    ],
    worse=[
        _open,
        t("Yes, we cover Catalunan Grande. Our 200 Mbps plan at 1,699 a month is good for two people working from home."),
        c("Great. How soon can you install? We move next week.", None),
        t("Once you apply, our installation team will schedule you. It's usually within a few weeks, depending on the area."),
        c("A few weeks? Hmm. We really need it for work. Maybe we should check with the other provider first.", "think_it_over"),
        t("I understand. Once you apply you'll be in the queue, and the installers will text you the date. I can process the application now."),
        c("Okay, let's apply.", None),
    ],
))

# d07 -- Plymouth: widow on a pension rings about the yearly price rise
_open = c("Hello, dear. My bill's gone up again, it's forty-one pounds now. I'm on my own on a pension, I can't keep paying more every year.", "no_money")
PAIRS.append(rpair(
    "b210r_d07_uk_plymouth_pension_price_rise",
    "Broadband and phone provider customer line, caller in Plymouth (UK). A widow living alone on a state pension and Pension Credit rings about her annual price rise.",
    better=[
        _open,
        t("I'm sorry, that's a worry. Let me look. Can I ask what you use, is it mainly the phone, or the internet as well?"),
        c("The phone mostly, to my son in Exeter. The internet's for my tablet, the news and a bit of grocery shopping online.", None),
        t("Thank you. And do you get any benefits alongside the state pension, such as Pension Credit? It matters for one of our tariffs."),
        c("Yes, Pension Credit. Is that relevant?", None),
        t("Very. You'd qualify for our social tariff: the same broadband plus your calls for £20 a month, with no contract, so no yearly rises like this one. You keep your number. I'd just need to check the Pension Credit, either online with your consent or over the phone now."),
        c("Twenty pounds! Over the phone, please, I'm no good with the online.", None),
        t("Of course. It takes about five minutes, and I'll post you a letter confirming the new price."),
    ],
    worse=[
        _open,
        t("I'm sorry about that. The rise is the annual price change in the contract terms, but let me see what I can do."),
        c("I know it's in the small print. It's still a lot on a pension.", "no_money"),
        t("I understand. I can move you to our Essentials broadband, which is slower but £33 a month, and you keep your phone line."),
        c("Slower... would my tablet still work for the groceries?", None),
        t("Yes, it's fine for browsing and shopping, it just won't suit a lot of streaming. Shall I switch you?"),
        c("Alright then. Thirty-three's better than forty-one.", None),
    ],
))

# d08 -- Port Harcourt: oilfield-services firm wants one corporate mobile plan
_open = c("Good afternoon. We're fifteen staff, everybody has their own line and claims airtime. I want one corporate plan. But I should tell you, our last corporate deal with another network was a disaster.", "bad_experience")
PAIRS.append(rpair(
    "b210r_d08_ng_portharcourt_corporate_lines",
    "Corporate sales office of a network provider in Port Harcourt (Nigeria). The MD of a fifteen-person oilfield-services firm wants a corporate mobile plan after a bad corporate deal elsewhere.",
    better=[
        _open,
        t("Good afternoon sir. Thank you for saying that upfront. What went wrong with the last one, so I don't repeat it?"),
        c("They locked us in for two years, the data was one shared pool so one person finished it for everybody, and we could never get anyone on the phone.", "bad_experience"),
        t("Three problems then: lock-in, one person draining shared data, and no support. Here's what I'd suggest: individual bundles per person with a cap you set, so nobody can finish another person's data, and I'm your account manager on a direct line. And instead of two years, we start with a three-month trial on five lines, your heaviest users, cancel-free."),
        c("Five lines for three months. What does it cost?", None),
        t("About ₦7,500 per line per month for 15GB and 1,000 minutes, so ₦37,500 a month for the five. If it works, we move the other ten on the same terms; if not, you walk away."),
        c("That I can work with. Send the agreement to my office.", None),
    ],
    worse=[
        _open,
        t("Good afternoon sir. I'm sorry to hear that. Our corporate plan is different: fifteen lines, a 200GB shared pool and unlimited calls between staff, for ₦105,000 a month."),
        c("Shared pool again? Last time one person finished the data for everybody.", "bad_experience"),
        t("We can set limits per line if needed. The contract is twelve months, not two years, and we have a corporate support desk."),
        c("Twelve months is better. Let me discuss it with my partners.", "think_it_over"),
        t("No problem, sir. I'll send the proposal by email today."),
        c("Send it. I'll read it when I'm back from site.", "brush_off"),
    ],
))

# d09 -- Mandaue City, Cebu: live seller asks for 'the highest plan'
_open = c("Hi. I want your highest fiber plan. My live selling keeps freezing and I'm losing buyers.", None)
PAIRS.append(rpair(
    "b210r_d09_ph_mandaue_live_selling",
    "Fibre provider store in Mandaue City, Cebu (Philippines). A seller of dried mangoes and local delicacies livestreams from a storeroom far from the modem and asks for the top plan.",
    better=[
        _open,
        t("Hi! Let's make sure the highest plan would actually fix it before you pay for it. What do you stream from, a phone or a laptop, and is it on wifi?"),
        c("My phone, on wifi. I stream from my bodega at the back of the house because that's where the products are.", None),
        t("And where's the modem, compared to the bodega?"),
        c("In the living room, at the front of the house. There are two walls in between.", None),
        t("Then the likely problem is the wifi reaching the bodega, not the plan speed; your 100 Mbps is enough for live streams. Before upgrading, I'd put a mesh unit near the bodega, 150 a month. If I'm wrong, you can upgrade any time without penalty. Can I come and test from your phone in the bodega on your next stream night?"),
        c("Okay, that's cheaper than the highest plan. Come on Thursday, I go live at 8.", None),
    ],
    worse=[
        _open,
        t("Sure! Our highest plan is 1 Gbps at 3,499 a month. For live selling it's very good, lots of upload."),
        c("3,499... I'm paying 1,699 now. Is it really needed?", "too_expensive"),
        t("For live selling, upload speed matters a lot. Our 500 Mbps at 2,499 is a good middle option, and it still has much better upload than your current plan."),
        c("Okay, maybe the 500. Will it stop the freezing?", None),
        t("It should help a lot. More bandwidth means fewer interruptions. I can upgrade you today, it's done remotely."),
        c("Okay, let's try the 500.", None),
    ],
))

# d10 -- near St Ives, Cornwall: holiday cottages with bad wifi reviews
_open = c("Hi there, we've got two holiday cottages near St Ives and guests keep moaning about the wifi in their reviews. It's killing our ratings.", None)
PAIRS.append(rpair(
    "b210r_d10_uk_cornwall_holiday_let_wifi",
    "Broadband provider sales line, caller near St Ives, Cornwall (UK). Holiday-let owners share one 30 meg line across their house and two cottages through a booster; fibre has just reached the lane.",
    better=[
        _open,
        t("That's frustrating when reviews matter so much. What do the guests actually say: slow, can't connect, or it drops out?"),
        c("Mostly 'couldn't stream anything in the evenings', and one said the bedroom had no signal. Both cottages run off our house connection through a booster.", None),
        t("So two cottages and your house on one line, shared through a booster. What speed does the line get now?"),
        c("About 30 meg, I think. Fibre's come to the lane this year, though, a chap put a leaflet through.", None),
        t("Then two things are going on: 30 meg split three ways is thin for evening streaming, and boosters lose a lot through cottage walls. With fibre on the lane, I'd give each cottage its own line, 150 meg at £30 a month each, so guests aren't sharing with you. That's £60 against the £35 you pay now. Can the cottages carry that?"),
        c("Sixty a month... we'd want to be sure the bookings justify it. Let me talk to my wife, she does the accounts.", "think_it_over"),
        t("Of course. If it helps, we could do one cottage first, the one with the bedroom complaint, and you compare the reviews over the summer before doing the second."),
    ],
    worse=[
        _open,
        t("Sorry to hear that. What speed are you on at the moment?"),
        c("About 30 meg, and it's shared between the two cottages and our house through a booster.", None),
        t("Fibre's available on your lane now, so we can upgrade you to 500 meg at £45 a month. That'll give everyone plenty of speed."),
        c("Ten quid more than now... will that sort the bedroom with no signal?", None),
        t("The faster line will help, and you could add a better booster for the bedroom. I can book the fibre install for next week."),
        c("Not next week, we've guests in both cottages till the twentieth. Book it for after that and we'll see if the reviews pick up.", "no_time"),
    ],
))
