"""Gaming pairs b01-b10 of blind189, written by hand (kinds 11-15, then 1-5)."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer ------------------------------------------------------
o = c("Hi, I'm thinking of moving couriers. I sell handmade mugs and my current lot break about one parcel in twenty.", None)
PAIRS.append(gpair(
    "b189g_uk_courier_fragile_mugs", "parcel courier, Stoke-on-Trent", "ignored_customer",
    "A potter who sells mugs online from Stoke-on-Trent rings a courier's sales line because her current courier breaks too many parcels.",
    [o,
     t("One in twenty is painful with handmade stock. How are you packing them at the moment?"),
     c("Double box, bubble wrap, the lot. It's not the packing, they're just chucking them.", None),
     t("So the packing's solid and it's the handling. How many parcels a week, and mostly UK?"),
     c("About sixty, nearly all UK. And I've been burned before, mind. The one before this lot was worse.", "bad_experience"),
     t("Then I won't just tell you we're careful. Our fragile service keeps parcels off the automated sorters; it's about 80p more a parcel. Would you try it on a couple of weeks' orders and count the breakages before moving everything?"),
     c("Eighty pence on sixty parcels adds up, mind. But a trial I could do.", "too_expensive"),
     t("Fair. If breakages drop from three a week to none, that's three mugs and three refunds saved. I'll set up a trial account today, and we'll look at the numbers together in two weeks."),
     c("Go on then.", None)],
    [o,
     t("Great, thanks for considering us! Tell me, what's most important to you in a courier?"),
     c("Honestly, that my mugs arrive in one piece. One in twenty break at the moment.", None),
     t("Lovely. And how many parcels a week?"),
     c("About sixty. They're fragile, that's the whole issue.", None),
     t("Perfect, sixty a week puts you on our Standard Saver, just £3.10 a parcel, next day, fully tracked."),
     c("Is that the one that goes through the sorting machines? Because that's what breaks them.", None),
     t("It's tracked end to end, so you'll always know where your parcel is. Shall I set you up on Standard Saver today?"),
     c("Knowing where it smashed doesn't help me. I've been through this with the last two couriers.", "bad_experience"),
     t("Totally get it. So, Standard Saver, and I'll add free collection. What email should I use?"),
     c("None. You haven't listened to a word. Bye.", None)],
))

# b02 repeated_questions ----------------------------------------------------
o = c("Hi, good afternoon. We import kitchenware from China, and our own warehouse will be full by September. We need extra space for maybe four months.", None)
PAIRS.append(gpair(
    "b189g_ph_warehouse_kitchenware_peak", "warehousing, Calamba, Laguna", "repeated_questions",
    "Operations head of a kitchenware importer in Laguna visits a warehouse provider in Calamba looking for extra space before the Christmas season.",
    [o,
     t("Good afternoon, welcome. September to December, then. How much stock are we talking, in pallets or containers?"),
     c("Around six containers coming, forty-footers. Maybe three hundred pallets total?", None),
     t("Three hundred pallets. Do they go out to stores as full pallets, or do you pick by carton?"),
     c("Both. The malls get full pallets, the small resellers get cartons.", None),
     t("So full pallets to the malls and carton picking for resellers. We can do both; carton picking is charged per order line. Should I quote storage only, or storage plus picking?"),
     c("Both, please. But my boss will compare with two other warehouses, ha.", "think_it_over"),
     t("Of course. I'll send a four-month quote with both options by Friday, and you're welcome to bring him to see the racking.")],
    [o,
     t("Good afternoon! So tell me, how much space do you need?"),
     c("Around three hundred pallets, from six containers.", None),
     t("Okay, noted. And in terms of volume, what footprint are we talking about?"),
     c("Three hundred pallets. Maybe I'm not explaining well?", None),
     t("No, no, you're doing great. Just so I fully understand your needs, how big would you say your requirement is?"),
     c("Three hundred pallets, sir. For four months. Can you do it or not?", None),
     t("Absolutely. And what's the total quantity you'd be storing with us, roughly?"),
     c("I already said it three times. I'll ask the warehouse next door.", None)],
))

# b03 wrong_paraphrase ------------------------------------------------------
o = c("Yeah, hi. I run an AC repair outfit in San Antonio, eight trucks. We're missing calls nights and weekends, and those are the emergency ones, the money ones.", None)
PAIRS.append(gpair(
    "b189g_us_answering_service_hvac", "after-hours answering service, San Antonio, Texas", "wrong_paraphrase",
    "Owner of an HVAC repair company in San Antonio calls an answering-service firm about covering after-hours calls.",
    [o,
     t("Got it, nights and weekends are where the urgent jobs are. What happens to those calls right now?"),
     c("Goes to my cell. I'm sixty-one, I'm tired of getting up at two a.m. to tell somebody their unit froze up.", None),
     t("So right now it's all on you overnight. Do you want someone to just take messages, or actually book a tech and wake the on-call guy for real emergencies?"),
     c("Book it. And only wake the on-call if there's no cooling and it's somebody elderly or a baby or whatever. Otherwise, schedule it for morning.", None),
     t("So: book every call, escalate only no-cooling calls with vulnerable people, and everything else goes on the morning schedule. Did I get that right?"),
     c("That's it exactly. What's that run?", None),
     t("For your volume, probably around three-fifty a month, plus a per-call fee over a hundred calls. Can I set you up a two-week trial so you see the call notes before you commit?")],
    [o,
     t("Thanks for calling! Tell me a bit about your business and your goals."),
     c("Eight trucks. Missing night and weekend calls. They go to my cell now.", None),
     t("So what I'm hearing is you want to replace your office staff with our full-time team. Is that right?"),
     c("No. My office gal is great. It's nights and weekends.", "no_need"),
     t("Right, so you're saying you want 24/7 coverage with dispatch, billing, and customer follow-up calls. Did I understand you correctly?"),
     c("I didn't say billing. Just answer the phone at night and book the job.", None),
     t("Perfect, so what I'm hearing is you're ready for our Enterprise plan with full dispatch integration. Let's get you started."),
     c("You're hearing stuff I never said. Send me a brochure or something, I gotta go.", "brush_off")],
))

# b04 pitch_to_upset --------------------------------------------------------
o = c("Hello. I need to close an account. It's my dad's, he had a print shop in Liverpool. He passed away three weeks ago.", None)
PAIRS.append(gpair(
    "b189g_uk_courier_close_late_fathers_account", "business courier account, Liverpool", "pitch_to_upset",
    "The daughter of the late owner of a small Liverpool print shop rings the courier to close his business account.",
    [o,
     t("I'm so sorry about your dad. I'll make this as easy as I can. Can you give me the shop name, or an account number if you have one?"),
     c("Kelly Print, on Bold Street. I don't have the number, sorry, I'm just going through his post.", None),
     t("That's fine, I've found it. There's one collection still booked for Thursday. Shall I cancel that too?"),
     c("Oh God, yes please. I didn't know about that.", None),
     t("Done. There's a final invoice of £46 for last month. Would you like it sent to you, or is someone else handling his estate?"),
     c("Send it to me, I'm sorting all of it. Is there anything else I need to do?", None),
     t("Nothing else. I'll email you confirmation that the account's closed, with the final invoice, today. And again, I'm sorry for your loss.")],
    [o,
     t("I'm so sorry for your loss, and thank you for sharing that. Before we close anything, can I ask, what are your plans for the shop?"),
     c("I don't know. I'm not thinking about that right now. I just need to close the account.", None),
     t("Totally understand. So what I'm hearing is this is a time of transition, and many families in your situation take over the account so the business carries on. I could move it into your name today."),
     c("I'm a nurse. I'm not running a print shop.", "no_need"),
     t("Of course. And if you decide to sell off the stock, our Clear-Out bundle gives you twenty collections at a discounted rate. How does that sound?"),
     c("Please. I just want it closed.", "no_need"),
     t("Absolutely. Is there anything else I can help you with today? Maybe a personal account for yourself?"),
     c("Are you actually joking? Just close it.", None)],
))

# b05 blame -----------------------------------------------------------------
o = c("Hi, I have a business account, and five of my parcels from Monday are still showing in transit. My customers are messaging me already.", None)
PAIRS.append(gpair(
    "b189g_ph_courier_stuck_parcels", "parcel courier, Quezon City", "blame",
    "An online seller of phone accessories in Quezon City calls her courier's business hotline about five parcels stuck in transit.",
    [o,
     t("Hello Ma'am, sorry about that, I know your customers are waiting. Can you give me the tracking numbers?"),
     c("I'll read them. QX-1120 up to 1124. All going to Cavite.", None),
     t("Thank you. All five were scanned at our Pasig hub on Tuesday, and then nothing. They look stuck at the hub, nothing on your side. I'm raising a trace with the hub now."),
     c("How long will that take? I already refunded one customer.", None),
     t("Traces take up to 48 hours. If they aren't found by Thursday, we pay the declared value, and I'll process it myself. I'll text you an update tomorrow by noon either way."),
     c("Okay. Please, yes, text me. Salamat.", None)],
    [o,
     t("Hi Ma'am! Thanks for reaching out, I understand your frustration. Can I ask, did you write the full barangay on all five waybills?"),
     c("Yes. I always do. They were scanned already.", None),
     t("Okay, so what I'm hearing is they left your shop. Sometimes sellers pack too loosely and the labels fall off. How did you pack them?"),
     c("Pouches with printed labels, same as always. It says they were scanned at Pasig.", None),
     t("Right, but you did choose the economy rate, Ma'am, so delays are kind of expected, don't you think?"),
     c("Economy is your regular service. It's been four days.", None),
     t("I understand. Next time maybe choose express to avoid this. Is there anything else I can help you with?"),
     c("You didn't help with this one. I'll move my store to another courier.", None)],
))

# b06 monologue -------------------------------------------------------------
o = c("Hi, Alasdair from Thistle Cellars. I emailed yesterday. We want to bring in our first pallet of wine from a wee estate in Stellenbosch.", None)
PAIRS.append(gpair(
    "b189g_uk_forwarder_wine_import", "freight forwarder, Edinburgh", "monologue",
    "Owner of a small wine importer in Edinburgh calls a freight forwarder about bringing in his first pallet from South Africa.",
    [o,
     t("Hi Alasdair, yes, got your email. First shipment, so let's go step by step. Is the winery arranging anything their end, or is it all on you from the cellar door?"),
     c("All on us, I think. They said 'ex works', which I had to Google.", None),
     t("Ex works means you're responsible from their door: collection, export papers, sea freight, duty here. Were you planning to pay duty on arrival, or use a bonded warehouse?"),
     c("Pay on arrival, I think. How much is this going to cost all in? Our budget's pretty tight for the first one.", None),
     t("For one pallet in a shared container, door to door, freight's usually eleven to fourteen hundred pounds, with duty and VAT on top depending on value. Send me the pro forma invoice and I'll give you a full landed cost, no surprises."),
     c("That'd help. I'll get it off them tonight.", None),
     t("Great. I'll turn it round within a day, and flag any paperwork the winery needs so nothing gets held at Cape Town.")],
    [o,
     t("Fantastic, Alasdair, welcome aboard! Let me tell you about us. Twenty-two years moving wine, partners in Cape Town and Durban, and one of the only forwarders in Scotland with our own bonded store. Reefer containers at fourteen degrees the whole way, insurance, duty deferment, labelling, the lot."),
     c("Right. It's just the one pallet, though.", "no_need"),
     t("One pallet is where everyone starts! And you don't want it cooking across the equator without a reefer, honestly. We'd also suggest bonded storage, so you don't pay duty till you sell, and our label check, because UK labels are a minefield. What's important to you in a partner?"),
     c("Honestly, knowing what it'll cost. And I've no idea what 'ex works' means.", None),
     t("Great question, and cost is where we're very competitive. Ex works is just a term, we take care of all that. Our Cellar Service bundles collection, reefer, bond, insurance and labelling, so you never have to think about any of it."),
     c("Reefer and bond sounds dear for one pallet.", "too_expensive"),
     t("It's an investment in peace of mind. And for new clients we waive the setup fee. Shall I send the paperwork over?"),
     c("I'll have a think and come back to you.", "think_it_over")],
))

# b07 closing_as_open_question ----------------------------------------------
o = c("Hi, our copier's ancient and the agents hate it. I'm looking at options, but there's no rush, we're month-to-month on the old lease.", None)
PAIRS.append(gpair(
    "b189g_us_copier_realestate_office", "copier dealer, Atlanta, Georgia", "closing_as_open_question",
    "Office manager of a twelve-agent real estate brokerage in Atlanta asks a copier dealer about replacing their old multifunction printer.",
    [o,
     t("Thanks for reaching out. What do the agents hate most about it?"),
     c("Scanning. They scan contracts all day and it takes forever, and half the time scan-to-email fails.", None),
     t("So slow scanning and failed scan-to-email are the big ones. How much do you print versus scan, roughly?"),
     c("Printing's dropped a lot. Listing flyers, maybe two thousand pages a month, mostly color. Scanning is constant.", None),
     t("Then a mid-size color machine with a fast duplex scanner fits; you don't need a production unit. I could bring a demo for a week so the agents try scanning their own contracts. Would that help?"),
     c("A week trial? Yeah, that'd convince my broker more than a brochure.", None),
     t("Great. I'll set it up for Monday and leave pricing with you at the end of the week, no paperwork until then.")],
    [o,
     t("Great! So if I could show you a machine that fixed everything, what would it take for you to sign today?"),
     c("I'm not signing anything today. I'm just looking.", "brush_off"),
     t("Totally fair. Just out of curiosity, how would you prefer to do the lease, thirty-six months or sixty?"),
     c("I don't even know what machine we need yet. Scanning is our problem.", None),
     t("Love it. So once we solve the scanning, which day works best for delivery, Wednesday or Thursday?"),
     c("Neither. My broker approves anything over a few hundred a month.", "think_it_over"),
     t("Of course. And what would your broker need to hear from you to say yes by Friday?"),
     c("That I compared a few dealers. Which I'm going to go do now.", "think_it_over")],
))

# b08 pitch_as_paraphrase ---------------------------------------------------
o = c("So the problem's simple. March to July we do three times the orders, and the two of us can't pack that fast out of our unit in Digbeth.", None)
PAIRS.append(gpair(
    "b189g_uk_fulfilment_bike_parts", "fulfilment warehouse, Birmingham", "pitch_as_paraphrase",
    "Founder of an online bike-parts shop in Birmingham meets a fulfilment warehouse's account manager; spring is their peak and their unit can't cope.",
    [o,
     t("Three times the orders for five months. What does the rest of the year look like, do you manage fine?"),
     c("Yeah, September to February we're alright. I don't want to hand everything over if I don't have to.", None),
     t("Makes sense. So the peak is the pain, and you'd rather keep the quiet months in-house. Would we need all your SKUs, or just the fast movers?"),
     c("Probably just the top hundred. Chains, tubes, brake pads. That's eighty percent of orders.", None),
     t("Then one option is a seasonal split: we hold your top hundred March to July and pick those orders, you do the rest. I can price it per order instead of a monthly minimum. Does that fit how you think about it?"),
     c("Per order I like. Monthly minimums are what put me off the last place I spoke to.", None),
     t("Understood. I'll send a per-order quote on the top hundred by Tuesday, with setup costs shown separately so nothing's hidden.")],
    [o,
     t("Love that. And what does your ideal fulfilment experience look like?"),
     c("Someone packing orders for us at peak. March to July, mainly.", None),
     t("So what you need is our Fulfilment Plus plan, all SKUs, twelve months, at £2,400 a month. Is that right?"),
     c("Twelve months? I said March to July.", "no_need"),
     t("Right, so what I'm hearing is you want peace of mind all year round, and that's exactly what Fulfilment Plus gives you. Did I get that right?"),
     c("No. And two grand a month in winter for doing nothing is mad.", "too_expensive"),
     t("Absolutely. So to play it back: you need a partner who grows with you, which is Fulfilment Plus. Shall we book your onboarding?"),
     c("I'm going to look at a few other warehouses.", "think_it_over")],
))

# b09 upsell_as_loop_closing ------------------------------------------------
o = c("Hi, we have thirty new agents starting on the fifteenth. I need headsets and basic supplies for each one, same kit as the last batch.", None)
PAIRS.append(gpair(
    "b189g_ph_office_supplies_bpo_new_hires", "office supplies distributor, Pasig", "upsell_as_loop_closing",
    "HR admin of a call centre in Pasig orders starter kits for 30 new hires from an office-supplies distributor.",
    [o,
     t("Hi! Let me check your last order... thirty USB headsets, notebooks, pens and lanyards. Same headset model?"),
     c("Yes, but some of the ear cushions from last time tore after two months. Is there a better one near the same price?", None),
     t("There's one with leatherette cushions you can buy separately, about eighty pesos more per unit. If a cushion goes, you replace the cushion, not the headset. Want that one?"),
     c("Eighty more times thirty... okay, fine, it's cheaper than replacing headsets.", None),
     t("Great. Thirty of those, plus notebooks, pens and lanyards, delivered by the twelfth so IT has time to test them. Anything else for this batch?"),
     c("No, that's all. Please send the quotation to finance po.", None),
     t("I'll email it to finance within the hour and copy you.")],
    [o,
     t("Hi! Thirty headsets, notebooks, pens, lanyards, same as last time. Before I finalise, what else can I add for your new hires?"),
     c("That's it, the same kit.", None),
     t("Got it. And just to close the loop, what else can I add for their experience? We have ergonomic mouse pads and a welcome mug set."),
     c("No need. Our budget is fixed per hire.", "no_money"),
     t("Understood. So to make sure all their needs are met, what else can I add? Our premium noise-cancelling headsets are very popular with BPOs."),
     c("Premium? The last headsets you sold us tore after two months.", "bad_experience"),
     t("So sorry to hear that! Is there anything else I can add, maybe the extended warranty pack?"),
     c("No more adding. Send the quotation for the same kit. I'll check other suppliers also.", "think_it_over")],
))

# b10 leading_tag_questions -------------------------------------------------
o = c("Hi, it's Rosa at Vega Farms packing. Season starts in April and we're short on pallets. Looking at renting instead of buying this year.", None)
PAIRS.append(gpair(
    "b189g_us_pallet_rental_strawberries", "pallet rental, Salinas, California", "leading_tag_questions",
    "Shipping manager at a strawberry packing house in Salinas, California calls a pallet rental company before the season.",
    [o,
     t("Hi Rosa. Happy to help. What's pushing you toward renting this year?"),
     c("We bought whitewood last year and lost like a third of them. Retailers keep them, or they come back broken.", None),
     t("A third gone is a lot. Where do most of your loads go?"),
     c("Mostly two grocery DCs in the Central Valley, some to a terminal in LA.", None),
     t("Both DCs are on our pool, so they send pallets back to us, not you. The LA terminal I'd have to check. How many a week at peak?"),
     c("Eight hundred, maybe? But I'm not gonna lie, rental fees scare me. Whitewood's cheap upfront.", "too_expensive"),
     t("Fair. Rental costs more per trip, but you stop losing a third. Send me last year's pallet spend and losses, and I'll do a side-by-side. If renting doesn't come out cheaper, I'll tell you."),
     c("Okay, deal. I'll send it this week.", None)],
    [o,
     t("Hi Rosa! You'll be wanting our premium block pallets for strawberries, won't you?"),
     c("Um, I don't know. What's the difference?", None),
     t("They're sturdier. And you wouldn't want your berries on cheap pallets, would you?"),
     c("Well, the pallets weren't really the problem last year. Losing them was.", None),
     t("Sure, and that's why you'd want the full tracking add-on too, wouldn't you?"),
     c("How much does all that add up to? Our pallet budget's already set and it isn't big.", "no_money"),
     t("It's a bit more, but you'd agree quality's worth it, wouldn't you? So let's lock in eight hundred premium, shall we?"),
     c("I didn't agree to anything. I'll call you back.", "brush_off")],
))
