"""Gaming pairs, part A (blind95): 10 pairs, kinds 1-10."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - HVAC, Tulsa
o = c("Yeah, hi, this is Earl Whitley out on East 41st. My air's been blowin' warm since Sunday and they're sayin' a hundred and two by Thursday. Can somebody come look at it?", None)
PAIRS.append(gpair(
    "b95g_tulsa_ac_blowing_warm", "HVAC repair, Tulsa, Oklahoma", "monologue",
    "A retiree calls an HVAC company because his air conditioner is blowing warm before a heat wave.",
    good=[o,
          t("Mr. Whitley, we can get somebody out. Let me ask a couple things so the tech brings the right parts. Is the outside unit running at all? You hear it humming, see the fan on top turning?"),
          c("It hums. Fan up top ain't turnin' though. I poked it with a broom handle like my neighbor said and it kinda started, then quit.", None),
          t("That's real useful, and please don't poke it again, there's a lot of voltage in there. A hum with a fan that won't start is very often a capacitor, which is a small part, not a whole system. How old is the unit, do you know?"),
          c("Put it in the spring of '09, I believe. Now listen, the last outfit I had out here charged me ninety dollars to look and then told me I needed an eleven-thousand-dollar system. I ain't doin' that again.", "bad_experience"),
          t("I hear you. You paid to be told a big number. Here's how we do it: the visit is $79, and if you go ahead with the repair that 79 comes off. The tech writes down the repair price before touching anything. If it's a capacitor you're looking at around two hundred all in. Replacement only comes up if the repair doesn't make sense, and even then it's your call."),
          c("Well. That sounds a little more honest. Can y'all come tomorrow? I got my heart doctor at ten in the mornin'.", None),
          t("I've got a one-to-three window tomorrow afternoon, and the tech'll text you thirty minutes ahead. Meanwhile switch the thermostat to off so the compressor isn't straining. Does one to three work?"),
          c("One to three's fine. Thank you, young lady.", None)],
    gaming=[o,
            t("Thanks so much for reaching out, Mr. Whitley, great question! What's going on with your comfort today? Actually, let me tell you where we're at, because most systems on your side of town are pushing fifteen years, and those older units use R-22, which they don't even make anymore. So really you're looking at our 18 SEER variable-speed system with the Wi-Fi thermostat, a ten-year parts warranty and our Comfort Club."),
            c("Hold on now, I just need somebody to come look at it. Fan ain't spinnin'.", None),
            t("Absolutely, I hear you. And a fan that won't spin is usually the first sign a whole system is failing. That's why we recommend a whole-home approach. With 0% for eighteen months, it's about $189 a month for the condenser, coil and air handler, and we'll throw in duct sealing. Customers say it's the best experience they've had. What questions do you have?"),
            c("A hundred eighty-nine a month? I'm on Social Security, son. I can't be payin' that.", "no_money"),
            t("Totally understand, and that's exactly why the financing exists. With the utility rebate it practically pays for itself. Plus the Comfort Club gives you two tune-ups a year, priority service and fifteen percent off parts. Does that make sense? So let me get a comfort advisor out there Thursday to go over options."),
            c("Thursday? It's gonna be a hundred and two Thursday. Can somebody come tomorrow or not?", None),
            t("Our comfort advisors are booked till Thursday, but honestly the advisor visit is the best experience because they measure the whole house. I'd hate for you to patch a unit that'll die next summer anyway. Anything else I can answer for you?"),
            c("No ma'am. I'll call my nephew's guy.", None)]))

# 2 closing_as_open_question - car title loan, Jackson MS
o = c("Hey. Y'all do title loans on a 2014 Camry? I need about six hundred dollars, transmission went out on my daughter's car.", None)
PAIRS.append(gpair(
    "b95g_jackson_title_loan_camry", "Car title loans, Jackson, Mississippi", "closing_as_open_question",
    "A night-shift nursing assistant asks about a title loan on her paid-off car to fix her daughter's transmission.",
    good=[o,
          t("We do. Before I run numbers: is the Camry in your name, paid off, and is it the car you drive to work?"),
          c("It's mine, paid off. I drive it to the hospital, I'm a CNA on nights. That's why I can't lose it.", None),
          t("Then let me be straight about cost first. On six hundred, our fee is twenty-five percent a month, so you'd owe $750 in thirty days. If you can't pay it all, rolling it over costs another $150 each month. When's your next check, and how much of it could go to this?"),
          c("Lord. A hundred fifty just to hold it over? That's a lot on six hundred dollars.", "too_expensive"),
          t("It is, and I'd rather you hear that from me now. Working at the hospital, do y'all have an employee credit union? A lot of them do small loans for a fraction of this. If they can't help, come back and we'll write a payoff plan down so it doesn't roll."),
          c("We got one, I just never went in. Let me go by there on my break tonight and see what they say first.", "think_it_over"),
          t("Good plan. Here's my card with the numbers on the back, $600 and $750 payoff at thirty days, so you can compare apples to apples. If they say no, call me and it takes about twenty minutes."),
          c("Alright. Thank you for not just shovin' papers at me.", None)],
    gaming=[o,
            t("We sure do! So tell me, what would it take for you to drive out of here with that cash today?"),
            c("Well, I need to know what it's gonna cost me first. I'm a CNA, I can't lose that car.", None),
            t("Absolutely, and I appreciate you sharing that. What's most important to you, getting the cash fast or getting it easy? Because we do both. How would you like it, cash or prepaid card?"),
            c("I ain't said yes. What's the interest?", None),
            t("Great question. It's a simple monthly fee, most folks barely notice it. Now, which works better for your first payment, the first or the fifteenth?"),
            c("You still ain't told me the number. My cousin got one of these and ended up payin' two thousand on a five-hundred-dollar loan.", "bad_experience"),
            t("I hear you, every situation's different. So how would you like to move forward: should I grab the keys for the inspection while you start the form?"),
            c("No. I need to talk to my husband before I sign anything on that car.", "think_it_over"),
            t("Totally understand. What would need to happen for you to feel comfortable signing before you leave, though?"),
            c("You tellin' me the number is what. I'm gone.", None)]))

# 3 pitch_as_paraphrase - cable TV, Dayton OH
o = c("Yes, hello. My name is Doris Kemper. My cable bill went from ninety-eight dollars to a hundred and forty-one and nobody told me. I'd like it lower, please.", None)
PAIRS.append(gpair(
    "b95g_dayton_cable_bill_jump", "Cable TV and internet, Dayton, Ohio", "pitch_as_paraphrase",
    "A widowed retiree calls because her cable bill jumped after a promotion ended.",
    good=[o,
          t("Mrs. Kemper, let's look at it together. A twelve-month promotion ended in March, that's the jump. Before I suggest anything, what do you watch, and is anybody else in the house using it?"),
          c("Just me since Walt passed. The local news, Wheel of Fortune, and the Reds. And I do the FaceTime with my granddaughter on the internet.", None),
          t("So local channels, the Reds, and internet good enough for video calls. Right now you pay for about two hundred channels. The Local package plus the regional sports add-on covers all three for $38, internet stays $55, so around $93 with fees. The catch: you'd lose HGTV and Hallmark, if those matter."),
          c("Hallmark I'd miss a little around Christmas. But not forty dollars' worth.", None),
          t("Fair enough. There's no contract on the Local package, so you could add Hallmark back just for December. Want me to make the change? It'd show on your May bill, and I'll email you the price in writing."),
          c("Yes, do that. And put it in writing, I've been burned by 'promotions' before.", None),
          t("Done. You'll get the email within the hour: $93.40 a month, no end date. Anything else on the bill you'd like me to go over?"),
          c("No, that's everything. You've been a big help.", None)],
    gaming=[o,
            t("I completely understand, Mrs. Kemper. To make sure I serve you best, what do you enjoy watching?"),
            c("The local news, Wheel of Fortune, and the Reds. That's about it. And I FaceTime my granddaughter.", None),
            t("Wonderful. So what I'm hearing is you're a real sports fan who wants the best picture, so what you need is our Ultimate Sports Plus with the 4K box at $164 a month, is that right?"),
            c("No, honey, I said I want the bill lower. That's higher.", "too_expensive"),
            t("Got it. So if I'm understanding you correctly, what matters most to you is value, which is why customers like you choose the Triple Play with home phone and Gig internet at $129. Did I get that right?"),
            c("I don't need a home phone. I have the cell phone my son got me.", "no_need"),
            t("Perfect, so just to play that back: staying connected with family is your priority, so the Gig internet with the mesh Wi-Fi at $149 is really what you need, correct?"),
            c("That is not what I said at all. I'll go down to the store on Wilmington Pike and talk to a person.", None)]))

# 4 upsell_as_loop_closing - feed store, Bowling Green KY
o = c("Mornin'. I need two bags of layer pellets. And my hens have about quit layin' on me, so if you got anything for that.", None)
PAIRS.append(gpair(
    "b95g_bowlinggreen_feed_hens", "Feed and farm store, Bowling Green, Kentucky", "upsell_as_loop_closing",
    "A farm wife buys layer feed and mentions her hens have stopped laying.",
    good=[o,
          t("Two bags of the 16% layer, I'll get those loaded. On the hens: how many you got, how old, and when did they slow down?"),
          c("Eleven of 'em, mostly two years old. Been about three weeks. Feathers all over the coop, looks like a pillow fight.", None),
          t("Feathers everywhere in the fall on two-year-olds, that sounds like molt. They put everything into growing new feathers and stop laying a while. It's normal, nothing you need to fix with a product. Are they eating and acting alright otherwise?"),
          c("Eatin' fine. Just look ragged. So I don't need to buy nothin' special?", None),
          t("Not really. Some folks switch to a higher-protein feed during molt, our 20% all-flock is $2 more a bag, but with eleven hens your layer pellets will do. Have you got oyster shell for them?"),
          c("Got a half bag at home still. I'll just wait 'em out then.", "no_need"),
          t("That's what I'd do. If they haven't picked back up in six or eight weeks, come see me and we'll look at light and worms. Two bags, that's $39.98."),
          c("Appreciate you. Put it on the farm account.", None)],
    gaming=[o,
            t("You bet, two bags of layer pellets. Now, to make sure we've covered everything you need today, what else can I add for you? Our layer booster supplement is $14.99 and really helps production."),
            c("Well, I don't know what's wrong with 'em yet. They're two years old, losin' feathers all over.", None),
            t("Great info, thank you. And just closing the loop on your flock's needs, would you like the mealworm treat bucket too? Hens love it, and it's on special at $24."),
            c("They get kitchen scraps. That's plenty.", "no_need"),
            t("Understood! Before I ring you up, is there anything else we can add to make today a success? The heated waterer goes fast once it frosts, and the coop light timer makes a nice bundle with it."),
            c("I asked about the layin'. Nobody's answered me.", None),
            t("Absolutely, and that's why the booster is so popular. Let me just confirm: two bags, the booster, and the waterer bundle. Anything else I can add before we finish up?"),
            c("Just the feed. I'll ask at the co-op about the hens.", "no_need")]))

# 5 leading_tag_questions - RV dealer, Branson MO
o = c("Afternoon. Me and Carol just retired and we're thinkin' about a camper. Lookin' at that big fifth wheel out front.", None)
PAIRS.append(gpair(
    "b95g_branson_rv_fifth_wheel", "RV dealership, Branson, Missouri", "leading_tag_questions",
    "A newly retired couple walk onto an RV lot drawn by a large fifth-wheel trailer.",
    good=[o,
          t("Congratulations on the retirement. That fifth wheel's a beauty. Before y'all fall in love with it, what are you pulling with, and where do you picture taking it?"),
          c("F-150, a '19. State parks mostly. Maybe go see the grandkids in Colorado a couple times a year.", None),
          t("That matters a lot. That fifth wheel is about 12,000 pounds loaded. Your F-150 would need a special hitch, and honestly it'd be over what the truck should pull, especially over the Rockies. And a lot of state park sites top out around 30 feet. Can I show you a couple of 24- to 28-foot travel trailers your truck handles comfortably?"),
          c("Thing is, last camper we had, back in the nineties, was a bumper-pull and it leaked at every seam. I swore off 'em.", "bad_experience"),
          t("That's a fair worry, older trailers were bad for that. Let me show you the roof and seams on this 26-footer and the sidewall warranty. It's got the rear kitchen with the big window Carol might like. Sit in both, no pressure."),
          c("Alright, we'll look. We ain't buyin' today, mind you. Want to see a couple other lots first.", "think_it_over"),
          t("That's smart. I'll write the tow weights for each on the brochure so you can compare wherever you go. If you come back, ask for me and I'll have one hooked to a truck like yours for a test pull."),
          c("That's mighty fair. Let me go find Carol.", None)],
    gaming=[o,
            t("Congratulations, folks! Tell me about your dream retirement. You'll want the fifth wheel with the island kitchen, won't you?"),
            c("Well, Carol liked the kitchen. I don't know what it weighs though. We got an F-150.", None),
            t("I totally hear you. The F-150's a great truck, it'll pull just about anything, won't it? And you two deserve some room after all those years of work, don't you?"),
            c("I reckon. I just don't want to be white-knuckle on I-44. Last camper we had leaked every time it rained, so I'm a little gun-shy.", "bad_experience"),
            t("That makes sense, and that's exactly why you'll want the premium model, right? New beats old, doesn't it? And you'd rather pay a little more now than have problems later, wouldn't you?"),
            c("I'd rather know if my truck can pull it. You ain't told me the weight.", None),
            t("It's all in the spec sheet, don't worry. Most folks in your situation add the extended service plan too, that's just common sense, isn't it? Shall we go sit down and look at numbers?"),
            c("No sir. We're gonna go think on it. Come on, Carol.", "think_it_over")]))

# 6 putdown_question - pest control, Baton Rouge
o = c("Hey, how y'all doin'. I got bugs with wings comin' out by my bathroom window, hundreds of 'em last night. I think they termites, me.", None)
PAIRS.append(gpair(
    "b95g_batonrouge_termite_swarm", "Pest control, Baton Rouge, Louisiana", "putdown_question",
    "A young homeowner calls after a swarm of winged insects appeared near his bathroom window.",
    good=[o,
          t("Sorry, that's unsettling to wake up to. Formosan termites swarm around this time of year, usually at dusk toward lights. Did you keep any of them, or notice whether the wings came off?"),
          c("I vacuumed most of 'em, but my wife put some in a Ziploc. Wings long, kinda brownish. A bunch fell off on the windowsill.", None),
          t("Hang on to that bag, it helps us identify them, and wings dropped on the sill does point to termites. Do you know if the house was ever treated? We can send an inspector tomorrow, no charge, and he'll tell you if there's active damage and what treatment would cost."),
          c("When we bought in 2016 they said it was treated. Look, inspection's fine, but if it's thousands I just don't have it right now, not with the baby comin'.", "no_money"),
          t("Understood, and I'd rather you know going in. For a house your size treatment usually runs $1,200 to $2,400, bait or liquid, and we do twelve months with no interest. He'll give you both options in writing. First let's find out what you've got. Morning or afternoon?"),
          c("Mornin', before eight if y'all can. I work at the plant.", None),
          t("7:30 tomorrow. Keep that Ziploc, and don't spray anything on them before he gets there."),
          c("Alright. Thank you, I feel better already.", None)],
    gaming=[o,
            t("Well, let's not panic. You sure they're not just flying ants? What exactly makes you think termites?"),
            c("I don't know, they got wings and it's hundreds of 'em. My neighbor had termites last year.", None),
            t("Okay. And help me understand, have you been keeping the mulch away from the slab, like every homeowner's supposed to? What does your maintenance routine look like?"),
            c("I mean, there's flower beds on that side. My wife planted them. Is that bad?", None),
            t("Great question. What do you think happens when you pile wet mulch against a house in Louisiana? And were you seeing them for a while before you called, or is this really the first time you noticed?"),
            c("It's the first time, man. I called first thing this mornin'. Why you talkin' to me like I did somethin'?", None),
            t("I appreciate your feedback. So what's your timeline for getting an inspection scheduled? It's $150 unless you sign up for treatment."),
            c("A hundred fifty just to look? The company on the radio does it free. I'll call them.", "too_expensive")]))

# 7 not_my_department_or_read_the_terms - credit union, Chaguanas, Trinidad
o = c("good afternoon. my debit card get decline in pricesmart this morning and i have money in the account. wah going on", None)
PAIRS.append(gpair(
    "b95g_chaguanas_cu_card_declined", "Credit union member services chat, Chaguanas, Trinidad", "not_my_department_or_read_the_terms",
    "A member types into the credit union's chat after her debit card was declined at the supermarket.",
    good=[o,
          t("Good afternoon, and sorry about that, it's embarrassing at the checkout. I can check it with you. Could you confirm your member number and the last four digits of the card?"),
          c("member 40211, card ending 7734. i had to leave a whole trolley of groceries by the cashier", None),
          t("Thanks. I see it: there's a fraud hold on the card since last night, because of a TT$2,400 online charge attempt from an overseas site at 2 a.m. Was that you?"),
          c("2 in the morning?? no way i was sleeping. i doh even shop online", None),
          t("Then the hold did its job, the charge didn't go through. I'll block that card and order a new one for the Chaguanas branch, ready after 2 today. I'll also lift the hold on your account so you can withdraw at the counter. Does that work?"),
          c("today cyah work, i working till 6 and allyuh close at 4", "no_time"),
          t("No problem. The card will wait at the branch, and we're open Saturday 9 till 12. Or I can courier it to your home for TT$25. Which do you prefer?"),
          c("saturday good. thanks, you real helpful", None)],
    gaming=[o,
            t("Good afternoon! Thank you for reaching out, we value our relationship with you. How can I help you understand the situation?"),
            c("i just tell you. card decline and i have money. i need to know why", None),
            t("I understand your frustration completely. Unfortunately declines are handled by the cards department, not member services, so that's not something I can see from my side."),
            c("so who i must talk to then? i calling since 9 o'clock", None),
            t("Great question. The cards unit is on the main number, option 4. Also, just so you're aware, section 12 of the cardholder agreement says we can place a hold at any time without notice. It's in the terms you signed when you joined."),
            c("i doh remember no section 12. i just want to buy my groceries. option 4 playing music for forty minutes", None),
            t("I hear you, and I'm sorry for your experience. I didn't make the policy, unfortunately. Is there anything else I can help you with today?"),
            c("you ent help me with nothing yet. i going by the bank to open a account, allyuh too slack", None)]))

# 8 social_proof_or_deadline_pressure - hurricane shutters, Nassau
o = c("Mornin'. I wan' get a price on shutters for my house in Sea Breeze. That last storm had me sittin' up all night with the windows rattlin'.", None)
PAIRS.append(gpair(
    "b95g_nassau_hurricane_shutters", "Hurricane shutters, Nassau, Bahamas", "social_proof_or_deadline_pressure",
    "An older homeowner asks for a price on storm shutters after a frightening storm.",
    good=[o,
          t("Morning. That's a rough night to sit through. How many windows and doors we talking about, and roughly what size?"),
          c("Nine windows, the slidin' door in the back, and the front door. Windows mostly regular, but the slider big.", None),
          t("Okay. People go three ways: storm panels you put up yourself, accordion shutters that stay on the house and just pull across, or roll-downs. Who'd be putting them up when a storm's coming?"),
          c("Just me, and I ain't young no more. Back bad. My son in Freeport.", None),
          t("Then panels probably aren't kind to you, they're cheap but heavy to hang. Accordions on all nine windows and the slider run about $9,800 installed. If that's too much at once, a lot of folks do the slider and the windows facing the water first, panels on the rest."),
          c("Ninety-eight hundred... ooh. That's a lot of money for me right now, boy.", "no_money"),
          t("That's fair. The split option is closer to $5,600. I can come measure for free, write up both, and you decide when you ready. Nothing to sign that day."),
          c("Alright, come Thursday after ten. Then I'll see what the credit union say before I decide.", "think_it_over")],
    gaming=[o,
            t("Good morning! What's most important to you when it comes to protecting your home? I ask because just about everybody on your street has signed with us. The Rolles did their whole house last week."),
            c("Eh? The Rolles? Well, good for them. I just wan' a price first.", None),
            t("Absolutely. For nine windows and the doors, accordions run about $9,800. But that price is only good till Friday. After that the new aluminum shipment comes in at the higher rate, and season starts first of June."),
            c("Friday? I can't find that kind of money by Friday, bey.", "no_money"),
            t("I hear you. I just don't want you to be the only house on Sea Breeze with no protection when the next one comes. Ninety percent of our customers sign at the first visit. Can I put you down for a deposit today to lock the price?"),
            c("You only tryin' to frighten me now. Let me talk to my son first.", "think_it_over"),
            t("Totally understand. Just know that after this week the install crew is booked into September. What would you need to see to decide today?"),
            c("I need to see the door, that's what. Good day.", None)]))

# 9 keyword_stuffed - tax prep, Birmingham AL (text chat)
o = c("got a letter from the irs says i owe 3,100 from 2022. i didnt even make that much extra. yall handle this kind of thing or what", None)
PAIRS.append(gpair(
    "b95g_birmingham_tax_irs_letter", "Tax preparation office, text chat, Birmingham, Alabama", "keyword_stuffed",
    "A wary customer texts a tax office about an IRS notice saying he owes $3,100.",
    good=[o,
          t("We do. Sorry, those letters are stressful. Top right corner there's a notice number, like CP2000. What does yours say, and what's the respond-by date?"),
          c("cp2000. respond by june 14. says i got a 1099-K for 9,400 from paypal i didnt report", None),
          t("Thanks. A CP2000 isn't a bill yet, it's the IRS saying their records don't match your return. What was going through PayPal that year?"),
          c("selling my moms stuff after she passed. furniture, dishes, her sewing machine. i didnt make no profit off it, most of it went for less than she paid", None),
          t("I'm sorry about your mom. That matters a lot: selling personal items at a loss isn't taxable income, but the IRS doesn't know that until someone tells them. We'd write a response listing the items and roughly what they cost. Our fee for a CP2000 response is $175."),
          c("175 to write a letter. idk. last tax place i used messed up my return and i got a penalty", "bad_experience"),
          t("Fair to be wary. You can also answer it yourself, the response form is in the notice. If we do it, you see the draft before it goes, and we pay any penalty caused by our mistake. Either way, don't miss June 14."),
          c("ok send me the list of what you need and ill decide this weekend", "think_it_over")],
    gaming=[o,
            t("Thank you so much for reaching out and trusting us with your tax journey. I completely understand how you feel, and I want you to know your experience matters to us."),
            c("ok. so can yall fix it or not", None),
            t("Absolutely. Our relationship with every client is built on understanding your needs and delivering success. I hear that you're feeling stressed, and we're here to make this a positive experience for you."),
            c("thats nice but its 3,100. do i have to pay it", None),
            t("Great question, and I value that you're engaged in your financial success. What I'm understanding is that you need a partner who truly understands your needs. Our Tax Resolution Experience is designed to meet clients where they are."),
            c("how much is that", None),
            t("It starts at $495, and honestly the real value is in the relationship. We focus on your peace of mind and your long-term success. How does that make you feel?"),
            c("like u didnt read my message. 495 for a letter, nah", "too_expensive")]))

# 10 rude - church hall rental, Bridgetown, Barbados
o = c("Good morning. I want to find out about renting the church hall for my mother 80th birthday. She's a member here from before I born.", None)
PAIRS.append(gpair(
    "b95g_bridgetown_church_hall_80th", "Church hall rental, Bridgetown, Barbados", "rude",
    "A woman asks the church office about renting the hall for her mother's 80th birthday party.",
    good=[o,
          t("Good morning, and congratulations to your mother! Eighty, that's a blessing. What date were you thinking, and about how many people?"),
          c("Saturday the 14th of September, in the evening. About ninety people, family coming from Brooklyn and Toronto too.", None),
          t("The 14th is free. The hall seats a hundred and twenty, so ninety is comfortable. For members' families it's BDS$600 for the evening, plus $150 for the kitchen. Will you be cooking on site or bringing food in?"),
          c("My aunties cooking, so we need the kitchen. Six hundred plus one-fifty... hmm. The hall on Lodge Road quoting me five hundred all in.", "too_expensive"),
          t("That's fair to compare. Ours includes tables, chairs, the sound system and the cleanup, so nothing extra after. And the Mothers' Union sometimes helps with the fee for longtime members like your mother. Would you like me to ask Sister Greaves?"),
          c("Ask she, nuh. Mummy would prefer here anyway, this is her church.", None),
          t("I'll call her today and phone you back tomorrow by noon. Meanwhile I'll pencil in the 14th so nobody takes it."),
          c("Thank you, darling. Cheese on bread, that's a weight off.", None)],
    gaming=[o,
            t("Morning. The rates on the board behind you. You can read, right?"),
            c("Um... yes. I just wanted to ask about the 14th of September. It's for my mother, about ninety people.", None),
            t("Ninety. Everybody says ninety and then a hundred and fifty turn up. Six hundred for the hall, one-fifty for the kitchen. What else?"),
            c("Okay... Lodge Road quoted me five hundred all in, though. Anything you can do on the price?", "too_expensive"),
            t("Then go to Lodge Road, nuh. I don't set the price, and I don't have all morning. You want the date or not?"),
            c("Wait, I was only asking. My mother is a member here forty years.", None),
            t("Everybody's mother is a member. Deposit's three hundred, cash. So how satisfied are you with the information today?"),
            c("Not at all. I going and talk to the Reverend myself.", None)]))
