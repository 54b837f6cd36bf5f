"""Gaming pairs, file b (written by hand for blind224)."""
from common import c, gpair, t

# 11. ignored_customer - Tema, Ghana: frozen fish from a cold store for a chop bar
_o11 = c("Good morning. I run a chop bar in Community 9. I want to buy frozen fish from you every week, but I have some questions first.", None)

# 12. repeated_questions - Ocho Rios, Jamaica: christening lunch catering
_o12 = c("Good day. Mi granddaughter getting christened next month, the 9th, and we want food for after church. 'Bout forty people.", None)

# 13. wrong_paraphrase - Limerick, Ireland: Christmas turkey and ham at the butcher
_o13 = c("Howya. I need to order for Christmas. There's eight of us this year, my daughter's bringing her new fella.", None)

# 14. pitch_to_upset - Winnipeg, Canada: trays for a mother's funeral lunch
_o14 = c("Hi, sorry, um. My mom passed on Tuesday and the funeral's Saturday, and someone said you do trays for the lunch after? I don't really know what I need.", None)

# 15. blame - Kingston, Jamaica: spoiled chicken from grocery delivery
_o15 = c("Yes, hello? Is the grocery delivery this? The chicken unnu bring yesterday smell bad when mi open it this morning.", None)

# 16. monologue - Accra, Ghana: drinks for an outdooring at a drinks wholesaler
_o16 = c("Hello, my wife just delivered twins, so we are doing the outdooring on Saturday. I need drinks for maybe one hundred and fifty people.", None)

# 17. closing_as_open_question - Calgary, Canada: a beef share at a farm shop
_o17 = c("Hey, we saw your sign about beef shares. We're kind of curious, but we've never bought meat this way before.", None)

# 18. pitch_as_paraphrase - Kilkenny, Ireland: a small veg box from a farm shop
_o18 = c("Hello, I see ye do vegetable boxes. I live on my own now, since my husband died, and I'd only want a small bit. Is that the kind of thing ye'd do?", None)

# 19. upsell_as_loop_closing - Mandeville, Jamaica: a child's birthday cake
_o19 = c("Hi, good afternoon. Mi want a birthday cake for mi son, him turning six on Sunday. Him love Spider-Man.", None)

# 20. leading_tag_questions - Takoradi, Ghana: a fish stall and a wedding planner
_o20 = c("Auntie, good morning. I am planning a wedding reception for Saturday, two hundred guests. I need fish for grilling. What do you have?", None)

PAIRS = [
    gpair(
        "b224g_tema_cold_store", "cold store (frozen fish), Tema, Ghana", "ignored_customer",
        "A chop bar owner with a small freezer and frequent power cuts wants to buy frozen fish weekly.",
        good=[
            _o11,
            t("Good morning, you are welcome. Ask me anything. Which fish do you use, and how much in a week?"),
            c("Mackerel mostly, and some tilapia at weekends. Maybe three cartons a week. But my freezer is small, and when there is dumsor the fish can spoil.", None),
            t("So three cartons a week, but a small freezer and the power cuts are the real worry. How long is your power usually off?"),
            c("Sometimes six hours, sometimes a whole day. Last month I threw away half a carton of mackerel I bought from another cold store.", None),
            t("That is costly. Two things can help. We can split cartons into 10-kilo bags so you take only what fits, and instead of one big delivery we bring it twice, Tuesday and Friday. Same price per kilo."),
            c("Twice a week, and no extra for the delivery?", None),
            t("Within Tema, no charge from two bags up. And if a delivery ever comes and it is not frozen hard, don't accept it. Send it back with the driver."),
            c("OK, let us start on Friday. Two bags of mackerel.", None),
        ],
        gaming=[
            _o11,
            t("Good morning! Great to have you. Tell me, what are your biggest challenges right now?"),
            c("My freezer is small, and with dumsor the fish can spoil. Last month I threw away half a carton.", None),
            t("I see. So our best deal is the 20-carton monthly order, delivered on the first of the month. That gives you the lowest price per kilo."),
            c("Twenty cartons at once? I just told you my freezer is small.", "no_need"),
            t("Absolutely, noted. And how many customers do you serve in a day?"),
            c("Around eighty. But please, can you deliver smaller amounts, more often?", None),
            t("Great. With eighty customers you definitely want the bulk pack. Cartons are 25 kilos each, so I'll put you down for delivery on the first."),
            c("You are not listening to me. Where would I keep five hundred kilos? Leave it.", "no_need"),
        ],
    ),
    gpair(
        "b224g_ochorios_christening_lunch", "caterer, Ocho Rios, Jamaica", "repeated_questions",
        "A grandmother orders a drop-off christening lunch for forty in her yard; the pastor's wife does not eat meat and money is stretched.",
        good=[
            _o12,
            t("Good day, and congratulations to the family! Where will you have it, and what kind of food were you thinking?"),
            c("At my house, in the yard. Rice and peas, curry chicken, maybe some fry fish. The pastor's wife don't eat meat.", None),
            t("Rice and peas, curry chicken and fry fish for forty in your yard, and something for the pastor's wife. The fish could do for her, or I can send a small pot of ital rundown. Do you need us to serve, or just drop the food?"),
            c("Just drop it. My daughters will serve. How much that going to run me?", None),
            t("Drop-off for forty with the three dishes, plus festival and coleslaw, is forty-eight thousand. The rundown for the pastor's wife I'll put in free, it's a small pot."),
            c("Forty-eight... mi did hope for forty. The christening cake alone cost a whole heap.", "no_money"),
            t("I understand. If we leave out the fry fish and do a bigger pot of chicken, it comes to forty-one thousand, and the pastor's wife still has her rundown. Would that work?"),
            c("Yes, that better. Mi will take that.", None),
        ],
        gaming=[
            _o12,
            t("Good day! Congrats. So tell me, what kind of food are you thinking of?"),
            c("Rice and peas, curry chicken, maybe fry fish. The pastor's wife don't eat meat.", None),
            t("Lovely. And what sort of menu did you have in mind for the day?"),
            c("Mi just tell you. Rice and peas, curry chicken, fry fish.", None),
            t("Right, right. So in terms of the food, what are your thoughts on what you'd like served?"),
            c("Young man, the same thing. Chicken, rice and peas, fish. How much it cost?", None),
            t("We'll get to cost. First, just so I understand your needs, what dishes would your guests enjoy?"),
            c("Mi nuh have time fi this. Mi will call Miss Pearl, she did my last party.", None),
        ],
    ),
    gpair(
        "b224g_limerick_christmas_turkey", "butcher, Limerick, Ireland", "wrong_paraphrase",
        "A man orders Christmas dinner for eight; his oven is too small for a whole bird and only two people eat ham.",
        good=[
            _o13,
            t("Ah, the new fella, big year! What are you thinking, the turkey and ham, or something different?"),
            c("Turkey and ham, yeah. But the oven's small, it's an old one in the flat. A whole bird won't fit, it didn't last year.", None),
            t("So the oven can't take a whole bird. A turkey crown might do you: it's the breast on the bone, no legs, far more compact. A crown for eight is about three kilos. Would the family miss the leg meat?"),
            c("My daughter only eats the breast anyway. And the ham, a small one. Only two of us really eat ham.", None),
            t("Then a three-kilo crown and a kilo-and-a-half ham fillet would do eight, with leftovers for sandwiches. The crown's €48 and the ham €21. Will I write your name on them for collection on the 23rd?"),
            c("Go on. The 23rd. Do I pay now?", None),
            t("A tenner deposit now and the rest when you collect. I'll put a note in the bag with cooking times as well, because a crown cooks faster than a whole bird."),
            c("Good man. That's a weight off.", None),
        ],
        gaming=[
            _o13,
            t("Ah, brilliant. So what are your plans for the big day?"),
            c("Turkey and ham. But the oven's small, a whole bird won't fit.", None),
            t("OK, so what I'm hearing is you want to go big this year with the new fella coming, so a nine-kilo free-range bird to impress him. Did I get that right?"),
            c("No, I said the oven's small. A nine-kilo bird won't go in it.", "no_need"),
            t("Got you. So to play that back, you're after a big spread, turkey, spiced beef and a full ham on the bone, because everyone's mad for ham. Is that right?"),
            c("Only two of us eat ham. Did you hear anything I said?", "no_need"),
            t("Absolutely. So what I'm hearing is price isn't a concern this Christmas, you want the premium range. Will I put you down for the deluxe box at €165?"),
            c("A hundred and sixty-five euro? Dunnes do a crown for half that. I'll go there.", "too_expensive"),
        ],
    ),
    gpair(
        "b224g_winnipeg_funeral_trays", "bakery and deli trays, Winnipeg, Canada", "pitch_to_upset",
        "A grieving daughter, overwhelmed, needs food for about sixty at the church hall after her mother's funeral.",
        good=[
            _o14,
            t("I'm so sorry about your mom. We'll take care of the food, that's one less thing. Where's the lunch, and about how many people are you expecting?"),
            c("The church hall at St. Ignatius. Maybe sixty? Mom knew everyone. Honestly, I can't think straight.", None),
            t("That's completely understandable. For sixty at a church hall after a service, most families have sandwich trays, a veggie tray, and some squares and cookies. Does anyone need anything special, gluten-free, no pork?"),
            c("My uncle's diabetic. And Mom made the best date squares, everybody knew her for them. I don't know, that's silly.", None),
            t("It's not silly at all. We make date squares, and I can put a tray of them out for her. For your uncle, a fruit tray and some unsweetened things. That's about $380 for sixty, and we deliver and set up at the hall at 11."),
            c("Okay. Thank you. Do I have to pay now?", None),
            t("No, you pay when we deliver. I'll call you Friday morning to confirm the time, so you don't have to chase anything."),
            c("Thank you. Really.", None),
        ],
        gaming=[
            _o14,
            t("I'm so sorry for your loss. So, what kind of celebration-of-life experience are you looking to create? Because we've just launched our Premium Memorial Package, with hot entrées, a dessert table and a custom photo cake of your mom."),
            c("I... I don't know. Just something for after the service. Sixty people, maybe.", None),
            t("Perfect, sixty is ideal for the premium tier. A lot of families add our memorial cupcakes with an edible photo, they're very popular. And have you thought about a standing order for the family birthdays coming up?"),
            c("Birthdays? My mom just died. I just need sandwiches.", "no_need"),
            t("Totally understand. But can I just say, grief is when people most appreciate something special. The premium package is $1,200, and I can throw in the photo cake if we book today."),
            c("Twelve hundred? I don't have that kind of money, the funeral home already took everything.", "no_money"),
            t("I hear you. We do have a payment plan. And while I have you, would you like to join our rewards club? You'd earn points on this order."),
            c("Please stop. I'll ask the church ladies to make sandwiches.", None),
        ],
    ),
    gpair(
        "b224g_kingston_spoiled_chicken", "grocery delivery, Kingston, Jamaica", "blame",
        "An elderly regular phones because the chicken delivered yesterday afternoon smelled off this morning; it sat in the van for hours.",
        good=[
            _o15,
            t("Yes, sir, you've reached the right place, and I'm sorry. Can I have your name so I can find the order? And you opened it this morning, straight from the fridge?"),
            c("Desmond Campbell, Half Way Tree. Yes, mi put it straight in the fridge when the boy bring it, 'bout four o'clock.", None),
            t("Thank you, Mr. Campbell, I have it here. That chicken left our store at eleven, so it was five hours in the van in the heat. That's our fault, not yours. Please don't cook it."),
            c("Mi nah cook it. But is my Sunday dinner that, mi daughter and grandchildren coming.", None),
            t("Then let's get you a fresh one well before Sunday. I can send it today by three, packed in ice, and refund the spoiled one. Is someone home this afternoon?"),
            c("Mi home all day. But mi did tell the boy last time the ice pack was missing too.", "bad_experience"),
            t("Then I'll pack it myself and the driver will show you the ice at the door. And I'm noting on your account that your chilled goods go on the first run of the day."),
            c("Alright. Three o'clock. Thank you, miss.", None),
        ],
        gaming=[
            _o15,
            t("Hello! I'm sorry to hear that. Just to understand the situation, did you put it in the fridge straight away when it arrived?"),
            c("Yes, straight away. The boy bring it 'bout four o'clock.", None),
            t("Four o'clock. OK, so you accepted a chilled delivery without checking the ice pack? Our policy is that customers inspect at the door, so that part is really on you, sir."),
            c("Inspect? Mi is seventy-three years old. How mi fi know the ice pack missing?", None),
            t("I understand that's frustrating. But your fridge could also be the problem, older fridges don't hold temperature. When did you last check it?"),
            c("Mi fridge is fine! Everything else in there is fine.", None),
            t("Right, well, to be fair to us, we can't control what happens after it leaves the van. Is there anything else I can help you with today?"),
            c("So mi must eat bad chicken? Mi going to the supermarket from now on. Cancel my account.", None),
        ],
    ),
    gpair(
        "b224g_accra_outdooring_drinks", "drinks wholesaler, Accra, Ghana", "monologue",
        "A new father buys drinks for a twins' outdooring; the guests are mostly church people, with schnapps only for the elders' rites.",
        good=[
            _o16,
            t("Congratulations, twins! God is good. Tell me about the crowd. Is it mostly family and church people? What do they drink?"),
            c("Mostly church. So not much alcohol. Some schnapps for the elders, for the libation and the naming. The rest, soft drinks, malt, water.", None),
            t("So schnapps for the elders and the rites, and mostly malt, minerals and water for everybody else. Is it an early outdooring that finishes by midday, or does it go into the afternoon?"),
            c("Early, five o'clock in the morning, then small chops after. Done by one.", None),
            t("Then I would plan about two bottles a guest over the morning: twelve crates of malt, ten of assorted minerals, twenty packs of water and three bottles of schnapps. That's about four thousand two hundred cedis. We deliver Friday evening, so it's cold by morning if you have ice chests."),
            c("We don't have enough chests. My cousin has one, that's all.", None),
            t("We can lend you four cool boxes for a 400-cedi deposit, and you get it back when you return them on Monday. Shall I put the order and the boxes down for Friday evening?"),
            c("Yes. Put it down. Let me pay half now.", None),
        ],
        gaming=[
            _o16,
            t("Congratulations! Twins! OK, let me tell you how we do outdoorings. We have the Royal Package: premium schnapps, champagne for the parents, imported wine for the aunties, Guinness for the men, branded cups with the babies' names printed, and our team comes to serve in uniform. It's what the big families in Airport Residential do, and it makes the whole experience look very classy."),
            c("Hmm, it's mostly church people, so...", None),
            t("Yes, yes, and church people love our non-alcoholic wine, sparkling grape in gold bottles, very elegant for photos. For one hundred and fifty we recommend twenty cartons, plus the champagne for the toast and the printed cups, which people take home as souvenirs. Total is eighteen thousand, and that includes the serving staff."),
            c("Eighteen thousand cedis? For an outdooring?", "too_expensive"),
            t("It's one time, and it's twins! You'll be the talk of the family. We also do a deluxe tier with a photographer, and our partner does balloon arches and ice sculptures if you want something memorable. We deliver Friday and the staff arrive Saturday at four."),
            c("I need to talk to my wife first.", "think_it_over"),
            t("Of course, and please tell her about the matching gift hampers for the grandmothers too, only five hundred each. I'll send the brochure on WhatsApp."),
            c("Please, just send the price list. We will see.", "brush_off"),
        ],
    ),
    gpair(
        "b224g_calgary_beef_share", "farm shop, Calgary, Canada", "closing_as_open_question",
        "A father of five is curious about buying beef by the share to save money but has only a small freezer and his wife does most of the cooking.",
        good=[
            _o17,
            t("Happy to walk you through it. What got you curious? And how much beef does your household go through?"),
            c("Honestly, grocery prices. We're a family of five, we eat beef maybe three, four times a week. But I don't know if we have the room.", None),
            t("Five of you, beef three or four times a week, that's a good fit for a quarter, which is about a hundred and ten pounds of cut meat. The catch is space. What freezer have you got now?"),
            c("Just the one over the fridge. We'd have to buy a chest freezer, and that's another few hundred bucks.", None),
            t("Right, a quarter needs about five cubic feet, so a small chest freezer. It works out to $6.80 a pound across all the cuts, steaks included. If you don't want to commit to a freezer yet, we do an eighth, half the size, and that fits in a fridge freezer or two with some squeezing."),
            c("An eighth sounds less scary. But I'd want to talk to my wife, she's the one who cooks most nights.", "think_it_over"),
            t("Makes sense. Take this cut sheet home, it shows what's in an eighth and in a quarter. Our next processing date is October 12, and I'd need to know by the 1st. Call or text me either way."),
            c("Will do. Thanks for not pushing.", None),
        ],
        gaming=[
            _o17,
            t("Great to meet you! So what would it take for you to take home a half share today?"),
            c("A half? We haven't even worked out if we've got the freezer space.", None),
            t("Totally fair. So which freezer would you like to pair it with, the seven cubic foot or the ten? We sell both."),
            c("We didn't come in to buy a freezer.", "no_need"),
            t("Understood. So how would you like to handle the deposit, two hundred on card or an e-transfer?"),
            c("We haven't said yes to anything. My wife does the cooking, I'd need to talk to her.", "think_it_over"),
            t("Absolutely. And when would be best for you both to come back and sign, tomorrow or Saturday?"),
            c("Neither. I'm on shift tomorrow and Saturday's hockey all day.", "no_time"),
        ],
    ),
    gpair(
        "b224g_kilkenny_veg_box", "farm shop veg boxes, Kilkenny, Ireland", "pitch_as_paraphrase",
        "A recently widowed pensioner who no longer drives wants a small weekly box of plain vegetables.",
        good=[
            _o18,
            t("It is, and we'd be glad to. What veg do you use in a normal week, and is there anything you'd rather not see in a box?"),
            c("Potatoes, carrots, an onion or two, a head of cabbage maybe every fortnight. I don't want any of this kale or these fancy squashes, I'd only waste them.", None),
            t("So the basics: potatoes, carrots, onions, and a cabbage every second week, nothing fancy. Our small box has more variety than that, so I'd rather make you up a custom one. Around €12 a week. Would you collect, or would you need it brought out?"),
            c("I don't drive any more. My son used to bring me in, but he's in Dublin now.", None),
            t("We deliver round Bennettsbridge and Thomastown on Thursdays for €3. So that's €15 a week, and you can skip any week with a phone call."),
            c("It sounds lovely. I'll ask my son on Sunday, he looks after my bits of banking.", "think_it_over"),
            t("Of course. I'll write it on a card for you, the list, the price and our number. Ring us any day before Tuesday and the first box will come that Thursday."),
            c("Thanks, love. You've been very good.", None),
        ],
        gaming=[
            _o18,
            t("We would! So what I'm hearing is you'd love our Family Harvest box, €32 a week, twelve seasonal varieties. Does that sound right?"),
            c("Twelve? No, I'm on my own. I'd only want a few potatoes and carrots.", "no_need"),
            t("Absolutely, so let me play that back. You want to eat more healthily on your own, so the Family Harvest with the superfood add-on, kale, squash and beetroot, is exactly what you need, yes?"),
            c("I didn't say that. I don't eat kale. I'd throw it out.", "no_need"),
            t("Understood. So what you're telling me is you'd like to try the Harvest box on the annual plan, because it's better value. Is that fair?"),
            c("That's not what I'm telling you at all. Thirty-two euro a week on the pension, are you joking me?", "no_money"),
            t("I hear that. So if I understand you right, the Family Harvest every fortnight at €32 would suit you better. Will I sign you up?"),
            c("No, thank you. Give me a leaflet and I'll look at it at home.", "brush_off"),
        ],
    ),
    gpair(
        "b224g_mandeville_birthday_cake", "bakery, Mandeville, Jamaica", "upsell_as_loop_closing",
        "A mother orders a Spider-Man cake for her son's sixth birthday; she is making everything else at home.",
        good=[
            _o19,
            t("Good afternoon! Six, nice. How many children and adults will be eating, so I know the size?"),
            c("'Bout twenty pickney and maybe ten big people. Nothing too big, just so everybody get a slice.", None),
            t("Thirty slices, then a quarter-sheet does it. Chocolate or vanilla inside? Some children won't eat chocolate, so sometimes people do half and half."),
            c("Half and half, yes! Him cousin cyaan eat chocolate. And Spider-Man on it, him face.", None),
            t("We can print the Spider-Man picture on the icing. A quarter-sheet, half and half, with the printed picture is seven thousand five hundred. Is there anything else you need for Sunday, or is it just the cake?"),
            c("Just the cake. Mi making the rest at home.", None),
            t("Then it'll be ready Saturday from two o'clock. I'll send you a photo Saturday morning so you see it before you come."),
            c("Nice, nice. Thank you.", None),
        ],
        gaming=[
            _o19,
            t("Good afternoon! To make sure we've covered everything for the birthday, what else can I add for you? We do Spider-Man cupcakes and a Spider-Man cake pop tower."),
            c("Just the cake, please. Twenty pickney and ten big people.", "no_need"),
            t("Perfect, a quarter-sheet, then. And just so nothing gets missed, what else can I add? Our party boxes with juice and sweeties are popular for twenty children."),
            c("Mi have juice and sweetie already at home.", "no_need"),
            t("Great. So, closing the loop, shall I add the candles, the number six topper and the Spider-Man figure set? That's another four thousand."),
            c("Four thousand fi some candle and toy? No sah. What the cake cost?", "too_expensive"),
            t("Seven thousand five hundred. And before you go, anything else I can add for the grown-ups, a rum cake maybe?"),
            c("You just keep adding and adding. Gimme the cake alone.", None),
        ],
    ),
    gpair(
        "b224g_takoradi_fish_stall", "fish market stall, Takoradi, Ghana", "leading_tag_questions",
        "A wedding planner with a tight budget needs grilling fish for two hundred guests on Saturday and was once sold fish that went off.",
        good=[
            _o20,
            t("Good morning, my daughter. For Saturday you want it fresh on Friday, not today. How much is each guest getting, a whole small fish or a cut?"),
            c("A whole small tilapia each would be nice, but the couple's budget is not big. Maybe a cut of something bigger is cheaper?", None),
            t("It is. Two hundred whole tilapia of grilling size is about 7,000 cedis. Red fish cut into steaks, two hundred pieces, is about 5,200, and it grills well without falling apart. Will the guests mind bones?"),
            c("Many old people are coming. Fewer bones is better. But I bought red fish from somebody at Market Circle once and by Saturday it was smelling.", "bad_experience"),
            t("That is why you should not buy on a Wednesday. I'll take your order now, buy from the boats Friday morning, cut and ice it, and you collect by two. You can smell and check each basket before you pay."),
            c("That one I like. Let me confirm the red fish with the bride's mother tonight.", "think_it_over"),
            t("Call me before eight tomorrow, and I'll tell my boat people to keep enough for you."),
            c("OK, Auntie, I will call.", None),
        ],
        gaming=[
            _o20,
            t("Good morning! For a wedding you'll want the big whole snapper, won't you? Nobody wants to look cheap at a wedding, do they?"),
            c("The budget is not big, Auntie. Two hundred guests.", "no_money"),
            t("But two hundred guests, you can't give them small fish, can you? The big snapper is only 60 cedis each, that's fair, isn't it?"),
            c("Twelve thousand cedis? Somebody at Market Circle will give me tilapia for half.", "too_expensive"),
            t("Market Circle fish, you know how that goes, don't you? And you'd rather pay once and have people talk well of your work, wouldn't you?"),
            c("I would rather keep my client. Let me check and come back.", "think_it_over"),
            t("You'll be back, won't you? Everybody comes back to me, don't they?"),
            c("We will see.", "brush_off"),
        ],
    ),
]
