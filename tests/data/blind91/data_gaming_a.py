"""Gaming pairs, file a (b91). Written by hand for blind91."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - Dubbo stock feed
o = c("G'day. Need something to keep the ewes going till it rains. Lambing's six weeks off.", None)
PAIRS.append(gpair(
    "b91g_dubbo_ewe_feed", "stock feed and farm supplies store, Dubbo NSW", "monologue",
    "A sheep farmer in drought wants to get 400 pregnant ewes through to lambing; he already has barley in the shed.",
    good=[
        o,
        t("Righto. How many ewes are we talking, and what are they on at the moment?"),
        c("Bit over four hundred. Trail-feeding barley every second day. Paddocks are bare as.", None),
        t("Four hundred-odd on barley every second day, bare paddocks, lambing in six weeks. Are they holding condition on that, or starting to slip?"),
        c("Slipping. Older ones mostly. And barley's costing me a fortune the way it's gone.", None),
        t("Yeah, it's gone up. With the old girls slipping I'd look at a protein lick alongside the barley, it helps them get more out of the grain, so you might stretch what you've got. What's your water like? Licks make them drink."),
        c("Water's right. Bore's good. What's a lick run me?", None),
        t("Forty-eight a block, roughly a block per forty head a week. For the whole mob that's about four-eighty a week. You could just do the older ones first, say a hundred and twenty head, three blocks, and see if they pick up before going wider. I'd ring you Friday week to see how they're tracking."),
        c("Three blocks. Yeah, go on. Chuck 'em on the ute.", None),
    ],
    gaming=[
        o,
        t("Great question, and I love that you're thinking ahead. What I'm hearing is you need a complete feeding solution, and that's exactly what we do. We've got the full Pasture Plus range, pellets, licks, loose minerals, and our whole thing here is the relationship, we want your lambing to be a success. The pellets are eighteen percent protein, made in the region, and the blokes out Narromine way swear by them."),
        c("Right. It's ewes. About four hundred.", None),
        t("Perfect, four hundred, that's bulk pricing, which is where it gets good. Now what I always tell people is get the minerals sorted, a ewe short on calcium before lambing, you've got problems. So we bundle the loose mineral with the pellet, free delivery over ten tonne, and we've got the galvanised self-feeders too, twelve-year life. Does that sound like the experience you're after?"),
        c("I've got feeders. I just wanted something to go with the barley.", None),
        t("Sure, sure, and barley's fine, but honestly the pellet replaces the barley altogether, so you're simplifying. No acidosis risk either, we've got a sheet on that. And if you open a seasonal account it's fifteen percent off the second order, which with lambing coming is basically a no-brainer. How does that sit with you?"),
        c("Dunno. I've got a shed full of barley I've already paid for.", "no_need"),
        t("Totally hear you. A lot of people sell the barley on, plenty of buyers at the moment, and go onto the full program. I'll put a package quote together, pellets, minerals, a feeder for the weaners later, and email it through. What's the best address?"),
        c("Don't worry about it. I'll grab a couple of lick blocks from the co-op.", "brush_off"),
    ],
))

# 2 closing_as_open_question - Apia beach fale wifi
o = c("Talofa. My uncle has the beach fales at Lalomanu, the guests keep complaining the wifi is no good. He sent me to ask.", None)
PAIRS.append(gpair(
    "b91g_apia_fale_wifi", "mobile and internet provider shop, Apia, Samoa", "closing_as_open_question",
    "A young woman asks on behalf of her uncle, who runs eight beach fales, about fixing slow guest wifi. It is his money and his decision.",
    good=[
        o,
        t("Talofa lava. Thanks for coming in for him. When the guests say it's no good, what happens exactly? Slow, drops out, or no signal at all in some fales?"),
        c("Slow at night mostly. Morning is ok. And the fales down the end, nothing.", None),
        t("So slow at night when everyone is on it, and nothing at the far fales. What is he using now, one of our home routers?"),
        c("Ioe, the small white one. On the 30 gig plan. It runs out before the month is finished too.", None),
        t("That explains it, the small router isn't made for twenty guests at night, and 30 gig is small for people watching videos. A bigger plan would help the night-time, and an outdoor extender would reach the end fales. How many fales, and how far is the last one from the house?"),
        c("Eight. The last one maybe 60 metres. How much for all that?", None),
        t("The bigger plan is 40 tala more a month. The extender with install is about 600 tala, one time. He could do the plan now and the extender later."),
        c("600, aue. I can't say yes, it's uncle's money, he decides.", "think_it_over"),
        t("Of course, it's his call. I'll write both options on paper with the prices and my number. I can ring him Thursday if that's easier, or he rings me."),
        c("Thursday is ok. He is there after lunch.", None),
    ],
    gaming=[
        o,
        t("Talofa! So glad you came in. Tell me, what would a great wifi experience look like for your uncle's guests?"),
        c("Just working, you know. At night slow. The end fales no signal.", None),
        t("Totally. So what would it take for your uncle to have our Business Pro package installed this week?"),
        c("I don't know what that is. He only sent me to ask.", None),
        t("Great question. It's our top package, unlimited data and three extenders, 350 tala a month. Which suits the installers better, Tuesday or Wednesday?"),
        c("350 every month? No, that's too much for him. It's small fales, not a hotel.", "too_expensive"),
        t("I hear you. And how would he like to pay the setup fee, cash today or on the account?"),
        c("I told you, he didn't say yes. I'm only asking for him.", "think_it_over"),
        t("Of course. So if I hold the Tuesday slot, what's the best number to confirm the booking with him?"),
        c("No. I'll tell him to come in himself.", "brush_off"),
    ],
))

# 3 pitch_as_paraphrase - Fairbanks satellite comms rental
o = c("Hey. Going down the Koyukuk with my brother, three weeks in August. Need some way to call out if something goes wrong.", None)
PAIRS.append(gpair(
    "b91g_fairbanks_satcomm_rental", "outdoor gear and satellite phone rental, Fairbanks, Alaska", "pitch_as_paraphrase",
    "A man planning a three-week river trip wants a way to check in with his wife; he already owns a personal locator beacon.",
    good=[
        o,
        t("Okay, three weeks on the Koyukuk. Have you got anything for comms already, a beacon or a satellite messenger?"),
        c("Got a PLB. Wife wants us to be able to actually talk though. Or text at least.", None),
        t("So the beacon covers a real emergency, and your wife wants day-to-day contact. How often were you thinking of checking in?"),
        c("Every couple days. She just wants to know we're alive. Honestly I'd rather not haul another gadget.", "no_need"),
        t("Fair. For check-ins every couple of days a two-way satellite messenger might be enough, it's about the size of a deck of cards and texts from anywhere up there. A sat phone gives you voice, but it's heavier and costs more to rent. Would text keep her happy, or does she need your voice?"),
        c("Text's fine. She just wants the word. What's three weeks run?", None),
        t("Messenger's nine a day plus a twenty-five dollar plan, so about two-ninety all in. The phone would be near five hundred with minutes. Want to talk it over with her tonight? I can hold a unit till Friday."),
        c("Nah, messenger's fine. I'll take it now.", None),
    ],
    gaming=[
        o,
        t("Awesome trip. So what I'm hearing is you need our Expedition Bundle, sat phone, solar charger and a hundred minutes, is that right?"),
        c("I didn't say anything about a phone. I just need some way to check in.", None),
        t("Totally, check-ins, so what you really need is unlimited voice so you're never cut off, which is the Bundle at six-forty for three weeks. Did I understand you correctly?"),
        c("Six-forty? That's more than the canoe rental.", "too_expensive"),
        t("Right, so you're saying value matters to you, which is why you'd want the insurance add-on, gear gets wet on rivers. Am I hearing you right?"),
        c("No, you're not. I've already got a PLB for emergencies.", "no_need"),
        t("Great, so you value safety, which tells me the Bundle really is the right fit for you. Shall I put your name on it?"),
        c("I'll go look at the messengers across town.", "brush_off"),
    ],
))

# 4 upsell_as_loop_closing - Invercargill school uniform
o = c("Hi, I need a winter kilt and a jersey for my girl, she's starting at the high school next term. She's grown out of everything.", None)
PAIRS.append(gpair(
    "b91g_invercargill_uniform", "school uniform shop, Invercargill NZ", "upsell_as_loop_closing",
    "A mother on a tight budget needs a kilt and a jersey for a daughter who is still growing.",
    good=[
        o,
        t("Kia ora. Sure. Do you know what size she is now, or is she with you?"),
        c("She's at netball. About a fourteen I think, but she's shooting up.", None),
        t("Okay, about a fourteen and still growing. A lot of parents go a size up in the jersey so it lasts, and the kilt we can take up at the hem and let down later. Would that suit?"),
        c("Yeah that's smart. Money's a bit tight this term, so I want it to last.", None),
        t("Makes sense. New, the kilt is one-twenty and the jersey eighty-five. We've also got a second-hand rack out the back, a few kilts in good nick from forty. Want a look at those first?"),
        c("Oh, I didn't know you had second-hand. Yes please.", None),
        t("Through here. If none fit, bring her in Saturday and we'll measure her before you buy new. Anything on the school list you're not sure about?"),
        c("Just the PE gear, but she's got that. Thanks, this helps heaps.", None),
    ],
    gaming=[
        o,
        t("Kia ora! Lovely. Kilt size fourteen and the jersey, done. Now just to close the loop, what else can I add for you today, the blazer?"),
        c("No, she doesn't need a blazer till senior school.", "no_need"),
        t("Great, just checking we've covered everything. What else can I pop in, the scarf and beanie set? Only forty-five as a pack."),
        c("We've got a scarf. Just the kilt and jersey.", "no_need"),
        t("Perfect. And to make sure your experience is complete, what else can I add, a spare shirt? Most parents say two isn't enough."),
        c("How much is all that then?", None),
        t("Kilt, jersey, scarf pack and two shirts comes to three hundred and ten. Anything else I can add for you?"),
        c("Three hundred! I said kilt and jersey. I can't do three hundred this week.", "no_money"),
        t("No worries. What else can I do for you, we do lay-by on the full set."),
        c("Just ring up the kilt. I'll find a jersey on Trade Me.", "too_expensive"),
    ],
))

# 5 leading_tag_questions - Moose Jaw grain bin cables
o = c("Looking at putting temperature cables in my bins. Lost some canola last fall to heating.", None)
PAIRS.append(gpair(
    "b91g_moosejaw_bin_cables", "farm equipment dealer, Moose Jaw, Saskatchewan", "leading_tag_questions",
    "A grain farmer lost canola to heating in one big bin and is pricing bin temperature cables.",
    good=[
        o,
        t("Sorry to hear about the canola. How many bins, and what size?"),
        c("Six. Four 5000 bushel, two of the big 10,000 hoppers.", None),
        t("And the canola that heated, was it in one of the big ones?"),
        c("Big one, yeah. Went in a bit tough. Figured it'd be okay.", None),
        t("That's where cables earn their keep. You could do the two big bins first, since that's where the risk is. Two bins with a hand reader is about 4,800. Wireless to your phone adds about 1,500."),
        c("Hmm. I'm not at the yard every day. But that's a lot for some wires.", "too_expensive"),
        t("Fair. If you're not there daily, the phone part matters more. Roughly what did last fall's loss cost you?"),
        c("Docked about eleven grand, all told.", None),
        t("So one bad bin cost more than doing both big ones wireless. No need to decide today though. I'll write up a two-bin and a six-bin quote so you can look at them with whoever else is in on it."),
        c("Wife does the books. Yeah, write it up, eh.", "think_it_over"),
    ],
    gaming=[
        o,
        t("Oh, you'll want the full wireless system then, won't you?"),
        c("Maybe. Depends what it costs.", None),
        t("Well, you wouldn't want to lose another crop, would you? So all six bins makes sense, doesn't it?"),
        c("Four of them are small. Never had trouble in those.", "no_need"),
        t("Sure, but canola's canola, right? And you're not out there every day, are you, so you'd want the phone alerts, wouldn't you?"),
        c("I didn't say I'm not out there.", None),
        t("Right, but peace of mind's worth it, isn't it? Ten thousand for six bins, that's pretty reasonable, don't you think?"),
        c("Ten grand. No. I'll talk it over with my wife.", "think_it_over"),
        t("Of course, but she'd agree it's smart, wouldn't she? Let's get it ordered before the harvest rush, shall we?"),
        c("I said I'll talk to her.", "think_it_over"),
    ],
))

# 6 putdown_question - Nuku'alofa outboard repair
o = c("Mālō e lelei. My 40 horse won't start. It was fine Sunday. I fish for the market, I need it by Thursday.", None)
PAIRS.append(gpair(
    "b91g_nukualofa_outboard", "outboard motor repair workshop, Nuku'alofa, Tonga", "putdown_question",
    "A fisherman whose outboard stopped starting after heavy rain needs it back by Thursday and is short of money after a bad week.",
    good=[
        o,
        t("Mālō e lelei. Thursday, okay. When you pull it, does it turn over? Any cough?"),
        c("It turns. Coughs a bit, then nothing. Smells of petrol a lot.", None),
        t("Coughs then dies, and a strong petrol smell. Where did you get fuel last, and did the boat sit out in the rain?"),
        c("Same place as always. Rained hard Monday, the cover blew off.", None),
        t("Okay. My guess is water in the fuel or the carburettor flooded, but I want to look before I say. If it's water, cleaning the carb and fuel line is about 180 pa'anga."),
        c("180 is a lot this week. Fishing was bad.", "no_money"),
        t("Understood. Let me do the check first, 30 pa'anga. If it's only drying the plugs and draining the filter, that's all you pay. I'll ring you by four with what I find."),
        c("'Io. Mālō.", None),
    ],
    gaming=[
        o,
        t("Mālō. Okay, before anything, help me understand, you didn't put the wrong mix in again, did you?"),
        c("Again? I never came here before.", None),
        t("Sorry, sorry. So what did you do to it on Sunday? Because these don't just stop by themselves, do they?"),
        c("I did nothing. Came back, washed it, covered it.", None),
        t("Okay. And when you say it won't start, are you sure you're opening the vent on the tank? Lots of people forget the little screw."),
        c("I have fished thirty years. I know the vent.", None),
        t("Great, just making sure we're on the same page. So what do you think the problem is, since you know so much?"),
        c("I think you fix it, that's your job. How much?", None),
        t("Depends what you did to it. Could be 300, could be more. When can you bring it?"),
        c("300 for you don't know what? I will take it to my cousin.", "too_expensive"),
    ],
))

# 7 not_my_department_or_read_the_terms - Broken Hill bank card
o = c("My card's been knocked back at the servo twice. There's money in there. I'm heading out to the station tomorrow and there's no bank out there.", None)
PAIRS.append(gpair(
    "b91g_brokenhill_card_hold", "rural bank branch, Broken Hill NSW", "not_my_department_or_read_the_terms",
    "A long-time customer's card has been declined; he leaves for a remote station the next day and needs money for diesel.",
    good=[
        o,
        t("That's a pain, with you heading out tomorrow. Can I see the card and some ID? I'll check what's going on."),
        c("Here. It's the everyday account.", None),
        t("Thanks. There's a fraud hold on it, it flagged a purchase from an overseas website last night. Was that you?"),
        c("No. I don't buy nothing online. Out there you barely get a signal.", None),
        t("Then the hold did its job. The card needs cancelling, and a new one takes five to seven days by post, which won't work for you. I can print a temporary card now, and take out some cash for the trip if that helps."),
        c("Cash'd help. How long's the temp one good for?", None),
        t("Thirty days. Works at the servo and the pub. The permanent one I'll post to the station mail bag, and I'll lodge a dispute on that overseas charge now. I'll text you when it's back in your account."),
        c("Good. Ta.", None),
    ],
    gaming=[
        o,
        t("Thanks for sharing that, I really understand how frustrating that must feel. Cards are handled by the card centre though, that's not really us here at the branch."),
        c("I'm standing in the bank. Who else do I ask?", None),
        t("I hear you. There's a number on the back of the card, they're open till eight Sydney time. I'd give them a ring."),
        c("I rang. Forty minutes on hold, then it dropped out. That's why I drove in.", None),
        t("That's frustrating, and I appreciate you telling me. Unfortunately the holds are automatic, I didn't make the rules. It's all in the terms and conditions you signed when you opened the account."),
        c("I opened it in 1994. I want my money so I can buy diesel.", None),
        t("Absolutely, your experience matters to us. Is there anything else I can help you with today?"),
        c("Yeah. Close the account. The credit union'll sort it.", None),
    ],
))

# 8 social_proof_or_deadline_pressure - Gisborne fishing charter (SMS)
o = c("hi looking at a fishing trip for my dads 70th. hes not great on boats tho", None)
PAIRS.append(gpair(
    "b91g_gisborne_fishing_charter", "fishing charter operator, Gisborne NZ (text messages)", "social_proof_or_deadline_pressure",
    "A daughter texts about a 70th birthday fishing trip for a father who gets seasick and has bad knees.",
    good=[
        o,
        t("kia ora, happy birthday to your dad! when you say not great on boats, is it seasickness, getting on and off, or both?"),
        c("seasick mostly. and his knees", None),
        t("ok, seasick and knees. our full day goes out wide to the reef and it can get lumpy. the half day stays inside the bay, calmer, and he can step on from the wharf. how many of you?"),
        c("5. whats the half day cost", None),
        t("$140 each, or $650 to have the boat to yourselves for the 5 of you. any dates in mind? i'd pick a calm morning and can tell you a couple of days out if it looks rough"),
        c("march 14 or 15. might see if the family wants to chip in first", "think_it_over"),
        t("good idea. i'll pencil the 14th, no deposit till you confirm. if its blowing i'll text and move it, no charge"),
        c("yeah sweet thanks", None),
    ],
    gaming=[
        o,
        t("kia ora! birthday trips are our specialty. huge summer this year, honestly everyone's doing the full day reef trip, it's the experience people remember"),
        c("ok but hes 70 and gets seasick", None),
        t("totally hear you. heaps of older guys come out with us and love it, had an 82 year old last week. the reef is where the snapper are. only 2 spots left in march tho"),
        c("we'd need 5 spots", None),
        t("ah ok, for 5 it'd be a private charter, $1400 for the day, and i can only hold that price till 5pm today, summer rates kick in tomorrow"),
        c("1400 is a lot for something he might hate", "too_expensive"),
        t("i get it. but the families who go for it never regret it, 5 star reviews across the board. want me to lock it in before it goes?"),
        c("no thanks. did one of these in tauranga once and spent the whole day chucking up. not doing that to dad", "bad_experience"),
    ],
))

# 9 keyword_stuffed - Brandon vet clinic
o = c("Hi. Our dog's been limping on her back leg since Saturday. Border collie, she's nine. Can someone look at her?", None)
PAIRS.append(gpair(
    "b91g_brandon_vet_limp", "veterinary clinic, Brandon, Manitoba (phone)", "keyword_stuffed",
    "An owner phones about an older border collie limping after a skid on ice; she works shifts.",
    good=[
        o,
        t("Sure. Is she putting any weight on the leg, or holding it up?"),
        c("Touches it down, but careful. Still eating fine.", None),
        t("Good she's eating. Did anything happen Saturday, a jump, running on ice?"),
        c("Went after a jackrabbit. Skidded on the ice by the shed.", None),
        t("Could be a sprain. With a nine-year-old collie we'd also want to rule out the ligament in the knee. Dr. Ferris has 3:40 today. The exam's 85. If she needs X-rays that's about 250 more, but the doctor would talk to you before doing any."),
        c("Today's no good, I'm on shift till six.", "no_time"),
        t("Okay. Tomorrow 9:15 is open. Until then keep her on a leash outside, no stairs if you can help it, and no human painkillers. If she stops putting the foot down or it swells, call us and we'll fit her in."),
        c("9:15 works. Thanks.", None),
    ],
    gaming=[
        o,
        t("Thank you so much for reaching out. I really understand how you feel, and I want you to know your dog's needs are our number one need here. How does that make you feel?"),
        c("Worried, I guess. Can someone look at her?", None),
        t("Absolutely, and I feel that. What I'm hearing is you need a caring experience built on trust and relationship, and that's what success looks like for us. What are your needs around today?"),
        c("My need is she's limping. Is there a time?", None),
        t("I totally understand your need. Our Wellness Journey plan is all about understanding the whole experience for the pet parent, a relationship for life. Do you feel understood so far?"),
        c("I don't need a plan. I need someone to look at her leg.", "no_need"),
        t("I hear you, and I appreciate your honesty, it really helps our relationship. How satisfied would you say you are with your experience so far?"),
        c("Not very. I'll call the clinic in Souris.", None),
    ],
))

# 10 rude - Port Vila barge freight to Tanna
o = c("Halo. I want to send cement and roofing iron to Tanna for my family house. When is the next boat?", None)
PAIRS.append(gpair(
    "b91g_portvila_barge_tanna", "inter-island barge freight office, Port Vila, Vanuatu", "rude",
    "A man building a family house on Tanna wants to ship cement, iron and timber; not all his iron has arrived yet.",
    good=[
        o,
        t("Halo. The next barge to Lenakel is Tuesday, then another in two weeks. How much are you sending?"),
        c("Twenty bags cement, maybe thirty sheets iron. Some timber too.", None),
        t("Okay. How long is the timber? Long pieces we price differently. And will someone meet it at Lenakel, the wharf doesn't store anything."),
        c("My brother will be there with the truck. Timber is 4.8 metres.", None),
        t("Good. That load is around 38,000 vatu. Cement should be wrapped against rain, we can wrap it for 2,000 more. Is Tuesday okay?"),
        c("Tuesday too soon. I don't get all the iron until Friday.", "no_time"),
        t("No problem, we put you on the next one, the 21st. Bring everything to the yard by the 19th. I'll write the booking and the price on paper now so your family can see it."),
        c("Tankyu tumas.", None),
    ],
    gaming=[
        o,
        t("Tuesday. Didn't you see the board outside? It's written right there."),
        c("Sorry, I didn't see. I want to send cement and iron to Tanna.", None),
        t("Everyone sends cement. How much, and please don't say 'some'."),
        c("Twenty bags, thirty sheets, some timber.", None),
        t("'Some' timber. Great. So what are your needs, lengths?"),
        c("4.8 metres. How much will it cost?", None),
        t("Depends, doesn't it. Probably forty thousand. If that's a problem there's always the plane, ha."),
        c("Forty thousand is too much. Last year it was thirty.", "too_expensive"),
        t("Last year was last year. Take it or leave it, I've got a line behind you."),
        c("I'll go to the other shipping office.", None),
    ],
))
