"""Ranked pairs d01-d10 (written by hand): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 -- chandlery, Halifax: lifejackets for a new boat family
_open = c("Hi. We just bought a thirty-foot sailboat, our first real boat, and we need lifejackets for the family. Where do I start?", None)
PAIRS.append(rpair(
    "b235r_d01_halifax_lifejackets",
    "Chandlery, Halifax, Nova Scotia. A father of two (six and eleven) needs lifejackets for harbour daysailing on a newly bought yacht.",
    better=[
        _open,
        t("Congratulations! Who's in the family, and how old are the kids?"),
        c("Me, my wife, and two kids, six and eleven. Mostly daysailing in the harbour, maybe an overnight to one of the coves.", None),
        t("Good. For the adults, inflatables are comfortable enough that people actually keep them on, which is the whole point. For the kids I'd go with foam vests; inflatables aren't approved for young children here, and foam floats them even if they can't pull a tab. Do you know their weights roughly? Kids' vests are sized by weight, not age."),
        c("Six-year-old's about forty-five pounds, the eleven-year-old maybe eighty. The inflatables are what, two hundred each? That adds up fast.", "too_expensive"),
        t("The auto-inflating ones are two-twenty; the manual ones are one-forty but you have to pull the cord. If you're in the harbour in summer with both of you aboard, manual is a reasonable saving. If either of you sails alone or in cold water, I'd pay for auto. The kids' vests are fifty-five and seventy. Can you bring the kids in to try them? A vest that rides up over the chin is worse than useless."),
        c("Saturday, sure. Manual for us then, and we'll fit the kids Saturday.", None),
    ],
    worse=[
        _open,
        t("Congratulations! How many people do you need them for?"),
        c("Four. Me, my wife, two kids, six and eleven.", None),
        t("Okay. These auto-inflating ones are the most popular, two-twenty each. For the kids we have youth vests in small and medium."),
        c("Two-twenty each, for four of us? The boat's already cleaned us out. What about the kids, which size?", "no_money"),
        t("The small fits most kids up to about seven, the medium up to twelve or so. And the manual inflatables are one-forty if you want to save a bit."),
        c("Okay. Two manual ones for us, and a small and a medium for the kids, then.", None),
        t("Great, I'll ring those up."),
    ],
))

# d02 -- bike shop, Nelson NZ: commuter e-bike with a hill
_open = c("Morning. I'm thinking about an e-bike to get to work. My knees aren't what they were and there's a bloody big hill on the way home.", None)
PAIRS.append(rpair(
    "b235r_d02_nelson_ebike",
    "Bike shop, Nelson, New Zealand. A man with sore knees wants an e-bike for an eight-kilometre commute with a steep climb home.",
    better=[
        _open,
        t("Morning! How far is the ride, and how big is the hill, roughly?"),
        c("About eight k each way. The hill's the one up from the port, maybe a k and a half, steep bit at the top.", None),
        t("Okay, so a short ride but a proper climb. Where would the bike live at each end? Some of these weigh twenty-five kilos, and if it has to go up steps at home or sit outside all day at work, that changes what I'd suggest."),
        c("Garage at home. At work it'd be locked up outside, there's a rack in the car park. I've heard they get nicked.", None),
        t("They do, so a removable battery's worth having, and a good lock. For that hill I'd go for a mid-drive motor rather than a hub motor; it climbs much better. Those start at about thirty-two hundred. Before you spend that, take one home for the weekend and ride your actual route, hill and all. The demo's free with a card deposit."),
        c("Thirty-two hundred's a fair whack. But trying it on the hill makes sense. Saturday?", "too_expensive"),
        t("Saturday's fine. I'll have one charged and set to your height. Come in at nine and we'll go through the lock and the battery before you head off."),
    ],
    worse=[
        _open,
        t("Morning! What sort of budget are you thinking?"),
        c("Dunno, two, three grand? I haven't really looked.", None),
        t("Okay. For about twenty-eight hundred this one's a good commuter: hub motor, fifty k range, mudguards and a rack. It'll flatten most hills."),
        c("Sounds alright. Will it handle the hill up from the port? It's steep at the top.", None),
        t("Should do, yeah, just put it in the highest assist. You can take it round the block if you like."),
        c("Yeah, I'll have a quick go. Then I'll have a think about it.", "think_it_over"),
        t("No worries, helmets are by the door."),
    ],
))

# d03 -- outboard dealer, Campbell River BC: repower
_open = c("My old forty two-stroke finally seized. Sixteen-foot aluminum boat. I need something new on the back before salmon season.", None)
PAIRS.append(rpair(
    "b235r_d03_campbellriver_repower",
    "Outboard dealer, Campbell River, British Columbia. A salmon fisherman needs a new outboard for a sixteen-foot side-console boat within five weeks.",
    better=[
        _open,
        t("Sorry to hear it. Is it a tiller or a side console, and do you know the max horsepower on the transom plate?"),
        c("Side console. Plate says fifty max. I fish the islands mostly, trolling for coho, sometimes me and two buddies.", None),
        t("So a lot of slow trolling with three guys aboard. A forty four-stroke would feel about the same as your old two-stroke out of the hole, a fifty a bit livelier with the load. For trolling, the bigger gain is that the four-strokes idle much slower and smoother. Are your controls and gauges going to work, or were they matched to the old motor?"),
        c("Same old cables from the nineties. Do I need new ones? Season starts in five weeks.", None),
        t("Almost certainly; the new motors use different controls. Budget about nine hundred for rigging on top. The fifty is eighty-nine hundred, the forty seventy-nine hundred. The forty I have in stock; the fifty is three weeks out, which makes your timing tight. I'd rather tell you that now than the week before the opener."),
        c("Hmm, nine grand plus rigging. Let me talk it over with my wife tonight and I'll call you tomorrow.", "think_it_over"),
        t("Sounds good. I'll write up both quotes with the rigging included so you're comparing the real totals, and email them within the hour."),
    ],
    worse=[
        _open,
        t("Sorry to hear it. What's the max horsepower on the transom?"),
        c("Fifty. Side console.", None),
        t("Then I'd put the fifty on and max it out, you won't regret the extra power. It's eighty-nine hundred, and we'll rig it for you."),
        c("What's the rigging cost? And how soon can you get it?", None),
        t("Rigging's extra, depends what we find. We'll get it ordered and let you know on timing."),
        c("I've got five weeks till the season opens. If you can't tell me when, I can't really wait around on it.", "no_time"),
        t("Understood. Here's my card, give me a call and we'll see what we can do."),
    ],
))

# d04 -- outdoor store, Seattle: first backpack
_open = c("Hey, I'm doing my first overnight backpacking trip next month, on the Olympic coast, and I need a pack. My friend says sixty-five liters.", None)
PAIRS.append(rpair(
    "b235r_d04_seattle_backpack",
    "Outdoor gear store, Seattle, Washington. A first-time backpacker wants a pack for a two-night coastal trip; a friend carries the tent and stove.",
    better=[
        _open,
        t("Nice, the coast is gorgeous. How many nights, and what gear do you have already, tent, sleeping bag, stove?"),
        c("Two nights. I've got a sleeping bag, a big synthetic one, kind of bulky. My friend's bringing the tent and stove.", None),
        t("Then you might need less than sixty-five; your friend carrying the tent and stove saves a lot of space, and the bulky bag is the main thing. Before we pick a size, can I measure your torso length? Fit matters more than liters. A pack that's wrong for your back is miserable whatever the size."),
        c("Sure. I didn't know that was a thing.", None),
        t("You're about seventeen inches, so a medium. Let's load a fifty-liter and a sixty-five with a bag like yours and about twenty-five pounds of sandbags, and you walk the stairs in each. Whichever one you forget you're wearing is the one."),
        c("The fifty feels way better. Is it enough though? I don't wanna buy twice.", None),
        t("With your bag in a compression sack, yes, and that sack is twelve dollars against sixty more for the bigger pack. Bring your actual sleeping bag in before the trip if you like and we'll pack it together."),
    ],
    worse=[
        _open,
        t("Nice! Sixty-five is a good all-rounder. This is our best-seller, very comfortable, two-ninety."),
        c("Okay. How do I know if it fits?", None),
        t("It comes in small, medium and large, and you look like a medium. Let's put some weight in and you can walk around."),
        c("It feels okay, I think? Kind of heavy. Two-ninety's a bit more than I wanted to spend on a first trip.", "too_expensive"),
        t("There's the fifty-five-liter version at two-forty if you'd rather. Sixty-five gives you room to grow, though."),
        c("I'll take the sixty-five, I guess. Don't want to buy twice.", None),
    ],
))

# d05 -- marina office, Picton NZ: berth enquiry
_open = c("Good afternoon. I'm retiring to the Sounds next year and I'd like to bring my launch across from Wellington. Do you have berths available?", None)
PAIRS.append(rpair(
    "b235r_d05_picton_marinaberth",
    "Marina office, Picton, New Zealand. A man about to retire phones about a permanent berth for his ten-metre launch.",
    better=[
        _open,
        t("Good afternoon, and congratulations on the retirement. What's the boat, and what's her overall length including anything that hangs off the ends, like a swim platform or an anchor on the bow?"),
        c("Ten-metre launch. With the swim platform she's closer to eleven, actually. Never thought about that.", None),
        t("Most people don't, but berths are allocated on overall length, so it's worth knowing. How will you use her, out most weeks or mostly tied up? And will you need shore power?"),
        c("Out a couple of days a week, I should think. Power, yes, she's got a fridge and a heater. My wife's keen to stay aboard now and then.", None),
        t("Then you'd want a twelve-metre berth on the inner arm, closer to the facilities and sheltered in a southerly. I'll be honest, there's a waiting list of about eight months for those. I can put you on it now for a fifty-dollar refundable fee, and in the meantime there are casual berths on the outer arm by the week."),
        c("Eight months. Well, I'm not moving till next autumn anyway. Hmm. I'd like to see the place before I put my name down.", "think_it_over"),
        t("Very sensible. If you're over this way at any point, ring me the day before and I'll walk you round the inner arm myself."),
    ],
    worse=[
        _open,
        t("Good afternoon. What length is the boat?"),
        c("Ten metres.", None),
        t("We have ten-metre berths at eight thousand two hundred a year, including power. There's a wait on most of them, but casual berths are available by the week."),
        c("How long's the wait?", None),
        t("It varies, could be a few months. I'll email you the application form and the price sheet."),
        c("Righto, send it through. I'll have a look when I'm closer to moving.", "brush_off"),
        t("Will do. Thanks for calling."),
    ],
))

# d06 -- ski school web chat, Collingwood Ontario: lessons for a nervous child
_open = c("hi, i want to book lessons for my daughter for march break. shes 8. how much", None)
PAIRS.append(rpair(
    "b235r_d06_collingwood_skilessons",
    "Ski school booking chat, ski hill near Collingwood, Ontario. A parent types to book March-break lessons for an eight-year-old who was frightened on her first day last year.",
    better=[
        _open,
        t("Hi! Happy to help. Has she skied before, and how does she feel about it, excited or a bit nervous?"),
        c("shes been once, last year. she cried most of the day tbh. fell off the lift and got scared. but her cousins all ski so she wants to try again", None),
        t("Thanks, that really helps. Falling at the lift is a very common reason kids get spooked. Our group lessons are five mornings, 9 to 12, $389, groups of up to six by level. For a child who had a scary first day, I'd suggest one private hour on the Monday ($95) to get her happy on the lift again, then the group from Tuesday, so $95 plus four group days at $320. Would that work for you?"),
        c("hmm thats more than i have put aside, march break is already costing us a fortune. her cousins are in the group all week, could she just go with them", "no_money"),
        t("She could, if they're at her level. How well do the cousins ski? If they're on the bigger runs she'd be in a different group anyway. If you'd rather skip the private hour, I'll put a note in for her instructor about the lift so they ride up with her the first few times, no extra charge."),
        c("cousins are way better than her. ok do the group all week and add the note. thats perfect", None),
        t("Done. You'll get a confirmation email with the meeting spot. Pack a snack in her pocket, it helps more than you'd think."),
    ],
    worse=[
        _open,
        t("Hi! For 8-year-olds we have the Snow Stars group lessons, five mornings 9 to 12 over March break, $389. Would you like me to book her in?"),
        c("she had a bad first time last year, fell off the lift and cried all day. is the group ok for that", "bad_experience"),
        t("Yes, our instructors are great with nervous kids. Groups are sorted by level, so she'll be with other beginners."),
        c("ok. her cousins are in the group too, can she be with them", None),
        t("We group by level, so it depends on theirs. I'll book her in and she'll be assessed on the first morning."),
        c("ok fine. book it", None),
    ],
))

# d07 -- paddle shop, Corpus Christi Texas: pedal fishing kayak with a bad back
_open = c("Howdy. I been lookin' at those pedal kayaks for fishin' the bay. My buddy has one and swears by it.", None)
PAIRS.append(rpair(
    "b235r_d07_corpuschristi_pedalkayak",
    "Kayak fishing shop, Corpus Christi, Texas. A retiree who had back surgery is interested in a pedal-drive fishing kayak that he'd carry in a pickup.",
    better=[
        _open,
        t("Howdy. They're great in the bay. How would you get it to the water, truck, trailer, or on top of a car?"),
        c("Back of my pickup. Now, I had back surgery two years ago, so I ain't lifting much.", None),
        t("That's important. The pedal boats are ninety, a hundred pounds rigged, and that's a lot to wrestle into a truck bed with a bad back. Where do you launch, a ramp or off the beach?"),
        c("Mostly a ramp by the causeway, sometimes off the sand at the park.", None),
        t("Then I'd look at a lighter pedal model, about seventy pounds, with a cart, and a bed extender so you roll it in instead of lifting. The boat's twenty-six hundred, cart and extender about two-fifty. Best thing is to try it: we run demo days at the park every other Saturday, and you can practise loading it into your own truck with us there."),
        c("Twenty-six hundred. My buddy paid a good bit less than that for his. I'll come to the demo and see.", "too_expensive"),
        t("Sounds good, the next one's the nineteenth at eight. I'll put your name down and make sure we bring the lighter model."),
    ],
    worse=[
        _open,
        t("Howdy! Great choice. This one here's our most popular: pedal drive, reverse, rod holders, stands up nice for sight fishing. Twenty-nine hundred."),
        c("How heavy is it? I had back surgery a couple years back.", None),
        t("About ninety-five pounds rigged. Most folks use a cart to get it to the water; we sell those too, one-twenty."),
        c("Ninety-five pounds. Hmm. Getting it into the truck'd be the problem.", None),
        t("Yeah, a lot of guys get a buddy to help them load. It's a great boat once it's on the water."),
        c("I'll have to think on it.", "think_it_over"),
    ],
))

# d08 -- team sports supplier, Columbus Ohio: youth baseball league order (B2B)
_open = c("Hi, I'm the equipment coordinator for our youth baseball league, about twelve teams. We need to replace a bunch of helmets and catcher's gear before opening day.", None)
PAIRS.append(rpair(
    "b235r_d08_columbus_leaguegear",
    "Team sports supplier, Columbus, Ohio. A volunteer league coordinator with a fixed board budget needs helmets and catcher's gear before opening day.",
    better=[
        _open,
        t("Thanks for reaching out. What ages are the teams, and do you know roughly how many helmets and catcher's sets are still usable?"),
        c("Ages seven to twelve. We did an inventory, maybe forty helmets are okay, twenty are cracked or expired. Catcher's gear is worse, half of it's older than the kids.", None),
        t("Got it, twenty helmets. For catcher's gear, is it one set per team, or do some teams need two?"),
        c("The older teams want two catchers each, so maybe sixteen sets. But our budget's set by the board and it's not much, like four grand for everything.", None),
        t("Okay. Certified youth helmets are about thirty each, so six hundred for twenty. Catcher's sets run a hundred fifty to two-fifty; sixteen at the lower end is twenty-four hundred. That's three thousand, under your four, with room for spare masks. When's opening day? Some sizes are backordered."),
        c("April twelfth. Can you get it all here by then?", None),
        t("Helmets, yes. Catcher's sets in the younger sizes are three weeks out, so if the board approves by Friday we'll make it. I'll send a quote broken down by team so they can see exactly where the money goes."),
    ],
    worse=[
        _open,
        t("Great. We have a league package: twenty helmets and twelve catcher's sets, thirty-eight hundred, all certified gear."),
        c("Twelve catcher's sets might not be enough, some of the older teams have two catchers.", None),
        t("We can add sets at two-twenty each."),
        c("That'd put us over four grand, and that's all the board gave me.", "no_money"),
        t("I can email you the quote and you can take it to the board."),
        c("Sure, send it over and I'll see what they say.", "think_it_over"),
    ],
))

# d09 -- outdoor store, Dunedin NZ: emergency beacon for a solo hunter
_open = c("Hi, my wife's nagging me to get one of those emergency beacons before I go hunting in the Catlins again. Which one do I need?", None)
PAIRS.append(rpair(
    "b235r_d09_dunedin_beacon",
    "Outdoor and hunting store, Dunedin, New Zealand. A solo deer hunter's wife wants him to carry an emergency beacon; what she really wants is to know he is safe.",
    better=[
        _open,
        t("She's not wrong. How do you usually go out, on your own or with mates, and for how long?"),
        c("On my own mostly, overnight or two nights. No phone coverage out there at all.", None),
        t("Okay. There are two kinds. A PLB just sends an SOS to rescue with your location, no subscription, about four hundred. A satellite messenger does SOS too, but you can also text your wife from the bush, 'all good, out tomorrow', and it needs a plan of about twenty-five a month. Is the main thing rescue if something goes wrong, or her knowing you're okay?"),
        c("Honestly? Her knowing I'm okay. She frets when I'm not back by dark. But we're on one income now, another monthly bill's going to be a hard sell.", "no_money"),
        t("Fair enough. Most messenger plans can be paused in the months you're not out, so you'd only pay during the roar and your winter trips. And if you'd rather have no plan at all, a PLB plus an agreed 'if I'm not out by noon on day three' arrangement with your wife works too. Which sounds better to you?"),
        c("The pausing thing might do it. Let me show her both, she'll have opinions.", "think_it_over"),
        t("Good idea. I'll write down both models and the plan prices for you to show her. And the PLB registration is free, whichever way you go."),
    ],
    worse=[
        _open,
        t("She's right. This PLB is the one most hunters carry: four hundred and ten, five-year battery, no subscription. You register it online and if you set it off, rescue gets your location."),
        c("Right. Does it let her know I'm okay, though? That's what she's really on about.", None),
        t("No, that one's SOS only. For messaging you'd want a satellite messenger, and those need a monthly plan."),
        c("How much is the plan?", None),
        t("About twenty-five a month. The PLB's the simpler option for hunting, most of the guys go with that."),
        c("Hmm. Alright, I'll take the PLB, I suppose.", None),
    ],
))

# d10 -- climbing shop, Boulder Colorado: first climbing shoes
_open = c("Hey, I've been going to the climbing gym a couple times a week and I'm tired of the rental shoes. What should I get?", None)
PAIRS.append(rpair(
    "b235r_d10_boulder_climbingshoes",
    "Climbing shop, Boulder, Colorado. A beginner two months into gym climbing wants first shoes; a friend told them to size down two sizes.",
    better=[
        _open,
        t("Nice, sounds like you're hooked. How long have you been climbing, and what do you mostly do, bouldering or roped?"),
        c("About two months. Mostly bouldering, some top rope. I'm on V2, V3 problems.", None),
        t("So still early days, and you'll be in them a lot. What bugs you about the rentals?"),
        c("They're either sloppy or they kill my feet. My friend says you're supposed to size down two sizes and it should hurt.", None),
        t("That's a common one, but at V2, V3 a comfortable flat shoe will help you more than a painful one; you learn footwork better when you're not counting the seconds till you can take them off. Try this flat one in your street size and a half size down, and stand on the edge of the test wall in each."),
        c("The half size down feels snug but I can stand on it. The other one's a bit loose at the heel. How much?", None),
        t("One-twenty. They'll give a little, so snug now is right. If your toes go numb after the first couple of sessions, bring them back within two weeks and we'll swap the size."),
    ],
    worse=[
        _open,
        t("Nice! This one's really popular right now, downturned, great on overhangs. Most people size down about two sizes."),
        c("My friend said that too. Is it gonna hurt?", None),
        t("A bit at first, they break in. Try them two sizes down and see."),
        c("Ow. Yeah, they're really tight. How much are they?", None),
        t("One seventy-five. They'll stretch about half a size."),
        c("That's more than I was hoping. I'll do a few more sessions in rentals and decide.", "think_it_over"),
    ],
))
