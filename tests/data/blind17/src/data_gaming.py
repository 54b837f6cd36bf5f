# Hand-written gaming pairs for blind17. Customer lines may carry a hand-assigned
# objection label as C[label]: ...; plain C: means null. The opening line (index 0)
# follows no trainee turn and gets no row.
G = []
def g(id, business, kind, situation, good, gaming):
    G.append(dict(id=id, business=business, kind=kind, situation=situation, good=good, gaming=gaming))

g("b17g_route_scanners", "logistics software vendor (Netherlands, B2B)", "monologue",
  "A warehouse manager in Rotterdam phones after a webinar to ask whether the route-planning module works with the handheld scanners the depot already owns.",
"""C: Hi, yeah, I was on your webinar Tuesday. Quick one — does the route planner work with the Zebra scanners we've already got?
T: Morning. Which Zebra model are they?
C: TC52s, I think. About forty of them.
T: Then yes, the TC52 runs our Android app fine. Do you know if they're on Android 11 or newer?
C: Mm, not sure. IT would know.
T: No problem. If they're older we'd need an update first, and that's free from Zebra. What's pushing the route planner now — something changed?
C: We lost two drivers and the others are doing longer routes. Planning by hand is killing my Monday mornings.
T: Right. So Mondays are the bit to fix.
C: Pretty much.
T: Could I get your IT person on a 20-minute call this week to check the scanners? Then I'll show you a Monday plan built from your own addresses.
C: Yeah, Thursday's ok. I'll send you his email.""",
"""C: Hi, yeah, I was on your webinar Tuesday. Quick one — does the route planner work with the Zebra scanners we've already got?
T: Great question, and thanks so much for joining Tuesday! So the route planner is really the heart of our platform — it integrates with basically every handheld out there, Zebra, Honeywell, Datalogic, and it syncs in real time with the driver app, proof of delivery, customer ETA texts and our analytics dashboard, which warehouse leads tell us is the part they end up loving most. It handles multi-drop, time windows, vehicle capacity, and there's a new low-emission-zone feature, which in Rotterdam is obviously going to matter to you.
C: Ok. But the TC52s specifically?
T: Absolutely, and that's exactly the kind of detail we love getting into. The experience is seamless across devices, and onboarding handles the technical side end to end, so honestly it's something you won't need to think about. Once you're live you get a dedicated success manager, quarterly business reviews, and our user community of over three thousand logistics professionals sharing best practice. What matters most to you in a partner, would you say?
C: Just that it works with what we've got.
T: Totally hear that, and that's why we built it hardware-agnostic. I'll send over the integration brochure, the case study with a Dutch 3PL that cut planning time by forty percent, and a link to book a full demo with our solutions team.
C: Right. Ok, thanks.""")

g("b17g_hearing_whistle", "independent hearing aid shop (Scotland, UK)", "monologue",
  "A man in his seventies phones a small hearing aid shop in Aberdeen because his hearing aid keeps whistling.",
"""C: Hello? Aye, it's about my hearing aid. It keeps whistling.
T: Sorry to hear that. Is it whistling all the time, or at certain moments?
C: When I put my glasses on, mostly. And on the phone.
T: That usually means the fit's shifted a bit, or there's wax in the tube. When was it last cleaned?
C: Oh, a while. Last spring maybe.
T: Then that might be all it is. Can you pop in? Takes ten minutes, no charge.
C: I'm not driving just now. My daughter could bring me Saturday.
T: Saturday morning's fine. Ten or half eleven?
C: Half eleven.
T: Lovely. Bring your glasses along too.
C: Will do. Thanks, hen.""",
"""C: Hello? Aye, it's about my hearing aid. It keeps whistling.
T: Oh, whistling, yes, that's what we call feedback, and it's one of the most common things we hear about. Basically sound leaks out of the ear and gets picked back up by the microphone, and that loop is the whistle. It can be the dome, the tubing, wax, the programming, and honestly with older models the feedback management just isn't what it is now. The new rechargeable ones we stock have adaptive feedback cancellation, Bluetooth streaming straight from your phone, and no batteries to fiddle with, which customers your age tell us is a real game changer for their quality of life.
C: Sorry, I didn't catch all that.
T: No bother! So what I'm saying is there are lots of causes, and the key thing is finding a solution that fits your lifestyle going forward. We do a free hearing experience session where you can try the latest models, there's finance from about twelve pounds a week, and a trade-in on your old one too.
C[no_need]: I just want this one to stop whistling.
T: Completely understand, and that's what we all want for you. So I'll book you the experience session and we'll look at everything then. Does Tuesday suit?
C[brush_off]: I'll ask my daughter to ring you.""")

g("b17g_line3_deepclean", "industrial cleaning contractor (Germany, B2B)", "closing_as_open_question",
  "The facilities manager of a food packaging plant near Hamburg calls about a deep clean after a hygiene audit flagged one production line; the re-audit is in three weeks.",
"""C: Hallo, yes, I'm calling about a deep clean. We had an audit and they flagged line three.
T: Ok. What did the audit flag exactly?
C: Residue build-up under the conveyor. And the drains.
T: Is that dried product, or grease from the bearings?
C: Both, I think. The report says "organic and lubricant residue".
T: Then we'd do it in two passes, degreaser first, then foam. When can the line be down?
C: That's the problem. Only Sunday. And the re-audit is in three weeks.
T: Sundays are fine for us. I'd want to see it before I quote — could I come Wednesday morning?
C: Wednesday's ok. Before nine?
T: Half eight. I'll bring the audit checklist so our report uses their wording.
C: Good. Send me a confirmation.""",
"""C: Hallo, yes, I'm calling about a deep clean. We had an audit and they flagged line three.
T: Of course. And what would it mean for you to have line three fully audit-ready before the re-inspection?
C: Well, obviously we need to pass.
T: Absolutely. So how would you feel about us getting the team in this Sunday to take care of it?
C[think_it_over]: I don't know what it costs yet.
T: That's fair. And what's stopping you from going with our standard deep-clean package today, so you're covered either way?
C[think_it_over]: I'd need a quote first. And someone to look at it.
T: Of course. Which works better for you — the standard package this Sunday, or the premium one with the drains included?
C[brush_off]: Just send me the quote, please.
T: Lovely, I'll send the premium one over now. Would it help if I pencil in Sunday so you don't lose the slot?
C: Ok. Fine.""")

g("b17g_late_checkout", "city hotel (Portugal)", "closing_as_open_question",
  "A guest at the front desk of a Lisbon hotel asks about late checkout because her flight home is at nine in the evening.",
"""C: Hi. Our flight's not till nine tonight. Is late checkout possible?
T: Let me look. Room 412?
C: Yes.
T: I can do two o'clock free. After that it's half a day's rate.
C: Mm. Two's still early. What do people usually do?
T: Lots leave their bags here and use the spa changing rooms. Showers, towels, no charge.
C: Oh, that's fine then. We'll do that.
T: Great. Bags down by two, I'll tag them.
C: Perfect, thank you.""",
"""C: Hi. Our flight's not till nine tonight. Is late checkout possible?
T: Of course! What would make the last day of your stay really special for you?
C: Just not being stuck in the lobby for six hours.
T: Totally. And how would you feel about extending to a full late checkout till six, so you can really relax?
C: How much is that?
T: It's our day-use rate, 95 euros. What would stop you from treating yourselves to that today?
C[too_expensive]: The 95 euros, honestly.
T: I hear you. So shall I put it on the room now, or would you prefer to settle at checkout?
C[too_expensive]: Neither. Is there nothing free?
T: Two o'clock is complimentary. So which would you like — the two o'clock, or the full relaxed day till six?
C[no_need]: Two. And we'll just sit in the lobby, I suppose.""")

g("b17g_holiday_pay", "payroll bureau (Ireland, B2B)", "pitch_as_paraphrase",
  "The owner of a Cork café with fourteen staff calls her payroll provider because two employees were underpaid holiday pay in last month's run.",
"""C: Hi, it's Siobhan from Lane Café. Two of my staff got short on holiday pay last month and they're not happy.
T: Sorry, Siobhan. Which two, and which pay date?
C: Ciara and Mark. The 28th.
T: Ok, I have them. Both worked over their contract hours in the reference period, and the system averaged on contract hours. That's our error.
C: So what do they get?
T: Ciara's short €62.40, Mark €48.10. I can run a correction today, paid Friday.
C: Friday's fine. Will it happen again?
T: No — I've switched both to actual-hours averaging. I'll check the next run myself before it goes out.
C: Ok. Thanks for sorting it.""",
"""C: Hi, it's Siobhan from Lane Café. Two of my staff got short on holiday pay last month and they're not happy.
T: Oh no, I'm sorry. So what I'm hearing is that you need a more complete payroll solution that takes the worry off you entirely — is that fair?
C: I need Ciara and Mark paid what they're owed.
T: Absolutely. And it sounds like what really matters to you is your staff's experience and knowing everything's accurate, which is exactly what our Premium tier with holiday-pay auditing is built for.
C: Mm. Is that more money?
T: Just €3 more per employee. So if I'm understanding you right, peace of mind is worth that for a team like yours?
C[think_it_over]: I'd have to look at it. What about the two from last month?
T: I'll raise a ticket for those. So just to reflect back — you'd like me to send the Premium comparison over today?
C: Right. Ok, send it.""")

g("b17g_data_runs_out", "mobile network (Australia)", "pitch_as_paraphrase",
  "A tradesman in Brisbane rings his mobile provider because his data allowance runs out around the 20th of every month.",
"""C: Yeah g'day, my data keeps running out around the 20th. Every month.
T: That's annoying. What plan are you on?
C: The 20 gig one.
T: Yep, got it. Looks like most of it goes on the hotspot — a laptop maybe?
C: Yeah, I do quotes off the laptop in the ute.
T: Makes sense. Two options. The 40 gig plan is ten bucks more a month. Or a $5 add-on only when you need it.
C: How often would I need the add-on?
T: Last three months, twice. So the add-on's cheaper for you, for now.
C: Righto, do the add-on thing then.
T: Done. You'll get a text at 80 percent.
C: Beauty. Cheers.""",
"""C: Yeah g'day, my data keeps running out around the 20th. Every month.
T: No worries. So what I'm hearing is you're someone who really relies on staying connected for your business — that right?
C: I suppose. Yeah.
T: And it sounds like what you actually need is a plan that grows with you, like our Business Unlimited, so you never have to think about it again?
C: I didn't say unlimited. How much is that?
T: It's $89, but if I'm understanding your situation right, the cost of running out on a job is way more than that, isn't it?
C[too_expensive]: Mate, I'm on $45 now. I just asked why it runs out.
T: Totally fair. So just to play it back: staying connected matters, and you'd rather pay a bit more than be caught short?
C[no_need]: No. Forget it, I'll sort it myself.""")

g("b17g_glasses_pinch", "optician (Canada)", "upsell_as_loop_closing",
  "A customer in Halifax comes to the optician's counter to collect new glasses and finds the left arm pinches behind the ear.",
"""C: Hi, picking up glasses for Dana Roy. Oh — the left side's pinching a bit.
T: Let me fix that. Ear or temple?
C: Behind the ear.
T: Give me a second. Try that.
C: Better. Still a tiny bit.
T: One more small bend. Now?
C: Yeah, that's good.
T: Wear them a couple of days. If it pinches again, just drop by, no appointment.
C: Great, thanks.""",
"""C: Hi, picking up glasses for Dana Roy. Oh — the left side's pinching a bit.
T: Oh, let's fix that. How's that?
C: Bit better.
T: Great. And just to make sure we've closed the loop on everything today — did anyone mention our Care Plan? It covers adjustments, scratches and one replacement for $49 a year.
C[no_need]: I don't think I need that.
T: Totally understand. And to make sure your eyewear needs are fully met, a lot of people add prescription sunglasses at 40% off with today's pair. Anything I can help you with on that?
C[no_need]: No, just these. They still pinch a bit, actually.
T: They'll loosen up as you wear them. So is there anything else I can do for you today?
C: No. Ok, thanks.""")

g("b17g_brake_squeak", "bike shop (Netherlands)", "upsell_as_loop_closing",
  "A commuter in Utrecht collects her bike after a puncture repair and asks whether the squeaking back brake is normal.",
"""C: Hoi, I'm here for the blue Gazelle, the puncture. Also, the back brake squeaks, is that normal?
T: Puncture's done. Let me hear the brake.
C: It's worse when it's wet.
T: Pads are nearly flat, that's your squeak. New pads are twelve euros, five minutes.
C: Can I ride it like this?
T: For a week or so, but stopping's weaker in the rain. I'd do it now.
C: Ok, do it.
T: Done. Squeeze it — feel the difference?
C: Oh, yes. Much firmer.""",
"""C: Hoi, I'm here for the blue Gazelle, the puncture. Also, the back brake squeaks, is that normal?
T: Puncture's all fixed! Squeaks can be lots of things. Before you go, just to close the loop on your cycling experience — have you considered our annual service plan? It's 89 euros and covers everything.
C[no_need]: I only asked about the squeak.
T: Of course, and the service plan would include that. And to make sure we've fully met your needs today, the puncture-proof tyres are on offer, so you won't be back for this again.
C[no_need]: I don't want new tyres. Is the brake safe or not?
T: It should be fine for now. So just to wrap up — anything else we can help with for your journey today, lights, a lock?
C[no_need]: No. The brake. I'll go somewhere else.""")

g("b17g_corner_sofa", "furniture showroom (Sweden)", "leading_tag_questions",
  "A couple in a Gothenburg furniture showroom are looking at a large corner sofa; their flat is small and they have a cat.",
"""C: We're just looking at this corner one. Our living room isn't big, though.
T: How big is it, roughly?
C: Maybe three by four metres. The door's on the long wall.
T: This one's 2.6 on the long side. It would fit, but tight by the door. Any pets?
C: A cat. She scratches everything.
T: Then I'd skip this fabric. The tight weave over here holds up much better.
C: Oh. Is it the same shape?
T: Same shape, and there's a 2.3 version. I can print both measurements for you to tape out on the floor at home.
C: Yes, do that. We'll check tonight.""",
"""C: We're just looking at this corner one. Our living room isn't big, though.
T: It's gorgeous, isn't it? It's really the kind of piece that makes a room, wouldn't you say?
C: It's nice, yes.
T: And you'd want something that lasts, wouldn't you? Quality matters to you both, I can tell.
C: Sure. It's more the size.
T: Of course. But you'd rather have the sofa you love than settle for something smaller, wouldn't you?
C: I guess. We have a cat too.
T: Cats love this one, don't they always! And with free delivery this month, it makes sense to go ahead, doesn't it?
C[think_it_over]: Mm. We'll think about it.
T: Of course. You'll be back though, won't you?
C[think_it_over]: Probably. Ok, thanks.""")

g("b17g_laptop_car", "home contents insurer (UK)", "leading_tag_questions",
  "A renter in Leeds calls her insurer to ask whether her contents policy covers a laptop stolen from her locked car.",
"""C: Hi, my laptop got nicked from my car last night. Am I covered on my contents policy?
T: Sorry, that's horrible. Reported it to the police?
C: Yeah, I've got a crime number.
T: Good. Let me check. You've got personal possessions cover, up to £1,500 away from home.
C: Oh thank god.
T: One thing — for theft from a car it has to be locked and out of sight. Was it?
C: It was in the boot. Locked.
T: Then that fits. I'll open the claim now. You'll get an email with an upload link for the receipt.
C: I might not have the receipt. It was two years ago.
T: A bank statement or the order email works too.
C: Ok, I can find that.""",
"""C: Hi, my laptop got nicked from my car last night. Am I covered on my contents policy?
T: Oh no, I'm sorry. It was locked and out of sight, wasn't it?
C: Er, yeah. In the boot.
T: Great. And you'll have reported it already, won't you?
C: Yes, I've a crime number.
T: Perfect. Now, a claim like this does affect your no-claims discount, doesn't it, so you'd probably rather weigh that up first, wouldn't you?
C: I don't know. Would it go up a lot?
T: It can, can't it? And for a two-year-old laptop the payout's not huge, is it? Most people in your shoes decide it's not worth it, don't they?
C: Right. I suppose. Ok, thanks.""")

g("b17g_streaky_toner", "print shop supplies wholesaler (United States, B2B)", "putdown_question",
  "The office manager of a small print shop in Ohio calls a supplier because some of the compatible toner cartridges they bought are printing streaks.",
"""C: Hi, we got a box of your compatible toners for the Ricoh last week and they're streaking.
T: Sorry about that. Which model, and is it every cartridge or just some?
C: MP C3004. Two out of the six so far.
T: Vertical streaks or patches?
C: Vertical. Light grey lines down the page.
T: That's usually the drum seal on that batch. I'll send two replacements today, with a return label for the bad ones.
C: What about the other four? I've got a job Thursday.
T: Fair. I'll ship all six from the newer batch, overnight. Keep using the four till they arrive.
C: Ok. That works.
T: Tracking in your inbox within the hour. Call me direct if anything streaks again.
C: Will do.""",
"""C: Hi, we got a box of your compatible toners for the Ricoh last week and they're streaking.
T: Oh, I'm sorry to hear that. Just so I understand — did you get a chance to shake the cartridge before installing it, like it says on the box?
C: Yes. We've been doing this fifteen years.
T: Of course. And is the printer set to the right paper type? You'd be surprised how often that gets missed.
C: It's set right. The original toner prints fine.
T: Great. And when did someone last clean the corona wire? It's a small thing but people do forget, don't they?
C: It's not the printer. It's two of your cartridges.
T: I hear you. So just so I can help you best — what do you feel you might have done differently with those two?
C: Nothing. I'll order from someone else.""")

g("b17g_kitchen_trips", "electrician (New Zealand)", "putdown_question",
  "A homeowner in Wellington phones an electrician because the kitchen circuit trips whenever the kettle and toaster are used together.",
"""C: Hi, our kitchen power keeps tripping. Usually when the jug and toaster are both on.
T: Right. Is it the switch in the box that trips, or the one on the wall plug?
C: The box. The one labelled "kitchen".
T: Old house?
C: 1950s. We bought it last year.
T: Could be an overloaded circuit, could be a tired breaker. I'd want to look. Forty-five minute visit, $95.
C[no_need]: Can't I just not run them together?
T: You can, for now. But if the breaker's failing, it's worth knowing. Thursday afternoon any good?
C: After three, yeah.
T: Half three. I'll text you the morning before.
C: Cheers.""",
"""C: Hi, our kitchen power keeps tripping. Usually when the jug and toaster are both on.
T: Ok. And do you know which one's the switchboard? Just checking, a lot of people don't.
C: Yes, the box in the hall.
T: Great. And have you tried not running them at the same time? Sounds obvious, but you'd be amazed.
C: Well, yes, but I'd like to be able to.
T: Sure. And you're not running anything else on there — heater, microwave? Folks forget what's plugged in.
C: No. Just the jug and toaster.
T: Righto. What would you say your understanding is of how circuits work, roughly? Just so I pitch it right.
C: Um. Not much, I guess.
T: No worries. I'll come Thursday and explain it all. Sound good?
C: Ok. Thanks.""")

g("b17g_green_bin", "city council waste services (England, UK)", "not_my_department_or_read_the_terms",
  "A resident in Bristol calls the council because her garden-waste bin has been missed two weeks running.",
"""C: Hi, my green bin's been missed again. That's two weeks now.
T: Sorry about that. What's the address?
C: 14 Ashgrove Road, BS6.
T: The crew logged "bin not presented" both weeks.
C: It was out! It was out at seven.
T: I believe you. Ashgrove's narrow and parked cars have been blocking the lorry. I'll book a return collection for tomorrow.
C: And next week?
T: I'm flagging your address so the crew walks up for it if the lorry can't get in. That starts Monday.
C: Right. Ok, thanks.""",
"""C: Hi, my green bin's been missed again. That's two weeks now.
T: I'm sorry to hear that. Your experience matters to us. Can I check the address?
C: 14 Ashgrove Road, BS6.
T: Thank you. The crew recorded "bin not presented". Under our collection policy, bins must be at the kerbside by 7am on collection day, lid closed.
C: It was out at seven. Both weeks.
T: I understand. The policy's on our website under Waste and Recycling, section four, if you'd like to read the full terms. Collections recorded as not presented aren't eligible for a return visit.
C: So you're doing nothing?
T: Collections are run by our contractor, so I'd suggest emailing them directly. Is there anything else I can help you with today?
C: Unbelievable. Give me the email then.""")

g("b17g_card_hold", "retail bank, business banking (South Africa)", "not_my_department_or_read_the_terms",
  "A small business owner in Durban phones her bank because her business card was declined at a supplier she must pay today.",
"""C: Hi, my business card just got declined at my supplier. I need to pay them today.
T: Let's sort it. First, the last four digits of your ID number?
C: 4417.
T: Thanks. There's a fraud hold — a large payment to a new supplier triggered it. Was that you just now, R18,400?
C: Yes! That's them.
T: Ok, I've released the hold and marked them as trusted. Try again now.
C: Hang on... it went through.
T: Great. If anything's flagged again you'll get an SMS and can approve it in the app. Anything else today?
C: No, that's all. Thank you.""",
"""C: Hi, my business card just got declined at my supplier. I need to pay them today.
T: I'm so sorry for the inconvenience, I really understand how important this is for your business. Can I take your ID number?
C: 4417, the last four.
T: Thank you. I can see a hold on the card, but that sits with our fraud department, so it's not something I can access from here.
C: Can you transfer me?
T: They work on a call-back basis, and the business account terms say holds can take up to 48 hours to review. I'd also recommend the FAQ in the app.
C: I need to pay them today, though.
T: I completely hear you. Is there anything else I can help you with in the meantime?
C: No. Ok. Thanks.""")

g("b17g_offsite_lunch", "event caterer (United States)", "social_proof_or_deadline_pressure",
  "An HR coordinator in Austin calls a caterer for a quote for a 40-person team offsite lunch in March; she already has one other quote.",
"""C: Hi, I'm getting quotes for a lunch, forty people, offsite in March. I've got one other quote already.
T: Happy to quote. What date, and any dietary needs?
C: March 14th. A few vegetarians, one celiac, one nut allergy.
T: We do gluten-free in a separate prep area, so celiac's fine. Buffet or boxed lunches?
C: Not sure. What's easier?
T: Boxes if they're going straight back to work. Buffet if you want people to mingle.
C: Mingling, actually. That's half the point.
T: Then buffet. Around $24 a head with allergy labels. I'll send a written quote today.
C[too_expensive]: The other place was $21.
T: Could be. Ask them how they handle celiac. If you still prefer them, no hard feelings.
C[think_it_over]: Fair. I'll look at both and let you know.""",
"""C: Hi, I'm getting quotes for a lunch, forty people, offsite in March. I've got one other quote already.
T: Wonderful, thanks for thinking of us! Just so you know, March is our busiest month — we've only got two slots left for the 14th.
C[brush_off]: Ok. I just need a quote for now.
T: Of course. What matters most to you for this event? Most HR teams we work with — Dell, a couple of the big banks — tell us reliability is everything.
C: Price and allergies, mostly.
T: Totally. And the price I can give you, $22 a head, is only good if you confirm by Friday. After that it's back to standard rates.
C[think_it_over]: I said I'm comparing. I can't confirm by Friday.
T: I understand. It's just that nine out of ten people who wait end up losing the date. Shall I hold it with a deposit?
C[brush_off]: No. Just email the quote, please.""")

g("b17g_damp_ceiling", "roofing contractor (Ireland)", "social_proof_or_deadline_pressure",
  "A homeowner in Galway calls a roofer after noticing a damp patch on the bedroom ceiling since a storm.",
"""C: Hello, there's a damp patch on our bedroom ceiling since the storm. Could someone have a look?
T: Sure. How big, and is it growing?
C: About a dinner plate. Bit bigger than yesterday, I think.
T: Is it near an outside wall or the chimney?
C: Under the chimney, yeah.
T: Likely the flashing round the chimney. I can look Tuesday morning. The look's free, and I'll show you photos.
C: Tuesday's grand. Is it urgent in the meantime?
T: Put a towel in the attic under it if you can reach. If it starts dripping, ring me and I'll come sooner.
C: Ok, will do. Thanks a million.""",
"""C: Hello, there's a damp patch on our bedroom ceiling since the storm. Could someone have a look?
T: Of course. After that storm we've had over sixty calls this week, so I'd book in fast.
C: Ok. When's the soonest?
T: I could do Tuesday. Most people on your road have gone for a full reroof with us this month, actually — the older slates are all going.
C[no_need]: Oh. I only have a patch on the ceiling, though.
T: Sure, and we'll look. But the storm rate for full reroofs ends this month, and after that it's up 15%. What matters most to you — the patch now, or not worrying for twenty years?
C[no_money]: A whole roof? We couldn't afford that this year.
T: Absolutely, and that's why the storm rate matters. I'll pencil you in for a reroof survey Tuesday, so you don't lose it.
C: Right. Ok, thanks.""")

g("b17g_lab_vomiting", "veterinary clinic (Australia)", "keyword_stuffed",
  "A dog owner in Perth rings her vet because her labrador has vomited three times since the morning.",
"""C: Hi, my lab's been vomiting since this morning. Three times now.
T: Ok. Is he keeping water down?
C: He drank a bit. Brought that up too.
T: Any chance he ate something — a toy, bones, rubbish?
C: Maybe. The kids had a barbecue yesterday.
T: Corn cobs or skewers about?
C: Oh no. Possibly corn cobs.
T: Then I'd like to see him today. We have 2:15. Can you come?
C: Yes. 2:15.
T: Don't feed him before then. If he goes flat or his belly swells, come straight in.
C: Ok. Thank you.""",
"""C: Hi, my lab's been vomiting since this morning. Three times now.
T: Oh, I'm so sorry. Your pet's wellbeing and your experience are our number one priority. Can I ask, what does a successful outcome look like for you today?
C: Um, him not being sick?
T: Absolutely. So what I'm hearing is you need reassurance and a solution that meets your needs. On a scale of one to ten, how would you describe your concern?
C: I don't know. Eight? He's vomiting.
T: Thank you for sharing that. We value our relationship with you and want to partner with you on his health journey. Our next available consult is Thursday. How does that feel for you?
C[no_time]: Thursday? He's sick now. Can't someone see him today?
T: I hear your concern and I appreciate your patience. Was there anything else I can support you with?
C: I'll ring the emergency vet.""")

g("b17g_evening_dropouts", "broadband provider (Canada)", "keyword_stuffed",
  "A freelance translator in Montreal calls her internet provider because the connection drops most evenings in the middle of client video calls.",
"""C: Hi, my internet keeps dropping in the evenings. Right in the middle of client calls.
T: That's rough when you're working. Is it the wifi dropping, or the whole connection?
C: How do I tell?
T: When it drops, what colour's the modem light?
C: Orange, I think. Blinks orange.
T: That's the line, not your wifi. I can see eleven drops this week, all after 6 pm. Probably noise on the line outside.
C: So can you fix it?
T: I'll send a tech to test the line. Earliest is Wednesday, between 8 and 12.
C: Wednesday morning's fine. I work from home.
T: Booked. Till then, if it drops, take calls on your phone's data — I'll add 10 gigs free this month.
C: Oh, that helps. Thanks.""",
"""C: Hi, my internet keeps dropping in the evenings. Right in the middle of client calls.
T: I'm sorry to hear that. Your connectivity experience matters to us, and we value the relationship. To make sure I understand your needs — what does success look like for you in the evenings?
C: Just that it doesn't drop.
T: Absolutely. So what I'm hearing is reliability is your key need. Did I understand you correctly?
C: Yes.
T: Great. I've gone ahead and reset your modem from our end, which resolves most issues. I'm confident that will meet your needs going forward. On a scale of 1 to 10, how satisfied are you with today's experience?
C: Um, I guess it's fine. Seven.
T: Thank you so much for the feedback! Is there anything else I can help you with today?
C: No. Ok. Thanks.""")

g("b17g_test_cancelled", "driving test booking line (England, UK)", "rude",
  "A learner driver in Manchester calls the driving test booking line because the test centre cancelled her test, due tomorrow, by text.",
"""C: Hi, my test tomorrow got cancelled by text. I don't understand why.
T: Sorry, that's frustrating. What's your booking reference?
C: It's 40992817.
T: Thanks. The examiner's off sick and we couldn't cover it. That's on us, not you.
C: So when can I do it? I've been waiting months.
T: Because we cancelled, you get priority. Earliest is the 22nd, 9:40.
C: The 22nd? That's ok. My instructor's free then, I think.
T: Check with her and ring back today — I'll hold it till five.
C: Ok. Thank you, honestly.""",
"""C: Hi, my test tomorrow got cancelled by text. I don't understand why.
T: Reference?
C: 40992817.
T: Yeah, examiner's off. Happens. Did you not read the text? It says to rebook online.
C: I did read it. The site shows nothing for four months.
T: Well, that's the system. I can't magic up slots. What would you like me to do, exactly?
C: I've been waiting months. Isn't there priority or something?
T: Everyone says they've been waiting months. Look, I hear you, ok? Anything else?
C: Wow. Forget it.""")

g("b17g_boarding_pass", "public library (New Zealand)", "rude",
  "A retired woman at a Christchurch library counter asks for help printing a boarding pass that is in her email; she flies tomorrow.",
"""C: Excuse me, dear, I need to print my boarding pass. It's in my email.
T: Sure. Have you used our computers before?
C: No, never. My grandson usually does it.
T: That's fine. Number four's free — I'll log you in.
C: Thank you. Oh, which one's the email?
T: Type your email address here. Then your password.
C: There. Oh, there it is, Air New Zealand.
T: Open that one and click "print". It's 20 cents at the desk.
C: Oh, that was easy. Here you go.""",
"""C: Excuse me, dear, I need to print my boarding pass. It's in my email.
T: Of course! Have you tried doing it on your phone? Most people just show it on their phone these days.
C[no_need]: I don't really use my phone for that.
T: Right. Well, the computers are over there. You'll need a library card and a PIN. You've got one, I assume?
C: I think so. Somewhere.
T: I'd suggest finding it first, then. We're not really here to do people's emails for them, but there's a free Digital Basics class on Thursdays that would really support your learning journey.
C[no_time]: My flight's tomorrow.
T: Then the phone's really your best bet. Anything else I can help with?
C: No. Ok, thanks, dear.""")

g("b17g_knee_halfmarathon", "physiotherapy clinic (Australia)", "ignored_customer",
  "A runner in Melbourne calls a physio clinic to book in for pain on the outside of her knee; she has a half marathon in three weeks.",
"""C: Hi, I'd like to book in for my knee. It's been sore after runs.
T: Sure. Where on the knee — front, inside, outside?
C: Outside. Gets worse after about 8k.
T: Right. Training for something?
C: Half marathon. Three weeks Sunday.
T: Ok, then sooner's better. Jess sees a lot of runners. She has Thursday at 7:30am.
C: Early. Fine though.
T: Bring your running shoes. She'll want to watch you on the treadmill.
C: Oh, ok. Will do.""",
"""C: Hi, I'd like to book in for my knee. It's been sore after runs.
T: Lovely. And what's your goal in coming to see us?
C: To be able to run. I've got a half marathon in three weeks.
T: Great. We take a holistic approach here. Our next initial assessment is with Dr Lee on the 28th.
C[no_time]: That's after the race. Is there anything sooner?
T: The 28th is a 60-minute initial, so you'll get a really thorough assessment. What's your date of birth?
C: Sorry, did you hear me? The race is on the 21st.
T: Absolutely. And do you have private health cover?
C: Never mind. I'll try somewhere else.""")

g("b17g_parking_scrape", "car insurer (Germany)", "ignored_customer",
  "A driver in Munich calls her car insurer after scraping another car in a car park; her main question is what happens to her no-claims class.",
"""C: Hallo, I scraped another car in a car park. Small thing. I want to know what happens with my no-claims.
T: Ok. Was anyone hurt, and did you swap details?
C: No one hurt. Yes, I have his details.
T: Good. If we pay for his repair, your class drops from SF 12 to SF 8 next year.
C: How much is that in money?
T: About €140 more a year, for roughly three years.
C: And if I just pay him myself?
T: You can. If his repair's under about €500, that's usually cheaper. Get his quote first, then decide. You have till the end of the year to buy the claim back.
C: Oh, that's good to know. I'll ask him for the quote.""",
"""C: Hallo, I scraped another car in a car park. Small thing. I want to know what happens with my no-claims.
T: I'm sorry to hear that, and thank you for calling. Let's get your claim started. What's the date and location of the incident?
C: Yesterday, the Edeka car park in Schwabing. But I wanted to know about the no-claims first.
T: Absolutely, your experience matters. And the other driver's registration?
C: M-KL 4482. So does my class go down?
T: We'll go through all of that. I've now opened claim 2291-A and the other party will be contacted. Is there anything else I can help you with?
C: Oh. Ok. I... ok, thanks.""")

g("b17g_move_one_night", "business hotel (India)", "repeated_questions",
  "A business traveller calls a Bengaluru hotel to push his booking back by one night.",
"""C: Hi, I have a booking next week, I need to move it by one night. Arrive Tuesday instead of Monday.
T: Sure. Name on the booking?
C: Arjun Mehta.
T: Found it. Monday to Thursday, deluxe king. So Tuesday to Thursday now, or still to Friday?
C: Tuesday to Thursday. Two nights.
T: Done. Same rate, ₹7,800 a night. No change fee.
C: Good. Airport pickup still on?
T: I'll move it to Tuesday. Same flight number?
C: No, it's 6E 512 now. Lands 7:40.
T: Updated. New confirmation's on its way by email. Anything else for the stay?
C: No, that's it. Thanks.""",
"""C: Hi, I have a booking next week, I need to move it by one night. Arrive Tuesday instead of Monday.
T: Of course, happy to help. Can I have the name on the booking?
C: Arjun Mehta.
T: Thank you, Mr Mehta. And when are you arriving?
C: Tuesday. Instead of Monday.
T: Lovely. Just to make sure I've got everything correctly — what name is the booking under?
C: Mehta. Arjun Mehta. I said.
T: Apologies. And just to confirm, your new arrival date is…?
C: Tuesday. This is the third time.
T: Thank you for your patience. And could you confirm how many nights you'll be staying with us?
C: Just email me. I'll change it online.""")

g("b17g_meter_reading", "electricity supplier (Spain)", "repeated_questions",
  "A British retiree living in Valencia calls her electricity supplier's English line to give a meter reading because her estimated bill looks far too high.",
"""C: Hola, hi — do you speak English? My bill's estimated and it's way too high. I want to give a reading.
T: Yes, of course. What's your contract number? It's at the top of the bill.
C: ES-2091-7734.
T: Thanks. And the reading? Both numbers, if it shows day and night.
C: Just one. 18452.
T: Got it. That's 310 kilowatt hours less than we estimated. I'll reissue the bill — about €64 less.
C: Oh. Good. When will I see it?
T: Three to five days, by email. Want a monthly reminder to send readings?
C: Mm, go on then.""",
"""C: Hola, hi — do you speak English? My bill's estimated and it's way too high. I want to give a reading.
T: Yes, of course! What's your contract number?
C: ES-2091-7734.
T: Perfect. And what's the reading?
C: 18452.
T: Lovely. Just so I make sure I understand — is it the contract ending 7734?
C: Yes.
T: Great. And could you read the meter for me once more, just to double-check?
C: Um. I'm not at home now. It was 18452.
T: Perfect, thank you. Just to confirm, the contract number is ES-2091-7734?
C: Yes. Right. Ok.""")

g("b17g_scratched_top", "furniture retailer (Denmark)", "wrong_paraphrase",
  "A customer in Aarhus calls a furniture shop because the dining table delivered yesterday has a long scratch on the top; she wants the top replaced.",
"""C: Hi, our dining table came yesterday and there's a scratch on the top. Quite long.
T: Oh, sorry. Could you send a photo?
C: Already did, this morning. Order 55120.
T: Got it. Yes, that's a transit scratch. Would you rather have a new top, or a refund?
C: A new top. We like the table.
T: I'll order one. It comes from the factory, about two weeks. Our fitters swap it, no charge.
C: Two weeks is ok. Can they come on a Saturday?
T: We do Saturdays till one. I'll note that and ring you when it's in.
C: Good. Thanks.""",
"""C: Hi, our dining table came yesterday and there's a scratch on the top. Quite long.
T: I'm so sorry. Just so I understand you properly — you're unhappy with the table and you'd like to return it?
C: No, no. Just the top has a scratch.
T: Ok, so what I'm hearing is the finish isn't what you expected, and you'd like to look at a different finish. Is that right?
C: The finish is fine. It's a scratch. From delivery.
T: Got it. So if I've understood correctly, you'd like a partial refund for the inconvenience?
C: I want the top replaced. Like I said.
T: Perfect, thank you for clarifying. So I'll note that you'd like to exchange the table. Did I capture that correctly?
C: Not the table. The top. Can I speak to someone else?""")

g("b17g_earache_flight", "pharmacy (France)", "wrong_paraphrase",
  "A tourist at a Lyon pharmacy counter asks for help because her six-year-old's ear hurts and they fly home tonight.",
"""C: Bonjour, sorry, English? My son's ear hurts and we fly tonight.
T: Yes. How old is he?
C: Six.
T: Fever? Anything coming out of the ear?
C: A little warm. Nothing coming out.
T: Ok. Children's paracetamol for the pain. Give it an hour before the flight.
C: Will the plane make it worse?
T: Landing can. Have him chew or drink on the way down. If there's fluid or a high fever, see a doctor before you fly.
C: Ok. Is there a doctor near here?
T: Two streets down, Dr Morel. Walk-in till six.
C: Thank you so much.""",
"""C: Bonjour, sorry, English? My son's ear hurts and we fly tonight.
T: Of course. So what I'm hearing is you're looking for something for the flight, for motion sickness — is that right?
C: No, his ear. It hurts.
T: Ah, so you'd like ear plugs for the noise on the plane? We have children's ones.
C: Mm, no, it's pain. Inside.
T: I see, so if I've got you right, you're worried about the pressure and want something preventive. These pressure-regulating plugs are very popular with families.
C: I suppose. Is that for pain?
T: They help with the pressure, yes. Did I understand your needs correctly?
C: Ok. I'll take them. Thanks.""")

g("b17g_roaming_bill", "mobile network (South Africa)", "pitch_to_upset",
  "A customer in Johannesburg calls her mobile provider, angry about a R900 roaming charge from one weekend in Maputo.",
"""C: I've got a bill for nine hundred rand of roaming. From one weekend in Maputo. This is ridiculous.
T: That's a shock, I get it. Let me look at it with you.
C: Please.
T: Most of it is data on the Saturday night, about 600 meg. Were you streaming, or could it have been a phone update?
C: I didn't stream anything. Maybe the phone updated?
T: Likely — background updates eat data abroad. As it's your first roaming charge, I can credit R600 back as a once-off.
C: Ok. That's something. What about next time?
T: I'll switch roaming data off by default. You'd turn it on yourself when you want it.
C: Yes, do that. Thank you.""",
"""C: I've got a bill for nine hundred rand of roaming. From one weekend in Maputo. This is ridiculous.
T: I completely understand your frustration, and I'm so glad you called. What matters most to you when you travel?
C: Not getting a bill like this!
T: Absolutely. And that's exactly why I'd love to tell you about our Travel Bundle — for R199 a month you get 2 gig in 30 countries, Mozambique included.
C[no_need]: I'm not travelling again soon. I want to know about this bill.
T: Totally hear that. A lot of customers in your situation find the bundle gives them peace of mind. Shall I add it from next month?
C[no_need]: No! Are you going to do anything about the R900?
T: The charges are correct as billed, but with the bundle it wouldn't happen again. Would you like me to send you the details?
C: I want a manager.""")

g("b17g_card_fraud", "retail bank (India)", "pitch_to_upset",
  "A customer in Pune calls his bank, worried, because two debit card payments totalling ₹8,000 appeared that he did not make.",
"""C: There are two payments on my debit card I never made. Eight thousand rupees. I'm very worried.
T: I'll block the card first. Is it with you?
C: Yes, it's in my hand.
T: Blocked. Nobody can use it now. Which two payments?
C: An online store, 5,200, and 2,800. Both last night.
T: I see them. I'm raising a dispute for both. You'll get a reference by SMS.
C: Will I get the money back?
T: For unauthorised payments reported within three days, you shouldn't bear the loss. Temporary credit usually comes within ten working days.
C: Ok. And the new card?
T: Dispatched to your registered address. Five to seven days.
C: Ok. Thank you.""",
"""C: There are two payments on my debit card I never made. Eight thousand rupees. I'm very worried.
T: I'm really sorry, sir, I understand this is stressful. I've noted the two transactions. While I have you — have you heard of our Card Shield plan? For ₹99 a month it protects you from exactly this.
C: Mm. Ok. But what about the eight thousand?
T: The dispute team will look at it. And with Card Shield you'd also get credit score monitoring and free insurance up to one lakh. Many customers take it after a scare like this.
C[think_it_over]: I don't know. I'll think about it.
T: Of course. Shall I send you the link, so you have it ready?
C: Ok. Thanks.""")

g("b17g_returned_parcels", "parcel courier, business accounts (Germany)", "blame",
  "An online shop owner in Leipzig calls her courier because twelve parcels came back marked 'address unknown' although she checked the addresses.",
"""C: Hi, twelve of my parcels came back "address unknown" today. The addresses are fine. I checked.
T: Twelve's a lot. Give me one tracking number?
C: JJD 0034 0434 5529.
T: Thanks. The driver marked it unknown at 9 this morning, but the street exists.
C: So?
T: Let me check the others... yes. Same van, all twelve. New driver on that route, I think.
C: Great. What now?
T: I'll send all twelve back out tomorrow on another van, no charge. And I've reported the route to the depot.
C: My customers are already waiting.
T: I know. I can send you an email you can forward to them, saying it was our error.
C: Yes please. That helps.""",
"""C: Hi, twelve of my parcels came back "address unknown" today. The addresses are fine. I checked.
T: I'm sorry to hear that, and thank you for bringing it to us. Can I ask — are the addresses entered by you or by your shop system?
C: The shop system. Why?
T: Just so I understand your process. In most cases we see, "address unknown" comes from formatting on the sender side — house number in the wrong field, that kind of thing.
C: They're formatted the same as always. Hundreds go out fine.
T: I hear you. It's possible your customers gave incomplete addresses, too. Have you thought about address validation at checkout? Would that support your success?
C: It's twelve from one day. All Leipzig-Süd.
T: Understood. To re-send, there's the standard return-to-sender fee of €4.90 each. Shall I go ahead?
C: You're joking. No.""")

g("b17g_missed_fee", "dental clinic (Canada)", "blame",
  "A patient in Toronto calls her dental clinic because she was charged a $75 missed-appointment fee although she phoned to cancel two days before.",
"""C: Hi, I got charged $75 for missing an appointment. But I called to cancel two days before.
T: Sorry about that. Can I get your name and date of birth?
C: Priya Nair, March 3rd, 1988.
T: Thanks. The appointment was Thursday the 9th. Do you remember when you called?
C: Monday, in the morning. I spoke to a man.
T: I can see a call from your number Monday at 10:12. It wasn't logged as a cancellation — that's our side.
C: Ok. So the fee?
T: Reversed now. It'll be back on your card in three to five days.
C: Thanks. Can I rebook, then?
T: Sure. Mornings or afternoons?
C: Mornings.""",
"""C: Hi, I got charged $75 for missing an appointment. But I called to cancel two days before.
T: I'm sorry for any confusion. Your experience matters to us. Can I get your name and date of birth?
C: Priya Nair, March 3rd, 1988.
T: Thank you. I don't see a cancellation in the system. Did you get a confirmation number when you called? We always give one.
C: No. I didn't know I needed one.
T: Ah. It's in the policy you signed at registration — cancellations are only valid with a confirmation number. So unfortunately that's on the patient's side.
C: But I did call.
T: I totally understand, and I appreciate you sharing that. For next time, the online portal avoids this. Is there anything else I can help with?
C: No. Ok. Thanks.""")
