"""Gaming pairs, part A: monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions (2 each). Written by hand for blind79."""
from common import c, gpair, t

PAIRS = []

# 1. monologue — Accra, Ghana: inverter backup for a chop bar
o = c("Good afternoon. Please, I run a small chop bar at Madina and this dumsor is killing my business. The freezer, the lights, the fan... I want to know if inverter can help me.", None)
PAIRS.append(gpair(
    "b79g_accra_inverter_backup", "inverter and battery shop, Accra, Ghana", "monologue",
    "A chop bar owner asks whether an inverter can keep her freezer and lights on during power cuts.",
    [o,
     t("Good afternoon, you're welcome. Sorry about the light-off wahala. So I can advise you well: when the light goes, what do you need to keep running, and for how long usually?"),
     c("The freezer first. Because if the fish spoil, I lose money. Then two bulbs and one standing fan. Sometimes light goes off six o'clock and comes back after midnight.", None),
     t("So the freezer is the main thing, because spoiled fish is money lost, then two bulbs and a fan, for up to six hours at night. Do you know the size of the freezer, or is there a sticker at the back with the watts?"),
     c("Chale, I don't know watts. It's the big chest freezer, the white one. I can snap the sticker and send you on WhatsApp.", None),
     t("Perfect, that's exactly what I need. A chest freezer for six hours is the heavy part, so I'd rather size it properly than guess. What amount were you thinking of, so I don't show you something that doesn't make sense for you?"),
     c("Hmm. My sister bought one inverter last year and the batteries died after four months. So I'm fearing to put big money there.", "bad_experience"),
     t("That's a fair worry. Batteries dying that fast usually means they were too small for the load, or the cheap type. When you send the sticker I'll show you two options with the battery type and the warranty written down, and you decide. Can I also pass by Madina on Thursday morning to look at your wiring before you pay anything?"),
     c("Thursday morning is ok. I open at eleven. I'll send the picture tonight.", None)],
    [o,
     t("You're welcome, madam! I understand your experience completely, dumsor is hard. Let me tell you what we have: our 5kVA hybrid inverter with lithium batteries, solar-ready, pure sine wave, it can carry fridge, freezer, TV, everything. It comes with a mobile app, you monitor from your phone anywhere. And our installation team is the best in Accra, over four hundred homes done."),
     c("Okay but the freezer, how long will it...", None),
     t("Exactly, the freezer, no problem at all! This unit carries it easily. Add two panels and you don't even need ECG again, you save every month. Lithium lasts ten years, not like the old tubular ones. The package is 28,500 cedis with installation and we have a payment plan. So how does that sound for your needs?"),
     c("Twenty-eight thousand? Ei. I have small chop bar o, not a hotel.", "too_expensive"),
     t("I hear you, and many small businesses said the same before they saw the savings! Think about it: no spoiled fish, no generator fuel, customers sitting under the fan, your business grows. We also have a 3kVA at 19,000 but honestly, for your success, the 5kVA is the one. Our customers love it, I can show you testimonials."),
     c("Please, I'll come back another time.", "brush_off"),
     t("No problem! Before you go, anything else I can help you understand about the package? Take the brochure, and remember the promo ends this month.")]))

# 2. monologue — El Paso, Texas: scooter for a mother, son translating
o = c("Hi, um, my mom's looking for like a small motorcycle or a scooter to get to work. She doesn't speak a lot of English so I'm gonna translate, is that ok?", None)
PAIRS.append(gpair(
    "b79g_elpaso_scooter_commute", "motorcycle and scooter dealer, El Paso, Texas", "monologue",
    "A teenage son translates for his mother, who wants a small bike to ride to her job instead of taking two buses.",
    [o,
     t("Of course, thanks for helping. Buenas tardes, señora. Could you ask her where work is and how far she'd ride each day?"),
     c("She says it's a laundry on Alameda, like six miles. She takes the bus now but with the transfer it's an hour and a half.", None),
     t("So about six miles each way, and the bus eats an hour and a half. Has she ridden before, and does she have a motorcycle license yet?"),
     c("She rode a moto in Juárez when she was young. No license here though. She's kinda nervous about the freeway, she says she'd stay on the streets.", None),
     t("That helps. For surface streets at that distance, a 50cc scooter is one option, or a 125 if she wants more pull in Alameda traffic. Both still need a license step here, and I can write down what it is. What's she comfortable spending, helmet and insurance included?"),
     c("She says, pues, like fifteen hundred, two thousand max. And cash. She doesn't want a loan.", None),
     t("Got it: cash, fifteen hundred to two thousand, no financing. We've got a used 125 with low miles at 1,650 and a new 50cc at 1,899. Would she like to sit on both, and I'll write out the license steps so she knows before she decides?"),
     c("Yeah, she wants to sit on them. She says gracias, you're the first place that asked her stuff instead of just talking to me.", None)],
    [o,
     t("Absolutely, welcome to Sun City Moto! What I'm hearing is she needs reliable, affordable transportation, and that's our whole experience here. We've got the new 150 scooter: fuel injected, ABS, about ninety miles to the gallon, it'll do sixty-five on I-10 no problem. And we've got zero percent financing for twenty-four months, best deal in El Paso."),
     c("Oh, um, she doesn't really wanna go on the freeway...", None),
     t("Totally, and she doesn't have to! But nice to have the option, right? Check out the storage, fits a full-face helmet. We've got riding jackets, gloves, the whole package. Customers tell us it changed their life. And financing is super easy, we run her credit today, ten minutes."),
     c("She says no loan. My uncle got burned by one of those financing places, she's not doing that.", "bad_experience"),
     t("No problem, cash works too! The 150 is 3,299 out the door and I'll throw in a helmet. Honestly, for her needs it's perfect. I've been selling bikes eleven years and this is the one I'd get my own mom. So does she want the red or the black?"),
     c("That's way more than she's got. We're gonna look around, thanks.", "no_money")]))

# 3. closing_as_open_question — Lahore, Pakistan: wedding outfit tailoring
o = c("Assalam o alaikum. Bhai, my younger brother's shaadi is in March, and my mother has been after me since Eid that I look like a beggar in every family photo, so this time she said go to a proper tailor. I need a sherwani, or maybe a prince coat, I don't even know the difference honestly.", None)
PAIRS.append(gpair(
    "b79g_lahore_sherwani_tailor", "men's tailoring shop, Lahore, Pakistan", "closing_as_open_question",
    "A schoolteacher needs something formal for his brother's wedding and doesn't know what to order.",
    [o,
     t("Walaikum assalam, and mubarak for your brother's shaadi. No problem. Which function is it for, the mehndi, the baraat or the walima? That changes what suits."),
     c("Baraat. The groom is wearing cream with gold work, so I shouldn't compete with him, my mother was very clear.", None),
     t("So for the baraat, something that stands next to a cream-and-gold groom without competing. A prince coat is shorter and simpler; a sherwani is longer and more formal. Do you want something you can wear again afterwards?"),
     c("Yes, that's the thing, I don't want to spend fifty thousand on something for one day. I'm a teacher, not a landlord.", None),
     t("Fair. Then a prince coat in a dark colour, bottle green or navy, plain with a little work on the collar, will serve you at weddings for years. Prince coats with stitching start around 18,000; a sherwani is 35,000 and up. Would you like to take swatches home to show your mother before we cut anything?"),
     c("Haha, yes, nothing happens without her approval. Can I bring her on Saturday?", None),
     t("Saturday is fine. I'll keep three swatches aside with your name, and we take measurements only once you've both chosen.")],
    [o,
     t("Walaikum assalam! Mubarak. I'm hearing this is a very special occasion for your family. So tell me, which of our sherwanis would you like to be measured for today?"),
     c("Today? Bhai, I only walked in. I haven't seen a single piece yet.", None),
     t("Of course! And when you find the right one, how soon would you like us to start stitching, so it's ready well before March?"),
     c("Look, I'm a school teacher. I can't be spending like a landlord on one day.", "no_money"),
     t("I totally understand your needs. What would it take for you to choose the velvet embroidered one today, if I give you ten percent off?"),
     c("Ten percent off of what? You haven't told me any price.", None),
     t("It's 62,000; with ten percent, under 56. How would you like to pay the advance, cash or JazzCash?"),
     c("Fifty-six thousand for one night? No bhai, my mother will kill me. I'll ask around in Anarkali.", "too_expensive"),
     t("Before you go, which day would suit you best to come back and finalise?")]))

# 4. closing_as_open_question — Casablanca, Morocco: apartment rental
o = c("Salam, bonjour. I saw your announce on Avito for the two-room apartment in Maârif. It's still available?", None)
PAIRS.append(gpair(
    "b79g_casablanca_flat_rental", "rental agency, Casablanca, Morocco", "closing_as_open_question",
    "A man whose wife is expecting a baby asks about a listed apartment; he lost a deposit with another agency.",
    [o,
     t("Salam, bonjour. Yes, still available. Before I send you visit times, can I ask who would live there and what matters most to you in the place?"),
     c("Me and my wife, and the baby comes in June inchallah. She works near Twin Center, she wants to walk. And elevator, important, for the stroller.", None),
     t("So two of you, soon three, walking distance to Twin Center for your wife, and an elevator for the stroller. This one is fourth floor with an elevator, about ten minutes on foot. Rent is 6,500 dirhams plus charges, and the owner asks two months' deposit. How does that sit with your budget?"),
     c("The rent, wakha, it's ok. But the deposit... last agency kept our caution for nothing, we never saw it again.", "bad_experience"),
     t("I understand, losing a deposit once makes anyone careful. Two things: the check-in inventory is done with photos that you sign too, so there's a record; and I can ask the owner if one month plus a guarantor works. Would you like to visit first, with your wife, to see if the place is even right?"),
     c("Yes, better like that. Saturday morning, she doesn't work Saturday.", None),
     t("Saturday at ten then. I'll send the address on WhatsApp with the inventory form, so you can read it before.")],
    [o,
     t("Salam! Yes, and I can tell this apartment is exactly what you're looking for. What would make you ready to reserve it today, before the other visitors this afternoon?"),
     c("Reserve? I didn't see it yet. Even the photos, there are only three.", None),
     t("Of course, I understand your need to feel comfortable. So when you reserve, would you prefer to pay the deposit by transfer or cash at the agency?"),
     c("Wait, wait. Is there an elevator? My wife is pregnant.", None),
     t("Great question! The building is very well kept. How many months of deposit would you like to start with, two or three?"),
     c("You didn't answer me. The last agency also, same thing, only pay, pay, and then they kept our caution. Khlass, not again.", "bad_experience"),
     t("I completely understand your experience. So what would it take for you to trust us enough to sign this week?"),
     c("A different agency. Bslama.", None)]))

# 5. pitch_as_paraphrase — Dhaka, Bangladesh: home broadband (chat)
o = c("hello bhaiya my net is very slow in evening, i am freelancer doing upwork, client calls drop. what package u have", None)
PAIRS.append(gpair(
    "b79g_dhaka_home_broadband", "fiber broadband provider, Dhaka, Bangladesh", "pitch_as_paraphrase",
    "A freelancer chatting on the provider's page: his current connection drops his client calls at night.",
    [o,
     t("Hello! Sorry about the drops, that really hurts when it's a client call. Which area are you in, and which provider and package are you on now?"),
     c("mirpur 10. other company, 20 mbps 1000 taka. morning fine, after 8 pm all dead", None),
     t("So Mirpur 10, 20 Mbps for 1000 taka, fine in the morning, dying after 8 pm. That sounds like the provider is overloaded in the evening more than your speed being too low. What time are your client calls usually?"),
     c("usa clients so night 9 to 1. exact worst time lol", None),
     t("So your working hours are exactly their busy hours. Is it only you on the line at night, or family streaming too?"),
     c("brother plays pubg and ammu watches natok on youtube. but even when they sleep its bad", None),
     t("Then it's likely the provider, not the package size. We have 30 Mbps at 1200 taka on fiber in Mirpur 10, and our evening load there is lighter, but don't take my word: there's a 7-day trial with the router, so you can test during your real 9-to-1 calls. Shall I book the technician?"),
     c("7 day ok. but if its same bad i am not paying installation, clear?", None),
     t("Clear. If it doesn't hold up on your calls in those seven days, we take the router back and there's no installation charge. Is Thursday afternoon ok for the visit?")],
    [o,
     t("Hello sir! Thank you for reaching out. So what I'm understanding is that you need our Freelancer Pro package, 80 Mbps with static IP at 2,500 taka, is that correct?"),
     c("no?? i didnt say that. i asked what u have. i pay 1000 now", None),
     t("Right, so if I understand you correctly, you want to stop paying for a bad connection and invest in a professional one like Freelancer Pro, yes?"),
     c("2500 is too much bro. for 2500 i can pay half my room rent", "too_expensive"),
     t("So what I'm hearing is that your work is important to you and you need the reliability only the Pro plan with static IP and priority support gives, did I get that right?"),
     c("you are hearing things i never said. i just need evening not to drop", None),
     t("Exactly, so to play that back: no drops in the evening, which means the Pro plan. Shall I send the bKash payment link?"),
     c("no thanks. ill ask my friend which company he use first", "think_it_over")]))

# 6. pitch_as_paraphrase — Kumasi, Ghana: cocoa farm inputs
o = c("Good morning. My name is Kwabena, I farm cocoa near Offinso. Since my father passed the farm to me, some of the pods turn black before they ripen. Last season I lost maybe one third. My neighbour says it's the rain, my uncle says it's juju, hahaha. So I said let me come to town and ask people who know.", None)
PAIRS.append(gpair(
    "b79g_kumasi_cocoa_inputs", "agro-input shop, Kumasi, Ghana", "pitch_as_paraphrase",
    "A young cocoa farmer who inherited his father's farm is losing pods to a black rot and wants advice.",
    [o,
     t("Good morning, Kwabena, you're welcome. Black pods before ripening sounds like black pod disease, and yes, rain makes it worse. Does it start from the pods near the ground, and have you sprayed anything before?"),
     c("Yes, the low ones first. Cocobod people came with the spraying gang two years ago, but me myself, I never sprayed.", None),
     t("Okay, starting low, and the only spraying was the mass spraying two years back. How big is the farm, and would you spray yourself or hire somebody?"),
     c("About four acres. I can spray myself, I have knapsack sprayer but the thing leaks small.", None),
     t("Four acres, you spraying with a leaking knapsack. The usual way is a copper fungicide every three to four weeks in the rains, and carrying the black pods off the farm. I'll be honest, it's not a one-time cost: for four acres, roughly 400 cedis a season. Is that workable for you?"),
     c("Four hundred... hmm. Money is tight now, the harvest money is not in yet.", "no_money"),
     t("I understand. Then let's start small: two sachets now, about 90 cedis, for the worst section, plus a 15-cedi seal kit so your sprayer stops wasting chemical. The rest when the harvest money comes. Does that work?"),
     c("That one I can do. Give me the two sachets and the seal.", None)],
    [o,
     t("Good morning, Kwabena! So what I'm hearing is that you need our complete Cocoa Success Package: fungicide, insecticide, foliar fertilizer and a motorized mist blower to protect your yield, is that right?"),
     c("Mist blower? No, I only said the pods are turning black.", None),
     t("Yes, exactly, so if I understand you correctly, the black pods mean your farm needs a full programme, and the motorized blower is what makes the programme work, correct?"),
     c("My knapsack sprayer is there. I don't need a machine.", "no_need"),
     t("I hear you saying you want to save time and labour, so the mist blower at 6,800 cedis is the right fit, and we add the granular fertilizer. Did I capture your needs correctly?"),
     c("Six thousand eight hundred?! Massa, I haven't even harvested. Where will I get that one?", "no_money"),
     t("So what you're telling me is you want to start the package and pay in two parts. Shall I write it?"),
     c("Me, I'm not telling you anything like that. Let me go and ask the extension officer first.", "think_it_over")]))

# 7. upsell_as_loop_closing — Dakar, Senegal: naming-ceremony catering
o = c("Salaam aleekum. I need a caterer for the ngénte of my daughter, next Saturday. Around eighty people. Thiebou dieune for sure.", None)
PAIRS.append(gpair(
    "b79g_dakar_ngente_catering", "event caterer, Dakar, Senegal", "upsell_as_loop_closing",
    "A mother books lunch for her baby daughter's naming ceremony at home.",
    [o,
     t("Maleekum salaam, and congratulations on your daughter! Eighty people next Saturday. Besides the thiebou dieune, what are you planning, and is it at the house or a hall?"),
     c("At the house, in Parcelles. My aunties make the lakh for the morning, that's their department, hahaha. I only need the lunch.", None),
     t("So lunch only, at the house in Parcelles, thiebou dieune for eighty, and the aunties have the lakh. Do you need us to bring the big bowls and serve, or only deliver?"),
     c("Deliver and serve. And on time, please. At my cousin's baptism the caterer came at four, people were hungry. Lunch must be there by half past one.", None),
     t("Understood: served by half past one, no later. Thiebou dieune for eighty with serving staff is 480,000 francs; we arrive at twelve to set up, and if we're late past half one, the service fee is waived. Does that work for you?"),
     c("Four hundred eighty... it's a bit much. My cousin says someone in Guédiawaye does it for 350.", "too_expensive"),
     t("Could be. Some do it without servers or with a cheaper fish. Ours is four servers and real thiof. If you want it lower, we can only deliver: 390,000. Which matters more to you?"),
     c("The serving. I don't want my aunties running around that day. Okay, 480, but you come at twelve.", None),
     t("Twelve o'clock, written in the contract. I'll send it on WhatsApp with the menu, and you pay the thirty percent advance only after reading it.")],
    [o,
     t("Maleekum salaam, congratulations! Eighty people, thiebou dieune, noted. And to make sure everything is covered for you, what else can I add? Most families take the yassa poulet as a second dish."),
     c("No, just thiebou dieune. It's a lunch, not a wedding.", "no_need"),
     t("Perfect. Before we close: would you like the drinks package too, bissap and bouye, to complete the experience for your guests?"),
     c("My aunties make the bissap. Really, only the food.", "no_need"),
     t("Understood! Just closing the loop, is there anything else, the tent, the chairs? So your needs are fully met."),
     c("How much is it now? With everything you are adding.", None),
     t("With thiebou dieune, yassa, drinks and the tent, 1,150,000. Anything else I can add for you, maybe the photographer?"),
     c("One million?! Ah non. I asked for one dish. Jërëjëf, I'll call somebody else.", "too_expensive")]))

# 8. upsell_as_loop_closing — Houston, Texas: pharmacy pickup for a father
o = c("Hey, I'm picking up for my daddy, Raymond Thibodeaux? Birthday three fourteen fifty-one. His blood pressure medicine. He's in the truck, his knees are bad today.", None)
PAIRS.append(gpair(
    "b79g_houston_pharmacy_pickup", "neighbourhood pharmacy, Houston, Texas", "upsell_as_loop_closing",
    "A daughter picks up her father's blood pressure prescription while he waits in the truck.",
    [o,
     t("Sure thing. I've got it: lisinopril, ninety-day supply. Before I ring it up, is he still taking it once a day in the morning?"),
     c("Yeah, mornings. Though he says it makes him cough at night, kind of a dry cough. He thinks it's allergies.", None),
     t("So a dry cough since he's been on it. That can be a side effect of lisinopril; not an emergency, but worth telling the pharmacist. Would you like her to talk to you now for a minute, or call him later?"),
     c("Huh. Nobody ever told us that. Can she call him? I got ice cream melting in the truck.", None),
     t("Absolutely. What's the best number, and what time is he up?"),
     c("House phone. He's up at five but don't call before nine, he's grumpy. 281-555-0147.", None),
     t("Nine or later, house phone. His copay's twelve dollars today, and I've put a note on his profile so she knows about the cough before she calls."),
     c("Twelve, okay. Thanks, hon.", None)],
    [o,
     t("Sure thing! Lisinopril, ninety days. And just closing the loop, what else can we add for him today? We've got a great blood pressure monitor on sale, fifty-nine dollars."),
     c("He's got a cuff at home. The VA gave him one.", "no_need"),
     t("Wonderful! So what else can I add to support his heart health journey? Our omega-3 is buy one get one this week."),
     c("No, he's not a vitamin guy. Listen, he's been coughing at night, is that—", "no_need"),
     t("Oh, coughing, we've got a whole cough and cold aisle! Anything else I can add, maybe honey lozenges? And is he in our rewards program? Takes two minutes."),
     c("Two minutes I don't have, there's ice cream in the truck. Just ring up the pills.", "no_time"),
     t("Of course! Twelve dollars. And one last thing to close the loop, would he like a flu shot while he's here?"),
     c("He's in the truck. Bye.", "brush_off")]))

# 9. leading_tag_questions — Kathmandu, Nepal: first scooter
o = c("Namaste dai. I want to buy a scooty for going to college and my tuition in Baneshwor. My first one, so I don't know much.", None)
PAIRS.append(gpair(
    "b79g_kathmandu_first_scooter", "two-wheeler showroom, Kathmandu, Nepal", "leading_tag_questions",
    "A college student buying her first scooter; her father will pay.",
    [o,
     t("Namaste, welcome. First scooter, exciting! How far is it from home to college and tuition, and is the road flat or up and down?"),
     c("From Kirtipur. Some uphill near home, and the traffic at Kalanki is horrible.", None),
     t("Kirtipur to Baneshwor, a hill and Kalanki traffic. Have you practised on anyone's scooter yet? In stop-start traffic it matters that both feet reach the ground, so we'll check that when you sit."),
     c("My cousin's Dio, a little. My feet just touch on that one. Papa is paying, so he decides the budget, not me, haha.", None),
     t("Then a lighter 110cc with a lower seat would suit, and it's enough for the Kirtipur hill. We have two, around 2.6 and 2.9 lakh. Would it help if your father came for a test ride with you, so he sees both?"),
     c("Yes, he'll want to bargain anyway. Saturday?", None),
     t("Saturday is good. I'll keep both ready and write the on-road price with registration, so there are no surprises.")],
    [o,
     t("Namaste! First scooter, wow. You'll want something with power for Kathmandu roads, won't you?"),
     c("Hmm, I don't know. Something easy to handle maybe.", None),
     t("Easy, yes, but you don't want to be left behind on the uphill, right? The 125cc is the smart choice, isn't it?"),
     c("Is it heavy? My feet only just touch the ground on my cousin's Dio.", None),
     t("You'll get used to it in a week, won't you? And you'd want the disc brake and the Bluetooth console for safety, wouldn't you? That's the top variant, 3.4 lakh."),
     c("3.4 lakh? Papa said maximum 2.7. That's out of my reach, dai.", "no_money"),
     t("But your safety is worth an extra seventy thousand, isn't it? Your father wouldn't want you on a weaker scooter, would he?"),
     c("Please don't make it about my safety. I'll come with Papa some other day.", "think_it_over"),
     t("Sure, but prices go up next month, and you don't want to miss that, do you?")]))

# 10. leading_tag_questions — Tucson, Arizona: textbooks for a returning student
o = c("Hi, um, sorry. I'm starting at Pima in January, nursing prerequisites, and they gave me this list of books and I honestly don't know what I'm looking at.", None)
PAIRS.append(gpair(
    "b79g_tucson_nursing_textbooks", "independent textbook store, Tucson, Arizona", "leading_tag_questions",
    "A working mother going back to community college brings her book list.",
    [o,
     t("No need to apologize, that list confuses everybody. Can I see it? Okay: anatomy, chemistry and a math one. Do you know if your instructors use online homework codes, or just the books?"),
     c("I think the anatomy one said something about a code? I'm not sure. My daughter said just buy used, it's cheaper.", None),
     t("Your daughter's half right. For chemistry and math, used is fine, around forty to sixty dollars each. For anatomy, if the class needs the access code, a used book won't have one, and the code alone is about 120. Would it help to check the syllabus before you buy that one?"),
     c("Yeah, I don't wanna throw away a hundred and twenty bucks. Money's kinda tight, I'm still working at the Circle K.", None),
     t("Makes sense. So let's do the two used ones today, about 95 total, and hold off on anatomy. When you get the syllabus, bring it in or email us, and I'll tell you exactly what you need. We rent some titles too, if that helps."),
     c("Renting, huh. Okay. Just the two today then.", None)],
    [o,
     t("Nursing, awesome! You'll want the full new bundles with access codes, won't you? Nursing's serious stuff."),
     c("Um, I don't know. My daughter said used is fine?", None),
     t("For a nursing student, though, you'd want the latest edition, wouldn't you? You don't want to be the one whose page numbers don't match, do you?"),
     c("I guess not... how much is all that?", None),
     t("The three new bundles come to 486. That's a smart investment in your future, isn't it?"),
     c("Four eighty-six?! I work at a Circle K. That's, no. I can't do that right now.", "no_money"),
     t("But you'd agree your education is worth it, wouldn't you? And you'd want to be ready on day one, right?"),
     c("I'd agree I'm gonna go look on Amazon. Thanks.", "too_expensive")]))
