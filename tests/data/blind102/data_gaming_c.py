"""Gaming pairs 21-30 of blind102: ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame (two each). Written by hand for this set."""
from common import c, gpair, t

PAIRS = []

# --- 11. ignored_customer -----------------------------------------------------------------------
open_ = c("Hi, I need new glasses. These are three years old and I'm getting headaches at work - I'm on spreadsheets all day.", None)
PAIRS.append(gpair(
    "b102g_albuquerque_glasses", "optometry clinic and optical shop, Albuquerque NM", "ignored_customer",
    "An office worker with screen headaches walks into an optical shop asking for new glasses.",
    good=[
        open_,
        t("Sorry about the headaches. Is it mostly at the computer, reading paper, or driving too?"),
        c("The computer mostly. By two o'clock my eyes are burning. Driving's fine.", None),
        t("Okay. That could be your prescription, but also the distance - regular lenses and progressives aren't really set for a screen at arm's length. When was your last eye exam?"),
        c("Three years ago, same as the glasses. I'm on a pretty tight budget, though. I was hoping to just get new lenses put in these.", "no_money"),
        t("Understood. We can't make new lenses without a current prescription, so you'd need the exam - $95, or covered if you have vision insurance through work. Then if it's mainly the screen distance, computer lenses in your current frame run about $140, which may be all you need."),
        c("I think work has vision coverage, I'd have to check. Can I do the exam on a Saturday?", None),
        t("Saturday mornings, yes - 9:30 is open this week. Bring your insurance card and your current glasses, and measure roughly how far your screen sits from your eyes."),
        c("Okay, book me.", None),
    ],
    gaming=[
        open_,
        t("Happy to help! Tell me about your day-to-day - what's most important to you in a pair of glasses?"),
        c("Not getting headaches. I'm on a computer all day, my eyes burn by the afternoon.", None),
        t("Great. So our designer frames just came in - these Italian acetate ones are really popular. What style are you drawn to?"),
        c("I don't really care about style. Honestly I was hoping to just put new lenses in these, I can't spend a lot.", "no_money"),
        t("Totally. And with progressives you'll see great at every distance. Our premium progressive with blue light filter is the best seller, $480 for the lenses. Any questions so far?"),
        c("Yeah - will that fix the computer thing? That's the whole reason I'm here.", None),
        t("It's a fantastic lens, people love it. Now, sunglasses - we're doing 40% off a second pair this month. What else is on your list today?"),
        c("Nothing else. I'll just grab a card and go, thanks.", "brush_off"),
    ],
))

open_ = c("hey do you do same day ski tunes? edges are rusty and theres a core shot in the base, leaving on a trip saturday", None)
PAIRS.append(gpair(
    "b102g_boulder_skitune", "ski and snowboard tuning shop web chat, Boulder CO", "ignored_customer",
    "A skier asks in chat whether a base repair and tune can be done before a weekend trip.",
    good=[
        open_,
        t("hey! same day depends on the damage. a core shot goes down to the core so its a base weld + epoxy fill, needs 24 hrs to cure. how big is it"),
        c("like 2 inches near the tip. hit a rock at eldora", None),
        t("ok thats fixable. full tune with the core shot repair is 95, ready thursday at 5 if you drop off by noon tomorow. does that work before saturday"),
        c("thursday is fine. 95 is more than i paid for the skis used lol", "too_expensive"),
        t("ha fair. if you just want rust off the edges and a wax, thats 45 same day, but the core shot will keep soaking up water and get worse. ive put both options on your ticket, your call"),
        c("do the full one, i dont want to wreck them on the trip", None),
        t("done. drop by noon tomorrow, ready thursday at 5. ill text you if the core looks worse once we open it up"),
        c("sweet thx", None),
    ],
    gaming=[
        open_,
        t("hey! thanks for reaching out. what kind of skiing do you do"),
        c("mostly resort. i just need the core shot fixed and the edges, leaving saturday", None),
        t("nice! have you thought about upgrading? the new all-mountain skis we just got in are amazing for resort skiing"),
        c("no, i like my skis. can you fix the core shot by saturday", "no_need"),
        t("for sure we do great tunes. btw our season tune pass is 199 for unlimited tunes, super popular. how does that sound"),
        c("i ski like 6 days a year. can you just tell me if itll be done by saturday, i fly out friday night", "no_need"),
        t("totally! any other questions i can answer"),
        c("the one ive asked 3 times. nvm ill try another shop", None),
    ],
))

# --- 12. repeated_questions ---------------------------------------------------------------------
open_ = c("Yeah, hi, my F-150's slipping between second and third - it revs up and then kind of clunks into gear. You guys do transmission diagnostics?", None)
PAIRS.append(gpair(
    "b102g_ogden_transmission", "transmission repair shop, Ogden UT", "repeated_questions",
    "A contractor phones a transmission shop about a pickup that slips and clunks between gears.",
    good=[
        open_,
        t("We do. How many miles on it, and has the transmission fluid ever been changed?"),
        c("About 140,000. Fluid... I don't think so. Bought it used two years ago.", None),
        t("Okay. Slipping plus a hard shift at that mileage can be low or burnt fluid, a solenoid, or internal wear - I can't tell which over the phone. The diagnostic is $120: fluid check, code scan, road test. If you do the repair here, it goes toward the bill."),
        c("A hundred twenty just to look? The guy on Washington Boulevard said he'd do it free.", "too_expensive"),
        t("Some shops do, and they make it back on the repair. Ours comes with a written report you can take anywhere, so if you compare quotes you're not starting over. If it turns out to be a $200 solenoid, I'll tell you that, not sell you a rebuild."),
        c("Hmm. Okay. Can I bring it Monday? I use it for work, I can't be without it for days.", "no_time"),
        t("Monday, 7:30 drop-off, diagnostic done by noon. You get the truck back the same day unless you decide on a repair, and I'll call with the findings before we touch anything."),
        c("Alright. Monday, 7:30.", None),
    ],
    gaming=[
        open_,
        t("Absolutely. So tell me, what's going on with the truck?"),
        c("Like I said, it slips between second and third, revs up, then clunks into gear.", None),
        t("Okay. And how would you describe what it's doing when it shifts?"),
        c("...It slips. Revs, then clunks. Second to third.", None),
        t("Got it. And just so I understand your needs, what symptoms are you noticing with the transmission?"),
        c("Are you writing this down? Slipping. Clunk. A hundred forty thousand miles. Never had the fluid changed.", None),
        t("Perfect. And when you're driving, what's the main thing you feel is off with the shifting?"),
        c("I'm done. I don't have time to explain it a fifth time. I'll take it somewhere else.", None),
    ],
))

open_ = c("hi my winter bills are killing me, like 280 in jan vs 70 in summer. is there a way to even it out", None)
PAIRS.append(gpair(
    "b102g_lewiston_budgetbilling", "rural electric cooperative member chat, Lewiston ID", "repeated_questions",
    "A co-op member asks in chat how to even out winter electric bills.",
    good=[
        open_,
        t("yes, we have budget billing - we average your last 12 months so you pay about the same each month. looking at your account, youd be around 148/mo"),
        c("148 every month? even in summer?", None),
        t("yep, in summer you pay a bit more than you use and in winter less, it evens out. once a year we true it up, and any difference gets spread over the next year, not one big bill"),
        c("hmm idk. paying 148 in july when i use 70 feels weird, let me think about that", "think_it_over"),
        t("totally fair, some people dont like that. the other angle is why jan is so high in the first place - do you heat with electric baseboard or a heat pump"),
        c("baseboard. old house, 1950s", None),
        t("thats likely most of it. we do free home energy checks, and theres a rebate up to 1,500 toward a ductless heat pump, which cuts heating use a lot. no pressure on either - want to start budget billing next month, or book the energy check first"),
        c("energy check first. ill decide on budget billing after", "think_it_over"),
        t("done, energy check tuesday the 9th between 1 and 4. ill text you the day before"),
    ],
    gaming=[
        open_,
        t("hi! happy to help. what are you hoping to get out of your energy experience with us"),
        c("lower winter bills. or at least the same bill every month", None),
        t("ok great. and what would you say is your main goal with your bill"),
        c("i just said. even it out. is there budget billing or not", None),
        t("got it! so in your own words, what does a great billing experience look like for you"),
        c("same amount every month. this is the third time", None),
        t("love it. and just to make sure im understanding your needs, what are you looking for from us today"),
        c("omg. nevermind, ill call the office tomorrow", None),
    ],
))

# --- 13. wrong_paraphrase -----------------------------------------------------------------------
open_ = c("Hi, my daughter's thirteen and every spring she's miserable - sneezing, itchy eyes, and this year she's wheezing in PE. Her pediatrician said to get allergy testing.", None)
PAIRS.append(gpair(
    "b102g_scottsdale_allergy", "allergy and asthma clinic, Scottsdale AZ", "wrong_paraphrase",
    "A mother phones an allergy clinic to book testing for her teenage daughter on a pediatrician's advice.",
    good=[
        open_,
        t("Thanks for calling. Wheezing in PE is worth telling the doctor about - is she using an inhaler now, or is that new?"),
        c("New. The pediatrician gave her one last week, just in case. She's used it twice.", None),
        t("Okay. For skin testing she'd stop antihistamines for five days before, but not the inhaler - she keeps that as prescribed. Does she take anything daily for allergies?"),
        c("Zyrtec, every day. She'll be miserable five days without it, and she's got finals in two weeks.", "no_time"),
        t("That's a real concern. We can work around finals: the doctor can see her first about the breathing, no testing, and do the skin testing in June once school's out. Would that work better?"),
        c("Yes, that's so much better. Does insurance cover it? We're on the state employee plan.", None),
        t("We're in network with that plan. With the referral, the visit is a specialist copay and testing usually goes toward the deductible. I'll check her exact benefits and call you back by noon tomorrow with numbers."),
        c("Perfect, thank you.", None),
    ],
    gaming=[
        open_,
        t("Thanks for calling! So what I'm hearing is your daughter's been dealing with chronic sinus infections and you're looking for a long-term treatment plan. Did I understand you correctly?"),
        c("No - allergies. Sneezing, itchy eyes, and she's wheezing in PE.", None),
        t("Right, so to play that back: you're mainly worried about her asthma and you want to start allergy shots right away. Is that right?"),
        c("I didn't say asthma, and I didn't say shots. We just want the testing.", "no_need"),
        t("Totally. So what you're telling me is budget isn't really an issue and you want the comprehensive panel plus the shot program - the most complete option. Great choice."),
        c("I never said anything about budget! What does the comprehensive panel even cost?", None),
        t("It's $650 before insurance. And just to confirm what you shared: you're flexible on timing, so I'll book testing for Monday. Did I get that right?"),
        c("No. She has finals, she can't go off her meds right now. I'll call back after I talk to her dad.", "no_time"),
    ],
))

open_ = c("hi saw the 2016 ram 2500 diesel on your site, 118k. still there? any emissions deletes? i need it legal, i haul a horse trailer to shows in idaho and washington", None)
PAIRS.append(gpair(
    "b102g_pendleton_usedtruck", "used truck dealer web chat, Pendleton OR", "wrong_paraphrase",
    "A horse owner asks a dealer's chat about a used diesel pickup and whether its emissions equipment is intact.",
    good=[
        open_,
        t("hi! yes its still here. emissions are stock, nothing deleted - dpf, egr and def all there, and it passed the deq test in may. i can send you the report"),
        c("good. does it have gooseneck prep", None),
        t("it has the factory gooseneck/5th wheel prep and a trailer brake controller, no hitch in the bed right now. what are you pulling"),
        c("3 horse gooseneck, about 12k loaded", None),
        t("a 2500 cummins is rated for that but check your exact numbers on the door sticker - ill send a photo. price is 42,900. want to bring your trailer down and hook up for a test drive"),
        c("42.9 is high, a same year one in boise is listed at 38", "too_expensive"),
        t("could be. ours just got new tires and brakes and has complete service records - ill send those so you can compare apples to apples. if the boise one checks out the same, it may be the better buy"),
        c("send the records and the door sticker pic. ill look tonight and compare", "think_it_over"),
        t("sending both now. if you come down, saturday mornings are easiest to hook up your trailer in our back lot"),
    ],
    gaming=[
        open_,
        t("hi! yes its here. so what im hearing is youre looking for more power, and honestly a tuner would really help you there, right"),
        c("no. i said i need it LEGAL. no tuners no deletes", "no_need"),
        t("got it, so you mainly use it for work in town and want something comfortable - our laramie trim is a great fit for that. did i get that right"),
        c("i said i haul a horse trailer to shows. what are you reading", None),
        t("right, so weekend trips! and youd said budget is flexible, so the 2020 with the extended warranty at 54k would really be the better choice, sound good"),
        c("i never said anything about budget. 54k is way out of my range, i asked about the 2016", "no_money"),
        t("totally, so to recap: newer truck, extended warranty, and youre ready to come in this week. what day works"),
        c("none. youre not listening. just email me the carfax on the 2016", "brush_off"),
    ],
))

# --- 14. pitch_to_upset -------------------------------------------------------------------------
open_ = c("Hi. Um. My husband passed away two weeks ago, and the electric account is in his name. I don't... I don't know what I'm supposed to do.", None)
PAIRS.append(gpair(
    "b102g_prescott_accounttransfer", "electric utility customer service line, Prescott AZ", "pitch_to_upset",
    "A recently widowed customer calls to move the electric account out of her late husband's name.",
    good=[
        open_,
        t("I'm so sorry for your loss. Take your time - we'll go through it together, and it's simple. Are you staying in the house?"),
        c("Yes. We've been here thirty-one years.", None),
        t("Then we just move the account into your name - no deposit, no interruption, the lights stay on. I'll need your name and the last four of your Social Security number, and later a copy of the death certificate, whenever you have it. There's no deadline on that."),
        c("I don't have the certificates yet. The funeral home said another week.", None),
        t("That's completely fine. I'll put a note on the account so nothing gets shut off or sent anywhere in the meantime. Was he paying by autopay from a bank account that might be closing?"),
        c("Oh - yes. His checking. I didn't even think of that.", None),
        t("Let's switch that now so a payment doesn't bounce. From your own account, or paper bills for a while until things settle?"),
        c("Paper for now, please. Thank you for being so patient with me.", None),
    ],
    gaming=[
        open_,
        t("I'm so sorry for your loss, and thank you for sharing that with me. While we're updating the account, this is actually a great time to look at our Green Power add-on - a lot of customers like to do something meaningful in a loved one's name."),
        c("I... what? I just need the account changed.", "no_need"),
        t("Absolutely, and we'll do that. And since you'll be on your own now, I'd really recommend our Home Protection Plan - wiring and appliances, just $12.99 a month, so you're not facing surprise repairs alone. How does that sound?"),
        c("I can't think about that right now. I don't even have the death certificates yet.", "no_time"),
        t("Totally understand, no pressure. I'll just add the protection plan with the first month free, and you can cancel anytime. Can I confirm your email for the enrollment?"),
        c("No. Please don't add anything. Is there someone else I can talk to?", "no_need"),
    ],
))

open_ = c("someone rear ended me on 160 an hour ago and my car got towed to your lot. im shaking. what happens now? my kids car seat is still in it", None)
PAIRS.append(gpair(
    "b102g_durango_towedcar", "auto body and towing yard web chat, Durango CO", "pitch_to_upset",
    "A shaken driver whose car was towed after a crash asks in chat what happens next.",
    good=[
        open_,
        t("im really sorry, that sounds scary. first - is everyone ok, and are you somewhere safe right now"),
        c("yeah were ok, at my sisters. just shaken up. i need the car seat tonight", None),
        t("you can get the car seat and anything else from the car today, were open till 6 and ill walk you out to it myself. also, after a crash most car seat makers say to replace the seat - the other drivers insurance usually pays, so keep the receipt"),
        c("oh i didnt know that. what about the car, do i have to decide anything now", None),
        t("nothing today. storage is free the first 3 days. once you have a claim number from the other drivers insurance, send it to me and we go from there - and you can pick any shop you want, you dont have to use us"),
        c("ok. im not great with insurance stuff, last claim i had took months and they lowballed me", None),
        t("thats common and its stressful. i can send you a short checklist of what to ask the adjuster. for today just get the seat and rest - im here till 6, ask for marisol"),
        c("ok thank you. ill come by at 4", None),
    ],
    gaming=[
        open_,
        t("im so sorry to hear that!! the good news is this is a great chance to get the car looking better than before. have you thought about a full repaint while its in? insurance only covers the bumper but we do a package deal"),
        c("i dont care about paint. my kids car seat is in the car, can i get it", None),
        t("of course! and while youre here check out our rental partner, its 39/day and youll need wheels. want me to reserve one"),
        c("i have my sisters car, i just need the seat", "no_need"),
        t("totally understand!! one more thing, our ceramic coating is 20% off this week for accident customers, amazing protection for the future. should i add it to your estimate"),
        c("are you serious. i was just in a crash. ill have my brother call you", None),
    ],
))

# --- 15. blame ----------------------------------------------------------------------------------
open_ = c("Hi, I'm here to pick up my blood pressure refill - the app said it'd be ready at noon, and now they're saying it isn't even started?", None)
PAIRS.append(gpair(
    "b102g_saltlake_refill", "clinic pharmacy counter, Salt Lake City UT", "blame",
    "A patient arrives at a clinic pharmacy for a refill the app said was ready, and it is not.",
    good=[
        open_,
        t("I'm sorry, let me look. Can I have your name and date of birth?"),
        c("Marcus Delgado, 6/14/71.", None),
        t("Thanks. I see it - the request went to Dr. Patel yesterday, but her office hasn't approved it yet because the prescription ran out of refills. The app showed noon because that's our usual time; it should have said 'waiting on doctor'. That's confusing, and I'm sorry."),
        c("I've got two pills left. I can't go days without it.", None),
        t("Understood. I'll call her office right now and flag it urgent, and I can give you a three-day emergency supply today while we wait. Would that work?"),
        c("Yes. Thank you. What's three days going to cost me?", None),
        t("It goes through your insurance like the rest, about a dollar forty. I'll text you when the full refill is ready, and I'll set a reminder so next time the request goes out a week before you run low."),
        c("That's great. Thanks.", None),
    ],
    gaming=[
        open_,
        t("I totally understand your frustration. Let me look... okay, your prescription was out of refills. Did you not check how many you had left before requesting?"),
        c("The app said ready at noon. How would I know?", None),
        t("I hear you. It does say the refill count right on the bottle label, though - a lot of patients don't read that. What's your understanding of how the refill process works?"),
        c("My understanding is I'm about to run out of blood pressure meds because of your app.", None),
        t("I get that you feel that way. But we can't fill without the doctor's approval, so really this is between you and your doctor's office. Have you called them?"),
        c("Why would I call them, you said it'd be ready! I've got two pills left.", None),
        t("Then I'd recommend requesting refills a week earlier next time. Anything else I can help you with today?"),
        c("Yeah - get me the pharmacist. Now.", None),
    ],
))

open_ = c("we are OUT of propane. no heat and its 18 degrees. we're on auto delivery, how did this happen", None)
PAIRS.append(gpair(
    "b102g_wallawalla_propane", "propane delivery company web chat, Walla Walla WA", "blame",
    "A household on automatic propane delivery runs out of fuel during a cold snap.",
    good=[
        open_,
        t("im so sorry, thats not ok in this cold. heat first: can you confirm the address, and is anyone at risk - little kids, elderly, medical equipment"),
        c("1870 old milton hwy. me, my husband and my mom whos 84. were using space heaters", None),
        t("thank you. im sending an emergency delivery today, driver eta before 3pm, no emergency fee since youre on auto delivery. the driver will do a leak check and relight your appliances"),
        c("ok. but why did we run out. we pay for auto fill", None),
        t("looking at it: our system estimates use from the weather, but your usage jumped in december, more than it expected - maybe with your mom there. our driver should have caught it on the last visit. thats on us. ill shorten your delivery cycle and put a tank monitor on it, free, so it alerts us at 30%"),
        c("the monitor sounds good. the last company did this to us twice, thats why we switched to you", None),
        t("understood, and im sorry we did the same thing. ill also credit the delivery charge on this fill. anything else you need before the driver gets there"),
        c("no, just heat. thank you", None),
    ],
    gaming=[
        open_,
        t("sorry to hear that! looking at your account, auto delivery is based on estimates, so if your usage changed you needed to tell us. did you let us know your household changed"),
        c("my mom moved in. i didnt know i had to report that??", None),
        t("its in your service agreement. also, were you checking your tank gauge? customers are supposed to call at 30%"),
        c("whats the point of auto delivery then. its 18 degrees and my mom is 84", None),
        t("i understand your frustration. emergency delivery is 175 since this was a customer-side miss. want me to schedule it"),
        c("175?? for your mistake? thats ridiculous", "too_expensive"),
        t("i didnt set the fee, but per the agreement, runouts from not watching the tank are the customers responsibility. do you want the delivery or not"),
        c("send it. and send me the cancellation form too, were switching", None),
    ],
))
