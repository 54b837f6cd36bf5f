"""Ranked pairs f01-f10 of blind239 (written by hand): both sides share every turn except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

# f01: argues with the customer
f01_c0 = c("Hi, I came for a tour on Tuesday. I liked most of it, but honestly the toddler room felt a bit "
           "chaotic. Kids everywhere and one educator on the floor.", None)
f01_t1_better = t("Thanks for telling me, I'd rather hear it. Mid-morning Tuesday is when one educator takes her "
                  "break, so for twenty minutes the room can look thin. What did you see that worried you most?")
f01_c2_better = c("There was a little girl crying at the gate for ages and nobody picked her up.", None)
f01_t1_worse = t("It wasn't chaotic. We're always within ratio, one to five, that's the law. So it can't have "
                 "been understaffed.")
f01_c2_worse = c("I know what I saw. I'm not saying you broke the law, I'm telling you how it felt.", None)
f01_t3 = t("Fair enough. From next week I'll move that break to after lunch, so there are two on the floor all "
           "morning. Would you like to come back on another morning and see the room at a normal time?")
f01_c4 = c("Maybe. We've got a place offered at the centre on Walcott Street too, so I'm weighing them up.",
           "think_it_over")
f01_t5 = t("That's sensible, compare them properly. Thursday at ten is a good time to see the toddler room in full "
           "swing. Shall I pencil you in?")
f01_c6 = c("Yes, Thursday at ten.", None)

# f02: doubts the customer's honesty
f02_c0 = c("Hi, my daughter missed her last two swimming lessons, she had the flu. Is there any way to get a "
           "credit?", None)
f02_t1 = t("Sorry to hear she was sick. Which class is she in?")
f02_c2 = c("Saturday at ten, level four. Chloé Martin.", None)
f02_t3_better = t("I see her, absent on the sixth and the thirteenth. For illness we credit missed lessons, so "
                  "both can go towards next session.")
f02_c4_better = c("Oh good, thank you.", None)
f02_t3_worse = t("I see the absences. Just checking, was she actually sick both weeks? We get a lot of flu around "
                 "long weekends, if you know what I mean.")
f02_c4_worse = c("Yes, she was actually sick. I don't really appreciate being asked that.", None)
f02_t5 = t("Both lessons are credited, fifty-six dollars, and you'll get a confirmation email today.")
f02_c6 = c("Okay. Honestly we might skip the winter session anyway, money's tight with Christmas coming.",
           "no_money")
f02_t7 = t("Understood. The credit stays on her account for a year, so nothing's lost if she takes a break.")

# f03: drops the price before asking anything
f03_c0 = c("Hi, I'm looking at birthday parties. My son's turning eight in April.", None)
f03_t1_better = t("Happy early birthday to him! How many kids are you thinking, and what's he into?")
f03_c2_better = c("About fifteen. He's nuts about Nerf.", None)
f03_t1_worse = t("Great! I can knock twenty percent off any package if you book today, so the Deluxe would be "
                 "just three-twenty.")
f03_c2_worse = c("Um, I haven't said anything yet. About fifteen kids, he's nuts about Nerf. Why's it already on "
                 "sale?", None)
f03_t3 = t("For fifteen Nerf fans, our Blaster Arena party fits: ninety minutes of Nerf battles, then the party "
           "room for cake.")
f03_c4 = c("Sounds fun. What's that one cost?", None)
f03_t5 = t("The Blaster Arena is four hundred for up to sixteen kids, with pizza and drinks.")
f03_c6 = c("Okay. I'm going to check a couple of other places first and come back to you.", "think_it_over")

# f04: an unasked lecture
f04_c0 = c("Hi, I need to add Mondays for my son Finn at after-school care. He's in Year 4.", None)
f04_t1 = t("Sure, let me check Mondays for Year 4. What time would you pick him up?")
f04_c2 = c("Around quarter to six. He's got hockey Tuesday to Friday, so Monday's the only day he'd be here the "
           "whole afternoon.", None)
f04_t3_better = t("Mondays have room, and quarter to six is fine, we close at six.")
f04_c4_better = c("Great. Is it the same rate as other days?", None)
f04_t3_worse = t("Mondays have room. Can I just say, though, hockey four nights a week is a lot for a nine-year-"
                 "old. Kids need downtime, the research on over-scheduling is pretty clear, and we see a lot of "
                 "tired kids in here.")
f04_c4_worse = c("I didn't ask for parenting advice, thanks. He loves hockey. Is it the same rate?", None)
f04_t5 = t("Same rate, twenty-nine dollars a session. I can start it from next Monday.")
f04_c6 = c("Can we make it the Monday after? Next week I'm not working that day, so there's no point paying for "
           "it.", None)
f04_t7 = t("No problem, I'll start it from the twenty-third and email you the updated booking.")

# f05: a vague next step
f05_c0 = c("Hi, I filled in your form last week for a nanny. After school, three to six, for two girls. I haven't "
           "heard anything.", None)
f05_t1 = t("Sorry for the wait. Let me find your file. What's the last name?")
f05_c2 = c("Okonkwo. O-K-O-N-K-W-O.", None)
f05_t3 = t("Found it. After school three to six, two girls, seven and ten, and someone who can drive. The driving "
           "is what's narrowing it, most of our after-school nannies don't have a car.")
f05_c4 = c("They need to get to swimming on Wednesdays. Honestly, if this takes much longer, I may just ask around "
           "at church instead.", "no_need")
f05_t5_better = t("That's fair. I have two candidates with cars and I'm checking their references now. I'll call "
                  "you Thursday by three with both profiles, and if neither suits, I'll tell you straight so you "
                  "can try church.")
f05_c6_better = c("Thursday by three. Okay, that I can work with.", None)
f05_t5_worse = t("Totally understand. We're working on it, and we'll let you know as soon as we have someone "
                 "suitable.")
f05_c6_worse = c("That's what the email said last week. When, roughly? I need to plan.", None)

# f06: over-promises
f06_c0 = c("Hi, my son Harry wants to audition for the music program at a grammar school up here next year. He's "
           "Grade 2 piano now. Can you get him ready?", None)
f06_t1 = t("Good on him. When's the audition, and what do they ask for?")
f06_c2 = c("August. Two pieces, and they like about a Grade 3 standard. He practises maybe twenty minutes a day.",
           None)
f06_t3_better = t("Going from Grade 2 to a solid Grade 3 standard by August is possible, but not certain. With a "
                  "weekly lesson and thirty minutes' practice a day I'd expect him to get close. Whether he gets "
                  "a place is the school's call, so I can't promise that part.")
f06_c4_better = c("That's honest. What would it cost?", None)
f06_t3_worse = t("Absolutely. With our teachers he'll be Grade 3 by August, no problem, and our students always "
                 "get in. You can count on it.")
f06_c4_worse = c("Always? That sounds a bit too good to be true, but okay. What would it cost?", None)
f06_t5 = t("A weekly forty-five-minute lesson is fifty-two dollars, billed by the term.")
f06_c6 = c("Fifty-two a week. His current teacher's thirty-five. That's a big jump.", "too_expensive")
f06_t7 = t("It is more. The difference is the longer lesson and a teacher who prepares audition students every "
           "year. Would you like a single lesson first so Harry can meet her?")

# f07: closes before checking the thing works (fits)
f07_c0 = c("Hi, we need a blazer for St. Agatha's. My son's in sixth grade, he's right here.", None)
f07_t1 = t("Hi there! Let's get you measured. Arms out for me, buddy. Okay, you're about a boys' fourteen.")
f07_c2 = c("He's growing like a weed, so maybe a bit bigger?", None)
f07_t3_better = t("Let's try the fourteen and the sixteen on him before I ring anything up. Go ahead and put the "
                  "sixteen on, arms straight down.")
f07_c4_better = c("Oh no, the sixteen's swallowing him. The sleeves are past his fingers.", None)
f07_t3_worse = t("The sixteen gives him room to grow. That's one twenty-five, I'll ring it up now. Card or cash?")
f07_c4_worse = c("Card. Hang on, he's put it on now and the sleeves are past his fingers. And we've already paid "
                 "for it.", None)
f07_t5 = t("Then the fourteen is the one. When he grows, we let the sleeves down an inch for free in the first "
           "year.")
f07_c6 = c("Oh, that's handy. The list also says a sweater vest, but we'll skip that, his brother's old one is "
           "fine.", "no_need")
f07_t7 = t("That's fine, it just has to be plain navy. You're all set with the blazer.")

# f08: recommends before asking
f08_c0 = c("Hey, I'd like to sign my daughter up for swimming. She's five.", None)
f08_t1_better = t("Great! Has she had lessons before, and how is she in the water?")
f08_c2_better = c("She did a session at the Y last year. She can float and kick, she just won't go under.", None)
f08_t1_worse = t("Perfect, five-year-olds go in our Sea Turtle level, Saturdays at nine. I'll put her in that "
                 "one.")
f08_c2_worse = c("Wait, she already did a session at the Y, she can float and kick. And we're away most Saturdays "
                 "so that slot's no good.", "no_time")
f08_t3 = t("Thanks, that helps. If she floats and kicks, she'd be in Sea Otter, one step up. There's Tuesday at "
           "five-thirty or Sunday at ten.")
f08_c4 = c("Tuesday, please. How much is it?", None)
f08_t5 = t("A hundred and twelve for eight weeks.")
f08_c6 = c("Okay, that's about what the Y charged. Book Tuesday.", None)
f08_t7 = t("Done. Tuesday at five-thirty, starting the fourteenth. I'll email the details.")

# f09: unexplained jargon
f09_c0 = c("Hi, I'm looking at enrolling my daughter, she's two. I've never done childcare before. How does the "
           "cost actually work?", None)
f09_t1 = t("Happy to go through it. Our daily fee is one forty-five.")
f09_c2 = c("One forty-five a day? Is that what we'd actually pay?", None)
f09_t3_better = t("Usually not. The government pays part of it, called the Child Care Subsidy, straight to us, "
                  "and you pay what's left. How much they pay depends on your family income and how many hours "
                  "you both work or study. You apply through myGov.")
f09_c4_better = c("Okay, that makes sense. So depending on our income it could be half or so?", None)
f09_t3_worse = t("No, you'll get CCS. Depending on your CCS percentage and the activity test, you'll get your "
                 "hours of subsidised care per fortnight, then you pay the gap fee once the CWA's confirmed.")
f09_c4_worse = c("Sorry, I didn't follow any of that. What's a gap fee? And the activity what?", None)
f09_t5 = t("If you tell me roughly what your family earns, I can give you a ballpark right now.")
f09_c6 = c("About one-forty thousand together. I'll still need to sit down with my partner before we pick days.",
           "think_it_over")
f09_t7 = t("At that income it's roughly sixty percent covered, so about fifty-eight a day out of pocket. Take the "
           "enrolment pack home and ring me once you've talked.")

# f10: talks about themselves instead of the customer
f10_c0 = c("Hi, my parents' fiftieth anniversary is in June and we want to surprise them with a family photo, all "
           "three generations. About fourteen people.", None)
f10_t1 = t("Congratulations to them. Fourteen people, three generations. Where were you thinking, and is the "
           "surprise part of the day itself?")
f10_c2 = c("We'd tell them it's just a family brunch at my sister's in Brookline, and then you show up. My dad "
           "hates fuss.", None)
f10_t3_better = t("Then I'd keep it low-key. I arrive as a friend of your sister's, take candids during brunch, "
                  "then twenty minutes of group shots in the garden. Your dad won't feel like he's at a wedding.")
f10_c4_better = c("That sounds perfect. What does something like that cost?", None)
f10_t3_worse = t("Ha, that reminds me of my own parents. I did their fortieth, and actually that shoot won me my "
                 "first award. I've done over three hundred events since, I was in Boston Magazine last year, and "
                 "I just got back from shooting a wedding in Tuscany.")
f10_c4_worse = c("Okay... congratulations. So, for my parents' thing, what does it cost?", None)
f10_t5 = t("Two hours on location is eight-fifty, with the edited gallery.")
f10_c6 = c("Split between four of us that's fine, but I need to check with my brothers and sister first.",
           "think_it_over")
f10_t7 = t("Of course. I'll email you a one-page summary you can forward to them, and hold the date for a week.")

PAIRS = [
    rpair(
        "b239r_f01_perth_toddler_room_tour",
        "Childcare centre, Perth (AU). After a tour, a mum says the toddler room felt chaotic. Worse argues with her.",
        better=[f01_c0, f01_t1_better, f01_c2_better, f01_t3, f01_c4, f01_t5, f01_c6],
        worse=[f01_c0, f01_t1_worse, f01_c2_worse, f01_t3, f01_c4, f01_t5, f01_c6],
    ),
    rpair(
        "b239r_f02_ottawa_swim_sick_credit",
        "Swim school, Ottawa (CA). A mum asks for a credit after her daughter missed two lessons with flu. Worse "
        "doubts that the girl was really sick.",
        better=[f02_c0, f02_t1, f02_c2, f02_t3_better, f02_c4_better, f02_t5, f02_c6, f02_t7],
        worse=[f02_c0, f02_t1, f02_c2, f02_t3_worse, f02_c4_worse, f02_t5, f02_c6, f02_t7],
    ),
    rpair(
        "b239r_f03_phoenix_nerf_party",
        "Kids' party venue, Phoenix (US). A dad enquires about an eighth birthday. Worse offers a discount before "
        "asking anything.",
        better=[f03_c0, f03_t1_better, f03_c2_better, f03_t3, f03_c4, f03_t5, f03_c6],
        worse=[f03_c0, f03_t1_worse, f03_c2_worse, f03_t3, f03_c4, f03_t5, f03_c6],
    ),
    rpair(
        "b239r_f04_hobart_afterschool_mondays",
        "After-school care, Hobart (AU). A parent adds Mondays for a Year 4 boy who plays hockey. Worse gives an "
        "unasked lecture on over-scheduling.",
        better=[f04_c0, f04_t1, f04_c2, f04_t3_better, f04_c4_better, f04_t5, f04_c6, f04_t7],
        worse=[f04_c0, f04_t1, f04_c2, f04_t3_worse, f04_c4_worse, f04_t5, f04_c6, f04_t7],
    ),
    rpair(
        "b239r_f05_winnipeg_nanny_followup",
        "Nanny agency, Winnipeg (CA). A mum chases her after-school nanny request. Worse ends on a vague next step.",
        better=[f05_c0, f05_t1, f05_c2, f05_t3, f05_c4, f05_t5_better, f05_c6_better],
        worse=[f05_c0, f05_t1, f05_c2, f05_t3, f05_c4, f05_t5_worse, f05_c6_worse],
    ),
    rpair(
        "b239r_f06_sunshinecoast_piano_audition",
        "Music school, Sunshine Coast (AU). A mum wants her son ready for a school music audition. Worse "
        "over-promises the result.",
        better=[f06_c0, f06_t1, f06_c2, f06_t3_better, f06_c4_better, f06_t5, f06_c6, f06_t7],
        worse=[f06_c0, f06_t1, f06_c2, f06_t3_worse, f06_c4_worse, f06_t5, f06_c6, f06_t7],
    ),
    rpair(
        "b239r_f07_portland_blazer_fitting",
        "School uniform shop, Portland, Oregon (US). A mom buys a sixth grader's blazer. Worse rings up the sale "
        "before checking the size fits.",
        better=[f07_c0, f07_t1, f07_c2, f07_t3_better, f07_c4_better, f07_t5, f07_c6, f07_t7],
        worse=[f07_c0, f07_t1, f07_c2, f07_t3_worse, f07_c4_worse, f07_t5, f07_c6, f07_t7],
    ),
    rpair(
        "b239r_f08_calgary_swim_level",
        "Swim lessons, Calgary (CA). A dad signs up his five-year-old. Worse recommends a class before asking "
        "anything.",
        better=[f08_c0, f08_t1_better, f08_c2_better, f08_t3, f08_c4, f08_t5, f08_c6, f08_t7],
        worse=[f08_c0, f08_t1_worse, f08_c2_worse, f08_t3, f08_c4, f08_t5, f08_c6, f08_t7],
    ),
    rpair(
        "b239r_f09_sydney_childcare_subsidy",
        "Childcare centre, Sydney (AU). A first-time parent asks how fees work. Worse answers in unexplained "
        "subsidy jargon.",
        better=[f09_c0, f09_t1, f09_c2, f09_t3_better, f09_c4_better, f09_t5, f09_c6, f09_t7],
        worse=[f09_c0, f09_t1, f09_c2, f09_t3_worse, f09_c4_worse, f09_t5, f09_c6, f09_t7],
    ),
    rpair(
        "b239r_f10_boston_anniversary_photos",
        "Family photographer, Boston (US). A daughter plans a surprise three-generation photo for her parents' "
        "fiftieth. Worse talks about the photographer's own career.",
        better=[f10_c0, f10_t1, f10_c2, f10_t3_better, f10_c4_better, f10_t5, f10_c6, f10_t7],
        worse=[f10_c0, f10_t1, f10_c2, f10_t3_worse, f10_c4_worse, f10_t5, f10_c6, f10_t7],
    ),
]
