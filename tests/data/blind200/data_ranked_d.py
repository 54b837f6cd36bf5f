"""Ranked pairs d01-d10 (b200): two decent conversations with the same customer; `better` is better. Written by hand."""
from common import c, t, rpair

PAIRS = []

# ---------------------------------------------------------------- d01
_open = c("Morning. We're after a seven-seater, a Touran or something like that, up to about nine grand.", None)
PAIRS.append(rpair(
    "b200r_d01_nottingham_sevenseater",
    "Used car dealer, Nottingham, UK. A couple with two children want a seven-seater; the real reason is taking the husband's mother, now in a wheelchair, out with them.",
    better=[
        _open,
        t("Morning. Happy to help. What are the seven seats for, mostly? Kids, grandkids, something else?"),
        c("Well, it's mainly for taking my mum out. She's in a wheelchair now, and with us and the two kids we're five already.", None),
        t("So you need six seats and room for a folding wheelchair at the same time. That's the tricky bit, because with all the seats up most seven-seaters have a tiny boot. Does the chair fold flat, and do you know roughly how big it is?"),
        c("It folds, but it's a heavy one. I'm not sure of the size. Honestly, I hadn't thought about the boot with the seats up.", None),
        t("Most people don't until they're stuck in a car park. We've a 2017 Touran at eight-seven and a 2016 Galaxy at nine-two; the Galaxy's boot with seven up takes most chairs. Could you bring the chair when you test drive, so we try it in both before you decide?"),
        c("That's a good idea. The Galaxy's a bit over what we wanted, mind.", "too_expensive"),
        t("It is, by two hundred. If the chair goes in the Touran, there's no need to stretch. If it only fits the Galaxy, we can talk then. Saturday morning suit you?"),
    ],
    worse=[
        _open,
        t("Morning! Good choice, seven-seaters hold their value well. We've a 2017 Touran at eight-seven, 52,000 miles, full service history. Want to see it?"),
        c("Yes, please. It's mainly for taking my mum out, she's in a wheelchair now.", None),
        t("Ah, the Touran's very practical, the seats all fold flat. Let me show you the boot."),
        c("Oh, that's quite small with all the seats up, isn't it?", None),
        t("With all seven up it's a bit tight, yes, but fold the third row and it's massive. Most families only use the back row now and then. Shall we take it for a spin?"),
        c("Go on then. We might still look at a couple of others, though.", "think_it_over"),
        t("No problem at all, I'll grab the keys."),
    ],
))

# ---------------------------------------------------------------- d02
_open = c("Hey, this is Tanya from Queen City Plumbing. We've got eighteen vans coming off lease in the spring and I'm getting quotes on replacements. They're mostly Transits now.", None)
PAIRS.append(rpair(
    "b200r_d02_charlotte_fleetvans",
    "Commercial fleet leasing, Charlotte, North Carolina, US. A plumbing company's fleet manager wants quotes to replace eighteen leased vans; the real problem is overloaded vans.",
    better=[
        _open,
        t("Thanks, Tanya. Before I price anything, what's working and what isn't with the current Transits?"),
        c("They're fine mechanically. Problem is the shelving. The guys overload them. We've had two rear spring failures and a ticket at a weigh station.", None),
        t("So it's weight, not the van itself. Do you know roughly what a loaded van weighs, with pipe, water heaters, tools?"),
        c("No idea, honestly. Some of the guys carry a water heater every day, some never do.", None),
        t("That's worth knowing before you sign for three years. We could weigh three of your loaded vans at the scale in Matthews, free, and then quote a higher-payload van for the water-heater crews and the standard one for the rest. That may come out cheaper than putting everyone in the heavy one."),
        c("I like that. My boss is gonna want the numbers side by side, though.", "think_it_over"),
        t("I'll build it that way. Can you bring three loaded vans by next Tuesday morning?"),
    ],
    worse=[
        _open,
        t("Thanks, Tanya. The Transit's a great workhorse. For eighteen new Transit 250 high-roofs on a 36-month lease, I can get you about six-forty a month each, maintenance included."),
        c("Okay. We've had some issues with rear springs, guys overloading them.", None),
        t("We can add a heavy-duty spring upgrade on all eighteen, about nine hundred a van. That'll sort it."),
        c("Nine hundred times eighteen adds up fast.", "too_expensive"),
        t("Understood. With the fleet discount I can bring that to seven-fifty a van. I'll put a proposal together for your boss."),
        c("Okay, send it over. I'm getting two other quotes as well.", "think_it_over"),
        t("Will do, you'll have it by Friday."),
    ],
))

# ---------------------------------------------------------------- d03
_open = c("Hi, I'm buying my first car. Confused between the Nexon EV and the petrol Nexon. Everyone at office has an opinion.", None)
PAIRS.append(rpair(
    "b200r_d03_bengaluru_evorpetrol",
    "Tata showroom, Bengaluru, India. A first-time buyer can't choose between the electric and petrol versions of the same car; he may not be allowed a charger at his apartment.",
    better=[
        _open,
        t("Ha, everyone does. Let's leave the office out of it for a minute. Where do you live, and where would you park at night?"),
        c("Apartment in Whitefield. Allotted basement parking, but I'm not sure the association will allow a charger.", None),
        t("That's the first thing to find out, because without charging at home an EV becomes a headache. How much do you drive in a week?"),
        c("Office is 14 km each way, three days a week. Weekends sometimes Mysore or Coorg.", None),
        t("So about a hundred km a week plus some long trips. The EV pays off most when you drive a lot and charge at home. At your distance the petrol is about 3.5 lakh cheaper upfront, and the fuel saving will take many years to cover that. Ask your association about a charger this week; if they say no, go petrol without any guilt."),
        c("Hmm. That's more honest than the other showroom. Let me ask the association first.", "think_it_over"),
        t("Do that. Here's my number; call me once you hear, and I'll keep test drives of both ready whenever you want."),
    ],
    worse=[
        _open,
        t("Good question! The Nexon EV has a 30 kWh battery, around 250 km real range, and almost no running cost if you charge at home. The petrol is a 1.2 turbo, about 17 kmpl. The EV is around 3.5 lakh more."),
        c("3.5 lakh more is a lot for a first car. But the fuel saving is also there, no?", "too_expensive"),
        t("Yes, you save on every kilometre. Plus the EV is smooth, silent, and road tax is lower. Many first-time buyers are going EV now."),
        c("Okay. My parking is in the basement, I think I can charge there?", None),
        t("Usually yes, our partner can install it. Shall we do a test drive of both?"),
        c("Yes, let's do that.", None),
    ],
))

# ---------------------------------------------------------------- d04
_open = c("Good morning, dear. I'd like some breakdown cover. My son says I should have it now I'm on my own.", None)
PAIRS.append(rpair(
    "b200r_d04_leicester_breakdown",
    "Breakdown cover phone sales, Leicester, UK. An elderly widow who drives locally and walks with a stick wants breakdown cover at her son's urging.",
    better=[
        _open,
        t("Good morning. Your son's looking out for you. Can I ask how you use the car, is it local trips, or further afield?"),
        c("Oh, just local. The shops, the doctor, the bowls club. Sometimes my sister in Market Harborough.", None),
        t("And if the car broke down, say in a car park, could you wait outside or walk somewhere? I ask because we can prioritise members who'd struggle, for instance with mobility."),
        c("I've a bad hip. I use a stick. I couldn't stand about for an hour, no.", None),
        t("Thank you for telling me. I'll mark you as a priority member, it costs nothing, and they'll aim to reach you faster. Local cover with home start is sixty-two pounds a year and includes trips to your sister's. Shall I send the details to you and your son so he can look too?"),
        c("Yes, please do. He does all that sort of thing for me now.", "think_it_over"),
        t("I'll post them to you and email him today. Whenever you're ready, one call and it's done."),
    ],
    worse=[
        _open,
        t("Good morning! Lovely. Our most popular is Roadside and Recovery at eighty-nine pounds a year, covers you anywhere in the UK."),
        c("Eighty-nine. Is there something a bit less? I only go local.", "too_expensive"),
        t("Yes, Roadside only is fifty-four. That excludes breakdowns at your home, though, so add home start for eight pounds. Sixty-two in total."),
        c("I think that's all right. I've a bad hip, mind, would they be long coming?", None),
        t("Usually within the hour, sometimes less. Shall I set it up for you?"),
        c("Let me check with my son first. I'll ring back.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d05
_open = c("Hi, my brakes have been squeaking, mostly in the morning. It's a 2019 Highlander, around 48,000 miles. The last shop wanted eight hundred bucks for pads and rotors.", None)
PAIRS.append(rpair(
    "b200r_d05_sandiego_brakes",
    "Independent auto repair shop, San Diego, California, US. A driver with morning brake squeal was quoted a big brake job elsewhere and wants a straight answer.",
    better=[
        _open,
        t("Got it. Is the squeak only for the first few stops in the morning, or all day? And do you feel any vibration in the pedal?"),
        c("Just the first few stops. No vibration. It goes away after like five minutes.", None),
        t("That pattern is often just overnight moisture on the rotors, which is normal this close to the coast. Before anyone sells you anything, let's measure. We'll pull a wheel, measure the pads and rotors and show you the numbers. Twenty minutes, no charge."),
        c("Okay, sure.", None),
        t("Here we go: front pads at 6 millimeters, rears at 5, rotors in spec with a little surface rust. You don't need pads or rotors today; I'd guess pads around 60,000. If the squeak bugs you, a clean and lube is forty-nine dollars, but it's optional."),
        c("Huh. So the other place was trying it on.", None),
        t("I can't say what they saw. But here's a printout with the measurements, so you've got it next time anyone quotes you."),
    ],
    worse=[
        _open,
        t("Sounds like pads. We'll take a look. Can you leave it with us for an hour?"),
        c("Sure, I'll wait.", None),
        t("Okay: front pads at 6 millimeters, rears at 5. Rotors have some surface rust. There's life left, but with the squeak I'd do front pads now, three-twenty."),
        c("Three-twenty's better than eight hundred, but do I actually need it?", "no_need"),
        t("It'd take care of the squeak. Or you could wait, 6 millimeters is fine. Up to you."),
        c("I'll wait, then. Thanks.", "no_need"),
        t("No problem. See you at your next oil change."),
    ],
))

# ---------------------------------------------------------------- d06
_open = c("Good morning. I want a loan for a used Innova, 2018 model, price 13 lakh. I have a shop in Sector 18.", None)
PAIRS.append(rpair(
    "b200r_d06_noida_usedcarloan",
    "Used car loan desk at a pre-owned dealer, Noida, India. A shopkeeper with mostly cash income and only two years of tax returns wants a used car loan; he was rejected once before.",
    better=[
        _open,
        t("Good morning. Since you run a shop, do you file income tax returns, and for how many years?"),
        c("Two years I have filed. Before that, honestly, mostly cash business. The income shown is low.", None),
        t("That matters, because the bank looks at the income on the returns. With two years filed and lower declared income, a full loan may be difficult. How much down payment can you make?"),
        c("I can do 4 lakh. But last time for my scooty loan the bank rejected me and gave no reason. I felt very bad.", "bad_experience"),
        t("That happens when the paperwork doesn't match the income. With 4 lakh down, a 9 lakh loan over five years is about 20,500 a month. Twelve months of your shop's current account statements will help a lot, lenders like regular deposits. Let me check eligibility with two lenders informally first, so there is no rejection on your record."),
        c("Okay, that is good. I will bring the statements tomorrow.", None),
        t("Bring the last two returns also, and GST returns if you have them. I'll call you by evening with both offers."),
    ],
    worse=[
        _open,
        t("Good morning. Sure, for a used Innova we can fund up to 80%, so about 10.4 lakh. Rate around 11.5%. Documents: PAN, Aadhaar, two years' ITR, six months' bank statements."),
        c("ITR is there, but the income shown is low. Mostly cash business.", None),
        t("Then the bank may sanction less. Better to keep a higher down payment ready. How much can you give?"),
        c("4 lakh. Last time my scooty loan got rejected, I don't want that again.", "bad_experience"),
        t("With 4 lakh down, chances are good. Bring the documents and we'll apply."),
        c("Okay, tomorrow.", None),
        t("Fine, come by eleven."),
    ],
))

# ---------------------------------------------------------------- d07
_open = c("Hi, I'm getting an ID.3 next month and I want a charger at home. Thing is, it's a terrace and I park on the street, usually outside my house but not always.", None)
PAIRS.append(rpair(
    "b200r_d07_cambridge_nodriveway",
    "Home EV charger installer, Cambridge, UK. A buyer of an electric car lives in a terraced house with on-street parking and wants a home charger.",
    better=[
        _open,
        t("Thanks for being upfront, that's the bit that matters. Have you checked whether your council allows cable channels across the pavement on your street? Some do, some don't."),
        c("No idea. I assumed you'd just run a cable over the pavement.", None),
        t("I'd be lying if I said that was fine. A trailing cable across a pavement can get you into trouble if someone trips, and we won't install on that basis. The options are a council-approved pavement channel, if they allow one, or lamp-post and public chargers nearby. How many miles a week do you do?"),
        c("Maybe 120. I commute to Ely two days a week.", None),
        t("At 120 a week you could manage with one session a week at a public charger, or at work if they have one. I'll send you the council link; if they approve a channel, we'll install. If not, I'd rather tell you now than sell you a charger you can't use."),
        c("Bit disappointing, but fair enough. Send me the link.", None),
        t("Sending it now, with a map of the chargers within half a mile of your postcode."),
    ],
    worse=[
        _open,
        t("No problem, we do loads of terraces. We'd mount the charger on your front wall and you'd use a cable protector across the pavement. Install is nine-fifty."),
        c("Is that allowed? I'm worried someone'll trip.", None),
        t("Lots of people do it, you just put the cover down. Some councils have pavement channel schemes too, worth checking."),
        c("Okay. Nine-fifty is more than I'd budgeted, honestly.", "too_expensive"),
        t("We do a finance option, and there are sometimes grants. I'll email you a quote."),
        c("Yeah, send it. I'll look into the council thing.", "think_it_over"),
        t("Will do. Any questions, just reply to the email."),
    ],
))

# ---------------------------------------------------------------- d08
_open = c("Hi, that hailstorm last week turned my Explorer into a golf ball. Hood, roof, both sides. I have comprehensive with a thousand deductible.", None)
PAIRS.append(rpair(
    "b200r_d08_detroit_hail",
    "Collision and dent repair shop, Detroit, Michigan, US. A hail-damaged SUV owner, planning to trade in next year, wants an estimate.",
    better=[
        _open,
        t("Ouch, you're not alone, we've had thirty in since Tuesday. Any cracked glass, or just dents?"),
        c("Just dents, a lot of them. Some are tiny, some the size of a quarter.", None),
        t("Then most of it should be paintless dent repair, which keeps your factory paint. Are you keeping the car a while, or selling soon?"),
        c("I was gonna trade it in next year, actually.", None),
        t("Then keeping the factory paint matters even more, dealers check for repaint. My honest guess is it'll be well above your thousand deductible, so claiming makes sense. We're booked three weeks out, but it's safe to drive meanwhile. The one thing I can't promise is the roof; if dents are on the edges it may need a panel."),
        c("Three weeks is a long time. But okay, if it's done right.", "no_time"),
        t("I'll write the estimate for your adjuster now, put you down for the 14th, and call if anything opens up sooner."),
    ],
    worse=[
        _open,
        t("Yeah, lot of those this week. Let me take a look. Okay, I count about ninety dents. Estimate's around forty-two hundred, mostly paintless dent repair."),
        c("Okay. Do I go through insurance?", None),
        t("With a thousand deductible, yes, definitely. I'll write it up for your adjuster."),
        c("How long will it take? I use it every day.", None),
        t("We're booked three weeks out, then about four days in the shop. It's safe to drive in the meantime."),
        c("Three weeks. Alright, I guess. Put me down.", "no_time"),
        t("You're on for the 14th."),
    ],
))

# ---------------------------------------------------------------- d09
_open = c("Alright. Need two front tyres for the van, the Vivaro. Cheapest you've got, I'm not made of money.", "no_money")
PAIRS.append(rpair(
    "b200r_d09_belfast_vantyres",
    "Tyre fitter, Belfast, UK. A self-employed parcel delivery driver wants the cheapest tyres for a van that does very high, stop-start mileage.",
    better=[
        _open,
        t("No bother. Cheapest are Linglongs at sixty-five each fitted. Before I stick them on, what sort of miles do you do?"),
        c("Parcel delivery, about fifteen hundred a week. Lot of stop-start round the estates.", None),
        t("That's big mileage. Budget tyres on a van doing that might last four or five months; a mid-range Kumho at ninety-five would go nearer a year. Works out cheaper per mile, and it grips better in the wet, which is most days here. Up to you, though, both are legal and safe."),
        c("Ninety-five each is a lot this week. Fuel's killing me.", "no_money"),
        t("Understood. One thing I can do: Kumhos at ninety-five, you pay for one today and the other on Friday when you're paid. Or Linglongs now and no hard feelings."),
        c("Go on, the Kumhos. Friday for the second, aye.", None),
        t("Sorted. I'll have it done in twenty minutes."),
    ],
    worse=[
        _open,
        t("No bother. Cheapest are Linglongs, sixty-five each fitted. Or we've Michelin Agilis at one-forty if you want premium."),
        c("Linglongs. Don't need Michelins.", "no_need"),
        t("Grand. What size are you on, 215/65 16?"),
        c("Aye, think so.", None),
        t("Right, I'll check on the wall. About twenty minutes. Want a coffee while you wait?"),
        c("Go on.", None),
        t("Be right back with it."),
    ],
))

# ---------------------------------------------------------------- d10
_open = c("Good afternoon. My daughter got a job in Mohali, IT company. I want to buy her a good safe car. Budget 9 to 10 lakh.", None)
PAIRS.append(rpair(
    "b200r_d10_chandigarh_daughtercar",
    "New car showroom, Chandigarh, India. A father is buying his daughter's first car; she holds a licence but rarely drives and gets nervous in traffic.",
    better=[
        _open,
        t("Good afternoon, and congratulations to her! Since she'll drive it, can I ask about her side: how long is her commute, and is she comfortable with a manual?"),
        c("From Sector 35 to Mohali Phase 8, maybe 15 km. She learnt manual but she gets nervous in traffic. She drives rarely.", None),
        t("Then an automatic will help her confidence a lot. And has she said what she likes? Sometimes daughters want a different car from the one fathers choose!"),
        c("Ha, true. She likes the look of the Brezza. I think it's too big for her.", None),
        t("Fair. Within 10 lakh, a compact SUV automatic with six airbags is possible, and the higher seat actually helps a nervous driver see better. I'd suggest she drives two, one hatchback and one compact SUV, both automatic, and you decide together. Can she come Saturday?"),
        c("Saturday she is free. We will come together.", None),
        t("I'll keep both cars ready at eleven, and a route through the Sector 17 traffic so she can feel them properly."),
    ],
    worse=[
        _open,
        t("Good afternoon, congratulations! For safety in your budget I'd recommend the Nexon, five-star safety rating, six airbags, top choice for families."),
        c("Nexon is good. Is it easy to drive? She doesn't drive much.", None),
        t("Very easy, sir. Light steering, good visibility. The manual is 9.2 lakh on-road."),
        c("Okay. Let me bring her to see it. She has her own opinions.", "think_it_over"),
        t("Of course, sir. Bring her any day, test drive is available."),
        c("Okay, maybe Saturday.", None),
        t("See you Saturday, sir."),
    ],
))
