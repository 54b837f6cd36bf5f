"""blind97 gaming pairs, part B: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude (2 each)."""
from common import c, gpair, t

PAIRS = []

# 11 -- putdown_question, New York, payroll software error
o = c("Hi, this is Gloria Fenn at Adler and Strauss, we use your payroll system. Our December bonus run went out with way too much withheld and I have six very angry paralegals at my desk.", None)
PAIRS.append(gpair(
    "b97g_newyork_bonus_withholding", "payroll software support, Manhattan law firm", "putdown_question",
    "Experienced office manager of a small law firm calls payroll software support after a bonus run over-withheld tax.",
    [o,
     t("I'm sorry, Gloria, that's a rough morning. Let's find out what happened. Was the bonus a separate supplemental run or added into the regular check?"),
     c("Separate run, last Friday. Same way I did it last year, I think.", None),
     t("Thanks. Can you read me the tax setting on one of the bonus checks? It'll say 'supplemental flat rate' or 'aggregate'."),
     c("It says aggregate. Last year it was flat, I'm pretty sure.", None),
     t("That explains it. Aggregate treats the bonus as if they earned that every pay period. Since our November update it defaults to aggregate, and we didn't flag that clearly, that's on us. I can set up a correction run for Thursday so the extra goes back into their pay."),
     c("Thursday. Okay. Will that cost us another run fee? Because I'm not paying for your update.", None),
     t("No charge, I'll waive it. I'll also email you a note you can forward to the paralegals explaining what happened and when they'll see the money."),
     c("That would help. Thank you.", None)],
    [o,
     t("Okay, let's not panic. Is it possible you clicked the wrong option, do you think? Walk me through what you did."),
     c("I didn't click anything different. I did it exactly like last year.", None),
     t("I hear you, and I understand your frustration. But are you sure you're reading the stubs right? A lot of people mix up gross and net, don't they?"),
     c("I've been doing payroll for fourteen years. I know what net is.", None),
     t("Great, so help me understand: if you know payroll, why didn't you check the tax method before you hit submit?"),
     c("Because it's never changed before! Your system changed it. Are you going to fix it or not?", None),
     t("Let's keep it calm. What exactly do you need from me, bearing in mind the setting's in the help center for anyone who reads it?"),
     c("I need a supervisor. Now.", None)]))

# 12 -- putdown_question, Dublin, letting agent (consumer)
o = c("Hi, it's Aoife in 14B on Richmond Street. The boiler's been broken since Friday and I've a six-month-old here. I've rang three times.", None)
PAIRS.append(gpair(
    "b97g_dublin_letting_boiler", "letting agent, Dublin 8", "putdown_question",
    "A tenant with a baby rings her letting agent on a Tuesday in January about a boiler broken since Friday.",
    [o,
     t("Aoife, I'm sorry, four days without heat with a baby is not okay. What's it doing: no heat and no hot water, or just no heat?"),
     c("Neither. It comes on, clicks a few times and goes off. There's a red light flashing.", None),
     t("Clicking and a red light sounds like an ignition fault, so it's one for the plumber, not a reset. I can get our registered gas installer out tomorrow between eight and twelve. Can someone be in?"),
     c("Tomorrow morning I've the baby's vaccinations at half nine. Could it be the afternoon?", "no_time"),
     t("Let me check... he can do two to four tomorrow. And I'll drop two oil-filled heaters to you today; the landlord will cover the electricity."),
     c("Two to four is grand. The heaters would be a lifesaver, thank you.", None),
     t("I'll text you the plumber's name and the heater drop time within the hour, and ring you tomorrow evening to check it's fixed."),
     c("Okay. Thanks, really.", None)],
    [o,
     t("Hi Aoife, I hear you. Are you sure you've tried resetting it properly? Most tenants don't hold the button long enough, do they?"),
     c("I held it ten seconds like the manual says. Three times.", None),
     t("Okay. And you do understand it's January, every boiler in Dublin is acting up, so why didn't you ring on Friday itself?"),
     c("I did ring on Friday! And Saturday! I've the call log here.", None),
     t("Right. So what exactly did you expect us to do over a weekend? Plumbers aren't magicians. I can get someone out Thursday morning."),
     c("Thursday? I'm back at work Thursday morning, I can't be here. And that's six days with no heat.", "no_time"),
     t("Well, if you can't make Thursday, is that really our problem? How would you like to proceed?"),
     c("I'm ringing Threshold and the RTB. You'll be hearing from them.", None)]))

# 13 -- not_my_department_or_read_the_terms, Chicago, lease return charges
o = c("Yeah, hi, Tony Russo, Russo Bakery Distribution out in Cicero. I just got a bill for forty-eight hundred bucks in damage charges on three box trucks we turned in. I want to know what it's for.", None)
PAIRS.append(gpair(
    "b97g_chicago_lease_return", "truck leasing, Chicago suburbs", "not_my_department_or_read_the_terms",
    "Owner-operator of a bakery distributor disputes end-of-lease damage charges on three returned box trucks.",
    [o,
     t("Hi Tony, let's go through it. Do you have the invoice number? I can pull up the inspection reports and photos."),
     c("It's 77-4412. Nobody sent us photos. My guy says the trucks were fine when he dropped them.", None),
     t("Got it. $2,100 for a dented lift gate, $1,900 for interior panel damage on another truck, $800 for a cracked mirror. Did your driver do a walk-around with our inspector at drop-off?"),
     c("No, the inspector wasn't there, he left the keys in the drop box. So who's saying what was damaged when?", None),
     t("Fair point. If it wasn't a joint inspection, you had the right to be there. I'll put the charges on hold and email you every photo today. If you dispute any, we can re-inspect at our Elk Grove yard."),
     c("Elk Grove's an hour each way for me. I don't have a morning to burn on that.", "no_time"),
     t("Understood. Then mark up the photos you dispute and send them back, and I'll take them to the damage review team myself. You'll have an answer by the end of next week."),
     c("Okay. That I can do.", None)],
    [o,
     t("Hi Tony, thanks for reaching out, I totally understand your frustration. Unfortunately damage assessments aren't my department, I'm in account services."),
     c("So whose department is it? I've been transferred twice already.", None),
     t("Great question. Honestly, the charges follow the return standards in section 14 of your lease agreement. Have you had a chance to read the terms?"),
     c("I read them when we signed five years ago. I'm asking what this bill is for.", None),
     t("I hear you. I didn't write the return standards, I'm just the messenger. What I can tell you is payment's due in 30 days. Anything else I can help with?"),
     c("Yeah, you can help me understand why I'd ever lease another truck from you people.", None),
     t("I understand. For renewals you'd need to talk to sales. Would you like their number?"),
     c("No. My lawyer will call you.", None)]))

# 14 -- not_my_department_or_read_the_terms, Johannesburg, school catering
o = c("Good afternoon. This is Mrs Naidoo, bursar at St Anselm's in Parktown. On Tuesday your staff served a pesto with pine nuts at our Grade 2 lunch. We are a nut-free campus. I need to know what you are doing about it before we renew in January.", None)
PAIRS.append(gpair(
    "b97g_joburg_school_catering", "school catering contract, Parktown, Johannesburg", "not_my_department_or_read_the_terms",
    "Bursar of an independent school calls the catering contractor after food containing nuts was served on a nut-free campus.",
    [o,
     t("Mrs Naidoo, thank you for calling, and I'm sorry. That should never have happened. Was any child affected?"),
     c("Thankfully no. A teacher caught it. But one of those children carries an EpiPen.", None),
     t("That's frightening. Here's what we know: the pesto came from a new supplier and the kitchen didn't check the label against your nut-free list. What would you need to see from us to feel safe renewing?"),
     c("A written allergen procedure, a named person responsible on site, and training records. Frankly, after this I'm not sure the board will renew at all.", "bad_experience"),
     t("That's understandable. I'll send the procedure and the training register by Friday, and our site manager, Sipho, will be named allergen lead. Would it help if he met you and the school nurse on campus next week?"),
     c("Yes. Wednesday after assembly, about ten.", None),
     t("Wednesday at ten, Sipho and I will both be there. I'll also send a written incident report today, so the board has it before they meet."),
     c("Thank you. That's the right start.", None)],
    [o,
     t("Good afternoon, Mrs Naidoo, I really hear your concern. Unfortunately menu planning isn't my department, I look after accounts."),
     c("Then put me through to someone who does.", None),
     t("I would, but the kitchen manager's off until Monday. And honestly, under clause 9 of the agreement the school is responsible for communicating dietary requirements. Did you send us the updated allergy list?"),
     c("We are a nut-free campus. It's on the signage at the gate. It's in the contract.", None),
     t("I understand. I didn't make the rules, ma'am, the supplier changed the product. Anything else I can help with today, maybe the renewal pricing for January?"),
     c("Renewal? After this? We'll go out to tender, thank you.", "bad_experience"),
     t("No problem. Tenders are handled by our sales team, I'll ask them to send you something. Have a lovely day."),
     c("Goodbye.", None)]))

# 15 -- social_proof_or_deadline_pressure, London, security awareness training
o = c("Good morning. I'm the practice manager for Harley Fields Medical, three private GP sites. We're reviewing options for staff security awareness training ahead of our insurance renewal, and I've been asked to gather three quotes.", None)
PAIRS.append(gpair(
    "b97g_london_clinic_cyber_training", "security awareness training, Marylebone private GP group", "social_proof_or_deadline_pressure",
    "Careful practice manager of a private GP group collects comparable quotes for staff cyber training required by the group's insurer.",
    [o,
     t("Good morning, thanks for including us. So the quote is comparable: how many staff across the three sites, and does your insurer specify what the training must cover?"),
     c("Sixty-two staff, including locums. The insurer wants evidence of annual training and phishing simulations. They've given us a checklist.", None),
     t("Helpful. Could you send the checklist? I'll map each item to what we do, so you see any gaps rather than a brochure. Are locums in scope, given they come and go?"),
     c("Yes, they must be. That was the problem with our last provider: licences per named user, and we paid for people who'd left.", "bad_experience"),
     t("Understood. We license by headcount band, so 50 to 75 users is one price, £2,950 a year, and you swap names freely. Do check that against your other two quotes on the same basis."),
     c("That's not far off. I'll need to take all three to the partners' meeting on the 14th.", "think_it_over"),
     t("Of course. I'll send a written quote with the checklist mapping by Friday, and I'm happy to join for ten minutes if the partners have questions."),
     c("That would be useful. Thank you.", None)],
    [o,
     t("Good morning! Love that you're being proactive. Just so you know, over forty Harley Street practices have already moved to our platform, so you'd be in great company. What does success look like for you?"),
     c("Success is meeting our insurer's checklist at a reasonable price. I do need three comparable quotes.", "think_it_over"),
     t("Absolutely. I should mention our Q3 price of £2,950 ends Friday; after that it's £3,800. The Marylebone clinic round the corner signed yesterday to beat it. How do you feel about getting it done this week?"),
     c("Our partners meet on the 14th. I can't commit before then, and I won't be rushed by a price deadline.", "think_it_over"),
     t("I hear you. What I'm hearing is you'd love to secure the saving. I can hold it until Monday if you send a signed order form today. Most practice managers find that's the smart move, don't they?"),
     c("Send me a written quote that covers the locums, and it will go into the comparison with the others.", "think_it_over"),
     t("Will do. Just so you're aware, we've only three onboarding slots left this quarter, and they're going fast."),
     c("Noted. Goodbye.", "brush_off")]))

# 16 -- social_proof_or_deadline_pressure, Sydney, business mobiles
o = c("Hi, Leanne from Carr and Pham Accountants in North Sydney. We've got 15 mobiles on a business plan that ends in August. Just trying to work out whether to stay put or move.", None)
PAIRS.append(gpair(
    "b97g_sydney_business_mobiles", "business mobile plans, North Sydney", "social_proof_or_deadline_pressure",
    "Office manager of an accounting firm weighs moving the firm's fifteen mobile lines when the current plan ends.",
    [o,
     t("Hi Leanne. Happy to help you work it out, even if the answer's stay put. What's bugging you about the current plan, if anything?"),
     c("Cost, mostly, we're paying $65 a line. And the partners go to Auckland a fair bit and get stung with roaming.", None),
     t("So $65 a line across fifteen, plus roaming from the Auckland trips. Roughly how much roaming in a month, and do the staff use much data?"),
     c("Maybe $300 in a busy month. Data, not much, most of them are in the office on wifi.", None),
     t("Then our 20GB business plan at $49 a line with New Zealand roaming included would save around $240 a month before roaming. But check your exit fees; it may be cheaper to wait till August."),
     c("Sounds alright, but I'll need to run it past the partners and see what our current mob comes back with.", "think_it_over"),
     t("Of course. I'll email a side-by-side against your current bill, no obligation, and give you a ring in a fortnight, after the partners have met."),
     c("Perfect, ta.", None)],
    [o,
     t("Hi Leanne! So great to hear. Honestly, most accounting firms in North Sydney have already switched to us this year, you're one of the last. What are your needs?"),
     c("Well, cost mostly, and roaming for the partners when they go to Auckland.", None),
     t("Love that. So here's the thing: our $49 plan with NZ roaming is only available until midnight tonight. Shall we lock in your fifteen lines now?"),
     c("Tonight? We're in contract till August, there'd be exit fees.", "no_time"),
     t("Totally hear you. But the firm next door to you paid the exit fees and they're saving heaps. Everyone's doing it. How would you feel missing out?"),
     c("I'd feel fine, honestly. I can't sign anything without the partners anyway.", "think_it_over"),
     t("I understand. I can hold it till Friday, but only if you give me a verbal yes now. What do you say?"),
     c("I say no. Email me the details and I'll look when I've got a minute.", "brush_off")]))

# 17 -- keyword_stuffed, Toronto, commercial insurance for a print shop
o = c("Hi, Raj Malhotra, Maple Leaf Print and Sign in Mississauga. Our commercial policy renews on the first and we've just got a large-format printer worth about a hundred and twenty grand. I want to make sure it's covered.", None)
PAIRS.append(gpair(
    "b97g_toronto_print_shop_insurance", "commercial insurance broker, Mississauga print shop", "keyword_stuffed",
    "Owner of a print and sign shop calls his broker before renewal to add a newly leased large-format printer.",
    [o,
     t("Thanks, Raj, good timing. Is the printer owned outright or leased, and where's it sitting?"),
     c("Leased, five years, through the manufacturer's finance arm. It's on the shop floor, right by the loading door.", None),
     t("Then the lessor will want you to insure it and name them as loss payee. Near a loading door, the insurer will ask about water and theft: any water issues there before?"),
     c("Once, spring of '22, the drain backed up. We claimed about six grand.", None),
     t("Better we declare it then. Adding the printer puts the premium up about $640 a year; sewer backup cover would be another $210."),
     c("Eight-fifty more? We're already near five grand. That's steep for a printer that just sits there.", "too_expensive"),
     t("Understood. The printer you pretty much have to cover under the lease; the sewer backup is optional. Given the '22 claim I'd keep it, but it's your call, so I'll quote both ways."),
     c("Send both. I'll decide by Friday.", "think_it_over")],
    [o,
     t("Hi Raj, thanks so much for reaching out, I really value our relationship and I want to understand your needs so your renewal experience is a real success. How do you feel about your coverage journey so far?"),
     c("Uh, fine? I just need the new printer added. A hundred and twenty grand, leased.", None),
     t("Absolutely, I hear you, and I understand how important that printer is to your success. So what I'm hearing is you need a solution that meets your needs and feels right for our relationship. Did I understand you correctly?"),
     c("I guess? Is it covered or not?", None),
     t("Great question. At the end of the day our goal is to understand and support your experience and build a partnership that feels successful. What does peace of mind look like for you?"),
     c("Peace of mind looks like you telling me the premium. I've got a press running.", None),
     t("Totally understand, and I feel that. I'll have the team reach out with a tailored experience. Anything else I can support you with on your journey today?"),
     c("No. I'll call my old broker back. At least he gives me numbers.", None)]))

# 18 -- keyword_stuffed, Dublin, HR and rostering software for creches
o = c("Hi there, I manage operations for Little Acorns, we've four crèches around Dún Laoghaire and Blackrock. We're looking at HR software, mainly rosters and keeping on top of staff qualifications for Tusla inspections.", None)
PAIRS.append(gpair(
    "b97g_dublin_creche_hr_software", "HR and rostering software, South Dublin childcare group", "keyword_stuffed",
    "Operations manager of a four-site crèche group looks for software to handle rosters, staff ratios and qualification records for inspections.",
    [o,
     t("Hi, thanks for getting in touch. How are you doing rosters and qualifications now, and where does it go wrong?"),
     c("Rosters on a whiteboard and a WhatsApp group. Qualifications, a folder in each crèche. At the last inspection we couldn't find someone's Garda vetting letter for twenty minutes.", None),
     t("So whiteboard and WhatsApp rosters, and paper records that are hard to pull up on inspection day. How many staff, and do they move between sites?"),
     c("About fifty-five. A few floaters cover sick days across sites, that's where the ratios get messy.", None),
     t("Then what matters most is a roster that warns you when a room drops below ratio, and one place for vetting and qualification expiry dates. We do both. We don't do payroll, so you'd keep your bureau."),
     c("That's fine, we're happy with the bureau. What does it come to?", None),
     t("For 55 staff it's €4.50 a head a month, about €250. Try it on one site for a month first, free, and see if it saves time before an inspection."),
     c("Hmm, €250 a month is a lot for us, we're on ECCE funding. But one site for a month, yes, we could do that.", "no_money"),
     t("Let's pick the site with the most floaters. I'll set it up with the manager there and we'll review it together after four weeks."),
     c("Blackrock, then. I'll send you Niamh's details.", None)],
    [o,
     t("Hi! Thanks so much for reaching out. We really understand how important your people are, and our mission is to build a relationship that supports your needs and creates a truly successful experience for your teams. How do you feel about that?"),
     c("Em, grand. So can it do rosters with ratios?", None),
     t("Great question, and I really hear that need. What I'm hearing is you want your staff to feel supported and valued, and that's exactly what our people-first experience delivers. It's all about the journey."),
     c("Right. And the Garda vetting records? That's the bit that worries me for Tusla.", None),
     t("Absolutely, and I completely understand how you feel. Compliance is such an important part of the success story we build with every partner. How satisfied are you with your current HR experience?"),
     c("We don't have one, that's why I rang. Look, I haven't the time for this. Send me a price list.", "brush_off"),
     t("Totally, I'll send our success pack over. Anything else I can support you with on your journey today?"),
     c("No. Bye now.", None)]))

# 19 -- rude, New York, night-shift temp staffing
o = c("Yeah hi, Marcus Boyd, night shift at Empire Produce in Hunts Point. It's 2:40 in the morning, I ordered eight pickers from you guys for ten o'clock and I got three. I got trucks leaving at five.", None)
PAIRS.append(gpair(
    "b97g_newyork_night_temps", "temp staffing agency, Bronx produce warehouse", "rude",
    "Tired night-shift supervisor at a produce distributor calls the staffing agency's out-of-hours line about no-show temps.",
    [o,
     t("Marcus, that's bad, sorry. Eight ordered, three arrived, trucks at five. How many do you actually need to make the five o'clock?"),
     c("I can make it with six if they've done produce before. Not first-timers who never seen a pallet jack.", None),
     t("So three more with pallet-jack experience. I've two on standby who've worked your site before; I'm calling them now, one's about twenty minutes away. I can't promise a third tonight."),
     c("Two's better than nothing. Who's paying for the ones who didn't show? Cause I'm not paying your call-out on top of this.", None),
     t("You won't be billed for the no-shows or a call-out for these two. And I'll have my day manager call you at eight about why five didn't show, so Thursday doesn't go the same way."),
     c("I'm off at seven. Have her call at six-thirty or it's tomorrow night.", "no_time"),
     t("Six-thirty it is. I'll text you both names and ETAs in the next ten minutes."),
     c("Alright. Thanks.", None)],
    [o,
     t("Okay, so, what exactly do you need? I've got a queue here, so quickly."),
     c("I just told you. I need five more pickers. Trucks leave at five.", None),
     t("Yeah, you and everyone else. It's the middle of the night, man, what did you expect, a miracle? Did you even confirm the order with our day team?"),
     c("I placed it Monday. It's on your system. You confirmed it.", None),
     t("Right, well, people don't show, that's staffing. Not much I can do at 3am. Maybe one guy by six."),
     c("Six? The trucks are gone by then. What am I paying you for?", None),
     t("Look, if you're not happy, other agencies exist. How else can I help you tonight?"),
     c("You can't. I'm calling another agency in the morning, and you can forget the contract.", None)]))

# 20 -- rude, Johannesburg, gym cancellation (consumer)
o = c("Hi, I'd like to cancel my membership, please. I'm relocating to Durban at the end of the month for work.", None)
PAIRS.append(gpair(
    "b97g_joburg_gym_cancel", "gym chain, Johannesburg", "rude",
    "A member on a 12-month contract phones her gym to cancel because she is moving to Durban.",
    [o,
     t("Sure, I can help with that, and congrats on the move! So I do it right: are you on month-to-month or the 12-month contract?"),
     c("The 12-month one, I signed in March. Is that going to be a problem?", None),
     t("We have two clubs in Durban, Umhlanga and Berea, so you could transfer. Would that be useful, or are you done with gyms for now?"),
     c("Ag, I'm not sure. I'll be working crazy hours the first few months, I don't think I'll have time to train.", "no_time"),
     t("I get that. Because we have Durban clubs the relocation waiver doesn't apply, I'm sorry. Your options: cancel with one month's fee, R549, or freeze for up to three months at R60 a month and decide once you're settled."),
     c("Hmm. The freeze makes more sense. Let's do that.", None),
     t("Done, from the first. I'll email confirmation now. If you decide to cancel during the freeze, just reply to that email, no need to come in."),
     c("Shot, thanks so much.", None)],
    [o,
     t("Cancel, okay. Can I ask what's driving that decision? Not that it changes the contract."),
     c("I'm relocating to Durban for work.", None),
     t("Right, well, you signed a 12-month contract, so that's kind of on you, hey. Did you actually read what you signed?"),
     c("I did, that's why I'm asking. I'm just trying to find out my options.", None),
     t("Options. Okay. There are clubs in Durban, so the relocation thing doesn't apply, obviously. Pay the cancellation fee or keep paying. How satisfied have you been with us, out of ten?"),
     c("Right now? Two. What's the cancellation fee?", None),
     t("R549. It's on the website, you know. Anything else, or can I help the next person?"),
     c("Just cancel it. I'll pay the fee. I won't be back.", None)]))
