"""Gaming pairs c01-c10 of blind202, written by hand (public services, UK / Ireland / Canada)."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question: leisure centre pool closed, member charged in full
open_c01 = c("I want to cancel. The pool's been shut three weeks and you still took my full thirty-eight pounds. That's the second time this year.", None)
PAIRS.append(gpair(
    "b202g_swindon_poolclosure", "council-run leisure centre membership desk, Swindon (UK)", "putdown_question",
    "A swim-only member, charged in full while the pool was closed for repairs and driving to another town to swim, comes in to cancel.",
    good=[
        open_c01,
        t("That's not right, and I can see why you're fed up. Before anything else, are you a swim-only member, or do you use the gym too?"),
        c("Swim only. Five mornings a week before work. I've been driving to Cheltenham and paying there.", None),
        t("So you've paid us for a pool you couldn't use, and paid again to swim somewhere else. I can refund the three weeks, 26 pounds, to your card today. Then if you still want to cancel, I'll do that as well, with no notice period because of the closure. Would you like to hear what's happening with the pool first?"),
        c("Go on. But I've heard 'it'll be open next week' twice already.", "bad_experience"),
        t("That's fair. The contractor signed off the filter yesterday, it's being tested on Thursday, and the manager has said Monday the 12th in public. If it slips again, you'll get the refund automatically and a text, so you won't have to come in."),
        c("Right. Refund me, and I'll hold off cancelling till the 12th. If it's not open, I'm gone.", "think_it_over"),
        t("Done, 26 pounds back in three to five days. I've put a note on your account so whoever you speak to knows what we agreed."),
    ],
    gaming=[
        open_c01,
        t("Okay. Don't you think cancelling over three weeks is a bit drastic? What exactly is the problem?"),
        c("The problem is I've paid for a pool that's been shut. Twice this year.", None),
        t("I hear you. But with respect, isn't 38 pounds a small price next to what we're investing in the new filters? What is it you were expecting us to do?"),
        c("Expecting? My money back. I've been paying to swim in Cheltenham.", None),
        t("Right. And have you considered that swimming somewhere else for a few weeks isn't really the end of the world? How can I make your experience better today?"),
        c("By cancelling me. Right now.", None),
        t("Of course. Is there a reason you're being quite so aggressive about it, just so I can note it down?"),
        c("Unbelievable. Cancel it, and put a complaint in while you're at it.", None),
    ],
))

# c02 not_my_department_or_read_the_terms: recycling missed three weeks running
open_c02 = c("Third week running my recycling hasn't been taken. Everybody else's on the street gets emptied and mine just sits there.", None)
PAIRS.append(gpair(
    "b202g_bristol_missedrecycling", "city council waste and recycling phone line, Bristol (UK)", "not_my_department_or_read_the_terms",
    "A resident's recycling boxes have been skipped three weeks in a row; collections are run by a council-owned contractor and she has already reported it online twice.",
    good=[
        open_c02,
        t("Three weeks in a row, and only yours, that's a pattern, so let's get to the bottom of it. What's the address, and where do you put the boxes out?"),
        c("22 Mina Road. On the pavement by the gate, same as always, the night before.", None),
        t("Thanks. Looking at the crew notes, they've marked it 'contaminated' three times, which usually means something's in the box they can't take. Any idea what that might be?"),
        c("Contaminated? It's cardboard and tins. Oh... the pizza boxes, maybe? My son's back home, there's a lot of pizza.", None),
        t("Could well be, greasy boxes go in the general bin. I'll send the crew back for this week's box tomorrow and ask them to leave a tag next time instead of skipping it. If it happens again, you can report a missed collection online and it goes straight to the depot."),
        c("I did report it online. Twice. Nothing happened, that's why I'm ringing.", "bad_experience"),
        t("Then I'll flag that as well, you shouldn't have had to ring. I'm putting my name on it: I'll check on Thursday that it's been collected and call you either way."),
        c("Okay. That's more like it. Thanks, love.", None),
    ],
    gaming=[
        open_c02,
        t("I'm sorry to hear that, I really understand how frustrating it feels. Unfortunately collections are done by our contractor, so it's not really our department here."),
        c("You're the council. I pay for it in my council tax.", None),
        t("I totally hear you. But the terms on our website say boxes must be presented by 6am on collection day, and if they're not, it doesn't count as missed. Did you read those?"),
        c("It was out the night before. Everybody else's got taken.", None),
        t("I appreciate that. I don't make the rules, I'm just going by what the terms say. You could try reporting it online?"),
        c("I did report it online! Twice! Nothing happened!", "bad_experience"),
        t("Okay. Well, online is the correct process, so I'd keep doing that. Was there anything else today?"),
        c("Forget it. I'm writing to my councillor.", None),
    ],
))

# c03 social_proof_or_deadline_pressure: planning pre-application advice
open_c03 = c("Hiya, we're thinking of putting a single-storey extension on the back of the house and I've no idea if we need planning permission. Do we?", None)
PAIRS.append(gpair(
    "b202g_brighton_planningadvice", "city council planning enquiries line, Brighton and Hove (UK)", "social_proof_or_deadline_pressure",
    "A homeowner planning a four-metre rear kitchen extension on a semi-detached house asks whether he needs permission; the council sells paid pre-application advice.",
    good=[
        open_c03,
        t("Maybe not, a lot of rear extensions don't. Can I ask a few things: is the house detached, semi or terraced, and roughly how far back would it go?"),
        c("Semi. About four metres, the full width of the kitchen. It's not in a conservation area, I checked that much.", None),
        t("Good that you checked. On a semi, a single-storey rear extension up to three metres is usually permitted development, so no application. At four metres you'd need either a prior approval, which is free but the neighbours get a say, or a full householder application. Have you talked to the neighbours yet?"),
        c("The attached side are fine. The other side, he objects to everything. He objected to next door's shed.", None),
        t("Then a prior approval may well get an objection. Our pre-application advice, 150 pounds, gets a planning officer to look at your drawings before you apply. Some people find it worth it, some don't. If you cut it to three metres you wouldn't need any of it."),
        c("A hundred and fifty just for advice? We've a builder who reckons he knows the rules.", "too_expensive"),
        t("That's fair, a good builder often does. My honest suggestion: have him draw it, check the free government guide for semis, and if you stay over three metres, send in the prior approval. If the neighbour objects, the pre-app is still there."),
        c("Let me talk to my wife about going to three metres. Thanks, that's really clear.", "think_it_over"),
    ],
    gaming=[
        open_c03,
        t("Great question! So what's your vision for the space?"),
        c("Just a bigger kitchen. About four metres out the back, semi-detached.", None),
        t("Love it. Most homeowners on your road have used our pre-application advice service, the last three applications on your street all did. It's 150 pounds and it's really the smart route."),
        c("Other people's extensions are none of my business. Do I even need planning?", None),
        t("Good question. The thing is, the fee goes up to 210 on the first of the month, and officer slots are nearly gone, so I can only hold today's price until close of business."),
        c("Our builder says he knows the rules. I don't want to spend a hundred and fifty quid on something I might not need.", "no_need"),
        t("Totally hear you, but honestly, everyone who skips it regrets it. Your neighbour at 41 had to take his down. Shall I book you in before the price goes up?"),
        c("I'll speak to the builder and my wife first. No booking today.", "think_it_over"),
        t("No worries, just remember that after Friday it's 210!"),
    ],
))

# c04 keyword_stuffed: council tax reduction after job loss
open_c04 = c("Good afternoon. Please, I lost my job two weeks ago and the council tax is still coming, one hundred and sixty pounds a month. Is there any help for this?", None)
PAIRS.append(gpair(
    "b202g_manchester_ctreduction", "city council customer service centre, Manchester (UK)", "keyword_stuffed",
    "A Nigerian-born father of two who has just lost his job asks at the counter whether he can get help with council tax; his wife works part time.",
    good=[
        open_c04,
        t("Sorry to hear about the job. There may well be help, it's called Council Tax Reduction. Can I ask, have you claimed Universal Credit yet, and who lives with you?"),
        c("I applied for the Universal Credit last week. It is me, my wife and our two children. My wife works part-time in the care home.", None),
        t("Thank you. Even with Universal Credit, you have to apply for Council Tax Reduction separately, it doesn't happen by itself. Depending on your wife's wages it could take off a good part of the bill. It's about twenty minutes online, or I can do it with you now."),
        c("Now, please. Online, the form always times out on me.", None),
        t("Let's do it. We'll need her last two payslips. Do you have them on your phone? If not, we can still send it today and add them within a month."),
        c("I don't have them, she keeps them. Can I bring them on Friday? Thursday I am at the job centre.", None),
        t("Friday is fine. We'll submit now so it's backdated to when your job ended, and you drop the payslips in here. I'll write the reference on this card for you."),
        c("Thank you, sister. God bless you.", None),
    ],
    gaming=[
        open_c04,
        t("Good afternoon, and thank you for sharing that with me. I truly understand how you must feel, and I want you to know that understanding your needs is at the heart of our relationship with residents."),
        c("Thank you. So is there help?", None),
        t("Absolutely. What I really want to understand is what success looks like for you, so we can shape a support experience that meets your needs and makes you feel heard and valued."),
        c("Success is I can pay my bills. My wife works part-time. I have applied for Universal Credit.", None),
        t("I really feel that. And I understand your needs around bills are so important. Our relationship-based approach means we'll partner with you on your journey towards a positive outcome."),
        c("Sorry, but what do I do? Is there a form?", None),
        t("Great question! I hear that you need clarity, and I understand that feeling. Is there anything else I can help you with today?"),
        c("You have not told me anything. I will find it myself on the internet.", None),
    ],
))

# c05 rude: GP reception, repeat prescription held for review
open_c05 = c("Good morning, madam. I have come for my blood pressure tablets. The chemist says the surgery has not sent.", None)
PAIRS.append(gpair(
    "b202g_leicester_repeatprescription", "GP surgery reception desk, Leicester (UK)", "rude",
    "An elderly Gujarati-speaking man with four tablets left finds his repeat prescription held back for a yearly review; his son drives him to appointments.",
    good=[
        open_c05,
        t("Good morning. Let me check for you. Your date of birth, please?"),
        c("Fourteenth March, nineteen forty-eight. Amlodipine. I have only four tablets left.", None),
        t("Thank you, Mr Patel. I can see why it's stuck: it's flagged for a yearly review, so the doctor won't sign it until you've had a blood pressure check. I don't want you running out, so I'll ask the duty doctor to issue two weeks today. Would that help?"),
        c("Yes, yes, thank you. And the check, when?", None),
        t("The nurse has Tuesday at 9.10, or Thursday afternoon."),
        c("Tuesday my son works, he is the one who drives me. Thursday also, I think. I will ask him.", "no_time"),
        t("Of course. The pharmacy by the clock tower also does free blood pressure checks, no appointment, and they send the result to us. That might be easier, it's a short walk from you."),
        c("That one I can walk. Good idea. I will go on Saturday.", None),
        t("Lovely. Your two weeks will be at the chemist after four today."),
    ],
    gaming=[
        open_c05,
        t("Morning. Did you order it forty-eight hours ago, like it says on the sign? Right in front of you?"),
        c("I ordered last week, madam. The chemist said they are waiting.", None),
        t("Well, it's flagged for review. Which you'd know if you'd read your letter. Date of birth?"),
        c("Fourteenth March, nineteen forty-eight. I have only four tablets left.", None),
        t("Then you should have booked your review, shouldn't you? Great. So, anything else I can help with, or is that it?"),
        c("Please, what can I do? I need my tablets.", None),
        t("Ring at eight in the morning like everyone else. Next, please."),
        c("I will ask my son to make a complaint. This is not right.", None),
    ],
))

# c06 ignored_customer: library community room for a seniors' knitting group
open_c06 = c("hi i run a small knitting group for seniors and we need a room once a week, is that something the library does", None)
PAIRS.append(gpair(
    "b202g_toronto_libraryroom", "public library branch room-booking chat, Toronto (Canada)", "ignored_customer",
    "A volunteer organiser types to the library's chat about a weekly room for twelve older knitters, three of whom use walkers or a wheelchair; the group has no funding.",
    good=[
        open_c06,
        t("Hi! Yes, we have community rooms. How many people usually come, and does anyone use a wheelchair or walker?"),
        c("about 12. two have walkers and one lady uses a wheelchair so it has to be ground floor or an elevator. were a volunteer group, no funding at all", "no_money"),
        t("Good to know. The Maple Room is on the ground floor, accessible washroom next door, holds 16. Unfunded non-profit groups can book it free for up to two hours a week, so there'd be no cost. What day and time were you thinking?"),
        c("oh wow. tuesdays 1 to 3 would be ideal", None),
        t("Tuesdays 1 to 3 is open from next month. I'll need a one-page group form and a contact name. The only catch is bookings run by season, so you'd rebook in September."),
        c("ok thats fine. the last place we used kept bumping us for paid events so im a bit wary", "bad_experience"),
        t("Fair enough. Community bookings here can only be moved for elections, and you'd get four weeks' notice. I'll email the form now and hold Tuesdays for you for a week."),
        c("perfect thank you so much", None),
    ],
    gaming=[
        open_c06,
        t("Hi! Great to hear from you. Can you tell me about your group's needs, size, accessibility, budget?"),
        c("about 12. two have walkers and one lady uses a wheelchair so it has to be ground floor or elevator. no budget, were volunteers", "no_money"),
        t("Perfect, thank you! I've got the Loft Room on the third floor available, lovely light up there. It's 45 dollars an hour, so 90 a week. Shall I book it?"),
        c("third floor? is there an elevator", None),
        t("Great question. So, do Tuesdays or Thursdays work best for you?"),
        c("you didnt answer. and we cant pay 90 a week, i told you were volunteers", "no_money"),
        t("Understood! I'll pencil you in for the Loft Room, Thursdays 6 to 8. Anything else I can help with?"),
        c("most of them dont go out after dark. never mind, ill try the community centre", None),
    ],
))

# c07 repeated_questions: council tax when moving out
open_c07 = c("Hello, I'm moving out of my flat at the end of the month and I want to make sure I don't get charged council tax after I leave.", None)
PAIRS.append(gpair(
    "b202g_cardiff_counciltaxmove", "city council council-tax phone line, Cardiff (UK)", "repeated_questions",
    "A tenant moving from Cardiff to her partner's home in Newport wants her council tax account closed properly.",
    good=[
        open_c07,
        t("Sensible. What's the exact date you hand the keys back, and are you staying in Cardiff?"),
        c("The 30th. I'm moving to Newport, in with my partner.", None),
        t("Thanks. So your bill here stops on the 30th. I'll close the account and send a final bill to your new address, could I have it? Newport's a different council, so you'll need to tell them too."),
        c("14 Stow Hill, Newport. Do I have to pay the final bill straight away? I've only just paid the deposit on the removal van.", None),
        t("If you've been paying monthly, the final bill will probably be small, or even a refund. You get 14 days to pay, and you can ask to spread it if it's more than you expected. If you set up an online council tax account, you'd see it the day it's made."),
        c("I'd rather not have another online account, I've got about a hundred passwords already. Post is fine.", "no_need"),
        t("Post it is. I've closed the account from the 30th and the final bill goes to Stow Hill. One more thing: if your partner gets a single person discount in Newport, it stops when you move in, so worth her telling them."),
        c("Oh, good point. I'll tell her tonight. Thank you.", None),
    ],
    gaming=[
        open_c07,
        t("Thanks for letting us know! So when exactly are you moving?"),
        c("The 30th. End of the month.", None),
        t("Lovely. And what date will you be leaving the property?"),
        c("The 30th. Like I said.", None),
        t("Great. And just so I understand your needs, when does your tenancy end?"),
        c("The same day. The thirtieth. Are you writing any of this down?", None),
        t("Absolutely. And what's your move-out date, just to confirm?"),
        c("I'll do it online. Goodbye.", None),
    ],
))

# c08 wrong_paraphrase: blue badge for a mother with dementia
open_c08 = c("Hi, I'm ringing about a blue badge for my mum. She has dementia. She can walk, physically, but she panics in car parks and wanders off. Would she even qualify?", None)
PAIRS.append(gpair(
    "b202g_norwich_bluebadge", "county council blue badge line, Norfolk (UK)", "wrong_paraphrase",
    "A daughter asks whether her mother, who can walk but is at risk in car parks because of dementia, can get a blue badge.",
    good=[
        open_c08,
        t("She might. The rules now include non-visible conditions like dementia. Can I ask how the panicking shows itself? For instance, does she need someone with her all the time when you're out?"),
        c("Always. Last month she walked into traffic in the Tesco car park because a horn went off. I had to grab her.", None),
        t("That's frightening, and it's exactly what the form asks about: a risk of serious harm, or very considerable distress, when walking. So she can walk, but she's at real risk in car parks and needs you with her constantly. Have I got that right?"),
        c("Yes. That's it exactly.", None),
        t("You can apply for her as her carer. It's ten pounds if it's approved, and a letter from her memory clinic helps a lot. Do you have one?"),
        c("From the memory nurse, yes. Ten pounds is nothing. How long does it take?", None),
        t("About eight weeks at the moment. You can apply online, or I can post you a paper form."),
        c("Post, please. I do everything on paper for her. It's 3 Orchard Close, Wymondham.", None),
    ],
    gaming=[
        open_c08,
        t("Thanks for calling. So what I'm hearing is your mum can walk fine and you'd like the badge mainly to park closer to the shops. Is that right?"),
        c("No. She panics. She walked into traffic last month.", None),
        t("Okay, so to play it back, your mum has trouble with her legs and uses a wheelchair. Did I get that right?"),
        c("No, I said she CAN walk. It's the dementia.", None),
        t("Got it. So she was only recently diagnosed and you're not sure yet whether you want to apply. Would you like to think about it and call back?"),
        c("I'm sure. I want to apply today. Why else would I ring?", None),
        t("Understood, so you want to apply for yourself, as the driver. That's a different form. Shall I send it?"),
        c("Forget it. I'll get her social worker to do it.", None),
    ],
))

# c09 pitch_to_upset: car moved during snow clearing, mother in ICU
open_c09 = c("My car's gone. It was outside my building last night and now it's gone, and I need to get to the hospital, my mother's in the ICU.", None)
PAIRS.append(gpair(
    "b202g_ottawa_snowtow", "city 311 contact centre, Ottawa (Canada)", "pitch_to_upset",
    "A newcomer to the city whose car was moved during an overnight snow-clearing parking ban rings in a panic on her way to her mother's bedside.",
    good=[
        open_c09,
        t("I'm sorry, that's awful timing. Let's find it first. What's the plate number?"),
        c("CKTR 402. Ontario plate. A grey Corolla.", None),
        t("It was relocated during last night's snow clearing, not impounded. It's been moved two streets over, to Clarence Street by the park, and there's no towing fee for a relocation. Do you want me to text you the exact spot?"),
        c("Oh thank God. Yes. I didn't even know there was a parking ban, I've only been here since October.", None),
        t("That's really common for people new to the city. There's a parking ban ticket on it, 50 dollars, but you can ask for a review online and first-timers often get it reduced. You don't need to think about that now. Go and see your mom."),
        c("I can't even think about a ticket right now. I'll look at it next week.", "no_time"),
        t("You've got 15 days, so next week's fine. I've texted you the location and a link to the free winter parking alerts. I hope your mother's okay."),
        c("Thank you. Really.", None),
    ],
    gaming=[
        open_c09,
        t("I hear you, and I'm so sorry you're going through this. Your car was relocated to Clarence Street during snow clearing. Now, so this never happens again, can I tell you about our Winter Ready Premium Alerts? 3.99 a month for personal texts before every ban."),
        c("My mother is in intensive care. I don't care about alerts. Where is Clarence Street?", "no_need"),
        t("Totally understand, family comes first! Which is exactly why you'd want that peace of mind. And since you're downtown, our annual transit pass bundle would mean no car worries at all, 1,200 for the year. How does that sound?"),
        c("Are you selling me a bus pass right now? While my mom's in the ICU?", None),
        t("I just want to make sure we meet all your needs today. Should I sign you up for both, so you're all set?"),
        c("Just text me where the car is. I'm hanging up.", None),
        t("Absolutely. And before you go, how satisfied are you with our service today?"),
    ],
))

# c10 blame: council tax summons after the council mis-keyed a direct debit
open_c10 = c("I've got a summons for council tax. A summons! With eighty-five pound court costs. I set up a direct debit in April, I've got the confirmation letter in my hand.", None)
PAIRS.append(gpair(
    "b202g_sunderland_ctsummons", "city council revenues phone line, Sunderland (UK)", "blame",
    "A pensioner has received a court summons because her direct debit never ran; the council keyed two digits of her account number the wrong way round.",
    good=[
        open_c10,
        t("That must have been horrible to open. Let's see what went wrong. Could you read me the account reference, and the last four digits of the bank account on your letter?"),
        c("Reference 60014432. Account ends 7719.", None),
        t("Thank you. The account on our system ends 7791, the last two digits are swapped, and that was keyed in on our side when the form was scanned. So the collections failed and nobody caught it. That's our error, not yours. I'm removing the 85 pounds costs and withdrawing the summons today."),
        c("Well. I wasn't expecting that. So what do I owe now?", None),
        t("The missed payments from May to July, 412 pounds. I'd suggest spreading them over the rest of the year, about 46 a month extra, rather than all at once. Would that work?"),
        c("Forty-six extra a month's a stretch, to be honest. I'm on my pension.", "no_money"),
        t("Understood. I can spread it to next March instead, about 30 a month extra, with no further action while you're paying. I'll send a letter confirming the corrected bank details and the new amounts."),
        c("Thirty I can manage. Thank you for being straight with me.", None),
    ],
    gaming=[
        open_c10,
        t("I'm sorry to hear that. Can I ask, did you double-check the bank details you gave us? Most of the time that's where it goes wrong."),
        c("I filled the form in properly. I've got the confirmation letter right here.", None),
        t("I understand, but the details on our system end 7791, so the error must have come from the form you sent. Did you maybe rush it?"),
        c("My account ends 7719. It says 7719 on your own letter!", None),
        t("I hear you. Either way, it was really on you to check your bank statement and notice nothing was going out. Would you agree that's fair?"),
        c("I'm seventy-eight. I trusted you. Now I've got a court letter.", None),
        t("Absolutely, and I respect that. So to move forward, the 85 pounds costs stand and the full 497 is due within 14 days. How would you like to pay today?"),
        c("I haven't got four hundred and ninety-seven pounds. I'm going to Citizens Advice.", "no_money"),
    ],
))
