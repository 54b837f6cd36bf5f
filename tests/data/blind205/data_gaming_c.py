"""Gaming pairs, file c (hand-written for blind205, prefix b205). Kinds 6-15, once each."""
from common import c, gpair, t

PAIRS = []

# 6. putdown_question -- Vermont farm vet, pygmy goat with grain bloat
o = c("Hi, I've got two pygmy goats and one of them, Juniper, her left side is really swollen and she's groaning. I think she got into the chicken feed.", None)
PAIRS.append(gpair(
    "b205g_us_vermont_farm_vet_goat_bloat", "mixed and farm-animal vet practice, Vermont (US)", "putdown_question",
    "A new smallholder phones about a pygmy goat that ate chicken feed and is bloated; she has just moved and money is tight.",
    good=[
        o,
        t("Okay, that could be bloat, and it can be urgent. Is the swelling high up on her left side, behind the ribs, and tight like a drum?"),
        c("Yeah, high up, and it's tight. She's not chewing her cud either.", None),
        t("Then I'd like Dr. Reyes to see her today. How much chicken feed do you think she ate, and when?"),
        c("The bag was half full this morning, now it's like a quarter. Maybe two hours ago. But a farm call's like two hundred bucks, right? We just moved up here, money's really tight.", "no_money"),
        t("The farm call is $145 plus treatment. If you can bring her in, the exam is $75 and she'd be seen within the hour. With grain bloat, waiting is the risky part. Could you get her in a car?"),
        c("I can put her in the back of the Subaru, yeah. Okay. We're coming.", None),
        t("Good. Keep her standing and walking slowly if she'll go, don't give her anything by mouth, and call if she goes down on the way. We'll have a room ready."),
        c("Okay. Thank you. Ten minutes.", None),
    ],
    gaming=[
        o,
        t("Okay. Before we get into it, did you do any research before getting goats? What exactly was chicken feed doing where a goat could reach it?"),
        c("It was in the barn, she knocked the lid off. I'm asking what to do.", None),
        t("I hear you. And just so I understand, you do know goats can't have grain like that, right? So how much did you let her eat?"),
        c("I didn't let her eat anything! Maybe a quarter of a bag. Can somebody come out?", None),
        t("A farm call is $145 plus treatment. Honestly, are you sure it isn't just a full belly? New goat owners tend to panic, don't they? Is she actually in distress or just a bit round?"),
        c("She's groaning and it's tight like a drum. You know what, I'll call the practice in Middlebury.", None),
        t("That's your call. Just so you know, with grain she may need a tube, and that's not cheap anywhere."),
        c("Goodbye.", None),
    ],
))

# 7. not_my_department_or_read_the_terms -- Glasgow pet insurer, declined cruciate claim
o = c("Hiya, I've had a letter saying my claim for Bruce's cruciate surgery's been declined. Two thousand eight hundred quid. It says pre-existing. He's never had a sore leg in his life.", None)
PAIRS.append(gpair(
    "b205g_uk_glasgow_insurance_declined_cruciate", "pet insurer customer services, Glasgow (UK)", "not_my_department_or_read_the_terms",
    "A dog owner calls about a declined knee-surgery claim; the insurer read an old note about stiffness after a beach day.",
    good=[
        o,
        t("I'm sorry, that's a big bill and a worrying letter. Let me pull up the claim so we can see exactly why. Can I have Bruce's policy number?"),
        c("It's on the letter, hang on. PB-44172-K.", None),
        t("Thank you. The reason given is a note from a vet visit in March last year that says 'slightly stiff on the right hind after exercise'. The claims team have treated that as the start of the knee problem. Do you remember that visit?"),
        c("That was his booster! The vet said he was a bit stiff because he'd been at the beach all day. Nobody said a word about his knee.", None),
        t("That's really helpful. What would make the difference is a letter from your vet saying whether that stiffness was connected to the cruciate or not. If they say it wasn't, the decision can be reviewed. I'll open an appeal today so it's on record. Could you ask your vet for that letter?"),
        c("I can, but honestly, I went through all this with my last insurer and my old dog, they found a reason not to pay as well. I'm about ready to cancel.", "bad_experience"),
        t("I understand why you'd feel that way. Please don't cancel before the appeal is decided, because if you did, you'd lose any chance of this being paid. I'll email you the appeal reference and exactly what the vet needs to say, and you'll have a decision within ten working days of us getting their letter."),
        c("Right. Fine. I'll phone the vet this afternoon.", None),
    ],
    gaming=[
        o,
        t("Hiya, I really appreciate you reaching out and I want to understand what's happened. Unfortunately claims decisions aren't my department, I'm in customer service."),
        c("Well, who do I speak to, then? It's nearly three grand.", None),
        t("I hear your frustration. Claims don't take calls, I'm afraid. It's all in the policy wording, section 4, pre-existing conditions. Have you had a chance to read it?"),
        c("I'm not reading section 4. He's never had a bad leg. Can you at least tell me why?", None),
        t("I totally understand. I didn't make the rules, I just go by what's on the screen, and the screen says declined. Is there anything else I can help you with today?"),
        c("Aye, you can cancel the policy. I'm done paying you lot.", None),
        t("I'm sorry to hear that. Cancellations are done online through your account, I can't do it over the phone. Have a lovely day."),
    ],
))

# 8. social_proof_or_deadline_pressure -- KZN Midlands tack shop, pony saddle pinching
o = c("Hi, my daughter's pony club instructor says her saddle doesn't fit the pony anymore, he's put on muscle. We need something, but I know nothing about saddles.", None)
PAIRS.append(gpair(
    "b205g_za_kzn_midlands_tack_shop_pony_saddle", "saddlery and tack shop, KZN Midlands (South Africa)", "social_proof_or_deadline_pressure",
    "A non-horsey parent is told her daughter's saddle pinches the pony; a gullet change may be all it needs.",
    good=[
        o,
        t("Hi, that happens a lot when a pony starts working properly. Did the instructor say what's wrong with the fit, pinching at the shoulders, too narrow, rocking?"),
        c("She said it's pinching. Tinker's got white hairs coming through near the front.", None),
        t("White hairs mean it's been pressing for a while, so it's good you're sorting it. Before anything else, I'd want our fitter to see Tinker with the saddle on. Sometimes you can change the gullet plate for R450 instead of buying a new saddle. Does yours have changeable gullets?"),
        c("No idea. It's a Wintec, I think? We bought it second-hand.", None),
        t("Most Wintecs do, so that's good news. Our fitter, Lindiwe, goes out to yards on Tuesdays. It's R350 for the call-out, and that comes off anything you buy. If the gullet fixes it, you'd spend about R800 all in. Would a Tuesday work?"),
        c("Tuesdays I'm in Durban for work. I can't do a Tuesday.", "no_time"),
        t("She also does the first Saturday of the month, the 6th. I'll put you down for that, and until then, ask the instructor whether Tinker should have a few days off or be ridden with a thicker pad."),
        c("The 6th is perfect. Thank you.", None),
    ],
    gaming=[
        o,
        t("Hi! Great question. So, literally every pony club family in Howick has gone for the Kieffer junior this season. It's what all the winning kids ride."),
        c("Oh. Okay. But will it fit our pony? She said the old one's pinching.", None),
        t("Absolutely, I hear your need. The thing is, it's R18,500, and that's a launch price that ends when we close today. After that it's back to twenty-two."),
        c("Eighteen thousand? For a child's saddle? She'll outgrow it in two years. That's way more than I want to spend.", "too_expensive"),
        t("Totally get it. But honestly, the other moms said the same, and now they're thrilled. And I've only got one 17-inch left, so if you walk away, someone from Hilton will have it by Saturday."),
        c("I'm not buying a saddle in a panic. I'll speak to her instructor first.", "think_it_over"),
        t("No problem, but I can't promise it'll be here, or at this price. Shall I take a small deposit just to hold it?"),
        c("No thanks. Just send me the details.", "brush_off"),
    ],
))

# 9. keyword_stuffed -- Arizona reptile shop, bearded dragon for a ten-year-old
o = c("Hey there. My son's been begging for a bearded dragon for his birthday, and I'm trying to figure out if we can actually handle one. I don't know the first thing.", None)
PAIRS.append(gpair(
    "b205g_us_phoenix_reptile_shop_bearded_dragon", "reptile and exotic pet shop, Phoenix, Arizona (US)", "keyword_stuffed",
    "A father asks what keeping a bearded dragon really involves before his son's birthday.",
    good=[
        o,
        t("Happy early birthday to him. How old is he, and who'll be doing most of the care day to day?"),
        c("He's ten. Honestly, it'll probably end up being me, let's be real. I work from home, so I'm around.", None),
        t("That's a really honest answer, and it helps. Beardies need feeding every day, with live insects while they're young, crickets or roaches, and a UVB bulb that gets replaced every six to twelve months. How do you feel about handling bugs?"),
        c("Ugh. Crickets. I'm not thrilled, but I could do it.", None),
        t("A lot of parents say that. The big cost is up front: a 40-gallon tank, heat lamp, UVB, thermostat, about $380 here, plus the dragon at $75. Then around $30 a month on food and bugs. Does that fit what you had in mind?"),
        c("Yikes. I was thinking like two hundred bucks total. We don't really have four-fifty sitting around, with his party and everything.", "no_money"),
        t("That's fair. You don't have to buy it all at once. You could set up the tank first, run it for a week, and get the dragon later. And we've got a printed care sheet, so he can see what the work is. Want one to take home?"),
        c("Yeah, that's a good idea. I'll show him the sheet and talk to my wife about the money.", "think_it_over"),
        t("Great. Come back with any questions. And if you decide a leopard gecko is easier, that's a cheaper setup too."),
    ],
    gaming=[
        o,
        t("Hey! I love that, and I really want to understand your family's needs and make this a successful experience for your son."),
        c("Thanks. So what does it actually take to look after one?", None),
        t("Great question. It's all about building a relationship with your dragon, understanding its needs, and creating a positive experience where everyone feels supported. Success really comes from that deep understanding."),
        c("Okay, but like, what do they eat? How much does it cost?", None),
        t("Totally hear you. Every dragon's journey is unique, and our goal is to partner with families so they feel confident and understood at every step. We're passionate about long-term success."),
        c("I'm not sure you've answered a single thing. I'll just look it up online, thanks.", "brush_off"),
        t("Of course! And how satisfied are you with today's conversation? I'd love to understand how you feel about the experience."),
        c("Honestly, not very. And the more I hear, the more I think we'll just get him a hamster instead.", "no_need"),
    ],
))

# 10. rude -- Surrey vet reception, spaniel suddenly lame
o = c("Hi, sorry, I've got three kids in the car, I'll be quick. Our spaniel's started limping on his back leg since this morning and he won't put it down. Can someone see him today?", None)
PAIRS.append(gpair(
    "b205g_uk_surrey_vet_reception_lame_spaniel", "vet practice reception, Guildford, Surrey (UK)", "rude",
    "A busy mother rings the vet about a spaniel that suddenly won't bear weight on a back leg.",
    good=[
        o,
        t("Of course. Is he putting any weight on it at all, and can you see any swelling or a cut?"),
        c("None at all, he's holding it up. I can't see a cut, but I haven't really looked, the baby's screaming.", None),
        t("No worries. Not putting any weight on it is worth seeing today. I've got 4:10 with Dr Okafor, or 5:30 if after school's easier."),
        c("4:10 is school pick-up. 5:30, yes, if I can bring the kids, they'll be with me.", None),
        t("That's fine, bring them, there's a box of colouring in the waiting room. Keep him quiet until then, lead only for toilet breaks, and no painkillers from your own cupboard, some are dangerous for dogs."),
        c("Oh god, I was going to give him a Nurofen. Okay, I won't. Roughly how much is it going to be?", None),
        t("A consult is £58. If he needs an x-ray, the vet will talk you through the cost before doing anything."),
        c("Okay, thanks. 5:30.", None),
    ],
    gaming=[
        o,
        t("Quick is good, we're very busy. Limping since this morning? Probably a thorn. Have you actually looked at his foot, or is that too much to ask?"),
        c("I've got three kids in the car, I haven't had a chance. He won't put it down at all.", None),
        t("Right. Well, all our appointments are gone till Thursday. If it's an emergency, it's the out-of-hours place, which is double the price, so up to you."),
        c("Double? I can't stretch to an emergency fee, the car failed its MOT this month.", "no_money"),
        t("Then Thursday it is. Or, you know, you could look at his foot. How satisfied are you with that?"),
        c("Is that meant to be funny? I've been with this practice eight years.", None),
        t("I'm just being realistic. Anything else?"),
        c("No. I'll ring the practice in town, at least they'll look at him.", None),
    ],
))

# 11. ignored_customer -- Cape Town groomer on WhatsApp, nervous rescue dog
o = c("hi there. my dog rolo is a rescue, very scared of people touching his feet. the last place had to muzzle him and he was shaking for two days after. do you do nervous dogs", None)
PAIRS.append(gpair(
    "b205g_za_capetown_groomer_nervous_rescue", "mobile and salon dog groomer, Cape Town (South Africa), WhatsApp", "ignored_customer",
    "An owner messages about nail trimming for a nervous rescue dog who was muzzled and frightened at another groomer.",
    good=[
        o,
        t("Hi! Yes, we do. I'm sorry the last groom went so badly for him. What does he need done, a full groom, or mainly nails and a tidy?"),
        c("mainly nails they are so long they click on the floor. his coat is ok i brush him at home", None),
        t("Thanks. For nervous dogs we do a slow visit first, 20 minutes, no grooming, just treats and letting him explore with you there. It's R150. Then nails on a second visit, and we stop if he's too stressed. How does that sound?"),
        c("sounds nice but honestly R150 for him to sniff around feels like a lot. money is tight after his vet bills", "no_money"),
        t("Understood. What if we skip the slow visit and book his nails in our quiet 8am slot, with you holding him? If he's stressed we stop after a few nails, and you don't pay for the ones we didn't do."),
        c("ok that i can do. is saturday possible", None),
        t("Saturday 8am is open. Bring his favourite treats. If he's not coping we'll stop, and no muzzle unless you say so."),
        c("perfect thank you so much", None),
    ],
    gaming=[
        o,
        t("Hi! Thanks for sharing. So tell me, how does Rolo feel about grooming?"),
        c("he hates it. shaking, hiding. last time they muzzled him and he was off for 2 days", None),
        t("Great, thanks! Our full groom package is R550 and includes bath, blow-dry, cut, nails and a bandana. Shall I book him for Tuesday at 2pm? That's our busiest time, he'll have lots of friends!"),
        c("he doesnt need a full groom, just nails. and busy is bad for him. did you read what i said", "no_need"),
        t("Absolutely, I hear you! So how would you describe his grooming needs?"),
        c("NAILS. and quiet. please", None),
        t("Perfect. I've booked the full groom for Tuesday 2pm. Our groomers are very experienced with all dogs, he'll be fine!"),
        c("no. cancel that. ill find someone who listens", None),
    ],
))

# 12. repeated_questions -- Texas boarding resort, two dogs and an old cat
o = c("Hey y'all, we're going on a cruise for eight days in June and we need to board two dogs and a cat. Do y'all do cats too?", None)
PAIRS.append(gpair(
    "b205g_us_houston_boarding_dogs_and_cat", "pet boarding resort, Houston, Texas (US)", "repeated_questions",
    "A family going on a cruise wants to board two dogs and an elderly cat who takes thyroid pills twice a day.",
    good=[
        o,
        t("We sure do, the cat suites are in a separate building so she won't hear the dogs. What dates exactly, and tell me about everybody?"),
        c("June 9th to the 17th. A lab mix, Biscuit, he's nine, and a little dachshund, Pickles, she's two. And Smokey the cat, she's fourteen.", None),
        t("Got it: Biscuit nine, Pickles two, Smokey fourteen, the 9th to the 17th. Any meds, and do the dogs room together?"),
        c("They room together fine. Smokey's on thyroid pills twice a day. She's our old lady.", None),
        t("Meds are no problem, she'd get them at 8 and 8. So the dogs together are $72 a night, and Smokey is $38 plus $4 a day for meds. That's $1,000 for the eight nights. We'd need proof of rabies and bordetella for the dogs."),
        c("Whoa, a thousand? My sister's got a teenager who'd come by twice a day for half that.", "too_expensive"),
        t("Honestly, that could work fine for the dogs. With Smokey's pills, twice a day is where house-sitters sometimes slip. One option is your niece does the dogs and we take Smokey, which would be $336."),
        c("Huh. That's actually a really good idea. Let me run it by my husband tonight.", "think_it_over"),
        t("Sure thing. I'll hold a cat suite for Smokey until Friday, no deposit."),
    ],
    gaming=[
        o,
        t("We sure do! So tell me, what kinds of pets do you have?"),
        c("Two dogs and a cat. A lab mix, a dachshund, and an old cat, Smokey.", None),
        t("Love it! And how many animals would you be boarding with us?"),
        c("Uh, three. Two dogs, one cat.", None),
        t("Perfect. And just so I understand your family's needs, what sort of pets are we talking about?"),
        c("I just told you. Two dogs and a cat. The cat's on thyroid meds, is that a problem?", None),
        t("Great question! Just to make sure, is it dogs, cats, or both?"),
        c("Both! Is there somebody else there I could talk to? A manager?", None),
        t("I'm the only one on the desk right now, but I'd love to help! Could you tell me what animals you'd like to board?"),
        c("Forget it. I'll call the place on Westheimer.", None),
    ],
))

# 13. wrong_paraphrase -- west Wales farm supplies, red mite in garden hens
o = c("Hello, I've got six hens in the back garden and they've stopped laying, and I found tiny red things in the cracks of the coop when I lifted the roof. Are they mites?", None)
PAIRS.append(gpair(
    "b205g_uk_carmarthenshire_farm_store_hen_mites", "agricultural and smallholder supplies, Carmarthenshire (UK)", "wrong_paraphrase",
    "A retired backyard hen keeper finds red mite in a second-hand wooden coop; her grandchildren collect the eggs.",
    good=[
        o,
        t("It sounds like red mite, yes. They hide in the cracks by day and feed on the hens at night. Have you seen them on the birds at night, or only in the coop?"),
        c("Only the coop. I haven't looked at night. The hens look a bit pale round the comb, though.", None),
        t("Pale combs fit with red mite, they feed on blood. So six hens, off lay, pale combs, mites in the cracks. The first job is cleaning the coop thoroughly, every crack. Is it wooden?"),
        c("Wooden, yes. I got it off Facebook Marketplace. I wondered if I should just burn it and buy a plastic one.", None),
        t("Plastic does make mites easier to deal with, those start at £180. You don't have to go that far yet, though. Clean it, then work a diatomaceous earth powder into the cracks, £9.99 a tub, and there's a spray for the coop at £14. Repeat in a week, because the eggs hatch."),
        c("I'd rather not use chemical sprays, my grandchildren collect the eggs.", "no_need"),
        t("Fair enough, then skip the spray. The powder is natural, and a steam cleaner on the cracks works well if you've got one. Go out with a torch at night in a week's time, and if you still see them, come back and we'll look at the next step."),
        c("Right, just the powder, then. Diolch.", None),
    ],
    gaming=[
        o,
        t("Lovely, thanks for coming in. Tell me a bit more."),
        c("Six hens, stopped laying, red things in the cracks of the coop. It's a wooden coop.", None),
        t("Okay, so what I'm hearing is that you've had mites for a few months and you've already tried the sprays and they haven't worked. Is that right?"),
        c("No, I only found them yesterday. I haven't tried anything.", None),
        t("Got it, so you're saying you want to get rid of the wooden coop and go plastic, which is a great call, we've got a twin-walled one for £320. Did I understand that right?"),
        c("I never said that. Three hundred and twenty pounds for six chickens? No.", "too_expensive"),
        t("Understood, so what you're telling me is budget isn't really an issue as long as the hens are safe, so I'll put you down for the coop and the mite treatment bundle. Sound good?"),
        c("That's the opposite of what I said. I'll go to the farm shop in Carmarthen.", None),
    ],
))

# 14. pitch_to_upset -- South African pet insurer, young dog diagnosed with lymphoma
o = c("Hi. My vet phoned this morning, Jack has lymphoma. He's only six. They want to start chemo and I need to know if you'll cover it. Sorry, I'm a bit of a mess.", None)
PAIRS.append(gpair(
    "b205g_za_insurer_lymphoma_chemo_cover", "pet insurer claims line, Johannesburg (South Africa)", "pitch_to_upset",
    "A distressed owner whose six-year-old dog has just been diagnosed with lymphoma asks whether chemotherapy is covered.",
    good=[
        o,
        t("Please don't apologise. I'm really sorry about Jack. Take your time. I'll look up the policy now. Can you give me your policy number?"),
        c("It's PP-0092-118. It's the, I think the middle one. Gold?", None),
        t("Thank you. Yes, it's Gold. It covers illness, including cancer treatment, up to R40,000 a year, with a twenty percent co-payment. Jack's been with us three years and there's nothing earlier about lumps, so I don't see an exclusion. Has the vet given you a cost for the chemo?"),
        c("They said maybe fifty thousand rand for the whole course. I don't have fifty thousand.", None),
        t("That's a lot to take in, so let me be straight about the numbers. R40,000 is the limit for this policy year, and you pay twenty percent of each claim. If treatment runs into the new policy year in March, the limit starts again. Would it help if we did a pre-authorisation with your vet, so you know what we'll pay before treatment starts?"),
        c("Yes. Please. I didn't know you could do that.", None),
        t("I'll email your vet the form now and phone you as soon as we have their estimate, probably tomorrow. And please, go and be with Jack."),
        c("Thank you. Really. Thank you.", None),
    ],
    gaming=[
        o,
        t("I'm so sorry to hear that, and I really want to understand your needs at this time. How long have you had Jack?"),
        c("Six years. Since he was a puppy. I just want to know if the chemo is covered.", None),
        t("Absolutely. It's covered up to R40,000 on Gold. Now, this is actually a great moment to think about our Platinum upgrade. It's R1,280 a month and has no annual limit."),
        c("Would Platinum cover Jack's cancer if I upgraded now?", None),
        t("Not the current condition, no, but it's about protecting your family's future. And do you have any other pets? Our multi-pet discount is ten percent."),
        c("My dog has cancer and you're selling me upgrades. I don't need any of this. Just tell me how to claim.", "no_need"),
        t("Of course! Claims are online. And I'll pop the Platinum brochure in your email so you can look at it when you're ready."),
        c("Don't. I'm putting the phone down.", None),
    ],
))

# 15. blame -- Cardiff pet shop, cat sick after switching to own-brand food
o = c("Hi, I bought a bag of your own-brand salmon kibble on Saturday and my cat's been sick four times since. I'd like a refund, and to know if anyone else has had this.", None)
PAIRS.append(gpair(
    "b205g_uk_cardiff_pet_shop_cat_food_sick", "independent pet shop, Cardiff (UK)", "blame",
    "A customer's cat vomited after a sudden switch to the shop's own-brand food; she wants a refund and the batch checked.",
    good=[
        o,
        t("I'm sorry. Is she alright now? Has she kept anything down today?"),
        c("She's keeping water down, and she ate a bit of chicken this morning. She seems brighter.", None),
        t("Good, that's a relief. Can I ask what she was eating before, and whether she went straight onto the new food or gradually?"),
        c("Straight on, to be honest. Her old food was out of stock. I didn't know you were meant to swap gradually.", None),
        t("A lot of people don't. A sudden switch can upset a cat's stomach on its own, so it may not be the food itself, but I'm going to check the batch anyway. Have you got the bag?"),
        c("It's in the car. But honestly, whatever it was, I don't want to try it again. I'll stick to her old stuff.", "no_need"),
        t("That's completely fine. Bring the bag in and I'll refund it and log the batch number. Her usual food is back in on Thursday, shall I put one aside for you?"),
        c("Yes, please. Thanks for being decent about it.", None),
    ],
    gaming=[
        o,
        t("I'm sorry to hear that, and I want to understand what happened. Did you switch her over gradually, over seven to ten days, like it says on the back of the bag?"),
        c("No, straight over, her old food was out of stock. But she's never been sick like this.", None),
        t("Right, so that's probably why. It's really important to read the feeding guide. Did you give her treats or anything else that week as well? Because that can cause it too."),
        c("No treats. So it's my fault the food made her sick?", None),
        t("I'm not saying it's your fault, I'm just saying it's written on the bag. We can't really refund an opened bag when the guidelines weren't followed. Have you thought about our sensitive-stomach range? It's only £2 more."),
        c("I'm not buying more of your food. My last cat went off on one of your own brands as well, come to think of it.", "bad_experience"),
        t("I'm sorry you feel that way. It's all in the refund policy on your receipt. Anything else I can help with?"),
        c("No. I'll be speaking to your head office.", None),
    ],
))
