"""Gaming pairs, file a (hand-written for blind210). Kinds 1-10, once each."""
from common import c, gpair, t

PAIRS = []

# 1 monologue -- Leeds phone shop, student wants SIM-only
_open = c("Hiya, um, I'm after a SIM-only thing? My mum gave me her old phone but I'm still on her contract and she wants me off it.", None)
PAIRS.append(gpair(
    "b210g_uk_leeds_simonly_student",
    "Mobile network phone shop, Leeds city centre (UK)",
    "monologue",
    "A first-year student at the counter wants her own cheap SIM-only plan for a hand-me-down phone; her student loan is tight.",
    good=[
        _open,
        t("Course, happy to help you get your own. Tell me a bit about how you use the phone now: what eats most of your data, and where are you when you're using it?"),
        c("Mostly like TikTok and Spotify on the bus? There's wifi in halls but it's honestly terrible in the evenings so I end up on data anyway.", None),
        t("Bus, and halls when the wifi gives up. Do you know roughly how much you used on your mum's plan, or shall we look it up on the phone together?"),
        c("No idea. Can we look? Oh, it says 22 gig last month. But I can't really do more than like a tenner a month, my loan's already stretched.", None),
        t("That helps a lot. So about 22 gig, mostly streaming on the move and in the evenings, with a ceiling of around ten pounds. There's a 30 gig SIM-only at £9 on a rolling month, so you could drop it any month. Would rolling suit you, or would you rather fix the price for a year?"),
        c("Rolling's better I think. I'll probably go home for summer and not need it as much.", None),
        t("Makes sense. Small tip: Spotify can download playlists on the halls wifi when it's behaving, which saves data on the bus. Do you want to keep your number? Your mum can text her network for a PAC code and we'll move it across."),
        c("Oh yeah, I want my number. I'll text her now. Can I come back in like an hour with it?", None),
        t("Of course. I've written the plan on this card so you don't have to explain it again. Ask for Priya, I'm here till six."),
    ],
    gaming=[
        _open,
        t("Love that, getting your own plan is a big step, so what I'm hearing is you want the full experience. Let me walk you through it. We've got 10 gig, 50 gig and unlimited, and honestly students all go for the unlimited at £22 because it's streaming, gaming, hotspot for your laptop, it's 5G-ready, you get six months of a music app and the speed cap is so generous you won't even notice it."),
        c("Oh, um, twenty-two's quite a lot for me though-", "no_money"),
        t("Totally hear you, and that's why I say think of it per day, it's about seventy pence, less than a coffee. Plus on 24 months it drops to £19, add a second line for a friend and you both get ten percent off, and we do trade-ins, that old phone's worth maybe thirty quid towards a new one, which let's be honest, that model's about to stop getting updates anyway. Does that make sense?"),
        c("I don't really want a new phone, I just-", "no_need"),
        t("No, for sure, totally your call. So just the SIM, and the unlimited gives you peace of mind. You also get the Europe roaming pass if you go travelling, and the app is brilliant, you can see everything in one place. How are you feeling about the experience so far?"),
        c("Honestly a bit overwhelmed. Can you just write down the cheapest one and I'll have a look online?", "brush_off"),
        t("Absolutely, though online you won't get the in-store perks. I've circled the unlimited, put the 24-month one underneath and the trade-in value on the back. Anything else I can help you with today?"),
        c("No, that's fine. Thanks.", None),
    ],
))

# 2 closing_as_open_question -- Ikeja, Lagos: provision-shop owner, POS keeps dropping
_open = c("Good afternoon. My POS machine keeps dropping network and customers are walking out. Somebody told me I should get a router for the shop.", None)
PAIRS.append(gpair(
    "b210g_ng_lagos_pos_router",
    "Telecom retail shop, Ikeja, Lagos (Nigeria)",
    "closing_as_open_question",
    "The owner of a provision shop near a busy market wants his card terminal to stay online and a small camera he can watch while he is away buying stock.",
    good=[
        _open,
        t("Good afternoon sir, sorry to hear that, lost sales hurt. Before I suggest anything, what is the POS running on now: its own SIM inside, or the shop phone's hotspot?"),
        c("Its own SIM. Sometimes it works, sometimes it just spins and spins. Mostly in the evening when the market is full.", None),
        t("Mostly evenings when the market is busy. That sounds like the network around you getting congested, not your machine. Is there anything else you want online in the shop, or only the POS?"),
        c("I have one small camera I want to watch from my phone when I go to Balogun to buy goods. My boy dey sell when I'm not around.", None),
        t("So the POS must hold up at the busy hours, and you want to see the shop from Balogun. A router with an outside antenna can help both, but let me be honest with you: if the mast itself is overloaded, no router fixes all of it."),
        c("Last year I bought one MiFi from another network and it was useless inside my shop. I don't want to waste money again.", "bad_experience"),
        t("That's fair, you've been burned once. The router is ₦38,000 and data for the POS and one camera would be around ₦9,000 a month. That's why I'd rather test first: can I come to your shop tomorrow at six with a test SIM and a router? If the signal is poor, I'll tell you not to buy."),
        c("Okay. Come tomorrow by six. The shop is opposite the filling station on Obafemi Awolowo Way.", None),
        t("I'll be there by six with the test kit, and we'll try the POS and the camera together. Here's my number in case anything changes."),
    ],
    gaming=[
        _open,
        t("Good afternoon! I'm so glad you came in. Can I ask, what would it take for you to walk out of here today with a router that keeps your business online?"),
        c("Eh... first I want to know if it will even work in my area. The POS drops mostly in the evening.", None),
        t("Great question, and I hear you: evening drops. So which would you prefer to take home, the standard router or the premium one with the outdoor antenna?"),
        c("I don't know yet. Last year I bought MiFi from another network and it was useless inside my shop.", "bad_experience"),
        t("I understand completely, that experience must have been frustrating, and that's exactly why customers love us. So how would you like to pay today, transfer or card?"),
        c("My brother, you are not hearing me. I'm not paying anything until somebody checks the network at my shop.", "think_it_over"),
        t("Absolutely, we can look at that after installation. What day suits you best for delivery, Wednesday or Thursday?"),
        c("Just write the prices for me. I'll call you.", "brush_off"),
    ],
))

# 3 pitch_as_paraphrase -- Philippine mobile hotline, mother in Cebu City
_open = c("Hello, good morning. I want to ask about promos for my son. His load is always gone by Wednesday because of his online class.", None)
PAIRS.append(gpair(
    "b210g_ph_cebu_prepaid_school",
    "Mobile network customer hotline, caller in Cebu City (Philippines)",
    "pitch_as_paraphrase",
    "A mother rings the hotline because her teenage son's prepaid data runs out mid-week; she has a fixed weekly amount for it.",
    good=[
        _open,
        t("Good morning ma'am, thanks for calling. I can help with that. He's on prepaid? And what is he mostly using it for, the video calls with his teacher or watching recorded lessons?"),
        c("Prepaid. He has classes on Google Meet twice a week, and the rest is YouTube for the lessons, he says. But I think also games.", None),
        t("Maybe a bit of both, yes. How much are you loading for him in a week now, roughly?"),
        c("Around 150 pesos, sometimes 200 if he begs. I cannot give more than that, I have two other kids.", None),
        t("Understood. So 150 to 200 a week, Meet twice a week plus YouTube lessons, and you want it to last until Sunday. There's a seven-day promo at 149 that gives a separate allocation for video and learning apps and another for everything else, so the games can't eat the class data. Would that fit how he uses it?"),
        c("Oh, separate. That's good. But can I control it? He will just load more from his allowance.", None),
        t("I can't stop him buying extra load, honestly. What I can do is register you as the account holder so you can text for his balance from your own phone and see what's left. Shall I send you both steps by SMS now?"),
        c("Yes please, send. Thank you so much.", None),
    ],
    gaming=[
        _open,
        t("Good morning ma'am! So what I'm hearing is that you need a postpaid plan for your son so he never runs out, is that right?"),
        c("No, no, we are prepaid. I just want a promo that lasts the whole week.", "no_need"),
        t("I understand. So what you're really looking for is peace of mind, which is exactly our Family Postpaid 999, unlimited data and you're in control. Did I get that right?"),
        c("999 a month? That's too much for us. We load maybe 150 a week.", "no_money"),
        t("Got it. So if I'm understanding you correctly, what matters most to you is value, which is why the 999 plan with the free tablet is the smart choice for online school, correct?"),
        c("Sir, I did not say anything about a tablet. I'm asking for a prepaid promo only. Is there one or none?", None),
        t("Absolutely, I hear you. So to summarise, you'd like to try postpaid for your son with the tablet, and I'll have someone call you tomorrow to complete it, is that okay?"),
        c("No. Forget it. I'll just ask at the loading station near our house.", None),
    ],
))

# 4 upsell_as_loop_closing -- Glasgow pensioner, copper line switch-over
_open = c("Aye, hello. I got a letter saying my phone line's being changed over to fibre and I've to book something. I'm no very clued up on all this.", None)
PAIRS.append(gpair(
    "b210g_uk_glasgow_fibre_switch",
    "Broadband and landline provider booking line, caller in Glasgow (UK)",
    "upsell_as_loop_closing",
    "A retired man has had a letter about the copper landline switch-off and rings to book the changeover; he has a council pendant alarm.",
    good=[
        _open,
        t("Good morning, no bother at all, I'll go through it with you step by step. What do you use the line for just now: is it only the house phone, or do you have internet on it too?"),
        c("Just the phone. My daughter rings on a Sunday, and I've one of them pendant alarms in case I take a tumble.", None),
        t("Thanks, that alarm matters. Some of them run through the phone line, so we need to make sure it keeps working after the change. Is there a name or a sticker on the base unit?"),
        c("Hang on... it says Tunstall on it. The council put it in.", None),
        t("Perfect. So: the house phone for your daughter's calls, and a council alarm that has to keep working. I'll flag the alarm on the order so the engineer tests it on the day, and I'll ask the council's alarm team to confirm it's compatible. Are mornings or afternoons better for you?"),
        c("Mornings. But no Wednesdays, that's my lunch club.", None),
        t("No Wednesdays, noted. I've got Tuesday the 14th, eight till twelve. The engineer rings half an hour before, and your bill stays exactly the same. Would you like a letter with all of this, and shall I text your daughter the date too?"),
        c("A letter would be grand. My daughter's number is... och, I'll need my glasses.", None),
    ],
    gaming=[
        _open,
        t("Good morning! Thanks for calling, I'm really happy to help with your fibre journey. So, what else can I add for you today to get the most out of the switch? Have you thought about broadband with it?"),
        c("Broadband? No, I just have the phone. I don't use a computer.", "no_need"),
        t("Totally understand. Just closing the loop then: is there anything else I can add to the order while I've got you, like our TV bundle? Lots of customers your age love having the sport included."),
        c("I've a telly, son. I just want to know what happens to my phone and my alarm.", "no_need"),
        t("Great, I hear you, phone and alarm. I'll get the engineer booked. And before I wrap up, what else can I do for you, would you like to add Home Care cover at £6 a month in case anything goes wrong with the new kit?"),
        c("Six pound a month? For what? I'm on my pension.", "no_money"),
        t("No pressure at all. You're booked for Wednesday morning. Anything else I can add before I let you go, a mobile SIM maybe?"),
        c("Wednesday's my lunch club, I cannae do Wednesday. And you've no said a word about my alarm.", "no_time"),
    ],
))

# 5 leading_tag_questions -- Abuja law chambers, business lines
_open = c("Good morning. I manage a small law chambers, five lawyers and two support staff. Our clients complain they can't reach us. I was told you do business lines.", None)
PAIRS.append(gpair(
    "b210g_ng_abuja_chambers_lines",
    "Business sales office of a telecom provider, Wuse 2, Abuja (Nigeria)",
    "leading_tag_questions",
    "The practice manager of a seven-person law chambers wants clients to be able to reach the firm; lawyers are often in court.",
    good=[
        _open,
        t("Good morning ma, yes we do. When clients can't reach you, what happens exactly: the line is busy, it rings out, or they're calling the lawyers' own numbers?"),
        c("All of that. We have one landline that is always engaged, and the lawyers give out their personal mobiles, so when they are in court nobody answers.", None),
        t("So one engaged landline, and calls going to personal phones that go silent in court. When a client rings and the lawyer is in court, who should ideally pick up?"),
        c("The front desk, Blessing. She can take a message or book a meeting. But I don't want to spend a fortune, the partners are very careful with money.", None),
        t("Understood. A simple set-up: one firm number that rings Blessing first, then a second desk, then voicemail to email if nobody answers. Lawyers get the firm number on their phones through an app, so clients never need private numbers. For seven users it's about ₦45,000 a month. Would the partners want to see it working before they agree?"),
        c("Yes, they will want to see it. The senior partner especially, he doesn't trust anything new. I'll have to take it to him.", "think_it_over"),
        t("That's very reasonable. I can set up a free two-week trial on two lines, Blessing's desk and one lawyer, so the senior partner can call in himself and see. Which day could I come to set it up?"),
        c("Thursday afternoon. Court usually finishes by two.", None),
    ],
    gaming=[
        _open,
        t("Good morning ma! You'll want our Enterprise Voice package for a chambers like yours, won't you? Serious firms need serious lines, don't they?"),
        c("I don't know what that is yet. My problem is that clients can't reach us.", None),
        t("Exactly, and you'd agree that's costing you business, wouldn't you? So the full package with twenty lines makes sense, doesn't it?"),
        c("Twenty lines? We are seven people.", "no_need"),
        t("Of course, but you're growing, aren't you? You wouldn't want to come back in six months, would you? And call recording is essential for a law firm, isn't it?"),
        c("Call recording... I'd have to ask the partners about that. How much is all this?", "think_it_over"),
        t("It's ₦180,000 a month, but that's nothing for a chambers, is it? You'd be happy to sign for the partners today, wouldn't you?"),
        c("A hundred and eighty thousand? For that money we'll keep the old landline and the lawyers can use their mobiles.", "too_expensive"),
        t("I'm sure you'd agree that would be a false economy, wouldn't it?"),
        c("Send me a proposal. I'll show it to the partners when they have time.", "brush_off"),
    ],
))

# 6 putdown_question -- Cardiff, roaming bill after a week in Turkey
_open = c("Hi, I've just had a bill for three hundred and twelve pounds. It's normally twenty-five. I'm honestly shaking, I don't know what's happened.", None)
PAIRS.append(gpair(
    "b210g_uk_cardiff_roaming_turkey",
    "Mobile provider call centre, caller in Cardiff (UK)",
    "putdown_question",
    "A long-standing customer rings about a huge bill after a family week in Turkey; she believed her plan covered roaming, and her son used her hotspot.",
    good=[
        _open,
        t("I'm sorry, that's a horrible thing to open. Let's get to the bottom of it together. Can I take your name, and then tell me, were you away anywhere last month?"),
        c("It's Rhiannon Price. And yes, we were in Turkey for a week, Bodrum. But I thought my plan covered roaming.", None),
        t("Thank you, Rhiannon. I can see the charges, nearly all from the 3rd to the 10th. Your plan covers Europe, and Turkey sits outside that zone, which honestly isn't obvious. Did you get a text from us when you landed?"),
        c("I got a text, yeah, but I thought it was the usual welcome one. Didn't read it properly. My son was using my hotspot for his games as well.", None),
        t("That explains the size of it: most of it is hotspot data, charged by the megabyte. I can't wipe it all, but I can re-rate the week at the Turkey day-pass price, £6.99 a day, as if you'd bought it. That brings it down to about £75. Would that feel fair?"),
        c("Seventy-five is still a lot for us this month, we've only just paid off the holiday.", "no_money"),
        t("I understand. I can spread the £75 over three bills at no extra cost, so £25 on top each month, and I'll put a zero roaming cap on the line so this can't happen again unless you choose to lift it. Shall I do both?"),
        c("Yes. Yes, please do both. Thank you, honestly.", None),
    ],
    gaming=[
        _open,
        t("Okay, let's not panic before we've even looked, shall we? What exactly do you think happened?"),
        c("I don't know, that's why I'm ringing. We were in Turkey for a week, but I thought roaming was included.", None),
        t("Right. And did you actually read your plan before you went, or did you just assume?"),
        c("I... didn't read every line, no. I've been with you nine years.", None),
        t("I hear you. So help me understand: you got the text when you landed, like everybody does, and you didn't think to open it?"),
        c("I thought it was the usual welcome text. My son was on my hotspot as well.", None),
        t("A teenager on a hotspot abroad, what did you expect would happen, honestly? So what outcome are you looking for today?"),
        c("I expected a bit of help, not a telling-off. Nine years. I'll be looking at other networks when this contract's up.", None),
        t("That's your choice, of course. Is there anything else I can help you with?"),
    ],
))

# 7 not_my_department_or_read_the_terms -- Quezon City, fibre install moved three times (chat)
_open = c("hi this is my 3rd time to message. my fibre install was moved again. 3 times already. i work from home and im on my pocket wifi which is so slow", None)
PAIRS.append(gpair(
    "b210g_ph_qc_fibre_install_delay",
    "Fibre broadband provider online chat support, customer in Quezon City (Philippines)",
    "not_my_department_or_read_the_terms",
    "A freelance graphic designer chats with support after her fibre installation was rescheduled three times; she has a client deadline on Friday.",
    good=[
        _open,
        t("Hi, I'm sorry, three reschedules is a lot, especially when you work from home. Let me pull up your order. Can I have your account number or the mobile number on the application?"),
        c("0917 on the form. the tech was supposed to come yesterday nobody came no text", None),
        t("Thank you. I can see it: the job was moved because the fibre box on your street has no free port yet. That's a capacity problem on our network, nothing on your side. I've escalated it to the field team lead and noted the three reschedules. What deadline are you working to, so I can tell them?"),
        c("client handover on friday. big files. honestly my officemate waited 2 months with you guys last year so if its not in by thurs im cancelling", "bad_experience"),
        t("That's fair, and I won't promise a date I can't see yet. The team lead has to answer your ticket within 24 hours, and I'll message you here by 3pm tomorrow at the latest. If it can't be done before Friday you can cancel with no fee, and I'll confirm that in writing. Meanwhile I can add 20GB to your pocket wifi free this week. Would that help with the handover?"),
        c("yes pls the extra data will help. ok ill wait til tomorrow 3pm", None),
        t("Done, the 20GB is on your pocket wifi now. Your ticket number is QC-48812. I'll message you here by 3pm tomorrow either way."),
    ],
    gaming=[
        _open,
        t("Hi! Thank you for reaching out, I totally understand your frustration and I value our relationship. May I know how I can help you today?"),
        c("i just told you. the install got moved again. 3 times. i need to know when", None),
        t("I hear you. Unfortunately installation schedules are handled by our field partner, so it's not my department and I can't see their calendar. Is there anything else I can help with?"),
        c("so who do i talk to then. i work from home, im losing money on this", None),
        t("I understand. As stated in our terms and conditions, section 4.2, installation dates are estimates and may change depending on network availability. You may review them on our website. How satisfied are you with my assistance today?"),
        c("are you serious. my officemate waited 2 months with you guys last year and now me. just cancel it", "bad_experience"),
        t("I'm sorry to hear that. Cancellations are handled by the retention team, I'm not able to process that here. You may call our hotline from 8am to 5pm. Is there anything else?"),
        c("wow. ok", None),
    ],
))

# 8 social_proof_or_deadline_pressure -- Kings Heath, Birmingham: doorstep fibre rep
_open = c("Yes? If you're selling something, I've already got broadband, thank you.", "no_need")
PAIRS.append(gpair(
    "b210g_uk_birmingham_doorstep_fibre",
    "Full-fibre network door-to-door sales, Kings Heath, Birmingham (UK)",
    "social_proof_or_deadline_pressure",
    "A fibre rep knocks on a terraced house on a newly cabled road; the retired woman who answers already has broadband and a contract.",
    good=[
        _open,
        t("Fair enough, and I won't keep you on the step. I'm with the fibre network that's just been laid on this road. Can I ask one thing: is the broadband you've got doing what you need, or is anything annoying you about it?"),
        c("It's fine. My husband watches the cricket on it and I do video calls with my sister in Perth. It cuts out sometimes, but that's normal, isn't it?", "no_need"),
        t("Cutting out isn't something you should have to put up with, though it can have lots of causes. When does it tend to happen: during the cricket, or at certain times of day?"),
        c("Evenings, mostly. When the grandchildren are round and they're all on their tablets. I think we're in a contract till March or so.", None),
        t("That fits: lots of devices at once in the evening. And if you're contracted till March, there's nothing to decide today. I'll leave you a card with our prices and the speed you'd get here. I can knock again in February, or you can ring when you're ready. Would that be alright?"),
        c("Leave the card. I'll show my husband, he does all the bills.", "think_it_over"),
        t("Of course. I've written 'contract ends March' on the back so it's easy to remember. Enjoy the cricket, and I hope the calls to Perth behave."),
        c("Thank you, love. Ta-ra.", None),
    ],
    gaming=[
        _open,
        t("Totally understand, and I'm not here to sell, I'm here to understand your needs. Can I ask, how satisfied are you with your broadband today, on a scale of one to ten?"),
        c("I don't know, a seven? It cuts out in the evenings sometimes.", None),
        t("A seven. Well, I'll be honest with you, nearly every house on this road has switched to us this week: twelve, fourteen, twenty, the lady across the way. You don't want to be the last one left on the old copper, do you?"),
        c("Next door can do what they like. Ours works well enough for us.", "no_need"),
        t("I hear you. The thing is, the free installation is only on while we're doing this street, and I'm off at five. After today it's ninety pounds to install. Shall I pop your name down to hold the slot, no obligation?"),
        c("We're in a contract till March anyway. And I don't sign things on the doorstep.", "think_it_over"),
        t("Totally respect that. But once the van leaves the road, it's gone, and your neighbours will all be on ten times your speed. What's stopping you from just holding the slot?"),
        c("I've had your sort before, we ended up with a phone contract we never asked for. Goodbye.", "bad_experience"),
    ],
))

# 9 keyword_stuffed -- Port Harcourt contact centre, data vanishing
_open = c("Hello, customer care? I bought 10GB on Monday, today is Thursday and it says I have 600MB left. Something is eating my data and I want to know what.", None)
PAIRS.append(gpair(
    "b210g_ng_portharcourt_data_vanish",
    "Mobile network contact centre, caller in Port Harcourt (Nigeria)",
    "keyword_stuffed",
    "A salesman rings because most of his monthly data bundle vanished in three days; he only uses WhatsApp and email.",
    good=[
        _open,
        t("Good afternoon sir, I'm sorry, that's a fast drop. Let me check the usage on your line. Can you confirm your name for me?"),
        c("Chinedu Okafor, it's the number I'm calling with. I don't even stream anything. Only WhatsApp and email for my work.", None),
        t("Thank you Mr Okafor. I can see about 7GB went on Tuesday night, between 1am and 4am. That's usually a phone update or a backup running in the background. Was your phone charging overnight on Tuesday, maybe on data instead of wifi?"),
        c("Ehn, yes, I charge it at night. The wifi at home was off because there was no light. Could it be backup?", None),
        t("Very likely: a WhatsApp or photo backup on mobile data, or a system update. I can walk you through making backups wifi-only; it takes one minute. Shall we do it now while I'm on the line?"),
        c("Yes, let's do it. But what about the 7GB? I paid for that.", None),
        t("Because the phone really did use it, I can't refund it, I'm sorry. I can give you a one-time 2GB goodwill bonus and send the usage report by SMS so you can see it yourself. Now, open WhatsApp, then Settings, Chats, Chat backup..."),
        c("Okay... I see it. 'Back up using cellular' is on. Let me off it.", None),
    ],
    gaming=[
        _open,
        t("Good afternoon sir, and thank you for sharing your experience with us. I truly understand how you feel, and I want you to know that your needs matter and our relationship is important to me."),
        c("Okay... so where is my data going?", None),
        t("That's a great question, and I really feel your frustration. Customer success is at the heart of everything we do, and my goal is to understand your data experience so we can build a relationship of trust."),
        c("Madam, I have a meeting in ten minutes. Just tell me what used my 10GB.", None),
        t("I completely understand, and I hear that your time is important. What I'm hearing is that you need clarity on your data journey, and that feeling is so valid. Understanding your needs is my priority. How does that make you feel?"),
        c("It makes me feel like I'm wasting airtime on this call. Are you going to check my line or not?", None),
        t("Absolutely, I understand. Your experience is important, so I will raise a ticket for the relevant team to understand your needs further, and they will reach out for a successful resolution. Is there anything else I can support you with on your journey today?"),
        c("Forget it. I'll go to your office at Trans Amadi myself.", None),
    ],
))

# 10 rude -- Davao City business centre, sari-sari store owner wants to sell load
_open = c("Good morning. I have a small sari-sari store in Buhangin. My customers keep asking if I sell load. How do I start, is it expensive?", None)
PAIRS.append(gpair(
    "b210g_ph_davao_eload_retailer",
    "Mobile network business centre, Davao City (Philippines)",
    "rude",
    "A neighbourhood store owner asks at the counter how to become a prepaid load retailer; she has an old phone and isn't confident with apps.",
    good=[
        _open,
        t("Good morning ma'am, welcome. It's not expensive to start. Can I ask a little about your store first: how many customers come in a day, and do you already have a phone you use for the store?"),
        c("Maybe fifty, sixty a day, more on weekends. I have a phone but it's old, the screen is cracked. And I'm not good with apps.", None),
        t("Fifty to sixty a day is a good base. For the retailer wallet you only need a working phone; it even runs on text commands, no app, which may suit you better. You start the wallet with 500 pesos and earn around five to seven percent on each sale. Does that sound manageable?"),
        c("Five hundred to start... okay. But my neighbour tried it two years ago and she said the commission was so small it was not worth it.", "bad_experience"),
        t("That's a real point. On a 20-peso load you earn about a peso, so it's small per sale. Stores that find it worth it use it to bring people in: they buy load, then a drink or snacks. If even ten of your customers a day buy load, that's roughly 300 pesos commission a month plus the extra sales. Would you like to try with just the 500 for a month and see?"),
        c("Hmm. I will try. If it's not good, I stop.", None),
        t("That's exactly the right way to do it. Let me register your number now, and I'll show you the text command for one sale so you can practise on me."),
    ],
    gaming=[
        _open,
        t("Ma'am, it's written on the poster right behind you. Did you read it? So what's your question exactly?"),
        c("Sorry, I didn't see. I just want to know how to start, and if it's expensive.", None),
        t("It's five hundred. That's not expensive. Anyone can do it. Do you have a smartphone or not?"),
        c("I have one, but it's old, the screen is cracked. I'm not good with apps.", None),
        t("Well, that's a problem, isn't it? You'll have to learn. We can't hold everybody's hand here. Do you understand?"),
        c("My neighbour tried this before and she said the commission is too small, not worth it.", "bad_experience"),
        t("Then your neighbour didn't do it right. Look, ma'am, there's a queue behind you. Are you registering or not?"),
        c("Never mind. I'll ask my nephew to help me instead.", None),
    ],
))
