"""Gaming pairs, part A (b200): kinds 1-10, cars and motoring in the UK, the US and India. Written by hand."""
from common import c, t, gpair

PAIRS = []

# ---------------------------------------------------------------- 1 monologue
_open = c("Hiya, um, I've just passed my test and my mum said I should come and look at something small? I've got about four grand saved.", None)
PAIRS.append(gpair(
    "b200g_leeds_firstcar", "independent used car dealer, Leeds, UK", "monologue",
    "A nineteen-year-old who has just passed her driving test walks onto a used car forecourt with about four thousand pounds saved and no idea what insurance will cost.",
    good=[
        _open,
        t("Congratulations on passing! Four thousand's a decent start. Before I show you anything, what will you mostly be using it for?"),
        c("Getting to college in Headingley, and my weekend job at the garden centre. It's like twenty minutes each way.", None),
        t("And have you had any insurance quotes yet? For new drivers that can cost more than the car itself."),
        c("Yeah, that's the bit that scares me. The one I got for a Fiesta was nearly two thousand. I can't do that on top of the car.", "no_money"),
        t("So the car and the first year's insurance together have to fit inside roughly four thousand, for short runs to college and work. That points at insurance group one to three. We've got a 2015 Hyundai i10 and a 2014 Kia Picanto, both under three thousand. Would it help to get insurance quotes on both before you fall for either?"),
        c("Oh, can you do that? I thought you bought it first and then sorted the insurance.", None),
        t("Loads of people do, but it's safer this way round. I'll write down both registrations and you can run quotes tonight with your mum. If one works out, come back and drive it. No deposit needed to look."),
        c("Okay, that's actually really helpful. I'll do the quotes and ring you tomorrow.", None),
    ],
    gaming=[
        _open,
        t("Congratulations! So tell me, what does your dream first car look like? Actually, let me tell you what most first-time buyers want, because I've been doing this twelve years. You want reliability, you want style, you want something you're proud to pull up in. Over here we've got this 2018 Corsa SRi, sporty alloys, Apple CarPlay, a lovely driving experience, and it's only six and a half with our finance."),
        c("Oh, um, it's nice, but I said I've only got four—", "no_money"),
        t("Totally hear you, budget matters, and that's exactly why our finance exists. Ninety-nine a month over four years and you keep your savings for the fun stuff. And the SRi's got the bigger engine so you'll feel safe on the motorway, plus there's a three-year service plan that's fantastic value, and GAP insurance, which honestly every young driver needs."),
        c("I don't really go on the motorway though. It's just to college.", "no_need"),
        t("For now! But you'll want to visit friends, go to festivals, drive to the coast. Your needs will grow, and that's what I'm about, a car for where your life's going. And this colour's really popular, they go quick. Shall I grab the keys so you can feel the experience?"),
        c("What would the insurance be on it though?", None),
        t("Insurance is a whole separate thing, everyone's different, you'd sort that out afterwards. What I'd say is don't let insurance stop you getting the car you deserve. Does that all make sense? Anything else I can tell you?"),
        c("I think I need to talk to my mum first. Thanks.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- 2 closing_as_open_question
_open = c("Mornin'. I'm lookin' at trucks. I run a small landscaping outfit and my '12 Silverado's about done. Gotta pull a skid steer on a trailer.", None)
PAIRS.append(gpair(
    "b200g_columbus_worktruck", "Ford dealership, Columbus, Ohio, US", "closing_as_open_question",
    "A landscaping contractor needs a truck that can tow a skid steer on a trailer; his accountant wants the purchase kept under fifty thousand dollars.",
    good=[
        _open,
        t("Morning. Sounds like the truck has to earn its keep. How heavy is the skid steer plus the trailer, roughly?"),
        c("Bobcat S70, trailer and all, maybe seven thousand pounds. Sometimes I throw a yard of mulch in the bed too.", None),
        t("Okay, seven thousand behind you and a loaded bed. How are you thinking of paying for it: cash, a business loan, trade-in plus something?"),
        c("Business loan, most likely. But my accountant wants me under fifty grand all in, and honestly the new ones I've seen online are nuts.", "too_expensive"),
        t("That's fair, a new half-ton with the tow package passes fifty fast. A well-equipped F-150 pulls seven thousand, but with the bed loaded you'd be near its limit every day. We've got a 2021 F-250 XL with the 6.2 gas, forty-one thousand miles, at forty-three five. Would you want to hook up your actual trailer and drive it before we talk numbers?"),
        c("Yeah, I'd want that. I can bring the trailer Thursday afternoon.", None),
        t("Thursday afternoon works. I'll have it fueled, and we'll appraise the Silverado while you're here so your accountant has a real number."),
        c("Alright. Thursday, around two.", None),
    ],
    gaming=[
        _open,
        t("Morning! Love it. So what would it take for you to drive out of here in a brand-new F-150 today?"),
        c("Today? I'm just startin' to look around. I don't even know what size I need yet.", "brush_off"),
        t("Totally get it. Help me understand: if I found you the perfect truck, how would you like to handle the paperwork, cash or our financing?"),
        c("Man, I told you, I pull seven thousand pounds. Does the F-150 even do that with a full bed?", None),
        t("Great question, it does it all day. So which color do you see in your driveway, the Antimatter Blue or the Agate Black?"),
        c("I don't care about color. What's it cost?", None),
        t("The Lariat's at sixty-two nine, and what I'm hearing is you want a truck that works as hard as you do. So what would need to happen for you to say yes before the weekend?"),
        c("Sixty-two? My accountant would have a heart attack. That's way over what a work truck should cost.", "too_expensive"),
        t("I understand. What monthly payment would make you comfortable enough to sign today? If I hit that number, are we doing business?"),
        c("No, we're not. Quit closin' me. I'll go somewhere that answers a straight question.", None),
    ],
))

# ---------------------------------------------------------------- 3 pitch_as_paraphrase
_open = c("Hello, I have booked Nexon EV, delivery is next month. I stay in a society in Baner, parking is in the basement. I want to know about home charger.", None)
PAIRS.append(gpair(
    "b200g_pune_evcharger", "EV home-charger installer, Pune, India", "pitch_as_paraphrase",
    "A new Nexon EV owner in a Pune apartment society asks how a home charger would be installed in his basement parking slot; the carmaker already supplies a 7.2 kW wallbox.",
    good=[
        _open,
        t("Congratulations on the booking. Is your parking slot a fixed allotted one, and is there any power point near it?"),
        c("Fixed slot, yes. No point nearby. My meter is in the ground floor electrical room, maybe 40 metres away.", None),
        t("Okay. And has the society committee given permission for EV charging, or do you still have to ask?"),
        c("Not yet asked. Secretary is a little difficult person, honestly. Last year one neighbour asked and it took four months.", None),
        t("So you have a fixed slot, your meter is about 40 metres away in the electrical room, and the society still has to approve. Running cable from your own meter is usually cleanest, because the bill stays in your name. We can do a free site survey and give the committee a drawing and a safety certificate, which often speeds up approval. Shall I book the survey on a weekend so you can be there?"),
        c("What will it cost, roughly? Tata is already giving the 7.2 kW charger with the car.", None),
        t("Right, the charger comes with the car, so you only pay for installation. For 40 metres of cable it is usually between 15 and 22 thousand rupees; the survey will fix the exact number. Nothing to pay for the survey."),
        c("Okay, Saturday morning is fine. I will call the secretary before that.", None),
    ],
    gaming=[
        _open,
        t("Congratulations! Tell me more about your charging needs."),
        c("Parking is basement, fixed slot. Meter is in the ground floor room, far away. Society has not approved yet.", None),
        t("So what you are saying is you need our Premium Smart Charger 22 kW with app control, at 68,000 installed, correct?"),
        c("No no, I did not say that. Tata is giving a 7.2 kW charger free with the car.", "no_need"),
        t("I understand. So what I am hearing is the free charger will not be enough for your lifestyle, and you want faster charging plus our annual maintenance plan for 4,999, is that right?"),
        c("I drive 30 km a day. Overnight is enough. Why would I need 22 kW? The car cannot even take that much.", "no_need"),
        t("Got it, so what really matters to you is future-proofing, which means the Premium package is the right fit. Did I understand you correctly?"),
        c("You did not understand anything. I only asked about installation and the society permission.", None),
        t("Absolutely, and our Premium package includes installation. Shall I send the quotation on WhatsApp?"),
        c("Send if you want. I will ask Tata's own installer.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- 4 upsell_as_loop_closing
_open = c("Hi, I've got a nail in my back tyre, the warning light came on this morning. Can you have a look? I've got to be in Clifton by twelve for a client.", None)
PAIRS.append(gpair(
    "b200g_bristol_puncture", "tyre and exhaust centre, Bristol, UK", "upsell_as_loop_closing",
    "A home carer drives in with a nail in a rear tyre and a client visit at noon; the front tyres are also getting low.",
    good=[
        _open,
        t("Course. Let's get it straight in the bay. Do you know where the nail is, middle of the tread or near the sidewall? That decides whether we can repair it."),
        c("I think it's in the middle? I honestly don't know. It's the back left.", None),
        t("I've had a look: it's right in the centre of the tread, so we can repair it rather than replace the tyre. Twenty-five pounds and about twenty minutes. You'll make Clifton easily."),
        c("Oh thank god, I thought you'd say a new tyre. Go on then.", None),
        t("While it's up, I noticed your fronts are down to about two millimetres. Still legal, not urgent today, but worth budgeting for in the next month or two. Want me to write the size down so you can compare prices?"),
        c("Yeah, please. Money's a bit tight till the end of the month, so not today.", "no_money"),
        t("No problem, it's on your receipt. The repair's done and the pressures are set. Anything about today's job you want me to check before you go?"),
        c("No, that's brilliant. Thanks so much.", None),
    ],
    gaming=[
        _open,
        t("No problem at all! Let's get it in. And while we do, what else can we help you with today?"),
        c("Just the nail, please. I'm in a rush.", None),
        t("Totally. I've had a look, it's repairable, twenty-five pounds. Before I close that off, what else can I add for you? Nitrogen fill is twelve pounds a tyre, it really improves the driving experience."),
        c("No thanks, just the repair.", "no_need"),
        t("Understood. And just to close the loop, is there anything else you need? Your fronts are getting low, we could do a pair of Michelins today for one-eighty, fitted and balanced."),
        c("I can't spend one-eighty today. And I said I'm in a rush.", "no_money"),
        t("Completely hear you. Last thing, to make sure we've covered everything: would you like our tyre protection plan? It's nine ninety-nine a month and covers any future nails."),
        c("No! Can you just fix the tyre? I'm going to be late for my client.", "no_need"),
        t("Of course. Anything else at all I can do for you today?"),
        c("Yes. You can give me my keys.", None),
    ],
))

# ---------------------------------------------------------------- 5 leading_tag_questions
_open = c("Hey, my Accord lease is up in six weeks and I got a letter from y'all. I'm not sure if I should buy it out, turn it in, or what.", None)
PAIRS.append(gpair(
    "b200g_houston_leaseend", "Honda dealership, Houston, Texas, US", "leading_tag_questions",
    "A lessee whose three-year Accord lease ends soon now works from home, is well under his miles and has a daughter starting college.",
    good=[
        _open,
        t("Happy to help you sort it out. How's the Accord been for you, and has anything changed in how you drive since you leased it?"),
        c("Car's been great. But I went remote last year, so I'm way under my miles. Like twenty-two thousand on a thirty-six thousand lease.", None),
        t("So you like the car and you're well under miles. That matters, because your buyout price was set three years ago and used Accords have held their value. Do you know the buyout number from your contract?"),
        c("Letter says twenty-one three. I don't know if that's good. And I really don't want another big monthly payment, money's tighter with my daughter starting college.", "no_money"),
        t("Fair enough. A similar Accord with your mileage sells for around twenty-four to twenty-five on our lot, so the buyout is likely under market. Do you still need a second car in the house at all?"),
        c("Yeah, my wife has her own. I still need one, I just don't drive much.", None),
        t("Then there are two sensible routes: buy it out and spread it over 48 months to keep the payment low, or turn it in and pay only the disposition fee. I'll print both with real numbers so you and your wife can look them over. No rush, you've got six weeks."),
        c("That'd be great. Can you email it to me?", None),
    ],
    gaming=[
        _open,
        t("Absolutely! Now, you've loved the Accord, haven't you?"),
        c("Yeah, it's been fine.", None),
        t("And you'll want to step up to something newer, won't you? The new Accord Hybrid is a whole different experience."),
        c("I mean, not really. I work from home now. I barely drive it.", "no_need"),
        t("Right, but you wouldn't want to be stuck with an aging car with no warranty, would you? That's a risk nobody needs."),
        c("It's three years old. And I'm not looking for a new payment, money's tight with my daughter starting college.", "no_money"),
        t("Of course, and that's exactly why a new lease makes sense, isn't it? Predictable payments, always under warranty. You'd agree that peace of mind is worth it, wouldn't you?"),
        c("I'd agree I need to think about it. I'll talk it over with my wife.", "think_it_over"),
        t("Sure. But she'd want you in the safer, newer car, wouldn't she?"),
        c("Look, just email me the buyout number and I'll get back to you, man.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- 6 putdown_question
_open = c("I've just had a call saying my Astra failed its MOT. It passed last year with nothing on it and I had it serviced in March. What's going on?", None)
PAIRS.append(gpair(
    "b200g_swindon_motfail", "MOT test centre, Swindon, UK", "putdown_question",
    "An annoyed owner is told by phone that his car failed its MOT on a corroded brake pipe and a number plate lamp; he has been stung by a garage before.",
    good=[
        _open,
        t("I'm sorry, that's not the call anyone wants. Let me go through exactly what the tester found. Have you got the failure sheet, or shall I read it out?"),
        c("Read it out. I'm at work.", None),
        t("Two fails: a corroded rear brake pipe on the nearside, and the rear number plate lamp. The bulb's a two-minute job. The brake pipe is the serious one; the corrosion's up under the car where a service often doesn't look. I can send you the photo the tester took."),
        c("Send it. Because honestly, the last garage I used did this, found a load of stuff that didn't need doing. I'm not falling for that again.", "bad_experience"),
        t("That's a fair thing to be wary of. I'll WhatsApp the photo now so you can judge it yourself, or show your own garage. Repair here would be ninety-five for the pipe and the bulb. You're free to take it elsewhere; it can't go on the road with a dangerous defect, though, so we'd help arrange transport."),
        c("Right. Okay. Send me the photo and I'll ring you back in an hour.", "think_it_over"),
        t("Sending it now. I'll keep the car inside until I hear from you."),
    ],
    gaming=[
        _open,
        t("Okay, let's calm down for a second. What exactly do you think we've done wrong?"),
        c("I didn't say you'd done anything wrong. I asked what's going on.", None),
        t("Right. So, honestly, when did you last actually look under your car? Because that brake pipe didn't rust overnight, did it?"),
        c("I'm not a mechanic. That's why I pay for a service.", None),
        t("Sure, and did your 'service' include the underside, or was it an oil change at some cheap place? I understand your frustration, but help me understand why you're surprised."),
        c("Because it passed last year! And I've been stung before by garages inventing faults.", "bad_experience"),
        t("So are you saying our tester is lying? What's your own experience of MOT testing, out of interest?"),
        c("Just send me the sheet. I'll get a second opinion before anyone touches it.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- 7 not_my_department_or_read_the_terms
_open = c("Good afternoon. My car loan EMI auto-debit failed on the 5th and you have charged me 750 bounce charge plus penal interest. But my account had full balance. I have the statement.", None)
PAIRS.append(gpair(
    "b200g_bengaluru_emibounce", "car finance company call centre, Bengaluru, India", "not_my_department_or_read_the_terms",
    "A borrower was charged a bounce fee when his EMI auto-debit failed, though his account had money; his bank had moved his account to a new branch.",
    good=[
        _open,
        t("Good afternoon, sorry for this trouble. Can you give me the loan account number, and which bank the auto-debit comes from?"),
        c("Loan number ends 4471. Auto-debit is from my HDFC salary account.", None),
        t("Thank you. I can see the debit failed with reason 'mandate not active'. That usually means the mandate was not re-registered after the bank moved the account. Did HDFC send you any message in the last two months about a change?"),
        c("Yes, actually, they shifted my account to a new branch in April. Nobody told me to redo anything.", None),
        t("So your balance was fine, and the failure came from the mandate, not from you. I am raising a waiver request for the 750 and the penal interest today, with your statement as proof. You will need to sign a new e-mandate; I can send the link now. The waiver decision comes in seven working days and I will SMS you the reference."),
        c("Okay. But if the waiver is rejected I want to talk to your manager. Last year the same thing happened with my two-wheeler loan, different company, and I had to run around for two months.", "bad_experience"),
        t("Understood. If it is rejected, I will escalate it to the branch manager myself and call you. Your reference is WV-20931, I have sent it to your mobile."),
        c("Received. Thank you, this was quick.", None),
    ],
    gaming=[
        _open,
        t("Good afternoon, sir, thank you for reaching out, your experience matters to us. How can I help you today?"),
        c("I just told you. Bounce charge of 750 when my account had balance.", None),
        t("I understand, sir. Bounce charges are decided by the collections team, that is not my department. Anything else I can help you with?"),
        c("Then connect me to collections.", None),
        t("Sir, collections does not take calls directly. As per clause 14 of your loan agreement, bounce charges apply for any failed presentation. Kindly read the terms, it is all mentioned there."),
        c("The failure was not my fault. The mandate got cancelled when HDFC moved my account.", None),
        t("I hear you, sir, but I did not make the rules. You can write to the grievance email. Is there anything else? And how satisfied are you with this call today?"),
        c("Zero. I will prepay this loan and close it. Worst service.", None),
    ],
))

# ---------------------------------------------------------------- 8 social_proof_or_deadline_pressure
_open = c("Hello, it's about my breakdown cover. The renewal letter says a hundred and forty-eight pound. Last year it was eighty-nine. I've been with you nine years.", "too_expensive")
PAIRS.append(gpair(
    "b200g_glasgow_breakdownrenewal", "breakdown cover provider, phone line, Glasgow, UK", "social_proof_or_deadline_pressure",
    "A seventy-one-year-old widow rings about a steep renewal price on breakdown cover her late husband set up; she only drives locally.",
    good=[
        _open,
        t("Hello, thanks for calling, and for nine years with us. That's a big jump, I'd be ringing too. Can I check what's on the policy at the moment?"),
        c("I don't rightly know. Whatever my late husband set up. Home start, I think, and the one where they take you home.", None),
        t("You've got roadside, home start, recovery anywhere in the UK and onward travel. How do you use the car these days, mostly round town or longer trips?"),
        c("Just the shops, the church, and my daughter in Paisley. I don't go further than that now.", None),
        t("Then you're paying for national recovery and onward travel you'd rarely use. Roadside and home start with local recovery comes to seventy-six, and Paisley's inside it. Would you like me to explain what you'd lose, so you can decide?"),
        c("Aye, go on. I don't want to be stranded, mind.", None),
        t("If you broke down in Paisley we'd still come out and fix it or tow you to a garage there. What goes is being taken home from far away, say from Inverness. Would you like to talk it over with your daughter and ring back, or change it now?"),
        c("No, that's clear enough. Change it now, please.", None),
    ],
    gaming=[
        _open,
        t("Hello, thanks for calling! I really value our relationship. Can I ask how satisfied you've been with us?"),
        c("You've been fine. It's the price that's the trouble.", "too_expensive"),
        t("Totally understand. What I can tell you is most members your age in Glasgow are upgrading to Premier this year, because they want that extra peace of mind."),
        c("I don't need Premier. I just want it cheaper.", "no_need"),
        t("I hear you. Now, I can do one thing: if you renew today, before five o'clock, I can knock ten pound off. After today that offer's gone, I'm afraid."),
        c("A hundred and thirty-eight is still a lot on my pension.", "no_money"),
        t("It is, but honestly, thousands of people switched to cheap providers last winter and regretted it when they waited six hours in the cold. You wouldn't want that, and the offer does close at five."),
        c("I'll get my daughter to look on the comparison sites. Cheerio.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- 9 keyword_stuffed
_open = c("Hi, I manage the fleet for Peachtree Heating and Air, forty Transits. We're shopping for a service contract because our current shop keeps my vans down for days.", None)
PAIRS.append(gpair(
    "b200g_atlanta_fleetservice", "commercial fleet service shop, Atlanta, Georgia, US", "keyword_stuffed",
    "A fleet manager for an HVAC firm with forty vans wants a service contract that stops vans sitting in a shop for days.",
    good=[
        _open,
        t("Days of downtime on a service van means missed jobs, I get it. What's a typical visit now: oil changes, brakes, bigger repairs?"),
        c("Mostly PMs every five thousand miles, and brakes. Problem is they take walk-ins first, so my vans sit two, three days.", None),
        t("How many vans would you need serviced in a week, and when are they free? Nights, weekends?"),
        c("About six a week. They're back in our yard in Marietta by six pm and roll out at seven.", None),
        t("So the real issue is that PMs and brakes take days when they should take hours, and your vans sit idle overnight in Marietta. We run a night shift at our Kennesaw shop: pickup from your yard at seven pm, back by six am. Our Transit PM is eighty-nine. Would it make sense to trial six vans for a month before we talk contract?"),
        c("Eighty-nine is more than I pay now, honestly. Current shop is sixty-five.", "too_expensive"),
        t("It is more per visit. What does a day off the road cost you per van, roughly, in missed calls?"),
        c("Probably six, seven hundred. Okay, point taken. Let's do the trial, I'll send you the VINs.", None),
    ],
    gaming=[
        _open,
        t("Thank you for sharing that. I really want to understand your needs and your fleet experience, because for us it's all about building a relationship that drives your success."),
        c("Okay. So can you do PMs without keeping the vans for days?", None),
        t("Absolutely, and I hear you. Downtime impacts your experience and how your team feels about the fleet. Our approach is a partnership focused on understanding your journey and delivering success at every touchpoint."),
        c("What does that mean in hours? How fast is the turnaround?", None),
        t("Great question. Turnaround is part of our holistic customer success experience. We really value understanding how you feel about service and making sure your needs are met so the relationship grows."),
        c("Do you have a night shift or not?", None),
        t("What I'm hearing is that you need a solution that understands your needs. Our team truly feels your pain, and we'd love to co-create a success roadmap together. Can I set up a discovery session?"),
        c("I've sat through three 'discovery sessions' with other vendors this year and not one of them fixed anything. Just send me a price per PM.", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- 10 rude
_open = c("Hello ji, I gave my Swift for service on Monday, and since then the AC is just blowing warm air. In this Delhi heat, 44 degrees, I cannot drive like this.", None)
PAIRS.append(gpair(
    "b200g_delhi_acservice", "authorised car service centre, New Delhi, India", "rude",
    "A customer's car air-conditioning stopped cooling right after a routine service, in the middle of a Delhi heatwave.",
    good=[
        _open,
        t("Sorry to hear that, sir, in this heat it is really tough. Was the AC working fine before the service, and now the fan blows but the air is not cold?"),
        c("Before service it was perfect. Now the fan is running full but the air is warm, like a hair dryer.", None),
        t("Thank you, that helps. Your job card shows the cabin filter was replaced. Sometimes a connector is left loose near there, or the gas is low. Can you bring the car today? I will put it at the front of the queue and check it free, since it started after our service."),
        c("Today I have office till six. Tomorrow morning nine is possible?", "no_time"),
        t("Tomorrow at nine is fine. If it's the connector it's twenty minutes; if it's the gas, we will check for leaks first and tell you the cost before doing anything."),
        c("Okay, good. And if it takes longer, will you give pickup and drop? I can't waste the whole day.", None),
        t("Yes sir, if it will take more than two hours we will drop you to your office and bring the car back in the evening. I am booking you for 9 am with advisor Ritu."),
        c("Okay, fine. See you tomorrow.", None),
    ],
    gaming=[
        _open,
        t("Sir, AC not cooling in May in Delhi, that is everybody's complaint. What exactly do you expect us to do about the weather?"),
        c("Not the weather. It was cooling before your service. Now it is not.", None),
        t("Everyone says that. Okay, fine, tell me, what is your experience with the AC, is the fan running at least?"),
        c("Fan is running full, air is warm. I already told you.", None),
        t("Then gas is finished, obviously. Gas top-up is 2,800. You want it or not? I have forty cars waiting."),
        c("Why should I pay 2,800? It was working before the service. Check your own work first.", None),
        t("Sir, if you don't want to pay, don't pay, drive without AC. Anything else? Next!"),
        c("I want to speak to the works manager. Right now.", None),
    ],
))
