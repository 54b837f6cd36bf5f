"""Ranked pairs f01-f10, hand-written for blind208: both sides share every turn (the same Python objects)
except one fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 -- fault: argues with the customer
_c0 = c("Hi, can I give some feedback? The music in the Saturday spin class is so loud my ears were ringing for hours afterwards.", None)
_t1 = t("Thanks for telling me. Was it the whole class, or certain tracks?")
_c2 = c("The whole thing. I've got a sound meter app and it was over a hundred decibels. I love the class, I just can't do it like that.", None)
_t3_good = t("Over a hundred is too loud for an hour, that's fair. I'll talk to Ryan, the instructor, and we'll set the system to a fixed level. Would you be okay trying again this Saturday and telling me how it feels?")
_c4_good = c("Yeah, I'll give it another go.", None)
_t3_bad = t("I'd be surprised if it was really a hundred, those phone apps aren't accurate. And spin's meant to be loud, it's part of the energy. Most people love it.")
_c4_bad = c("I'm not making it up. It actually hurt. If it stays like that, I'm not coming back.", None)
_t5 = t("Can I take your name and membership number, so I can get back to you after I've spoken to Ryan?")
_c6 = c("Zoe Marsh, 20417.", None)
_t7 = t("Thanks, Zoe. I'll email you by Friday.")
PAIRS.append(rpair(
    "b208r_f01_brighton_spin_volume",
    "A gym member in Brighton gives feedback at the desk that the Saturday spin class music is painfully loud.",
    better=[_c0, _t1, _c2, _t3_good, _c4_good, _t5, _c6, _t7],
    worse=[_c0, _t1, _c2, _t3_bad, _c4_bad, _t5, _c6, _t7],
))

# f02 -- fault: doubts the customer's honesty
_c0 = c("Hi, I had a ninety-minute massage yesterday and I was out of the room after seventy-five. I paid $165 for ninety.", None)
_t1 = t("I'm sorry about that. Who was your therapist, and what time did you start?")
_c2 = c("Kim, I think. I went in at two and I was back at reception at quarter past three. I checked my phone.", None)
_t3 = t("Thanks. Was anything else off with the session, or was it just the timing?")
_c4 = c("Just the time. The massage itself was lovely, she's good.", None)
_t5_good = t("Good to hear. That's fifteen minutes short of what you paid for, so I'll refund the difference, $27, to your card today, and I'll mention the timing to Kim's manager.")
_c6_good = c("Oh, great. I wasn't expecting that, thanks.", None)
_t5_bad = t("Hm, our therapists are pretty strict on times, and the ninety includes getting changed. Are you sure you're not counting from when you got on the table?")
_c6_bad = c("I'm sure. I'm not trying to scam you out of twenty bucks. I've been coming here six years.", None)
PAIRS.append(rpair(
    "b208r_f02_calgary_massage_short",
    "A long-standing spa client in Calgary phones because her ninety-minute massage ended after seventy-five minutes.",
    better=[_c0, _t1, _c2, _t3, _c4, _t5_good, _c6_good],
    worse=[_c0, _t1, _c2, _t3, _c4, _t5_bad, _c6_bad],
))

# f03 -- fault: drops the price before asking anything
_c0 = c("Hi, I'm after some info on personal training. What do your packages cost?", None)
_t1_good = t("Happy to go through them. Before I do, what are you hoping to get out of PT? That changes which package makes sense.")
_c2_good = c("I've just been told I've got high blood pressure and the doctor wants me exercising. I haven't been in a gym for about fifteen years.", None)
_t1_bad = t("Normally it's $90 a session, but I can do ten for $700 if you sign up this week. That's the best I can do.")
_c2_bad = c("Seven hundred? That's a lot before I even know what I need. My doctor's just told me I've got high blood pressure and should exercise. I haven't been in a gym for fifteen years.", "too_expensive")
_t3 = t("Thanks for telling me. With blood pressure, I'd want to start gently and check with your GP that there's nothing to avoid. Is there anything else going on, joints, medication?")
_c4 = c("I'm on tablets for it, that's all. Knees are fine.", None)
_t5 = t("Then I'd start with a single session, $90, to see where you're at, and decide on anything bigger after that. Does that suit?")
_c6 = c("Yeah, that sounds sensible.", None)
PAIRS.append(rpair(
    "b208r_f03_sydney_pt_pricing",
    "A man in Sydney, newly diagnosed with high blood pressure, rings a gym asking what personal-training packages cost.",
    better=[_c0, _t1_good, _c2_good, _t3, _c4, _t5, _c6],
    worse=[_c0, _t1_bad, _c2_bad, _t3, _c4, _t5, _c6],
))

# f04 -- fault: an unasked lecture
_c0 = c("Hey, I'd like to book a follow-up. The meal plan's been going pretty good actually.", None)
_t1 = t("Great to hear. What's been working, and what's been hard?")
_c2 = c("Breakfast and lunch are fine. Evenings are hard. I work late and end up grabbing a Coke and chips from the vending machine around eight.", None)
_t3_good = t("That's helpful. Late shifts and a vending machine is a tough combination. What time do you usually eat dinner on those days?")
_c4_good = c("Like ten, when I get home. I'm starving by then.", None)
_t3_bad = t("Okay, I have to be honest, a can of Coke is about ten teaspoons of sugar, and chips are basically fried starch and salt. That's undoing all your good work. Sugary drinks are one of the biggest drivers of weight gain in Canada.")
_c4_bad = c("Yeah... I know. I didn't call for a lecture. I'm just starving by eight because dinner's not till ten.", None)
_t5 = t("So you're going from lunch to ten at night with nothing planned in between. What if we planned a snack you bring from home for around six, so eight o'clock isn't so desperate?")
_c6 = c("That could work. Something I can eat at my desk.", None)
_t7 = t("Let's build that at the follow-up. Does Thursday at five work?")
PAIRS.append(rpair(
    "b208r_f04_vancouver_nutrition_followup",
    "A client of a Vancouver nutritionist calls to book a follow-up and mentions evening vending-machine snacks on late shifts.",
    better=[_c0, _t1, _c2, _t3_good, _c4_good, _t5, _c6, _t7],
    worse=[_c0, _t1, _c2, _t3_bad, _c4_bad, _t5, _c6, _t7],
))

# f05 -- fault: a vague next step
_c0 = c("Hiya, my lad's been doing taekwondo here about six months. He keeps asking when he can do his yellow belt grading.", None)
_t1 = t("Lovely that he's keen. What's his name, and which class does he come to?")
_c2 = c("Alfie, Tuesday juniors. He's eight.", None)
_t3 = t("Alfie, yes, Master Kim's group. Gradings happen every three months, and the instructor decides who's ready based on attendance and his patterns. Is anything worrying him about it?")
_c4 = c("He's a bit nervous about doing it in front of everyone. And I need to know the cost, we've got his brother's football fees coming up.", None)
_t5_good = t("That's normal at his age. The grading fee is £25, and the next one's Saturday the 14th. I'll ask Master Kim after Tuesday's class whether Alfie's ready and ring you on Wednesday, and we'll do a practice run in class so it's less scary.")
_c6_good = c("Brilliant, thank you. I'll tell him tonight.", None)
_t5_bad = t("That's normal at his age. We'll let you know about the grading when it's sorted, the instructors usually put something out nearer the time.")
_c6_bad = c("Right... so when's that, roughly? He asks me every day, and I need to plan for the fee.", None)
PAIRS.append(rpair(
    "b208r_f05_leeds_taekwondo_grading",
    "A father in Leeds asks the taekwondo club when his eight-year-old son can take his yellow belt grading.",
    better=[_c0, _t1, _c2, _t3, _c4, _t5_good, _c6_good],
    worse=[_c0, _t1, _c2, _t3, _c4, _t5_bad, _c6_bad],
))

# f06 -- fault: over-promises
_c0 = c("Hi, I'm looking at your twelve-week program. I've got about fifteen kilos to lose and I've tried pretty much everything.", None)
_t1 = t("Thanks for calling. What have you tried, and what happened?")
_c2 = c("Gym, keto, the shakes. I lose a few kilos and then it all comes back. I'm sick of it.", None)
_t3 = t("That yo-yo is really common and really frustrating. The focus of our program is the part after the weight comes off, habits and a maintenance phase, not just the loss.")
_c4 = c("Okay. So how much could I actually lose in the twelve weeks?", None)
_t5_good = t("Realistically, half a kilo to a kilo a week, so six to ten kilos in the twelve weeks, and then we keep going on the rest. I won't promise more, because faster loss is the kind that comes back.")
_c6_good = c("Honestly, that's more believable than anything I've been told before. Let's do it.", None)
_t5_bad = t("Most of our clients lose ten kilos in the first month, so you'll easily hit fifteen in twelve weeks. Guaranteed.")
_c6_bad = c("Ten in a month? That's what the shake people told me too. I'm not sure I believe it.", "bad_experience")
PAIRS.append(rpair(
    "b208r_f06_adelaide_weightloss_promise",
    "A woman in Adelaide who has regained weight after several diets asks what a twelve-week weight-loss program could do for her.",
    better=[_c0, _t1, _c2, _t3, _c4, _t5_good, _c6_good],
    worse=[_c0, _t1, _c2, _t3, _c4, _t5_bad, _c6_bad],
))

# f07 -- fault: closes before checking the thing works
_c0 = c("Hi, my door fob stopped working. I couldn't get in at five yesterday morning.", None)
_t1 = t("Sorry about that, not what you want at five in the morning. Can I see the fob and your ID?")
_c2 = c("Here. It was fine until Tuesday.", None)
_t3 = t("I can see the account flagged it when the card on file expired. I've updated it with the new card you gave us last month and reactivated the fob.")
_c4 = c("Oh, right. I did get a new card.", None)
_t5_good = t("Before you go, can you try it on the door here? I want to be sure it actually opens before you rely on it at five.")
_c6_good = c("...Yep, green light. Great, thanks.", None)
_t5_bad = t("All sorted then. You're good to go, have a great workout tomorrow morning.")
_c6_bad = c("And if it doesn't work at five again? There's nobody here then. Last time I stood in the rain for twenty minutes.", None)
PAIRS.append(rpair(
    "b208r_f07_halifax_gym_fob",
    "An early-morning member of a Halifax gym reports at the desk that her door fob stopped working.",
    better=[_c0, _t1, _c2, _t3, _c4, _t5_good, _c6_good],
    worse=[_c0, _t1, _c2, _t3, _c4, _t5_bad, _c6_bad],
))

# f08 -- fault: recommends before asking
_c0 = c("Hello, I'm new to the area and I'd like to start pilates again. I did mat pilates for a few years back in Leeds.", None)
_t1_good = t("Welcome! What did you like about it in Leeds, and is there anything you're looking for now, a particular goal or time of day?")
_c2_good = c("I liked that it was small and the teacher knew my name. I've got a desk job now and my neck's stiff all the time. Evenings are best.", None)
_t1_bad = t("Welcome! You'll want our Reformer Unlimited then, it's our most popular, £180 a month, and you can come as often as you like.")
_c2_bad = c("Oh. I did mat, not reformer, and £180 is a lot. What I liked was a small class where the teacher knew my name. My neck's stiff from a desk job now. Evenings suit me best.", "too_expensive")
_t3 = t("So a small class, something for the neck, and evenings. Our Wednesday 7pm mat class is capped at ten, and Sarah, who teaches it, does a lot of upper-back work. Drop-ins are £16.")
_c4 = c("That sounds much more like it. Can I just come along this week?", None)
_t5 = t("Yes, I'll put you down for Wednesday. Come ten minutes early so Sarah can ask about your neck.")
_c6 = c("Lovely, see you then.", None)
PAIRS.append(rpair(
    "b208r_f08_london_pilates_newcomer",
    "A woman who has just moved to London asks a pilates studio about restarting the mat pilates she did for years in Leeds.",
    better=[_c0, _t1_good, _c2_good, _t3, _c4, _t5, _c6],
    worse=[_c0, _t1_bad, _c2_bad, _t3, _c4, _t5, _c6],
))

# f09 -- fault: unexplained jargon
_c0 = c("G'day, I got a program from one of your trainers last week but I'm not sure what half of it means.", None)
_t1 = t("No worries, let's go through it. What are you stuck on?")
_c2 = c("It's got squats, 'three by eight at RPE seven', and then 'finisher: EMOM ten minutes'. I'm a bit lost.", None)
_t3_good = t("Fair enough, they write it in shorthand. Three by eight is three sets of eight squats. RPE seven means pick a weight where you could've done about three more reps at the end, hard but not all-out. EMOM is every minute on the minute: start a set at the top of each minute and rest for whatever's left.")
_c4_good = c("Ahh, that makes sense now. Easier than it looks on paper.", None)
_t3_bad = t("Easy, it's just autoregulated volume at RPE seven with an EMOM finisher for metabolic conditioning, plus a bit of EPOC. Keep your RIR around three and you're sweet.")
_c4_bad = c("Mate, I've got no idea what you just said. RIR? I'm a plumber, not a scientist.", None)
_t5 = t("Best way is to show you. Want to come over to the rack and do the first set with me watching?")
_c6 = c("Yeah, good, let's do that.", None)
PAIRS.append(rpair(
    "b208r_f09_brisbane_gym_program",
    "A new gym member in Brisbane, a plumber, asks the floor staff to explain the program a trainer wrote for him.",
    better=[_c0, _t1, _c2, _t3_good, _c4_good, _t5, _c6],
    worse=[_c0, _t1, _c2, _t3_bad, _c4_bad, _t5, _c6],
))

# f10 -- fault: talks about themselves instead of the customer
_c0 = c("Hi, I've been getting panic attacks since my divorce, and my therapist said maybe yoga or breathing classes. I don't really know where to start.", None)
_t1 = t("Thanks for telling me, that's a lot to be carrying. Are there times of day or situations when they tend to hit?")
_c2 = c("Mostly at night, in bed. And sometimes in the metro when it's crowded.", None)
_t3_good = t("That's useful to know. Our Tuesday evening restorative class ends with twenty minutes of breathing practice, and the teacher shows you how to do it quietly, so you could use it in bed or on the metro. Would an evening class work for you?")
_c4_good = c("Yes, evenings are good. I don't sleep anyway, ha.", None)
_t3_bad = t("I totally get it, I went through a divorce too, in 2016, and honestly yoga saved me. I was doing two classes a day, then I went to India for my teacher training, and it changed everything. My whole story's on our website.")
_c4_bad = c("Okay... good for you. But I'm not trying to go to India, I just want to sleep.", None)
_t5 = t("Let me book you into Tuesday's restorative at 7.30. It's $22 drop-in, and the first class is free for new students.")
_c6 = c("Okay. Free is good. I'll try.", None)
PAIRS.append(rpair(
    "b208r_f10_montreal_yoga_panic",
    "A recently divorced man in Montreal, having panic attacks, asks a yoga studio where to start on his therapist's suggestion.",
    better=[_c0, _t1, _c2, _t3_good, _c4_good, _t5, _c6],
    worse=[_c0, _t1, _c2, _t3_bad, _c4_bad, _t5, _c6],
))
