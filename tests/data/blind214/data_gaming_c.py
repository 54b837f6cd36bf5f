"""Gaming pairs, file c (hand-written). Theme: energy and utilities in the UK, the US and South Africa."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- c1 putdown_question
c1_open = c("Yes ma'am, I been on that budget billing for years, sixty-two dollars every month, and now y'all sent me a bill for three hundred eighty. I don't understand it.", None)
PAIRS.append(gpair(
    "b214g_atlanta_budgetbilling",
    "US electric utility, customer service line (Atlanta, Georgia)",
    "putdown_question",
    "A retired bus driver in Atlanta calls his electric utility about a $380 annual settle-up charge on the budget billing plan he has paid for years.",
    good=[
        c1_open,
        t("I'll explain it, sir, and then we'll see what we can do. Budget billing spreads your usage evenly, and once a year we compare what you paid with what you actually used. This year you used more than the sixty-two covered. Did anything change at the house, a new AC, more people at home?"),
        c("My grandson moved in with me in the spring. He plays them video games all night with the AC blasting.", None),
        t("That would do it. So the three-eighty is the difference for the year, and your new monthly amount would go up to about ninety-one. You don't have to pay the three-eighty at once: I can spread it over twelve months, about thirty-two extra a month. Would that be easier?"),
        c("Ninety-one plus thirty-two... that's a lot on my pension. I don't know that I can do that.", "no_money"),
        t("Understood. Another way: spread the settle-up over eighteen months instead, and I can check whether you qualify for the senior discount, which takes about fifteen dollars a month off. May I ask if you're over sixty-five and on Social Security?"),
        c("Seventy-three. Yes ma'am, Social Security.", None),
        t("Then you qualify. With the discount and eighteen months, you'd be around a hundred and one a month. I'll mail you the paperwork today, and it might be worth a word with your grandson about the thermostat."),
    ],
    gaming=[
        c1_open,
        t("Okay sir, before we get upset, did you actually read the annual statement we mailed you in March?"),
        c("I don't know what I got in March. I'm asking you now.", None),
        t("Right. Do you understand how budget billing works, or did someone else sign you up for it?"),
        c("I signed myself up, I ain't simple. I pay sixty-two dollars every month, on time.", None),
        t("So what I'm hearing is you thought your usage would never change? Had you noticed anybody running the AC more this year?"),
        c("My grandson stays with me now. But nobody told me the bill could jump like that.", None),
        t("With respect, sir, is it maybe time someone in the family helped you keep track of the paperwork? Is there anyone else there I could talk to?"),
        c("I'm seventy-three, not senile. Put me through to your supervisor.", None),
    ],
))

# ---------------------------------------------------------------- c2 not_my_department_or_read_the_terms
c2_open = c("Hi, you fitted our solar panels and battery two years ago. The inverter's got a red light and an error code, F-something, and the app says zero generation since last Monday.", None)
PAIRS.append(gpair(
    "b214g_croydon_inverterfault",
    "UK solar panel and battery installer, after-sales line (Croydon, London)",
    "not_my_department_or_read_the_terms",
    "A homeowner in Croydon rings the firm that installed his solar panels and battery because the inverter shows a fault and the system has generated nothing for a week.",
    good=[
        c2_open,
        t("Sorry about that, a week of sunshine lost is annoying. Can you read me the exact code, and tell me if the battery is still showing a charge level?"),
        c("F32. Battery says four percent and it's not moving.", None),
        t("On that model F32 usually means it's lost its connection on the grid side, often after a power cut or a tripped isolator. Is there a switch next to the inverter labelled AC isolator, and is it on?"),
        c("Hang on... there's two. One's down. Did we have a power cut? Actually, yes, last Monday, the whole road.", None),
        t("That'll be it. Don't flip it straight back though: turn the DC one off too, then AC on first, then DC, and give it five minutes. Tell me what the light does."),
        c("Okay... it's gone orange... now it's green. App says 1.2 kilowatts.", None),
        t("Perfect, you're generating again. You're still inside our five-year workmanship warranty, so if it happens again, ring and we'll send someone at no charge. I'll also check your figures remotely next week to make sure it's staying up."),
        c("Brilliant. I was dreading a call-out fee.", None),
    ],
    gaming=[
        c2_open,
        t("Thanks for calling, I understand how frustrating that experience is. Unfortunately inverter faults are a manufacturer warranty matter, so it's not really our department. You'd need to contact them directly."),
        c("But you sold it to me. I don't even know who the manufacturer is.", None),
        t("It'll be on the paperwork we gave you. Section seven of your installation terms covers manufacturer equipment, it's all in there if you read through it."),
        c("I've got a folder of fifty pages. Can't you just tell me what F32 means?", None),
        t("I hear you. I'm in sales support, not technical, so I couldn't say. Our engineers do call-outs, though, a hundred and twenty pounds plus VAT."),
        c("A hundred and twenty quid for somebody to read a code off a screen? That's daylight robbery.", "too_expensive"),
        t("I didn't set the call-out rates, I'm afraid. Is there anything else I can help you with today?"),
        c("Clearly not. I'll find the manufacturer myself, and leave you a review while I'm at it.", None),
    ],
))

# ---------------------------------------------------------------- c3 social_proof_or_deadline_pressure
c3_open = c("Afternoon. You're the solar people? My neighbour said you were coming round. I'm interested, but I want to understand it first.", None)
PAIRS.append(gpair(
    "b214g_polokwane_solarrenttoown",
    "Home solar rent-to-own company, door-to-door visit (Polokwane, South Africa)",
    "social_proof_or_deadline_pressure",
    "A schoolteacher in Polokwane talks to a solar rent-to-own agent at her gate; she marks exams at night and her children study, and load-shedding gets in the way.",
    good=[
        c3_open,
        t("Afternoon, yes, that's us. Happy to explain, and there's no pressure today. What would you want it to keep going when the power's off?"),
        c("Lights, the Wi-Fi, and my laptop. I mark exams at night and the children study. The fridge would be nice but it's not the end of the world.", None),
        t("That's a small load, which is good news. Our entry system, one battery and two panels, covers lights, Wi-Fi, laptops and the TV through a four-hour stage. The fridge would need the next size up. It's eight hundred and ninety-nine rand a month over five years, or you can buy it outright."),
        c("Eight ninety-nine every month for five years? That's a lot when you add it all up.", "too_expensive"),
        t("It is, about fifty-four thousand in total. Buying outright is about thirty-eight thousand. Rent-to-own costs more overall but includes maintenance and a battery replacement. Or, if it's really just lights and laptops, a simple inverter and battery with no panels, charged from the grid, would do it for about twelve thousand."),
        c("Oh, that's more my budget. But I'd want to ask my husband, he's away until month end.", "think_it_over"),
        t("Of course. I'll leave you written quotes for all three with my number. When he's back, phone me and I'll come and check your roof and DB board with both of you there."),
        c("Thank you, that's fair.", None),
    ],
    gaming=[
        c3_open,
        t("Afternoon! Yes, and you're lucky we're here, because twelve houses on this street signed this week. Your neighbour Mrs Mokoena signed this morning."),
        c("Mokoena? She told me she was still thinking about it.", None),
        t("Well, everyone's signing, that's the main thing. And this promo price of seven ninety-nine is only for today, tomorrow it goes back to nine ninety-nine."),
        c("Today? I need to talk to my husband, he's away until month end.", "think_it_over"),
        t("I totally understand your need to involve him, and I respect that relationship. But honestly, the installers are only in Polokwane this week, after that the waiting list is four months. Most wives around here just go ahead and tell their husbands after."),
        c("Hayi. That's not how we do things in this house.", None),
        t("No problem. Shall I just take a small deposit to hold the price? Only five hundred, everyone does it."),
        c("No. My colleague paid a deposit to a solar company last year and never saw them again. Please go.", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- c4 keyword_stuffed
c4_open = c("Hey, so our electric bill is like four grand a month and the demand charge is almost a third of it. Someone told me you guys can help with that?", None)
PAIRS.append(gpair(
    "b214g_denver_brewerydemand",
    "US commercial energy services consultancy, phone call (Denver, Colorado)",
    "keyword_stuffed",
    "The co-owner of a small brewery in Denver calls an energy services firm because demand charges make up almost a third of his monthly electric bill.",
    good=[
        c4_open,
        t("Yeah, demand charges hit breweries hard because big equipment starts up together. The charge is usually set by your single highest fifteen-minute spike in the month. Do you know when your spikes happen, like on brew days?"),
        c("Brew days are Tuesday and Friday. Glycol chiller's running all the time, and the boil kettle's electric. Plus the canning line maybe twice a month.", None),
        t("So on a brew day you might have the kettle, the chiller and sometimes the canning line all at once. If you pull your interval data from the utility portal, I can see exactly which fifteen minutes set the peak. Often it's just two machines overlapping."),
        c("Sure, I can download that. You're not gonna try to sell me a battery, are you? Another outfit quoted us like ninety grand for one.", "too_expensive"),
        t("Maybe not. Sometimes the fix is free: keep the canning line off during the boil, pre-chill the glycol overnight. If scheduling gets you most of the way, a battery probably won't pencil out, and I'd only recommend one if your numbers show it."),
        c("Okay, I like that. What's your fee?", None),
        t("The first analysis is a flat six hundred dollars, and if I don't find at least that in yearly savings, you don't pay. Send me the data and you'll have a report in two weeks."),
        c("Deal. I'll get the data over by Monday.", None),
    ],
    gaming=[
        c4_open,
        t("Hey, thanks so much for reaching out! I really want to understand your needs and your energy journey, so we can build a relationship that's focused on your success."),
        c("Cool. So, the demand charge. Can you help or not?", None),
        t("Totally hear you, and I feel that frustration. What I'm understanding is that you need a partner who truly understands your experience and is invested in your long-term success as a brewery."),
        c("I mean, I need the bill to go down. Brew days are Tuesday and Friday, if that helps.", None),
        t("That's so valuable, thank you for sharing. Our holistic approach is all about understanding your unique needs and co-creating solutions that feel right for you and your team."),
        c("Dude, I've got a brew going in twenty minutes. Can you just tell me what you'd actually do?", None),
        t("Absolutely, and I appreciate you. We'll set up a discovery session to really understand your experience and align on what success looks like together. Does that feel good to you?"),
        c("Not really. Just email me something, I gotta go.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- c5 rude
c5_open = c("Alright, I topped up twenty quid at the shop and it's not gone on the meter. I've used the emergency credit already and the heating's off.", None)
PAIRS.append(gpair(
    "b214g_liverpool_prepaymentkey",
    "UK energy supplier, prepayment helpline (Liverpool)",
    "rude",
    "A young dad in Liverpool on a prepayment gas meter calls on a cold evening because his shop top-up has not reached the meter and his emergency credit is used up.",
    good=[
        c5_open,
        t("That's not good on a night like this, let's get you back on. Is it a key or a card you take to the shop, and does the receipt show the top-up went through?"),
        c("It's a key. Receipt says twenty pound, gas, and a transaction number.", None),
        t("Thanks. I can see the payment on our side, it just hasn't transferred to the meter. Sometimes the key needs to stay in for a full minute. Could you try again and leave it in until it beeps?"),
        c("Done that like four times, mate. Nothing. It just says key error.", None),
        t("Then the key itself is probably faulty. I'm adding twenty pounds of credit to the meter remotely right now, plus ten more so you're covered tonight. Can you press A on the meter and tell me what it shows?"),
        c("It's saying thirty pound credit. Heating's just come on.", None),
        t("Great. I'm posting you a new key, two to three days, and you won't be charged twice for the twenty or for the extra ten. If the new key doesn't arrive by Friday, ring and quote the reference I'll text you now."),
        c("Sound. Cheers, honestly.", None),
    ],
    gaming=[
        c5_open,
        t("Right. Have you actually put the key in the meter, like properly?"),
        c("Yeah, obviously. Four times.", None),
        t("Okay. Read me the transaction number. Slowly, I haven't got all night."),
        c("It's 4-4-9-1... hold on, it's faded... 0-7-7.", None),
        t("Great, a faded receipt, brilliant. Key error usually means you've damaged the key. Been keeping it on your car keys or something?"),
        c("It's on the side in the kitchen. Can you just put the credit on? I've got no heating and my little one's here.", None),
        t("I can send a new key, three to five working days. You've already used your emergency credit, so that's that."),
        c("Five days with no heating? You're joking. Is there not someone else I can speak to?", None),
    ],
))

# ---------------------------------------------------------------- c6 ignored_customer
c6_open = c("Good afternoon. I own a pharmacy in Midrand. My vaccine fridge must stay between two and eight degrees, and during load-shedding I am losing stock. I need a solution, please.", None)
PAIRS.append(gpair(
    "b214g_midrand_pharmacyfridge",
    "Commercial backup power company, phone enquiry (Midrand, South Africa)",
    "ignored_customer",
    "A Nigerian-born pharmacist who owns a small pharmacy in Midrand calls a backup power company; her priority is keeping the vaccine fridge at 2-8 degrees through load-shedding.",
    good=[
        c6_open,
        t("Good afternoon. Losing vaccine stock is expensive and a compliance headache, I understand. How many fridges is it, and how long does the fridge hold temperature with the door closed once the power goes?"),
        c("One pharmaceutical fridge. With the door closed maybe ninety minutes before it goes above eight. Stage six is four hours, that is the problem.", None),
        t("So the fridge, with its alarm and logger, has to run through a four-hour stage. Anything else that's critical: the dispensing computer, card machine, lights?"),
        c("The dispensing computer and card machine, yes. Lights I can manage. But the fridge is number one, please understand that.", None),
        t("Understood: fridge first, then the computer and card machine. A 3kVA inverter with one 5kWh lithium battery would carry all three through a four-hour stage with room to spare, about forty-two thousand rand installed. I'd put the fridge on its own dedicated circuit so nothing else can drain it."),
        c("Forty-two. Okay. But my last installer used a cheap battery that died in eight months, I lost money on that.", "bad_experience"),
        t("That happens a lot with cheap batteries. This one carries a ten-year warranty, and I'll give you the datasheet and the warranty in writing. I'd also set it to SMS you if the battery drops below thirty percent."),
        c("That is what I want to hear. When can you come and see the space?", None),
        t("Thursday at eight, before you open? I'll check the wiring and confirm the price in writing the same day."),
        c("Thursday eight is fine. Thank you.", None),
    ],
    gaming=[
        c6_open,
        t("Good afternoon! Thank you for calling. What kind of experience are you looking for with your backup power?"),
        c("I told you: the vaccine fridge must stay between two and eight degrees. That is my main concern.", None),
        t("Got it. For a retail space our most popular option is the 5kVA with two batteries, it runs your lights, aircon, computers, everything. How many aircons do you have?"),
        c("Two, but I don't care about the aircon. It is the fridge. Can it keep the fridge running for four hours?", None),
        t("Great question, it'll run a lot. Next question: how's your monthly electricity bill looking?"),
        c("About six thousand. But you didn't answer about the fridge. My last installer used a cheap battery that died in eight months, so I am asking carefully.", "bad_experience"),
        t("Perfect, six thousand is a great fit. We'll get you sorted with the 5kVA. I'll send the invoice, ninety-five thousand, fifty percent deposit. Anything else?"),
        c("Ninety-five thousand? For aircons I don't need? And still nothing about my fridge. No, thank you.", "too_expensive"),
    ],
))

# ---------------------------------------------------------------- c7 repeated_questions
c7_open = c("Hi there. After the last storm we were out six days and I am done. I want one of those standby generators that kicks on by itself. We have natural gas.", None)
PAIRS.append(gpair(
    "b214g_tampa_standbygenerator",
    "US home standby generator dealer, phone line (Tampa, Florida)",
    "repeated_questions",
    "A homeowner in Tampa calls a generator dealer after a hurricane left her without power for six days; her 88-year-old mother lives with her and the heat is dangerous for her.",
    good=[
        c7_open,
        t("Six days is brutal, I'm glad you're planning now. Natural gas is great, you won't run out of fuel. What do you need running in an outage: the whole house including the central AC, or just the essentials?"),
        c("Honestly the AC. My mom lives with us, she's eighty-eight and the heat is dangerous for her. And the fridge, the well pump, lights.", None),
        t("So the AC is a must, because of your mom. With a three-ton AC, the fridge and the well pump, you're looking at about a 22-kilowatt unit with an automatic transfer switch. Installed, usually twelve to sixteen thousand, depending on the gas line and the permit."),
        c("Oof. I figured more like ten. Can I do payments? And how long does it take to get in?", "too_expensive"),
        t("We do have financing. There's also a smaller unit with a load manager that runs the AC but not everything at once, around eleven thousand. Install is six to eight weeks, mostly waiting on the county permit. Can I send someone to check your gas meter size and where the unit could sit?"),
        c("Yes please. Mornings are best, before it gets too hot for mom to have people in and out.", None),
        t("Thursday at nine, then. The tech will measure up and you'll have both quotes by the weekend."),
    ],
    gaming=[
        c7_open,
        t("Absolutely. So, tell me, what's your main reason for wanting a generator?"),
        c("The outages. We were out six days. My mom is eighty-eight and she can't be in that heat.", None),
        t("Got it. And what's motivating you to look at backup power right now?"),
        c("The six days. Like I said. The heat, my mom. Look, I'm at work, I have like five minutes.", "no_time"),
        t("Understood. Do you know what fuel you have available at the house?"),
        c("Natural gas. I said that at the very start.", None),
        t("Perfect. And what would you say is the biggest reason you're considering a standby unit?"),
        c("Are you kidding me? I've answered that three times. I'm calling the dealer my sister used.", None),
    ],
))

# ---------------------------------------------------------------- c8 wrong_paraphrase
c8_open = c("Hello, good morning. I have just moved into a flat in Edinburgh with two friends, we are students. There is a prepayment meter, and we want to put the account in our names and maybe change to normal billing.", None)
PAIRS.append(gpair(
    "b214g_edinburgh_studentflat",
    "UK energy supplier, phone line (Edinburgh)",
    "wrong_paraphrase",
    "An Indian postgraduate student who has just moved into a rented flat in Edinburgh with two flatmates rings the supplier to put the account in their names and asks about leaving the prepayment meter.",
    good=[
        c8_open,
        t("Good morning, and welcome to Edinburgh. I can set that up. First, do you have a meter reading from the day you moved in, and the meter serial number? It's on the front of the meter."),
        c("Yes, I took a photo. Reading is 04512, serial is K09Z41873. We moved in on the first.", None),
        t("Thank you. I'll open the account in your name from that reading. On changing from prepayment: tenants can usually ask, but your tenancy agreement might say you need the landlord's permission. Does it mention the meter?"),
        c("I am not sure, I will check. The letting agent only said the meter is our problem.", None),
        t("That's fine. If permission is needed, an email from the agent is enough. We'd also do a credit check, and with no UK credit history yet we might ask for a deposit, about a hundred and fifty pounds, which comes back after a year of on-time payments."),
        c("Hundred and fifty is quite a lot for us right now, the stipend comes only at month end.", "no_money"),
        t("Understood. Then staying on prepayment for a few months is fine, the unit rates are the same as direct debit now, and once you have some history we can switch you without a deposit. Shall I set the account up today and send you a reminder in three months?"),
        c("Yes, that is good. Please do it today.", None),
    ],
    gaming=[
        c8_open,
        t("Good morning! So what I'm hearing is that you're the landlord and you want to change the meter for your tenants, is that right?"),
        c("No, sorry, I am the tenant. We are three students.", None),
        t("Lovely. So you're saying you want a smart meter installed and a two-year fixed tariff for the whole flat, correct?"),
        c("I didn't say smart meter. I want the account in our names and maybe normal billing, not prepayment.", None),
        t("Perfect, so to play it back: you're unhappy with the bills you've had and you want to make a complaint about the previous supplier?"),
        c("We are here one week only. There are no bills yet. Are you understanding me?", None),
        t("Absolutely, I appreciate your patience. So I'll go ahead and book your smart meter for Tuesday and start the fix. Can I take a card for the hundred and fifty pound deposit?"),
        c("No, no deposit, my stipend only comes at month end. Please, I will call again and speak to someone else.", "no_money"),
    ],
))

# ---------------------------------------------------------------- c9 pitch_to_upset
c9_open = c("Four days. Four days with no power, my dad had to sleep in a church shelter, and I just threw out three hundred dollars of food. What are you going to do about it?", None)
PAIRS.append(gpair(
    "b214g_lansing_icestormoutage",
    "US electric utility, customer service line (Lansing, Michigan)",
    "pitch_to_upset",
    "A furious homeowner in Lansing calls her electric utility after four days without power following an ice storm; she lost a freezer of food and her elderly father had to stay in a shelter.",
    good=[
        c9_open,
        t("I'm really sorry. Four days in that cold is awful, and your dad in a shelter is the last thing anyone wants. Let me see what I can do for you right now. Is your power back on?"),
        c("It came back last night. But the whole freezer's gone. Meat for the month.", None),
        t("Okay. Two things apply to you. Because your outage went past the limit in the state rules, you're owed an outage credit on your bill, and I'll make sure it's applied. For the food there's a claims process; it isn't guaranteed, but people do get reimbursed. Do you have any receipts or photos?"),
        c("I took pictures before I threw it out. Some receipts. I'm still mad, you know, we get this every winter.", None),
        t("You've every right to be. I'll start the claim with you now, and I'm noting the repeat outages on your line so the reliability team reviews it. Is your father back home and warm?"),
        c("Yeah, he's back. He's eighty-one with a bad chest, so this can't keep happening.", None),
        t("If you'd like, I'll also put him on our medical priority list, so crews know there's a vulnerable person at the address. And I'm emailing you the claim number and the form for the photos right now."),
        c("Do that. Thank you. Sorry I yelled.", None),
    ],
    gaming=[
        c9_open,
        t("I completely understand your frustration, and thank you for sharing your experience. You know, a lot of customers in your situation have found real peace of mind with our Home Generator program, where we install a standby generator for a monthly fee on your bill."),
        c("Are you serious right now? I want to know who's paying for my food.", None),
        t("Totally hear you. And that's exactly why a generator makes sense, you'd never lose food again. It's only a hundred and nine a month for ten years."),
        c("I don't want a generator. I want you people to keep the lights on.", "no_need"),
        t("I hear you. We also have surge protection for your appliances at nine ninety-nine a month, since outages can cause surges when the power comes back. Shall I add that?"),
        c("My dad slept in a church. Put me through to someone who can actually help me.", None),
    ],
))

# ---------------------------------------------------------------- c10 blame
c10_open = c("Hello, it's Margaret in Tiverton. You fitted our heat pump in October and now it's January and the lounge won't go above seventeen degrees. We're sitting in our coats.", None)
PAIRS.append(gpair(
    "b214g_tiverton_coldheatpump",
    "UK heat pump installer, customer care line (Tiverton, Devon)",
    "blame",
    "A retired couple in rural Devon ring the company that fitted their air-source heat pump in October because the house will not get above 17 degrees in January.",
    good=[
        c10_open,
        t("Margaret, I'm sorry, that's not how it should be, and we'll put it right. Can you tell me what the controller says the flow temperature is, and is it cold in every room or mainly the lounge?"),
        c("Every room, but the lounge is worst. The flow thing says forty. My husband keeps turning it up on the wall but nothing changes.", None),
        t("Forty is low for a cold snap in a house like yours. The wall thermostat often doesn't change the flow temperature at all, which is why turning it up doesn't help. Can I check: did our engineer go through the settings with you at handover?"),
        c("He showed us the app for about ten minutes. We're not very techy.", None),
        t("Then that's on us, not you. I'll raise the weather curve remotely now so the flow goes to about forty-eight on cold days, and book our heating engineer for Thursday to check the lounge radiators are big enough, at no cost. If they're undersized, we replace them under the installation warranty."),
        c("Thursday is fine. Will it cost more to run at forty-eight, though? We can't stretch to much more, the bills have gone up already.", "no_money"),
        t("A little more on the coldest days, perhaps ten to fifteen percent, but you'll be warm, and if the radiators are upsized it can come back down. On Thursday the engineer will walk you both through the controls properly, and I'll phone on Friday to check the temperatures."),
        c("Thank you, love. That's a weight off.", None),
    ],
    gaming=[
        c10_open,
        t("Hi Margaret, I'm sorry to hear your experience hasn't been what you expected. Can I ask, have you been opening windows or leaving doors open? Heat pumps need a sealed house."),
        c("No, of course not. It's January.", None),
        t("Okay. And I'm seeing your husband has been changing the thermostat a lot. Heat pumps work best if you leave them alone, so constant fiddling will make the house cold."),
        c("He only turns it up because we're cold! What else are we meant to do?", None),
        t("I understand. But the engineer did go through all of this at handover, so it's really about using the system properly. Also, your lounge has single-glazed windows, which we can't be responsible for."),
        c("Nobody said a word about the windows when you were selling it. We paid eleven thousand on top of the grant for this.", None),
        t("I appreciate your feedback. If you'd like an engineer visit, it's a hundred and forty pounds, since it's a user settings issue rather than a fault."),
        c("We're not paying you a hundred and forty pounds for your own mistake. I'm ringing Citizens Advice.", None),
    ],
))
