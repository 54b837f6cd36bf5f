"""Gaming pairs, part C (b107). Hand-written."""
from common import c, gpair, t

PAIRS = []

# 21. putdown_question -- gym, Hoboken
o = c("Hi, I'd like to cancel my membership. I'm, uh, I got laid off last month, so I'm cutting stuff.", None)
PAIRS.append(gpair(
    "b107g_hoboken_gym_cancel", "gym, Hoboken NJ (front desk)", "putdown_question",
    "Kevin, recently laid off from a Manhattan job, comes to the front desk of his Hoboken gym to cancel his 75-a-month membership.",
    [o,
     t("Sorry to hear about the job, Kevin. I can do that for you now. Your contract needs thirty days' notice, so there'd be one more charge on the 1st. Is that okay, or is even that a problem right now?"),
     c("Ugh. Honestly every 75 counts right now. But I get it, it's the contract.", "no_money"),
     t("I get it. There's one other option, only if it helps: a freeze for up to three months at 10 a month, and no rejoin fee later. If you'd rather just be done, I'll cancel today, no pressure."),
     c("Nah, I don't know when I'll find something. I'd rather just cancel.", "no_need"),
     t("Okay, cancelled. The last charge is on the 1st and your card works until the 30th. I'll email you the confirmation now."),
     c("Cool. Thanks for not making it weird.", None)],
    [o,
     t("Okay, Kevin. Are you sure this isn't just an excuse because you haven't been coming? What's really going on?"),
     c("It's not an excuse. I lost my job. I can't pay 75 a month for a gym.", "no_money"),
     t("I understand. But isn't it a little dramatic to cut your health first, don't you think that's the wrong priority?"),
     c("Wow. It's my money. I don't need a lecture, I need to cancel.", None),
     t("I hear you. Have you actually read your contract, do you even know there's a thirty-day notice?"),
     c("Yes, I read it. Charge me the thirty days, whatever. Just cancel it.", None),
     t("Sure. Before I do, don't you think you'll regret it when you're out of shape by summer? How satisfied are you with your decision?"),
     c("Very. Cancel it or I'm calling my bank to block the charges.", None)]))

# 22. not_my_department_or_read_the_terms -- moving company, Philadelphia to Baltimore
o = c("Hi, yeah, you moved me from Mount Airy to Towson on Saturday and the dresser, the antique one, has a crack down the side. It wasn't there before. Who do I talk to?", None)
PAIRS.append(gpair(
    "b107g_philly_moving_damage", "moving company, Philadelphia PA (phone)", "not_my_department_or_read_the_terms",
    "Anne, moved from Philadelphia to Towson, Maryland, calls the mover's office because her grandmother's dresser arrived cracked.",
    [o,
     t("You're talking to the right place, I'll start the claim with you. I'm sorry about the dresser. Can you send me photos of the crack, and do you have the inventory sheet the crew gave you?"),
     c("I have photos. The sheet, hold on, it says 'dresser, minor scratches', and I signed it. Is that a problem?", None),
     t("Minor scratches isn't a crack, so it still counts. One honest thing: on the basic coverage you chose, payment is 60 cents a pound, which for an antique is low. I'm telling you now so it's not a surprise."),
     c("Sixty cents a pound? So like, 50 dollars for my grandmother's dresser? That's insulting.", None),
     t("I know. What I can do: our repair partner in Baltimore fixes furniture, and if the repair costs more than the claim, I'll ask the owner to cover the difference, given it's an antique. I can't promise he'll say yes, but I'll push."),
     c("Okay. I've been burned before by a moving company that just never called back, so I'm skeptical.", "bad_experience"),
     t("Fair enough. I'll email you the claim number today and call you Thursday with the repair shop's answer, whatever it is."),
     c("Okay. Thursday. I'll send the photos now.", None)],
    [o,
     t("Thanks for reaching out, Anne, and I really hear how frustrating that is. Unfortunately damage claims aren't my department, I'm in sales."),
     c("Okay, so who handles it? I called the main number, this is the main number.", None),
     t("I understand. Did you read the terms on the bill of lading? Basic coverage is 60 cents a pound, it's all spelled out there."),
     c("Sixty cents a pound? For an antique? Nobody explained that.", None),
     t("I appreciate you sharing that. It's in the paperwork you signed, I didn't make the rules. You'd need to submit it in writing to claims within nine months."),
     c("Submit it where? Can you at least give me an email?", None),
     t("It should be on our website under the FAQ. Is there anything else I can help you with today?"),
     c("Unbelievable. I'll dispute it with my credit card and leave a review.", None)]))

# 23. social_proof_or_deadline_pressure -- solar installer, Staten Island
o = c("Hello. I get your letter about solar panels, no money down, save on the electric bill. My bill is maybe 180 a month. Is worth it for me?", None)
PAIRS.append(gpair(
    "b107g_statenisland_solar_roof", "solar installation company, Staten Island NY (phone)", "social_proof_or_deadline_pressure",
    "Sergei, a homeowner in Staten Island, calls about a mailer for no-money-down solar; his roof is old.",
    [o,
     t("It can be, depending on the house. 180 a month is a decent bill for solar. How old is the roof, and does it get sun, or trees around?"),
     c("Sun is good, south side. Roof, I think it's from 2004. Little leaks last winter, we fix.", None),
     t("Then I'll be honest: panels last 25 years, and a 20-year-old roof with leaks will likely need replacing in a few years. Taking panels off and putting them back then costs 3,000 to 5,000. Most people in your case do the roof first."),
     c("Roof is expensive. We don't plan this now, maybe in two, three years.", "no_money"),
     t("That's fine, there's no reason to rush solar now then. When you do the roof, call us and we'll quote both together, sometimes the roofer and installer can coordinate. Want me to put a note to check in next spring?"),
     c("Yes, spring is okay. Thank you, is honest answer.", None)],
    [o,
     t("Absolutely worth it! Great question. Actually, most of your neighbors on Hylan Boulevard have already switched, we did twelve houses on your block alone. What's most important to you about your energy experience?"),
     c("Important is the bill. But roof is old, from 2004, small leaks last winter.", None),
     t("Totally hear you, no problem, our crews handle older roofs all the time. And the federal incentive changes at the end of the month, so anyone who signs after the 30th loses it."),
     c("I don't know. I want to think. Maybe first I fix the roof.", "think_it_over"),
     t("I get it. But the Petrovs next door signed last week, and honestly I only have two install slots left this month. Can I send the agreement now to hold one?"),
     c("I don't care what Petrovs do. My neighbor had panels from other company, roof leaked after, big mess.", "bad_experience"),
     t("Understood. Just so you know, after Friday the no-money-down option is gone. What's your email?"),
     c("No email. If I want, I call you.", "brush_off")]))

# 24. keyword_stuffed -- IT helpdesk, Manhattan architecture office (chat)
o = c("vpn wont connect from home, says authentication failed. I have a client presentation at 2 and the files are on the server", None)
PAIRS.append(gpair(
    "b107g_manhattan_it_vpn", "managed IT provider for a small architecture office, Manhattan NY (help chat)", "keyword_stuffed",
    "An architect working from home in Queens cannot connect to the office VPN three hours before a client presentation.",
    [o,
     t("Got it, let's get you in before 2. Did you change your Windows or email password recently? The VPN uses the same one."),
     c("yes friday, it made me change it", None),
     t("That's probably it, your laptop may still have the old password saved for the VPN. Open the VPN app, click the gear, clear the saved password and log in with the new one."),
     c("ok did that. now it says waiting for approval", None),
     t("Check your phone, the authenticator app should have a push. Approve it."),
     c("in. thank you. I can see the projects folder", None),
     t("Great. If it drops again before 2, message here and tag it urgent, I'll watch for it."),
     c("will do thanks", None)],
    [o,
     t("Hi! Thank you for reaching out. I truly understand your needs and I feel how stressful this experience is. Our relationship with your team is really important to our success."),
     c("ok but the vpn. authentication failed. presentation at 2", None),
     t("Absolutely, I hear you. What I'm understanding is that connectivity is a key need in your remote work experience. Can you tell me more about how you feel about your VPN experience overall?"),
     c("I feel like I cant connect. whats the fix", None),
     t("Thank you for sharing. Understanding your needs helps us deliver a successful experience. I've noted that your success depends on access. Do you feel understood so far?"),
     c("no. I dont have time for this, just tell me what to do", None),
     t("I really appreciate your honesty, and I understand your feelings. I've escalated your experience to our team and someone will follow up within 24 hours. Is there anything else I can help you with today?"),
     c("24 hours?? the meeting is at 2. Im calling the office manager", None)]))

# 25. rude -- deli catering, Midtown Manhattan (phone)
o = c("Hi, um, I'm calling from an office on 38th and Sixth, I want to order lunch for a meeting tomorrow, like fifteen people? I've never done this before, sorry.", None)
PAIRS.append(gpair(
    "b107g_midtown_deli_lunch", "deli with catering, Midtown Manhattan NY (phone)", "rude",
    "Priya, a new office assistant, calls a Midtown deli to order her first catered lunch for a fifteen-person meeting.",
    [o,
     t("No problem at all, we do this every day. Fifteen people, tomorrow. What time's the meeting, and any vegetarians or allergies?"),
     c("Noon. Um, I think three vegetarian, and one person is gluten-free. Budget is like 20 a person, my manager said.", None),
     t("Okay. Our sandwich platter is 16 a person, with chips and cookies. I'd do twelve regular, three veggie wraps, and a gluten-free salad for the one person, that's about 260 with delivery. Drinks you want, or you have them at the office?"),
     c("We have water. Can you deliver at 11:45 so it's ready?", None),
     t("Sure, 11:45. I'll label the veggie and gluten-free ones so nobody grabs them. I'll need a card to hold the order, and I'll email you the confirmation."),
     c("Great, thank you, this was way easier than I thought.", None)],
    [o,
     t("Yeah, okay, fifteen. What do you want? I got other lines ringing."),
     c("Sorry, um, I don't know the menu. Three are vegetarian, one gluten-free. Budget is like 20 a person.", None),
     t("It's on the website, sweetheart. You could've looked before calling. Platter's 16 a head, you want it or not?"),
     c("Okay, yes. Can the gluten-free person have something?", None),
     t("So what I'm hearing is you want a special order. Gluten-free's a salad, extra 18. Anything else, or can I go?"),
     c("Um, 18 extra for one salad is kind of a lot.", "too_expensive"),
     t("It's Midtown, honey. If you want cheap, call a pizza place. Time?"),
     c("You know what, never mind. I'll order somewhere else.", None)]))

# 26. ignored_customer -- dental office, Flushing
o = c("Hello, doctor say I need root canal. I am very scared, last time another dentist hurt me very much. And how much is it? I have only the Medicaid.", None)
PAIRS.append(gpair(
    "b107g_flushing_dental_rootcanal", "dental office, Flushing, Queens NY (treatment coordinator)", "ignored_customer",
    "Mrs. Zhang, who speaks some English and is afraid after a painful past treatment, meets the treatment coordinator about a root canal.",
    [o,
     t("Thank you for telling me, Mrs. Zhang. Being scared after a bad experience makes sense. Can you tell me what happened last time, so we can do it differently?"),
     c("The anesthesia was not enough, I feel everything. The doctor say just a little more, and continue.", None),
     t("That shouldn't happen. Dr. Lam always tests that the tooth is numb before starting, and you can raise your hand to stop at any time. I can write that in your chart. Also, Medicaid covers root canal on this tooth, so your part would be zero."),
     c("Zero? Okay. But I am still afraid. Maybe I wait.", "think_it_over"),
     t("You can wait a little, but the infection can get worse and then the tooth may need to come out. Would it help to meet Dr. Lam first, just talk, no treatment? She speaks Mandarin."),
     c("Mandarin, yes, this is better. Just talk first. Can my daughter come?", None),
     t("Of course. I'll book a short visit Monday afternoon, after your daughter's work. Is four o'clock okay?"),
     c("Four o'clock is okay. Thank you.", None)],
    [o,
     t("I totally understand. Can you tell me more about your previous experience?"),
     c("The anesthesia was not enough. I feel everything. I still have bad dreams.", None),
     t("Thanks for sharing. So, the root canal is 1,100, and the crown after is another 1,300. We can book you Thursday."),
     c("But I have only Medicaid. Does it pay? 2,400 I cannot pay.", "no_money"),
     t("Got it. Thursday at nine or Friday at two, which is better?"),
     c("I am scared. What if it hurts like last time?", "bad_experience"),
     t("Great. I'll put you down for Thursday at nine. Do you have any other questions?"),
     c("You don't hear me. I will ask my daughter to find another dentist.", None)]))

# 27. repeated_questions -- moving and storage, Riverdale, Bronx
o = c("Good afternoon. I am moving from three-bedroom in Riverdale to small apartment, one-bedroom, in Brighton. Much furniture will not fit. I need storage, maybe six months, then I decide.", None)
PAIRS.append(gpair(
    "b107g_riverdale_moving_storage", "moving and storage company, the Bronx NY (phone)", "repeated_questions",
    "Galina, a widow downsizing from a large Riverdale apartment, calls about a move plus six months of storage for furniture that will not fit.",
    [o,
     t("That's very common when downsizing. Roughly how much goes to storage, and how much to the new apartment? Even rooms is fine, like 'one bedroom set and the dining room'."),
     c("To new place, bedroom, kitchen things, books. To storage, dining room set, second bedroom, my husband's desk and bookshelves. Maybe sofa also.", None),
     t("That sounds like a 5 by 10 storage unit, or 5 by 15 if the sofa goes too. Our warehouse in the Bronx is about 140 or 190 a month. You said six months, then decide: would you want to see the things, or just keep them until then?"),
     c("Maybe my son takes the desk. He will come look in spring.", None),
     t("Then I'd pick our self-storage option, so your son can visit any time, instead of sealed crates. The move itself with a stop at storage, about 1,600."),
     c("1,600 is a lot. Friends say movers in Brooklyn charge less.", "too_expensive"),
     t("Could be, please compare. Ask them if the storage stop is included, that's often where the price jumps. I'll email the numbers in writing."),
     c("Okay, send, I compare. My email is galina.r59 at gmail.", "think_it_over")],
    [o,
     t("Great question. To understand your needs, what do you plan to put in storage?"),
     c("Dining room set, second bedroom, husband's desk, bookshelves. Maybe sofa.", None),
     t("Perfect. And which items would you say are the ones that won't fit in the new place?"),
     c("I just told you. Dining set, bedroom, desk, shelves, sofa.", None),
     t("Thank you. Just to be sure we capture your needs, what would you like to store?"),
     c("Same thing. Why you ask again? I am widow, this is hard for me, to decide.", None),
     t("I understand completely. And roughly how much furniture are we storing?"),
     c("Maybe I call other company. You don't write what I say.", None)]))

# 28. wrong_paraphrase -- gym, Fells Point, Baltimore
o = c("Hi there. I had my knee replaced in March, and my physical therapist says I should keep moving, maybe the bike and the pool. I'm seventy-one. Do you have something for someone like me?", None)
PAIRS.append(gpair(
    "b107g_fellspoint_gym_senior", "fitness center with pool, Fells Point, Baltimore MD (front desk)", "wrong_paraphrase",
    "Doris, 71, recovering from a knee replacement, asks a gym with a pool about low-impact exercise her physical therapist recommended.",
    [o,
     t("We do. So the PT wants the bike and the pool. Did they say anything about what not to do, or how often?"),
     c("Three times a week. Nothing with jumping, no squats with weights yet.", None),
     t("Okay: bike and pool, three times a week, no jumping, no loaded squats. We have a water exercise class Tuesday and Thursday at ten, mostly folks your age, and the bikes any time."),
     c("That sounds nice. Is it expensive? My Medicare plan, I think it has something for gyms?", None),
     t("Some Medicare Advantage plans cover us through SilverSneakers, then it's free. Bring your card and I'll check. If not, the senior rate is 39 a month."),
     c("39 on my pension is a bit much, honestly.", "too_expensive"),
     t("Let's check the card first, many plans do cover it. Want to try the Thursday class free before deciding?"),
     c("Yes, Thursday. I'll bring the card.", None)],
    [o,
     t("Absolutely! So what I'm hearing is you want to get back into serious training and build strength fast, right?"),
     c("No, no. Gentle. The bike and the pool. Nothing with jumping.", None),
     t("Got it. So to reflect back, you're looking for our high-intensity bootcamp with modified moves, three times a week?"),
     c("I didn't say bootcamp. My physical therapist said no squats with weights.", "no_need"),
     t("Perfect. So what you're saying is cost isn't a concern and you want personal training with our top coach, did I get that right?"),
     c("I never said that. I'm on a pension. I was asking about Medicare.", "no_money"),
     t("Understood. So you're ready to start the Premium plan today, just confirming that's what you said?"),
     c("That's not what I said at all. I'll ask my therapist for another place.", None)]))

# 29. pitch_to_upset -- insurance broker, Dorchester, Boston
o = c("Hello, this is Mei Lin, the store on Dorchester Avenue. Somebody broke in last night. The glass door is broken, they take the cash register and cigarettes. Police just left. What do I do with insurance?", None)
PAIRS.append(gpair(
    "b107g_dorchester_insurance_breakin", "insurance brokerage, Boston MA (phone)", "pitch_to_upset",
    "Mei Lin, owner of a corner store, calls her broker the morning after a break-in, shaken and still standing in the store.",
    [o,
     t("Mrs. Lin, I'm so sorry. First, are you and your family okay?"),
     c("We are okay. Nobody was here. But I am shaking, this is the first time in twelve years.", None),
     t("That's a shock. Here's what to do today: take photos of everything before cleaning up, keep the police report number, and get the door boarded or fixed, keep the receipt. Your policy covers the door, the stolen stock and the register, minus your 1,000 deductible."),
     c("1,000 I pay first? This week is hard, I also lose the sales today.", None),
     t("I understand. Your policy also has business income coverage, which may pay part of today's lost sales, so write down that you closed. I'll open the claim now and ask the adjuster to come tomorrow."),
     c("Okay. Police number is 2025-11-4471. The glass man comes at two.", None),
     t("Good. I'll text you the claim number in an hour. Call me any time today."),
     c("Thank you. I feel a little better.", None)],
    [o,
     t("Oh no, I'm so sorry, Mrs. Lin, I really hear you. This is actually a perfect moment to talk about your coverage experience. Did you know our Premium Retail package includes cyber and crime coverage?"),
     c("I don't know cyber. Somebody broke my door. What do I do now?", None),
     t("Totally. And that's why so many store owners upgrade after an incident, the Premium package lowers your deductible to 500, for just 90 more a month."),
     c("90 more a month? Now? I just lost the register and the cigarettes.", "too_expensive"),
     t("I understand how you feel. We could also add a security camera discount plan, that would really help your peace of mind. Can I send you the quote?"),
     c("Not now, please. I don't want more insurance. I want to know about the claim.", "no_need"),
     t("Sure. The claims line is on your card. So should I send the upgrade quote by email for later?"),
     c("No. I call the claims myself. Goodbye.", None)]))

# 30. blame -- property manager, Somerville
o = c("Hi, it's Juliana in 2B, Highland Avenue. There is water coming from the ceiling in the bathroom, a lot, since this morning. The paint is falling.", None)
PAIRS.append(gpair(
    "b107g_somerville_landlord_leak", "property management company, Somerville MA (phone)", "blame",
    "Juliana, a Brazilian tenant, calls her property manager because water is leaking through her bathroom ceiling from the unit above.",
    [o,
     t("Okay, thanks for calling right away. Is it dripping, or running? And is it near the light fixture?"),
     c("Dripping fast, like a bucket every hour. Not near the light, near the shower.", None),
     t("Good that it's away from the light. It's most likely from 3B's bathroom. I'm calling our plumber and I'll call 3B to turn off their water if they're home. Can you put a bucket and towels and take photos?"),
     c("Already did. I send the photos by text. My towels are all wet, and the mat.", None),
     t("Thank you. Someone will be there within two hours. If your things got damaged, keep a list; if it was 3B's fault, it can go to their renter's insurance or ours."),
     c("Okay. But please, last time the ceiling was only painted, not fixed. It came back.", "bad_experience"),
     t("Noted. This time I'll ask the plumber to find the source before anyone paints, and I'll send you what he found."),
     c("Okay, thank you. I wait.", None)],
    [o,
     t("Okay, Juliana, I want to understand your experience. Have you been using the exhaust fan when you shower? Because moisture like that usually comes from tenants not ventilating."),
     c("No, it's not moisture. It's water coming from the ceiling. Dripping. A lot.", None),
     t("I hear you. But did you maybe let the shower curtain hang outside the tub? A lot of tenants flood their own bathroom and think it's from above."),
     c("It's coming from the ceiling. Up. I send you photos.", None),
     t("Thanks for sharing. If we send the plumber and it turns out to be your side, you'd be billed 180 for the visit, that's in your lease. Did you understand that?"),
     c("It is not my side. Last time you also said this and it was 3B.", None),
     t("So what I'm hearing is you're not sure where it comes from. Let's wait a day and see if it dries."),
     c("Wait a day? I call the city inspector.", None)]))
