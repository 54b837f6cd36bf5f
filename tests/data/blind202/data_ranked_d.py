"""Ranked pairs d01-d10 of blind202, written by hand: two decent conversations, `better` the one a coach prefers."""
from common import c, rpair, t

PAIRS = []

# d01 leisure centre, first exercise after a borderline blood sugar test
open_d01 = c("Hello. My doctor says I need more exercise, my sugar's borderline. I've never been in a gym in my life. What have you got?", None)
PAIRS.append(rpair(
    "b202r_d01_nottingham_exercisereferral",
    "A 58-year-old woman told by her GP to exercise asks at a council leisure centre what they offer; she has bad knees and is self-conscious.",
    better=[
        open_d01,
        t("Welcome. Before I go through prices, what sort of activity do you enjoy, or could see yourself sticking with? And did the doctor mention anything you should avoid?"),
        c("I like walking. I'd die of embarrassment in a room full of young ones in lycra. And my knees aren't great.", None),
        t("That's really common. There's an exercise-on-referral scheme: if your GP refers you, you get twelve weeks at two pounds a session with an instructor who plans it round your knees, and the sessions are mostly people your age. After that you decide whether you want a membership at all."),
        c("Twelve weeks sounds better than signing up for a year. I paid for a gym once, years ago, and went twice.", "bad_experience"),
        t("Then this is the low-risk way in. Here's the referral form, your GP just signs it. And there's a walking group from the front door on Wednesdays at ten, free, if you want to start before the paperwork comes through."),
        c("Oh, a walking group. I might come on Wednesday.", None),
    ],
    worse=[
        open_d01,
        t("Welcome. We've a few options. The off-peak membership is 24 pounds a month, any time before four and at weekends, gym, pool and classes. No contract, a month's notice to cancel."),
        c("I'd die of embarrassment in a room full of young ones in lycra. And my knees aren't great.", None),
        t("Honestly, off-peak is mostly older members and it's quiet. The pool's good for knees too. You also get a free induction where an instructor shows you the machines."),
        c("Twenty-four a month. I paid for a gym once, years ago, and went twice.", "bad_experience"),
        t("That happens to a lot of people, but with no contract you can stop any time. I can book your induction for Monday at eleven if you want to give it a go."),
        c("Maybe. Let me have a think about it.", "think_it_over"),
    ],
))

# d02 council tax, student living with a working partner
open_d02 = c("hiya got a council tax bill but im a student? thought students didnt pay", None)
PAIRS.append(rpair(
    "b202r_d02_newcastle_studentcounciltax",
    "A university student on the council's web chat has received a council tax bill; her boyfriend, who lives with her, works at the hospital.",
    better=[
        open_d02,
        t("Hi! Full-time students are exempt, yes. Quick question so I get this right: who else lives at the address, and are they students too?"),
        c("just me and my boyfriend. hes not a student he works at the hospital", None),
        t("Thanks, that changes things. Because he isn't a student the home isn't exempt, but students are 'disregarded', so the bill is worked out as if only he lives there, with 25 percent off. It goes in his name, not yours. Have you got your student certificate from the uni?"),
        c("i can download it. so hes gonna have to pay? he wont be happy lol we split everything", None),
        t("He'll be named on the bill with the 25 percent off; how you split it at home is up to you two. Upload the certificate on our council tax page and I'll move the account into his name from your move-in date."),
        c("ok ill get it tonight thanks", None),
    ],
    worse=[
        open_d02,
        t("Hi! Yes, full-time students are exempt. Download your student certificate from the university and upload it on our council tax page, and we'll apply the exemption."),
        c("ok cool. my boyfriend lives here too does that matter", None),
        t("If he's not a student, the property wouldn't be fully exempt, there'd be a bill with a discount. The form asks about everyone living there."),
        c("oh. hes gonna love that lol. is it a lot", None),
        t("It depends on the band. Once the form's in, a new bill will be sent out. You can check your band on our website."),
        c("ok ill do it tonight i guess", None),
    ],
))

# d03 passport for a work trip
open_d03 = c("Hi, I need a passport, fast. Work's sending me to a conference in Chicago. What's the quickest way?", None)
PAIRS.append(rpair(
    "b202r_d03_edmonton_passportspeed",
    "A man at a federal passport counter wants a new passport quickly for a work trip he is paying for himself.",
    better=[
        open_d03,
        t("We can usually do it quickly. When do you fly, and do you have anything showing the trip, like a booking or a letter from work?"),
        c("The 22nd, so three weeks. I've got the flight email on my phone.", None),
        t("Three weeks gives you options. Urgent pickup is next day but adds 110 dollars, and it needs travel within a couple of days. Express is 2 to 9 business days for 50 extra. Standard at this office is about ten business days with no extra fee, so even standard should make the 22nd."),
        c("Ten days is fine if it's really ten days. Last time I waited six weeks though.", "bad_experience"),
        t("That was probably a mail-in application. Here it's in person and tracked. If you want a cushion, express for 50 is a sensible middle. Your call."),
        c("Standard. If it's not ready by the 15th I'll come back and we'll bump it up.", None),
    ],
    worse=[
        open_d03,
        t("The quickest is urgent pickup, ready the next business day. It's the regular 160 dollars plus 110 for the urgent service. Have you got your photos and your guarantor form?"),
        c("Photos yes, guarantor form yes. Two seventy all in? That's steep.", "too_expensive"),
        t("It is, but it's the fastest. There's also express, 2 to 9 business days, 50 extra, and standard, about ten business days."),
        c("My flight's on the 22nd, three weeks. Last time standard took six weeks.", "bad_experience"),
        t("Then express is a safe middle. Shall I put it through as express?"),
        c("Sure, express.", None),
    ],
))

# d04 GP practice, toddler with a rash
open_d04 = c("Hi, my little lad's got a rash on his tummy since this morning. He's two. Can the doctor see him today?", None)
PAIRS.append(rpair(
    "b202r_d04_limerick_toddlerrash",
    "A parent rings a GP practice about a rash on a two-year-old; visits for under-eights are free with the GP visit card.",
    better=[
        open_d04,
        t("We'll get him seen. A couple of quick questions first: has he a temperature, and if you press a glass against the rash, does it fade?"),
        c("He's a bit warm, thirty-seven eight. Hang on, I'll try the glass... yeah, it fades. He's eating fine, he's running around.", None),
        t("That's reassuring. A rash that fades, in a child who's eating and playing, is usually a virus. Dr Byrne has a 4.15 today, free on his GP visit card. If it stops fading under the glass or he goes floppy, bring him straight to the emergency department, don't wait for us."),
        c("Four fifteen's awkward, I'm collecting his sister at four.", "no_time"),
        t("There's a 3.30, or 5.40 this evening. Which works?"),
        c("Twenty to six. And I'll keep the glass handy. Thanks.", None),
    ],
    worse=[
        open_d04,
        t("Of course. Dr Byrne has a 4.15 today. Under-eights are free with the GP visit card, so there's no charge. What's his name and date of birth?"),
        c("Cian Walsh, third of May 2022. Four fifteen's awkward though, I collect his sister at four.", "no_time"),
        t("There's a 5.40 this evening. Shall I put him in for that?"),
        c("Yes, please. Should I be worried about the rash?", None),
        t("The doctor will have a look at 5.40. If you're worried before then, ring us back, or go to the emergency department."),
        c("Okay. See you then.", None),
    ],
))

# d05 council housing, boiler failed, older tenant
open_d05 = c("Me boiler's packed in. No heating, no hot water since last night. It's freezing in here.", None)
PAIRS.append(rpair(
    "b202r_d05_liverpool_boilerrepair",
    "An 81-year-old council tenant with a bad chest rings the repairs line because the boiler has failed in winter.",
    better=[
        open_d05,
        t("That's miserable in this weather. I'll get an engineer to you. Can I ask who's in the house, and is anyone elderly, poorly or with a young child?"),
        c("Just me. I'm eighty-one and I've got a bad chest.", None),
        t("Then you're a priority: an engineer within four hours today, not the usual 24. In the meantime, have you got any heating at all, an electric fire or anything?"),
        c("Nothing. I got rid of the old fire when they put the boiler in.", None),
        t("I'll have the engineer bring two temporary heaters, and we'll put a credit on your rent account for the electricity they use. Is the landline the best number for him to ring before he comes?"),
        c("Yes, love, the landline. I never hear the mobile.", None),
    ],
    worse=[
        open_d05,
        t("Sorry to hear that. I'll log an emergency repair for no heating and hot water. An engineer will be out within 24 hours. What's the address?"),
        c("Flat 3, Ashfield Court. I'm eighty-one, love, and I've got a bad chest.", None),
        t("I'll put that on the job. He'll ring before he comes. Is the mobile on your account the best number?"),
        c("I never hear the mobile. Use the landline.", None),
        t("Landline it is. Keep wrapped up in the meantime, and ring us back if he's not with you by tomorrow dinner time."),
        c("Tomorrow. Right. I'll get the blankets out.", None),
    ],
))

# d06 county library, e-books on a new tablet
open_d06 = c("My daughter got me one of those tablet yokes for Christmas and she says I can get library books on it. I wouldn't know where to start.", None)
PAIRS.append(rpair(
    "b202r_d06_tralee_libraryebooks",
    "An older farmer at a county library desk wants to borrow e-books on a tablet he was given; his eyesight is getting worse.",
    better=[
        open_d06,
        t("You can, and it's free with your library card. What sort of tablet is it, and what do you like to read?"),
        c("It's a Samsung. I like westerns and a bit of history. The print in the paper books is getting small on me, if I'm honest.", None),
        t("Then the tablet might suit you better than you'd think, you can make the writing as big as you like. We do one-to-one digital help on Friday mornings, half an hour, free. Bring the tablet and your card and we'll set up the app together and get your first western on it."),
        c("Friday's the mart. I'd never miss the mart.", "no_time"),
        t("There's Tuesday at eleven as well. Will I put you down? What name?"),
        c("Tom Fitzgerald. Tuesday at eleven, so.", None),
    ],
    worse=[
        open_d06,
        t("You can, it's free with your library card. You download the Libby app, sign in with your card number and PIN, and then you can borrow e-books and audiobooks. Here's a leaflet with the steps."),
        c("Libby. Right. And what's a PIN when it's at home?", None),
        t("It's the four numbers you picked when you joined. If you've forgotten it, I can reset it for you now."),
        c("I've forgotten it, sure I joined in 1987.", None),
        t("No problem, I'll reset it. There's also a digital help session on Fridays if you get stuck."),
        c("Friday's the mart. I'll try the leaflet first.", "no_time"),
    ],
))

# d07 residents' parking, carers getting tickets
open_d07 = c("Hello, I need to buy visitor permits. My mother's got carers coming in and they keep getting tickets outside.", None)
PAIRS.append(rpair(
    "b202r_d07_bath_carerparking",
    "A daughter rings the council to buy visitor parking permits because her mother's home carers keep being ticketed; there is a free permit for care workers.",
    better=[
        open_d07,
        t("Let's stop the tickets. How often do the carers come, and are they from an agency or family?"),
        c("Four times a day, every day, from an agency. Different girls most days.", None),
        t("Then visitor permits would cost you a fortune. There's a free health and social care permit for exactly this: the agency applies, and it covers any of their carers in your zone. Do you know the agency's name?"),
        c("Bluebell Care. But they told me parking's my problem, not theirs.", None),
        t("Some agencies don't know about it. I'll email you the form and a link to forward to them, and as a stopgap I can give you one free book of visitor permits for your mother's address while it's processed."),
        c("Oh, that's a godsend. Thank you.", None),
    ],
    worse=[
        open_d07,
        t("Of course. Visitor permits come in books of ten, each covers one day, 2.50 each, so it's 25 pounds a book. What's the address?"),
        c("4 Kingsmead Terrace. Twenty-five pounds a book? They come four times a day, every day.", "too_expensive"),
        t("Each permit covers the whole day, so it's one a day however many visits. You can buy up to twelve books a year at the resident rate."),
        c("That's still seventy-odd a month on top of her care fees. She hasn't got it.", "no_money"),
        t("I understand. You could ask the agency whether they have any parking arrangements of their own."),
        c("I'll ask them. Give me one book for now.", None),
    ],
))

# d08 city commercial garbage for a new cafe
open_d08 = c("Hi, I'm opening a small cafe on Fort Street next month. Do I get garbage pickup from the city, or do I need a private company?", None)
PAIRS.append(rpair(
    "b202r_d08_victoria_cafegarbage",
    "A new cafe owner asks the city's business line about commercial garbage collection; the city does not take commercial cardboard.",
    better=[
        open_d08,
        t("Could be either, it depends on what you throw out. What do you expect each week: food scraps, cardboard, coffee grounds? And how many seats?"),
        c("Twenty seats. Lots of coffee grounds, and cardboard from deliveries, we get milk and cups twice a week.", None),
        t("The city's commercial service takes one or two garbage carts and an organics cart weekly, from about 60 dollars a month, and coffee grounds are fine in organics. But we don't take commercial cardboard, so you'd need a private recycler for that, or ask your suppliers to take their boxes back. Some do."),
        c("Sixty a month and a recycler on top. Opening costs are killing me already.", "no_money"),
        t("Understood. Then ask your milk and cup suppliers about taking boxes back first, that could make the recycler unnecessary. Start with one garbage cart and organics, and you can add a cart later with a week's notice."),
        c("Okay, one cart and organics. Can you set it up for the 1st?", None),
    ],
    worse=[
        open_d08,
        t("The city does commercial pickup: two garbage carts and one organics cart, weekly, about 75 dollars a month. I can set it up now, I just need your business licence number."),
        c("Seventy-five a month? My buddy's cafe pays a private guy fifty.", "too_expensive"),
        t("Private haulers can be cheaper, it's up to you. Ours is weekly and billed with your utilities. I can do one garbage cart instead of two, that's about 60."),
        c("Does it take cardboard? We get a ton from deliveries.", None),
        t("No, commercial cardboard isn't collected. You'd need a recycler for that."),
        c("Huh. Okay, let me price out the private guys and get back to you.", "think_it_over"),
    ],
))

# d09 council benefits team, rent shortfall after a bedroom reduction
open_d09 = c("My housing benefit's gone down and I'm forty pound a month short on the rent. The housing officer said to try you lot.", None)
PAIRS.append(rpair(
    "b202r_d09_swansea_housingshortfall",
    "A separated father whose housing benefit was cut for a 'spare' bedroom asks the council benefits team for help; his son stays with him half the week.",
    better=[
        open_d09,
        t("Let's see what we can do. Do you know why it went down? Did something change at home?"),
        c("My daughter moved out in June, so they say I've got a spare bedroom now. But my son stays every weekend, I've got him half the week really.", None),
        t("That matters. If you share the care of your son, the spare room decision may be wrong, and even if it stands, a Discretionary Housing Payment can cover the shortfall for a while. Is the arrangement written down anywhere, a court order or an agreement with his mum?"),
        c("There's a letter from the solicitor from when we split. I'd have to dig it out. I've done these forms before and got nowhere, mind.", "bad_experience"),
        t("Fair enough. This time put the weekends and that letter on the payment form, and I'll ask the benefits team to look at the bedroom decision at the same time, so it's two chances, not one. I'll email you both today."),
        c("Go on then. I'll find the letter tonight.", None),
    ],
    worse=[
        open_d09,
        t("The fund for that is a Discretionary Housing Payment, for people whose benefit doesn't cover the rent. I'll email you the form. You'll need your last two months' bank statements and your tenancy agreement."),
        c("Right. Am I likely to get it? I've done these forms before and got nowhere.", "bad_experience"),
        t("It depends on your circumstances, and the fund is limited, but it's worth applying. Put down everything about your situation."),
        c("My son stays weekends, does that count for anything?", None),
        t("Yes, put that on the form. The panel looks at everything."),
        c("Okay. Send it over, then.", None),
    ],
))

# d10 driving test booking, job offer depends on a full licence
open_d10 = c("Hi, I want to book my driving test. How long is the wait at the moment? I've a job offer that needs a full licence.", None)
PAIRS.append(rpair(
    "b202r_d10_naas_drivingtest",
    "A learner driver rings the driving test enquiry line in a hurry because a job offer needs a full licence; she has not finished her compulsory lessons.",
    better=[
        open_d10,
        t("Congrats on the job offer. Waits vary by centre. Which centre would you use? And two quick checks: how long have you had your learner permit, and have you finished your twelve lessons?"),
        c("Naas. I've had the permit since February. I've done ten lessons, the last two are booked for next week.", None),
        t("So you're eligible once those two are logged, the six months are already done. Naas is running about ten weeks at the moment. Is that in time for the job?"),
        c("They want me to start in six weeks.", None),
        t("Then apply the day your instructor logs the twelfth lesson and tick that you'll take a cancellation at short notice, plenty of people get called within a month. Tallaght or Tullamore may be quicker too. And it's worth asking the employer if you could start before the test, with someone else doing the driving for the first few weeks."),
        c("Good idea, I'll ask them. And I'll tick the cancellation box.", None),
    ],
    worse=[
        open_d10,
        t("You can apply online and pay the 85 euro fee, and then you'll get a date. Naas is running about ten weeks at the moment."),
        c("Ten weeks? They want me to start in six.", None),
        t("You can tick the cancellation option, dates sometimes come up sooner. Have you done your twelve lessons?"),
        c("Ten. The other two are next week.", None),
        t("Then apply once the twelfth is logged. The system won't let you before that."),
        c("Okay. I'll apply next week so.", None),
    ],
))
