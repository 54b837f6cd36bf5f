"""Gaming pairs, file b (hand-written for blind210). Kinds 11-15, then 1-5."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer -- Chorlton, Manchester: salon card machine dies with the broadband
_open = c("Hiya, I own a hair salon in Chorlton. Our broadband's gone down twice this month and both times the card machine died with it. Saturday I lost about four hundred quid in walkouts.", None)
PAIRS.append(gpair(
    "b210g_uk_manchester_salon_backup",
    "Business broadband support and sales line, caller in Chorlton, Manchester (UK)",
    "ignored_customer",
    "A salon owner rings her business broadband provider: outages take her card machine down with them and cost her a busy Saturday.",
    good=[
        _open,
        t("Oh no, on a Saturday as well. Let me understand what you've got first. Is the card machine running over the salon wifi, or is it plugged into the router?"),
        c("Wifi I think. It's one of those little ones that sits on the desk. And the broadband's with you, been with you about three years.", None),
        t("Thanks. When it went down, did you hear anything from us, or did it just come back on its own after a while?"),
        c("Came back after about two hours both times. Nobody told us a thing.", None),
        t("That's not good enough, and I'll log both outages against your line so someone looks at why. For the card machine, the usual fix is a 4G backup: a small box that takes over within seconds if the broadband drops, so payments keep going. It's £8 a month on top. Would that cover what you need on a Saturday?"),
        c("Eight quid's nothing compared to what I lost. But I've no time for an engineer in the week, we're fully booked.", "no_time"),
        t("No engineer needed: we post the box, you plug it into the router and it sets itself up. I can send it today for Thursday, and I'll ring you Thursday at nine, before you open, to check it's working with the card machine. Does that suit?"),
        c("Thursday at nine's perfect. We open at half past.", None),
    ],
    gaming=[
        _open,
        t("Oh no, I'm so sorry to hear that. Can I ask, what's most important to you in a broadband service?"),
        c("That it stays on? And that the card machine works. Saturday's my busiest day.", None),
        t("Great. And how many devices would you say are on your network?"),
        c("I don't know, the card machine, my phone, the till iPad, the music. The card machine's the one that matters, that's what I'm saying.", None),
        t("Brilliant, thank you. So based on that, I'd recommend upgrading to our 900 meg fibre, our fastest package, at £55 a month."),
        c("Speed's not the problem though. It's when it goes off. Will faster broadband stop it going off?", "no_need"),
        t("Great question. Our customers on 900 meg absolutely love it. I can get an engineer out to you Tuesday between eight and one."),
        c("Tuesday I've got clients from nine till six. And you still haven't told me what to do about the card machine.", "no_time"),
        t("No worries, I'll put you down for Tuesday and the engineer will call ahead. Is there anything else I can help with?"),
        c("Don't put me down for anything. I'll ring someone who listens.", None),
    ],
))

# 12 repeated_questions -- Ibadan, student wants cheaper data
_open = c("Good evening. Please which data plan is the cheapest? I'm a student, I'm spending too much on data.", None)
PAIRS.append(gpair(
    "b210g_ng_ibadan_student_data",
    "Mobile network shop near the university gate, Ibadan (Nigeria)",
    "repeated_questions",
    "A university student on a small allowance wants to cut his data spend; he studies by day and downloads at night.",
    good=[
        _open,
        t("Good evening. Let's find the one that fits you. What do you use the data for mostly, and at what time of day?"),
        c("Lecture slides, YouTube tutorials for my course, and I download movies at night. Sometimes I hotspot for my roommate.", None),
        t("So school things in the day and big downloads at night. About how much are you spending in a month now?"),
        c("Like ₦6,000. Sometimes more. My allowance is not much, abeg.", None),
        t("Alright. There's a monthly bundle at ₦3,500: 7GB for any time plus 10GB that only works from midnight to 5am. If you move your downloads and the long YouTube lectures into that night window, you'd likely spend about half what you spend now. Would that work with how you study?"),
        c("Midnight to five... I sleep around one, I can set the downloads before I sleep. But let me first ask my roommate if he will share the cost.", "think_it_over"),
        t("Good idea. You can buy it on your own line today, it starts immediately, and if your roommate joins you can split it. One tip: set YouTube to 480p for lectures, it's clear enough and uses about a third of the data."),
        c("Ah, I didn't know that. Okay, let me buy it now.", None),
    ],
    gaming=[
        _open,
        t("Good evening! Great question. Tell me, what do you use your data for?"),
        c("Lecture slides, YouTube tutorials, and movies at night. Sometimes hotspot for my roommate.", None),
        t("Okay. And in terms of your usage, what kind of things are you mostly doing with the data?"),
        c("Like I said, school things and movies at night.", None),
        t("Got it. And how much would you say you spend on data every month?"),
        c("About ₦6,000.", None),
        t("Okay, and roughly what would you say your monthly budget for data is?"),
        c("Six thousand. I just told you. I'm asking for something cheaper than that.", None),
        t("Sure, sure. Just so I understand your needs fully, what's your main activity when you're online?"),
        c("Bros, it's getting late and I have a test tomorrow. I'll check the app myself.", "no_time"),
    ],
))

# 13 wrong_paraphrase -- Iloilo City, cheaper calls to mother working in Dubai
_open = c("Hi, good afternoon. My mama works in Dubai, and Papa spends so much on IDD calls every week. Is there something cheaper?", None)
PAIRS.append(gpair(
    "b210g_ph_iloilo_idd_dubai",
    "Mobile network store in a mall, Iloilo City (Philippines)",
    "wrong_paraphrase",
    "A college student and her father want a cheaper way for him to call her mother, a caregiver in Dubai; he dislikes calling apps.",
    good=[
        _open,
        t("Good afternoon, welcome. We can definitely look. How does Papa call her now: a straight international call from his phone, or through an app?"),
        c("Papa just dials her number. He doesn't like the apps, he says the sound is bad and he can't see the small buttons.", None),
        t("That's important, thank you. How often do they talk, and for how long?"),
        c("Every Sunday, maybe one hour. And short calls on weekdays. Sometimes it's 2,000 pesos a month, or more.", None),
        t("So one long call on Sunday, short ones during the week, about 2,000 a month, and Papa wants to keep dialling the normal way. There's an IDD add-on for the Middle East: 299 for 300 minutes, and he dials exactly the same as now. That covers the Sundays and most weekday calls. Shall I check it works on his SIM?"),
        c("Only 299? That's much better. Does Mama pay anything when she picks up?", None),
        t("No, she pays nothing to receive it on her Dubai number. Let me check Papa's SIM... yes, it's eligible. I can activate it now, and I'll write the balance-check code in big letters on this card so he can read it."),
        c("Yes, please. Papa says thank you.", None),
    ],
    gaming=[
        _open,
        t("Good afternoon! So what I'm hearing is that your mama wants a new phone in Dubai with a Philippine SIM, did I get that right?"),
        c("No, she's fine with her phone. It's Papa calling her that costs so much.", None),
        t("Got it, so your papa wants to switch to video calls on a new smartphone so he can see her, is that correct?"),
        c("He doesn't like apps. He said the sound is bad. He just wants to dial normally.", "no_need"),
        t("Okay, so if I understand correctly, your family is ready to move to our postpaid Plan 1499 with a new phone for Papa, because he's unhappy with his current device, right?"),
        c("He never said he's unhappy with his phone. And 1,499 a month is more than we spend on the calls now.", "too_expensive"),
        t("I understand. So just to play it back: budget is flexible as long as Papa gets the best device. Shall I start the application?"),
        c("No. Papa, let's go, we'll ask at the other mall.", None),
    ],
))

# 14 pitch_to_upset -- Bristol, closing a late father's account
_open = c("Hello. My dad died two weeks ago and I need to close his mobile account. I'm sorry, I've never done this before.", None)
PAIRS.append(gpair(
    "b210g_uk_bristol_bereavement",
    "Mobile provider customer service line, caller in Bristol (UK)",
    "pitch_to_upset",
    "A grieving daughter rings to close her late father's mobile contract; his voicemail greeting has his voice on it.",
    good=[
        _open,
        t("I'm very sorry for your loss. Please don't apologise, take all the time you need, and I'll keep this as simple as I can. Could you tell me your dad's name and his mobile number?"),
        c("Geoffrey Hale. The number's... sorry, just a second, it's on the letter... 07700 900418.", None),
        t("Thank you. I've found Geoffrey's account. I can stop the bills from today, and the rest of his contract is waived, there's nothing more to pay. A bereavement team will finish the paperwork so you're not passed around. Is that alright?"),
        c("Yes, thank you. Is there... can I keep the number for a bit? His voicemail has his voice on it and I'm not ready to lose that.", None),
        t("Of course. I can keep the number on a free hold for up to six months so the voicemail stays, and I'll ask the team to send you the greeting as a sound file to keep. Would you like that?"),
        c("Yes. Yes, I would. I didn't know you could do that.", None),
        t("I've requested it now. You'll get an email from the bereavement team within five working days, and this reference, B-20417, means you'll never have to explain it again. Is there anything else about his account that's worrying you?"),
        c("No, that's everything. Thank you for being kind about it.", None),
    ],
    gaming=[
        _open,
        t("I'm so sorry for your loss, I really do understand how you feel. While I've got you, can I ask what network you're on yourself?"),
        c("Um... someone else, I think. Why?", None),
        t("Because we can actually move your dad's number into your name on a new plan, so nothing goes to waste. Our 100-gig SIM at £18 a month is really popular, and a lot of families find it helps to keep a piece of their loved one. Is that something you'd value?"),
        c("I just want to close his account. I don't want a new plan.", "no_need"),
        t("Totally hear you. Closing does mean the number's gone forever, though, and his handset is still under contract, so the easiest way to avoid the £140 early-termination fee is to take the contract over. How does that sound?"),
        c("You're charging a dead man to leave? I can't find a hundred and forty pounds right now, the funeral's on Friday.", "no_money"),
        t("I understand completely. What if we made it a family bundle, your line and his, and I knocked twenty percent off both for six months?"),
        c("I'm putting the phone down. The solicitor can deal with you.", None),
    ],
))

# 15 blame -- Kano service centre, line barred over NIN linking
_open = c("Salam alaikum. My line is blocked since morning. They said NIN, but I did NIN linking since last year. All my customers call me on this line.", None)
PAIRS.append(gpair(
    "b210g_ng_kano_nin_barred",
    "Mobile network service centre, Kano (Nigeria)",
    "blame",
    "A fabric trader's line has been barred for NIN verification even though he linked it months ago; a spelling mismatch on the registration is the cause.",
    good=[
        _open,
        t("Wa alaikum salam, sir. I'm sorry, a barred line when customers are calling is serious. Let me check the record. Do you have your NIN slip with you?"),
        c("Yes, here is the slip. I did it at the office on Zoo Road, they gave me this paper.", None),
        t("Thank you. I can see the problem. The NIN was submitted, but the SIM registration has your name as 'Abubakar Sani' and the NIN has 'Abubakar Saani', so the system never matched them. It's a mismatch on the record, not something you did wrong."),
        c("Ah, one letter? So what now? I have a shipment coming, the driver must call me today.", None),
        t("I can correct the SIM registration here using the slip and your fingerprints, then resubmit. The line usually comes back within two to four hours. I'll also give you a temporary SIM today so the driver can reach you. Is that okay?"),
        c("Two to four hours is okay. But the new number, my customers don't know it.", None),
        t("True. Once your old line is back, I'll set it to forward to the temporary SIM for the week, and I'll call you on the temporary number the moment it's done. Shall we do the fingerprints now?"),
        c("Okay, let's do it quickly.", None),
    ],
    gaming=[
        _open,
        t("Sir, if your line is blocked for NIN, it means the linking wasn't completed properly. Did you follow the steps correctly?"),
        c("I did it at your office on Zoo Road! Here is the slip they gave me.", None),
        t("I understand your feelings, sir, but people often give the wrong details at those centres. Did you check your name was spelt correctly before you signed?"),
        c("Who checks that? Your staff typed it. I cannot see their screen.", None),
        t("Yes, but it's the customer's responsibility to confirm their information. So what would you like to do now?"),
        c("I want my line back today. My driver must call me for a shipment.", None),
        t("I hear you, but this is the result of a mismatch on your side. You'll need to go to the NIMC office to fix your name and then come back here. How would you rate my service today?"),
        c("Last year I lost this same line for one week because of your 'upgrade'. Now this. I'm porting to another network.", "bad_experience"),
    ],
))

# 1 monologue -- Makati fintech, cloud phone lines for a hybrid team
_open = c("Hi, I'm Joanna, ops lead at a small fintech in Makati. We're twelve people, half of us work from home some days, and our one company landline is useless when nobody's in the office. What are our options?", None)
PAIRS.append(gpair(
    "b210g_ph_makati_cloud_phone",
    "Business telecom provider sales line, caller in Makati (Philippines)",
    "monologue",
    "The operations lead of a twelve-person startup wants merchants' calls answered when support staff work from home, and sales calls recorded for compliance.",
    good=[
        _open,
        t("Hi Joanna, thanks for calling. Before options, tell me how the calls come in now: is it mostly clients ringing the landline, or your team calling out?"),
        c("Mostly inbound. Merchants calling about their payouts. Two people handle it, but when they're WFH the calls just ring in an empty office.", None),
        t("So your two support staff need to answer the main number wherever they are. Does anyone else take or make calls on that number, sales for instance?"),
        c("Our sales guy calls out a lot, but on his own mobile. Management doesn't like that, they want the calls recorded for compliance.", None),
        t("Got it: inbound to two support staff anywhere, and sales calling out on the company number with recording. A cloud phone system does that: you keep the landline number, calls ring on laptops or mobiles through an app, and recording's built in. You'd need three licences, not twelve, around 900 pesos each a month. Who signs off on this, you or management?"),
        c("I'll have to bring it to our CFO. She'll ask about data privacy, where the recordings are stored and so on.", "think_it_over"),
        t("Fair question for a fintech. Recordings can stay on servers in the Philippines, and I'll send you our data privacy summary for her. Would a 14-day trial on the three licences help, so she can listen to a recorded call herself?"),
        c("Yes, a trial would make approval much easier. Please send me the paperwork.", None),
    ],
    gaming=[
        _open,
        t("Hi Joanna! Great question, so what I'm hearing is you're ready for a modern communication experience. Let me tell you about our Cloud Suite. It's a full unified communications platform: voice, video, team chat, file sharing, call recording, AI transcription, CRM integration, auto-attendant, hunt groups and analytics dashboards. Companies like yours in BGC and Ortigas are all moving to it."),
        c("Okay... but we already use Slack and Zoom. It's really just the phone calls.", "no_need"),
        t("Perfect, and that's the beauty of it, it replaces Slack and Zoom, so you consolidate. Twelve users on the Business tier is 2,400 pesos each a month, but commit to three years and it drops to 1,950, and we throw in headsets. Onboarding is white-glove, you get a dedicated account manager, and uptime is 99.99 percent. Make sense so far?"),
        c("Twelve times that is a lot. Not everyone here needs a phone line.", "too_expensive"),
        t("Absolutely, I hear you, and lots of clients say that at first, but once they see the analytics they never go back. I'll send a deck with the full feature list, all the pricing tiers and our case studies. Our relationship doesn't end at the sale, we're partners in your success. Any other questions?"),
        c("Just send the deck. I'll look at it when I can.", "brush_off"),
    ],
))

# 2 closing_as_open_question -- Belfast phone shop, daughter's cracked screen
_open = c("Just having a look, really. My daughter's screen's cracked again and she's on at me for a new phone.", "brush_off")
PAIRS.append(gpair(
    "b210g_uk_belfast_cracked_screen",
    "High-street mobile phone shop, Belfast (UK)",
    "closing_as_open_question",
    "A father browsing the shop because his teenage daughter has cracked her phone screen for the second time this year; he has a rough budget in mind.",
    good=[
        _open,
        t("No bother, have a browse. If it helps, what phone has she got now, and is it just the screen or is anything else wrong with it?"),
        c("It's an older Samsung, the A-something. Only the screen, works fine otherwise. Second time this year, she drops it on the bus.", None),
        t("Twice in a year, that's hard on the pocket. Is she on your account, and is that phone out of contract yet?"),
        c("Aye, she's on my account. Out of contract since the summer, I think. I was hoping not to spend more than about two hundred.", None),
        t("Then you've two fair choices. A screen repair on that model is about £75 and takes an hour here. Or a mid-range phone outright for around £190, and she stays on SIM-only at the same monthly price. Either way, a proper case and a screen protector would probably have saved both cracks. Which way are you leaning?"),
        c("Repair sounds sensible, but she'll go mad. I'll have a word with her mother tonight before I decide.", "think_it_over"),
        t("That makes sense. I'll write both options down with the prices. If you go for the repair, bring it in before ten and it'll be back the same day."),
        c("Grand, cheers. I'll probably be back Saturday.", None),
    ],
    gaming=[
        _open,
        t("Love that! Can I ask, when you picture her opening the new phone, which colour do you think she'd be most excited about?"),
        c("Ha, no idea. Purple, probably. I'm not sure I'm buying a new one though, it's only the screen that's broken.", "no_need"),
        t("Totally. And just out of curiosity, how would you feel about getting it sorted today so you don't have to hear about it at dinner tonight?"),
        c("I'd feel better if it didn't cost a fortune. I wasn't wanting to go over two hundred.", None),
        t("Makes sense. So what would you need to see from me for us to get her set up on the new S-series this afternoon?"),
        c("The S-series? That's nearly a grand, isn't it? Sure that's way over what I said.", "too_expensive"),
        t("On contract it's only £48 a month. So which works better for you, taking it now, or us having it ready for you tomorrow?"),
        c("Neither. I'll talk to her mum and see.", "think_it_over"),
    ],
))

# 3 pitch_as_paraphrase -- Enugu phone shop, retired headmaster who can't hear his phone
_open = c("Good morning, my son. This phone my children bought me, I cannot hear it ring, and the touching screen confuses me. I want something simple.", None)
PAIRS.append(gpair(
    "b210g_ng_enugu_simple_phone",
    "Mobile phone shop and network agent, Enugu (Nigeria)",
    "pitch_as_paraphrase",
    "A retired headmaster with poor hearing comes in with his grandson; he misses calls on the smartphone his children gave him.",
    good=[
        _open,
        t("Good morning sir, you're welcome. We'll find something that suits you. When you say you can't hear it, is it the ringing, or the voice of the person when you're talking?"),
        c("Both, but the ringing especially. I keep it in my pocket, and by the time I hear it, they have dropped. My daughter in Lagos gets worried.", None),
        t("So a loud ring, a clear voice on calls, and no touchscreen. Who do you call most, mainly family?"),
        c("My daughter, my son in Abuja, my pastor, and my friend Ezeoke. That is all.", None),
        t("Then a button phone made for poor hearing would suit you: a very loud ringer, a light that flashes when it rings, a volume boost for calls, and four big buttons on the back, one for each of those people. It's ₦28,000 and takes your current SIM. Would you like to hear the ring first?"),
        c("Twenty-eight thousand... my pension is small. And this smartphone is not even one year old.", "no_money"),
        t("I understand. Then let's try something free first: I'll set the loudest ringtone and strong vibration on your smartphone and put those four people big on the home screen. Try it for a week, and if you still miss calls, the button phone will be here."),
        c("Let us try that first. Chidi, watch what he does so you can help me.", None),
    ],
    gaming=[
        _open,
        t("Good morning sir! So what you're telling me is that you need a more powerful smartphone with a bigger screen, like the new Galaxy at ₦420,000, is that right?"),
        c("No, no. I said simple. I don't want a bigger one of this thing.", "no_need"),
        t("I hear you, sir. So if I'm understanding correctly, what you need is a premium device that's easier to use, which is exactly this one with the senior mode, correct?"),
        c("Four hundred and twenty thousand naira? For a phone? My pension cannot carry that.", "no_money"),
        t("Okay sir, so just to make sure I've got it right, you'd like to spread the cost in monthly instalments so it's affordable, yes?"),
        c("Young man, you are putting words in my mouth. Chidi, let us go.", None),
    ],
))

# 4 upsell_as_loop_closing -- Baguio boarding house, wifi dead spots
_open = c("Good afternoon. I have a boarding house near the university, eight students. They keep complaining about the wifi. My plan now is 50 Mbps, I think.", None)
PAIRS.append(gpair(
    "b210g_ph_baguio_boarding_wifi",
    "Fibre broadband provider business centre, Baguio City (Philippines)",
    "upsell_as_loop_closing",
    "A retired teacher who runs a three-floor concrete boarding house for students asks about better wifi; the back rooms upstairs get no signal.",
    good=[
        _open,
        t("Good afternoon ma'am. Eight students is a lot of devices. What do they complain about exactly: slow in the evenings, dead spots in some rooms, or it keeps dropping?"),
        c("The rooms upstairs at the back, no signal. And at night everyone is online, so very slow. In exam season they fight over it.", None),
        t("Two problems then: no coverage at the back upstairs, and speed when all eight are on at night. How is the house built, concrete walls between the rooms?"),
        c("Yes, concrete, three floors. The modem is in my living room on the ground floor.", None),
        t("Concrete and three floors will stop a single modem whatever the speed. I'd suggest going from 50 to 200 Mbps for the evenings, that's 1,899 a month instead of 1,299, and two mesh units, one for each upper floor, for the dead spots, at 150 a month each. Would you pass the cost on to the boarders?"),
        c("Hmm, six hundred more plus the mesh. I have to ask my boarders first if they'll pay a little extra.", "think_it_over"),
        t("That's sensible. I'll print a simple sheet with before and after so you can show them. The speed upgrade is done remotely the same day, and a technician sets up the mesh units. Shall I hold the quote for a week?"),
        c("Yes, one week. I'll talk to them tonight at dinner.", None),
    ],
    gaming=[
        _open,
        t("Good afternoon ma'am! Happy to help. So we'll get you upgraded to 200 Mbps. Now, what else can I add for you today to make your boarders' experience complete?"),
        c("I don't know. The real problem is there's no signal upstairs at the back.", None),
        t("Great point. Just to close the loop, would you like our streaming bundle added, movies and sports for 399 extra? Students love it."),
        c("They have their own Netflix on their phones. They just need the internet to reach the rooms.", "no_need"),
        t("Understood. Anything else I can add while we're finishing up, like a landline, or our CCTV add-on for the boarding house, just 499 a month?"),
        c("No, I don't need a landline. How much is the upgrade by itself even?", "no_need"),
        t("The upgrade is just 1,899 a month. Before we finalise, anything else you'd like to include, maybe device insurance for your own phone?"),
        c("That's six hundred more than I pay now, and the back rooms will still have no signal. I'll think about it.", "too_expensive"),
    ],
))

# 5 leading_tag_questions -- farm near Swaffham, Norfolk: two meg broadband
_open = c("Morning. I'm on a farm outside Swaffham, broadband's about two meg on a good day. I've got to send the milk records, and the cows' collars talk to a computer now. What can you do?", None)
PAIRS.append(gpair(
    "b210g_uk_norfolk_farm_broadband",
    "Rural broadband provider sales line, caller near Swaffham, Norfolk (UK)",
    "leading_tag_questions",
    "A dairy farmer on a slow copper line needs internet in the farmhouse and the parlour office for records and a herd-monitoring system.",
    good=[
        _open,
        t("Morning. Two meg with herd collars is a tough spot. What's the farm's postcode, and while I check: where do you need the internet, the farmhouse, the parlour, or both?"),
        c("PE37. Both, really. The parlour's about two hundred yards from the house, and the collar system's in the parlour office.", None),
        t("Thanks. There's no fibre planned for your road for at least two years, I'm afraid, so I won't pretend otherwise. The options are a 4G router with an aerial on the roof, or satellite. Do you get any mobile signal in the yard, and on which network?"),
        c("One or two bars on my phone outside, nothing indoors. My neighbour went satellite and swears by it, but that was six hundred quid for the dish.", None),
        t("With one or two bars outside, a roof aerial usually pulls in a decent 4G signal, often 20 to 40 meg round there. It's £35 a month, no setup fee, and we can link the parlour with a wireless bridge. Before you commit, a survey engineer can test the signal on your roof. Would that suit?"),
        c("Survey's fine. But not mornings, I'm milking till half nine, and afternoons are no good this month, we're on silage.", "no_time"),
        t("Understood. In summer our engineers work evenings till seven. Would Thursday at half five work, or would you rather wait till the silage is in?"),
        c("Thursday, half five's alright. Tell him to mind the dog.", None),
    ],
    gaming=[
        _open,
        t("Morning! You'll want our fastest package for a farm like yours, won't you? Nobody runs a modern dairy on two meg these days, do they?"),
        c("I want something that works. Can you even get fibre out here?", None),
        t("Well, fibre's the future, isn't it? You'd want to register for our Gigabit Rural plan now, wouldn't you? It's only £65 a month once it arrives."),
        c("Once it arrives? When's that? I need the milk records sent this month, not in two years.", "no_need"),
        t("Sure, and in the meantime you'd be happy with our satellite package, wouldn't you? Six hundred for the dish is a small price for peace of mind, isn't it?"),
        c("Six hundred? My cousin near Dereham had one of them and it dropped out every time it rained.", "bad_experience"),
        t("That was probably an older system, wasn't it? You're not going to let one story put you off, are you? Shall I book the dish installation for next week, then?"),
        c("No. I'll ring round and see what else there is.", "think_it_over"),
    ],
))
