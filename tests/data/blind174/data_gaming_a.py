"""blind174 gaming pairs A (kinds 1-5), hand-written."""
from common import c, t, gpair

P = PAIRS = []

o = c("Hi, um, ringing about the barn. Any Saturday left next September? About a hundred and twenty.", None)
P.append(gpair(
    "b174g_cotswolds_barn_date", "wedding venue, barn (UK)", "monologue",
    "A bride rings a Cotswolds barn venue about a September Saturday; her mum helps pay.",
    [o,
     t("The 13th and 27th are free. Before I go on, what matters most to you?"),
     c("Honestly? Under twenty grand all in. Mum's helping and I don't want her stressed.", None),
     t("Under twenty all in, no nasty surprises for your mum. Venue only, or food and drink too?"),
     c("Everything. The last place added a service charge at the end and I nearly cried.", None),
     t("Then your quote has service and VAT in: for 120 with food and drinks, about 18,400. Shall I email it and pencil the 13th, no deposit?"),
     c("Yes please, that'd be brilliant. Pencil the 13th.", None)],
    [o,
     t("Great question! The barn is an experience: oak beams, fairy lights, and Platinum gives you the lot, fizz, three courses, buffet, DJ booth..."),
     c("Sorry, is September actually-", None),
     t("I'll come to that! Most couples choose Platinum, 26,500 for 120. Plus fireworks, late licence, brunch..."),
     c("Twenty-six? That's way over what we've got. We said twenty all in.", "no_money"),
     t("I totally hear you! Couples say that, then see the value. Gold is 23,900, keeps the fireworks..."),
     c("You still haven't said if you've got a date. Forget it, I'll try somewhere else.", None)]))

o = c("hey saw your page. do you play latin stuff? half our guests are puerto rican and they will riot if its all top 40 lol", None)
P.append(gpair(
    "b174g_orlando_dj_latin", "wedding DJ (US)", "monologue",
    "Instagram DM from a Florida groom who needs a DJ for a bilingual family wedding.",
    [o,
     t("Ha, let's avoid a riot! Yes, lots of salsa, bachata and reggaeton. When's the wedding and how many people?"),
     c("june 14 next year, around 150. venue is in orlando", None),
     t("I'm free that date. Latin all night, or sets that switch so both families get the floor?"),
     c("switching i think. my side is from ohio they just want sweet caroline lol. whats the price tho, someone quoted 1800", None),
     t("Switching sets, Sweet Caroline included. Five hours with lights and a bilingual MC is 1,950. Want a sample mix and a must-play form?"),
     c("yeah send it, ill show my fiancee and get back to you", "think_it_over")],
    [o,
     t("Hey!! We're Orlando's #1 party experience, 400+ weddings, ALL genres, uplighting, cold sparks, 360 booth, Diamond is all of it for 3,400!!"),
     c("ok but do you actually know salsa or just despacito", None),
     t("We know EVERYTHING lol. Cold sparks on the first dance are the highlight of the whole experience. Want the contract?"),
     c("3400 is almost double what the other guy quoted", "too_expensive"),
     t("Totally get it but you get what you pay for! Other DJs press play, we create a success story. 3,100 if you book this week"),
     c("youre not listening man. never mind", None)]))

o = c("Right. We've been told peonies in May cost a fortune, so before we go any further, what are we looking at?", None)
P.append(gpair(
    "b174g_leeds_florist_peonies", "wedding florist (UK)", "closing_as_open_question",
    "A paying father and his daughter visit a Leeds florist.",
    [o,
     t("Fair place to start. It depends what you need. How many bouquets, and tables too?"),
     c("Her bouquet, three bridesmaids, buttonholes and twelve tables. Sophie wants it all peonies.", None),
     t("Sophie, is it the peony you love, or the big soft look? I can get that look for less with garden roses."),
     c("It's the look really. And the pink. Dad's worried about the price, he won't say so, but he is.", None),
     t("Honest option: peonies in your bouquet only, roses elsewhere. About 1,450, not 2,300. I'll write up both to compare at home."),
     c("That's very reasonable. Write both up, we'll go over them at the weekend.", "think_it_over")],
    [o,
     t("Great question! What would it take for us to get your date in the diary today?"),
     c("Steady on. Just jot a price down and we'll be off.", "brush_off"),
     t("Of course. And if the price is right, how would you like to secure it, card or bank transfer?"),
     c("I don't know the price yet. Her bouquet, three bridesmaids, twelve tables. All peonies.", None),
     t("Lovely. All peonies is about 2,300. So which suits you better, the deposit now or by Friday?"),
     c("Two thousand three hundred for flowers that'll be dead by Monday? No. We'll look elsewhere.", "too_expensive")]))

o = c("Hi, so our photographer just... cancelled. Six weeks before the wedding. She's moving to Denver. I'm kind of freaking out.", None)
P.append(gpair(
    "b174g_napa_photographer_cancelled", "wedding photographer (US)", "closing_as_open_question",
    "A bride phones after her photographer quit six weeks before a Napa vineyard wedding.",
    [o,
     t("Oh no, I'm so sorry, that's horrible six weeks out. What's the date and where?"),
     c("October 12th, a vineyard near Napa, ceremony at four. We'd paid her 1,200 and she says it's non-refundable.", None),
     t("October 12th, Napa, four o'clock, and maybe 1,200 gone. I'm free. Before price, what did you love about her work?"),
     c("Natural, lots of candids. But I'm scared this happens again. How do I know you won't bail?", "bad_experience"),
     t("Fair worry. My contract names a backup; if I can't shoot, full refund plus the backup free. I'll send it tonight. Read it before deciding."),
     c("Okay. That helps a lot. I'll read it with Marco tonight.", "think_it_over")],
    [o,
     t("So sorry! What would make you confident enough to book with me right now, on this call?"),
     c("I don't know, I found you ten minutes ago. It's October 12th, in Napa.", None),
     t("Perfect, I have it open. How would you like to handle the retainer today, Venmo or card?"),
     c("Wait, what's your price? And what if you cancel too? That's literally what just happened to me.", "bad_experience"),
     t("I totally understand that experience. What would you need to hear to lock it in before we hang up?"),
     c("An actual answer would be nice. I'm going to keep looking.", None)]))

o = c("Alright mate. Suits for me and four groomsmen, August. Nothing flash, we're skint, registry office and a pub do.", None)
P.append(gpair(
    "b174g_bristol_suithire_groomsmen", "suit hire shop (UK)", "pitch_as_paraphrase",
    "A groom walks into a Bristol suit hire shop for five suits.",
    [o,
     t("Nice, sounds a good day. Smart but relaxed, then. What budget per person?"),
     c("Under eighty each. One mate's six foot six, twenty stone, never found a hire suit that fits.", None),
     t("Under eighty, and your big mate first. We go up to a 60 chest, long leg. Navy lounge suit with tie is 69. Can he come in Saturday?"),
     c("Saturday's no good, he works weekends. Thursday evening maybe.", "no_time"),
     t("Thursday's fine, we're open till seven. I'll book him for six and measure you lot too."),
     c("Sorted. Cheers.", None)],
    [o,
     t("Love that. So what I'm hearing is you want our Heritage three-piece tweed at 145 a head, is that right?"),
     c("No, I said nothing flash. Registry office and the pub.", "no_need"),
     t("Got you. So what you need is relaxed but premium, Heritage without the waistcoat, 125. Did I understand you correctly?"),
     c("That's still way more than we've got. Eighty each, tops.", "no_money"),
     t("So playing that back, the look matters more than budget, which makes Heritage the right fit. Shall I measure you up?"),
     c("I never said that. We'll try the place by the station, cheers.", None)]))

o = c("Hello, I'm planning a wedding for a client, May 3 in Austin, 90 guests. A third are vegan and two have severe nut allergies. Can you handle that?", None)
P.append(gpair(
    "b174g_austin_caterer_allergies", "wedding caterer (US)", "pitch_as_paraphrase",
    "A planner emails an Austin caterer about vegan guests and nut allergies.",
    [o,
     t("Hi, yes, we do a lot of plant-based menus. Tree nuts, peanuts or both, and should the whole menu be nut-free?"),
     c("Both, one guest carries an EpiPen. The couple want everything nut-free so nobody has to think about it.", None),
     t("So 90 guests, about 30 vegan, all nut-free including dessert. Plated or family style, and what per-head range?"),
     c("Family style. They said 75 a head max, but they're hoping for less.", None),
     t("Family style, nut-free, with a vegan main for everyone, is about 68 a head. I'll send a draft menu and our allergen procedure."),
     c("Perfect, please send both. I'm seeing them Thursday.", None)],
    [o,
     t("Great question! So what I'm hearing is you need our Signature Harvest package, 95 per head with carving station, correct?"),
     c("Not sure where you heard that. A third are vegan, and a carving station is meat.", "no_need"),
     t("Absolutely. So you're really saying Signature Harvest plus our Garden Add-On for vegans, 18 extra per head, right?"),
     c("No. And that's well over what they can spend. What about the nut allergies?", "no_money"),
     t("So to summarize your needs: Harvest, Garden Add-On and our nut-aware dessert bar. Send the contract?"),
     c("Nut-aware is not nut-free. I'll use another caterer, thanks.", None)]))

o = c("Hiya, wedding's in my parents' garden in Devon, end of June, about eighty people. Need a marquee. Obviously worried about rain.", None)
P.append(gpair(
    "b174g_devon_marquee_garden", "marquee hire (UK)", "upsell_as_loop_closing",
    "A bride phones a Devon marquee company about a garden wedding for eighty.",
    [o,
     t("Lovely, and in Devon planning for rain is sensible. How big is the lawn, and is it flat?"),
     c("About thirty metres by twenty. Slopes at the bottom. Dad's insisting on doing the lawn himself, don't ask.", None),
     t("That takes a 9 by 18 metre marquee. With sides, a floor for wet grass and lighting, around 5,800. Does that fit your plans?"),
     c("Bit more than we hoped, to be honest. We had five in our heads.", "too_expensive"),
     t("Fair. Keep the floor, for the rain. Drop the starlight lining, use your own festoon lights, about 5,100. I can walk the lawn with your dad first."),
     c("Yeah, do that. Dad'll love showing you his lawn.", None)],
    [o,
     t("A 9 by 18 is 5,800. Before we wrap up, what else can I add to make your day complete? Most couples add a chill-out tent."),
     c("Um, no, the marquee's enough. We're already over what we'd set aside.", "no_money"),
     t("Totally. Just to close the loop, anything else you need? Our heated dance floor is popular, only 900."),
     c("No, honestly, we're fine. Can you just send the marquee quote?", "no_need"),
     t("Of course! Last thing so you're fully looked after: shall I add the luxury loo trailer? Guests notice it."),
     c("I've said no three times. Actually, don't bother with the quote.", None)]))

o = c("Hi! I'm here to pick up my dress? Alvarez. Final fitting. The wedding's in nine days, I'm a little nervous.", None)
P.append(gpair(
    "b174g_phoenix_bridal_final_fitting", "bridal shop (US)", "upsell_as_loop_closing",
    "A bride's final fitting at a Phoenix bridal shop, nine days out.",
    [o,
     t("Hi! Nine days, exciting. Let's get you into it. Did you bring your shoes for the day?"),
     c("Yes, these. Last time the hem dragged, so I'm scared. And our budget's pretty much spent, just so you know.", None),
     t("Walk to the mirror and back for me. How's the hem now, and the bodice when you sit?"),
     c("Hem's perfect. Bodice is a tiny bit loose when I sit. Is there time to fix that?", None),
     t("That's part of your alteration package, no charge. Our seamstress takes it in today, ready Thursday. Does that work?"),
     c("Thursday's great. Thank you, seriously.", None)],
    [o,
     t("Hi! Before you go, what else can I add to complete your bridal experience? Veils are on special."),
     c("I'm wearing my grandma's veil. I just need to check the hem, it was dragging.", "no_need"),
     t("Hem looks fine! Just to close the loop, anything else for the big day? Our preservation box keeps it forever, 289."),
     c("Maybe another time. The bodice feels loose when I sit though, can someone look?", "brush_off"),
     t("Totally normal! Last thing so you're fully taken care of: our shapewear fixes exactly that, only 95. Add it?"),
     c("I'm not buying shapewear to fix your alteration. I want the seamstress.", "no_need")]))

o = c("Hi. Fiancée wants a videographer, I'm not convinced. What do you charge for ceremony and speeches?", None)
P.append(gpair(
    "b174g_york_videographer_groom", "wedding videographer (UK)", "leading_tag_questions",
    "A sceptical groom emails a York videographer at his fiancée's request.",
    [o,
     t("Hi, thanks for the honest start. It's 950. What makes you unsure? Then I can say if it's worth it."),
     c("We've got a photographer already and I can't see what video adds. Plus I hate being filmed.", "no_need"),
     t("Fair enough, plenty of grooms feel that. Do you know what your fiancée wants from it?"),
     c("Her gran's ninety-one and can't travel. She wants her to see the vows and hear her dad's speech.", None),
     t("So it's for her gran, not a cinematic film. The 950 edit covers that, and I stay at the back. Talk it over; I'll hold the date."),
     c("That's fair. I'll talk to her tonight.", "think_it_over")],
    [o,
     t("Hi! You'll want the full-day film, won't you? Ceremony-only always feels like something's missing."),
     c("No, I said ceremony and speeches. I'm not even sure we need that.", "no_need"),
     t("But you don't want to regret it in twenty years, do you? It's what couples wish they'd spent more on, isn't it?"),
     c("Maybe. It's still money we haven't really got.", "no_money"),
     t("And a drone shot is worth it for a once-in-a-lifetime day, wouldn't you say? Full day with drone is 2,400."),
     c("No, I wouldn't. We'll leave it.", "no_need")]))

o = c("Hello, I am calling for my daughter wedding. She like your rooftop very much. But if it rains what happens? Guests are 110 people.", None)
P.append(gpair(
    "b174g_chicago_rooftop_rainplan", "rooftop event venue (US)", "leading_tag_questions",
    "The paying mother of the bride, English her second language, phones a Chicago rooftop venue.",
    [o,
     t("Hello, thank you for calling. It's a good thing to worry about. When is it, and are ceremony and dinner both on the roof?"),
     c("Next year, April 26. Both, she want everything outside. I am paying, so I want no surprise.", None),
     t("April can be wet. We decide at noon the day before; if rain, all moves to our glass room, same price. Would you like to see it?"),
     c("Yes, I want see it. But first I talk with my husband about the money.", "think_it_over"),
     t("Of course. I'll email the full price, and you can both visit any weekday at 5. Which day suits?"),
     c("Thursday is good. Thank you, you explain very clear.", None)],
    [o,
     t("Hello! You'll want the rooftop with tent backup, won't you? Every smart mother of the bride chooses that."),
     c("I don't know what is tent backup. How much?", None),
     t("It's 3,500 extra, but you don't want your daughter crying in the rain, do you?"),
     c("3,500 more is too much for a tent. The inside room is not enough?", "too_expensive"),
     t("Inside is fine for some families, isn't it, but you want the best for her, don't you? Shall I add the tent?"),
     c("You make me feel like bad mother. I will talk with my husband.", "think_it_over")]))
