# Ranked pairs f01-f10: the two sides share turns (same variables) except ONE fault in `worse`.
# Written by hand.
from common import t, c, rpair

PAIRS = []

# f01 argues with the customer
o = c("Salam. I bought this kettle here two weeks ago. It leaks from the bottom, look, here is the receipt.", None)
t1 = t("Salam, thank you for bringing the receipt. Show me where the water comes out.")
c1 = c("When I fill it, the water comes under, onto the table. Every time.", None)
t3 = t("Here's a new one from the box. Let's fill it at the sink and check before you go.")
PAIRS.append(rpair("b43r_f01_kettle_ganja",
    "In person at a household appliance shop in Ganja, Azerbaijan. A middle-aged man returns a two-week-old electric kettle that leaks.",
    o,
    better=[t1, c1,
        t("Yes, I see the mark at the base seal. That's a factory fault - you can have a new one or your money back."),
        c("A new one, the same model. My wife likes the colour.", None),
        t3,
        c("It's dry. Good, thank you.", None)],
    worse=[t1, c1,
        t("No, these kettles don't leak from the bottom. You probably filled it above the MAX line and it came out of the spout."),
        c("I didn't fill anything above any line! I'm telling you it leaks underneath. Look at it yourself.", None),
        t3,
        c("It's dry. But next time, believe the customer.", None)]))

# f02 doubts the customer's honesty
o = c("hi, tracking says my parcel was delivered yesterday 14:02 but nothing came. i was home all day working. order 20417", None)
t1 = t("Labas, sorry to hear that. I can see the courier marked it delivered to your address, Savanorių pr. 112.")
c1 = c("yes thats my address but flat 7. no one rang, nothing at the door", None)
t3 = t("I've opened an investigation with the courier; they have 3 working days to send the GPS location and the photo. If they can't show it reached you, we send a new one or refund - your choice.")
PAIRS.append(rpair("b43r_f02_parcel_kaunas",
    "Typed chat with an online electronics shop. A customer in Kaunas, Lithuania, says a parcel with wireless headphones marked delivered never arrived.",
    o,
    better=[t1, c1,
        t("Thanks. Sometimes couriers leave parcels with a neighbour or in the wrong stairwell. Could you check with the neighbours while I contact the courier?"),
        c("ok i asked flats 6 and 8, nothing. the courier photo shows some other door", None),
        t3,
        c("new one please, i need them for my flight next week", None)],
    worse=[t1, c1,
        t("Hmm, we do get quite a few customers who say that and then the parcel turns up. Are you sure nobody in your home took it in?"),
        c("are you calling me a liar? i live alone. the courier photo shows some other door", None),
        t3,
        c("new one. and honestly i'm not sure i'll order from you again", None)]))

# f03 haggles on price at once
o = c("Good morning. I'm the head teacher of Kalpohin Junior High in Tamale. The district gave us money for forty double desks. I want to know about your desks - are they strong? Our last ones broke in one year.", None)
t1 = t("Good morning, madam, you're welcome. These are our school desks: steel frame, welded, not screwed, and the top is solid wawa wood, not board.")
c1 = c("Steel frame is good. The last ones had wood legs, termites finished them.", None)
t3 = t("We also deliver to Tamale at no charge for forty desks, and the frame has a three-year guarantee.")
PAIRS.append(rpair("b43r_f03_desks_tamale",
    "In person at a furniture workshop in Tamale, Ghana. A junior high school head teacher has district funds for forty double desks and asks about quality; she has not yet asked about the price.",
    o,
    better=[t1, c1,
        t("Exactly, termites can't touch steel. One double desk is 850 cedis. Sit on it, push it - children will be rougher than you."),
        c("It doesn't move at all. 850 is within what the district gave us.", None),
        t3,
        c("Three years. Okay, prepare a proforma invoice for the district office.", None)],
    worse=[t1, c1,
        t("And for you, madam, I can drop the price - normally 950, but I'll give you 850, even 820 if you pay cash today."),
        c("I haven't even asked the price. Why is it falling so fast? Now I will go and check the other workshop at Aboabo.", "think_it_over"),
        t3,
        c("Hmm. Write your best price on paper. I will compare.", "think_it_over")]))

# f04 unasked advice / lecture
o = c("Gamarjoba, shvilo. I need a new phone. My old one fell in the soup. Just a simple one, for calling my children.", None)
t1 = t("Gamarjoba, bebo. A simple phone - with big buttons and a loud ring?")
c1 = c("Yes, yes. My eyes are not good and I don't hear so well.", None)
t3 = t("This one has big numbers, a loud ring and an SOS button on the back that calls your son if you press it. It's 89 lari. Shall I move your SIM card now and put your children's numbers in?")
PAIRS.append(rpair("b43r_f04_phone_kutaisi",
    "In person at a mobile phone shop in Kutaisi, Georgia. A grandmother in her late seventies wants a simple phone to replace one that fell into soup.",
    o,
    better=[t1, c1, t3,
        c("Yes, please. Here is my old one, the card is inside. Be careful, it smells of kharcho.", None),
        t("Ha! Don't worry. There - the numbers are in. Let me call your son so you can hear the ring."),
        c("Oh, it's loud! Very good. Thank you, dear.", None)],
    worse=[t1, c1,
        t("You know, bebo, you really should learn to use a smartphone. Everyone your age is on WhatsApp and video calls now, it's not hard, you just need to practise. Your grandchildren would be happier."),
        c("I didn't come here for lessons, shvilo. I want to call my children, that's all.", "no_need"),
        t3,
        c("Yes, this one. Put the numbers in and that's it.", None)]))

# f05 no date for the fix
o = c("Good afternoon. Building 14, Samal-3, flat 62. There's no heating since Monday. It's minus twelve outside. I have a baby at home.", None)
t1 = t("Good afternoon. Yes, we know about building 14 - a pipe burst in the basement on Monday, the whole riser is off.")
c1 = c("Four days with a baby! When will it be fixed?", None)
t3 = t("Meanwhile I can lend you an oil heater from our office today, free. Somebody can pick it up at the office on Tauke Khan until 18:00.")
PAIRS.append(rpair("b43r_f05_heating_shymkent",
    "Phone call to an apartment management company in Shymkent, Kazakhstan. A young mother has had no heating for four days in January.",
    o,
    better=[t1, c1,
        t("The pipe arrives tomorrow morning. The welders work Saturday, and heating comes back on Saturday evening, by 20:00. I'll call you if anything changes."),
        c("Saturday evening. Okay. Two more nights.", None),
        t3,
        c("My husband will come at five. Thank you.", None)],
    worse=[t1, c1,
        t("We're working on it. The welders are doing everything they can, it will be fixed soon."),
        c("'Soon' is what you said on Tuesday. Is it a day? A week? I have a baby!", None),
        t3,
        c("A heater, fine. But I still don't know when. I will write to the akimat.", None)]))

# f06 promises what can't be guaranteed
o = c("hello pls i want apply for UK student visa, i got admission for MSc Public Health in Leeds, september intake. can you help me do the application", None)
t1 = t("Hello, congratulations on the admission! Yes, we help with the forms, document checklist, appointment booking and the biometrics trip to Freetown. Our fee is 1,500 new leones.")
c1 = c("ok. the fee i can manage. my worry is bank statement, my uncle is sponsoring me", None)
t3 = t("For a sponsor, you need his bank statements for 28 days, a sponsorship letter and proof he is your uncle. Send me what you have and I'll check it before we submit.")
PAIRS.append(rpair("b43r_f06_visa_bo",
    "Typed WhatsApp chat with a travel and visa agency in Bo, Sierra Leone. A graduate wants help applying for a UK student visa; her uncle sponsors her.",
    o,
    better=[t1, c1,
        t("That's allowed, but the decision is the UK Home Office's alone - no agent can promise a visa. What we can do is make sure your documents are complete, which is the most common reason for refusals."),
        c("ok i understand. complete documents is what i want", None),
        t3,
        c("ok i will send tonight. thank u", None)],
    worse=[t1, c1,
        t("Don't worry at all. With us your visa is 100% guaranteed, we have contacts. All our students get their visa."),
        c("100%?? my cousin paid an agent who said same thing in 2022 and was refused. i dont trust guarantee", "bad_experience"),
        t3,
        c("ok i will send but i am careful now", None)]))

# f07 doesn't check the fix worked
o = c("hej, internet keeps dropping every 10 min since yesterday. i work from home, teams calls cut off 😤", None)
t1 = t("Hej! Sorry about that. I can see your router restarted 14 times since yesterday. I'm pushing a firmware update to it now - it'll reboot, takes about 3 min.")
c1 = c("ok. lights blinking now", None)
t2 = t("Done on our side. The update fixes a known bug that makes this router model drop the connection.")
PAIRS.append(rpair("b43r_f07_router_odense",
    "Typed chat with a broadband provider. A customer in Odense, Denmark, who works from home, has had the connection dropping every ten minutes since yesterday.",
    o,
    better=[t1, c1, t2,
        c("ok. lights are green again", None),
        t("Great. Could you run a Teams test call or stay on a video for 10-15 minutes, and tell me if it drops? I'll keep the chat open and watch the line from here."),
        c("15 min on a call, no drops 👍 seems fixed", None)],
    worse=[t1, c1, t2,
        c("ok. lights are green again", None),
        t("Perfect, then you're all set! Your case is closed. Have a nice day 😊"),
        c("wait, how do i know it works? last time you said fixed and it dropped again after an hour", "bad_experience")]))

# f08 recommends before asking
o = c("Good evening. I want a laptop for my son. He starts university in Buea in October.", None)
t1 = t("Good evening, congratulations to him!")
c1 = c("Thank you. Computer engineering. He is very serious.", None)
PAIRS.append(rpair("b43r_f08_laptop_yaounde",
    "In person at a computer shop in Yaoundé, Cameroon. A father wants a laptop for his son starting computer engineering at university; he has a limited budget he hasn't mentioned.",
    o,
    better=[t1, c1,
        t("Then he'll need enough memory for programming. What budget do you have in mind, and will he carry it every day on the bus?"),
        c("Maybe 350,000 francs, not more. And yes, he will carry it every day, also in rain season.", None),
        t("For 350,000, this Lenovo ThinkPad, refurbished, 16 GB memory, strong keyboard, six months guarantee. I'd add a waterproof bag for 8,000."),
        c("ThinkPad, yes, I heard they are strong. Let me see it.", None)],
    worse=[t1, c1,
        t("Then he needs this one: ASUS ROG gaming laptop, RTX graphics, 32 GB, very powerful. 1,150,000 francs."),
        c("One million?! I did not say gaming. My budget is 350,000, my friend, not more.", "too_expensive"),
        t("For 350,000, this Lenovo ThinkPad, refurbished, 16 GB memory, strong keyboard, six months guarantee."),
        c("Okay, show me that one.", None)]))

# f09 unexplained jargon
o = c("Namaste. I have a small hardware shop in Biratnagar. I want a loan, about ten lakh, to buy more stock before Dashain.", None)
t1 = t("Namaste, dai. Ten lakh for stock before Dashain - that's a good time to borrow. How long has the shop been running, and does it have a PAN registration?")
c1 = c("Eleven years. Yes, PAN, everything. My father started it.", None)
t3 = t("Bring your PAN certificate, last two years' accounts and the land ownership papers. I can see you Thursday at eleven.")
PAIRS.append(rpair("b43r_f09_loan_biratnagar",
    "In person at a commercial bank branch in Biratnagar, Nepal. A shopkeeper who has never borrowed from a bank asks about a stock loan before the festival season.",
    o,
    better=[t1, c1,
        t("Good. With a house or land as security, you'd pay about eleven percent a year. Over two years that's roughly 46,700 rupees a month, the same amount every month, and you can pay it off early without a fine."),
        c("46,700 a month I can manage. After Dashain, sales are good.", None),
        t3,
        c("Thursday eleven. I'll bring my son also.", None)],
    worse=[t1, c1,
        t("Good. It'd be a term loan, collateral-backed, LTV max 60 percent, base rate plus 3.5 percent spread, EMI over 24 months, subject to CIB clearance and a DSCR above 1.25."),
        c("Sorry, sir, I didn't understand anything. How much I pay every month?", None),
        t3,
        c("Okay, Thursday. But please explain slowly then. I will bring my son, he studied.", None)]))

# f10 talks about themselves instead of the next step
o = c("Hey. Y'all called and said Duke's out of surgery? Is he all right? That's my old coonhound.", None)
t1 = t("He's fine, Mr. Pruitt. The lump came out clean, and the surgery went well. He's waking up now.")
c1 = c("Oh, thank God. What do I need to do when I take him home?", None)
t3 = t("He can go home at four. You'll get pain pills, twice a day with food, and he'll wear a cone so he doesn't lick the stitches.")
PAIRS.append(rpair("b43r_f10_vet_ozarks",
    "In person at a rural veterinary clinic in the Arkansas Ozarks. An older man comes to check on his coonhound after surgery to remove a lump.",
    o,
    better=[t1, c1, t3,
        c("He ain't gonna like that cone. How long does he wear it?", None),
        t("Ten days, then we take the stitches out - I've booked you for the 14th at nine. We'll send the lump to the lab and call you with results in about a week."),
        c("The 14th at nine. All right. Thank you, ma'am.", None)],
    worse=[t1, c1, t3,
        c("He ain't gonna like that cone. How long does he wear it?", None),
        t("Oh, I know! My own hound, Bella, she's a bluetick, she chewed through two cones last summer, we had to get her the inflatable kind, and then she got into the creek with it... she's twelve now, still chasing squirrels. I love these old hounds."),
        c("Uh-huh. Well... so when do I bring him back? And what about that lump, was it cancer?", None)]))
