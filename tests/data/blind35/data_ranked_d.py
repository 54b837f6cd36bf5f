"""Ranked pairs d01-d10: both sides decent; `better` is clearly better in a way a coach would name."""
from common import c, rpair, t

PAIRS = []

# d01 -- digs into a doubt instead of answering the surface. Poland, B2B IT services, spoken video call.
_o = c("Good morning. Look, I agreed to this call because my partner insisted. We're nine people, and Tomek, he's a freelancer, looks after our computers when something breaks. I'm not convinced we need a monthly contract.", None)
PAIRS.append(rpair(
    "b35r_d01_itsupport_gdansk",
    "A senior partner of a nine-person law office in Gdańsk takes a video call with a managed IT services firm, reluctantly: a freelancer looks after their computers and he doubts a contract is needed. Better asks what prompted the call and turns the doubt into a concrete check of backups; worse answers the doubt with features and discounts.",
    _o,
    [
        t("That's fair, and if Tomek's doing well I'd rather not replace something that works. What made your partner insist on the call, did something happen?"),
        c("A firm we know in Gdynia got ransomware in March. Their files were locked for two weeks. She's been nervous ever since.", None),
        t("That would make anyone nervous. If it happened to you tomorrow, what would happen? Do you know where your backups are and when they were last tested?"),
        c("Tomek does backups... to a disk in the server cupboard, I think. Tested, I don't know. I'd have to ask him.", None),
        t("That's the question worth answering before anything else. Here's a thought: I send you five short questions for Tomek, about backups, updates and who has admin access. If his answers are solid, you probably don't need us. If not, we could cover just the security side, alongside him."),
        c("Alongside him. Hm. That I could sell to him. Send the list.", None),
        t("I'll send it today. Shall we speak again next Friday at nine, once he's answered?"),
    ],
    [
        t("Understood. Many small firms start with a freelancer. Our managed service covers monitoring, patching, backups and a helpdesk around the clock, at 180 złoty per user per month, so about 1,620 for your team."),
        c("1,620 a month. Tomek costs us maybe a third of that.", "too_expensive"),
        t("That's true, but with us you get guaranteed response times, four hours for critical issues, and a whole team rather than one person, so there's no risk when he's on holiday."),
        c("He's rarely on holiday. I'm still not sure it's worth it for nine people.", "no_need"),
        t("I understand. On a twelve-month contract we could do 160 per user, and onboarding is free."),
        c("I'll run it past the other partners and get back to you.", "think_it_over"),
        t("Of course. I'll email you the proposal with both prices today."),
    ],
))

# d02 -- notices the real purpose behind the request. El Salvador, travel agency, spoken, elderly.
_o = c("Buenos días, señorita. I need the cheapest ticket to Madrid, for the end of June. The cheapest, please. I'm retired.", None)
PAIRS.append(rpair(
    "b35r_d02_travel_sansalvador",
    "An elderly man with a bad knee asks a San Salvador travel agent for the cheapest flight to Madrid. Better learns he is going to his granddaughter's graduation, weighs the risk of two tight connections alone, and offers a slightly dearer one-stop route with free wheelchair assistance; worse finds the cheapest fare competently and books it.",
    _o,
    [
        t("Buenos días, señor. Of course, I'll find you the best price. What takes you to Madrid, if I may ask? It helps me choose the right dates."),
        c("My granddaughter graduates, medicine, at the Complutense, on the 27th. The first doctor in our family.", None),
        t("¡Qué orgullo! Then the 27th can't be missed. The cheapest goes through Bogotá and Miami, two changes, 26 hours, landing the 26th at night. There's one through Bogotá only, 19 hours, landing the 25th, for 95 dollars more. Will you be travelling alone?"),
        c("Alone, yes. With my knee, I walk with this cane. Ninety-five more... my pension is not much.", "too_expensive"),
        t("I understand. With the knee, I worry about you rushing between gates in Miami with immigration in the middle, and if one flight is late you miss the graduation. With one change I can also request wheelchair assistance at each airport, it's free, and you'd have a day to rest before the ceremony. But it's your decision."),
        c("The wheelchair is free? Then... yes, the one with only Bogotá. My son can help with the 95.", None),
        t("I'll hold it until tomorrow at noon so you can speak to him, add the assistance request, and write the flight times on a card for you."),
    ],
    [
        t("Buenos días, señor. Let me check. For the end of June, which dates exactly?"),
        c("Leaving around the 24th, coming back two weeks later.", None),
        t("The cheapest I have is 812 dollars return, through Bogotá and Miami, leaving the 24th and arriving in Madrid on the 26th at ten at night. Two connections."),
        c("812. Is there nothing cheaper?", "too_expensive"),
        t("That's the lowest fare on those dates. If you can be flexible, leaving on the 30th is 760."),
        c("No, I have to be there before the 27th. I'll take the 812 one.", None),
        t("Very good. I'll need your passport, and I'll send the ticket to your email."),
    ],
))

# d03 -- adapts to a grieving customer. Romania, public pension office, spoken, elderly widow.
_o = c("Good morning. My husband died in March. My neighbour said I should come here, for his pension... I don't know what papers. I'm sorry, I'm a bit lost.", None)
PAIRS.append(rpair(
    "b35r_d03_pension_timisoara",
    "A 71-year-old widow comes to the public pension office in Timișoara to ask about a survivor's pension; her husband always handled the paperwork. Better slows down, works with what she brought, starts the file that day and says what happens next; worse reels off the correct document list and hands her a form.",
    _o,
    [
        t("Good morning, doamna. I'm very sorry about your husband. Please, sit. There's no hurry, we'll go through it together, one step at a time."),
        c("Thank you. Forty-six years we were married. He always did the papers.", None),
        t("Forty-six years. Then this is one more thing he used to do, and I'll make it as light as I can. You can apply for a survivor's pension. Did you bring anything with you today?"),
        c("I have his death certificate and my identity card. And our marriage certificate, I think... yes, here.", None),
        t("Those are the most important ones. I'll copy them now and start the file today. The only thing missing is his pension number, it's on any letter from us that he kept. Could someone in the family look through his papers?"),
        c("My son comes on Sunday. He can look.", None),
        t("Good. Your son can bring the letter, or just phone me the number; my name and direct line are on this note. After that the decision comes by post in about 45 days, and it's paid from the month after his death, so nothing is lost by waiting."),
    ],
    [
        t("Good morning. I'm sorry for your loss. For the survivor's pension you need the application form, the death certificate, the marriage certificate, your ID, his pension decision, and a bank statement if you want payment into an account."),
        c("His pension decision? I don't know where that is... he did all the papers.", None),
        t("It's the letter from the pension office with his pension number. You can also request a duplicate at window 4; it takes about ten days."),
        c("Window 4. And the form?", None),
        t("Here's the form. Fill in sections A and B, sign at the bottom, and attach copies of all the documents."),
        c("I can't see well without my glasses... Maybe I'll come back with my son.", "think_it_over"),
        t("Of course. We're open until four, Monday to Thursday. The decision comes within 45 days of a complete file."),
    ],
))

# d04 -- offers a low-risk step. Ghana, B2B dispatch software, typed.
_o = c("Hi, Kwabena Asante here, ops at SwiftRide Couriers. 60 riders across 3 branches (Adum, Suame, Ahodwo). We're evaluating dispatch software. Full disclosure: we spent 40k cedis on a system 2 yrs ago and the riders never used it. So convince me.", None)
PAIRS.append(rpair(
    "b35r_d04_dispatch_kumasi",
    "The operations head of a motorbike courier firm in Kumasi, burnt by a failed software rollout, writes to a dispatch software vendor. Better finds out why riders abandoned the last system and proposes a free 30-day pilot with ten riders at the hardest branch, judged on his own numbers; worse answers with adoption statistics, a 12-month contract and a money-back clause.",
    _o,
    [
        t("Hi Kwabena, thanks for being upfront, that's the most common way these projects die. Do you know why the riders stopped using the last one?"),
        c("App ate their data, needed GPS on all the time, battery dead by 2pm. And English only, some of our guys prefer Twi.", None),
        t("Data, battery and language, all real. Ours has a low-data mode; Twi is planned but not there yet, I won't pretend otherwise. Instead of a full rollout: 10 riders at one branch for 30 days, no licence fee, and you judge on your own numbers, deliveries per rider per day and battery left at 5pm?"),
        c("We got burned once by a 'free trial' that turned into an invoice. What's the catch?", "bad_experience"),
        t("No automatic billing. If you don't sign after 30 days, it simply stops. The only cost to you is a morning of your dispatcher's time for setup. Which branch would be the toughest test?"),
        c("Suame. Busiest, worst network. If it works there it works anywhere.", None),
        t("Suame it is. I'll send a one-page pilot agreement with those two measures written in, and we can start Monday week if your dispatcher is free."),
    ],
    [
        t("Hi Kwabena, thanks for reaching out, and sorry to hear about the previous system. Our platform is used by over 200 courier companies in West Africa, with 94% rider adoption."),
        c("Numbers on a website. Do you have anyone in Ghana I can call?", None),
        t("Yes, two clients in Accra. We have a low-data mode and battery optimisation, and our onboarding team trains all riders in person. For 60 riders it's 18 cedis per rider per month, 1,080 monthly, on a 12-month contract."),
        c("Locked in for 12 months after what happened last time? That's a big ask.", "bad_experience"),
        t("I can add a 60-day money-back clause: if adoption is under 70%, you can exit."),
        c("Better. Send me the contract and I'll review it with the directors.", "think_it_over"),
        t("Will do today, with the two Accra references."),
    ],
))

# d05 -- diagnoses before recommending. Hungary, hearing aid clinic, spoken, elderly.
_o = c("Jó napot. My daughter says I don't hear. I think people mumble. Anyway, if I must, I want the small one, inside the ear, that nobody sees. My friend Laci has one.", None)
PAIRS.append(rpair(
    "b35r_d05_hearing_szeged",
    "A 78-year-old man, sent by his daughter, comes to a hearing aid clinic in Szeged asking for the invisible in-ear model his friend has. Better asks where he struggles, tests his hearing first, then recommends what fits his loss with a home trial; worse prices the model he named and arranges the test only at the fitting.",
    _o,
    [
        t("Jó napot, Mr Balogh. Fair enough, people do mumble. Where do you notice it most? On the phone, the TV, family lunches with everyone talking?"),
        c("Family lunches. Everyone talks at once, the grandchildren, I just nod. And the TV, my wife says it's too loud.", None),
        t("Noisy lunches, and the TV. Before I say anything about models: the tiny in-ear ones are good for some hearing losses and not for others. Could we do a twenty-minute hearing test now? Then I can tell you honestly whether the small one will do the job."),
        c("A test. Fine. But I'm not buying anything this week.", "think_it_over"),
        t("You don't need to. ... So: the high tones are down on both sides, more on the left. That's children's and women's voices in a noisy room. The tiny ones can't give you enough on the high tones, I'm afraid; a small one behind the ear with a thin clear tube would. I'd like you to take a pair home for two weeks and try them at a family lunch before deciding anything."),
        c("Behind the ear. Laci's is inside. Hmm. Two weeks, and I pay nothing?", None),
        t("Nothing for the trial. Sunday's lunch will tell you more than I can."),
    ],
    [
        t("Jó napot. Yes, the invisible in-canal models are very popular. We have three ranges; the mid-range one is 420,000 forint a pair, rechargeable."),
        c("420,000! Laci said he paid less.", "too_expensive"),
        t("The basic one is 290,000, but it has fewer channels for noisy places. Most people prefer the mid-range."),
        c("Noisy places, that's the family lunches, yes. Can I try it first?", None),
        t("Of course. We do a hearing test at the fitting so we can programme it, and you have 30 days to return it."),
        c("Alright. Let's try the mid-range one, then.", None),
        t("I'll order it; it'll be here in a week for the fitting."),
    ],
))

# d06 -- adapts to a hurried expert customer. Mexico, electrical wholesaler, spoken.
_o = c("Oye, quick, I've got a client waiting. I need breakers for a house, a twelve-space panel, Square D if you have it. And cable. I'm double parked.", None)
PAIRS.append(rpair(
    "b35r_d06_electrical_monterrey",
    "An electrician in a hurry stops at an electrical wholesaler in Monterrey for a panel, breakers and cable for a house job. Better matches his pace, asks only what's needed, flags the one incompatible substitute and sends the missing part to site; worse is polite but slow, explains basics and asks him to come back.",
    _o,
    [
        t("Got it, quick. Square D QO, twelve spaces, I have it. Which breakers: how many 15s and 20s, and any 2-pole for the AC or the water heater?"),
        c("Eight 20s, two 15s, one 2-pole 30 for the minisplit. Cable, calibre 12, two rolls, red and black.", None),
        t("Eight 20, two 15, one 30 double, two rolls of 12 red and black, pulling it now. The QO 30 two-pole is out; I have Homeline, but it won't fit a QO panel. I can bring the QO from the other branch by two and send it to your site, or you take the rest now."),
        c("Send the 30 to the site, Colonia Cumbres, I'll text the address. How much?", None),
        t("14,380 with your contractor discount. It goes on your account and I'll text you the invoice, no need to come back in. Go, there's a traffic officer looking at your truck."),
        c("¡No manches! Okay, gracias, text me.", None),
        t("Done. The 30 is at your site by two."),
    ],
    [
        t("Good morning! Welcome to Eléctrica del Norte. Is this for a new installation or a renovation?"),
        c("New. Look, I'm in a hurry. Twelve-space panel, Square D.", "no_time"),
        t("Of course. Would you like QO or Homeline? The QO costs more but it's the better line; Homeline is a good economical option for houses."),
        c("QO. Eight 20s, two 15s, one 30 double. And two rolls of 12, red and black.", None),
        t("Let me check the stock... We don't have the QO 30 double, sorry. It arrives this afternoon at two, you could come back for it."),
        c("Come back? I'm on site all day. Fine, give me the rest.", "no_time"),
        t("Here you are. That's 13,980. Cash or card?"),
    ],
))

# d07 -- adapts to an expert. Cameroon, laboratory equipment supplier, typed.
_o = c("Bonjour. Dr Ngo Bassong, Dept of Microbiology, Univ. Yaoundé I. We need a Class II A2 BSC, 1.2 m, for TB culture work (BSL-3 practices in a BSL-2+ room). EN 12469 certified. Budget line approved by the rectorate until Dec. What can you supply and lead time?", None)
PAIRS.append(rpair(
    "b35r_d07_labequip_yaounde",
    "A microbiology lecturer at a university in Yaoundé sends a precise request for a biological safety cabinet. Better answers at her level and raises the one question that decides the job (ducting to an old exhaust line, in-situ certification), proposing a site survey before quoting; worse explains what a safety cabinet is, quotes a recirculating unit and misses that factory certification is not enough.",
    _o,
    [
        t("Bonjour Dr Ngo Bassong. Two options in A2, 1.2 m, EN 12469: the Esco AC2 and the Faster SafeFAST Premium. For TB culture, do you want it thimble-ducted to the building exhaust, or recirculating? That changes the site survey and the certification afterwards."),
        c("Thimble-ducted ideally. We have an exhaust line from an old fume hood, but I'm not sure it's adequate for the flow.", None),
        t("Then before quoting I'd want our engineer to measure that line, airflow and static pressure; an undersized duct is the usual cause of alarms and failed certification. He's in Yaoundé next Tuesday. Lead time for either cabinet is 10-12 weeks ex-Douala, so ordering by mid-September keeps installation and in-situ certification inside your December budget line."),
        c("Mid-Sept is tight with rectorate procurement, they need 3 quotes. Your competitor quoted the Esco at 11.2M FCFA.", "too_expensive"),
        t("If that includes installation, in-situ certification and a 2-year service, it's a fair price. Ours will be itemised so procurement can compare like for like: both models, with and without the ducting work, after Tuesday's survey."),
        c("OK. Tuesday 10h, bring the anemometer. Bâtiment B, 2nd floor.", None),
        t("Noted: Tuesday 10h, Bât. B. Itemised quotes by Friday."),
    ],
    [
        t("Bonjour Doctor! A biosafety cabinet is a ventilated enclosure that protects the user, the product and the environment using HEPA-filtered airflow. Class II cabinets are the most common in microbiology labs."),
        c("Yes, I know. I specified A2, 1.2 m, EN 12469. Models and lead time please.", None),
        t("Of course. We offer the Esco AC2, 1.2 m, Class II A2, EN 12469 certified, suitable for risk group 2 and 3 organisms with appropriate practices. Lead time is 10-12 weeks."),
        c("Fine. Ducted or recirculating configuration, and does your price include in-situ certification?", None),
        t("Both are possible. The standard recirculating unit is 10.9M FCFA delivered to Yaoundé. Certification is done at the factory before shipping."),
        c("Factory certification doesn't count after transport, we need in-situ. Please requote with installation and site certification.", None),
        t("Certainly, I'll revise the quote and send it by the end of the week."),
    ],
))

# d08 -- digs into a doubt. Pakistan, private school admissions, spoken.
_o = c("Hello, I called last week. We're thinking of moving our daughter to your school for grade 5. But honestly, I've heard you give a lot of homework, and she already cries over homework.", None)
PAIRS.append(rpair(
    "b35r_d08_school_islamabad",
    "A working mother in Islamabad visits a private school's admissions office, worried that its homework load will overwhelm her nine-year-old. Better asks what the crying is really about, finds it's being stuck on maths in the evenings, and points to the after-school homework club plus a trial day; worse defends the homework policy with results and a deadline.",
    _o,
    [
        t("Thank you for coming in. I'd rather hear that worry now than later. When she cries over homework now, is it the amount, or that she gets stuck and there's nobody to help?"),
        c("Stuck, mostly. Maths. I work until six, my husband travels, and by the time I sit with her we're both tired.", None),
        t("So it's maths, in the evening, when you're both worn out. Honestly, our grade 5 has about forty minutes a day. But there's a homework club until 4:30 where a teacher helps with exactly that, and most children who stay bring almost nothing home."),
        c("Until 4:30? That would actually help with my work too. But your fees are already higher than her school.", "too_expensive"),
        t("The club is included in the fee, it isn't extra. Would it help if she spent a morning in a grade 5 class and stayed for the club before you decide?"),
        c("Yes, I think she should see it herself. She's nervous about new friends.", None),
        t("Then Thursday. I'll pair her with a girl from the class for the day, and I'll call you Wednesday to confirm the time."),
    ],
    [
        t("Thank you for coming. Our homework policy is balanced, actually: about forty minutes a day in grade 5, in line with the national guidelines."),
        c("Forty minutes... she already takes more than an hour at her school, because she gets stuck.", None),
        t("Every child adjusts at their own pace. Our teachers are very supportive, and the results show it: 92% of our students get an A in the board exams."),
        c("That's good. But your fees are higher than her school.", "too_expensive"),
        t("Yes, the fees reflect the quality of teaching and facilities. We do have a sibling discount if you have other children."),
        c("No, she's our only one. I'll discuss it with my husband.", "think_it_over"),
        t("Of course. Here's the prospectus; admissions for grade 5 close on the 30th."),
    ],
))

# d09 -- notices the real purpose. Bangladesh, bicycle shop, spoken.
_o = c("Assalamu alaikum bhai. I want a bicycle for my son, he's thirteen. Something strong. How much is that blue one with the gears?", None)
PAIRS.append(rpair(
    "b35r_d09_bicycle_sylhet",
    "A mother in Sylhet shops for a bicycle for her thirteen-year-old son. Better asks what it's for, hears he will ride six kilometres to school on a busy road and that she is uneasy, and steers her to good brakes and lights within her budget; worse sells the flashy geared bike on features.",
    _o,
    [
        t("Walaikum assalam, apa. That one is 18,500. Before that, what will he mostly use it for? Fun with friends, or going somewhere every day?"),
        c("To school. Six kilometres, on the Airport Road. His father says he is old enough. I'm... not so sure.", None),
        t("Airport Road with the buses and CNGs, I understand why you're not sure. For that, the gears matter less than good brakes and being seen. Honestly, the blue one has cheap brakes. This one is 16,000, fewer gears but proper V-brakes, and I'd add a front and rear light and mudguards for the rain. Is he here? He needs to fit it."),
        c("He's outside, I'll call him. Lights also... how much more will all that be?", None),
        t("Lights and mudguards together 1,400. And a helmet, if he'll wear one, 1,200. If you think he won't wear it, don't buy it, it's wasted money."),
        c("He'll wear it if I'm watching, ha. But my budget was 18,000 for everything.", "no_money"),
        t("Then take the bike and the lights now, 17,400, and come back for the helmet next month. Call him in and let's get the saddle height right."),
    ],
    [
        t("Walaikum assalam, apa. That one is 18,500: 21 gears, aluminium frame, very strong. Very popular with boys his age."),
        c("21 gears. Does he need so many? He'll ride to school, on the Airport Road.", None),
        t("Gears help on the bridges and slopes, and boys like them. There's also this one at 16,000 with 7 gears, also good quality."),
        c("Hmm. Which one is safer?", None),
        t("Both are safe, both have brakes and reflectors. The 18,500 one has better suspension."),
        c("Okay, the blue one then. He'll like it.", None),
        t("Good choice. I'll adjust the seat when he comes in. Cash or bKash?"),
    ],
))

# d10 -- adapts to an anxious customer. Czechia, dental clinic reception, spoken.
_o = c("Hi, um, dobrý den, sorry, do you speak English? I have a toothache, for three days now. I haven't been to a dentist in, like, eight years. I'm honestly a bit scared, so...", None)
PAIRS.append(rpair(
    "b35r_d10_dental_prague",
    "A nervous young woman phones a Prague dental clinic with a toothache after eight years without a dentist. Better reassures without lecturing, makes the first visit a look-only step she controls and lets her bring someone; worse books her efficiently but mentions possible same-day treatment and brushes past her fear.",
    _o,
    [
        t("Yes, of course. Thank you for calling. Eight years is really common, nobody here will lecture you. Is the pain constant, or mostly when you drink something hot or cold?"),
        c("Mostly cold, and at night it throbs. Painkillers help a bit.", None),
        t("Okay. I can offer today at 4:30 with Dr Horáková, she's very calm. The first visit is only to look and take an X-ray of that tooth. Nothing happens without you agreeing, and you can raise your hand to stop at any time."),
        c("Only looking? Because if she wants to drill straight away I'll probably faint.", None),
        t("Only looking, unless you ask her for something for the pain. Tell her at the start that you're nervous; she'll explain each step before she does it. The check and X-ray are 1,200 crowns."),
        c("Okay. 4:30. Can my boyfriend come in with me?", None),
        t("Yes, he can sit in the room with you. What's your name, please?"),
    ],
    [
        t("Yes. The earliest appointment is today at 4:30 with Dr Horáková. Is that okay?"),
        c("Okay... what will she do? Will she drill?", None),
        t("She'll examine the tooth and take an X-ray, then decide on treatment. If it's a cavity she may treat it straight away, to save you another visit."),
        c("Straight away? I'm not sure I'm ready for that. Maybe I'll wait and see if it gets better.", "think_it_over"),
        t("Toothache usually doesn't go away by itself, it's better to come. The dentist uses local anaesthetic, so you won't feel anything."),
        c("Okay. 4:30, then.", None),
        t("Great. Your name, please? And come ten minutes early to fill in the form."),
    ],
))
