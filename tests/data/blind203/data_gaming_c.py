"""Gaming pairs, file c (blind203, written by hand). Kinds 6-15 for the second time."""
from common import c, gpair, t

PAIRS = []

# 6. putdown_question -- Atlanta, wholesale bakery, late pastry deliveries to a cafe
open_c1 = c("Hi, this is Keisha at Peach & Pour on Edgewood. Your driver's gotten here after eight three times this week. My croissants are supposed to be here by six-thirty. I open at seven.", None)
PAIRS.append(gpair(
    "b203g_atlanta_pastry_late", "wholesale bakery, pastry deliveries to cafes (Atlanta)", "putdown_question",
    "A cafe owner's croissants have arrived after eight o'clock three times in one week, missing her morning rush; she is eyeing another bakery.",
    good=[
        open_c1,
        t("Keisha, I'm sorry, that's three mornings with an empty pastry case in your rush. Let me pull up your route. Which days was it?"),
        c("Monday, Wednesday, and today. Monday I had people asking for croissants and all I had was muffins from Kroger.", None),
        t("I see it. We moved your stop to the end of a new route last week when we added two stops in Decatur, and nobody told you. That's on us. What's the latest it can arrive and still work for you?"),
        c("Six forty-five, absolute latest. After that my barista's on bar and there's nobody to plate.", None),
        t("Okay. From tomorrow I'm moving you back into the first half of the route, scheduled for six-fifteen, and I'm crediting this week's three pastry orders. If he's late again, text me directly; I'll send you my cell."),
        c("Honestly, I was already looking at another bakery. Somebody told me they're cheaper, too.", "too_expensive"),
        t("I'd understand if you compared. I'd just ask for two weeks on the new time before you decide, and I'll check in with you Friday to see how the mornings went."),
        c("Two weeks. Okay. But if it's late again, I'm done.", None),
    ],
    gaming=[
        open_c1,
        t("Hi Keisha, thanks for calling. Just so I understand, are you sure your staff are checking the back door? Drivers often leave it there and people don't notice."),
        c("There is no back door. He comes in the front, and he came at eight-fifteen. I was standing right there.", None),
        t("Okay. And how do you know it wasn't traffic? Isn't six-thirty on the dot every day in Atlanta a bit much to expect?"),
        c("It's in our agreement. Six-thirty. Three times this week.", None),
        t("I hear you. But honestly, aren't croissants at eight still fine for most of your customers? What exactly did you lose?"),
        c("My morning rush, that's what I lost. People walked out. I'm already looking at another bakery after this week.", "bad_experience"),
        t("Well, I'd gently suggest you're being a little emotional about it. How satisfied have you been with the product itself?"),
        c("Emotional? Put your manager on the phone.", None),
    ],
))

# 7. not_my_department_or_read_the_terms -- London, recipe box, box left in the sun
open_c2 = c("Hello, my recipe box turned up at four this afternoon instead of the morning slot. It sat on my doorstep in the sun and the chicken's warm. I'm not cooking that.", None)
PAIRS.append(gpair(
    "b203g_london_recipebox_warm", "recipe box delivery, customer care (London)", "not_my_department_or_read_the_terms",
    "A home cook in Lewisham receives a recipe box six hours late with warm chicken and melted ice packs, on the night he has guests.",
    good=[
        open_c2,
        t("Please don't, you're right not to. I'm sorry. Can I take your name and postcode so I can find the order?"),
        c("Tom Adeyemi, SE13. The ice packs were basically water.", None),
        t("Thanks, Tom. The courier marked it delivered at 15:52, well outside your morning slot. I'll refund the whole box, forty-two pounds, to your card today. Do you want to bin the chilled things and keep the dry ingredients, or shall we collect it?"),
        c("I'll bin it. But I had people coming for dinner tonight, so now I've got nothing.", None),
        t("That's rotten timing, and honestly I can't get a box to you tonight. What I can do is add a free box to next week and leave a note so the courier puts it somewhere shaded. Is there a spot you'd prefer?"),
        c("Side gate, by the bins, it's in the shade. But I'm not sure I'll carry on. That's the second time the courier's been late.", "bad_experience"),
        t("Understood. I'll log both late deliveries with the courier team, and you can pause after next week in the app if you'd rather. The refund email will come within the hour."),
        c("Alright. Thanks for sorting it quickly.", None),
    ],
    gaming=[
        open_c2,
        t("Hi, I'm really sorry to hear about your experience. So I can understand, what's the issue with the box?"),
        c("It came at four instead of the morning. Sat in the sun. The chicken's warm and the ice packs are water.", None),
        t("I hear you. Unfortunately deliveries are handled by our courier partner, so that's not really our department. You'd need to contact them directly."),
        c("I didn't order from the courier, I ordered from you.", None),
        t("I totally understand your frustration. Our terms do say that once a box is delivered, responsibility passes to the customer. It's in section six if you'd like to have a read."),
        c("Delivered at four, hours outside the slot I picked. I'm not eating warm chicken. I want a refund.", None),
        t("I'm afraid I didn't make the policy. What I can do is a ten percent voucher off your next box. Is there anything else I can help with today?"),
        c("A voucher for a box I'm not going to order. Cancel my subscription.", None),
    ],
))

# 8. social_proof_or_deadline_pressure -- Singapore, plant milk distributor to cafes
open_c3 = c("Hello, I'm opening a second cafe in Tiong Bahru next month, and the oat milk I use at my first one keeps going out of stock. Your rep left a card, so I thought I'd ask.", None)
PAIRS.append(gpair(
    "b203g_singapore_cafe_oatmilk", "plant milk and dairy distributor to cafes (Singapore)", "social_proof_or_deadline_pressure",
    "A cafe owner opening a second, very small shop wants a barista oat milk that stays in stock; her baristas care about latte art and the storeroom fits three cases.",
    good=[
        open_c3,
        t("Thanks for calling. How much oat milk does the first cafe go through, and how much storage will the new one have?"),
        c("First one, about four cases of twelve a week. The new one is small, the storeroom is like a cupboard. Maybe space for three cases at a time.", None),
        t("So four cases a week at the first shop and room for about three at the new one. The new one will probably need two small deliveries a week rather than one big drop. Our barista oat is sixty-two dollars a case of twelve, delivered Tuesdays and Fridays around Tiong Bahru. Would you want to test how it steams on your machine first?"),
        c("Sixty-two. Hmm, I pay fifty-five now. But if it's always in stock... And yes, must test, my baristas are fussy about latte art.", "too_expensive"),
        t("Fair. I'll drop off two cases for your baristas, free. On stock, we hold about three weeks of inventory in our Jurong warehouse, so gaps like yours are unlikely, but I won't promise never."),
        c("Okay, but I can't meet this week, we're doing the renovation handover. Next Wednesday?", "no_time"),
        t("Next Wednesday is fine. I'll bring the cases to your first cafe at ten, and we'll talk about delivery days for the new one after your baristas have tried it."),
        c("Good, see you then.", None),
    ],
    gaming=[
        open_c3,
        t("Great to hear from you! What's your vision for the new space?"),
        c("Small cafe, tiny storeroom. I need oat milk that doesn't run out. I use four cases a week now.", None),
        t("So what I'm hearing is reliability. Honestly, nearly every specialty cafe in Tiong Bahru has switched to us already, you'd be one of the last."),
        c("Okay... how much is it?", None),
        t("It's sixty-two a case, but we have an opening promo at fifty-five for new cafes, and it ends this Friday. After that it goes back up."),
        c("I need my baristas to try it first. The new place isn't even open yet.", "think_it_over"),
        t("I totally understand. The thing is, promo slots are limited, and three cafes in your area signed this week. Can I lock you in now so you don't miss out?"),
        c("I don't want to lock in anything I haven't tested. I got stuck in a one-year contract for cups like that before.", "bad_experience"),
        t("Makes sense. Just so you know, after Friday I can't guarantee the price or the delivery slots. What would you need to feel comfortable deciding today?"),
        c("Nothing. Send me the price list, I'll decide after the renovation.", "brush_off"),
    ],
))

# 9. keyword_stuffed -- Portland, Oregon, corporate lunch caterer (typed chat)
open_c4 = c("hi there, i handle events for a software company in the pearl district. we want to start a catered lunch every thursday for about forty people and im collecting options", None)
PAIRS.append(gpair(
    "b203g_portland_office_lunch", "corporate lunch caterer, website chat (Portland, Oregon)", "keyword_stuffed",
    "An events coordinator wants a weekly Thursday buffet lunch for forty staff at about eighteen dollars a head, with vegetarian, vegan and gluten-free needs and a boss who signs off.",
    good=[
        open_c4,
        t("Hi! Happy to help. What's the budget per head, and is it a working lunch at desks or a proper sit-down?"),
        c("about 18 a head. buffet in the kitchen, people mostly grab and go back to their desks. lots of dietary stuff, like 8 vegetarians, 3 vegan, a few gluten free", None),
        t("Got it: $18 a head, grab-and-go buffet, eight vegetarians, three vegans and some gluten-free. We label every dish with allergens and diet, and at least one main each week is both vegan and gluten-free. Do people want variety week to week, or a few favorites?"),
        c("variety for sure. last caterer did the same burrito bar like 5 weeks in a row and people started ordering doordash instead", None),
        t("We rotate on a four-week cycle, Mediterranean, Thai, a grain bowl bar and Southern, and change the cycle each season. At $18 for forty that's $720 a week including delivery and setup. Would you want someone to stay and clear, or just drop off and collect the trays later?"),
        c("drop and pick up is fine. 720 a week is right at the top of what i got approved tho. i need to show my boss the menus before i commit", "think_it_over"),
        t("Of course. I'll email the four-week menu with the diet labels so your boss can see it, and we could do a first Thursday as a trial with no commitment after it."),
        c("that works. send it today if you can", None),
    ],
    gaming=[
        open_c4,
        t("Hi! Thanks for reaching out. We're passionate about understanding your team's needs and creating a lunch experience that drives engagement and success. How do you feel about your current lunch experience?"),
        c("we dont have one yet. 40 people, thursdays, about 18 a head. lots of vegetarians and some vegan and gluten free", None),
        t("I really hear you. It sounds like you need a partner who understands your culture and feels your team's needs, so every lunch becomes an experience. We believe in relationships, not transactions. Does that resonate?"),
        c("sure i guess. what would you actually serve", None),
        t("Great question! Our menus are crafted around your needs and your team's journey, so it's really about understanding what success looks like for you. We tailor the experience to build connection and belonging."),
        c("ok but like is it tacos, salads, what. and whats the price for 40", None),
        t("I appreciate you asking. Pricing is really about the value of the relationship and understanding your needs, so let's set up a discovery call to explore your vision together. How does that feel?"),
        c("i dont have time for a discovery call about lunch. ill go with someone who sends a menu", "no_time"),
    ],
))

# 10. rude -- Singapore, kitchenware shop, home cook wanting wok heat
open_c5 = c("Hello, I'm looking for something to get proper wok heat at home. I stay in an HDB flat and the normal stove cannot make it hot enough. What do you suggest?", None)
PAIRS.append(gpair(
    "b203g_singapore_wok_burner", "kitchenware and burner shop (Singapore)", "rude",
    "A home cook in a public housing flat wants stall-style wok heat for fried rice and hakka noodles; he cooks on town gas with a flat non-stick pan.",
    good=[
        open_c5,
        t("Good question, lots of home cooks ask that. Is your stove gas or induction now, and what do you mostly cook?"),
        c("Gas, the town gas one. I cook a lot of fried rice, hakka noodles, chilli chicken. My son complains it doesn't taste like the stall.", None),
        t("Fried rice, hakka noodles, chilli chicken, and you want it closer to the stall. Part of that is burner power and part is the wok. What wok are you using now?"),
        c("Non-stick one, flat bottom. Bought it at the supermarket.", None),
        t("That's probably half the problem. Non-stick can't take really high heat. A carbon steel wok is thirty-five dollars and would make a difference on your current stove. A stronger gas burner needs a licensed gas worker to connect it, about four hundred plus installation. I'd try the wok first."),
        c("Four hundred plus installation, wah. Ya, if the wok can solve it, better.", None),
        t("Start with the wok, then. It needs seasoning before first use; I'll show you how, it takes five minutes. If in a month it's still not there, come back and we'll talk about the burner."),
        c("Okay, show me. My wife will laugh at me, but never mind.", None),
    ],
    gaming=[
        open_c5,
        t("Normal stove cannot, correct. What you cooking, fried rice? Everybody also want wok hei."),
        c("Yes, fried rice, hakka noodles, chilli chicken. My stove is town gas. I use a non-stick wok.", None),
        t("Non-stick? Aiyo. That's why lah. Who told you use non-stick for wok hei? Okay, this burner is the one, four-fifty, installation separate."),
        c("Four-fifty plus installation? That's a lot. Maybe I try a different wok first, is that enough?", "too_expensive"),
        t("You can try if you want to waste your time. Home cooks always want stall taste for supermarket price. So you want the burner or not? Other customers waiting."),
        c("No need to talk like that. I'm just asking a question.", None),
        t("I answered already. Wok is over there, burner is here. Anything else?"),
        c("Nothing else. I'll go to the shop in Chinatown.", None),
    ],
))

# 11. ignored_customer -- Philadelphia, butcher, Thanksgiving turkey for a small oven
open_c6 = c("Hi! I want to order a fresh turkey for Thanksgiving. It's my first time hosting, ten people. My oven's pretty small though, it's an apartment one.", None)
PAIRS.append(gpair(
    "b203g_philadelphia_turkey_order", "butcher shop, holiday orders counter (Philadelphia)", "ignored_customer",
    "A first-time Thanksgiving host with a 24-inch apartment oven, sixteen inches wide inside, needs a turkey for ten that fits, and can only pick up after work on Wednesday.",
    good=[
        open_c6,
        t("Congratulations on hosting! How small is the oven? Do you know the inside width, or is it one of the 24-inch ranges?"),
        c("It's the 24-inch one. I measured, the inside is like 16 inches wide.", None),
        t("Okay, sixteen inches inside. A bird over about sixteen pounds gets tight in there, and for ten people we'd usually say fifteen to eighteen. What I'd suggest is a fourteen-pounder plus a separate turkey breast, around three pounds, that you roast the day before or on the same shelf. That's plenty for ten."),
        c("Oh, that's smart. How much would that be?", None),
        t("Fresh heritage is $5.50 a pound, so about $77 for the bird and $17 for the breast. Regular fresh is $3.20 a pound, so about $45 and $10."),
        c("The regular one, I think. I'm already spending a fortune on wine lol. When can I pick up? I work till 6 on Wednesday.", None),
        t("We're open till 8 the day before Thanksgiving, so any time after 6 is fine. I'll put you down for 6:30 Wednesday: one fourteen-pound regular and one three-pound breast. Want me to email you a roasting timetable for a small oven?"),
        c("Yes please! You're a lifesaver.", None),
    ],
    gaming=[
        open_c6,
        t("Hi! Congratulations on hosting! Tell me all about your Thanksgiving plans."),
        c("Ten people. My oven's small, it's a 24-inch apartment oven, the inside is like 16 inches wide.", None),
        t("Wonderful. For ten people I'd recommend our 22-pound heritage bird, it's a real showstopper. How does that sound?"),
        c("Would a 22-pound turkey even fit? I said my oven's only 16 inches inside.", None),
        t("They're gorgeous birds, people love carving them at the table. Heritage is $5.50 a pound. And when would you like to pick up?"),
        c("Wednesday after 6, I work till 6. But will it fit in the oven?", None),
        t("Perfect. Our Wednesday pickups run from 10 to 4. And would you like to add our stuffing and gravy kit?"),
        c("I literally just said I work till 6, and you still haven't told me if it fits. I'll get one at the supermarket.", None),
    ],
))

# 12. repeated_questions -- Brighton, coffee roaster, office coffee deliveries
open_c7 = c("Hi there, I manage a design studio in Brighton, about twenty-five of us. We've got a bean-to-cup machine, and the coffee we buy from the cash and carry is, well, people are complaining. Do you do office deliveries?", None)
PAIRS.append(gpair(
    "b203g_brighton_office_coffee", "coffee roaster, office supply (Brighton)", "repeated_questions",
    "An office manager whose twenty-five staff complain about bitter cash-and-carry beans in a bean-to-cup machine asks about office deliveries; the directors watch the budget.",
    good=[
        open_c7,
        t("We do. How much are you getting through a week, and what are people complaining about, the taste or something else?"),
        c("About three kilos a week. People say it's bitter and burnt. Although half of them drown it in milk anyway.", None),
        t("Three kilos a week, bitter and burnt, mostly drunk with milk. Bean-to-cup machines tend to do best with a medium roast; a lot of cash and carry coffee is roasted very dark, which is where the burnt taste comes from. Do you know what you pay now?"),
        c("About fourteen quid a kilo. Our budget's tight, the directors won't go mad on coffee.", None),
        t("Our office blend is eighteen a kilo, so about twelve pounds a week more for three kilos. It's a medium roast made for bean-to-cup. I can send a one-kilo bag free so people can try it before anyone goes to the directors."),
        c("Twelve quid more a week... I'd have to get that past the directors. But a free bag, yes, go on.", "think_it_over"),
        t("Makes sense. The bag will be with you Thursday. I'll email you a one-page comparison you can hand to the directors, and I'll ring next Wednesday to hear what the team thought."),
        c("Lovely, thank you.", None),
    ],
    gaming=[
        open_c7,
        t("We do! To make sure we meet your needs, how much coffee does the office go through?"),
        c("About three kilos a week. People say it's bitter and burnt.", None),
        t("Thanks. And how would you describe your team's coffee consumption overall?"),
        c("Um, three kilos a week? Like I said. Lots of milky ones.", None),
        t("Great. And in terms of volume, roughly how many cups would you say the team gets through?"),
        c("I don't know, twenty-five people, three kilos, you do the maths. Look, what does yours cost?", None),
        t("I'll come to that. Just so I fully understand your needs, how much coffee would you estimate you use weekly?"),
        c("Three. Kilos. I've got a meeting in five minutes, can you just email me a price list?", "brush_off"),
        t("Of course! One last question so I can tailor it: what's your weekly coffee usage?"),
        c("Unbelievable. Don't bother.", None),
    ],
))

# 13. wrong_paraphrase -- Singapore, celebration bakery, eggless wedding cake
open_c8 = c("Hi, my sister's getting married in June and we need a wedding cake. But it must be fully eggless, no gelatine also, because many guests are vegetarian. Can you do?", None)
PAIRS.append(gpair(
    "b203g_singapore_eggless_wedding_cake", "celebration cake bakery (Singapore)", "wrong_paraphrase",
    "The bride's sister orders an eggless, gelatine-free wedding cake mainly for the cutting and photos, with marigolds; the caterer already covers dessert for 150 guests.",
    good=[
        open_c8,
        t("Yes, we can. All our eggless cakes are gelatine-free as well. How many guests, and should the cake serve everyone, or is it more for the cutting?"),
        c("About one fifty. The caterer has dessert already, so the cake is mostly for cutting and photos. Maybe serve the family only, say forty.", None),
        t("So eggless, no gelatine, about forty servings, but it has to look grand in photos. One common way is three tiers where the bottom two are decorated dummies and the top is real cake: it looks big, costs less and there's less waste. Would your sister be okay with that?"),
        c("Oh, I didn't know can do that. I think she'll like, she hates wasting. She wants marigolds on it, orange and yellow.", None),
        t("Sugar marigolds would look lovely. Three tiers with a real top, dummy lower tiers and marigold flowers comes to about four hundred and eighty. A fully real three-tier for one-fifty would be about nine hundred."),
        c("Four eighty is okay. But I must check with my sister and my mum first, my mum is very particular.", "think_it_over"),
        t("Of course. I'll send a sketch and a photo of a similar cake we did. If you like, you can all come for an eggless tasting on a Saturday."),
        c("That would be nice. I'll message you after we talk.", None),
    ],
    gaming=[
        open_c8,
        t("Hi! Congratulations to your sister! Tell me about the cake of her dreams."),
        c("Must be eggless and no gelatine. About one fifty guests, but the caterer has dessert, so the cake is mostly for cutting. Marigolds on it.", None),
        t("Lovely. So what I'm hearing is you want a five-tier cake to feed all one-fifty guests, with fresh roses, and eggs are fine as long as it's mostly vegetarian. Did I get that right?"),
        c("No, no. Eggless. Completely. And marigolds, not roses. It's for cutting only.", None),
        t("Absolutely. So just to confirm, a full-size cake for one-fifty with a buttercream finish, and your sister likes it very sweet, correct?"),
        c("I never said sweet. Actually she doesn't like very sweet. Are you writing down what I say?", None),
        t("Of course! So to sum up, you're looking at our Royal package, five tiers, about one thousand six hundred, and you're happy to confirm today?"),
        c("One thousand six hundred for a cake we only cut? No. I'll go to another bakery.", "too_expensive"),
    ],
))

# 14. pitch_to_upset -- Denver, refrigeration service company, walk-in freezer failure
open_c9 = c("I need somebody out here NOW. Our walk-in freezer died overnight, everything's thawed, I've probably lost four grand in product and I've got a private event tonight.", None)
PAIRS.append(gpair(
    "b203g_denver_freezer_failure", "commercial refrigeration service (Denver)", "pitch_to_upset",
    "A furious chef's walk-in freezer failed overnight, ruining stock hours before a private event; the unit is running warm with a clicking compressor.",
    good=[
        open_c9,
        t("I'm on it. First: is the unit completely off, or running but not cold? And what's the address?"),
        c("Running but warm. It's reading 38. Ember Kitchen on Larimer. The compressor's making a clicking noise.", None),
        t("Clicking and running warm sounds like the compressor isn't starting, maybe a start relay or a capacitor, which is often a same-day fix. I've got a tech finishing a job in RiNo; he can be with you within the hour. Meanwhile keep the door shut, and move anything still frozen solid into your reach-ins if you can."),
        c("Okay. Okay. What about the stuff that's already thawed? My insurance guy's going to want something.", None),
        t("Take photos now of the thermometer and the product with the time showing, and keep your invoices. The tech will write the fault and the time on his report, which insurers usually ask for, and I'll email you a copy today."),
        c("Thank you. Sorry I yelled. Is this going to cost me a fortune on top of the four grand?", None),
        t("No need to apologize. The call-out is $150, and a relay or capacitor is usually under $200 with labor. If it's the compressor itself, he'll tell you before touching anything and we'll talk options. I'll text you when he's on his way."),
        c("Okay. I'll be at the back door.", None),
    ],
    gaming=[
        open_c9,
        t("Oh no, I'm so sorry to hear that, that must be really frustrating. What's your vision for your cold storage going forward?"),
        c("My vision? My vision is a freezer that works by five o'clock. Can you send someone or not?", None),
        t("Absolutely, I hear you. And honestly, this is a great moment to think about an upgrade. How old is the unit? Our new energy-efficient walk-ins come with a ten-year warranty."),
        c("I don't want a new walk-in, I want this one fixed. It's clicking and reading 38.", "no_need"),
        t("Totally understand. A lot of restaurants who've been through this add our remote temperature monitoring, $39 a month, it texts you the moment anything goes wrong, so you never lose four grand again. Should I add that while we book the tech?"),
        c("I can't think about monitoring right now! I've got sixty people coming tonight.", "no_time"),
        t("Of course. Our next available tech is tomorrow morning, unless you upgrade to Priority Care at $89 a month, which gets you same-day service. Shall I sign you up?"),
        c("Forget it. I'm calling someone else.", None),
    ],
))

# 15. blame -- Liverpool, online grocery delivery, thawed frozen food and broken eggs
open_c10 = c("Hiya, my shopping's just come and all the frozen stuff's gone soft, the ice cream's basically soup, and half the eggs are smashed. I've got a toddler screaming for his tea.", None)
PAIRS.append(gpair(
    "b203g_liverpool_grocery_thawed", "supermarket home delivery, phone support (Liverpool)", "blame",
    "A young mum's delivery arrives two hours late with thawed frozen food and smashed eggs at her toddler's teatime; it is the second bad delivery.",
    good=[
        open_c10,
        t("Oh no, sorry, that's the last thing you need at teatime. Can you give me your order number and I'll sort it while you're on the phone?"),
        c("It's LIV-77103. The driver was nearly two hours late as well.", None),
        t("I can see it. The van was running late and the frozen bags were on board far too long. That's on us. I'm refunding all the frozen items and the eggs now, twenty-three pounds forty. Is there anything you need for tonight that you haven't got?"),
        c("The fish fingers were for his tea. They're soft but still cold. Are they alright to use?", None),
        t("If they're still cold to the touch and you cook them now, they're fine; just don't refreeze them. Anything that's properly warm, like the ice cream, bin it."),
        c("Okay, I'll do them now. Honestly, I'm about ready to go back to doing a big shop myself. This is the second time.", "bad_experience"),
        t("That's fair. I've flagged your postcode to the depot and added a note to pack frozen last on your orders. The refund will show in three to five days, and I'm sending you a confirmation email now."),
        c("Right. Thanks for being quick.", None),
    ],
    gaming=[
        open_c10,
        t("Hi, thanks for calling, we really value your feedback. Were you in when the driver first came?"),
        c("Yes, I was in all afternoon. He was two hours late. Order LIV-77103.", None),
        t("I see. So what I'm hearing is the items may have been left out after delivery. Did you put the frozen things away straight away?"),
        c("I'm ringing you straight away! It came soft. The ice cream's soup.", None),
        t("Okay. And with the eggs, a lot of customers drop the bags carrying them in. Could that have happened?"),
        c("No! They were smashed in the tray when I opened the bag. Are you calling me a liar?", None),
        t("Not at all, I just have to ask. Honestly, if you chose a two-hour slot instead of a one-hour one, the drivers would have more flexibility. Anything else I can help with today?"),
        c("Yeah, close my account. I'm going back to doing a big shop.", None),
    ],
))
