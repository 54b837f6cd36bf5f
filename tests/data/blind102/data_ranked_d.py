"""Ranked pairs d01-d10 of blind102: two decent conversations with the same customer; `better` is
better in a way a sales coach would agree with, `worse` is competent but shallower. Written by hand."""
from common import c, rpair, t

PAIRS = []

# d01 - better diagnoses before recommending; worse goes straight to replacement talk
open_ = c("Hi, our AC's running all day but the house won't get below eighty-four. It's a 2008 unit. I'm guessing you're going to tell me I need a new one.", None)
PAIRS.append(rpair(
    "b102r_d01_phoenix_acrepair",
    "A Phoenix homeowner phones an HVAC company about a sixteen-year-old air conditioner that can't keep up.",
    better=[
        open_,
        t("Not necessarily - plenty of 2008 units are still going. A couple of quick questions: is the air from the vents cool-ish or warm, and is the outdoor fan spinning?"),
        c("Kind of cool. Fan's spinning. I changed the filter last month.", None),
        t("Good, that rules a few things out. At 110 outside most systems only pull a house down about twenty degrees, so some of this is the heat - but if it used to hold 78, something's off. Often that's a weak capacitor or low refrigerant, both repairs. The diagnostic is $89, and the tech gives you a written price before doing anything."),
        c("If it's refrigerant, isn't the old kind crazy expensive now? My brother-in-law paid a thousand bucks to recharge his and it leaked out by August.", "bad_experience"),
        t("That's the right worry. If it's low, there's a leak, and recharging without fixing the leak is mostly money thrown away. I'd rather the tech find the leak and tell you straight whether repair or replacement makes more sense at sixteen years. Tomorrow between twelve and four?"),
        c("Tomorrow afternoon works. Thanks for not just selling me a unit.", None),
    ],
    worse=[
        open_,
        t("Could be, honestly. At sixteen years these units are near the end of their life, and in Phoenix they work hard. Have you had problems with it before?"),
        c("A capacitor two summers ago. Otherwise it's been okay.", None),
        t("Okay. What I'd suggest is having one of our comfort advisors come look and give you options - repair if it makes sense, and replacement pricing with the current rebates. No charge for the estimate. Replacements run about eight to twelve thousand for a home your size."),
        c("Eight to twelve. Ouch. I don't know that we can swing that right now.", "no_money"),
        t("Totally understand. We do have financing, and the advisor will price the repair too so you can compare. Is tomorrow afternoon okay?"),
        c("Sure. Tomorrow afternoon.", None),
    ],
))

# d02 - better asks about the mother's conditions and sets up the right visit; worse books the first slot
open_ = c("hi im trying to find a primary care dr for my mom, she just moved here from montana. type 2 diabetic, 76. are you taking new patients", None)
PAIRS.append(rpair(
    "b102r_d02_spokane_newpatient",
    "An adult son asks a Spokane family medicine clinic's chat about a doctor for his newly arrived diabetic mother.",
    better=[
        open_,
        t("hi! yes, two of our doctors are taking new patients. a few questions so i match her well - is she on medicare, and is it original medicare or an advantage plan"),
        c("advantage plan, i have the card here", None),
        t("great, we take most of them, ill verify with the card number. how is she managing the diabetes - insulin or pills, any kidney or eye issues - and does she drive herself"),
        c("pills plus insulin at night. she doesnt drive anymore, i take her. i work days so mornings are really hard for me", None),
        t("thats helpful. dr okafor does a 40 min new patient visit instead of 20 for people with a few conditions going on, and she has thursday 4:15 openings. ill also send a records request to her old clinic in montana today so they arrive before the visit. want thursday the 18th at 4:15"),
        c("yes that works. do i bring her meds", None),
        t("yes, all the bottles including the insulin pen, and her glucose log if she keeps one. ill email the forms and the records release, she just needs to sign it"),
    ],
    worse=[
        open_,
        t("hi! yes we are accepting new patients. what insurance does she have"),
        c("advantage plan, i have the card here", None),
        t("ok we take most of those. first available new patient appt is tues the 9th at 9:20 with dr lin, or the 16th at 10:40"),
        c("mornings are hard, i work and i have to drive her. anything later in the day", "no_time"),
        t("let me look... thursday the 18th at 4:15 with dr okafor is open. want that one"),
        c("yes please", None),
        t("booked. ill email the new patient forms, please have her fill them out before the visit and bring her insurance card and a list of her meds"),
    ],
))

# d03 - better separates must-do from can-wait; worse defends the quote and discounts it
open_ = c("Hi, I got a quote from your service advisor yesterday - eleven hundred for brakes on my CR-V. That seems like a lot. Can someone explain it?", None)
PAIRS.append(rpair(
    "b102r_d03_aurora_brakequote",
    "A customer comes back to an Aurora dealership service desk to question a large brake quote.",
    better=[
        open_,
        t("Sure, let's go through it line by line. It's front and rear pads and rotors, plus a brake fluid flush. Let me pull up what the tech actually measured."),
        c("Okay. I mean, it stops fine. I only noticed a little squeak.", None),
        t("Here it is: front pads are at three millimeters - we replace at three, so those are due. Rears are at six, probably another year the way you drive. Front rotors are under minimum thickness, so they go with the pads. The rears were quoted as recommended, not required."),
        c("So what's the actual must-do number?", None),
        t("Fronts, pads and rotors: $486. The fluid flush is on the schedule at your mileage, $139, but it's not urgent. I'd do the fronts now and we'll measure the rears again at your next oil change."),
        c("Fronts now. I'll think about the flush.", "think_it_over"),
        t("Fair enough. About two hours for the fronts, and I'll show you the old pads when you pick it up."),
    ],
    worse=[
        open_,
        t("Sure. It's pads and rotors front and rear, plus a brake fluid flush. We use factory parts and our techs are Honda-certified, so it runs a bit more than a chain shop."),
        c("It stops fine, though. I only noticed a little squeak.", None),
        t("The squeak is usually the wear indicator, so it's telling you the pads are getting low. The tech recommended all of it based on the inspection."),
        c("Eleven hundred is still more than I expected. The place by my work quoted seven.", "too_expensive"),
        t("I understand. I can take 10% off with our service coupon, so about $990, and that includes the lifetime pad warranty."),
        c("Hmm. Let me think about it and I'll call you.", "think_it_over"),
    ],
))

# d04 - better finds the real problem (drops, not speed) and right-sizes; worse leads with the popular tier
open_ = c("hi is fiber available at my address yet? 2255 los altos pkwy. and whats the price", None)
PAIRS.append(rpair(
    "b102r_d04_sparks_fiber",
    "A household asks a Sparks NV internet provider's chat about fiber availability and price.",
    better=[
        open_,
        t("hi! let me check... yes, fiber is live at 2255 los altos pkwy. before i throw prices at you - how many people are online at home and what do you mostly use it for"),
        c("me and my partner both work from home, lots of zoom. kid games online. our cable keeps dropping during calls", None),
        t("got it, so the drops are the main problem, not raw speed. for 3 people with video calls + gaming, our 300 mbps plan is plenty - 55/mo and that price doesnt jump after a year. the 1 gig is 80 but you likely wouldnt notice the difference"),
        c("cable is 70 now so 55 sounds good. is there a contract? got stuck with an early termination fee once and never again", "bad_experience"),
        t("no contract, no termination fee. instal is free, about 2 hrs - the tech runs fiber to the house and puts the router where you want it. earliest is thursday morning or saturday"),
        c("saturday. ill keep the cable till its working then cancel", None),
        t("smart. saturday 8-10am window, youll get a text the night before"),
    ],
    worse=[
        open_,
        t("hi! yes fiber is available at your address. we have 3 plans: 300 mbps for 55, 1 gig for 80, and 2 gig for 110. the 1 gig is our most popular"),
        c("what would you recommend, we both work from home and my kid games", None),
        t("for a work from home household most people go with the 1 gig, it handles everything. no contract and free install"),
        c("80 is more than my cable now. i mean the cable sucks but still", "too_expensive"),
        t("totally understand. the 300 also works well for most homes and you can always upgrade later. want me to book install? next available is thursday or saturday"),
        c("ok the 300, saturday", None),
        t("booked for saturday 8-10am, youll get a text the night before"),
    ],
))

# d05 - better asks before they act and fits the inspection to their one free weekend; worse explains the rules
open_ = c("hi question about the turf removal rebate. i have a big front lawn i can barely keep alive and im sick of watering it. how does it work", None)
PAIRS.append(rpair(
    "b102r_d05_logan_turfrebate",
    "A Logan UT resident asks the city water department's chat about the lawn removal rebate.",
    better=[
        open_,
        t("happy to help. first question because it matters most: have you taken out any of the grass yet"),
        c("not yet. i was going to rent a sod cutter this weekend", None),
        t("good thing you asked first - the rebate needs a pre-inspection before anything is removed or it wont qualify. its 1.25 a sq ft up to 2,500. about how big is the lawn, and do you know what youd put in instead"),
        c("maybe 1500 sq ft. no clue what to plant. and honestly this weekend is the only free time i have till july", "no_time"),
        t("then lets fit the inspection in before the weekend - i have thursday or friday morning, 20 min, you dont need to be home. the extension office also runs a free waterwise yard workshop tuesday nights with plant lists that survive cache valley winters"),
        c("friday morning works. ill check out the workshop", None),
        t("friday it is. youll get an approval email after the inspection, then go ahead and cut the sod. keep receipts for plants and drip and send photos when its done"),
    ],
    worse=[
        open_,
        t("sure. the rebate is 1.25 a sq ft for grass you replace with waterwise landscaping, up to 2,500. you apply on the city website and upload photos and receipts when youre done"),
        c("ok. i was going to rent a sod cutter this weekend, is that ok", None),
        t("youll need a pre-inspection first so id wait on that. the application on the website gets you scheduled, usually within a couple of weeks"),
        c("a couple weeks? this weekend is the only free time i have till july", "no_time"),
        t("i understand. once you apply you can call and ask if anything opens sooner. the website also has a list of approved plants"),
        c("ok. ill fill it out tonight", None),
    ],
))

# d06 - better fits the machine to the rider's skill and safety; worse sells what the buddies ride
open_ = c("Hey. Looking at sleds. My buddies all ride mountain sleds up at Island Park and I'm tired of borrowing.", None)
PAIRS.append(rpair(
    "b102r_d06_idahofalls_snowmobile",
    "A rider walks into an Idaho Falls powersports dealer to buy his first snowmobile.",
    better=[
        open_,
        t("Makes sense. How long have you been riding, and when you're out with them, are you on groomed trails or off-trail in the deep stuff?"),
        c("Two seasons, borrowed. Mostly trails, but they go off-trail and I get stuck a lot, honestly.", None),
        t("Really common. A full 850 mountain sled is a lot of machine to learn on - that's why a lot of people get stuck. A crossover with a 146 track does both: solid on trail, decent in powder while you learn. New it's around fourteen; we have a two-year-old one with low miles at ninety-five hundred."),
        c("Ninety-five is closer to what I was thinking. My wife's going to ask if I really need a new one at all, though.", "think_it_over"),
        t("Fair question for her to ask. We've got a demo day at Island Park in two weeks - ride the crossover and a mountain sled back to back, free. And if you're going off-trail with them, do you have a beacon and avalanche training?"),
        c("Beacon, yeah. Training, no.", None),
        t("Worth doing either way - there's a weekend course in January. I'll put you down for demo day and send you the course info."),
    ],
    worse=[
        open_,
        t("Nice. What are your buddies riding?"),
        c("Mostly 850 mountain sleds, 165 tracks.", None),
        t("Great machines. This one right here is the 850 with the 165 track - best power in its class, you'll keep up with anybody in deep snow. It's $16,400, and financing runs around $280 a month."),
        c("Man, that's more than I've got to put in. I was thinking ten, tops.", "no_money"),
        t("Understood. We also have a couple of used ones - here's a 2022 with 1,100 miles for $11,900. Same engine."),
        c("Still a stretch. Just give me a brochure, I'll come back sometime.", "brush_off"),
    ],
))

# d07 - better asks what scares the child and designs the visit around it; worse offers sedation
open_ = c("hi my son is 4 and has never been to the dentist. hes terrified of doctors. do you do anything for anxious kids", None)
PAIRS.append(rpair(
    "b102r_d07_chandler_kidsdentist",
    "A parent asks a Chandler AZ pediatric dental office's chat how they handle a frightened four-year-old.",
    better=[
        open_,
        t("hi! yes, lots of our little patients start out scared. can i ask what usually sets him off at the doctor - shots, strangers, lying back, the noises"),
        c("last time he got shots he screamed the whole time and now anyone in a white coat, forget it", None),
        t("that makes total sense. our team doesnt wear white coats, and a first visit is a 'happy visit' - he rides the chair up and down and counts his teeth with the dentist, no tools in his mouth unless hes ok with it. you can sit right next to him or hold him on your lap"),
        c("that sounds good. how much is it? we have ahcccs", None),
        t("we take ahcccs and his first visit and cleaning are fully covered. mornings usually go best at 4 - we have tuesday 8:30 or friday 9. bring a favorite stuffed animal, the dentist counts its teeth first"),
        c("tuesday 8:30. he will love the stuffed animal thing", None),
    ],
    worse=[
        open_,
        t("hi! yes, were a kid friendly office and our team is great with anxious kids. we also offer laughing gas if needed"),
        c("laughing gas for a 4 year old? id rather not", "no_need"),
        t("totally understand, its only if needed and most kids dont need it at a first visit. the first visit is an exam and cleaning. do you have insurance"),
        c("ahcccs", None),
        t("great, we take it. first available is tuesday 8:30 or friday 9"),
        c("tuesday 8:30. hope he cooperates", None),
    ],
))

# d08 - better checks the father's mobility and the tag draw before price; worse leads with package and success rate
open_ = c("Hi, I'm calling about a guided antelope hunt. My dad's seventy-three and it's something he's always wanted to do. I'm trying to surprise him.", None)
PAIRS.append(rpair(
    "b102r_d08_laramie_antelopehunt",
    "A daughter phones a Laramie WY outfitter about a guided antelope hunt as a gift for her elderly father.",
    better=[
        open_,
        t("That's a great gift. A couple of things first - how does your dad get around? Some of our hunts mean a couple of miles on foot, some we glass from the truck and do short stalks."),
        c("He's in decent shape, but his hip's bad. A mile on flat ground, maybe.", None),
        t("Then a truck-based hunt with short stalks is the right fit. The other big thing: nonresident antelope tags are by draw, and applications close in May. Does he have hunter education, and has he applied out here before?"),
        c("He hunted deer in Ohio for years, so he has hunter ed. Never applied out here. How much is all this, ballpark?", None),
        t("The guided two-day hunt is $2,800, plus his license if he draws, a little over three hundred. Our area draws well but it's not guaranteed - if he doesn't draw, the deposit comes back in full."),
        c("Twenty-eight hundred is more than I figured. I'd want to split it with my sister - let me talk to her.", "think_it_over"),
        t("Makes sense. I'll email you the hunt details, the draw deadline and how to apply, so you two can look at it together. If you go ahead, I'll help you fill out his application."),
    ],
    worse=[
        open_,
        t("That's a great gift. Our guided antelope hunts are two days, lodging and meals included, $2,800. We run about a ninety-five percent success rate."),
        c("Oh wow. He's seventy-three and his hip's bad - is that okay?", None),
        t("Sure, we've had plenty of older hunters, we can take it easy. We'd need a $1,000 deposit to hold a date in September."),
        c("Is the deposit refundable? I don't even know if he can get a license yet.", None),
        t("Tags are by draw, so you'll apply through the state. If he doesn't draw, we refund the deposit. Want me to send the booking form?"),
        c("Sure, send it. I'll talk to my sister, we're splitting it.", "think_it_over"),
    ],
))

# d09 - better works from the member's numbers and warns about stretching the term; worse quotes the teaser rate
open_ = c("hi i want to refinance my car loan, its at 14% from the dealer. what rates do you have", None)
PAIRS.append(rpair(
    "b102r_d09_richland_autorefi",
    "A member asks a Richland WA credit union's chat about refinancing a high-rate dealer car loan.",
    better=[
        open_,
        t("hi! 14% is high, good chance we can help. what do you still owe, and how many months are left"),
        c("about 18k, 48 months left. my credit was rough when i bought it but its better now, like 690", None),
        t("thanks. at 690 youd likely land around 7-9%. at 8% over the same 48 months your payment drops roughly 60/mo and you save about 2,800 in interest. id keep it at 48 - stretching the term lowers the payment but costs more overall"),
        c("i was kinda hoping to stretch it to 60 to get the payment lower, things are tight", None),
        t("understandible. at 60 months its about 120/mo less than now but around 900 more interest than the 48 month option - both beat 14%. ill show you both side by side. first step is a preapproval with a soft pull, no hit to your score"),
        c("ok lets do the preapproval. both options pls", None),
        t("sending the link now. youll need to join the cu (5 dollar savings deposit) and have your current loan payoff amount handy"),
    ],
    worse=[
        open_,
        t("hi! our auto refi rates start at 6.49% apr for qualified members, terms up to 72 months. you can apply online in about 10 min"),
        c("6.49 would be amazing. my credit was rough when i bought it but its better now, like 690", None),
        t("great! your rate depends on credit and term, so the application will show your actual rate. youll need to join the credit union with a 5 dollar deposit"),
        c("does applying hurt my credit? last time i shopped rates 3 places pulled it and my score tanked", "bad_experience"),
        t("preapproval is a soft pull, so no impact. its only a hard pull if you accept the loan"),
        c("ok ill do it tonight", None),
    ],
))

# d10 - better learns the father's goal and explains coverage honestly; worse processes the referral
open_ = c("hi my dad fell last month, hes 81, and his dr wants him to do PT. getting him out of the house is a whole production. do you do home visits", None)
PAIRS.append(rpair(
    "b102r_d10_carsoncity_homept",
    "A daughter asks a Carson City NV home health agency's chat about physical therapy at home for her father.",
    better=[
        open_,
        t("we do, and im sorry about his fall. can i ask a bit about him - is he using a walker or cane, and is someone with him during the day"),
        c("a walker. im there most afternoons, my brother mornings. he hates the walker, keeps leaving it in the other room", None),
        t("really common, and a therapist at home can work on exactly that - his real hallway, his bathroom, the step into the garage. for medicare to cover home visits his dr has to certify that leaving the house is a big effort for him. sounds like it may be, but thats the drs call. what does he want to get back to doing"),
        c("honestly walking out to his garden, he used to grow tomatoes. but he says PT is a waste of time, he did it after his knee and it didnt help", "bad_experience"),
        t("then lets make the tomatoes the goal - that works much better than exercises for their own sake. ill send his dr the home health request today, and once its signed we can have a therapist there within 3 days. mornings or afternoons better for him"),
        c("afternoons when im there. thank you", None),
    ],
    worse=[
        open_,
        t("yes, we provide home health physical therapy. well need an order from his doctor, and if hes considered homebound medicare typically covers it"),
        c("ok. he uses a walker. getting him in the car is really hard", None),
        t("that sounds like he would likely qualify. have his doctors office send us the referral and well call you to schedule the evaluation"),
        c("hes going to say PT is a waste of time, it didnt help after his knee surgery", "bad_experience"),
        t("a lot of patients feel that way at first. our therapists are very experienced and its one on one at home. once we get the referral well be in touch"),
        c("ok. ill call the drs office", None),
    ],
))
