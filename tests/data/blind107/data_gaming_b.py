"""Gaming pairs, part B (b107). Hand-written."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer -- insurance broker, Elizabeth NJ
o = c("Hola, good morning. I have a food truck, arepas, and the city says I need commercial insurance for the truck, not my personal. What do I need exactly?", None)
PAIRS.append(gpair(
    "b107g_elizabeth_insurance_foodtruck", "insurance brokerage, Elizabeth NJ (walk-in)", "ignored_customer",
    "Luz, a Colombian-born food truck owner, walks into a local brokerage because the city told her the truck needs a commercial auto policy.",
    [o,
     t("Good morning. They're right, a truck used for business needs a commercial auto policy. Tell me how you use it: how many days, how far, who drives?"),
     c("Only me and my husband drive. Friday, Saturday, Sunday, in Elizabeth and sometimes Newark. The rest of the week it's parked in my cousin's lot.", None),
     t("That helps, a truck that's parked four days and stays local is cheaper to insure. Does the city need just auto, or also general liability for the food?"),
     c("The paper says both, one million. Honestly money is tight, we just started in March.", None),
     t("Then I'll quote the minimums the city asks for, not extras. Liability for a weekend-only vendor often runs monthly, so you're not paying a year up front. I'll get three quotes by Thursday."),
     c("Okay. Last year a guy sold my brother a policy that didn't cover anything when he had a problem. I'm a little scared of this.", "bad_experience"),
     t("That's a fair worry. When I send the quotes, I'll write in plain words what each one covers and what it doesn't, and we go through it together before you sign anything."),
     c("Good. Thursday I can come after two.", None)],
    [o,
     t("Good morning! Great question. So tell me, how do you use the truck, and what matters most to you?"),
     c("Only weekends, Friday to Sunday, local. The rest it's parked. And money is tight, we just started in March.", None),
     t("Perfect, thanks for sharing. So for a food business I'd recommend our full-time commercial package, 24/7 coverage, any driver, nationwide, about 380 a month."),
     c("Nationwide? I only go to Newark. And 380 a month is almost what I make some weekends.", "too_expensive"),
     t("I hear you. And it also comes with roadside assistance and hired auto coverage, which most of my clients love. Any other questions?"),
     c("Yes, does it cover the food part, the liability? The city asks for one million.", None),
     t("Great question. The package is really strong on the auto side. I can have it start Monday if you sign today."),
     c("You don't answer what I ask. My brother got a bad policy like this. I will ask somewhere else.", "bad_experience")]))

# 12. repeated_questions -- moving company, Allston (chat)
o = c("hi need movers sept 1 from allston to jamaica plain, 3 of us, 3rd floor walkup to a 2nd floor. how much", None)
PAIRS.append(gpair(
    "b107g_allston_moving_sept1", "moving company, Boston MA (website chat)", "repeated_questions",
    "A grad student in Allston writes to a Boston moving company about a three-roommate move on September 1, the busiest moving day in the city.",
    [o,
     t("Hi! Sept 1 is our busiest day so let's get you sorted fast. Is it a 3-bedroom, and are you bringing beds, desks, couch, or mostly boxes?"),
     c("3 bed. 3 beds, 3 desks, a couch, a tv, boxes. no piano lol", None),
     t("Ok. 3rd floor walkup to 2nd, 3 beds, 3 desks, couch, TV, boxes. Do either street have parking we need a permit for?"),
     c("jp is a side street, allston is comm ave so probably yes", None),
     t("Comm Ave needs a city moving permit, it's about 80 and we can file it for you. For this move it's 3 movers and a truck, about 5 hours, around 1,050 plus the permit. On Sept 1 we only have a 7am start left."),
     c("7am is brutal but fine. is 1050 split 3 ways or is that it lol", None),
     t("That's the total, so 350 each, plus 27 each for the permit. I'll send the written estimate and the 100 deposit link, you've got 24 hours to decide before I release the slot."),
     c("ok sending it to my roommates now, will pay the deposit tonight", None)],
    [o,
     t("Hi! Great question. To understand your needs, how big is your apartment?"),
     c("3 bedroom. 3 beds, 3 desks, couch, tv, boxes", None),
     t("Got it! And just to make sure, how many rooms are we talking about?"),
     c("3 bedrooms. like I said", None),
     t("Perfect. So, roughly how much stuff do you have, would you say it's a small, medium or large move?"),
     c("idk medium? I listed it. 3 beds 3 desks couch tv boxes. can you just give me a price", None),
     t("Absolutely. And to get you the most accurate quote, how many bedrooms is the place you're leaving?"),
     c("are you a bot. forget it, I'll ask my roommate's guy, he did her move last year", None)]))

# 13. wrong_paraphrase -- leasing office, Harrison NJ
o = c("Hi, we saw the one-bedroom on the website, near the PATH. We are two, me and my husband, and we have a small dog. Is it possible?", None)
PAIRS.append(gpair(
    "b107g_harrison_landlord_onebed", "apartment building leasing office, Harrison NJ (in person)", "wrong_paraphrase",
    "Camila and Rafael, a Brazilian couple who work in Manhattan, visit a leasing office near the Harrison PATH station asking about a one-bedroom and their dog.",
    [o,
     t("Yes, dogs under 40 pounds are allowed. There's a one-time pet fee of 300 and 50 a month. How big is yours?"),
     c("She's a Shih Tzu, seven kilos, so around fifteen pounds.", None),
     t("Then no problem. What else matters to you, besides the PATH?"),
     c("Our budget is 2,300 max, with everything. And Rafael works from home three days, so he needs a little space for a desk.", None),
     t("Okay, so 2,300 all in, a dog, a corner for a desk, close to the PATH. The one on the site is 2,150, so with the 50 pet rent it's 2,200, plus about 60 for water and trash. There's also a slightly bigger one on the third floor for 2,290 with an alcove that fits a desk."),
     c("Hmm, 2,290 plus dog is over our limit. Can we see both?", "no_money"),
     t("Sure. The bigger one's over budget with the pet rent, I won't pretend it's not. Let's see the 2,150 first and you can check if a desk fits by the window."),
     c("Yes, let's see. If the desk fits, we take it, probably.", None)],
    [o,
     t("Absolutely! So what I'm hearing is you don't have a pet issue and you're flexible on size, right?"),
     c("No, we have a dog. A Shih Tzu. Small, but a dog.", None),
     t("Got it. So to reflect back, you're looking for something bigger, maybe the two-bedroom on the top floor at 2,900?"),
     c("No, we said one-bedroom. Our budget is 2,300 with everything.", "no_money"),
     t("Perfect, so what I'm hearing is budget is flexible if the space is right, and the home office is the priority. Did I get that right?"),
     c("Not flexible. 2,300 is the top. I don't know where you hear this.", "no_money"),
     t("I understand. So you're saying the two-bedroom is a little more than you'd like, but the value works for you. Shall we go look at it?"),
     c("No. We will look at other buildings. Thank you.", "brush_off")]))

# 14. pitch_to_upset -- phone store, North Philadelphia
o = c("Hi, um, my mother passed away two weeks ago and I need to, um, cancel her phone line. It's on my account. I don't really know what you need from me.", None)
PAIRS.append(gpair(
    "b107g_northphilly_telecom_bereavement", "mobile phone store, North Philadelphia PA (in person)", "pitch_to_upset",
    "Marisol comes into her carrier's store on Germantown Avenue to remove her late mother's line from the family account.",
    [o,
     t("I'm so sorry about your mother. We'll make this as simple as possible. Since the line's on your account, I just need your ID. Do you want to cancel it, or keep the number for a while?"),
     c("I... I don't know. Her voicemail still has her voice. My sister wants to hear it.", None),
     t("That makes sense. Before the line closes, we can save her voicemail greeting and messages as audio files for you. Or you can suspend the line for up to 90 days for 10 a month, so nothing changes until you're ready."),
     c("Oh. I didn't know you could save it. Yes, please, save them.", None),
     t("I'll do that now and email you the files. Do you want the line cancelled today after that, or suspended?"),
     c("Cancel it. My sister can listen on the files. And her phone, the payments, is it still owed?", None),
     t("There's 140 left on her phone. You can pay it off or keep the monthly payment; there's no extra fee either way. Take your time with that."),
     c("I'll just pay it. I want it done. Thank you for the voicemail, really.", None)],
    [o,
     t("I'm so sorry for your loss. I understand how hard that is. So, tell me, how is your experience with your current plan?"),
     c("It's fine. I just need to cancel my mom's line.", None),
     t("Of course. And since you're freeing up a line, this is actually a great time to look at our Unlimited Family Max, you'd get 15 dollars off per line and a free tablet. Wouldn't that be nice?"),
     c("I don't want a tablet. I just, I don't want this right now.", "no_need"),
     t("Totally understand. And I know it's a hard time, but her phone still has 140 owed, you could trade it in toward a new iPhone for yourself and basically not pay that off. What are your thoughts?"),
     c("That's my mother's phone. Her pictures are on it. Can you please just close the line?", "no_need"),
     t("Absolutely. Before I do, is there anything else I can help with? Our protection plan is only 17 a month."),
     c("No. Forget it. I'll call the number and do it with somebody else.", None)]))

# 15. blame -- electrician, Yonkers
o = c("Yeah, you guys put in the new circuit for my basement last week and now the breaker trips like every night. I paid 900 for this.", None)
PAIRS.append(gpair(
    "b107g_yonkers_electric_breaker", "electrical contractor, Yonkers NY (phone)", "blame",
    "Frank calls the electrician who added a basement circuit last week: the new breaker now trips every evening.",
    [o,
     t("Sorry to hear that, that shouldn't happen on a new circuit. When does it trip, is it always around the same time?"),
     c("Around nine, ten at night. My wife runs the dehumidifier down there and the space heater, the little one.", None),
     t("Okay, that helps. A space heater and a dehumidifier together can go past what a 15-amp circuit carries. Did the guy who installed it ask you what would be plugged in down there?"),
     c("No, nobody asked. I said basement outlets, that's it.", None),
     t("Then we should have asked. I'll send someone tomorrow to check the connections and measure the load. If it's the load, we'll move the heater to its own circuit and charge you materials only, not labor."),
     c("Materials only, what's that, like a hundred? I already paid 900, I don't want to keep paying.", "too_expensive"),
     t("Understood. I'll talk to my boss, but I'll also make sure you know before anything's charged. Does tomorrow morning work?"),
     c("Tomorrow after eleven. I'll leave the heater unplugged tonight.", None)],
    [o,
     t("Okay, I hear you, and I want to understand your experience. What are you plugging in down there?"),
     c("A dehumidifier and a little space heater, at night.", None),
     t("Right, so what I'm hearing is you're running a space heater on a 15-amp circuit. That's really on you, nobody should do that."),
     c("Nobody told me it was 15. You guys never asked what I would plug in.", None),
     t("Honestly, that's common sense. Did you read the paperwork we left? It says maximum load on there. And a lot of homeowners overload circuits and then blame us."),
     c("I'm not blaming, I'm telling you it trips. I paid 900.", None),
     t("I understand how you feel. If you want us to come look, it's a 150 service call, since our work was done right. Does that work for you?"),
     c("150 to fix your own job? No. I'll get another electrician and leave a review.", "too_expensive")]))

# 16. monologue -- ATM placement, Bronx bodega
o = c("Yeah, hello, I got your flyer about the ATM machine for the store. How does it work?", None)
PAIRS.append(gpair(
    "b107g_bronx_bodega_atm", "ATM placement company, serving bodegas in the Bronx NY (phone)", "monologue",
    "Ramón, who owns a bodega on Fordham Road, calls about a flyer offering a free ATM for small stores.",
    [o,
     t("Hi, thanks for calling. Quick version: we put the machine in, we fill it or you fill it, and you get part of every withdrawal fee. Whether it's worth it depends on your store. Do customers ask for cash back a lot?"),
     c("All day. Card minimum is five dollars, people want cash for the laundromat next door.", None),
     t("That's a good sign. Do you have an ATM now, or had one before?"),
     c("I had one, other company, like four years ago. They never came to fix it, it was broken half the time, and I still paid the lease.", "bad_experience"),
     t("That happens too often. Ours has no lease, the machine is ours, and we fix it within 24 hours or you get paid the average for that day anyway. It's in the contract, I'll show you."),
     c("Okay. And how much I make?", None),
     t("You'd get a dollar of each 3.50 fee. A store with a laundromat next door might do 300 to 600 withdrawals a month, so 300 to 600 dollars, but I'd want to come look at the traffic before promising anything."),
     c("Come look, but not weekend, weekend I'm crazy busy. Tuesday morning.", None),
     t("Tuesday at ten. I'll bring the contract so you can read the repair part yourself."),
     c("Okay, Tuesday.", None)],
    [o,
     t("Great question, and thanks for calling CashPoint! So, we're the fastest-growing ATM company in the tri-state, over 1,200 stores. Our machines are brand new, touch-screen, they take chip cards, tap, and we do full service, armored car, we fill it for you, and you never touch the cash."),
     c("Okay, but I had before one machine, and—", None),
     t("And the best part, you get a share of every transaction, guaranteed. Stores like yours make thousands. We also have the premium package with a digital ad screen on top, you can show your specials, lotto, whatever, it's amazing for your experience as an owner."),
     c("The other company, they never came fix it, and I still—", "bad_experience"),
     t("Totally, and that's why our premium package is a 60-month agreement with a service plan included, 129 a month, so you're always covered. It's the smart choice for a store like yours. Does that sound like what you need?"),
     c("129 a month? The flyer said free. I pay already for the lottery machine, the cameras.", "too_expensive"),
     t("Right, the basic is free, but honestly nobody takes the basic. I can email the contract today and get you installed next week. What's your email?"),
     c("No, no. Just leave me the paper in the store, I'll look later.", "brush_off")]))

# 17. closing_as_open_question -- property manager, Baltimore (Canton)
o = c("Hi, I'm here for the 2 o'clock showing, the two-bedroom on O'Donnell Street? I'm Tanisha. My roommate couldn't make it, so I'm kinda scouting for both of us.", None)
PAIRS.append(gpair(
    "b107g_canton_landlord_showing", "property management company, Canton, Baltimore MD (apartment showing)", "closing_as_open_question",
    "Tanisha tours a two-bedroom in Canton for herself and a roommate who could not come; the lease would start next month.",
    [o,
     t("Hi Tanisha, nice to meet you. Let's look around. What are you two looking for, what would make this a yes or a no?"),
     c("Both bedrooms need to be decent size, like, nobody gets the closet room. And parking. I drive to Hopkins Bayview.", None),
     t("The bedrooms are 12 by 11 and 11 by 10, so close. There's no off-street parking here, but the block has residential permits, about 40 a year. Do you want to take photos and measure for your roommate?"),
     c("Yeah. Honestly I can't decide without her, she's gonna pay half.", "think_it_over"),
     t("Of course. I can do a video call now if she's free, or she can come Thursday evening. The application is free until someone signs, so nothing's lost if you wait."),
     c("Thursday evening works for her. Can you hold it until then?", None),
     t("I can't hold it without an application, I'll be honest. If someone applies before Thursday I'll text you first so you can decide."),
     c("Okay, that's fair. Text me then.", None)],
    [o,
     t("Hi Tanisha, welcome! So, what would it take for you to be ready to sign today?"),
     c("Um, I'm just looking. My roommate's not here, she's paying half, I can't decide without her.", "think_it_over"),
     t("Totally. And looking at this living room, how do you see yourself decorating it when you move in on the first?"),
     c("I mean, it's nice. Is there parking? I drive to Bayview every day.", None),
     t("There's street permit parking. So, which works better for you, the 12-month lease or the 18-month lease with a month free?"),
     c("I don't know yet. I need to talk to her first.", "think_it_over"),
     t("Of course. And how would you like to handle the deposit today so no one else grabs it, Zelle or a card?"),
     c("I'm not paying anything today. I'll let you know.", "brush_off")]))

# 18. pitch_as_paraphrase -- IT support, Center City Philadelphia
o = c("Hi, um, this is Grace at Liu and Park, the law office? Outlook keeps freezing on my computer, like every time I open an attachment. It started Monday.", None)
PAIRS.append(gpair(
    "b107g_centercity_it_outlook", "IT support for small offices, Philadelphia PA (phone)", "pitch_as_paraphrase",
    "Grace, a paralegal at a four-person law office, calls their pay-per-ticket IT provider because Outlook freezes when she opens attachments.",
    [o,
     t("Hi Grace. Freezing only on attachments since Monday, okay. Is it every attachment, or PDFs, or big ones?"),
     c("Mostly PDFs, I think. Word files open okay. The other paralegal, Mei, doesn't have it.", None),
     t("That points to your computer, probably the PDF preview. Did anything get installed Monday, a new PDF program or an update?"),
     c("Oh, um, yes, I installed a PDF editor the court told us to use for e-filing.", None),
     t("That's likely it, it often replaces the preview Outlook uses. I can connect and reset the preview setting without removing the editor. Ten minutes, billed as a regular ticket. Okay?"),
     c("Yes, please. But I can't lose the editor, we need it Friday for filing.", None),
     t("Understood, the editor stays. Here's the code for the remote session, read me the number on your screen."),
     c("It's 5-0-2-7-7. Okay, I see you moving the mouse.", None)],
    [o,
     t("Hi Grace! Thanks for reaching out. So what I'm hearing is that your office has outgrown pay-per-ticket support and what you need is our Total Care plan at 129 per user a month, is that right?"),
     c("Um, no, I just need Outlook to stop freezing. When I open PDFs.", "no_need"),
     t("Absolutely. So what you're telling me is that reliability is your top priority, which is exactly what Total Care gives you, unlimited support and proactive monitoring. Did I get that right?"),
     c("I mean, I just installed a PDF editor Monday. Maybe it's that? I didn't decide anything about plans, that's Mr. Liu.", "think_it_over"),
     t("Great point. So to play it back, you're looking for a partner who prevents these issues, so Total Care plus our Cloud Backup add-on would cover you, yes?"),
     c("I don't know what that costs, and we're four people. We don't really have budget for that right now.", "no_money"),
     t("Understood. So if I'm hearing you right, you'd like me to send Mr. Liu the proposal today?"),
     c("No. I'd like Outlook to work. Can you open a ticket or not?", "no_need")]))

# 19. upsell_as_loop_closing -- dental office, Sheepshead Bay
o = c("Good morning. I have appointment for cleaning at ten, Vera Kaplan. Also, one tooth is sensitive on the cold, left side, bottom.", None)
PAIRS.append(gpair(
    "b107g_sheepshead_dental_cleaning", "dental office, Sheepshead Bay, Brooklyn NY (hygienist chair)", "upsell_as_loop_closing",
    "Vera, a Russian-speaking woman in her sixties, comes in for a routine cleaning and mentions one sensitive tooth.",
    [o,
     t("Good morning, Mrs. Kaplan. I'll look at that tooth first. Is it only cold, or also sweet, or when you bite?"),
     c("Only cold. Water from refrigerator, ice cream. Maybe two months.", None),
     t("I see some gum pulled back there, so the root is a little exposed. That's a common cause, not a cavity. A sensitivity toothpaste helps most people in two to four weeks; the doctor can also put a coating on it today, insurance usually covers it."),
     c("Toothpaste first. If it does not help, then the coating. I don't like to do too much.", "no_need"),
     t("That's reasonable. I'll write in your chart to check it at your next visit. Before I finish, any questions about today, or anything else bothering you?"),
     c("No, this is all. Thank you, you explain everything.", None)],
    [o,
     t("Good morning, Mrs. Kaplan! Cleaning and sensitivity, got it. And to make sure we close the loop today, what else can I add for you? Our whitening special is 299."),
     c("No, thank you, I don't need white teeth. Only the cold, left side.", "no_need"),
     t("Of course. The sensitivity is probably from your gums. So, anything else? We also sell the Sonicare brush here, it helps with gums, 150."),
     c("I have electric brush already. From my daughter.", "no_need"),
     t("Perfect. Just to close the loop so nothing is missed, many patients your age also add a night guard, 450. Should I put that in the plan?"),
     c("What is for? I don't grind. You didn't tell me what to do with the tooth.", "no_need"),
     t("Great question! And before we finish, what else can we do for your smile today?"),
     c("Nothing. Just clean, please. And next time I ask for other hygienist.", "no_need")]))

# 20. leading_tag_questions -- insurance broker, Sunset Park
o = c("Hi, my wife and I, we just had second baby, and my friend says I should have life insurance. I don't know anything about it. What do you suggest?", None)
PAIRS.append(gpair(
    "b107g_sunsetpark_insurance_life", "insurance brokerage, Sunset Park, Brooklyn NY (office visit)", "leading_tag_questions",
    "Wei, a restaurant cook and new father of two, visits a Sunset Park brokerage with his wife to learn about life insurance.",
    [o,
     t("Congratulations on the baby! Before I suggest anything, a few questions. Do you have any life insurance now, maybe through work?"),
     c("No. I work in restaurant kitchen, no benefits. My wife stays home with kids now.", None),
     t("Then the main question is: if something happened to you, how much would your family need, and for how long? What's the rent and your monthly costs, roughly?"),
     c("Rent 2,100. Everything, maybe 4,000 a month. But we cannot pay a lot for insurance, we send money to my parents also.", "no_money"),
     t("Understood. For a family like yours, a 20-year term policy is usually the cheapest way, it covers the years the kids are small. For someone your age and healthy, 500,000 might be around 25 to 35 a month, but I'd need a real quote. There's also whole life, which costs several times more; I don't think you need that now."),
     c("35 is okay maybe. My wife wants to read it in Chinese also.", "think_it_over"),
     t("Of course. I'll get two or three real quotes and ask my colleague Ms. Huang to go through them with both of you in Mandarin. Next Tuesday evening?"),
     c("Tuesday is good. Thank you.", None)],
    [o,
     t("Congratulations! So you want to protect your family, don't you?"),
     c("Yes, of course. But I don't know how much. I work in kitchen, no benefits.", None),
     t("Sure. And you'd want the best coverage for your kids, wouldn't you? So a whole life policy, 1 million, makes sense, doesn't it?"),
     c("How much is it? We cannot pay a lot, we also send money to my parents.", "no_money"),
     t("It's around 600 a month. But you can't put a price on your kids' future, can you?"),
     c("600? No. That is too much. My friend pays like 30.", "too_expensive"),
     t("Well, his is probably just term, which expires. You wouldn't want your coverage to just disappear, would you? So you'll want to start today, right?"),
     c("I need to talk with my wife. We will think.", "think_it_over")]))
