"""Gaming pairs, kinds 11-15 (two each). Hand-written, blind, for set blind52 (prefix b52)."""
from common import t, c, gpair

PAIRS = []

# 21 ignored_customer - IELTS course, Quito
o = c("Hello, I want information about the English courses. I'm a nurse, I want to work in Canada, I need the IELTS.", None)
PAIRS.append(gpair(
    "b52g_quito_language_school", "language school, Quito, Ecuador", "ignored_customer",
    "A nurse on rotating hospital shifts needs an IELTS score of 7 to emigrate and asks about courses.",
    [o,
     t("Hello! Good goal. What score do you need for Canada, and when would you like to sit the exam?"),
     c("Seven, in every part. My level is maybe intermediate. I want to do the exam in April.", None),
     t("Seven in every band by April, from intermediate. Ambitious but possible with steady work. Our IELTS group meets Monday, Wednesday and Friday at 6pm. Does that fit your schedule?"),
     c("That's the problem, I work in the hospital in rotating shifts. One week days, one week nights.", "no_time"),
     t("Then a fixed group won't work. We have one-to-one classes you book week by week, online or here, morning or evening. It's more per hour, 18 dollars instead of 11. Would a mix help, some one-to-one plus practice tests on your own?"),
     c("Mm, 18 an hour, for six months... I have to do my numbers.", "think_it_over"),
     t("Of course. A free placement test would show your real level, so you know how many hours you need before you calculate. You can do it online at any hour, 40 minutes."),
     c("Okay, that I can do after my night shift. Send me the link.", None)],
    [o,
     t("Hello! Great goal. Tell me, what's your schedule like during the week?"),
     c("I work in the hospital, rotating shifts. One week days, one week nights.", None),
     t("Perfect. Our IELTS intensive group is Monday, Wednesday and Friday at 6pm, twelve weeks. You'll love the teacher."),
     c("But I said, I work nights every second week. I can't come at six always.", "no_time"),
     t("Understood! And what's your current level?"),
     c("Intermediate, I think. Did you hear about the shifts?", None),
     t("Intermediate is great for the intensive group then. Monday, Wednesday, Friday at six, starting the 3rd. Registration is 40 dollars today. Any other questions?"),
     c("I think I'll look for a school that listens. Thank you.", None)],
))

# 22 ignored_customer - mattress store, small-town Nebraska
o = c("Hey there. We need a new mattress. Wife's been sleeping on the couch, my back's shot, and we're both miserable.", None)
PAIRS.append(gpair(
    "b52g_nebraska_mattress_store", "furniture and mattress store, small town in Nebraska, USA", "ignored_customer",
    "A man with morning lower-back stiffness shops for a mattress; his wife sleeps hot and they hated an old memory-foam bed.",
    [o,
     t("Sorry to hear it, that's rough. Tell me about your back: lower back? Worse in the morning?"),
     c("Lower back, yep. Mornings are the worst, takes me twenty minutes to stand up straight. And she says the bed's like a swamp, she sleeps hot.", None),
     t("So you're stiff in the lower back in the mornings, and she overheats. That usually points to medium-firm with good support and a top that doesn't trap heat. How old is the one you have?"),
     c("Fourteen years. We had a memory foam one before that and it was hot as heck, never again.", "bad_experience"),
     t("Then let's skip the all-foam ones. A hybrid, coils with a thin foam top, breathes better. Lie on these two for ten minutes each, the way you sleep. They're 1,100 and 1,450 for a queen."),
     c("We were hoping around a thousand, so the 1,100 one, I guess, if it's any good.", None),
     t("It's firm enough for your back. And there's a 90-night trial, so if your back isn't better in a month or two, you swap it. Want to bring your wife in Saturday to lie on it too?"),
     c("Yeah, she'd kill me if I bought it without her. Saturday morning.", None)],
    [o,
     t("Sorry to hear that! What kind of sleeper are you, side, back, stomach?"),
     c("Side, mostly. My lower back's the problem, mornings especially. And she sleeps hot.", None),
     t("Great. Let me show you the CloudFoam Supreme, our best seller, all memory foam, seven inches of it, like sleeping on a cloud."),
     c("Memory foam? We had one, it was hot as heck. She won't go near it.", "bad_experience"),
     t("I hear you. What's your budget, roughly?"),
     c("About a thousand.", None),
     t("Okay. The CloudFoam is 1,899, but with the gel layer it's super cosy, and we have financing. Couples love it. Any other concerns?"),
     c("You're not listening to a word I say. We'll try the place in Kearney.", None)],
))

# 23 repeated_questions - broken tooth, Yerevan
o = c("Barev, hello. A piece of my tooth broke yesterday eating gata, the sweet bread. Top, on the left. It doesn't hurt, but it's sharp on my tongue.", None)
PAIRS.append(gpair(
    "b52g_yerevan_dental_clinic", "dental clinic reception, Yerevan, Armenia", "repeated_questions",
    "A nervous patient phones about a chipped upper tooth with no pain; she had a painful dentist visit years ago.",
    [o,
     t("Oh no, gata is dangerous. Since it doesn't hurt, it's probably a piece of an old filling or the enamel edge. Was there a filling in that tooth?"),
     c("Yes, old one, maybe twelve years. Honestly, I'm scared of dentists. The last one hurt me very much, I didn't go back after.", "bad_experience"),
     t("Thank you for telling me, lots of people feel that way. Dr. Anahit is very gentle, she explains each step and always numbs first. Tomorrow she'd only look and take an X-ray, no drilling unless you agree. Could you come at 11?"),
     c("Tomorrow I work until five. Is there evening?", "no_time"),
     t("Yes, Thursday at 18:30. The check and X-ray are 8,000 dram. If it needs a new filling, she tells you the price before starting."),
     c("Thursday 18:30 is okay. And until then, the sharp part?", None),
     t("Dental wax from the pharmacy over the edge helps. Chew on the right side until Thursday."),
     c("Okay, thank you, you calmed me a little.", None)],
    [o,
     t("Oh no! So, tell me, what's the problem with your tooth?"),
     c("I said, a piece broke yesterday, top left. It's sharp but no pain.", None),
     t("I see. And where exactly is the tooth that's bothering you?"),
     c("Top. Left. The piece broke off. It's sharp on my tongue.", None),
     t("Okay. And is there any pain, or is it more of a discomfort?"),
     c("No pain! I said that. Honestly I'm scared of dentists, I'm nervous already.", None),
     t("Understood. So just to clarify, what's the issue you're experiencing with your tooth today?"),
     c("I told you three times. Maybe I just call another clinic.", None)],
))

# 24 repeated_questions - boat insurance renewal, Barbados
o = c("Morning. My boat insurance come up for renewal and the price jump near forty percent. I want to know why.", None)
PAIRS.append(gpair(
    "b52g_barbados_boat_insurance", "insurance broker, Bridgetown, Barbados", "repeated_questions",
    "A fisherman asks why the renewal premium on his 28-foot boat rose by about 40%; he keeps it in the water all year.",
    [o,
     t("Morning. Let's look. Can you give me the policy number or the boat's name?"),
     c("The Miss Evelyn. Twenty-eight foot, fishing. Policy ends in 0912.", None),
     t("Got it. The increase is mostly the hurricane part: after last season the insurer raised windstorm rates for boats kept in the water. Where do you keep her June to November?"),
     c("In the water, Oistins. Where else I going keep she? Hauling out every storm is 900 a time.", None),
     t("Understood. Two options: keep it as is, 3,850 a year; or raise the windstorm deductible from 5% to 10%, about 3,100. The catch is you'd carry more yourself if a storm damages her."),
     c("3,100 still a lot. The fella from the other company say he could do it for 2,800.", "too_expensive"),
     t("Could be. Check whether his covers windstorm at the same deductible, that's where quotes differ. Send me his quote and I'll put them side by side for you, honestly."),
     c("Alright. I'll bring it Friday, then decide.", "think_it_over")],
    [o,
     t("Morning! So, what can I help you with today?"),
     c("The renewal. Forty percent jump. I want to know why.", None),
     t("Of course. And what brings you in regarding your policy today?"),
     c("The price. I just said. The Miss Evelyn, policy 0912.", None),
     t("Thanks. So, how can I help you with the Miss Evelyn today?"),
     c("Boy, you deaf? Why my premium went up forty percent?", None),
     t("I hear your frustration. Just so I'm clear on your needs, what is it about the renewal you wanted to discuss?"),
     c("Forget it. The other company say they'll do it for 2,800, I going by them.", "too_expensive")],
))

# 25 wrong_paraphrase - coworking desk, Vilnius (typed chat)
o = c("hi. i am freelance translator, i work from home but my flat is small and neighbours renovate. looking for a desk maybe 2-3 days a week", None)
PAIRS.append(gpair(
    "b52g_vilnius_coworking", "coworking space, Vilnius, Lithuania (website chat)", "wrong_paraphrase",
    "A solo freelance translator, driven out by neighbours' renovation, wants a quiet desk two or three days a week for a few months.",
    [o,
     t("Hi! Renovation noise is the worst for translating. Is quiet the main thing, or do you also need calls or printing?"),
     c("quiet is main. sometimes video calls with clients, maybe 2 in week. printing no", None),
     t("So a quiet desk 2-3 days a week, plus a private spot for a couple of client calls. We have a quiet room where calls aren't allowed, and phone booths you can book. A 10-day pass is 95 euros, valid two months."),
     c("10 days for 95 is ok. but month pass, is cheaper per day", None),
     t("The monthly flex desk is 149, unlimited days. At 2-3 days a week the 10-day pass is cheaper for you. Want a free trial day to check the noise?"),
     c("yes free day good. renovation should end in march, so i need only few months", None),
     t("Then the 10-day pass fits, nothing long-term. Which day for the trial?"),
     c("wednesday", None)],
    [o,
     t("Hi! Tell me a bit about what you're looking for?"),
     c("quiet desk, 2-3 days a week. neighbours renovate, flat is small", None),
     t("So what I'm hearing is you want a dedicated desk full time and a place for your team to meet, correct?"),
     c("no. i am alone. 2-3 days", None),
     t("Got it, so you're growing and will need a private office soon, plus our business address service for your company. Did I understand you correctly?"),
     c("no i did not say this. i am translator. renovation ends in march, i need few months only", None),
     t("Perfect, so a 12-month membership with a private office at 420 a month fits your growth plan. Shall I prepare the contract?"),
     c("no. i dont need office. i will try other place", "no_need")],
))

# 26 wrong_paraphrase - daycare for a shift worker, small-town Texas
o = c("Hi, yeah, I'm looking for daycare for my daughter. She's two. I just started at the plant and my mom can't watch her anymore.", None)
PAIRS.append(gpair(
    "b52g_texas_daycare", "childcare centre, small town on the Texas Gulf Coast, USA", "wrong_paraphrase",
    "A single father who works twelve-hour refinery shifts needs very early drop-off for his two-year-old.",
    [o,
     t("Hi, welcome, and congratulations on the new job. What hours do you need care for?"),
     c("That's the thing, I'm on twelves. Six to six, four days on, three off. So I'd need drop-off at like 5:30.", None),
     t("So twelve-hour shifts, four on three off, drop-off around 5:30 a.m. We open at six, so 5:30 we can't do, I'm sorry. Would a 6:30 pick-up work in the evening?"),
     c("Pickup's fine, I'm done at six. But if you open at six I'm late every single day. Man.", "no_time"),
     t("One option: two of our teachers do early care at home from 5:15 and bring the kids over at seven; a few parents from the plant use that. And the center on Elm opens at 5:30. Want both numbers?"),
     c("Both, yeah. How much is yours per week?", None),
     t("Four days a week for two-year-olds is 160. The early care is extra; you'd agree that with the teacher."),
     c("160 plus extra. That's tight on what I make right now. I'll call around and come back.", "no_money")],
    [o,
     t("Hi! Congrats on the job! Tell me about your situation."),
     c("I'm on twelve-hour shifts, six to six, four on, three off. Need drop-off around 5:30.", None),
     t("So what I'm hearing is you work a regular nine-to-five and you'd like our full-time program, five days a week, correct?"),
     c("No, twelves. Four days. And 5:30 in the morning.", None),
     t("Got it. And you mentioned she needs help with potty training and speech, so our Enrichment track would be perfect. Did I capture that right?"),
     c("I didn't say any of that. She's fine, she doesn't need a special track. I need someone there at 5:30.", "no_need"),
     t("Absolutely. So to recap: five days, 8 to 5, Enrichment track, 245 a week. Shall I get the enrollment forms?"),
     c("You got nothing right. I'll find somewhere else.", None)],
))

# 27 pitch_to_upset - dog died after surgery, Montevideo
o = c("Buenos días. I'm... I'm here for Toby. They called me at six this morning. I don't understand, yesterday they said the surgery went fine.", None)
PAIRS.append(gpair(
    "b52g_montevideo_vet_clinic", "veterinary clinic, Montevideo, Uruguay", "pitch_to_upset",
    "A woman arrives at the clinic after being told her dog died overnight following surgery; she is in shock.",
    [o,
     t("I'm so sorry about Toby. Please sit down. Would you like Dr. Pereira to explain what happened? She was with him overnight, and she's here now."),
     c("Yes. Please. I need to know if he suffered.", None),
     t("I'll get her. What I know is that his heart stopped around four, and the night nurse was with him. The doctor can tell you the rest. Would you like water, or someone to call?"),
     c("My son is coming. Thank you.", None),
     t("Whenever you're ready. There's no rush about anything else; Toby can stay here until tomorrow if you need time to decide."),
     c("The cremation... how much is that? I already paid a lot for the surgery, I don't know.", None),
     t("Individual cremation is 4,200 pesos, and the doctor has said there will be no charge for it. You don't have to decide anything today."),
     c("Thank you. I'll wait for my son.", None)],
    [o,
     t("I'm so sorry for your loss, I really understand how you feel. While you're here, let me tell you about our memorial options: our Rainbow Bridge package has a cedar urn and a paw-print keepsake."),
     c("I don't want a package. I want to know what happened to him.", None),
     t("Absolutely, I hear you. The doctor is busy right now. Rainbow Bridge is 9,800, or basic cremation is 4,200. Which feels right for Toby?"),
     c("I paid 30,000 for a surgery and my dog is dead, and you talk to me about urns?", None),
     t("I understand. Many families also find comfort in our pet insurance for their next companion, it covers surgery up to 80%. How satisfied were you with our care overall?"),
     c("Are you serious? Get me the doctor, or I go to the director.", None)],
))

# 28 pitch_to_upset - closing a late husband's phone line, small-town Wisconsin
o = c("Hi. My husband passed three weeks ago, and I need to cancel his phone line. I have the death certificate. I'm sorry, I'm not good at this stuff.", None)
PAIRS.append(gpair(
    "b52g_wisconsin_phone_bereavement", "mobile carrier store, small town in Wisconsin, USA", "pitch_to_upset",
    "A recently widowed woman comes to close her late husband's line and understand a confusing bill.",
    [o,
     t("I'm very sorry for your loss, and you don't need to apologise. We'll take it one step at a time. Is his line on an account with yours, or separate?"),
     c("Together, I think. He handled all of it. I just want the bill to be right, it came in at 140 and I don't know why.", None),
     t("Same account, yes. The 140 is both lines plus the monthly payment on his phone. If we cancel his line, 212 is still owed on the phone, but I can ask for it to be waived with the certificate. Do you want to keep his number for any reason?"),
     c("Oh... his voicemail. His voice is on there. Would I lose that?", None),
     t("If the line closes, yes. We could suspend it for three months at 10 a month so you have time, or I can help you record the greeting onto your phone right now."),
     c("Could you help me save it now? Then we can close it.", None),
     t("Of course. We'll record it to your phone first, then cancel, and I'll file the waiver request today. You'll get a letter in about two weeks."),
     c("Thank you, dear. You've been kind.", None)],
    [o,
     t("I'm so sorry for your loss, I understand this is a hard time. While I have your account open, have you thought about upgrading your own phone? You're eligible for the new model at zero down."),
     c("No, I... I just need his line cancelled. The bill came at 140 and I don't know why.", None),
     t("Absolutely. So what I'm hearing is you want a simpler bill. Our Unlimited Single plan is 65, and I can add a tablet so you can video call the grandkids, lots of widows love that."),
     c("I don't need a tablet. I don't even know what's on this bill.", "no_need"),
     t("I hear you. Also, his phone still has a balance of 212, due when the line closes, it's in the agreement. But if you upgrade today I can roll it into your new contract. Any other questions?"),
     c("I'll come back with my son. I can't do this today.", "think_it_over")],
))

# 29 blame - leaking washing machine under warranty, Baku
o = c("Hello. I bought your washing machine four months ago and now it leaks water on the floor every wash. My downstairs neighbour already came to complain.", None)
PAIRS.append(gpair(
    "b52g_baku_washing_machine_repair", "appliance retailer service line, Baku, Azerbaijan", "blame",
    "A customer's four-month-old washing machine leaks from underneath mid-cycle; the neighbour below is affected.",
    [o,
     t("I'm sorry, a leak with a neighbour below is urgent. Four months means it's under warranty. Where does the water come from, the front door, underneath, or the back?"),
     c("Underneath, I think. It starts in the middle of the wash. I put towels now.", None),
     t("So water from underneath, mid-cycle, not at the door. That's often the drain pump or a hose clamp. Please don't use it until our technician sees it. Could he come tomorrow between 10 and 1?"),
     c("Tomorrow I work. My mother-in-law is home, she can open the door.", None),
     t("That works, he'll call her first. If it's the pump, he replaces it on the spot, free under warranty. If the neighbour's ceiling is damaged, keep photos and I'll note it on the case."),
     c("Okay. But if it leaks again after, I want a new machine, not another repair.", None),
     t("Fair. If the same fault comes back, I'll open an exchange request myself. Your case number is 2287."),
     c("2287. Okay, thank you.", None)],
    [o,
     t("I understand, that must be frustrating. Let me ask a few questions to understand your experience. Are you using low-foam detergent, as the manual says?"),
     c("Yes, normal detergent for machines. It's leaking from underneath.", None),
     t("Okay. And did you maybe overload it? Most leaks we see are from customers putting too much in. How full do you load it?"),
     c("Normal. Half. It's a 7-kilo machine and I wash maybe 4 kilos.", None),
     t("Hm. And was it installed by our service, or did you install it yourselves? If the hose wasn't fitted correctly, that's not a warranty issue."),
     c("My husband installed it, yes. But it worked fine for four months!", None),
     t("Well, there you go, that's most likely the cause. A technician visit for non-warranty issues is 40 manat. Would you like to book one?"),
     c("I'm not paying for your broken machine. I'm going to the store with my receipt.", None)],
))

# 30 blame - missed dive boat, Belize
o = c("Hi, we're booked on the 8am dive to the Blue Hole, two people, name Kowalczyk. The guy on the dock says the boat left already?", None)
PAIRS.append(gpair(
    "b52g_belize_dive_shop", "dive shop, Caye Caulker, Belize", "blame",
    "Two tourists with a paid deposit find their dive boat gone; the booking was never entered on the boat list.",
    [o,
     t("Let me check right now. Kowalczyk... I see your email request from Tuesday, but it never got onto the boat list. That's our mistake, I'm sorry."),
     c("Your mistake? We paid a 100 dollar deposit! And we fly home Sunday.", None),
     t("You did, I see the deposit. So you have until Sunday. The Blue Hole boat goes again Friday at 8, and there are two seats. Would Friday work?"),
     c("Friday... we have a snorkel tour Friday with another company, already paid.", "no_time"),
     t("Understood. Then two choices: a full refund of the deposit today, or I ask the captain about Saturday; he sometimes runs a second trip with six divers. I'll know by five."),
     c("Ask about Saturday. If not, refund. And honestly, after this I'm not sure I'd book with you again.", "bad_experience"),
     t("That's fair. I'll call you by five either way, and if Saturday happens, lunch is on us."),
     c("Okay. My number's on the booking.", None)],
    [o,
     t("Let me check. Kowalczyk... I see an email from Tuesday. Did you call to confirm? The website says to confirm by phone 24 hours before."),
     c("Nobody told us that. We paid a deposit, we got a receipt.", None),
     t("I understand your frustration. But the confirmation step is right on the booking page, most guests read it. So the missed boat is really on your side, you see?"),
     c("On our side? We were here at 7:40! The boat left early.", None),
     t("The boat leaves when it's full. Okay, what would make this a good experience for you now? Friday has space, with a 20% rebooking surcharge."),
     c("A surcharge? For your mess? Give us the deposit back, now.", None)],
))
