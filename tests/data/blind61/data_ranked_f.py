"""Ranked pairs f01-f10 (blind61, prefix b61): both sides share every turn (the same Python objects)
except one real fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 roofer - fault: argues with the customer
o = c("You fixed our roof in June and now there's water coming through the bedroom ceiling again. Same corner.", None)
a = t("I'm sorry, that's not what you should be seeing four months after a repair. When did you first notice it, and is it only in heavy rain, or any rain?")
b = c("Last week, in that big storm. It's only a small patch, but it's spreading. The light fitting's near it, so I'm a bit worried.", None)
good = t("If it's near the light, keep that light off until we've looked, just to be safe. Our repair has a twelve-month guarantee, so the visit and any fix to our work is free. It might be our repair or something else in that corner, and I'd rather the roofer tells you which once he's been up.")
good_r = c("Thank you. I just want it sorted before the winter.", None)
bad = t("I have to say, the repair we did was done properly, I've got the photos. In a storm like last week's, water gets in everywhere, so I really doubt it's our work. It's more likely your gutters.")
bad_r = c("I'm not saying you did it badly, I'm saying there's water in the same corner. I don't want to argue, I want someone to look at it.", None)
e = t("Our roofer can come Thursday morning. He'll go up, check the repair and the gutters, and send you photos of what he finds that afternoon.")
f = c("Thursday I'm at work till three. Could he come after that, or Friday?", "no_time")
PAIRS.append(rpair(
    "b61r_f01_roofer_returningleak",
    "A homeowner rings the roofer who repaired her roof in June: water is coming in again at the same corner, near a light fitting. Fault in worse: the trainee argues that it can't be their work.",
    better=[o, a, b, good, good_r, e, f],
    worse=[o, a, b, bad, bad_r, e, f]))

# f02 appliance retailer - fault: doubts the customer's honesty
o = c("Hi, I bought a washing machine from you in February and now it won't drain. It just sits there full of water. It's still under warranty, isn't it?", None)
a = t("Sorry about that, a machine full of water is a pain. Yes, it's got a two-year warranty. Can I take the order number, and what happens exactly, is there an error code on the display?")
b = c("Order's 55120. It says E21 and beeps. I cleaned the little filter at the bottom like the manual says, there was a hair grip in it, but it still won't drain.", None)
good = t("Thanks, you've already done the first thing I'd have asked. E21 is a drain fault, and with the filter clean it's most likely the pump. That's covered, so the engineer visit is free.")
good_r = c("Oh good. How soon can someone come? We've got a toddler, the washing's piling up.", None)
bad = t("Hmm. A hair grip, though. If something put in the drum has damaged the pump, that's not a warranty fault and we'd charge the call-out. Are you sure it was only a hair grip?")
bad_r = c("Yes, I'm sure. Are you saying I'm lying? It was one hair grip, in the filter the manual tells you to clean.", None)
e = t("The earliest engineer slot is Wednesday, between eight and one. Would that work?")
f = c("Wednesday morning I've got a hospital appointment. Anything Thursday?", "no_time")
g = t("Thursday eight till one, yes. I'll book it and text you the confirmation now.")
PAIRS.append(rpair(
    "b61r_f02_appliancestore_washerwarranty",
    "A customer rings an appliance retailer about a six-month-old washing machine that won't drain; she has already cleaned the filter. Fault in worse: the trainee doubts her honesty about the hair grip.",
    better=[o, a, b, good, good_r, e, f, g],
    worse=[o, a, b, bad, bad_r, e, f, g]))

# f03 climbing wall - fault: drops the price before asking anything
o = c("Hi, I've been coming on day passes for a few weeks and I'm thinking about membership. What's the deal?", None)
good = t("Nice, glad you're enjoying it. Before I run through the options, how often are you coming at the moment, and at what times?")
good_r = c("About twice a week, evenings after work. I'm a bit wary of contracts though, I got stuck in a gym one for a year once and never went.", "bad_experience")
bad = t("Membership's normally 52 a month, but I can knock it down to 40 for you right now, no problem. How often are you coming at the moment, and at what times?")
bad_r = c("Forty? Er, okay... does everyone get that? About twice a week, evenings. I'm a bit wary of contracts though, I got stuck in a gym one for a year once and never went.", "bad_experience")
cc = t("Fair worry. There's no minimum term, you cancel with a month's notice. Twice a week on day passes is about 112 a month, so membership pays for itself by the fourth visit.")
d = c("Hm. I'd still like to think about it over the weekend. I'm moving flat next month and don't know how far away I'll be.", "think_it_over")
e = t("Makes sense. If you join within 30 days, this month's day passes count towards your first month, so there's no rush.")
f = c("Oh, that's good. I'll probably come back next week then.", None)
PAIRS.append(rpair(
    "b61r_f03_climbingwall_membership",
    "A regular day-pass climber at an indoor climbing centre asks about membership; she has been burned by a gym contract. Fault in worse: the trainee cuts the price before asking a single question.",
    better=[o, good, good_r, cc, d, e, f],
    worse=[o, bad, bad_r, cc, d, e, f]))

# f04 farm feed merchant - fault: an unasked lecture
o = c("Ringing for my ewe nuts order for lambing. Same as last year, two tonne, the 18% protein.", None)
a = t("Morning, I've got last year's order up. Two tonne of the 18% nuts, bagged. Is the flock the same size, and lambing mid-March again?")
b = c("Bit bigger, 340 ewes this year, and they scanned at 190%. So a lot of twins, a few triplets. Lambing starts the 10th.", None)
good = t("Congratulations on the scan. With more twins and triplets, some farmers go up a bit on the order. Do you want to stay at two tonne, or go up?")
good_r = c("Go up to two and a half, I reckon. What's the price now? It went up a lot last year.", None)
bad = t("Right, at 190% you really need to think about late-pregnancy nutrition. Twin-lamb disease is the big killer, a lot of farmers underfeed the last six weeks, energy's as important as protein, you should be condition scoring every ewe, splitting them by scan result, and getting your silage analysed as well.")
bad_r = c("Lad, I've been lambing for thirty years. I know about twin-lamb. I rang for nuts, not a lecture. Two and a half tonne, and what's the price?", None)
e = t("It's 368 a tonne this year, so 920 for two and a half, delivered.")
f = c("368? It was 340 last year. That's steep. The co-op's doing them at 350.", "too_expensive")
g = t("It's gone up with wheat. I can match 350 if you take it in one drop before the end of the month, so 875.")
PAIRS.append(rpair(
    "b61r_f04_feedmerchant_ewenuts",
    "An experienced sheep farmer phones his feed merchant to repeat last year's lambing order. Fault in worse: the trainee gives an unasked lecture on ewe nutrition.",
    better=[o, a, b, good, good_r, e, f, g],
    worse=[o, a, b, bad, bad_r, e, f, g]))

# f05 IT support - fault: a vague next step
o = c("Hi, we're a six-person architects' practice. Our file server keeps dropping out, usually right when someone's saving a big drawing. It's driving everyone mad.", None)
a = t("That sounds maddening, especially with big CAD files. How long has it been happening, and is it every machine or certain ones?")
b = c("Two months maybe. Every machine. The server's about seven years old. Our last IT guy retired, and he kept it all in his head.", None)
cc = t("Seven years old and nothing written down is a common pair. I'd need to look at the server itself: logs, disk health, the network. A diagnostic visit is 180, about three hours, and you get a written report of what's wrong and the options, whether that's a fix or a replacement.")
d = c("180 just to look is more than I'd hoped, but I suppose the dropouts cost us more than that. Go on.", "too_expensive")
good = t("Great. I'll come Tuesday at nine, before your team starts saving big files. I'll need the admin password, or whoever has it. The report will be with you Thursday, and we'll go through it on a 20-minute call on Friday.")
good_r = c("Tuesday at nine is fine. I'll dig out the password, it's on a sticky note somewhere, I'm embarrassed to say.", None)
bad = t("Great. Someone from the team will be in touch to arrange a visit, and we'll let you know what we find.")
bad_r = c("When, roughly? We've a deadline on Friday and I can't have the server down without warning.", None)
PAIRS.append(rpair(
    "b61r_f05_itsupport_architectserver",
    "A partner at a small architects' practice calls an IT support firm about a file server that keeps dropping out. Fault in worse: the next step is vague ('someone will be in touch').",
    better=[o, a, b, cc, d, good, good_r],
    worse=[o, a, b, cc, d, bad, bad_r]))

# f06 removals - fault: over-promises
o = c("Hi, we're moving house on the 28th, three-bed semi to a bungalow twenty miles away. Completion day, so I'm nervous about timings.", None)
a = t("Completion days are stressful, you're right to think about timings. Do you know roughly when the keys are released, and is there anything big or awkward, a piano, a big wardrobe, a full loft?")
b = c("Solicitor says keys 'usually by one'. We've got a piano and the loft is, well, full. Last move the firm turned up three hours late and we were in the street at ten at night.", "bad_experience")
cc = t("Sorry, that sounds awful. For a three-bed with a full loft and a piano, I'd suggest we pack the loft and the fragile things the day before, then load from eight on the 28th, so we're ready to go by one.")
d = c("That sounds good. What happens if the keys aren't ready by one?", None)
good = t("Then we wait with the van, and that's the honest risk on completion day, nobody controls it. Waiting is included up to five. If it goes later, we keep everything in the van at our depot overnight and deliver at eight next morning, at no extra cost.")
good_r = c("Okay, at least there's a plan if it goes wrong. What's the quote?", None)
bad = t("Don't worry, that never happens with us. We'll have you in and unpacked by teatime, guaranteed, whatever the solicitors do.")
bad_r = c("Guaranteed? How can you guarantee what the solicitors do? That's exactly what the last lot told me.", "bad_experience")
e = t("Packing, the move and the piano come to 1,480. I'll email the quote with the plan for the day in writing.")
PAIRS.append(rpair(
    "b61r_f06_removals_completionday",
    "A homeowner moving on completion day, burned by a late removal firm last time, asks about timings. Fault in worse: the trainee guarantees what nobody can control.",
    better=[o, a, b, cc, d, good, good_r, e],
    worse=[o, a, b, cc, d, bad, bad_r, e]))

# f07 mobility scooters - fault: closes before checking the thing works for her
o = c("Morning. I'm looking for a mobility scooter for my mother. She's eighty-one, she wants to get to the shops on her own again. She's outside in the car.", None)
a = t("Morning. How far are the shops, and what's the route like, kerbs, hills, pavements? And would it live indoors, or in a shed or garage?")
b = c("Half a mile, a bit of a hill on the way back. She's got a garage, we'd charge it there. Her hands are a bit arthritic, that's my worry.", None)
cc = t("Then I'd look at this one. It manages hills, has a fifteen-mile range, and a thumb lever instead of a twist grip, easier on arthritic hands. It's 1,295.")
d = c("That's more than we thought. We'd seen some online for about eight hundred.", "too_expensive")
good = t("The cheaper ones often struggle on hills. But before anything else, could your mother come in and try it? The lever, the seat height, getting on and off, and a go up the ramp out the back. If she can't work it comfortably, the price doesn't matter.")
good_r = c("Yes, I'll get her. She'll want a go, she's been excited all week.", None)
bad = t("It's worth the extra for that hill. If you're happy, I can take a deposit now and we'll deliver it to her garage on Friday.")
bad_r = c("Shouldn't she try it first? She's sitting in the car, and I don't even know if she can work that lever with her hands.", None)
PAIRS.append(rpair(
    "b61r_f07_mobilityshop_scooterformum",
    "A son shops for a mobility scooter for his 81-year-old mother, who has arthritic hands and is waiting in the car. Fault in worse: the trainee asks for a deposit before she has tried it.",
    better=[o, a, b, cc, d, good, good_r],
    worse=[o, a, b, cc, d, bad, bad_r]))

# f08 paint and decorating shop - fault: recommends before asking
o = c("Hi, I need some paint for a ceiling.", None)
good = t("Sure. Which room is it, and is there anything on the ceiling now, stains, flaking, mould?")
good_r = c("Bathroom. There's a bit of black mould in one corner, and some brown marks from where the bath upstairs leaked last year. That's fixed now.", None)
bad = t("Sure, this is our best seller, the Supermatt Brilliant White, ten litres for 42. Covers in one coat. That'll do it.")
bad_r = c("Er, it's the bathroom. There's some mould, and brown marks from a leak. Will that cover those?", None)
cc = t("For a bathroom you want a kitchen-and-bathroom paint that stands up to steam, a standard matt will flake. Treat the mould first with a fungicidal wash, and put a stain-block primer over the brown marks or they'll bleed through. That's about 58: the bathroom paint, the wash and a small tin of stain block.")
d = c("58, ah. I'm a bit skint this month, to be honest, I was hoping for twenty-odd quid.", "no_money")
e = t("The stain block is the bit people skip and regret. If money's tight, a one-litre tin of the bathroom paint is enough for a small ceiling, which brings it to 44.")
f = c("Okay, let's do that.", None)
PAIRS.append(rpair(
    "b61r_f08_decoratingshop_bathroomceiling",
    "A customer in a paint shop asks for ceiling paint; the ceiling is in a bathroom with mould and old leak stains. Fault in worse: the trainee recommends a product before asking anything.",
    better=[o, good, good_r, cc, d, e, f],
    worse=[o, bad, bad_r, cc, d, e, f]))

# f09 broadband for a B&B - fault: unexplained jargon
o = c("Hello, we run a bed and breakfast, six rooms, and guests keep complaining the wifi's rubbish upstairs. Can you help?", None)
a = t("Yes, that's a common one in older houses. Is the line itself slow, or is it fine downstairs near the router and only bad upstairs?")
b = c("Fine in the kitchen where the box is. Upstairs it's hopeless, especially rooms five and six at the back. The house is Victorian, thick walls.", None)
good = t("Thick walls are usually the problem, the signal can't get through. I'd suggest three small extra wifi units placed around the house that work together as one network, so guests stay connected as they move about. About 180 for three.")
good_r = c("That would be fine, and 180 is okay if it sorts the reviews out.", None)
bad = t("Thick walls, yeah. You'd want a tri-band mesh with a wired backhaul, or at least powerline, ideally WPA3 with a separate SSID on a guest VLAN. About 180 for three nodes.")
bad_r = c("Sorry, I didn't understand any of that. Is it a box? Does somebody have to drill holes? I'm not technical at all.", None)
e = t("It's three small boxes that plug into ordinary sockets, no drilling. I can come and place them, and check rooms five and six with my phone before I leave, so you know it works where the guests are. The visit is 60.")
f = c("Another 60 on top... Let me talk to my husband, he does the accounts. Can you email me?", "think_it_over")
PAIRS.append(rpair(
    "b61r_f09_broadband_bnbwifi",
    "The owner of a six-room B&B in a Victorian house asks her broadband provider about weak wifi upstairs. Fault in worse: the trainee answers in unexplained networking jargon.",
    better=[o, a, b, good, good_r, e, f],
    worse=[o, a, b, bad, bad_r, e, f]))

# f10 travel agent - fault: talks about themselves
o = c("Hi, it's our fortieth wedding anniversary in May and the kids have chipped in for a trip. We don't really know where. Somewhere warm, not too far, I'm not good on long flights.", None)
a = t("Congratulations, forty years! How long a flight is too long for you, roughly, and what do you both enjoy on holiday, walking, food, beaches, being looked after?")
b = c("Four hours, tops. My husband likes walking and old towns. I like sitting with a book and a good lunch. Not a big resort with kids everywhere.", None)
good = t("So under four hours, walking and old towns for him, books and long lunches for you, and quiet. In May I'd think of Madeira, the Sicilian coast, or a small hotel on Crete away from the resorts.")
good_r = c("Madeira, ooh. My sister went there and loved the gardens. What would the budget look like? The kids gave us about 2,500.", None)
bad = t("Oh, I love that. My husband and I did Santorini for our twentieth, magical, we had this amazing sunset dinner, then we went on to Mykonos, which was too much of a party for us. Honestly, I've been to about forty Greek islands now, Crete's my favourite because my sister lives there.")
bad_r = c("Lovely. Erm, we were hoping to talk about what would suit us? The kids gave us about 2,500.", None)
e = t("For 2,500, a week in a small hotel with breakfast, flights and transfers is very doable within four hours' flying. I'll put together three options with flight times and send them by Wednesday.")
f = c("Wednesday's fine, but we won't decide anything till we've shown the kids, they're paying.", "think_it_over")
PAIRS.append(rpair(
    "b61r_f10_travelagent_rubyanniversary",
    "A woman asks a high-street travel agent for ideas for a 40th anniversary trip paid for by her children; short flights only. Fault in worse: the trainee talks about her own holidays.",
    better=[o, a, b, good, good_r, e, f],
    worse=[o, a, b, bad, bad_r, e, f]))
