"""Gaming pairs 1-10: monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions (two each)."""
from common import c, gpair, t

PAIRS = []

# 1 ---------------------------------------------------------------- monologue, Nepal, spoken
_o = c("Namaste. My son said I should come and ask about the solar. We have the homestay up in Sarangkot, four rooms. The power goes, and, ah, the guests complain.", None)
PAIRS.append(gpair(
    "b35g_solar_pokhara", "Solar home systems dealer, Lakeside, Pokhara, Nepal", "monologue",
    "A retired soldier who runs a four-room homestay above Pokhara walks into a solar dealer's shop. Power cuts upset his guests; a cheap battery he bought years ago died within a year. Spoken, in Nepali-flavoured English.",
    _o,
    [
        t("Namaste, come, sit. Four rooms up in Sarangkot, lovely spot. When the power cuts, what is it the guests actually complain about?"),
        c("Hot water, mostly. We have the electric geyser. And the wifi, the foreigners want wifi all the time. Lights also, but for lights we have candles, ha.", None),
        t("So the geyser and the wifi are the real trouble, and the lights you can live with. Are the cuts long ones or short? Is one season worse?"),
        c("Winter. Evening time, two, three hours sometimes. But I will say honestly, I am not so sure about solar. Five years back I bought one panel and battery from a man in Lakeside, battery was finished in one year.", "bad_experience"),
        t("That's a fair worry. Do you remember what battery it was, the kind you top up with water, or a sealed one?"),
        c("Water one. Nobody told me to put water.", None),
        t("Then it most likely dried out. That's not your fault, he should have shown you. I'll be straight with you: running an electric geyser from a battery on winter evenings is expensive. For hot water, a solar water heater on the roof is much cheaper and there's no battery at all. Then a small panel with a lithium battery just for the wifi and a few lights. Can I come up and look at the roof before I give you any price?"),
        c("Hmm. Two separate things. How much is coming, roughly? I cannot spend like a hotel.", None),
        t("Roughly, a water heater for four rooms is around one lakh ten, and the small battery set sixty to seventy thousand. But your roof and how much sun it gets decide a lot. I can come Saturday morning, no charge for looking. Is your son there on Saturday?"),
        c("He comes Saturday, yes. Okay, come Saturday, ten o'clock. Bring the paper for the lithium, I want to read the warranty myself.", None),
    ],
    [
        t("Namaste! You came to the right place. We are the authorised dealer for SunVolt, number one brand, tier-one monocrystalline panels, twenty-five years performance warranty. For a homestay we have the 3 kilowatt hybrid package, 5 kWh lithium battery, pure sine wave inverter, you can run everything, fridge, TV, geyser, everything."),
        c("Everything? The geyser also? Because the winter evenings are the prob-", None),
        t("Everything, sir, everything. The inverter is smart, it has an app, you can see on your mobile how much power you are making. Many homestays in Lakeside have taken this. The panels are hail-resistant, very important in Pokhara, and our installation team is certified, they finish in one day."),
        c("Okay, but five years back I bought one battery set and it was finished in one year, so I want to know-", "bad_experience"),
        t("No, no, that was old technology, lead-acid. Ours is lithium iron phosphate, six thousand cycles, ten years easily. Total package is four lakh eighty, and we have EMI with the bank, twelve months, very easy. See, this is the brochure, same installation we did in a resort at Begnas."),
        c("Four lakh eighty. That is a lot for four rooms.", "too_expensive"),
        t("Sir, if you calculate, electricity bill saving plus happy guests, it pays back. We also give one free service visit in the first year. And the app, you will like the app. Our team can come and install next week already."),
        c("I don't use the apps. Give me the paper. My son will call you.", "brush_off"),
        t("Of course, here it is. And the free mounting structure, sir, tell him about that also."),
    ],
))

# 2 ---------------------------------------------------------------- monologue, Poland, B2B phone
_o = c("Hi, Agnieszka Wrona, Orzechowa Spiżarnia, we pack nuts and dried fruit. I filled in your web form. Look, I've got ten minutes before the line changeover, so.", None)
PAIRS.append(gpair(
    "b35g_labels_lodz", "Industrial label printer distributor, Łódź, Poland (B2B)", "monologue",
    "The production manager of a nut and dried-fruit packer phones a label printer distributor between line changeovers. Old printers jam, and a supermarket chain will require a barcode and batch number on every bag from March. Spoken phone call, hurried.",
    _o,
    [
        t("Thanks for calling, I'll keep it short. What's making you look at printers now, is something breaking, or is something changing?"),
        c("Both, kind of. Our two old printers jam on the thermal labels, maybe twice a shift, and from March the big supermarket chain wants a GS1 barcode and the batch on every bag. Right now we hand-stamp the batch.", None),
        t("Okay. Jams twice a shift, plus the chain's barcode-and-batch rule from March, and the batch is a hand stamp today. How many bags a shift, roughly?"),
        c("Around six thousand on a good shift. Two lines.", None),
        t("And who would change the batch data each day, the operators on the line or someone in the office?"),
        c("Office. The operators rotate, I don't want them touching settings. And I'll be honest, in the autumn another company put a trial printer in, it never talked to our system and then they disappeared.", "bad_experience"),
        t("That's useful to know, because the link to your system is exactly where these go wrong. What do you run in the office for orders, an ERP or spreadsheets?"),
        c("Comarch, the ERP. Two minutes left, sorry.", None),
        t("Then let's not squeeze it in now. I'll check which of our two mid-range models has a working Comarch connection at another customer and send you a one-page comparison today. Could our technician come on Thursday and watch the line for an hour before anyone quotes anything?"),
        c("Thursday after ten works. Send it to the production address, not my personal one. Okay, I have to run.", None),
    ],
    [
        t("Great to hear from you, Agnieszka! So, we are the exclusive distributor of LabelPro for central Poland. Our flagship LP-900 prints up to three hundred millimetres per second at three hundred dpi, it has a colour touchscreen, network, wifi, Bluetooth, and a ceramic print head that lasts up to fifty kilometres of labels."),
        c("Okay, fine, but our problem is the-", None),
        t("And I must mention the software, LabelStudio Enterprise: you can design any label, drag and drop, QR codes, barcodes, logos, free for the first year. There's also a rewinder option and a peel-and-present module, very popular with food producers."),
        c("We don't need to design anything fancy. We need the batch on the bag. Can I just-", "no_need"),
        t("Absolutely, batch numbers are no problem at all, the LP-900 does variable data. We installed forty of them at a dairy in Kutno last year. I can put together a package, two LP-900s, the software, a starter roll kit and installation, for around thirty-eight thousand złoty net."),
        c("Right. I really have to go now, the line is changing over.", "no_time"),
        t("Of course! I'll email you the brochure, the quote and the video of the Kutno installation, it's really impressive. When can I call you back to go through it?"),
        c("Just email it. If it fits, we'll call you.", "brush_off"),
    ],
))

# 3 ---------------------------------------------------------------- closing_as_open_question, Mexico, typed
_o = c("hola! hi, is english ok? im a freelance illustrator, been working from my tiny depa in roma norte and im going a bit crazy lol. saw ur place on insta", None)
PAIRS.append(gpair(
    "b35g_cowork_cdmx", "Coworking space, Roma Norte, Mexico City", "closing_as_open_question",
    "A freelance illustrator who works at her kitchen table and takes video calls with US clients writes to a coworking space through its website chat. Chatty, on a tight freelance budget.",
    _o,
    [
        t("Hi! English is perfect. Going a bit crazy at home is basically why half our members are here 😄 What gets to you most, the space, the noise, or being on your own all day?"),
        c("honestly being alone. and my desk is the kitchen table. i do a lot of zoom calls with clients in the US so i also need somewhere quiet for those", None),
        t("Got it: company, a proper desk, and somewhere quiet for calls. What hours are those calls usually? Some of our phone booths fill up in the afternoons."),
        c("usually 9 to 12 my time, sometimes later. and how much is it? i saw like 4500 a month on the site and thats kind of a lot for me tbh", "too_expensive"),
        t("That 4,500 is the fixed desk, all day every day. If you're mostly after company and a few mornings of calls, a lot of freelancers do the 10-day pass instead, 2,200 a month, any free desk, booths included. How many days a week do you think you'd really come?"),
        c("mm maybe 3? i like working late at home too. does the pass let me book the booth ahead?", None),
        t("Yes, up to a week ahead in the app, one hour per booking. Want to come for a free day first? Bring your laptop, I'll show you the booths and who's around. There are a couple of other illustrators on Thursdays."),
        c("oh thats cute. ok thursday works!! do i need to bring anything", None),
        t("Just an ID for the front desk and your laptop. Coffee's on us. What name should I put down?"),
        c("valeria ortiz. see u thursday!", None),
    ],
    [
        t("Hi! English is great. So glad you found us! When would you like to start your membership, this week or next?"),
        c("oh um idk yet? i just wanted to see what its like. my desk at home is the kitchen table and i do calls with US clients", None),
        t("Totally! Lots of our members do calls. Which plan do you see yourself on, the fixed desk at 4,500 or the private office at 9,800?"),
        c("woah. 4500 is already a lot for me tbh", "too_expensive"),
        t("I hear you! How do you prefer to handle the first month, card now so we activate you today, or bank transfer by Friday?"),
        c("haha wait, i havent even seen it. can i come look first before i decide anything?", "think_it_over"),
        t("Of course! And when you come, what time should I have your welcome pack and key card ready?"),
        c("lol ok ur really going for it. let me see how my month goes and ill msg u", "think_it_over"),
        t("Sounds great! Which email should I send the membership agreement to, so it's ready to sign when you are?"),
        c("its fine, ill find it on the site. bye", "brush_off"),
    ],
))

# 4 ---------------------------------------------------------------- closing_as_open_question, Bangladesh, spoken
_o = c("Assalamu alaikum. Apa, my son got typhoid last month, the doctor said maybe it's the water. We boil, but... I don't know, I want a filter. Something safe.", None)
PAIRS.append(gpair(
    "b35g_purifier_dhaka", "Water purifier showroom, Dhanmondi, Dhaka, Bangladesh", "closing_as_open_question",
    "A worried mother whose eight-year-old son had typhoid comes to a water purifier showroom. The family boils WASA water from a roof tank and stores it in a plastic jar. Spoken, Bangla-English.",
    _o,
    [
        t("Walaikum assalam. Oh, I'm sorry, that's frightening. How is he now?"),
        c("Better, alhamdulillah. Eight years old. But I can't sleep thinking it will happen again.", None),
        t("Of course. Can I ask a few things so I don't sell you the wrong machine? Where does your water come from, the WASA line into an overhead tank?"),
        c("WASA, yes, into the tank on the roof. Sometimes it comes a bit yellow, and it smells in the monsoon.", None),
        t("And now, after boiling, how do you keep it? In a jug, bottles?"),
        c("In a big plastic jar in the kitchen. The maid fills it. Why?", None),
        t("Because sometimes the water is safe after boiling and it's the jar or the refilling that makes it dirty again. A purifier will help, with yellow water I'd want a sediment filter plus RO or UV, but whichever one you take, the storage matters just as much. How many people drink at home?"),
        c("Six, with my in-laws. The RO ones are very expensive, no? My husband will say boiling is enough.", "too_expensive"),
        t("The RO with a tank for six people is about twenty-two thousand taka, the UV one about fourteen. But I'd rather your husband hears it properly. I'll write both down with the yearly filter cost, and our technician can test your tap water for free, then you decide together with the result in your hand."),
        c("Yes, the test, that is good. Can he come Friday after Jummah? My husband is home then.", None),
    ],
    [
        t("Walaikum assalam, apa. Don't worry, you came to the right place. Which model should we install for you, the seven-stage RO or the premium alkaline?"),
        c("I don't know, that's why I'm asking! Which one kills the typhoid germ?", None),
        t("Both are very safe. Most families are choosing the alkaline, it adds minerals also. Which day should our technician come to fit it, is tomorrow okay?"),
        c("Tomorrow? Wait. How much is it first?", None),
        t("The premium alkaline is twenty-nine thousand five hundred, with free installation. Will you pay the full amount today, or do you want the six-month instalment on bKash?"),
        c("Twenty-nine thousand! I have to ask my husband. He will say boiling is enough.", "think_it_over"),
        t("Apa, your son's health comes first, no? So what would make you comfortable booking today, if I add a free first filter change?"),
        c("It's not about the filter. I don't even know if it's the right machine. I will come back with him.", "think_it_over"),
        t("Okay, okay. What time will you both come, so I keep the stock aside for you?"),
        c("I'll call you.", "brush_off"),
    ],
))

# 5 ---------------------------------------------------------------- pitch_as_paraphrase, Romania, typed, B2B
_o = c("Hello, I have small garment workshop, 23 employees, most are sewing ladies. My accountant is retiring in summer and I need to do salaries somehow. I saw your software advertised.", None)
PAIRS.append(gpair(
    "b35g_payroll_cluj", "Payroll software company, Cluj-Napoca, Romania (B2B)", "pitch_as_paraphrase",
    "The owner of a 23-person garment workshop writes to a payroll software firm's chat. Her accountant retires in the summer; seamstresses are paid partly by piece-rate counted in a paper notebook. Typed, non-native English on both sides.",
    _o,
    [
        t("Hello, thank you for writing. Congratulations to your accountant :) Today, what does she actually do for you each month for salaries? Only the calculation, or also the declarations to ANAF, the payslips, the bank payments?"),
        c("Everything. Calculation, D112 declaration, payslips. Also piece-rate, the ladies are paid partly by pieces sewn. I only sign.", None),
        t("Piece-rate is the important part. How are pieces counted today, a paper sheet per lady, or some system?"),
        c("Paper. The forewoman writes it in a notebook and gives it to the accountant at end of month.", None),
        t("OK, so she does everything today, pay is partly piece-rate from a paper notebook, and from summer nobody does it. Correct? One honest question: do you want to do salaries yourself with software, or would you prefer someone keeps doing them for you?"),
        c("Honestly I don't want to do it myself. I have no time, I am also doing sales and the machines. But a payroll firm is expensive I think.", "too_expensive"),
        t("It can be. Our software alone is 12 lei per employee a month, so about 280 lei for you, but someone still has to enter the pieces and check. Some clients have a payroll bureau that uses our software for them, around 900 to 1,100 lei a month for your size. Would it help to see both side by side with your real numbers?"),
        c("Yes, that helps. I can send one month of the notebook, without names.", None),
        t("Perfect. Send a photo of one month and I prepare both options, with what happens to the piece-rate in each. Can we talk Tuesday at 15:00?"),
        c("Tuesday ok. Thank you, is first time someone asks what I want and not shows me a demo.", None),
    ],
    [
        t("Hello! Thank you for your interest. So if I understand correctly, you need our Business Plus plan with the automatic D112 module, is that right?"),
        c("I don't know what is Business Plus. I need someone to do the salaries when the accountant leaves. Also the pieces, ladies are paid by pieces.", None),
        t("Understood! So what you're saying is you want full automation with the Piece-Rate add-on, 4 lei per employee extra, correct?"),
        c("I said I need someone to do it. I don't have time to do it myself.", "no_time"),
        t("Totally understand. So basically you need a solution that saves you time, which is exactly Business Plus with our onboarding package: 2,400 lei one-time setup and you are live in two weeks. Sounds right?"),
        c("2,400 only for the setup? For 23 people it is a lot.", "too_expensive"),
        t("So what I'm hearing is that value for money matters to you, which is why most workshops your size choose the annual plan with two months free. Shall I put that in the quote?"),
        c("No. Please just send me the prices by email, I compare with a payroll firm.", "brush_off"),
        t("Of course! So to confirm, you'd like the annual Business Plus quote with Piece-Rate and onboarding, sent to this email?"),
        c("I said only prices. Never mind.", "brush_off"),
    ],
))

# 6 ---------------------------------------------------------------- pitch_as_paraphrase, Ghana, spoken
_o = c("Good afternoon. Please, my data is finishing too fast. I buy the ten cedis bundle and in two days it's gone. I don't even know what is eating it.", None)
PAIRS.append(gpair(
    "b35g_data_accra", "Mobile network retail shop, Osu, Accra, Ghana", "pitch_as_paraphrase",
    "A university student comes into a mobile operator's shop because her prepaid data runs out in two days. She lives in a hostel with poor wifi and has little money. Spoken, Ghanaian English.",
    _o,
    [
        t("Good afternoon. Two days for a ten cedis bundle, that's quick. What do you mostly use the phone for, social media, videos, school work?"),
        c("School work, lectures on Zoom sometimes. TikTok small small. And WhatsApp, but that one is normal.", None),
        t("Zoom and TikTok both eat a lot. Can I see the phone a second? Sometimes it's things running in the background... Okay, look here. Google Photos is backing up your pictures on mobile data. That alone took almost one gig this week."),
        c("Ei! I didn't know. So it's not the bundle that is bad?", None),
        t("The bundle is fine, the phone was spending it behind your back. I've set the backup to wifi only. For the Zoom lectures, the student monthly plan is sixty cedis for 25 gig, that would cover you comfortably. But what can you actually spend in a month?"),
        c("Sixty? No, honestly I can't spend more than like forty. And campus wifi doesn't reach my hostel, so it's all my data.", "no_money"),
        t("Forty a month, okay. Then not the monthly plan. There's the student night bundle, five cedis for three gig between midnight and six, good for downloading lecture recordings. And put TikTok on data saver. Try that for two weeks and see?"),
        c("Night bundle, hmm. I'm awake anyway, ha. Okay, let me try it. How do I buy it?", None),
        t("Dial the short code, I'll write it here for you. If after two weeks it's still finishing fast, come back and ask for me, Edem, and we check again."),
        c("Thank you Edem, God bless.", None),
    ],
    [
        t("Good afternoon! Okay, so what you're telling me is that you need our Unlimited Max plan, one hundred and fifty cedis monthly, right?"),
        c("Unlimited what? No, I just want to know why my data is finishing. I'm a student.", "no_need"),
        t("Yes, yes, so basically you need more data for your studies, which means Unlimited Max is perfect for you, correct?"),
        c("I can't pay one fifty every month. I'm buying ten cedis bundles.", "no_money"),
        t("I hear you. So what you're saying is you want big data at a good price, so the Smart 60 with the free router for your hostel, that's what you need, yeah?"),
        c("Router? I said nothing about a router. Please, can you just check my phone, why is the data going?", None),
        t("Sure, but to sum up, you're a heavy user, and heavy users are happiest on the heavy-user plans, right? Shall I register the Smart 60 for you?"),
        c("No. Leave it. I'll ask at the other shop.", "brush_off"),
    ],
))

# 7 ---------------------------------------------------------------- upsell_as_loop_closing, Hungary, typed
_o = c("hi, my daughter is 2 and has fever 38.9 since this morning. we are out of the kids paracetamol syrup. can i order for delivery today? we live in district XIII", None)
PAIRS.append(gpair(
    "b35g_pharmacy_budapest", "Online pharmacy with same-day delivery, Budapest, Hungary", "upsell_as_loop_closing",
    "A father writes to an online pharmacy's chat: his two-year-old has a fever and they have run out of children's paracetamol. He needs the dose and a delivery today. Typed, Hungarian writing English, anxious.",
    _o,
    [
        t("Hi, yes, we deliver to XIII today, orders before 16:00 arrive in the evening. Before I put it in: how much does she weigh, roughly? The dose goes by weight."),
        c("about 12 kg", None),
        t("Thanks. Is she drinking ok? Any rash, or anything besides the fever?"),
        c("drinking a little bit, a bit sleepy. no rash i think. should i be worried??", None),
        t("Fever on the first day in a two-year-old is usually an ordinary virus. But if she stops drinking, is hard to wake, gets a rash that doesn't fade when you press a glass on it, or still has fever after three days, call the paediatrician or the on-call line straight away. For 12 kg the syrup dose is 6 ml, up to four times a day, at least 4 hours apart. The 100 ml bottle is 1,290 Ft."),
        c("ok. do i need also the suppository? my mother says suppository works faster", None),
        t("It works about the same. It's useful if she's vomiting or refuses the syrup. If she takes syrup fine, you don't need it. Do you have a thermometer at home that works?"),
        c("yes we have. ok just the syrup then. delivery cost?", None),
        t("690 Ft, so 1,980 in total. It's in for this evening, 17-20h, the courier will text you. I hope she feels better quickly."),
        c("thank you really", None),
    ],
    [
        t("Hi! Yes, we deliver to XIII today. I've added the children's paracetamol syrup 100 ml. Anything else we can pop in the basket for you? Our children's vitamin D + C bundle is 20% off this week 😊"),
        c("no thanks. how much should i give her, she is 12 kg?", "no_need"),
        t("The dosage is on the leaflet inside 😊 Is there anything else you need for the little one? A nasal aspirator maybe, or our fever patch 6-pack?"),
        c("i dont know, does the patch help?? i just want to know the dose, she is sleepy and hot", None),
        t("Lots of parents love the patches! Shall I add an electrolyte drink too, to round off your order? Delivery is free over 5,000 Ft."),
        c("i dont care about free delivery, i need to know the dose. 6 ml? 10 ml?", None),
        t("Please check the leaflet or ask your doctor 😊 Anything else I can complete your order with? Probiotics are great after a fever too."),
        c("just the syrup. nothing else. how do i remove the other things", "no_need"),
        t("Done, only the syrup now. Before you go, would you like to add our loyalty card? It's free and you get 5% off your next order."),
        c("no. just send it please", "no_need"),
    ],
))

# 8 ---------------------------------------------------------------- upsell_as_loop_closing, Guatemala, spoken
_o = c("Buenas. Mire, my taxi makes a noise when I brake, like a scream. I need it working by tonight, I drive at night.", None)
PAIRS.append(gpair(
    "b35g_garage_guatemala", "Car service garage, zona 12, Guatemala City", "upsell_as_loop_closing",
    "A taxi driver who works nights brings his car to a garage because the brakes squeal. He needs it back the same day and watches every quetzal. Spoken, Spanish-English mix.",
    _o,
    [
        t("Buenas. A squeal when you brake, okay. Every time, or only first thing in the morning, or when it's wet?"),
        c("Every time now. Before it was only sometimes. About one week.", None),
        t("Does the car pull to one side when you brake, or does the pedal feel different, softer, going further down?"),
        c("No, the pedal is normal. Just the noise, and it's getting louder.", None),
        t("Let me take the front wheels off and look, twenty minutes, and I'll show you before I touch anything."),
        c("Twenty minutes, okay. But I'm not paying for looking, eh? The last garage charged me a hundred just to look, and then again for the work.", "bad_experience"),
        t("No charge for looking. ... Look here: the front pads are worn down to the metal tab, that's your scream. The discs are still fine, no grooves. Pads and labour, 385 quetzales. The rear brakes are okay for now, I'd look at them again in two months."),
        c("385... the guy on Calzada Roosevelt told me he does it for 300.", "too_expensive"),
        t("Could be. Ask him which pads he puts in. Ours are ceramic with a six-month guarantee. If 300 works better for you this week, I understand, just don't leave it more than a few days, or the metal eats the discs and then it's 900."),
        c("No, no, do it here, the guarantee is worth it. Ready by six? I start at seven.", None),
    ],
    [
        t("Buenas! Sure, we'll look at the brakes. And while it's in, shall we add the full service too? Oil, filters, everything. Only 650."),
        c("No, no full service, I did the oil last month. Just the brakes.", "no_need"),
        t("Perfect, brakes. Pads are 385 with labour. Anything else while it's up on the lift, wheel alignment maybe? Taxis always need alignment."),
        c("It drives straight. Just the noise, please. I don't have much this week.", "no_money"),
        t("Understood. Anything else we can take care of today? The AC recharge is on promotion, 250, and the nights get hot in the taxi."),
        c("The AC works fine. Hombre, how long for the brakes? I start at seven.", "no_need"),
        t("About an hour. And to finish off your order, shall we add new wiper blades and the air freshener pack? It's rainy season."),
        c("Just. The. Brakes. How much, total?", "no_need"),
        t("385. And to close off, can I put in a second set of pads for the rear so you're covered?"),
        c("You know what, the guy on Roosevelt does pads for 300 and doesn't try to sell me half the shop. Gracias.", "too_expensive"),
    ],
))

# 9 ---------------------------------------------------------------- leading_tag_questions, Pakistan, spoken
_o = c("Assalam-o-alaikum, beta. My daughter's wedding is in December, inshallah. We are looking at halls. My wife has a list, I am doing the, you know, the first round.", None)
PAIRS.append(gpair(
    "b35g_wedding_lahore", "Banquet hall and marquee lawn, Johar Town, Lahore, Pakistan", "leading_tag_questions",
    "The father of a bride visits a banquet hall to ask about the mehndi and baraat for about four hundred guests in December. Chatty, warm, nervous about per-head prices. Spoken, Pakistani English.",
    _o,
    [
        t("Walaikum assalam, uncle, mubarak ho! December is the busy month, good that you've started. Which functions are you looking at, the baraat, the walima, or both?"),
        c("The mehndi and baraat are from our side. Walima the groom's family does. So mehndi and baraat.", None),
        t("Achha. And roughly how many guests for each? Families always say three hundred and then it becomes five."),
        c("Ha! Exactly. My wife says four hundred for the baraat. Mehndi less, maybe two hundred, but for the mehndi she wants something outdoor, with lights, the girls will dance.", None),
        t("Then for the mehndi our lawn is better than the hall. Two hundred fit easily and there's a stage for the dholki. For the baraat, four hundred is our main hall. Menus start at 2,800 per head for one-dish, the full spread is 3,600."),
        c("3,600! Beta, with four hundred people that is... I nearly fell off my chair at the last place also.", "too_expensive"),
        t("I know, it adds up fast. Can I ask where the full spread is coming from, is it your wife's wish or what the guests will expect? There's a middle menu at 3,100, two mains and a live BBQ counter, and honestly that's where most families end up."),
        c("The BBQ counter my wife will like, the guests see it. Okay. But I cannot decide alone, she will skin me.", "think_it_over"),
        t("Of course not! Bring aunty on Saturday evening, the lawn is lit for another event, she can see how the mehndi would look. I'll keep the 14th and 15th of December pencilled in for you until Monday, no deposit."),
        c("Saturday, good idea. She loves lights. Okay beta, Saturday.", None),
    ],
    [
        t("Walaikum assalam uncle, mubarak! For your daughter it has to be our Royal Hall, nothing but the best for her, na?"),
        c("Well, we are seeing options. Mehndi and baraat. Around four hundred for the baraat.", None),
        t("Four hundred, the Royal Hall is perfect for that. And you'd go for the full spread menu, obviously, you don't want people talking, do you?"),
        c("Ha, well... what is the per head for the full spread?", None),
        t("Four thousand two hundred. It's a once-in-a-lifetime day, uncle, money comes and goes, doesn't it?"),
        c("Four thousand two hundred... times four hundred... Beta, that's sixteen lakh only for the food.", "too_expensive"),
        t("But she's your only daughter, isn't she? And the floral entrance package also, every bride has it these days, no?"),
        c("She has two sisters, actually. Look, I have to discuss with my wife.", "think_it_over"),
        t("Of course, but you agree the Royal Hall is the best in Johar Town, don't you? Why don't I just block the date, you can always discuss after, can't you?"),
        c("No, no, don't block anything. If we decide, I'll call you.", "brush_off"),
    ],
))

# 10 --------------------------------------------------------------- leading_tag_questions, Hungary, spoken, farming
_o = c("Jó napot. I'm Sándor Kiss, I farm near Lajosmizse. Apricots, forty hectares, the rest is grain. My old MTZ is, well, it's done. I'm looking, but I'm not in a hurry.", None)
PAIRS.append(gpair(
    "b35g_tractor_kecskemet", "Agricultural machinery dealer, Kecskemét, Hungary", "leading_tag_questions",
    "An experienced apricot grower comes to a tractor dealer to replace a worn-out MTZ. His orchard rows are narrow and the branches low; grain work is done by a contractor. Sceptical, expert. Spoken, non-native English.",
    _o,
    [
        t("Jó napot, Mr Kiss. The old MTZs run forever until they don't. What does the tractor do most of the year, orchard work or out in the grain?"),
        c("Orchard. Spraying, mulching between the rows. For the grain I have a contractor, combine and ploughing both.", None),
        t("So it's mainly an orchard machine. How wide are the rows, and how low do the branches hang? Are we talking narrow and low-profile?"),
        c("Rows are four metres, old planting. Branches are low, yes. The MTZ scraped everything, the trees hate it.", None),
        t("Four metres, low branches, sprayer and mulcher. What sprayer do you pull, how many litres?"),
        c("Two thousand litre, trailed, Hungarian make. It's heavy on the slope at the back.", None),
        t("Then you need enough weight and power for two thousand litres on a slope, but narrow. I'd look at two: our 90 horsepower orchard model, or the 105. The 105 is stronger on the hill but fifteen centimetres wider. Before choosing, could we bring the 90 to your farm for a day, with your own sprayer on it?"),
        c("A day on my farm, that's fair. But I'll tell you, your dealer service was bad before, when Tóth ran this place. Three weeks I waited for a hydraulic pump.", "bad_experience"),
        t("I've heard that story, and you shouldn't just take my word that it's different. We now keep hydraulic pumps for both models in stock here in Kecskemét, and I'll write the parts commitment into the offer. Would Tuesday or Wednesday next week work for the demo?"),
        c("Wednesday. After the morning spraying. Bring the 90, and put that pump thing in writing.", None),
    ],
    [
        t("Jó napot, Mr Kiss! To replace the MTZ you'd want something with real power, of course. The 130 horsepower is what serious farmers go for these days, isn't it?"),
        c("I have apricots, forty hectares. Orchard. I don't need 130 horses.", "no_need"),
        t("Sure, but you have grain too, and one machine that does everything is always better, isn't it?"),
        c("The grain I give to a contractor. The tractor goes in the rows.", "no_need"),
        t("Even so, you'll be glad of the air-conditioned cab in July, surely? And a front loader, every farm needs a loader, doesn't it?"),
        c("The cab on the 130 is too tall. My branches are low. Have you ever been in an orchard?", "no_need"),
        t("Ha, of course. But it's an investment for twenty years, so it only makes sense to go bigger, doesn't it? And 24 million forint plus VAT is very good value for this class, isn't it?"),
        c("Twenty-four million for a machine that breaks my trees. No. Send me the catalogue, I'll look at it at home.", "brush_off"),
        t("Will do. You'd agree it's the best in its class, though, wouldn't you?"),
        c("I'll agree when I see one in an apricot row. Viszontlátásra.", None),
    ],
))
