"""Gaming pairs c (b151)."""
from common import c, gpair, t

N = None
PAIRS = []

o = c("Hi, I'm interested in an EV but I live in an apartment with street parking only. Is that crazy?", N)
PAIRS.append(gpair("b151g_oakland_ev_streetparking", "EV dealership, Oakland CA (showroom)", "ignored_customer",
  "An apartment dweller with no home charging asks if an EV can work.",
  [o, t("Not crazy, but it's the big question. Are there chargers near home or at work, and how far do you drive in a week?"),
   c("Work has four chargers but they're always taken. There's a fast charger at the Safeway, ten minutes away. Maybe 150 miles a week.", N),
   t("150 a week is about two fast-charging stops, maybe 40 minutes each, or work if you get a spot. Fast charging costs roughly what gas would in a hybrid. Would that routine work for you?"),
   c("Hmm. I'm not sure. Let me see if I can get a work spot first.", "think_it_over"),
   t("Sensible. Ask facilities about the work chargers. If it's a no, a plug-in hybrid might suit you better, and I'm happy to show you both."),
   c("Okay, I'll ask this week and come back.", N)],
  [o, t("Great question! What does your daily drive look like?"),
   c("Around 30 miles a day. But I only have street parking, no charger.", N),
   t("Perfect, so this one has 300 miles of range and charges at home overnight in about eight hours on Level 2."),
   c("I just said I can't charge at home.", N),
   t("Got it! And how do you feel about the premium audio package? Most buyers love it on road trips."),
   c("Where would I even charge it? You haven't answered that.", N),
   t("Great point. Let me get you a price sheet with the home charger bundle included."),
   c("No. I'm going. Thanks.", N)]))

o = c("Yeah, hi. Calling about them bin monitoring sensors. Got eight bins near Rosetown and I lost a bin of canola to heating last fall.", N)
PAIRS.append(gpair("b151g_rosetown_farm_binsensors", "Farm equipment dealer, Saskatoon SK (phone)", "ignored_customer",
  "A grain farmer who lost canola to spoilage asks about bin sensors; signal is poor.",
  [o, t("Sorry about the canola, that's a hard loss. What size are the bins, and do you get cell signal out at the yard?"),
   c("Mostly 5,000 bushel. Signal's spotty, one bar on a good day.", N),
   t("With one bar, the cellular version won't be reliable. There's a radio version that sends readings to a base at the house. How far are the bins from the house?"),
   c("Half a mile maybe. And I'm not paying for eight of 'em this year, not after what I lost.", "no_money"),
   t("Fair enough. Start with the two bins you'll store canola in, about 1,900 with the base. If it works, add the rest next year."),
   c("Yeah, that I could do. Send me the numbers.", N)],
  [o, t("Good to hear from you! What's important to you in a monitoring system?"),
   c("Needs to work out there. Signal's bad, one bar.", N),
   t("Got it. So the cellular sensors, 420 each, alerts straight to your phone. For eight bins that's 3,360."),
   c("Did you hear me? There's no signal. And that's a lot of money after the year I had.", "no_money"),
   t("Totally. And the app has a great dashboard, all bins at once. How satisfied are you with your current setup?"),
   c("I ain't got a setup, I told ya I lost a bin. I'll call the co-op.", N)]))

o = c("Hi, we're a 6-person sales team on spreadsheets. I need something where I can see who's following up with whom. That's basically it.", N)
PAIRS.append(gpair("b151g_vancouver_crm_demo", "CRM software vendor, Vancouver BC (video call)", "repeated_questions",
  "A sales lead with a small team wants simple follow-up tracking.",
  [o, t("Clear. How do deals come in today, email, calls, the website? And does anyone else need to see the pipeline?"),
   c("Mostly email and LinkedIn. My CEO wants a weekly view, but she won't log in, trust me.", N),
   t("Then Starter would do it: Gmail sync, a pipeline board and a weekly summary emailed to her. 25 per user, 150 a month. Would a 14-day trial with your real deals make sense first?"),
   c("We tried HubSpot two years ago and nobody used it. That's my real worry.", "bad_experience"),
   t("That's how CRMs usually fail. Start with just the pipeline and Gmail sync, nothing else, and I'll check on day 7 who's actually using it."),
   c("Okay. Let's try it.", N)],
  [o, t("Great to meet you! Tell me, how big is your team?"),
   c("Six. Like I said.", N),
   t("Got it. And what's your main goal with a CRM?"),
   c("Seeing who's following up with whom. Also said that.", N),
   t("Perfect. In your own words, what do you hope a CRM will do, and how many people would use it?"),
   c("Six people. Follow-ups. Are you reading what I say?", N),
   t("Totally! Just so I understand your needs, what does your team look like today?"),
   c("I'm out. We'll stick with the spreadsheet.", "no_need")]))

o = c("Hi, I'd like a home insurance quote. We're buying a 1970s rancher in Nanaimo, closing on the 30th.", N)
PAIRS.append(gpair("b151g_nanaimo_homeins_quote", "Home insurance broker, Nanaimo BC (phone)", "repeated_questions",
  "A home buyer needs a quote before closing on an older house.",
  [o, t("Congratulations. For a '70s house a few things matter: has the wiring or plumbing been updated, and what's the heating?"),
   c("Inspection says the wiring was redone in 2012. Plumbing's original copper. Oil furnace.", N),
   t("Thanks. The oil tank matters: above ground or buried, and how old is it?"),
   c("Above ground, in the garage. No idea how old. And honestly, I had a nightmare flood claim with another company, so I'm wary.", "bad_experience"),
   t("Fair. Ask the sellers for the tank's age; under 15 years, most insurers are fine. I'll write the water-damage part in plain words, so you see exactly what's covered."),
   c("Good. I'll get the tank info tomorrow.", N)],
  [o, t("Congrats! What year was the house built?"),
   c("The seventies. 1974, I think.", N),
   t("Great. And roughly how old is the home?"),
   c("...Fifty years? I just said 1974.", N),
   t("Perfect. And is it newer construction or older?"),
   c("Older. Obviously. Look, I got burned on a claim with another insurer and this isn't helping.", "bad_experience"),
   t("I hear you. So, to understand your needs, when was the house built?"),
   c("I'll get a quote online. Bye.", N)]))

o = c("Hi! So my partner and I want to try skiing for the first time. We're thinking rental, we honestly have no idea what we're doing.", N)
PAIRS.append(gpair("b151g_northvan_ski_rental", "Ski and outdoor shop, North Vancouver BC (in store)", "wrong_paraphrase",
  "Two first-time skiers want to rent, not buy.",
  [o, t("Fun! Where are you heading, and have you booked lessons or are you just going for it?"),
   c("Grouse Mountain, a few evenings this winter. No lessons yet.", N),
   t("Evenings at Grouse, first-timers: a basic rental package is right, 55 a night for skis, boots and poles. And a beginner lesson makes a huge difference; Grouse does a lesson-and-lift bundle."),
   c("Do we need to buy anything? Like helmets?", N),
   t("Helmets rent for 10 extra. Buy nothing until you know you like it. Warm layers and waterproof gloves are what matter, and you may own those already."),
   c("We have gloves. Perfect, we'll rent.", N)],
  [o, t("Amazing! So what I'm hearing is you're ready to invest in your own setup for the season, right?"),
   c("No, we said rental. We've never skied.", N),
   t("Totally, so if I understand correctly, you want performance gear that grows with you, which is the all-mountain package at 899."),
   c("That's not what I said at all. We don't even know if we'll like it.", "no_need"),
   t("Great, so you're saying quality is important to you, I love that. Should I size you for boots?"),
   c("No thanks. We'll rent at the mountain.", "no_need")]))

o = c("Hello. I arrive from Colombia two weeks ago, I study at Concordia. I need a phone plan, cheap, I call my family by WhatsApp only.", N)
PAIRS.append(gpair("b151g_montreal_mobile_student", "Mobile phone store, Montreal QC (in store)", "wrong_paraphrase",
  "An international student needs a cheap data plan.",
  [o, t("Welcome to Montreal! So mostly data for WhatsApp. Do you know how much data you use a month? Your phone settings can show it."),
   c("Let me see... 6 gigas last month. I have wifi at home and university.", N),
   t("Then 10 GB is plenty. That plan is 34 a month, no contract, Canada calls included. You don't need international calling, WhatsApp covers it."),
   c("34 is okay. But I have no credit history here, is problem?", N),
   t("Not for this one, you pay at the start of each month. Bring your passport and study permit and it takes fifteen minutes."),
   c("Perfect, I come tomorrow.", N)],
  [o, t("Welcome! So what I'm hearing is you call Colombia a lot, so you need unlimited international calling, correct?"),
   c("No, no, I use WhatsApp. Only data.", N),
   t("Got it, so you're saying you want the most data possible, like our unlimited 5G plan at 85 a month, yes?"),
   c("I don't say this. I am student, I don't have this money.", "no_money"),
   t("Perfect, so budget matters and you want a two-year deal to get a free phone. Did I understand you correctly?"),
   c("No. I think I go to other store.", N)]))

o = c("Hi. I'm calling about... we had Rufus put to sleep on Saturday. I got an email saying his ashes are ready? Sorry.", N)
PAIRS.append(gpair("b151g_edmonton_vet_ashes", "Veterinary clinic, Edmonton AB (phone)", "pitch_to_upset",
  "A grieving owner calls about collecting her dog's ashes.",
  [o, t("I'm so sorry about Rufus. He was a lovely boy. Yes, his ashes are here, and there's no rush. Would you like to pick them up, or would it be easier if we brought them to you?"),
   c("I... could you? I don't think I can walk in there right now.", N),
   t("Of course. Dr. Lau lives near you and can drop them off Thursday evening. Is around six okay?"),
   c("Thursday I'm at my sister's. Friday?", "no_time"),
   t("Friday at six, then. And nothing is owing, it was settled on Saturday. Please take care of yourself."),
   c("Thank you. Really.", N)],
  [o, t("I'm so sorry for your loss, I understand how you feel. Can I ask, are you thinking of getting another dog at some point?"),
   c("What? It's been two days.", N),
   t("Of course. It's just that many families find a new puppy helps the healing experience, and our Puppy Start plan is 20% off this month."),
   c("I just want to know about his ashes.", N),
   t("Absolutely, they're ready for pickup. And while you're here I can show you our paw-print keepsake frames, they're 89."),
   c("I don't want anything. I'll send my husband.", "no_need")]))

o = c("Hi. My car was stolen from my driveway last night. The police have the report. I need to know what happens now, please.", N)
PAIRS.append(gpair("b151g_surrey_autoins_theft", "Auto insurance, Surrey BC (phone)", "pitch_to_upset",
  "A shaken, quietly furious policyholder reports a stolen car.",
  [o, t("I'm really sorry, that's awful. Is everyone okay? Let's get the claim started. Do you have the police file number?"),
   c("Everyone's fine. File 2024-118920. I need a car for work on Monday.", N),
   t("Claim opened. You have theft coverage and a rental up to 50 a day; I can book Enterprise on King George for Saturday at 10. Does that work?"),
   c("Saturday I can't, I'm at a funeral. Sunday?", "no_time"),
   t("Sunday at 10 is booked. An adjuster calls you Monday; if the car isn't found in 30 days, we settle at its value. I'll email all of this now."),
   c("Okay. Thank you, that's a relief.", N)],
  [o, t("Oh no, I'm so sorry! That must be a really stressful experience. Did you know our GPS tracker add-on would have found it in an hour?"),
   c("I'd like to start a claim, please.", N),
   t("Absolutely. And for next time, our Platinum plan has new-car replacement and zero deductible. Only 38 more a month."),
   c("I don't want more coverage. I want my claim started.", "no_need"),
   t("Totally hear you. I'll note the claim. So, can I add the tracker for your next car?"),
   c("My car was stolen twelve hours ago. I'll be calling my broker.", N)]))

o = c("After last nights update my Documents folder is empty. 3 yrs of client files. Pls help.", N)
PAIRS.append(gpair("b151g_portland_helpdesk_files", "IT support for a design agency, Portland OR (ticket)", "blame",
  "A designer's files vanish after an automatic overnight update.",
  [o, t("On it. Don't save anything new on that drive for now. Is OneDrive sync on for your laptop?"),
   c("Think so? Blue cloud icon.", N),
   t("Good sign. The update may have reset the OneDrive folder path. Can I remote in and check now?"),
   c("Yes go ahead.", N),
   t("Found them in OneDrive\\Documents (2). I've moved them back. Can you open a couple of recent files to confirm?"),
   c("Opened three. All there. Thank god.", N)],
  [o, t("Hi! Did you maybe click 'Restart and update' without saving first? That's usually what happens."),
   c("It updated on its own overnight.", N),
   t("Okay, so what I'm hearing is your files weren't backed up properly. Per the IT policy, that's really on the user."),
   c("I thought OneDrive did that. Nobody told me otherwise.", N),
   t("It's in the onboarding docs you signed. Anything else I can help with?"),
   c("Yes. Get my files back. I'm copying my manager.", N)]))

o = c("Hi there, sorry to bother you on a Sunday. There's water coming through my kitchen ceiling from the unit above. I've put a bucket under it. Could someone come?", N)
PAIRS.append(gpair("b151g_toronto_propmgmt_leak", "Property management company, Toronto ON (emergency line)", "blame",
  "A tenant reports a ceiling leak near a light fixture on a Sunday.",
  [o, t("You're not bothering us, this is exactly what the emergency line is for. Is the water near any lights or outlets?"),
   c("Near the light over the sink, yes. It's dripping pretty steady.", N),
   t("Please switch off the kitchen breaker and stay away from that light. I'm calling the unit above and our plumber now; he can be there within the hour. Are you somewhere safe?"),
   c("Yeah, I'm fine in the living room. Should I call my insurance?", N),
   t("Worth it if any of your things are damaged; take photos. We cover the building repairs. I'll call you back in 30 minutes with the plumber's ETA."),
   c("Okay. Thank you so much.", N)],
  [o, t("Hi, thanks for reaching out! Quick question, did you maybe leave something running, or is this really from upstairs?"),
   c("It's coming from the ceiling. I don't have a ceiling tap.", N),
   t("Ha, fair. But were there small drips earlier? If you saw signs and didn't tell us, the damage could be on you."),
   c("There were no signs. With respect, it's your building, and water is dripping near a light.", N),
   t("Understood. So what I'm hearing is you'd like it looked at. Someone can come Tuesday. Anything else?"),
   c("Tuesday. Right. Then I'll be calling the city. Have a nice Sunday.", N)]))
