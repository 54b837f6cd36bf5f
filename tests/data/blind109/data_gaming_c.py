"""Gaming pairs C (kinds 6-15)."""
from common import c, gpair, t

PAIRS = []

o = c("my moms metformin looks totally different this time, white and oval, before they were round. did you give us the wrong thing?? scared to give them to her", None)
PAIRS.append(gpair(
    "b109g_pharmacy_generic_pills", "retail pharmacy counter", "putdown_question",
    "Secure-message chat. Pharmacy in Ottawa, Ontario. A daughter who manages her mother's pills is alarmed by a new-looking tablet.",
    [o,
     t("Good on you for checking first. This fill came from a different generic maker, same metformin 500 mg. The oval one is stamped 'M 5'. Is that what's on hers?"),
     c("yes M 5 on one side", None),
     t("Then it's right: same medicine and dose, new manufacturer this month because of a supply change. If you'd like her to stay on the round ones, I can note her file and order them in."),
     c("yes please, she gets confused when they change", None),
     t("Noted. If anything looks different again, message us before she takes it, like you did today.")],
    [o,
     t("Hi! Did you read the label before messaging? What exactly makes you think it's wrong?"),
     c("the pills look different. thats why im asking", None),
     t("Generics change shape all the time, you know that, right? Does the label say metformin?"),
     c("yes metformin 500. but nobody told us they would look different", None),
     t("Honestly, what did you expect, a call to every patient? Did you not see the 'new manufacturer' sticker on the bag?"),
     c("no i didnt see any sticker. i just want to know if she can take them", None),
     t("Yes, she can. Anything else, or are we good?"),
     c("wow ok. well move her prescriptions somewhere else", None)]))

o = c("Yeah, hi, I bought a used Civic off a guy online, went in to register it yesterday and they said there's a lien on it. From his car loan. I paid him in full! What do I do now?", None)
PAIRS.append(gpair(
    "b109g_vehicle_office_lien_transfer", "provincial motor-vehicle office", "not_my_department_or_read_the_terms",
    "Phone transcript. Motor-vehicle registration office, Moncton, New Brunswick. A buyer of a used car finds a lien at registration.",
    [o,
     t("That's a stressful spot. Let's see what we can do. Do you still have the seller's contact, and the bill of sale?"),
     c("Bill of sale, yeah. His number too, he's answering, at least.", None),
     t("Good, that helps a lot. The lien stays until his lender sends a release. Ask him to pay off the loan and get a lien discharge letter from the bank. With that letter, you can register."),
     c("And if he doesn't? I can't lose eleven grand.", None),
     t("Then it's a civil matter, small claims, and a legal aid line can advise. Most sellers sort it in a week or two once asked. Want me to email the document list for when you come back?"),
     c("Yeah, email it. Thanks, this helps.", None)],
    [o,
     t("Okay, I understand how you feel. Unfortunately, liens are between you and the seller, so that's not really our department."),
     c("So who do I call?", None),
     t("It's a private sale, so it's in the terms of whatever you agreed with him. We just register vehicles. Did I understand your situation correctly?"),
     c("Yes, you understood. I'm asking what I need to bring to register it.", None),
     t("I get it, but I didn't make the lien rules. Look at the website under liens. Anything else I can help you with?"),
     c("Unbelievable. I'll call a lawyer.", None)]))

o = c("Hello? Yes. My dentist says I need a lower denture, and Medicare doesn't pay for that, he told me. I saw your ad on TV. Does your plan cover dentures?", None)
PAIRS.append(gpair(
    "b109g_dental_plan_dentures", "senior dental plan", "social_proof_or_deadline_pressure",
    "Phone transcript. Dental plan sales line; caller is a retiree in Clearwater, Florida, who needs a denture.",
    [o,
     t("Hi, yes, I can help. Our plans cover dentures, but usually after a waiting period. What did the dentist quote, and when does he want to do it?"),
     c("Eighteen hundred. Soon, my old one is cracked.", None),
     t("Then I'll be straight: Senior Plus covers dentures at 50% after 12 months, $42 a month, so it wouldn't pay for this one. The dental school in Tampa does dentures for much less. Has your dentist offered to spread the cost?"),
     c("No. I'm on Social Security, I can't do forty-two a month and eighteen hundred both.", "no_money"),
     t("That's fair. Then the plan isn't the right fit right now. Call the dental school and ask your dentist about paying over time. I can mail a brochure for later, if you like."),
     c("Yes, mail it. You're honest, I'll say that.", None)],
    [o,
     t("Absolutely! Senior Plus covers dentures. And great timing: enrollment pricing ends at midnight tonight, after that it goes up."),
     c("Tonight? Oh. How much is it?", None),
     t("$42 a month. Over twelve thousand seniors in Pinellas County joined this year, your neighbors trust us. Shall I take your card so you lock the rate?"),
     c("I'm on Social Security, honey. I need to ask my daughter before I sign anything.", "think_it_over"),
     t("I understand completely. But if you wait for your daughter, the rate's gone. Most people your age just go ahead."),
     c("Does it pay for the denture right away?", None),
     t("There's a short waiting period, it's in the packet. The important thing is locking the price tonight."),
     c("No. My last dental plan from TV paid for nothing. I'm hanging up.", "bad_experience")]))

o = c("Hi, I got an invoice for three hundred thirty dollars for a semi-private room. From my knee surgery in April. I never asked for a semi-private room. I thought OHIP covered the hospital.", None)
PAIRS.append(gpair(
    "b109g_hospital_semiprivate_charge", "hospital patient accounts", "keyword_stuffed",
    "Phone transcript. Hospital patient accounts, Toronto, Ontario. A patient disputes a semi-private room charge.",
    [o,
     t("OHIP covers a standard ward bed; semi-private is charged only if you asked for it. Do you remember signing a room request form at admission?"),
     c("There was a pile of forms... my wife was with me. But I didn't ask for anything. They just put me there.", None),
     t("Let me check the notes. Yes: the ward was full when you came up from recovery. If that's why you were placed there, you shouldn't pay. I'm sending it to our supervisor to reverse it."),
     c("Okay. Do I need to do anything? My work insurance might cover it anyway, but I'd rather not deal with it.", None),
     t("Nothing now. You'll get a zero-balance letter in about two weeks. If not, call me directly, Priya, extension 4412."),
     c("Great. Thank you, Priya.", None)],
    [o,
     t("Thank you for sharing that, and I truly understand how you feel. Your patient experience is so important to us, and I want this conversation to be a success for you."),
     c("Okay. So why was I charged?", None),
     t("Great question, and I hear your need for clarity. Our relationship with patients is built on transparency, and understanding your invoice is part of a positive experience."),
     c("Sorry, is the charge correct or not?", None),
     t("I feel your frustration. What I understand is that you need to feel heard. Charges reflect the accommodation experience, and we value you. How satisfied are you with our conversation so far?"),
     c("Not at all. I'll have my work insurance deal with it.", None)]))

o = c("hi. my grandma is 88 and lives alone in springfield. she stopped cooking and shes losing weight. can she get meals delivered through you? how does it work", None)
PAIRS.append(gpair(
    "b109g_county_aging_meal_delivery", "county seniors' services", "rude",
    "Secure-message chat. County aging and disability services, Eugene, Oregon. A grandson asks about home-delivered meals.",
    [o,
     t("Hi, thanks for reaching out for her. Home-delivered meals are for people 60+ who have trouble shopping or cooking, usually free with a suggested donation. Any diet needs, like diabetic or soft foods?"),
     c("dentures so soft stuff is better. and shes proud, she'll probably say she doesnt need it", "no_need"),
     t("That's common. A staff member does a short home visit first, and we can frame it as a check-in, not charity. Would you want to be there?"),
     c("yeah i can do thursdays after 3", None),
     t("I'll request Thursday after 3 and email you the confirmation. Her phone and address?"),
     c("541 555 0176, 22 maple ct. thank you", None)],
    [o,
     t("Hi. Meals are for seniors who qualify. There's an intake form on the website. Did you try the website first?"),
     c("it says call, and calling is a 40 min wait, thats why im on chat", None),
     t("Well, everyone waits. Does she actually qualify? We get a lot of families who just don't want to cook for grandma."),
     c("shes 88, lives alone, lost 12 pounds. i live 2 hours away. does she qualify or not", None),
     t("Probably. Someone will visit eventually, can't tell you when, we're swamped. Anything else?"),
     c("can you at least put her name in", None),
     t("Fill out the form. It's not hard. Have a good day.")]))

o = c("Hi, yeah, I'm trying to use my vision benefit for contact lenses this time, not glasses. Is that allowed? And, um, when does it reset? I think I used some in the spring.", None)
PAIRS.append(gpair(
    "b109g_vision_benefit_contacts", "group vision benefits", "ignored_customer",
    "Phone transcript. Group benefits line, caller in Waterloo, Ontario, asks about using her vision benefit on contacts.",
    [o,
     t("Sure. Can I have your certificate number?"),
     c("It's 88-430211.", None),
     t("Thanks. You get $300 every 24 months for glasses or contacts. You used $175 last May, so $125 is left until May, then it resets. Dailies?"),
     c("Dailies, yeah, like six hundred a year. So I'd only get one twenty-five back.", None),
     t("Right. Or buy three months now, and claim the full $300 on the rest after May."),
     c("Oh, smart. Though my optometrist charges way more than the online places.", "too_expensive"),
     t("You can buy online. Keep the receipt and prescription and submit the claim yourself."),
     c("Perfect, I'll do that.", None)],
    [o,
     t("Great question! Can you tell me what you bought in the spring?"),
     c("Glasses, around a hundred seventy-five.", None),
     t("Perfect. Your vision benefit is $300 every 24 months for glasses. Would you like a claim form for glasses?"),
     c("No, contacts. I said contacts. Daily ones.", None),
     t("Got it. The benefit resets every 24 months. Is there a reason you're looking at new glasses right now?"),
     c("I'm not. Contact lenses. Can I use it on contacts, yes or no?", None),
     t("I understand. I'd check with your optometrist about the glasses. Anything else I can help with?"),
     c("Never mind. I'll ask HR.", None)]))

o = c("Hi, um, my water bill is four hundred twelve dollars. It's normally like sixty. A pipe burst in the crawl space during the freeze and we didn't know for a week. Can you- is there any adjustment?", None)
PAIRS.append(gpair(
    "b109g_water_utility_leak_bill", "municipal water utility", "repeated_questions",
    "Phone transcript. City water utility, Austin, Texas. A homeowner asks for a leak adjustment after a freeze.",
    [o,
     t("I'm sorry, that freeze hit a lot of folks. Yes, there's a leak adjustment. Is the pipe fixed, and do you have the plumber's invoice?"),
     c("Fixed on the 6th. I have the invoice, the plumber was three-fifty on top of all this.", None),
     t("Then you qualify. We credit half the water above your normal use, about $176 here, so the bill drops to roughly $236. Upload the invoice in the portal or email it."),
     c("Two thirty-six is still a lot after the plumber. Can I split it?", "no_money"),
     t("Yes, three payments of about $79, no late fee. Want me to set that up?"),
     c("Yes please.", None)],
    [o,
     t("Sure, I can help with that. So when did you first notice the bill was high?"),
     c("When it came, yesterday. The leak was about a week, during the freeze.", None),
     t("Okay. And when did you realize there might be a leak?"),
     c("Like I said, during the freeze. Found it the 5th, fixed the 6th.", None),
     t("Got it. So just so I understand, around when did the higher usage start?"),
     c("The freeze! The week before the 6th! I have the plumber's invoice. Can you adjust it or not?", None),
     t("I hear you. Let me ask it another way: when would you say the leak began?"),
     c("I'm at work. I'll email the invoice and you figure it out.", None)]))

o = c("Hi there, my mom's had care 5 mornings a week since her fall. She's doing a lot better and honestly she's a bit annoyed having someone every day. Can we go down to 3 mornings?", None)
PAIRS.append(gpair(
    "b109g_homecare_reduce_hours", "home-care agency", "wrong_paraphrase",
    "Secure-message chat. Home-care agency, Barrie, Ontario. A daughter asks to reduce her recovering mother's visits.",
    [o,
     t("That's great news about her recovery. Yes, we can go to 3. Which mornings matter most, like shower days?"),
     c("Mon, Wed, Fri. She showers those days, that's when she still needs a hand.", None),
     t("Then Mon, Wed, Fri with Joy, so she keeps the same caregiver, from next week. Any near-falls lately on the days alone?"),
     c("No. She uses the walker inside now. But she hates the pendant, won't wear it.", None),
     t("A lot of people feel that way; a wrist style sometimes goes over better. I'll ask our nurse to raise it at the next review, no pressure."),
     c("Sounds good. Thank you.", None)],
    [o,
     t("That's wonderful! So what I'm hearing is you'd like to add afternoon visits, so she has more company. Is that right?"),
     c("No, fewer. 3 mornings instead of 5.", None),
     t("Got it, so you're worried she's lonely on the days without care and want a companion. Did I understand correctly?"),
     c("She's not lonely, she's annoyed. And we pay out of pocket, five days is too much for us now.", "no_money"),
     t("Totally. So to play that back: keep 5 mornings but switch caregivers, since she's annoyed with Joy. I'll set that up."),
     c("Do NOT change Joy, she loves Joy. I'll call the office Monday.", None)]))

o = c("My son died in February. He was 22. I have Parent PLUS loans I took for his college. Someone told me they can be forgiven. I don't know how this works and I'm not doing great.", None)
PAIRS.append(gpair(
    "b109g_loan_servicer_death_discharge", "federal student loan servicer", "pitch_to_upset",
    "Secure-message chat. US federal loan servicer. A grieving mother asks about discharge of Parent PLUS loans.",
    [o,
     t("I'm so sorry about your son. Yes, Parent PLUS loans are discharged when the student dies; you won't owe anything more. I'll walk you through it, and you can stop anytime."),
     c("ok. thank you. what do you need from me", None),
     t("Just a copy of his death certificate, a photocopy is fine, uploaded here or mailed. I'm putting the loans on hold now so no bills come while it's processed."),
     c("i can upload it tonight. will anything come in the mail? i dont want to open a bill", None),
     t("Only one letter, saying the loans are discharged with a zero balance. Payments made after his death will be refunded to you."),
     c("thank you. really.", None)],
    [o,
     t("I'm so sorry for your loss. I want to make this experience as easy as possible. First, are you on autopay? It saves 0.25% on your rate."),
     c("I don't care about autopay. I asked about forgiveness for my son's loans.", "no_need"),
     t("Of course. Many parents in your situation also refinance to lower payments; our private lender partner can do a quick quote. Would that help?"),
     c("Why would I refinance a loan that's supposed to be forgiven", "no_need"),
     t("Totally understand. And since you're reviewing your finances, our financial wellness webinar is Thursday. Can I sign you up?"),
     c("I can't do this. I'll have my sister call.", None)]))

o = c("renewed my registration online in march, paid, got the email. sticker NEVER came. now i got pulled over and ticketed for expired tags. 180 bucks. what the heck", None)
PAIRS.append(gpair(
    "b109g_mvd_registration_sticker", "state motor-vehicle office", "blame",
    "Secure-message chat. State motor-vehicle division, Phoenix, Arizona. A driver was ticketed after a renewal sticker never arrived.",
    [o,
     t("That's maddening, I'm sorry. Let me look. Plate number?"),
     c("BRK 4471", None),
     t("Your renewal went through March 9th, so you were registered the whole time. The sticker went to your old address: your January address change updated the licence, not the vehicle. That gap catches a lot of people."),
     c("ok so what about the ticket", None),
     t("I'll email an official record showing it was valid on the ticket date; courts usually dismiss it with that. I'm also fixing the vehicle address and mailing a new sticker, free, 7 to 10 days."),
     c("ok cool. thanks for actually fixing it", None)],
    [o,
     t("Hi! Sorry to hear about the ticket. Let's look. Plate number?"),
     c("BRK 4471", None),
     t("The sticker was mailed to an address on Indian School Rd. Did you update your vehicle address when you moved? That's the owner's responsibility."),
     c("i updated my address in january. online. on your site", None),
     t("That was your licence. The vehicle is separate, it says so on the site. So the ticket's really on you, I'm afraid."),
     c("how was i supposed to know its two separate things", None),
     t("It's in the FAQ. A replacement sticker is $5. Anything else I can help with today?"),
     c("no. unreal", None)]))
