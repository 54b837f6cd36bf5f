"""Gaming pairs, part A (b107). Hand-written."""
from common import c, gpair, t

PAIRS = []

# 1. monologue -- moving company, Brooklyn
o = c("Hello, yes, I am calling about moving. I have one-bedroom in Brighton Beach, I go to Jersey City end of the month. How much is cost?", None)
PAIRS.append(gpair(
    "b107g_brightonbeach_moving_quote", "moving company, Brooklyn NY (phone)", "monologue",
    "Irina, a Russian-speaking retiree, calls a Brooklyn moving company for a price to move her one-bedroom from Brighton Beach to Jersey City.",
    [o,
     t("Hi, thanks for calling Kings Way Moving. I can get you a number, I just need a few details so it's a real number and not a guess. What floor are you on now, is there an elevator, and what's the place in Jersey City like?"),
     c("Fourth floor, no elevator, building is old. In Jersey City is new building with elevator. My son says I must reserve elevator, I don't know how is this.", None),
     t("Your son's right, new buildings usually want a time slot and an insurance certificate from us. We send the certificate for free, you just get me the management's email. What are the big pieces you're bringing?"),
     c("Bed, sofa, and the stenka, big wall cabinet, very heavy, was my mother's. Boxes I pack myself, I have time, I am retired.", None),
     t("Okay. So: fourth-floor walk-up, a heavy wall unit we'd take apart and put back together, you pack the boxes, elevator on the other end. That's three movers and a small truck, five to six hours, roughly 1,100 to 1,300 with tolls."),
     c("Hmm. My neighbor moved last year, she paid 800. Is more than I want to pay.", "too_expensive"),
     t("That's worth comparing. The stairs and the wall unit are most of the difference; if your neighbor had an elevator, that explains it. A Tuesday or Wednesday move takes about 15 percent off. Want me to put it in writing so you can compare it with other quotes?"),
     c("Yes, write it please. Tuesday is fine for me. I talk to my son tonight and call you back.", "think_it_over"),
     t("Sure. I'll email the Tuesday price and the list of what the building needs today. If I don't hear from you, is it okay if I call Thursday morning?"),
     c("Thursday morning is good. Thank you, you explain very clear.", None)],
    [o,
     t("Great question, and thank you for choosing Kings Way! Before we talk numbers, let me share the experience we give every customer. We're full-service: we pack, we wrap, wardrobe boxes, mattress bags, climate-controlled storage in Sunset Park, and every move includes our premium protection plan. People love it."),
     c("Okay, but I only need—", None),
     t("And what I always say is, moving is stressful, right? So our white-glove package takes all that off your plate. We unpack at the new place, hang your pictures, take the boxes away. Most of our Brighton Beach customers go white-glove, it's our most popular option by far."),
     c("I pack myself. Is fourth floor, there is no elev—", None),
     t("Perfect, so white-glove is ideal for you, because our crew handles stairs all day, no problem. For a one-bedroom white-glove is 2,450, everything included, plus thirty days of storage if you need it. Does that sound like it meets your needs?"),
     c("Two thousand four hundred? No, no. I am pensioner, I don't have this money.", "no_money"),
     t("Totally understand, and that's exactly why we have financing, twelve easy payments! And if you book today I'll throw in free wardrobe boxes. So which date works best for you, the 28th or the 30th?"),
     c("I don't want payments. I find somebody cheaper. Goodbye.", "too_expensive")]))

# 2. closing_as_open_question -- dental office, Newark
o = c("Hi, good afternoon. I was here last week, the doctor say I need implant for the tooth in the back. I want to understand the price before, because is a lot of money, no?", None)
PAIRS.append(gpair(
    "b107g_ironbound_dental_implant", "dental office, Ironbound, Newark NJ (front desk)", "closing_as_open_question",
    "Paulo, a Brazilian-born contractor with no dental insurance, comes back to the front desk to ask about the cost of an implant for a broken molar.",
    [o,
     t("Of course, Mr. Souza, let's go through it. Can I ask first, do you have any dental insurance now, through work or on your own?"),
     c("No, I work for myself. Construction. No insurance.", None),
     t("Okay. Then the full implant here is about 4,200, in three parts: the implant itself, the post, and the crown, spread over three to five months. Is there a timing issue for you, or mostly the money?"),
     c("Both. In July I go to Brazil two months. And my cousin there is dentist, he says he does it for half this.", "too_expensive"),
     t("That's an honest comparison to make. One thing to know: the implant needs a few months to heal, and the crown is made afterwards, so if you start here in May, the crown would be done in Brazil or after you come back. Mixing two offices can work, but ask your cousin if he'd finish someone else's implant."),
     c("Ah. I didn't know this. So better to do all in one place.", None),
     t("Usually, yes. If you do it here we have a twelve-month plan with no interest, and there's also a bridge, which is cheaper but uses the teeth next to it. I can print the plan with both options and a copy of your X-ray so you or your cousin can look at them."),
     c("Yes, print it. I need to talk with my wife, money is from both of us.", "think_it_over"),
     t("Of course. Here you go. The broken tooth isn't urgent unless it starts hurting; if it does, call us and we'll see you the same day. Otherwise I'll check in after you've had a chance to talk, is two weeks good?"),
     c("Two weeks is good. Obrigado, thank you.", None)],
    [o,
     t("Absolutely, great question! So tell me, how are you feeling about finally getting that smile fixed?"),
     c("I feel okay. I just want to know the price. I don't have insurance.", None),
     t("I hear you. The full implant is 4,200. And what would it take for you to feel comfortable getting started today?"),
     c("Today? No. I go to Brazil in July, and my cousin is dentist there, he does it for half.", "too_expensive"),
     t("I understand completely. So, thinking about your schedule, when would you like to book the first surgery, this Thursday or next Tuesday?"),
     c("I said I don't decide yet. I need to talk with my wife.", "think_it_over"),
     t("That makes sense. And how would you like to take care of the deposit today so we can hold your spot, card or cash?"),
     c("No deposit. You are not listening. I go now.", None)]))

# 3. pitch_as_paraphrase -- gym, South Boston
o = c("hey, um, I was wondering what the options are for just using the weights. I work nights so I'd be coming in like eight in the morning.", None)
PAIRS.append(gpair(
    "b107g_southie_gym_membership", "gym, South Boston MA (front desk)", "pitch_as_paraphrase",
    "Kayla, a night-shift nurse at a Boston hospital, walks into a South Boston gym asking about a basic membership she can use after her shift.",
    [o,
     t("Sure. Eight in the morning is actually a great time, the after-work rush is gone. What do you usually do when you lift, free weights, machines, a program you follow?"),
     c("Mostly free weights. I had a membership at a place in Quincy but it closed, so I've just been doing, like, dumbbells in my apartment.", None),
     t("Got it, so free weights, coming straight off nights around eight, and you've got a routine already. How many days a week are you thinking?"),
     c("Three, maybe four if my schedule's good. I don't really do classes. Honestly I'm just trying to keep it cheap.", None),
     t("Then the basic plan fits: 35 a month, full weight floor, open 5 a.m. to 11 p.m., no classes. There's a 49 start-up fee, and no contract, you can cancel with thirty days' notice."),
     c("okay. 49 up front is kind of annoying though.", "too_expensive"),
     t("Fair. The fee's waived if you join after a free day pass, that's this month's deal, so you could come in after a shift this week, see if the racks are free at eight, and only sign up if it works."),
     c("oh that's good actually. can I do Thursday?", None),
     t("Thursday works. I'll put your name on a pass now, just bring an ID."),
     c("cool, thanks.", None)],
    [o,
     t("Love that! So tell me, what brings you in today and what does success look like for you?"),
     c("Um, just lifting. Free weights, three or four days. I had a place in Quincy but it closed.", None),
     t("Okay, so what I'm hearing is that what you really need is our Elite All-Access at 89 a month, with unlimited classes and the recovery lounge, right?"),
     c("No, I don't do classes. I work nights, I'm just trying to keep it cheap.", "too_expensive"),
     t("Totally. So what you're saying is that with your stressful job, recovery is the missing piece, so the cold plunge and massage chairs are exactly what you're looking for, did I get that right?"),
     c("I didn't say anything about massage chairs. Is there just like a basic one?", "no_need"),
     t("Great question. So just to reflect back, your goal is real results, which means personal training, and our Results Pack adds four sessions a month for 60 more. Does that capture what you need?"),
     c("No. That's not what I said at all. I'll just keep using my dumbbells at home.", "no_need")]))

# 4. upsell_as_loop_closing -- deli, Washington Heights
o = c("Hola, buenas. I need to order food for my mom's birthday Saturday, like twenty-five people. You guys do the pernil sandwiches, right?", None)
PAIRS.append(gpair(
    "b107g_washheights_deli_catering", "deli and bodega, Washington Heights, NYC (counter)", "upsell_as_loop_closing",
    "Yesenia orders food for her mother's birthday party at a Washington Heights deli that does catering trays.",
    [o,
     t("Yes we do. Twenty-five people, Saturday. Are they mostly adults, and is this the main food or is someone else cooking too?"),
     c("Mostly adults, like five kids. My tía is making rice and beans, so I just need the sandwiches and maybe something for the kids.", None),
     t("Okay. For twenty-five with rice on the side, two big trays of pernil sandwiches is plenty, forty pieces. For the kids, a small tray of ham and cheese? Trays are 85 each, the small one 45."),
     c("Bueno, that's like 215. My budget is 200, can you do something?", "too_expensive"),
     t("I can do the two big trays and make the kids' tray a half tray for 30, that's 200 even. What time do you want to pick it up?"),
     c("Like eleven. Oh, and my cousin doesn't eat pork.", None),
     t("Good you said it. I'll swap ten of the pernil for chicken, same price. So: two big trays, thirty pernil and ten chicken, a half kids' tray, ready at eleven Saturday, 200. Anything I missed or got wrong?"),
     c("No, that's perfect. Gracias, papi.", None),
     t("De nada. I'll write your number on the order, and if something changes just call by Friday night."),
     c("Okay, see you Saturday.", None)],
    [o,
     t("Yes we do, great choice! Twenty-five people, beautiful. And to make sure we close the loop on everything you need, what else can I add for you? The tres leches is amazing for birthdays."),
     c("No cake, my sister is bringing the cake. Just sandwiches. And my budget is like 200.", "no_need"),
     t("Perfect, two big trays of pernil, 170. Now just checking we've covered everything, anything else? We have a drink package, two-liters and ice, only 40 more."),
     c("No, we have drinks at home.", "no_need"),
     t("Got it. And before we wrap up, is there anything else that would make the party complete? Most people add our empanada tray, 65, the kids love them."),
     c("Mira, I said 200. With that I'm over. I can't spend more.", "no_money"),
     t("Understood! Last thing so nothing's missing: plates, napkins, forks, a party pack is just 15. What else can I get you?"),
     c("Nothing else. Just the sandwiches. Dios mío.", "no_need")]))

# 5. leading_tag_questions -- electrician, Philadelphia
o = c("Yeah, hi. So our lights kind of dim, like flicker, every time the air conditioner kicks on. It's a rowhome in Fishtown. Somebody told me that means the panel's shot?", None)
PAIRS.append(gpair(
    "b107g_fishtown_electric_flicker", "electrical contractor, Philadelphia PA (phone)", "leading_tag_questions",
    "Dan, who bought an old Fishtown rowhome last year, calls an electrician because his lights flicker when the central AC starts.",
    [o,
     t("Not necessarily. Flicker when a big motor starts can be a few things. Is it all the lights in the house, or one room, and when did it start?"),
     c("Mostly the kitchen and the back bedroom. Started this summer, so I guess when we started running the AC a lot.", None),
     t("Okay. Do you know how old the panel is, or what size? It'd say 100 or 150 or 200 on the main breaker."),
     c("It says 100. The inspection said it was fine when we bought, but, I mean, they say a lot of stuff.", None),
     t("A 100-amp panel can be enough for a rowhome. If it's only a couple of rooms, it could be the AC sharing a circuit, or a loose connection, which is the one I'd want to rule out. I'd start with a diagnostic visit, 125, and you'd know if you need a panel before spending on one."),
     c("Okay. I got a quote from another guy for a whole new panel, like 3,800, which, yeah, I wasn't ready for.", "too_expensive"),
     t("That might end up being right, but I wouldn't decide that off one symptom. If I find a loose neutral, that's a small repair. If the panel's the problem I'll show you why and give you a written price."),
     c("That sounds fair. Can you do a weekday after four? I work in Conshy.", None),
     t("Wednesday at 4:30 works. Until then, if you see any sparks, smell burning, or an outlet feels warm, turn that breaker off and call us right away."),
     c("Got it. Wednesday 4:30. Thanks, man.", None)],
    [o,
     t("Great question! And you'd want to be safe with an old rowhome like that, wouldn't you?"),
     c("I mean, yeah, sure. It's just the kitchen and the back bedroom though.", None),
     t("Right, and a 100-amp panel, that's way too small for a modern family, isn't it? You'll want to go to 200 amps, won't you?"),
     c("I don't know. The inspection said it was fine. Another guy quoted me like 3,800 for a panel.", "too_expensive"),
     t("Sure, and you wouldn't want to go cheap on something that keeps your family safe, would you? Doing it right once makes more sense than patching, doesn't it?"),
     c("I guess, but I was kind of hoping somebody would just look at it first. I don't think I need a whole new panel.", "no_need"),
     t("Totally hear you. But you'd agree flickering is a warning sign, right? So you'll want us out this week for the upgrade, won't you?"),
     c("I'm gonna have somebody look at it first. I'll call around.", "think_it_over")]))

# 6. putdown_question -- property manager, Flushing
o = c("Hello, this is Chen, apartment 4C, 41st Avenue building. The heat is not coming since yesterday night. Very cold, my mother is eighty-two years old.", None)
PAIRS.append(gpair(
    "b107g_flushing_landlord_noheat", "property management company, Flushing, Queens (phone)", "putdown_question",
    "Mr. Chen calls his building's management office in January: no heat since the night before, with his elderly mother in the apartment.",
    [o,
     t("Mr. Chen, I'm sorry, that's serious, especially with your mother there. Is it the whole apartment, or some radiators work?"),
     c("All radiators cold. I touch them, cold. Neighbor in 4B also says cold.", None),
     t("If 4B is cold too, it's probably the boiler, not your unit. Do you have a thermometer, do you know about how warm it is inside?"),
     c("Maybe sixty. My mother is wearing coat inside.", None),
     t("That's below what the city requires, so this is on us. I'm calling our super and the boiler company right now. I'll call you back within one hour with a time. Meanwhile, we have electric heaters in the office, the super can bring one up for your mother."),
     c("Okay. One heater is good. Last time this happened they said one hour and nobody came till next day.", "bad_experience"),
     t("I understand why you don't trust that. So I'll call you myself at 11 either way, even if I don't have news yet, and if the boiler can't be fixed today I'll tell you honestly. Is this number the best one?"),
     c("Yes, this number. My son also, he speaks better English, 917-555-0148.", None),
     t("Got it, I'll call you first and text your son the update too."),
     c("Okay. Thank you. I wait for your call.", None)],
    [o,
     t("Okay, Mr. Chen, I hear you. Are you sure you're not overreacting a little, it's January, everyone's a bit cold, so what exactly is the temperature?"),
     c("I am not overreacting. It is maybe sixty. My mother is eighty-two.", None),
     t("Understood. And did you actually check the radiator valve, or did you just assume it's broken? A lot of tenants don't know how to open them."),
     c("I know how to open radiator. I live here eleven years. Neighbor 4B is also cold.", None),
     t("I appreciate you sharing that. Aren't you the one who called last month about the window too? What's really going on with your unit?"),
     c("Window is different problem. Now there is no heat. Why you talk to me like this?", None),
     t("I just want to understand your experience. So what is it you want us to do, exactly, send someone out for a cold radiator?"),
     c("Yes. This is your job. I call 311 now, and my son will call you.", None)]))

# 7. not_my_department_or_read_the_terms -- insurance broker, Baltimore
o = c("Hi, yes, my name is Oscar Reyes, you guys do my car insurance. Somebody hit me on Tuesday on Eastern Avenue, it was his fault, and his insurance is not calling me back. I need the car for work.", None)
PAIRS.append(gpair(
    "b107g_baltimore_insurance_autoclaim", "independent insurance broker, Highlandtown, Baltimore MD (phone)", "not_my_department_or_read_the_terms",
    "Oscar, a Salvadoran-born delivery driver, calls his insurance broker after another driver rear-ended him and the other driver's insurer has not answered.",
    [o,
     t("Mr. Reyes, I'm glad you're calling us. Are you okay, and is the car drivable?"),
     c("I'm okay, a little neck pain. The car drives but the trunk doesn't close and the light is broken, I can't drive like this at night.", None),
     t("Okay. If your neck still hurts, please get it checked, and keep the paperwork. You have two ways: wait for his insurer, or open a claim on your own collision and let your company chase them. Do you have the other driver's insurance info and a claim number?"),
     c("I have his card photo. Claim number, no, they just give me a voicemail.", None),
     t("Send me the photo. I'll call their claims line myself today, brokers usually get through faster. If they haven't assigned an adjuster by Friday, I'd suggest opening it on your collision."),
     c("But my collision has a 500 deductible, right? I don't have 500 right now, honestly.", "no_money"),
     t("It does, but when your company collects from his, you normally get the deductible back. And your policy has rental coverage, 30 a day, so you'd have a car while it's fixed. I'll confirm that in writing."),
     c("Okay. I prefer to wait until Friday first. If nothing, then we do my side.", None),
     t("That's reasonable. I'll text you today after I reach them, and call you Friday morning either way."),
     c("Okay, thank you. Gracias, really.", None)],
    [o,
     t("Thanks for reaching out, Oscar, I really hear your frustration. So what I'm understanding is that the other carrier isn't responding. Unfortunately that's their claims department, not our department."),
     c("But you are my insurance. Who do I call then? I need the car to work, I do deliveries.", None),
     t("I totally understand how you feel. Did you have a chance to read your policy terms? Rental coverage and claims are explained in section four, it's all in there."),
     c("I don't understand the policy, that's why I pay a broker. Can you call them?", None),
     t("I appreciate you asking. We don't call other carriers, I didn't make that rule. You'd need to contact their claims line directly. Is there anything else I can help you with today?"),
     c("Anything else? You didn't help with nothing. My neck hurts, the trunk is broken.", None),
     t("I'm sorry you feel that way. For medical questions you'd want your doctor, and for the trunk, a body shop. Did I understand your concerns correctly?"),
     c("Forget it. When the policy ends, I go somewhere else.", None)]))

# 8. social_proof_or_deadline_pressure -- IT support, Hoboken
o = c("Hi, Dmitri Volkov, I have a small accounting office on Washington Street. Microsoft keeps showing a message that Windows 10 is ending. Do I need to buy new computers? We are five people.", None)
PAIRS.append(gpair(
    "b107g_hoboken_it_windows_upgrade", "IT support for small offices, Hoboken NJ (phone)", "social_proof_or_deadline_pressure",
    "Dmitri, who runs a five-person accounting office, calls a local IT company about Windows 10 end-of-support warnings in the weeks before tax season.",
    [o,
     t("Not necessarily all of them. Some computers can upgrade to Windows 11 for free, some can't. Do you know roughly how old they are?"),
     c("Two are new, last year. Three are maybe from 2017, 2018. They work okay, a bit slow.", None),
     t("The new ones almost certainly upgrade for free. The 2017 ones often can't because of the processor. What do you run on them, your tax software, anything special?"),
     c("Drake for taxes, QuickBooks, Outlook. And scanner. Honestly, January to April I have no time for anything, we are very busy.", "no_time"),
     t("That's the main thing to plan around. The older machines keep working after support ends, they just stop getting security updates, which matters for client tax data. I'd check all five remotely now, no charge, and do any replacement in May, after the season."),
     c("Free check, okay. But if I need three new computers, is maybe 3,000? This year is not good for this.", "no_money"),
     t("Around 900 each for what you need, so yes, about 2,700. If it's tight, we replace the one holding the most client files first and the others over the summer. I'll send you a short written report after the check, you decide."),
     c("Good. Send me the link for the check. Do it evening, after seven.", None),
     t("Will do, Thursday after seven. I'll email the link today."),
     c("Okay, thank you.", None)],
    [o,
     t("Great question, Dmitri, and honestly you're smart to ask. Almost every accounting firm on Washington Street has already moved to our Secure Office plan, new machines included. What's most important to you about your IT experience?"),
     c("Important is it works. Two computers are new, three are older. I have no time for big project, tax season is coming.", "no_time"),
     t("Totally hear you. That's exactly why you want it done before tax season. Our pricing for five machines is 8,900 installed, but I can only hold that price until Friday, after that it goes up with the new quarter."),
     c("8,900? That is crazy for five people. I don't have this budget.", "no_money"),
     t("I understand, and that's what the other CPAs said too, until they saw how much they saved. Three offices in your building signed this month. Can I send over the agreement so you don't miss the Friday deadline?"),
     c("I don't care what other offices do. Maybe I just need to check if the computers can upgrade.", "no_need"),
     t("I hear you. But slots are filling fast for January, and once we're booked, you'd be going into April unprotected. Shall I lock in your spot today?"),
     c("No. Send me something by email, I will look when I have time.", "brush_off")]))

# 9. keyword_stuffed -- gym, Jersey City
o = c("hi so I'm having knee surgery on the 14th and I'll be out like 3 months. can I freeze my membership or do I have to cancel", None)
PAIRS.append(gpair(
    "b107g_jerseycity_gym_freeze", "gym chain, Journal Square, Jersey City NJ (member chat)", "keyword_stuffed",
    "A member writes to her gym's chat to ask whether she can freeze her membership while recovering from knee surgery.",
    [o,
     t("Hi Marisol, sorry about the surgery, hope it goes well. Yes, you can freeze for medical reasons. It's up to 3 months, and a medical freeze is free with a doctor's note. Do you have an end date yet or is 3 months an estimate?"),
     c("estimate. pt says maybe 10 to 12 weeks. what if it takes longer", None),
     t("You can extend once for another 3 months with an updated note. If you'd rather not send a note, the regular freeze is 10 a month."),
     c("ok the note is fine, I can get it from the surgeon. if I had to pay Id probably just cancel honestly", None),
     t("No need then. Upload the note here or email it to the Journal Square desk. I'll set the freeze to start the 14th so you're not charged for the rest of this month's billing. Your next charge would be when you come back."),
     c("perfect. and can I still come in to use the bike when pt says ok, like before the 3 months", None),
     t("Yes, just message us and we'll end the freeze that day, billing restarts from then. Want me to set a reminder for you to send the note by the 13th?"),
     c("yes please. thanks this was easy", None)],
    [o,
     t("Hi Marisol! First of all, I really understand and I feel your needs right now. Your wellness experience and our relationship are at the heart of our success, so let's make sure we understand your journey."),
     c("ok thanks. so can I freeze or not", None),
     t("Absolutely, I hear you. What I'm understanding is that you need flexibility, and we value your experience. Can you tell me more about how you feel about your membership experience overall?"),
     c("its fine. I just need to know about freezing. surgery is the 14th", None),
     t("Thank you for sharing that with me. Understanding your needs is our success. We have a range of solutions for members on a wellness break, and our goal is a relationship that supports you. How satisfied are you with our support so far?"),
     c("not very. does it cost money or not. if I have to pay for a freeze Im just going to cancel", "too_expensive"),
     t("I totally understand how you feel, and I really appreciate your honesty. Your satisfaction and experience are our priority. Is there anything else I can help you with today?"),
     c("you didnt answer anything. Ill call the front desk", None)]))

# 10. rude -- IT support, Baltimore dental office (chat)
o = c("hi this is front desk at Harbor Family Dental, the printer stop working since this morning, I need print the forms for patients", None)
PAIRS.append(gpair(
    "b107g_baltimore_it_printer", "IT support for small offices, Baltimore MD (help chat)", "rude",
    "The receptionist at a small dental office, Spanish her first language, writes to the office's IT support chat because the front-desk printer stopped printing.",
    [o,
     t("Hi, thanks for writing. Let's get you printing. When you print, do you get an error on the screen, or it just doesn't come out?"),
     c("no error, it say sent, but nothing come out. the printer screen is on", None),
     t("Okay. Did anything change this morning, like the internet box was restarted, or a power outage?"),
     c("yes, the internet company came yesterday and change the router", None),
     t("That explains it. The new router probably gave the printer a new address, so your computer is sending to the old one. Can I connect to your screen to fix it? You'll see a code pop up, just read it to me."),
     c("ok but fast please, I have patients waiting. code is 448 201", None),
     t("I'm in. I've pointed your computer to the new address and set the printer so it keeps the same address from now on. Try printing one form now."),
     c("yes!! it print. thank you so much", None),
     t("Great. I'll do the same on the hygiene room computer tonight so it doesn't happen there tomorrow."),
     c("perfect, thank you", None)],
    [o,
     t("ok. did you try turning it on? lol"),
     c("yes it is on. the screen is on. it say sent but nothing come out", None),
     t("so what I'm hearing is the printer is on but it doesn't print. amazing. did anything change, or is it magic"),
     c("the internet company change the router yesterday. why you talk like this", None),
     t("well that would have been good to say first. look I have like six tickets, you need to submit a ticket on the portal, it's in the email we sent you in march"),
     c("I dont have time for portal, I have patients waiting now. can you just help", "no_time"),
     t("as I already said, portal. is there anything else I can help you with today"),
     c("no. I call the doctor, she will call your boss", None)]))
