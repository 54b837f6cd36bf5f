"""Gaming pairs b (b227): agriculture and rural supply, written by hand."""
from common import c, gpair, t

PAIRS = []

# 1. ignored_customer: ATV and side-by-side dealer, Merredin, WA wheatbelt
_open = c("Afternoon. Looking at getting rid of the quad and getting one of those side-by-sides. Wife's been on at me since a mate of mine rolled his quad last year.", None)
PAIRS.append(gpair(
    "b227g_merredin_sidebyside", "ATV and side-by-side dealer, Merredin, Western Australia", "ignored_customer",
    "A wheatbelt farmer wants something safer than his quad after a friend's rollover; he uses it for troughs, fences and spot spraying and minds the price.",
    good=[
        _open,
        t("That'd rattle anyone. Is your mate alright?"),
        c("Broke his collarbone, he's right now. Could've been a lot worse.", None),
        t("Glad he's okay. What do you mostly use the quad for - checking water, stock work, spraying?"),
        c("Troughs and fences mainly, bit of spot spraying. Couple of rough creek crossings. The quad cost me about nine grand new, for what it's worth.", None),
        t("Helps to know. For that work, a mid-size two-seater with a roll cage, seatbelts and a tray does the job - the Kubota RTV or a Ranger 570. New, they're eighteen to twenty-two thousand, so about double the quad, I won't pretend otherwise."),
        c("Double. Hmm. That's a fair whack for something to drive round the paddock.", "too_expensive"),
        t("It is. Most of the extra is the cage, the belts and the weight that keeps it on its feet. A secondhand one with the cage intact comes in around twelve - I've got a 2019 Ranger in the yard. Want to take it down the back track now, and bring your wife in Saturday to have a look?"),
        c("Yeah, I'll have a drive now. She'll want to see it too.", None),
    ],
    gaming=[
        _open,
        t("Great, so tell me, what's most important to you in a vehicle?"),
        c("Safety, mostly. My mate broke his collarbone rolling his quad. Wife won't have me on one anymore.", None),
        t("Awesome. And what's your budget looking like?"),
        c("Quad was about nine grand. I'd rather not go much past fifteen, honestly, it's been a tight year.", "no_money"),
        t("Perfect. So this is the Ranger XP 1000 - over a hundred k's an hour, huge engine, it'll fly across the paddock. Thirty-four grand on the road."),
        c("I don't need it to fly. I said safety. And that's more than double what I just told you.", "too_expensive"),
        t("Love it. And how would you describe your usual terrain?"),
        c("Creek crossings, bit of rocky ground. Are you even listening?", None),
        t("Totally. So the XP's got the sport suspension, perfect for those creeks. Shall we talk finance?"),
        c("No. I'll bring the wife in another day and talk to someone else.", None),
    ],
))

# 2. repeated_questions: farm and ranch store, phone, Muncie, Indiana
_open = c("Hi, I've got a question. Our water tank for the cattle keeps freezing over every night and I'm out there with an axe at six a.m. Do you sell something for that?", None)
PAIRS.append(gpair(
    "b227g_muncie_tankdeicer", "farm and ranch supply store, phone call, Muncie, Indiana", "repeated_questions",
    "A small beef producer's stock tank freezes nightly; she wants a simple fix and can only get to town on Saturday.",
    good=[
        _open,
        t("We do, a few different things. How many head drink from it, and is there power nearby?"),
        c("Twelve beef cows. There's an outlet in the barn, maybe forty feet away.", None),
        t("Forty feet is fine with a proper outdoor cord. Simplest fix is a floating tank de-icer, about forty-five dollars, goes in the tank you already have. The other route is a heated automatic waterer, but that's a few hundred plus plumbing. Is the tank plastic or metal?"),
        c("Galvanized. And honestly I don't want to be trenching water lines in December, so not the waterer.", "no_need"),
        t("Makes sense, the de-icer then. Floating ones are fine in galvanized. Get one with a guard, and run the cord through a piece of PVC pipe where it hangs over the edge so the cows can't chew it."),
        c("Okay. Do you have it in stock? I can't get into town till Saturday.", None),
        t("We've got four on the shelf. I'll put one behind the counter for you for Saturday. What name should I put on it?"),
        c("Janet Kowalski. Thank you!", None),
    ],
    gaming=[
        _open,
        t("Great question! To really understand your needs - tell me about your herd."),
        c("Twelve beef cows. It's just the tank, it freezes every night.", None),
        t("Got it. And how many animals would you say are using that water source?"),
        c("Twelve. Like I said.", None),
        t("Perfect. So I can tailor this to you, roughly what size is your herd at the moment?"),
        c("Still twelve. Look, do you have a de-icer or not?", None),
        t("We absolutely do, and I want to find the right fit. Can you walk me through how many head you're watering?"),
        c("I'm going to stop you there. I've got chores waiting and I can't do this all morning.", "no_time"),
    ],
))

# 3. wrong_paraphrase: farm supplies store, Hastings, Hawke's Bay NZ
_open = c("Hi, um, I have a small lifestyle block, about four hectares, and my electric fence doesn't seem to be shocking any more. The lambs just walk straight through.", None)
PAIRS.append(gpair(
    "b227g_hastings_energiser", "farm supplies store, Hastings, Hawke's Bay", "wrong_paraphrase",
    "A lifestyle-block owner's electric fence has stopped holding lambs; the three-year-old energiser still flashes, and the earth stake is in dry ground.",
    good=[
        _open,
        t("That's frustrating. Is the energiser still going - is the light flashing?"),
        c("Yes, it's flashing. It's mains power, in the garage. It's only three years old.", None),
        t("Then the unit's probably fine and the power's leaking somewhere. Usual suspects are grass on the bottom wire, a broken insulator, or the earth stakes drying out. Have you got a fence tester?"),
        c("No, my neighbour used to check it for me, but he's moved away.", None),
        t("A digital tester is about sixty-five dollars and shows where the voltage drops as you walk the line. And the earth - how many stakes have you got, and is the ground dry there?"),
        c("Just one, by the garage wall. It's very dry there. Sixty-five seems a lot for a little block though.", "too_expensive"),
        t("Fair enough. There's a basic neon one for twenty-two that just says yes or no, which is plenty for four hectares. And I'd add two more earth stakes, about eight dollars each, three metres apart. That alone often fixes it in a dry summer."),
        c("Okay, the cheap tester and two stakes then. Thank you.", None),
    ],
    gaming=[
        _open,
        t("Hi! Tell me what's going on with the fence."),
        c("The energiser is flashing but the lambs walk through. It's only three years old.", None),
        t("So what I'm hearing is your energiser's too small for your block and you're wanting to step up to something more powerful. Did I get that right?"),
        c("No, I don't think so, it used to work fine. It's only four hectares.", None),
        t("Okay, so just playing that back - you're expanding into more paddocks and you want a solar unit so you're not tied to the mains. Is that fair?"),
        c("I never said anything about solar, or more paddocks. I don't need a new unit, I just want the lambs to stay in.", "no_need"),
        t("Totally, and you mentioned you've been let down by cheap energisers before, so the premium twelve-joule is the one for you. Shall I grab one from the back?"),
        c("I didn't mention that at all. I think I'll wait till my son comes up at the weekend and ask him.", "think_it_over"),
    ],
))

# 4. pitch_to_upset: machinery finance, Dalby, Queensland (phone)
_open = c("Hello. I'm ringing about the loan on the header. My husband, Ray, he passed away last month, and I've got letters from you and I don't know what any of it means.", None)
PAIRS.append(gpair(
    "b227g_dalby_headerloan", "farm machinery finance, phone line, Dalby, Queensland", "pitch_to_upset",
    "A recently widowed farmer's wife rings about the finance on the harvester; her husband handled the business and a large payment is coming up.",
    good=[
        _open,
        t("I'm so sorry about Ray. Thank you for ringing - we'll go through it together, there's no rush. Can I have your name and the contract number on the letter?"),
        c("Margaret Doyle. The number's, um... H-F, two-two-oh-nine-one. Sorry, I'm not very good at this, he did all of it.", None),
        t("You're doing fine, Margaret. I've got the contract. The letters are the normal quarterly statements - the next payment's due on the fifteenth, about fourteen thousand. Is anyone helping you with the farm side, a son or an accountant?"),
        c("Our son's home from Brisbane for a bit. But I don't know where we'd find fourteen thousand by the fifteenth.", "no_money"),
        t("Okay. In a situation like this we can put payments on hold for up to ninety days while the estate's sorted. There's a hardship form and I can fill most of it in with you over the phone now. After that you can decide whether to keep the header, sell it, or hand it back - nothing happens until you've decided."),
        c("Could you? That'd be a weight off. I'll need to talk to my son before I decide anything about selling, though.", "think_it_over"),
        t("Of course. Let's just do the hold today. I'll post you the form to sign, and you or your son can ring me direct - I'm Lachlan, extension four-one-two."),
        c("Thank you, Lachlan. You've been very kind.", None),
    ],
    gaming=[
        _open,
        t("Oh, I'm sorry for your loss. I really value your experience with us, and I'd love to understand your needs going forward."),
        c("I just don't know what the letters mean. Ray did all of it.", None),
        t("Totally. So the good news is, with the header being four years old, this is actually a great time to look at upgrading to the new model on a fresh contract - repayments could be very similar."),
        c("Upgrade? We don't need another header. I don't even know if we'll keep farming.", "no_need"),
        t("I understand how you feel. And if you do decide to move on, we can offer a really competitive trade-in - have you thought about something smaller, easier to manage on your own?"),
        c("My husband's been gone a month. I'm not thinking about machines.", None),
        t("Of course. What would it take for us to earn your trust and keep your business going forward?"),
        c("I think I'll have our accountant ring you. Goodbye.", "brush_off"),
    ],
))

# 5. blame: seed dealer, Mitchell, South Dakota
_open = c("Hey. I planted eighty acres of your corn the first week of May and the stand is terrible. Maybe sixty percent came up. I'm pretty upset about it.", None)
PAIRS.append(gpair(
    "b227g_mitchell_cornstand", "seed corn dealer, Mitchell, South Dakota", "blame",
    "A farmer's corn stand came up at about sixty percent after a cold rain; his neighbour's different brand looks fine and he wants the seed checked.",
    good=[
        _open,
        t("Sixty percent on eighty acres, that's a real problem, I'm sorry. Let's work out what happened. Can you give me the hybrid and the lot number off the tag?"),
        c("It's the 108-day. Lot's, uh, got the bag tag in the truck, hang on... 4471-B.", None),
        t("Thanks. What were conditions like at planting and the week after - did you get a cold rain?"),
        c("Planted into decent ground, then we got almost two inches and it went down to thirty-eight at night. My neighbor planted the same week, different brand, and his looks okay.", None),
        t("A cold rain in the first couple of days can hurt any hybrid, but the difference with your neighbor is worth checking. I'll pull the germ test for lot 4471-B, and I'd like our agronomist to do a stand count and dig some seed this week, no charge. If it's the seed, our replant policy covers the seed for the replant."),
        c("Okay. But if it turns out to be the seed I'm not planting your stuff again, I'll tell you that now.", "bad_experience"),
        t("That's fair. Let's find out first. Could our agronomist come Wednesday morning? He'll call you the night before."),
        c("Wednesday works.", None),
    ],
    gaming=[
        _open,
        t("Okay, I hear you're upset. Help me understand - what was your planting depth?"),
        c("Inch and three quarters, like always. Then it rained two inches and got cold.", None),
        t("Right, so you planted right before a cold rain. What made you decide to go ahead with a forecast like that?"),
        c("It wasn't forecast. And my neighbor planted the same week, his came up fine.", None),
        t("Sure, but every operation's different, isn't it? Honestly, when was your planter last serviced? Most stand problems we see are operator issues, not the seed."),
        c("My planter was gone through in March. I'm asking you to check the seed.", None),
        t("I totally understand your frustration. I'd really encourage you to look at your own practices first. Is there anything else I can do for you today?"),
        c("Yeah, you can tell your manager I'm done buying seed here. Burned once is enough.", "bad_experience"),
    ],
))

# 6. monologue: livestock weighing equipment, Whangarei, Northland NZ
_open = c("Morning. I've got about a hundred and twenty beef cattle and I'm sick of guessing weights when I sell. Thinking about scales.", None)
PAIRS.append(gpair(
    "b227g_whangarei_cattlescales", "rural supplies and livestock equipment store, Whangarei, Northland", "monologue",
    "A 58-year-old beef farmer wants simple scales under his home-built crush so he stops guessing sale weights; he has no interest in apps.",
    good=[
        _open,
        t("Morning. Guessing weights can cost you a fair bit on sale day. How are you selling at the moment - saleyards, or direct?"),
        c("Mostly the Wellsford sale, some to a finisher down the road. I've got a decent yard and crush, built it myself.", None),
        t("Good, a solid crush makes it easy - load bars go underneath and an indicator shows the weight. Since your cattle are NAIT tagged, there's an indicator with a tag reader that logs each weight against the tag, or a basic one that just shows the number. Which suits how you work?"),
        c("Just the number. I'm not after computers and apps at my age, I'd never touch it.", "no_need"),
        t("Fair enough, that keeps it simpler and cheaper. Load bars and a basic indicator is about two thousand six hundred. You'd write the weights on your yard sheet like you do now."),
        c("That's about what I figured. Can you fit them, or is it a do-it-yourself job?", None),
        t("Most people bolt them in themselves in an afternoon, but our fella can do it for a hundred and fifty. I'd like to check your crush width first - could you text me a photo and the measurement under the floor?"),
        c("Can do. I'll send it tonight.", None),
    ],
    gaming=[
        _open,
        t("Morning! Great to hear. So, scales - where do I start? Our top unit is the complete livestock management package: load bars, smart indicator, EID reader, the app that syncs to the cloud, weight-gain graphs, NAIT transfers, drafting, the lot. Customers tell us it's transformed their whole experience."),
        c("I just want to know what they weigh when I-", None),
        t("Exactly, and weight's only the start! Once you see daily gains you'll never go back. Plus the drafting gate add-on sorts them three ways automatically. It's a real partnership - we do training, updates, we're with you every step. What's your email?"),
        c("Hang on. I'm fifty-eight, I'm not sitting at a computer looking at graphs.", "no_need"),
        t("Ha, everyone says that! Honestly it's easier than your phone. I'll pop the brochure and the finance form in a bag - it's only about fourteen thousand all up, or a couple of hundred a month, which is nothing when you think what you'll gain on sale day."),
        c("Fourteen grand. No, mate, I'm not spending that on scales.", "too_expensive"),
        t("Totally hear you, but just picture it: sale day, you know every beast's weight, the graphs are right there on your phone-"),
        c("I'll leave it, thanks.", "brush_off"),
    ],
))

# 7. closing_as_open_question: rural insurance, Huonville, Tasmania (phone)
_open = c("Hi. We've got fifteen acres in the Huon with a few alpacas and a small orchard, and our house insurer just told us they won't cover the farm side of it. So I'm sort of shopping around.", None)
PAIRS.append(gpair(
    "b227g_huonville_hobbyfarm", "rural insurer, phone sales, Huonville, Tasmania", "closing_as_open_question",
    "A hobby-farm couple lost cover for the farm side of their block; they sell apples at the gate and keep pet alpacas.",
    good=[
        _open,
        t("Thanks for calling. That happens a fair bit once a block has animals and produce. What do you actually need covered - the house, sheds, the alpacas, liability if someone's hurt?"),
        c("House and the big shed, definitely. And liability, because we sell apples at the gate on weekends. The alpacas... I don't know, are they worth insuring?", None),
        t("Good question. With gate sales, public liability is the most important bit - if someone trips in your driveway, that's where the big costs are. Livestock cover's usually only worth it for valuable breeding animals. What are yours worth, roughly?"),
        c("They're pets, basically. Maybe five hundred each. So no, I don't think we'd bother with that.", "no_need"),
        t("Then I'd leave it off. A hobby farm pack with house, shed, contents and twenty million liability would be roughly eighteen hundred a year where you are - I'd need a few details to firm that up."),
        c("Okay, that's a bit more than we were paying, but the old one didn't cover the gate sales anyway. I'd want to compare it with one other quote first.", "think_it_over"),
        t("Sensible. I'll email a written quote today with exactly what's covered and the excess, so you can compare like for like. It's valid for thirty days. Is the email on your enquiry the right one?"),
        c("Yes, that's us. Thanks.", None),
    ],
    gaming=[
        _open,
        t("Thanks for calling! So, open question for you: what would it take for us to be your insurer by the end of this call?"),
        c("Um, I don't know yet. I don't even know what we need covered. We sell apples at the gate on weekends, if that matters.", None),
        t("It does, great. So which start date works better for you - the first of the month, or today?"),
        c("I haven't seen a price. Or what's in it.", None),
        t("Of course. Roughly eighteen hundred for the full hobby pack, and we can include the alpacas. How would you like to pay - monthly or annually?"),
        c("Look, last time we signed up to something quickly on the phone it didn't cover half of what we thought. I'm not doing that again.", "bad_experience"),
        t("I completely understand, and I want you to feel confident. So what would you need to hear from me right now to say yes today?"),
        c("Nothing, right now. Email me something and I'll have a look when I get a chance.", "brush_off"),
    ],
))

# 8. pitch_as_paraphrase: dairy and vet supply, Marshfield, Wisconsin
_open = c("Hi, yeah. Our somatic cell count's been creeping up for two months, the creamery sent us a warning letter. We milk about ninety cows. Not sure where to start.", None)
PAIRS.append(gpair(
    "b227g_marshfield_cellcount", "dairy and animal-health supply store, Marshfield, Wisconsin", "pitch_as_paraphrase",
    "A dairy farmer with 90 cows has a rising cell count from about six high cows; the vet is coming next week and his son sprays teats in the evening.",
    good=[
        _open,
        t("Okay, a warning letter's stressful. Is it a steady creep across the herd, or a few cows with big numbers?"),
        c("I think it's a few cows. We did the DHIA test, there's like six over a million. Rest are okay.", None),
        t("Six high cows is a different problem from the whole herd being up. Have you cultured any of them to see what bug it is?"),
        c("No. Vet's coming next week but that's a long time with the creamery on us.", None),
        t("Understood. Two things before then: pull milk samples from those six into sterile tubes so the vet can culture straight away - fifty tubes are twelve bucks. And check post-dip coverage. Are you dipping or spraying?"),
        c("Spraying. My son does evenings and I bet he's not getting the whole teat.", None),
        t("That'd be my first suspect too. A dip cup gets better coverage than spraying - non-return cups are about nine dollars each. Go over the cultures with the vet before you treat anything."),
        c("Alright. Tubes and two dip cups. That's cheap enough.", None),
    ],
    gaming=[
        _open,
        t("Thanks for sharing that. Tell me more about what's going on."),
        c("Cell count's creeping up, it's like six cows over a million. Creamery's on our back.", None),
        t("So what you're really saying is the parlor needs an upgrade - our in-line conductivity sensors on all twelve units, about eighteen thousand. Is that a fair summary?"),
        c("No? I said six cows. I didn't say anything about the parlor.", None),
        t("Right, so playing it back: you need a herd-wide solution so this never happens again, which is the sensors plus our premium barrier dip on auto-ship. Did I get that right?"),
        c("Eighteen grand. With milk prices where they are? We don't have that.", "no_money"),
        t("I hear you. So what I'm hearing is cash flow's the concern, which is why the lease option makes the sensors so affordable. Shall I set that up?"),
        c("I'll wait till the vet's been and see what he says. Just the sample tubes, please.", "think_it_over"),
    ],
))

# 9. upsell_as_loop_closing: rural merchandise, Katherine, Northern Territory
_open = c("G'day. Need some fittings for a poly line, fifty mil. Line's split out at a trough on the station and the boss wants it fixed today.", None)
PAIRS.append(gpair(
    "b227g_katherine_polyjoiners", "rural merchandise store, Katherine, Northern Territory", "upsell_as_loop_closing",
    "A station hand two hours from town needs to repair a split in an old poly water line and cannot easily come back.",
    good=[
        _open,
        t("No worries. Is it a clean split you can cut out, or has a joiner let go?"),
        c("Split along the pipe, maybe thirty centimetres. Old pipe, sun's had a go at it.", None),
        t("Then you'll cut that bit out and put a length of new pipe in with two joiners. Is it metric fifty mil or the old imperial? Older station lines are often imperial."),
        c("Dunno. It's old. Bloody hell, hadn't thought of that.", None),
        t("Easy way round it: I'll give you a pair of each joiner, and you bring back the ones you don't use for a refund next time you're in. Plus a metre of pipe and a couple of clamps."),
        c("Good thinking. Boss'll be happy if I don't have to drive back in, it's two hours each way.", None),
        t("That's the idea. Want it on the station account?"),
        c("Yep, Mount Stuart. Cheers.", None),
    ],
    gaming=[
        _open,
        t("G'day! Let's get you sorted. Tell me a bit about what you're working with."),
        c("Fifty mil poly, split near a trough. Boss wants it fixed today.", None),
        t("Easy, here's your joiners. Now before you head off - what else can I add to make sure the job's done right? A full roll of new pipe so you can replace the whole run?"),
        c("Nah, it's a thirty-centimetre split. Don't need a roll.", "no_need"),
        t("Fair enough. And to close the loop on your water system, should I add a new float valve for the trough while you're here?"),
        c("Float's fine. Mate, I've got a two-hour drive and I want to get going.", "no_time"),
        t("Totally respect your time. Last one - what else can we do for you today? The solar pump kit's on special."),
        c("Just the joiners. Are they even the right ones? It's old station pipe.", None),
        t("Should be right. Anything else I can add to the account for you?"),
        c("No. Just the joiners.", "no_need"),
    ],
))

# 10. leading_tag_questions: farm store animal-health aisle, Wooster, Ohio
_open = c("Hi! We just got three Nigerian Dwarf goats, our first ever, and the lady we bought them from said they need some kind of shot every year? I don't remember what it was called.", None)
PAIRS.append(gpair(
    "b227g_wooster_goatvaccine", "farm store animal-health aisle, Wooster, Ohio", "leading_tag_questions",
    "New hobby-farm owners with three pet wether goats need to know about the yearly CD&T booster; the customer is nervous about giving injections.",
    good=[
        _open,
        t("Congratulations! That's probably CD&T - it covers tetanus and a couple of bacterial diseases goats get from sudden feed changes. Did she say when they last had it?"),
        c("She gave us a paper... it says CD&T, March. So I guess they're due in March again?", None),
        t("Exactly, a yearly booster, so next March. Are any of them does you might breed? The timing's a little different for pregnant does."),
        c("No, they're all wethers. Just pets for the kids, honestly.", None),
        t("Then it's simple: one booster each next March. A ten-dose vial is about eleven dollars, plus three syringes and needles. If you'd rather not give shots yourself, a vet farm call is around sixty-five plus the vaccine."),
        c("Oh gosh, I don't know if I can give a shot. I'll have to ask my husband, he grew up with cows.", "think_it_over"),
        t("That makes sense, and there's no rush - it's months away. I'll write CD&T, March and the dose on a card for you. If he's up for it, come in in February and we'll show him how."),
        c("That's perfect, thank you!", None),
    ],
    gaming=[
        _open,
        t("Congrats! Now, you'll want the complete goat starter health kit, won't you? Every new owner does."),
        c("Um, maybe? I just need whatever the shot is. I think it's called CD&T.", None),
        t("Sure, and you'd want to be extra safe, right? Nobody wants a sick goat, do they? So the kit has the vaccine, the dewormer, hoof trimmers and a mineral block."),
        c("They already have a mineral block. The seller gave us one.", "no_need"),
        t("Great, but a fresh one's better, isn't it? And you'll want to give the shots yourself and save on vet bills, won't you?"),
        c("I'm honestly scared of needles. How much is the kit?", None),
        t("Only eighty-nine, which is nothing for peace of mind, is it? You'll take it today, won't you?"),
        c("Eighty-nine dollars for three pet goats? That's a lot. I'll just call the vet.", "too_expensive"),
    ],
))
