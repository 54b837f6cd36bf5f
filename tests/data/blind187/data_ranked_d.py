"""Ranked pairs d01-d10: two decent conversations, `better` better in a way a sales coach would agree with. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01 ---------------------------------------------------------------------------
o = c("Hi, I'd like to book one of your full MOT blood tests. The big one. I've been knackered for months.", None)
PAIRS.append(rpair(
    "b187r_d01_uk_manchester_gp_bloods",
    "A 38-year-old man phones a private GP clinic in Manchester asking for the full 'MOT' blood panel because he has been tired for months.",
    better=[
        o,
        t("Happy to help. Before I book the big panel, can I ask a bit about the tiredness? How long, and is it lack of sleep, or tired even after a full night?"),
        c("About four months. I mean, I'm up with the baby, she's six months. But even at weekends when my wife does the nights I wake up shattered.", None),
        t("So four months, and even the good nights don't fix it. The full MOT is £299 and tests about forty things, most of which won't explain tiredness. A GP consultation at £95 would check the targeted ones, thyroid, iron, B12, sugar, for about £110 more, and look at sleep, mood and the rest. For tiredness that's usually cheaper and more useful."),
        c("Oh. I assumed the big one was better. My mate did it and it all came back normal and he was none the wiser.", None),
        t("That's quite common. Shall I book the GP first? There's Thursday at 7.30am before work, or Saturday morning."),
        c("Saturday, please, then my wife can have the baby.", None),
        t("Saturday at 9.15 with Dr Amin. If she orders bloods, we can take them at the same visit."),
    ],
    worse=[
        o,
        t("Of course. The full MOT is £299. It tests about forty markers including thyroid, iron, vitamin D, liver, kidney and cholesterol, with results in 48 hours and a doctor's summary."),
        c("Sounds good. That's a lot of money though. Is it worth it?", "too_expensive"),
        t("It's our most popular test, and it's very thorough. If anything comes back abnormal, the doctor will recommend a follow-up consultation, which is £95."),
        c("Okay. Can I do it Saturday?", None),
        t("Yes, Saturday at 9.15. Please fast for eight hours beforehand."),
        c("Great, see you then.", None),
    ],
))

# d02 ---------------------------------------------------------------------------
o = c("So the doc says crown. Fifteen hundred, right? I don't have dental insurance. Is there anything cheaper, or am I stuck?", None)
PAIRS.append(rpair(
    "b187r_d02_us_sacramento_dental_crown",
    "After an exam at a family dental office in Sacramento, an uninsured patient with a cracked old filling is told a crown is recommended and asks for cheaper options.",
    better=[
        o,
        t("Fair question. Let me explain why the doctor suggested a crown, then the alternatives. The old filling covers more than half the tooth and there's a crack. Does it hurt when you bite, or with cold?"),
        c("Sometimes a zing with cold stuff. Biting's okay.", None),
        t("No pain on biting is a good sign. So, options: a crown at $1,480, which protects the tooth best. A large new filling, about $320, cheaper now but more likely to crack again, and if it splits badly you could lose the tooth. Or an onlay, about $900, in between. Our in-house membership takes 20% off any of them, at $29 a month."),
        c("Hmm. Nine hundred's still a lot. And my last crown, at another place, fell off after two years.", "bad_experience"),
        t("That's frustrating, and worth asking about. Ours come with a five-year guarantee in writing. If you want time, this can wait a few weeks as long as it doesn't start hurting when you bite. I'll print all three options with prices."),
        c("Yeah, print it. I'll think about it and call.", "think_it_over"),
    ],
    worse=[
        o,
        t("Yes, the doctor recommends a crown because of the crack and the size of the old filling. It's $1,480. We have payment plans through a medical credit card, twelve months with no interest."),
        c("Twelve months, so about one twenty-five a month. That's still a stretch for me.", "no_money"),
        t("I understand. You could also do a large filling for around $320, but the doctor thinks the crown is the better long-term option."),
        c("I'll think about it.", "think_it_over"),
        t("Sure. Here's the treatment plan, just call us to book when you're ready."),
        c("Thanks.", None),
    ],
))

# d03 ---------------------------------------------------------------------------
o = c("Good morning. My doctor said I should come about my balance. I had a tumble in the garden in May. I'm not sure what you can do at my age, dear.", None)
PAIRS.append(rpair(
    "b187r_d03_ca_halifax_physio_falls",
    "An 84-year-old widow comes to the front desk of a physiotherapy clinic in Halifax, Nova Scotia, after a fall; her doctor suggested balance work and she is wary.",
    better=[
        o,
        t("Good morning. There's a lot we can do at any age, and take all the time you like. Please, have a seat. Can you tell me how the fall happened?"),
        c("I was bending to the tomatoes and I just... went. Nothing broken, thank the Lord. But I'm nervous on the stairs now.", None),
        t("That's very understandable. So the stairs are what worry you most now. Do you live alone, and how do you usually get about?"),
        c("Alone, since Harold died. My neighbour drives me on Tuesdays. I don't drive any more.", None),
        t("Then Tuesdays it is. Our balance class is Tuesday at ten, six weeks, $25 a session, and your physio would start with a one-to-one to look at your stairs at home. Some of it may be covered for seniors; I'll check for you. Would you like to try the first one and see?"),
        c("Just the first one. I'll see how I get on.", None),
    ],
    worse=[
        o,
        t("Good morning! Lots of our patients are in their eighties, so don't worry. We have a six-week balance program, Tuesdays and Thursdays at ten, $25 a session."),
        c("Twice a week? I don't drive any more, dear. My neighbour only takes me on Tuesdays.", "no_time"),
        t("That's fine, you can do Tuesdays only. The program covers strength, balance and walking, and you get exercises to do at home."),
        c("Alright then, Tuesdays. I'm not sure I'll be much good at it.", None),
        t("You'll be fine. I'll book you in for next Tuesday at ten."),
        c("Thank you, dear.", None),
    ],
))

# d04 ---------------------------------------------------------------------------
o = c("Look, I'll tell you now, I had hearing aids. Ten years ago. Paid R30,000 and they were useless in the wind, whistled in church, and my ears itched. They're in the cupboard.", None)
PAIRS.append(rpair(
    "b187r_d04_za_stellenbosch_hearing_sceptic",
    "A retired farmer of 71 with moderate hearing loss is brought to a hearing practice in Stellenbosch by his wife; aids he bought ten years ago failed him.",
    better=[
        o,
        t("Thanks for telling me, that helps more than you'd think. Which bothered you most: the wind, the whistling or the itching?"),
        c("The wind. I'm outside all day, with the dogs, in the vineyard. They roared like a tractor.", None),
        t("Outside all day, so wind noise ruins it. Ten years ago that was a real weakness. Newer aids handle wind much better and an open fit helps with the itching, but I won't pretend they're perfect outdoors. Where would you most like to hear better?"),
        c("My wife. At the table at night. And the grandchildren on the phone from Perth.", None),
        t("So dinner at home and phone calls. That's where aids do best. I'd suggest you try a pair for two weeks, at home and outside, before paying anything. If the wind is still bad, you give them back."),
        c("Two weeks. Ja, okay, but I'm not promising anything.", None),
    ],
    worse=[
        o,
        t("I understand. Technology has come a long way since then. The new models have wind-noise reduction, feedback cancellation so there's no whistling, and rechargeable batteries."),
        c("They all say that. What do they cost?", "bad_experience"),
        t("Our mid-range pair is R34,000, and your medical aid may pay part of it every three years. They come with a three-year warranty."),
        c("More than last time. I'll have to think about it.", "think_it_over"),
        t("Of course. Would you like to try them on before you go, so you can hear the difference?"),
        c("Ja, alright, quickly.", None),
    ],
))

# d05 ---------------------------------------------------------------------------
o = c("Right, so he needs glasses. Can we just get normal ones? I've got to get his sister from swimming in twenty minutes.", None)
PAIRS.append(rpair(
    "b187r_d05_uk_guildford_optician_child_myopia",
    "At an optician in Guildford a rushed mother hears that her nine-year-old is short-sighted and getting worse quickly; she asks for 'just normal glasses'.",
    better=[
        o,
        t("We can, and I'll be quick. One question that matters: the optometrist saw his eyes have changed a lot in a year. Does he spend much time on screens or reading up close?"),
        c("Gaming, loads. And he reads in bed with a torch. Is that bad?", None),
        t("It's very common, and not your fault. Time outdoors helps slow it down, about two hours a day. There are also special lenses that slow the change, about £220 a year, against nothing to a little for normal glasses with the NHS voucher. You don't need to decide today."),
        c("Two hundred and twenty a year. That's a lot. Let me read up on it and talk to his dad.", "think_it_over"),
        t("Of course. We'll do standard lenses today on the voucher, I'll give you a leaflet on the others, and book a six-month check to see how fast it's changing."),
        c("Perfect. Quick, let's pick a frame.", None),
    ],
    worse=[
        o,
        t("Absolutely. With the NHS voucher you can choose any frame from this wall and pay nothing. The kids' range is over here, they're flexible so they don't snap."),
        c("Brilliant. Jack, pick one. Quickly, love.", None),
        t("Lovely choice. They'll be ready in a week, we'll text you. Bring him back in a year for his next test."),
        c("Great, thanks. Let's go.", None),
        t("Bye, Jack! See you next week."),
    ],
))

# d06 ---------------------------------------------------------------------------
o = c("Hi, I'm self-employed, I do hair. I just need the cheapest plan, honestly. Something in case I get hit by a bus.", None)
PAIRS.append(rpair(
    "b187r_d06_us_atlanta_marketplace_plan",
    "A 34-year-old self-employed hairstylist at an enrollment navigator office in Atlanta, Georgia, asks for the cheapest marketplace health plan.",
    better=[
        o,
        t("I can show you the cheapest. First, a couple of quick questions so it doesn't bite you later. Do you take any regular medications, or see doctors you'd want to keep?"),
        c("I take asthma inhalers, two different ones. And I see Dr. Owens for that, maybe three times a year.", None),
        t("That matters. The cheapest bronze plan is $89 a month after your subsidy, but with a $7,000 deductible your inhalers would be full price until you hit it, roughly $300 a month. A silver plan at $164 covers them with a $25 copay, and Dr. Owens is in-network. Over the year silver comes out about $2,500 cheaper for you."),
        c("Whoa. Okay, I'd never have caught that. But one sixty-four is more than I wanted to spend every month.", "too_expensive"),
        t("That's fair. At your income you might qualify for extra cost-sharing help on silver, which lowers the deductible too. Let me check it with your estimate, it takes two minutes."),
        c("Okay, yeah, check it.", None),
    ],
    worse=[
        o,
        t("Sure. Based on your income, the lowest-cost bronze plan is $89 a month after your subsidy. The deductible is $7,000, so it's mostly for emergencies."),
        c("That's fine. I'm healthy, mostly. I've got asthma but it's under control.", None),
        t("Okay. Bronze plans cover preventive care free, and you'd get the plan's negotiated rate on prescriptions. Want me to enroll you in that one?"),
        c("Yeah, let's do that.", None),
        t("Done. Your card will come in the mail in about two weeks."),
        c("Thanks!", None),
    ],
))

# d07 ---------------------------------------------------------------------------
o = c("Morning. My chronic script, please. And can you give me something for this cough? Dry, tickly, going two months now. Nothing helps.", None)
PAIRS.append(rpair(
    "b187r_d07_za_durban_pharmacy_bp_cough",
    "A 60-year-old man collecting his blood pressure medication at a pharmacy in Durban North asks for something for a two-month dry cough.",
    better=[
        o,
        t("Morning. Two months is a long time. Which blood pressure tablet are you on, and when did you start it?"),
        c("Let me see... Enalapril. The doctor changed me to it in, I think, March.", None),
        t("That's a useful clue. A dry cough is a known side effect of that tablet for some people, and cough syrup won't fix it. Please don't stop it yourself, but your doctor can switch you to a different kind that doesn't do this. Did the cough start after the change?"),
        c("Actually, ja, about then. Agh, I don't want to pay for another doctor visit though, it's R450 every time.", "no_money"),
        t("Understood. I can write a note for your doctor explaining it, and many rooms will change a script from a note and a phone call. Shall I phone his rooms now while you wait?"),
        c("Please, that would help a lot.", None),
    ],
    worse=[
        o,
        t("Morning. Here's your script. For a dry cough, this syrup is good, it calms the tickle. R89. Take it at night."),
        c("I've tried two syrups already. Nothing.", "bad_experience"),
        t("Then it might be worth seeing your doctor, if it's been two months. It could be a number of things, even one of your medicines."),
        c("Ag, another R450. I'll see.", "no_money"),
        t("It's worth it for peace of mind. Anything else today?"),
        c("No, that's all.", None),
    ],
))

# d08 ---------------------------------------------------------------------------
o = c("Hello, good evening from Bangalore. My mother, she's seventy-six, had a small stroke last month. She is home now in Brampton. I want someone to look after her. Full time if possible. Money is not the issue.", None)
PAIRS.append(rpair(
    "b187r_d08_ca_brampton_home_care_son_abroad",
    "A son in Bangalore video-calls a home care agency in Brampton, Ontario, to arrange full-time care for his widowed mother after a minor stroke.",
    better=[
        o,
        t("Good evening. I'm sorry about your mother. Before we talk about hours, what can she do on her own now, and what does she find hard?"),
        c("She can walk with a stick. Cooking is hard, her right hand is weak. She gets confused with her tablets. She says she doesn't need anyone, she is very independent.", None),
        t("So cooking and medication are the real risks, and she values her independence. Has anyone asked her what help she would accept? Full-time care for someone who doesn't want it often ends with the carer being sent away."),
        c("Honestly, no. I was just panicking. She would accept help with cooking, maybe. She likes Punjabi food, not hospital food.", None),
        t("Then a practical start could be two hours at lunchtime, a carer who cooks with her, ideally one who speaks Punjabi, plus a pharmacy blister pack for the tablets. That's around $70 a day. We'd visit her first, with you on video, and review after two weeks."),
        c("That sounds much better than what I imagined. Let me discuss with my sister in Mississauga, she's nearer.", "think_it_over"),
    ],
    worse=[
        o,
        t("Good evening, sorry to hear that. We can arrange full-time live-in care: a carer lives with her and helps with meals, bathing, medication and outings. It's $395 a day."),
        c("Okay. She may not like a stranger living there. She is very independent.", None),
        t("That's common at first, but most clients settle within a few weeks. We match carers carefully, and we have Punjabi-speaking staff."),
        c("Okay, that's good. Let me talk to my sister first, then we proceed.", "think_it_over"),
        t("Of course. I'll email you the contract and the care plan so you have them ready."),
        c("Thank you, please send.", None),
    ],
))

# d09 ---------------------------------------------------------------------------
o = c("Hi, I found a lump in my breast on Sunday and I want a scan as soon as possible. Can you fit me in this week? I'll pay, whatever it is.", None)
PAIRS.append(rpair(
    "b187r_d09_uk_bristol_scan_breast_lump",
    "A 42-year-old woman phones a private ultrasound clinic in Bristol to book a breast scan two days after finding a lump; she has not seen her GP.",
    better=[
        o,
        t("I'm sorry, that must be frightening. Yes, we can. Can I just check, have you been able to speak to your GP about it yet?"),
        c("No, I rang and the earliest was in three weeks. I can't sit on it for three weeks.", None),
        t("Understood. So you know your options: if you tell the GP receptionist it's a new breast lump, they should see you urgently, and the GP can refer you to the NHS breast clinic within two weeks, where you'd get an exam, scan and biopsy if needed, often the same day. Our ultrasound is £195 on Thursday at 4, but if it shows something you'd still need a referral for a biopsy."),
        c("I didn't know they had to see me faster. But I'd still rather not wait. Can I do both?", None),
        t("Absolutely. I'll book Thursday at 4 and send the report to your GP as well, so nothing gets lost. And ring the surgery back today and say 'new breast lump'."),
        c("Thank you. Thursday at four. I'll ring them now.", None),
    ],
    worse=[
        o,
        t("I'm sorry to hear that. Yes, we have Thursday at 4pm. A breast ultrasound is £195, and the report comes the same day."),
        c("Thursday's fine. Do I need a referral?", None),
        t("You can self-refer, our radiologist will report directly to you. If anything needs following up, they'll advise you to see your GP."),
        c("Okay, book me in.", None),
        t("Booked, Thursday at 4. Please bring some ID."),
        c("Thank you.", None),
    ],
))

# d10 ---------------------------------------------------------------------------
o = c("Hi, I'm here for my flu shot. And my friend Barbara said I should get the shingles one too. She said it knocked her flat for two days.", None)
PAIRS.append(rpair(
    "b187r_d10_us_tucson_pharmacy_shingles",
    "A 67-year-old woman at a pharmacy clinic in Tucson, Arizona, comes for a flu shot and asks about the shingles vaccine a friend had.",
    better=[
        o,
        t("Happy to do the flu shot. On shingles, Barbara's not wrong: many people feel rough for a day or two afterwards, sore arm, tired, achy. Have you had chickenpox or shingles before?"),
        c("Chickenpox as a kid. Never shingles. My sister had it and she said it was the worst pain of her life.", None),
        t("That's the reason people get the vaccine. It's two doses, two to six months apart. Before we do it, let me check your Medicare Part D plan, since that's what covers it and the price depends on the plan. Is your card with you?"),
        c("Here. If it's expensive I might just wait.", "too_expensive"),
        t("Good news, your plan covers it at $0. Do you have anything on in the next couple of days? You may feel tired, so you could do flu today and shingles another day."),
        c("My granddaughter's birthday party is Saturday. Let's do the flu today and the shingles next week.", None),
    ],
    worse=[
        o,
        t("Sure. We can do both today, one in each arm. The shingles vaccine is two doses, the second two to six months later."),
        c("Both today? Barbara was flat for two days with just the shingles one.", "bad_experience"),
        t("Some people get side effects, but they pass quickly. It's very effective, over 90% protection."),
        c("Alright, I guess. How much is it?", None),
        t("It'll go through your insurance. Let me get the paperwork."),
        c("Okay.", None),
    ],
))
