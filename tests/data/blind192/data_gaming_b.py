"""Gaming pairs, part b (b192): telecom and pay TV, UK / US / India / Pakistan. Written by hand."""
from common import c, gpair, t

# b01 ignored_customer --------------------------------------------------------
o1 = c("Hi, I'm ringing for my mum. She's eighty-three, she needs broadband for a video doorbell we're fitting, but she's got a care alarm on her landline and I'm worried about that.", None)
b01 = gpair(
    "b192g_birmingham_care_alarm", "home phone and broadband call centre, Birmingham, UK", "ignored_customer",
    "A son orders broadband for his elderly mother and worries her landline care alarm will stop working.",
    good=[
        o1,
        t("Thanks for ringing for her. The care alarm is the important bit, so let's start there. Do you know who provides it, or is there a name on the base unit?"),
        c("It's through the council. The box by her phone is grey, says Tunstall on it.", None),
        t("That helps. With lines moving to digital, some older alarm units need testing or swapping. Has the council said anything to her about the digital switchover?"),
        c("Not that I know of. She did get a letter about something, she put it in a drawer.", None),
        t("Fair enough. So here's my suggestion: we leave her phone line exactly as it is until the council confirms the alarm works on digital. I add broadband on the same line for the doorbell, £24 a month, and mark her as a priority customer so nobody changes the line without checking first."),
        c("£24 is fine. Can the engineer come on a Tuesday, though? That's my day off, I want to be there.", None),
        t("Tuesday the 18th, eight till one, is free. I'll book that and email you the council's switchover number so you can ask about the Tunstall box."),
        c("Brilliant, thank you. That's put my mind at rest.", None),
    ],
    gaming=[
        o1,
        t("Thanks for calling! To understand your needs, can you tell me what your mum uses the phone for?"),
        c("Mainly the care alarm. It's a grey Tunstall box on her landline. That's what I'm worried about.", None),
        t("Great. So our new Digital Home Phone moves everyone onto internet calling, it comes with broadband at £31 and a free smart hub. What speed is she after?"),
        c("I don't care about speed, it's for a doorbell. Will the alarm still work on that?", None),
        t("Good question. And how important is streaming to her, does she watch much TV?"),
        c("She watches Countdown. Can you answer about the alarm?", None),
        t("Absolutely, I hear you. So I'll pop her on Digital Home Phone and the engineer will switch the line over Tuesday. Does that sound good?"),
        c("No. One of your engineers cut her line off two years ago, three days with no phone. I'm not putting her through that again.", "bad_experience"),
        t("I'm sorry you feel that way. Is there anything else I can help with today?"),
        c("Answering my question would've been nice. Forget it.", None),
    ],
)

# b02 repeated_questions ------------------------------------------------------
o2 = c("Hey, I got a landscaping outfit, four lines on a business account with y'all. Hired two crew leads and I need to add 'em.", None)
b02 = gpair(
    "b192g_houston_add_lines", "mobile carrier store, Houston, Texas, US", "repeated_questions",
    "A landscaping business owner wants two more lines with tough phones for his new crew leads.",
    good=[
        o2,
        t("Congrats on growing. Two more lines, got it. Will they need phones from us, or do they have their own?"),
        c("Their phones are junk. They need something tough, they're out in the dirt all day. Nothing fancy.", None),
        t("Tough and simple, then. Do they need to send you photos of jobs, or is it mainly calls and texts?"),
        c("Photos, yeah. I need to see the job before and after. And maps to get to the addresses.", None),
        t("Then I'd look at this rugged Kyocera. Drop-proof, waterproof, camera's fine for job photos. Zero down, twelve a month over 36 months, plus thirty a line on your business plan. About eighty-four a month for the two."),
        c("Thirty-six months is a long time. What if one of 'em quits on me?", None),
        t("Fair worry. The line and the phone belong to the business, not the guy, so if someone leaves you hand it to the next one. If you ever close a line early, you pay off what's left on that phone, worst case a few hundred."),
        c("Alright, that's fair. Let's do two of 'em.", None),
    ],
    gaming=[
        o2,
        t("Awesome, thanks for being a valued customer! What are you looking for today?"),
        c("Two more lines for my crew leads.", None),
        t("Great. And how many people do you need to get connected?"),
        c("Two. Like I said.", None),
        t("Perfect. So in terms of your team, how many lines are you looking to add to the account?"),
        c("Two, man. Two lines. They need tough phones, they're out in the dirt.", None),
        t("Got it. And what kind of usage will your new team members have? Just so I really understand."),
        c("Tough phones. Photos. Maps. I told you. I got a crew sitting at a job in Katy right now.", "no_time"),
        t("Totally understand. Just so I have it right, how many devices would that be?"),
        c("I'll do it online tonight.", "brush_off"),
    ],
)

# b03 wrong_paraphrase --------------------------------------------------------
o3 = c("Namaskar. My mother stays alone in Salt Lake. Her old dish connection stopped working. She only watches Bengali serials and news.", None)
b03 = gpair(
    "b192g_kolkata_dth_channels", "DTH (satellite TV) dealer counter, Kolkata, India", "wrong_paraphrase",
    "A son wants a new satellite TV connection for his elderly mother who only watches Bengali serials and news.",
    good=[
        o3,
        t("Namaskar. Sorry to hear that. Is the box itself dead, or is it showing a message on the screen?"),
        c("It says 'no signal'. The technician from the old company never came. Three weeks now.", None),
        t("Three weeks without TV for her, that's too long. So Bengali serials and news, and someone who actually turns up. Does she manage the remote comfortably?"),
        c("She is seventy-eight. Too many buttons confuses her. Last box had two remotes, she used to call me every night.", None),
        t("Then let's keep it simple. The Bangla Value pack has the Bengali entertainment channels and the news, 260 rupees a month. The new box has one remote, and I can put her favourite channels on numbers 1 to 9."),
        c("That's good. But installation, will they come on time? The last company's technician never came, and I can't keep leaving my office in Sector V.", "bad_experience"),
        t("Installation is tomorrow between 10 and 12. The technician will phone you before he leaves, and if he's not there by 12, ring me on this number and I'll chase it myself."),
        c("Okay, done. I will pay now.", None),
    ],
    gaming=[
        o3,
        t("Namaskar! I'm here to understand your needs. What is the problem?"),
        c("Old dish stopped. She only watches Bengali serials and news. She is seventy-eight.", None),
        t("So what I'm hearing is the whole family watches a lot, cricket and English movies also, so you need the Mega HD pack. Did I understand you correctly?"),
        c("No. She lives alone. Only Bengali serials.", None),
        t("Got it, so you're saying she's comfortable with technology and wants the smart box with apps, Netflix and YouTube, correct?"),
        c("No! Too many buttons confuses her. Which part of what I said sounds like Netflix?", None),
        t("Understood. So just to confirm, you want Mega HD at 650 a month with the smart box, since price isn't the main concern for you?"),
        c("I never said that. 650 is too much for only Bengali channels. I'll go to the other shop.", "too_expensive"),
    ],
)

# b04 pitch_to_upset ----------------------------------------------------------
o4 = c("Hello. My father passed away last week. He had a postpaid number with you and I don't know what to do with it.", None)
b04 = gpair(
    "b192g_islamabad_bereavement_line", "mobile operator call centre, Islamabad, Pakistan", "pitch_to_upset",
    "A son calls after his father's death about the father's postpaid number, which his mother wants to keep.",
    good=[
        o4,
        t("I'm very sorry for your loss. Please take your time. Would you like to close the number, or keep it in the family?"),
        c("My mother wants to keep it. Everyone has that number, his friends, the mosque committee. She is not ready to let it go.", None),
        t("That's completely understandable. We can transfer it into your mother's name, the number stays exactly the same. We need his death certificate and her CNIC. Has the certificate been issued?"),
        c("NADRA gave it two days back. But my mother can't come to the franchise, she is in iddat.", None),
        t("Then she doesn't need to come. You can bring both documents with a letter signed by her, and if a biometric is needed, the franchise can send someone to the house."),
        c("JazakAllah. There is one bill of 3,200 pending. Do we have to pay that now?", None),
        t("No rush. I'm putting a 60-day hold on it, so nothing gets cut off or charged late. You can settle it after the transfer."),
        c("Thank you. You have made this easy.", None),
    ],
    gaming=[
        o4,
        t("I'm so sorry for your loss. I understand this is a difficult experience. What do you need from us?"),
        c("My mother wants to keep his number. Everyone knows it. I don't know the process.", None),
        t("Absolutely. And while we're at it, this is a great moment to put the whole family on Family Share, four numbers, 100 GB shared, only Rs 3,999. Your mother would love staying connected, wouldn't she?"),
        c("We are in mourning. I only want to keep his number.", "no_need"),
        t("I completely understand. That's why Family Share is perfect, it brings everyone together. And there's a free smartphone for your mother on the 24-month plan."),
        c("She is sixty-five, she doesn't want a smartphone. Please, what documents for the transfer?", "no_need"),
        t("Transfers are done at the franchise. But before you go, can I book Family Share for you? The offer is only this week."),
        c("There is still 3,200 pending on his bill and you are selling me new plans. I'll go to the franchise.", None),
    ],
)

# b05 blame -------------------------------------------------------------------
o5 = c("hey my wifi has been dropping every hour since tuesday. i work from home and had to hotspot off my phone all day", None)
b05 = gpair(
    "b192g_brooklyn_router_outage", "internet provider support chat, Brooklyn, New York, US", "blame",
    "A remote worker's home internet has dropped every hour for days.",
    good=[
        o5,
        t("Sorry, that's a rough week when you work from home. Let's find out what's going on. When it drops, do all your devices lose it at once, or just the laptop?"),
        c("everything. phone laptop tv. lights on the router go orange then come back after like 5 min", None),
        t("Orange means the router is losing the connection from our side, not your WiFi. Checking the line... I see 14 drops since Tuesday and a fault logged on the equipment in your building. Did anything change on Tuesday, a new device or a power cut?"),
        c("nope nothing. i didnt touch it", None),
        t("Then it's very likely the building fault, not you. A tech is booked to fix it tomorrow. I'll credit the days since Tuesday, and if it's still dropping after that, we'll send someone to your apartment. Does that work?"),
        c("tomorrow i have calls all morning, i cant have someone banging around", "no_time"),
        t("You don't need to be home, the work is in the basement, so it won't disturb you. I'll message you here when it's done."),
        c("ok cool. thanks for actually checking", None),
    ],
    gaming=[
        o5,
        t("Thanks for reaching out! I want to make sure your experience is great. Can you tell me what you've been doing with the router?"),
        c("nothing? it just drops. lights go orange then back", None),
        t("Okay. Have you been unplugging it? Most of the time these issues come from customers resetting the router or shutting it in a cupboard."),
        c("its on a shelf in the open. i didnt touch it", None),
        t("I hear you. How many devices have you got on it? If there's loads of smart stuff connected, honestly that's usually the customer's setup, not the network."),
        c("like 4. laptop phone tv and a speaker. my old provider never had this", None),
        t("Got it. So from our side it's probably your equipment. You could add our Mesh Pro for $15 a month to fix your home setup. Does that sound like a fair next step?"),
        c("no. im not paying extra for your problem", "no_need"),
    ],
)

# b06 monologue ---------------------------------------------------------------
o6 = c("Salaam bhai. I need internet for the card machine and the billing computer in my shop. Fixed line is not available in our market.", None)
b06 = gpair(
    "b192g_multan_mifi_shop", "mobile operator franchise, Multan, Pakistan", "monologue",
    "A shopkeeper needs reliable internet for his card machine and billing computer where no fixed line reaches.",
    good=[
        o6,
        t("Walaikum salaam. Okay, no fixed line in the market. How many devices will connect, just the card machine and one computer?"),
        c("Card machine, computer, and my son's phone sometimes. Not much data I think. Bills and payments only.", None),
        t("Billing and payments, light use. One important thing: if the internet goes off, can you still sell, or does the card machine stop everything?"),
        c("If it stops, customers go to the next shop. Last Eid it stopped two hours with my old device and I lost sales.", None),
        t("Then reliability matters more than speed. Our 4G device with 30 GB a month is Rs 1,800. As backup, the card machine can take its own SIM, so if the device fails, payments still go through. That SIM is Rs 400 a month."),
        c("Both together 2,200. Okay, that is fine, the bank charges me more than that.", None),
        t("Good. But the signal inside your shop matters most. Take this demo device today, check it at the shop, and pay only if it works."),
        c("Very good. I will test tonight and come in the morning.", None),
    ],
    gaming=[
        o6,
        t("Walaikum salaam bhai! You've come to the right place. We have the 4G device, the 5G device, the home router and the new Wingle. The 5G one is the best, up to 500 Mbps, 32 devices, eight-hour battery, 100 GB for Rs 4,500, first month half price. Plus free YouTube and our relationship rewards app."),
        c("Bhai, only card machine and computer.", "no_need"),
        t("Yes yes, exactly, that's why 5G is ideal, future proof. You can also put CCTV cameras on it, many shopkeepers do that now. On the two-year plan the device is free. The experience is very smooth. What matters most to you?"),
        c("4,500 is too much for billing only. My cousin pays 1,500.", "too_expensive"),
        t("Sir, your cousin's package is old, now everyone is going 5G. And the business plan has a dedicated helpline and static IP, you can add a second SIM for your wife, and this month there is a lucky draw for a motorbike."),
        c("Okay okay. I will come later.", "brush_off"),
        t("Sure bhai! Take this brochure, everything is there. Any other questions?"),
        c("No. Khuda hafiz.", None),
    ],
)

# b07 closing_as_open_question ------------------------------------------------
o7 = c("hi there, i want to cancel the sports bit of my tv package. footballs over and i cant justify it till august", None)
b07 = gpair(
    "b192g_belfast_sports_cancel", "pay TV provider web chat, Belfast, UK", "closing_as_open_question",
    "A customer wants to drop the sports add-on for the summer and keep the rest of his TV package.",
    good=[
        o7,
        t("Hi! No problem, I can help with that. Just so I do it right, you want to drop only the sports and keep everything else as it is?"),
        c("yeah keep the rest. the kids watch the cartoons and the wife has her soaps", None),
        t("Got it. Sports is on a rolling monthly term, so it needs 31 days notice and would come off on the 14th of next month. Is that okay, or did you want it sooner?"),
        c("14th is grand. will it be a hassle to put it back on in august", None),
        t("Not at all, you can add it back in the app in a couple of minutes, no fee. Your bill goes from £78 to £52 after the 14th."),
        c("sound. thats all i needed", None),
        t("Done. You'll get an email confirming the date. Enjoy the summer off!"),
    ],
    gaming=[
        o7,
        t("Hi! Thanks for reaching out. Before we do anything, can I ask, what would it take for you to keep the sports on today?"),
        c("nothing really. footballs over. ill get it back in august", "no_need"),
        t("I understand. So if I could give you 20% off, how soon would you like that to start?"),
        c("i dont want it at 20% off. i dont want it at all till august", "no_need"),
        t("That makes sense. And thinking about the cricket and golf over the summer, which would you like to keep watching, the cricket or the golf?"),
        c("neither. i dont watch golf. just cancel it please", "no_need"),
        t("Absolutely. And just so I understand, how would you like to pay for the new 18-month bundle that keeps sports at the same price as now?"),
        c("are you having a laugh. same runaround i got off you lot when i cancelled the broadband last year. ill ring instead", "bad_experience"),
    ],
)

# b08 pitch_as_paraphrase -----------------------------------------------------
o8 = c("Hi, I'm travelling to San Jose for a conference, ten days from the 3rd. What do I need to do so my number works there?", None)
b08 = gpair(
    "b192g_bengaluru_roaming_pack", "mobile operator store, Bengaluru, India", "pitch_as_paraphrase",
    "A software engineer travelling to the US for ten days needs his number to work, mainly for bank OTPs.",
    good=[
        o8,
        t("Sure. Are you prepaid or postpaid with us, and what will you need most over there, calls home, data, or both?"),
        c("Postpaid. Mainly data for maps and Uber, and WhatsApp calls home. Office may give me a US SIM, not confirmed.", None),
        t("Okay, data to get around and WhatsApp for family, maybe a US SIM from the office. Do you need this Indian number active for bank OTPs?"),
        c("Yes, that's the main thing actually. All my bank OTPs come here.", None),
        t("Then two ways. If the office gives you a SIM, keep our number on the 10-day incoming SMS pack, 199 rupees, so OTPs still arrive. If not, the 10-day USA pack with 5 GB and 100 minutes is 2,999."),
        c("2,999 is a lot for ten days. Let me first ask the office about the SIM.", "think_it_over"),
        t("Makes sense. You can activate either from the app right up to the day you fly. Meanwhile I'll switch on roaming on your number now, it's free, so the OTPs work whatever you decide."),
        c("Please do. Thank you.", None),
    ],
    gaming=[
        o8,
        t("Hi! Great to help. What are you looking for from your travel experience?"),
        c("Just data for maps and Uber, WhatsApp calls home. And bank OTPs must come.", None),
        t("So what you need is our Postpaid Infinity 2499 plan with free international roaming in 60 countries every month, is that right?"),
        c("No, I travel maybe once a year. I only need it for these ten days.", "no_need"),
        t("Got it. So to play it back, you'd like a family add-on so your wife can roam too, with a second SIM for her, correct?"),
        c("I never said wife. She is not travelling. Just me, ten days.", None),
        t("Understood! So what I'm hearing is you want to upgrade to Infinity 2499 and take the iPhone offer with it, yes?"),
        c("You are not hearing anything. I'll do it from the app myself.", None),
    ],
)

# b09 upsell_as_loop_closing --------------------------------------------------
o9 = c("Hi, I'm the office manager at a dental practice. We're moving our main number over to your business phone service. What do you need from me?", None)
b09 = gpair(
    "b192g_detroit_dental_port", "business phone provider call centre, Detroit, US", "upsell_as_loop_closing",
    "A dental office manager is porting the practice's main number to a new business phone service.",
    good=[
        o9,
        t("Happy to walk you through it. For the port I need the latest bill from your current carrier, the account number and PIN, and who's authorized to sign. How many phones are in the office?"),
        c("Five desk phones, front desk has two. And we still have a fax line for insurance stuff, unfortunately.", None),
        t("Lots of dental offices are stuck with fax for insurers. We can port the fax number too and make it e-fax, so faxes land as PDFs in an inbox. Would that help, or does the front desk prefer paper?"),
        c("Honestly paper's a pain, but Dr. Patel likes printouts. I'd have to ask her.", "think_it_over"),
        t("Sure. The main number port is the same either way, so let's start that, and the fax can follow later at no extra fee. Porting takes seven to ten business days. Is there a day you'd rather the switch didn't happen?"),
        c("Not Mondays. Mondays are crazy.", None),
        t("Then I'll request a Wednesday cutover, early morning before you open. I'll email you the checklist and the authorization letter to sign today."),
        c("Perfect. Thank you.", None),
    ],
    gaming=[
        o9,
        t("Happy to help! I'll need your latest bill and account PIN. And to close the loop, what else can I add for you? Most practices add Premium Call Recording at eight dollars a seat."),
        c("We don't record calls. Patient privacy, the doctor won't want it.", "no_need"),
        t("Totally. Is there anything else I can add to make your experience complete? Our AI Receptionist is $49 a month and answers calls after hours."),
        c("We have an answering service we like. I just need the number moved.", "no_need"),
        t("Great. Before we wrap up, anything else I can add for you? Upgrading the five desk phones to our color-screen models is twelve dollars each a month."),
        c("Our budget's set for the year, I can't add anything. What's the timeline on the port?", "no_money"),
        t("Timelines vary. So just to close the loop, shall I add the phones and the AI receptionist and get the port started?"),
        c("No. Just the port. I'll email my rep instead.", "no_need"),
    ],
)

# b10 leading_tag_questions ---------------------------------------------------
o10 = c("Hi. My daughter's starting secondary school in September and we've finally caved. She needs a phone. I've no idea where to start.", None)
b10 = gpair(
    "b192g_bristol_first_phone", "mobile phone shop, Bristol, UK", "leading_tag_questions",
    "A father buys a first phone for his eleven-year-old daughter and worries about late-night social media.",
    good=[
        o10,
        t("Big milestone! Let's work it out together. What do you want the phone to do for her, and what worries you about it?"),
        c("Mainly so she can ring us when she's on the bus. And I'm worried about her being on social media all night, honestly.", None),
        t("So it's about reaching her on the bus, and not having her lost in apps at night. Is she careful with things, or do they get dropped a lot?"),
        c("Ha. She's cracked two tablets. So, probably not careful.", None),
        t("Then I wouldn't spend big. This mid-range Android is £129 outright and pretty tough, and Family Link lets you set a bedtime when the apps switch off. Pair it with a £7 SIM-only plan with a spending cap, so no surprise bills."),
        c("I'd sort of hoped for something cheaper, to be honest, given she'll probably lose it.", "too_expensive"),
        t("Fair enough. There's a refurbished one at £79 with a twelve-month warranty. Same job, older camera. Want to hold both and compare?"),
        c("Yeah, the refurb'll do. She'll moan about the camera but she'll live.", None),
    ],
    gaming=[
        o10,
        t("Big milestone! You'll want to get her the iPhone 15 so she fits in with her friends, won't you?"),
        c("Um, I was hoping for something cheaper. She cracks everything.", "too_expensive"),
        t("Of course, but you wouldn't want her to be the only one without an iPhone, would you? Kids can be cruel."),
        c("I'm more worried about her being on TikTok all night.", None),
        t("Totally. So you'll want unlimited data so she can always reach you, right? Only £25 a month, that's fair, isn't it?"),
        c("Twenty-five a month on top of the phone? For an eleven-year-old? I'm not made of money.", "no_money"),
        t("But her safety's worth it, isn't it? And you'll want insurance, obviously, since she cracks things, won't you?"),
        c("I'll talk it over with her mum and come back.", "think_it_over"),
    ],
)

PAIRS = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10]
