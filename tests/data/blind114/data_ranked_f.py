"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t


def _f01():
    o = c("My cat's been sick three times this week. Hairballs, I think. Do you have that hairball paste?", None)
    t1 = t("We do. Before that, is it hair in the sick, or food? Is she eating and drinking normally?")
    c1 = c("Food mostly, right after she eats. She gulps it down. Otherwise she's fine.", None)
    t2 = t("Bringing food straight back after gulping is often eating too fast rather than hairballs. The paste won't hurt, but it may not be the whole answer.")
    c2 = c("Oh. I was sure it was hairballs, she's long-haired.", None)
    t2w = t("Right, so it's not hairballs, then. Food straight after eating is speed, not hair. The paste won't do anything.")
    c2w = c("She's a long-haired cat, it's obviously hair. I think I know my own cat.", None)
    t3 = t("Could be both. A slow-feeder bowl, £9, slows the gulping; keep the paste as backup. If she's sick more than twice a week after that, or stops eating, book the vet.")
    c3 = c("Fine, I'll take both.", None)
    return rpair("b114r_f01_vetuk_cat_vomiting_argues",
                 "Vet practice counter (UK): an owner asks for hairball paste; the worse nurse flatly contradicts her.",
                 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, t2w, c2w, t3, c3])


def _f02():
    o = c("Hi, I've just got back from Spain and left my wash bag with my sertraline in the hotel. I'm out. Can you do anything?", None)
    t1 = t("Sorry, that's stressful. What dose are you on, and which GP surgery?")
    c1 = c("A hundred milligrams, once a day. Riverside Medical. Last dose was Sunday morning.", None)
    t2 = t("Thanks. I can see your repeats, so I can give you a seven-day emergency supply while I request a new prescription from Riverside.")
    c2 = c("Oh thank god. I've started feeling dizzy.", None)
    t2w = t("I can see your repeats. I have to ask, though, we do get people 'losing' tablets. You're sure they were left in Spain?")
    c2w = c("Yes, I'm sure. Why would I make that up? It's an antidepressant, not sweets.", None)
    t3 = t("It's £9.90 for the emergency supply, and the new prescription should be ready Thursday.")
    c3 = c("Ten quid on top of the holiday, ugh. Fine, I need them.", "no_money")
    t4 = t("Take one today; the dizziness usually settles in a day or two. If it doesn't, ring us.")
    return rpair("b114r_f02_pharmacyuk_lost_sertraline_doubts",
                 "Community pharmacy (UK): a customer who left her antidepressants abroad asks for an emergency supply; the worse pharmacist doubts her.",
                 [o, t1, c1, t2, c2, t3, c3, t4], [o, t1, c1, t2w, c2w, t3, c3, t4])


def _f03():
    o = c("Hi, I'm just looking. My husband says I need hearing aids, but I've seen the prices online.", None)
    t1 = t("Looking is fine. What has your husband noticed, and do you notice anything yourself?")
    c1 = c("He says the TV's loud. I notice it at book club, when everyone talks at once.", None)
    t1w = t("Totally fair. Look, I can take 20% off any pair today, so the mid-range ones come down to about $2,800.")
    c1w = c("Oh. I don't even know that I need them. I haven't had a test.", "no_need")
    t2 = t("Then let's start with a free hearing test, about twenty minutes, and I'll show you what it means.")
    c2 = c("I've got time now, actually.", None)
    t3 = t("Great. Afterwards we only talk options if there's a loss, including over-the-counter ones.")
    c3 = c("Okay. Lead the way.", None)
    return rpair("b114r_f03_hearingus_just_looking_discount",
                 "Hearing-aid center (US): a wary browser; the worse specialist offers a discount before asking anything.",
                 [o, t1, c1, t2, c2, t3, c3], [o, t1w, c1w, t2, c2, t3, c3])


def _f04():
    o = c("Hey, a bit of my back tooth broke off last night. Doesn't hurt, but my tongue keeps catching it.", None)
    t1 = t("Thanks for calling. Any pain with hot, cold or biting?")
    c1 = c("No, just sharp. I'm a smoker if that matters, they always ask.", None)
    t2 = t("Good to know, thanks. Sharp but painless usually means a smoothing or a small filling. I have Wednesday at 11 or Friday at 2.")
    c2 = c("Friday at 2. How much is a filling without insurance? I'm between plans.", None)
    t2w = t("It does matter. Smoking weakens gums and teeth and is a major cause of mouth cancer. Have you thought about quitting? Anyway, Wednesday at 11 or Friday at 2.")
    c2w = c("I called about a tooth, not my lungs. Friday at 2. How much without insurance?", None)
    t3 = t("Booked, Friday at 2 with Dr. Amin. A small filling is $150 to $220 self-pay; she'll confirm before starting. Chew on the other side till then.")
    c3 = c("Okay. Thanks.", None)
    return rpair("b114r_f04_dentalus_chipped_molar_lecture",
                 "Dental office phone (US): a smoker with a broken tooth; the worse receptionist gives an unasked lecture.",
                 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, t2w, c2w, t3, c3])


def _f05():
    o = c("Hi, my mum's had a mild stroke and comes home next week. The hospital gave me your number. She's very independent, she'll hate this.", None)
    t1 = t("Sorry to hear that. What will she need help with at home?")
    c1 = c("Her right hand's weak, so cooking and dressing, mainly. She walks with a stick.", None)
    t2 = t("So meals and dressing. A morning visit for dressing and breakfast and a teatime one for a hot meal usually works. Each is £26 for 45 minutes.")
    c2 = c("Two a day is over three hundred a week, she's very careful with money. Maybe mornings to start? And what happens next if we go ahead?", "too_expensive")
    t3 = t("Mornings to start is fine. Next, our care manager, Helen, visits her the day after discharge, with you there if you can be, to agree the plan with her. I'll ring you Monday at ten to fix the time.")
    c3 = c("Good, she'll want a say. Monday at ten.", None)
    t3w = t("Mornings to start is fine. We'll be in touch nearer the time and take it from there.")
    c3w = c("Okay... when, roughly? She's home on Thursday.", None)
    return rpair("b114r_f05_homecareuk_stroke_vague_next",
                 "Home-care agency (UK): a son arranges care for his mother after a stroke; the worse coordinator leaves the next step vague.",
                 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, t2, c2, t3w, c3w])


def _f06():
    o = c("I've broken my only glasses and I'm flying to my daughter's in Canada on Saturday. Is there any hope?", None)
    t1 = t("Let's see. What do you use them for, and when was your last test?")
    c1 = c("Everything, they're varifocals. Reading, driving, the lot. I had my test here in March.", None)
    t2 = t("March is recent, good. For the frame, the same again, or whatever's quickest?")
    c2 = c("Whatever's quickest. And not silly money, I've just paid for the flights.", None)
    t3 = t("Honestly, varifocals take seven to ten days from the lab, so I can't promise Saturday. I can do distance glasses by Friday, £79, plus readers for the flight, and post the varifocals to Canada.")
    c3 = c("Two pairs is a faff, but it's honest. Let's do that.", None)
    t3w = t("Don't worry, I'll get the varifocals rushed through; they'll definitely be here Friday. £149 in our quickest frame.")
    c3w = c("Oh, wonderful. You're sure? I can't be without them in Canada.", None)
    return rpair("b114r_f06_optician_varifocals_before_flight",
                 "Optician (UK): a customer who broke her varifocals flies on Saturday; the worse optician over-promises.",
                 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, t2, c2, t3w, c3w])


def _f07():
    o = c("Hi, I'm here to pick up my hearing aids. Bit nervous, honestly, I've never worn anything in my ears.", None)
    t1 = t("That's normal. Let's pop them in... How do they feel? Any pressure or itch?")
    c1 = c("Odd, like earplugs. My own voice sounds like I'm in a barrel.", None)
    t2 = t("That's common at first; I'll open the vents a touch. Try now: say your name and count to five.")
    c2 = c("Better. Still a bit hollow, but better.", None)
    t3 = t("Good. Before anything else, let's step into the waiting room, with the TV and chatter, and check you can follow me there.")
    c3 = c("Oh, it's noisy out here. But I can hear you fine, and the TV's clear.", None)
    t3w = t("Good. So that's the $2,400 balance today. Card or check?")
    c3w = c("Already? I've had them in two minutes. I'm not sure they're right yet.", "think_it_over")
    t4 = t("You have 45 days to return or adjust them, and I'll see you in two weeks to fine-tune.")
    return rpair("b114r_f07_hearingus_fitting_payment",
                 "Hearing-aid center (US): a first-time wearer collects her aids; the worse audiologist takes payment before checking them in real noise.",
                 [o, t1, c1, t2, c2, t3, c3, t4], [o, t1, c1, t2, c2, t3w, c3w, t4])


def _f08():
    o = c("What's the best thing for sleep? I haven't slept properly in two weeks.", None)
    t1 = t("Sorry, that's rough. Before I suggest anything: is it falling asleep, or waking in the night? Any other medicines?")
    c1 = c("Waking at 3 a.m., mind racing, work stuff. I take blood pressure pills, that's it.", None)
    t1w = t("ZzzQuil or the store-brand diphenhydramine, $7.99, works for most people. One at bedtime.")
    c1w = c("Is that okay with my blood pressure pills? And I fall asleep fine, it's 3 a.m. that's the problem.", None)
    t2 = t("Thanks, that matters. Diphenhydramine can leave you groggy and does little for 3 a.m. waking. Low-dose melatonin, $6, is gentler. Which blood pressure pill?")
    c2 = c("Lisinopril.", None)
    t3 = t("Fine with melatonin. Two weeks of 3 a.m. racing thoughts is worth mentioning to your doctor too; stress and sleep go together.")
    c3 = c("Yeah. Melatonin for now, I'll call her if it keeps up.", None)
    return rpair("b114r_f08_pharmacyus_sleep_aid_recommends_first",
                 "Pharmacy (US): a stressed customer asks for a sleep aid; the worse pharmacist recommends before asking.",
                 [o, t1, c1, t2, c2, t3, c3], [o, t1w, c1w, t2, c2, t3, c3])


def _f09():
    o = c("Hi, the vet said my cat's lost weight and wants blood tests. I didn't really follow. What are they for, and what will it cost?", None)
    t1 = t("Happy to go through it. How old is she? Drinking or eating more than usual?")
    c1 = c("She's fourteen. Drinking loads. Eating like a horse but getting thinner.", None)
    t2 = t("In older cats those signs most often mean an overactive thyroid, kidney trouble or diabetes. The bloods check all three, and a urine sample shows how her kidneys are coping. Together it's £148.")
    c2 = c("That makes sense. But £148 is a lot, we've had the car fixed this month.", "no_money")
    t2w = t("Right, so with PU/PD and weight loss in a geriatric, he wants haem, full biochem, T4, SDMA and a UPC. Together it's £148.")
    c2w = c("Sorry, I didn't get any of that. And £148 is a lot, we've had the car fixed this month.", "no_money")
    t3 = t("We can split it: thyroid and kidney bloods today, £95, and the urine next week if needed. The vet phones with results in two days.")
    c3 = c("Let's do that.", None)
    return rpair("b114r_f09_vetuk_senior_cat_bloods_jargon",
                 "Vet practice (UK): an owner asks what her old cat's blood tests are for; the worse nurse answers in jargon.",
                 [o, t1, c1, t2, c2, t3, c3], [o, t1, c1, t2w, c2w, t3, c3])


def _f10():
    o = c("Hi, I want to quit smoking. My grandson asked me to. Is there anything you can do here?", None)
    t1 = t("That's a lovely reason. Yes, we run a free stop-smoking service. How much do you smoke, and have you tried before?")
    c1 = c("Twenty a day, forty years. Tried patches once, gave me horrible dreams, packed it in after a week.", "bad_experience")
    t2 = t("The dreams are common if patches stay on overnight; you can take them off at bedtime. When do you crave most?")
    c2 = c("First thing with my tea, and after meals.", None)
    t2w = t("Oh, I know exactly. I smoked twelve years myself and had mad dreams on patches, I was flying over Blackpool! What got me through was running, I ended up doing the Great North Run...")
    c2w = c("Good for you, love. I've had a knee replacement, I'm not running anywhere.", None)
    t3 = t("Okay. A patch off at night, plus a mouth spray for the morning tea and after meals. It's free, and we'd see you weekly for twelve weeks.")
    c3 = c("Weekly's a lot, I mind my grandson three days.", "no_time")
    t4 = t("We can do phone check-ins on those days. Shall we start Monday?")
    return rpair("b114r_f10_pharmacyuk_stop_smoking_self_talk",
                 "Pharmacy stop-smoking service (UK): a grandmother wants to quit; the worse adviser talks about himself.",
                 [o, t1, c1, t2, c2, t3, c3, t4], [o, t1, c1, t2w, c2w, t3, c3, t4])


PAIRS = [_f01(), _f02(), _f03(), _f04(), _f05(), _f06(), _f07(), _f08(), _f09(), _f10()]
