"""Ranked pairs f01-f10 (b83): both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

# f01 credit union, western Wisconsin: car refinance. Fault: drops the price before asking anything.
f01_o = c("Hi, I got a car loan through the dealer two years ago at nine percent, and my buddy said you guys might do better. Is refinancing worth it?", None)
f01_t1 = t("Could be. What's left on it, how many months, and what's the payment?")
f01_c1 = c("About fourteen thousand, three years left, 445 a month. It's a 2019 Equinox.", None)
f01_t2b = t("Okay. Has your credit changed since you bought it? Paid anything off, any late payments?")
f01_c2b = c("Better, if anything. I paid off a credit card last year. Never been late.", None)
f01_t2w = t("Tell you what, I'll waive the 75 application fee and take half a point off whatever you qualify for, just so you don't go shopping around.")
f01_c2w = c("Uh, okay. I wasn't really shopping. Don't you need to know about my credit? It's better than it was, I paid off a card.", None)
f01_t3 = t("Then you'd likely land around 6.5. Same 36 months, the payment drops to about 429, so roughly 550 saved over the loan. Worth doing, but not life-changing. Stretching it longer lowers the payment but costs more interest.")
f01_c3 = c("Five-fifty. Huh, less than I figured. Is it even worth the hassle?", None)
f01_t4 = t("It's an online application and twenty minutes of signing. If the dealer loan has no prepayment penalty, I'd do it. Check your contract tonight and send me a copy, and I'll tell you for sure.")
f01 = rpair(
    "b83r_f01_wisconsin_cu_auto_refi",
    "A member asks his credit union whether refinancing a 9 percent dealer car loan is worth it.",
    [f01_o, f01_t1, f01_c1, f01_t2b, f01_c2b, f01_t3, f01_c3, f01_t4],
    [f01_o, f01_t1, f01_c1, f01_t2w, f01_c2w, f01_t3, f01_c3, f01_t4])

# f02 farm store, north Georgia: hens stopped laying. Fault: an unasked lecture.
f02_o = c("Hey, y'all got layer feed? My hens quit laying about a month ago. Eight of 'em.", None)
f02_t1 = t("We do. Did they quit all at once or taper off? And how old are they?")
f02_c1 = c("Tapered, I guess. Two years old this spring. And there's feathers all over the run, looks like a pillow fight.", None)
f02_t2b = t("Feathers everywhere this time of year, that's molt. Hens usually stop laying while they grow new feathers, six to eight weeks. What are they eating now?")
f02_c2b = c("Layer pellets from the Tractor Supply, and some scratch when I go out.", None)
f02_t2w = t("That's molt. But can I say something first? Most backyard folks overdo scratch and kitchen scraps, that's the number one mistake, chickens need balanced protein, and honestly the internet is full of bad advice on this. You'd be surprised how many people kill their flock with kindness.")
f02_c2w = c("Alright, alright. I give 'em layer pellets and a little scratch. I didn't come in for a class.", None)
f02_t3 = t("During molt they need more protein to grow feathers, so a lot of folks switch to a 20 percent feed for a month or two. That's 21.99 for forty pounds, the layer's 17.49.")
f02_c3 = c("Four bucks more a bag. Can't I just keep 'em on the layer? Nobody's paying me for eggs they ain't laying.", "too_expensive")
f02_t4 = t("You can, they'll come through molt either way, just slower. Or mix the two half and half. Cut the scratch back for now and keep oyster shell out for when they start again.")
f02 = rpair(
    "b83r_f02_georgia_farmstore_molting_hens",
    "A backyard chicken keeper at a rural farm store asks for feed because her hens stopped laying.",
    [f02_o, f02_t1, f02_c1, f02_t2b, f02_c2b, f02_t3, f02_c3, f02_t4],
    [f02_o, f02_t1, f02_c1, f02_t2w, f02_c2w, f02_t3, f02_c3, f02_t4])


# f03 HVAC, central Missouri: iced heat pump. Fault: a vague next step.
f03_o = c("Yeah, hi, my heat pump outside is all iced up, like a block of ice, and the house is at sixty-two. We're in Rolla.", None)
f03_t1 = t("Okay. Is the fan on top still spinning, is the ice on the whole coil or just the bottom, and has anybody serviced it lately?")
f03_c1 = c("Fan's spinning, ice all over. Some other outfit came last spring, said it was low, topped it off, charged me two hundred, and here we are. I'm not paying for that again.", "bad_experience")
f03_t2 = t("If it's low again, it's leaking, and topping off won't fix that, you're right. It could also be the defrost control. For now, switch the thermostat to emergency heat so the backup strips heat the house and the unit rests. Costs a bit more on the electric, but you'll be warm.")
f03_c2 = c("Emergency heat. Okay, did it. How soon can somebody come?", None)
f03_t3b = t("Derek can be there tomorrow between eight and ten. He checks the defrost board and sensor first, then a leak test if it's refrigerant. Diagnostic's 95, and he calls when he's on the way.")
f03_c3b = c("Eight to ten works. Thanks.", None)
f03_t3w = t("We'll get somebody out there soon as we can, and we'll give you a call.")
f03_c3w = c("Soon as you can, meaning what, tomorrow, next week? It's sixty-two in here.", None)
f03 = rpair(
    "b83r_f03_missouri_hvac_iced_heatpump",
    "A homeowner calls in winter because the outdoor heat pump unit is covered in ice.",
    [f03_o, f03_t1, f03_c1, f03_t2, f03_c2, f03_t3b, f03_c3b],
    [f03_o, f03_t1, f03_c1, f03_t2, f03_c2, f03_t3w, f03_c3w])

# f04 RV dealer, northern Indiana: hitch set-up before a trip. Fault: over-promises.
f04_o = c("I just bought a new Ram, and I got a trip to Branson a week from Saturday pulling our travel trailer. I need the hitch and brake controller set up. Can y'all do that?", None)
f04_t1 = t("We can. What trailer, how heavy loaded, and does the truck have a trailer brake button on the dash already?")
f04_c1 = c("Twenty-six foot, about 6,500 loaded. There's a button by the wheel says trailer brake. And I got a weight distribution hitch off the old truck, can we use that?", None)
f04_t2 = t("Usually, yes. The hitch head moves over, you'd need a new shank to get the height right on the Ram, and we set the brake gain with your trailer on. Shank, setup and a test drive, about 250 all in.")
f04_c2 = c("Two-fifty's fine. But I need it done before the trip, I can't be pulling out Friday night still fiddling with it.", None)
f04_t3b = t("Shop's full this week, but I can get you in Tuesday morning, truck and trailer both. If the shank isn't on the shelf it's a two-day order, which still leaves you a cushion. I'll check stock tonight and call you.")
f04_c3b = c("Tuesday. Good, that gives me time to try it on the interstate.", None)
f04_t3w = t("Don't worry about a thing. Bring it Friday before you leave and we'll have you hooked up and out the door in an hour, guaranteed.")
f04_c3w = c("An hour. Last time a dealer told me an hour I sat in the lobby all day. I'd sooner come earlier.", "bad_experience")
f04 = rpair(
    "b83r_f04_indiana_rv_hitch_setup",
    "A retiree with a new pickup needs his hitch and trailer brakes set up before a trip.",
    [f04_o, f04_t1, f04_c1, f04_t2, f04_c2, f04_t3b, f04_c3b],
    [f04_o, f04_t1, f04_c1, f04_t2, f04_c2, f04_t3w, f04_c3w])

# f05 propane, rural Nova Scotia: Marketplace stove. Fault: closes before checking it will work.
f05_o = c("Hi, so I picked up a gas stove on Marketplace for two hundred bucks, nice one, and I want it hooked up to propane. We're out past Antigonish. What's that run?", None)
f05_t1 = t("Doable. Do you have propane at the house already, for a water heater or furnace?")
f05_c1 = c("Two hundred-pound cylinders for the water heater. The line's in the basement.", None)
f05_t2 = t("Then we can tee off that. Was the stove on propane or natural gas before? Lots of Marketplace stoves come out of Halifax on natural gas.")
f05_c2 = c("Guy said natural gas. There's a little bag of brass bits taped inside the drawer, if that means anything.", None)
f05_t3b = t("Might be the propane orifices, which would save you money. Before I book anything, can you send me a photo of that bag and the model plate? If they're right, it's about 320 installed with the conversion. If not, the kit's extra, and on some older models it's not made anymore.")
f05_c3b = c("I'll send it tonight. Good, I'd hate to pay for a trip for nothing.", None)
f05_t3w = t("Perfect, those are probably the conversion parts. So it's 320 installed with the conversion. I can take a card now and put you on Thursday's run.")
f05_c3w = c("Probably? And if they're not, I'm out 320 and still cooking on a hot plate?", None)
f05_t4 = t("Text photos of the bag and the model plate to this number tonight, and I'll call you in the morning either way.")
f05 = rpair(
    "b83r_f05_novascotia_propane_stove_hookup",
    "A rural homeowner wants a second-hand gas stove connected to his propane supply.",
    [f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3b, f05_c3b, f05_t4],
    [f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3w, f05_c3w, f05_t4])

# f06 tax preparer, middle Tennessee: new baby. Fault: unexplained jargon.
f06_o = c("Hi, um, we had a baby in November, and my mom says we'll get a bunch more back this year. We make like 58,000 together, I'm at the Nissan plant and he drives for a vending company. Is that true? We're kind of counting on it for daycare.", None)
f06_t1b = t("Congratulations! Mostly true. You'll get the child tax credit for her, up to 2,000, and most of it comes back as refund even when your tax is low. Daycare can give you a smaller credit next year too, so keep the receipts.")
f06_c1b = c("Two thousand. Okay, that helps. What do we bring?", None)
f06_t1w = t("Congratulations! So you're looking at the CTC, with the refundable ACTC portion phased in on earned income, possibly the CDCC on the 2441 next year, and with one QC at your AGI we'd screen for EITC.")
f06_c1w = c("I'm sorry, the what? I didn't get any of that. Do we get more back or not?", None)
f06_t2 = t("Bring both W-2s, the baby's Social Security card and your IDs. If her card hasn't come yet, we wait, it's needed to claim her. Our fee for a return like yours is 185.")
f06_c2 = c("185 is kind of a lot when we're saving for daycare. Couldn't we just use the free software?", "too_expensive")
f06_t3 = t("You could. With a return this simple a lot of people do fine on it. If you get stuck, we're here. Either way, don't file till her card comes.")
f06_c3 = c("Okay. We'll try the software first.", "no_need")
f06 = rpair(
    "b83r_f06_tennessee_taxprep_new_baby",
    "A young couple with a new baby asks a tax office whether their refund will grow.",
    [f06_o, f06_t1b, f06_c1b, f06_t2, f06_c2, f06_t3, f06_c3],
    [f06_o, f06_t1w, f06_c1w, f06_t2, f06_c2, f06_t3, f06_c3])

# f07 home health, eastern Iowa: rough aide. Fault: doubts the customer's honesty.
f07_o = c("Hi, my mom's been getting your aide three mornings a week, and she told me yesterday the aide yelled at her and grabbed her arm hard getting her out of the tub. She's got a bruise. I want a different person.", None)
f07_t1b = t("I'm glad you called, and we'll take it seriously. Yelling and a bruise are not okay. That aide won't go back to your mom while we look into it. Is she alright otherwise? Has anyone looked at the bruise?")
f07_c1b = c("She's okay, just shaken. I took a picture. She bruises easy, but she doesn't make things up.", None)
f07_t1w = t("Okay. Just so you know, we do sometimes get reports that turn out not to be what happened. Are you sure she's remembering it right? Older folks bruise really easily.")
f07_c1w = c("She's sharp as a tack. I took a picture of the bruise. Are you calling my mother a liar?", None)
f07_t2 = t("Please send me that picture. I'm filing an incident report today, our nursing supervisor will call you and your mom, and we'll have a different aide there Friday. Would she prefer a woman, same time of day?")
f07_c2 = c("A woman, yes. Mornings. Honestly, after this I'm not sure we should stay with your agency at all.", "bad_experience")
f07_t3 = t("I understand. You don't have to decide today. Let us get a new aide there Friday and have the supervisor call, and if you'd still rather switch, I'll help transfer her without a gap in care.")
f07_c3 = c("Alright. Friday. I'll be there for the first visit.", None)
f07 = rpair(
    "b83r_f07_iowa_homehealth_aide_complaint",
    "A son reports that a home health aide was rough with his mother and asks for a different aide.",
    [f07_o, f07_t1b, f07_c1b, f07_t2, f07_c2, f07_t3, f07_c3],
    [f07_o, f07_t1w, f07_c1w, f07_t2, f07_c2, f07_t3, f07_c3])

# f08 municipal planning office, central Alberta: shop permit. Fault: argues with the customer.
f08_o = c("Morning. I'm putting up a forty by sixty shop on my acreage west of Olds. Lady on the phone last month said a permit takes two weeks. Your website says six. Which is it? I got the concrete guy booked.", None)
f08_t1 = t("Let's sort it out. Is the shop for your own use, or will there be a business out of it?")
f08_c1 = c("Mine. Equipment, my welder, maybe a bit of repair for neighbours. No sign out front.", None)
f08_t2b = t("Then it's likely a permitted use, no neighbour notice, which is the faster track. I can't speak for the call, but for permitted uses two to three weeks is realistic with a complete application. The six weeks is for ones that need notice.")
f08_c2b = c("Well, that's something. Concrete's booked for the 20th.", None)
f08_t2w = t("Nobody here would've told you two weeks. The website's right, it's six, that's the standard for everyone.")
f08_c2w = c("I'm not making it up, I wrote her name down, Carol. So I cancel my concrete guy?", None)
f08_t3 = t("With a complete application, the 20th is possible. Bring a site plan with distances to the property lines, and the fee's 150. One thing: if the repair for neighbours turns into a business, that's a separate permit.")
f08_c3 = c("It's favours, mostly. A hundred and fifty for a piece of paper. Fine, I'll bring the plan tomorrow.", "too_expensive")
f08_t4 = t("Bring it before noon and I'll go through it with you at the counter so nothing's missing.")
f08 = rpair(
    "b83r_f08_alberta_shop_dev_permit",
    "An acreage owner asks the county planning counter how long a shop permit takes.",
    [f08_o, f08_t1, f08_c1, f08_t2b, f08_c2b, f08_t3, f08_c3, f08_t4],
    [f08_o, f08_t1, f08_c1, f08_t2w, f08_c2w, f08_t3, f08_c3, f08_t4])

# f09 funeral home, south Georgia: streaming for a soldier overseas. Fault: talks about themselves.
f09_o = c("Hey, my granddaddy's service is Saturday, and my uncle's stationed in Germany and can't get home. Can y'all stream it so he can watch?", None)
f09_t1 = t("Yes, we can. Will it be in our chapel or at the church?")
f09_c1 = c("Y'all's chapel. Ten in the morning. That's like four in the afternoon over there, I think.", None)
f09_t2b = t("Five, I think, but he'll know. Is there anything he'd want to be part of, even from there? A letter somebody reads for him, or a song he'd pick?")
f09_c2b = c("Oh, that's a good idea. He'd love that. I'll ask him tonight.", None)
f09_t2w = t("Right. You know, I actually started our streaming myself back during COVID, built the whole setup, two cameras, the soundboard, learned it all off YouTube. My own daddy's service was one of the first we streamed, so it means a lot to me personally.")
f09_c2w = c("Oh. Well, that's nice. So how does my uncle watch it?", None)
f09_t3 = t("We send a private link. He clicks it, no app, and it's recorded so family can watch later. There's a 150 charge for the stream.")
f09_c3 = c("A hundred fifty? Grandmama's already stretched thin with everything else.", "no_money")
f09_t4 = t("Then don't worry about it, we'll cover the stream. Send me your uncle's email and I'll test the link with him Friday.")
f09 = rpair(
    "b83r_f09_georgia_funeral_livestream",
    "A granddaughter asks whether a funeral can be streamed for an uncle serving overseas.",
    [f09_o, f09_t1, f09_c1, f09_t2b, f09_c2b, f09_t3, f09_c3, f09_t4],
    [f09_o, f09_t1, f09_c1, f09_t2w, f09_c2w, f09_t3, f09_c3, f09_t4])

# f10 hardware store, Kenai Peninsula, Alaska: frozen water line. Fault: recommends before asking.
f10_o = c("My water line froze last night. It's twenty-five below out on Funny River Road. I need whatever fixes that.", None)
f10_t1b = t("Let's find where it's frozen first. Is it the line from the well into the house, or a pipe inside, under a sink or in the crawlspace?")
f10_c1b = c("Under the trailer, inside the skirting, where the line comes up from the well into the floor. No water anywhere.", None)
f10_t1w = t("You want heat tape. This self-regulating stuff, ten feet for 79, wrap it on, plug it in, and it'll never freeze again.")
f10_c1w = c("Wrap it on what? It's under the trailer where the line comes up from the well, and it's frozen right now. I got no water.", None)
f10_t2 = t("First job is thawing it. No torch under there, that's how trailers burn. A hair dryer or small heater pointed at the riser, with a tap open inside so you hear when it runs. Once it's flowing, heat tape and a foam sleeve on that riser keep it from happening again.")
f10_c2 = c("What's all that going to run me? I just bought a new well pump in October.", "no_money")
f10_t3 = t("The tape's 79 for ten feet, the sleeve's 12. Use your own hair dryer if you've got one, don't buy the heater. If it's not flowing in a couple hours, call Mike, his number's on the board, he does thaw calls.")
f10_c3 = c("I got a hair dryer. Give me the tape and the sleeve.", None)
f10 = rpair(
    "b83r_f10_alaska_soldotna_frozen_pipe",
    "A man in a mobile home at minus 25 comes into a hardware store because his water line froze.",
    [f10_o, f10_t1b, f10_c1b, f10_t2, f10_c2, f10_t3, f10_c3],
    [f10_o, f10_t1w, f10_c1w, f10_t2, f10_c2, f10_t3, f10_c3])

PAIRS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10]
