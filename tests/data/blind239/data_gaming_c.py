"""Gaming pairs c01-c10 of blind239 (written by hand). Childcare, family and school services."""
from common import c, gpair, t

PAIRS = [
    # 6 putdown_question
    gpair(
        "b239g_darwin_childcare_bite", "childcare centre, Darwin (AU)", "putdown_question",
        "A mum phones the centre because her toddler came home with a bite mark and nobody told her at "
        "pick-up.",
        good=[
            c("Yeah, hi. My daughter Ruby came home yesterday with a big bite mark on her arm and nobody said a "
              "word at pick-up. I want to know what happened.", None),
            t("Hi, I'm Leanne, the assistant director. I'm sorry, you should have been told at pick-up. Let me "
              "check the incident log for the Wattle room yesterday while you're on the line."),
            c("Okay.", None),
            t("There's nothing recorded for Ruby yesterday, and that's a failure on our part whatever happened. "
              "So she came home with a bite, nobody told you, and there's no report. Is she alright today? "
              "Is the skin broken?"),
            c("Not broken, just purple. She's fine, she's at Mum's. But honestly I'm thinking of pulling her "
              "out. My sister had the exact same thing at another centre and they never sorted it.",
              "bad_experience"),
            t("I understand why you'd feel that way. Here's what I'll do today: talk to both educators in the "
              "Wattle room, find out what happened, and fill out the incident form properly. I'll ring you by "
              "three with what I find, and you'll get a copy of the form to sign."),
            c("And if it's another kid that bites, what then?", None),
            t("Biting happens a lot in toddler rooms, but we don't just shrug it off. We'd shadow that child "
              "and plan with their family. I can't tell you who it was, but I can tell you what we're doing. "
              "Would you want to meet the director on Thursday as well?"),
            c("Yeah. Thursday after work. Call me at three.", None),
            t("Three o'clock, and Thursday at half five with Marion. Thanks for ringing us straight away."),
        ],
        gaming=[
            c("Yeah, hi. My daughter Ruby came home yesterday with a big bite mark on her arm and nobody said a "
              "word at pick-up. I want to know what happened.", None),
            t("Hi, I want to understand your experience. Are you sure it's a bite and not something from home? "
              "What exactly did it look like?"),
            c("It's teeth marks. In a circle. On her arm. I know what a bite looks like.", None),
            t("Okay. Biting is totally normal in the toddler room, it's in the parent handbook. Did you get a "
              "chance to read that when you enrolled?"),
            c("That's not the point. Nobody told me. There's meant to be a form.", None),
            t("Right. And isn't it a bit much to suggest we're hiding something? How do you think the educators "
              "feel hearing that?"),
            c("I didn't say hiding. I said nobody told me. I'm starting to think I should just pull her out.",
              None),
            t("I hear that you're emotional. What would you like to see happen, realistically?"),
            c("I'd like the director. Today.", None),
        ],
    ),
    # 7 not_my_department_or_read_the_terms
    gpair(
        "b239g_boston_swim_makeups", "children's swim school, Boston, Massachusetts (US)",
        "not_my_department_or_read_the_terms",
        "A mom asks how to book make-up classes for her son who missed three lessons with strep throat; she has "
        "a doctor's note and Saturdays are taken by hockey.",
        good=[
            c("Hi, my son Theo missed three classes in a row because of strep throat. I have a doctor's note. "
              "How do I schedule make-ups?", None),
            t("Hi, sorry to hear he was sick, strep's miserable. Normally it's two make-ups a session, but with "
              "a medical note we cover all three. Could you email me the note, or do you have it there?"),
            c("I can take a photo now. What times do you have?", None),
            t("For his level, Saturday at nine and eleven, Wednesday at five, or Sunday at two."),
            c("Saturdays are impossible, he has hockey all winter. Wednesday's rough with work too.", "no_time"),
            t("Okay, so Saturdays are out and Wednesdays are hard. Sunday at two, three weeks in a row? Or if "
              "that's still too much, I can put the three lessons as a credit on next session instead."),
            c("Honestly the credit might be easier. We're so stretched right now.", None),
            t("Done. Three lessons, a hundred and twenty-six dollars, credited to the winter session. I'll "
              "email you the confirmation, and reply to it with the photo of the note."),
            c("Great. Thank you, that was easy.", None),
        ],
        gaming=[
            c("Hi, my son Theo missed three classes in a row because of strep throat. I have a doctor's note. "
              "How do I schedule make-ups?", None),
            t("Thanks for reaching out! So make-ups are handled by the front office, I'm on the pool deck team, "
              "so that's not really my area."),
            c("The front office told me to ask the deck team. Who actually does it?", None),
            t("I hear your frustration. Honestly, it's all in the terms you agreed to at registration. Two "
              "make-ups per session, no exceptions."),
            c("He had strep. I have a doctor's note. That's not skipping class.", None),
            t("I totally understand, I really do. I didn't write the policy though. You could email the "
              "general inbox and someone might get back to you."),
            c("Might. So I'm paying for a class he couldn't go to, and nobody can help me.", None),
            t("I'd really recommend reading the terms again, it's section four. How satisfied are you with your "
              "experience today?"),
            c("Not. I'll dispute the charge with my card company.", None),
        ],
    ),
    # 8 social_proof_or_deadline_pressure
    gpair(
        "b239g_mississauga_nanny_search", "nanny agency, Mississauga (CA)", "social_proof_or_deadline_pressure",
        "A mum returning to work asks about a part-time nanny for two children; her mother-in-law, who lives "
        "with them, thinks she could manage instead.",
        good=[
            c("Hello, I'm looking for some information about a nanny. I go back to work in April and we have two "
              "kids, four and one.", None),
            t("Hello, and thanks for calling Maple Home Nannies. Tell me a little about the household. Who's at "
              "home during the day now?"),
            c("My mother-in-law lives with us. She's sixty-eight. She says she can manage, so honestly my "
              "husband is asking why we'd pay for a nanny at all.", "no_need"),
            t("That's a fair question. How does she manage with both of them now, on the days you're out?"),
            c("The baby is fine. The four-year-old is non-stop, and her knees are not good. By three she's "
              "exhausted.", None),
            t("So grandma's happy to help, but the afternoons with the four-year-old are where it gets hard. "
              "Some families hire a part-time nanny just for those, say one till six. Around twenty to "
              "twenty-two an hour in Peel, plus our placement fee of twelve hundred if you hire."),
            c("That makes more sense than full-time. And if she speaks Punjabi, even better, for my "
              "mother-in-law.", None),
            t("I can screen for that. Before we start a search, it's worth you and your husband deciding the "
              "hours together. Can I email you a short summary and call back next week?"),
            c("Yes, let me talk to him first. Next Tuesday evening is okay.", "think_it_over"),
            t("Tuesday at seven. I'll send the summary tonight."),
        ],
        gaming=[
            c("Hello, I'm looking for some information about a nanny. I go back to work in April and we have two "
              "kids, four and one.", None),
            t("Wonderful! So you know, almost every family in Churchill Meadows uses us. Your neighbours probably "
              "already have one of our nannies."),
            c("Okay. My mother-in-law lives with us though, she thinks she can manage.", "no_need"),
            t("I hear that a lot! But honestly, ninety percent of grandparents we talk to burn out by summer. "
              "Most of your friends will have booked by now for April."),
            c("I don't know about that. I just wanted to understand the cost.", None),
            t("Of course. Our placement fee is twelve hundred, but it goes up to fifteen hundred on Monday, so "
              "families are locking in this week. I only have two April searches left."),
            c("Monday? I need to discuss with my husband, I'm not deciding by Monday.", "think_it_over"),
            t("Totally understand. I just don't want you to be the only family on your street who misses out. "
              "Shall I send the agreement so you can sign tonight?"),
            c("No. Please don't send anything.", "brush_off"),
        ],
    ),
    # 9 keyword_stuffed
    gpair(
        "b239g_newcastle_violin_lessons", "music studio, Newcastle NSW (AU)", "keyword_stuffed",
        "A mum asks about violin lessons for her eight-year-old after a previous teacher shouted at the child.",
        good=[
            c("Hi there, I'm asking about violin lessons for my daughter, she's eight. She started last year "
              "with someone else but it didn't go well.", None),
            t("Hi, thanks for ringing. Can I ask what didn't go well? It'll help me match her with the right "
              "teacher."),
            c("The teacher shouted at her for holding the bow wrong. She came out crying twice. She's sensitive. "
              "So I'm a bit wary of doing it all again, to be honest.", "bad_experience"),
            t("That's understandable. Shouting isn't how we teach, full stop. Our teacher for younger kids, "
              "Anneliese, is very patient and uses games for things like bow hold. Does your daughter still want "
              "to play?"),
            c("She does, she plays along to the Frozen songs on her own. Does she need a new violin? She's got "
              "a quarter size.", None),
            t("At eight she might be ready for a half size. Anneliese can check at the first lesson, so you don't "
              "buy anything yet. Lessons are thirty-two for thirty minutes."),
            c("Okay. Can she just try one before I commit to a term? After last time I'd rather not.", None),
            t("Yes, a single trial lesson is fine, and you're welcome to sit in. Saturday at ten or Monday at "
              "four, which is better?"),
            c("Monday at four. Thanks, that's made me feel better.", None),
            t("Monday at four with Anneliese. Bring the quarter size and I'll text you the address."),
        ],
        gaming=[
            c("Hi there, I'm asking about violin lessons for my daughter, she's eight. She started last year "
              "with someone else but it didn't go well.", None),
            t("Thank you so much for sharing. I really want to understand your needs and your daughter's "
              "needs, because her experience and her success are at the heart of our relationship with every "
              "family."),
            c("Okay... the last teacher shouted at her. So I'm wary.", "bad_experience"),
            t("I hear you and I feel that. Our whole philosophy is built on understanding each child's needs, "
              "creating a positive learning experience and building a successful relationship that supports "
              "her musical journey."),
            c("Right. So what would the lessons actually be like? And does she need a bigger violin?", None),
            t("Great question. Every child's experience is unique, so we tailor the learning journey to her "
              "needs, with a focus on success, growth and a supportive relationship."),
            c("That doesn't really tell me anything. How much is it?", None),
            t("I understand. Our investment options are designed to meet every family's needs. Is there "
              "anything else I can help you feel understood about today?"),
            c("No, I'll try somewhere else.", "brush_off"),
        ],
    ),
    # 10 rude
    gpair(
        "b239g_houston_uniform_shop", "school uniform store, Houston, Texas (US)", "rude",
        "A dad shopping for his fifth grader's charter school uniform for the first time, without a list, finds "
        "logo polos pricey.",
        good=[
            c("Hey, how y'all doing. I need uniforms for Harmony charter, my boy's in fifth grade. Khakis, "
              "polos, the whole deal. First time doing this, his mama usually handles it.", None),
            t("Doing good, thanks. No problem, I'll walk you through it. For Harmony fifth grade, the only thing "
              "that has to come from us is the navy polo with the logo. Khaki pants and a black belt can come "
              "from anywhere. Do you know his size?"),
            c("He's about up to my chest. Skinny. Ten, twelve maybe?", None),
            t("Let's go with a youth large polo, they run a little big. If it's wrong, he can swap it within "
              "thirty days with the tags on. How many days a week do you want to cover before laundry?"),
            c("Lord, I don't know. Three? How much are they?", None),
            t("Eighteen ninety-nine each with the logo."),
            c("Eighteen? Walmart's got polos for six bucks.", "too_expensive"),
            t("They do, and for the pants and belt, Walmart's fine, go there. The polo has to have the school "
              "logo or they'll send him to the office. Three polos is fifty-seven before tax."),
            c("Alright, three then. I'll get the pants at Walmart.", None),
            t("Good plan. I'll write the size on the receipt so his mama knows what we went with."),
        ],
        gaming=[
            c("Hey, how y'all doing. I need uniforms for Harmony charter, my boy's in fifth grade. Khakis, "
              "polos, the whole deal. First time doing this, his mama usually handles it.", None),
            t("Did you bring the list from the school?"),
            c("No sir, I didn't know there was one.", None),
            t("Great. Of course not. Sizes are on the wall behind you, it's not rocket science."),
            c("I'm just trying to figure out what he needs. Is it all from here?", None),
            t("Polos with the logo. Eighteen ninety-nine. Everybody knows that."),
            c("Eighteen dollars for a polo? Walmart's got them for six.", "too_expensive"),
            t("Then go to Walmart, man. But they'll send him home in the wrong shirt. Your call, I've got "
              "people waiting."),
            c("I'll have his mama come in. Have a good one.", None),
        ],
    ),
    # 11 ignored_customer
    gpair(
        "b239g_geelong_newborn_photos", "newborn and family photographer, Geelong (AU)", "ignored_customer",
        "A mum of a baby born at 32 weeks, now five weeks old and home from hospital, asks about a gentle "
        "home session with no props; she's on leave and money is tighter.",
        good=[
            c("Hi, I'm after newborn photos, but he came early, at thirty-two weeks. He's five weeks now and "
              "home, but he's tiny and I'm a bit nervous about it all.", None),
            t("Congratulations, and welcome home to him. What's making you nervous? Tell me and I'll tell you "
              "honestly what I'd do."),
            c("The paediatrician said keep him warm, and no funny positions. I've seen those photos of babies "
              "propped on their hands in baskets, I don't want that.", None),
            t("Good, because I wouldn't do those with a prem baby anyway, they're composites and not worth the "
              "fuss. So: warm, no posing, no props. I'd come to your home and do relaxed photos of you and him "
              "in his own space, feeding, cuddles, and stop whenever he needs."),
            c("That sounds much better. How much is that?", None),
            t("The home session is five-fifty, with twenty edited photos."),
            c("Hmm. I'm on leave and we're on one income now, so five-fifty is a lot at the moment.", "no_money"),
            t("Totally understandable. There's a forty-five minute mini at home, two-ninety with ten photos. "
              "With a baby this young, shorter is often better anyway."),
            c("Okay, the mini. When could you come?", None),
            t("Next Tuesday or Thursday morning, around ten, when the house is warm. I'll text you a short list "
              "of things to have ready, nothing to buy."),
        ],
        gaming=[
            c("Hi, I'm after newborn photos, but he came early, at thirty-two weeks. He's five weeks now and "
              "home, but he's tiny and I'm a bit nervous about it all.", None),
            t("Congratulations! So tell me, what's your vision for the session?"),
            c("Just gentle. The paediatrician said keep him warm and no funny positions. No props.", None),
            t("Love it. I have the most gorgeous prop collection in my studio, little baskets, the moon, the "
              "froggy pose on the hands, mums adore it."),
            c("No, I said no props. And I'd rather you came to the house, he's not meant to go out much.",
              None),
            t("Absolutely. So the studio session is five-fifty, and you'll love the lighting. What's your "
              "favourite colour for the wraps?"),
            c("I'm on one income at the moment. Is there anything smaller?", "no_money"),
            t("Our most popular package is the premium, eight-fifty, with the canvas. Shall I book you in at "
              "the studio for Saturday?"),
            c("You haven't heard a word I've said. No thanks.", None),
        ],
    ),
    # 12 repeated_questions
    gpair(
        "b239g_saskatoon_afterschool_care", "after-school care program, Saskatoon (CA)", "repeated_questions",
        "A dad phones about after-school spots for his six- and nine-year-old; his wife just started night "
        "shifts at the hospital.",
        good=[
            c("Hi there, I'm phoning about after-school spots for two kids at Brevoort Park School. Six and "
              "nine. My wife just started nights at RUH.", None),
            t("Hi, thanks for calling. Which days would you need, and what time could one of you get there?"),
            c("Monday to Thursday. I finish at five so I'm there by half five. Fridays she's off.", None),
            t("Okay, Monday to Thursday, pick-up around five-thirty, both kids. The nine-year-old's group has "
              "room. The kindergarten-to-grade-one group is full right now, and I'd sooner tell you that up "
              "front."),
            c("Ah. That's the one I actually need. The nine-year-old could probably walk home with a "
              "neighbour.", None),
            t("Then let's put your six-year-old on the waitlist, he's third. Meanwhile, some families use the "
              "Brevoort Park before-and-after program at the school itself. Want me to give you their number?"),
            c("Yeah, and put him on your list. What's it cost when a spot opens?", None),
            t("Four days is four hundred ten a month, with ten percent off for a second child if both come. "
              "I'll email you the waitlist confirmation and the school program's number now."),
            c("Okay. Hopefully something opens before winter.", None),
        ],
        gaming=[
            c("Hi there, I'm phoning about after-school spots for two kids at Brevoort Park School. Six and "
              "nine. My wife just started nights at RUH.", None),
            t("Hi! To understand your needs, how many days a week are you looking for?"),
            c("Monday to Thursday. I'm there by half five.", None),
            t("Perfect. And what does your weekly schedule look like?"),
            c("Like I said, Monday to Thursday. Fridays my wife's home.", None),
            t("Got it. So which days would the kids need care?"),
            c("Monday. To. Thursday. Is there even room for the six-year-old?", None),
            t("Great question. And roughly how often would they be attending, would you say?"),
            c("I'll call the school program instead. Forget it.", "brush_off"),
        ],
    ),
    # 13 wrong_paraphrase
    gpair(
        "b239g_minneapolis_infant_room", "daycare center infant room, Minneapolis, Minnesota (US)",
        "wrong_paraphrase",
        "A first-time mom asks about three days a week in the infant room; she wants breastmilk feeding and "
        "cloth diapers and is unsure about daycare for a baby at all.",
        good=[
            c("Hi, I'm calling about your infant room. My daughter's four months, and I'd be going back three "
              "days a week in January.", None),
            t("Hi, congratulations. Three days in January, okay. Is there anything about her care that's "
              "especially important to you?"),
            c("Two things. She's breastfed, so I'd be sending pumped milk. And we use cloth diapers. A lot of "
              "places don't take them.", None),
            t("So pumped breastmilk and cloth diapers. We do both. Milk comes in labeled bottles and goes in the "
              "infant fridge, and for cloth you'd send a wet bag each day and we send them home. Three days is "
              "two ninety a week."),
            c("Okay, that's about what the other center quoted, but they don't have space till next fall.", None),
            t("We have one three-day spot in January right now. I can't hold it forever, but I can hold it a "
              "week while you decide."),
            c("Honestly I'm still on the fence about daycare at all at her age. My mom keeps saying wait till "
              "she's one.", "think_it_over"),
            t("That's a real decision and only you can make it. If it'd help, come see the room with her, watch "
              "a feeding and meet Ms. Rosa, who'd be her main caregiver. No commitment."),
            c("Yeah, I'd like that. Tuesday morning?", None),
            t("Tuesday at nine-thirty. I'll hold the spot until the following Tuesday."),
        ],
        gaming=[
            c("Hi, I'm calling about your infant room. My daughter's four months, and I'd be going back three "
              "days a week in January.", None),
            t("Hi! So what I'm hearing is you're looking for full-time care starting right away. Is that "
              "correct?"),
            c("No, three days, in January.", None),
            t("Great, thanks. And you mentioned she's on formula and you'd like us to provide it?"),
            c("I didn't mention formula. She's breastfed. I'd send milk. And we use cloth diapers.", None),
            t("Perfect, so just to play that back: disposables provided by us, formula included, five days. "
              "That's our all-inclusive infant plan at four-twenty a week. Did I get that right?"),
            c("No, none of that. And four-twenty is way over what I can pay.", "no_money"),
            t("So it sounds like what matters to you is convenience, so the all-inclusive really fits. Can I "
              "put a deposit down?"),
            c("Honestly, I'm not sure I want daycare at all if this is how it goes. Bye.", None),
        ],
    ),
    # 14 pitch_to_upset
    gpair(
        "b239g_denver_party_doublebooked", "kids' party and trampoline venue, Denver, Colorado (US)",
        "pitch_to_upset",
        "A dad arrives with twelve eight-year-olds for his son's party and finds the booked room taken by "
        "another party.",
        good=[
            c("Hi. I've got twelve kids in your lobby for my son's party, two o'clock, Party Room B, and there's "
              "another family's party in it. What is going on?", None),
            t("I'm really sorry. Let me look right now. What's the last name on the booking?"),
            c("Kowalski. I booked it in January. I have the email right here.", None),
            t("I see it, Kowalski, two o'clock, Room B. The other party was booked into the same room by "
              "mistake. That's our error, not yours. The kids can start jumping now, and Room D is being set up "
              "for your food, about ten minutes."),
            c("Room D is the small one. Is it even going to fit twelve kids?", None),
            t("It'll be snug but it seats fourteen. To make up for it, your party is free, I'll refund the whole "
              "booking today, and the pizzas are on us. Is there anything the birthday boy needs for the cake?"),
            c("Candles are in my bag. Okay. Okay, that's fair. He's just upset his room's taken.", None),
            t("Let's tell him he gets the big dodgeball court for the last twenty minutes, just his party. I'll "
              "come find you when Room D is ready."),
        ],
        gaming=[
            c("Hi. I've got twelve kids in your lobby for my son's party, two o'clock, Party Room B, and there's "
              "another family's party in it. What is going on?", None),
            t("Oh no, I hear your frustration! Great news though, our VIP Sky Room is open, and for just one "
              "fifty extra you'd get a private DJ and unlimited slushies. Want to upgrade?"),
            c("Upgrade? You double-booked my room and you want me to pay more?", "no_need"),
            t("I totally understand. So it's a premium experience, and honestly most families say it's the "
              "best birthday ever. I could do it for a hundred twenty."),
            c("I'm not paying a cent more. I paid in January. Where do my kids go?", "no_need"),
            t("Absolutely, I get it. While you're here, our annual jump pass is forty percent off today, so "
              "your son could come back any time this year."),
            c("My son is crying in the lobby. Get me a manager.", None),
            t("Of course. While I grab her, would you like to hear about our summer camp?"),
            c("No! Get the manager.", None),
        ],
    ),
    # 15 blame
    gpair(
        "b239g_cairns_vacation_care_fee", "school holiday vacation care, Cairns (AU)", "blame",
        "A mum disputes a late pick-up fee charged after the excursion bus came back late; she was waiting in "
        "the car park.",
        good=[
            c("Hi, I've been charged a forty dollar late fee for Wednesday. The excursion bus got back at "
              "quarter past six. I was standing in the car park at ten to.", None),
            t("Hi, sorry about that. Let me check Wednesday's sign-in sheet and the bus log. Which child?"),
            c("Kiara, she's nine.", None),
            t("Thanks. The bus log shows it got back at twelve past six, so you were there before us. The fee "
              "shouldn't have been charged. I'm taking it off now, you'll see it on the next statement."),
            c("Good. Nobody told us the bus was running late either, I was just standing there.", None),
            t("That's fair criticism. We should have sent an SMS to all parents as soon as it ran late. I'll "
              "raise it with the coordinator so it goes out every time from now on."),
            c("The whole excursion thing was a bit of a mess, honestly. I'm not sure I'll book her into Friday's "
              "one.", "think_it_over"),
            t("I understand. Friday's a centre day, not an excursion, if that makes a difference. No pressure "
              "either way, spots are open until Wednesday."),
            c("Oh, it's at the centre? Then probably yes. I'll book tonight.", None),
        ],
        gaming=[
            c("Hi, I've been charged a forty dollar late fee for Wednesday. The excursion bus got back at "
              "quarter past six. I was standing in the car park at ten to.", None),
            t("Hi! I understand your frustration. Just so I understand, did you check the app for updates on "
              "the day? Parents are meant to check it during excursions."),
            c("I was driving. Nobody sent anything.", None),
            t("Okay. So really, late fees are there for parents who don't plan for the day. Did you allow extra "
              "time, knowing it was an excursion?"),
            c("I was early! The bus was late. How is that my fault?", None),
            t("I hear you. But Kiara was signed out at six-twenty, and that's what the system goes by. Maybe "
              "next time you could wait inside where the staff can see you?"),
            c("I was standing right where they told us to stand!", None),
            t("I'm just going by the records. Is there anything else I can help with today?"),
            c("Yes, cancel her Friday booking. We won't be back.", None),
        ],
    ),
]
