"""b178 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

PAIRS = []

o = c("Why've you scrapped the 6am spin? It's the only time I can do before work.", None)
t1 = t("Sorry, that's annoying if it was your slot. The instructor left. How often were you coming?")
c1 = c("Three times a week for two years. It's the main reason I pay 40 a month.", None)
t3 = t("I'll email you the day a new 6am instructor starts, and if it's not back within a month, I'll freeze your membership free.")
c3 = c("A month, then. After that I'm looking elsewhere.", "think_it_over")
PAIRS.append(rpair("b178r_f01_newcastle_gym_spin",
 "Gym, Newcastle UK (front desk): a regular's early spin class was cut.",
 [o, t1, c1, t("So it's a big part of why you're here. I'll log it with the manager today, we're recruiting. Meanwhile the bikes are free at 6 with the class playlist. Would that do?"),
  c("It's not the same, but alright, for a few weeks.", None), t3, c3],
 [o, t1, c1, t("To be fair, only six people came to the 6am, so it didn't make sense. Most members prefer evenings."),
  c("I'm one of the six. Are you telling me I don't count?", None), t3, c3]))

o = c("Hi, I was charged for a scalp treatment add-on yesterday but the therapist never did it. I was in the Zen room.", None)
t1 = t("Sorry about that, let me check. Who was your therapist and what time?")
c1 = c("Amber, at two. I think she ran out of time, I was rushed out.", None)
t3 = t("I'll refund the 35 now, it'll show in a few days. And I'll let the manager know about the timing.")
c3 = c("Just the refund, thanks. I'm not booking anything else right now.", "no_need")
PAIRS.append(rpair("b178r_f02_phoenix_spa_addon",
 "Day spa, Phoenix US (phone): a client was billed for an add-on she never got.",
 [o, t1, c1, t("Thanks. I can see the add-on on the bill, and your session ended ten minutes early."),
  c("Right. So what happens now?", None), t3, c3],
 [o, t1, c1, t("Hmm, Amber's very thorough. Are you sure you didn't doze off during it? Lots of people do."),
  c("I didn't doze off. I'd know if someone massaged my head.", None), t3, c3]))

o = c("Hi, I'm ringing about personal training. I'm 60 and I've never done anything like it.", None)
t2 = t("Keeping your knees strong for the coast path. Have a doctor or physio checked them?")
c2 = c("The GP said wear and tear, nothing to operate on. Exercise would help, she said.", None)
t3 = t("Then strengthening's the right idea. One session first to see how you find it, then decide. Monday at 10?")
c3 = c("Monday at 10. Let's see how I get on.", None)
PAIRS.append(rpair("b178r_f03_bournemouth_pt_knees",
 "Personal trainer, Bournemouth UK (phone): a 60-year-old first-timer.",
 [o, t("Great that you've rung. What's made you think about it now?"),
  c("My knees, mainly. I want to keep walking the coast path with my wife.", None), t2, c2, t3, c3],
 [o, t("Great! I can do you 30 a session instead of 45 if you book ten today."),
  c("Ten's a lot before I know if I'll like it. It's my knees, mainly. I want to keep walking the coast path with my wife.", "think_it_over"), t2, c2, t3, c3]))

o = c("Hi, can I get a manicure? I bite my nails, so sorry, they're a mess.", None)
t1 = t("No need to apologise. Polish, or just tidy and shape?")
c1 = c("Polish, something clear-ish. Job interview Thursday. Nothing fancy, I'm skint till payday.", None)
t3 = t("A sheer pink on short nails looks smart. Basic manicure, 35. Take a seat at station two.")
c3 = c("Thanks.", None)
PAIRS.append(rpair("b178r_f04_brisbane_nails_biter",
 "Nail salon, Brisbane AU (walk-in): an embarrassed nail biter before an interview.",
 [o, t1, c1, t("Good luck Thursday! Short and neat is perfect for an interview."),
  c("Cheers. Is it okay if they're this short?", None), t3, c3],
 [o, t1, c1, t("Sure. You know biting wrecks your nail beds and spreads bacteria to your mouth? Try bitter polish, and think about why you bite, it's usually stress."),
  c("Yeah, I know. I didn't come in for a lecture.", None), t3, c3]))

o = c("Hi, I have melasma on my cheeks and wondered if a chemical peel would help. I'm getting married in three months.", None)
t1 = t("Congratulations! Peels help some melasma, but the wrong one can make it flare. Are you using anything on it now?")
c1 = c("A cream from my dermatologist, hydroquinone I think. It's helped a little.", None)
t2 = t("Good to know, we'd need to time a peel around that cream. Okay if our nurse talks to your dermatologist first?")
c2 = c("Sure. But three months isn't long, and I've had a peel go wrong before, years ago.", "bad_experience")
PAIRS.append(rpair("b178r_f05_denver_clinic_melasma",
 "Cosmetic clinic, Denver US (phone): a bride-to-be with melasma.",
 [o, t1, c1, t2, c2, t("Three months allows two gentle peels if we start in three weeks. I'll call your dermatologist by Friday and you on Monday with a yes or no and dates."),
  c("Perfect, Monday works.", None)],
 [o, t1, c1, t2, c2, t("We'll reach out to your dermatologist and let you know."),
  c("Okay... when, though? I really don't have long.", None)]))

o = c("Hi, I'm calling about your programme. Holiday in eight weeks and I'd love to lose a stone. Is that realistic?", None)
t1 = t("Let's see. What are you doing now, food and exercise?")
c1 = c("Walking the dog, I eat alright, but I snack at night. Did Slimming World before and got bored.", "bad_experience")
t3 = t("It's 25 a week, no contract, stop whenever. Want a first call this week?")
c3 = c("I'll talk to my husband and ring back tomorrow.", "think_it_over")
PAIRS.append(rpair("b178r_f06_leicester_weightloss_holiday",
 "Weight-loss programme, Leicester UK (phone): a woman wants to lose a stone before a holiday.",
 [o, t1, c1, t("A stone in eight weeks is the top end of safe, half to one stone is realistic, starting with the night snacking. No points, weekly coaching. Different enough from last time?"),
  c("Half a stone would still be nice. Different, yeah.", None), t3, c3],
 [o, t1, c1, t("Definitely! People lose a stone in four weeks with us, you'll smash it. No points, weekly coaching."),
  c("Four weeks? Sounds too good to be true. Slimming World said that too.", "bad_experience"), t3, c3]))

o = c("Hi, the podiatrist said I need orthotics for my plantar fasciitis. She sent me out here to pick some.", None)
t1 = t("Sure. Which type did she suggest, and which shoes will you wear them in?")
c1 = c("Off-the-shelf for now, she said. Work shoes and runners.", None)
t3 = t("Let's check properly: medium arch in the right shoe, walk a few minutes, and I'll swap if anything digs in.")
c3 = c("Okay. That's much better on the right.", None)
PAIRS.append(rpair("b178r_f07_melbourne_clinic_orthotics",
 "Sports podiatry and physio shop, Melbourne AU (counter): a patient picks orthotics.",
 [o, t1, c1, t("These suit both, 69. Pop them in your runners and walk on the treadmill before you decide."),
  c("Left feels good. The right digs in at the arch a bit.", None), t3, c3],
 [o, t1, c1, t("These suit both, 69. I'll ring them up, card or cash?"),
  c("Card. Shouldn't I try them first? I've wasted money on insoles before.", "bad_experience"), t3, c3]))

o = c("hey which class would u recommend for me, never done yoga", None)
t2 = t("Thanks for saying. For a stiff back I'd start with Back Care on Wednesdays, slower, and the teacher gives options.")
c2 = c("back care sounds like me. how much tho, student budget", None)
t3 = t("First class 8 for newbies, then 14, or 10 with a student card. Mats free to borrow.")
c3 = c("cool ill come weds", None)
PAIRS.append(rpair("b178r_f08_brighton_yoga_dm",
 "Yoga studio, Brighton UK (Instagram DM): a student beginner asks which class.",
 [o, t("Hey! What are you hoping yoga does for you, and any injuries?"),
  c("bad lower back from sitting all day, want to be less stiff. also im not sporty at all lol", None), t2, c2, t3, c3],
 [o, t("Hey! You'll love Vinyasa Power, our most popular class, really dynamic, great workout!"),
  c("umm i have a bad lower back and im not sporty at all lol. is that ok", None), t2, c2, t3, c3]))

o = c("Hi, my hair has been thinning a lot since I had COVID last year. Do you do anything for that?", None)
t1 = t("Sorry, that's stressful. Has a doctor seen it, and is it all over or in patches?")
c1 = c("All over, mostly when I wash it. My doctor said it should grow back, but it's been a year.", None)
t3 = t("It's 650 a session, three sessions, and our doctor does a free consult first to check it's right for you.")
c3 = c("650 three times is a lot. I'd have to save for that.", "no_money")
PAIRS.append(rpair("b178r_f09_houston_medspa_hairloss",
 "Med-spa, Houston US (phone): post-COVID hair thinning.",
 [o, t1, c1, t("Shedding after illness often settles, but a year is long. We take a little of your blood, spin it to concentrate the healing part, and inject it into the scalp. It helps some people."),
  c("Injections in my scalp? How much is that?", None), t3, c3],
 [o, t1, c1, t("Sounds like TE, possibly unmasking AGA. We'd do PRP, three sessions, maybe with exosomes."),
  c("Sorry, I don't know what any of that means. How much is it?", None), t3, c3]))

o = c("Hi, I used to be a member years ago. I've just finished chemo and want to get some strength back. I'm a bit nervous.", None)
t1 = t("Welcome back, and well done getting through that. What would you like to do that's hard right now?")
c1 = c("Carry the shopping. Get up off the floor with my grandson. I get tired really quickly.", None)
t3 = t("If your oncology team gave you exercise advice, bring it in. Tess, trained in cancer rehab, will build a plan round it. First session's free.")
c3 = c("That sounds good. The membership was a lot last time, though, and I'm on a pension now.", "no_money")
PAIRS.append(rpair("b178r_f10_adelaide_gym_chemo",
 "Gym, Adelaide AU (front desk): a grandmother rejoining after chemotherapy.",
 [o, t1, c1, t("Shopping, the floor with your grandson, and you tire fast. We'd start with twenty minutes and build. Has your team said anything about exercise?"),
  c("They said gentle is good. They gave me a sheet.", None), t3, c3],
 [o, t1, c1, t("Oh, I get it, my mum had chemo in 2019. She couldn't get up the stairs and I moved home for a year. It was a really hard time for me."),
  c("Oh. I'm sorry. Um. Is she... is she okay now?", None), t3, c3]))
