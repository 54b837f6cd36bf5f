"""b154 ranked pairs f01-f10: both sides share every turn except one fault in worse and the reaction."""
from common import c, rpair, t

N = None
PAIRS = []


def pair(pid, situation, head, good, bad, tail):
    """head + (trainee turn, customer reaction) + tail; only the middle differs."""
    return rpair(pid, situation, head + good + tail, head + bad + tail)


O = c("Y'all put in my new system last month. Thermostat says seventy-two and the house feels like a swamp.", N)
A = t("Sorry to hear it. Muggy at 72 usually means the air isn't pulling enough water out. Is it clammy, like the sheets feel damp?")
B = c("That's it exactly. Sheets feel wet. Old unit never did that.", N)
E = t("Switch the fan to 'auto'. On 'on', it blows the water off the coil back into the house. Give it a day; I'll call Thursday, and if it's still muggy we come out free.")
F = c("Alright. Auto. Thursday.", N)
PAIRS.append(pair(
    "b154r_f01_hvac_muggy_house",
    "HVAC company, Montgomery, Alabama, phone; a new system leaves the house muggy.",
    [O, A, B],
    [t("I believe you. New units sometimes get set up with the fan on 'on' instead of 'auto'. Can you look at the thermostat, which does it say?"),
     c("Says 'on'. Your installer set it, I never touched it.", N)],
    [t("Well sir, that system's sized right, I ran the load calc myself. A new system can't make a house muggy, it's just humid outside. Does the fan say on or auto?"),
     c("It ain't the weather, I've lived here forty years. Fine. It says 'on'. Your installer set it.", N)],
    [E, F]))

O = c("What's your best price on that red half-ton? And don't play games, I got took for two grand at the last dealer.", N)
C = t("Seven thousand pounds is more than the red one's rated for; it has the small engine, no tow package. The gray one next to it, 5.3 with max tow, is rated 9,300.")
D = c("Well, what's the gray one?", N)
E = t("$33,800; out the door $34,610 with tax and the $199 doc fee, written right here. Have your trailer shop look at it if you like.")
F = c("Let me drive it. And I'll check your numbers.", N)
PAIRS.append(pair(
    "b154r_f02_truck_horse_trailer",
    "Pickup dealership, Shreveport, Louisiana; a woman overcharged elsewhere.",
    [O],
    [t("No games. You'll get the out-the-door number in writing. First, what does the truck need to do? I'd hate to sell you the wrong one."),
     c("Pull a horse trailer on weekends. Two horses, about seven thousand pounds loaded.", N)],
    [t("No games. Sticker's $31,400, but for you I'll knock off fifteen hundred right now. $29,900."),
     c("Fifteen hundred before you asked me nothin'? Then it was priced too high to start. I need it to pull a horse trailer, about seven thousand pounds.", "too_expensive")],
    [C, D, E, F]))

O = c("I got a letter from a collection agency sayin' I owe y'all eight hundred twelve dollars. I never got no bill from the hospital. Not one.", N)
A = t("I'm sorry, that's an awful letter to open. Can I have your name and date of birth?")
B = c("Wanda Kincaid, K-I-N-C-A-I-D. November 9th, 1952.", N)
E = t("Then the bills went to an old address, and that's not on you. I'm pulling it back from collections and updating your address. You'll get a fresh statement with 30 days to pay or set up a plan.")
F = c("Well, I thank you. I'll need a plan, eight hundred's a lot for me.", N)
PAIRS.append(pair(
    "b154r_f03_hospbill_collections",
    "Hospital billing, Charleston, West Virginia, phone; a widow's bill went to collections.",
    [O, A, B],
    [t("Thank you, Mrs. Kincaid. Three statements went to 414 Elk Street. Is that your address?"),
     c("No! I moved to my daughter's in Cross Lanes two years ago. Elk Street's my old house.", N)],
    [t("Thank you. We mailed three statements to 414 Elk Street, so are you sure you didn't get them? People do toss these without opening them."),
     c("I don't toss nothin', young lady. I moved to my daughter's in Cross Lanes two years ago. Elk Street's my old house.", N)],
    [E, F]))

O = c("My bill on the pond meter went from nine hundred to twenty-two hundred. The aerators run the same as always.", N)
A = t("That's a big jump. Did anything change, new aerators, different hours?")
B = c("Well, that heat wave. Ran all six at once in the afternoons instead of takin' turns at night.", N)
E = t("It's mostly how many run at once, more than how long. Run them in turns, or start the big ones after eight at night, and next month comes down. Our energy advisor can set up a schedule with you.")
F = c("Send him on. Not Tuesday, that's feed day.", N)
PAIRS.append(pair(
    "b154r_f04_coop_catfish_aerators",
    "Rural electric co-op, Mississippi Delta, phone; a catfish farmer's bill jumped.",
    [O, A, B],
    [t("That explains it. Part of your rate is based on the most power you pull at one time in the month. All six at once in the afternoon set a high peak."),
     c("So it ain't how long they run, it's how many at once?", N)],
    [t("That explains it. You're on the LP-3 schedule with a kW demand ratchet and a coincident peak adder, so billing demand spiked, plus the PCA."),
     c("Son, I raise catfish. I don't know what half of that means.", N)],
    [E, F]))

O = c("How much on this TV? Fifty-inch, about a year old. I need a hundred fifty for my car.", N)
A = t("Let me plug it in. Got the remote?")
B = c("Here. Works good. Just the kids' cartoons on it.", N)
E = t("Here's your ticket. Bring it and $192 within 30 days and the TV goes home with you.")
F = c("Thirty days. Okay.", N)
PAIRS.append(pair(
    "b154r_f05_pawn_tv_car_repair",
    "Pawn shop, Pikeville, Kentucky; a young mother pawns her TV.",
    [O, A, B],
    [t("Picture's good. I can loan $160. Fee's $32 for the month, 30 days plus a 10-day grace."),
     c("Hundred sixty. Okay, that'll cover it.", N)],
    [t("Picture's good. $160. But honey, you oughta put back twenty a week for emergencies, these loans add up, I see young folks in here every month. Fee's $32, 30 days."),
     c("I didn't ask for a money lesson. I got two kids and work at the Dollar General. Just write it up.", N)],
    [E, F]))

O = c("need a quote for rotary awards banquet, 90 ppl, nov 14 at first presbyterian fellowship hall. budget around 2k", N)
A = t("Hi! We can do that. Sit-down or buffet, and any vegetarians or allergies?")
B = c("buffet. maybe 6 vegetarians. one gluten free", N)
C = t("Pork tenderloin, veggie lasagna, gluten-free chicken, two sides, rolls, tea. $21 a person, $1,890 with setup and cleanup.")
D = c("thats under budget good. board has to approve tho", "think_it_over")
PAIRS.append(pair(
    "b154r_f06_caterer_rotary_banquet",
    "Church-hall caterer, Greenville, South Carolina, text messages; a club banquet quote.",
    [O, A, B, C, D],
    [t("Of course. Written quote by email tonight, and I'll hold Nov 14 till the 1st. When does the board meet? I'll check in the day after."),
     c("oct 28. ok thanks", N)],
    [t("Of course. Just let us know, we'll be in touch and figure it out."),
     c("ok but can u send it in writing. and do u hold the date or what", N)],
    []))

O = c("This was my granddaddy's. Stopped last year. I'm wearin' it at my wedding a week from Saturday. Can y'all fix it?", N)
A = t("What a piece. Let me open the back. Know when it was last serviced?")
B = c("No idea. Maybe never. Granddaddy wound it every mornin' till he passed.", N)
E = t("I'll call you tomorrow after he opens it. Service is $180, and you only pay when it's done.")
F = c("Alright. Here's my number.", N)
PAIRS.append(pair(
    "b154r_f07_jewelry_pocket_watch",
    "Jewelry store, Lexington, Kentucky; a groom's grandfather's pocket watch.",
    [O, A, B],
    [t("It's a 1920s Elgin. Cleaning takes our watchmaker about two weeks, longer if a part's broken, so I won't promise ten days. He can look tomorrow and tell us if it's possible."),
     c("I'd rather know tomorrow than be surprised. Do that.", N)],
    [t("It's a 1920s Elgin. No problem at all, running like new by Friday, guaranteed. It'll keep perfect time."),
     c("By Friday? Perfect. I'll tell my fiancée it's handled.", N)],
    [E, F]))

O = c("I want internet so I can see my grandbabies on the video. I'm out on Possum Trot Road, down in a holler.", N)
A = t("We'd love to get you connected. Does a neighbor have our service, and can you see the tower on Clinch Mountain from your yard?")
B = c("My neighbor up the hill has y'all. I can't see nothin' but trees from my yard.", N)
E = t("Our tech checks the signal Thursday when he comes. If it won't work at your house, you don't pay for service.")
F = c("Alright. Thursday then.", N)
PAIRS.append(pair(
    "b154r_f08_wisp_holler_signal",
    "Fixed-wireless internet, rural east Tennessee, phone; a grandmother in a hollow.",
    [O, A, B],
    [t("Trees can block us. Before you pay anything, a tech comes Thursday for a free site check. If there's no signal, you're out nothing."),
     c("Free? Well, Thursday's fine.", N)],
    [t("Your neighbor has it, so you should be fine! Let's sign you up: $65 a month, $99 install, two-year agreement. What card would you like to use?"),
     c("Well... alright. But what if it don't work down here? I paid for a dish once that never did.", "bad_experience")],
    [E, F]))

O = c("We wanna see about refinancin' our truck. The dealer got us at eleven percent and we didn't know better.", N)
C = t("With better credit you'd likely get about 6.5%. Keep it at 48 months and your payment stays close, but you save about $2,300 in interest. Longer lowers the payment but costs more overall.")
D = c("We'd rather keep it the same length and save the money.", N)
E = t("Then 48 months. It's ten minutes, and a soft pull first, so your score doesn't drop unless you go ahead.")
F = c("Let's do it.", N)
PAIRS.append(pair(
    "b154r_f09_credit_union_refi",
    "Credit union, Huntsville, Alabama; a young couple overcharged on a truck loan.",
    [O],
    [t("Let's see if we can do better. How much is left, how many months, and has your credit changed since?"),
     c("About twenty-two thousand, fifty months. Credit's better, we paid off a card.", N)],
    [t("Absolutely. Our best option is the 72-month refinance at 6.49%, that drops your payment a bunch. Want to apply?"),
     c("Seventy-two? We only got fifty months left, that just drags it out. It's about twenty-two thousand, and our credit's better, we paid off a card.", "no_need")],
    [C, D, E, F]))

O = c("My ridin' mower won't crank. I got my boy's graduation party Saturday and the yard looks like a hayfield.", N)
A = t("Let's get you fixed. Does it click when you turn the key, or nothing?")
B = c("Just a click. It sat all winter in the shed.", N)
E = t("A click after winter is usually the battery, sometimes the solenoid. Battery's $45, solenoid $30. Bring it at lunch and it's done before you leave.")
F = c("I'll be there at noon.", N)
PAIRS.append(pair(
    "b154r_f10_mower_shop_no_crank",
    "Small-engine repair shop, Anniston, Alabama; a mower before a graduation party.",
    [O, A, B],
    [t("That's a common one. Can you bring it in today? I'll test it while you wait."),
     c("I can bring it at lunch on the trailer.", N)],
    [t("Yeah. Man, I've been fixin' mowers thirty-two years, started in my daddy's shop at twelve. Seen every click there is. Won the county fair tractor pull in '98, too."),
     c("Well... that's nice. But can you fix mine by Saturday?", N)],
    [E, F]))
