"""Ranked pairs d01-d10 (blind173): two decent conversations, `better` is better. Written by hand for this set."""
from common import c, rpair, t

PAIRS = []
P = PAIRS.append

o = c("Hi, I'm emailing about two-bedrooms in the Annex, around 3,200. Anything for May 1?", None)
P(rpair("b173r_d01_toronto_annex_rental", "A renter emails a Toronto rental agent about two-bedrooms.",
        [o, t("I have a few. What's making you move? Knowing that helps me pick the right ones."),
         c("Honestly? Noise. I'm a nurse on nights and the upstairs neighbours have a toddler. I can't sleep.", None),
         t("Then a top floor matters more than the street. There's a top-floor two-bed on Brunswick, 3,250, concrete building. Would a 4 pm viewing suit your sleep?"),
         c("It's 50 over my limit, but if it's quiet... yeah, 4 works.", None),
         t("Great. I'll ask the landlord about prorating May, which might cover the 50."),
         c("That'd be amazing. See you at 4.", None)],
        [o, t("I do! Three two-beds in the Annex at 3,100 to 3,200 for May 1. Want the listings?"),
         c("Sure. I'm a nurse on nights, so daytime viewings are tricky.", None),
         t("No problem, evenings then. The 3,100 one on Albany is the best value: ground floor with a patio."),
         c("Hmm, ground floor. I'd want to think about that one, but send them all.", "think_it_over"),
         t("Will do. Which evening this week works?"),
         c("Thursday.", None)]))

o = c("What's your cheapest set of winter tyres for a 2012 Mazda3?", None)
P(rpair("b173r_d02_ottawa_cheap_winters", "A driver at an Ottawa tyre counter asks for the cheapest winters.",
        [o, t("The cheapest is 480 installed. Before you pick, how much do you drive, and how long are you keeping the car?"),
         c("Not much, city only. And I'm probably selling it next fall, to be honest.", None),
         t("Then the budget set makes sense: you won't wear them out, and they're fine in city snow. Skip rims, just do a swap."),
         c("Good. I was scared you'd push the expensive ones.", None),
         t("Not for one winter. I can fit them Friday; your all-seasons look low, so don't wait."),
         c("Friday's fine.", None)],
        [o, t("Our cheapest is 480 installed, but most people go with the 690 set; better grip and they last longer."),
         c("690's more than I'd like to spend on this car, honestly.", "too_expensive"),
         t("Understood. The 480 ones are fine too. Want me to book you in?"),
         c("Sure, Friday?", None),
         t("Friday at 9, see you then."),
         c("Thanks.", None)]))

o = c("Hi, I'm calling for my son, he's at Dawson and he's struggling in physics. He's right here, actually.", None)
P(rpair("b173r_d03_montreal_cegep_physics", "A parent phones a Montreal tutoring centre with her CEGEP son beside her.",
        [o, t("Thanks for calling. Since he's there, could I ask him a couple of questions directly?"),
         c("Sure, here he is. - Hey. Um, yeah.", None),
         t("Hi! What feels hardest: the math, or working out what the question is asking?"),
         c("The word problems. I know the formulas, I just don't know which one to use.", None),
         t("Picking the formula is trainable. An hour a week on past exam questions, and he does the work, not the tutor. Thursday at 7?"),
         c("(mom) Hmm. Our last tutor just did his homework for him and his grades didn't move. I'm wary.", "bad_experience"),
         t("Fair. After three sessions I'll send you his practice scores; if they haven't moved, you stop. No contract.")],
        [o, t("Thanks for calling. We have physics tutors at 50 an hour. What's he struggling with?"),
         c("I don't really know, he says everything. His mid-term was 52.", None),
         t("Then a full course review, two hours a week, Tuesday and Thursday."),
         c("Two hours a week is a lot with his part-time job.", "no_time"),
         t("We can do one hour. Thursday at 7?"),
         c("Okay, I'll check with him and call back.", "think_it_over"),
         t("Great, call me to confirm.")]))

o = c("Hi, I want to take 25,000 out of my RRSP. We're buying a house in Mississauga.", None)
P(rpair("b173r_d04_toronto_rrsp_house", "A customer at a Toronto branch asks to withdraw RRSP money for a down payment.",
        [o, t("Congratulations! Is this your first home, and when do you close?"),
         c("First one, yes. We close in August. The down payment's a stretch, honestly.", None),
         t("Then you may qualify for the Home Buyers' Plan: it comes out tax-free and you repay it over 15 years. A regular withdrawal loses about 7,500 to withholding."),
         c("Oh wow. I'll have to talk to my wife first, she has an RRSP too, maybe we both do it.", "think_it_over"),
         t("You both can. I'll email the form and steps; want a 20-minute call with both of you this week?"),
         c("Yes, Thursday evening if you have it.", None)],
        [o, t("Sure, I can do that. Just so you know, we withhold 30% tax on withdrawals over 15,000."),
         c("30%? Ouch. That's a big bite out of our down payment.", None),
         t("I know. You get some back at tax time. Should I go ahead?"),
         c("I guess so, we need it for the closing.", None),
         t("Done. It'll be in your chequing tomorrow."),
         c("Okay. Thanks.", None)]))

o = c("Hello, I have 84 dollars of roaming on my bill. I was in Burlington two days. This is too much.", None)
P(rpair("b173r_d05_montreal_roaming_bill", "A Montreal mobile customer calls about a roaming charge.",
        [o, t("That is a lot for two days, I'm sorry. Let me look. Do you go to the States often?"),
         c("My daughter lives there, so, once a month maybe.", None),
         t("Then this will come back every month. I'll credit half as goodwill, and the US add-on, 15 a month, makes your plan work there. It pays for itself in one trip."),
         c("15 every month, even when I don't go?", None),
         t("Yes. If you skipped months, day passes at 12 a day would be better, but at once a month the add-on is cheaper."),
         c("Okay, the add-on then. And merci for the credit.", None)],
        [o, t("I'm sorry about that. I can credit 40 dollars as a one-time goodwill gesture."),
         c("Only 40? The whole thing is unfair.", None),
         t("I understand. Next time you can buy a day pass, 12 a day, before you go."),
         c("Okay. I'll try to remember.", None),
         t("I've added a note. The credit shows on your next bill."),
         c("Fine, thank you.", None)]))

o = c("Hi, we want our kitchen redone before Christmas. We're hosting twelve people. Is that doable?", None)
P(rpair("b173r_d06_toronto_kitchen_christmas", "A homeowner asks a Toronto contractor for a kitchen before Christmas, in October.",
        [o, t("Congrats on hosting. What's in the plan: cabinets and counters, or moving plumbing or walls too?"),
         c("Moving the sink to an island. New everything.", None),
         t("Honestly, moving the sink means permits and plumbing, and cabinets are 8 to 10 weeks out. Christmas isn't realistic. Better I say it now."),
         c("Oh. That's disappointing. Another company said they could do it.", None),
         t("Ask them about cabinet lead times. Or: we start in January, and before Christmas we just paint and change the lighting so it looks fresh for dinner."),
         c("Hmm. Let me talk to my partner, but that's actually a smart idea.", "think_it_over")],
        [o, t("Tight, but we'll do our best! What's in the plan?"),
         c("Moving the sink to an island. New everything.", None),
         t("Great. We could start in two weeks. Cabinets can be slow, but we'll push the supplier."),
         c("Okay. And cost? We've budgeted about 45,000.", None),
         t("That's in range for what you describe. I'll send a quote this week."),
         c("Okay, thanks.", None)]))

o = c("Hi, I saw your home daycare on Facebook. How much is it per day? I'm a single mom and money's tight.", None)
P(rpair("b173r_d07_ottawa_home_daycare", "A single parent messages an Ottawa home daycare about price.",
        [o, t("Thanks for reaching out. Mine is 48 a day, but many families here pay less with the city subsidy. Do you know if you qualify, and what hours do you need?"),
         c("I don't know about the subsidy. I work 7 to 3 at the hospital, Monday to Thursday.", None),
         t("Four days with an early start; I can do 6:45 drop-off. The subsidy might cover most of it. I'll send the city link and hold a spot two weeks while you apply?"),
         c("That'd be amazing. Sorry, I thought I'd have to say no right away.", None),
         t("No need to be sorry. Come by Saturday morning to meet the kids?"),
         c("Yes, Saturday works.", None)],
        [o, t("Hi! It's 48 a day, full-time, Monday to Friday, 7:30 to 5:30."),
         c("Oh. That's a lot for me, I'm sorry.", "no_money"),
         t("I understand. You could look into the city subsidy, it helps a lot of families."),
         c("Okay, I'll look. But I start work at 7, so 7:30 won't work for me anyway.", "no_time"),
         t("I'm sorry, I can't open earlier. Good luck with the search!"),
         c("Thanks anyway.", None)]))

o = c("Allo, my brakes are squeaking since last week. How much for new pads?", None)
P(rpair("b173r_d08_montreal_brake_squeak", "A driver phones a Montreal garage asking for a brake pad price.",
        [o, t("I can quote pads, but squeaks aren't always pads. Does it squeak when you brake, or all the time?"),
         c("Only in the morning, the first few stops. After that it's quiet.", None),
         t("That sounds like surface rust from overnight damp, common this time of year, not worn pads. I can measure the pads free in ten minutes to be sure."),
         c("Free? Okay, yes. I was ready to pay 300.", None),
         t("Pull into bay 2. If they're fine, you keep your 300."),
         c("Merci, you're honest.", None)],
        [o, t("Front pads are 220 installed, rotors extra if they're worn."),
         c("Hmm, 220. My cousin could do it for the price of the parts.", "too_expensive"),
         t("Sure, but ours come with a 12-month warranty. Want me to book it?"),
         c("Okay, book it for Tuesday.", None),
         t("Tuesday 10 a.m., see you then."),
         c("Thanks.", None)]))

o = c("Our office internet went down twice this month. We're a small law firm on Bay Street. What can we do?", None)
P(rpair("b173r_d09_toronto_lawfirm_backup", "A Toronto law office manager calls a business internet provider.",
        [o, t("Sorry to hear it. When it went down, what did it stop: email, the court filing portal, phones?"),
         c("Everything, phones are VoIP too. Once it was on a filing deadline, the clerk ran to a café.", None),
         t("So the real risk is deadlines. A 4G backup box switches over in seconds and keeps phones and filing up, 35 a month. Dedicated fibre at 600 is likely overkill for eight people."),
         c("35 is much better than I feared. I'll need the partners to sign off.", "think_it_over"),
         t("Of course. I'll send a one-page summary they can approve by email; install within a week."),
         c("Perfect.", None)],
        [o, t("Sorry to hear it. For business-critical work, our dedicated fibre has a 99.9% uptime guarantee, 600 a month."),
         c("600? We pay 150 now. That's a big jump for eight people.", "too_expensive"),
         t("I understand. There's also a 4G backup at 35 a month that kicks in when the main line drops."),
         c("Oh, that sounds more like it. I'll run it by the partners.", "think_it_over"),
         t("Great, I'll email both options."),
         c("Thanks.", None)]))

o = c("Hi Ravi, it's Jen from the Alta Vista quote. I'm so sorry, but we've decided to go with another company for the waterproofing.", None)
P(rpair("b173r_d10_ottawa_lost_quote", "A homeowner phones an Ottawa contractor to turn down his quote.",
        [o, t("Thanks for letting me know, Jen, I appreciate the call. Can I ask what made the difference? It helps me improve."),
         c("Honestly, they were 3,000 cheaper. Yours was better explained, though, sorry.", "too_expensive"),
         t("That's helpful, thanks. One thing worth checking: that their quote includes the weeping tile, not just the membrane. That's often where 3,000 goes."),
         c("Oh. I'm not sure it does. I'll ask them.", None),
         t("Good luck with it. If anything comes up, my number's on the quote."),
         c("Thank you, Ravi, really.", None)],
        [o, t("Oh, that's too bad. Was it the price?"),
         c("Yes, they were 3,000 cheaper. Sorry.", "too_expensive"),
         t("Understood. I could maybe come down 1,000 if that helps?"),
         c("That's kind, but we've already signed with them, sorry.", "no_need"),
         t("No problem. Good luck with the project."),
         c("Thanks, you too.", None)]))
