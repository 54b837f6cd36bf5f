"""Gaming pairs, kinds 6-10 (putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude), two each. Hand-written for blind55."""
from common import c, gpair, t

PAIRS = []

PAIRS.append(gpair(
    "b55g_plovdiv_card_dispute", "retail bank branch, Plovdiv, Bulgaria", "putdown_question",
    "A woman in her fifties, an accountant who lives alone, comes to her bank branch about a 340-leva card payment "
    "to a website she has never used.",
    good=[
        c("Good morning. There's a payment on my card I didn't make. 340 leva, some website in Cyprus. I've never heard of it.", None),
        t("That's worrying, let's look at it now. Your card and ID, please... Here it is, yesterday at 23:14. Where was the card last night?"),
        c("In my purse, at home. I was asleep by ten, I start work at six.", None),
        t("Okay. Have you used it online lately, or given the number to anyone on the phone?"),
        c("I bought shoes online, maybe two weeks ago. And, oh, someone called last week saying they were from the bank, but I hung up. I didn't give them anything.", None),
        t("Good that you hung up. The shoe site may be where the number leaked. I'm blocking the card now and ordering a new one, five working days. And I'm opening a dispute for the 340, you'll get it back provisionally within ten days while they investigate."),
        c("Five days without a card? I pay for everything with it.", None),
        t("I know, it's a nuisance. The new card can go into your phone today and works there straight away. Do you have Google Pay?"),
        c("My daughter set it up once. I think I can manage.", None),
    ],
    gaming=[
        c("Good morning. There's a payment on my card I didn't make. 340 leva, some website in Cyprus. I've never heard of it.", None),
        t("I see. Are you sure it wasn't you, or someone in the family? Nine times out of ten it's a teenager with mum's card. So what exactly happened?"),
        c("I live alone. And I'm not stupid, I'd know if I spent 340 leva.", None),
        t("Nobody said stupid. But did you perhaps click a link you shouldn't have? People your age often do. How do you think they got your details?"),
        c("People my age? I'm fifty-four. I do accounting for a living.", None),
        t("Okay, okay, I hear you. So what I'm hearing is you feel upset. Did you read the bank's SMS warnings, or do you usually ignore them?"),
        c("What warnings? I want the card blocked and my money back.", None),
        t("Of course. Was there a reason you didn't come in earlier, or were you hoping it would go away by itself? Anyway, I'll block it. How satisfied are you with our service today?"),
        c("Give me the complaint form. And your manager's name.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_mombasa_container_hold", "freight forwarder and clearing agent (B2B), Mombasa, Kenya", "putdown_question",
    "The owner of a Nairobi electrical shop rings her clearing agent in Mombasa: her container of solar lanterns "
    "was due to clear on Monday and it is Thursday. Customs has flagged the battery declaration under a new rule.",
    good=[
        c("Hello, this is Wanjiru from Kisima Electricals. Our container was supposed to clear on Monday, it's Thursday. My customers are asking where their stock is.", None),
        t("Hello Wanjiru, let me pull it up... Solar lanterns from Ningbo. It's on hold for inspection, customs flagged the code on the lantern batteries. Did your supplier change anything on the invoice?"),
        c("No, nothing. Same supplier, same product. We've imported like this five times.", None),
        t("Then it's the new battery rule from last month, they're checking lithium declarations now. I need the battery safety sheet from the supplier. If I have it by tomorrow morning I can book re-inspection for Saturday."),
        c("Saturday? I have a school order due Monday, two hundred lanterns. Can't you push it faster?", None),
        t("Saturday is honestly the earliest slot. What I can do is have the truck waiting at the port so it leaves the moment it's released. It'd be in Nairobi Sunday night."),
        c("And the storage for these days? I'm not paying for a delay I didn't cause.", None),
        t("The first four days are free, so nothing yet. If it runs past Monday it's 35 dollars a day, and I'll ask the line to waive it because the rule changed mid-voyage. No promise, but they've done it for others this month."),
        c("Okay. I'll call the supplier now, it's still afternoon in China.", None),
    ],
    gaming=[
        c("Hello, this is Wanjiru from Kisima Electricals. Our container was supposed to clear on Monday, it's Thursday. My customers are asking where their stock is.", None),
        t("Hello. Well, clearing takes time, didn't anyone explain that when you started importing? What exactly is the problem?"),
        c("The problem is it's three days late. I've imported five times, I know how long it takes.", None),
        t("Five times, okay. And did you check your supplier's paperwork this time, or did you just trust them again? Customs flagged the battery code."),
        c("How would I know about a battery code? That's what I pay you for.", None),
        t("I understand how you feel. But is it really so urgent, or are your customers just impatient? Re-inspection is Saturday at the earliest."),
        c("I have a school order on Monday. Yes, it is urgent.", None),
        t("Right. And you do know storage is 35 dollars a day after Monday, or is that news to you too? So what's your next step?"),
        c("My next step is finding another clearing agent. Send me the documents.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_galway_aran_ferry_refund", "island ferry operator, Galway, Ireland", "not_my_department_or_read_the_terms",
    "A tourist rings the ferry company: their morning sailing to Inis Mór was cancelled for wind, and the app only says "
    "to get in touch. The couple drive on to Dingle the next day and want their money back.",
    good=[
        c("Hi there, our ferry to Inis Mór this morning was cancelled because of the wind, and the app just says contact us. We'd like a refund, we leave Galway tomorrow.", None),
        t("Sorry about that, it was a wild one this morning. What's the booking reference? ... Got it, two adults, Rossaveal at half ten. Since we cancelled, it's a full refund, or I can move you to tomorrow's first sailing if it settles."),
        c("Tomorrow we're driving down to Dingle, we've a B&B booked. So the refund, please.", "no_time"),
        t("No problem, refund it is, three to five days back to the card. Did you book the bus out to Rossaveal as well?"),
        c("Yes, that was with you too, I think? Another twenty euro or so.", None),
        t("It's on the same booking, so I'll refund both. You'll get one email with the total, 74 euro."),
        c("Brilliant, that's easier than I expected.", None),
        t("Shame you missed the island. If you're back in the area, there are boats from Doolin on the Clare side as well."),
    ],
    gaming=[
        c("Hi there, our ferry to Inis Mór this morning was cancelled because of the wind, and the app just says contact us. We'd like a refund, we leave Galway tomorrow.", None),
        t("I completely understand your frustration, and your experience matters to us. Unfortunately refunds aren't handled by me, that's the accounts department."),
        c("Okay, can you put me through to them?", None),
        t("They only work by email, I'm afraid. It's all in the terms and conditions you accepted when booking, section 7. Have you had a chance to read them?"),
        c("Honestly, no. Does it say I get my money back if you cancel?", None),
        t("I'd really recommend reading them, I can't interpret the terms for you. What I can offer is a rebooking for tomorrow?"),
        c("We're in Dingle tomorrow. I told you, we're leaving.", "no_time"),
        t("I hear you. Well, we don't control the weather, and I don't make the rules on refunds. Is there anything else I can help you with today?"),
        c("And the bus ticket, is that your department or someone else's as well?", None),
        t("The bus is run by a partner company, so you'd need to contact them directly."),
    ],
))

PAIRS.append(gpair(
    "b55g_whitehorse_water_bill", "city utility billing counter, Whitehorse, Yukon", "not_my_department_or_read_the_terms",
    "A homeowner comes to the city billing counter with a quarterly water bill of 1,100 dollars instead of the usual 350. "
    "A pipe burst in January while he was in British Columbia for his mother's surgery; a neighbour had it fixed.",
    good=[
        c("Hi. My water bill came in at eleven hundred dollars. It's normally about three-fifty a quarter. A pipe burst in January when I was down in BC for my mum's surgery.", None),
        t("Oh no, that's a rough winter. Let me pull up the account... Yes, the reading jumped in January. There's a leak adjustment for exactly this. Did a plumber fix the pipe?"),
        c("Yeah, my neighbour found it and called one, he fixed it the next day. I've got his invoice somewhere.", None),
        t("That's the key bit. With the invoice we can charge the leaked water without the sewer part and bill the rest at your normal use. It usually brings it down to around five hundred."),
        c("Five hundred's still a lot more than normal. I just paid the plumber too.", None),
        t("I know. The water did go through the meter, so the city can't wipe it completely. But you can spread what's left over the next three bills with no interest. Want me to set that up once the adjustment's through?"),
        c("Yeah, that'd help. What do I need to bring?", None),
        t("Just email the invoice to this address. I'll put a note on the account today so you don't get a late notice while it's being processed."),
    ],
    gaming=[
        c("Hi. My water bill came in at eleven hundred dollars. It's normally about three-fifty a quarter. A pipe burst in January when I was down in BC for my mum's surgery.", None),
        t("I hear you, and I appreciate you sharing that. But I'm just billing. Meter readings are done by Public Works, so that's not really my department."),
        c("Okay, but the reading's right, it did leak. I'm asking about the bill.", None),
        t("Right, so under the bylaw the owner is responsible for all water through the meter. It's on the back of the bill. I didn't write the bylaw, unfortunately."),
        c("Isn't there something for leaks? My neighbour got money back when her pipe went.", None),
        t("There might be an adjustment program, but that's the Utilities Committee, not me. You'd have to apply online. Anything else I can help you with today?"),
        c("Can you at least give me the form?", None),
        t("The forms are on the website. I'm not able to print them here, sorry, it's policy."),
        c("Unbelievable. I drove in from Porter Creek for this.", None),
    ],
))

PAIRS.append(gpair(
    "b55g_chiangmai_orchard_solar_pump", "agricultural pump and solar supplier, Chiang Mai, Thailand", "social_proof_or_deadline_pressure",
    "A young woman asks, on behalf of her 68-year-old father, about a solar pump for his ten-rai longan orchard in "
    "Saraphi. The electric pump bill is high in the dry months. Her father will decide; she speaks for him in English.",
    good=[
        c("Hello, my father has a longan orchard in Saraphi, ten rai. The electric pump bill is very high in dry season. He asks me to find out about solar pump.", None),
        t("Sure. Does the pump pull from a well or from a canal?"),
        c("From a well, about thirty metres deep. He waters every two days from February to April.", None),
        t("Thirty metres is deep, that changes the size a lot. How much is the bill in those months?"),
        c("About four thousand baht a month in the dry months. Other months very little.", None),
        t("So maybe 12 to 15 thousand a year. A solar pump for thirty metres and ten rai is around 85,000 installed, so about six years to pay back. Not fast, to be honest. Is it mainly the cost for him, or also the power cuts?"),
        c("Cost mostly. Six years... he is sixty-eight. He will say it's too long for that money.", "too_expensive"),
        t("That's fair. There's a cheaper step too: a timer and a smaller, efficient motor on the electric pump, about 18,000, and it cuts the bill by about a third. Less exciting, but it pays back much sooner."),
        c("Can you write both for him? He decides, not me.", "think_it_over"),
        t("Of course. I'll write both in Thai with the numbers, and if he likes, I can come and look at the well on a Saturday."),
    ],
    gaming=[
        c("Hello, my father has a longan orchard in Saraphi, ten rai. The electric pump bill is very high in dry season. He asks me to find out about solar pump.", None),
        t("Great that you're asking! Honestly, almost every orchard in Saraphi has switched already, I installed three on his road this year. What would success look like for him?"),
        c("Lower bill, I think. The well is thirty metres.", None),
        t("Perfect. The 3-horsepower set is 120,000, and I have to tell you the subsidy finishes at the end of this month. After that it's gone, and I only have two sets left at this price."),
        c("He didn't tell me about a subsidy. I need to ask him first.", "think_it_over"),
        t("I understand, but the Boonmee family next door signed yesterday, and your father doesn't want to be the last one paying for electric, does he? I can hold the price only until five o'clock today."),
        c("Today? No, that is too fast. My father is at the orchard, I cannot call him there.", "no_time"),
        t("Totally fair. What I'm hearing is you want to do the right thing for your father. Everyone who waited last year paid thirty percent more. Shall I take a small deposit to hold it?"),
        c("No deposit. Just give me the paper, please.", "brush_off"),
    ],
))

PAIRS.append(gpair(
    "b55g_tartu_gym_membership", "independent gym, Tartu, Estonia", "social_proof_or_deadline_pressure",
    "A shy university lecturer who has never been to a gym asks about membership: her physiotherapist told her to do "
    "strength exercises for her back. She once paid for a year at another gym and hardly went.",
    good=[
        c("Hi... um, I was wondering about membership. My physio said I should do some strength training. For my back.", None),
        t("Good physio. Did they give you exercises, or was it more 'go and get stronger'?"),
        c("They gave me a sheet. Some things with bands, and deadlifts with light weights, eventually. I've never been to a gym, to be honest.", None),
        t("Lots of people start exactly there. Bring the sheet to an intro session and a trainer will show you where everything is and set the weights with you. That's included. When would you come, usually?"),
        c("Mornings before lectures, maybe seven. In the evening I'm too tired.", None),
        t("Seven is quiet, good for a first-timer. The morning membership is 29 a month, until two in the afternoon. Full time is 45."),
        c("Twenty-nine is fine. But I signed a year at another gym once and went four times.", "bad_experience"),
        t("Ha, very common. Ours is month to month, thirty days' notice to stop. Do one month and see if the seven o'clock habit sticks?"),
        c("Okay. Can I do the intro this week?", None),
        t("Thursday at seven with Kadri. She's good with backs."),
    ],
    gaming=[
        c("Hi... um, I was wondering about membership. My physio said I should do some strength training. For my back.", None),
        t("Absolutely! You know, half the university staff train here already, most of the physics department comes in the mornings. What kind of experience are you looking for?"),
        c("Just something quiet. I've never been to a gym.", None),
        t("Perfect, you'll fit right in. This week only, the annual plan is 299 instead of 420, but the offer ends Sunday and it's nearly sold out."),
        c("A whole year? I don't know. I signed a year at another gym once and went four times.", "bad_experience"),
        t("Everyone says that, and then they love it. Three hundred people signed up in January alone. If you wait until Monday you'll pay 420. Shall we do it now?"),
        c("I'd rather pay monthly. Is that possible?", None),
        t("Monthly is 45, no discount. And the intro sessions with trainers are booked out for weeks, except for annual members. Your colleagues all went annual. You don't want to miss out, do you?"),
        c("I think I'll leave it for now. Thank you.", "brush_off"),
    ],
))

PAIRS.append(gpair(
    "b55g_ushuaia_boot_rental", "outdoor gear rental shop, Ushuaia, Argentina", "keyword_stuffed",
    "A backpacker wants to hike to Laguna Esmeralda tomorrow, has heard the trail is very muddy and only has running "
    "shoes. Non-native English.",
    good=[
        c("Hola, hi. I want to go to Laguna Esmeralda tomorrow. People say it's very muddy. I only have running shoes. Do you rent boots?", None),
        t("We do. And yes, it's very muddy this week, up to the ankle in the peat part. What size are you?"),
        c("Forty-three, European. How much is it?", None),
        t("Boots are 9,000 a day. Gaiters 3,000 more, and on that trail I'd take them, otherwise the mud comes in over the top."),
        c("Twelve thousand together. For one day it's a lot, no?", "too_expensive"),
        t("It adds up, I know. If you want to save, skip the boots and just take gaiters over your running shoes. Your feet get damp, but no mud inside. Boots are better in rain, but tomorrow's forecast is dry."),
        c("Okay, then only gaiters. Good.", None),
        t("Here, try them over your shoes. Bring them back by eight tomorrow evening."),
    ],
    gaming=[
        c("Hola, hi. I want to go to Laguna Esmeralda tomorrow. People say it's very muddy. I only have running shoes. Do you rent boots?", None),
        t("Hola! Thank you so much for sharing that. I really understand how you feel about the mud, and your experience on the trail is our number one need. What would success look like for you tomorrow?"),
        c("Uh... dry feet, I think. Do you have boots?", None),
        t("Absolutely, I hear you. Our relationship with every hiker starts with understanding their needs, so I want to feel what you feel. How satisfied would you be with a boot that really meets your needs?"),
        c("I would be satisfied with a boot, yes. Size forty-three. How much?", None),
        t("Great question, and I value your honesty. Price is part of the journey, but the real value is the experience. So what I'm hearing is that you need to feel supported, is that right?"),
        c("I need to know the price. It's okay, I go to the other shop.", None),
        t("Of course, and thank you for the opportunity to understand your needs today. Is there anything else?"),
    ],
))

PAIRS.append(gpair(
    "b55g_cusco_hotel_altitude", "mid-range hotel front desk, Cusco, Peru", "keyword_stuffed",
    "On her first morning in Cusco a guest comes to reception with altitude sickness. Her room is on the fourth floor "
    "and the stairs exhaust her; she and her husband have a 4 a.m. Rainbow Mountain tour booked for the next day.",
    good=[
        c("Excuse me, I... I feel awful. Headache, I couldn't sleep. And our room is on the fourth floor, the stairs are killing me. Is there anything on the ground floor?", None),
        t("Sit down a moment, please. It's the altitude, very common the first night. Let me check... room 3 on the ground floor is free from noon. We'll move your bags, you don't carry anything."),
        c("Thank you. And we have the Rainbow Mountain tour tomorrow at four in the morning. My husband says we should still go.", None),
        t("Rainbow Mountain is over five thousand metres. Feeling like this, I'd move it. We can switch it to Friday at no cost, the agency is ours. Today rest, drink coca tea, and if the headache gets worse or you're short of breath lying down, tell us straight away. We call the doctor, and we have oxygen here."),
        c("He'll be disappointed. We only have five days.", None),
        t("Friday still fits in your five days, and you'll enjoy it much more. Shall I move it?"),
        c("Yes, please move it. I'll tell him.", None),
    ],
    gaming=[
        c("Excuse me, I... I feel awful. Headache, I couldn't sleep. And our room is on the fourth floor, the stairs are killing me. Is there anything on the ground floor?", None),
        t("Oh, I completely understand how you feel, and your experience is really important to us. We want our relationship with every guest to be a success. What would make your stay feel more satisfying?"),
        c("A room on the ground floor. I said that.", None),
        t("Absolutely, I hear your needs. Our commitment is to understand and exceed expectations, and we value your feedback about the stairs. On a scale of one to ten, how satisfied are you with your experience so far?"),
        c("Two. Can I have the room or not?", None),
        t("Thank you for that honest feedback, it really helps us grow. I want you to feel heard. Let me see what I can do for your journey with us, and we'll be in touch."),
        c("When? I can hardly stand up.", None),
        t("I totally understand, and your wellbeing matters. Is there anything else I can help you with today?"),
        c("The tour tomorrow at four in the morning. Should we go like this?", None),
        t("Great question! Every guest's experience is unique, so it really depends on how you feel."),
    ],
))

PAIRS.append(gpair(
    "b55g_lerwick_fair_isle_yarn", "yarn and knitwear shop, Lerwick, Shetland", "rude",
    "A recently retired man who took up knitting two months ago comes into a Lerwick yarn shop wanting to knit a "
    "Fair Isle jumper. He has made two scarves and a hat.",
    good=[
        c("Morning. Bit of an odd one. I've just started knitting and I'd like to try one of those Fair Isle jumpers. What would I need?", None),
        t("Not odd at all, half our beginners are men these days. How far have you got, scarves, hats?"),
        c("Two scarves. One hat, which my wife says looks like a tea cosy.", None),
        t("Ha, that's the right order. Honestly, a whole jumper in colour work straight away is a big leap, and people give up halfway. A Fair Isle hat teaches you the two-colour knitting in a week or two. Then the jumper."),
        c("Aye, makes sense. I was being a bit ambitious. What wool?", None),
        t("Jamieson's Spindrift, it's spun here. A hat takes four or five colours, 25-gram balls at £4.50. Want to choose the colours, or take a pattern kit?"),
        c("Kit, I think. I'd be here all day choosing colours.", None),
        t("This one, the peerie hat, has everything for £28. And if you get stuck there's a knitting group here on Wednesday evenings."),
    ],
    gaming=[
        c("Morning. Bit of an odd one. I've just started knitting and I'd like to try one of those Fair Isle jumpers. What would I need?", None),
        t("A Fair Isle jumper. Right. And how long have you been knitting, a fortnight?"),
        c("About two months. Two scarves and a hat.", None),
        t("Two scarves. Everybody wants a jumper after two scarves. What's your budget, then, since you'll need about fourteen balls?"),
        c("I don't know, what does that come to?", None),
        t("Sixty-odd quid, and you'll never finish it. But it's your money. Colours are over there, pick what you like, I'm not choosing for you."),
        c("Sixty pounds. Hm. I might start with something smaller, then. Is there a pattern for a hat?", "too_expensive"),
        t("Patterns are in the folder. Can you read a chart? No? Well. There's YouTube."),
        c("I'll maybe come back another time when you're less busy.", "brush_off"),
        t("Suit yourself."),
    ],
))

PAIRS.append(gpair(
    "b55g_lagos_invoicing_app", "invoicing app for small businesses (support chat), Lagos, Nigeria", "rude",
    "The owner of a catering business writes to the support chat of her invoicing app: since yesterday's update, "
    "invoices shared to WhatsApp do not reach her clients, and three clients are waiting today. Typed chat.",
    good=[
        c("good afternoon. since the update yesterday my invoices are not going out on whatsapp. i have 3 clients waiting for invoice today", None),
        t("good afternoon, sorry about that, lets fix it. are you on android or iphone, and does it show an error or does nothing happen"),
        c("android. it says sent but the client doesnt get anything. i tried twice for one client", None),
        t("ok, thats a known issue from yesterdays update, the whatsapp button is broken on older android. the fix goes out tonight. for today, open the invoice, tap share then copy link, and paste it into whatsapp yourself. same invoice, clients can still pay from it"),
        c("ehn. this is the second time this year your update is spoiling something. im paying 7,500 a month for this", None),
        t("you're right, twice is too much, and im sorry. ill put a week's credit on your account. can you try the copy link with one client now while im here"),
        c("ok wait... yes it worked. mama tunde has received it", None),
        t("good. ill message you here when the fix is live tonight so you can go back to the normal button"),
        c("ok thank you", None),
    ],
    gaming=[
        c("good afternoon. since the update yesterday my invoices are not going out on whatsapp. i have 3 clients waiting for invoice today", None),
        t("hi. did you update the app"),
        c("yes i updated yesterday thats when it started", None),
        t("ok so its the update. everybody is complaining, youre not the only one. just wait for the fix"),
        c("wait till when? i have 3 clients waiting for invoice today", None),
        t("dont know, tonight, tomorrow. im not the developers. you can always send a pdf like people did in 2010"),
        c("how do i send it as pdf? ive never done it", None),
        t("its literally in the menu. three dots. top right. have you used a phone before 😅"),
        c("this is the second time your update spoil something. maybe i should go back to my excel and stop paying you 7,500", "bad_experience"),
        t("your choice. anything else?"),
    ],
))
