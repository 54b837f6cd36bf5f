"""Gaming pairs, part C (b106): ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame - two each."""
from common import c, gpair, t

PAIRS = []

# 1. ignored_customer - cottage rental, Cape Breton (typed)
o = c("hi looking for a cottage near ingonish first week of july. family reunion 8 ppl. my mom is 78 and uses a wheelchair", None)
PAIRS.append(gpair(
    "b106g_capebreton_cottage_access", "cottage rental agency, Cape Breton NS", "ignored_customer",
    "A daughter messages a rental agency for a family reunion cottage; her mother uses a wheelchair.",
    [o,
     t("hi! thanks for telling me about your mom, that changes which ones id suggest. can she manage a step or two with help, or does it need to be fully step-free, bathroom too"),
     c("fully. she cant stand for long. the bathroom is the big one, needs a walk in shower or at least grab bars", None),
     t("ok. honestly only one of ours is fully step-free, the one in neils harbour, ramp at the front and a roll-in shower, 4 bdrm so sleeps 8. its 20 min from ingonish beach. the ingonish ones all have steps to the door"),
     c("20 min is fine. whats the price for the week", None),
     t("2450 for july 1-8. ill send photos of the ramp and bathroom and the door widths so you can check her chair fits, doors are 32 inches"),
     c("yes pls. her chair is 26 wide so should be ok. ill check w my sisters on the price and get back to you by friday", "think_it_over"),
     t("perfect, ill hold it for you until friday evening"),
     c("thank you so much", None)],
    [o,
     t("hi! a reunion, how exciting! tell me, whats most important to you in your stay"),
     c("my mom needs it wheelchair accessible. she cant do stairs at all", None),
     t("totally understand. and what kind of experience are you looking for, beach, hiking, whale watching"),
     c("whatever is close. but the access is the main thing pls", None),
     t("got it! our top pick for you is the ingonish harbour house, ocean view, big deck, hot tub, right on the beach. 2900 for the week, perfect for 8"),
     c("does it have stairs. the access is the main thing", None),
     t("great question! it has a beautiful staircase down to the deck and the beach, the kids will love it. shall i send the booking link"),
     c("ive told you twice. she cant do stairs. never mind", None)]))

# 2. ignored_customer - HVAC contractor, Brandon (spoken)
o = c("Hi, we're thinking about central air, finally. Last summer was brutal. I'm in Brandon, a bungalow, we have a gas furnace already.", None)
PAIRS.append(gpair(
    "b106g_brandon_ac_quote", "heating and air conditioning contractor, Brandon MB", "ignored_customer",
    "A homeowner calls for a central air quote; her husband works nights and sleeps by the only spot for the outdoor unit.",
    [o,
     t("Okay, great. A couple of things first - roughly how big is the bungalow, and how old's the furnace?"),
     c("About eleven hundred square feet. Furnace is from 2015. Oh, and my husband works nights at the plant, he sleeps days, and the only spot for the outside unit is right by our bedroom window. That worries me.", None),
     t("Good thing to bring up now. So noise by the bedroom is the big worry. Two ways to handle it: a variable-speed unit, which runs about as loud as a normal conversation, or running the lines around to the side yard. Is the side yard possible?"),
     c("There's a gas meter there, I don't know. What does the quiet one cost?", None),
     t("For your size, about 6,800 installed. A basic single-stage is around 5,200, but it's noticeably louder. I'd want to see the side yard before saying what works."),
     c("We budgeted six. Sixty-eight hundred is a stretch for us.", "no_money"),
     t("Understood. If the meter isn't in the way, a basic unit on the side could be quiet enough at the window and stay in budget. Can I come Thursday at four and look?"),
     c("Thursday at four is good, he'll be up by then.", None)],
    [o,
     t("Awesome, great decision! Let me ask you - what's most important to you in a new AC?"),
     c("Honestly, noise. My husband works nights, sleeps days, and the unit would go right by our bedroom window.", None),
     t("Great, thanks for sharing. And what's your budget looking like?"),
     c("About six thousand.", None),
     t("Perfect. So I'd recommend our SX-5 single-stage, a real workhorse, 5,400 installed, and we'd put it right there by the window - shortest line run, easiest install."),
     c("Is that one quiet? That's the window I mean - he sleeps there.", None),
     t("It's a great unit, super reliable, ten-year warranty. And for 1,900 more we can swap the furnace at the same time, saves you on labour."),
     c("We don't need a furnace, and you still haven't answered about the noise.", "no_need"),
     t("Totally understand. Did I answer all your questions today?"),
     c("No. I'll get another quote.", None)]))

# 3. repeated_questions - bank branch, Kitchener (spoken, small business)
o = c("Hi, I have a small bakery on King Street, I've banked here personally for years, and I think I need a line of credit for the business. Do you do that here or do I have to go downtown?", None)
PAIRS.append(gpair(
    "b106g_kitchener_bakery_credit", "bank branch, Kitchener ON", "repeated_questions",
    "A bakery owner drops into her branch between the morning rush and lunch to ask about business credit.",
    [o,
     t("We can start it here. What would the money be for - a purchase, or more to smooth out slow months?"),
     c("Both, kind of. January and February are dead, and my deck oven is dying. A new one is like eighteen thousand.", None),
     t("Okay, so two needs: a one-time oven and a cushion for the slow season. Those usually work better as two things - an equipment loan for the oven and a smaller line for winter. How long have you been open, and do you have two years of statements?"),
     c("Four years. My accountant has the statements. Two loans, though, huh. Why two?", None),
     t("The oven lasts ten years, so you pay it off over five at a fixed rate. The line you only use when you need it. If you'd rather keep it simple, one bigger line can cover both, but the rate is higher. Our small business advisor, Priya, can go through both with your numbers."),
     c("Can she do a Monday? Monday's the only day I'm closed.", None),
     t("She does Mondays. Next Monday at ten? Bring the statements and a quote for the oven."),
     c("Ten's good. I'll get the quote from the supplier in Waterloo.", None)],
    [o,
     t("Absolutely, we'd love to help your business grow. So tell me, what are your goals for the business?"),
     c("Well, January and February are dead, and my deck oven is dying. A new one's eighteen thousand.", None),
     t("Great. And where do you see the bakery going - what are you hoping to achieve?"),
     c("...Hoping to have an oven? And get through the winter without putting it on my own credit card.", None),
     t("Love that. So, to really understand - what would success look like for you over the next year or two?"),
     c("I just told you. An oven, and money for the slow months. Is the line of credit possible or not?", None),
     t("Definitely something we can explore. Just so I have the full picture, what are your main objectives with the financing?"),
     c("Look, I have to get back, my assistant's alone at the counter. Can you just give me a card?", "no_time"),
     t("Of course! And before you go - what's the number one goal you'd want us to help you with?"),
     c("The oven. Bye.", None)]))

# 4. repeated_questions - marine electronics, Caraquet (typed, French-first fisher)
o = c("hi i need new chartplotter for my boat, the old one the screen is dead. 42 ft lobster boat. it must work with the sounder i have already", None)
PAIRS.append(gpair(
    "b106g_caraquet_chartplotter", "marine electronics and fisheries supplier, Caraquet NB", "repeated_questions",
    "A French-first lobster fisher types in English to a supplier's chat a few weeks before the season about a dead chartplotter.",
    [o,
     t("hi! ok, what brand is the sounder, and what size screen was the old plotter"),
     c("sounder is furuno, the model i must check. old plotter was 10 inch garmin i think", None),
     t("thanks. furuno sounders hook up easy to a furuno plotter. with a garmin it can be harder, sometimes the sounder picture wont show on the plotter. can you send a pic of the label on the back of the sounder, then i can tell you for sure"),
     c("ok i send pic tonight, i am on the water now. my cousin got a garmin in bathurst and it never work with his sounder, so i want be sure. season open in may, i have 3 weeks", "bad_experience"),
     t("no problem. when i see the model ill give you 2 options with prices, and tell you if install can be done before may. our installer is in shippagan on tuesdays"),
     c("good. how much more or less for 10 inch", None),
     t("a 10 inch furuno is about 3200 before install, the garmin around 2600 but might need a new sounder too. ill confirm with the pic"),
     c("ok 3200 is ok if it work with my sounder. i send pic tonight", None)],
    [o,
     t("hi! thanks for reaching out, what are you looking to use the chartplotter for"),
     c("for fishing lobster. navigation, my traps positions. and it must work with my sounder", None),
     t("perfect. and how do you mainly plan to use it out on the water"),
     c("i just say. navigation and trap positions. the sounder is furuno", None),
     t("great! so to really understand your needs, what will be the main purpose of the new unit"),
     c("same like before. you dont read what i write", None),
     t("i totally do! just want to get it right. in your own words, what do you need the chartplotter to do for you"),
     c("forget it. i call the store in shippagan, they know boats", None)]))

# 5. wrong_paraphrase - pharmacy, Saint John (typed)
o = c("hi my dad is moving in with us next month from moncton, can we transfer his prescriptions to your store and get them in the blister packs", None)
PAIRS.append(gpair(
    "b106g_saintjohn_blister_packs", "pharmacy, Saint John NB", "wrong_paraphrase",
    "A daughter uses the pharmacy's message line to set up her 84-year-old father's prescriptions before he moves in.",
    [o,
     t("hi, yes we can do both. what pharmacy is he with in moncton now. we request the transfer from them directly, he just has to give us consent"),
     c("the one on mountain rd. he takes 7 meds. his mind is sharp its his hands, arthritis, he cant open the bottles", None),
     t("ok so its the bottles, not remembering doses, good to know. the weekly blister packs are easy to push out, and theres a version with bigger tabs for sore hands. theres a 5 dollar weekly fee his plan may or may not cover. is he on the nb drug plan or private insurance"),
     c("nb drug plan. 5 a week is fine", None),
     t("ok, the first pack takes about 3 days once we have the transfer. whats his moving date, ill have the first week ready for that day"),
     c("moving the 14th. ill have him call you tomorrow for the consent", None),
     t("perfect, ill note the 14th so the first pack is ready on the 13th"),
     c("great thx", None)],
    [o,
     t("hi! thanks for reaching out. so what im hearing is your dad is having trouble remembering his meds and youre worried about his memory, is that right"),
     c("no his memory is fine. its his hands. arthritis, he cant open the bottles", None),
     t("got it, so hes getting confused about which pill is which and needs someone to manage it for him. did i understand you correctly"),
     c("no. he is sharp as a tack. he does the crossword every day", None),
     t("ok great! so what youre saying is he wants to stay in moncton and have us deliver there, correct. we do have a home delivery program"),
     c("i said hes moving in with us. in saint john. next month", None),
     t("perfect, so to summarize, you want him on our premium medication management with monthly pharmacist reviews, 30 a month. shall i start that"),
     c("i never asked for that. i asked about blister packs. ill ask at the other pharmacy", "no_need")]))

# 6. wrong_paraphrase - lumber yard, Kingston (spoken, contractor)
o = c("Morning. I need a quote on deck lumber, I've got a job in Portsmouth Village. Sixteen by twelve, pressure-treated, ground level.", None)
PAIRS.append(gpair(
    "b106g_kingston_deck_lumber", "lumber yard, contractor desk, Kingston ON", "wrong_paraphrase",
    "A deck builder stops at the contractor desk of a lumber yard for a materials quote.",
    [o,
     t("Morning. Sixteen by twelve, PT, ground level. What are you using for footings - helical piles, deck blocks? Changes the framing count."),
     c("Helical piles, they go in Tuesday. Joists at sixteen on centre, two-by-eights. Decking's five-quarter by six.", None),
     t("And the joists span the twelve, or the sixteen direction?"),
     c("Twelve-foot. Double rim on the sixteen side. And I need it on site by Thursday.", None),
     t("So two-by-eight by twelve joists, doubled rim on the sixteen, five-quarter by six decking, Thursday delivery to Portsmouth. Decking in sixteens so you've got no butt joints?"),
     c("Yeah, sixteens. What's that coming to, ballpark?", None),
     t("Ballpark fourteen hundred before tax, with delivery - our truck does Portsmouth Thursday mornings. I'll email the exact list within the hour so you can check the count."),
     c("Fourteen's about what I figured. Send it, I'll confirm today.", None)],
    [o,
     t("Morning! So what I'm hearing is a sixteen by twelve composite deck, second storey, is that right?"),
     c("No - pressure-treated. Ground level.", None),
     t("Got it, so a raised PT deck with the railing package and stairs. Did I understand you correctly?"),
     c("Ground level. No railing. No stairs. Sixteen by twelve, two-by-eight joists, sixteen on centre.", None),
     t("Perfect, so two-by-tens at twelve on centre for extra stiffness, since your client wants a hot tub out there. Let me write that up."),
     c("I never said hot tub. Two-by-eights. Just write down what I tell you.", None),
     t("Absolutely! So, to play it back: two-by-tens, composite decking, Friday delivery. Sound right?"),
     c("No. Forget it, I'll call the yard in Napanee.", None)]))

# 7. pitch_to_upset - bank branch, Moose Jaw (spoken, bereaved)
o = c("Hello. I - my husband passed away three weeks ago, and the funeral home said I need to come to the bank. I don't really know what I'm supposed to do.", None)
PAIRS.append(gpair(
    "b106g_moosejaw_estate_account", "bank branch, Moose Jaw SK", "pitch_to_upset",
    "A recently widowed woman in her seventies comes to her branch, unsure what to do with her late husband's accounts.",
    [o,
     t("I'm so sorry for your loss. Please, sit down, take your time. We'll go one thing at a time. Did you and your husband have joint accounts, or some just in his name?"),
     c("The chequing is both of us. He had a savings, just his I think. And there's a - his RRIF. I don't know about that one.", None),
     t("Okay. The joint chequing stays open in your name, so your pension and bills keep going - nothing changes there today. For his savings and the RRIF we'll need the death certificate and the name of the executor. Do you have those with you?"),
     c("I have the paper from the funeral home. The certificate hasn't come yet. My son is the executor, he's in Regina.", None),
     t("The funeral home's statement is enough to start. I'll note the accounts today so nothing gets frozen by surprise, and when the certificate comes your son can do the rest with our estates team by phone. Is anything coming out of his accounts automatically that worries you?"),
     c("His truck payment, I think. Can that wait?", None),
     t("I'll check right now and put a note on it. Then I'll write all of this on one page for you to take home."),
     c("Thank you. I didn't sleep last night thinking about this.", None)],
    [o,
     t("I'm so sorry for your loss. I really understand how hard this is, and we want to make this experience as easy as possible for you. Can I ask - will there be a life insurance payment coming?"),
     c("I - I think so. His work had something. I don't know yet.", None),
     t("Okay, so that's a great opportunity to think about the future. A lot of our clients in your situation put the insurance into our guaranteed growth GIC - four-point-one percent, with a dedicated advisor."),
     c("I'm sorry - I can't think about that right now. I just need to know what to do with his accounts.", "no_time"),
     t("Totally, and that's part of it - putting his accounts together into one investment plan keeps things simple. What would success look like for you financially in five years?"),
     c("Five years? He died three weeks ago.", None),
     t("I hear you. I just want to make sure you're taken care of. Let me book you with our advisor next week - would Tuesday or Wednesday be better?"),
     c("Neither. I'd like to see someone else, please.", None)]))

# 8. pitch_to_upset - internet outage, Sault Ste. Marie (typed, angry)
o = c("3 DAYS no internet. i work from home, ive lost 3 shifts. nobody tells me anything. what is going on", None)
PAIRS.append(gpair(
    "b106g_saultstemarie_outage", "internet provider, online chat, Sault Ste. Marie ON", "pitch_to_upset",
    "A furious remote call-centre worker types into the provider's chat after three days without service.",
    [o,
     t("im really sorry, 3 days without service when you work from home is serious. can you confirm the service address and ill look right now"),
     c("44 pim st. i called twice, they said a tech would come, nobody came", None),
     t("i see it. theres a damaged line on your block from the ice storm and the repair crew is booked today 2-6pm. your tech visit got cancelled because of the outage and nobody called you, thats on us. ill credit the full week and request a goodwill credit for the lost shifts, i cant promise the amount but its going in now"),
     c("today 2 to 6 for sure. because ive heard that before", None),
     t("the crew is assigned on the ticket. if its not fixed by 6 ill call you myself, my direct line is in the message im sending. i can also turn on a free 50gb hotspot add-on on your phone for 7 days so you can work tomorrow"),
     c("ok yes turn that on. my shift is at 8 tomorrow", None),
     t("done, its active now. ill call you at 6"),
     c("ok", None)],
    [o,
     t("hi! i totally understand your frustration and your experience is really important to us. did you know we have a new fibre plan thats 3x faster than your current one"),
     c("are you kidding me. i dont have ANY internet. i dont care how fast", "no_need"),
     t("i hear you! and thats exactly why fibre 500 is perfect for work from home, 99.9% uptime. its 95/mo, only 15 more than you pay now"),
     c("im not paying MORE to a company that left me with no internet for 3 days", "bad_experience"),
     t("totally fair! so what im hearing is reliability matters most to you. we can also add our backup 5g modem for 20/mo so this never happens again. shall i add both"),
     c("i want a tech and a refund. get me a supervisor", None),
     t("i understand. before i transfer you, how satisfied are you with todays chat on a scale of 1-10"),
     c("1", None)]))

# 9. blame - snow removal contractor, Laval (spoken, phone)
o = c("Hi, yes, I have your snow contract, in Laval, in Chomedey. This morning your plow went on my lawn and broke the interlock along the driveway. There's grass and stones everywhere. I have pictures.", None)
PAIRS.append(gpair(
    "b106g_laval_plow_damage", "snow removal contractor, Laval QC", "blame",
    "A customer phones the snow contractor after the plow tore up his lawn and cracked paving stones.",
    [o,
     t("I'm sorry, that's not what you're paying us for. Please text me the pictures at this number. Which side of the driveway, and do you know what time?"),
     c("The left side, by the neighbour. About five in the morning, my wife heard it. Three pavers are cracked, on the border.", None),
     t("Got them, thank you - I can see the tire marks. I see a stake on the right side but none on the left. Did we put stakes on both sides in November?"),
     c("Your guy put them in November. Both sides. The left one is probably in the snowbank now.", None),
     t("Then it's on us either way. In the spring we'll repair the lawn and replace the three pavers - I'll put that in writing today. And the driver will put a new stake on the left this afternoon."),
     c("In writing, yes. And he left a big pile at the end again.", None),
     t("I'll send him back before noon for the end of the driveway. You'll have the email with the repair promise within the hour."),
     c("Okay. Thank you for not arguing with me.", None)],
    [o,
     t("I understand, and your satisfaction is important to us. Can I ask - did you mark your driveway edges with stakes before the season?"),
     c("Your company put the stakes. In November.", None),
     t("Okay, so what I'm hearing is the stake on the left is missing. That's usually because the homeowner or the kids knock them over. Our contract says markers are the homeowner's responsibility once installed."),
     c("Nobody touched the stake. It's buried by the snow your truck pushed.", None),
     t("I hear you. But honestly, interlock that close to the edge is always at risk - did your landscaper not tell you that? A lot of people in Laval put it too close."),
     c("So it's my fault your plow broke my pavers?", None),
     t("I'm not saying fault, I'm saying we'd need to look at how the property was prepared. Did you read the damage clause in your contract? Anything else I can help with?"),
     c("Yes. Cancel the contract. I'm calling my insurance.", None)]))

# 10. blame - pharmacy refill, Barrie (typed)
o = c("hi i requested my refill thru the app on monday and i came in today and they said its not ready. i need my blood pressure pills, i have 1 left", None)
PAIRS.append(gpair(
    "b106g_barrie_refill_not_ready", "pharmacy, app chat, Barrie ON", "blame",
    "A customer down to her last blood pressure pill messages the pharmacy's app chat after a refill was not ready.",
    [o,
     t("hi, sorry about that, being down to 1 pill is stressful. can you give me your date of birth so i can check your file"),
     c("march 3 1969", None),
     t("thanks. the request came in monday but there were no refills left, so it went to your doctor for renewal and they havent answered yet. the app should have told you that and it didnt, sorry. since youre nearly out, the pharmacist can give you an emergency supply today while we wait, usually 7 days"),
     c("oh i didnt know it was out of refills. how much is the emergency thing", None),
     t("its billed like a normal fill under your plan, just the usual fee. itll be ready in 20 min, and ill call dr patels office myself today"),
     c("ok ill come at lunch. thanks", None),
     t("see you then. ill also turn on text alerts so you hear when refills are running low"),
     c("good idea thx", None)],
    [o,
     t("hi! thanks for reaching out, i understand how frustrating that must feel. just so i understand, did you check whether your prescription had refills left before requesting"),
     c("no. i just pressed refill like always", None),
     t("ok so thats where the issue is. it had 0 refills, so technically it was up to you to contact your doctor. the app also says to allow 3 business days"),
     c("it didnt say anything about 0 refills. i have 1 pill left", None),
     t("i hear you. honestly lots of people wait until the last pill, its best to request a week ahead. is there anything else i can help you with"),
     c("so what do i do tomorrow with no pill. can i get some or not", None),
     t("youd need to call your doctors office, we cant do anything without a new rx. did i answer your question"),
     c("no. im going to the pharmacy across the street", None)]))
