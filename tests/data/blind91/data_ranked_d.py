"""Ranked pairs d01-d10 (b91): two decent conversations, `better` is better. Written by hand for blind91."""
from common import c, rpair, t

PAIRS = []

# d01 Apia - loan to rebuild beach fales
o = c("Talofa. I want to borrow 30,000 to rebuild two beach fales. The storm took them in February.", None)
PAIRS.append(rpair(
    "b91r_d01_apia_fale_rebuild",
    "Rural bank, Apia, Samoa. A beach fale owner wants a loan to rebuild two fales lost in a storm while guest numbers are down.",
    better=[
        o,
        t("Talofa. Sorry about the fales. Before we talk amounts, how is business with the ones still standing?"),
        c("Four still standing. Guests come, but fewer, maybe half. The road is still bad.", None),
        t("So income is about half and the road is keeping guests away. If we lend 30,000 now, repayments start straight away while it's slow. Would it be easier to build one fale now and the second after the road is fixed?"),
        c("Hmm. I didn't think that way. But if I wait, the tourists go to other places.", None),
        t("Fair worry. Let's put both side by side, 15,000 now and 30,000 now, with the monthly repayment against what you earn now. You choose with the numbers in front of you. Can you bring three months of bookings?"),
        c("Yes, my daughter keeps the book. I come Thursday.", None),
    ],
    worse=[
        o,
        t("Talofa. Sorry about the fales. 30,000 is possible, you've banked with us a long time. The business loan is 11 percent over five years, about 650 a month."),
        c("650 a month. Hmm. Guests are fewer now, the road is still bad.", "no_money"),
        t("Understood. We can stretch it to seven years, then it's about 510. Most owners find that easier."),
        c("510, ok maybe. I will talk with my husband.", "think_it_over"),
        t("Of course. Bring him in, with three months of bookings and ID, and we'll do the application."),
        c("Ok. Fa'afetai.", None),
    ],
))

# d02 Dubbo - vet, itchy kelpie
o = c("Our kelpie's scratching himself raw. Can I just get some of that itch stuff?", None)
PAIRS.append(rpair(
    "b91r_d02_dubbo_kelpie_itch",
    "Vet clinic counter, Dubbo NSW. A farmer asks for anti-itch tablets for a working dog; the cause turns out to be likely fleas.",
    better=[
        o,
        t("We can help. Where's he scratching most, and how long has it been going on?"),
        c("Back end, near the tail. Couple of weeks. Worse since we moved the sheep.", None),
        t("Near the tail, a couple of weeks. That pattern is often fleas, sometimes grass seeds or an allergy. Is he on any flea treatment?"),
        c("Not since autumn. Thought it was too cold for fleas.", None),
        t("They hang on in kennel bedding. An itch tablet would just mask it. I'd rather the vet had a quick look, 15 minutes, 65 dollars, then flea treatment for him and the kennel if that's what it is. Can you bring him in tomorrow arvo?"),
        c("Yeah, righto. Tomorrow.", None),
    ],
    worse=[
        o,
        t("Yep, we've got an anti-itch tablet that works really well. How big is he?"),
        c("Twenty-two kilos.", None),
        t("Then a box of the 16 mg, thirty days, 95 dollars. Should settle him in a day or two."),
        c("Ninety-five, geez. For itch tablets.", "too_expensive"),
        t("They're not cheap, I know. If he's not settled in a week, bring him in and the vet can have a look."),
        c("Alright, give us a box.", None),
    ],
))

# d03 Fairbanks - satellite internet for a dry cabin
o = c("I've got a dry cabin off Chena Hot Springs Road. Thinking about satellite internet out there.", None)
PAIRS.append(rpair(
    "b91r_d03_fairbanks_cabin_internet",
    "Electronics and satellite internet shop, Fairbanks, Alaska. A bookkeeper wants internet at an off-grid cabin surrounded by spruce.",
    better=[
        o,
        t("Sure. What would you use it for out there, working, or just staying in touch?"),
        c("Work. I do remote bookkeeping. Video calls twice a week.", None),
        t("Then the calls matter. Two things decide it: power, since the dish draws a fair bit, and trees. What do you run for power, and is the sky open to the north?"),
        c("Generator and a small solar setup. Lots of spruce though.", None),
        t("Spruce is the big question, and in winter your solar won't keep up with the dish on all day. I'd hold off buying. Our loaner kit is 50 for a week, so you can test a video call at the cabin before you spend 600 on hardware."),
        c("Huh. Yeah, I'd rather test it. Thursday okay to pick it up?", None),
    ],
    worse=[
        o,
        t("Great choice, lots of people are doing it now. The kit's 600 and plans start at 90 a month. Standard or priority?"),
        c("What's the difference?", None),
        t("Priority gives you better speed at busy times, good for video calls. Standard's fine for email and browsing."),
        c("I do video calls for work. But that's a lot, 600 plus the monthly.", "too_expensive"),
        t("Fair. Start on standard and move up if you need to. Just make sure you've got clear sky, the app checks it for you."),
        c("Okay. I'll think about it over the weekend.", "think_it_over"),
    ],
))

# d04 Nuku'alofa - freight to Vava'u
o = c("Mālō. I need to send stock for my shop in Neiafu. Rice, flour, tinned fish. When is the next ferry?", None)
PAIRS.append(rpair(
    "b91r_d04_nukualofa_freight_vavau",
    "Inter-island freight counter, Nuku'alofa, Tonga. A shop owner sends two tonnes of stock to Vava'u; one item is about to run out.",
    better=[
        o,
        t("Mālō. Ferry goes Monday and Thursday. How much stock, and is anything running out at the shop?"),
        c("About two tonne. Flour is nearly finished, the rest can wait.", None),
        t("Then send the flour Monday on its own and the rest on the big Thursday load, it's cheaper per kilo. Split like that costs about 40 pa'anga more than one load, but you're not without flour."),
        c("40 more, hm. But flour is important. Ok, do that.", None),
        t("Good. Bring the flour by Saturday midday, wrapped in plastic, the deck gets spray. I'll text you the weights."),
        c("Mālō 'aupito.", None),
    ],
    worse=[
        o,
        t("Mālō. Ferry goes Monday and Thursday. How much stock?"),
        c("About two tonne.", None),
        t("Thursday is the big load, cheaper per kilo. Two tonne is about 620 pa'anga."),
        c("620. Monday is not possible?", None),
        t("Monday is possible, but dearer, about 780 for two tonne. Thursday is the better deal."),
        c("Ok, Thursday. I hope the flour lasts.", None),
    ],
))

# d05 Invercargill - calf milk replacer
o = c("After a bag of calf milk powder. Whatever's cheapest.", None)
PAIRS.append(rpair(
    "b91r_d05_invercargill_calf_milk",
    "Farm supplies store, Invercargill NZ. A calf rearer asks for the cheapest milk powder; some calves already have scours.",
    better=[
        o,
        t("Can do. How many calves, and are they on whole milk now or powder?"),
        c("Forty. Whole milk, but the factory's stopping our supply for a bit. Few have got scours too.", None),
        t("Scours plus a feed change is a risky mix. The cheapest powder is fine for healthy calves, but keep the scouring ones off any change for a few days and give them electrolytes. Change the rest over slowly, half and half for three or four days. How bad are the sick ones?"),
        c("Three of them. One's pretty flat.", None),
        t("The flat one I'd get the vet to see today. For the rest, four bags of the standard powder and a box of electrolytes, 564 all up. Want me to ring the vet for you?"),
        c("Yeah, ring them. And I'll take that lot.", None),
    ],
    worse=[
        o,
        t("Sure. Cheapest is the Standard Calf, 129 a bag. How many calves?"),
        c("Forty.", None),
        t("Then about four bags for the first couple of weeks. Change them over gradually so they don't scour."),
        c("Few of them have already got scours.", None),
        t("Then add a box of electrolytes, 48. Four bags and the electrolytes is 564."),
        c("Yep, that's fine.", None),
    ],
))

# d06 Moose Jaw - winter mineral for beef cows
o = c("Looking for mineral for my cows this winter. Guy at the auction mart said I should be feeding more of it.", None)
PAIRS.append(rpair(
    "b91r_d06_moosejaw_cattle_mineral",
    "Feed store, Moose Jaw, Saskatchewan. A cow-calf producer with about sixty cows asks for winter mineral; he has a hay test on his phone.",
    better=[
        o,
        t("He might be right. What are they on for feed, and has the hay been tested?"),
        c("Slough hay and some greenfeed. Did test it this year, it's on my phone.", None),
        t("Let's see. Low phosphorus, low copper. So I'd skip the general mineral and go with a 2-to-1 with added copper, that fixes what your hay is actually short of. When do they calve?"),
        c("April. And I'd rather not spend more than I have to, eh.", "no_money"),
        t("Then start it in January, about three months before calving, instead of all winter. That's around 12 bags instead of 20."),
        c("That works. Load twelve.", None),
    ],
    worse=[
        o,
        t("Sure. Most guys around here use our general 1-to-1 cattle mineral. 38 a bag."),
        c("How much would I need? About sixty cows.", None),
        t("Sixty cows through the winter, around 20 bags. Keep it in a covered feeder so it doesn't cake."),
        c("Twenty bags, that's near eight hundred bucks.", "too_expensive"),
        t("It adds up. But it's cheaper than a bad calving. Start with ten and come back if you need more."),
        c("Yeah, give me ten.", None),
    ],
))

# d07 Gisborne - kayak tour, nervous boy (SMS)
o = c("hi do u do kayak tours for kids? my son is 10, bit nervous about stuff", None)
PAIRS.append(rpair(
    "b91r_d07_gisborne_kayak_kids",
    "River kayak tour operator, Gisborne NZ (text messages). A parent asks about a tour for a ten-year-old who gets anxious around new people.",
    better=[
        o,
        t("kia ora, yes we do. when you say nervous, is it water, new people, something else? helps me pick the right trip"),
        c("new people mostly, loud groups. hes fine in water, swims heaps", None),
        t("ok that helps. group tours can be 12 people and a bit noisy. there's a private family paddle, just you and a guide, 2 hrs, $180 for 2. he goes at his own pace"),
        c("180 is more than the group one tho", "too_expensive"),
        t("yep group is $55 each, $110 for you two, the difference is the quiet. or try a weekday group, usually only 4 or 5 people. i can tell you the day before how many are booked"),
        c("oh weekday sounds good. wednesday?", None),
    ],
    worse=[
        o,
        t("kia ora, yes! family kayak tour on the river, 2 hours, $55 each. kids love it"),
        c("hes nervous with new people tho", None),
        t("no worries, our guides are great with kids, really patient. the groups are friendly"),
        c("how many in a group", None),
        t("up to 12. saturdays are busiest, weekdays usually quieter"),
        c("ok maybe a weekday. ill check with his dad", "think_it_over"),
    ],
))

# d08 Broken Hill - sat phone for a young station hand
o = c("I'm starting as a jackaroo on a station out past Wanaaring. Mum wants me to have a sat phone.", None)
PAIRS.append(rpair(
    "b91r_d08_brokenhill_jackaroo_satphone",
    "Two-way radio and satellite phone shop, Broken Hill NSW. A young station hand on a low wage buys comms because his mother insists.",
    better=[
        o,
        t("Good on your mum. What's the station got for comms already? Some have UHF and internet at the homestead."),
        c("Homestead's got internet, UHF in the utes. I'll be out mustering for days though.", None),
        t("So it's for when you're away from the homestead. A sat phone works out there, but only with clear sky, not inside the ute cab. If it's mainly for emergencies, a personal locator beacon at 300 is what actually gets help to you. The phone is for talking to your mum."),
        c("She'll want to hear from me. But twelve hundred for a phone's a lot on a jackaroo wage.", "no_money"),
        t("It is. You can rent one at 45 a week. I'd buy the beacon for sure and rent the phone for a couple of months to see if you actually use it."),
        c("Yeah, that's smart. Beacon and rent the phone.", None),
    ],
    worse=[
        o,
        t("Good on your mum. We've got two, the 1,200 one and the 1,600 one with GPS tracking. Both work anywhere in Australia."),
        c("Twelve hundred's a lot on a jackaroo wage.", "no_money"),
        t("Understand. There's a plan where you pay it off, 55 a month over two years, or rent at 45 a week."),
        c("Monthly's alright. Does it work everywhere?", None),
        t("Anywhere with a view of the sky, yeah. Here's the plan paperwork."),
        c("Righto.", None),
    ],
))

# d09 Port Vila - outboard for an outer island
o = c("Halo. I want to buy a new outboard, 40 horse, for my boat on Epi. Four-stroke or two-stroke, which is best?", None)
PAIRS.append(rpair(
    "b91r_d09_portvila_outboard_epi",
    "Marine dealer, Port Vila, Vanuatu. A man from Epi island chooses an outboard; fuel and mechanics are scarce on his island.",
    better=[
        o,
        t("Halo. Depends on your island. On Epi, is fuel easy to get, and who fixes engines there?"),
        c("Fuel comes by ship, sometimes late. Nobody fixes four-stroke on Epi, only my cousin, and he knows two-stroke.", None),
        t("Then I'd say two-stroke. Four-stroke uses less fuel, but if it breaks nobody on Epi can fix it and parts take weeks. Your cousin can fix the two-stroke, and it's lighter to pull up the beach. Two-stroke is 420,000 vatu, four-stroke 560,000."),
        c("But four-stroke uses less fuel, and fuel is expensive. Hmm.", None),
        t("True, maybe 20 percent less. But one month broken costs you more than a year of fuel savings. I'll put a spares kit with the two-stroke for your cousin, plugs, impeller, filters."),
        c("Ok, two-stroke. Tankyu.", None),
    ],
    worse=[
        o,
        t("Halo. Four-stroke is the modern one, quiet, less fuel, less smoke. Two-stroke is lighter, cheaper, simpler to fix. Both good."),
        c("Which one you recommend?", None),
        t("Most customers take the four-stroke now, it's 560,000. Two-stroke is 420,000."),
        c("560,000 is a lot. But less fuel, hm.", "too_expensive"),
        t("Yes, you save on fuel long term. We also have finance over 12 months."),
        c("Ok, I think about it and come back Friday.", "think_it_over"),
    ],
))

# d10 Brandon - irrigation for a new market garden
o = c("We just bought ten acres north of Brandon. Want to grow vegetables for the farmers market. Need irrigation stuff.", None)
PAIRS.append(rpair(
    "b91r_d10_brandon_market_garden",
    "Farm supply co-op, Brandon, Manitoba. A young couple starting a market garden asks for irrigation; their water is a dugout of unknown size.",
    better=[
        o,
        t("Congrats. What's your water source, well, dugout, town water?"),
        c("Dugout. Not sure how much is in it, honestly.", None),
        t("That's the first thing to find out, a dry August can empty one. How much are you planting this first year?"),
        c("Maybe an acre to start. Tomatoes, beans, squash.", None),
        t("Then drip on one acre is plenty, uses about half the water of sprinklers. Pump, filter and tape is about 1,900. Before you buy, measure the dugout depth in a few spots and I'll work out if it lasts the summer. Can you drop back with the numbers?"),
        c("Yeah, we'll measure this weekend. Thanks for not just selling us the big kit.", None),
    ],
    worse=[
        o,
        t("Congrats! Drip or sprinkler? For vegetables most people go drip."),
        c("Drip sounds right. We're doing maybe an acre.", None),
        t("Great, an acre drip kit with pump, filter and tape is about 1,900. Nice setup, easy to expand."),
        c("That's more than we figured. We're kinda stretched after buying the land.", "no_money"),
        t("I hear you. You could get the pump and filter now and add tape row by row, about 1,200 to start."),
        c("Okay, let's do that.", None),
    ],
))
