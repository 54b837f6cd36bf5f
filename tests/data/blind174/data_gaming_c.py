"""blind174 gaming pairs C (kinds 11-15), hand-written."""
from common import c, t, gpair

P = PAIRS = []

o = c("Hi, we're after a caterer for a barn wedding in Shropshire, 100 guests, mostly evening food. Just hog roasts or other stuff too?", None)
P.append(gpair(
    "b174g_shropshire_caterer_halal", "event caterer (UK)", "ignored_customer",
    "A bride phones a Shropshire caterer; her fiance's family need halal food.",
    [o,
     t("Other stuff too: hog roast, lamb, halloumi and veg, pizza oven. What are your guests into? Any dietary bits?"),
     c("My fiance's family is Muslim, so no pork at all, and halal meat. About forty of them.", None),
     t("So no pork anywhere, and halal meat. We'd spit-roast lamb from our halal butcher on separate kit. Would his family want to see the certificate?"),
     c("His mum definitely would. How much would that be?", None),
     t("Lamb with sides for 100 is 1,650, and the butcher's certificate comes with the quote so his mum can see it."),
     c("Lovely, send it and I'll forward it to her.", None)],
    [o,
     t("Great question! We do loads. Tell me about your guests, what do they like to eat?"),
     c("My fiance's family is Muslim, so no pork at all, and halal meat. About forty of them.", None),
     t("Brilliant, thanks for sharing. So our signature hog roast with crackling feeds 100 for 1,400. Most popular by miles."),
     c("Sorry, did you hear me? No pork. I don't want a hog roast. Can you do halal lamb?", "no_need"),
     t("Totally. And we can add pigs in blankets for the kids, they go down a storm! Anything else I can help with?"),
     c("You're not listening. We'll go with someone else.", None)]))

o = c("Hi! Looking at photographers for our wedding next fall in Portland. Full disclosure, I hate having my picture taken. Like, really hate it.", None)
P.append(gpair(
    "b174g_portland_photographer_camera_shy", "wedding photographer (US)", "ignored_customer",
    "Email from a camera-shy bride with a surgical scar to a Portland photographer.",
    [o,
     t("Thanks for telling me, that's really common. What is it you hate, the posing, how you look, being watched?"),
     c("Being watched mostly. And I have a scar on my neck from surgery, I end up hiding it and looking stiff.", None),
     t("Being watched, and the scar. I'd start with an engagement walk, no posing, me hanging back, and you decide if the scar is shown. It's in the 3,200 package."),
     c("3,200 is above what we'd planned. We had like 2,500 in mind.", "too_expensive"),
     t("Fair. Six hours instead of eight is 2,600, still with the walk. Or keep eight and skip the album. I'll send both."),
     c("Okay, send both. That sounds doable.", None)],
    [o,
     t("Totally hear you! What's your biggest worry about photos?"),
     c("Being watched, mostly. And I've got a scar on my neck, I always end up hiding it.", None),
     t("Got it! In the ceremony I do lots of close-ups, super tight on face and neck, you'll love them. Then an hour of posed family shots."),
     c("Um, close-ups on my neck is exactly what I don't want.", None),
     t("You'll be fine, everyone says that! The package is 3,200 with an hour of posed portraits. How satisfied are you with what I've shared?"),
     c("Not very. And it's more than we planned anyway. I'll keep looking.", "too_expensive")]))

o = c("Hello, I'm enquiring for my son's wedding. My mother will be there, she's in a wheelchair. Is your function room accessible?", None)
P.append(gpair(
    "b174g_norfolk_hotel_wheelchair", "hotel wedding venue (UK)", "repeated_questions",
    "The groom's mother phones a Norfolk hotel about wheelchair access.",
    [o,
     t("Thank you for asking early. The Orangery is level access, accessible loo next door. Does she need anything else, parking, somewhere to rest?"),
     c("Parking close, yes. And she tires quickly, so somewhere quiet away from the music.", None),
     t("Two blue-badge bays by the door, and the library next to it is quiet, with armchairs, hers all evening. What date and how many?"),
     c("About sixty, 21st of June. But it's the kids' decision, I'm only scouting for them.", "think_it_over"),
     t("Of course. I'll email photos of the ramp, bays and library for them, and hold the 21st for a week."),
     c("That's very kind. I'll pass it on tonight.", None)],
    [o,
     t("Lovely to hear from you! So tell me, what are you looking for in a venue?"),
     c("Mainly that it's accessible. My mother's in a wheelchair.", None),
     t("Of course. And what would you say is most important to you in a venue?"),
     c("Access. As I said. Level entry, a loo she can use, parking nearby.", None),
     t("Great. So just so I understand, what are your key priorities for the venue?"),
     c("Are you reading from a card? I've told you twice. I'll ring the Swan instead.", None)]))

o = c("hi we need a tent for a backyard wedding in macon ga, 75 guests, may 17. what sizes do you have", None)
P.append(gpair(
    "b174g_macon_tent_backyard", "tent and party rental (US)", "repeated_questions",
    "Website chat with a Georgia tent rental company.",
    [o,
     t("Hi! For 75 seated with a small dance floor, a 30x60 frame tent. Is the yard flat, and any sprinkler lines where we'd stake?"),
     c("mostly flat. sprinklers along the fence but the middle is clear", None),
     t("We'll mark the lines before staking. 30x60 with sides, lighting, setup and teardown is 2,850. Want me to come measure this week?"),
     c("thats more than i thought tbh. my cousin rented one for like 1800", "too_expensive"),
     t("Sides on the windward end only, and string lights instead of chandeliers, brings it to 2,300. Measuring is free either way."),
     c("ok come measure thursday after 5 and we'll decide", None)],
    [o,
     t("Hi! Thanks for reaching out! How many guests are you expecting?"),
     c("75 like i said", None),
     t("Awesome. And what's your headcount looking like, roughly?"),
     c("75. also its may 17 and i need to know sizes", None),
     t("Perfect! And just to understand your needs, how many people will be under the tent?"),
     c("bro. 75. forget it", None)]))

o = c("Hi, our florist has gone into administration and kept our 300 deposit. Wedding's 12 weeks away. I need something simple and I can't spend much now. Can you help?", None)
P.append(gpair(
    "b174g_cardiff_florist_went_bust", "wedding florist (UK)", "wrong_paraphrase",
    "Email from a Cardiff bride whose previous florist went bust with her deposit.",
    [o,
     t("I'm so sorry, that's rotten. Yes, I can help. What had you booked with her, and what's the most you can spend now?"),
     c("Bouquet, two bridesmaids, six buttonholes. Maybe 350 left for flowers. Not a penny more.", None),
     t("The same order, 350 ceiling. In seasonal flowers that's 330. If you paid her by card, ask your bank about a chargeback for the 300."),
     c("Debit card, I'll try. 330's fine. But do you want a deposit? I'm nervous about paying upfront again.", "bad_experience"),
     t("Completely understandable. No deposit; pay the week before, once you've seen a photo of a sample buttonhole."),
     c("Oh, thank you. Let's book it.", None)],
    [o,
     t("Oh no! So what I'm hearing is you'd like to upgrade from what you had, maybe a floral arch this time?"),
     c("No, I didn't say that. Simple. Bouquet, two bridesmaids, six buttonholes.", None),
     t("Got it. So you're saying budget is flexible because it's a fresh start, did I understand you correctly?"),
     c("No! I can't spend much. 350 max, I told you.", "no_money"),
     t("Lovely. So to sum up, a statement arch, a full bridal party, and a deposit today to secure it. Invoice for 1,100?"),
     c("I've already lost 300 to one florist. I'm not handing you anything. Goodbye.", "bad_experience")]))

o = c("Hi, I'm a planner calling for a couple. The groom's being deployed, so they've moved the wedding up to the 29th of this month. Forty guests, daytime, low-key. Anything?", None)
P.append(gpair(
    "b174g_sandiego_venue_deployment", "event venue (US)", "wrong_paraphrase",
    "A planner phones a San Diego venue; a deployment moved the wedding up.",
    [o,
     t("Let me look. The 29th, the garden room is free 11 to 4, and forty fits well. Low-key meaning ceremony and lunch, or more?"),
     c("Ceremony and lunch, that's it. No DJ. Budget around 4,000 for venue and food.", None),
     t("Ceremony and lunch for 40 is about 3,600 with tax. Given the timing, I'll send a short contract today and waive the menu deadline. Would that help?"),
     c("That would be great. Can you hold it till end of day tomorrow so they can sign?", None),
     t("Held until 5pm tomorrow in your name. Contract within the hour."),
     c("Perfect. Thank you for making this easy.", None)],
    [o,
     t("Thanks for calling! So to make sure I understand, a big send-off before he deploys, around a hundred guests, evening reception with dancing?"),
     c("No, forty guests, daytime, ceremony and lunch. Low-key.", None),
     t("Right, so you're saying they want our ballroom for the evening, with a smaller crowd. Ballroom minimum is 12,000, in line with what you told me?"),
     c("I told you nothing like that. Their budget is 4,000, the ballroom's way beyond them.", "no_money"),
     t("So what I'm hearing is budget matters less than making it special, since he's leaving. Shall I send the ballroom contract?"),
     c("No. I'll call somewhere else.", None)]))

o = c("Hello, I'm... sorry. I'm calling about my daughter's wedding in May. Her dad passed away on Sunday. We don't know what we're doing yet.", None)
P.append(gpair(
    "b174g_lakedistrict_venue_bereavement", "wedding venue (UK)", "pitch_to_upset",
    "A newly widowed mother phones a Lake District venue.",
    [o,
     t("I'm so very sorry. Please don't apologise; nothing needs deciding today. Shall I just tell you the options, for whenever you're ready?"),
     c("Yes. Please. I just don't want her to lose everything we've paid.", None),
     t("She won't. You can move to any date in two years and every penny goes with it. Or if she keeps May, we'll help make space for him on the day. I'll email this, and I won't chase you."),
     c("Thank you. I'll talk to her when she's ready.", "think_it_over"),
     t("Take all the time you need. Ask for me, Claire, and you won't have to explain again."),
     c("Thank you, Claire.", None)],
    [o,
     t("I'm so sorry for your loss. So what I'm hearing is you want her day to be extra special now. Have you seen our memorial candle package? A beautiful tribute, 395."),
     c("I... no. I just want to know what happens with the booking.", "no_need"),
     t("Of course. Families in your situation also upgrade to the champagne toast, so everyone can raise a glass to him. Shall I add both?"),
     c("My husband died four days ago. I'm not buying champagne.", "no_need"),
     t("Totally understand. Postponement is 500 unless you book the upgrade, then we waive it. Anything else I can help with?"),
     c("I need to go.", None)]))

o = c("Our photographer says her memory card died and every ceremony photo is gone. She's offering 200 back. I've been crying for two days. Can anyone get them back?", None)
P.append(gpair(
    "b174g_denver_photos_lost_card", "photography studio (US)", "pitch_to_upset",
    "A bride whose photographer lost her photos phones a Denver studio.",
    [o,
     t("I'm so sorry, that's awful, and you're right to ask. Sometimes they can be recovered. Does she still have the card, and has she used it since?"),
     c("She says she has it. I don't think she's used it. She's stopped answering my calls.", None),
     t("Good. If nothing's written on it, a recovery lab often gets most files back. I don't do recovery, but I'll give you our lab and an email asking her to post the card there unused."),
     c("Yes. God, yes. What does the lab cost?", None),
     t("Usually 150 to 400, and many only charge if they recover files. I'll text you their details now."),
     c("Thank you. I'll email her tonight.", None)],
    [o,
     t("Every bride's nightmare! What you need is a fresh start: our Love Story re-creation session, back in your dress somewhere gorgeous, 1,200."),
     c("I don't want to dress up again. I want my actual ceremony photos.", "no_need"),
     t("I hear you. After a bad experience like that, our anniversary package is the best way to rebuild. Couples say it's better than the original!"),
     c("I'm not booking another photographer right now. Not after this.", "bad_experience"),
     t("Card recovery isn't really my thing! But book this week and I'll include a free canvas. What would it take to get you excited again?"),
     c("I just told you my photos are gone. Bye.", None)]))

o = c("I'm calling about Saturday. Your DJ turned up at nine instead of seven. We missed our first dance slot and the whole evening ran late. What happened?", None)
P.append(gpair(
    "b174g_oxford_dj_late", "wedding DJ agency (UK)", "blame",
    "A groom phones an Oxfordshire DJ agency after the DJ arrived two hours late.",
    [o,
     t("I'm really sorry, that's a big part of the night to lose. I'll find out exactly what happened. Which venue, and who was the DJ?"),
     c("Oakley Manor, near Thame. Rob. He said something about the postcode, but it's on the form, we checked.", None),
     t("The form has the right postcode. His sat-nav took him to the old gate, ours to sort, not yours. I'll refund the two hours, 240, in writing today. Anything else go wrong?"),
     c("No, once he got there he was great, to be fair. The refund's fine.", None),
     t("Good. I'll add the right gate to our notes for Oakley so it doesn't happen again."),
     c("Appreciate it. Thanks.", None)],
    [o,
     t("Sorry your experience wasn't what you hoped. Can I ask, did you double-check the postcode you gave us?"),
     c("Yes. It's on the form. Oakley Manor near Thame.", None),
     t("Right, but that postcode goes to a farm gate, which isn't really our fault, is it? Did you think to send directions?"),
     c("Every other supplier found it. Your DJ was two hours late.", None),
     t("I understand your frustration. But if timings had been confirmed on your side, this wouldn't have happened. Anything else I can help with?"),
     c("I'll be leaving a review and talking to my bank. Goodbye.", None)]))

o = c("We just got our wedding film and there's no sound during the vows. The one part we cared about. What happened??", None)
P.append(gpair(
    "b174g_seattle_videographer_no_audio", "wedding videographer (US)", "blame",
    "A couple email their Seattle videographer: the vows have no sound.",
    [o,
     t("I'm really sorry, that's the part that matters most. I'm checking the raw files now. Did the officiant wear the lapel mic all ceremony?"),
     c("Yes, your guy clipped it on him himself. We watched.", None),
     t("Found it: the mic recorded, but the backup audio was never imported. Our mistake. I can rebuild the vows by Friday, and if any part can't be recovered, I'll refund the film."),
     c("Okay. I'm still really upset, but thank you for actually checking.", None),
     t("You've every right to be. I'll send the vows section alone Wednesday so you hear it first."),
     c("That would mean a lot. Thank you.", None)],
    [o,
     t("Sorry your experience wasn't what you hoped! Did your officiant maybe touch the mic during the ceremony? That usually causes it."),
     c("No. Your guy put it on him. He didn't touch it.", None),
     t("Hmm. And were guests quiet? If people talk it can mess up the levels, which is outside our control."),
     c("The sound is GONE, not noisy. Are you saying it's our guests' fault?", None),
     t("I'm just saying we rely on couples to manage their ceremony. You did sign off on the timeline, right? Anything else I can help with?"),
     c("I want my money back.", None)]))
