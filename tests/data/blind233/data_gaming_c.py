"""Gaming pairs, part c (b233). Hand-written: charities, memberships and community services (UK, US, Kenya)."""
from common import c, gpair, t

PAIRS = []

# 21 putdown_question: Houston, community clinic sliding-fee bill
_open = c("Yeah hi, I got a bill from y'all for eighty-five dollars for my visit last month, and I was told it'd be twenty on the sliding scale. I'm a home health aide, I don't have eighty-five dollars just lying around.", None)
PAIRS.append(gpair(
    "b233g_houston_clinic_sliding_fee_bill", "nonprofit community health clinic, billing line (Houston, Texas, US)", "putdown_question",
    "A patient on the sliding-fee scale was billed the full rate because her income paperwork expired.",
    [
        _open,
        t("I'm sorry, that's a shock to open. Let me pull up your account. Can I get your name and date of birth?"),
        c("Denise Carter, March 3rd, 1979.", None),
        t("Thanks, Ms. Carter. I see what happened: your income paperwork from last year expired in June, so the system billed the full rate. If your income's about the same, you'd still qualify for the twenty-dollar level. Do you have a recent pay stub or two you could send us?"),
        c("I got them on my phone. But last time I sent stuff through that portal of yours it just disappeared, I had to bring it in twice.", "bad_experience"),
        t("Then let's skip the portal. You can text photos of the stubs to our billing line, or show them at the front desk next visit, and I'll put a hold on this bill until then. Which is easier for you?"),
        c("Text. I'll do it on my break.", None),
        t("The number's on the bill under billing questions. Once they come in I'll redo the bill at twenty and a new one will come in the mail. You won't get any late notices in the meantime."),
        c("Okay. Thank you, for real.", None),
    ],
    [
        _open,
        t("Okay, let's calm down a little. You do understand what a sliding scale is, right? What exactly do you think happened?"),
        c("I understand it fine. I was told twenty. I got a bill for eighty-five.", None),
        t("And did you bother to renew your income paperwork, or did you just assume it lasts forever?"),
        c("Nobody told me it expired. Last time I sent y'all papers, your portal lost them.", None),
        t("So is it really the portal's fault, or maybe you didn't hit submit? How comfortable are you with computers, honestly?"),
        c("Excuse me? I do charting on a tablet all day at work.", None),
        t("Great, then you shouldn't have any trouble uploading the stubs. Is there anything else that's upsetting you today?"),
        c("You're what's upsetting me. I want to talk to your supervisor.", None),
    ],
))

# 22 not_my_department_or_read_the_terms: Birmingham, youth group volunteer's expenses
_open = c("Hi, I'm one of the volunteer leaders at the Tuesday youth group in Handsworth. I put in an expenses claim for the camp in July, petrol and food, a hundred and forty quid, and it's still not been paid. It's October.", None)
PAIRS.append(gpair(
    "b233g_birmingham_youth_group_expenses", "youth charity, district office (Birmingham, UK)", "not_my_department_or_read_the_terms",
    "A volunteer youth leader's summer camp expenses have not been paid after three months.",
    [
        _open,
        t("Hi, thank you for everything you do with that group, and I'm sorry, three months is far too long. Let me look. Did you send the claim by email or on the paper form?"),
        c("Email, to the general address, with the receipts photographed. Got an automatic reply and then nothing.", None),
        t("I can see it came in. It went to finance, but it's stuck because the food receipts were all in one photo and their system wants them separately. Nobody told you that, which isn't fair. I can split them myself and resend it today. Is the bank account the same as on your volunteer record?"),
        c("Yeah, same account. Honestly, I was starting to think I wouldn't bother with the next camp.", None),
        t("I understand, I'd feel the same. I'll mark it urgent so it goes in Friday's payment run and email you once it's done. And before the next camp I'll send you a one-page guide on how finance want receipts, so this doesn't happen again."),
        c("That'd help. Friday's great.", None),
        t("And if it's not in your account by Monday, ring me directly. I'm Sam, extension 214."),
    ],
    [
        _open,
        t("Thanks for reaching out and sharing your experience! Expenses aren't actually my department, they're handled by finance. Is there anything else I can help with?"),
        c("Finance don't answer the phone. That's why I'm ringing you.", None),
        t("I completely understand. The whole process is in the volunteer handbook, section seven: claims can take up to ninety working days. Have you had a chance to read it?"),
        c("Ninety working days? I've paid a hundred and forty quid out of my own pocket to take other people's kids camping.", None),
        t("I hear you, and we really value our relationship with volunteers. But I didn't set the policy. What I can do is give you the finance email address."),
        c("I've emailed them. Twice.", None),
        t("Then I'm afraid it's a waiting game, it's all in the terms you signed when you joined. Did you find the handbook helpful otherwise?"),
        c("Unbelievable. Put me through to the district commissioner, please.", None),
    ],
))

# 23 social_proof_or_deadline_pressure: Nairobi, sports club junior tennis
_open = c("Hello, I'm asking about the junior tennis on Saturdays. My daughter is ten, she has been hitting with her father at the estate court. How does it work for non-members?", None)
PAIRS.append(gpair(
    "b233g_nairobi_junior_tennis_programme", "members' sports club, junior programme office (Nairobi, Kenya)", "social_proof_or_deadline_pressure",
    "A mother asks how non-members can join the club's Saturday junior tennis for her shy ten-year-old.",
    [
        _open,
        t("Hello! Non-members can join the junior programme, you just pay a term fee. What is she hoping for: fun and fitness, or is she keen to compete?"),
        c("For now, fun. She is shy, she doesn't like big groups. Her school has a tennis club but it's forty children and one coach.", None),
        t("That helps. Our Saturday groups are six children per coach, by level, so she'd be with beginners her age. The term is twelve Saturdays, 18,000 shillings, rackets provided if she doesn't have one. Would a free trial session help her see if she's comfortable first?"),
        c("A trial is good. Eighteen thousand, hmm, I need to see if she really likes it. And I will discuss with her father.", "think_it_over"),
        t("That's sensible. This Saturday at nine there's space in the beginners' group. If she enjoys it you can decide after, and the term fee is reduced for the weeks already gone."),
        c("Saturday at nine is fine. What should she wear?", None),
        t("Flat-soled trainers, not running shoes, and a water bottle. Ask for Coach Wambui at the court gate; I'll tell her your daughter is a bit shy."),
        c("Thank you, that's very kind.", None),
    ],
    [
        _open,
        t("Hello! Great timing, because honestly all the families from the international schools have signed up this term, it's where all the kids are. What are you hoping for her?"),
        c("Just something fun. She is shy, she doesn't like big groups.", None),
        t("Totally understand. Well, we only have three slots left, and the early-bird price of 18,000 ends at five today, after that it's 22,000. So shall I hold one for her?"),
        c("Today? I haven't even seen the place. And 22,000 for Saturdays is a lot.", "too_expensive"),
        t("I hear you, and that's exactly why most parents lock it in now. Mrs Otieno from your estate signed up her twins this morning, everyone says it's the best programme in Nairobi."),
        c("I don't know Mrs Otieno. I need to discuss with her father first.", "think_it_over"),
        t("Of course, but I can only hold the early-bird until five, and after that I can't promise there'll be a slot. Can you call him now?"),
        c("He's in a meeting. If the slot is gone, it's gone. We'll try the school club.", "no_need"),
    ],
))

# 24 keyword_stuffed: Seattle, aquarium grandparent membership
_open = c("Yeah, hello. I'm retired, I've got two grandkids, seven and four, and I take 'em out on Wednesdays. Does one of your memberships let me bring them in without their parents along?", None)
PAIRS.append(gpair(
    "b233g_seattle_aquarium_grandparent_membership", "nonprofit aquarium, membership phone line (Seattle, Washington, US)", "keyword_stuffed",
    "A retired grandfather asks whether a membership lets him bring his grandchildren without their parents.",
    [
        _open,
        t("Yes, the Grandparent membership is made for exactly that: up to two named adults plus up to four grandkids under eighteen. Kids under four are free anyway. How often do you think you'd come on those Wednesdays?"),
        c("Every couple weeks, probably. The little one's nuts about the octopus. My wife doesn't come, her knees.", None),
        t("Then it could be just you on the card, or you could name one of the parents as the second adult. The Grandparent level is 169 a year. Day tickets for you and the seven-year-old are about 70 a visit, so every two weeks it pays for itself by the third trip."),
        c("Three trips, that's a no-brainer. Is parking in that?", None),
        t("Parking isn't, I'm afraid. It's the city garage across the street, about twenty for a few hours. If you like, I can set the membership up now over the phone and you can use it this Wednesday with your ID."),
        c("Twenty for parking, criminy. We'll take the bus then. Yeah, let's do it.", None),
        t("Great. I'll need your full name, and the name of anyone you want on the card as second adult."),
        c("Just me. Harold Jensen.", None),
    ],
    [
        _open,
        t("Thank you so much for reaching out! I really hear how much your grandkids mean to you, and I want to understand your needs so we can create a meaningful experience for your family relationship. How do you feel about our membership journey?"),
        c("I don't know how I feel about a journey. I asked if I can bring the grandkids without their folks.", None),
        t("Absolutely, and I so appreciate that. Our memberships are designed to empower every family's success, and we really value understanding each member's unique needs. What does a successful visit feel like to you?"),
        c("A successful visit is the little one seeing the octopus and nobody crying. Can I bring them or not?", None),
        t("I love that! So I'm hearing that connection and experience are what you need, and we have a range of solutions tailored to that. Would you say you're looking for value, engagement, or both?"),
        c("I'm looking for a yes or a no. What does it cost?", None),
        t("Great question. The investment really depends on your needs, and I'd love to partner with you to find the level that feels right for your family's experience."),
        c("Look, I'll just buy tickets at the door like always. Thanks anyway.", "brush_off"),
    ],
))

# 25 rude: Kisumu, youth football academy fee instalments
_open = c("Good evening. My son has been selected for the under-14 academy, we are very happy. But the fee is 15,000 for the term and I want to ask if I can pay in parts.", "no_money")
PAIRS.append(gpair(
    "b233g_kisumu_football_academy_fees", "community youth football academy, office (Kisumu, Kenya)", "rude",
    "A parent whose son was selected for the academy asks to pay the term fee in instalments.",
    [
        _open,
        t("Good evening, and congratulations to him! Yes, we can do that. How would parts work best for you, weekly or monthly?"),
        c("Monthly is best, I am paid at the end of the month. Five thousand each month for three months.", None),
        t("That works, the term is three months, so 5,000 at the end of each month covers it. The one thing: we need the first 5,000 before he gets his kit and league registration, that's by the 30th. Is that possible?"),
        c("The 30th, yes. But the kit, is it extra? Last year at another academy they said the fee covers everything and then they brought a list of things to buy.", "bad_experience"),
        t("Fair question. Our fee includes two match kits and a training top. The only things you'd buy are boots and shin guards, no other lists. I'll write that on the payment plan so you have it in writing."),
        c("Okay, that is good. Please put it in writing.", None),
        t("I'll send the plan by SMS tonight with the three dates and what's included. See you at training on Saturday."),
    ],
    [
        _open,
        t("Parts? Everyone wants parts. This is an academy, not a kiosk. How much can you actually pay?"),
        c("I can do five thousand each month, at the end of the month when I am paid.", None),
        t("Hmm. You know there are fifty boys who would take his place and pay in full, yes? Anything else?"),
        c("I am not refusing to pay. I am asking for a plan. Is that a problem?", None),
        t("It's a problem for me, I'm the one who chases people. Fine. First five thousand by Friday or he's off the list. And boots, socks, kit bag, you buy yourself. Obviously."),
        c("Friday? I am paid on the 30th, I don't have it before. And now there is a kit list also?", "no_money"),
        t("Then maybe this academy isn't for your budget. Next time read the fee letter before getting excited."),
        c("I will talk to the coach myself. He is the one who selected my son.", None),
    ],
))

# 26 ignored_customer: Brighton, donkey sanctuary adopter wants less post
_open = c("Hello, I adopt one of your donkeys, Pepper, and I love it, but I'm getting so much post from you. Three letters last week. Can I just get things by email?", None)
PAIRS.append(gpair(
    "b233g_brighton_donkey_adoption_post", "donkey sanctuary charity, supporter care phone (Brighton, UK)", "ignored_customer",
    "A supporter who adopts a donkey wants fewer paper mailings, but to keep the adoption.",
    [
        _open,
        t("Hello, and thank you for adopting Pepper. Yes, of course. Is it all the post you'd like moved to email, or is there anything you'd still like on paper?"),
        c("The Pepper updates I like on paper, actually, they go on the fridge. It's the appeals and the raffle tickets. I feel guilty binning them.", None),
        t("That makes sense. So Pepper's updates by post, twice a year, and no appeals or raffles on paper. Would you like the appeals by email instead, or none at all?"),
        c("Email's fine, but not every week, please. I've got enough in my inbox.", None),
        t("I'll set it to our monthly email only. Post that's already printed can take a few weeks to stop, so you might get one more letter; after that it'll just be Pepper."),
        c("That's perfect. And the adoption itself stays the same, yes? Five pounds?", None),
        t("Exactly the same, five pounds a month, nothing changes there. Thanks for telling us, it saves us postage too."),
    ],
    [
        _open,
        t("Hello! Thank you for reaching out. Can you tell me a little about your experience as a supporter?"),
        c("It's lovely, I adore Pepper. I just want less post. Three letters last week.", None),
        t("That's wonderful to hear! And what do you enjoy most about our communications?"),
        c("The Pepper updates. Not the appeals and the raffles. I'd like those by email, or not at all.", None),
        t("Brilliant. Well, I'll make sure you're on the list for our Christmas raffle, it's our biggest of the year, and the tickets go out in the post next week."),
        c("I just said I don't want raffle tickets posted. I don't do raffles.", "no_need"),
        t("Great! And would you consider increasing Pepper's adoption to ten pounds a month? Winter feed costs have gone up."),
        c("No, five is what I can manage. Did you change the post or not?", "no_money"),
        t("Thank you for your feedback! Is there anything else I can help with?"),
        c("Yes. You can cancel the adoption, I'll give to the donkeys through my church instead.", None),
    ],
))

# 27 repeated_questions: Mombasa, lifesaving course for hotel pool attendants
_open = c("Hi, I'm the HR manager at a hotel in Nyali. After a near-drowning at our pool in December, management wants our pool attendants trained in lifesaving. We have eight of them. What do you offer?", None)
PAIRS.append(gpair(
    "b233g_mombasa_hotel_lifesaving_training", "water safety NGO, training sales (Mombasa, Kenya)", "repeated_questions",
    "A hotel HR manager needs eight pool attendants trained and certified before an insurer's deadline.",
    [
        _open,
        t("Hi, and I'm glad everyone was okay in December. Eight attendants. Do any of them already have lifesaving or first aid, and does the certificate need to be one your insurer recognises?"),
        c("Two have first aid from years back. The insurer, yes, they asked for a recognised certificate by end of March.", None),
        t("Then the Pool Lifeguard course fits: four days, including CPR and first aid, with a certificate insurers accept. We can run it at your pool, which is better, because they practise where they work. It's 28,000 shillings per person, and we'd need the pool closed to guests from seven to eleven each morning."),
        c("Closing the pool four mornings in high season, management won't like that at all. Can it be split?", "no_time"),
        t("Yes: we can spread it over two weeks, two mornings a week, six to nine, before guests come down. Same content, same certificate. Would that be easier to sell to management?"),
        c("Much easier. And 28,000 each, that's 224,000, I'll have to get the GM to approve it.", "think_it_over"),
        t("I'll send a written quote today with the split schedule and the insurer wording, so the GM has everything on one page. If it's approved by mid-February we finish well before March."),
        c("Perfect, send it to my email.", None),
    ],
    [
        _open,
        t("Hi! Thanks for reaching out. So, to understand your needs, how many staff are we talking about?"),
        c("Eight pool attendants.", None),
        t("Great. And what's the size of the team you'd like to upskill?"),
        c("Eight. As I said. We need a recognised certificate by March for the insurer.", None),
        t("Perfect. And roughly how many of your people would be attending the training?"),
        c("Are you writing any of this down? Eight people, March, insurer. How much does it cost?", None),
        t("We'll get to pricing! First, just so I understand the scope, what headcount are we looking at?"),
        c("Forget it. The Red Cross office here will give me a quote in five minutes.", None),
    ],
))

# 28 wrong_paraphrase: Boston, gift in a will to a community music school
_open = c("Good afternoon. I've supported the music school for many years, my late wife taught piano there. I'm updating my will and I'm thinking of leaving something to the school. I'm not sure how one goes about it.", None)
PAIRS.append(gpair(
    "b233g_boston_music_school_legacy_gift", "community music school, development office (Boston, Massachusetts, US)", "wrong_paraphrase",
    "A widower asks how to leave a gift to the music school in his will, in memory of his wife.",
    [
        _open,
        t("Good afternoon, and thank you, that's a generous thought, and a lovely link to your wife. Can I ask what you'd like the gift to do? Some people leave it for general use, others for something specific."),
        c("I'd like it to help children who can't afford lessons. That's what Margaret did, she'd teach kids for nothing on Saturdays.", None),
        t("So lessons for children who can't afford them, in Margaret's spirit. We have a scholarship fund for exactly that, and a gift in a will can carry a name, the Margaret fund, say. Your lawyer would just need our legal name and tax ID, which I can send. Is your lawyer already working on the will?"),
        c("Yes, I see him on the 20th. I won't be telling you an amount, mind. That's between me and him.", None),
        t("Of course, you don't need to tell us an amount, or tell us at all. I'll send a one-page note with our legal details and suggested wording for a scholarship gift, so your lawyer has it on the 20th. Would you like to visit a Saturday class beforehand? Some of Margaret's old students teach there now."),
        c("Oh, I would like that. Not this Saturday, my daughter's visiting. The one after.", None),
        t("The Saturday after, then, ten o'clock. I'll meet you at the front desk, and the note goes in the post today."),
        c("Thank you. Margaret would be pleased.", None),
    ],
    [
        _open,
        t("Good afternoon! So what I'm hearing is that you'd like to set up a monthly gift, is that right?"),
        c("No, no. A gift in my will. My wife taught piano there, Margaret.", None),
        t("Of course. So just to play that back: you'd like to name the new concert hall after Margaret, which is our leadership-level naming gift, starting at five hundred thousand. Did I get that right?"),
        c("I said nothing about a hall. I'm a retired bus mechanic, I don't have that kind of money. I want to help children who can't pay for lessons.", "no_money"),
        t("Wonderful. So what I'm hearing is that you'd prefer your family not know about the gift, and you'd like us to keep it confidential from your children?"),
        c("Where are you getting this? My daughter knows all about it. Is there someone else I can talk to?", None),
        t("Absolutely! So what I'm hearing is that you'd like some time to think, and I'll call you next month to confirm the amount."),
        c("I didn't say that, and I won't be confirming any amount on the phone. My lawyer will contact the school directly.", None),
    ],
))

# 29 pitch_to_upset: Nairobi, holiday camp injury
_open = c("I am calling about the holiday camp at the Ngong Road grounds. My son came home yesterday with a broken wrist and nobody from your camp even called me. I found out from another parent. I am very angry.", None)
PAIRS.append(gpair(
    "b233g_nairobi_holiday_camp_injury", "youth development NGO, holiday camp office (Nairobi, Kenya)", "pitch_to_upset",
    "An angry mother rings because her son broke his wrist at the NGO's holiday camp and nobody told her.",
    [
        _open,
        t("I'm so sorry. A broken wrist and no call from us, that's not acceptable, and you have every right to be angry. How is he doing now?"),
        c("He is in a cast. The doctor says six weeks. He is ten years old, he was crying the whole night.", None),
        t("I'm sorry he's in pain. Can you tell me what you've been told about how it happened, and what you'd like from us? I want to be sure I look into the right things."),
        c("Another parent said they were climbing on the goalposts and no one was watching. I want to know who was supervising. And the hospital bill was 18,000.", None),
        t("Those are the two things I'll deal with. I'll get the incident report from the camp lead today and find out who was with that group and why you weren't called. On the bill, the camp has accident cover; send me the receipt and I'll start the claim this afternoon. I'll call you back by five with what I've found, whatever it is."),
        c("By five. I will wait. The receipt I will send on WhatsApp now.", None),
        t("Thank you. This is my direct line, I'm Faith, the programme manager. Please tell your son we're sorry."),
    ],
    [
        _open,
        t("Oh no, I'm so sorry to hear about that experience. Injuries do happen with active kids, and that's exactly why so many parents choose our Premium Camp, with one staff member for every six children and accident cover included. Would you like to hear about the December session?"),
        c("December? My son is in a cast and you are selling me December?", None),
        t("I completely understand your frustration. And what I'm hearing is that safety really matters to you, which is exactly what Premium is about. It's only 4,000 more than the standard camp."),
        c("I don't want Premium. I want to know who was watching the children.", "no_need"),
        t("Absolutely. And to make it up to you, if you book December today I can give you ten percent off. That's a great way to rebuild the relationship, isn't it?"),
        c("Rebuild? After what happened at your camp, I will not send any child of mine to you again.", "bad_experience"),
        t("I totally respect that. Just so you know, the ten percent is only available until Friday."),
        c("Give me the name of your director. Now.", None),
    ],
))

# 30 blame: San Antonio, library adult GED class registration
_open = c("Hi, um, I signed up online for the GED math class that starts tonight, and the teacher says I'm not on the list and it's full. I took off work for this.", None)
PAIRS.append(gpair(
    "b233g_san_antonio_library_ged_class", "public library adult literacy program, front desk (San Antonio, Texas, US)", "blame",
    "A learner who registered online for a free GED math class is told she is not on the list.",
    [
        _open,
        t("Oh no, I'm sorry, especially when you've taken time off. Let me check. What name and email did you use to sign up?"),
        c("Rosa Delgado, rosa.delgado84 at gmail. I got a confirmation, I have it right here.", None),
        t("Thanks, Rosa. I found it: your registration went through, but our system put you on the Thursday waitlist by mistake instead of tonight's class. That's our error. The room holds twenty-two and there are twenty, so I can add you tonight. Does that work?"),
        c("Yes! Thank you. I was about to just go home.", None),
        t("Before you go in: did you sign up for any other classes, so I can make sure those are right too?"),
        c("Only this one for now. Maybe reading next semester, I can't do two with my hours at the restaurant.", None),
        t("One at a time is smart. You're on tonight's list, and I've emailed you a fresh confirmation. Room 3, the teacher's Mr. Alvarez. Good luck tonight."),
    ],
    [
        _open,
        t("Okay, let's figure out your experience. Did you actually finish the registration, or just fill it out?"),
        c("I finished it. I got a confirmation email.", None),
        t("Did you read the confirmation? Because if it says waitlist, that's on you, we can't hold seats for people who don't read their emails."),
        c("It says registered. Look.", None),
        t("Hmm. Then you probably clicked Thursday by accident. A lot of people rush through the form on their phones. Next time, slow down and double-check."),
        c("I didn't click Thursday. I lost a shift at the restaurant for this.", None),
        t("I understand, but we can't be responsible for people's work schedules. You could come back Thursday, if you can make it."),
        c("Thursday I work a double. I can't do Thursday.", "no_time"),
        t("Then I guess you'll have to wait for next semester. Is there anything else I can help you with?"),
        c("No. Forget it.", None),
    ],
))
