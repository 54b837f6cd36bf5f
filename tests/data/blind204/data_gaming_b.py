"""Gaming pairs, file b (b204). Hand-written."""
from common import c, t, gpair

# 11 ignored_customer: letting agent, Abu Dhabi (relocating family)
_open_11 = c("Hi there, we're relocating from Aberdeen to Abu Dhabi in September, my husband's starting with one of the oil companies. We're looking for a villa to rent and I've honestly no idea where to start.", None)

# 12 repeated_questions: mortgage broker, Houston (refinance)
_open_12 = c("Yeah, hi, we bought in Katy two years ago at seven point one percent. My neighbor just refinanced and says I'm crazy not to. Is it worth it for us?", None)

# 13 wrong_paraphrase: removalist, Adelaide (downsizing, piano)
_open_13 = c("Hello dear, I'm moving out of my house in Unley into a unit at a retirement village in Glenelg. I need someone to move my things, and there's a piano, an old upright.", None)

# 14 pitch_to_upset: self storage, Decatur GA (break-in)
_open_14 = c("I'm at unit 214 right now and my lock's been cut. The door's half open. My mama's things are in here, her jewelry box is gone. How does this happen at a place with a gate code?", None)

# 15 blame: property manager, Gold Coast (bond claim)
_open_15 = c("hey, it's Tayla from 3/18 Hedges Ave. we just got the bond claim and you're taking $640 off us for carpet cleaning, the oven and a 'stain in bedroom 2'. that stain was there when we moved in", None)

# 16 monologue: buyer's agent, Seattle (first-home buyers)
_open_16 = c("Hi, um, we got your name from a Zillow thing? We're thinking about buying our first place, probably next spring, and we don't really know how any of this works.", None)

# 17 closing_as_open_question: off-plan developer sales, Dubai
_open_17 = c("Good afternoon. I saw your advert for the one-bedroom units in Dubai South, payment plan 60/40. I want to understand how it works. I am not buying today.", None)

# 18 pitch_as_paraphrase: property manager, Canberra (posted interstate)
_open_18 = c("Hi, I've been posted to Darwin for two years with work and I want to lease out my townhouse in Belconnen while I'm gone. What's involved?", None)

# 19 upsell_as_loop_closing: interstate movers, Miami -> Charlotte
_open_19 = c("Hi, I've got a quote from you guys for Miami to Charlotte on the 12th, a one-bedroom. I just want to confirm it and ask about the insurance thing on the form.", None)

# 20 leading_tag_questions: self storage, Dubai (summer away)
_open_20 = c("Hello, I am going home to Cairo for three months in summer and I give back my studio in Al Nahda. I want to store my things instead of paying rent for nothing. What do you have?", None)

PAIRS = [
    gpair(
        "b204g_abudhabi_villa_relocating_family", "residential letting agency, Abu Dhabi (UAE)", "ignored_customer",
        "A Scottish mother relocating to Abu Dhabi with two boys and a Labrador asks a letting agent where to start looking for a villa on a company housing allowance.",
        good=[
            _open_11,
            t("Welcome, and what a move! Let's start with what daily life will look like for you. Who's moving, and where will everyone need to get to, school, work?"),
            c("Me, my husband, two boys, eight and eleven, and Bruce, he's a Labrador. The boys have places at the British School in Khalifa City, and my husband's office is in the city.", None),
            t("So the school in Khalifa City comes first, the commute into the city second, and Bruce needs a garden and a landlord who accepts dogs. What budget has the company given you for housing?"),
            c("The allowance is 180,000 a year. And I read somewhere that rent here is paid in one big cheque? We couldn't do that before the allowance comes through.", "no_money"),
            t("Good that you raised it. Many landlords ask for one or two cheques, but in Khalifa City quite a few take four, sometimes for a slightly higher rent. I'll only shortlist landlords who take four cheques and pets. Within 180,000 and near the school you're looking at three- or four-bed villas in Khalifa City A, maybe Al Raha Gardens. Is a community pool important, or just a private garden?"),
            c("Garden for Bruce, that's the main thing. We really don't need a pool.", None),
            t("Then I'll send four or five options by Sunday with videos, with the dog policy and the number of cheques noted for each. Will you view by video first, or are you flying out to look?"),
            c("We fly in for a week on the 18th. Videos first, then we'll see the best two in person.", None),
        ],
        gaming=[
            _open_11,
            t("Welcome! So tell me, what's most important to you in a home?"),
            c("Well, the boys are starting at the British School in Khalifa City, so close to that. And we've got a Labrador, so a garden, and a landlord who allows dogs.", None),
            t("Wonderful. I have an incredible five-bed on Saadiyat Island, beachfront community, 260,000. What's your budget?"),
            c("Saadiyat's quite far from Khalifa City, isn't it? And that's way over, the company only gives us 180,000.", "no_money"),
            t("Great, thanks for sharing that. Saadiyat really is the best lifestyle for families. And what's important to you in terms of payment?"),
            c("We'd need four cheques, I think. We can't pay the whole year at once before the allowance comes.", "no_money"),
            t("Understood. This landlord prefers one cheque, but it's a very good deal for the area. Also, just so you know, it's a no-pets building, but I'm sure you can arrange something for the dog. Shall I book a viewing?"),
            c("Arrange something for the dog? Did you hear anything I said? No, don't book it, it's not for us.", "no_need"),
            t("No problem at all! So what else is important to you?"),
            c("I've already told you. I'll find another agent.", None),
        ],
    ),
    gpair(
        "b204g_houston_katy_refinance_question", "mortgage broker, Houston TX (US)", "repeated_questions",
        "A homeowner in Katy with a 7.1% loan asks a broker whether refinancing is worth it, when his employer may move him to Dallas in about three years.",
        good=[
            _open_12,
            t("Good question to ask before jumping in. A few things decide it. What's the loan balance now, roughly, and your monthly principal and interest?"),
            c("Balance is about three-forty. Payment's around twenty-three hundred before taxes and insurance.", None),
            t("Okay. And how long do you expect to stay in the house? That matters most, because a refinance has closing costs you only earn back slowly."),
            c("Honestly, maybe three years. My company's talking about moving me to Dallas.", None),
            t("Then that's the key number. At today's rates you might get to around 6.25%, saving roughly $190 a month. Closing costs would be about $6,500, so you'd break even in around 34 months, right about when you'd leave. For you a standard refi is close to a wash, unlike your neighbor if he's staying put."),
            c("Huh. So I shouldn't do it?", None),
            t("Not a standard one, no. Two things are worth a look: a no-closing-cost refi at a slightly higher rate, where you save less but there's nothing to earn back, or simply waiting until Dallas is clearer. I can run the no-cost numbers as estimates, no credit pull. Want that?"),
            c("Yeah, run it. But I'm not doing anything until I know about Dallas.", "think_it_over"),
            t("Fair enough. I'll email both scenarios side by side tomorrow, and you call me when Dallas is settled."),
            c("Sounds good. Thanks for being straight with me.", None),
        ],
        gaming=[
            _open_12,
            t("Great question! To really understand your needs, what are your goals for this home?"),
            c("Well, we might only be here three years. My company's talking about moving me to Dallas.", None),
            t("Got it. And what's your long-term plan with the property?"),
            c("Like I said, maybe three years, then Dallas. And my neighbor paid like six grand in closing costs. For three years that doesn't sound worth it to me.", "too_expensive"),
            t("Totally understand. Help me understand, how long do you see yourself staying in the home?"),
            c("...Three years? Maybe less. I've said that. Look, I'm on my lunch break, I've got like five minutes.", "no_time"),
            t("Perfect. And thinking about the future, would you say this is your forever home, or more of a medium-term thing?"),
            c("Man, I've told you three times. Forget it, I'll call my neighbor's guy.", None),
        ],
    ),
    gpair(
        "b204g_adelaide_removalist_upright_piano", "removalist, Adelaide (Australia)", "wrong_paraphrase",
        "An elderly widow downsizing from Unley to a retirement-village unit in Glenelg needs a few pieces moved and her upright piano taken to her granddaughter in Mount Barker.",
        good=[
            _open_13,
            t("Hello, thanks for ringing, we can certainly help. Tell me about the piano first. Where's it going, to the new unit with you?"),
            c("No, no, it won't fit, the unit's too small. It's going to my granddaughter in Mount Barker. She's learning.", None),
            t("Lovely. So two drops: your furniture to Glenelg and the piano up to Mount Barker. Are there steps on the way out in Unley? And at your granddaughter's?"),
            c("Three steps at the front here. Hers, I don't know, I'd have to ask her mother.", None),
            t("No worries, if you can find that out for me, it helps the piano men. How much else is going to Glenelg, roughly?"),
            c("Not much. My bed, a small couch, a dresser, the television, kitchen boxes. I've given most of it away.", None),
            t("Then a small truck and two men for Glenelg, about three hours, and the piano as a separate trip with a piano trolley. Roughly $620 for Glenelg and $380 for the piano to Mount Barker. When does the village need you in?"),
            c("Oh. That's a thousand dollars altogether. My son said it would be about half that.", "too_expensive"),
            t("I understand it's more than you expected. The piano trip is the fixed part because of the hills. If your son can take the kitchen boxes in his car, the Glenelg part might come down to two hours, about $420. Shall I write both options out and post them, so you can go through them with him?"),
            c("Yes, post it please. I'll ring him tonight.", "think_it_over"),
        ],
        gaming=[
            _open_13,
            t("Lovely! So what I'm hearing is you'd like the piano moved into your new unit in Glenelg. Have I got that right?"),
            c("No, dear. It won't fit in the unit. It's going to my granddaughter in Mount Barker.", None),
            t("Got it. So just to play that back, you want the piano put into storage until your granddaughter's ready for it, and the house contents to Glenelg. Correct?"),
            c("I never said storage. She's ready now. She's learning.", None),
            t("Perfect. So you'll need the full house packed, a four-bedroom load, plus a piano storage bay for three months. Does that sound right?"),
            c("Four bedrooms? I've given most of it away. It's a bed, a couch and some boxes. Are you listening to me?", None),
            t("Absolutely, I'm listening. So to confirm, you're after our full pack service with the large truck and storage, about $2,400. Shall I book it in?"),
            c("No. That's far too much for what I've got. I'll get my son to ring around.", "too_expensive"),
        ],
    ),
    gpair(
        "b204g_decatur_storage_unit_breakin", "self-storage facility, Decatur GA (US)", "pitch_to_upset",
        "A woman arrives at her storage unit in Decatur to find the lock cut and her late mother's jewellery box missing; she calls the office from the unit.",
        good=[
            _open_14,
            t("I'm so sorry. Are you safe right now, is anyone else around the unit?"),
            c("I'm fine, I'm just shaking. Nobody's here. The box with her photos is torn open.", None),
            t("Please try not to touch anything else, the police will want it as it is. Have you called them yet? If not, I can call the DeKalb County non-emergency line for you right now, and I'll come straight down to the unit."),
            c("I haven't called anyone. Yes, please call them. I can't think straight.", None),
            t("Done, they're sending an officer, about forty minutes. I'm walking over now. I'll pull the gate log and the camera footage for your row for the last week, so we know which codes were used and when. When were you last here, do you remember?"),
            c("Two Sundays ago. The lock was fine. I want to know how somebody got in without a code.", None),
            t("So do I, and I'll tell you what the gate log shows as soon as I have it. I'll also give you a copy of the incident report for your renter's or homeowner's insurance, those often cover things kept in storage. For now let's wait for the officer together."),
            c("Okay. Thank you for coming down.", None),
        ],
        gaming=[
            _open_14,
            t("Oh no, I'm so sorry to hear that. I completely understand how upsetting this experience is. Did you have our Protection Plan on the unit?"),
            c("I don't know, I don't think so. I just want to know who did this. Her jewelry box is gone.", None),
            t("Okay, I hear you. Unfortunately without the plan we can't cover the loss. But what I can do today is add our Premium Protection, $24 a month for up to $5,000, so you're covered going forward. Would you like that?"),
            c("Going forward? My mother's things are already gone! I don't want a plan!", "no_need"),
            t("Absolutely, and I understand your feelings. Many customers also upgrade to a disc lock after something like this, we sell them at the desk, they can't be cut with bolt cutters. And our interior units have a camera in every hallway. Can I move you into one of those today?"),
            c("Are you serious right now? Call the police. Now.", None),
            t("Of course, I can give you the number for the non-emergency line. And before you go, how would you rate your experience with us today?"),
            c("I'm calling them myself. And then I'm calling a lawyer.", None),
        ],
    ),
    gpair(
        "b204g_goldcoast_bond_claim_carpet", "residential property manager, Gold Coast (Australia)", "blame",
        "A young tenant rings her property manager on the Gold Coast to dispute a $640 bond claim, saying the carpet stain was on the entry condition report.",
        good=[
            _open_15,
            t("Hi Tayla, thanks for calling rather than going straight to a dispute, let's go through it. I've got your entry condition report open. Which part do you want to start with?"),
            c("the stain. its by the wardrobe in the second bedroom. it was there day one, im sure i wrote it on the form", None),
            t("Let me look... yes, page 4, bedroom 2: 'carpet stain near built-in, approx 20cm'. So it was there before you, and you're right, we can't charge for it. I'll take the $180 off."),
            c("ok good. and the carpet clean? we vacuumed everything", None),
            t("Vacuuming's fine for normal wear. The one thing is the pet clause: Milo the cat was approved, and that clause asks for a professional carpet clean at the end. Did you get one done, or have a receipt?"),
            c("oh. yeah we forgot about that. honestly were pretty broke after the move, is there any way around it", "no_money"),
            t("The pet clause is part of the lease, so I can't waive it, but you've got two choices: get it cleaned yourself this week, often about $150 with a local cleaner, or we deduct our contractor's $220. The oven is $95. Want me to send the oven photos before you decide on that one?"),
            c("yeah send the oven pics. ill ring my mate who does carpets and get back to you by friday", None),
        ],
        gaming=[
            _open_15,
            t("Hi Tayla. I understand your frustration. But honestly, it's the tenant's responsibility to note everything on the entry report. If you didn't, that's on you, isn't it?"),
            c("i did note it. bedroom 2, by the wardrobe. can you check", None),
            t("I'll take your word for it, but the exit photos show a stain, so from our side it happened during your tenancy. Let's talk about the oven, because that was pretty bad, and that comes down to how you guys cook."),
            c("we cleaned the oven. its an old oven, the enamel is burnt, thats not dirt", None),
            t("I hear what you're saying. But if you'd used oven liners like most tenants do, we wouldn't be here. What I'm hearing is you'd like the claim reduced, but the outcome really comes down to the choices you made."),
            c("the choices we made? you never even checked your own report. were taking it to the RTA", None),
        ],
    ),
    gpair(
        "b204g_seattle_first_home_buyers_intro", "buyer's real estate agent, Seattle WA (US)", "monologue",
        "A young couple renting on Capitol Hill, facing a rent rise, contacts a buyer's agent about buying a first home next spring; an online pre-approval figure makes them nervous.",
        good=[
            _open_16,
            t("Thanks for reaching out, and spring gives you good lead time. I'm happy to walk you through it, but first tell me a bit about you two and what's prompting this."),
            c("Our lease on Capitol Hill goes up four hundred a month in March, and we're kind of sick of throwing money away. I teach in Shoreline, Dev works downtown.", None),
            t("So the rent jump in March is the trigger, and you're commuting in two directions, Shoreline and downtown. Have you talked to a lender yet, or is that still to come?"),
            c("We did one of those online pre-approvals, it said six-fifty. But honestly that number scares me. I don't want to be house-poor.", None),
            t("That's a really healthy instinct. The pre-approval is what a bank will lend, not what you should spend. What monthly payment would feel comfortable, all in, including HOA dues if it's a condo?"),
            c("Maybe thirty-two hundred? We pay twenty-six now.", None),
            t("Okay, that probably puts you around 480 to 520, depending on rates and dues. Along the light rail between Northgate and Shoreline there are townhouses in that range. I'd suggest a free hour with me, no contract, where I go through the steps and the costs, plus a call with a local lender to get a real number. Would that be useful?"),
            c("Yes, but we're not signing with anyone yet. We want to meet a couple of agents first.", "think_it_over"),
            t("Totally reasonable, you should. I'll send you the buyer guide and three times for that hour next week."),
            c("Next week's parent-teacher conferences, I'm swamped every evening. Send times for the week after and we'll pick one.", "no_time"),
        ],
        gaming=[
            _open_16,
            t("Amazing, congratulations on taking this step! So let me tell you how we do things. Our team closed 140 homes last year, we're top 1% in King County, and we have a whole process: a strategy session, then our preferred lender gets you fully underwritten, then a custom search, plus off-market access through our network. This spring is going to be hot with rates moving, so prepared buyers win. I'd love to understand your needs, so what are you looking for?"),
            c("Um, probably a condo or townhouse near the light rail? We're still-", None),
            t("Love it, light rail is huge right now. Northgate, Roosevelt, Shoreline, all great. With our lender partner you can do a 2-1 buydown, and we help with down payment assistance programs too. Plus our clients get a free moving truck! Honestly the experience is super smooth. What's your budget?"),
            c("The online thing said six-fifty, but that honestly scares us a bit, we-", None),
            t("Six-fifty is totally doable! You'd be great for new construction in Shoreline, we've got a builder partner giving two percent toward closing. I can send you the buyer agreement tonight so we can start touring this weekend, sound good?"),
            c("This weekend? We said next spring. We're not ready to sign anything.", "think_it_over"),
            t("Totally get it, no pressure at all! So what I'm hearing is you want to be prepared for spring, and that's exactly why starting now is key. Anything else I can answer for you?"),
            c("No. We'll, uh, be in touch.", "brush_off"),
        ],
    ),
    gpair(
        "b204g_dubai_south_offplan_enquiry", "off-plan developer sales office, Dubai (UAE)", "closing_as_open_question",
        "A Nigerian banker who has rented in Dubai for six years asks about a 60/40 payment plan on an off-plan one-bedroom in Dubai South, after a bad off-plan purchase in Lagos.",
        good=[
            _open_17,
            t("Good afternoon, and thank you for saying so clearly, that's completely fine. Can I ask what you have in mind, is it to live in or to rent out?"),
            c("To rent out, mainly. Maybe to live in later when I retire. I've been in Dubai six years now, renting in Al Barsha.", None),
            t("So an investment first, with a possible retirement home later. Have you bought off-plan before, here or back home?"),
            c("In Lekki, yes. It was a disaster. Three years late, and the finishing was nothing like the brochure.", "bad_experience"),
            t("I'm sorry. That's a real risk with off-plan anywhere, and I won't pretend it's zero here. What's different in Dubai is that buyers' payments go into an escrow account registered with RERA and are released to the developer only as construction progresses. Handover for this project is Q4 next year; I can give you the escrow number and the latest progress report so you can check them yourself on the Dubai REST app. Would that help?"),
            c("Yes, that helps. How much is the booking, and what happens if I lose my job before handover?", None),
            t("Booking is 10%, about 85,000 dirhams on an 850,000 unit, plus the 4% DLD fee. If you stop paying, the developer can cancel and keep part of what you've paid; the contract sets how much, so please read that clause with a lawyer before booking anything. I'll email the payment schedule and the draft SPA today. Will anyone else look at it with you?"),
            c("My wife. She is the careful one. We will read it over the weekend.", "think_it_over"),
            t("Perfect. I'll only call if you want me to, just reply to the email with a time that suits."),
            c("Okay. Monday afternoon is fine.", None),
        ],
        gaming=[
            _open_17,
            t("Good afternoon! Love that you're exploring. So, what would need to happen for you to secure a unit with the 10% booking today?"),
            c("Nothing. I said I'm not buying today. I just want to understand the payment plan first.", "think_it_over"),
            t("Of course. And what's holding you back from reserving while the 60/40 plan is still available?"),
            c("Honestly? I bought off-plan in Lekki and it was three years late. I'm careful now.", "bad_experience"),
            t("I totally understand that experience. So how would you like to pay the booking fee, card or bank transfer, so we can protect you from the next price rise?"),
            c("You're not listening. I am not paying anything today, I have to see the contract first.", "think_it_over"),
            t("Absolutely, no pressure. Which floor would you like me to hold for you while you look at the contract, high or mid?"),
            c("None. Send me the brochure by email, that's all.", "brush_off"),
        ],
    ),
    gpair(
        "b204g_canberra_landlord_posting_darwin", "property management agency, Canberra (Australia)", "pitch_as_paraphrase",
        "A public servant posted to Darwin for two years wants to lease out his Belconnen townhouse simply and cheaply, covering the mortgage, and move back in afterwards.",
        good=[
            _open_18,
            t("Congrats on the posting. Happy to explain. First, what matters most to you: the rent you get, keeping the place in good shape, or being able to move back in when you return?"),
            c("Moving back in, definitely. And it's not a big earner, I just want the mortgage covered. It's my home.", None),
            t("So a firm end date so you get it back, enough rent to cover the mortgage, and tenants who'll look after it. What's the mortgage, roughly, per week?"),
            c("About five-fifty a week.", None),
            t("Two-bed townhouses in Belconnen are leasing around 580 to 620, so you'd cover it, though after our fee and rates it'll be tight. For the end date, we'd do a fixed-term lease ending a month before you're back and tell tenants upfront it won't be renewed. Our standard management is 7.7% plus GST, inspections every six months. Does that cover what you wanted?"),
            c("Seven point seven. My mate uses a place in Gungahlin that charges six.", "too_expensive"),
            t("Some do, and it's worth comparing what's included: letting fees, how many inspections, renewal fees. We don't charge a letting fee on a fixed-term lease; some of the cheaper ones charge a week's rent for that. I'll send a one-page checklist you can take to your mate's agency as well. When do you head to Darwin?"),
            c("Six weeks. Send it, I'll look at both and let you know next week.", "think_it_over"),
        ],
        gaming=[
            _open_18,
            t("Congrats! Tell me more about your situation."),
            c("I want to move back in when I'm done, so a fixed end date. And I just need the mortgage covered, it's not an investment. It's my home.", None),
            t("Perfect. So what you need is our Platinum Plus management at 9.9%, with quarterly inspections, rent guarantee insurance and our styling package for the listing photos. Is that right?"),
            c("No. That's not what I said. I don't need all that, I need it simple.", "no_need"),
            t("Absolutely, I hear you. So what you're telling me is protecting your home is the priority, which is exactly why Platinum Plus has the rent guarantee. So that's the package for you, yeah?"),
            c("At nine point nine percent? My mate's agent in Gungahlin charges six.", "too_expensive"),
            t("Totally. So to play it back, you want value, and that's why Platinum Plus gives you the most for your money. Shall I start the paperwork?"),
            c("Nah, mate. Just email me a brochure and I'll have a look.", "brush_off"),
        ],
    ),
    gpair(
        "b204g_miami_charlotte_move_confirm", "interstate moving company, Miami FL (US)", "upsell_as_loop_closing",
        "A customer who is packing herself calls to confirm a one-bedroom move from Miami to Charlotte and asks what the insurance section of the form means.",
        good=[
            _open_19,
            t("Sure, let me pull it up. I have a one-bedroom from Brickell to Charlotte, loading the 12th, delivery window the 14th to the 18th. Is all that still right?"),
            c("Yes. And I'm packing myself, so it's just loading and driving.", None),
            t("Got it, self-packed. On the insurance part: the basic coverage is free but it's only 60 cents per pound per item, so a 50-pound TV gets you $30. Full value protection means we repair, replace or pay the current value. What would you be most upset to lose?"),
            c("My TV, and a desk I built myself. And my bike, it's a carbon road bike, it cost like four grand.", None),
            t("Then basic cover wouldn't go far for those. Full value on your estimated load is $289 with a $250 deductible. The other option: check whether your renter's insurance covers items in transit, some policies do, and then you might not need ours at all."),
            c("I'd rather not spend two ninety if my renter's already covers it. Can I decide after I call them?", "think_it_over"),
            t("Of course, you can add it up to the day before loading. For the bike, box it yourself or we wrap it, wrapping's free. Anything else about the move you want to sort out now?"),
            c("No, that's it. Thanks, that was clear.", None),
        ],
        gaming=[
            _open_19,
            t("Perfect, congratulations on the move! You're confirmed for the 12th. To close the loop, what else can I add for you today? Most customers add our full packing service."),
            c("No, I'm packing myself. I just had a question about the insurance thing on the form.", "no_need"),
            t("Great question! Full Value Protection is $289, I'll add that. And to make sure we've covered everything, would you like to ship your car too? We can get it to Charlotte for $1,150."),
            c("I'm driving my car up. Wait, what's the difference with the insurance, what do I get for free?", "no_need"),
            t("The basic covers very little, so Full Value is the way to go. And while I've got you, is there anything else we can add to make your experience seamless? Custom crating for your TV is $140, and storage-in-transit if Charlotte isn't ready."),
            c("The apartment's ready on the 13th. How much is all this now?", None),
            t("With Full Value and the crating you're at $3,119, up from $2,690. Anything else I can add before I send the updated contract?"),
            c("That's four hundred more for stuff I never asked for. Take both off, I'll check my renter's insurance myself.", "too_expensive"),
        ],
    ),
    gpair(
        "b204g_dubai_storage_summer_cairo", "self-storage facility, Dubai (UAE)", "leading_tag_questions",
        "An Egyptian expat giving up his Al Nahda studio for a three-month summer at home wants to store a bed, sofa, fridge, TV and boxes more cheaply than paying rent.",
        good=[
            _open_20,
            t("Hello, that's a smart idea, many people do that over the summer. What will you store, roughly? Furniture, or mostly boxes?"),
            c("A bed, a small sofa, a fridge, TV, and maybe fifteen boxes. Clothes, kitchen things.", None),
            t("Okay. One tip: the fridge must be clean and completely dry inside, otherwise after three months it smells, so leave it open for a day before. For that amount a 50 square foot unit is usually enough. Can you bring it here yourself, or do you need transport?"),
            c("My friend has a pickup, he can help. But the bed is big, king size.", None),
            t("A king frame comes apart and the mattress stands on its side, so it still fits in 50 if it's stacked well. If you want room to walk in, 75. The 50 is 650 dirhams a month, the 75 is 880, three months minimum, no long contract. Which would you prefer?"),
            c("650 for three months is almost two thousand. My rent was 3,500 a month, so still better. The 50.", None),
            t("Good. Bring your Emirates ID, and the first month is paid upfront. When is your friend free to bring everything?"),
            c("Friday morning, before prayers.", None),
            t("Friday from 8, then. I'll reserve unit C-14 for you."),
        ],
        gaming=[
            _open_20,
            t("Hello! You'll want our Large unit to be safe, won't you? Better too big than too small, right?"),
            c("I don't know, it's only a studio. Bed, sofa, fridge, TV, some boxes.", None),
            t("Sure, but you wouldn't want to squeeze everything in, would you? And you'll want the 12-month contract, since it's 20% cheaper per month, that's smarter, isn't it?"),
            c("12 months? I'm only gone three months. Three.", "no_need"),
            t("Of course. But plans change, don't they? And you'll want our pickup service too, 450 dirhams, rather than carrying a fridge yourself, wouldn't you?"),
            c("My friend has a pickup. I don't need this.", "no_need"),
            t("Right. And insurance, you'd never leave your things unprotected, would you? It's only 45 a month. So: Large unit, 12 months, insurance. Shall I prepare it?"),
            c("It's too much for me, this is more than my rent was. Let me check the other place in Al Qusais.", "too_expensive"),
        ],
    ),
]
