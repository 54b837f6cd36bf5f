"""Ranked pairs d01-d10: two decent conversations, better is deeper (hand-written, blind193)."""
from common import c, rpair, t

PAIRS = []

# d01: US bike shop, Chicago: first bike for a five-year-old
o = c("Hi, I'm looking for a first bike for my son. He just turned five.", None)
PAIRS.append(rpair(
    "b193r_d01_chicago_kids_first_bike",
    "Bike shop, Chicago: a parent buys a first pedal bike for a five-year-old who already rides a balance bike.",
    better=[
        o,
        t("Fun. Has he ridden anything yet, like a balance bike or a bike with training wheels?"),
        c("He's had a balance bike for a year. He zooms around on it.", None),
        t("Then he may not need training wheels at all, kids off balance bikes often go straight to pedals. How tall is he, roughly?"),
        c("Around forty-three inches? We're on a budget too, like under two hundred.", None),
        t("A sixteen-inch should fit. This one's one seventy-nine, light, with a hand brake. Bring him in Saturday so we can check he touches the ground on tiptoe. If not, we swap for a fourteen."),
        c("Great, we'll come in Saturday.", None),
    ],
    worse=[
        o,
        t("Fun! For five-year-olds we usually go sixteen-inch. Do you want training wheels on it?"),
        c("Um, I guess? He's had a balance bike for a year.", None),
        t("Sure, we'll pop them on, kids like the confidence. It's one seventy-nine plus twenty for the training wheels."),
        c("Okay. Will it fit him?", None),
        t("Sixteen's standard for five, so it should be fine. We can swap it if not."),
        c("Alright, let's do it.", None),
    ],
))

# d02: UK golf lessons, Glasgow: learning for work outings
o = c("Hiya. I'm after some golf lessons. Never played. My work's started taking clients out on the course.", None)
PAIRS.append(rpair(
    "b193r_d02_glasgow_golf_for_work",
    "Golf range, Glasgow: a complete beginner wants lessons before a client golf day; better finds the deadline and format.",
    better=[
        o,
        t("Good reason to learn. When's the first outing, and do you know what kind of golf it'll be, a full eighteen or a team scramble?"),
        c("End of June, so three months. I think it's a scramble. I just don't want to embarrass myself.", None),
        t("A scramble's good news: the team plays the best shot, so nobody's watching every swing you make. I'd focus on getting the ball airborne, putting, and the etiquette. Six lessons, with the last two out on the course rather than the range."),
        c("How much is that? I'm paying for it myself, work won't cover it.", None),
        t("A hundred and eighty for six. If that's a lot in one go, you can pay per lesson at thirty-two."),
        c("Per lesson's better for me. Can we start next week?", None),
    ],
    worse=[
        o,
        t("Great. We've a beginner package, six lessons over six weeks: grip, stance, full swing, chipping and putting."),
        c("Sounds fine. I've only got till the end of June, mind, it's for a work thing.", None),
        t("Six weeks fits in easily. It's a hundred and eighty."),
        c("Hmm, I'm paying it myself. That's a fair bit in one go.", "no_money"),
        t("It's good value, thirty pounds a lesson. Most people see a big improvement."),
        c("Okay. I'll have a think and ring you back.", "think_it_over"),
    ],
))

# d03: NZ fishing charter, Bay of Islands: seasick wife
o = c("Hi, I'd like to book a fishing trip for me and my wife. Something with a good chance of snapper.", None)
PAIRS.append(rpair(
    "b193r_d03_bayofislands_snapper_charter",
    "Fishing charter, Bay of Islands: a couple books a snapper trip; the wife gets seasick.",
    better=[
        o,
        t("Lovely. Have you both spent much time on boats? Some of our trips go a fair way offshore."),
        c("I have. She gets seasick, to be honest. On a whale-watch last year she was green the whole way.", "bad_experience"),
        t("Thanks for telling me. Then I'd skip the full day offshore. Our half-day inside the bay stays in sheltered water behind the islands, and snapper are good there this time of year. Mornings are calmest."),
        c("That sounds much better for her. Is it cheaper too?", None),
        t("One-ninety each, against three-twenty for the full day. If the wind's up we'll ring you the night before and move it, no charge."),
        c("Great, book us for Thursday morning.", None),
    ],
    worse=[
        o,
        t("Lovely. Our full-day trip goes out to the Cavalli Islands, best snapper around. Three-twenty each."),
        c("Sounds great. My wife gets seasick, though. She was green the whole way on a whale-watch last year.", "bad_experience"),
        t("Most people are fine. Take ginger or a tablet beforehand and keep your eyes on the horizon."),
        c("Alright. Is it usually rough out there?", None),
        t("It can be, but we don't go out if it's dangerous. Thursday's got spaces."),
        c("Okay, book us in. I'll get her some tablets.", None),
    ],
))

# d04: US running store, San Francisco: waterproof trail shoes
o = c("Hey, I want waterproof trail shoes. Gore-Tex ones, if you have them.", None)
PAIRS.append(rpair(
    "b193r_d04_sanfrancisco_trail_shoes_creeks",
    "Running store, San Francisco: a trail runner asks for waterproof shoes; better finds out the wet is creek crossings.",
    better=[
        o,
        t("We do. What kind of wet are you dealing with? Rain and mud, or creek crossings?"),
        c("Creeks, mostly. I run in Marin, there's a couple of crossings that come up to my shins in winter.", None),
        t("Then honestly, Gore-Tex won't help much there. Water that comes over the top gets in and can't get out, so you run the rest soggy. A shoe that drains fast, with a thin wool sock, usually works better for creeks."),
        c("Huh. My buddy swears by his Gore-Tex ones, though.", None),
        t("For rain and wet grass they're great. If most of your wet is creeks, try these draining ones, and if you hate them after a few runs, bring them back within thirty days."),
        c("Okay, that's fair. I'll try them.", None),
    ],
    worse=[
        o,
        t("We do. These two are our best waterproof trail shoes, one sixty and one seventy-five."),
        c("What's the difference?", None),
        t("The one seventy-five has a grippier outsole and a rock plate. Both are Gore-Tex lined."),
        c("I run in Marin, there's a lot of creek crossings. Will they keep me dry?", None),
        t("They're fully waterproof, so they'll be great in wet conditions."),
        c("Cool, I'll take the one seventy-five.", None),
    ],
))

# d05: UK indoor snow centre, Hemel Hempstead: first ski trip
o = c("Hi, I'm going skiing in Austria in February, first time ever. Can I learn here first?", None)
PAIRS.append(rpair(
    "b193r_d05_hemel_indoor_ski_prep",
    "Indoor snow centre, Hertfordshire: an adult prepares for a first ski holiday; better sizes the course to the trip and asks about fitness.",
    better=[
        o,
        t("Definitely. How many weeks until you go, and have you booked lessons out there as well?"),
        c("About ten weeks. We've booked ski school for the mornings out there.", None),
        t("Then you don't need loads here. The aim is to arrive able to stop, turn and use the lift, so they put you in a higher group. Three beginner sessions gets most people there. Any injuries, knees or anything?"),
        c("Dodgy left knee from football, actually.", None),
        t("Worth knowing. I'll flag it to the instructor, and some squats and wall sits at home will help a lot. Three sessions is one twenty-nine."),
        c("Sounds good, but Saturdays are out, I coach my lad's football.", "no_time"),
        t("Then Tuesday or Thursday evenings at seven. I'll book Tuesdays, and you can swap if a Saturday ever frees up."),
    ],
    worse=[
        o,
        t("Definitely. Our Learn to Ski course is four sessions and takes you from zero to parallel turns. One fifty-nine."),
        c("Four sessions. I'm going in about ten weeks, so that fits.", None),
        t("Perfect. Sessions are Saturdays or Wednesday evenings."),
        c("Saturdays. Anything else I should know?", None),
        t("Wear waterproof trousers and gloves. Boots and skis are included."),
        c("Great, book me in.", None),
    ],
))

# d06: UK climbing centre, Manchester: corporate team day (B2B)
o = c("Hello, I'm organising a team day for our finance department, about twenty people. Someone suggested climbing.", None)
PAIRS.append(rpair(
    "b193r_d06_manchester_team_day_climbing",
    "Climbing centre, Manchester: an office manager books a team day for a mixed group; better designs around the people.",
    better=[
        o,
        t("Sounds fun. What's the team like? Any mix of ages and fitness, anyone nervous of heights?"),
        c("Big mix. A couple in their sixties, one lad who runs marathons, and at least two who hate heights.", None),
        t("Then I wouldn't make it all about the high walls. We do a bouldering and problem-solving session: low walls, team challenges, nobody more than two metres up. Anyone who wants the big walls can do a rope taster at the end."),
        c("That's clever. Budget's about forty a head, is that realistic?", None),
        t("Yes, that one's thirty-five a head for two and a half hours. I'll send a one-page outline you can forward to your director, plus a health form for people to fill in beforehand."),
        c("Brilliant. Send it over and I'll get it signed off.", "think_it_over"),
    ],
    worse=[
        o,
        t("Sounds fun. Our corporate package is a two-hour roped climbing session with instructors, forty-two a head."),
        c("Okay. Some of them aren't very keen on heights, mind.", None),
        t("That's very common. The instructors are great with nervous climbers and nobody has to go higher than they want."),
        c("Right. It's a bit over our forty a head, though.", "too_expensive"),
        t("For groups over fifteen we can do thirty-eight."),
        c("Okay, send me something and I'll take it to my director.", "think_it_over"),
    ],
))

# d07: US RV rental, Salt Lake City: first-time motorhome
o = c("Hi, we'd like to rent the thirty-two-foot motorhome for ten days. Zion, Bryce, Arches.", None)
PAIRS.append(rpair(
    "b193r_d07_saltlake_rv_size",
    "RV rental, Salt Lake City: a couple asks for a large motorhome for the national parks; better checks experience and campsites.",
    better=[
        o,
        t("Great trip. Have either of you driven something that size before?"),
        c("No, but my husband drives a pickup. How hard can it be?", None),
        t("Highways are okay. It's the campsites and parking that catch people: plenty of park sites take twenty-five feet max, and the Zion tunnel needs an escort for big rigs. Have you booked campsites yet?"),
        c("Not yet. We thought we'd wing it.", None),
        t("Then I'd suggest the twenty-four-foot. It fits nearly every park site and it's eighty a day less. For two of you there's still a proper bed and a shower."),
        c("Oh, I didn't know about the tunnel. Let's do the twenty-four.", None),
    ],
    worse=[
        o,
        t("Great trip. The thirty-two is really popular: sleeps six, full kitchen, slide-out."),
        c("There's just the two of us, but we like the space.", None),
        t("Totally. It's two ninety a day plus mileage. I'd book campsites ahead, the parks fill up."),
        c("Okay, we'll look into that. Is it hard to drive?", None),
        t("You'll get a full walkthrough at pickup. Take it slow on the corners and you'll be fine."),
        c("Great. Let's book it.", None),
    ],
))

# d08: NZ kayak hire, Abel Tasman: tourists from Pune
o = c("Hello, we want to rent two kayaks for three days and do the Abel Tasman on our own. We are from Pune.", None)
PAIRS.append(rpair(
    "b193r_d08_abeltasman_freedom_kayak",
    "Kayak hire, Marahau: two tourists with lake experience want a three-day freedom hire; better is honest about sea conditions.",
    better=[
        o,
        t("Great choice. Have you kayaked before, on the sea especially?"),
        c("Some kayaking on a lake, in Maharashtra. Not the sea.", None),
        t("Okay. The coast is sheltered most days, but the afternoon wind can get strong across the open bits. My honest advice: do the first day with a guide, then carry on by yourselves for two days. Lots of people do it that way."),
        c("Guide is more expensive, no? We have budgeted very carefully for this trip.", "no_money"),
        t("The guided day adds ninety-five each. If that's too much, the three-hour briefing and practice here is included anyway, and I'd plan to paddle mornings only."),
        c("Okay, we take the guided first day. Better to be safe.", None),
    ],
    worse=[
        o,
        t("Great choice. Three days' freedom hire for two singles is four-twenty, with dry bags and a map."),
        c("Very good. We have kayaked on a lake, not the sea.", None),
        t("That's fine, you'll get a safety briefing before you go, and there's a VHF radio in the kit."),
        c("Okay. And the weather?", None),
        t("We check the forecast each morning and we'll let you know if it's not suitable."),
        c("Okay, we book.", None),
    ],
))

# d09: UK tackle shop, Speyside: one-day salmon permit for a visitor
o = c("Hi there! I'm over from Ohio and I've always wanted to catch a salmon on the Spey. Can I buy a permit for tomorrow?", None)
PAIRS.append(rpair(
    "b193r_d09_speyside_salmon_permit",
    "Tackle shop, Speyside: an American visitor with one day wants a salmon permit; better is honest about low water and suggests a ghillie.",
    better=[
        o,
        t("You can. How much fly fishing have you done, and have you fished for salmon before?"),
        c("Plenty of trout back home. Never salmon. And I've only got the one day, we're driving to Skye after.", None),
        t("I'll be straight with you: the river's very low and catches have been poor all week. With one day and no salmon experience, I'd book a ghillie for the morning. He'll know which pools are holding fish and teach you the Spey cast."),
        c("How much more is that? This trip's already cost me a small fortune.", "no_money"),
        t("Permit's forty-five, the ghillie's a hundred and twenty for the half day. Even then I can't promise a fish, but you'll have a proper go."),
        c("Worth it. It's a once-in-a-lifetime thing. Book him.", None),
    ],
    worse=[
        o,
        t("You can. A day permit for the association water is forty-five pounds."),
        c("Great. Any tips? I've done a lot of trout fishing, never salmon.", None),
        t("Use a bigger fly, a size eight Cascade is working, and fish the tail of the pools. The river's a bit low, mind."),
        c("Alright. How's the fishing been?", None),
        t("Quiet this week, but it only takes one fish."),
        c("Ha, true. I'll take the permit and a couple of those flies.", None),
    ],
))

# d10: US golf club, Charlotte: member asks to cancel
o = c("Hi, I'd like to cancel my membership, please. Effective the end of this month.", None)
PAIRS.append(rpair(
    "b193r_d10_charlotte_golf_cancellation",
    "Golf club, Charlotte, North Carolina: a member on night shifts cancels; better learns why and respects the decision.",
    better=[
        o,
        t("I can help with that. Do you mind me asking what's changed? No pressure either way."),
        c("I went onto night shifts at the hospital in the spring. I'm out maybe twice a month and paying for full access.", None),
        t("That makes sense, full membership at twice a month is expensive golf. We have a weekday-only tier at about half the price, and you could play mornings after a shift. Would that fit, or would you rather stop for now?"),
        c("Half the price... I'd have to look at my schedule. Some mornings I'm wiped out.", "think_it_over"),
        t("Fair. I'll process the cancellation for the end of the month as you asked, and email you the weekday tier. If you switch before then, there's no rejoining fee."),
        c("That's really decent of you, thanks.", None),
    ],
    worse=[
        o,
        t("Sorry to hear that. Can I ask why?"),
        c("Night shifts. I'm barely getting out, maybe twice a month.", None),
        t("I understand. If you stay, I can offer fifteen percent off for the next six months."),
        c("That's still a lot for twice a month. I'd rather just cancel.", "too_expensive"),
        t("No problem. I'll process it for the end of the month and send a confirmation email."),
        c("Great, thanks.", None),
    ],
))
