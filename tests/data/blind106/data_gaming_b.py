"""Gaming pairs, part B (b106): putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude - two each."""
from common import c, gpair, t

PAIRS = []

# 1. putdown_question - bank branch, Toronto (spoken)
o = c("Yeah, hi - I deposited a cheque Monday, forty-eight hundred, and the app says it's on hold till next Tuesday? I need that money Friday. My roofer's coming Friday.", None)
PAIRS.append(gpair(
    "b106g_toronto_cheque_hold", "bank branch, Toronto ON", "putdown_question",
    "An irritated customer at the teller line about a hold on an insurance cheque he needs for a roof repair.",
    [o,
     t("Okay, that's bad timing with the roofer. Let me pull it up... I see it, a five-day hold on an insurance cheque. Do you know if the insurer's a Canadian company?"),
     c("Yeah, it's my home insurance, they're in Waterloo. It's for the roof, from the ice damage.", None),
     t("That helps. Holds go on automatically for bigger cheques, but I can ask my manager to release part of it early - you've been with us eleven years. I can't promise the whole amount. How much does the roofer need Friday?"),
     c("He wants half up front. So twenty-four hundred.", None),
     t("So twenty-four hundred by Friday morning. I'll ask for that amount and know within the hour. If it's a no, I'll call you and we'll look at other options - I'm not going to sell you a loan for three days if we don't need one."),
     c("Okay. Okay, that's fine. Call my cell, I'm at work till five.", None),
     t("I'll call before five either way. Is the number on file still good?"),
     c("Yeah, the four-one-six one.", None)],
    [o,
     t("I understand. Help me understand, though - don't you think five days is pretty reasonable for a cheque that size? What exactly were you expecting?"),
     c("I was expecting my money. It's from my insurance company, it's not some random cheque.", None),
     t("Right, and I hear your frustration. But honestly, why would you book a roofer before the funds cleared? What made you think that was a good plan?"),
     c("Because the roof is leaking! It's February!", None),
     t("Okay, let's calm down a little, nobody's yelling at you here. So what I'm hearing is you're upset - can you walk me through what you think the bank did wrong, exactly?"),
     c("You know what, I want to speak to a manager.", None),
     t("Of course, and I want your experience to be positive. But before I get her - are you sure you read the hold policy when you opened the account?"),
     c("Manager. Now, please.", None)]))

# 2. putdown_question - heat pump installer, Charlottetown (typed)
o = c("hi we got a heat pump installed by you guys in october and now that its -20 the house is freezing. like 16 inside", None)
PAIRS.append(gpair(
    "b106g_charlottetown_heatpump_cold", "heat pump installer, Charlottetown PE", "putdown_question",
    "A customer messages the installer's chat during a cold snap; the house is cold with a new heat pump.",
    [o,
     t("hi, sorry, 16 inside is no good. you still have the oil furnace as backup right, what is it set to, and whats the heat pump set at"),
     c("yes we still have the oil furnace. i turned it off bc the installer said the heat pump does everything", None),
     t("ok thats likely it. your model loses a lot of output below about -15, the furnace is meant to kick in on the coldest nights. someone told you it would do everything and thats not right for your setup, im sorry. can you turn the furnace back on and set its thermostat to 18, heat pump to 21"),
     c("ok done. so the heat pump was a waste of money then", None),
     t("no, above -15 it carries the house alone and thats most of our winter. the furnace just covers the deep cold. id like a tech to set the changeover temperature properly, no charge since its our install. tues or wed morning"),
     c("tues i cant, im in summerside all day. wed works. and i want the changeover thing in writing", "no_time"),
     t("will do, ill email the visit time and a one page note on how the two work together"),
     c("ok. thanks", None)],
    [o,
     t("hi there! before we go further, did you actually read the owners guide we left with you. what settings are you even using"),
     c("i dont know, whatever the installer set. its 16 inside", None),
     t("ok so what im hearing is you havent touched the settings since october. dont you think you should have called before it got to -20. what exactly were you expecting from a heat pump in pei in january"),
     c("i was expecting what the guy told me. heat pump does everything he said. so i shut off the oil", None),
     t("wow ok, so you turned off your backup heat. help me understand why you would do that without asking us. did you think it runs on magic lol"),
     c("are you serious. this is how you talk to customers", None),
     t("i hear your frustration and your experience matters to us. so to confirm, you turned the furnace off yourself, correct"),
     c("im calling the office. whats your managers name", None)]))

# 3. not_my_department_or_read_the_terms - telecom chat, Sherbrooke (typed)
o = c("hi i got a bill for a 180 cancellation fee. i moved to an apartment in fleurimont and you said yourselves you dont service the building. why am i paying a fee", None)
PAIRS.append(gpair(
    "b106g_sherbrooke_cancel_fee", "internet and TV provider, online chat, Sherbrooke QC", "not_my_department_or_read_the_terms",
    "An anglophone student in Sherbrooke disputes a cancellation fee after moving to a building the provider cannot serve.",
    [o,
     t("hi, thanks for writing. that does sound unfair if we cant serve your new address. can you confirm the new address and the date you called to cancel"),
     c("1450 rue galt est apt 12, called jan 8. the girl on the phone said no fee bc its a move", None),
     t("i see the jan 8 note saying no service at that address. the fee should have been waived, its in our moving policy. i cant reverse it from chat but im sending it to billing now with the note attached, ill stay on while i do it"),
     c("so i have to pay it first and wait", None),
     t("no, you dont pay the 180. ive put a hold on that amount so it wont go to collections or add interest. the credit shows in 1-2 cycles. your case number is 4471-220, if its not gone by march 15 reply here with that number"),
     c("ok. thanks for actually fixing it", None)],
    [o,
     t("hi! thanks for reaching out, i totally understand how you feel. unfortunately fees are handled by billing, thats not my department"),
     c("ok can you send me to billing then", None),
     t("great question! billing is by phone only, mon to fri. also the cancellation fee is explained in section 12 of the service agreement you accepted when you signed up, id encourage you to read it"),
     c("i read it. it says moves to an area with no service are exempt. and the girl on jan 8 told me no fee", None),
     t("i hear you! unfortunately i cant see what another agent promised, and i didnt make the policy. is there anything else i can help with today to improve your experience"),
     c("yes. fix my bill", None),
     t("i totally get it. best thing is to call billing, or you can file a complaint with the ccts if you want. have a great day"),
     c("wow. ok, ccts it is", None)]))

# 4. not_my_department_or_read_the_terms - cottage rental, Laurentians (spoken, phone)
o = c("Hi, um, I have a booking at the cottage on Lac-Superieur, next Friday, for a week, and - my father had a stroke yesterday, so I don't think we can come. What happens with the money?", None)
PAIRS.append(gpair(
    "b106g_laurentians_cottage_cancel", "cottage rental company, Laurentians QC", "not_my_department_or_read_the_terms",
    "A bilingual customer phones the rental office to cancel a week's stay a few days ahead because her father is in hospital.",
    [o,
     t("Oh, I'm very sorry about your father. Let's sort this out so it's one less thing for you. What's the name on the booking?"),
     c("Gagnon. Marie-Claude Gagnon. We paid the whole thing, twenty-one hundred.", None),
     t("I see it. I'll be straight with you on the policy: inside fourteen days it isn't refundable, but the owner lets us move a booking to other dates in the same year for a medical reason. Would moving it help, or do you need the money back?"),
     c("I don't know when we can go anywhere. Maybe in the fall? I can't decide that right now.", "think_it_over"),
     t("You don't have to decide today. I'll turn it into a twenty-one hundred credit, good until December thirty-first, and you pick dates when you're ready. And if the cottage gets rebooked for next week, I'll ask the owner to refund you instead."),
     c("Really? That would - okay. Thank you. Yes.", None),
     t("I'll email you all that in writing today. Take care of your dad."),
     c("Merci. Thank you.", None)],
    [o,
     t("I'm so sorry to hear that. Your experience matters to us. So, the cancellation - unfortunately refunds aren't something I handle, that's the owner's decision, not mine."),
     c("Okay, so can I talk to the owner?", None),
     t("The owner doesn't take calls directly. What I can tell you is the cancellation policy is in the rental agreement you signed - inside fourteen days, no refund. I'd really encourage you to read section four."),
     c("It's a stroke. He's in intensive care in Saint-Jerome. I'm not - I'm not going to read section four.", None),
     t("I completely understand how you feel. But I didn't make the rules, and if I make an exception for you I'd have to do it for everyone, right? Did you take the trip insurance we offered at booking?"),
     c("No. I didn't.", None),
     t("Okay, so unfortunately that's on the insurance side, not ours. Is there anything else I can help you with today?"),
     c("No. Forget it. I'll dispute it with my credit card.", None)]))

# 5. social_proof_or_deadline_pressure - grain bin monitoring, near Saskatoon (spoken, phone)
o = c("Yeah, I saw your booth at the farm show, the bin cable things. I'm not sure they're for me. I've got twelve bins, mostly wheat, some canola.", None)
PAIRS.append(gpair(
    "b106g_saskatoon_grain_bin_sensors", "grain storage monitoring dealer, Saskatoon SK", "social_proof_or_deadline_pressure",
    "An older grain farmer near Rosthern calls a dealer about temperature cables for his bins after a farm show.",
    [o,
     t("Sure - thanks for calling. What made you stop at the booth? Is there something about checking the bins now that bugs you?"),
     c("Well, I climb 'em. My son did most of it but he's moved to Calgary. And I had a canola bin heat up two years ago, lost maybe a third of it.", None),
     t("That's a big loss, and climbing alone isn't great either. So you're checking them yourself, and canola's the worry. Do you hold canola long, into summer?"),
     c("Sometimes, if the price is lousy. Into June.", None),
     t("Then I'd start with just the canola bins - you don't need cables in every wheat bin. A cable's about nine hundred a bin plus the hub, and your phone gets an alert if the temperature climbs. How many canola bins?"),
     c("Three. Nine hundred each plus the hub, that's near four grand. That's a lot for a guy my age thinking about retiring.", "too_expensive"),
     t("It's real money. One thing to weigh is what that third of a bin was worth. If it doesn't add up for you, it doesn't. I'm in the Rosthern area Thursdays - I can look at the three bins and give you an exact price, no charge."),
     c("Come Thursday. I'll have coffee on.", None)],
    [o,
     t("Great to hear from you! So what's your biggest challenge with your bins right now? Just so you know, most operations around Rosthern and Waldheim have already gone with our system this year."),
     c("I climb them. I had a canola bin heat up a couple years back.", None),
     t("I really hear that, and honestly you're one of the last ones around there still climbing. The Friesens put in twenty cables last month. And our fall pricing is only good until Friday, then it goes up twelve percent."),
     c("Ben Friesen farms four sections. I've got twelve bins and I'm thinking about retiring.", "no_need"),
     t("Totally, and that's exactly why - buyers want a monitored yard when you sell. Everybody's doing it. I can hold the Friday price with a deposit today: twelve cables, one hub, fourteen thousand."),
     c("Fourteen thousand. For bins I'm half thinking of selling.", "too_expensive"),
     t("I understand. But there are only three install spots left before harvest, and once they're gone, they're gone. What would it take to get you on the list?"),
     c("I'll talk to my wife. Don't call me Friday.", "think_it_over")]))

# 6. social_proof_or_deadline_pressure - water heater replacement, Mississauga (typed)
o = c("hi we rent our water heater and its like 45 a month. is it cheaper to just buy one from you guys", None)
PAIRS.append(gpair(
    "b106g_mississauga_water_heater", "plumbing and HVAC contractor, Mississauga ON", "social_proof_or_deadline_pressure",
    "A homeowner asks a contractor's web chat whether buying a water heater beats renting one.",
    [o,
     t("hi, often yes but it depends. how old is the tank you have now, is it gas, and how many people in the house"),
     c("gas, sticker says 2011. 4 of us. my wife takes long showers lol", None),
     t("ok so 13 years is near end of life for a tank. for 4 people a 50 gallon gas tank installed is about 1900 with us. at 45 a month thats roughly 3.5 years to pay off, and a tank lasts 10-12. before you decide, check your rental contract for a buyout or removal fee, some companies charge one"),
     c("oh i didnt know that. tbh 1900 in one shot is hard for us right now. where would the fee be listed", "no_money"),
     t("usually in the agreement or on the rental company site under ending your rental. on the 1900, we also do 12 monthly payments with no interest, so it can look a lot like your rental bill. no rush, the quote stays good for 30 days"),
     c("ok its the company that came with the house, i have to find the papers. ill get back to u", "think_it_over"),
     t("sounds good. ill email the quote so you have the numbers in one place"),
     c("perfect thx", None)],
    [o,
     t("hi! great question and great timing. honestly everyone on your street has already switched, we did 6 installs on your block this month alone"),
     c("ok but is it actually cheaper. we got burned by a door to door water heater guy at our old place", "bad_experience"),
     t("definitely! and our spring rebate of 300 ends sunday so id lock it in now. 2200 installed, most of your neighbours went tankless"),
     c("tankless. i just want a normal tank. and 2200 is a lot, my brother in law paid 1600 for his in brampton", "too_expensive"),
     t("totally hear you! but the rebate only runs till sunday and the installers are booked solid after that. the whole neighbourhood is upgrading, you dont want to be the last one on a rental right"),
     c("i need to check my rental contract first there might be a fee", "think_it_over"),
     t("for sure! just so you know i can only hold this price and the install slot until 5 today. shall i send the deposit link"),
     c("no. ill get back to u if i get back to u", "brush_off")]))

# 7. keyword_stuffed - pharmacy, Edmonton (spoken)
o = c("Hi, can I get my flu shot here today? And - I'm on warfarin, is that a problem?", None)
PAIRS.append(gpair(
    "b106g_edmonton_flu_shot", "pharmacy, Edmonton AB", "keyword_stuffed",
    "A man in his sixties on a blood thinner asks at the counter about a walk-in flu shot.",
    [o,
     t("Yes, we can do it today, and warfarin is usually fine for the shot. When was your last INR check, and do you know the number?"),
     c("Last week. Two-point-eight, I think. The clinic said that's okay.", None),
     t("That's in the usual range. I'll use a fine needle and hold pressure for two minutes after so you don't get a big bruise. Do you also want the COVID booster today, or just the flu?"),
     c("Oh, I didn't know I could do both. Is that too much at once? I have to drive to Leduc after.", None),
     t("Both on the same day is fine, one in each arm, but some people feel tired or achy the next day. If you'd rather be safe for the drive, do the flu today and come back for the other any time this month."),
     c("Just the flu today. The other one another day, I've got to get on the road.", "no_time"),
     t("Sounds good. Have a seat, I'll get your health card in and be right with you."),
     c("Thanks.", None)],
    [o,
     t("Absolutely, and thank you for trusting us with your health journey. I really understand how important it is for you to feel supported and to have a positive experience with us today. Tell me, how are you feeling about your needs?"),
     c("My needs? I, um - I just want the flu shot. I'm on warfarin.", None),
     t("I hear you, and I really want to understand your needs. Your wellness is our success. So what I'm hearing is you have some feelings about warfarin and the shot - can you tell me more about that experience?"),
     c("It's not a feeling, I'm asking is it safe. My INR was two-point-eight.", None),
     t("Thank you so much for sharing that. We value our relationship with you and want to meet all your needs. Did I understand you correctly that you're looking for a safe, positive vaccination experience?"),
     c("Yes... is that a yes? Can I get it?", None),
     t("Absolutely - your success and satisfaction are our goal. And how satisfied are you with your experience today, on a scale of one to ten?"),
     c("I'd like to talk to the pharmacist, please.", None)]))

# 8. keyword_stuffed - field service software, London ON (typed, B2B)
o = c("hi looking at dispatch software for my hvac shop. 6 techs. right now its a whiteboard and a google sheet lol", None)
PAIRS.append(gpair(
    "b106g_london_dispatch_software", "field service software vendor, sales chat, London ON", "keyword_stuffed",
    "The owner of a six-tech heating company asks a software vendor's chat about dispatch software in peak season.",
    [o,
     t("hi! pretty common at 6 techs. whats breaking first with the whiteboard, scheduling, techs missing job details, or invoicing after"),
     c("invoicing for sure. guys write on paper, my wife types it in on weekends, stuff gets lost. prob 2-3k a month we never bill", None),
     t("ok so the main pain is paper work orders and missed billing. our app turns the work order into an invoice when the tech closes the job. do your techs all have smartphones, and honestly would they use an app"),
     c("2 of the older guys will hate it. they barely text. and we tried a scheduling app 2 yrs ago, nobody used it, total waste of money", "bad_experience"),
     t("fair, and that last app is exactly the real risk. the tech side is 3 buttons: start, photos, done. its 49 per tech per month, so about 300 for you. id do a 30 day free trial with the 2 older guys on it first. if they cant live with it you shouldnt buy it"),
     c("300 a month is more than i wanted to spend tbh. but trial with the old guys is smart. whats the setup", "too_expensive"),
     t("i import your customers from the sheet on a 1 hr call with you and your wife, then a 15 min demo for the techs on a monday morning. want to book the setup call this week"),
     c("thursday after 4", None)],
    [o,
     t("hi! thanks for reaching out, we really understand the needs of growing hvac businesses and were all about building a relationship that drives your success. how do you feel about your current experience"),
     c("feel. its a whiteboard. invoicing is the problem, stuff gets lost", None),
     t("i totally understand how you feel. our platform is built around your needs, your experience and your success. were not just software, were a partner in your growth journey. what does success look like to you"),
     c("billing everything we do. whats the price", None),
     t("great question! our pricing is built around value and your unique needs. we believe in understanding you first so we can create a successful experience together. can we book a discovery call to explore your needs"),
     c("i dont have time for a discovery call to find out a price. its peak season, furnaces are dying everywhere", "no_time"),
     t("i hear you and i understand your time is valuable, your success is our success. did i understand correctly that you need a solution that fits your experience"),
     c("sure. just email me something and ill look when i can", "brush_off")]))

# 9. rude - hardware store, Thunder Bay (spoken)
o = c("Hi - uh, sorry, I'm kind of in a panic, the kitchen pipe froze, under the sink on the outside wall, and the water's just... nothing. What do I need?", None)
PAIRS.append(gpair(
    "b106g_thunderbay_frozen_pipe", "hardware store, Thunder Bay ON", "rude",
    "A flustered homeowner rushes into a hardware store in January with a frozen kitchen pipe.",
    [o,
     t("Okay, no problem, this happens a lot here in January. First - is the pipe split anywhere, any water or a bulge, or is it just no flow?"),
     c("I don't see any water. It's copper, I think? Nothing comes out.", None),
     t("Good, that's the better case. Open the cabinet doors so warm air gets in, turn the tap on, and warm the pipe slowly - a hair dryer is fine. No torch. Have you got a hair dryer at home?"),
     c("Yeah, my daughter's. Do I need to buy anything then?", None),
     t("For tonight, no. To stop it happening again there's this heat cable, 34 dollars, with foam insulation over it, about 12. But get the water back first. If you find a split when it thaws, shut the main off and call a plumber."),
     c("I'll take the foam now, the cable maybe next time - Christmas cleaned me out. Where's the main shutoff usually?", "no_money"),
     t("Usually in the basement where the water line comes in, near the meter. The foam's right here, pay at the front."),
     c("Great. Thank you, really.", None)],
    [o,
     t("Okay, so what I'm hearing is your pipe is frozen. Did you, uh, try turning the heat up? Just a thought."),
     c("The heat's on. It's the outside wall, under the sink. What do I need?", None),
     t("Great question. Honestly? It's not a panic. People freeze their pipes every winter because they don't insulate. What do you think frozen means - it needs heat, right? Hair dryer."),
     c("Okay. Sorry. I don't do plumbing. Is there anything I should buy so it doesn't happen again?", None),
     t("Aisle seven, heat cable. It says on the box how to use it. Anything else? There's a line behind you."),
     c("Which one though, there's like six kinds?", None),
     t("The one that fits your pipe, ma'am. I can't come home with you. How satisfied are you with your visit today?"),
     c("Not very. I'll ask at the other store.", None)]))

# 10. rude - bank online chat, Fredericton (typed, senior)
o = c("hello i am trying to send money to my grandson at unb with the e transfer. i dont know how to start. i have the app on my ipad", None)
PAIRS.append(gpair(
    "b106g_fredericton_etransfer_setup", "bank, online banking chat, Fredericton NB", "rude",
    "An 81-year-old customer types into the bank's chat to send her first e-transfer to a grandson at university.",
    [o,
     t("hi, happy to walk you through it. once you log in, do you see a button at the bottom that says move money"),
     c("yes i see it", None),
     t("great. tap it, then tap send interac e-transfer. the first time it asks you to add a recipient. do you have your grandsons email or cell number"),
     c("i have his email. it is jake.m something. wait i will get it", None),
     t("take your time, no rush. how much are you sending, just so i can tell you about limits"),
     c("200 dollars for his books", None),
     t("200 is well under the daily limit and theres no fee on your account for e-transfers. once you press send he gets an email and the money is usually in his account within 30 min"),
     c("ok i found the email. thank you for being patient with me, my son usually does this", None)],
    [o,
     t("hi! happy to help. did you try the help page first, its all there step by step"),
     c("i looked but i dont understand it. i am 81", None),
     t("ok. so what im hearing is you havent opened the app yet. its move money, then e-transfer. pretty basic"),
     c("i pressed move money. now there is a list. which one", None),
     t("like i said, e-transfer. its literally the one that says e-transfer lol. do you have his email or not"),
     c("i have to find it. please wait", None),
     t("sure, but theres other people in the queue. did i answer your question today. anything else"),
     c("no you did not. i will go to the branch on king street where they are nice", None)]))
