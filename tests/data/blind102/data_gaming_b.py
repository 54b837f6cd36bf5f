"""Gaming pairs 11-20 of blind102: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude (two each). Written by hand for this set."""
from common import c, gpair, t

PAIRS = []

# --- 6. putdown_question ------------------------------------------------------------------------
open_ = c("My water bill is four hundred and twelve dollars. Four hundred! It's usually about ninety. There's two of us in a condo. Something is wrong.", None)
PAIRS.append(gpair(
    "b102g_lasvegas_waterbill", "water utility customer service line, Las Vegas NV", "putdown_question",
    "A retired customer phones the water utility about a bill more than four times the usual.",
    good=[
        open_,
        t("That's a big jump, I'd be upset too. Let me pull up the account - can you give me the service address?"),
        c("Forty-four ten Sandhill Road, unit B.", None),
        t("Thanks. The meter read about 61,000 gallons this cycle against roughly 9,000 the same month last year. That pattern usually means something running all the time - a toilet flapper, an irrigation line, a leak. Have you noticed anything running, or a sound at night?"),
        c("No... well, actually, the toilet in the guest bathroom runs sometimes. We jiggle the handle. But that can't be three hundred dollars, can it?", None),
        t("It honestly can - a toilet that doesn't seal can waste a few thousand gallons a day. Quick test: a few drops of food coloring in the tank, don't flush for fifteen minutes, and see if color shows in the bowl. I can also send a field tech to check the meter, free."),
        c("Okay. But I'm still stuck with four hundred bucks. I can't pay that all at once, I'm on a fixed income.", "no_money"),
        t("Understood. Once the leak is fixed and you send us a receipt or a photo, there's a one-time leak adjustment that usually takes off about half the extra. Whatever remains I can split into four monthly payments, no late fee. Want both set up now?"),
        c("Yes. Do both. And send the tech, please.", None),
    ],
    gaming=[
        open_,
        t("Okay, let's not panic. What exactly makes you think something's wrong - have you actually looked at your usage, or just the total?"),
        c("I looked at the total! It's four hundred dollars! It's normally ninety!", None),
        t("Mm-hm. And before we blame the meter, how carefully do you folks really watch your water use? A lot of people in your situation don't realize what they're running."),
        c("There are two of us. We're in our seventies. We're not filling a pool.", None),
        t("I hear you. So help me understand - nobody in the house noticed anything running for a whole month, or is that something you'd rather not check?"),
        c("The guest toilet runs sometimes. So what, that's my fault now?", None),
        t("I'm just asking questions. You do understand the bill is based on what the meter reads, right? Is there a reason you'd expect us to pay for your toilet?"),
        c("I want a supervisor. Right now.", None),
    ],
))

open_ = c("my 2yo has had a fever of 102 since last night and hes pulling at his ear. can we get in today", None)
PAIRS.append(gpair(
    "b102g_provo_pediatrics", "pediatric clinic nurse chat, Provo UT", "putdown_question",
    "A first-time parent asks in the clinic's chat for a same-day visit for a feverish toddler.",
    good=[
        open_,
        t("sorry hes feeling rough. yes we can likely get him in. is he drinking ok and has he had wet diapers today"),
        c("drinking a little, 2 wet diapers since morning. gave tylenol at 7am", None),
        t("ok thats helpful. any trouble breathing, a rash, or is he really hard to wake"),
        c("no none of that. just cranky and pulling at the ear. sorry if im overreacting, first kid", None),
        t("youre not overreacting - fever plus ear pulling at 2 is worth a look. dr halvorsen has 11:20 or 2:40 today, which works"),
        c("cant do 11:20, im stuck at work till 2. 2:40?", "no_time"),
        t("2:40 is yours. bring his insurance card and the time and dose of the last tylenol. if he gets hard to wake or has trouble breathing before then, go straight to the ER"),
        c("ok thank you so much", None),
    ],
    gaming=[
        open_,
        t("hi! 102 isnt really that high for a toddler, why do you think he needs to be seen today"),
        c("because hes pulling at his ear and screaming?? and it started last night", None),
        t("ok. and have you tried actually managing the fever at home first, or did you go straight to booking"),
        c("i gave him tylenol at 7. im not an idiot", None),
        t("nobody said that! just curious, do you usually bring him in for every little thing? we see a lot of first time parents"),
        c("wow. ok. is there an appointment or not", None),
        t("theres a 2:40 if you really feel its necessary. how satisfied are you with our nurse chat today"),
        c("not at all. ill take him to the urgent care on university ave", None),
    ],
))

# --- 7. not_my_department_or_read_the_terms -----------------------------------------------------
open_ = c("Yeah, hi, I put my old couch and a mattress out for bulk pickup Monday like the schedule said and it's still sitting there. It's Thursday. The HOA already sent me a letter.", None)
PAIRS.append(gpair(
    "b102g_mesa_bulkpickup", "city solid waste services line, Mesa AZ", "not_my_department_or_read_the_terms",
    "A resident calls the city because a bulk trash pile was skipped and the HOA is threatening a fine.",
    good=[
        open_,
        t("Sorry about that - frustrating, especially with the HOA on you. Let me check. What's the address?"),
        c("Twenty-two fourteen East Decatur.", None),
        t("Thanks. Your area was collected this week, but the crew flagged your pile: mattresses have to be wrapped in plastic now - it's a bed bug rule from last year. That's why they skipped it. Nobody called you, and that's on us."),
        c("Nobody told me that! It's not on the flyer I got.", None),
        t("You're right, the old flyer doesn't say it. Here's what I can do: if you wrap the mattress - painter's plastic and tape is fine - I'll put in a special pickup for Monday, no charge. The couch they'll take as is. And I can email you a letter saying the city rescheduled it, for your HOA."),
        c("The letter would help. Monday's fine. I can wrap it tonight.", None),
        t("Done. Special pickup Monday, ticket 55-1187, and the HOA letter goes to the email on file today. If it's not gone by Monday evening, call and give that number."),
    ],
    gaming=[
        open_,
        t("Thanks for calling, and I totally understand how you feel. Bulk pickup runs on the contractor's routes, so that's not really my department."),
        c("So whose department is it? I called the city number.", None),
        t("I hear you. The rules are all on the website under bulk collection guidelines - did you get a chance to read those before you put it out?"),
        c("I read the flyer. It said Monday.", None),
        t("Right, and I didn't make the rules, but the guidelines do say items may be left if they don't meet requirements. I'd recommend reading section four."),
        c("Can you tell me what's wrong with my pile or not? I've got an HOA fine coming.", None),
        t("I really understand your frustration. HOA issues you'd need to take up with your HOA, that's outside what we handle. Is there anything else I can help you with today?"),
        c("You haven't helped me with anything. Put me through to someone who can.", None),
    ],
))

open_ = c("moving into a rental on s 3rd st next friday, need the gas turned on. landlord says i have to set it up. also i think the furnace pilot is out?", None)
PAIRS.append(gpair(
    "b102g_missoula_gasstart", "natural gas utility web chat, Missoula MT", "not_my_department_or_read_the_terms",
    "A new tenant asks the gas utility's chat to start service and light a furnace pilot.",
    good=[
        open_,
        t("welcome to missoula! i can set up the service start. whats the full address and the date you want it in your name"),
        c("1120 s 3rd st w, friday the 12th", None),
        t("got it. a tech has to trun it on and light the pilots, so someone over 18 needs to be there. windows on the 12th are 8-12 or 12-5"),
        c("ugh i work 8-5 that day, cant take off my first week at a new job", "no_time"),
        t("understood. two options: the landlord or property manager can let us in if they ok it in writing, or theres saturday 9-1 for a 25 fee. the service start itself is free either way"),
        c("ill ask the landlord to be there. can you hold the morning slot for now", None),
        t("done, friday the 12th 8-12, pending the landlords ok - have them reply to the email i just sent. and yes the tech lights and checks the furnace pilot on the same visit"),
        c("perfect thx", None),
    ],
    gaming=[
        open_,
        t("hi! thanks for reaching out, your experience matters to us. rental setup questions are really between you and your landlord, not our department"),
        c("landlord said i have to do it. thats why im here", None),
        t("ok i understand. service start requirements are all in the tariff on our website, did you read through those"),
        c("no? i just want gas on friday", None),
        t("i hear you. appointments are handled by field scheduling, i just do accounts. i didnt make the rules lol. the furnace is an hvac thing, not us"),
        c("so can anybody actually turn it on. i work all day friday and i cant take off", "no_time"),
        t("for scheduling please call the main line during business hours, or see our terms for self-service options. anything else i can help with today"),
        c("forget it ill call", None),
    ],
))

# --- 8. social_proof_or_deadline_pressure -------------------------------------------------------
open_ = c("Hi, we had that hailstorm Tuesday, and a guy knocked on my door saying my roof's destroyed. I don't know if I believe him. Can you come look?", None)
PAIRS.append(gpair(
    "b102g_coloradosprings_hailroof", "roofing contractor, Colorado Springs CO", "social_proof_or_deadline_pressure",
    "A homeowner phones a roofer for a second opinion after a door-knocker claimed hail ruined her roof.",
    good=[
        open_,
        t("Sure, and it's smart to get a second look. Has anyone been up on the roof yet, or did he just look from the street?"),
        c("He went up for like five minutes. Took pictures on his phone. Wanted me to sign something right there.", None),
        t("Okay - please don't sign anything yet. We do a free inspection and send you photos of what we find, damage or not. Have you called your insurance?"),
        c("No. Last time we filed a claim, years ago in Pueblo, our rate went up and the roofer disappeared halfway through. So I'm... not eager.", "bad_experience"),
        t("That's a fair worry, and it's why I'd inspect first: if the damage is minor you may not want a claim at all. If it's real, we meet the adjuster, and we take no payment until the work is done and you've signed off. We're booking inspections about a week out."),
        c("Next Wednesday? My husband's home then.", None),
        t("Wednesday at ten. You'll get the photo report the same day. And if the other company calls back, it's fine to tell them you're getting a second opinion."),
        c("Okay. Thank you, that makes me feel a lot better.", None),
    ],
    gaming=[
        open_,
        t("Absolutely, and I totally understand your need for peace of mind. Honestly, most of your neighbors in Briargate have already signed with us this week - we've done eleven roofs on your street alone."),
        c("Eleven? On my street? I haven't seen anybody.", None),
        t("They're scheduled! And insurance only gives you a short window after a storm, and our crews are booked into spring. If I get your signature on the contingency form by Friday, I can keep you in this round."),
        c("I don't even know if I have damage. And the last time we filed a claim our rates went up.", "bad_experience"),
        t("Totally valid. Which is why everyone's going with us - we handle all of it. And adjuster pricing changes on the first, so homeowners who wait usually end up paying out of pocket. Can I swing by tonight with the paperwork?"),
        c("Tonight, no. I'm going to talk to my husband and get a couple of other inspections.", "think_it_over"),
        t("Sure, just know I can only hold your spot until five tomorrow. After that I can't promise anything."),
        c("Then don't hold it.", "no_need"),
    ],
))

open_ = c("hi our 2019 fifth wheel goes out of factory warranty next month. is your extended service plan worth it? honest answer pls", None)
PAIRS.append(gpair(
    "b102g_stgeorge_rvwarranty", "RV dealer service department web chat, St. George UT", "social_proof_or_deadline_pressure",
    "A snowbird couple asks in chat whether an RV extended service plan is worth buying.",
    good=[
        open_,
        t("honest answer: depends on how you use it and how you feel about risk. can i ask a few things - how often is it out, and do you live in it part of the year"),
        c("we snowbird, live in it nov-april down here, summers in idaho. so a lot", None),
        t("ok thats heavy use. what usually fails on fifth wheels that age: slide motors, leveling jacks, ac units, the fridge. the plan covers those, 3 yrs is 3,400 with a 250 deductible per visit. has any of that broken yet"),
        c("fridge died once, that was covered. we replaced an ac ourselves last summer for like 900. 3400 is a lot of money for a maybe", "too_expensive"),
        t("fair. if you only expect one ac or slide motor in 3 yrs youre about break even. if youre handy, putting 100/mo aside yourself may make more sense. ill email the contract so you can read the exclusions, thats the part that matters"),
        c("yeah send it. i want to go through it with my wife", "think_it_over"),
        t("sending now. you can buy without an inspection until your factory warranty ends on the 28th, after that we need one (its 150). no rush before then"),
        c("good to know thanks", None),
    ],
    gaming=[
        open_,
        t("hi! great question. honestly 9 out of 10 of our fifth wheel owners add it, its our most poplar plan. can i get you started"),
        c("thats not really an answer. whats it cover and what does it cost", None),
        t("slides, jacks, ac, fridge and more. 3,400 for 3 yrs. and just so you know the price goes up 20% on the 1st, so everyone at the park is grabbing it this week"),
        c("3400 is a lot, we replaced an ac ourselves for 900", "too_expensive"),
        t("totally get it. but your neighbors at the resort all have it, nobody wants to be the one stuck with a 6k slide repair. i can only hold this rate till 5pm today"),
        c("i need to talk to my wife. not deciding in a chat by 5", "think_it_over"),
        t("for sure! just know once youre past factory warranty you lose eligibility forever. last chance, want me to lock it in"),
        c("no thanks, well take our chances", "no_need"),
    ],
))

# --- 9. keyword_stuffed -------------------------------------------------------------------------
open_ = c("Hi, I got a bill from your urgent care on Kietzke for $340, and my insurance says you sent it to the wrong plan. This is the third time I'm calling.", None)
PAIRS.append(gpair(
    "b102g_reno_urgentcarebill", "urgent care billing office, Reno NV", "keyword_stuffed",
    "A patient calls for the third time about a bill sent to her old insurance plan.",
    good=[
        open_,
        t("I'm sorry you've had to call three times. Let me find it. Can I have the patient's date of birth and the date of the visit?"),
        c("March 3rd, 1988. The visit was January 9th.", None),
        t("Found it. You're right - we billed the plan you had last year. Do you have your new member card handy?"),
        c("Yeah, it's through my husband's work now. Hang on... okay, member ID is 7734 0921 55.", None),
        t("Got it. I've updated your coverage and resubmitted the claim today, and I've put the $340 on hold so you won't get another statement or a collections notice while it processes - usually three to four weeks."),
        c("Okay. Last time this happened with another doctor it went to collections anyway, so forgive me if I'm skeptical.", "bad_experience"),
        t("That's fair. Your reference number is RB-20417, and I'll email you a letter saying the balance is on hold pending insurance, so you have it in writing. If anything arrives before the claim clears, call with that number and ask for the billing lead."),
        c("Okay. That's actually what I needed. Thanks.", None),
    ],
    gaming=[
        open_,
        t("Thank you so much for calling, and I really want to understand your needs today and make this a successful experience. Can you share how you're feeling about your billing journey?"),
        c("Feeling? I'm annoyed. The bill went to the wrong insurance. I've called twice.", None),
        t("I hear you and I feel that frustration, and your experience really matters to our relationship. What I'm understanding is that you need a resolution that meets your needs. Did I understand you correctly?"),
        c("Sure, yes. Can you fix the insurance?", None),
        t("Absolutely, and I want to make sure we're building trust and understanding here. Your success is our success. So what would a successful outcome feel like for you?"),
        c("Me not paying $340 I don't owe. Do you need my new insurance ID or not?", None),
        t("Totally, and I appreciate you sharing your needs. I'll make sure your feedback is heard and someone reaches out to understand your experience. How satisfied are you with today's call?"),
        c("Not. Third call, nothing done. I'll have my insurance call you.", None),
    ],
))

open_ = c("we have micro sprinklers on 40 acres of honeycrisp, a lot are clogging since we switched to canal water this spring. need better filters. what do you have", None)
PAIRS.append(gpair(
    "b102g_wenatchee_orchardfilter", "irrigation supply dealer web chat, Wenatchee WA", "keyword_stuffed",
    "An orchard manager asks an irrigation dealer's chat about filters for clogging micro sprinklers.",
    good=[
        open_,
        t("we can help. what are you running now for filtration at the pump, screen or disc, and roughly what flow in gpm"),
        c("120 mesh screen, about 400 gpm. guys clean it twice a day and the emitters still plug", None),
        t("spring canal water usualy carries algae and fine silt, and a screen clogs fast on organic stuff. a sand media filter with auto backflush handles that best so your guys arent cleaning by hand. for 400 gpm its a 3-tank setup, around 14k installed"),
        c("14k hurts. we had that april frost and the budget is basically gone this year", "no_money"),
        t("understood. cheaper route for this season: an auto-flush disc filter ahead of your screen, about 4,200. not as good as media on heavy algae but it should cut the cleaning a lot. we can also flush and acid treat the laterals to clear whats already plugged"),
        c("disc sounds doable. can someone look at the pump station first, i dont want to buy the wrong thing", None),
        t("yes, tom can come out tues or wed morning, no charge for the site visit. whats the orchard address"),
        c("wed. 4480 sunset hwy, ask for luis at the shop", None),
    ],
    gaming=[
        open_,
        t("hi! thanks for reaching out, we really value our relationship with growers and want to understand your needs and make this season a success"),
        c("ok. i need filters. what do you have for 400 gpm", None),
        t("totally, and i feel you, clogging is a tough experience. what im hearing is you need a solution that meets your needs and supports your success as a grower. is that right"),
        c("yes i need it to not clog. what filter", None),
        t("love that. our team is all about understanding each growers unique needs and building long term partnerships. we have solutions for every need and every budget"),
        c("can you give me a model and a price or not. money is tight after the frost, cant do anything big", "no_money"),
        t("absolutely, your needs are our priority. ill have someone who understands your needs reach out to learn more about your experience. how satisfied are you with this chat"),
        c("ill call the other supply place in east wenatchee. bye", None),
    ],
))

# --- 10. rude -----------------------------------------------------------------------------------
open_ = c("Hi, sorry - I'm totally new to fly fishing. My dad used to do it and I want to try the Poudre this summer. I don't really know what I need.", None)
PAIRS.append(gpair(
    "b102g_fortcollins_flyshop", "fly fishing shop, Fort Collins CO", "rude",
    "A beginner walks into a fly shop wanting to start fishing the river her late father fished.",
    good=[
        open_,
        t("No need to be sorry, that's how everyone starts. Did your dad leave you any of his gear, or are you starting from scratch?"),
        c("I have his old rod, actually. It's fiberglass, kind of yellow? I don't know if it's any good.", None),
        t("Could be great - a lot of old glass rods fish beautifully on a small river like the Poudre. Bring it in and we'll check the guides and the ferrules. Then you'd likely just need a reel, line and some flies. Are you thinking of wading?"),
        c("I guess? I'd rather not spend a fortune before I know if I even like it.", None),
        t("Totally reasonable. Reel, line and a dozen flies would be around $120. Wet-wading is fine in July, so skip waders for now. We also do a two-hour intro on the river Saturdays for $45 - casting, knots, reading water. Some people like it, some just go figure it out."),
        c("Saturdays I work, unfortunately. But I'll bring the rod in tomorrow.", "no_time"),
        t("No problem, there's a Wednesday evening session in June too. I'm in tomorrow from ten - if the rod's good, we'll match a reel to it so you're not buying more than you need."),
    ],
    gaming=[
        open_,
        t("Okay. So what do you actually want? Because 'I don't know what I need' doesn't really narrow it down."),
        c("Sorry. I want to fish the Poudre this summer. I have my dad's old rod.", None),
        t("His old rod. Let me guess, some yellow fiberglass thing from the seventies? Yeah, no. What's your budget, assuming you have one?"),
        c("I'd rather not spend a lot until I know if I like it.", None),
        t("Great, so the cheap route. Look, fly fishing isn't a cheap hobby. If you want to do it right, the starter outfit is $389. If not, the big box store is down the road, knock yourself out."),
        c("Three eighty-nine is a lot for something I might quit.", "too_expensive"),
        t("That's kind of the point. Anything else, or are we done here?"),
        c("We're done. Wow.", None),
    ],
))

open_ = c("hi i moved from oregon 2 months ago. how do i get washington plates, do i need an appt? also my title is with my bank", None)
PAIRS.append(gpair(
    "b102g_kennewick_plates", "county vehicle licensing office web chat, Kennewick WA", "rude",
    "A newcomer asks the county licensing chat how to switch out-of-state plates when the bank holds the title.",
    good=[
        open_,
        t("welcome to benton county! no appt needed for plates, walk-ins mon-fri 8:30-4:30. since the bank holds your title, we start the transfer here and request the title from your lender - you dont have to get it yourself"),
        c("ok good. what do i bring", None),
        t("your oregon registration, drivers license, the odometer reading, and your lender name + loan account number. fees depend on the vehicle - what year and model"),
        c("2020 rav4. how much are we talking, ive heard wa fees are brutal", None),
        t("they can be on the west side because of the transit tax - we dont have that here, so its less. for a 2020 rav4 expect roughly 300-400 the first time, new plates included. the fee estimator on the county site gives the exact number"),
        c("ok. is friday afternoon busy", None),
        t("friday after 2 is usually the busiest. tuesday or wednesday mornings are quickest"),
        c("tuesday it is. thanks", None),
    ],
    gaming=[
        open_,
        t("its all on the website. did you look"),
        c("i looked, its confusing. bank has my title, do i need it", None),
        t("obviously the bank has your title, its a loan. we request it. not rocket science"),
        c("ok sorry. what do i need to bring and how much is it", None),
        t("license, registration, lender info. fees are whatever the calculator says, i dont do math over chat lol. people moving from oregon always complain about our fees so brace yourself"),
        c("wow ok. i work full time, i cant be coming in twice because i brought the wrong stuff", None),
        t("then bring the right stuff. we close at 4:30, dont show up at 4:25"),
        c("unbelievable. ill ask my coworker how she did it", None),
    ],
))
