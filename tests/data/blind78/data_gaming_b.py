"""Gaming pairs, part B (kinds 6-10, two each). Written by hand for blind78."""
from common import c, gpair, t

PAIRS = []

# 11. putdown_question -- Tokyo, cloud file-sharing support, polite customer who apologises
_open = c("Excuse me for contacting you suddenly. Since yesterday, some files in our shared folder have... disappeared, maybe. I am not sure. Maybe we did something wrong.", None)
PAIRS.append(gpair(
    "b78g_tokyo_cloud_sync", "cloud software (Tokyo, Japan)", "putdown_question",
    "The general-affairs clerk of a small Tokyo firm calls the support line of their cloud file-sharing service about missing files.",
    [
        _open,
        t("Thank you for contacting us, and please don't worry about whose fault it is yet; let's find the files first. Which folder, and about how many files?"),
        c("The 'Estimates 2024' folder. Maybe thirty files. The sales team says they were there on Monday evening.", None),
        t("Did anything change on Monday: a new PC, someone leaving, a folder being moved?"),
        c("Ah... one staff member retired on Monday. Our IT person deleted her account in the afternoon.", None),
        t("That's likely it. When an account is removed, the files she owned can go with it. They're kept for thirty days, so we can bring them back. Shall I restore them now while you check with sales?"),
        c("Yes, please. I am sorry to trouble you.", None),
        t("No trouble at all. Done: 31 files are back in 'Estimates 2024'. Next time, move a leaver's files to a manager before deleting the account; I'll email the steps in Japanese. Does anything in the folder still look wrong?"),
        c("Sales says everything is there. Thank you very much, really.", None),
    ],
    [
        _open,
        t("Hello! Help me understand: you're sure you didn't just delete them yourselves?"),
        c("I... I don't think so. The sales team says they were there on Monday.", None),
        t("Right. And you did read the admin guide before you set up the shared folders, did you? Because files don't just disappear on their own, do they?"),
        c("I set it up with the guide, yes. I'm sorry, I am not an IT specialist.", None),
        t("No problem, that's clear. So what exactly did your team do on Monday, since nobody was watching?"),
        c("One staff member retired, and the IT person deleted her account.", None),
        t("There it is. Somebody on your side deleted the account without moving the files. How do you think that happened, if not a training issue?"),
        c("...Can the files come back or not? Our customers are waiting for estimates.", None),
        t("They can. Next time, maybe have a look at the guide before calling, okay? It's all in there."),
        c("I understand. I will discuss with my manager whether this service is right for us.", "think_it_over"),
    ],
))

# 12. putdown_question -- Malmo, bike shop, angry customer with a snapped chain
_open = c("This bike is eight weeks old and the chain snapped on the way to work. I nearly went into a bus. I want it fixed properly, not patched.", None)
PAIRS.append(gpair(
    "b78g_malmo_ebike_repair", "bike shop (Malmo, Sweden)", "putdown_question",
    "A commuter brings an eight-week-old e-bike back to the Malmo shop where he bought it after the chain snapped.",
    [
        _open,
        t("That sounds frightening. Are you all right? Let's look at it now. Where did it snap: uphill, or pulling away?"),
        c("Pulling away at the lights, full power, high gear. I'm fine, just a scraped knee.", None),
        t("Thanks. The chain and the rear sprocket are more worn than they should be after eight weeks. On mid-motor bikes, starting in a high gear at full power puts a huge load on the chain. That isn't misuse; it's something nobody told you when you bought it, and we should have."),
        c("Nobody told me, no. So is this warranty or am I paying for it?", None),
        t("Chains are wear parts, but after eight weeks I'm calling it warranty, no charge. I'll also set the motor to ease off while you shift. Can you leave it until tomorrow afternoon?"),
        c("I need it for work tomorrow. I don't have another way to get there.", "no_time"),
        t("Then take one of our rental bikes tomorrow, free. Yours will be ready after four."),
        c("Fine. Thanks, that's fair.", None),
    ],
    [
        _open,
        t("Okay, let's see. Were you maybe riding it a bit hard, do you think? What exactly did you do to it?"),
        c("I rode it to work. Like a normal person.", None),
        t("Sure. And you've been shifting gears at full power, haven't you? Why would you do that on a mid-motor bike?"),
        c("Because nobody told me not to? It's a bike.", None),
        t("Right. So honestly, do you think a chain is meant to handle that? You're not the first to be rough with them. What would you like us to do?"),
        c("I'd like you to fix it under warranty and stop talking to me like I'm an idiot.", None),
        t("I hear you. How would you feel about paying for the chain and sprocket, since it's wear and tear, not a defect? It's 890."),
        c("I'm not paying 890 for your bad bike. I want the manager.", None),
    ],
))

# 13. not_my_department_or_read_the_terms -- Eindhoven, car leasing, cracked windscreen
_open = c("Hi, I have a lease car through my employer. There's a crack across the windscreen since this morning and I have to drive to Dusseldorf on Thursday. What do I do?", None)
PAIRS.append(gpair(
    "b78g_eindhoven_lease_windscreen", "car leasing (Eindhoven, Netherlands)", "not_my_department_or_read_the_terms",
    "An employee with a company lease car calls the leasing company's customer line about a cracked windscreen before a business trip.",
    [
        _open,
        t("Let's sort it out. Is the crack in your line of sight? If you can send me a photo, I'll check your contract at the same time."),
        c("Right in front of the driver, about twenty centimetres. Photo sent. A colleague said we pay 250 excess for glass, is that true?", None),
        t("Got the photo. That's a replacement, not a repair. Your contract has glass cover with zero excess, so no 250; your colleague may have an older contract. Can the car be at our glass partner in Eindhoven tomorrow?"),
        c("Tomorrow I have meetings all day. Wednesday morning maybe.", "no_time"),
        t("Wednesday 8:00 at the partner on the Hurksestraat, ready by 11:00. If they don't have the glass in stock, I'll arrange a replacement car so Dusseldorf is covered. I'll confirm stock by email this afternoon."),
        c("Okay. And it doesn't count against me, for the no-claim?", None),
        t("Glass claims don't affect it in your contract. I'll put that in the email too."),
    ],
    [
        _open,
        t("Thanks for reaching out, I understand how stressful that is. Glass isn't really my department, I do contract changes. Have you read the terms of your lease?"),
        c("I have them somewhere. I just need to know if I can drive to Dusseldorf on Thursday.", None),
        t("I totally hear your need. Whether it's safe to drive is something you have to judge, I didn't make the rules on that. The terms explain glass cover in section 7."),
        c("A colleague said we pay 250 excess. Is that right?", None),
        t("That depends on your contract, it's all in the terms. I'd recommend reading them carefully, it'll save you time next time. Is there anything else I can help you with today?"),
        c("You haven't helped with this. Who do I call for glass?", None),
        t("There's a number on the website under Damage. It's a different team, so I can't book it from here, sorry, company policy."),
        c("Great. I'll get our fleet manager to call you.", None),
    ],
))

# 14. not_my_department_or_read_the_terms -- Cebu, IT support contract, VPN down at a BPO
_open = c("hi, our vpn is down since 7am, 14 agents cant log in to the client system. we have the premium support contract. please escalate", None)
PAIRS.append(gpair(
    "b78g_cebu_it_helpdesk", "IT support contracts (Cebu, Philippines)", "not_my_department_or_read_the_terms",
    "The operations manager of a small Cebu call centre chats with their IT support provider's helpdesk when the VPN goes down before a shift.",
    [
        _open,
        t("Hi, I'm on it now. Is it all 14 agents, and are they in the office or at home?"),
        c("all in the office. yesterday it was fine. the only change is the isp came to replace the router last night", None),
        t("That's a strong clue; the new router may be blocking the VPN. Is someone there who can let me connect to the firewall remotely?"),
        c("our it guy is on leave, i am the ops manager. i can try but i am not technical", None),
        t("That's fine, I'll guide you and do the technical part. Premium gives you one-hour response, so I'm also sending an engineer as backup; he can be there by 10:30. Please open the link I've just sent on the PC next to the router."),
        c("ok opened. the client will penalise us if we miss the 9am shift, is it possible before that?", None),
        t("I can't promise 9 and I'd rather be honest about that. I'm connected: the new router is blocking the VPN port. I've changed it. Try logging in one agent."),
        c("its working!! agent 1 is in. ill tell the others", None),
        t("Great. I'll keep the ticket open until all 14 are in, then send a short report for your client showing the cause was the ISP router. The engineer is cancelled unless you need him."),
    ],
    [
        _open,
        t("Hi! Thank you for reaching out, your experience matters to us. VPN issues are handled by the network team, that's not my department. Did you log the ticket in the portal?"),
        c("im messaging you because the portal says 2 day response. we have premium. 14 agents cant work", None),
        t("I understand your frustration. Per the terms of your contract, premium response applies to tickets logged in the portal as P1. Please read section 4.2, it explains how to set the priority."),
        c("i dont have time to read section 4.2, the shift starts at 9. the isp changed the router last night, maybe that is it", None),
        t("Could be, but the ISP router isn't covered by us, I didn't make the rules, sorry. You'll need to contact the ISP. Anything else I can help with?"),
        c("so what am i paying premium for", None),
        t("I hear you. You can request a contract review through your account manager, he handles commercial questions."),
        c("fine. ill ask my boss to look at other providers when the renewal comes", "think_it_over"),
    ],
))

# 15. social_proof_or_deadline_pressure -- Busan, home renovation, polite couple
_open = c("Hello. We bought an old apartment in Haeundae, built in 1995. We want to renovate before we move in, in April. We are asking a few companies.", None)
PAIRS.append(gpair(
    "b78g_busan_apartment_reno", "home renovation (Busan, Korea)", "social_proof_or_deadline_pressure",
    "A woman in Busan asks an interior renovation company about redoing an old apartment before moving in.",
    [
        _open,
        t("Hello, and congratulations on the apartment. What would you like to change, everything or some rooms? And who will live there?"),
        c("My husband and I, and sometimes my mother stays. The kitchen and bathroom are very old. And it is cold in winter, the windows are the original ones.", None),
        t("Your mother staying sometimes: does she have trouble with steps or the bathroom? That changes how I'd design it."),
        c("Her knees are not good. The bathroom has a high threshold, she must step over it.", None),
        t("Then I'd suggest a new kitchen, a bathroom with a flat threshold and a grab rail, and new double windows, which will do the most for the cold. For 84 square metres that's roughly 45 to 55 million won and about five weeks. Is that near what you had in mind?"),
        c("Hmm... it is a little over what we prepared. We thought, maybe 40.", "no_money"),
        t("Thank you for telling me. Then bathroom and windows first, for your mother and the cold, and a kitchen refresh, new doors and worktop rather than a full replacement. That's around 39 to 42. Shall I write both versions so you can compare with the other companies?"),
        c("Yes, both, please. We will discuss and contact you after we see the others.", "think_it_over"),
        t("Of course. I'll send them by Friday with a work schedule, so you can check it fits April."),
    ],
    [
        _open,
        t("Hello! Great area. You know, three families in your building already renovated with us this year, on the 12th and 15th floors. What's your vision for the space?"),
        c("Oh, really. Well... the kitchen and bathroom are old, and the windows are cold. My mother stays sometimes; her knees are not good.", None),
        t("I hear you. Most families in Haeundae choose our full package, 68 million: kitchen, bathroom, windows, floors, lighting. It's what everyone is doing in those 90s buildings. And honestly, we have one start slot left before April, so we'd need a deposit this week."),
        c("This week... that is very fast. We have not met the other companies yet.", "think_it_over"),
        t("I understand. But families who waited last year ended up moving in during construction. Your neighbours didn't hesitate. How does a 5 million deposit sound, just to hold the slot?"),
        c("68 is quite far from what we prepared. We must talk about it at home.", "no_money"),
        t("Of course. But prices go up in March when materials change, so if you decide by Friday I can keep 68. Shall I call you Thursday?"),
        c("Thank you. We will contact you if we decide.", "brush_off"),
    ],
))

# 16. social_proof_or_deadline_pressure -- Hong Kong (Mong Kok), accounting firm, restaurant owner
_open = c("Hi, I run a cha chaan teng in Mong Kok. My old accountant retired and the profits tax return is due soon. I just need someone to take over.", None)
PAIRS.append(gpair(
    "b78g_mongkok_restaurant_accounts", "accounting firm (Hong Kong)", "social_proof_or_deadline_pressure",
    "The owner of a small Hong Kong cafe-restaurant looks for a new accountant after hers retired.",
    [
        _open,
        t("Hi, happy to help. When is the return due, and what state are the books in? Did your old accountant keep them through the year?"),
        c("The letter says extended to end of next month. He did everything up to September. After that it's a shoebox of receipts, sorry.", None),
        t("Shoeboxes are normal, don't worry. That's six months. Do you have staff on MPF?"),
        c("Five staff, all on MPF. My daughter can help sort receipts in the evening, but she's studying.", None),
        t("So: the return due end of next month, books done to September, six months to catch up, five staff on MPF, and some help from your daughter. The catch-up is 8,000 fixed, then the return. Monthly bookkeeping after that is 1,800 a month. Does that sound workable?"),
        c("1,800 a month... my old accountant was 1,200, but he was like family.", "too_expensive"),
        t("I understand, he knew your business well. The difference is that monthly payroll and MPF checks are included. If you prefer, we do the catch-up and the return now and you decide about monthly later."),
        c("Okay, catch-up and tax first. Can you pick up the shoebox this week?", None),
        t("Thursday at three, after your lunch rush?"),
        c("Three is good.", None),
    ],
    [
        _open,
        t("Hi! You're in good hands: we do the books for half the restaurants on Sai Yeung Choi Street. What does success look like for you this year?"),
        c("Just getting the tax return done. Books are done to September, then a shoebox.", None),
        t("Understood. Honestly, every owner on your street has moved to our monthly plan, 2,500 a month on a 12-month contract, and we only take new clients until Friday because of tax season."),
        c("2,500 every month? My old accountant was 1,200.", "too_expensive"),
        t("Sure, and that's why your neighbours switched, they were all with old-style accountants. After Friday I can't guarantee your return gets in on time. Can I send the contract now?"),
        c("I don't need monthly right now. Only the return.", "no_need"),
        t("Everyone says that, then they come back in a panic next year. The noodle shop next door signed last week. Friday is the cut-off."),
        c("Then I'll ask the noodle shop guy who else he talked to. Bye.", None),
    ],
))

# 17. keyword_stuffed -- Tampere, medical devices, hospital procurement with a checklist
_open = c("Hello. Laine, procurement, Pirkanmaa wellbeing services. We're replacing 120 infusion pumps. My list: MDR certification, drug library updates over Wi-Fi, battery life, nurse training, Finnish interface, and total cost over seven years.", None)
PAIRS.append(gpair(
    "b78g_tampere_infusion_pumps", "medical devices (Tampere, Finland)", "keyword_stuffed",
    "A hospital procurement officer in Tampere asks a medical device supplier to answer her tender checklist for infusion pumps.",
    [
        _open,
        t("Thank you, that's a clear list. Shall I answer in that order, and then ask a few questions about the wards?"),
        c("Yes. In that order.", None),
        t("MDR certified since 2022, certificate attached to the offer. The drug library updates over Wi-Fi from a central server. Battery is eight hours at 25 ml/h. Training is two days on site per hospital plus e-learning in Finnish, and the interface is Finnish and Swedish. For the seven-year cost I need to know which wards use them and which sets they use today."),
        c("ICU, surgical wards and the oncology day unit. Today another brand's sets. And the nurses had alarms on the old pumps that they couldn't silence properly; there were formal complaints.", "bad_experience"),
        t("That's important. On ours one press pauses an alarm for two minutes, and volume levels are set per ward. I'd suggest ICU and oncology nurses test two pumps for a month before the tender closes, so that complaint doesn't repeat. Is that allowed in your process?"),
        c("A trial is allowed if it is offered to all bidders equally. I will check with our legal team.", None),
        t("Understood. You'll have the written answers by Friday, with the seven-year cost for our sets and for your current ones, and I'll wait for your word on the trial."),
    ],
    [
        _open,
        t("Thank you, Laine. First, I really want to understand your needs and how you feel about this journey. What does success look like for your nurses' experience?"),
        c("Success is the pump passing my checklist. Can you answer the points?", None),
        t("Absolutely. What I'm hearing is that you need a partner who truly understands your needs. Our relationship-based approach means we listen and co-create the experience with you, so your success is our success."),
        c("That is not an answer. Is the pump MDR certified?", None),
        t("Great question, and I feel it shows how much you care about quality. Yes, certified. And for the nurse experience, we're all about empowering a relationship of trust at the bedside."),
        c("Our nurses had alarms they couldn't silence on the old pumps. There were formal complaints. What about yours?", "bad_experience"),
        t("I totally understand how you feel. Your nurses' experience is at the heart of our solution, and we'd love to build a long-term relationship around their needs. Did I understand you correctly? Anything else?"),
        c("Send the answers in writing, in the order of my list. I'll score them like the others.", "brush_off"),
    ],
))

# 18. keyword_stuffed -- Kyoto, wedding photography, Japanese bride with a Dutch fiance
_open = c("Hello. We are planning a small wedding at a shrine in Kyoto in November. Only family, about twenty people. My fiance is from the Netherlands, so his family comes from far.", None)
PAIRS.append(gpair(
    "b78g_kyoto_shrine_wedding", "wedding photography (Kyoto, Japan)", "keyword_stuffed",
    "A bride-to-be asks a Kyoto photographer about a small family shrine wedding.",
    [
        _open,
        t("Congratulations. A shrine ceremony in November, twenty family members, some coming from the Netherlands. What do you most want to remember from the day?"),
        c("Hmm. The ceremony of course, but I think photos are not allowed inside at some shrines? And his grandmother, this is probably her last big trip. We want nice photos of both families together.", None),
        t("You're right, at many shrines the ceremony itself can't be photographed, so we photograph the procession and the moments before and after. Which shrine is it? I'll check their rules."),
        c("Shimogamo. We also want some photos with autumn leaves, but the grandmother cannot walk far.", None),
        t("Then the family group near the entrance, where she can sit, and the leaves with just the two of you afterwards. The half-day plan is 180,000 yen, with 200 edited photos and the family group printed large. Does that fit what you had in mind?"),
        c("180,000... I need to discuss with my fiance. Honestly, he thinks photos are not so important.", "think_it_over"),
        t("That's understandable. Would it help if I sent him a short gallery of a family group from a similar day, with English captions? Then you decide together."),
        c("Yes, that would help. He likes to see things himself.", None),
    ],
    [
        _open,
        t("Congratulations! I'd love to understand your needs and how you feel about the experience of your special day. What does wedding success mean to you?"),
        c("Success... I just want nice photos of both families, especially his grandmother.", None),
        t("I hear you, and I feel that's so beautiful. Our relationship with couples is built on understanding their emotional needs and creating an experience that feels true to your love story."),
        c("Thank you. But at the shrine, are photos allowed during the ceremony?", None),
        t("Great question. We always put your experience first, and we have a wonderful relationship with many shrines. Our goal is your success and happiness, so whatever your needs are, we understand them."),
        c("So... you don't know? Which shrines have you worked at?", None),
        t("Many. What I'm hearing is that you value trust and relationship, and that's exactly what we offer. Our premium experience is 380,000 yen. How does that feel?"),
        c("That is a lot, and I still don't know what we get. I think we will look at other photographers. Thank you.", "too_expensive"),
    ],
))

# 19. rude -- Taipei, cloud monitoring software, blunt engineer typing in chat
_open = c("hey. we run about 60 servers, mix of on-prem in taipei and aws tokyo. our monitoring is self-hosted prometheus and its getting painful. is your agent gonna eat my cpu", None)
PAIRS.append(gpair(
    "b78g_taipei_monitoring_saas", "cloud software (Taipei, Taiwan)", "rude",
    "A blunt site-reliability engineer at a Taipei company chats with a monitoring SaaS vendor.",
    [
        _open,
        t("Fair question: about 1-2% CPU and 150 MB RAM on a typical host. What's painful about the current setup: running Prometheus itself, alerting, something else?"),
        c("retention mostly. we lose metrics after 15 days so when something breaks over a month its gone. also the guy who set it up left", None),
        t("So long-term retention, and nobody owns the setup now. Do you want to replace Prometheus, or keep it and send the data to us? We can take Prometheus remote write directly."),
        c("keep it probably. ripping out exporters is a week i dont have. whats the price for 60 hosts", None),
        t("About 1,100 US dollars a month for 60 hosts with 13-month retention. You could start with a free two-week trial on ten hosts using remote write, no agent at all."),
        c("1100 a month is more than my boss thinks monitoring costs. he thinks its free because prometheus is free", "too_expensive"),
        t("Common view. The trial can give him numbers: hours you spend on the Prometheus box each month against the cost. If it doesn't save you time, it isn't worth it and you shouldn't buy it."),
        c("ok. send me the remote write config, ill try it on staging tomorrow", None),
    ],
    [
        _open,
        t("Hi! What's your current monitoring experience? ...Prometheus, right. Everyone thinks self-hosting is a good idea until it isn't."),
        c("well it worked for 3 years. problem is retention and the guy who set it up left. and i asked about cpu", None),
        t("CPU is fine, nobody's ever complained. Honestly if retention was the issue you should've set up long-term storage ages ago, but whatever. So what do you actually need?"),
        c("i just told you. long retention, and i dont want to rip out exporters", None),
        t("Look, the agent is the proper way. Remote write is a workaround for people who don't want to do it right. It's 1,100 a month for 60 hosts. Is that a problem?"),
        c("my boss will think 1100 is crazy for monitoring", "too_expensive"),
        t("Well, then maybe your boss should babysit Prometheus himself. Anything else I can help with today?"),
        c("nope. im good", None),
    ],
))

# 20. rude -- The Hague, childcare (after-school care), working parent
_open = c("Hi, sorry, I've called twice already. My daughter starts group 3 in August and I need after-school care three days. Is there still a place at your location near the Bomenbuurt?", None)
PAIRS.append(gpair(
    "b78g_thehague_afterschool", "childcare (The Hague, Netherlands)", "rude",
    "A hospital nurse in The Hague phones an after-school care organisation for three afternoons a week.",
    [
        _open,
        t("No need to apologise, thanks for calling back. Which three days, and until what time would she need to stay?"),
        c("Monday, Tuesday, Thursday, until about six. I work at the hospital and my shifts sometimes run late. That's my biggest worry, honestly.", None),
        t("We close at 18:30, so there's half an hour of room. Monday and Thursday we have places; Tuesday is full right now. Would Wednesday work instead, or shall I put her on the waiting list for Tuesday?"),
        c("Wednesday I'm home. Tuesday is the problem. Ugh. How long is the list?", None),
        t("Three children ahead of her, and places usually open in September when older kids leave. I can't promise Tuesday by August. Could a grandparent or neighbour cover Tuesdays for a month or two?"),
        c("Maybe my mother, for a few weeks. Okay. And with the childcare allowance, what would I actually pay?", None),
        t("I'll email you a calculation for two days and for three, with the allowance. Shall I reserve Monday and Thursday now and put Tuesday on the list?"),
        c("Yes please. Reserve them.", None),
    ],
    [
        _open,
        t("Yes, I saw. Which days. Quickly please, I have a group waiting."),
        c("Oh, sorry. Monday, Tuesday, Thursday until six. I work at the hospital, sometimes I'm late, that's what worries me most.", None),
        t("Well, we close at 18:30, we're not a hotel. Tuesday's full. Next."),
        c("Full? Is there a waiting list? How long?", None),
        t("There's always a waiting list. I can't predict it, I don't have a crystal ball. Do you want Monday and Thursday or not?"),
        c("I... need to think about it. I'll check the other location first.", "think_it_over"),
        t("Fine. Just don't wait too long, places don't stay open for people who can't decide."),
        c("Wow. Okay. Bye.", None),
    ],
))
