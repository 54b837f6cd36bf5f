"""Gaming pairs, part B (hand-written)."""
from common import c, t

PAIRS = []

# ---------------------------------------------------------------- 16 social_proof_or_deadline_pressure
_open = c("Hi, good evening. My son is in Grade 9, CBSE, and his maths marks have dropped, he got 41 in the "
          "midterm. He used to be, like, an 80s kid. I'm quite worried, honestly. I saw your banner outside the "
          "building.", None)
PAIRS.append({
    "id": "b30g_maths_tuition",
    "business": "Private tutoring centre (maths and science), Al Barsha, Dubai, UAE",
    "kind": "social_proof_or_deadline_pressure",
    "situation": "Walk-in enquiry. An anxious mother whose son's maths marks collapsed after a move to a new "
                 "school; the family is stretched after the move.",
    "good": [
        _open,
        t("Good evening, please have a seat. From the 80s to 41, I can see why you're worried. Do you have a "
          "sense of when it started, or what changed?"),
        c("This year. New school, actually, we moved from Sharjah in the summer. And he says the teacher goes "
          "too fast. But he also just... he doesn't really talk to me about it.", None),
        t("New school and a new teacher in the same year, that's a lot at fourteen. Did the midterm show which "
          "topics went wrong? Sometimes it's one chapter pulling everything down, sometimes it's confidence."),
        c("Polynomials and coordinate geometry, mostly. He left some questions completely blank.", None),
        t("Blank answers often mean he froze or ran out of time, not only that he doesn't know it. What I'd "
          "suggest first is a one-to-one diagnostic, an hour with our maths teacher. She'll see where the gaps "
          "are and how he copes with a bit of time pressure. It's 150 dirhams, and afterwards she'll tell you "
          "honestly whether he needs regular classes or just a few sessions."),
        c("Okay. And the regular classes, how much are those? My husband will ask.", None),
        t("Group classes are 1,200 a month, two sessions a week. One-to-one costs more."),
        c("Hmm. 1,200 every month would be difficult for us this year, with the move and everything.", "no_money"),
        t("I understand. Let's not decide that yet. If the diagnostic shows it's one or two chapters, a few "
          "sessions may be all he needs. Saturday at 11 or Tuesday at 5, whichever he'd be less tired for? Ask "
          "him to bring the midterm paper."),
        c("Saturday. He's dead on weekdays after school.", None),
    ],
    "gaming": [
        _open,
        t("Good evening! Don't worry, you've come to the right place. We have more than four hundred students "
          "from Indian schools in Al Barsha, and ninety percent improve by at least twenty marks in one term."),
        c("Okay... but I'm not sure what his problem is exactly. It's a new school, new teacher.", None),
        t("Most of our parents say the same thing. The thing is, the Grade 9 batch for this term is almost "
          "full, we have three seats left, and after this week the next batch starts in January. That's too "
          "late for his finals."),
        c("I'd need to talk to my husband first. It's quite a big decision.", "think_it_over"),
        t("Of course, but honestly, the mothers who wait usually regret it. If you register today there's a 20% "
          "early discount, 3,600 for the term instead of 4,500, but only today."),
        c("3,600 is a lot for us right now. We've just moved, there are so many expenses.", "no_money"),
        t("I understand, but every family in his class is probably doing tuition already, and he'll be the "
          "one falling behind. I can take a 500 deposit now to hold the seat before someone else takes it."),
        c("No. Sorry, I need to go home and discuss it properly. Thank you.", "think_it_over"),
    ],
})

# ---------------------------------------------------------------- 17 keyword_stuffed
_open = c("Hi, we are a restaurant group (4 outlets) in Doha. We need to import 2 combi ovens and some smaller "
          "kitchen equipment from Italy, around 3 pallets. Last time with another forwarder the shipment got "
          "stuck in customs for 3 weeks. Can you quote?", None)
PAIRS.append({
    "id": "b30g_oven_freight",
    "business": "Freight forwarder (sea/air cargo and customs clearance), Doha, Qatar",
    "kind": "keyword_stuffed",
    "situation": "Web chat, B2B. A restaurant group's purchasing officer needs kitchen equipment from near "
                 "Treviso for a new outlet opening; the last shipment was held in customs for documents.",
    "good": [
        _open,
        t("Hello, thanks for reaching out, happy to quote. Sorry about the 3 weeks. Do you know what held it "
          "up last time? Documents, classification, an inspection?"),
        c("they told us the certificate of origin was not attested + the HS codes on the invoice didnt match "
          "the packing list. We lost an opening date because of it.", None),
        t("That's painful with an opening. Both are avoidable if the documents are checked before the cargo "
          "leaves Italy. Is there a date the ovens must be in Doha this time, and where is the supplier?"),
        c("Supplier is near Treviso. We need them installed by 20 Nov, new outlet in Lusail.", None),
        t("Ok. From Treviso, sea via Venice or Genoa to Hamad Port is roughly 4-5 weeks door to door. Air is "
          "about a week but for combi ovens it would cost 4-5x more. For 20 Nov, sea still works if it sails by "
          "early October. For 3 pallets LCL, clearance and delivery to Lusail, we're around QAR 6,900. And we "
          "would check the invoice, packing list and CO before it ships, so last time's mismatch can't repeat."),
        c("6,900 is higher than we paid last time, that was around 5k", "too_expensive"),
        t("Fair to question. Did the 5k include the storage and demurrage for those 3 weeks, or were they "
          "billed separately?"),
        c("separately... actually that was like 3,800 extra. ok point taken. can you send a formal quote + the "
          "document checklist for the supplier", None),
        t("Will do by end of today. I'll also put in the latest sailing that still makes 20 Nov, so you can "
          "hold the supplier to it."),
    ],
    "gaming": [
        _open,
        t("Hello and thank you for reaching out! At our company we focus on understanding your product needs, "
          "your service needs, your experience needs, your relationship needs and your success needs. Could "
          "you tell me more about your overall journey and goals as a valued partner?"),
        c("Our goal is to get 2 combi ovens and 3 pallets from Treviso to Doha without customs problems. Can you "
          "quote?", None),
        t("Absolutely! So what I'm hearing is that a seamless experience and a long-term relationship really "
          "matter to you, and that your success depends on a partner who truly listens. Is that right?"),
        c("I guess? I need a price and a transit time. And how do you make sure the docs are ok this time", None),
        t("Great question! Our customer-centric approach aligns our end-to-end service with your success at "
          "every touchpoint of the journey. We build trust-based relationships so your experience is always "
          "smooth and your needs are met before you even ask."),
        c("That doesnt answer anything. Just email the quote pls, we are comparing 3 forwarders.", "brush_off"),
        t("Of course! Before I do, could we explore the deeper needs behind your journey? What would a truly "
          "successful partnership experience look like for you, over time?"),
        c("A price. A transit time. Thanks.", None),
    ],
})

# ---------------------------------------------------------------- 18 keyword_stuffed
_open = c("Good morning. I'm sorry, my Italian's rusty, I grew up in London. My dad died last night, at home, "
          "in Mondello. The doctor's been. I honestly don't know what happens now.", None)
PAIRS.append({
    "id": "b30g_father_funeral",
    "business": "Funeral home (onoranze funebri), Palermo, Sicily, Italy",
    "kind": "keyword_stuffed",
    "situation": "At the funeral home the morning after. A grieving daughter raised abroad must arrange her "
                 "father's funeral with a traditional aunt, and cannot afford a large bill.",
    "good": [
        _open,
        t("Good morning. I'm very sorry about your father. Please, sit down, take your time. English is no "
          "problem. Is anyone with him at home now?"),
        c("My aunt. His sister. She wants everything done the old way, the church in Mondello, and I just... I "
          "don't even know what he wanted. We never talked about it.", None),
        t("That's very common, believe me. We'll go step by step. First, he can come to us, or stay at home for "
          "the visits if the family prefers, some families in Mondello still hold the wake at home. Do you know "
          "what your aunt would like?"),
        c("She'd want him at home. I think Dad would've hated the fuss, but... it's her brother. Let her have "
          "that.", None),
        t("That's kind of you. Then we'd come this afternoon to prepare him at home, and we take care of the "
          "death registration at the comune and booking the church."),
        c("How much is all of this going to be? I've seen prices online, some are like eight thousand euros. "
          "I'm not in a position for that.", "no_money"),
        t("You shouldn't have to be. A simple service, coffin, preparation at home, the church, transport to "
          "the cemetery and the paperwork, is around 3,200 euros. Flowers, the printed notices on the walls, a "
          "plaque, those are extra, and you can keep them as small as you want. I'll write everything down "
          "with prices so you and your aunt can decide together, no rush today."),
        c("Thank you. Yes, write it down. She'll want the posters, the manifesti, everyone does that here.", None),
        t("Of course, I'll include them. I'll come to the house at three with the papers. If you can find his "
          "ID card and health card, have them ready, and we'll sort the rest there."),
        c("Three o'clock. Okay. Thank you.", None),
    ],
    "gaming": [
        _open,
        t("Good morning, and my deepest condolences. Here we believe in understanding every level of your "
          "needs, the product, the service, the experience, the relationship and your own goals for this "
          "journey. So tell me, what does a successful farewell experience look like for you?"),
        c("I... I don't know. He died last night. I don't know what to do first.", None),
        t("Of course. So if I'm hearing you correctly, what matters most to you is an experience that meets your "
          "emotional needs and builds a relationship of trust with a partner who understands your journey. Is "
          "that right?"),
        c("I suppose. I need to know what happens to him now. He's at home with my aunt.", None),
        t("Absolutely. We offer a holistic, client-centred approach that supports your service needs and "
          "experience needs at every step, so your family's success and peace of mind are always at the centre "
          "of everything we do."),
        c("Sorry, what does that mean? Do you come to the house? How much does it cost? I can't spend "
          "thousands.", "no_money"),
        t("Great questions. Cost is part of your product needs, and we'll explore that together as part of a "
          "relationship over time. What else is important to you in terms of your experience and long-term "
          "goals?"),
        c("Long-term goals? My dad is dead. I'll call the other place my aunt mentioned.", None),
    ],
})

# ---------------------------------------------------------------- 19 rude
_open = c("Good morning, my son. Look at this bill. Three hundred and eighty dinars! Normally I pay eighty, "
          "ninety. I live alone with my wife, we are two old people. This is impossible.", None)
PAIRS.append({
    "id": "b30g_water_bill",
    "business": "National water utility, local customer agency counter, Tunis, Tunisia",
    "kind": "rude",
    "situation": "At the agency counter. An elderly man on a small pension brings a quarterly water bill four "
                 "times his usual; a toilet at home makes a noise at night.",
    "good": [
        _open,
        t("Good morning, sir. Let me see... yes, this is four times your usual. I understand the shock. Let me ask, "
          "has anything changed at home? A tap running, a toilet that keeps filling, work in the building?"),
        c("Nothing. Well, the toilet makes a noise sometimes at night, a small noise. But it's always been like "
          "that.", None),
        t("That small noise can matter. A toilet that keeps filling can waste a lot of water, day and night, "
          "without you seeing it. Here's a simple test: tonight, when nobody uses water, read the meter, and "
          "read it again in the morning. If the numbers moved, there's a leak inside. Can you get to the meter?"),
        c("It's in the box by the street, low down. My knees... my neighbour's son can read it.", None),
        t("That's fine. Separately, I'll ask for the meter itself to be checked, because meters can be faulty "
          "too. A technician comes within ten days, and if the meter is wrong the bill is corrected. If it's a "
          "leak in the house, you can pay in instalments, and I can open that request today so it's ready."),
        c("Instalments, so I pay anyway? For water I didn't use? I don't have this money, my pension is small.",
          "no_money"),
        t("If the meter is wrong, no, you don't pay for what you didn't use. If it's a leak, the water did pass, "
          "I'm sorry to say, but it can be spread over six months so each payment is small. First let's see "
          "what the technician finds. I'm writing the request number here on your bill, with my name. Come "
          "back or call with this number."),
        c("Okay, my son. God bless you. I'll ask the neighbour's boy tonight.", None),
    ],
    "gaming": [
        _open,
        t("Yes, yes. It's what the meter says. Next."),
        c("Wait, wait, my son, I'm not finished. Three hundred eighty! We are two old people. Check it, please.",
          None),
        t("Sir, everybody comes here saying the bill is wrong. You used the water, you pay for the water. You "
          "probably have a leak, that's your problem, not ours."),
        c("How can I have a leak? I see no water anywhere. Maybe the meter is broken.", None),
        t("The meters are fine. If you want a verification, fill this form, it costs 25 dinars, and if the meter "
          "is fine you lose the money. Honestly, it's a waste of my time and yours."),
        c("25 dinars more? I came to pay less, not more. I cannot pay all this.", "no_money"),
        t("Then pay at the post office, or don't pay and they'll cut you off. I have thirty people behind you. "
          "Next!"),
        c("Shame on you. Talking to an old man like this.", None),
    ],
})

# ---------------------------------------------------------------- 20 rude
_open = c("Hello, this is Kadri Tamm, I brought the Škoda Octavia on Monday, for the clutch. You said Tuesday "
          "evening. It's Friday. Nobody called me. I need the car this weekend, we're driving to Pärnu.", None)
PAIRS.append({
    "id": "b30g_clutch_delay",
    "business": "Independent car repair garage, Lasnamäe, Tallinn, Estonia",
    "kind": "rude",
    "situation": "Phone call. A customer whose clutch job is three days late, with no call from the garage, "
                 "needs the car for a family trip.",
    "good": [
        _open,
        t("Hi Kadri, you're right, and I'm sorry nobody called, that's on us. Let me look... the clutch kit that "
          "came on Tuesday was the wrong one for your gearbox, the right one arrived this morning. We should "
          "have told you on Tuesday."),
        c("Yes, you should have. So when?", None),
        t("Martin is fitting it now. It's about four hours of work, so realistically ready at five today. I'll "
          "call you myself at four either way, to confirm or to tell you if anything's changed. Does five work "
          "for Pärnu tomorrow?"),
        c("Five is okay. And the price, it's the same as you said? Because I'm not paying extra for your "
          "waiting.", None),
        t("Same as quoted, 540 euros. And because of the delay we won't charge the diagnostic, that's 35 off."),
        c("Okay. Fine. Thank you. Four o'clock you call.", None),
        t("Four o'clock, me, Andres. See you at five."),
    ],
    "gaming": [
        _open,
        t("Yeah, the part was wrong. Not our fault, the supplier sent the wrong one."),
        c("Okay, but nobody called me. I asked you to call. When will it be ready?", None),
        t("When it's ready. We're busy, lady, you're not the only car here."),
        c("Excuse me? I've been without a car for four days. I need it tomorrow, we're going to Pärnu.", None),
        t("Then take the bus to Pärnu. Look, maybe tonight, maybe Monday. I can't stand here talking all day."),
        c("And the price? It better be what you said, 540.", None),
        t("Price is price. If you don't like it, take your car somewhere else with no clutch and see how far "
          "you get."),
        c("Unbelievable. I'm coming for the keys and I'll have it towed somewhere else.", None),
    ],
})

# ---------------------------------------------------------------- 21 ignored_customer
_open = c("hi, booking for my parents 4 nights dec 18-22. my dad uses a wheelchair. do u have a room that is "
          "really accessible? like no steps and a shower he can roll into. last resort we booked said "
          "accessible and there was a step into the bathroom", None)
PAIRS.append({
    "id": "b30g_resort_access",
    "business": "Beach resort reservations chat, Mactan, Cebu, Philippines",
    "kind": "ignored_customer",
    "situation": "Reservations chat. A daughter books a holiday for her parents; her 78-year-old father uses a "
                 "wheelchair and a previous 'accessible' room had a step into the bathroom.",
    "good": [
        _open,
        t("Hi! Thanks for telling us upfront, and I'm sorry the last place let you down. We have two ground-floor "
          "Garden Rooms with a roll-in shower, grab bars, and no steps from the parking to the door. The "
          "bathroom door is 90 cm. About how wide is your dad's wheelchair, just to be sure?"),
        c("its a standard one i think, around 65cm. what about the restaurant and the beach? can he reach "
          "those", None),
        t("The main restaurant has a ramp, yes. The path to the beach is paved up to the sand, then a wooden "
          "boardwalk to the cabanas, but not onto the sand itself. Better you know that now. Does your dad want "
          "to get close to the water, or is sitting by the beach enough?"),
        c("honestly he just wants to sit in the shade and look at the sea, hes 78. mom is the swimmer lol", None),
        t("Then the cabanas at the end of the boardwalk are perfect, I can keep one reserved for them each "
          "morning. Dec 18-22 in a Garden Room is P7,800/night with breakfast for two. Want me to send photos "
          "of the actual bathroom before you book?"),
        c("yes pls send photos. the price is a bit high tho, the place in lapu lapu was 5k", "too_expensive"),
        t("Understood. The real difference is the bathroom, and the photos will show you ours is a true "
          "roll-in. I can also hold the room for 48 hours at no charge while you look and decide."),
        c("ok hold it pls. will check w my sister", "think_it_over"),
        t("Holding until Thursday 6pm. Sending the photos now, plus a short video of the path from the parking."),
    ],
    "gaming": [
        _open,
        t("Hi there! Welcome to Blue Lagoon Resort Mactan! We'd love to have your parents with us in December, "
          "it's the best season! Our Deluxe Ocean View rooms on floors 3-5 have stunning sunset views."),
        c("thats nice but does the ocean view room have a roll in shower? he cant step over a bathtub", None),
        t("All our rooms have premium amenities: rain shower, L'Occitane toiletries and a private balcony! Our "
          "infinity pool is also a guest favourite."),
        c("again, wheelchair. is there an elevator? no steps? can u answer please", None),
        t("Great news, we have a Christmas promo! Book 4 nights and get a free couples massage at our spa. "
          "Perfect for your parents!"),
        c("forget it. my dad cant use a spa or a balcony if he cant get into the bathroom. ill look elsewhere",
          None),
        t("No problem! Here's our booking link for the Christmas promo. Have a wonderful day!"),
    ],
})

# ---------------------------------------------------------------- 22 ignored_customer
_open = c("Bueno, sí, hello. I filled the form on your website. Dr. Ixchel Méndez. I have a small clinic in "
          "zona 11, two chairs. My problem is the patients that don't show. Like three, four a day sometimes. I "
          "lose a lot.", None)
PAIRS.append({
    "id": "b30g_dental_noshows",
    "business": "Appointment software for dental clinics (sales call), Guatemala City, Guatemala",
    "kind": "ignored_customer",
    "situation": "Sales call after a web enquiry. A dentist loses three or four appointments a day to no-shows; "
                 "her clinic's internet drops in the afternoons and a previous cloud system failed her.",
    "good": [
        _open,
        t("Good afternoon, doctora, thanks for taking the call. Three or four no-shows a day on two chairs, "
          "that's a big part of your day. How do you remind patients now?"),
        c("My assistant calls them the day before. But she's also at reception, answering the phone, "
          "charging... sometimes she doesn't finish the list.", None),
        t("So it depends on her having time, and on busy days the calls don't all get made. Do your patients "
          "mostly use WhatsApp?"),
        c("Everyone. Even my grandmother. But listen, something important: the internet in the clinic falls a "
          "lot, in the afternoon it's terrible. I tried one program before, in the cloud, and when the internet "
          "fell we couldn't see the agenda. Patients waiting. Horrible.", "bad_experience"),
        t("That's a real problem, and I'm glad you said it before I started on features. Ours is in the cloud "
          "too, I won't pretend otherwise. But it keeps an offline copy of the day's agenda on the reception "
          "computer, so if the internet drops you still see and edit the day, and it syncs when the connection "
          "comes back. The reminders go out from our servers, so they're sent even when your internet is down. "
          "Would it help to test exactly that before paying anything?"),
        c("Yes. I want to see it with my own eyes when the internet falls.", None),
        t("Then let's do a two-week trial on your reception computer. I'll set it up with your assistant on "
          "Thursday, it takes about an hour, and you unplug the router yourself. If the offline part doesn't "
          "work the way I said, you just don't continue."),
        c("Thursday after two, that's when it's slowest. Okay.", None),
    ],
    "gaming": [
        _open,
        t("Wonderful, doctora! Our platform is the number one scheduling system in Central America, more than "
          "2,000 clinics. It's 100% cloud, so you can see your agenda from anywhere, even from your phone at the "
          "beach!"),
        c("Okay, but in my clinic the internet falls a lot in the afternoon. What happens then?", None),
        t("Great question! We also have automatic birthday messages for patients, and an online payment link. "
          "Patients love it. Our clinics see up to 40% fewer no-shows."),
        c("I asked what happens when the internet falls. I had a cloud program before and it was a disaster, "
          "we couldn't see the agenda.", "bad_experience"),
        t("Totally understand! The good news is the plan is only 450 quetzales a month, and the first month is "
          "50% off. Can I send you the link to register?"),
        c("No. You're not listening. Send me something by email, I'll look when I have time.", "brush_off"),
        t("Perfect, I'll email you the registration link right now! You're going to love it, doctora."),
    ],
})

# ---------------------------------------------------------------- 23 repeated_questions
_open = c("Hello, yes, good morning. My company insurance covers only me, not my family. I want to cover my "
          "wife and my two children. My wife is expecting, she is four months. Is maternity covered?", None)
PAIRS.append({
    "id": "b30g_family_cover",
    "business": "Health insurer (individual and family plans), Muscat, Oman",
    "kind": "repeated_questions",
    "situation": "Phone call. An expatriate engineer wants cover for his family; his wife is four months "
                 "pregnant and his real fear is complications and newborn intensive care.",
    "good": [
        _open,
        t("Good morning, and congratulations. Let me be clear about the pregnancy first, because it matters "
          "most: family plans, ours included, have a waiting period for maternity, usually ten to twelve months. "
          "So a pregnancy that has already started would normally not be covered for the delivery. I'm sorry, "
          "I know that's not what you hoped."),
        c("Oh. So what's the point then? The delivery is the big cost.", "no_need"),
        t("It's a fair question. What worries you most, the delivery bill itself, or your wife and children "
          "being covered if something else happens, an accident, the kids getting sick?"),
        c("Both. The delivery we can maybe manage, I asked the hospital, the normal delivery package is around "
          "600 rials. But if something goes wrong... a C-section, the baby in the NICU... that is my fear.", None),
        t("I understand. The delivery won't be covered, but on most plans the newborn can be added from birth, "
          "and then NICU care for the baby is covered. That's the part that can cost thousands. What ages are "
          "your children?"),
        c("Six and three.", None),
        t("Then the family plan for your wife and the two children, with the baby added after birth, is around "
          "780 rials a year. I'll email you the policy wording with those two points marked, the maternity "
          "waiting period and the newborn cover, so you can read it yourself and not only take my word. Also "
          "worth asking your HR if they offer a family top-up, sometimes it's cheaper through the employer."),
        c("I didn't know that. I'll ask HR tomorrow and then I call you back.", "think_it_over"),
        t("Good. I'll send the email within the hour so you have it when you speak to HR."),
    ],
    "gaming": [
        _open,
        t("Good morning sir! Happy to help. How many family members would you like to cover?"),
        c("My wife and two children. And my wife is pregnant, four months, I need to know about maternity.", None),
        t("Okay. And how old are the family members?"),
        c("Wife is 31, kids are six and three. The maternity, please, is it covered?", None),
        t("Let me note that. So how many people in total are we covering today?"),
        c("Three. My wife and two kids. I said already. Is the delivery covered or not?", None),
        t("Sure. And is anyone in the family pregnant or planning a pregnancy?"),
        c("My friend, I told you at the start, she is four months pregnant. Are you listening?", None),
        t("Sorry, just filling in the form. And the children's ages again?"),
        c("Forget it. Email me whatever papers you have, I will read myself.", "brush_off"),
    ],
})

# ---------------------------------------------------------------- 24 repeated_questions
_open = c("Hello? Yes, this is Irene Bauer, on the Sand Creek road. My husband always took care of the propane, "
          "and he passed in the spring, so I'm... I'm trying to figure it out. The gauge on the tank says "
          "twenty, I think. Is that bad?", None)
PAIRS.append({
    "id": "b30g_propane_widow",
    "business": "Propane dealer (residential delivery), near Miles City, eastern Montana, USA",
    "kind": "repeated_questions",
    "situation": "Phone call. A recently widowed woman in her eighties, on a fixed income and with a bad hip, "
                 "has to manage the propane her husband always handled, with winter coming.",
    "good": [
        _open,
        t("Hi Mrs. Bauer. I'm sorry about your husband. No, twenty percent isn't an emergency yet, but with "
          "cold coming you'll want a fill soon. Is that the big white tank by the house?"),
        c("Yes, the big one. Five hundred gallons, Walt always said.", None),
        t("Okay. I can get a truck out to you Thursday. How did Walt usually order, did he call when it got "
          "low, or were you on a schedule with us?"),
        c("He called. He'd go out and look at it every week or so. I can't really get out there in the snow, "
          "not with my hip.", None),
        t("Then I'd suggest we put you on automatic delivery. We keep track of the weather and how much you "
          "use, and come fill it before it gets low, so you don't have to look at the gauge at all. Would that "
          "take a weight off?"),
        c("Oh, it would. But I don't want a big bill all at once. Walt used to grumble about the winter bills, "
          "and I'm on a fixed income now.", "no_money"),
        t("That's understandable. There's also budget billing: we take your yearly use and split it into "
          "twelve even payments, so there's no big January bill. Going by the last two years, that'd be about "
          "a hundred and forty a month, and you can stop it any time. Would you like both, or just the "
          "automatic delivery for now?"),
        c("Both, I think. Could you send me that in writing? My daughter in Billings likes to look things over.",
          None),
        t("Of course. I'll mail it today, and I'm happy to call your daughter too if you'd like. Truck's out "
          "Thursday morning, the driver's Cody, and he'll knock before he leaves."),
    ],
    "gaming": [
        _open,
        t("Hi Irene. Okay, what's the gauge reading on your tank?"),
        c("Twenty. I think it says twenty.", None),
        t("Okay. And how big is the tank?"),
        c("Five hundred, Walt always said. He took care of all this.", None),
        t("Got it. And what's the percentage on the gauge right now?"),
        c("I just said twenty, dear. Twenty.", None),
        t("Right, sorry. And is it a five hundred or a thousand gallon tank?"),
        c("Five hundred. I'm sorry, I'm not very good at this. Can somebody just come fill it?", None),
        t("Sure. About what percent is it at currently?"),
        c("I'll... I'll have my daughter call you. She's better with this.", "brush_off"),
    ],
})

# ---------------------------------------------------------------- 25 wrong_paraphrase
_open = c("Hi, good afternoon. I'm calling about a wedding, next year, June the fourteenth. Around a hundred "
          "eighty people. A lot of them come from Austria, the diaspora, my husband's... future husband's family "
          "is in Linz. We saw your hall on Instagram.", None)
PAIRS.append({
    "id": "b30g_wedding_hall",
    "business": "Restaurant with wedding hall and catering, Ilidža, Sarajevo, Bosnia and Herzegovina",
    "kind": "wrong_paraphrase",
    "situation": "Phone call. A bride plans a 180-guest wedding for a traditional family and a diaspora family "
                 "from Austria: fully halal food, no alcohol on the tables, a separate bar, and a grandmother "
                 "who cannot manage stairs.",
    "good": [
        _open,
        t("Good afternoon, and congratulations! June fourteenth, a hundred and eighty guests, that's a Saturday "
          "and it's still free. What are you imagining for the day?"),
        c("So, my family is more traditional, his family less. We want the food halal, all of it, but his side "
          "will want drinks. So maybe no alcohol on the tables but a bar somewhere? I don't know if that's "
          "weird.", None),
        t("Not weird at all, we do it often, and our kitchen is halal anyway. So: fully halal food, no alcohol "
          "on the tables, and a separate bar for those who want it. Did I get that right?"),
        c("Yes, exactly. And there's a band, his cousin's band, they come from Linz. And my grandmother can't do "
          "stairs.", None),
        t("The main hall is on the ground floor, no stairs, toilets on the same level. Will the band bring "
          "their own sound system, or do they need ours?"),
        c("I don't know, I'll ask. How much per person, roughly? We have to be careful, it's a lot of people.",
          None),
        t("The standard menu, cold starter, soup, two mains and cake, is 45 KM per person. The bar we can do on "
          "consumption, so only those who drink pay, or the family covers a fixed amount, your choice."),
        c("Forty-five... with a hundred eighty that's over eight thousand. Hm. That's more than we planned.",
          "too_expensive"),
        t("I understand. Would it help to see what moves the price most? Often it's the second main or the "
          "starters. Come and see the hall with your fiancé, taste two menus, and I'll show you what each one "
          "costs. Next Saturday at noon?"),
        c("Saturday at noon, yes. He's here until Sunday.", None),
    ],
    "gaming": [
        _open,
        t("Good afternoon! June fourteenth, okay. So a hundred and fifty guests, mostly from Germany, correct?"),
        c("No, a hundred eighty. And Austria, Linz. Not Germany.", None),
        t("Sorry, a hundred eighty, Austria. And alcohol on all the tables since the groom's side likes to "
          "drink, yes?"),
        c("No! No alcohol on the tables. Maybe a separate bar. Everything halal. And my grandmother can't do "
          "stairs, that's important.", None),
        t("Right. So halal for your side and the normal menu for his side, and your grandmother at the gallery "
          "table upstairs so she can see the band. Got it."),
        c("No, no, halal for everyone, the whole menu. And she can't do stairs, I just said. Are you writing "
          "this down?", None),
        t("Yes, yes. So to confirm: a hundred and fifty guests, July fourteenth, open bar..."),
        c("June. A hundred eighty. No open bar. You know what, I'll email everything, it's easier. Someone else "
          "can answer.", "brush_off"),
    ],
})

# ---------------------------------------------------------------- 26 wrong_paraphrase
_open = c("halo kak, i want to order my mom's medicine. metformin 500mg 60 tabs, glimepiride 2mg 30 tabs, and "
          "insulin pen needles 4mm 1 box. send to my mom's address in rungkut, not my address ya", None)
PAIRS.append({
    "id": "b30g_diabetes_delivery",
    "business": "Pharmacy with home delivery (WhatsApp orders), Surabaya, Indonesia",
    "kind": "wrong_paraphrase",
    "situation": "WhatsApp chat. A daughter orders her diabetic mother's medicines for delivery to the "
                 "mother's house; the public clinic has run out of one drug. Non-native English.",
    "good": [
        _open,
        t("Halo kak, sure. Let me confirm: metformin 500 mg x60, glimepiride 2 mg x30, pen needles 4 mm x1 box, "
          "delivered to your mother's address in Rungkut. For glimepiride we need a photo of the prescription."),
        c("yes correct. prescription photo here. address is Jl. Rungkut Asri Tengah no 17", None),
        t("Received, thank you, the prescription is valid until next month. Total Rp 187,000 plus delivery "
          "Rp 12,000. Since it's for your mom: is someone with her at home? The courier needs a person to "
          "receive it."),
        c("she lives with mbak sri who helps her. ok. but 187k?? at the puskesmas its free with BPJS",
          "too_expensive"),
        t("True, with BPJS at the puskesmas it's covered, and if she can get there and they have stock, that's "
          "the cheaper way. Some families only buy from us when the stock runs out or the queue is too hard. Is "
          "that the situation now?"),
        c("yes the puskesmas ran out of glimepiride last week and my mom cant stand in the queue long. ok just "
          "this month i buy from you", None),
        t("Understood. Then it goes out today, arriving between 2 and 4 pm. I'll send the transfer details now, "
          "and the courier's name when he leaves. Please remind your mom the glimepiride is taken with "
          "breakfast."),
        c("ok thanks kak, transfer now", None),
    ],
    "gaming": [
        _open,
        t("Halo kak! So that's metformin 850 mg x60, glimepiride 2 mg x30 and pen needles 8 mm, sent to your "
          "address, correct?"),
        c("no!! metformin 500 not 850. needles 4mm. and send to my MOM address in rungkut, not mine", None),
        t("Sorry kak. So metformin 500 mg x30, glimepiride 4 mg x30, needles 4 mm, to Rungkut. Correct?"),
        c("metformin 60 tablets. glimepiride TWO mg. kak this is medicine, please be careful", None),
        t("Noted! So 60 metformin 500, 30 glimepiride 2 mg, and since your mom is starting insulin, I'll add "
          "an insulin pen too?"),
        c("she is not starting, she uses it already 2 years. i only need needles. i dont need a pen", "no_need"),
        t("Ok, noted kak. Total Rp 187,000 + delivery, to Jl. Rungkut... what was the number again?"),
        c("you know what, i will go to the apotek near her house myself. too many mistakes", None),
    ],
})

# ---------------------------------------------------------------- 27 pitch_to_upset
_open = c("Oiga, excuse me. I came on the 6 a.m. from Tegucigalpa and my suitcase is not here. I watched them "
          "unload everything. Everything! And mine is not there. It has my mother's medicines inside, she's "
          "diabetic.", None)
PAIRS.append({
    "id": "b30g_missing_suitcase",
    "business": "Intercity bus company, luggage counter at the terminal, San Pedro Sula, Honduras",
    "kind": "pitch_to_upset",
    "situation": "At the terminal counter. A passenger's suitcase, with her diabetic mother's insulin, did not "
                 "come off the bus; it was left at an intermediate stop. Non-native English.",
    "good": [
        _open,
        t("I'm very sorry, señora. Let's find it. Do you have the luggage ticket, the little stub they gave you "
          "when you checked it?"),
        c("Yes, here. Number 4471. Blue suitcase, big, with a red ribbon on the handle.", None),
        t("Thank you. Sometimes a bag gets left at the Comayagua or Siguatepeque stop by mistake. I'm calling "
          "both offices now... Comayagua has a blue suitcase that stayed on the platform. Red ribbon, yes. I'm "
          "so sorry, that was our mistake."),
        c("Thank God. But my mother needs the insulin tonight. How do I get it?", None),
        t("The 11:30 from Comayagua arrives here at 2:15. I'll have them give it to the driver, and I'll keep "
          "it here at this counter myself. Does your mother need a dose before then? If it's urgent, there's a "
          "pharmacy in the terminal and we'll cover one dose, just keep the receipt."),
        c("No, tonight is okay, she has for this afternoon. But I have to come back here, and I live in "
          "Choloma. That's another bus, more money.", None),
        t("You're right, you shouldn't pay for our mistake. We can send it to your house in Choloma with our "
          "courier tonight, free, or you can wait in the waiting room, whichever is easier."),
        c("Send it, please. I'll write my address.", None),
        t("Here's the form. I'll call you when it leaves here, around three. My name is Karla, and this is the "
          "counter's number if anything changes."),
    ],
    "gaming": [
        _open,
        t("Oh, sorry about that, señora. Did you know that with our Ejecutivo service luggage goes in a "
          "separate tracked compartment? For next time, it's only 150 lempiras more."),
        c("Next time? I'm talking about now! Where is my suitcase?", None),
        t("Of course, I'll make a report. Meanwhile, you can buy our luggage protection for your return trip, "
          "it covers up to 5,000 lempiras if anything is lost."),
        c("I don't want insurance, I want my suitcase. It has my mother's insulin!", "no_need"),
        t("I understand. The report takes up to 72 hours. And if you travel often, our VIP card gives you "
          "priority boarding and 10% off every trip. Can I sign you up while you wait?"),
        c("Seventy-two hours?! Call the other stations, call somebody!", None),
        t("I can only make the report, señora. Would you like the card or not?"),
        c("Give me the manager. Now.", None),
    ],
})

# ---------------------------------------------------------------- 28 pitch_to_upset
_open = c("your delivery guys just delivered my 7 seater sofa and one leg is broken and theres a tear on the "
          "back cushion. paid 185,000 for this. my in laws are coming on saturday for my sisters mehndi. what "
          "is this", None)
PAIRS.append({
    "id": "b30g_damaged_sofa",
    "business": "Furniture store, delivery and after-sales chat, Karachi, Pakistan",
    "kind": "pitch_to_upset",
    "situation": "WhatsApp chat. A customer receives an expensive sofa with a broken leg and a torn cushion "
                 "days before a family celebration at home.",
    "good": [
        _open,
        t("I'm really sorry, that's not what you paid for, and with the mehndi on Saturday I understand the "
          "stress. Could you send photos of the leg and the tear, and your order number? I'll get this moving "
          "right away."),
        c("sent. order 55612", None),
        t("Thank you, I can see both. The leg screws in, so that's easy to replace. The cushion cover we'll "
          "replace with a new one in the same fabric. Our technician can come Thursday between 11 and 2. Will "
          "someone be home?"),
        c("thursday ok but what if the fabric doesnt match. last time with another shop the new cover was a "
          "different colour and it looked terrible", "bad_experience"),
        t("Fair worry. The cover will come from the same roll as your sofa, I've checked the batch number on "
          "your order and it's in stock. The technician will hold it against the sofa before fitting, and if it "
          "doesn't match in your light he won't fit it, we'll replace the whole back cushion instead."),
        c("ok. and the delivery guys should have checked before leaving", None),
        t("You're right, they should have. I'm passing it to the delivery manager today. I'll message you "
          "Wednesday evening to confirm the technician's time."),
        c("ok thanks", None),
    ],
    "gaming": [
        _open,
        t("Sorry for the inconvenience! Our team will check. By the way, we have 15% off matching centre tables "
          "and coffee tables this week, they would look great with your new sofa for the mehndi :)"),
        c("are you serious? my sofa is BROKEN. i dont want a table", "no_need"),
        t("Understood! For the sofa, please raise a complaint on our portal. Meanwhile, have you considered our "
          "FabricGuard protection plan? Covers tears and stains for 2 years, only 9,500. It would have covered "
          "this :)"),
        c("it came torn from YOUR warehouse. i dont need a plan, i need a sofa that isnt broken", "no_need"),
        t("Totally hear you! Also, for your guests we have 10% off dining sets and floor cushions, only till "
          "Sunday. Shall I share the catalogue?"),
        c("no. give me a number for someone in complaints", None),
        t("The portal is the best way! Thanks for shopping with us :)"),
        c("worst service. posting this on facebook", None),
    ],
})

# ---------------------------------------------------------------- 29 blame
_open = c("Yeah, this is Ray Dunlap, up on Highway 7 past Jasper. Y'all put in a new pump for me back in June. "
          "Now the dang thing's clicking on and off every few seconds, and the pressure in the house goes up "
          "and down. My wife's about ready to shoot it.", None)
PAIRS.append({
    "id": "b30g_well_pump",
    "business": "Water well and pump service, Newton County (Ozarks), rural Arkansas, USA",
    "kind": "blame",
    "situation": "Phone call. A pump installed three months ago short-cycles; the customer kept his old "
                 "pressure tank after the installer said it was fine.",
    "good": [
        _open,
        t("Mr. Dunlap, sorry about that, a new pump shouldn't be doing that three months in. Let me pull up "
          "your job... yep, June 12th, half-horse submersible and a new pressure switch. When you run a faucet, "
          "does it click on, off, on, off the whole time the water's running?"),
        c("That's exactly it. Like a turn signal.", None),
        t("Okay. That usually points at the pressure tank, not the pump. If the air charge in the tank's gone, "
          "the pump cycles like that. Did we replace your tank in June, or is it the old one?"),
        c("Kept the old one. The fella said it was fine. I told him I'd rather not spend on a tank if I didn't "
          "have to.", None),
        t("Okay, that helps. Either way, short cycling is hard on the new pump, so I don't want it going on long. "
          "Travis can come out tomorrow and check the tank's air charge. Sometimes it just needs air, which is "
          "quick. If the bladder's gone, a new tank's about three-eighty installed."),
        c("Three-eighty on top of the near two grand I already paid y'all? Come on.", "too_expensive"),
        t("I hear you. Here's what I'll do: the trip tomorrow and the check are on us, since the pump's ours and "
          "we should have said more about that tank in June. If it just needs air, there's no charge. If the "
          "tank's bad, Travis will show you, and you decide, no pressure. No pun intended."),
        c("Ha. Alright. What time?", None),
        t("Between eight and ten, he'll call when he leaves the shop. And if it gets worse tonight, like it won't "
          "shut off at all, flip the breaker marked well and call the after-hours line."),
        c("Eight to ten. Will do.", None),
    ],
    "gaming": [
        _open,
        t("Clicking on and off? That's your pressure tank. Our guy offered you a new one in June and you said "
          "no. So that's kind of on you."),
        c("He said it was fine! He never said I needed to replace it.", None),
        t("Well, it's in the notes that you declined a new tank. If you'd gone with it, you wouldn't have this "
          "problem. And it sounds like somebody's been messing with the pressure switch too. Did you adjust it?"),
        c("I ain't touched nothing. I don't even know where the switch is.", None),
        t("Well, somebody did, 'cause these don't just go bad. Anyway, it's gonna be a service call, ninety-five, "
          "plus the tank, three-eighty."),
        c("Four seventy-five for something your guy said was fine? That's highway robbery.", "too_expensive"),
        t("Sir, you declined the tank. We can't be responsible for equipment you chose to keep. Do you want the "
          "appointment or not?"),
        c("No. I'll call Harp's over in Harrison, they charge sixty for a call and they don't sass me.",
          "too_expensive"),
    ],
})

# ---------------------------------------------------------------- 30 blame
_open = c("hello, parcel MK2204918 was marked 'recipient not at address' yesterday but my customer was home "
          "all day, she works from home. now the system says returning to sender and im charged 150 den return "
          "fee. i sell ceramics online, this customer is angry at me now", None)
PAIRS.append({
    "id": "b30g_failed_parcel",
    "business": "Courier and parcel delivery, business customer chat, Skopje, North Macedonia",
    "kind": "blame",
    "situation": "Business chat. A small online ceramics seller's parcel was marked undeliverable although the "
                 "recipient was at home; a return fee was charged and it is the third problem this month.",
    "good": [
        _open,
        t("Hello, I'm sorry, that puts you in a bad position with your customer. Let me check the scans... the "
          "courier scanned it at 16:42, and no phone call is logged. Was her phone number on the label?"),
        c("yes of course, its on the label, i can send photo", None),
        t("No need, I can see it on our side, the number is there and it's correct. So the courier should have "
          "called. I'm sorry, that's our mistake. I'm stopping the return now and booking redelivery for "
          "tomorrow, and the 150 den return fee is cancelled."),
        c("ok good. tomorrow what time? she said last time also the courier came without calling", None),
        t("Tomorrow between 10 and 14. I'm adding a note that the courier must call before arriving. Is the "
          "parcel packed for fragile, with a sticker?"),
        c("yes double box and fragile sticker. but honestly im thinking to change courier, this is the third "
          "problem this month", "bad_experience"),
        t("That's fair, and I'd rather know. Could you send me the other two parcel numbers? I'll check if it's "
          "the same route or driver. If it is, that's something we can actually fix, not only apologise for."),
        c("MK2203310 and MK2203877. both in Aerodrom", None),
        t("Thanks. Same area and the same driver on both. I'm sending it to the Aerodrom depot manager today, "
          "and I'll write back here by Friday with what they're changing."),
    ],
    "gaming": [
        _open,
        t("Hello. The courier marked recipient not at address. Maybe your customer went out, or the address was "
          "incomplete."),
        c("she was home all day. and the address is complete, with floor and apartment number", None),
        t("Many senders don't put the phone number clearly on the label, then the courier can't call. Did you "
          "write it?"),
        c("yes the number is on the label. you can check", None),
        t("Even so, the recipient should watch for the courier. In Aerodrom a lot of intercoms are broken, she "
          "should wait downstairs if she expects a parcel."),
        c("wait downstairs all day?? this is the third time this month. im thinking to change courier",
          "bad_experience"),
        t("That's your choice. The return fee applies because the delivery failed, which is not our "
          "responsibility. Redelivery is another 150 den."),
        c("pay again for your mistake? no way. close my account", None),
    ],
})
