"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it. Written by hand for blind67 (prefix b67)."""
from common import c, rpair, t

PAIRS = []

# f01 gym, Dublin -- fault: drops the price before asking anything
o = c("Hi, just wondering about membership. What are your prices?", None)
t1_good = t("Happy to go through them. Standard's 59 a month, but there are a few options depending on when you'd train. Can I ask a couple of things so I don't sell you the wrong one?")
c1_good = c("Go on. I don't even know what I need yet, to be honest.", None)
t1_bad = t("Standard's 59 a month, but honestly, I can do it for 39 for you if you join today, and no joining fee either.")
c1_bad = c("Oh. Right. That's a big drop... makes me wonder what's wrong with it. I don't even know what I need yet.", None)
t2 = t("Fair enough. What are you hoping to get out of it, and when would you be able to train?")
c2 = c("I'm getting back into it after having my daughter. Mornings after the school run, three times a week maybe. Bit nervous about the gym floor, to be honest.", None)
t3 = t("Loads of people feel that coming back. Off-peak covers weekdays until four, and it includes an induction with a trainer who sets you up a plan, so you're not wandering around the floor. There's also a buggy-fit class on Tuesdays.")
c3 = c("That sounds more like me. How much is off-peak?", None)
t4 = t("Off-peak is 35 a month. I can book your induction for a morning next week, and you can try it for a week before signing anything.")
PAIRS.append(rpair(
    "b67r_f01_dublin_gym_membership",
    "A new mother asks a gym about prices (Dublin, Ireland). Fault in worse: the trainee cuts the price before asking anything.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3, t4],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3, t4],
))

# f02 bank, Accra -- fault: doubts the customer's honesty
o = c("Good morning. I want to open a business account for my catering company. I have been trading two years, but only cash and mobile money so far.", None)
t1 = t("Good morning, and congratulations on two years. What made you decide to open a business account now?")
c1 = c("I got a contract to supply lunches to a school, and they can only pay into a business account. The first payment is end of the month.", None)
t2_good = t("That's a good reason, and end of month is doable. We'll need your business registration, your Ghana Card and proof of the business address. Do you have the registration certificate?")
c2_good = c("Yes, I registered last year with the Registrar-General. I have the certificate here, and the contract letter from the school.", None)
t2_bad = t("A school contract, just like that, after two years of cash only? You'll understand we must be careful, many people come in with stories like that. Can you actually prove the contract exists?")
c2_bad = c("Stories? I have the signed contract here in my bag. I registered the business last year with the Registrar-General. Why would I lie to you?", None)
t3 = t("Thank you, that's everything we need to start. The account is 50 cedis a month, waived for the first three months, and it can be active within three working days, before the school payment comes in.")
c3 = c("Fifty a month is a lot for a small business like mine. Mobile money costs me almost nothing.", "too_expensive")
t4 = t("That's fair, and you can keep mobile money for small customers; the account is mainly for the school and bigger clients. If you like, we'll review the fees together after three months, when you see how much goes through it.")
PAIRS.append(rpair(
    "b67r_f02_accra_business_account",
    "A caterer opens her first business account to receive a school contract payment (Accra, Ghana). Fault in worse: the trainee doubts her honesty.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f03 IT support, Stockholm -- fault: unexplained jargon
o = c("Hi, I run a dental practice with six staff in Sodermalm. Our IT guy retired, and last week nobody could open the patient records for half a day. I need someone to look after our computers.", None)
t1 = t("Half a day without patient records must have been awful. Do you know what happened?")
c1 = c("The server in the back room restarted by itself and then didn't come back. The old IT guy fixed it by phone in the end. I'm not technical at all.", None)
t2_good = t("Then I'll keep it plain. That one server is a weak spot: if it stops, everything stops. I'd suggest two things. We watch it remotely, so we know something's wrong before you do, and we keep a copy of the records safely outside the building, so a dead server never means lost records.")
c2_good = c("Yes, that makes sense. Losing the records is exactly what I'm afraid of.", None)
t2_bad = t("Sounds like your on-prem box has no redundancy. I'd suggest our managed tier with RMM, immutable off-site backup with a four-hour RTO and fifteen-minute RPO, and we'd migrate you to Entra ID with conditional access.")
c2_bad = c("I'm sorry, I understood maybe one word of that. Is that a yes, you can help us?", None)
t3 = t("Yes, we can help. For six staff and the server it's 4,900 kronor a month, with a guaranteed response within two hours in opening hours. We'd start with a free check of the server and the backups.")
c3 = c("Hmm. The old IT guy charged by the hour, maybe 2,000 a month. This is more than double.", "too_expensive")
t4 = t("It is more. The difference is we'd watch it every day instead of waiting for it to break. Let's do the free check first so you see what state it's in before deciding anything. Would Thursday after closing work?")
PAIRS.append(rpair(
    "b67r_f03_stockholm_dental_it_support",
    "A non-technical dentist looks for IT support after a server failure (Stockholm, Sweden). Fault in worse: unexplained jargon.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f04 kitchen renovation, Sydney -- fault: over-promises
o = c("Hi, we want to redo our kitchen, it's original from the 80s. Our daughter's wedding reception is at our place on 14 December, so it really needs to be done by then.", None)
t1 = t("Lovely, congratulations. So the date that matters is the 14th of December. What are you hoping to change, a refresh or moving things around?")
c1 = c("Moving the sink to the island, new cabinets, stone benchtops. We've got about 45,000 put aside.", None)
t2_good = t("I'll be straight with you: moving the plumbing to an island plus stone benchtops is usually ten to twelve weeks from sign-off, and the stone alone takes four. Starting early September, December is doable but tight, so I'd plan it so the kitchen is usable even if the benchtops are last in.")
c2_good = c("Okay, that's honest. Tight, but I'd rather know now.", None)
t2_bad = t("No problem at all, we'll have you in well before the wedding, guaranteed. Sink to the island, cabinets, stone tops, we do it all in-house, six weeks tops, and it'll come in under 45.")
c2_bad = c("Six weeks? The last builder told us six weeks for the bathroom and it took four months.", "bad_experience")
t3 = t("Can I come and measure up this week, so I can give you a proper quote and a timeline on paper with the key dates?")
c3 = c("Yes. Thursday afternoon, my husband's home then. He'll want to see the numbers in writing before we commit to anything.", None)
t4 = t("Thursday at three, then. I'll bring benchtop samples and a draft schedule counting back from the 14th.")
PAIRS.append(rpair(
    "b67r_f04_sydney_kitchen_renovation",
    "A couple want their kitchen renovated before a family wedding at home (Sydney, Australia). Fault in worse: the trainee over-promises time and price.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f05 piano teacher, Vienna -- fault: talks about themselves instead of the customer
o = c("Hello, my son is nine and he wants to learn piano. He is very... energetic. He quit football and judo already. I'm not sure it will last.", None)
t1 = t("Thank you for telling me, that helps. What made him want to learn piano?")
c1 = c("He heard a soundtrack, from a video game I think, and now he plays it on his grandmother's keyboard by ear, with one finger, every day.", None)
t2_good = t("Playing by ear every day is a good sign. For a child like that I'd start with pieces he wants to play, that soundtrack included, and short lessons of 30 minutes so it never becomes a chore. Do you have an instrument at home?")
c2_good = c("Only his grandmother's little keyboard. We don't want to buy a piano if he quits after three months.", None)
t2_bad = t("Ah, I was the same! I started at six, my mother forced me, and I hated it until I discovered Chopin at twelve. Then I studied eight years at the conservatory here, and I've taught for fifteen. I've had many energetic students.")
c2_bad = c("I see... that's nice. But he is nine, and I don't know if he will last three months. We only have his grandmother's little keyboard.", None)
t3 = t("That's sensible. A 61-key keyboard is enough for the first months. Let's do a trial month, four lessons of 30 minutes for 120 euros, and see if he still wants to come.")
c3 = c("120 for one month... I have to talk to my husband first, he thinks it is just a phase.", "think_it_over")
t4 = t("Of course. If it helps, the first lesson is free, so he can try it before you both decide. Would Wednesday after school work?")
PAIRS.append(rpair(
    "b67r_f05_vienna_piano_lessons",
    "A mother asks a piano teacher about lessons for a restless nine-year-old (Vienna, Austria). Fault in worse: the teacher talks about herself.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f06 pharmacy, Manila -- fault: an unasked lecture
o = c("Hi po, I need something for cough, for me. I have cough for one week already, mostly at night.", None)
t1 = t("Sorry to hear that. Is it a dry cough or with phlegm? And do you have any fever?")
c1 = c("Dry, no phlegm. No fever. It's worse when I lie down. I smoke a little, maybe five a day.", None)
t2_good = t("Okay, thank you. I can give you something to calm the dry cough at night. Since it's already a week, if it isn't better in another week, or you get fever or chest pain, please see a doctor. Are you taking any other medicine?")
c2_good = c("No other medicine. Okay, I'll watch it.", None)
t2_bad = t("Well, the smoking is the real problem, you know. Even five a day damages your lungs: cancer, heart disease, emphysema. You really should quit, cough syrup is just covering it up.")
c2_bad = c("I know, I know. I didn't ask for that. I just want to sleep tonight.", None)
t3 = t("This one is a dry-cough syrup, 10 ml at night, 185 pesos. It can make you a bit sleepy, so no driving after.")
c3 = c("Do you have the generic? My doctor before always gave me generic.", None)
t4 = t("Yes, the generic with the same ingredient is 95 pesos and works the same. I'll give you that one. And if the cough is still there next week, see a doctor, okay?")
PAIRS.append(rpair(
    "b67r_f06_manila_pharmacy_cough",
    "A customer asks a pharmacist for cough medicine (Manila, Philippines). Fault in worse: an unasked lecture about smoking.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f07 print shop, Nairobi -- fault: vague next step
o = c("Hello, I need 500 flyers and a banner for my shop opening on Saturday. Can you do it by Friday?", None)
t1 = t("Congratulations on the opening! Yes, Friday is possible if we start today. Do you have the design, or do you need us to do it?")
c1 = c("I have the logo only. I need someone to make the flyer. The banner is for outside, two metres.", None)
t2 = t("Our designer can do both from your logo. 500 A5 flyers full colour is 6,500 shillings, the banner with eyelets 4,000, and design 2,000 for both.")
c2 = c("12,500 total. It's a bit much, the guy on River Road said 9,000.", "too_expensive")
t3_good = t("River Road is cheaper, it's true. Ours is weatherproof vinyl and Friday is certain. Here's the plan: send me the logo and the text on WhatsApp now, the designer sends a draft by 3 pm tomorrow, you approve by 5, we print Thursday, and you collect Friday from 10.")
c3_good = c("Okay, that's clear. I'm sending the logo now.", None)
t3_bad = t("River Road is cheaper, it's true. Ours is weatherproof vinyl. Just send us the stuff whenever you can, and we'll be in touch and let you know.")
c3_bad = c("Whenever? The opening is Saturday. When do I see the design, and when do I collect?", None)
t4 = t("Pay half now by M-Pesa and half on collection. I'll confirm on WhatsApp as soon as your logo arrives.")
PAIRS.append(rpair(
    "b67r_f07_nairobi_flyers_banner",
    "A shop owner needs flyers and a banner before Saturday's opening (Nairobi, Kenya). Fault in worse: a vague next step.",
    better=[o, t1, c1, t2, c2, t3_good, c3_good, t4],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad, t4],
))

# f08 electricity supplier, Edinburgh -- fault: argues with the customer
o = c("Hi, I got a letter saying my fixed tariff ends next month. I'm thinking of just going onto whatever the standard one is. I don't like being tied in.", "no_need")
t1 = t("Thanks for calling before it ends. Can I ask what's put you off being tied in?")
c1 = c("Last time I fixed, prices dropped three months later and I was stuck paying more, with an exit fee if I left. Felt like a mug.", "bad_experience")
t2_good = t("That's a fair reason to be wary, it happens. The standard tariff has no exit fee, so you can leave any time. Right now it's about 6% dearer than our one-year fix, roughly 90 pounds a year for a house your size, and the fix has a 75 pound exit fee.")
c2_good = c("Ninety a year against a seventy-five quid fee. So there's not that much in it either way.", None)
t2_bad = t("Well, to be honest, that's not really how it works. Fixing is almost always the smarter choice, and people on variable pay more in the long run. You weren't a mug, you just didn't look at the bigger picture.")
c2_bad = c("Don't tell me how it works, I saw the bills. I'm not fixing again, end of.", "no_need")
t3 = t("Then the simplest thing is to let it roll onto the standard tariff, which needs nothing from you. If you like, I can email you if a fix comes up that's clearly cheaper.")
c3 = c("Aye, do that. Email's fine.", None)
t4 = t("Done. You'll get a letter with the new rate this week, and nothing else changes.")
PAIRS.append(rpair(
    "b67r_f08_edinburgh_energy_tariff",
    "A customer whose fixed energy tariff is ending wants to go onto the standard tariff (Edinburgh, Scotland). Fault in worse: the trainee argues with her.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f09 CRM software, Austin -- fault: closes before checking the thing works
o = c("Hey, we're a 12-person HVAC company in Austin. Leads come in from our website, Google and phone calls, and half of them fall through the cracks. Saw your CRM.", None)
t1 = t("Thanks for reaching out. When you say they fall through the cracks, what actually happens to them?")
c1 = c("Someone takes a call, writes it on a sticky note, nobody follows up. Website leads land in a shared inbox nobody owns. For the jobs themselves we use a scheduling app called FieldPro, the techs love it.", None)
t2 = t("So every lead needs an owner and a follow-up, however it comes in, and it has to sit alongside FieldPro. Ours assigns every call and web form to someone and nags them until it's followed up. It's 35 a user a month, so 105 for your three office staff.")
c2 = c("That's reasonable. The main thing is it has to push booked jobs into FieldPro. If the office has to type everything twice, they'll quit using it.", None)
t3_good = t("Agreed, that's the deal-breaker. We do have a FieldPro connection, but I want you to see it work with your account before you pay anything. Let's do a two-week trial, connect your FieldPro, and push a few real jobs through.")
c3_good = c("That's what I want to see. Let's do the trial.", None)
t3_bad = t("Great, sounds like a fit! I'll send the annual contract over now and we can get you onboarded Monday. The FieldPro stuff we'll sort out during setup.")
c3_bad = c("Hold on. Do you actually connect to FieldPro or not? I'm not signing a year on a maybe, we got burned that way with our last phone system.", "bad_experience")
t4 = t("I'll send you the trial link and book a 30-minute call with our integrations person this week, so you can watch the FieldPro connection working with your own account.")
PAIRS.append(rpair(
    "b67r_f09_austin_hvac_crm",
    "An HVAC business owner wants a CRM that passes jobs to his scheduling app (Austin, Texas, USA). Fault in worse: the trainee closes before checking the integration works.",
    better=[o, t1, c1, t2, c2, t3_good, c3_good, t4],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad, t4],
))

# f10 bicycle repair, Copenhagen -- fault: recommends before asking
o = c("Hej, my bike makes a clicking noise when I pedal, and the gears jump sometimes. Can you look at it?", None)
t1_good = t("Sure. When does it jump: when you push hard, like starting at the lights or uphill, or all the time?")
c1_good = c("Mostly when I start at the lights and push hard. The clicking is every turn of the pedal, though.", None)
t1_bad = t("Sounds like you need a new chain and cassette. We have a drivetrain package for 950 kroner, I can have it done by tomorrow.")
c1_bad = c("A new chain? I only bought the bike last year. Can you not look at it first?", "no_need")
t2 = t("Let me put it on the stand. Okay: the chain's fine, barely worn. The clicking is a loose pedal, and the jumping is the gear cable stretching, which is normal after the first year. Tightening both and adjusting the gears is 150 kroner, fifteen minutes.")
c2 = c("Oh, only 150. Good, do it. I can wait.", None)
t3 = t("Grab a coffee next door, it'll be ready in fifteen. If the cable stretches again in a few weeks, come back and we'll adjust it for free.")
PAIRS.append(rpair(
    "b67r_f10_copenhagen_bike_clicking",
    "A commuter brings in a bike that clicks and skips gears (Copenhagen, Denmark). Fault in worse: the trainee recommends a costly repair before asking or looking.",
    better=[o, t1_good, c1_good, t2, c2, t3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3],
))
