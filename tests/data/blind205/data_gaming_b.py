"""Gaming pairs, file b (hand-written for blind205, prefix b205). Kinds 11-15, then 1-5."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer -- US online pet pharmacy chat, skin reaction to a spot-on
o = c("hi i need to reorder flea stuff for my cat but last time she got a bald patch where i put it on the back of her neck", None)
PAIRS.append(gpair(
    "b205g_us_online_pet_pharmacy_flea_reaction", "online pet pharmacy, chat support (US)", "ignored_customer",
    "A cat owner on web chat wants flea treatment but her cat reacted to the last spot-on; she has just paid for the dog's surgery.",
    good=[
        o,
        t("Hi! Sorry to hear about the bald patch. Which product was it, and how long after putting it on did you notice the patch?"),
        c("it was the purple one, frontguard plus i think. patch showed up maybe 2 days after. its still kinda scabby", None),
        t("Thanks. A reaction where the spot-on goes does happen with some products. Since it's still scabby, I'd want her vet to see it before we send more of the same. Does she have a vet you see regularly?"),
        c("yeah dr kim but honestly i cant do another vet visit this month, we just paid for the dogs surgery", "no_money"),
        t("That's a lot in one month. Two options without a visit: Dr Kim's office may look at a photo if you email it, and there's a chewable flea tablet that doesn't touch the skin at all. It needs a prescription, but they can usually approve it from her file. Want me to send them the request?"),
        c("oh the pill would be way better honestly. is it more expensive", None),
        t("It's $68 for three months, against $54 for the spot-on. I'll send the request to Dr Kim today and message you when it's approved, usually a day or two."),
        c("ok thats fine do that. thanks", None),
    ],
    gaming=[
        o,
        t("Hi! I'd love to help. Can you tell me more about your cat's experience with flea prevention?"),
        c("she got a bald patch on her neck from the frontguard plus. its still scabby", None),
        t("Thanks for sharing! And how satisfied have you been with FrontGuard Plus overall?"),
        c("not very. she got a sore from it", None),
        t("Great to hear you've been using it consistently! I've added the FrontGuard Plus 6-pack to your cart, it's our best value at $98. Would you like autoship every six months?"),
        c("i dont want the same one, it hurt her. is there something else", "bad_experience"),
        t("Absolutely, I hear you! Autoship saves you 5% and shipping is free over $49. I'll go ahead and set that up. Anything else I can help with today?"),
        c("did you even read what i wrote. cancel it. ill call my vet", None),
    ],
))

# 12. repeated_questions -- Devon equine insurer, newly bought cob
o = c("Hello, I've just bought a new horse, a fourteen-year-old cob called Monty, and I need him insured before I pick him up on Friday.", None)
PAIRS.append(gpair(
    "b205g_uk_devon_equine_insurance_new_cob", "equine insurance broker, Devon (UK)", "repeated_questions",
    "A rider needs cover for a newly bought cob before collection day; the pre-purchase vetting noted a thickened tendon.",
    good=[
        o,
        t("Congratulations on Monty. We can get that sorted before Friday. What will you be doing with him, hacking, competing, anything like that?"),
        c("Mostly hacking on Dartmoor. Maybe a bit of riding club dressage, nothing serious.", None),
        t("Hacking and a bit of riding club, so our leisure cover fits. What did you pay for him? That sets the value we'd insure him for."),
        c("Four and a half thousand. He had a five-stage vetting, but the vet noted a slight thickening on his left fore tendon.", None),
        t("Thank you for telling me, that matters. Anything noted on the vetting is likely to be excluded, so that left fore tendon wouldn't be covered, at least for the first two years. Everything else would be. With vet fees up to £5,000, it comes to £42.60 a month. How does that sound?"),
        c("It's a bit more than I'd hoped. My old insurer had my last mare at thirty-odd, mind you she was worth half as much.", "too_expensive"),
        t("That makes sense. If you raised the excess from £150 to £300, it would drop to £34.10, though you'd pay more yourself on each claim. Shall I hold both quotes until Friday so you can choose?"),
        c("Hold both, yes. I'll ring back Thursday once I've looked at my budget.", "think_it_over"),
        t("Lovely. Both are held, with the tendon exclusion written in, so there are no surprises later."),
    ],
    gaming=[
        o,
        t("Congratulations! What will Monty be used for?"),
        c("Hacking, mostly on Dartmoor, and a bit of riding club dressage.", None),
        t("Lovely. And what sort of activities do you see yourself doing with him?"),
        c("Like I said, hacking. And a bit of dressage.", None),
        t("Perfect. So in terms of his day-to-day use, would you describe him as a leisure horse, or more of a competition horse?"),
        c("Leisure. Hacking. I've said that twice now. Also, the vetting noted something on his tendon.", None),
        t("Thanks for that. Just so I've got the full picture, what kind of riding will you mainly be doing with Monty?"),
        c("Are you reading from a script? I've told you three times. I haven't got time for this, I'm at work.", "no_time"),
        t("I completely understand. And will Monty be used for competition at all?"),
        c("I'll go with the company my yard uses. Bye.", None),
    ],
))

# 13. wrong_paraphrase -- Durban vet, Maltese breeder with a small puppy
o = c("Hi, Priya here, I breed Maltese, hey. My girl had a litter of five, they're six weeks now, and I want to book their first vaccines. But one of them is smaller than the others, quite a lot smaller.", None)
PAIRS.append(gpair(
    "b205g_za_durban_vet_breeder_litter_vaccines", "small-animal vet practice, Durban (South Africa)", "wrong_paraphrase",
    "A home breeder books first vaccines for a litter and is worried about one pup that is half the weight of the others.",
    good=[
        o,
        t("Hi Priya, congratulations on the litter. Tell me about the small one, is she eating, keeping up with the others?"),
        c("She eats, but she pushes in last, and she's about half the weight of her brothers. I've been giving her extra puppy milk.", None),
        t("So she's half their weight, she's eating but losing out at the bowl, and you're already topping her up. I'd like the vet to check her properly before she's vaccinated. Sometimes small pups have a heart murmur or something else going on. Can you bring all five together, so she's checked while the others have their jabs?"),
        c("Ja, but how much is this going to be? Five pups at once.", None),
        t("Vaccines are R420 each, and her check is part of her consult, no extra. So R2,100 for the litter. Does Tuesday or Thursday morning work?"),
        c("Shoo, that's a lot, hey. The last vet I used did a breeder's rate. Can you do something?", "too_expensive"),
        t("We do ten percent off for a litter of four or more, so it'd be R1,890. I'll put that on the booking. Tuesday or Thursday?"),
        c("Thursday, first thing. Thanks, hey.", None),
    ],
    gaming=[
        o,
        t("Congratulations! Tell me more."),
        c("Ja, so the small one, she's about half the weight of the others. I'm giving her extra milk.", None),
        t("So what I'm hearing is you're planning to keep the small one yourself and you want the others done quickly so they can go to their new homes this week. Did I understand that correctly?"),
        c("No, I never said that. They're only six weeks, nobody's going anywhere until ten weeks.", None),
        t("Got it, so you're saying you're worried about costs and want the cheapest vaccine option for the litter, is that right?"),
        c("Where are you getting that? I'm worried about the small one. I did see your price list, R420 each, which is steep for me, but that's not what I'm asking.", "too_expensive"),
        t("Perfect, so to play it back, you're happy with the standard litter package and you'd like the small pup vaccinated with the rest on Tuesday, correct?"),
        c("No! I want someone to look at her first. You know what, I'll phone the other practice.", None),
    ],
))

# 14. pitch_to_upset -- Edinburgh vet practice, ashes after euthanasia
o = c("Hi, sorry. Our dog Rosie was put to sleep at yours yesterday, and I was told to ring about, about her ashes. I don't really know what I'm supposed to ask.", None)
PAIRS.append(gpair(
    "b205g_uk_edinburgh_vet_cremation_after_loss", "vet practice, Edinburgh (UK)", "pitch_to_upset",
    "A grieving father rings the day after his family's old dog was put to sleep, to arrange cremation.",
    good=[
        o,
        t("I'm so sorry about Rosie. There's nothing you're supposed to ask. I'll walk you through it, and you can stop me at any point. Is that alright?"),
        c("Yes. Thank you. She was fourteen. The kids are in bits.", None),
        t("Fourteen years is a whole childhood for your kids. I'm sorry. The first thing is whether you'd like Rosie's ashes back home with you, or scattered in the crematorium's garden. Have you had a chance to talk about it as a family?"),
        c("We want her back. My daughter wants to scatter some on the beach at Portobello, where she used to run.", None),
        t("That's a lovely idea. Individual cremation with her ashes returned is £165, in a simple wooden box, and they come back in about ten days. There are other caskets, but there's no need to decide that today. Would you like me to email you the options so you can look when you're ready?"),
        c("Email, please. I can't really think right now. We'll look at it with the kids at the weekend.", "think_it_over"),
        t("Of course. I'll send it now and book the individual cremation so nothing's held up; the box can wait. There's a pet bereavement line in the email as well, in case any of you want to talk to someone."),
        c("Thank you. That's kind.", None),
    ],
    gaming=[
        o,
        t("I'm so sorry for your loss, and I really want to understand your needs at this difficult time. What are your hopes for Rosie's memorial experience?"),
        c("I don't know. We just want her back home, I think. The kids are in bits.", None),
        t("That's completely valid. So many families find comfort in our Forever Paws range. The engraved oak casket is £295, and the paw-print crystal keepsake is only £89 if you add it today. Which would mean the most to your children?"),
        c("I can't do this right now. I wasn't expecting to be picking things out.", "no_time"),
        t("Of course, and that's such a natural feeling. And while I have you, have you thought about the future? We can move Rosie's insurance onto a new puppy plan, so you're covered when your family's ready to love again."),
        c("She's not even been gone a day. My wife will ring you.", None),
    ],
))

# 15. blame -- Atlanta groomer, cut on a dog's ear
o = c("I picked up Coco from y'all an hour ago and there's a cut on her ear. It's bleeding through the bow you put on it. What happened?", None)
PAIRS.append(gpair(
    "b205g_us_atlanta_groomer_ear_cut", "dog grooming salon, Atlanta, Georgia (US)", "blame",
    "An angry owner finds a cut on her dog's ear after a groom; a mat at the ear edge was scissored out.",
    good=[
        o,
        t("I'm so sorry. Is it still bleeding now? If it is, hold a clean cloth on it firmly, ears bleed a lot."),
        c("It's slowed down. But it's a cut, like a real cut, maybe half an inch.", None),
        t("Okay. Thank you for calling right away. I've talked to Jasmine, who groomed her. There was a mat right at the edge of the ear, and she thinks the scissors caught the skin while she was cutting it out. She should have told you at pickup, and I'm sorry she didn't. Can you get Coco to a vet today? We'll pay for it."),
        c("I can get her to our vet at four. But I'm not sure I'm bringing her back to y'all after this.", "bad_experience"),
        t("That's completely fair. Send me the vet invoice and we'll refund today's groom as well. If you ever do come back, I'd groom her myself and we'd clip around the ears instead of using scissors. No pressure."),
        c("Okay. I'll send the bill tonight.", None),
    ],
    gaming=[
        o,
        t("I'm sorry you're upset, and I want to understand your experience. Can I ask, when did you last brush Coco's ears?"),
        c("What does that matter? She's got a cut!", None),
        t("I hear you. It's just that when the coat's this matted, the skin gets pulled up into the mat, so these things happen. Have you been using the slicker brush we recommended last time?"),
        c("So it's my fault your groomer cut my dog?", None),
        t("I'm not saying that. I'm only saying that if she'd come in on our six-week schedule like we suggested, she wouldn't have been so matted. You did understand that the matting waiver covers this, right?"),
        c("I never signed anything saying you could cut her. I want the vet bill paid.", None),
        t("I understand how you feel. The waiver's part of our standard intake form. Is there anything else I can help you with?"),
        c("I'll be leaving a review. And calling my vet.", None),
    ],
))

# 1. monologue -- Pretoria pet shop, cage for an inherited African grey
o = c("Good day. My uncle is giving me his African grey, he is moving to Durban. The bird's cage is very old, rusty. I want to see what cages you have.", None)
PAIRS.append(gpair(
    "b205g_za_pretoria_pet_shop_parrot_cage", "pet and bird shop, Pretoria (South Africa)", "monologue",
    "A man taking over his uncle's African grey needs a cage; he works during the day and has a limited budget.",
    good=[
        o,
        t("Good day. That's a big responsibility, greys live a long time. How big is the old cage, and was the bird out of it much?"),
        c("About half a metre wide. My uncle let him out in the evening. I work in the day, so he will be inside the cage more with me.", None),
        t("So he'll spend more time in the cage with you than he did with your uncle. Then I'd go bigger, at least eighty centimetres wide, so he can open his wings and climb. This one is R3,400, and this one is R5,900 with a play-top. Where in the house will he be?"),
        c("The lounge. But the R5,900 one, eish, no. I can't spend that this month.", "no_money"),
        t("Fair enough. The R3,400 one is good enough for him, the play-top is nice but not necessary. And if that's still too much right now, a second-hand cage is fine, as long as it isn't rusty or covered in old paint. Shall I check our notice board for one?"),
        c("Let me first see what my uncle's friends have. I'll come back on Saturday.", "think_it_over"),
        t("Good plan. Bring a photo if you find one, and I'll tell you whether it's safe for him."),
    ],
    gaming=[
        o,
        t("Good day! So, African greys, amazing birds, super intelligent, and the key thing with a grey is enrichment, that's what I always tell people. Now, this is our Kings Avian Palace, R8,900, stainless steel, play-top, seed guards, four feeders, it's the one I'd buy. Then you'll need a bigger perch set, rope perches, a foraging kit, because greys pluck when they're bored, a full-spectrum lamp, that's R1,200, and a proper pellet, not seed, seed's terrible for them."),
        c("Okay... but I only wanted a cage. He is coming with his food.", "no_need"),
        t("Sure, sure, and that's exactly why the cage matters so much, it's his whole world. So with the Palace you'd also want our cage cover, because greys need twelve hours of dark, and a travel carrier for the vet, and honestly I'd do a DNA sex test so you know what you've got. We do all of that as a package at R11,500, a saving of nearly two thousand."),
        c("Eleven thousand? No, no. That is more than my rent.", "no_money"),
        t("Understood, understood. We also do three months interest-free. So what I'm hearing is budget's the main thing, and the Palace on three payments works great for people in your situation. Shall I get the paperwork?"),
        c("No, thank you. I'm just looking today.", "brush_off"),
    ],
))

# 2. closing_as_open_question -- Birmingham pet insurer, renewal price rise
o = c("Hi, my renewal's come through for my two cats and it's gone up from thirty-one pound to fifty-two a month. Why's it gone up that much?", None)
PAIRS.append(gpair(
    "b205g_uk_birmingham_insurance_cat_renewal", "pet insurer renewals line, Birmingham (UK)", "closing_as_open_question",
    "A policyholder queries a big renewal rise for two ten-year-old cats, one of whom was diagnosed with an overactive thyroid.",
    good=[
        o,
        t("That's a big jump, I can see why you're asking. Let me have a look. Did either of the cats have a claim this year?"),
        c("Yeah, Pepper had her thyroid diagnosed in June. We claimed for the tests and her tablets.", None),
        t("Thank you. So part of the rise is Pepper's thyroid claim, and part is both cats turning ten, which puts them in the senior band. The good news is her thyroid stays covered on this policy, so her tablets keep being paid for. With a new insurer it would be excluded as pre-existing. Does that make sense?"),
        c("I get that, but fifty-two a month is a lot. The comparison sites are showing me new policies at thirty-five.", "too_expensive"),
        t("They may well be, but check whether the thyroid would be covered on those. For Pepper it almost certainly wouldn't, and her tablets are about £40 a month on their own. One option is to keep Pepper with us and price Milo separately elsewhere, since he's never claimed. Would you like me to split them so you can see each cat's price?"),
        c("Oh, I didn't know you could do that. Yeah, split them.", None),
        t("Pepper on her own is £33.80 and Milo is £18.20. I'll email you both figures. Nothing changes until your renewal date on the 20th, so you've got time to compare Milo's."),
        c("Great, that helps. Thanks.", None),
    ],
    gaming=[
        o,
        t("I hear you, and I really value our relationship. Before we go into the detail, how would you like to pay for your renewal? Shall I keep it on the same direct debit?"),
        c("I haven't agreed to renew yet. I'm asking why it's gone up.", None),
        t("Absolutely. The rise reflects the cats' age and a claim. Now, what would it take for you to stay with us today?"),
        c("A lower price, to be honest. I can get thirty-five quid on the comparison sites.", "too_expensive"),
        t("Great insight. So what would you say is stopping you from locking in your renewal at fifty-two right now, while I'm on the phone?"),
        c("The fifty-two pounds is stopping me. And I want to talk to my partner first.", "think_it_over"),
        t("Totally. And once you've spoken to your partner, would you prefer me to call back at six or at seven tonight to take the payment details?"),
        c("Neither, thanks. I'll ring you if we decide.", "brush_off"),
    ],
))

# 3. pitch_as_paraphrase -- Florida vet, old cat drinking a lot
o = c("Hi, my cat Oliver's fifteen and he's been drinking a ton of water lately, like emptying the bowl. My neighbor said I should get bloodwork done?", None)
PAIRS.append(gpair(
    "b205g_us_florida_vet_senior_cat_thirst", "veterinary clinic, St. Petersburg, Florida (US)", "pitch_as_paraphrase",
    "A retired owner on a fixed income describes classic signs of illness in a fifteen-year-old cat.",
    good=[
        o,
        t("Your neighbor's right that it's worth checking. How long has he been drinking more, and have you noticed anything else, peeing more, weight change, appetite?"),
        c("Maybe three weeks? And the litter box is soaked, I'm scooping giant clumps. He seems hungry all the time but he's kinda bony.", None),
        t("So three weeks of drinking a lot, big clumps in the litter, hungry but getting thinner. At fifteen those signs can point to a few things, kidneys, thyroid, diabetes, and bloodwork is how the doctor tells them apart. I'd book an exam with a senior blood panel and a urine test. Could you bring him in this week?"),
        c("What's that gonna run me? I'm retired, I'm on a fixed income.", None),
        t("The exam is $68 and the senior panel with urine is $185, so about $253 total. If that's hard all at once, we can do the exam and blood first and add the urine later, or set up a payment plan at the front desk."),
        c("Two fifty's a lot. But if he's sick, he's sick. Can you do Wednesday?", "too_expensive"),
        t("Wednesday at 10:40 with Dr. Alvarez. Try to catch a little urine if you can, I'll text you how, and no food after midnight."),
        c("Okay, I'll try. Thank you, honey.", None),
    ],
    gaming=[
        o,
        t("Absolutely, I'd love to help! What's going on with Oliver?"),
        c("He's drinking a ton, peeing big clumps, and he's hungry but bony.", None),
        t("Okay, so what you're telling me is you're looking for our Senior Gold Wellness plan at $59 a month, which includes two blood panels a year. Is that right?"),
        c("No, I'm telling you my cat's drinking too much. I don't want a plan, I want him looked at.", "no_need"),
        t("I hear you. So what I'm hearing is you want him looked at regularly, which is exactly what Senior Gold gives you, twelve months, locked in. Did I get that right?"),
        c("Twelve months at fifty-nine dollars? I'm on a fixed income, I can't sign up for that.", "no_money"),
        t("Totally understood, so it sounds like budget matters and you'd like the Senior Silver at $42 instead, is that correct?"),
        c("No. Just book the bloodwork, no plan. Or I'll go to the clinic on Gulf Boulevard.", "no_need"),
    ],
))

# 4. upsell_as_loop_closing -- Gqeberha boarding kennels, two Staffies over December
o = c("Hi there, I'd like to book two weeks over December for my two Staffies, Bruno and Zara. Sixteenth to the thirtieth.", None)
PAIRS.append(gpair(
    "b205g_za_gqeberha_kennels_december_staffies", "boarding kennels, Gqeberha (South Africa)", "upsell_as_loop_closing",
    "A returning customer books a December stay for two Staffordshire bull terriers; one went off her food last year.",
    good=[
        o,
        t("Hi! Let me check December... yes, I have a double run free for those dates. They stayed with us last year, didn't they? Do they share a bed at home?"),
        c("Ja, they were here last year. They sleep together, Zara gets anxious without him.", None),
        t("Then we'll keep them together. Last year's notes say Zara didn't eat well for the first two days. Is that what you saw too?"),
        c("Ja, she went off her food. She came home a bit thin, actually.", None),
        t("That's useful. This time bring her own food and a blanket that smells of home, and we'll weigh her when she arrives and when you collect. If she skips two meals, we'll phone you. The double run is R380 a night, so R5,320 for the fourteen nights."),
        c("Shoo, December prices. Last year was cheaper.", "too_expensive"),
        t("It went up by R30 a night in July, the same for every run. I can't change that, but there's no deposit until the first of December, so you can hold it now and cancel free until then."),
        c("Okay, hold it. I'll pay the deposit on the first.", None),
    ],
    gaming=[
        o,
        t("Lovely, you're booked in! Now, just so we've closed the loop on everything Bruno and Zara need, what else can I add for you? Our Pool Party package is R90 a day per dog."),
        c("Um, no, they don't like water.", "no_need"),
        t("No problem! And to make sure their needs are fully met, shall I add webcam access at R250 for the stay, so you can watch them from your holiday?"),
        c("Maybe, I don't know. What I want to know is whether Zara's going to eat. She came home thin last year.", None),
        t("Absolutely. Is there anything else I can add? Our gourmet menu, R65 a day, is really popular with fussy eaters. And a daily cuddle session at R50?"),
        c("Each of those is every day? That would double the bill. No thanks, just the run.", "too_expensive"),
        t("Perfect! Anything else before I send the invoice? A going-home bath is R180 each."),
        c("No. Just the run.", "no_need"),
    ],
))

# 5. leading_tag_questions -- Manchester dog trainer, ex-racing greyhound lunging
o = c("Hiya. We adopted a greyhound six weeks ago, Luna, and she's fine at home but she lunges at small dogs on walks. It's getting embarrassing, to be honest.", None)
PAIRS.append(gpair(
    "b205g_uk_manchester_trainer_greyhound_lunging", "dog trainer and behaviourist, Manchester (UK)", "leading_tag_questions",
    "New adopters of an ex-racing greyhound ask for help with lunging at small dogs; they stopped using the muzzle from the rescue.",
    good=[
        o,
        t("Hi. Six weeks is still early days for an ex-racer. When she lunges, what does it look like, is she barking, going stiff, trying to chase?"),
        c("Not barking. She goes rigid, stares, and then launches. My partner nearly went over last week.", None),
        t("That sounds more like chasing than fear. A lot of ex-racers have a strong urge to chase small dogs. Is she muzzled on walks?"),
        c("The rescue gave us a muzzle, but it felt a bit cruel, so we stopped using it.", None),
        t("I understand, lots of people feel that way. Honestly, for now I'd put it back on, it keeps the small dogs safe while you work on this. I'd start with a one-to-one session at your house, £65, so I can see her on your usual route. How does that sound?"),
        c("Sixty-five for one session is quite a lot. The rescue does a free group class on Sundays.", "too_expensive"),
        t("The rescue class is a good start, and it's free, so go to that. If she's still lunging in a month, ring me and we'll do the one-to-one then. Meanwhile, cross the road early when you see a small dog, before she fixes on it."),
        c("That's really fair of you. I'll try that, and the muzzle.", None),
    ],
    gaming=[
        o,
        t("Hiya! She'll need our six-week residential board-and-train, won't she? You'd want her sorted properly, wouldn't you?"),
        c("Residential? She's only just settled in with us. I don't want to send her away.", "no_need"),
        t("Of course, but you don't want her to be a danger to small dogs, do you? And you'd agree a professional can do in six weeks what takes an owner a year, wouldn't you?"),
        c("I suppose. How much is it?", None),
        t("It's £2,400, and that's a worthwhile investment in her future, isn't it? You'd rather pay once than keep being embarrassed, wouldn't you?"),
        c("Two thousand four hundred? We haven't got that, we've only just paid the adoption fee and a new bed and coat for her.", "no_money"),
        t("But you'd agree she deserves the best, wouldn't you? We do a payment plan, so that's sorted, isn't it?"),
        c("No, it's not sorted. I'll have a chat with my partner and let you know.", "think_it_over"),
    ],
))
