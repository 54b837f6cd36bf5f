"""blind97 ranked pairs d01-d10: two decent conversations; `better` is better in a way a sales coach
would agree with, `worse` is competent but shallower."""
from common import c, rpair, t

PAIRS = []

# d01 -- London, catering contract re-tender (procurement)
o = c("Good afternoon. I'm calling from procurement at Arden Pharma, King's Cross. We're re-tendering our staff restaurant contract and I'm ringing the shortlisted caterers to confirm interest before the ITT goes out on the 3rd.", None)
PAIRS.append(rpair(
    "b97r_d01_london_catering_tender",
    "A procurement officer of a pharmaceutical company's London head office confirms a caterer's interest in a staff restaurant tender. Better finds out why the contract is being re-tendered.",
    [o,
     t("Good afternoon, thank you, we're interested. So we bid for the right thing, may I ask what prompted the re-tender, and what the current arrangement isn't giving you?"),
     c("Candidly, footfall. We're hybrid: Tuesday to Thursday is busy, Monday and Friday the restaurant's a ghost town, but we pay a fixed management fee for full service five days.", None),
     t("So the fixed fee doesn't follow the hybrid pattern. Would a model where Mondays and Fridays drop to a grab-and-go counter, with the fee scaled to covers, fit what finance wants to see?"),
     c("That's the direction we're thinking. I should be clear, though: evaluation is 60% price, and we've had bidders promise savings before that never materialised.", "bad_experience"),
     t("Understood. Then we'll put the scaled fee in the pricing schedule with a worked example from your actual footfall, so the saving can be audited rather than promised. Could you share last quarter's daily covers, under NDA if needed?"),
     c("I can ask facilities. I'll confirm by Friday.", None)],
    [o,
     t("Good afternoon, thank you, yes, we'd very much like to bid. We run twelve staff restaurants in London, including two in King's Cross."),
     c("Good. The ITT will include a menu specification, sustainability criteria and a pricing schedule.", None),
     t("Perfect. Our menus are seasonal and 40% plant-based, and we hold the Food for Life award. On pricing, we're typically very competitive on the management fee."),
     c("Fine, I'll note that. Evaluation is 60% price, so do keep that in mind.", None),
     t("Noted, we'll sharpen the pencil. Could you confirm the submission deadline and whether there's a site visit?"),
     c("Deadline's the 24th. Site visit on the 10th, one representative per bidder.", None)]))

# d02 -- New York, HR software for a CPA firm (clipped executive)
o = c("Hi. Jeff Stein, managing partner, Stein Okafor CPAs, twenty-five people. I've got ten minutes. We need HR software. Go.", None)
PAIRS.append(rpair(
    "b97r_d02_newyork_hr_software",
    "Managing partner of a small CPA firm gives an HR software rep ten minutes. Better narrows to the one real problem before recommending.",
    [o,
     t("Understood, I'll keep it tight. What's the one thing that made you look now?"),
     c("PTO. In busy season people take days, nobody knows who's out, and we had two seniors off the same week in March. Nearly missed filings.", None),
     t("So the real need is seeing who's off and blocking clashes in busy season, not a full HR suite. Where does payroll live today?"),
     c("ADP. It works, leave it alone.", None),
     t("Then our Time Off module on its own, $3 a head, syncs with ADP, with blackout dates for March and April and a team calendar. I'd run a two-week trial with your real team before tax season."),
     c("Seventy-five a month. Fine. Trial, yes. Send it to my office manager, Dina.", None)],
    [o,
     t("Understood, I'll keep it tight. Our platform covers onboarding, PTO, performance reviews, documents and e-signature. Most firms your size go with our Plus plan."),
     c("What's Plus?", None),
     t("Nine dollars a head, so about $225 a month. Everything I mentioned, plus a PTO calendar with blackout dates, which accounting firms love for tax season."),
     c("Blackout dates, that's actually what we need. Two twenty-five is more than I wanted to spend, though.", "too_expensive"),
     t("Understandable. Annual prepay takes 10% off. Shall I set up a demo with your office manager?"),
     c("Fine. Dina. She'll call you.", None)]))

# d03 -- Toronto, clinic cleaning (non-native speaker)
o = c("Hello, I am Fernanda, administrator at Kingsway Family Clinic in Etobicoke. We need new cleaning company for the evenings. Our exam rooms must be clean for infection control, this is very important.", None)
PAIRS.append(rpair(
    "b97r_d03_toronto_clinic_cleaning",
    "Administrator of a family clinic, English her second language, looks for an evening cleaning contractor. Better checks what is failing now and is honest about what it does not do.",
    [o,
     t("Hello Fernanda, thank you. Infection control, yes. Can you tell me what your cleaners do now in the exam rooms, and what is missing?"),
     c("They wipe the tables and the floor. But they use the same cloth in the washroom and exam room, I saw this. And nobody cleans door handles, keyboards.", None),
     t("So: separate colour-coded cloths for washrooms and exam rooms, and disinfecting the touch points, handles, keyboards, light switches, every night. We do that. One thing we do not do is sharps or biohazard waste; that needs a licensed medical waste company. Do you have one?"),
     c("Yes, a company comes Tuesdays for that. Okay, good that you say it. The other company told me they do everything.", None),
     t("I prefer to be clear. For six exam rooms, the waiting room and two washrooms, five evenings, it's about $2,300 a month. Could I come one evening and show you the checklist we'd use?"),
     c("It is more than now. But now is not good. Come Thursday, seven o'clock, after we close.", "too_expensive")],
    [o,
     t("Hello Fernanda, thank you. Yes, we clean many medical offices. We use hospital-grade disinfectant and all our cleaners are trained."),
     c("Good. The company now uses the same cloth in washroom and exam room. I saw this.", None),
     t("That won't happen with us, we use colour-coded cloths. And we can take care of everything in the clinic, whatever you need."),
     c("Everything? Also the sharps containers?", None),
     t("We can look at that, I'd check with my manager. For your clinic it would be about $2,300 a month, five evenings."),
     c("It is more than now. Can you send me the quote by email, please?", "too_expensive")]))

# d04 -- Sydney, professional indemnity for architects
o = c("Hi, Jess Moreau from Moreau Tan Architects in Surry Hills. We're eight people. Our professional indemnity renewal's due and the premium's jumped. Can you have a look?", None)
PAIRS.append(rpair(
    "b97r_d04_sydney_architects_pi",
    "A director of a small architecture practice asks a broker to look at a jump in professional indemnity premium. Better asks about the cause and is honest that it may not come down.",
    [o,
     t("Sure, Jess. How much has it jumped, and did the insurer say why?"),
     c("From $11,800 to $14,900. They muttered something about cladding claims across the industry.", None),
     t("That's the sector-wide hangover from the combustible cladding claims. Does your practice do multi-storey residential, or specify facade materials?"),
     c("Some. Two apartment blocks in Marrickville, four and five storeys. Mostly houses and fit-outs now.", None),
     t("Then I'll be honest: I can go to market, but any insurer will ask about those two jobs, and I can't promise it'll come in much cheaper. What I can do is get three quotes with the facade history fully declared, so there are no nasty surprises at claim time. Worth doing?"),
     c("Yeah, do that. I'd rather pay a bit more than find out we're not covered.", None)],
    [o,
     t("Sure, Jess, I can shop it around. What's your current limit and premium?"),
     c("Two million limit, premium's gone from $11,800 to $14,900.", None),
     t("That's a big jump. I work with several insurers keen on design professionals, so I'm confident we can do better. Can you send your current schedule and last year's fee income?"),
     c("Sure, I'll get our office manager to send them through.", None),
     t("Great. I'll have options for you in about a week and we'll see how much we can save."),
     c("Sounds good.", None)]))

# d05 -- Johannesburg, fleet leasing (clipped executive)
o = c("Pieter van Wyk, COO, Highveld Security. Forty bakkies for armed response, leases end in February. I need a number by Friday.", None)
PAIRS.append(rpair(
    "b97r_d05_joburg_bakkie_fleet",
    "Curt COO of a security company wants a lease quote for forty response vehicles. Better matches his style and questions the term given the mileage.",
    [o,
     t("Understood. Three questions and you'll have it Friday. Same model, Hilux double cab? Kilometres per vehicle per month? Maintenance and tyres in the rental?"),
     c("Hilux, yes. About 6,000 k's a month, they drive all night. Maintenance in, tyres in.", None),
     t("At 6,000 a month, 36 months puts them past 200,000 k's, and the resale hit makes that term expensive. 24 months costs more per month but less overall. Want both priced?"),
     c("Both. Our last lessor had us on 48 months and the last year was breakdown after breakdown.", "bad_experience"),
     t("Noted. Friday by noon: 24- and 36-month quotes, full maintenance and tyres, replacement vehicle within four hours anywhere in Gauteng. One page."),
     c("One page. Good.", None)],
    [o,
     t("Morning Pieter, thanks so much for thinking of us! Armed response is such important work. We lease to a few security companies in Gauteng and they've been very happy with the Hilux. Is that what you're running?"),
     c("Hilux. Forty. February. Friday.", None),
     t("Perfect. Our standard is a 36-month full-maintenance lease, which most clients prefer. Would you like tyres included as well?"),
     c("Yes. Tyres in. They do 6,000 k's a month.", None),
     t("Great, I'll put together a 36-month quote with full maintenance and tyres and get it to you by Friday. Is email best?"),
     c("Email. Fine.", None)]))

# d06 -- Dublin, tech recruitment
o = c("Hi, it's Orla Brennan, Head of People at Quayside Payments. We need five backend engineers by Q1. I'll be honest, I've had agencies blast me with CVs that don't fit, so I'm wary.", "bad_experience")
PAIRS.append(rpair(
    "b97r_d06_dublin_tech_recruitment",
    "Head of People at a Docklands fintech, burned by agencies, talks to a tech recruiter about five roles. Better learns why past shortlists missed and proposes a low-risk start.",
    [o,
     t("That's fair, and I'd rather send you three good CVs than thirty. What made the last ones miss: the stack, the seniority, something about your team?"),
     c("Stack, mostly. We're Go and Kafka, they send Java people who did a weekend course. And nobody checks whether they'll come into the office two days.", None),
     t("So Go and Kafka in production, not as a keyword, and happy with two days in Grand Canal Dock. Would you start with one role, no exclusivity, and if the shortlist's good we talk about the rest?"),
     c("One role I can do. What's your fee?", None),
     t("Eighteen per cent of first-year salary, with a three-month rebate if they leave. A shortlist of three within ten working days, with my screening notes on each."),
     c("Grand. I'll send you the spec for the senior role today.", None)],
    [o,
     t("That's fair. We specialise in tech recruitment in Dublin and screen every candidate ourselves. What are the roles?"),
     c("Five backend engineers, Go and Kafka. Two days a week in the office.", None),
     t("Great, we've a strong Go network. For five roles I'd suggest an eight-week exclusive; it means we can really commit to you. Fee's eighteen per cent."),
     c("Exclusive on all five? I'm not sure about that, I'd need to run it by our CTO.", "think_it_over"),
     t("Of course. I'll send the agreement over and you can have a look with him."),
     c("Okay, do.", None)]))

# d07 -- Chicago, cereal box printing
o = c("Hey, Tasha Greene, ops manager at Lakefront Granola. We need to redo our cereal boxes. Can you quote 50,000?", None)
PAIRS.append(rpair(
    "b97r_d07_chicago_cereal_boxes",
    "Operations manager of a granola maker asks a packaging printer for a quote. Better asks why the boxes are being redone and finds a retailer compliance sheet behind it.",
    [o,
     t("Sure. Before I quote, what's driving the redo: new design, cost, or something from a retailer?"),
     c("Honestly, a regional grocery chain picked us up and sent a packaging compliance sheet. I'm still reading it.", None),
     t("Congrats, that's a big win. Those sheets usually ask for certified board, a barcode grade and case-pack sizes. Send it over and I'll go through it line by line and tell you what your current box already meets and what it doesn't, before we quote."),
     c("That'd save me a headache. Their deadline's March 1, and we've got a bunch of the old boxes left.", None),
     t("Then we'll see if the old stock can go to your other stores and time the new run for mid-February. I'll get the gap list back to you by Wednesday."),
     c("Perfect. Sending the sheet now.", None)],
    [o,
     t("Sure. Same size and print as the current box?"),
     c("Same size. We might tweak the design a little, and we've got a new retailer.", None),
     t("Congrats. For 50,000 folding cartons, four-colour, same size, you're looking at about 19 cents a box. Send me the current die line and I'll firm it up."),
     c("Nineteen cents, that's about what we pay now. Okay, I'll send the die line.", None),
     t("Great, I'll have a formal quote back to you in two days."),
     c("Thanks.", None)]))

# d08 -- London, letting agent (consumer)
o = c("Hi, I'm calling about the two-bed in Walthamstow, the one on Hoe Street? Me and my partner are looking to move in October.", None)
PAIRS.append(rpair(
    "b97r_d08_london_flat_viewing",
    "A hospital worker phones a letting agent about a flat. Better asks what matters and heads off the referencing problem that sank their last application.",
    [o,
     t("Hi, yes, it's available from the 1st. What's bringing you to Walthamstow, and what matters most in the new place?"),
     c("Mostly price, we're priced out of Hackney. I work shifts at Whipps Cross so I need to get there quick, and my partner's on the Victoria line into town.", None),
     t("Hoe Street's about ten minutes to Whipps on the bus and five minutes' walk to Walthamstow Central. It's £1,850 a month. Has anything tripped you up with agents before, referencing or guarantors?"),
     c("Yeah, actually. My partner's freelance, and the last place turned us down because his income's irregular.", "bad_experience"),
     t("That happens a lot. This landlord accepts two years of tax returns, or six months upfront, or a guarantor. I'd get his SA302s ready before the viewing. Can you both come Saturday at eleven?"),
     c("Saturday at eleven, yeah. I'll get them printed.", None)],
    [o,
     t("Hi, yes, it's available from the 1st. It's £1,850 a month, second floor, five minutes from Walthamstow Central. Would you like to view?"),
     c("Yes please. Is it near Whipps Cross? I work there.", None),
     t("About ten minutes on the bus. The landlord asks for a holding deposit of one week's rent, then referencing. Saturday at eleven any good?"),
     c("Saturday's fine. My partner's freelance, is that a problem?", None),
     t("Shouldn't be, referencing will look at it. See you Saturday."),
     c("Okay, see you then.", None)]))

# d09 -- New York, gym after knee replacement (consumer)
o = c("Hi there. I had a knee replacement in the spring and my physical therapy just ended. My doctor says keep moving. I've never really been a gym guy.", None)
PAIRS.append(rpair(
    "b97r_d09_newyork_gym_rehab",
    "A man in his sixties asks about joining an Upper West Side gym after knee surgery. Better asks what his therapist prescribed, states the gym's limits and offers a trial week.",
    [o,
     t("Congratulations on getting through PT. What did your therapist want you to keep doing, and is there anything you're meant to avoid?"),
     c("Bike, swimming, leg exercises with light weights. No running, no jumping. I'm a little nervous about the machines, honestly.", None),
     t("That's common. Our pool and recumbent bikes fit that list. We're not physical therapists, so bring your PT's exercise sheet and a trainer with post-rehab experience will set you up with it. Membership's $89 a month and the first session's free."),
     c("Eighty-nine. Hmm. My wife's been saying the Y is cheaper.", "too_expensive"),
     t("It is, and the Y's a good option too. The difference here is the pool opens at six and the post-rehab trainer. Why not take a free week pass, try both, and compare?"),
     c("That's fair. A week pass, yeah.", None)],
    [o,
     t("Congratulations! You'll do great here. We've got everything you need: pool, bikes, weights, classes."),
     c("I'm supposed to do bikes and swimming, light leg weights. No running.", None),
     t("Perfect. Membership's $89 a month, and I'd recommend our ten-session personal training pack at $600 to get you going."),
     c("Six hundred? That's a lot. My wife says the Y is cheaper.", "too_expensive"),
     t("Totally understand. Skip the pack then; membership alone gets you the pool and bikes, and you can book a trainer as you go."),
     c("Okay. Let me think about it and come back with my wife.", "think_it_over")]))

# d10 -- Sydney, penetration test for a school
o = c("Hi, Amelia Hart, business manager at St Brigid's College in Ashfield. A school down the road got hit with ransomware last month and our board's asked me to get a penetration test done. I don't really know what that involves.", None)
PAIRS.append(rpair(
    "b97r_d10_sydney_school_pentest",
    "Business manager of an independent school asks a security firm about a penetration test. Better finds what the board fears and scopes the test to it within budget.",
    [o,
     t("Happy to explain. Before I quote, what's the board really worried about: the student data, being offline, or the reputational side?"),
     c("All of it, but mostly student records and the finance system. The other school couldn't run payroll for two weeks.", None),
     t("Then I'd scope the test around those two, the student information system and finance, plus staff email. Testing every system would be around $28,000; focused on those, about $12,000. Does the board have a budget in mind?"),
     c("They said 'reasonable', which in a school means not much. Twelve might be doable, twenty-eight won't be.", "no_money"),
     t("Then start with the focused test, and I'll put in writing what's out of scope so the board knows it isn't the whole picture. I can also come to a board meeting to explain the results."),
     c("That would help, they'll have questions I can't answer. I'll take it to the finance committee first.", "think_it_over")],
    [o,
     t("Happy to explain. A penetration test is where our ethical hackers try to break into your systems the way an attacker would, then report what they found."),
     c("Right. And what would that cost for a school our size? About 900 students, 120 staff.", None),
     t("A full internal and external test across all your systems would be around $28,000, with the report in three weeks."),
     c("Twenty-eight thousand. That's more than the board had in mind, I think.", "no_money"),
     t("Understandable. We could do the external test only for about $14,000, and the internal one next year."),
     c("Send me both options and I'll take them to the finance committee.", "think_it_over")]))
