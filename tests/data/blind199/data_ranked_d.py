"""Ranked pairs d01-d10 (b199): two decent conversations, `better` is better. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01 -- better diagnoses the cause of uneven stands before pricing an upgrade
_open = c("Hey. I had uneven stands on my corn last spring, skips and doubles all over. I'm wondering about putting the new electric drive meters on my planter. What's that run?", None)
PAIRS.append(rpair(
    "b199r_d01_iowa_planterdrives",
    "A corn farmer near Cedar Rapids, Iowa asks the planter dealer about electric drive meters after uneven stands last spring.",
    better=[
        _open,
        t("Happy to price it. Before I do, can I ask a couple of things so we fix the right problem? Was it uneven everywhere or worse in some fields, and how fast were you planting?"),
        c("Worse on the hillier ground, I think. I was going about six and a half, seven miles an hour, trying to get done before the rain.", None),
        t("Skips and doubles that are worse on hills and at seven miles an hour usually point to the meters or the seed tubes, not the drive itself. When were the meters last calibrated, and did you change seed size?"),
        c("Never had them calibrated, honestly. And yeah, we went to a bigger round seed last year.", None),
        t("Then I'd start with a meter calibration on our test stand, a hundred and twenty for sixteen rows, with the right disc for that seed. If it's still off after that, the electric drives run about eighteen thousand and would help on the hills. I'd hate for you to spend that and keep the same problem."),
        c("Yeah, let's do the calibration first. I'll bring the meters in next week.", None),
    ],
    worse=[
        _open,
        t("Sure. For a sixteen-row the electric drive kit is about eighteen thousand installed. It gives you row-by-row control and turn compensation, and it's a lot more accurate than chain drive."),
        c("Eighteen thousand. That's a chunk of money. Will it fix the skips?", "too_expensive"),
        t("It should help a lot. Most guys who put them on see singulation go up to ninety-nine percent. And there's a winter install discount, five percent off through February."),
        c("Let me think about it. I'll have to see what the bank says.", "think_it_over"),
        t("Of course. I'll print you the quote with the discount. If you want, we can also calibrate the meters while it's in the shop."),
        c("Okay, send it over.", None),
    ],
))

# d02 -- better separates the herd by need and keeps the commitment short
_open = c("G'day. Need to start feeding the breeders, the paddocks are bare. What've you got in the way of hay or pellets, and what's it costing?", None)
PAIRS.append(rpair(
    "b199r_d02_tamworth_droughtfeed",
    "A cattle producer near Tamworth, NSW visits the produce store in a drought to buy feed for breeding cows.",
    better=[
        _open,
        t("G'day. Tough season. How many breeders are you feeding, and where are they at, calving soon or already calved? It changes what they need."),
        c("Two hundred head. About half calve in six weeks. The rest are dry.", None),
        t("So a hundred close to calving and a hundred dry. The calving ones need more energy and protein than the dry ones. The cheapest way is usually cereal hay for everyone, and cottonseed or a protein lick just for the calving mob. Pellets for all two hundred would cost near double. How long are you planning to feed for?"),
        c("Could be three months if it doesn't rain. I was thinking of selling the dry ones if it gets worse.", None),
        t("Worth deciding early, while they're still in decent nick and prices are holding. For now I'd price a month of hay for the lot and cottonseed for the calving cows, so you're not locked into three months. And I'll put the dry-cow feed cost on its own line, so you can see what selling them would save."),
        c("Yeah, do that. Good idea splitting it out.", None),
    ],
    worse=[
        _open,
        t("G'day. We've got oaten hay at three-twenty a tonne, barley straw at two-ten, and a breeder pellet at five-fifty. How many head?"),
        c("Two hundred. Half of them calve in six weeks.", None),
        t("Righto. For two hundred head I'd go the breeder pellet. It's complete, easy to feed, and they'll hold condition through calving. Roughly ten tonne a month."),
        c("Fifty-five hundred a month? Bloody hell. I can't keep that up for three months.", "no_money"),
        t("Fair enough. You could do half hay, half pellets to bring it down, maybe four thousand a month. I'll write it up both ways."),
        c("Yeah, alright, write it up.", None),
    ],
))

# d03 -- better looks for why yields keep falling (acid soil) instead of only answering the product question
_open = c("Habari. I want fertiliser for top-dressing my maize, five acres. My harvest has been going down every year, last year only fifteen bags an acre. What should I buy, CAN or urea?", None)
PAIRS.append(rpair(
    "b199r_d03_eldoret_topdress",
    "A maize farmer near Eldoret asks an agro-dealer which top-dressing fertiliser to buy; his yields have been falling each year.",
    better=[
        _open,
        t("Mzuri. Good that you ask before buying. When yields go down every year on the same land, it is often the soil becoming acidic, especially after many years of DAP at planting. Has your soil ever been tested?"),
        c("Never tested. Yes, I use DAP every season, for maybe ten years.", None),
        t("Then acid soil is likely, and on acid soil even good fertiliser doesn't work well. For top-dressing this season, CAN is the better choice than urea. I also suggest a soil test, about a thousand shillings through the county lab. It tells you if you need lime."),
        c("A thousand shillings for a test, eh. I will see. But for now, CAN, how many bags?", "think_it_over"),
        t("About one bag per acre, so five bags of fifty kilos. If the test says lime, next season you may plant with a different fertiliser and save money."),
        c("Okay. Give me five bags. And give me the form for the test, I will do it after harvest.", None),
    ],
    worse=[
        _open,
        t("Mzuri. For top-dressing, CAN or urea both work. Urea gives more nitrogen per shilling, CAN is gentler. Most farmers here use CAN."),
        c("Which is better for me? My yields are going down every year.", None),
        t("Then use CAN, and put it at the right time, when the maize is knee-high, about one bag per acre. And weed early, weeds take the fertiliser."),
        c("Five bags of CAN, how much?", None),
        t("Three thousand two hundred each, sixteen thousand for five."),
        c("Okay, give me five.", None),
    ],
))

# d04 -- better adapts to a terse rancher: short, only the choices that matter
_open = c("Need to get my cows preg-checked. Three hundred head. When can you come.", None)
PAIRS.append(rpair(
    "b199r_d04_sandhills_pregcheck",
    "A terse rancher in the Nebraska Sandhills calls the vet clinic to book pregnancy checks.",
    better=[
        _open,
        t("Sure. Do you want fetal ages to sort early and late calvers, or just open or bred?"),
        c("Open or bred. Ultrasound if it's not much more.", None),
        t("Ultrasound's about a dollar more a head, so three hundred more on the lot. Chute ready, and how many hands will you have?"),
        c("Chute's good. Me and two boys.", None),
        t("Then we'll do three hundred in about four hours. Earliest is October fourteenth, starting at seven. Want it?"),
        c("Fourteenth works. Seven.", None),
    ],
    worse=[
        _open,
        t("Great, thanks for calling! So there are a few options. There's rectal palpation, which most folks have done for years, and there's ultrasound, which is a little newer and tells us more, like fetal age and sometimes sex, and it's a bit easier on the cows. We can also pull blood and send it to the lab if you'd rather. Any preference?"),
        c("Just open or bred. Whatever's quickest.", None),
        t("Sure! Palpation's usually quickest then. How's your setup, do you have a good working facility? We've been to some places where the alley's a real mess and it slows everything down."),
        c("Setup's fine. When.", None),
        t("Let me look... October fourteenth at seven works. Does that suit?"),
        c("Yeah.", None),
    ],
))

# d05 -- better is honest about the cost and limits of multi-peril cover and offers a narrower option
_open = c("Hello. Last year frost took about a third of my wheat and my hail cover didn't pay a cent. Now the bank's asking whether I'll insure. What does this multi-peril insurance actually cover?", None)
PAIRS.append(rpair(
    "b199r_d05_merredin_multiperil",
    "A grain grower near Merredin in the WA wheatbelt asks an insurance broker about multi-peril crop cover after frost losses.",
    better=[
        _open,
        t("Sorry about the frost, that's a big hit. Multi-peril covers yield loss from frost, drought, fire, hail and a few others, against a yield you agree with the insurer. I'll be upfront though: out here it often costs six to nine percent of the insured value, and there's a deductible, so small losses won't pay. How much of the crop would you want to protect?"),
        c("Nine percent? Struth. I was hoping for two or three. That's most of my margin in a good year.", "too_expensive"),
        t("It's a real cost. Some growers only insure the paddocks most at risk, or take frost-only cover, which is cheaper. Which paddocks got hit last year?"),
        c("The low flats near the salt lake, about eight hundred hectares. The higher country was fine.", None),
        t("Then I'll get quotes two ways: full multi-peril on the whole program, and frost cover on just those eight hundred hectares, from two insurers. You can show the bank both. I'll email them by Friday."),
        c("Yeah, that makes sense. Do that.", None),
    ],
    worse=[
        _open,
        t("Sorry to hear that. Multi-peril covers yield loss from most natural events, frost, drought, fire, hail, so what happened last year would be covered. It gives the bank a lot of comfort too."),
        c("Sounds good. What's it cost?", None),
        t("Depends on the insurer and your yield history. I'll get you a couple of quotes. Can you send me your last five years of yields?"),
        c("Yeah, I can dig those out. Hope it's not too dear.", None),
        t("I'll get the best I can and email the quotes next week."),
        c("Righto.", None),
    ],
))

# d06 -- better finds the likely reason the last two services failed (late timing) before serving again
_open = c("Good morning. My cow is on heat since this morning. I want AI, but I am worried, the last two times it did not hold and I paid for nothing.", "bad_experience")
PAIRS.append(rpair(
    "b199r_d06_nyahururu_aiservice",
    "A dairy farmer near Nyahururu asks the cooperative's artificial insemination officer to serve her cow; two earlier attempts failed.",
    better=[
        _open,
        t("Good morning. Paying twice and no calf is frustrating. What time did you see the heat start, and when did the inseminator come the other two times?"),
        c("This morning at six, she was mounting the others. The last times, he came the next day in the afternoon because he was busy.", None),
        t("That may be part of it. If she shows heat in the morning, the best time to serve is the same evening; the next afternoon can be too late. I can come today at four. How is her condition, is she thin?"),
        c("She is okay, not thin. She calved eight months ago.", None),
        t("Eight months and still not in calf. If this one doesn't hold either, I want the vet to check her for infection before we try again. I'll be there at four. The semen is one thousand five hundred for the ordinary bull."),
        c("Okay, four o'clock. Thank you for explaining the timing.", None),
    ],
    worse=[
        _open,
        t("Good morning. Sometimes it doesn't hold the first time, that's normal. We can come. Which semen do you want, the ordinary at fifteen hundred or the sexed at four thousand five hundred?"),
        c("The sexed one gives heifers? But if it doesn't hold again, I lose four thousand five hundred.", "too_expensive"),
        t("True, sexed has a bit lower conception. Maybe take the ordinary this time. I can come tomorrow morning."),
        c("Tomorrow morning? She started heat today at six.", None),
        t("Okay, I'll try to come this evening, around six."),
        c("Okay, thank you.", None),
    ],
))

# d07 -- better finds the gap in the co-op's range and proposes a low-risk consignment trial
_open = c("Hi, Deb Larson, I do purchasing for the Freeborn County co-op. Your rep left me a sample of your cattle mineral. I'm not sure we need another line, we already carry two.", "no_need")
PAIRS.append(rpair(
    "b199r_d07_minnesota_coopmineral",
    "A co-op purchasing manager in southern Minnesota talks to a mineral supplier about stocking a new cattle mineral.",
    better=[
        _open,
        t("Thanks for taking the time, Deb. Fair point, shelf space is tight. What are members asking for that your two lines don't give them?"),
        c("A few of the beef guys ask about something with fly control in it. Ours don't have that. But they're price-sensitive.", None),
        t("So a fly-control mineral for price-sensitive beef customers, that's the gap. Ours has an IGR in it and lists about four dollars a bag over a plain mineral. Rather than a full pallet, could we do twenty bags on consignment for the season? You only pay for what sells."),
        c("Consignment I could do. I'd have to run it by the manager, but that's low risk.", "think_it_over"),
        t("Great. I'll send a one-page summary with the consignment terms and the cost per head per day for members, so it's quick for your manager to read. Could we talk Monday?"),
        c("Monday's good, around ten.", None),
    ],
    worse=[
        _open,
        t("I understand. What makes ours different is the IGR fly control, the organic trace minerals and the weatherproof formula. It's one of the best-selling lines in Iowa right now."),
        c("Okay. What's the price to us?", None),
        t("Twenty-six a bag on a pallet of forty, which gives you a good margin at the suggested retail of thirty-four."),
        c("A whole pallet of a new product is a risk for us. I'll have to think about it.", "think_it_over"),
        t("Understood. I'll email you the spec sheet and price list, and call you next week."),
        c("Sure.", None),
    ],
))

# d08 -- better sizes the tank from actual use and talks them out of overspending
_open = c("Hi, we've just moved onto a small block out of Griffith. No town water. We need a rainwater tank, but we've no idea what size. Someone said just get the biggest you can afford.", None)
PAIRS.append(rpair(
    "b199r_d08_griffith_polytank",
    "A couple who have bought a small block near Griffith, NSW ask a water tank supplier what size tank they need.",
    better=[
        _open,
        t("Congratulations on the block. Biggest you can afford isn't always right. How many people in the house, what animals have you got or planned, and is there channel or bore water for the garden and stock?"),
        c("Two of us, plus the kids visiting at Christmas. Maybe ten sheep and some chooks. We've got a channel allocation for the garden and stock.", None),
        t("That helps a lot. If stock and garden are on channel water, the tank is just for the house. Two people use about three hundred litres a day. Griffith's dry in summer, so a twenty-two and a half thousand litre tank would carry you two and a half months without rain, visits included. How big is the roof you'll catch from?"),
        c("House and shed, probably two hundred square metres between them.", None),
        t("That fills a twenty-two and a half easily in a normal year. It's about twenty-four hundred delivered. The forty-five thousand is near double, and honestly I don't think you need it. You can always add a second tank later."),
        c("That's less than we feared. Let's get a quote for the smaller one.", None),
    ],
    worse=[
        _open,
        t("Congratulations. For a house, most people go with a twenty-two and a half or a forty-five thousand litre. The forty-five gives you more security if it doesn't rain."),
        c("What's the difference in price?", None),
        t("The twenty-two and a half is about twenty-four hundred delivered, the forty-five about forty-two hundred."),
        c("Hmm, forty-two hundred is a fair bit. We've just spent a lot on the move.", "no_money"),
        t("Understandable. The smaller one should do two people fine, and you could add another tank later."),
        c("Okay, we'll go the smaller one.", None),
    ],
))

# d09 -- better is honest about the advert and steers a beginner to a smaller, safer start
_open = c("Hi. I saw your advert on Facebook, it says a greenhouse can give me half a million a season from tomatoes. I have some savings from my job and land from my father. I want to start.", None)
PAIRS.append(rpair(
    "b199r_d09_nakuru_greenhouse",
    "A young first-time farmer near Nakuru asks a greenhouse company about a tomato greenhouse after seeing an advert.",
    better=[
        _open,
        t("Good to hear from you. I'll be honest, half a million is what a very good season looks like, with experience and a good market. Many first seasons are lower. Have you grown tomatoes before, and is there water on the land?"),
        c("I have not grown them myself, my mother grows kale. There is a borehole, but it is shared with my uncle.", None),
        t("Then two things matter most: water every day without fail, and learning to control diseases like blight, which spread fast inside a greenhouse. Would you consider our small eight by fifteen instead of the eight by thirty? It's about half the cost, two hundred and ten thousand, and you learn before spending everything."),
        c("I thought bigger is better. But my savings are not that much, so maybe the small one is wiser.", None),
        t("I think so. Before you pay anything, agree the water times with your uncle, and go and see a farmer near Rongai who has our small one. I'll give you his number."),
        c("Okay, I will visit him first and then decide. Thank you for being straight.", "think_it_over"),
    ],
    worse=[
        _open,
        t("Great! Yes, our farmers make very good money. The eight by thirty is our most popular, four hundred thousand including drip and the first seedlings. Have you got water on the land?"),
        c("There is a borehole, shared with my uncle.", None),
        t("That's fine, many farmers share. We include two agronomist visits, so you're not alone. With good management you can get your money back in the first season or two."),
        c("Four hundred thousand is almost all my savings. I need to think.", "think_it_over"),
        t("Of course. Take the brochure and call me when you're ready. We also have a payment plan."),
        c("Okay, thanks.", None),
    ],
))

# d10 -- better checks whether owning a baler fits before selling one, and ties the price to his own loss
_open = c("Hi there. I've got about forty acres of hay. I've been paying a guy to custom bale it but he's getting unreliable. Thinking of buying my own small square baler. What do you have used?", None)
PAIRS.append(rpair(
    "b199r_d10_wooster_squarebaler",
    "A part-time farmer near Wooster, Ohio with forty acres of hay asks the equipment dealer about a used small square baler.",
    better=[
        _open,
        t("I've got a couple. Before we look, what's the unreliability costing you? Is it that he shows up late and the hay gets rained on?"),
        c("Yeah, last year he came three days late on first cutting and I lost about half of it to rain. And I sell to horse people, they want it perfect.", None),
        t("So timing is everything, because your buyers want clean horse hay. A baler fixes that if you have the tractor and the hands. What tractor have you got, who picks up bales, and can you get off work when the hay's ready?"),
        c("Forty-five horse Kubota. My son helps with bales. The job's flexible, mostly.", None),
        t("Then owning makes sense. I have a 2008 New Holland in good shape, eleven-five. On forty acres and three cuttings it pays for itself against custom rates in about four years, sooner if you count the hay you lost. Bring the Kubota so we check the PTO fit and you run it on the lot first."),
        c("Four years is fair. I'll bring the Kubota Saturday.", None),
    ],
    worse=[
        _open,
        t("Sure. I've got a 2008 New Holland for eleven-five and a 2001 John Deere for eighty-five hundred. Both have been through the shop."),
        c("What's the difference besides age?", None),
        t("The New Holland has the better knotters and hydraulic bale tension, fewer headaches. The Deere's older but simple. For forty acres either one will do."),
        c("Eleven-five is a lot for forty acres. Maybe the Deere.", "too_expensive"),
        t("That's reasonable. Want to come look at it Saturday?"),
        c("Sure, Saturday.", None),
    ],
))
