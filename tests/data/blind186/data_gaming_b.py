"""Gaming pairs, file b (b186). Hand-written. Utilities and home energy, UK / Ireland / US."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer -------------------------------------------------------
open_b1 = c("Hello there. It's about our keypad meter. The wee shop that did the top-ups has closed down and the next one's two bus rides away.", None)
PAIRS.append(gpair(
    "b186g_belfast_keypadmeter", "electricity supplier, phone, Belfast", "ignored_customer",
    "An elderly man on a keypad prepayment meter can no longer reach a shop to top up; his wife uses oxygen at night.",
    good=[
        open_b1,
        t("Oh, that's awkward. How are you managing at the minute, have you enough credit on the meter right now?"),
        c("About four pound left. It'll do till tomorrow maybe. My wife's on oxygen at night, so we can't be running out.", None),
        t("Right, that's the first thing then. Because of the oxygen I'm adding you both to our medical priority list now, which means extra emergency credit and we won't leave you without supply. Have you a smartphone, or would you rather top up by phoning us?"),
        c("I've a phone but I'm no use with the apps. My daughter tried to show me.", None),
        t("No bother, then phoning is the one. You ring this number, give your card, and we send the credit straight to the meter. I can do one with you now if you like, so you've seen it done?"),
        c("Aye, go on. Twenty pound.", None),
        t("Done, twenty pound on its way, it'll show in a few minutes. I'll post you a card with the number in big print, and if the meter hasn't taken it by teatime, ring back and ask for me, Aoife."),
        c("God bless you, love.", None),
    ],
    gaming=[
        open_b1,
        t("Oh no, I'm so sorry to hear that. Can you tell me a little about your situation at home?"),
        c("It's me and the wife. She's on oxygen at night, so we can't be running out.", None),
        t("Thanks for sharing. So the great news is we have our app, EnergyGo, where you can top up anytime, anywhere. Do you have a smartphone?"),
        c("I have, but I'm no good with apps at all. My daughter tried.", None),
        t("Perfect! So you just download EnergyGo, create an account with your email and add your card. Takes two minutes. How does that sound?"),
        c("I haven't an email. And what about tonight, with her oxygen?", None),
        t("I understand. Another great option is our Smart Upgrade, we swap the keypad for a smart meter and it all works through the app. Can I book that in for you?"),
        c("Son, you're not listening to me. I've four pound left. Is there anybody else there?", None),
    ],
))

# 12. repeated_questions -----------------------------------------------------
open_b2 = c("Hi, we've had solar for four years and the power's gone out three times this summer. My husband says a battery would fix that. Would it?", None)
PAIRS.append(gpair(
    "b186g_mesa_backupbattery", "solar and battery showroom, Mesa, Arizona", "repeated_questions",
    "A woman who works from home asks if a home battery would keep the house running through summer outages.",
    good=[
        open_b2,
        t("It can, depending how it's set up. When the power goes out, what do you most need to keep running?"),
        c("The fridge, the internet because I work from home, and honestly the AC, at least one room. It was a hundred and twelve last time.", None),
        t("AC is the big one, that's what decides the size. Is it central air, or do you have a mini-split anywhere?"),
        c("Central, but we put a mini-split in the bedroom last year.", None),
        t("That's good news. One battery with a backup panel covering the fridge, internet, some outlets and that bedroom mini-split would get you through most outages overnight, and the solar tops it up the next day. Running the central air on battery would take two or three units, and that's where it gets into thirty thousand and up."),
        c("We're not doing thirty. Even one sounds like a lot.", "too_expensive"),
        t("One unit with the backup panel is about thirteen thousand before the federal tax credit, so around nine after. It's a big purchase, so get two other quotes as well. I'll email our written quote listing exactly which circuits it covers, so you can compare like for like."),
        c("Okay. I'll talk it over with Rick and get back to you.", "think_it_over"),
    ],
    gaming=[
        open_b2,
        t("Great question! First, I'd love to understand your needs. What are you hoping a battery will do for you?"),
        c("Keep the power on when it goes out. Fridge, internet, and some AC, at least the bedroom.", None),
        t("Got it. And in terms of your goals, what's the main thing you want a battery to achieve?"),
        c("Backup. During outages. Like I said.", None),
        t("Totally. And if you picture your ideal outcome, what would success look like for your household?"),
        c("The lights stay on and we don't cook in a hundred and twelve degrees. Is there a reason you keep asking?", None),
        t("Just want to make sure I really understand! So, thinking about why you came in today, what's the key problem you're trying to solve?"),
        c("Power outages. Look, I've got twenty minutes on my lunch break and you've used ten of them.", "no_time"),
        t("Of course! Last one, I promise: what's most important to you in a home energy solution?"),
        c("Me leaving. Bye.", None),
    ],
))

# 13. wrong_paraphrase -------------------------------------------------------
open_b3 = c("Hello. My work's giving me an electric car in October and they said I should sort out a home charger. I've no idea where to start.", None)
PAIRS.append(gpair(
    "b186g_margate_evcharger", "EV charger installer, showroom, Kent", "wrong_paraphrase",
    "A woman getting a company electric car lives in a terrace with on-street parking only.",
    good=[
        open_b3,
        t("Congratulations on the new car. First thing: where would you park it at home, is there a driveway or is it on the street?"),
        c("On the street. It's a terrace in Margate. I can usually get outside my house, but not always.", None),
        t("That's the key bit. A normal wall charger needs off-street parking, and you can't run a cable across the pavement without the council agreeing. Does your employer have charging at work, by any chance?"),
        c("They're putting some in at the depot, apparently. Six points for forty vans, though.", None),
        t("So that might be hit and miss. The council is trialling pavement cable channels on some streets, it's free to apply, so I'd check if yours is eligible. Meanwhile I can show you the public chargers near you. I don't want to sell you a charger you can't legally use yet."),
        c("Fair enough. I'd rather know now than after paying for one.", None),
        t("Exactly. I'll write down the council link and the charger map, and if the channel's approved, come back and we'll quote. It's usually around nine hundred fitted."),
        c("Go on then. Put my email on it, it's k.barton at the usual gmail.", None),
    ],
    gaming=[
        open_b3,
        t("Exciting! So tell me about home, where do you park?"),
        c("On the street outside. It's a terrace, I can usually get outside my house.", None),
        t("Perfect, so what I'm hearing is you've got room on the drive for a seven kilowatt wall unit, is that right?"),
        c("No, I said on the street. There's no drive.", None),
        t("Got it. So to play that back, you want the fastest possible charging because you'll be doing long commutes every day, so our twenty-two kilowatt tethered model makes sense."),
        c("I never said anything about a commute. I work ten minutes away. And isn't twenty-two for three-phase?", None),
        t("Great, so you're telling me you're comfortable with the tech side, brilliant. So just to confirm: off-street parking, long daily drives, twenty-two kilowatt unit on the front wall. Shall I book the survey?"),
        c("None of that's what I said. I'll ask my work who they recommend.", "think_it_over"),
    ],
))

# 14. pitch_to_upset ---------------------------------------------------------
open_b4 = c("Hi. Sorry. My dad passed away last week and I need to, um, sort his gas and electric. I don't really know what I'm supposed to do.", None)
PAIRS.append(gpair(
    "b186g_swansea_bereavement", "energy supplier, phone, Swansea", "pitch_to_upset",
    "A daughter rings to deal with her late father's gas and electricity account; the house will stand empty for months.",
    good=[
        open_b4,
        t("I'm so sorry about your dad. There's no rush on any of this, and I'll walk you through it. Are you the one dealing with his affairs, as executor or next of kin?"),
        c("Yeah, me and my brother. I'm doing the bills, he's doing the house.", None),
        t("Okay. First, I'll put a hold on the account so no reminder letters go to the house, you don't need those landing right now. Will the house be empty for a while, or is someone staying there?"),
        c("Empty. We'll probably sell but not for months. Does the heating need to stay on? I don't want pipes bursting.", None),
        t("It's worth keeping it on low, frost setting, through the winter, so rather than close it we'd move the account into the estate's name. If you take a meter reading next time you're there, I'll close your dad's account on that reading, and the final bill goes to the estate, not to you personally."),
        c("Okay. I'm there Saturday. Is there a form or something?", None),
        t("No form, just text the readings to the number I'll send you, with this reference. I'll also email a short list of what happens next so you don't have to remember all this. Is there anything you're worried about that I haven't covered?"),
        c("No. No, that's... thank you. That's a lot easier than I thought.", None),
    ],
    gaming=[
        open_b4,
        t("Oh, I'm so sorry for your loss, that must be a really difficult experience. Can I ask, is the property going to be sold?"),
        c("Probably, yeah. Not for a while.", None),
        t("I understand. While I have you, this is actually a great moment to review your own energy. Are you on a fixed deal at your place?"),
        c("What? I... I don't know. I'm ringing about my dad's account.", None),
        t("Of course. It's just a lot of people in your situation find it's a good time for a fresh start, and our Fix and Relax 24 would save you around ninety pounds. And while your dad's house is empty, our Home Shield cover protects against burst pipes for £14.99 a month. What do you think?"),
        c("I don't want anything. I just want to close his account.", "no_need"),
        t("Completely understand. Shall I pop Home Shield on anyway, just while it's empty, for peace of mind? You can cancel any time."),
        c("No. Can I speak to someone else, please?", "no_need"),
    ],
))

# 15. blame ------------------------------------------------------------------
open_b5 = c("Hi, you folks installed our heat pump last fall and our January electric bill was four hundred and sixty dollars. The salesman told us we'd save money. What's going on?", None)
PAIRS.append(gpair(
    "b186g_burlington_heatpumpbill", "heat pump installer, service line, Vermont", "blame",
    "A couple's first winter electric bill with a new heat pump is far higher than promised; they set the thermostat back at night.",
    good=[
        open_b5,
        t("That's a lot higher than anyone would expect, and I'm sorry it's landed like that. Let's work it out. Have you seen 'aux heat' or 'emergency heat' show up on the thermostat?"),
        c("I've seen aux heat on the screen, yeah. I figured that was normal.", None),
        t("It can be in a cold snap, but if it's on a lot, that's the electric backup strip, and it costs about three times as much to run. Do you turn the heat down at night and back up in the morning?"),
        c("Yeah, sixty at night, sixty-eight at six a.m. We always did that with the oil furnace.", None),
        t("That makes total sense with a furnace, and nobody told you it's different with a heat pump, which is on us. A big jump in the morning brings the backup strip on. If you keep it steadier, say sixty-six overnight, and we set the backup to only run below five degrees, the bill should drop a lot. I'll send a tech to set that up and check the system, free, because it should have been done at install."),
        c("Free is good. But honestly, my wife's ready to rip the thing out and get the oil back.", "bad_experience"),
        t("I understand, and I'd ask you to judge it on February's bill once it's set up right. If February's still way off, I'll get our lead engineer to check the unit's sized right for the house."),
        c("Alright. Thursday afternoon works for the tech.", None),
    ],
    gaming=[
        open_b5,
        t("I hear your concern, and I want to understand what's happening. Can I ask how you've been using the system?"),
        c("Just normally. Sixty at night, sixty-eight in the morning. Same as we did with the oil.", None),
        t("Okay, so I think I understand. Honestly, that's user error. You're running it like a furnace, and that's why the bill's high. Did you read the owner's guide we left?"),
        c("Nobody said a word about that at install. The salesman said we'd save money.", None),
        t("I appreciate that feedback. But the savings estimate assumes the homeowner uses the system correctly. Also, is your house well sealed? A lot of older Vermont homes are drafty, which isn't something we control."),
        c("We had an energy audit before you came and your guy said the house was fine. Now it's our fault?", None),
        t("Nobody's saying fault, I just want to set realistic expectations. If you'd like, a tech can come walk you through your own thermostat for $149."),
        c("You want me to pay you to explain what your guy should've told us? No.", "too_expensive"),
    ],
))

# 1. monologue (second) ------------------------------------------------------
open_b6 = c("Good morning. I want to get rid of the cable TV part of my bill. I only watch the news, and my grandson says I can get it on the internet.", None)
PAIRS.append(gpair(
    "b186g_queens_cablecut", "cable and internet provider, retail store, New York", "monologue",
    "An older woman comes into the store to drop cable TV and keep only internet; she watches local news.",
    good=[
        open_b6,
        t("Morning! Your grandson's right, you probably can. Which news do you watch, local channels, or something like CNN?"),
        c("Channel 7 at six, and sometimes NY1. That's it. And the weather.", None),
        t("Okay. Channel 7 you can get free with a small antenna, about thirty dollars, and NY1 has a free app. What do you watch it on, a smart TV or an older one?"),
        c("It's a Samsung, three years old. My grandson put the Netflix on it.", None),
        t("Then it's a smart TV, so the NY1 app will work. Dropping TV takes your bill from $142 to $65 for just internet. One thing: you'd lose any recordings saved on the box. Is that okay?"),
        c("I don't record anything. But I don't want to be stuck with no news if it doesn't work.", None),
        t("Fair worry. So I'll take the TV off from your next billing date, the 15th, which gives you two weeks to try the antenna and the app with your grandson. If it doesn't work out, call me before the 15th and I'll cancel the change."),
        c("That's good. Write down your name for me.", None),
    ],
    gaming=[
        open_b6,
        t("Good morning! I totally understand, and I love that you're taking control of your entertainment experience. But before you do, let me tell you what you'd be missing. You're on Select TV with a hundred and eighty channels, all the sports, the movies, our On Demand library with over ten thousand titles. Drop it and you lose the DVR, the voice remote, and the bundle discount, that's forty dollars a month right there."),
        c("I don't watch sports. I watch Channel 7.", None),
        t("Absolutely, and that's great. What a lot of customers in your position do is move to Essentials, which has all the locals plus the news channels plus three free months of StreamMax, and we'd upgrade your internet to the Gig plan so your grandson can stream and game. It comes out about the same as you pay now, so you get more for the same. Plus there's a new whole-home wifi pod promotion."),
        c("I want my bill to go down. Not the same.", "too_expensive"),
        t("I completely hear you. So let me tell you about the price lock. Sign up for Essentials plus Gig today and your price is locked for two years, which in this economy is huge. Install is free and the pods come with a satisfaction guarantee. Does that sound like a plan?"),
        c("No. I'll come back with my grandson.", "think_it_over"),
    ],
))

# 2. closing_as_open_question (second) ---------------------------------------
open_b7 = c("Hello, Patel's Convenience, yes? Who is calling?", None)
PAIRS.append(gpair(
    "b186g_leicester_shopenergy", "business energy broker, outbound call, Leicester", "closing_as_open_question",
    "A broker calls back a corner-shop owner whose electricity contract ends in March; he was burned by a broker before.",
    good=[
        open_b7,
        t("Hi, Mr Patel? It's Dan from Midshire Energy Brokers, you filled in our form last week about the shop's electricity contract. Is now okay for five minutes?"),
        c("Five minutes, yes. I have a delivery coming soon.", None),
        t("I'll keep it tight. When does your current contract end, and do you know roughly what you use in a year?"),
        c("End of March. Usage I don't know, the bill is about nine hundred a month. Three fridges, two freezers, the lights all night.", None),
        t("Thanks. With that much refrigeration a fixed rate usually makes sense, so you're not exposed if prices jump. I'll get quotes from four suppliers for a one-year and a two-year fix, and show you our commission on each so you see exactly what we earn."),
        c("The last broker also promised, then I was on a three-year contract I never agreed. Very bad.", "bad_experience"),
        t("That happens too often, I'm sorry. So nothing gets agreed on a call. I'll email the quotes in writing, you read them, and only a form signed by you starts anything. Is Thursday okay for me to send them?"),
        c("Thursday okay. Email is patelsconv at gmail. I will check with my son also.", "think_it_over"),
    ],
    gaming=[
        open_b7,
        t("Hi, Mr Patel! It's Dan from Midshire Energy Brokers, you asked us to call. How are you today?"),
        c("Busy. What is this about?", None),
        t("Your electricity contract! So, what would it take for you to lock in a great rate with us today?"),
        c("I don't know the rates. My contract is finishing in March.", None),
        t("Perfect timing then. If I could save you twenty percent, what would stop you from signing this morning?"),
        c("Signing what? The last broker did this and put me on three years. I will not sign on the phone.", "bad_experience"),
        t("Totally understand, that's why I'm here. So just to help me help you, is it easier to do the verbal agreement now, or shall I send a DocuSign while we're on the line?"),
        c("Neither. My delivery is here. Send an email.", "brush_off"),
        t("Sure! And when you open it, what's the best time to ring you back and get it over the line, eleven or two?"),
        c("Don't ring. I will ring if I want.", "brush_off"),
    ],
))

# 3. pitch_as_paraphrase (second) --------------------------------------------
open_b8 = c("Hello, I'm on my own now the kids have left home, and my neighbour says I'd save money with a water meter. Is that right?", None)
PAIRS.append(gpair(
    "b186g_harrogate_watermeter", "water company, customer line, Yorkshire", "pitch_as_paraphrase",
    "A woman living alone asks whether a water meter would cut her fixed yearly charge.",
    good=[
        open_b8,
        t("It often is for people on their own. Can I ask what you pay now? It'll be on your bill as a yearly charge."),
        c("About five hundred and twenty pound a year. It's gone up every year.", None),
        t("And roughly how do you use water? Bath or shower, washing machine most days, a garden you water?"),
        c("Shower most days, washing machine twice a week. I've a few pots on the patio but no hose.", None),
        t("Then a meter would very likely bring it down. One person using water like that is typically somewhere around two hundred to two-fifty a year. Fitting it's free, and if it turns out dearer you can switch back within two years."),
        c("What if they have to dig up my drive? I had the gas board here last year and they left a right mess.", "bad_experience"),
        t("Most meters go in the stop tap in the pavement outside, so no digging on your drive. If it had to go inside, the fitter would check with you first and you can say no. Shall I book the survey? It's a fifteen-minute visit."),
        c("Go on then, any morning except Wednesday, I do the church café.", None),
    ],
    gaming=[
        open_b8,
        t("Great question! Tell me a bit about your household."),
        c("It's just me now. Shower most days, washing twice a week.", None),
        t("So what I'm hearing is that you want total peace of mind with your water, which is exactly what our SupplyGuard cover does for six pounds fifty a month, is that right?"),
        c("No, love, I asked about a meter.", None),
        t("Absolutely. So what you're telling me is you need the meter and SupplyGuard together, because with a meter any leak on your pipe costs you. Did I understand that correctly?"),
        c("I didn't say that. I don't want insurance, I've got home insurance.", "no_need"),
        t("Perfect, so to summarise, you'd like the meter, and you'd like to top up your home insurance with our partner HomeSure for the supply pipe. Shall I put both through?"),
        c("Just the meter. And I'm not sure about that now either. I'll ask my neighbour.", "think_it_over"),
    ],
))

# 4. upsell_as_loop_closing (second) -----------------------------------------
open_b9 = c("Thanks for coming so fast. It's just blowing warm air since last night, and it's ninety-six in here. My mom's eighty-four and she lives with us.", None)
PAIRS.append(gpair(
    "b186g_houston_acrepair", "HVAC repair, home visit, Houston", "upsell_as_loop_closing",
    "A technician arrives at a house where the AC has failed in the heat; an elderly mother lives there.",
    good=[
        open_b9,
        t("Let's get you cool. Before I open it up, did it make any noise when it stopped, a hum or a click?"),
        c("It was humming outside, the big unit, but the fan wasn't spinning.", None),
        t("That sounds like a capacitor, which is a cheap part. Let me check. Yep, it's bulging. Replacing it is $185 with the part, and you'll have cold air in about twenty minutes."),
        c("Oh thank God. Do it. Is the whole system about to die though? It's from 2009.", None),
        t("It's older, but the compressor's drawing normal amps and the refrigerant's fine. I'd budget for a replacement in the next few years, but there's no reason to do it today. I'll write today's readings on the invoice so the next tech can compare."),
        c("Yes please. We couldn't do a new one right now anyway, so that's a relief.", None),
        t("Understood. It's cooling now, give it an hour to bring the house down. If it blows warm again, call this number and ask for me, Luis."),
        c("Thank you, Luis. Mama says thank you too.", None),
    ],
    gaming=[
        open_b9,
        t("Absolutely, we'll get you sorted. Found it, it's the capacitor, $185. Before I close out, what else can I add for you today to make sure your family's comfortable?"),
        c("Just the capacitor. Please, it's really hot in here.", "no_need"),
        t("Of course. And just to close the loop, with your mom being elderly a lot of families add our Indoor Air Purity UV light, $890. What else can I add to make it perfect?"),
        c("Can you just fix the air first? She's sitting in front of a fan.", None),
        t("Totally. While the part goes in, is there anything else I can help with? Our Comfort Club is $19.99 a month and gets you priority service and fifteen percent off repairs."),
        c("We can't afford extras right now. We're just trying to get through the summer.", "no_money"),
        t("I hear you. Last thing, to close out: your unit's from 2009, so what else can we look at? I could get a replacement quote over here within the hour, financing from $129 a month."),
        c("Just fix the capacitor. Please.", "no_need"),
    ],
))

# 5. leading_tag_questions (second) ------------------------------------------
open_b10 = c("Hiya. I've got three student houses in Cathays and I pay the bills, it's bills-included rent. Last winter the gas was brutal. Someone said smart thermostats.", None)
PAIRS.append(gpair(
    "b186g_cardiff_studentthermostat", "heating controls installer, phone, Cardiff", "leading_tag_questions",
    "A landlord paying the gas for three student houses asks whether smart thermostats would cut the bills.",
    good=[
        open_b10,
        t("They can help, but it depends what's going on. Do you know if the students leave the heating on all day, crank it up, or leave windows open? Any idea what's driving it?"),
        c("All of it, probably. One house, the lad had it on twenty-six with the window open. I saw it on a visit.", None),
        t("Classic. Then what helps most is being able to cap the top temperature and set a schedule they can boost but not override. A basic smart thermostat with a landlord lock does that, about a hundred and fifty fitted per house. Room-by-room valves cost more, and honestly I'd not bother for students."),
        c("Four-fifty for three houses. That's not nothing with my margins.", "too_expensive"),
        t("True. What was the gas last winter for the worst house?"),
        c("Around two and a half grand. The other two about eighteen hundred each.", None),
        t("If capping it at twenty-one saves even ten percent, the worst house pays for its thermostat in one winter. Could you try that one first and compare against last year before doing the others?"),
        c("Yeah, that's sensible. Do the Crwys Road one before term starts in September.", None),
    ],
    gaming=[
        open_b10,
        t("Smart thermostats are brilliant, aren't they? You'll want one in every house, won't you?"),
        c("Maybe. What do they actually do?", None),
        t("They give you total control. And you'd want the room-by-room system, wouldn't you, since every student's different?"),
        c("How much is room by room?", None),
        t("About six hundred per house, installed. But peace of mind's worth it, isn't it? You wouldn't want another winter like the last one, would you?"),
        c("Eighteen hundred on thermostats? I'd want to see it save that first.", "too_expensive"),
        t("Oh, it definitely will. And you'd want all three done before September, wouldn't you, so the students don't pick up bad habits?"),
        c("Yeah, look, just send me a quote and I'll get back to you.", "brush_off"),
    ],
))
