"""Gaming pairs c01-c10 of blind217 (events, leisure and hospitality), written by hand."""
from common import c, gpair, t

# c01 putdown_question - Limerick, rugby stadium hospitality
_o1 = c("Hi, I'm ringing about Saturday. I'd bought the hospitality package for myself and my father for his "
        "eightieth, and the lift to the suite was broken. He had to climb three flights. He was in bits by the time "
        "we got up.", None)

# c02 not_my_department_or_read_the_terms - Nairobi, rugby sevens tickets app
_o2 = c("hi i bought 3 tickets for safari sevens on saturday thru your app, at the gate they said 2 of them are already "
        "scanned. we had to buy again at the gate 1500 each. i want a refund", None)

# c03 social_proof_or_deadline_pressure - Sonoma County, California, barn wedding venue
_o3 = c("Hi, my fiancee and I toured on Saturday and we loved the barn. We're looking at October next year, but we've "
        "got two other places to see before we decide.", None)

# c04 keyword_stuffed - Leicester, Gujarati wedding photographer
_o4 = c("Hiya, I'm getting married in Leicester in May, it's a Gujarati Hindu wedding, so it's two days, the garba "
        "night and then the wedding itself. Have you done many of these?", None)

# c05 rude - Curracloe, Co. Wexford, holiday park
_o5 = c("Hello there, I've a mobile home booked with ye for the first week of August, booking under Doyle. I need to "
        "move it a week later if I can, my young lad has a hospital appointment in Crumlin that got changed.", None)

# c06 ignored_customer - Scottsdale, Arizona, golf club dues
_o6 = c("Good afternoon. I've been a member here eleven years. I'm having my knee replaced in March, and I'm trying to "
        "figure out what to do about my dues for next year.", None)

# c07 repeated_questions - Glasgow, funeral purvey caterer
_o7 = c("Hiya, my gran's funeral is on Friday and we need a purvey for after, in the church hall in Shettleston. My mum "
        "asked me to sort it, she's not up to it.", None)

# c08 wrong_paraphrase - Kisumu, party hire for a graduation
_o8 = c("Hello, my daughter is graduating from Maseno next month and we want to have a party at home in Kisumu, around "
        "one hundred guests. I need tents and chairs, maybe a sound system.", None)

# c09 pitch_to_upset - Parma, Ohio, funeral home obituary error
_o9 = c("Yeah, hi. This is Mark Kowalski, my mother's viewing is tomorrow. The obituary ran in the paper this morning "
        "with the wrong time, it says six to eight, it's four to seven. And you spelled her name wrong. Half of Parma is "
        "going to show up after we've gone home.", None)

# c10 blame - Nairobi, late wedding photos
_o10 = c("Hi Brian, it's Faith. It's now three months since our wedding and we have not received a single photo. You "
         "told us six weeks. My mother keeps asking me and I don't know what to tell her.", None)

PAIRS = [
    gpair(
        "b217g_limerick_rugby_hospitality_lift", "stadium hospitality suites, Limerick, Ireland", "putdown_question",
        "A son complains that the suite lift was broken on his father's eightieth birthday outing; the father climbed three flights.",
        [
            _o1,
            t("Oh no. I'm really sorry, that's the last thing you'd want on his eightieth. How is your father now, did he "
              "get home all right?"),
            c("He's grand now, he's tough. But he was embarrassed, and he missed the first twenty minutes getting his "
              "breath back. That's what annoys me.", None),
            t("I understand, he missed the start of the day you'd planned for him. Did anyone from our staff help on the "
              "stairs, or were ye left to it?"),
            c("One steward walked up with us, fair play to him. Nobody told us beforehand though. We could have come "
              "earlier and taken our time.", None),
            t("That's fair. We should have texted everyone in the suites once we knew about the lift, and we didn't. I'd "
              "like to refund your father's half of the package, a hundred and seventy-five euro, and offer the two of "
              "you the pitchside suite for any match this season, no stairs at all. Would that help put it right?"),
            c("That's decent. But honestly, I don't know if he'll want to come back. He's had enough of the place after that.", "bad_experience"),
            t("That's completely understandable. The refund is his either way. The offer stays open to the end of the "
              "season, no need to decide now. I'll put it in an email with my name so you can ring me directly if he "
              "changes his mind."),
        ],
        [
            _o1,
            t("Okay. Before we get into it, don't you think it's a bit unfair to blame us for a mechanical fault? What "
              "exactly happened?"),
            c("I'm not blaming anyone for a fault. I'm saying nobody told us, and my father climbed three flights at eighty.", None),
            t("Right. And did you tick the accessibility box when you booked? Because if you didn't, how were we supposed "
              "to know he'd need the lift?"),
            c("He doesn't need it normally. He walks fine. It's three flights of concrete steps.", None),
            t("I hear you. But honestly, is it not a bit much to ring up over twenty minutes of a match? What would make "
              "your experience better today?"),
            c("What would make it better is not being spoken to like this. I want your manager.", None),
            t("Of course. Are you sure you want to escalate this over a few stairs, though?"),
            c("Yes. I'm sure.", None),
        ],
    ),
    gpair(
        "b217g_nairobi_sevens_ticket_app", "ticketing app support chat, Nairobi, Kenya", "not_my_department_or_read_the_terms",
        "A fan's app tickets were scanned by someone else before he arrived; he paid again at the gate and wants a refund.",
        [
            _o2,
            t("Hi, sorry, that's frustrating, paying twice for the same day. Can you send me the order number and a photo "
              "of the gate receipts, so I can check the scans on our side?"),
            c("order is SS-20417. i have the mpesa messages for the gate ones, will send screenshot", None),
            t("Thanks, I can see it. Two of your three tickets were scanned at 11:02 at Gate 3, before you arrived. That "
              "usually means someone got hold of the QR codes. Did you send the tickets to anyone, or post them anywhere?"),
            c("i sent to my cousin on whatsapp so he can print. nobody else", None),
            t("Okay, that may be how they leaked, but you didn't get in on them and you paid again. I'm refunding the "
              "two tickets, 2,000 back to your M-Pesa within 48 hours. The gate tickets were sold by the union, so I "
              "can't refund those, but I'll email you their contact and our scan log so you can claim from them."),
            c("ok thats fair. but honestly next time i will just buy at the gate, your app has given me stress", "bad_experience"),
            t("I understand. If you do use us again, send tickets with the in-app transfer instead of screenshots; each "
              "person gets their own code and it can't be copied. I'll put the steps in the email."),
        ],
        [
            _o2,
            t("Hi, thanks for reaching out, I understand how frustrating this experience must be. Can you share your "
              "order number?"),
            c("SS-20417. 2 tickets scanned before we came. we paid again at the gate", None),
            t("Thanks for that. What happens at the gate is managed by the stadium, so that isn't really our department."),
            c("but the tickets are from your app. someone used my codes", None),
            t("I hear you. Our terms say tickets are the holder's responsibility once issued, section 4.2, it's all there "
              "before you pay. I didn't write the terms."),
            c("so i lose 3000 for your system problem", None),
            t("For the gate tickets you'd need to contact the union, and scanning disputes go to our compliance team, "
              "they're a different department. Is there anything else I can assist with today?"),
            c("nothing. ill tell everyone not to use this app", None),
        ],
    ),
    gpair(
        "b217g_sonoma_barn_wedding_venue", "barn wedding venue, Sonoma County, California, USA", "social_proof_or_deadline_pressure",
        "A groom calls after a tour; the couple want October next year, have two venues left to see, and half their guests fly in.",
        [
            _o3,
            t("Glad you loved it! Seeing the other two first makes sense. What stood out for you, and what are you still "
              "unsure about?"),
            c("The barn itself, and the oak tree for the ceremony. What worries us is the guests. Half of them are flying "
              "in from the East Coast, and there's no hotel closer than twenty minutes.", None),
            t("That's a real issue out here. Most couples book a room block in Healdsburg and run a shuttle; I can give you "
              "two shuttle companies and what they charged last year, about $1,200 for the night. How many guests are "
              "coming from out of town?"),
            c("Maybe sixty out of a hundred and twenty. Twelve hundred on top of the site fee is a lot, our budget's "
              "already stretched.", "no_money"),
            t("It is. Some couples skip the return shuttle and have guests take a rideshare home, which halves it. I'd "
              "rather you know this now than find out next August. Would it help if I wrote up the full cost, site fee, "
              "shuttle and rentals, so you can compare like for like with the other two?"),
            c("Yes, that would be great. The others haven't mentioned any of that.", None),
            t("I'll send it by Wednesday. October weekends do get booked, but I'm not going to pretend there's a deadline "
              "this week. If someone else asks about your date, I'll call you before I take their deposit."),
        ],
        [
            _o3,
            t("So glad you loved it! Honestly, what would make you feel ready to lock in your date?"),
            c("We just need to see the other two. And figure out hotels, half our guests are flying in.", "think_it_over"),
            t("Totally get it. Just so you know, three couples toured this weekend and two of them asked about October. "
              "Most of our couples from the city book on the day of their tour."),
            c("Good for them. It's more than a year away, we're not rushing.", "think_it_over"),
            t("I hear you. But I can only hold the current pricing until Friday. After that next year's rates go up ten "
              "percent, and October Saturdays are basically gone by then."),
            c("Ten percent more? Twelve thousand was already the top of what we can do.", "no_money"),
            t("Absolutely, and I respect that. I'll just mention that everyone who waited last year ended up with a "
              "Sunday. Shall I send the contract over so you have it ready?"),
            c("No. We'll be in touch after we've seen the others.", "think_it_over"),
        ],
    ),
    gpair(
        "b217g_leicester_gujarati_wedding_photographer", "wedding photographer, Leicester, UK", "keyword_stuffed",
        "A bride planning a two-day Gujarati Hindu wedding asks about experience; her parents have 2,500 pounds for photos.",
        [
            _o4,
            t("Congratulations! I've done about fifteen Hindu weddings, eight of them Gujarati, mostly in Leicester and "
              "Wembley. Which parts of the two days matter most to you, and are there moments you've seen photographers "
              "miss at other weddings?"),
            c("Honestly, my cousin's photographer missed the pheras because he was outside taking pics of the cars. I'd "
              "die. And my dad doing the kanyadaan, that's the one I want.", "bad_experience"),
            t("So the pheras and your dad's kanyadaan are non-negotiable. I bring a second shooter to Hindu weddings, so "
              "one of us stays at the mandap from the moment the ceremony starts, full stop. How many guests are you "
              "expecting, and where's the garba night?"),
            c("About four hundred at the wedding, and the garba's at a hall in Belgrave, maybe two fifty. My parents are "
              "paying and they've said two thousand five hundred max for photos.", None),
            t("Both days with two of us is normally three thousand two hundred. To come in at two five, I'd suggest just "
              "me for three hours at the garba, and both of us for the full wedding day. You'd lose some of the late "
              "dancing at the garba. Does that sound like a fair trade?"),
            c("I think so. Can I show my mum your Leicester galleries first? She'll want to see the mandap pictures.", "think_it_over"),
            t("Of course. I'll send you two full Gujarati wedding galleries tonight, mandap shots included, and the quote "
              "at two five in writing. No rush, the date's free."),
        ],
        [
            _o4,
            t("Congratulations! For me it's all about understanding your needs and creating an authentic experience that "
              "celebrates your journey. How do you feel about your wedding photography vision?"),
            c("Um... I just want the key bits. My cousin's photographer missed the pheras completely. I'd die if that "
              "happened.", "bad_experience"),
            t("I hear you, and I really feel that. Your story matters, and my passion is capturing the emotions and "
              "relationships that make your day a success."),
            c("Right, but have you actually shot a Gujarati wedding? Do you know when the pheras happen?", None),
            t("Great question. Every wedding is a unique experience, and I build a genuine relationship with every couple "
              "so I understand their needs on a deeper level. Did I understand you correctly that moments matter to you?"),
            c("Everyone's moments matter. My parents have two and a half thousand for two days, what would I get for that?", None),
            t("I completely understand your budget needs. My packages are designed around your experience, and I'd love "
              "to invite you to a discovery call to explore what success looks like for you."),
            c("I don't have time for another call, I've got six suppliers to chase this week. Send me a price or don't bother.", "no_time"),
        ],
    ),
    gpair(
        "b217g_curracloe_mobile_home_dates", "holiday park mobile homes, Curracloe, Co. Wexford, Ireland", "rude",
        "A father must move his August week because his son's hospital appointment changed; money is tight this year.",
        [
            _o5,
            t("Hello, Mr Doyle, no bother, let me have a look. I hope the young lad's all right. Was it the same mobile home "
              "you wanted for the second week, the two-bed near the playground?"),
            c("He's fine, it's only a check-up, but you can't move them. Yes, the same one if you have it. The kids love "
              "being near the playground.", None),
            t("The two-bed by the playground is gone for the second week, I'm afraid. I have the same model on the row "
              "behind, about fifty metres further, or the three-bed beside the playground, which is ninety euro more for "
              "the week. Which would you rather?"),
            c("Ninety more, ah no. Things are tight enough this year with the car gone. The one on the row behind will do.", "no_money"),
            t("No problem. I've moved you to the two-bed on row C for the 9th to the 16th of August, same price, and no "
              "change fee since it's for a hospital appointment. I'll email you the new confirmation now."),
            c("Good man, that's a weight off. Thanks.", None),
        ],
        [
            _o5,
            t("Right. You do know August is our busiest month? What's the booking reference? I haven't all day."),
            c("Sorry, it's under Doyle. The reference is on the email, I can't find it this second. It's the two-bed by "
              "the playground.", None),
            t("Grand, I'll find it myself, so. Honestly, if everyone moved their holidays around for appointments we'd "
              "never get anything done. What week are you looking for?"),
            c("The second week of August. It's a hospital appointment, I can't move it.", None),
            t("Ah, the second week, naturally. Playground one's gone. There's a three-bed for ninety more, take it or "
              "leave it."),
            c("I can't stretch to ninety more this year. Is there nothing else?", "no_money"),
            t("There's a two-bed on row C, if you can live without the precious playground. There's a thirty euro change "
              "fee as well. Anything else I can help you with today?"),
            c("I'll take row C. And I'll be finding somewhere else next year.", None),
        ],
    ),
    gpair(
        "b217g_scottsdale_golf_dues_knee", "golf club membership office, Scottsdale, Arizona, USA", "ignored_customer",
        "A member of eleven years faces a knee replacement in March and asks what to do about next year's $9,000 dues.",
        [
            _o6,
            t("Good afternoon, and I'm sorry to hear about the knee, though I hope it's the end of the pain. How long is "
              "your surgeon saying before you're back swinging a club?"),
            c("He says four months if I behave, six if I don't. Knowing me, six. I don't want to pay nine thousand "
              "dollars for a year I'll only half play.", "no_need"),
            t("That makes sense. There are two ways people handle this. A medical leave freezes your dues for up to six "
              "months with a doctor's letter, and you keep your tee-time priority. Or you drop to social membership at "
              "twenty-four hundred, but going back to full later means a reinstatement fee. Which sounds closer to what "
              "you want?"),
            c("The freeze, I think. I'd still like to come in for lunch with the guys on Thursdays, though.", None),
            t("You can, the dining room stays open to you during a medical leave. I'll send you the form today; your "
              "surgeon just signs the bottom part. Shall I start the freeze from March 1st?"),
            c("March 1st. And if I'm back early I'll let you know, don't worry.", None),
            t("Just call me or the pro shop and we'll switch you back on the same day. Good luck with the surgery."),
        ],
        [
            _o6,
            t("Good afternoon! Thanks for your loyalty. So tell me, how has your membership experience been this year?"),
            c("Fine, fine. But I'm having my knee replaced in March, I won't be playing for four to six months.", None),
            t("That's great. And what are your golf goals for next year?"),
            c("Goals? I'd like to walk without a cane. I'm asking about my dues. Nine thousand for half a year of golf "
              "doesn't make sense to me.", "too_expensive"),
            t("Absolutely. Renewals are due January 15th, and if you renew early you get two guest passes and a free "
              "range card. Can I put you down for the early renewal?"),
            c("Did you hear anything I said? I can't play. Is there some kind of medical hold?", None),
            t("I hear you. We also have our Platinum tier, which adds cart fees and unlimited range balls. A lot of "
              "members your age love the cart, it's easier on the knees. Would you like to upgrade?"),
            c("I'll call the membership director myself.", None),
        ],
    ),
    gpair(
        "b217g_glasgow_funeral_purvey", "funeral catering (purvey), Glasgow, UK", "repeated_questions",
        "A grandson at work arranges the funeral tea for about sixty after his gran's cremation; an uncle is coeliac.",
        [
            _o7,
            t("I'm sorry about your gran. We can do Friday. Roughly how many are you expecting back at the hall, and what "
              "time will folk arrive from the crematorium?"),
            c("Maybe sixty, could be more, she knew everybody. The service is at eleven at Daldowie so maybe half twelve "
              "at the hall.", None),
            t("So sixty, maybe a few more, from half twelve. Most families go for sandwiches, sausage rolls, scones, tea "
              "and coffee, served by two of our staff. For sixty that's six hundred and sixty, and I'd make it for seventy "
              "in case. Anything your gran especially liked, or anything folk can't eat?"),
            c("She made a mean tablet, nobody can match that. My uncle's coeliac. Six sixty is more than Mum thought, but "
              "she said not to go to the cheapest.", None),
            t("I'll do a separate gluten-free plate for your uncle, labelled, and we can put out tablet from a bakery in "
              "Tollcross if you'd like, at cost. I'll need to know about the hall key and a name to invoice. Is it your "
              "mum or yourself?"),
            c("Invoice my mum, Margaret Boyle. The minister has the key, I'll text you his number. I'm at work till six, "
              "can we do the rest by email?", None),
            t("Email's fine. I'll send the confirmation tonight with the menu and the price, and I'll ring the minister "
              "myself about the key. You've enough on."),
        ],
        [
            _o7,
            t("I'm so sorry for your loss. Can I ask how many guests you're expecting?"),
            c("Maybe sixty, could be more. Arriving about half twelve after the crematorium.", None),
            t("Okay. And just to understand your needs, roughly what numbers are we talking about for the purvey?"),
            c("Sixty. Like I said. Maybe seventy to be safe.", None),
            t("Lovely. And what time would you be needing the food for?"),
            c("Half twelve. I told you that as well. My uncle's coeliac, can you do gluten free?", None),
            t("Thanks. So to make sure I get this right, how many people will be coming back to the hall?"),
            c("Look, I'm at my work, I can't go round in circles with you. I'll phone somewhere else.", None),
        ],
    ),
    gpair(
        "b217g_kisumu_graduation_tents", "tent and chair hire, Kisumu, Kenya", "wrong_paraphrase",
        "A mother, a hospital worker, wants tents and chairs for 100 at a home graduation party; her brother-in-law may lend speakers.",
        [
            _o8,
            t("Congratulations to her! Which Saturday is it, and how big is the compound? I ask so I know how many tents "
              "will fit."),
            c("The party is the Saturday after graduation, the 14th. The compound is big, we have done funerals there "
              "with two hundred people.", None),
            t("Good, then space is no problem. For a hundred guests, two tents of fifty with a hundred plastic chairs and "
              "four tables is twenty-two thousand, delivered and set up on the Friday. For sound, is it music for "
              "dancing, or mainly speeches?"),
            c("Speeches mostly, the pastor and my husband, then some music. But this Friday setup, I cannot be at home, "
              "I am on duty at the hospital until six.", "no_time"),
            t("No problem, we can set up on Saturday at seven in the morning instead; someone at home just needs to show "
              "us where. For speeches and some music, a small PA with two speakers and a microphone is six thousand, so "
              "twenty-eight thousand together. Does that fit?"),
            c("My brother-in-law has speakers, maybe I use his. Just the tents and chairs.", "no_need"),
            t("That's fine: tents, chairs and tables for twenty-two thousand, setup Saturday at seven. I'll send the "
              "invoice on WhatsApp, and if his speakers fail on the day, call me, I'm ten minutes away."),
        ],
        [
            _o8,
            t("Congratulations! Tell me more about the celebration."),
            c("It is the Saturday after graduation, the 14th. One hundred guests at home. Speeches and some music.", None),
            t("Okay, so what I'm hearing is a wedding-style reception for two hundred with a stage and a DJ, is that correct?"),
            c("No, it is a graduation. One hundred. Speeches from the pastor and my husband.", None),
            t("Sorry, yes. And you said you want the setup on Friday afternoon, so I'll put you down for Friday at two, correct?"),
            c("I did not say Friday. Friday I am on duty at the hospital until six, there is nobody at home to receive you.", "no_time"),
            t("Noted. So to confirm, you said budget is flexible, so I'll include the VIP tent with draping and the full "
              "DJ package, total sixty-five thousand. Did I understand you correctly?"),
            c("I never said flexible! Sixty-five is too much, we are not doing a wedding. I will call Otieno's hire.", "too_expensive"),
        ],
    ),
    gpair(
        "b217g_parma_funeral_home_obituary", "funeral home, Parma, Ohio, USA", "pitch_to_upset",
        "A grieving son calls because the newspaper obituary has his mother's name and the viewing time wrong, the day before the viewing.",
        [
            _o9,
            t("Mark, I'm so sorry, on top of everything you're dealing with. That mistake was ours. Let me fix the time "
              "first: I'll call the paper now for a correction in tomorrow's edition and fix the online version within "
              "the hour. Can you spell her name for me the way it should be?"),
            c("W-A-N-D-A. You had Wendy. She'd have hated that.", None),
            t("Wanda. I'm sorry. Apart from the paper and our website, is there anywhere else people would see the time? "
              "Her church, a Facebook group?"),
            c("St. Charles sends out a prayer list, and my sister shared it on Facebook from your page. Probably with the "
              "wrong time.", None),
            t("I'll call St. Charles this afternoon. And for anyone who still comes at seven, we'll keep the doors open with "
              "a staff member at the entrance until eight, so nobody's turned away, at no charge to you. Would your family "
              "be okay with that?"),
            c("Yeah. That's... okay, that helps. Thank you.", None),
            t("I'll text you the corrected link by three so your sister can repost it, and I'll call you once the paper "
              "confirms the correction."),
        ],
        [
            _o9,
            t("Mark, I'm so sorry for your loss, and I hear your frustration. How can we make this experience right for you?"),
            c("Fix the obituary. Her name is Wanda, not Wendy, and the viewing is four to seven.", None),
            t("Absolutely, I'll note that. While I have you, a lot of families find comfort in our Legacy Tribute video, a "
              "photo slideshow played during the viewing. It's $395, and we could have it ready for tomorrow."),
            c("I don't want a video. I want people to know when to come.", "no_need"),
            t("Completely understand. To help spread the word, our premium online memorial page lets you share the details "
              "with unlimited guests, it's $149 for the year. Would that help?"),
            c("You want me to pay for your mistake? Are you kidding me?", None),
            t("I understand this is an emotional time. We can also upgrade the guest book to the leather edition, families "
              "really treasure it. What else can I add for you?"),
            c("Put your manager on the phone. Now.", None),
        ],
    ),
    gpair(
        "b217g_nairobi_late_wedding_photos", "wedding photographer, Nairobi, Kenya", "blame",
        "A bride chases photos promised in six weeks, now twelve weeks late; her mother wants the photos with the late father's portrait.",
        [
            _o10,
            t("Faith, you're right, I said six weeks and it's been twelve. I'm sorry. The truth is my editor left in June "
              "and I fell behind. Yours are about two thirds done. What matters most to you right now, the full set, or "
              "something you can show your mother soon?"),
            c("Something for Mama. She wants the ones with her and my late father's photo at the church. She keeps asking.", None),
            t("That I can do quickly. I'll finish the church set with your mother and your father's portrait this week and "
              "send them by Friday, about sixty photos. The rest by the 30th, and I'll refund the ten thousand you paid "
              "for express editing, since it clearly wasn't express."),
            c("Friday is good. But the 30th, Brian, is that real? I don't want another promise.", None),
            t("Fair. I'll send you a link every Monday showing what's done, so you don't have to chase me. If the 30th "
              "slips, the album printing is on me."),
            c("Okay. Send the Friday ones and we see.", None),
            t("I will. And please greet your mother for me."),
        ],
        [
            _o10,
            t("Hi Faith, thanks for reaching out, I understand your frustration. Can you help me understand what the "
              "concern is?"),
            c("The concern is three months and no photos. You said six weeks.", None),
            t("I hear you. But if you check, your balance came two weeks late, and the six weeks only starts when the "
              "balance is cleared. So the delay partly started on your side, right?"),
            c("Two weeks late, yes, because you sent the invoice late. That doesn't make three months.", None),
            t("Also, you chose the Premium package with 1,200 edited photos, which takes much longer. If you'd gone for "
              "Classic it would be done by now."),
            c("So it is our fault for paying you more? My mother just wants the photos with my late father's picture.", None),
            t("I understand your needs. And you never sent me the list of family members, so I have to identify everyone "
              "myself. Is there anything else I can help you with?"),
            c("I'm reporting you on the wedding group. And I want our money back.", None),
        ],
    ),
]
