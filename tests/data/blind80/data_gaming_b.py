"""Gaming pairs B (kinds 11-15, then 1-5)."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer -- accounting software, Brno
o = c("Good morning, I'm calling from a dental lab in Brno, we are six people. Our accountant retires in summer and "
      "I'll do the invoicing myself. Someone told me your program is simpler than what we have.", None)
PAIRS.append(gpair(
    "b80g_brno_lab_accounting", "cloud invoicing software, Brno, Czech Republic", "ignored_customer",
    "Office manager of a small dental lab, not confident with computers, must take over invoicing when the "
    "accountant retires; thirteen years of data sit in an old desktop program.",
    good=[o,
    t("Good morning. What do you use now, and what does the accountant do in it, only invoices, or VAT and payroll "
      "too?"),
    c("Pohoda, desktop version, since 2011. She does invoices to the clinics, about eighty a month, and VAT. "
      "Payroll goes to an outside firm.", None),
    t("So invoicing and VAT, payroll stays outside. Eighty a month is fine on the basic plan. What worries you most "
      "about switching?"),
    c("Honestly, the old data. Thirteen years of clients. And I'm not... I'm not a computer person. I don't want to "
      "be alone with it in July.", None),
    t("Those are the right two worries. Data: we import clients, price lists and open invoices from Pohoda; the "
      "closed years you can keep in Pohoda read-only, that's legally fine and cheaper. And July: could you and the "
      "accountant run the first two months together before she leaves?"),
    c("She's here until end of June, so May and June, yes. And the price? The owner won't pay more than now "
      "without a reason.", None),
    t("Basic is 390 crowns a month, import free. My suggestion: a 30-day trial, I do the import with you on a call "
      "next week, and you both issue the May invoices in it. If it doesn't feel right by the end of May, you stay "
      "with Pohoda and it's cost nothing."),
    c("That sounds fair. Next Tuesday afternoon, can we?", None),
    t("Tuesday at two. I'll send the invite and a short list of what to export from Pohoda before.")],
    gaming=[o,
    t("Good morning! Great to hear from you. Tell me, what are your biggest challenges today?"),
    c("The accountant retires and I'll do invoicing. I'm worried about the old data, thirteen years in Pohoda. And "
      "I'm not a computer person.", None),
    t("Absolutely. Let me show you the dashboard, it's really intuitive: cash-flow charts, bank sync, a mobile app "
      "and the AI receipt scanner. What else is important for you?"),
    c("The old data. Can you move it?", None),
    t("Great question. The Professional plan also has multi-currency and project tracking, dental labs love it. "
      "How many users would you need?"),
    c("Two, maybe. But you didn't say about the data. Thirteen years.", None),
    t("Perfect, two users on Professional is 890 a month. It's very easy, customers set it up in an afternoon. "
      "Shall I send the trial link?"),
    c("890 is more than double what Pohoda costs us. And I said I'm not good with computers, an afternoon alone is "
      "not easy for me.", "too_expensive"),
    t("Understood! The trial is free, you'll see how easy it is. Anything else I can help with?"),
    c("No. I'll look at other programs with our accountant.", "think_it_over")]))

# 12 repeated_questions -- trekking operator chat, Bishkek
o = c("hi. 2 people, 5 days trek near karakol, mid july. we have own tent. need guide and horse for bags. price", None)
PAIRS.append(gpair(
    "b80g_bishkek_trek_chat", "trekking tour operator chat, Bishkek, Kyrgyzstan", "repeated_questions",
    "A terse customer from Almaty types a complete request for a guided five-day trek with a pack horse.",
    good=[o,
    t("Hi! Mid-July is good around Karakol. Two things: have you hiked multi-day at altitude before, and exact "
      "dates?"),
    c("yes, big almaty lake and some 4000 m. 12 to 16 july. we are students, not big budget", None),
    t("Then the Ala-Kul loop suits you, 5 days, pass at 3,860 m. Own tent: guide 60 USD a day, horse with horseman "
      "45 a day, so 525 for both of you, plus park fee 10 each. Food you bring, or we pack it for 15 a day per "
      "person."),
    c("food we bring ourself. ok", None),
    t("So 545 total. Afternoon rain on the pass is common in July, the guide will cross early, so day 3 starts at "
      "6. Pickup in Karakol town, or transfer from Bishkek for 120 more?"),
    c("karakol. we come by marshrutka", None),
    t("Done. I hold 12-16 July for 48 hours, deposit 100 USD by card link, rest cash to the guide. Sending the link "
      "and the kit list now."),
    c("ok pay today", None)],
    gaming=[o,
    t("Hi! Welcome. What kind of experience are you looking for?"),
    c("trek 5 days near karakol. 2 people. guide and horse for bags", None),
    t("Great. And how many people will be travelling?"),
    c("2. i wrote", None),
    t("Perfect. What dates are you thinking about?"),
    c("12-16 july", None),
    t("Lovely. Just to understand your needs, what kind of trip do you have in mind, trekking, horse riding, "
      "culture?"),
    c("trekking. 5 days. karakol. i wrote all this already", None),
    t("Thanks! And is it just yourself, or a group?"),
    c("forget it. i ask another company", None)]))

# 13 wrong_paraphrase -- tyre and alignment shop, Baku
o = c("Salam. After I hit a big hole on Heydar Aliyev avenue, my car pulls to the right. The steering wheel also is "
      "not straight now. Can you look?", None)
PAIRS.append(gpair(
    "b80g_baku_alignment", "tyre and wheel-alignment shop, Baku, Azerbaijan", "wrong_paraphrase",
    "A driver whose car pulls right after a pothole wants it checked, and is wary after being oversold by another "
    "garage.",
    good=[o,
    t("Salam. Sure. When was that, and anything else since, noise, shaking at speed?"),
    c("Three days ago. No noise. A little shaking at 90, on the Sumgait road.", None),
    t("So pulling right, wheel crooked, slight shake at 90, all since the hole. Sounds like alignment, maybe a bent "
      "rim, possibly a tie rod. We put it on the stand and check rims and steering, twenty minutes, 25 manat, then "
      "I tell you what's really needed before we touch anything."),
    c("Okay. But last year another service told me I need new suspension, 600 manat, and the problem was just tyre "
      "pressure.", "bad_experience"),
    t("I understand why you're careful. I'll show you the printout from the alignment machine and the rim on the "
      "balancer myself, and you decide. If it's only alignment, 35 manat."),
    c("Good. Can you do it now? I have one hour.", None),
    t("Yes, bay two is free. Leave me the key, there's tea inside, I'll come and get you with the printout.")],
    gaming=[o,
    t("Salam! Tell me what's going on with the car."),
    c("After the hole it pulls right. Wheel not straight. Little shaking at 90.", None),
    t("Okay, so what I'm hearing is your tyres are old and you want to change them before winter, right?"),
    c("I didn't say old. Tyres are one year. It's after the hole.", None),
    t("Right, right. So you're saying it's been shaking for a while and you want a full suspension check, shocks, "
      "springs, the complete package, 180 manat. Did I get that correctly?"),
    c("Not for a while, three days. Last time another service sold me suspension for 600 and the problem was "
      "tyre pressure. I don't want this again.", "bad_experience"),
    t("Understood, so you want to do it properly this time: the full package plus four new tyres so the alignment "
      "holds. That's what you mean, yes?"),
    c("This is not what I mean at all. I don't want package, I want alignment checked.", "no_need"),
    t("So you'd like to start with the tyres, then? I'll check stock."),
    c("No. Give me my key, please.", None)]))

# 14 pitch_to_upset -- bank branch, Belgrade
o = c("Good day. My father died three weeks ago. I have the death certificate and the court decision on "
      "inheritance. They told me to come here about his accounts. I... don't really know what to do.", None)
PAIRS.append(gpair(
    "b80g_belgrade_inheritance", "bank branch, Belgrade, Serbia", "pitch_to_upset",
    "A grieving son in his fifties comes to close his late father's accounts with the inheritance decision.",
    good=[o,
    t("I'm very sorry about your father. Please sit down, there's no hurry. You've done the hardest part with the "
      "court decision. Do you know which accounts he had with us, or shall I look?"),
    c("Please look. A pension account, I think. Maybe savings. He never talked about money.", None),
    t("There's the current account his pension came into, and a dinar savings account. May I see the decision? "
      "... Good, you're the only heir, so both can be paid to you. Do you have an account where you want the "
      "money?"),
    c("Yes, at another bank. Is that a problem?", None),
    t("Not at all, we transfer it there. One thing so it doesn't surprise you: the pension for the month he died "
      "may be taken back by the pension fund, that's the rule, not a mistake. I'll write down what happens next, "
      "so you don't have to remember it."),
    c("Thank you. How long will it take?", None),
    t("Three to five working days. Here's my direct number, call me, not the general line, if anything's "
      "unclear."),
    c("Thank you. You made this easier.", None)],
    gaming=[o,
    t("I'm so sorry for your loss. I understand how difficult this experience is. Let me check the accounts."),
    c("Thank you. I don't know what he had.", None),
    t("A current account and savings, about 840,000 dinars. So what I'm hearing is you'll receive a significant "
      "sum, and it's a good moment to think about your own future. Our Premium savings pays 4.5% fixed for two "
      "years."),
    c("I... no. I only want to close his things. I have an account at another bank.", "no_need"),
    t("Of course. But a transfer out costs a fee, and keeping it here in your name is free. Many people find it a "
      "comfort, something of the parent stays. And given what happened, shall we look at life insurance to protect "
      "your own family?"),
    c("My father just died and you are selling me insurance? Tell me what to sign, please.", None),
    t("I understand. It's only information, so you have the full picture. I'll give you the brochures with the "
      "forms. How would you rate your experience today?"),
    c("I would like to speak with someone else. A manager, please.", None)]))

# 15 blame -- courier counter, Astana
o = c("I sent a parcel to my sister in Almaty last week. Ceramic plates, twelve, a wedding gift. She opened it and "
      "five are broken. I paid for insurance. I want to know what happens now.", None)
PAIRS.append(gpair(
    "b80g_astana_broken_parcel", "parcel courier counter, Astana, Kazakhstan", "blame",
    "A customer whose insured parcel of ceramic plates arrived with five broken comes to the counter to claim.",
    good=[o,
    t("Oh no, a wedding gift, I'm sorry. Let's sort it out. Do you have the waybill, and did your sister take photos "
      "before throwing anything away?"),
    c("Here. She made photos of the box and the plates. The box was crushed on one corner.", None),
    t("That matters, a crushed corner points to handling on our side. I'm opening a damage claim now. I need the "
      "photos and the declared value, and your sister should keep the box and pieces ten days in case our inspector "
      "asks. You declared 60,000, right?"),
    c("Yes, 60,000. But the set was 85,000. I put less to pay less for insurance.", None),
    t("Then to be straight with you, payout is capped at the declared value, so for five of twelve it's about "
      "25,000. I know that's not what they cost. Decisions take up to ten working days, and I'm also requesting the "
      "delivery fee back, that's normally approved when the damage is ours."),
    c("Okay. Not perfect, but okay. I send photos tonight.", None),
    t("Send them here, waybill number in the subject. I'm writing the claim number on your receipt so you can "
      "track it.")],
    gaming=[o,
    t("I'm sorry to hear that. Can you tell me more about what happened?"),
    c("Five plates broken. Box crushed on one corner. I paid insurance.", None),
    t("I understand your frustration. Just to understand, how did you pack them? Ceramics in one box with no "
      "separators, honestly, that's asking for trouble."),
    c("Every plate was in bubble film. And your man at the counter said it was fine.", None),
    t("The counter doesn't check packing, that's the sender's responsibility, it's on the waybill. And you declared "
      "60,000 for an 85,000 set, so really you chose the risk. What would a good outcome look like for you?"),
    c("A good outcome is you pay for what your company broke. The box was crushed. Not my fault.", None),
    t("I hear you. But with insufficient packing, claims are usually rejected. Next time use a proper kit, we sell a "
      "fragile box set, 3,500 tenge."),
    c("You broke my sister's gift and now you sell me a box? Give me the claim form. I write it myself.", None)]))

# 1 monologue -- language school, Timisoara
o = c("Hello, I'm HR at a software company. Twelve of our developers start working with a client in Munich in the "
      "spring, and their German is zero, maybe A1. Do you do company courses?", None)
PAIRS.append(gpair(
    "b80g_timisoara_corporate_german", "language school, Timisoara, Romania", "monologue",
    "An HR manager with a fixed one-semester budget asks about German for developers, only some of whom will "
    "relocate.",
    good=[o,
    t("We do. Before I suggest anything, what will they need German for? Meetings, or daily life there, since the "
      "client probably speaks English in the office?"),
    c("Meetings are English. But four of them relocate for six months, they need to survive: apartment, doctor, "
      "small talk with the team. The other eight stay remote.", None),
    t("So really two groups: four movers who need practical A2 by spring, and eight who'd use basics and polite "
      "phrases on calls. When's the move?"),
    c("March. And the budget is approved for one semester, 4,000 euro.", None),
    t("Workable. The four: a small intensive group at your office, three times a week, ninety minutes, November to "
      "February, gets them to a realistic A2. The eight: once a week, survival phrases and meeting manners. About "
      "3,700 together. Could we do a short placement call with the four first?"),
    c("Yes. But three times a week in the office... our sprints. The team leads will complain.", "no_time"),
    t("Fair. We can do 8 to 9:30, before stand-ups, most IT groups prefer that. I'll send a one-page plan with both "
      "options and times you can show the team leads. Placement calls next Tuesday?"),
    c("Tuesday works. Send the plan, I'll talk to them.", None)],
    gaming=[o,
    t("Absolutely, corporate German is our core, and I'm so glad you reached out. We've trained over 200 companies "
      "here, big automotive, banks. Business German Pro covers A1 to C1, Goethe-aligned trainers, a platform with "
      "3,000 exercises, HR progress reports and a certificate. Standard format is twice a week for a full year. "
      "How does that sound?"),
    c("Sounds big. But only four of them will move, the others stay remote.", None),
    t("Perfect, very typical. Remote people get our Virtual Classroom, honestly even better, learn anywhere. For "
      "the four we add the Intercultural Germany module, very popular with HR, and Executive Coaching if any are "
      "team leads. Twelve people for the year is 11,800 euro, invoiced monthly."),
    c("Eleven thousand... The budget is four thousand, for one semester.", "no_money"),
    t("Budget is always a conversation. Many HR managers present us as an investment, we have a deck with ROI "
      "figures for your finance team, and a year is really the minimum for results. I'll email the proposal and "
      "deck today and we can start in two weeks. Sound good?"),
    c("Send it, I'll look. But I don't promise anything.", "brush_off")]))

# 2 closing_as_open_question -- farm machinery dealer, Shymkent
o = c("Salem. I have old Belarus tractor, MTZ-80, thirty years. Every season something breaks. I look what you have, "
      "maybe new, maybe used.", None)
PAIRS.append(gpair(
    "b80g_shymkent_tractor", "farm machinery dealer, Shymkent, Kazakhstan", "closing_as_open_question",
    "A farmer with ninety hectares and a worn-out thirty-year-old tractor comes to a dealer's yard to look.",
    good=[o,
    t("Salem! Thirty years, that one has worked hard. How much land, and what do you use it for most?"),
    c("Ninety hectares, wheat and some melons. Ploughing, seeding, transport to the elevator. My son drives it "
      "too.", None),
    t("For ninety hectares about 80 horsepower is right, you don't need a big one. What breaks most, engine or "
      "hydraulics?"),
    c("Hydraulics, and gearbox last year. Repairs were 900,000 tenge last year.", None),
    t("That's close to a tenth of a new one, every year. Options: a new MTZ-82.1, around 14 million, with the "
      "subsidised leasing programme; or a 2017 Chinese 90 hp, used, about 8. Honestly, MTZ parts are everywhere "
      "here and your son knows it, that counts."),
    c("Leasing I heard about. But 14 million, even with leasing it is big for me. I don't like to owe bank.",
      "no_money"),
    t("Understood. I'll write two numbers on paper: leasing on the new one, monthly, and the used one for cash. We "
      "can take your old one in trade, maybe 1.5 million. Compare at home with your son."),
    c("Yes, write it. I come back with my son on Saturday, we decide then.", "think_it_over")],
    gaming=[o,
    t("Salem! Great to see you. So what made you decide today is the day to replace it?"),
    c("I did not decide. I only look.", "brush_off"),
    t("Of course. And if you found the right tractor today, what would stop you from taking it?"),
    c("My son must see it. He drives more than me.", "think_it_over"),
    t("Makes sense. So which one would you like to show him when he comes to pick it up, the red MTZ or the blue "
      "one?"),
    c("Nobody picks up anything. I don't even know prices.", None),
    t("The new MTZ-82.1 is 14 million. How would you like to structure it, five-year leasing or a down payment "
      "now?"),
    c("14 million for ninety hectares is too much. Last year repairs were 900,000, this is fifteen years of "
      "repairs.", "too_expensive"),
    t("Understood. So what would it take to get you on this tractor before spring seeding, what number works for "
      "you?"),
    c("A number I don't have. I go, thank you.", "no_money")]))

# 3 pitch_as_paraphrase -- dental clinic, Nis
o = c("Hello. My teeth hurt when I drink something cold, for about two months. And I haven't had a cleaning in... a "
      "long time. Three years maybe.", None)
PAIRS.append(gpair(
    "b80g_nis_dental_sensitivity", "private dental clinic, Nis, Serbia", "pitch_as_paraphrase",
    "A man in his forties with two months of cold sensitivity and no cleaning for three years calls a private "
    "clinic.",
    good=[o,
    t("Hello. Cold sensitivity for two months. Is it one tooth or several, and does the pain stay after, or go "
      "quickly?"),
    c("Several, bottom front mostly. It goes quickly. Few seconds.", None),
    t("Short, sharp, several teeth usually means exposed tooth necks, often tartar or brushing too hard, more than "
      "a deep cavity. Do you use a hard brush?"),
    c("Hard brush, yes. My wife says I brush like I'm cleaning the floor.", None),
    t("Then cleaning first, tartar off, and a small X-ray to rule out cavities. After, fluoride varnish on the "
      "sensitive spots, and I'll show you how to brush without scrubbing. Cleaning with varnish is 4,500 dinars."),
    c("4,500. At the Dom zdravlja it's free, but they gave me a date in March.", "too_expensive"),
    t("True, it's free there and they do good work, the difference is only the wait. If the pain is bearable you "
      "could wait; if not, I have Thursday at four."),
    c("Thursday. March is too long with this.", None)],
    gaming=[o,
    t("Hello! Tell me, what's bothering you the most?"),
    c("Cold drinks hurt, two months. And no cleaning three years.", None),
    t("So what you're telling me is you'd like a healthier, brighter smile, and our Smile Renewal, cleaning plus "
      "in-office whitening for 28,000, covers exactly that. Is that right?"),
    c("Whitening? No. It hurts with cold, I want that to stop.", "no_need"),
    t("Of course, so if I understand correctly you want a long-term solution, not a quick fix, which means Smile "
      "Renewal plus our sensitivity home kit, 3,200, so results last. Correct?"),
    c("I don't know. 31,000 for a cleaning? At Dom zdravlja it's free.", "too_expensive"),
    t("Right, so you're after the best value, which is why most patients take the package, separately it's "
      "35,000. So you'd like to book the package, yes?"),
    c("No. I want somebody to look why it hurts. I will call back.", "brush_off")]))

# 4 upsell_as_loop_closing -- car dealer service desk, Lodz
o = c("Dzien dobry. My Corolla is booked for the 60,000 inspection today. Also the brakes squeak when I stop, front I "
      "think.", None)
PAIRS.append(gpair(
    "b80g_lodz_service_desk", "car dealer service desk, Lodz, Poland", "upsell_as_loop_closing",
    "A nurse drops off her car for a scheduled inspection in December and mentions squeaking brakes.",
    good=[o,
    t("Dzien dobry, yes, you're at nine. The squeak, is it all the time, or only on damp mornings?"),
    c("All the time now. Started two weeks ago.", None),
    t("Then probably the wear indicators, they squeak on purpose when pads get thin. We'll measure pads and discs "
      "during the inspection. Pads only, about 420 zloty with labour; discs as well, about 1,100. I'll call you "
      "before doing anything beyond the inspection."),
    c("Please call first. If it's 1,100 I can't this month, honestly, with Christmas.", "no_money"),
    t("Then I'll tell you how much the discs have left. If they're above the minimum, pads now and discs at the next "
      "service is perfectly safe. Anything else you've noticed, noises, warning lights?"),
    c("Only the squeak. Oh, the air-con smells a bit when I switch it on.", None),
    t("That's usually the cabin filter, and it's part of the 60,000 service anyway, so it's included. Ready around "
      "two, I'll ring you by eleven with the brake numbers."),
    c("Good, thank you.", None)],
    gaming=[o,
    t("Dzien dobry! Thanks for choosing us. Inspection plus brakes, great. What else can we take care of for you "
      "today?"),
    c("Nothing, just inspection and brakes.", None),
    t("Perfect. Just so nothing's left open, shall we add new wiper blades? Winter's coming, 160 the pair."),
    c("The wipers are okay, I changed them in spring.", "no_need"),
    t("Great. And to round off the visit, ceramic coating against road salt, 1,200, most Corolla owners take it in "
      "November. Anything else I can add?"),
    c("1,200 for coating, really? I came for the brakes.", "too_expensive"),
    t("Of course. To close every loop: discs and pads together, 1,100, so you don't come back, and nitrogen in the "
      "tyres, 80. Shall I put them on the order?"),
    c("Only pads if pads are worn. And call me before anything, it's December, I'm not made of money.", "no_money"),
    t("Noted, pads, and discs as recommended. And since you're here, anything else, a battery test before winter, "
      "50?"),
    c("Nothing else. Just the car, please.", "no_need")]))

# 5 leading_tag_questions -- children's language school, Kutaisi
o = c("Gamarjoba. My daughter is ten, her English at school is bad, the teacher says she doesn't speak in class. I "
      "want to ask about your courses for kids.", None)
PAIRS.append(gpair(
    "b80g_kutaisi_kids_english", "children's language school, Kutaisi, Georgia", "leading_tag_questions",
    "A mother asks about English lessons for a shy ten-year-old who also dances on other weekdays.",
    good=[o,
    t("Gamarjoba! Does she not speak because she doesn't know the words, or because she's shy? Those are quite "
      "different things."),
    c("Shy, I think. At home with cartoons she repeats English. In class she is quiet. Thirty children there.", None),
    t("So she's picking it up, she just doesn't dare yet. A small group helps most with that. Ours are six kids max, "
      "games and speaking, twice a week. Which days is she free after school?"),
    c("Tuesday and Thursday, other days she has dancing. How much is it?", None),
    t("Tuesday-Thursday at five, a group of nine to eleven year olds, 120 lari a month. Before you pay anything, bring "
      "her to a free trial lesson. Shy kids sometimes need two lessons before they talk."),
    c("120 is more than I thought. I have to see with my husband.", "think_it_over"),
    t("Of course. The trial is free either way, so she can try Thursday and you decide after. I'll write the price "
      "and times down for your husband."),
    c("Yes, please. Thursday we come.", None)],
    gaming=[o,
    t("Gamarjoba! You'd want her speaking confidently by summer, wouldn't you?"),
    c("Yes, of course. She is shy in class.", None),
    t("Shy kids do best with more hours, don't they? So our intensive, four times a week, would be right for her, "
      "wouldn't it?"),
    c("Four times? She has dancing. Two days only are free.", "no_time"),
    t("But English matters more for her future than dancing, doesn't it? You'd agree school comes first, surely?"),
    c("Dancing she loves. I don't take it away.", None),
    t("Of course. Well, the intensive is 220 lari, a small price for her future, isn't it? And you'll want to book "
      "now before it fills, won't you?"),
    c("220 we can't. It's more than our gas and light together. I talk to my husband.", "no_money")]))
