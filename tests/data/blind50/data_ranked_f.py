"""Ranked pairs f01-f10 (b50): both sides share every turn except one fault in `worse`
and the customer's reaction to it. Written by hand by a helper session."""
from common import t, c, rpair

PAIRS = []

# f01: argues with the customer
_o = c("Hi, I'm paying for 50 megs and I'm getting like 8 in the evenings. Every evening. I've run the speed test a dozen times.", None)
_t1 = t("Thanks for testing, that helps. Is that on wifi or plugged into the modem, and is it the same on every device?")
_c2 = c("Mostly wifi, laptop in the kitchen. But my son's console is plugged in and he says it's slow too.", None)
_t5 = t("Here's what I can do: a 30-dollar credit on this month, and I've flagged your node for the upgrade crew, scheduled there for the 18th. I'll check your evening speeds the week after.")
_c6 = c("Alright. If it's not fixed by the end of the month, though, I'm looking at Starlink.", None)
_t7 = t("Fair enough. I'll call you on the 25th with the readings either way.")
PAIRS.append(rpair("b50r_f01_goosebay_internet_speed",
    "A customer in Happy Valley-Goose Bay, Labrador, Canada, gets a fraction of his paid internet speed every evening.",
    better=[_o, _t1, _c2,
            t("If the wired console is slow too, it isn't just the wifi. I can see your node is congested from about 7 to 11; that's on us, not your setup."),
            c("Okay. So what happens now? I'm not paying 95 a month for 8.", None),
            _t5, _c6, _t7],
    worse=[_o, _t1, _c2,
           t("Speed tests over wifi aren't reliable, honestly. Kitchen laptops are usually the problem; I'd bet your line is fine."),
           c("I just told you the wired console is slow too. Are you saying I'm making it up? I'm not paying 95 a month for 8.", None),
           _t5, _c6, _t7]))

# f02: doubts the customer's honesty
_o = c("Good evening. My phone fell from my hand at the mall and the screen is broken. I have your insurance on it, I want to claim.", None)
_t1 = t("Good evening, sorry about the phone. Can I have your policy number, and when did it happen?")
_c2 = c("Yesterday evening, at the mall in Bawshar. The policy number is on this card, here.", None)
_t5 = t("We can give you a loan phone while yours is at the repair centre, no charge. Just bring the phone, your SIM and the 15-rial excess.")
_c6 = c("A loan phone, good. I can bring it tomorrow after work?", None)
_t7 = t("Until nine tomorrow. I'll put a note on your claim so the counter has it ready.")
PAIRS.append(rpair("b50r_f02_muscat_phone_claim",
    "A customer in Muscat, Oman, claims on phone insurance for a screen cracked at a mall the evening before.",
    better=[_o, _t1, _c2,
            t("Thank you. The policy is active and covers accidental damage. The excess is 15 rials, and the centre replaces the screen in three days."),
            c("15, okay. Three days without a phone is difficult, I use it for work.", None),
            _t5, _c6, _t7],
    worse=[_o, _t1, _c2,
           t("Thank you. Hmm, the policy started only five weeks ago. You'd be surprised how many people insure a phone that's already broken. Are you sure it happened yesterday?"),
           c("Of course I'm sure! Why would I lie? Three days without a phone is already difficult, I use it for work.", None),
           _t5, _c6, _t7]))

# f03: drops the price before asking anything about the job
_o = c("Mauri. My boat has a crack in the hull, near the back. Water comes in slowly. How much to fix?", None)
_t1 = t("Mauri. How long is the crack, and is it above or below the waterline?")
_c2 = c("About as long as my hand. Below the water when the boat is loaded. I fish with it every day.", None)
_t5 = t("A crack that grows after a reef strike can hide damage around it, so I'd grind it open and look before patching. The hull must dry two days, then one day of work. I'll give you the exact price once it's open.")
_c6 = c("Three days without fishing is hard. Can it be done over the weekend? I don't fish on Sunday.", "no_time")
_t7 = t("Bring it Thursday evening. It dries Friday and Saturday, I patch it Sunday after church, and it's back in the water Monday morning.")
PAIRS.append(rpair("b50r_f03_tarawa_hull_crack",
    "A fisherman on Tarawa, Kiribati, has a slow leak from a crack in his fibreglass hull after hitting the reef.",
    better=[_o, _t1, _c2,
            t("Below the waterline needs a proper patch, inside and outside. Did it hit something, or has it been getting longer slowly?"),
            c("I hit the reef at low tide, last month. It's getting longer, I think.", None),
            _t5, _c6, _t7],
    worse=[_o, _t1, _c2,
           t("Okay, look, normally it's 500 but for you I'll do 350, special price. Did it hit something, or has it been getting longer slowly?"),
           c("You haven't even seen it and already the price goes down? Maybe you do a cheap job. I hit the reef at low tide last month, it's getting longer.", None),
           _t5, _c6, _t7]))

# f04: an unasked lecture
_o = c("Selam. I want to open a savings account. I have a small coffee stall near Bole, and now I keep the money at home.", None)
_t1 = t("Selam, welcome. How much do you think you'd put in, and how often: daily, weekly?")
_c2 = c("Maybe 300, 400 birr every week. Sometimes less, in the rainy season there are fewer customers.", None)
_t5 = t("No problem, there's a photo shop two doors down, about ten minutes. I can start the form now while you go.")
_c6 = c("Can I finish another day? I have to open the stall by two.", "no_time")
_t7 = t("Of course. I'll keep the form with your details; come any morning with the photo and it takes fifteen minutes.")
PAIRS.append(rpair("b50r_f04_addis_savings_stall",
    "A young woman who runs a coffee stall in Addis Ababa, Ethiopia, wants to open her first savings account.",
    better=[_o, _t1, _c2,
            t("That's fine, the Tiru savings account has no minimum. You can deposit at any of our agents near Bole, and it pays 7% a year. To open it we need your kebele ID and one photo."),
            c("Only ID and photo? I have the ID here, but not the photo.", None),
            _t5, _c6, _t7],
    worse=[_o, _t1, _c2,
           t("You know, keeping cash at home is a bad habit. People lose everything to theft or fire, and young people spend it on phones and clothes instead of planning. Discipline is the foundation. Anyway: the Tiru account has no minimum, 7% a year, and needs your kebele ID and one photo."),
           c("I don't spend on phones. This money feeds my two brothers. I have the ID, not the photo.", None),
           _t5, _c6, _t7]))

# f05: a vague next step
_o = c("Talofa. I am seventy-four. I want to arrange my funeral now, so my children don't carry the cost. My wife's funeral was very heavy for them.", None)
_t1 = t("Talofa, sir. That's a caring thing to do. What would you want included: the service, the casket, anything for the family?")
_c2 = c("Simple casket. Service at our church in Vaitele. The fa'alavelave the family will do, not you.", None)
_t3 = t("A simple casket, the church service, and the family handles the fa'alavelave. Our basic prepaid plan covers casket, hearse, preparation and the service: 6,800 tala, which can be paid over three years.")
_c4 = c("I have 4,000 in the bank, the rest slowly from the pension. But my son must see the papers before I sign.", "think_it_over")
_t7 = t("Saturday morning at your house, then. I'll bring the papers and a table of the monthly payments.")
PAIRS.append(rpair("b50r_f05_apia_prepaid_funeral",
    "A widower of 74 in Apia, Samoa, wants a prepaid funeral plan so his children will not bear the cost; his son must see the papers.",
    better=[_o, _t1, _c2, _t3, _c4,
            t("Of course he should. With 4,000 down, the rest is about 78 tala a month. Can you and your son come Thursday at ten? If that's hard for him, I can bring the papers to your house on Saturday morning."),
            c("Saturday at the house is better, he works in the week.", None),
            _t7],
    worse=[_o, _t1, _c2, _t3, _c4,
           t("Of course he should. Have a think about it, talk it over with him, and we'll be in touch at some point."),
           c("At some point? I'm seventy-four. Can you not come Saturday, when my son is home?", None),
           _t7]))

# f06: over-promises
_o = c("Hello. We have two containers of knitwear for Hamburg. The buyer wants them in the warehouse by 20 March, or there's a penalty.", None)
_t1 = t("Hello. When will the goods be ready at the factory, and are you paying freight to Hamburg port or further?")
_c2 = c("Ready 8 February. We pay to Hamburg port, the buyer handles it from there. Last year our forwarder missed the vessel and we paid the penalty.", None)
_t5 = t("If the Colombo connection slips, we can move the boxes to the next mother vessel within two days. I'll send you both vessel options today so you can show the buyer.")
_c6 = c("Send me the rate also. I'm comparing with two other forwarders.", "think_it_over")
_t7 = t("By this evening: the rate, the two vessel options and the cut-off dates.")
PAIRS.append(rpair("b50r_f06_chattogram_knitwear_deadline",
    "A knitwear exporter in Chattogram, Bangladesh, must land two containers in Hamburg by a penalty date; a forwarder let him down last year.",
    better=[_o, _t1, _c2,
            t("Then timing is the whole job. Via Colombo it's usually 30 to 35 days, so sailing by 12 February gives margin. Transshipment can slip a week, so I can't promise the 20th, but I'll book the 12th feeder and track it daily."),
            c("Honest answer, okay. And if it slips at Colombo?", None),
            _t5, _c6, _t7],
    worse=[_o, _t1, _c2,
           t("No problem at all, 100% guaranteed by the 20th. We never miss vessels. Even if the feeder is late, we'll make it."),
           c("Guaranteed? The last forwarder also said guaranteed. Will you put it in writing, with the penalty covered?", "bad_experience"),
           _t5, _c6, _t7]))

# f07: closes before checking that the thing works
_o = c("Hi, I have a grocery in Sharjah, two counters. My old billing software is very slow and the support stopped. I'm looking at yours.", None)
_t1 = t("Hi. What slows you down most with the old one, and what hardware do you use at the counters?")
_c2 = c("Billing is slow at rush hour, it freezes. We have two barcode printers and a weighing scale for vegetables that prints labels.", None)
_t3 = t("Freezing at rush hour we can fix; ours keeps billing offline and syncs later. It's 1,200 dirhams setup and 150 a month for both counters.")
_c4 = c("The price is okay. The scale is important, half my sales are vegetables.", None)
_t7 = t("Tomorrow at nine, then. I'll bring the laptop and we test it on your scale and both printers.")
PAIRS.append(rpair("b50r_f07_sharjah_grocery_pos",
    "A grocer in Sharjah, UAE, wants new billing software; it must work with his label-printing vegetable scale.",
    better=[_o, _t1, _c2, _t3, _c4,
            t("Then let's check that before you commit. What make is the scale? I'll bring our laptop and test it with your scale and printers in the shop."),
            c("It's a CAS, the model is on the back. Tomorrow morning before ten is quiet.", None),
            _t7],
    worse=[_o, _t1, _c2, _t3, _c4,
           t("Great, it works with most scales. Shall we sign today? I can have it installed Sunday."),
           c("Most scales? If it doesn't work with mine, my vegetable counter stops. I'm not signing before I see it working.", "think_it_over"),
           _t7]))

# f08: recommends before asking
_o = c("Good morning. I brought my mother, she is not hearing well. At home we have to shout, and she misses things at the temple.", None)
_t3 = t("Hearing well in quiet and losing it in crowds is very common. The first step is a hearing test, 2,500 rupees, to see how much loss and in which ear. Some people need only one aid, and sometimes it's just wax.")
_c4 = c("Wax also can do this? Her ears were never cleaned properly, she is scared of doctors.", None)
_t5 = t("Yes, it happens. The audiologist looks first, very gently. If it's wax, we clean and test again. If she needs an aid, there are ones from about 90,000 for one ear.")
_c6 = c("90,000 is more possible. But my brother in Colombo also pays for her things, I'll tell him first.", "think_it_over")
_t7 = t("Of course. Let's do the test today if she's comfortable, and you'll have the results on paper to show him.")
PAIRS.append(rpair("b50r_f08_kandy_hearing_mother",
    "A daughter in Kandy, Sri Lanka, brings her elderly mother, who hears poorly in crowds, to a hearing clinic.",
    better=[_o,
            t("Good morning, and welcome, aunty. Before anything: when did you notice it getting worse, and is it both ears the same?"),
            c("Mostly the left, for two years. In a quiet room she hears me okay, but at the temple or the market, nothing.", None),
            _t3, _c4, _t5, _c6, _t7],
    worse=[_o,
           t("Good morning. For this we recommend the Clarity Pro, rechargeable, both ears, 340,000 rupees. It's our best model."),
           c("340,000! We haven't even said anything yet. Mostly it's the left, for two years. Quiet room okay, temple and market, nothing.", "too_expensive"),
           _t3, _c4, _t5, _c6, _t7]))

# f09: unexplained jargon
_o = c("Namaste. I have a trekking agency in Thamel. Our website is very slow, foreign customers complain, and bookings are coming less.", None)
_t1 = t("Namaste. Where is the website hosted now, and who built it?")
_c2 = c("My cousin made it in WordPress, four years ago. It's on some cheap hosting, I pay 3,000 rupees a year.", None)
_t5 = t("It will be much faster. Moving and fixing it is 18,000 rupees one time, and the new hosting is 2,500 a month.")
_c6 = c("2,500 a month, when now I pay 3,000 a year... that's a big jump for me.", "too_expensive")
_t7 = t("It is. If you like, I'll fix only the photos first, 6,000 one time, and we measure the speed again before you decide on hosting.")
PAIRS.append(rpair("b50r_f09_thamel_website_speed",
    "A trekking-agency owner in Kathmandu, Nepal, says his website is slow for foreign customers and bookings are falling.",
    better=[_o, _t1, _c2,
            t("I checked it while we talked: it takes about nine seconds to open from Europe. Most of that is very large photos and a server far from your customers. Moving it to a server in Europe and shrinking the photos would bring it to about two seconds."),
            c("From nine to two, that's big. What will it cost?", None),
            _t5, _c6, _t7],
    worse=[_o, _t1, _c2,
           t("I checked: your TTFB is over three seconds and LCP about nine. You need a VPS with a CDN in front, proper caching, WebP conversion and PHP 8.2."),
           c("Sorry, I don't understand any of this. Just tell me, will it be faster, and what will it cost?", None),
           _t5, _c6, _t7]))

# f10: talks about himself instead of the customer
_o = c("Dumela. I drive trucks to Lusaka and back, and at night the lights from other cars bother my eyes a lot. My glasses are old.", None)
_t1 = t("Dumela, rra. How old are the glasses, and is it the glare, or do things also look blurry far away?")
_c2 = c("Three years. Mostly the glare, the lights have big circles around them. And road signs I see late.", None)
_t5 = t("We'll do the eye test now, twenty minutes, 150 pula. If it's the prescription, anti-glare lenses for night driving are about 1,400 with frames.")
_c6 = c("1,400 is a lot. The shop near the bus rank does glasses for 800.", "too_expensive")
_t7 = t("They may well be cheaper without the anti-glare coating. Do the test first; then you'll know what you need and can compare like with like.")
PAIRS.append(rpair("b50r_f10_gaborone_optician_glare",
    "A long-distance truck driver in Gaborone, Botswana, has trouble with glare from headlights at night and old glasses.",
    better=[_o, _t1, _c2,
            t("Circles around lights and seeing signs late, both worth checking properly. An eye test first: sometimes it's the prescription, sometimes an early cataract, which glasses alone won't fix."),
            c("Cataract? My father had that. Okay, test first. I leave again on Thursday.", None),
            _t5, _c6, _t7],
    worse=[_o, _t1, _c2,
           t("Ah, I know this well! I drove for a transport company before I became an optician, Francistown to Joburg, nights. The glare nearly made me quit. My wife said I should study, so I did my diploma in Pretoria..."),
           c("Eish, okay. But for me, what must I do? I leave again on Thursday.", None),
           _t5, _c6, _t7]))
