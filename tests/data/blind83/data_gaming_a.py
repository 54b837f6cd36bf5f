"""Gaming pairs, file A (b83): kinds 1-10, small-town North America."""
from common import c, gpair, t

# 1 monologue: propane, rural Missouri
o1 = c("Yes, hello, this is Doris Pruitt out on County Road 14, past the Baptist church. My gauge says twenty, or maybe it's twenty-five, my eyes aren't what they were, and my son says call before it gets cold, so here I am calling.", None)
p1 = gpair(
    "b83g_missouri_propane_refill", "propane delivery (rural Missouri)", "monologue",
    "An elderly widow on a fixed income calls her propane company for a fill before winter.",
    [o1,
     t("Morning, Mrs. Pruitt, glad you called early. Let me pull you up... County Road 14, 250-gallon tank, that you?"),
     c("That's me. Harold put that tank in, oh, must be 1998.", None),
     t("Twenty percent of 250 is about fifty gallons left. What runs on propane out there, just the furnace, or the water heater and stove too?"),
     c("Furnace and the cookstove. Water heater's electric. I keep the house at sixty-six, I don't need it hot.", None),
     t("So you're not burning much. Next truck out your way is Thursday. Last fall you took about 180 gallons, and today's price is 2.39."),
     c("Whew. That's over four hundred dollars in one go. I'm on Social Security, honey, I can't hand that over on a Thursday.", "no_money"),
     t("I hear you. We don't have to fill it. I can put a hundred gallons in Thursday and come back after the first of the month. Or there's the budget plan, same payment every month, about sixty-some for you. Which is easier?"),
     c("The hundred gallons. I'm not signing up for anything monthly, I did that with the cable people and couldn't get loose.", "bad_experience"),
     t("Fair enough, no plan. A hundred gallons Thursday, 239 plus tax, the driver leaves the ticket and you mail a check whenever it comes. Gate open?"),
     c("Gate's always open. The dog's friendly, just loud. Thursday's fine.", None)],
    [o1,
     t("Good morning Mrs. Pruitt, thank you for calling Tri-County Propane, we really value the relationship! So let me tell you what's exciting this year. Our Winter Lock program, you prepay your gallons at 2.19 instead of 2.39, plus our SmartGauge wireless monitor, just 6.99 a month, it reads your tank and we auto-deliver so you never call again. What matters most to you, peace of mind, right?"),
     c("Well, I just... how much would it be to fill it?", None),
     t("Great question! So with Winter Lock you'd prepay your season, for most homes that's around six hundred gallons. And let me mention our tank protection plan, because a tank from the nineties, you want the regulator and lines covered, 12 a month, and a service call alone is 95, so it pays for itself. Honestly auto-delivery is the best experience our customers have."),
     c("Six hundred gallons? I don't burn six hundred gallons. I keep it at sixty-six.", "no_need"),
     t("And that's what the SmartGauge is for, it learns your usage! The driver snaps it on, five minutes, you download the app, or your son can, and it sends alerts. And between us, prices only go one direction in winter, so locking in is the smart move. Can I get a card for the prepay?"),
     c("I don't have an app. I have a telephone on the wall. I called to get gas on Thursday.", None),
     t("Absolutely, I hear you. So to wrap up what we covered: Winter Lock at 2.19, SmartGauge at 6.99 and tank protection at 12, our most complete package. I'll mail the paperwork and the driver brings the monitor Thursday. Anything else I can help with?"),
     c("I'll have my son call you. I didn't understand half of that.", "think_it_over")])

# 2 closing_as_open_question: feed store, Texas Hill Country
o2 = c("Hey. My goats look rough. Coats all dull, couple of 'em got that fishtail thing at the end of the tail. Buddy at church said minerals. Y'all carry goat minerals?", None)
p2 = gpair(
    "b83g_texas_feedstore_goat_minerals", "feed store (Texas Hill Country)", "closing_as_open_question",
    "A small goat keeper comes to the feed store because his herd looks poor and a friend said minerals.",
    [o2,
     t("We do. Before I send you out with a bag, what are they getting now? Any mineral out at all, or just feed and hay?"),
     c("Little sweet feed, coastal hay. I had a block out but it was the cattle one, the red one.", None),
     t("That's probably your answer. Cattle blocks don't carry near the copper goats need, and fishtail and a faded coat are classic low-copper signs. Goats don't lick blocks good either, they do better with loose mineral in a feeder. How many head?"),
     c("Eleven. Boer crosses.", None),
     t("This loose goat mineral, 25 pounds, is 31.99. Eleven'll go through it in six, seven weeks. One thing though, dull coats can also be worms. When'd you last deworm, or have somebody check their eyelids?"),
     c("Uh. Spring? Thirty-two bucks for a bag of dirt seems steep when the block was twelve.", "too_expensive"),
     t("It's more, no argument. The block was cheap because it wasn't doing the job. If you want to see if they'll take to it, there's an 8-pound bag for 13.50. And have your vet look at them for worms, because minerals won't fix that."),
     c("Give me the big bag. Guess I'll call the vet too, my wife's been on me about it.", None),
     t("Big bag it is, and I'll write Dr. Kessler's number on your receipt. Keep it somewhere dry, and if they're not touching it in a week, come tell me.")],
    [o2,
     t("Absolutely, you came to the right place! So tell me, what does a healthy herd look like for you?"),
     c("Uh. Not rough-looking, I guess. I had a cattle block out.", None),
     t("Love that. And what would it take for you to get the full herd program started today, the mineral, the protein tub and our goat pellet?"),
     c("I just need some minerals. I don't know about all that.", "no_need"),
     t("Totally fair. So how would you like to do the mineral, the 25-pound bag or the 50?"),
     c("How much is the 50?", None),
     t("Fifty-eight ninety-nine, and most folks grab the protein tub with it, only forty-four. Which works better for you to pick up the tub, today or Saturday?"),
     c("Whoa now, I didn't say I wanted a tub. That's a hundred dollars I don't have lying around.", "no_money"),
     t("Completely understand. So what would make you comfortable walking out with both today, would opening a store account help?"),
     c("Just ring up the small bag. I'll ask my buddy what he uses.", "think_it_over")])

# 3 pitch_as_paraphrase: credit union chat, Iowa
o3 = c("hi i got another overdraft fee thats 3 this month at 35 each and im kinda done", None)
p3 = gpair(
    "b83g_iowa_creditunion_overdraft", "credit union, online chat (central Iowa)", "pitch_as_paraphrase",
    "A night-shift meatpacking worker writes in after a third overdraft fee in one month.",
    [o3,
     t("Ugh, sorry, that's over a hundred bucks. Let's figure out why it keeps happening. Do you know what's pushing it negative, same charges each time?"),
     c("its my truck payment and phone, they come out the 1st and 3rd but i get paid every other friday so some months its before payday", None),
     t("Got it, the bills land before the check in some months. Two free fixes: ask the lender and the phone company to move the due dates to right after a payday, and I link your savings so a dip pulls from there instead of a 35 fee. The transfer's free. Anything in savings?"),
     c("like 60 bucks lol. and the truck place is in ames, i work nights at the plant, i cant be driving over there", "no_time"),
     t("You don't have to drive, most lenders move a due date over the phone in ten minutes. Sixty still covers a small dip. I'd also add a text alert when checking drops under 100 so you see it coming. Want me to set up the link and the alert now?"),
     c("yeah do both. and can you take off one of the fees", None),
     t("I can refund Tuesday's as a courtesy. Link and alert are on. If the truck lender gives you grief on the date, message back and we'll look at other options."),
     c("ok cool thanks", None)],
    [o3,
     t("I'm so sorry to hear that! Tell me a little about what's been happening with your account?"),
     c("my truck payment and phone come out before i get paid some months. i get paid every other friday", None),
     t("Okay, so what I'm hearing is you need a safety net, which is exactly our Overdraft Line of Credit, up to 1,000 at 17.9 percent, is that right?"),
     c("no i just want the fees to stop. i dont want a loan", "no_need"),
     t("Totally, so what you're really saying is you want peace of mind, and that's Premier Checking, 12 a month with overdraft protection and a rewards debit card. Did I get that right?"),
     c("12 a month so you dont charge me 35. thats still paying you", "too_expensive"),
     t("I hear you. So to play it back, you're looking for the best overall value, and that's honestly Premier plus the line of credit together. Should I start the application?"),
     c("no. forget it ill call the branch tomorrow", "brush_off")])

# 4 upsell_as_loop_closing: RV dealer service, eastern Oklahoma
o4 = c("Well, we're parked at the Lake Eufaula campground and the big slide on the fifth wheel won't come back in. It groans and quits. We're supposed to head to my sister's in Arkansas Sunday.", None)
p4 = gpair(
    "b83g_oklahoma_rv_slideout", "RV dealer service department (eastern Oklahoma)", "upsell_as_loop_closing",
    "A retired couple's fifth-wheel slide-out is stuck open at a campground two days before a trip.",
    [o4,
     t("That's no fun. Couple quick things so I know what we're dealing with. Are you plugged into shore power, and when it groans, does it move at all?"),
     c("We're plugged in. It moves maybe an inch and stops. Don says the lights dim when he pushes the button.", None),
     t("Lights dimming's a good clue. A lot of times that's a tired house battery. The slide motor pulls off the battery even on shore power, and an old one can't keep up. How old's yours?"),
     c("Oh Lord, it came with the camper. 2019.", None),
     t("Then I'd start there. Have Don get the battery tested, the campground store may do it. If that's it, a new one's about 140 and you're on your way. If the battery's fine, the mobile tech is 125 for the trip plus labor, and he can crank it in by hand so you can still travel."),
     c("We're on a pension, so I'd sure rather it be the battery.", None),
     t("Me too. Try that first and call me back either way. If it's not the battery, I'll get the tech out Saturday morning so you still make Sunday."),
     c("Let me have Don check it and I'll call you back this afternoon.", None),
     t("Sounds good. Ask for Trent, and if I'm at lunch they'll text me.")],
    [o4,
     t("Oh no, let's get you taken care of! What's been going on with the slide?"),
     c("It moves an inch and stops, and the lights dim. We're on shore power.", None),
     t("Sounds like the slide motor. Bring it in Friday, we'll replace it, about 480 with labor. Now before we wrap up, what else can we take care of while it's here? A lot of folks do the roof reseal, 389."),
     c("Roof doesn't leak. I just need the slide to go in.", "no_need"),
     t("Absolutely. And just so we close the loop, what else would make this trip worry-free? Our tire protection plan is 219 and covers blowouts on the way to Arkansas."),
     c("We put new tires on in the spring. And we're on a pension, 480 is already a lot for us.", "no_money"),
     t("Totally understand. Last thing, anything else I can add, like the extended service contract? It covers motors like this one, so next time it's zero."),
     c("No, thank you. Just the slide, Friday.", "no_need")])

# 5 leading_tag_questions: HVAC, south Georgia
o5 = c("Yeah, this is Earl on Mimosa Drive. AC's running but it's blowing warm. It's ninety-four in the shade and my wife's about to leave me for the Hampton Inn.", None)
p5 = gpair(
    "b83g_georgia_hvac_warm_air", "HVAC service (south Georgia)", "leading_tag_questions",
    "A technician arrives at a house where a 2010 central AC blows warm air in a heat wave.",
    [o5,
     t("Ha, let's keep you married. I'm Luis with Peach State. Let me look at the outside unit first. Did it quit all at once, or has it been getting weaker?"),
     c("Yesterday afternoon. Fine in the morning. Outside fan's turning, I looked.", None),
     t("Okay, found it. Compressor's not starting because the run capacitor's swelled up, see the top bulging? Common in heat like this. Part and labor's 185. The unit's from 2010, so it's getting up there, but the compressor itself tested fine."),
     c("185. The last outfit told us we needed a whole new system, eleven grand.", None),
     t("You don't need that today. A capacitor's a cheap part with labor on top. When the compressor goes, or it needs a big refrigerant repair, that's when replacing makes sense. Want me to swap it now? I've got one on the truck."),
     c("Yeah, do it. How long?", None),
     t("Twenty minutes, then give the house a few hours to pull down. And change that filter, it's packed. Six bucks at the hardware store, you don't need to buy mine."),
     c("Well, I appreciate that. Marlene'll stay, then.", None)],
    [o5,
     t("Hey Earl, I'm Luis with Peach State. Let's take a look. It's been a long summer for that unit, hasn't it?"),
     c("I guess. It ran fine till yesterday.", None),
     t("Okay, your capacitor's gone. But honestly, with a 2010 unit you're just throwing money at it now, aren't you?"),
     c("I don't know, am I? What's the capacitor cost?", None),
     t("About 185. But you'd rather not be calling us again in August, would you? Most folks your age want the peace of mind of a new system, don't they?"),
     c("Most folks my age want their air to work. And we got this exact speech two years ago from the other outfit, cost us a bundle.", "bad_experience"),
     t("Totally get that. But a 16 SEER system would cut your power bill, and you'd want that, wouldn't you? Financing's only 79 a month."),
     c("Just change the capacitor, son.", "no_need")])

# 6 putdown_question: county permit office, rural Tennessee
o6 = c("I got a letter says I need a permit for a pole barn I ain't even built yet. My neighbor never pulled no permit for his. What's this about?", None)
p6 = gpair(
    "b83g_tennessee_permit_polebarn", "county building permit office (rural Tennessee)", "putdown_question",
    "A cattle farmer comes to the county office, annoyed by a letter about a barn permit.",
    [o6,
     t("Let me see the letter... Okay, this came because you asked the electric co-op for a new service at that address, they send those to us. What are you putting up, and how big?"),
     c("Thirty by forty. For hay and the tractor. Maybe a shop corner.", None),
     t("If it's for farming, hay and equipment, on land in agricultural use, it may be exempt from the building permit. You'd still need a setback check so it's not too close to the road or the line. Is the place on greenbelt, do you know?"),
     c("Yeah, it's greenbelt. Been in the family since Granddaddy.", None),
     t("Then it's this one-page ag exemption, no fee, and a sketch showing how far from the road. The shop corner, if it's wired, still gets the state electrical inspection, that's 75."),
     c("Seventy-five to have some fella look at my wires. Figures.", "too_expensive"),
     t("I know. That one's the state, not us, it's one visit, and it's what lets the co-op hook up your power. Sketch can be on notebook paper, just put the feet in."),
     c("All right. Gimme the form. I'll bring it back Monday.", None)],
    [o6,
     t("Sir, let's take a breath, okay? What exactly did the letter say that has you so upset?"),
     c("It says I need a permit. For a barn I ain't built.", None),
     t("Right. So did you maybe apply for electric service without checking with the county first? You do understand how that works, don't you?"),
     c("I called the co-op, yeah. Nobody told me I had to come down here.", None),
     t("Okay. And your neighbor, did he mention unpermitted buildings are a violation, or just tell you what you wanted to hear? What size are you planning, and are you sure of the measurements this time?"),
     c("What do you mean, this time? I ain't been in here before.", None),
     t("I just want us to have a good experience. Is it too much to ask that you fill out the full building application? For that size it's 340."),
     c("Three hundred forty dollars for a hay barn. I'll take that up with my county commissioner.", "too_expensive")])

# 7 not_my_department_or_read_the_terms: home health agency, west-central Ohio
o7 = c("Hi, I'm calling about my dad, Walter Janssen. His aide didn't come Tuesday and didn't come again today, and nobody called. He's ninety-one, he can't get in the shower by himself, and I'm in Columbus, I can't just drive up to Wapakoneta every time.", None)
p7 = gpair(
    "b83g_ohio_homehealth_missed_visits", "home health agency (west-central Ohio)", "not_my_department_or_read_the_terms",
    "A daughter two hours away calls because her father's aide missed two visits with no notice.",
    [o7,
     t("Oh no. That shouldn't have happened, and definitely not twice. I'm looking at his schedule... Tuesday was marked a call-off, and today nobody's assigned. Is he okay right now? Did he try the shower on his own?"),
     c("He says he's fine but he always says he's fine. I think he washed up at the sink.", None),
     t("Okay. Renee, one of our aides, is in Wapak this afternoon. I can have her stop by around three and do his shower. Does that work, or is there a better time for him?"),
     c("Three's fine, he naps after lunch. But what about next week? I can't keep worrying about this.", None),
     t("Fair. His regular aide has had some personal things going on. I'd rather give your dad someone steady, so Renee could take his Tuesdays and Fridays if he's okay with her. And I'm putting your cell on his file, so if anything changes you hear it from us, not from him."),
     c("Honestly I've been thinking about moving him to the other agency. My neighbor uses them.", "think_it_over"),
     t("That's your call. Give us two weeks with Renee, and I'll call you Friday after her visit to see how it went. If it's not right, I'll help with the transfer paperwork myself."),
     c("Okay. Friday. Thank you, Gloria.", None)],
    [o7,
     t("I'm so sorry to hear about your experience, I completely understand your frustration. Unfortunately aide assignments go through our staffing coordinator, not intake."),
     c("Okay, then can you put me through to the staffing coordinator?", None),
     t("She's out until Monday. What I can tell you is that per the service agreement, section 4, visits may be rescheduled with twenty-four hours' notice based on staffing. Did you get a chance to read that when you signed?"),
     c("Nobody rescheduled anything! She just didn't show. He's ninety-one.", None),
     t("I hear you, and your feelings are valid. I didn't write the staffing policy, but I can leave the coordinator a note. Is there anything else I can help you with today?"),
     c("Yes. Getting somebody to my father's house. That's the whole reason I called.", None),
     t("I understand. For missed-visit concerns you can also submit feedback through the family portal, it's in the welcome packet. The team reviews those within five to seven business days."),
     c("Five to seven days. Forget it. I'm calling the other agency.", None)])

# 8 social_proof_or_deadline_pressure: fixed wireless internet, rural Manitoba
o8 = c("Yeah, I'm out by Carman, up the 23. I got the satellite right now and it's garbage when it snows, which is, you know, half the year. Heard you guys put a tower up on the elevator.", None)
p8 = gpair(
    "b83g_manitoba_wireless_internet", "rural fixed-wireless internet provider (southern Manitoba)", "social_proof_or_deadline_pressure",
    "A grain farmer on satellite internet asks whether a new tower can reach his yard.",
    [o8,
     t("We did, on the Paterson elevator. Whether it reaches you depends on line of sight, trees and bins can block it. How far up the 23 are you?"),
     c("About six miles. There's a shelterbelt on the south side of the yard, big poplars.", None),
     t("Six miles is in range, the poplars are the question. What do you use it for mostly? I'd rather not put you on something bigger than you need."),
     c("Wife does the books online, kids stream stuff, I watch grain bids. And the yield maps off the combine, those are big files.", None),
     t("Then the 50 meg plan at 89.95 should handle it. What are you paying for satellite?"),
     c("120. But I signed a two-year thing with them, there's like eight months left.", None),
     t("Then here's what I'd do. A tech comes out for a site survey, free, goes up a ladder and checks if he can see the tower over the poplars. If he can't, no point. If he can, you weigh their buyout against eight months of paying both."),
     c("Free, eh? Yeah, okay. Not during seeding though, I'm not around till after the May long weekend.", "no_time"),
     t("No problem. I'll book it for the week after the long weekend and the tech calls the day before. This the best number?"),
     c("Use my wife's cell, she's actually home.", None)],
    [o8,
     t("Great to hear from you! So what's your experience been like with satellite?"),
     c("Garbage when it snows. I pay 120.", None),
     t("You're not alone, honestly. Pretty much every farm on your stretch of the 23 has switched to us, the Friesens, the Dycks, they're all on the tower now."),
     c("The Dycks? They're across the river. Does it even reach me, I'm six miles out with a big shelterbelt.", None),
     t("Should be fine. And here's the thing, free install is only good till Friday, after that it's 299. So what's stopping you from getting on the list today?"),
     c("I got eight months left on my satellite contract. I'd have to see what it costs to get out of it first.", "think_it_over"),
     t("Totally understandable. Just so you know, we've only got six install slots left this month and they're going fast with seeding coming. Most people around Carman found it was worth it. Want me to grab one?"),
     c("Nah. If it's that good it'll still be good in the fall.", "brush_off")])

# 9 keyword_stuffed: tax preparer, small-town Kentucky
o9 = c("Well, hello. I, uh, my wife, Judy, she always did our taxes, every year at the kitchen table with the little adding machine with the tape, you know, and she passed in August, and I've got a stack of envelopes I don't know what half of them are. My neighbor said you folks do this.", None)
p9 = gpair(
    "b83g_kentucky_taxprep_widower", "tax preparation office (small-town Kentucky)", "keyword_stuffed",
    "A recently widowed retiree who never handled the taxes asks what to bring and what it costs.",
    [o9,
     t("We do, and I'm sorry about Judy. You're not the first person to walk in with a stack of envelopes, we'll sort it out. Are they with you, or at home?"),
     c("At the house. There's one from the Social Security, one from her retirement, the teachers' retirement, and the bank sent something.", None),
     t("Good start. That's likely your Social Security statement, a 1099-R from her pension, and interest from the bank. For this year you can still file jointly with her, since she passed during the year. Do you know if she had tax taken out of the pension?"),
     c("Couldn't tell you. She handled all that. What's this going to run me? I'm not made of money.", None),
     t("For a return like yours, joint, pension, Social Security, a little interest, it's 165, and less if it turns out simpler. Bring every envelope, even ones you think don't matter, last year's return if Judy kept a copy, and a copy of the death certificate."),
     c("She kept everything, it's in the filing cabinet. Could I come Thursday? My daughter can drive me Thursday.", None),
     t("Thursday at ten. If the pension switched to a survivor benefit there may be a letter about that too, bring it. Anything you can't make sense of, just put it in the pile."),
     c("All right. Thursday at ten. Thank you, ma'am.", None)],
    [o9,
     t("I'm so sorry for your loss. At Ridgeline Tax we truly understand your needs, and our goal is to make your tax experience a successful one. How are you feeling about the process?"),
     c("Feeling? Lost, mostly. I don't know what half these envelopes are.", None),
     t("That's completely valid, and I hear you. Our relationship with every client is built on understanding and trust, so you feel supported every step of the journey. What would success look like for you this tax season?"),
     c("I just want to know what to bring and what it costs.", None),
     t("Absolutely, and I appreciate you sharing that need. Our pricing reflects the value of the experience, and every situation is unique, so we'll understand your specific needs at the appointment. Does that feel good to you?"),
     c("That's not an answer. If it's more than the hundred and ten Judy paid at the place in Bowling Green, I'll just go back there.", "too_expensive"),
     t("I totally understand, and I want you to feel heard. Just know we're committed to a relationship, not a transaction. Is there anything else I can help you feel good about today?"),
     c("No. I'll let my daughter look into it.", "think_it_over")])

# 10 rude: roadside motel, Tok, Alaska
o10 = c("Evening. You got a room? And please tell me you got plug-ins, it's thirty-eight below and my truck's already complaining.", None)
p10 = gpair(
    "b83g_alaska_tok_motel_room", "roadside motel (Tok, Alaska)", "rude",
    "A driver hauling his mother's things up the Alaska Highway walks in at night at minus 38.",
    [o10,
     t("Evening, come in out of that. Yep, got a room, and every spot out front has a plug-in. Just you, or anybody else in the truck?"),
     c("Just me and the dog. That a problem?", None),
     t("Not at all, dogs are fine, it's fifteen extra. Room's 119 with the dog. You got a block heater, or need a battery blanket too? Some pickups want both at this temp."),
     c("Block heater's it. 119, huh. The place in Glennallen was eighty-nine last week.", "too_expensive"),
     t("Yeah, winter rate's higher out here, the generator's not cheap to run. If you're driving for work with a company card or a log, I can do 104."),
     c("Not trucking. Moving my mom's stuff from Anchorage. Fine, I'll take it, I'm not driving any more tonight.", None),
     t("Smart. Road past here is glare ice. Room 6, closest to the door for the dog, plug's on the post right in front. Coffee's on at five."),
     c("Appreciate it.", None)],
    [o10,
     t("Yeah, it's Alaska in January, you kinda should've expected that. What kind of room are you looking for, since you're asking?"),
     c("Any room. Me and the dog. And a plug-in.", None),
     t("A dog. Great. Fifteen extra. So what else do you need, since apparently we're doing the whole list tonight?"),
     c("Whoa, okay. What's the rate?", None),
     t("One-nineteen with the dog. And before you ask, no, it's not eighty-nine like the place down the road, feel free to go back out there."),
     c("I didn't say a thing about that. But now that you mention it, 119 is a lot for this.", "too_expensive"),
     t("Cool. So do you want the room, or do you want to stand there letting the heat out? How can I make your stay a great experience?"),
     c("Give me the key. I'm not driving in this. But it's going in the review.", None)])

PAIRS = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]
