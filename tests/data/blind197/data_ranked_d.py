"""Ranked pairs d01-d10 of blind197 (hand-written): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 digs into the real reason
_open = c("Hi, I run L&D at a software services firm. I want a communication skills programme for about forty engineers.", None)
PAIRS.append(rpair(
    "b197r_d01_bengaluru_engineer_communication",
    "L&D head at a Bengaluru IT services firm asks for communication training after a client complaint.",
    [
        _open,
        t("Happy to help. What's made communication come up now? Is something specific happening?"),
        c("One of our US clients wrote to our delivery head. He said our stand-up updates are vague, nobody says something's blocked until it's too late.", None),
        t("So it's less about general English and more about status updates: flagging risks early and saying clearly what's blocked. Is it the same forty engineers on that account?"),
        c("Twenty-five are on that account. The other fifteen, honestly, are fine. My boss just wanted a round number.", None),
        t("Then I'd start with the twenty-five: a short workshop on status updates and escalation, using their real stand-up notes, then check with the client after a month. It costs less than forty, and you'll know if it worked."),
        c("I like that. Can you send a proposal by Monday?", None),
        t("Yes, Monday. I'll include a simple before-and-after measure you can show the delivery head."),
    ],
    [
        _open,
        t("Happy to help. We have a Business Communication programme, two days, covering email writing, presentations, meetings and cross-cultural skills. Would that suit?"),
        c("Maybe. The trigger was a US client saying our stand-up updates are vague.", None),
        t("Yes, that's covered in the meetings module. For forty people we'd run two batches. It's 4,500 per participant."),
        c("That's 1.8 lakh. I'll need to justify it to my boss.", "think_it_over"),
        t("Of course. I'll send a proposal with the full agenda and testimonials from other IT clients."),
        c("Okay, send it over.", None),
    ],
))

# d02 honest about limits, low-risk next step
_open = c("Hi, I'm thinking of doing your UX design course. I'm 35, admin executive, want to switch career. Is that realistic?", None)
PAIRS.append(rpair(
    "b197r_d02_singapore_ux_career_switch",
    "Admin executive in Singapore with a mortgage asks whether switching to UX design at 35 is realistic.",
    [
        _open,
        t("It can be, but it depends a lot on your situation. What draws you to UX in particular?"),
        c("I redesigned our company's leave form last year and everyone said it was so much easier. I really enjoyed that. But I've never done design properly.", None),
        t("That's a good sign, you solved a real problem for users. Honestly, junior UX roles here are competitive right now, and most hires show three or four portfolio projects. Could you manage a few months on lower pay if the switch took a while?"),
        c("Not really. I have a mortgage. I can't quit and study full-time.", None),
        t("Then I wouldn't start with our full-time immersive. The part-time certificate is six months of evenings and you keep your job. Or try the two-week intro for 250 first, to see if you still love it after the basics."),
        c("The intro makes sense. Better to find out cheaply.", None),
        t("Agreed. The next intake is on the 14th. I'll send you those details and the part-time syllabus so you have both."),
    ],
    [
        _open,
        t("Very realistic! Lots of our graduates are career switchers. Our UX Immersive is twelve weeks full-time, and we have a great careers team."),
        c("Full-time? I have a mortgage, I don't think I can stop working.", "no_money"),
        t("Understandable. There's also a part-time version, six months of evenings. It's 7,900, and SkillsFuture can cover some of that."),
        c("Okay, that sounds more doable. Will I get a job at the end?", None),
        t("Most of our graduates find UX jobs within six months, and you'll have a portfolio by the end."),
        c("Alright. Let me think about it over the weekend.", "think_it_over"),
        t("Sure. I'll send the brochure and the next intake dates."),
    ],
))

# d03 diagnoses before recommending
_open = c("Hi, we've just promoted ten people to team leader and I want them on some kind of management course. What have you got?", None)
PAIRS.append(rpair(
    "b197r_d03_manchester_contact_centre_team_leaders",
    "Operations manager at a Manchester contact centre wants training for ten newly promoted team leaders.",
    [
        _open,
        t("A few things, depending on what's needed. How are they getting on so far? Anything you've noticed?"),
        c("They're great on the phones, that's why we promoted them. But they're avoiding the hard conversations. Lateness, people on their phones, they just let it go because they were mates last month.", None),
        t("The mates-to-manager problem. So the main gap is difficult conversations with former peers, rather than the admin side like rotas?"),
        c("Rotas they're fine with. It's the conversations. And we've a new absence policy coming in that they'll have to enforce.", None),
        t("Then rather than our five-day general course, I'd do two days on difficult conversations, with role plays built on your absence policy, and a follow-up session six weeks later. It's 3,400 for the group."),
        c("That's less than I'd budgeted, actually. Can we do it before the policy launches in March?", None),
        t("We've got February dates. I'll send them today with the outline so you can pick."),
    ],
    [
        _open,
        t("We've got our First Line Manager programme: five days over five weeks, covering leadership styles, delegation, giving feedback, time management and basic employment law."),
        c("Sounds thorough. The main thing is they're avoiding tricky conversations with their old mates.", None),
        t("That's covered on day three, giving feedback. It's a very popular module. It's 6,200 for ten people."),
        c("Five days off the phones, across ten people, that's a lot for us.", "no_time"),
        t("We can spread it so only half are off at once. And they get a certificate at the end, which is good for motivation."),
        c("True. Send me the dates and I'll see.", "think_it_over"),
        t("Will do, I'll email them this afternoon."),
    ],
))

# d04 adapts to the person's schedule and real gap
_open = c("Hi, I'm preparing for CS Executive, the December attempt. Do you have classes I can join?", None)
PAIRS.append(rpair(
    "b197r_d04_mumbai_cs_executive_night_shift",
    "Night-shift BPO worker in Mumbai preparing for the CS Executive exam asks about classes.",
    [
        _open,
        t("Yes. Before I suggest a batch, what does your day look like? Are you working or studying full-time?"),
        c("Working. Night shift in a BPO in Malad, 9 pm to 6 am. I sleep till about one.", None),
        t("So your free time is roughly two to seven in the afternoon. Our evening batches start at seven, which clashes. Which papers are you worried about?"),
        c("Company Law and Tax. The others I can self-study, I have notes from a friend.", None),
        t("Then I'd suggest just those two papers on our recorded-plus-live plan: recorded lectures any time, and live doubt sessions on Saturday afternoons at three. It's 14,000 for both, instead of 32,000 for the full batch."),
        c("That's much better. Saturday afternoon I'm free. Can I try one recorded lecture first?", None),
        t("Sure, I'll send you a Company Law lecture now. If it suits you, you can enrol online by the weekend."),
    ],
    [
        _open,
        t("Yes, our December batch starts next week. Evening classes, seven to ten, Monday to Friday, all papers. It's 32,000."),
        c("Seven to ten is not possible for me, I work night shift. I start at nine.", "no_time"),
        t("Okay, we also have a weekend batch, Saturday and Sunday mornings, nine to one."),
        c("Mornings I sleep after shift. Do you have recordings?", "no_time"),
        t("Yes, the full course is available recorded as well, same fee, 32,000, with doubt-solving by email."),
        c("32,000 for recordings only? That's steep.", "too_expensive"),
        t("It's the same content as the live batch. You can pay in two instalments."),
    ],
))

# d05 adapts language to the person
_open = c("Hello. I want English class. My English is little.", None)
PAIRS.append(rpair(
    "b197r_d05_leeds_esol_enrolment",
    "Sudanese electrician with little English walks into a Leeds adult college asking about English classes.",
    [
        _open,
        t("Hello, welcome. Yes, we can help. What is your name?"),
        c("Ahmed. From Sudan.", None),
        t("Thank you, Ahmed. Do you work now, or look for work?"),
        c("I look for work. Before, in Sudan, I am electrician. Here I need English for the card... for building work.", None),
        t("Okay. English for work, for the building site card. First, a free test here, thirty minutes. Then we know your level. The class is probably free for you. Can you come on Monday at ten?"),
        c("Monday yes. Free? Is sure?", None),
        t("Yes. If you have your refugee letter, the class is free. Please bring the letter on Monday."),
    ],
    [
        _open,
        t("Hello! We offer ESOL courses from Entry 1 to Level 2, daytime and evening, and there's also an English for Work pathway with employability support. Do you know which level you're at?"),
        c("Sorry. Level... I don't know.", None),
        t("No problem. You'll need to book an initial assessment. You can do it online on our website or through the enrolment team. Classes may be fully funded depending on eligibility and residency status."),
        c("Sorry, slowly please. Is free?", None),
        t("It might be free. It depends on your documents. The assessment will tell you."),
        c("Okay. I come back with my friend.", None),
    ],
))

# d06 honest about limits
_open = c("Sir, I completed B.E. Mechanical last year. I want to join Java full stack course. You give 100 percent placement?", None)
PAIRS.append(rpair(
    "b197r_d06_chennai_java_fullstack_placement",
    "Mechanical engineering graduate in Chennai asks a coding institute about a Java course with guaranteed placement.",
    [
        _open,
        t("I'll be straight with you: we give placement support, not a guarantee. Nobody can honestly guarantee it. Can I ask why you want to move from mechanical into software?"),
        c("Mechanical jobs are only 15,000 salary in Chennai. My friends in IT are getting 4 lakh package.", None),
        t("So pay is the main reason. Have you written any code before, in college or on your own?"),
        c("Little C programming in first year. I did one small Python course on YouTube, I liked it.", None),
        t("That helps. Last year about seventy percent of our non-CS students got IT jobs within six months, mostly testing and support roles first, 2.5 to 3.5 lakh. The ones who practised daily did best. The course is four months, 35,000."),
        c("Seventy percent... okay, at least you are telling the truth. Other institute told me 100 percent. I will join the demo class first.", None),
        t("Good idea. The demo is Saturday at ten. Bring a laptop if you have one, we'll write a small program together."),
    ],
    [
        _open,
        t("Yes sir, we have a very strong placement cell, 300 companies tied up. Our Java Full Stack course is four months, 35,000, with placement assistance."),
        c("Assistance or guarantee? Other institute said 100 percent.", None),
        t("We don't call it a guarantee, but most of our students are placed. Many in MNCs."),
        c("But I am mechanical background, not CS. Will it be okay?", None),
        t("Yes, we have many mechanical students. The course starts from basics, so no problem."),
        c("Okay. 35,000 I need to arrange, let me talk at home.", "think_it_over"),
        t("Sure sir, the next batch starts on the 5th. Come with your parents if you like."),
    ],
))

# d07 digs into the real reason, low-risk pilot
_open = c("Hello, I'm head of compliance at a bank branch here. We need AML training for about 400 staff, refreshed every year.", None)
PAIRS.append(rpair(
    "b197r_d07_singapore_bank_aml_elearning",
    "Compliance head at a Singapore bank branch needs AML e-learning after an inspection finding.",
    [
        _open,
        t("Understood. What's prompting a change? Are you replacing something, or was there an audit finding?"),
        c("Our MAS inspection noted the training was generic, not tailored to our trade finance business. And the completion records were messy.", None),
        t("So two separate problems: content that doesn't reflect trade finance risks, and records that don't stand up to inspection. Who needs to see those records, and in what form?"),
        c("Internal audit and MAS. They want per-person completion with scores and dates. Today we compile it from three spreadsheets.", None),
        t("Then I'd suggest our core AML course plus a trade finance module built with your team, red flags in letters of credit and so on, with per-person audit exports. Before any contract, we could pilot the trade finance module with one department and you check it against the MAS comments."),
        c("A pilot is sensible. Our budget is fixed for this year, though, so it would start properly in January.", None),
        t("January works. Let's plan the pilot for November so you have results before budget sign-off."),
    ],
    [
        _open,
        t("Sure. We have an AML and CFT e-learning library, MAS-aligned, with annual refreshers and automatic reminders. Several banks in Singapore use it."),
        c("Our inspection said our training was too generic, not tailored to trade finance.", None),
        t("Our library has a trade-based money laundering module, which should cover that. Plus reporting dashboards."),
        c("Do the dashboards give per-person scores and dates? Audit needs that.", None),
        t("Yes, you can export everything. For 400 users it's 38 dollars per user per year."),
        c("I'll need to compare with our current vendor before we move.", "think_it_over"),
        t("Of course. I'll send a demo login so your team can look around."),
    ],
))

# d08 digs into motive, honest, low-risk first step
_open = c("Hiya, I want to become a driving instructor. How much is the training and how long does it take?", None)
PAIRS.append(rpair(
    "b197r_d08_birmingham_driving_instructor_training",
    "Night-shift warehouse worker in Birmingham asks about training to become a driving instructor.",
    [
        _open,
        t("I'll give you both, but first, what's drawing you to it? It helps me tell you whether the route suits you."),
        c("I'm in a warehouse, nights, twelve years. My back's going and I want to be my own boss. And I've always liked driving, teaching my nephew was the best summer I've had.", None),
        t("So getting off nights, working for yourself, and you've enjoyed teaching. Honestly, the three qualifying tests are tough, and the teaching one is where a lot of people drop out. Most of our trainees take eight to twelve months. Training's about 2,400."),
        c("Twelve months... I'd have to keep the night job going all that time.", None),
        t("Most people do. Part one is theory, you can study around nights. I'd suggest a free two-hour assessment drive with one of our trainers first, so you know where your driving's at before you spend anything."),
        c("That's fair. No point paying if my driving's rubbish. When can I do it?", None),
        t("Saturdays suit most night workers. I'll send you this Saturday and next."),
    ],
    [
        _open,
        t("Our full package is 2,400, covering parts one, two and three. Most people qualify in around six to nine months."),
        c("Six months, alright. I work nights in a warehouse, will that be a problem?", None),
        t("No, we're flexible. Lessons can be in the daytime. You can pay in monthly instalments of 200."),
        c("That helps. What's the pass rate like?", None),
        t("We have a very good pass rate, and our trainers are all experienced, top-graded instructors."),
        c("Sounds good. I'll have a think and ring back.", "think_it_over"),
        t("No problem, I'll send you our info pack."),
    ],
))

# d09 diagnoses the real requirement before selling a batch
_open = c("Hi, I need to clear JLPT N3. Can I join your N3 batch starting next month?", None)
PAIRS.append(rpair(
    "b197r_d09_pune_japanese_jlpt_onsite",
    "IT engineer in Pune with N5 from two years ago wants N3 for an onsite selection in Japan.",
    [
        _open,
        t("Possibly. What level are you at now, and what's the N3 for?"),
        c("I passed N5 two years ago. My company has an onsite in Osaka, they said N3 preferred. The selection is in December.", None),
        t("N5 to N3 is a big jump, N4 sits in between, and most people need a year or more. For the December selection, do you know if they want the certificate, or just the ability to speak?"),
        c("Hmm, I didn't ask. I assumed certificate.", None),
        t("Worth checking, because results from the December exam only come out around February, so a certificate couldn't be ready for that selection anyway. If it's speaking, our conversation batch would help more. If it's the certificate, we'd start you at N4 now and aim for N3 next year."),
        c("Oh, I didn't know about the result timing. Let me ask my manager tomorrow and call you.", "think_it_over"),
        t("Please do. Meanwhile I'll send you a free placement quiz so we know exactly where you stand."),
    ],
    [
        _open,
        t("Yes, the N3 batch starts on the 3rd. It's Saturday and Sunday, ten to one, for six months. The fee is 24,000."),
        c("Okay. I've done N5, two years back. Is that enough for the N3 batch?", None),
        t("Ideally you'd have N4, but you can join and catch up with extra practice. Many students manage."),
        c("Okay. I need it for an onsite selection in December.", None),
        t("Then you should register for the December JLPT, registration closes soon. We'll help you prepare."),
        c("24,000 is a lot, but if it helps for onsite it's worth it. Let me discuss at home.", "think_it_over"),
        t("Sure, please confirm by the 28th so we can hold your seat."),
    ],
))

# d10 adapts to a shy, bereaved customer
_open = c("Oh, hello, sorry, I wasn't sure if I'd come to the right place. I wanted to ask about the computer classes? Only the basic ones.", None)
PAIRS.append(rpair(
    "b197r_d10_bristol_digital_skills_returner",
    "Shy woman in her late fifties, back after years of caring for her mother, asks about basic computer classes in Bristol.",
    [
        _open,
        t("You're in the right place, come and sit down. No rush. What would you like to be able to do?"),
        c("Well, I've been looking after my mum a long time, she passed in the spring. I'd like an office job, but everything wants Excel, and I... I haven't really used it.", None),
        t("I'm sorry about your mum. That's a big change. So it's Excel for office jobs. Do you use a computer at home at all?"),
        c("A tablet. Emails to my sister. That's about it, really.", None),
        t("That's fine, plenty of people start there. There's a small Tuesday morning group, eight people, mostly getting back into work. It starts with keyboard and mouse before Excel, and it's free if you're not working. Would you like to come and watch one session before signing up?"),
        c("Could I? I'd feel better seeing it first.", None),
        t("Of course. Come next Tuesday at ten and ask for Jo, I'll tell her you're coming."),
    ],
    [
        _open,
        t("Yes, we run Essential Digital Skills and Excel Level 1. Which one are you after?"),
        c("I'm not sure. I've been caring for my mum. I need Excel for office jobs, I think.", None),
        t("Then Excel Level 1. It's Thursday evenings, ten weeks, free if you're not working. You'll need to fill in the enrolment form and bring ID."),
        c("Evenings... I don't really like going out in the dark, to be honest.", "no_time"),
        t("There's a Tuesday morning Essential Digital Skills class too, but it's more basic."),
        c("Oh. Maybe that one then. I'll take a form home, if that's all right.", "think_it_over"),
        t("Sure, here you go. Bring it back with your ID."),
    ],
))
