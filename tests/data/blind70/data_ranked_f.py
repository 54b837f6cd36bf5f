"""Ranked pairs f01-f10 of blind70 (b70): both sides share every turn (same variables) except one real fault in
`worse` and the customer's reaction to it. Written by hand."""
from common import c, rpair, t

# f01 furniture, Seattle: drops the price before asking anything
_f01_pre = [c("Hi. How much is this walnut table?", None)]
_f01_good = [t("It's $1,890, solid walnut. What caught your eye about it?"),
    c("I like the wood. We're moving into a townhouse next month.", None)]
_f01_bad = [t("It's $1,890 - but honestly I can let it go for $1,500 if you take it today."),
    c("Oh. Um... that quick? Makes me wonder what's wrong with it. We're moving into a townhouse next month.", None)]
_f01_post = [t("Congrats on the move. How many do you usually seat, and how big is the dining space?"),
    c("Four of us, but eight at Thanksgiving. The room's about ten by twelve.", None),
    t("Then look at the extending version of this table: four at 60 inches, eight at 90, and it fits ten by twelve with chairs pulled out. It's $2,150."),
    c("That's what we need. I can't decide today though, I have to pick up my kids in twenty minutes. Could you hold it till Saturday?", "no_time"),
    t("Of course. I'll tag it with your name until Saturday evening, no deposit.")]

# f02 roofing, Dallas: over-promises
_f02_pre = [c("Hail storm last week beat up the roof pretty bad, and the insurance adjuster's coming Monday. Can y'all help?", None),
    t("Yes. Have you been up there, or seen any leaks inside?"),
    c("No leaks. Neighbour says the shingles look bruised, whatever that means.", None),
    t("Bruised means the hail cracked the mat under the granules - it leaks later, not now. We can inspect Friday and photograph every hit, so you have your own record for Monday."),
    c("That'd be great. Is this going to cost me anything?", None)]
_f02_good = [t("The inspection is free. Whether insurance pays for a new roof is the adjuster's call - from what you describe there's a fair chance, but I can't promise it, and your deductible is yours either way."),
    c("Okay, that's straight. Friday works.", None)]
_f02_bad = [t("Nothing at all. We'll get you a full new roof, a hundred percent covered, and we can take care of your deductible too - we do it all the time."),
    c("Take care of my deductible? Isn't that against the law here? My brother-in-law got mixed up with a roofer who did that and it was a mess.", "bad_experience")]
_f02_post = []

# f03 hotel, Puerto Vallarta: argues with the customer
_f03_pre = [c("Hi, I booked an ocean view room and mine looks at the parking lot. I have the confirmation right here.", None),
    t("I'm sorry about that. May I see the confirmation?"),
    c("Here. It says 'partial ocean view'. From the balcony you can see a sliver, if you lean way out.", None)]
_f03_good = [t("You're right, leaning over a railing isn't what anybody pictures. 'Partial' rooms vary a lot, and yours is the worst of them. Let me see what's free."),
    c("Thank you. It's our anniversary, that's why I'm being picky.", None)]
_f03_bad = [t("Well, it does say partial ocean view, and technically you can see the ocean from the balcony, so the room does match your booking."),
    c("Technically? It's our anniversary. I'm not leaning off a balcony for five days.", None)]
_f03_post = [t("I have a room on the eighth floor facing the bay, full ocean view, for $35 a night more - or tomorrow I can move you to a higher partial-view room at no charge."),
    c("Thirty-five a night for five nights... let me ask my husband, he's at the pool.", "think_it_over"),
    t("Of course. I'll hold the eighth-floor room for an hour.")]

# f04 electronics, Winnipeg: unexplained jargon
_f04_pre = [c("Hi, I need a laptop for my daughter for university. She's in nursing. I don't know much about computers.", None),
    t("Happy to help. Do you know what she'll use it for - notes, online exams, anything the program asks for?"),
    c("They sent a list. Here. 'Minimum 16 gigs, SSD, webcam, Windows or Mac.'", None)]
_f04_good = [t("That's easy to meet. 16 gigs is the memory - how many things it can juggle at once - and an SSD is the kind of storage that makes it start fast. This one ticks every box and it's $849."),
    c("Okay, that makes sense. Will $849 last her four years?", None)]
_f04_bad = [t("Easy. This one's got 16 gigs of LPDDR5, a 512 NVMe SSD, Ryzen 7 with the 780M iGPU, and a 1080p IR cam for Hello. $849."),
    c("Sorry, I didn't follow any of that. Does it do what the list says or not?", None)]
_f04_post = [t("It covers everything on the list with room to spare. Most laptops last four years if the battery's looked after; I'd only add the two-year protection if she's hard on things."),
    c("She drops everything. Look, can you just write it down for me? I'll have a look around.", "brush_off"),
    t("Sure. I'll write the model and price on a card so you can compare with other stores too.")]

# f05 pet shop, Panama City: doubts the customer's honesty
_f05_pre = [c("Buenas, I bought this cat litter here last week and my cat won't go near it. Can I exchange it?", None),
    t("Sure, let me see. Has he used a different litter before?"),
    c("Yes, the clumping one with no smell. My sister bought me this perfumed one and he hates it. The bag is almost full, I used only a little.", None)]
_f05_good = [t("Cats can be very fussy about smell. No problem, we can swap it for the unscented one - do you have the receipt?"),
    c("My sister has it, she paid. I can ask her to send a photo.", None)]
_f05_bad = [t("Almost full? A lot of people use half a bag and bring it back. Are you sure it's the cat and not that you just changed your mind?"),
    c("Excuse me? I am telling you the truth. My sister paid, she has the receipt.", None)]
_f05_post = [t("A photo of the receipt on WhatsApp is fine. The unscented one is two dollars more."),
    c("Two more? Hmm... okay, fine.", None),
    t("Done. If he doesn't like that one either, bring it back and we'll find another.")]

# f06 massage clinic, Lisbon: an unasked lecture
_f06_pre = [c("Hi, do you have anything today for a stiff neck? I sit at a laptop all day and it's been bad for a week.", None),
    t("We do. Is it just the neck, or the shoulders too, or headaches?"),
    c("Neck and the right shoulder. Headaches in the afternoon, sometimes.", None),
    t("A 45-minute neck and shoulder massage suits that. Inês has 5:30 today. It's 50 euros."),
    c("5:30 is perfect. 50 is a bit much for me, though - is there a shorter one?", "too_expensive")]
_f06_good = [t("There's a 30-minute version for 35, just neck and shoulder. For a week of stiffness, 30 minutes is a good start."),
    c("Great, the 30 then.", None)]
_f06_bad = [t("There's a 30-minute one for 35. But honestly, if you keep working on a laptop without a proper setup, no massage will fix it - screen at eye level, external keyboard, a break every 25 minutes, neck stretches every day. Most people ignore that and then wonder why they're back."),
    c("Okay... I came for a massage, not a talk. The 30, please.", None)]
_f06_post = [t("Booked: 5:30 with Inês, 30 minutes. See you then.")]

# f07 invoicing software for shops, Guatemala City: a vague next step
_f07_pre = [c("Buenas, I have a ferretería in zona 11. The SAT says I must do electronic invoices now and my accountant said find a system. How does yours work?", None),
    t("How many invoices do you issue a day, roughly, and is there a computer at the counter?"),
    c("Maybe sixty, seventy. One old computer with Windows. My son knows it, I don't.", None),
    t("Then the counter version would do it: you type the NIT and the items, it sends the invoice to the SAT and prints the ticket. 350 quetzales a month for up to 2,000 invoices."),
    c("350... my accountant says the SAT has a free one.", "too_expensive")]
_f07_good = [t("It does, and for a few invoices a day it's fine. At sixty or seventy, ours is faster because it remembers your products. I can install a free two-week trial Thursday at ten with your son there; after two weeks I'll call you and you decide."),
    c("Thursday at ten is good, my son is here in the mornings.", None)]
_f07_bad = [t("It does, and for a few invoices a day it's fine. At sixty or seventy, ours is faster because it remembers your products. Anyway, think it over and we'll be in touch at some point."),
    c("In touch when? The deadline from the SAT is the first of the month.", None)]
_f07_post = []

# f08 outdoor gear, Anchorage: recommends before asking
_f08_pre = [c("Hey, I need a sleeping bag. Going camping in August.", None)]
_f08_good = [t("Nice. Where are you headed, and is it a tent, or car camping?"),
    c("Denali area, car camping by the road. My old bag was way too hot in summer.", None)]
_f08_bad = [t("You'll want this one - minus twenty, 800-fill down, $489. Best bag we carry."),
    c("Minus twenty? It's August. I'm car camping near Denali. My old bag was way too hot in summer.", None)]
_f08_post = [t("Denali in August can still get near freezing at night, so a bag rated around minus five is the sweet spot: warm on a cold night, and it unzips flat on a warm one. Synthetic is fine for car camping and cheaper than down. This one's $169."),
    c("169's fine. Does it pack small? I might do one backpacking trip.", None),
    t("Not tiny - about a loaf and a half of bread. For one trip that's fine; if you get into backpacking, down makes sense then."),
    c("Alright, I'll take it.", None)]

# f09 mortgage broker, Charlotte: talks about himself instead of the customer
_f09_pre = [c("Hi, we're relocating to Charlotte from Chicago for my job in April and we need a mortgage. We've never bought in North Carolina.", None),
    t("Welcome - starting early is good. Do you own in Chicago, or would you need a sale there to buy here?"),
    c("We rent. We have about 90 saved. I'm worried about closing while we're still up there.", None)]
_f09_good = [t("That's common with relocations. We can do all of it remotely; in North Carolina an attorney handles the closing, and you can sign ahead with a mobile notary. What price range are you looking at?"),
    c("Oh, good. Around 450.", None)]
_f09_bad = [t("Oh, I know exactly how that feels - I moved down from Jersey in 2009 and closed on my first house the week my son was born, total chaos. I've done over two thousand loans since, top producer at my last branch three years running. Anyway, what price range?"),
    c("Uh, congrats. Around 450. But can we close while we're still in Chicago?", None)]
_f09_post = [t("At 450 with 90 down you're in good shape. Send your last two pay stubs and the offer letter, and I'll have a pre-approval to you this week so you can make offers from Chicago."),
    c("My wife wants to compare a couple of lenders first.", "think_it_over"),
    t("Makes sense. I'll send a Loan Estimate so you can compare it line by line.")]

# f10 phone repair, Quito: closes before checking the thing works
_f10_pre = [c("Hola, my charging port is not working. The phone only charges if I hold the cable at an angle.", None),
    t("Let me look... there's lint packed in there; often that's the whole problem. Want me to clean it before we talk about replacing the port? Cleaning is five dollars."),
    c("Yes, please. And replacing, how much is that?", None),
    t("About 35 with the part, one hour. Hopefully we won't need it... there, look at all that lint."),
    c("Wow. From my pocket, I guess.", None)]
_f10_good = [t("Probably. Before you pay, let's plug in your own cable and wiggle it... charging steady, and it clicks in firmly. Five dollars, please."),
    c("Perfect, thank you!", None)]
_f10_bad = [t("Probably. All done then - five dollars, please, you're good to go."),
    c("Wait, can you test it first? The last shop told me it was fixed and it wasn't.", "bad_experience")]
_f10_post = []


def _fp(id, situation, pre, good, bad, post):
    """better = shared turns + the good variant; worse = the same shared turns + the faulty variant."""
    return rpair(id, situation, better=pre + good + post, worse=pre + bad + post)


PAIRS = [
_fp("b70r_f01_seattle_diningtable", "Furniture store in Seattle (USA): a woman moving into a townhouse asks the price of a walnut table.",
    _f01_pre, _f01_good, _f01_bad, _f01_post),
_fp("b70r_f02_dallas_hailroof", "Roofing company in Dallas (USA): a homeowner with hail damage has an insurance adjuster coming.",
    _f02_pre, _f02_good, _f02_bad, _f02_post),
_fp("b70r_f03_puertovallarta_roomview", "Resort hotel in Puerto Vallarta (Mexico): an anniversary guest's 'partial ocean view' room faces the car park.",
    _f03_pre, _f03_good, _f03_bad, _f03_post),
_fp("b70r_f04_winnipeg_studentlaptop", "Electronics store in Winnipeg (Canada): a parent buys a laptop from a nursing program's list.",
    _f04_pre, _f04_good, _f04_bad, _f04_post),
_fp("b70r_f05_panama_catlitter", "Pet shop in Panama City (Panama): a customer exchanges scented cat litter her cat refuses.",
    _f05_pre, _f05_good, _f05_bad, _f05_post),
_fp("b70r_f06_lisbon_neckmassage", "Massage clinic in Lisbon (Portugal): a laptop worker with a stiff neck wants a same-day booking.",
    _f06_pre, _f06_good, _f06_bad, _f06_post),
_fp("b70r_f07_guatemala_einvoicing", "Invoicing software for small shops, Guatemala City (Guatemala): a hardware store must start electronic invoicing.",
    _f07_pre, _f07_good, _f07_bad, _f07_post),
_fp("b70r_f08_anchorage_sleepingbag", "Outdoor gear store in Anchorage (USA): a customer wants a sleeping bag for August.",
    _f08_pre, _f08_good, _f08_bad, _f08_post),
_fp("b70r_f09_charlotte_relocation", "Mortgage broker in Charlotte (USA): a couple relocating from Chicago need a mortgage.",
    _f09_pre, _f09_good, _f09_bad, _f09_post),
_fp("b70r_f10_quito_chargingport", "Phone repair kiosk in Quito (Ecuador): a phone only charges at an angle; the port is full of lint.",
    _f10_pre, _f10_good, _f10_bad, _f10_post),
]
