"""Ranked pairs d01-d10: two decent conversations, better is better. Hand-written for b48."""
from common import t, c, rpair

PAIRS = []

# d01 - farm machinery dealer, Rockhampton (B2B)
o = c("G'day. Station out past Marlborough. We're looking at a couple of side-by-sides to replace the quads. What've you got?", None)
PAIRS.append(rpair(
    "b48r_d01_rockhampton_station_utv",
    "Farm machinery dealer, Rockhampton, regional Queensland (B2B): cattle station manager replacing quad bikes after a rollover.",
    [o,
     t("G'day. Can do. Before I show you any, what's driving the switch off the quads? Safety, the work, the insurer?"),
     c("Bit of all three. Had a young fella roll one in March, broke his collarbone. The insurer's been in my ear since.", None),
     t("Sorry to hear it. So safety's the main reason, and the insurer wants to see a change. What are they doing day to day, mustering, fencing, water runs?"),
     c("Water runs mostly. Checking troughs, carting a bit of fencing gear. Rough country, lot of creek crossings.", None),
     t("Then I'd look at a mid-size diesel with a tray rather than the sporty ones. Diesel because you've already got it on the station, mid-size for the creeks. The Kubota RTV's about 24 grand. I'd bring one out so your blokes can run it through your own creeks before you decide on two."),
     c("Twenty-four each is steep. The Chinese ones are half that.", "too_expensive"),
     t("They are. Worth asking who services them out your way. If ours breaks, we're two hours away with parts. Bring one of the cheaper ones out the same day if you like and compare them on your own ground.")],
    [o,
     t("G'day. Side-by-sides, good move, most stations are going that way. We've got the Kubota RTV diesel, the Polaris Ranger, and the Can-Am for the sporty types. What's your budget?"),
     c("Dunno yet. Had a young fella roll a quad in March. Insurer's been in my ear.", None),
     t("Yeah, rollover protection's the big one. The Kubota's got a ROPS cab and seatbelts, it's the workhorse. Twenty-four grand each. The Polaris is a bit quicker, about twenty-six."),
     c("Twenty-four each is steep. The Chinese ones are half that.", "too_expensive"),
     t("They're cheaper, no argument, but you get what you pay for with parts and service. I can do a small discount if you take two. Want me to put a quote together?"),
     c("Send a quote through. I'll have a think.", "think_it_over")]))

# d02 - mortgage broker, Swansea
o = c("Hi, we're first-time buyers. We've seen a house in Sketty we really like and the estate agent said we should speak to a broker. We don't really know where to start.", None)
PAIRS.append(rpair(
    "b48r_d02_swansea_mortgage_broker",
    "Mortgage broker, Swansea, Wales: first-time buyers, gifted deposit, one partner self-employed for two years.",
    [o,
     t("Congratulations on finding one. We'll start with you rather than the house. Roughly what's your combined income, and how much deposit have you saved?"),
     c("About 58 thousand between us. Deposit's 22 thousand, but some of that's a gift from my mum.", None),
     t("That's fine, gifted deposits are common, lenders just want a letter from your mum saying it's a gift, not a loan. What's the house on for, and is either of you self-employed or new in a job?"),
     c("It's 235. Rhys is self-employed, only two years though. Is that a problem?", None),
     t("Not a problem, but it narrows the lenders. Most want two years' accounts, which you just have. Borrowing 213 on 58 thousand is a stretch for some lenders and fine for others, so I'd like to see Rhys's tax calculations before I promise anything. My fee's 395, payable only when you get an offer."),
     c("Okay. Three ninety-five, is that normal? My friend's broker was free.", "too_expensive"),
     t("Some are free because the lender pays them. The lender pays me too; the fee is for the self-employed side, which takes more work. If you'd rather try a free broker first, that's genuinely fine, just check they've placed self-employed cases before.")],
    [o,
     t("Congratulations! Let's get you sorted. What's your combined income and deposit?"),
     c("About 58 thousand between us. Deposit's 22 thousand, some of it's from my mum.", None),
     t("Great, that should be fine. On 58 thousand you'll get around four and a half times, so about 260 thousand. What's the house on for?"),
     c("235. Rhys is self-employed, two years. Is that alright?", None),
     t("Should be okay. I'll run it past a few lenders and get you an agreement in principle. My fee's 395."),
     c("Three ninety-five, is that normal? My friend's broker was free.", "too_expensive"),
     t("It's pretty standard for the work involved. I'll email you a list of documents to send.")]))

# d03 - hotel wedding enquiry, Inverness
o = c("Hello, my fiance and I are looking at venues for next September. Around 80 guests. Could you tell me the wedding package prices?", None)
PAIRS.append(rpair(
    "b48r_d03_inverness_wedding_venue",
    "Hotel wedding coordinator, Inverness, Scotland: couple with a fixed budget wanting a relaxed day and an outdoor ceremony.",
    [o,
     t("Congratulations! I can, and I'll send the brochure, but the price moves a lot with what you want. What sort of day are you picturing?"),
     c("Quite relaxed. Ceremony outside if the weather holds, which, it's Inverness, so probably not. Good food. Not lots of fuss.", None),
     t("Ha. So relaxed, good food, and an outdoor ceremony with a proper wet-weather plan. Is there a budget you're working to? It helps me point you at the right package rather than the top one."),
     c("About 12 thousand for the venue and food. My parents are helping, but that's our limit.", None),
     t("That works. Our Riverside package for 80 is 9,800, with the ceremony on the lawn and the conservatory held as back-up at no extra cost, which leaves room for an evening buffet. Would you like to see both spaces? Saturdays are full of weddings, so a weekday evening is better for a proper look."),
     c("Weekdays are hard, we both work in Aberdeen. Could we do a Sunday?", "no_time"),
     t("Sunday afternoon's fine. I'll have a costed version for 80 with the buffet ready, so you take away real numbers.")],
    [o,
     t("Congratulations! Our packages are Classic at 9,800, Highland at 13,500 and Luxury at 17,000, all for 80 guests. Highland's the most popular."),
     c("Okay. We've about 12 thousand for venue and food.", None),
     t("Classic fits then, or Highland if you stretch a bit, it's got the champagne reception and a piper. What date are you thinking?"),
     c("September. We'd like the ceremony outside if possible.", None),
     t("We do ceremonies on the lawn, yes. I'll send the brochure over and you can have a look."),
     c("Okay, thanks. We're seeing two others as well, so we'll compare.", "think_it_over")]))

# d04 - farm supply store, rural Missouri
o = c("Afternoon. Need some fencing. Got three goats coming Saturday.", None)
PAIRS.append(rpair(
    "b48r_d04_missouri_goat_fencing",
    "Farm supply store, rural Missouri: retiree with a new hobby farm needs goat fencing before Saturday.",
    [o,
     t("Goats. They'll test any fence you put up. How much ground, and what's there already?"),
     c("About two acres. There's old barbed wire from when it was cattle. Figured I'd just patch it.", None),
     t("Barbed won't hold goats, they go right through it or get cut up. What breed are they? Size matters a lot here."),
     c("Nigerian Dwarfs. Two does and a little wether. Small fellas.", None),
     t("Small ones squeeze through anything. Here's what I'd do: for Saturday, a 164-foot electric netting kit with a solar charger, about 340, so they're safe in a paddock. Then woven wire, four foot, on the two acres over the next month. That runs around 1,900 with posts."),
     c("Nineteen hundred. Hoo. I hadn't figured the fencing'd cost more than the goats.", "too_expensive"),
     t("Everybody says that. The netting gets you through Saturday either way. Take that today, and I'll write up the woven wire list so you can price it around before you commit to anything.")],
    [o,
     t("Sure. What kind of fence you after?"),
     c("Something for goats. About two acres. There's old barbed wire, I was gonna patch it.", None),
     t("Barbed won't hold goats. You want woven wire, four foot. For two acres that's around 1,900 with posts and clips."),
     c("Nineteen hundred. Hoo. I hadn't figured the fencing'd cost more than the goats.", "too_expensive"),
     t("Fencing's always the expensive part. Electric's cheaper if you'd rather. Want me to load the woven wire?"),
     c("Lemme think on it. Goats come Saturday though.", "think_it_over")]))

# d05 - label printer for a hot sauce brand, Tacoma (B2B)
o = c("Hi, we make a small-batch hot sauce and we're getting into a regional grocery chain in spring. We need new labels, probably 10,000. Can you quote?", None)
PAIRS.append(rpair(
    "b48r_d05_tacoma_hot_sauce_labels",
    "Label printer, Tacoma, Washington (B2B): tiny hot sauce maker moving from home-printed labels to grocery-chain supply.",
    [o,
     t("Congrats on the grocery deal. Happy to quote. What are you using for labels now, and did the chain give you any requirements, barcodes, nutrition panel, durability?"),
     c("We print at home on sheet labels right now, lol. The chain sent a spec sheet, UPC, and they said labels have to hold up in refrigerated display.", None),
     t("Good to know. Refrigeration means condensation, so paper labels will peel. You'd want a film label, which shrugs off water and oil. How many flavors, same design in different colors or separate designs?"),
     c("Three flavors, separate designs. Price is a big deal for us, we're tiny.", None),
     t("Understood. Ten thousand across three designs is about 1,150 on film. Since the chain's first order might be small, you could do 3,000 per flavor now and reorder; the unit cost goes up a little but you don't sit on labels for a flavor that doesn't sell. I'll send both prices and a free printed proof you can test in your own fridge."),
     c("Both prices would help, thanks. I'll check with my partner which way we go.", "think_it_over")],
    [o,
     t("Thanks! For 10,000 labels, what size?"),
     c("Roughly 3 by 4 inches. We print at home on sheet labels right now, lol.", None),
     t("No problem. 10,000 at 3 by 4 on our standard gloss paper is about 780. Full color, ten business days."),
     c("Sounds good. The chain said they need to hold up in refrigerated display, is that okay?", None),
     t("Our gloss holds up pretty well. If you want extra protection, there's film for about 1,150. Let me know which."),
     c("Hm. 1,150 is a lot for us, we're tiny.", "too_expensive")]))

# d06 - student bank account chat, Dunedin
o = c("hey im starting at otago next month, whats the best student account", None)
PAIRS.append(rpair(
    "b48r_d06_dunedin_student_account",
    "Bank live chat, Dunedin, New Zealand: school leaver opening a student account.",
    [o,
     t("Hey, congrats on Otago! Depends a bit on how you'll use it. Are you moving down from somewhere else, and will you be working part time?"),
     c("yeah from napier. probably working at a cafe or something. my parents will send some money too", None),
     t("Cool. Our student account has no fees and an interest-free overdraft up to 1,000. The thing that trips people up in first year is the overdraft turning permanent, so you might want it lower, or none. Do you want one at all?"),
     c("maybe like 300 just for emergencies. my brother got into trouble with his last year lol", None),
     t("300's a smart call. I'd also link a savings account, so your parents' money and your wages land there and you move spending money across each week. It all opens online in about 10 minutes with your ID."),
     c("dont have my student id yet. can i do it later", None),
     t("Yep, open it now with your passport or licence and add the student number when you get it. The student perks start then.")],
    [o,
     t("Hey, congrats! Our student account is great: no monthly fees, interest-free overdraft up to 1,000, and a free pizza voucher when you sign up."),
     c("ok nice. do i need anything to open it", None),
     t("Just ID and your student ID number. Takes about 10 minutes online."),
     c("dont have my student id yet. my brother said the overdraft thing got him into trouble lol", None),
     t("Ha, yeah, just be careful with it. You can open now and add the student ID later. Want the link?"),
     c("ok sure", None)]))

# d07 - dental practice reception, Coventry
o = c("Hi, erm, I need to book a check-up. I haven't been in about six years. I'm a bit, well, I don't like dentists.", None)
PAIRS.append(rpair(
    "b48r_d07_coventry_nervous_dental",
    "Dental practice reception, Coventry, West Midlands: nervous patient returning after six years.",
    [o,
     t("Thanks for ringing, honestly that's the hardest bit done. Lots of our patients haven't been for years. Can I ask what you find hardest about it? It helps me book the right thing."),
     c("The noise, mostly. And lying back not being able to say anything. I had a filling as a kid that wasn't numb.", "bad_experience"),
     t("That sounds awful. So the noise, and not being able to stop things. Dr Anand is really good with nervous patients. She agrees a hand signal so you can stop at any time, and you're welcome to bring headphones. The first visit is just a look and a chat, no drilling. Would a longer first appointment help, so it's not rushed?"),
     c("That'd be better, yeah. How much is it? I'm not NHS registered anymore.", None),
     t("We've got NHS spaces at the moment, so it's the band one charge, 27.40. I've a 40-minute slot Thursday at 9, which is quiet, and first thing means you've not got all day to worry about it."),
     c("Thursday at nine. Okay. Before I change my mind.", None)],
    [o,
     t("No problem at all. We've got a check-up Thursday at 9:40, or next Monday at 2."),
     c("Erm, Monday maybe. I should say I'm nervous, I had a filling as a kid that wasn't numb.", "bad_experience"),
     t("Don't worry, our dentists are very gentle, you'll be fine. Are you NHS?"),
     c("I was. Not registered anymore, I don't think.", None),
     t("We've got NHS spaces, so it's 27.40. Monday at 2 then?"),
     c("Yeah, okay. I might have to move it, I'll see.", "think_it_over")]))

# d08 - restaurant POS, San Antonio (B2B)
o = c("Hey, I run a taqueria on the West Side, two locations. Our register system is old and I'm looking at switching to a tablet POS. What do you guys charge?", None)
PAIRS.append(rpair(
    "b48r_d08_san_antonio_taqueria_pos",
    "Restaurant point-of-sale vendor, San Antonio, Texas (B2B): two-location taqueria losing phone and app orders.",
    [o,
     t("Happy to give you pricing. It depends on setup, so a couple of quick questions first. What's bugging you about the current system?"),
     c("It can't do online orders. We take them on the phone, write them on paper, and the kitchen loses tickets on a Friday night.", None),
     t("So the pain is orders getting lost in the kitchen on busy nights. Do you use delivery apps like DoorDash or Uber Eats too?"),
     c("Both. Their tablets are all over the counter. It's a mess.", None),
     t("Then the part that'd help you most is getting every order, phone, online and both apps, onto one screen and printing in the kitchen. Software's 69 a month per location plus 15 for the delivery integration. Hardware for two locations is about 2,400, or you can lease it. I'd set up a two-week trial at one location first, so you see whether it actually fixes Friday night."),
     c("Twenty-four hundred up front is a lot right now, we just redid the patio.", "no_money"),
     t("Makes sense. Then lease it at about 95 a month for both, and trial it at the busier place first. If Friday nights aren't better, you send it back.")],
    [o,
     t("Sure! We're 69 a month per location for software, and hardware starts at 1,200 per location."),
     c("Okay. Can it do online orders? We're writing them on paper now.", None),
     t("Yep, online ordering's built in, and DoorDash and Uber Eats integration is 15 a month more."),
     c("Twenty-four hundred up front is a lot right now, we just redid the patio.", "no_money"),
     t("We've got a leasing option, roughly 95 a month for both locations. Want me to send a contract?"),
     c("Send me the info first. I'll look it over.", "brush_off")]))

# d09 - kitchen fitter, Kilkenny
o = c("Come in, come in. So this is it. The kitchen's from 1998 and we're sick of it. We're thinking of a full new one.", None)
PAIRS.append(rpair(
    "b48r_d09_kilkenny_kitchen_fitter",
    "Kitchen fitter home visit, Kilkenny, Ireland: couple with a 1998 kitchen; one of them bakes a lot.",
    [o,
     t("Thanks for having me. Before I get the tape out, what is it you're sick of? The look, or does it not work for you?"),
     c("Both, I suppose. The doors are falling off. But mainly there's no room to work. I do a lot of baking and there's about a metre of counter.", None),
     t("So the big thing is counter space for baking, and the doors are worn out. Mind if I check the units behind the doors? If the boxes are solid, you've more options."),
     c("Go ahead. The man from the other company just measured up and said 18 thousand.", None),
     t("These are solid enough. So two ways: new doors and worktops on the units you have, plus an extra run of counter along that wall, about 8,500. Or a full new kitchen with an island for the baking, about 17,000. The second gives you the most space, the first gets you most of it for half the money."),
     c("Eight and a half is more what we had in mind, to be honest. I'd want to see how that extra run would look, though.", None),
     t("I'll draw up both with the counter space marked out, so you can stand in here and picture it before you decide anything.")],
    [o,
     t("Thanks for having me. Right, I'll get measuring. Any particular style, shaker, handleless, modern?"),
     c("Something bright. I do a lot of baking and there's no room, about a metre of counter.", None),
     t("We can sort that, an island would give you loads of space. A full kitchen with an island in the shaker range comes to about 17,000 fitted."),
     c("The other crowd said 18, so that's similar. It's a lot of money though.", "too_expensive"),
     t("It's a big job. We do finance over three years if that helps. I'll email the quote tonight."),
     c("Okay. We'll have a think.", "think_it_over")]))

# d10 - PPE supply for a drilling contractor, Perth (B2B)
o = c("Morning. I'm procurement for Redgum Drilling. We've about 140 people across three sites in the Goldfields and we're reviewing our PPE supplier. Can you give me pricing on boots, hi-vis and gloves?", None)
PAIRS.append(rpair(
    "b48r_d10_perth_mining_ppe",
    "Safety workwear supplier, Perth, Western Australia (B2B): procurement officer at a drilling contractor reviewing PPE supply.",
    [o,
     t("Morning. Happy to price it. What's prompting the review, price, availability, something else?"),
     c("Availability, mostly. Our current supplier keeps running out of women's boot sizes. We've had new starters on site in men's boots two sizes too big. Safety's not happy.", None),
     t("So the real problem is women's sizes out of stock, and that's a safety issue, not just a nuisance. How many women on the crews, roughly, and do new starters get a fitting?"),
     c("About twenty. No fitting, they put a size on the form and we order it.", None),
     t("We hold women's sizes 5 to 11 in Kalgoorlie, two-day turnaround. I'd also suggest a fit day at your biggest site, we bring stock and people try on, which cuts returns. I'll price boots, hi-vis and gloves on a 12-month agreement with a stock commitment for women's sizes written in."),
     c("Put the stock commitment in writing and I'll take it to the ops manager. Budget's locked till July, mind, so anything over our current spend is a problem.", "no_money"),
     t("Understood. I'll quote like-for-like with your current spend where I can, and show separately anything that costs more and why.")],
    [o,
     t("Morning. Sure, for 140 staff we can do good volume pricing. Steel caps from 89, hi-vis shirts 24, gloves about 6 a pair. What quantities a year?"),
     c("Roughly two pair of boots each, shirts every six months. Our current supplier keeps running out of women's sizes.", None),
     t("We carry a big range, so that shouldn't be a problem. At those volumes I could get boots down to 82."),
     c("Budget's locked till July, so anything over our current spend is a problem.", "no_money"),
     t("Understood. I'll send a price list with the volume discount and you can compare."),
     c("Righto. Send it through.", None)]))
