"""Ranked pairs (20): d01-d10 both decent, `better` clearly better; f01-f10 identical but for ONE fault.

In the f-pairs, lines that both sides share are written once and reused, so they are identical.
"""
from common import c, t

PAIRS = []

# ================================================================ d01-d10
# d01 — digs into a doubt instead of answering the surface
_open = c("Good afternoon. My sister keeps saying I should get life insurance, now that we have the twins. But "
          "honestly I'm not sure it's worth it. People say insurance companies never pay.", None)
PAIRS.append({
    "id": "b29r_d01_lifecover_kampala",
    "situation": "Life insurer's branch, Kampala, Uganda. A teacher and new father of twins doubts that insurers "
                 "pay claims. Better digs into where the doubt comes from and answers that; worse answers the "
                 "surface with statistics and a premium.",
    "better": [
        _open,
        t("Good afternoon. That's a fair thing to wonder, many people say it. When you say they never pay — is it "
          "something you've heard, or has someone close to you had a claim go badly?"),
        c("My uncle. When he died, his wife waited nearly a year, and then they paid only half. Something about a "
          "condition he didn't declare.", "bad_experience"),
        t("I'm sorry, that must have been hard for her. That usually happens when a health condition isn't on the "
          "form at the start. So the real question is: if something happens to you, will the twins actually get "
          "the money, and quickly. Is that it?"),
        c("Yes. That's exactly it. If I die I don't want my wife fighting a company for a year.", None),
        t("Then two things matter more than the price. Fill in the health form fully now — our nurse can sit with "
          "you — so there's nothing to argue about later; and name your wife as beneficiary properly. Here's our "
          "last claims report, most claims settled within 30 days. Would you like to read it at home with her "
          "first?"),
        c("Yes, give me the report. We'll read it together this weekend.", None),
        t("Here it is, with my number. If you want the nurse for the form, I can book her on a Saturday morning."),
    ],
    "worse": [
        _open,
        t("Good afternoon. I understand. Actually, we're one of the most trusted insurers in Uganda — we paid out "
          "over 40 billion shillings in claims last year. So yes, we do pay."),
        c("Mm. My uncle's claim, his wife waited nearly a year and got only half.", "bad_experience"),
        t("I'm sorry to hear that. Every company is different, and our claims process is very efficient. For a "
          "teacher your age, cover of 100 million shillings is about 45,000 a month."),
        c("Okay. That's not too bad. But I'm still not sure.", "think_it_over"),
        t("That's understandable. Here's a brochure with all the details and the premium table. Call me any time."),
        c("Alright. Let me sleep on it.", "think_it_over"),
        t("Thank you. I hope to hear from you."),
    ],
})

# d02 — notices the real purpose behind the request
_open = c("Excuse me, do you have English grammar books? Something advanced, for adults.", None)
PAIRS.append({
    "id": "b29r_d02_bookshop_hongkong",
    "situation": "Bookshop, Causeway Bay, Hong Kong. A customer asks for an advanced grammar book; her real "
                 "purpose is an airline job interview in English in two weeks. Better finds the purpose and fits "
                 "the suggestion to it; worse sells the grammar book politely.",
    "better": [
        _open,
        t("Yes, we have a few. Is it for an exam, for work, or something else?"),
        c("For... it's a job interview. In English, in two weeks. Airline ground staff. I'm worried my English "
          "sounds stiff.", None),
        t("Congratulations on the interview. Two weeks isn't long for a grammar book — for an interview it's "
          "probably more useful to practise speaking. There's a book of interview questions with model answers "
          "and audio, with a chapter on airlines and service jobs. Would that be closer to what you need?"),
        c("Oh. Maybe yes. But is my grammar not the problem?", None),
        t("It might be a little, but interviewers mostly listen for whether you're clear and comfortable. Which "
          "questions make you most nervous?"),
        c("The ones like 'describe a time you dealt with an angry customer'. I freeze.", None),
        t("Then this one — chapter 4 is exactly those, with a simple way to build the story. It's HK$168. And the "
          "Central Library has free English conversation groups on Wednesdays, if you want to practise aloud."),
    ],
    "worse": [
        _open,
        t("Yes, we have a few. This one's very popular — Advanced Grammar in Use, with answers. HK$258."),
        c("Okay. Is it good for improving quickly? I have a job interview in two weeks.", None),
        t("It's very thorough. It covers all the advanced structures and has online exercises. Many university "
          "students use it."),
        c("Two hundred fifty-eight... it's a bit expensive, and it's very thick.", "too_expensive"),
        t("There's the intermediate one, HK$198, a bit thinner. Or a grammar workbook for HK$120."),
        c("Okay, I'll take the workbook then.", None),
        t("Sure, I'll ring it up for you. Good luck with the interview!"),
    ],
})

# d03 — adapts to a hurried customer
_open = c("Hi — sorry, I've got ten minutes before my shift. I need something for a cold sore, it's just starting, "
          "that tingle.", None)
PAIRS.append({
    "id": "b29r_d03_pharmacy_toronto",
    "situation": "Community pharmacy, Toronto, Canada. A nurse with ten minutes before a twelve-hour shift wants "
                 "cold-sore treatment. Better checks safety in two questions and keeps it short; worse gives a "
                 "full, accurate talk she has no time for.",
    "better": [
        _open,
        t("Got it. Any allergies, and are you on any medication?"),
        c("No allergies. Just birth control.", None),
        t("Fine with both. This cream — docosanol — start now, five times a day. It works best at the tingle "
          "stage, so you're right on time. $21.99."),
        c("Great. I'm a nurse, I just don't want it blowing up before a twelve-hour shift.", None),
        t("Makes sense. Wash your hands after putting it on, no sharing towels. If you get them often, the "
          "pharmacist can prescribe tablets to keep at home — another day, when you've time. Tap whenever you're "
          "ready."),
        c("Perfect, thanks.", None),
        t("Have a good shift."),
    ],
    "worse": [
        _open,
        t("Hi! Oh, cold sores are the worst. Let me tell you about the options. There's docosanol cream, over the "
          "counter, and acyclovir, which the pharmacist can prescribe here in Ontario now. There are also patches, "
          "some people like those because they hide it. Have you had them before? How often?"),
        c("A few times a year. Sorry — I really only have ten minutes.", "no_time"),
        t("Of course. With a few a year you might benefit from a prescription to keep on hand. The pharmacist's "
          "with someone, maybe ten or fifteen minutes. Would you like to wait?"),
        c("I can't, my shift starts. Can I just get the cream?", "no_time"),
        t("Absolutely. Here's the docosanol, $21.99. Start it right away, five times a day, and come back any time "
          "about the prescription."),
        c("Thanks.", None),
        t("You're welcome, feel better!"),
    ],
})

# d04 — adapts to a grieving customer
_open = c("Hello. I've been told to come in about... my husband's accounts. He died last month. I'm sorry, I've "
          "got all the papers here but I don't really know what I'm doing.", None)
PAIRS.append({
    "id": "b29r_d04_bereavement_swansea",
    "situation": "High-street bank branch, Swansea, Wales. A recently widowed pensioner comes about her husband's "
                 "accounts. Better slows down, finds her immediate worry (bills and the funeral) and sorts that "
                 "first; worse is correct and polite but runs the procedure at her.",
    "better": [
        _open,
        t("Please don't apologise. I'm very sorry about your husband. Take a seat, there's no rush at all. Would "
          "you like a cup of tea before we start?"),
        c("That would be nice, thank you. It's Gareth. Gareth Hughes. Forty-one years we were married.", None),
        t("Forty-one years. We'll go at your pace, Mrs Hughes. First I'd like to know you're all right for money "
          "day to day — do your bills come out of Gareth's account, or a joint one?"),
        c("That's what frightens me. The gas and the council tax come out of his, and I've only got my pension "
          "in mine.", None),
        t("Then let's make sure nothing stops. I can move those direct debits to your account today, and the "
          "funeral bill can be paid straight from Gareth's account, even before probate. Would that help?"),
        c("Oh, yes. I was so worried about the funeral bill.", None),
        t("That we can do now. The rest can wait. I'll write down what I've done and what's still to do, with my "
          "direct number. Would you like to come back in a fortnight, with your son if he can?"),
    ],
    "worse": [
        _open,
        t("I'm sorry for your loss. Could I take the death certificate, the will if there is one, and your ID?"),
        c("Here. I think that's everything. It's all a bit much.", None),
        t("That's fine. I'll register the death today, which freezes his sole accounts. Then we'll need a grant "
          "of probate if the balance is over £50,000, or a bereavement form if it's under. Is there a named "
          "executor?"),
        c("Our son, I think. Freezes the accounts? The gas comes out of his.", None),
        t("Yes, direct debits on his sole account will stop, so you'll need to set them up again with the "
          "suppliers from your account. Here's our bereavement guide, it explains everything."),
        c("Right. I'll... I'll read it at home.", None),
        t("Lovely. Once your son has probate, he can book an appointment online."),
    ],
})

# d05 — meets an expert at his level; diagnoses before recommending
_open = c("Morning. I'm the maintenance engineer at a copper concentrator outside Kitwe. We're replacing "
          "impellers on our tailings slurry pumps every five weeks. OEM says eight to ten. I want to talk about "
          "high-chrome versus rubber-lined.", None)
PAIRS.append({
    "id": "b29r_d05_pumps_kitwe",
    "situation": "Industrial slurry-pump parts supplier, Kitwe, Zambia (B2B). An expert maintenance engineer has "
                 "rapid impeller wear. Better talks at his level, links the wear to a process change and checks "
                 "the duty point before recommending; worse gives a sound but generic answer and a brochure.",
    "better": [
        _open,
        t("Five weeks against eight to ten is a big gap. Before the liner question — what are you seeing on the "
          "worn impellers? Even wear, or gouging at the vanes?"),
        c("Gouging at the leading edges and the suction side, and the throatbush is going too. Slurry's about 55% "
          "solids by weight, d50 around 150 micron, some oversize since the cyclone upgrade.", None),
        t("Oversize since the cyclone change — did the wear rate jump before or after the upgrade?"),
        c("Hm. After. I hadn't tied it to that, honestly. Before, we were getting seven weeks.", None),
        t("Leading-edge gouging with coarser solids points to high-chrome over rubber — rubber's good on fines but "
          "tears with oversize. I'd also check speed against the duty point; running far right of BEP, you'll eat "
          "impellers whatever they're made of. Can you send the pump curve and your flow and head readings?"),
        c("I can get those today. And a trial set of high-chrome?", None),
        t("I'll quote one trial set for the worst pump, with a wear sheet so we can compare at week five. If it "
          "turns out to be speed, I'll tell you before you buy anything."),
    ],
    "worse": [
        _open,
        t("Sure. Both are good options. Rubber-lined is cheaper and quieter, high-chrome is tougher. For tailings "
          "a lot of our customers use rubber."),
        c("We've got 55% solids and some oversize. Rubber's going to tear, isn't it?", None),
        t("It can, with coarse particles. Then high-chrome, 27% chrome, is the better choice. We have them in "
          "stock here in Kitwe, two weeks for a full set."),
        c("Right. And life — am I going to get to eight weeks?", None),
        t("Customers usually see a good improvement. Let me send you the brochure with the wear data and a quote "
          "for a full set."),
        c("Send it. I'll put it next to the OEM price and see.", "think_it_over"),
        t("Will do. Thanks for calling."),
    ],
})

# d06 — offers a low-risk first step
_open = c("Hello. I manage operations for 6 dental clinics in Riyadh and Dammam. We're interested in your "
          "appointment system, but we had a bad rollout with another system last year, the doctors refused to use "
          "it.", None)
PAIRS.append({
    "id": "b29r_d06_scheduling_riyadh",
    "situation": "Clinic scheduling software vendor, sales chat, Riyadh, Saudi Arabia (B2B, typed). An operations "
                 "manager was burned by a failed rollout. Better finds what went wrong and offers a one-clinic "
                 "pilot; worse reassures and proposes the full six-clinic contract.",
    "better": [
        _open,
        t("Hello, thanks for telling me that up front. What went wrong last time — the software itself, or the way "
          "it was introduced?"),
        c("Both. Too many clicks, and it was pushed to all clinics in one weekend. Reception staff were crying by "
          "Tuesday 😅", None),
        t("That's a rough week. Would it help to start with one clinic for a month, at no cost? You pick the "
          "clinic, we train that team in person, and you decide about the other five only after you've seen the "
          "no-show numbers and heard what the doctors say."),
        c("That sounds safer. But honestly this month is bad, we're opening a new branch in Dammam and everyone "
          "is stretched.", "no_time"),
        t("Then the pilot can wait until the Dammam opening is behind you — would the first week of next month "
          "work? And if your IT head asks about data: we host in Riyadh, PDPL-compliant, and I can send the "
          "document now. Which clinic would you pick?"),
        c("Next month is fine. Probably Al Malqa branch, the team there is young. Dr Faisal is open to new "
          "things.", None),
        t("Good place to start. I'll send the compliance document today and propose two times next week for a call "
          "with Dr Faisal and your IT head."),
    ],
    "worse": [
        _open,
        t("Hello, sorry to hear that. Our system is known for being easy — most reception teams learn it in a day, "
          "and it has Arabic and English interfaces."),
        c("They said that too last time. We can't afford another failed rollout.", "bad_experience"),
        t("Understood. We include a full onboarding package: data migration, two days' training per clinic and a "
          "dedicated account manager for three months. For 6 clinics it's SAR 4,200 a month."),
        c("Ok. And data must stay in KSA.", None),
        t("Yes, hosted in Riyadh, fully PDPL-compliant. I can prepare the contract so migration starts at the "
          "beginning of next month."),
        c("Let me discuss internally and get back to you.", "think_it_over"),
        t("Of course. I'll email the proposal today."),
    ],
})

# d07 — diagnoses before recommending
_open = c("Buenas. I have a small vineyard in Luján de Cuyo, eight hectares of Malbec. Still flood irrigation from "
          "the canal turn. My neighbour put in drip and says I'm crazy not to. What would it cost me?", None)
PAIRS.append({
    "id": "b29r_d07_irrigation_mendoza",
    "situation": "Irrigation equipment dealer, Mendoza, Argentina (B2B, farming). A small grower asks the price of "
                 "drip. Better first learns his water supply (canal turn, unused well) and goal, then proposes a "
                 "site visit; worse quotes a standard system straight away.",
    "better": [
        _open,
        t("Buenas. I can give you a number, but for eight hectares it varies a lot, so let me ask a couple of "
          "things first. How often does your canal turn come, and do you have a well or a reservoir?"),
        c("Every ten, twelve days in summer, less in drought years. No reservoir. There's an old well, but I "
          "haven't used it in years.", None),
        t("That's the key thing — drip needs water when the vines need it, not when the canal sends it. Without a "
          "reservoir or a working well it doesn't do much. What are you trying to fix: running short of water, or "
          "grape quality?"),
        c("Honestly, both. Last February the turn came late and the vines suffered. And the winery pays more for "
          "controlled yields.", None),
        t("Then it's worth looking at properly. I'd test the well's flow and see the slope and soil before giving a "
          "price. Can I come next week? The visit's free, and I'll give you two options — with a reservoir, and "
          "with the well."),
        c("Okay. Come Wednesday, in the morning.", None),
        t("Wednesday morning. If you have any old papers on the well — depth, when it was drilled — have them "
          "handy."),
    ],
    "worse": [
        _open,
        t("Buenas. Your neighbour's right, drip saves a lot of water. For eight hectares a standard drip system with "
          "filters and a controller is about 9,000 dollars, installed."),
        c("Nine thousand. That's a lot this year, the winery paid badly for the last harvest.", "no_money"),
        t("We have financing in twelve instalments, and you'd see savings in water and labour quickly. Most clients "
          "recover the cost in three or four seasons."),
        c("And it works with the canal turn? It only comes every ten days.", None),
        t("You'd want a small reservoir too, to store the turn. That's extra, but we can quote it. I'll send the "
          "full quote to your email."),
        c("Okay, send it. I'll see.", "think_it_over"),
        t("Perfect, you'll have it tomorrow."),
    ],
})

# d08 — adapts to an elderly customer
_open = c("Hello. The landline's being switched off, a letter came. I'm eighty-three and I don't know how to use "
          "these smartphones at all. My daughter's in Boston so she can't help.", None)
PAIRS.append({
    "id": "b29r_d08_phones_kilkenny",
    "situation": "Telecom shop, Kilkenny, Ireland. An 83-year-old whose copper landline is being retired fears "
                 "smartphones. Better finds who she calls, offers a like-for-like home phone and arranges set-up; "
                 "worse leads with a smartphone and leaves her to set up the home phone herself.",
    "better": [
        _open,
        t("Hello, you're very welcome. Don't worry, we'll get you sorted, there's no rush. Who do you ring most on "
          "the landline?"),
        c("My neighbour Nora, the doctor, and my daughter of a Sunday. And the chemist for my tablets.", None),
        t("So a handful of people, and your daughter every Sunday. Would it suit you to keep something that looks "
          "and works like your landline? There's a home phone that plugs into the wall and runs on the mobile "
          "network — same buttons, nothing new to learn."),
        c("Could I keep my number? That's what I'm worried about, all my people have that number.", None),
        t("You keep the number, yes. And for your daughter — would you like video calls at some point, or is the "
          "phone enough for now?"),
        c("Ah, the phone's grand. She'd love the video, but I'd only make a hames of it.", "no_need"),
        t("The home phone it is, then. One of our lads can call out Thursday morning to set it up and show you. "
          "I'll write the day and his name on a card for you."),
    ],
    "worse": [
        _open,
        t("Hello! Yes, we're moving everyone off the old copper lines. The simplest option is a smartphone — this "
          "one has a big-screen mode for older customers, and we can move your number over."),
        c("I don't think I'd manage a smartphone at all, love.", "no_need"),
        t("It's easier than you'd think. You just tap the green button to answer. And we can set up WhatsApp so "
          "you can video call your daughter."),
        c("My eyes aren't great. Is there nothing like the old phone?", "no_need"),
        t("There is, actually — a home phone that plugs into the wall and works on the mobile network. Same number. "
          "It's €39, and you can take it with you now."),
        c("I'd need someone to set it up for me.", None),
        t("It's very simple, you just plug it in. There's a leaflet in the box, and you can ring the helpline if "
          "you get stuck."),
    ],
})

# d09 — digs into a sceptical parent's doubt and offers a low-risk step
_open = c("Namaste. My son is in class nine, his maths marks are very bad — 38 in the last exam. His mother wants "
          "tuition, but I think these centres only take money. What will you do differently from his school?", None)
PAIRS.append({
    "id": "b29r_d09_tutoring_kathmandu",
    "situation": "Private tutoring centre, Kathmandu, Nepal. A sceptical father questions the value of tuition. "
                 "Better learns what is going on with the boy and offers two free diagnostic classes; worse "
                 "recites results and discounts.",
    "better": [
        _open,
        t("Namaste. It's a fair question, and I can't answer it honestly without knowing your son. When he does "
          "maths at home, what happens — he tries and gets stuck, or he avoids it?"),
        c("He avoids. He says 'I'm not a maths person'. In class eight he was okay, 60s. This year algebra started "
          "and he fell down.", None),
        t("So he was managing until algebra, and now he's decided he's bad at maths. That's common in class nine — "
          "often it's a gap from earlier, like negative numbers or fractions, not the algebra. Our fee is 4,500 a "
          "month, I know that's not small."),
        c("It's not small. For 38 marks to become 45, I'm not paying that.", "too_expensive"),
        t("Agreed, that wouldn't be worth it. What if he comes for two free classes this week? The teacher finds "
          "where the gap is and tells you honestly whether he needs tuition at all, or just practice at home."),
        c("Free? Okay, that I can try. Saturday is possible?", None),
        t("Saturday at 8. Come at 9:30 when it ends, and the teacher will tell you what she found."),
    ],
    "worse": [
        _open,
        t("Namaste. We have very experienced teachers, small batches of ten, weekly tests and a monthly report "
          "card for parents. Last year 85% of our class ten students got A or above in SEE maths."),
        c("Every centre says this. And 4,500 a month is high.", "too_expensive"),
        t("I understand. There's a sibling discount, and if you pay three months in advance it's 12,000 instead of "
          "13,500."),
        c("He's the only one. And three months in advance, I don't have that kind of money right now.", "no_money"),
        t("Then monthly is fine. The algebra batch starts Sunday at 7. You can fill in the form now."),
        c("Let me discuss with his mother first.", "think_it_over"),
        t("Of course. Here's the form and the timetable."),
    ],
})

# d10 — adapts to an anxious patient, low-risk first step
_open = c("Hi. I — okay. I haven't been to a dentist in maybe eight years. I have a tooth that hurts when I drink "
          "cold things. I'm honestly terrified, my hands are sweating just standing here.", None)
PAIRS.append({
    "id": "b29r_d10_dentist_muscat",
    "situation": "Dental clinic reception, Muscat, Oman. A very anxious adult returns after eight years with a "
                 "sensitive tooth. Better asks what scares him and offers a look-only first visit; worse is kind "
                 "but jumps to a filling and a cleaning.",
    "better": [
        _open,
        t("Thank you for coming in — that takes courage after eight years, and you're not the first to tell me "
          "so. What is it about the dentist that scares you most?"),
        c("The needle. And the sound of the drill. When I was a kid in Sohar a dentist pulled a tooth and it hurt "
          "a lot.", None),
        t("That makes sense. Today doesn't have to involve any needle or drill. Dr Maryam can just look at the "
          "tooth, take one small X-ray and tell you what it is. You raise your hand any time and she stops. Would "
          "that be okay as a first step?"),
        c("Just looking? No drilling today?", None),
        t("Only looking, unless you decide otherwise. And if you need treatment later, she uses a numbing gel "
          "before any injection, and you can wear headphones with your own music."),
        c("Okay. Okay, I can do looking. Is she free today?", None),
        t("She has 4:30 today, the last appointment, so nobody will rush you. Would you like to sit in our quiet "
          "room until then, or come back?"),
    ],
    "worse": [
        _open,
        t("Don't worry, we see a lot of nervous patients. Sensitivity to cold is usually a cavity or some gum "
          "recession. Dr Maryam will examine it and most likely do a filling."),
        c("A filling? Today? I'm not ready for that.", "think_it_over"),
        t("It's very quick, fifteen minutes with local anaesthetic, you'll barely feel it. Honestly, after eight "
          "years it's good to get everything done — a cleaning as well."),
        c("The needle is the worst part for me. Can I just have the check first?", None),
        t("Of course. The check-up and X-ray are 25 rials. Dr Maryam has 4:30 today."),
        c("Okay. I'll try.", None),
        t("Great, I'll book you in. Please take a seat."),
    ],
})

# ================================================================ f01-f10
# f01 — argues with the customer
_open = c("Morning. I bought four tyres here in March, and the front two are already wearing on the inside edge. I "
          "do a lot of gravel to the farm near Rehoboth, but still, that's quick.", None)
_t1 = t("Morning. Inside edge on both fronts since March — let's have a look. Can you pull into bay two?")
_c2 = c("Sure. I'm a bit cross, to be honest, they weren't cheap.", None)
_t7 = t("And if you're on that farm road a lot, pop in every three months — the check is free.")
PAIRS.append({
    "id": "b29r_f01_tyres_windhoek",
    "situation": "Tyre and alignment shop, Windhoek, Namibia. A farmer's new front tyres are wearing on the inside "
                 "edge. Fault in worse: the fitter argues that the wear is normal and contradicts the customer "
                 "before finally checking.",
    "better": [
        _open, _t1, _c2,
        t("I get that. Right... yes, both fronts are worn on the inside, the backs are fine. That usually means "
          "the alignment's out — gravel and potholes knock it. Have you hit anything hard lately?"),
        c("There's a big donga on the farm road, I've hit it a few times in the rain.", None),
        t("That'll do it. I'll check the alignment now, set it if it's out, and swap the worn tyres to the back. "
          "Twenty minutes. We should have told you to come back for a check after a gravel season, so there's no "
          "charge."),
        c("Oh, fair enough. That's decent of you.", None),
        _t7,
    ],
    "worse": [
        _open, _t1, _c2,
        t("Right... ja, the fronts are a bit worn on the inside, but that's normal on gravel, man. Nothing wrong "
          "with the tyres, and nothing wrong with our fitting."),
        c("It's not normal. The inside's nearly on the wear bars and the outside's like new. I've driven gravel for "
          "twenty years, don't tell me what's normal.", None),
        t("Well, that's how gravel is. But fine — I'll check the alignment now, set it if it's out, and swap the "
          "worn tyres to the back. Twenty minutes, no charge."),
        c("Fine. Next time I'll go to the other place.", None),
        _t7,
    ],
})

# f02 — doubts the customer's honesty
_open = c("Hello, I bought this paneer here yesterday evening, and when I opened it at home today it was sour, "
          "smelling bad. Expiry date is still four days away. I have the bill.", None)
_t1 = t("Hello ma'am, sorry about that. Can I see the bill and the pack?")
_c2 = c("Here. Bill is from yesterday, 7:40 pm. I kept it in the fridge, only opened it this morning.", None)
_t5 = t("Good point, I'll check the batch in the chiller now... These three from the same batch also smell off, "
        "I'm taking them out. Thank you for bringing it back.")
_t7 = t("Here's your fresh pack, from today's delivery. Sorry again for the trouble.")
PAIRS.append({
    "id": "b29r_f02_supermarket_mumbai",
    "situation": "Supermarket customer-service counter, Mumbai, India. A regular brings back spoiled paneer with "
                 "the bill. Fault in worse: the staff member suggests she may not have stored it properly and may "
                 "be trying it on.",
    "better": [
        _open, _t1, _c2,
        t("Thank you. Yes, it's from yesterday, and this smell is not right at all. I can refund the 95 rupees to "
          "your UPI, or give you a fresh pack. Which would you like?"),
        c("Fresh pack, I need it for lunch. But please check the others also, no?", None),
        _t5,
        c("Okay, good. Otherwise someone else will get sick.", None),
        _t7,
    ],
    "worse": [
        _open, _t1, _c2,
        t("Thank you. But how do I know it was kept in the fridge? Many customers leave it out all day and then "
          "bring it back. Anyway — refund or fresh pack?"),
        c("Excuse me? I told you I kept it in the fridge. You think I'm lying for 95 rupees? Fresh pack. And "
          "check the others also, no?", None),
        _t5,
        c("See? It's not me. Otherwise someone else will get sick.", None),
        _t7,
    ],
})

# f03 — haggles on price at once
_open = c("hi, i own a 9 room guesthouse in siem reap. got your quote for the new website, $1,800. honestly seems "
          "high for us", None)
_t3 = t("Makes sense. What do you most want the new site to do that the current one doesn't?")
_c4 = c("direct bookings. now 80% come through booking.com and they take 18%. in high season that is a lot of "
        "money", None)
_t5 = t("So the goal is moving guests from Booking.com to booking with you directly. If even 10 bookings a month "
        "moved over, at your rates that's roughly $120-150 a month less commission — the site pays for itself in "
        "about a year. The price includes a booking engine linked to your channel manager, which a basic Wix site "
        "won't have.")
_c6 = c("ok that is different. can i pay in 2 parts?", None)
_t7 = t("Yes — half to start, half at launch. I'll send the revised payment terms today, and we can start on the "
        "1st if that suits.")
PAIRS.append({
    "id": "b29r_f03_webdesign_siemreap",
    "situation": "Web design studio for hospitality, Siem Reap, Cambodia (B2B, typed). A guesthouse owner says "
                 "the quote seems high. Fault in worse: the designer drops the price at once before asking "
                 "anything, which only invites more haggling.",
    "better": [
        _open,
        t("Hi, thanks for coming back to me. Can I ask what you're comparing it with — another quote, or what "
          "you'd budgeted?"),
        c("my nephew said he can do one with wix for like $300. but he is busy with university", "too_expensive"),
        _t3, _c4, _t5, _c6, _t7,
    ],
    "worse": [
        _open,
        t("Hi, thanks for coming back to me. I understand — I can do it for $1,400 if that helps?"),
        c("oh ok that was fast lol. so is it worth 1800 or 1400? my nephew says he can do wix for $300",
          "too_expensive"),
        _t3, _c4, _t5, _c6, _t7,
    ],
})

# f04 — gives unasked advice
_open = c("Hiya, I've got my prescription from the eye test last week and I'm after new frames. Something that "
          "doesn't slide down my nose — I'm a chef, it gets roasting in the kitchen.", None)
_t1 = t("Ah, the steam and the sweat — glasses sliding down are a nightmare in a kitchen. What are you wearing "
        "now?")
_c2 = c("These — metal ones. The nose pads have gone loose, and they fog up every time I open the oven.", None)
_t5 = t("These two are light — the grey one's 18 grams. Try it on and tip your head down like you're plating up.")
_c6 = c("Oh, that stays put. I like that one.", None)
_t7 = t("Good. I'll measure you for the lenses and they'll be in about a week — we'll text you.")
PAIRS.append({
    "id": "b29r_f04_optician_leeds",
    "situation": "High-street optician, Leeds, England. A chef needs frames that stay put and do not fog. Fault in "
                 "worse: the assistant adds unasked lifestyle advice about water, breaks and screens.",
    "better": [
        _open, _t1, _c2,
        t("Right, so sliding and fogging. For sliding, an acetate frame with a keyhole bridge sits better, or "
          "adjustable silicone pads. For fogging there's an anti-fog coating, £35 extra. Want to try a few on?"),
        c("Yeah, go on. Nothing heavy though, I'm on my feet twelve hours.", None),
        _t5, _c6, _t7,
    ],
    "worse": [
        _open, _t1, _c2,
        t("Right, so sliding and fogging. For sliding, an acetate frame with a keyhole bridge sits better, or "
          "adjustable silicone pads. For fogging there's an anti-fog coating, £35 extra. And honestly, working in "
          "that heat all day, you should be drinking a lot more water and taking proper breaks — and cut the "
          "screens before bed, your eyes will thank you."),
        c("Er, I didn't come in for a lecture on my job, ta. Can I just try some on? Light ones.", None),
        _t5, _c6, _t7,
    ],
})

# f05 — gives no date for the fix
_open = c("Hello, I'm a council tenant in Torry. My boiler's packed in — no heating, no hot water since last "
          "night. I've a wee one who's eighteen month old and it's freezing.", None)
_t1 = t("Hello. No heating or hot water with an eighteen-month-old in this weather — that's an emergency repair. "
        "Can I take your address and a phone number?")
_c2 = c("Flat 2, 14 Menzies Road. 07700 900 412.", None)
_t3 = t("Thanks. Is there any message or light on the boiler? And can you smell gas at all?")
_c4 = c("No gas smell. There's a red light flashing and it says F28.", None)
PAIRS.append({
    "id": "b29r_f05_councilrepair_aberdeen",
    "situation": "City council housing repairs line, Aberdeen, Scotland. A tenant with a toddler has no heating "
                 "or hot water. Fault in worse: the repair is logged but no day or time is given.",
    "better": [
        _open, _t1, _c2, _t3, _c4,
        t("F28 is usually an ignition fault. I've booked it as an emergency: an engineer from City Heating will be "
          "with you today between 2 and 6, and he'll ring 30 minutes before. If he can't fix it today he'll leave "
          "two electric heaters. Your job number is ABZ-20871."),
        c("Today between 2 and 6. Right. Thank God.", None),
        t("If no one's there by 6, phone the emergency line with that job number and they'll chase it."),
    ],
    "worse": [
        _open, _t1, _c2, _t3, _c4,
        t("F28 is usually an ignition fault. I've logged it and passed it to the contractor. They'll contact you "
          "to arrange a time, hopefully in the next wee while."),
        c("Hopefully? What does that mean? I've a baby here and no heating — is that today or next week?", None),
        t("I can't say exactly, it depends on their workload. They'll phone you."),
    ],
})

# f06 — promises what cannot be guaranteed
_open = c("Hi, I'm working as a caregiver in Surrey for two years now. My employer says I can apply for permanent "
          "residence. My mother is sick back in Cebu and I need to know how long it will take.", None)
_t1 = t("Hi, thanks for coming in, and I'm sorry about your mother. Let me understand where you are first. Which "
        "work permit are you on, and have you done your English test?")
_c2 = c("I have the home support worker pilot work permit. IELTS I did last year, CLB 6.", None)
_c6 = c("$2,500 is a lot for me. I send money home every month.", "no_money")
_t7 = t("I understand. It can be paid in three parts. Or you can apply yourself — the forms are free on the IRCC "
        "site — and I do a one-hour document check for $200 instead.")
PAIRS.append({
    "id": "b29r_f06_immigration_vancouver",
    "situation": "Licensed immigration consultancy, Vancouver, Canada. A Filipino caregiver with a sick mother "
                 "asks how long permanent residence will take. Fault in worse: the consultant guarantees approval "
                 "within six months and quick parent sponsorship.",
    "better": [
        _open, _t1, _c2,
        t("Good — with two years' experience and CLB 6 you look eligible for the permanent residence stream. "
          "Processing is currently around 12 to 18 months after submission, but IRCC changes that and I can't "
          "promise a date. What I can do is make sure the file is complete so it isn't delayed by missing "
          "documents."),
        c("12 to 18 months... I was hoping faster. Can I still visit her while I wait?", None),
        t("Yes, you can travel on a valid permit, but we'd check your passport and permit dates first so you can "
          "come back in. Our fee for the full file is $2,500."),
        _c6, _t7,
    ],
    "worse": [
        _open, _t1, _c2,
        t("Good — with two years' experience and CLB 6 you qualify, no problem. I can guarantee your PR within six "
          "months, we have very good contacts at IRCC."),
        c("Six months! Really? That's amazing. Then maybe I can bring my mother here?", None),
        t("Yes, of course. Once you're PR you sponsor her, and we'll get that done fast too. Our fee for the full "
          "file is $2,500."),
        _c6, _t7,
    ],
})

# f07 — does not check the fix worked
_open = c("hola, the tv box says 'no signal' since this morning, i already restarted. the final of the uruguayan "
          "league is tonight at 8", None)
_t1 = t("Hola! Let's get it back before 8. What colour is the light on the front of the box?")
_c2 = c("orange blinking", None)
_t3 = t("Orange blinking means it lost the connection to the network. I'm sending a refresh signal from here now. "
        "Wait 2 minutes, the box will restart by itself.")
_c4 = c("ok it restarted", None)
PAIRS.append({
    "id": "b29r_f07_tvbox_montevideo",
    "situation": "Pay-TV provider, support chat, Montevideo, Uruguay (typed). A football fan's TV box shows 'no "
                 "signal' on the day of the final. Fault in worse: the agent declares it fixed without asking the "
                 "customer to check a channel.",
    "better": [
        _open, _t1, _c2, _t3, _c4,
        t("Can you go to channel 10 and tell me if you see the picture? And try one more, like 4, to be sure."),
        c("channel 10 ok! channel 4 also but the sound is a bit late on 4", None),
        t("That can happen after a refresh — turn the box off and on once with the remote and it goes away. If "
          "it's still there in 10 minutes, write here and I'll look. Enjoy the final!"),
    ],
    "worse": [
        _open, _t1, _c2, _t3, _c4,
        t("Great, then it's fixed ✅ The signal is restored from our side. Anything else I can help with?"),
        c("no thats all i think. gracias", None),
        t("Enjoy the final tonight! Chat closed."),
    ],
})

# f08 — recommends before asking
_open = c("Sawasdee krap. I need a new mattress. My old one is ten years, and I wake up with back pain every "
          "morning.", None)
_t5 = t("Very common! A pocket-spring with a medium-firm base and a softer top works for many couples, or there's "
        "a split mattress, one firm side and one soft. Would you like to lie on both now, and bring your wife on "
        "the weekend to try too?")
_c6 = c("Yes, I try now, and Saturday I come back with her. She must agree, otherwise big problem.",
        "think_it_over")
_t7 = t("Of course. I'll write down the two models for you, and on Saturday ask for me — Ploy.")
PAIRS.append({
    "id": "b29r_f08_mattress_bangkok",
    "situation": "Bedding and mattress store, Bangkok, Thailand. A man with morning back pain wants a new "
                 "mattress he shares with his wife. Fault in worse: the assistant recommends an expensive "
                 "extra-firm orthopaedic model before asking anything.",
    "better": [
        _open,
        t("Sawasdee ka. Ten years is a long life for a mattress. Where is the pain — lower back? And does it go "
          "away after you get up?"),
        c("Lower back. After maybe one hour walking it's okay. And my wife says I'm rolling to the middle, there "
          "is a hole in the middle now.", None),
        t("So it's sagging in the middle and you wake up stiff. Do you sleep on your back or your side? And your "
          "wife — same mattress, does she like it soft or firm?"),
        c("I sleep on my back, she is side. She likes soft, I like hard. That's always the problem.", None),
        _t5, _c6, _t7,
    ],
    "worse": [
        _open,
        t("Sawasdee ka. For back pain you need our orthopaedic extra-firm, the OrthoMax — 32,900 baht, our best "
          "one for the back."),
        c("Extra-firm? My wife likes soft, she sleeps on it too. And 32,000 is a lot.", "too_expensive"),
        t("Ah, okay. Do you sleep on your back or your side? And your wife?"),
        c("I sleep on my back, she is side. She likes soft, I like hard. That's always the problem.", None),
        _t5, _c6, _t7,
    ],
})

# f09 — uses unexplained jargon
_open = c("Hi, so we're first-time buyers, me and my partner. We've been saving three years and we've about 38 "
          "grand. We've seen a two-bed in Drumcondra for 420. Is that even possible for us?", None)
_t1 = t("Congrats on the saving, three years is a long haul. Let's see. What are your two incomes, roughly, before "
        "tax?")
_c2 = c("I'm on 52, Aoife's on 48. Both permanent.", None)
_t3 = t("So 100 between you. First-time buyers can usually borrow up to four times combined income, so up to "
        "400,000, and you'd need 378,000 — that's fine. The gap is the deposit: banks want 10% down, which is "
        "42,000, so you're about four grand short. Any chance of a gift from family, or would you save a few more "
        "months?")
_c4 = c("Aoife's parents said they'd help a bit. Maybe five?", None)
PAIRS.append({
    "id": "b29r_f09_mortgage_dublin",
    "situation": "Mortgage broker, Dublin, Ireland. A first-time-buyer couple ask whether a €420,000 flat is "
                 "within reach. Fault in worse: the broker's next steps are given in unexplained jargon (AIP, "
                 "APRC, pillar banks, drawdown).",
    "better": [
        _open, _t1, _c2, _t3, _c4,
        t("That would close it. Next step is approval in principle from a lender — a letter saying how much "
          "they'll lend, so the estate agent takes your offer seriously. I'll need six months of bank statements "
          "and your payslips. Can you send those by Friday?"),
        c("Yeah, we can. And fixed or not fixed, we've no idea.", None),
        t("We'll go through that when we meet — fixing means your repayment stays the same for, say, five years; "
          "variable can go up or down. I'll show you both with real numbers. Does Tuesday evening suit?"),
    ],
    "worse": [
        _open, _t1, _c2, _t3, _c4,
        t("That would close it. Next step is AIP — I'll need your docs for underwriting, six months' statements and "
          "payslips plus the gift letter, and then we'll run an APRC comparison across the pillar banks. Can you "
          "send those by Friday?"),
        c("Sorry — AIP? APRC? Pillar banks? We've no idea what any of that is, to be honest.", None),
        t("Don't worry, it's all standard. Send the docs and on Tuesday evening we'll go through fixed versus "
          "variable, the ECB outlook and cashback on drawdown."),
    ],
})

# f10 — makes it about themselves and leaves no clear next step
_open = c("hi, we are relocating from manama to toronto in august, family of 4. need quote for moving our stuff by "
          "sea. 3 bedroom villa", None)
_t1 = t("Hi, thanks for contacting us! Toronto in August, 3-bedroom villa. Are you moving all the furniture, or "
        "mainly personal things and some pieces?")
_c2 = c("not all. the big sofas and beds we will sell. mostly boxes, kids stuff, my wifes piano and some carpets",
        None)
_t3 = t("Got it — mostly boxes, the children's things, a piano and carpets. A piano needs special crating, so good "
        "to know now. That sounds like a 20ft container rather than a 40ft. Is there a date you need everything "
        "in Toronto by?")
_c4 = c("school starts sept 3. ideally before that but we will be in airbnb the first 2 weeks anyway", None)
PAIRS.append({
    "id": "b29r_f10_movers_manama",
    "situation": "International removals company, chat, Manama, Bahrain (typed). A family relocating to Toronto "
                 "asks for a sea-freight quote. Fault in worse: the agent turns to his own time in Toronto and "
                 "leaves the survey with no day or time.",
    "better": [
        _open, _t1, _c2, _t3, _c4,
        t("Sea freight Manama–Toronto is about 6–8 weeks door to door, so to arrive early September we'd pack and "
          "load around mid-July. Can our surveyor come to the villa this week to see the items? You'd have the "
          "written quote within 48 hours."),
        c("thursday after 4 pm is good", None),
        t("Booked: Thursday 4:30. Ahmed, the surveyor, will call you that morning to confirm the location. Quote "
          "by Saturday."),
    ],
    "worse": [
        _open, _t1, _c2, _t3, _c4,
        t("Toronto! I lived there a year in 2015, honestly the winter nearly killed me 😂 Took me forever to find "
          "decent shawarma too. Anyway, sea freight takes a while, our surveyor can come by at some point to see "
          "the items."),
        c("haha ok. so when can he come? we need the stuff before school", None),
        t("He'll get in contact to arrange it. Trust me, you'll love the summers there though!"),
    ],
})
