"""Ranked pairs d01-d10 of blind239 (written by hand): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = [
    # d01: better asks why the family wants to move centres and answers that worry
    rpair(
        "b239r_d01_halifax_preschool_switch",
        "Preschool room, Halifax (CA). A mum asks about a spot for her four-year-old, who is at another centre.",
        better=[
            c("Hi, I'm wondering if you have a spot in your preschool room. My son's at another centre right now "
              "but we're thinking of moving him.", None),
            t("We have one opening in March. Can I ask what's got you thinking about a move? It helps me tell "
              "you honestly whether we'd be any better for him."),
            c("He's cried every morning since September. They've had three different teachers in his room. He "
              "gets attached and then they're gone.", None),
            t("That's hard on a four-year-old. So it's the staff changing that unsettles him, more than the "
              "place itself? Our preschool room has had the same two lead educators for four years. I can't "
              "promise nobody ever leaves, but it's been steady."),
            c("That's really what I needed to hear. What do you charge? We pay fifty a day now.", None),
            t("Fifty-two a day, so a little more. Before you decide anything, would it help to bring him in to "
              "meet Jenna, who'd be his teacher?"),
            c("Yeah. I don't want to move him twice, so I want to be sure before we switch.", "think_it_over"),
            t("That makes sense. He could spend an hour in the room on Thursday morning with you there. I'll "
              "email you the details."),
        ],
        worse=[
            c("Hi, I'm wondering if you have a spot in your preschool room. My son's at another centre right now "
              "but we're thinking of moving him.", None),
            t("We have one opening in March. We're fifty-two a day, open seven to six, hot lunch included, and "
              "there's a French circle every week. Would you like to come for a tour?"),
            c("Fifty-two. We pay fifty now. Hmm.", "too_expensive"),
            t("It's a little more, but lunch is included, so a lot of families find it works out about the "
              "same. Tours are Tuesdays and Thursdays at ten."),
            c("Okay. He's having a hard time where he is, so I want to be careful.", None),
            t("Of course, that's what the tour's for. You'll see the room, the playground and the kitchen. "
              "Thursday at ten?"),
            c("Thursday's fine.", None),
            t("Great, I'll email you directions. See you Thursday."),
        ],
    ),
    # d02: better finds out what the child can do before choosing a level
    rpair(
        "b239r_d02_sydney_swim_level",
        "Swim school, Sydney (AU). A mum moving her six-year-old from another swim school asks which level to book.",
        better=[
            c("Hi, we've just moved to Ryde and I need to book my daughter in for swimming. She's six, she was "
              "level three at her old swim school.", None),
            t("Welcome to the area. Levels differ a lot between schools, so can I ask what she can do? Can she "
              "swim a few metres of freestyle without a board, and float on her back by herself?"),
            c("Freestyle, yeah, maybe five metres, but she won't put her face in properly. Back float, only if "
              "the teacher holds her head.", None),
            t("Thanks, that's useful. So some freestyle but she's avoiding getting her face in, and she's not "
              "floating alone yet. That sounds more like our level two than three. Rather than guess, we do a "
              "free ten-minute assessment in the water, so she's put where she'll be comfortable."),
            c("Oh. She'll be a bit cranky if she goes down a level. She's proud of being a three.", None),
            t("That's fair. The levels have animal names here, not numbers, so she won't see it as going down. "
              "Can you bring her Saturday at eight-thirty for the assessment?"),
            c("Yeah, Saturday's fine.", None),
            t("Great. Bring goggles and we'll book her class once we've seen her swim."),
        ],
        worse=[
            c("Hi, we've just moved to Ryde and I need to book my daughter in for swimming. She's six, she was "
              "level three at her old swim school.", None),
            t("Welcome to the area. For a six-year-old coming from level three, our equivalent is the Dolphins "
              "class. There's Saturday at nine or Wednesday at four-thirty."),
            c("Saturday at nine, please. How much is it?", None),
            t("Twenty-four dollars a lesson, billed per term. If the teacher thinks she's in the wrong level "
              "after the first lesson, we can move her."),
            c("Okay. She's still a bit funny about putting her face in, just so you know.", None),
            t("No worries, the teachers are used to that. I'll note it for her teacher."),
            c("Great, thanks.", None),
            t("You're booked for Saturday at nine. Bring goggles and a towel."),
        ],
    ),
    # d03: better is honest about what the agency cannot promise in eight days
    rpair(
        "b239r_d03_sandiego_nanny_bilingual",
        "Nanny agency, San Diego (US). A dad needs a Spanish-speaking nanny with infant CPR to start in eight days.",
        better=[
            c("Hey, we need a nanny, ideally bilingual Spanish, for our six-month-old. My wife goes back to work "
              "a week from Monday, so, eight days.", None),
            t("Okay, eight days is tight, so let me be straight about what's possible. Is Spanish a must, or a "
              "strong nice-to-have?"),
            c("It's pretty important. My wife's family only speaks Spanish and we want him to grow up with it.",
              None),
            t("Then I'd rather not promise you a bilingual nanny in eight days. Our usual search takes two to "
              "three weeks. What I can do is start the search today and, if nobody's right by Monday, place "
              "one of our vetted temporary nannies to cover until we find the right one."),
            c("A temp for a couple of weeks, then switching? I don't love that for the baby.", None),
            t("Understood. The other option is asking your wife's family to cover the first week or two. Either "
              "way I'd rather get the long-term match right than rush it."),
            c("Her mom might do a week. Let me check with her and my wife tonight.", "think_it_over"),
            t("Sure. I'll start the Spanish-speaking search now anyway, no charge until you hire, and call you "
              "tomorrow at noon."),
        ],
        worse=[
            c("Hey, we need a nanny, ideally bilingual Spanish, for our six-month-old. My wife goes back to work "
              "a week from Monday, so, eight days.", None),
            t("Okay, we can definitely help. We have lots of bilingual nannies on our books. Do you need "
              "full-time?"),
            c("Full-time, Monday to Friday, eight to five-thirty.", None),
            t("Great. We'll start the search today and aim to have candidates for you to interview this week. "
              "Our placement fee is twenty-five hundred, paid once you hire."),
            c("Twenty-five hundred. Wow. Okay.", "too_expensive"),
            t("It includes background checks, reference checks and a ninety-day replacement guarantee, so "
              "you're covered if it doesn't work out."),
            c("Alright. And you think someone can start by Monday week?", None),
            t("We'll do our very best. I'll send the agreement and start the search as soon as it's signed."),
        ],
    ),
    # d04: better adapts to how this particular child learns
    rpair(
        "b239r_d04_brisbane_drum_lessons_adhd",
        "Music school, Brisbane (AU). A mum asks about drum lessons for her nine-year-old son, who has ADHD.",
        better=[
            c("Hi, I'm after drum lessons for my son. He's nine and he's got ADHD, so, yeah, just warning you. "
              "Piano was a disaster.", None),
            t("Thanks for telling me, that helps. What went wrong with piano? I'd rather not repeat it."),
            c("Half an hour sitting still reading notes, with a teacher who kept saying 'focus'. He'd be under "
              "the piano by minute ten.", None),
            t("Right, so sitting still and lots of reading was the problem, not the music. Drums suit a lot of "
              "kids like that. Our teacher Dom splits the half hour into short bits, five minutes of a pattern, "
              "then a play-along, and the kids stand and move. What helps him at school?"),
            c("A timer, actually. He likes knowing how long something lasts.", None),
            t("Good, I'll pass that to Dom, he can use a visual timer. Lessons are thirty-four for thirty "
              "minutes. Do you have a kit at home, or just a practice pad?"),
            c("Nothing. And we can't buy a kit yet, that's a lot of money if he quits.", "no_money"),
            t("Don't buy one. A practice pad's twenty-five dollars and does the job for a term. Want to book a "
              "first lesson and see how he goes with Dom?"),
        ],
        worse=[
            c("Hi, I'm after drum lessons for my son. He's nine and he's got ADHD, so, yeah, just warning you. "
              "Piano was a disaster.", None),
            t("No worries at all, we teach lots of kids with ADHD and our teachers are great with them. Drums "
              "are usually a big hit."),
            c("Okay, that's good. How do the lessons work?", None),
            t("Thirty minutes once a week, thirty-four dollars. They learn rhythms, basic notation and play "
              "along to songs. Kids usually practise fifteen minutes a day at home."),
            c("Fifteen minutes a day might be a push for him. And we don't have a kit.", None),
            t("That's fine, a practice pad is twenty-five dollars to start with. Do you want to book a first "
              "lesson?"),
            c("Maybe. I'll see how his week goes and ring back.", "think_it_over"),
            t("Sure. We've got Wednesday and Friday afternoons free at the moment."),
        ],
    ),
    # d05: better offers a low-risk first step to a sceptical client
    rpair(
        "b239r_d05_toronto_family_photo_minisession",
        "Family photographer, Toronto (CA). A dad unsure about paying for a family shoot calls on his wife's "
        "behalf.",
        better=[
            c("Hi, my wife asked me to call about family photos. To be honest I'm not sure. We paid for a shoot "
              "when our first was born and we've never even printed them.", "bad_experience"),
            t("That's good to know, thanks for being honest. What happened with the last ones, was it the "
              "photos, or just life getting in the way?"),
            c("The photos were fine. They came as a link, and the link's somewhere in my email. Nobody ever did "
              "anything with them.", None),
            t("So the problem wasn't the photos, it was that they ended up stuck in a link. That happens a lot. "
              "What would your wife actually want at the end, something on the wall?"),
            c("Yeah, she keeps saying she wants one big one in the hallway. And the kids, four and seven, won't "
              "sit still for long.", None),
            t("Then I wouldn't sell you a full session. I'd suggest a twenty-minute mini in High Park, two-twenty, "
              "and it includes one 16 by 20 print that I deliver framed, so it goes straight on the wall."),
            c("Oh, that's actually reasonable. Let me show her.", "think_it_over"),
            t("Please do. The fall minis are on the fourth and eleventh. I'll email you both the details."),
        ],
        worse=[
            c("Hi, my wife asked me to call about family photos. To be honest I'm not sure. We paid for a shoot "
              "when our first was born and we've never even printed them.", "bad_experience"),
            t("Ha, that's really common. Our family session is an hour in a park or at your home, five-fifty, "
              "with forty edited images in an online gallery."),
            c("Forty images. Right. That's kind of what we got last time.", None),
            t("Ours also include a print release, so you can print as many as you like, wherever you like."),
            c("Okay. The kids are four and seven, they won't last an hour.", None),
            t("That's normal, I build in breaks and games. Want to book? I need a two-hundred-dollar deposit to "
              "hold a date."),
            c("I'll talk to my wife and get back to you.", "think_it_over"),
            t("Sounds good. I'll email the details so you can both look."),
        ],
    ),
    # d06: better asks about the guests and the budget before choosing a package
    rpair(
        "b239r_d06_melbourne_twins_party",
        "Kids' party venue, Melbourne (AU). A dad books a joint fifth birthday party for twins with different "
        "interests.",
        better=[
            c("G'day, I want to book a party for my twins, they're turning five in May.", None),
            t("Happy birthday to them! Before I throw packages at you, how many kids are you expecting, and is "
              "there a budget you're working to?"),
            c("Maybe twenty-five, it's both their kinder groups. We said about six hundred. And they can't agree "
              "on anything, one wants superheroes, one wants fairies.", None),
            t("Ha, classic twins. Twenty-five kids and six hundred is doable. Our two-room party would let each "
              "twin have their theme for the first half hour, then everyone comes together for games and cake. "
              "It's five-eighty for up to twenty-five."),
            c("Two rooms, that'd actually stop the fight. Does that include food?", None),
            t("It includes a hot chip and fairy bread platter. Party bags are extra, but plenty of parents skip "
              "them or bring their own."),
            c("We'll bring our own. Can I hold a Saturday while I check with their mum?", "think_it_over"),
            t("I'll hold Saturday the seventeenth until Friday, no deposit needed yet."),
        ],
        worse=[
            c("G'day, I want to book a party for my twins, they're turning five in May.", None),
            t("Happy birthday to them! We've got three packages: Basic at three-ninety for fifteen kids, Deluxe "
              "at five-sixty for twenty, and Ultimate at seven-twenty for thirty, with a character visit."),
            c("Probably around twenty-five kids.", None),
            t("Then Ultimate is the one that covers you, seven-twenty with the superhero or princess character "
              "of your choice."),
            c("Seven-twenty's more than we wanted to spend, to be honest. We were thinking six.",
              "too_expensive"),
            t("Understood. You could do the Deluxe at five-sixty and add five extra kids at fifteen each, so "
              "six thirty-five."),
            c("Okay, that's closer. I'll check with their mum.", "think_it_over"),
            t("No worries, I'll email you both options and hold Saturday the seventeenth till Friday."),
        ],
    ),
    # d07: better finds the real reason for switching programs
    rpair(
        "b239r_d07_chicago_afterschool_switch",
        "After-school program, Chicago (US). A mom wants to move her fourth grader from another program mid-year.",
        better=[
            c("hi, do you have space in your after school program for a 4th grader? we want to switch him from "
              "the one at his school", None),
            t("Hi! We do have a couple of 4th grade spots. Can I ask what's prompting the switch? Mid-year moves "
              "usually have a reason and I'd like to know if we'd actually fix it."),
            c("honestly theres a couple of older boys there who keep picking on him. the staff say they handle "
              "it but he comes home quiet every day", None),
            t("I'm sorry, that's a rotten feeling for both of you. So the main thing is that he feels safe, more "
              "than the activities. Our 4th and 5th graders are in a separate room from the middle schoolers, and "
              "each kid has a named staff member they can go to. Would he know anyone here?"),
            c("a kid from his class comes i think, Marcus", None),
            t("That helps. I'd suggest he comes for one free afternoon with you nearby so he can see for "
              "himself. Then you decide. It's $95 a week for five days if you go ahead."),
            c("95 is a bit more than we pay now but if he's happier its worth it. can he come thursday",
              None),
            t("Thursday works. I'll let his group leader know about the situation, quietly, so she keeps an eye "
              "out."),
        ],
        worse=[
            c("hi, do you have space in your after school program for a 4th grader? we want to switch him from "
              "the one at his school", None),
            t("Hi! Yes, we have a couple of 4th grade spots. We run 3 to 6, with homework help, outdoor time, and "
              "clubs like chess and art. It's $95 a week for five days."),
            c("ok. thats more than we pay now", "too_expensive"),
            t("We include a snack and the clubs, which a lot of programs charge extra for. There's also a "
              "sibling discount if you have another child."),
            c("just him. he's had a rough time at the other place so i want a change", None),
            t("Sorry to hear that. Our staff are great and the kids love the clubs. Would you like to register?"),
            c("can he try it first", None),
            t("Sure, he can come for a free afternoon. Thursday?"),
        ],
    ),
    # d08: better is honest about what must be bought now and what can wait
    rpair(
        "b239r_d08_adelaide_year7_uniform",
        "High school uniform shop, Adelaide (AU). A mum kitting out a Year 7 starter on a tight budget.",
        better=[
            c("Hi, my son's starting Year 7 at Brighton Secondary. I've got the list here and it's a bit "
              "frightening, honestly. Money's tight this year.", None),
            t("It is a long list. Let's sort out what he needs on day one and what can wait. Term one's "
              "summer, so the jumper and the winter pants can wait till April."),
            c("Oh, good. What about the blazer? It says blazer.", None),
            t("At Brighton the blazer is only for formal days and assemblies in Year 7, and there's a "
              "second-hand one in his size at thirty-five, it's in good nick. New is a hundred and forty."),
            c("Second-hand's fine for that. He'll outgrow it anyway.", None),
            t("Also, the school has a uniform assistance fund, so if things are tight it's worth a quiet word "
              "with the front office. Today's total for polos, shorts, hat and the second-hand blazer is one "
              "fifty-eight."),
            c("That's better than I thought. Thank you, love.", None),
            t("No worries. Keep the receipt. New items can be exchanged for a size up till the end of March."),
        ],
        worse=[
            c("Hi, my son's starting Year 7 at Brighton Secondary. I've got the list here and it's a bit "
              "frightening, honestly. Money's tight this year.", None),
            t("It is a long list! Let's go through it. Two polos, two shorts, the hat, the jumper, winter "
              "pants and the blazer."),
            c("How much does that all come to?", None),
            t("Three-ninety-five all up. We do layby, so you can pay it off over eight weeks."),
            c("Three-ninety-five is a lot at once. Can I leave the blazer for now?", "no_money"),
            t("Sure, it's mostly for formal days, so you could buy it later in the year. That brings it to two "
              "fifty-five."),
            c("Okay. I'll do that, on layby.", None),
            t("No problem. I'll set up the layby. The first payment's due in two weeks."),
        ],
    ),
    # d09: better adapts to the grandmother who pays but does not decide
    rpair(
        "b239r_d09_vancouver_preschool_grandma",
        "Preschool, Vancouver (CA). A grandmother who is paying for her granddaughter's preschool comes in to "
        "ask about enrolling.",
        better=[
            c("Hello, dear. I'm asking about preschool for my granddaughter, Lily. She's three. I'm paying, it's "
              "my gift, but her parents are very particular.", None),
            t("What a lovely gift. Since her parents are the particular ones, what do you think matters most "
              "to them? I'd rather show them what they care about than give you a pile of brochures."),
            c("Outdoors. They're very outdoorsy. And no screens. My daughter will ask about screens first "
              "thing.", None),
            t("Then they'll like us. We're outside at least two hours a day, rain or shine, and there are no "
              "screens in the classroom. Would it be easier if I set up a visit with them and you together, so "
              "they can ask their own questions?"),
            c("Oh, that's a good idea. I'd only get the details wrong. What do I pay?", None),
            t("Three mornings a week is six-forty a month, and families can apply for the provincial fee "
              "reduction, which brings it down. Lily's parents would do that application, since it's based on "
              "their household."),
            c("Goodness, even so. I'll have to see what they apply for first.", "think_it_over"),
            t("That's sensible. Here's my card. Have her parents call me and we'll find a visit time that suits "
              "all three of you."),
        ],
        worse=[
            c("Hello, dear. I'm asking about preschool for my granddaughter, Lily. She's three. I'm paying, it's "
              "my gift, but her parents are very particular.", None),
            t("What a lovely gift. Our three-year-old program runs three or five mornings a week. Here's our "
              "information pack, and the enrolment form is at the back."),
            c("Thank you. Do you go outside much? They're very outdoorsy.", None),
            t("Yes, we're outside at least two hours a day, rain or shine. No screens in the classroom, either."),
            c("Good, good. What do I pay?", None),
            t("Three mornings is six-forty a month. There's a two-hundred-dollar deposit to hold a spot, and "
              "the provincial fee reduction can bring the monthly cost down."),
            c("Six-forty. That's more than I expected. I'll take this home to them.", "too_expensive"),
            t("Of course. Just fill in the form with them and drop it off with the deposit when you're ready."),
        ],
    ),
    # d10: better is honest about the camp's limits with a child's medical need
    rpair(
        "b239r_d10_raleigh_daycamp_diabetes",
        "Summer day camp, Raleigh, North Carolina (US). A mom asks about camp for her eight-year-old with "
        "type 1 diabetes.",
        better=[
            c("Hi, I'm looking at your summer camp for my daughter, she's eight. She has type 1 diabetes, she "
              "wears a pump and a CGM. Can y'all handle that?", None),
            t("Thank you for asking up front. Tell me how her day usually goes, what does she need help with, "
              "and what does she do herself?"),
            c("She does her own boluses with me checking on the app. She'd need someone to help if she goes "
              "low, and someone who knows what a low looks like.", None),
            t("Okay, so the skill she needs is someone who spots a low and treats it. Honestly, our nurse is "
              "only on site Mondays and Wednesdays. The counselors get diabetes training, but on the other days "
              "it's a trained counselor, not a nurse."),
            c("Hm. That makes me nervous. The last camp said they had it covered and they called me at work "
              "three times in a week.", "bad_experience"),
            t("That's exactly why I'd rather tell you now. Two options: she does Monday and Wednesday only, or "
              "we meet with you and her counselor before camp to go through her care plan. Which sounds better?"),
            c("The meeting, I think. And maybe start with two days and see.", None),
            t("Let's do both. I'll book her Mondays and Wednesdays for the first week and email you times for "
              "the meeting."),
        ],
        worse=[
            c("Hi, I'm looking at your summer camp for my daughter, she's eight. She has type 1 diabetes, she "
              "wears a pump and a CGM. Can y'all handle that?", None),
            t("Yes, absolutely. We have lots of campers with medical needs, and all our counselors get trained. "
              "We'd just need her care plan from her doctor."),
            c("Okay. She'd need someone who can spot a low and treat it.", None),
            t("No problem. Our counselors know the signs, and there's a nurse on site some days as well."),
            c("The last camp said they had it covered and called me at work three times in a week.",
              "bad_experience"),
            t("I'm sorry that happened. We'll call you only if it's really necessary. Camp's two-sixty a week."),
            c("Alright. Let me think about it and send you her care plan if we go ahead.", "think_it_over"),
            t("Sounds good. Spots fill up in April, so let us know soon."),
        ],
    ),
]
