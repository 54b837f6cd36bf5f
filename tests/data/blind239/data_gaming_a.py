"""Gaming pairs a01-a10 of blind239 (written by hand). Childcare, family and school services."""
from common import c, gpair, t

PAIRS = [
    # 1 monologue
    gpair(
        "b239g_brisbane_daycare_enrolment", "long day care centre, Brisbane (AU)", "monologue",
        "A mum phones about a toddler-room place for her 14-month-old. She is a nurse going back to work on a "
        "rotating roster and can afford about three days.",
        good=[
            c("Hi, um, I'm ringing about whether you've got any spots in the toddler room? My son's fourteen "
              "months and I'm going back to work in March.", None),
            t("Hi, thanks for calling Bluegum Early Learning, I'm Tash. Good on you for heading back. Before I "
              "check the room, which days were you thinking, and roughly what hours?"),
            c("That's the tricky bit. I'm a nurse at the Royal, so it's rotating shifts. Some weeks it's Monday "
              "Tuesday, some weeks Thursday Friday. Mostly seven till half three.", None),
            t("Okay, so three days, but which three moves with your roster, and you'd need to drop him off "
              "before seven. Have I got that right?"),
            c("Yeah. Quarter to seven ideally. The last place I rang said they only do fixed days and I'd have to "
              "pay for five to keep the spot.", None),
            t("We open at half six, so quarter to seven is fine. I'll be straight with you, we do fixed days as "
              "well, because of ratios. Some shift-working parents book four days to cover most of the roster. "
              "Would four be doable, or is that a stretch?"),
            c("Four... that's a fair bit more. With the subsidy I'd worked out three is about what we can "
              "manage. Four would be really tight.", "no_money"),
            t("Then let's not push four. We also keep a casual list: on weeks your shifts land on a day you "
              "haven't booked, you ring the Friday before and take a gap if there is one, though I can't promise "
              "there'll be one. Is there anyone who could cover the odd day if nothing comes up?"),
            c("My mum can usually do one day. So three fixed plus Mum, that might actually work.", None),
            t("Sounds like a plan. Best next step is a visit so you both see the toddler room before you decide "
              "anything. I've got Wednesday at half nine or Friday at ten, and I'll text you the address and the "
              "enrolment checklist. Which suits?"),
        ],
        gaming=[
            c("Hi, um, I'm ringing about whether you've got any spots in the toddler room? My son's fourteen "
              "months and I'm going back to work in March.", None),
            t("Great question! At Bluegum we're all about the family experience, so let me tell you about us. "
              "We've got the nursery, the toddler room, a kindy program with a qualified teacher, our own chef "
              "doing fresh meals, the app with photos every day, and our four- and five-day packages, which is "
              "what most families find really meets their needs."),
            c("Right, okay, it's just I only need three days and they—", None),
            t("Absolutely, I hear you. And what I always say to mums is, the more consistent the days, the "
              "better the settling experience, which is why the four-day package is so popular. It's nine-sixty "
              "a fortnight before subsidy, plus we've got enrichment, music with Miss Jo on Tuesdays and soccer "
              "tots on Thursdays."),
            c("Sorry, I work shifts, so the days change each—", None),
            t("Totally, totally. So many of our families are shift workers, nurses, police, and they love that "
              "we open at half six. And the relationship with the educators is so important, so we really "
              "recommend locking the days in. I can pop you down for four days and send the enrolment pack, "
              "sound good?"),
            c("I haven't even told you which days. I don't need four days, I need three.", "no_need"),
            t("No worries at all, I completely understand. I'll email you the full pack, our philosophy, the "
              "menu, the fee schedule and the enrichment program, so you can see the whole experience for "
              "yourself. Is there anything else I can help you with today?"),
            c("No. Just send it, I suppose. I'll ring round a few more places.", "brush_off"),
        ],
    ),
    # 2 closing_as_open_question
    gpair(
        "b239g_toronto_piano_lessons", "children's music school, Toronto (CA)", "closing_as_open_question",
        "A mother with Portuguese as her first language calls about piano lessons for her seven-year-old; a "
        "relative gave them an old piano. She finds the price high and wants to ask her husband.",
        good=[
            c("Hello, yes, I am calling for piano lessons for my daughter. She is seven. My mother-in-law gave us "
              "her old piano and now everybody says, okay, lessons.", None),
            t("Hello, and welcome to Bloor Street Music. So the piano came first and the lessons are catching "
              "up. What's your daughter like with it so far, does she sit down and play on her own?"),
            c("Every day she plays. Songs from YouTube, with one finger. She is very stubborn, she wants to do "
              "it herself.", None),
            t("That's a good sign, honestly. For a seven-year-old who already picks out tunes, we'd usually do "
              "a thirty-minute private lesson once a week. That's thirty-eight dollars a lesson, billed by the "
              "ten-week term. How does that sit with what you had in mind?"),
            c("Thirty-eight... for half one hour? The community centre near us, it is twenty dollars, in a "
              "group.", "too_expensive"),
            t("That's a fair comparison. The group class is a good, cheap way to start, six or eight kids on "
              "keyboards. The private lesson is one teacher, at her pace, on a real piano. For a stubborn kid "
              "who likes doing it her way, one-to-one often works better, but the group isn't a bad choice."),
            c("Hmm. I think I need to speak with my husband first. It is a lot for ten weeks together.",
              "think_it_over"),
            t("Of course, talk it over. If it helps, we do a single trial lesson for thirty-eight with no term "
              "commitment, so you'd both see how she gets on with the teacher. Would you like me to ring you "
              "back on Thursday, or would you rather call us?"),
            c("Thursday is good, after six. Thank you, you explain it well.", None),
            t("My pleasure. Thursday after six then. I'll note she's seven and already playing by ear, so the "
              "teacher knows."),
        ],
        gaming=[
            c("Hello, yes, I am calling for piano lessons for my daughter. She is seven. My mother-in-law gave us "
              "her old piano and now everybody says, okay, lessons.", None),
            t("Wonderful! Tell me, what would it take for us to get her started this week?"),
            c("Well, first I want to know what it costs, and how it works.", None),
            t("Of course. Thirty-eight a lesson, ten-week term. So what's the best day for her first lesson, "
              "Tuesday at four or Thursday at five?"),
            c("Thirty-eight is a lot. The community centre is twenty dollars.", "too_expensive"),
            t("I understand. And how would you like to take care of the first term, card or e-transfer?"),
            c("I did not say yes. I have to speak with my husband.", "think_it_over"),
            t("Absolutely, and I respect that. What would your husband need to hear from me so we can lock in "
              "the Tuesday spot before it goes?"),
            c("Nothing. He needs to hear from me. Goodbye.", "brush_off"),
        ],
    ),
    # 3 pitch_as_paraphrase
    gpair(
        "b239g_columbus_afterschool_club", "after-school club, Columbus, Ohio (US)", "pitch_as_paraphrase",
        "Website chat. A working mum needs pick-up and care four days a week for her son starting 3rd grade; "
        "a previous YMCA program bored him.",
        good=[
            c("hi my son starts 3rd grade at indian run in august and im trying to figure out after school. do "
              "you guys pick up from there", None),
            t("Hi! Yes, our van picks up from Indian Run Elementary at 3:15 every school day. Which days would "
              "you need, and what time can you usually get to us?"),
            c("mon to thurs. i get off at 5:30 so pickup like 6. my husband does fridays", None),
            t("Got it, Monday to Thursday, collected around 6, Fridays covered at home. What's he into? It helps "
              "me tell you honestly whether he'd like it here."),
            c("legos, minecraft, anything where he builds stuff. honestly im nervous about these places, last "
              "year the Y one was basically a gym and a tv and he hated going", "bad_experience"),
            t("That's really useful, thank you. So a room where they just park them in front of a screen is "
              "exactly what you want to avoid. We do homework time till 4, then the kids choose between outside "
              "play, a Lego engineering table and an art room. Screens are only on Friday movie afternoons."),
            c("ok that sounds better. how much for 4 days", None),
            t("Four days is $84 a week, and the van pickup is included. There's a $40 registration fee. Would "
              "it help if he came for a free afternoon in the first week so you can see whether he actually "
              "likes it before you commit?"),
            c("yes definitely. can i do that before i pay the registration", None),
            t("Yes, the trial is free and you only register if you go ahead. I'll email you the trial form now. "
              "Which afternoon in the first week works for you?"),
        ],
        gaming=[
            c("hi my son starts 3rd grade at indian run in august and im trying to figure out after school. do "
              "you guys pick up from there", None),
            t("Hi! Yes we do. So what you're looking for is our Explorer Plus plan, five days a week with STEM "
              "club included, at $118 a week. Did I understand that correctly?"),
            c("no i only need mon to thurs. my husband has fridays", "no_need"),
            t("Great, thanks for clarifying! So what I'm hearing is you want the peace of mind of full-week "
              "coverage in case your husband's Friday ever falls through, which is exactly what Explorer Plus "
              "gives you. Is that right?"),
            c("no thats not what i said. how much is 4 days", None),
            t("Totally. So if I'm hearing you right, value matters to you, which is why the five-day plan works "
              "out cheaper per day than four. So you'd want the best value per day, correct?"),
            c("i want 4 days. also is it just screens, the Y one my son went to was basically a tv room",
              "bad_experience"),
            t("I hear you! So what matters to you is enrichment, which means you'd want the STEM add-on at $15 "
              "a week on top. Shall I put you down for Explorer Plus with STEM?"),
            c("no. ill look somewhere else thanks", "brush_off"),
        ],
    ),
    # 4 upsell_as_loop_closing
    gpair(
        "b239g_melbourne_uniform_shop", "school uniform shop, Melbourne (AU)", "upsell_as_loop_closing",
        "A grandmother comes in with her daughter's list to buy a prep uniform for her grandson; she has been "
        "told not to go over two hundred dollars.",
        good=[
            c("Morning, love. I'm after the uniform for my grandson, he's starting prep at St Brigid's. His "
              "mum's sent me in with a list.", None),
            t("Morning! Lovely, prep's a big year. Can I see the list? And do you know roughly what size he is, "
              "or is he with you?"),
            c("He's at kinder. She's written size six for everything. Oh, and she said don't go over two hundred "
              "dollars, she was very firm about that.", None),
            t("Right, two hundred's the ceiling. Size six is sensible, there's room to grow. On the list: two "
              "polos, two pairs of shorts, the bucket hat and the windcheater. The hat's compulsory, no hat no "
              "play, so that has to go in."),
            c("And the winter jumper? It says jumper at the bottom with a question mark.", None),
            t("That comes to one-sixty-four without it. The jumper's ninety-five new, which would take you over. "
              "Winter uniform doesn't start until term two, and we've got a second-hand rack where a jumper's "
              "about thirty. Would you like to look at those?"),
            c("Second-hand? Oh, I'm not sure she'd want that for his first year.", "no_need"),
            t("That's fine, it's her call. You could take today's lot and she can decide on the jumper before "
              "April, nothing's lost by waiting. Shall I write the jumper sizes on the receipt so she knows?"),
            c("Yes, do that. She'll be pleased I stayed under.", None),
            t("One-sixty-four then. Everything's exchangeable for thirty days with the tags on, in case size six "
              "swims on him."),
        ],
        gaming=[
            c("Morning, love. I'm after the uniform for my grandson, he's starting prep at St Brigid's. His "
              "mum's sent me in with a list.", None),
            t("Morning! Let's get him sorted. Two polos, two shorts, hat and windcheater, size six. To close the "
              "loop on his first-day experience, what else can I add for you? Most prep families take four "
              "polos rather than two."),
            c("Two's what she wrote. She said don't go over two hundred dollars.", "no_money"),
            t("Absolutely, understood. And just so nothing's missed, what else can I pop in? The school sports "
              "bag's forty-five and the kids love it."),
            c("It's not on the list, dear. He's got a backpack.", "no_need"),
            t("Of course. And the last thing I always check with our grandparents, is there anything else at "
              "all? The name labels, the raincoat, the winter jumper so you're covered for the year?"),
            c("How much is all that?", None),
            t("With the jumper, bag, labels and raincoat it comes to three-forty-one. Is there anything else I "
              "can add to make sure he's fully ready?"),
            c("No, you've muddled me now. Just the list, please. I'll come back with his mother for the rest.",
              "think_it_over"),
        ],
    ),
    # 5 leading_tag_questions
    gpair(
        "b239g_vancouver_swim_lessons", "children's swim school, Vancouver (CA)", "leading_tag_questions",
        "A dad enquires about lessons for four-year-old twins; one twin is scared of water. Two children make "
        "the weekly cost add up.",
        good=[
            c("Hi there, I'm looking at swim lessons for my twins, they're four. One of them is, um, pretty "
              "scared of the water.", None),
            t("Hi, thanks for reaching out. Tell me a bit about the one who's scared. What happens when you go "
              "to the pool?"),
            c("Maya clings to me and won't put her face near it. Leo just jumps in, no fear at all. So they're "
              "kind of opposite ends.", None),
            t("That's really common with twins. It sounds like one class might not suit both. Leo would be fine "
              "in our Sea Otter group, four kids per teacher. For Maya, have you tried a class where you're in "
              "the water with her?"),
            c("No, we've only done the public pool on weekends. I'd be fine getting in though.", None),
            t("Then our parent-and-child class could be the gentler start for her, same time slot as Leo's "
              "group, different lane, so it's one trip. Groups are $22 a class, parent-and-child is $18."),
            c("Okay. Forty a week for both is... it adds up. Is there any kind of sibling discount?",
              "too_expensive"),
            t("There's ten percent off the second child, so about thirty-six a week. If that's still a lot, the "
              "city rec centre runs decent classes for less. Ours just have smaller groups. Would you like to try "
              "one Saturday first and see how Maya does?"),
            c("Yeah, let's try one Saturday. If Maya hates it we'll rethink.", None),
            t("Perfect. I'll book both for 9:30 this Saturday as a trial and email you the details. Bring a "
              "toy she likes in the bath, it helps."),
        ],
        gaming=[
            c("Hi there, I'm looking at swim lessons for my twins, they're four. One of them is, um, pretty "
              "scared of the water.", None),
            t("Hi! Great that you're getting them started. You'll want the private lessons for the scared one, "
              "won't you?"),
            c("I don't know. Maybe? What are my options?", None),
            t("Well, you wouldn't want her falling behind her brother, would you? Private is $45 a class and "
              "really builds confidence. That's what a caring parent goes for, isn't it?"),
            c("Forty-five for one kid? Plus the other one? That's a lot every week.", "too_expensive"),
            t("But their safety around water is priceless, isn't it? And you'd want the full ten-week term so "
              "they don't lose progress, wouldn't you?"),
            c("I'd rather just try one class first and see how she handles it.", "think_it_over"),
            t("Sure, but a one-off never really works for a nervous child, does it? The term is the sensible "
              "choice, right?"),
            c("I'm going to leave it for now. Thanks.", "brush_off"),
        ],
    ),
    # 6 putdown_question
    gpair(
        "b239g_austin_nanny_agency", "nanny agency, Austin, Texas (US)", "putdown_question",
        "A grandmother who is at her daughter's house most afternoons calls the agency about the placed nanny "
        "arriving late and being on her phone while the baby cried.",
        good=[
            c("Hi, this is Gloria Ramirez. I'm calling about the nanny you placed with my daughter's family. I'm "
              "the grandmother, I'm over there most afternoons, and we have a problem.", None),
            t("Hi Mrs. Ramirez, thank you for calling, I'm Kayla. I'm sorry there's a problem. Can you tell me "
              "what's been happening?"),
            c("She's been late three times in two weeks. Twenty minutes, forty minutes. My daughter's an ER "
              "doctor, she can't just walk in late to a shift. And Tuesday the baby was screaming and the girl "
              "was on her phone on the couch.", None),
            t("That's serious. So two things: she's late often enough that your daughter's been late for work, "
              "and on Tuesday the baby was left crying while she was on her phone. Did your daughter raise the "
              "lateness with her directly yet?"),
            c("Once. The girl said traffic. And look, the last agency we used, when we complained they just sent "
              "somebody else who was just as bad. I don't want to go through that again.", "bad_experience"),
            t("I understand that. Here's what I can do. I'll call the nanny today and go through the dates and "
              "Tuesday with her, then sit down with your daughter and her this week. If your daughter wants a "
              "change, she interviews the candidates herself before anyone starts. No fee, you're within the "
              "ninety-day guarantee."),
            c("She works Thursday night so Friday's no good for her. Could it be Wednesday?", None),
            t("Wednesday works. I'll call your daughter tonight to pick a time, and I'll phone you tomorrow by "
              "noon to tell you what the nanny said. Is this the best number for you?"),
            c("Yes, this one. Thank you, honey, that's all I wanted.", None),
        ],
        gaming=[
            c("Hi, this is Gloria Ramirez. I'm calling about the nanny you placed with my daughter's family. I'm "
              "the grandmother, I'm over there most afternoons, and we have a problem.", None),
            t("Hi Mrs. Ramirez! I want to understand your experience. Before we get into it, are you sure it's "
              "a real problem and not just a settling-in thing? What exactly happened?"),
            c("She's been late three times in two weeks. Twenty minutes, forty minutes. And Tuesday the baby was "
              "screaming and she was on her phone on the couch.", None),
            t("Okay. And did anyone actually give her the start time in writing, or did the family just assume "
              "she'd know?"),
            c("It's in the contract you people wrote up! Seven-thirty.", None),
            t("Right. And with respect, is it possible grandparents have a slightly different standard these "
              "days? How long was the baby actually crying, in your opinion?"),
            c("Excuse me? I raised four children. I'm not overreacting.", None),
            t("Nobody said overreacting. I'm just trying to hear the whole picture. Could it be you're around a "
              "lot and she feels watched? How do you think that feels for her?"),
            c("I want to speak to your manager. Now.", None),
        ],
    ),
    # 7 not_my_department_or_read_the_terms
    gpair(
        "b239g_calgary_preschool_fees", "preschool, Calgary (CA)", "not_my_department_or_read_the_terms",
        "A dad at the front desk disputes a full-month invoice after the preschool was closed four days by a "
        "burst pipe.",
        good=[
            c("Hey. Got the February invoice, and we're charged the full month. You guys were closed four days "
              "for the burst pipe. What's going on there?", None),
            t("Hi, let me pull it up. You're right, February shows the full $1,060. Which child is it for?"),
            c("Ava Lindqvist, the Bumblebee room. We paid somebody else to watch her those days too.", None),
            t("Thanks. So you were billed for four days we were closed, and you paid for backup care on top. "
              "The handbook says closures outside our control aren't credited, but our director decided after "
              "the flood to credit any closure over two days. It should have been applied and it wasn't. That's "
              "our mistake."),
            c("Okay. So what, it comes off March?", None),
            t("It can come off March, that's $212, or I can refund it to your card, five to seven business days. "
              "Which would you prefer?"),
            c("Refund. Things are tight with the new baby coming. And the backup sitter, is that covered?", None),
            t("I can't promise that one, it isn't in our policy. I'll put it to Dana, the director, and email "
              "you her answer by Friday. I'll start the refund right now and send you the confirmation."),
            c("Fair enough. Thanks for sorting it.", None),
        ],
        gaming=[
            c("Hey. Got the February invoice, and we're charged the full month. You guys were closed four days "
              "for the burst pipe. What's going on there?", None),
            t("Thanks for sharing that with me, I totally understand your frustration. So invoicing is actually "
              "a billing thing and I'm on the program side, so that's not really my department."),
            c("You're the only person here. Who do I talk to?", None),
            t("I hear you. Have you had a chance to read the parent handbook? Section nine covers closures. It's "
              "all in there."),
            c("I read it. It says something about the director deciding. Did she decide?", None),
            t("Honestly, I don't make the rules, I just work here. Billing's handled by head office in "
              "Edmonton, there's an email on the back of the invoice. Is there anything else I can help you "
              "with today?"),
            c("Yeah, you can tell whoever makes the rules that we're looking at the place on 17th Avenue.", None),
            t("Totally understand, and I value our relationship. The withdrawal notice is thirty days, that's "
              "also in the handbook. Have a great day!"),
        ],
    ),
    # 8 social_proof_or_deadline_pressure
    gpair(
        "b239g_perth_family_photos", "family photographer, Perth (AU)", "social_proof_or_deadline_pressure",
        "A mum from England living in Perth wants a family shoot while her parents visit from Leeds over "
        "Christmas; an old studio shoot went badly.",
        good=[
            c("Hiya, I'm after a family photo shoot. My parents are flying in from Leeds for three weeks over "
              "Christmas, and it might be the last time we're all together for a while.", None),
            t("Oh, that's lovely, and it sounds like these photos really matter. Who'd be in them, and when are "
              "your parents here?"),
            c("Me, my husband, our two, they're three and six, and Mum and Dad. They land the fifteenth. We did "
              "a studio one years ago and the kids looked like hostages, so not that, please.", "bad_experience"),
            t("Ha, fair enough. So seven people, two little ones, and nothing stiff. I mostly shoot outdoors, "
              "Kings Park or the beach at sunset, and let the kids run about. What would you want at the end, "
              "prints for your parents to take home, or digital?"),
            c("Prints for Mum, definitely. She'll want one on the wall in Leeds.", None),
            t("Then the one-hour session suits, $450, with twenty-five edited images and an A3 print included. "
              "I'd avoid the sixteenth while your parents are jetlagged. I've got the nineteenth and the "
              "twenty-second free."),
            c("That sounds nice. I'll need to talk to my husband though, he reckons a mate with a good phone "
              "would do.", "think_it_over"),
            t("That's fair, talk it over. I can pencil the nineteenth for you for a week without a deposit, and "
              "I'll send a few of my beach family galleries so he can see the difference. Shall I text you next "
              "Tuesday?"),
            c("Yeah, Tuesday's good. Ta.", None),
        ],
        gaming=[
            c("Hiya, I'm after a family photo shoot. My parents are flying in from Leeds for three weeks over "
              "Christmas, and it might be the last time we're all together for a while.", None),
            t("Oh, I love that! So what I'm hearing is family really matters to you. Honestly, December is "
              "crazy, every family in Cottesloe has already booked their Christmas shoot with me. I've only got "
              "two dates left."),
            c("Oh. Right. Which dates?", None),
            t("The sixteenth and the nineteenth. And I can only hold the $450 price until five o'clock today, "
              "after that it's the Christmas rate of $600."),
            c("Today? I'm at work till six, I can't sort this out today.", "no_time"),
            t("I totally hear you. The thing is, I had three enquiries this morning alone, and most mums "
              "tell me they regret waiting. What would you need to know to lock in now?"),
            c("I need to check with my husband, and my parents haven't even landed. I'm not booking this minute.",
              "think_it_over"),
            t("Absolutely, no pressure! Just so you know, the nineteenth will probably be gone by tonight. How "
              "would you like to pay the deposit, card or bank transfer?"),
            c("Forget it. I'll find someone who isn't in such a rush.", None),
        ],
    ),
    # 9 keyword_stuffed
    gpair(
        "b239g_chicago_party_venue", "kids' indoor play and party venue, Chicago (US)", "keyword_stuffed",
        "A mom plans her son's sixth birthday for about twenty kids with a budget near $400; one guest has a "
        "nut allergy and she was stung by hidden fees elsewhere.",
        good=[
            c("Hi, I'm planning my son's sixth birthday, probably around twenty kids, and I'm trying to figure "
              "out if you guys could work. He's obsessed with dinosaurs.", None),
            t("Happy early birthday to him! Twenty kids is a good size for our Jungle Room. What date were you "
              "thinking, and do you have a budget in mind?"),
            c("Saturday March eighth, afternoon. I was hoping to stay around four hundred. And one of his "
              "friends has a pretty bad nut allergy.", None),
            t("Okay, March eighth afternoon is open. On the allergy: our kitchen is nut-free, and I'd still flag "
              "it to the host on the day. Our party with pizza and drinks for twenty is $520, which is over your "
              "four hundred."),
            c("Yeah, that's more than I wanted to spend.", "too_expensive"),
            t("There's a play-only package at $360, two hours, host included, and you bring your own food. Some "
              "parents do that with pizza from down the street. Would that work?"),
            c("Maybe. I got burned last year at another place, fifty bucks for cutting my own cake that nobody "
              "mentioned. So I want to know everything up front.", "bad_experience"),
            t("Totally fair. No cake fee here. The only extras are tax and an optional dinosaur theme, $40, "
              "plates and balloons. Nothing else. I'll email you the full breakdown in writing before you book."),
            c("Okay, that's honest. Email it, I'll probably book tonight.", None),
            t("I'll send it in the next ten minutes and hold March eighth at two till tomorrow evening."),
        ],
        gaming=[
            c("Hi, I'm planning my son's sixth birthday, probably around twenty kids, and I'm trying to figure "
              "out if you guys could work. He's obsessed with dinosaurs.", None),
            t("I love that! I really want to understand your needs so together we can create a successful, "
              "memorable experience for your whole family. What does success look like for you?"),
            c("Um, the kids have fun and I don't go broke? Around four hundred.", None),
            t("Absolutely, I hear that, and I feel that. Our relationship with families is built on understanding "
              "the whole experience journey, so your needs are at the centre of everything we do."),
            c("Okay. Do you have a Saturday in March, and what does it cost?", None),
            t("Great question. We have lots of options to meet every family's needs, and I want to make sure "
              "you feel heard and understood so we can find the right fit for your success. How do you feel "
              "about a premium experience?"),
            c("I feel like I asked a price. Also one kid has a nut allergy, that matters.", None),
            t("Thank you for sharing that, I really value your openness. Safety is part of our commitment to "
              "an amazing experience. Is there anything else you need from our relationship today?"),
            c("I'll just look at the website. Thanks.", "brush_off"),
        ],
    ),
    # 10 rude
    gpair(
        "b239g_sydney_oshc_booking", "outside school hours care, Parramatta, Sydney (AU)", "rude",
        "A father who moved from Pune last month phones to book after-school care for his Year 2 daughter and "
        "doesn't know what a CRN is.",
        good=[
            c("Good afternoon. I am wanting to book my daughter into the after-school care at Parramatta "
              "Public. She is in Year 2. We have just shifted from Pune last month.", None),
            t("Good afternoon, and welcome to Sydney. I can help with that. Which days would she need care, and "
              "what time would you collect her?"),
            c("My wife finishes at three on Monday and Friday, so only Tuesday, Wednesday, Thursday. I can come "
              "by six. The form is asking for some CRN. What is this?", None),
            t("Good question, it confuses everyone. A CRN is a Customer Reference Number from Centrelink. You "
              "need it to claim the Child Care Subsidy, which pays part of the fee. Depending on your visa you "
              "may or may not be eligible, so it's worth checking with Services Australia."),
            c("And if we are not eligible, what is the fee?", None),
            t("The full fee is thirty-two dollars a session. For your three days that's ninety-six a week."),
            c("Ninety-six every week without any help, this is very heavy for us at the moment. I have only just "
              "started my job.", "no_money"),
            t("I understand. You can enrol without a CRN and add it later, and we can back-date the subsidy if "
              "you're approved. You could also start with two days and add the third later. Would you like me "
              "to stay on the line while you fill in the form, so nothing gets stuck?"),
            c("Yes please, that would be a big help. Two days to start, Tuesday and Thursday.", None),
            t("Done. Open the enrolment link I've just texted you and we'll go through it together."),
        ],
        gaming=[
            c("Good afternoon. I am wanting to book my daughter into the after-school care at Parramatta "
              "Public. She is in Year 2. We have just shifted from Pune last month.", None),
            t("Yep. Got your CRN?"),
            c("Sorry, I do not know what is CRN. The form is asking this.", None),
            t("It's your Centrelink number, mate. That's kind of step one. It's all on the website, honestly, "
              "did you read it at all?"),
            c("I am new here. I am only asking how to do it properly.", None),
            t("Yeah, I got that. Look, we're not Centrelink, I can't walk you through the whole government. "
              "Full fee's thirty-two a day without it. What days?"),
            c("Thirty-two a day, and no subsidy... this is very difficult for us right now.", "no_money"),
            t("Well, that's the price. Everyone else manages. I've got a queue, so do you want the spot or not?"),
            c("No. I will ask at the school office instead. Thank you.", None),
        ],
    ),
]
