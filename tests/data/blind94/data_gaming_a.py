"""Gaming pairs, part a (kinds 1-10), written by hand for blind94."""
from common import c, gpair, t

PAIRS = []

# 1 monologue -- Pune, rooftop solar
o = c("Good morning. My son saw your banner near Baner and said I should ask. We are thinking about solar panels on our bungalow roof, but I am not sure it is worth it at my age.", None)
PAIRS.append(gpair(
    "b94g_pune_rooftop_solar", "rooftop solar installer, Pune (India)", "monologue",
    "A retired bank officer asks whether rooftop solar is worth it for his bungalow.",
    [o,
     t("Good morning, sir, thank you for coming in. Before I say anything about panels, may I ask what made your son suggest it? Is it the electricity bill, power cuts, or something else?"),
     c("Mainly the bill. In summer it crosses six thousand rupees a month, we have two ACs. Power cuts are rare in our area.", None),
     t("So about six thousand in summer, mostly the ACs, and cuts are not really an issue. You said 'at my age'. Is the worry how long it takes to pay back?"),
     c("Exactly. I am sixty-eight. If it takes ten years to recover, what is the use? Also my neighbour put panels and his terrace started leaking after the monsoon.", "bad_experience"),
     t("Both fair. With your summer bills, a 3 kW system with a net meter usually recovers in four to five years after the subsidy, but I'd rather see your last twelve bills before promising a number. On leakage, we use a raised frame bolted to the parapet, no drilling into the slab. I can show you two roofs in Aundh done that way."),
     c("Four-five years I can live with. But I won't decide without my son, he handles these things now.", "think_it_over"),
     t("Of course. Shall I come on Saturday when your son is home, look at the terrace and the bills, and give you both a written estimate with the subsidy worked out? No charge for the visit."),
     c("Saturday after eleven is fine. Bring the photos of those Aundh roofs also.", None)],
    [o,
     t("Good morning sir, great question! Let me tell you about us, it's a wonderful experience. We are Pune's fastest-growing solar company, 1,200 rooftops, Tier-1 mono PERC panels, 25-year performance warranty, a free app to see your generation live, and the subsidy comes straight into your account. Most bungalows go for 5 kW so you never see a bill again. How do you feel about that?"),
     c("Five kW? I only wanted to know if it is worth it. My bill is high only in summer.", None),
     t("Absolutely sir, I hear you, and that is exactly why 5 kW is ideal, in summer you generate maximum. Plus there's a battery option so you're future-ready, EMI starts at about three thousand a month, installation in two days, clean work, no mess, and after-sales is 24x7 on WhatsApp. Sounds good, no?"),
     c("My neighbour had water leaking through his terrace after they fitted panels. What about that?", "bad_experience"),
     t("Sir, that happens with local vendors, not with us, we are certified. So shall I note your address? Our engineer is in Baner tomorrow, and if you book this week the survey and the net-meter paperwork are free. Anything else I can help you understand?"),
     c("Leave it. Give me a pamphlet, I will read it at home.", "brush_off")],
))

# 2 closing_as_open_question -- Ludhiana, tractor dealer
o = c("Sat sri akal ji. I have 12 acres near Khanna, wheat and paddy. My old 35 HP is twenty years old now. Just came to see what you have.", None)
PAIRS.append(gpair(
    "b94g_ludhiana_tractor", "tractor dealership, Ludhiana (India)", "closing_as_open_question",
    "A Punjab farmer with an old 35 HP tractor looks at replacements.",
    [o,
     t("Sat sri akal. Twelve acres, wheat-paddy, and the old one has done its twenty years. What's giving you trouble with it these days, the engine, or it can't pull what you need now?"),
     c("Engine is okay-okay. Problem is the super seeder. It can't pull that at all, so at stubble time I hire a tractor, 1,500 per acre.", None),
     t("So the real pinch is stubble season: about 1,500 an acre because the old one can't pull a super seeder. Would you buy your own seeder too, or keep hiring that part?"),
     c("Own I can't, bhai. Tractor plus seeder is too much. The arhtiya loan is already running.", "no_money"),
     t("Understood, no point adding to that loan. Two honest options: a 50 HP now and hire only the seeder from the cooperative, about 800 an acre. Or keep the old one this season, hire, and come back after the paddy money. Shall I write both costs side by side for you?"),
     c("Haan, write it down. I'll show my brother, we farm together.", "think_it_over"),
     t("Done. I'll add the trade-in value of your 35 HP too, but I need to see it, so if you and your brother come Sunday, bring it along."),
     c("Theek hai, Sunday.", None)],
    [o,
     t("Sat sri akal ji, welcome! So tell me, what would you like your farming experience to look like with a new tractor?"),
     c("Just something that can pull a super seeder. The old one can't.", None),
     t("Great. So what's stopping you from taking the 55 HP home today itself?"),
     c("Stopping me? Money is stopping me. Arhtiya loan is already running.", "no_money"),
     t("I understand. So how would you prefer to do the down payment, cash, or shall we open the finance file right now? The bank man is sitting here only."),
     c("I didn't say I'm buying. I said I came to see.", "brush_off"),
     t("Of course ji, no pressure. Just tell me, what would it take for you to sign today? If I give the rotavator at cost, which one would you like delivered, this week or next?"),
     c("Bas. I'll come back with my brother. Give me your card.", "think_it_over")],
))

# 3 pitch_as_paraphrase -- Dhaka, home broadband
o = c("hello my net is dropping every evening 8 to 11. i work from home for a uk company, calls are cutting. plz fix", None)
PAIRS.append(gpair(
    "b94g_dhaka_broadband", "home broadband provider, Dhaka (Bangladesh)", "pitch_as_paraphrase",
    "A remote worker's connection drops every evening during work calls.",
    [o,
     t("Sorry about that, calls cutting in the middle of work is a real problem. A couple of questions so I fix the right thing: does only the wifi drop, or does it drop even on a cable?"),
     c("dont know. i only use wifi. router is in drawing room, i sit in bedroom", None),
     t("Okay, wifi only, router in the drawing room, you in the bedroom, and mainly 8 to 11 at night. That could be our line at peak time or the signal through the walls. We need to find out which."),
     c("last isp also said test test and nothing happened. i dont have time for tests", "bad_experience"),
     t("Fair enough, no homework for you. I'll send a technician tomorrow evening with a cable and a tester, no charge, to check the line at 9 pm. If it's our line, we fix it. If it's the walls, he'll show you where to move the router, and only then we talk about any extra device."),
     c("ok tomorrow after 7 pm. flat 4B, road 11, mirpur dohs", None),
     t("Noted: tomorrow after 7, flat 4B, Road 11, Mirpur DOHS. I'll message you the technician's name and number by 5 pm."),
     c("thanks", None)],
    [o,
     t("Sorry for the trouble! Can you tell me a little about how you use the internet at home?"),
     c("office calls, zoom, teams. evening is my uk morning so that time it must work", None),
     t("So what I'm hearing is that you need our 80 Mbps Pro Work package at 2,200 taka a month, is that right?"),
     c("no i need my current line to work. i already pay 1,200", "no_need"),
     t("Absolutely. So if I understand correctly, what matters to you is stable evening speed, which is exactly what Pro Work with priority routing gives. Did I get that right?"),
     c("bhai 2,200 is almost double. for the same line? another isp in our building is 1,000", "too_expensive"),
     t("Got it, so what you're saying is you want value, and Pro Work plus our mesh router at 2,900 is our best-value combo. Shall I activate it from tonight?"),
     c("no. just send someone to check the line or i will cancel the connection", None)],
))

# 4 upsell_as_loop_closing -- Colombo, pharmacy
o = c("Good afternoon, son. Doctor has given this prescription. Can you see if you have these? My eyes are not so good to read his writing.", None)
PAIRS.append(gpair(
    "b94g_colombo_pharmacy", "neighbourhood pharmacy, Colombo (Sri Lanka)", "upsell_as_loop_closing",
    "An elderly woman brings a prescription with one new medicine.",
    [o,
     t("Good afternoon, aunty. Let me read it for you. Amlodipine 5 milligram, one in the morning, and atorvastatin 10, one at night, for one month. We have both. Are these new to you?"),
     c("The amlodipine I have been taking. The other one is new. Doctor said something about cholesterol.", None),
     t("Yes, the atorvastatin is for cholesterol, one at night after dinner. I'll write 'morning' and 'night' in big letters on the covers. Together it's Rs. 1,840 for the month."),
     c("1,840? Last month the amlodipine alone was 600. Is there no cheaper one for the new tablet?", "too_expensive"),
     t("There is. The same atorvastatin from a local maker is about 300 rupees less for the month, same medicine and strength. The doctor wrote the generic name, so either is fine. Shall I give you that one?"),
     c("Yes, give the cheaper one. And which one did you say is for night?", None),
     t("The small white one, atorvastatin, at night. I've written it on the cover. Any other question about them before you go?"),
     c("No, that's all. Thank you, son, you are very patient.", None)],
    [o,
     t("Good afternoon aunty! Amlodipine and atorvastatin, one month. To make your experience complete, what else can I add for you today? We have a very good omega-3 that goes well with cholesterol tablets."),
     c("No, no, only what doctor wrote.", "no_need"),
     t("Understood, aunty. And just so all your needs are covered, shall I add a BP machine? Our senior customers like checking at home. It's 8,500, with one-year warranty."),
     c("I go to the clinic for that. How much for the tablets?", "no_need"),
     t("Tablets are 1,840. Before I close the bill, what else can I add? A pill organiser, or our 500-rupee membership card for five percent off?"),
     c("Son, my pension can't take more than the tablets. Just give those.", "no_money"),
     t("Of course aunty. Anything else at all I can get you? And how satisfied are you with our service today?"),
     c("Just the tablets and the bill, please.", "brush_off")],
))

# 5 leading_tag_questions -- Indore, two-wheeler dealer
o = c("Namaste. My daughter is starting college in Bhanwarkuan, we want a scooty for her. Something safe, not too heavy.", None)
PAIRS.append(gpair(
    "b94g_indore_scooter", "two-wheeler showroom, Indore (India)", "leading_tag_questions",
    "A father looks for a first scooter for his daughter.",
    [o,
     t("Namaste ji, congratulations to her. How far is the college from home, and has she ridden a scooter before?"),
     c("About eight kilometres, from Vijay Nagar. She learned on her cousin's Activa, but she is short, five feet, so she struggles with the stand.", None),
     t("Eight km each way, some practice already, and the height makes the stand hard. Then seat height and weight matter more than engine size. Two 110cc models here have a low seat, she can put both feet down. Can she come and sit on them?"),
     c("She can come Sunday. What is on-road price? Budget is around ninety thousand.", None),
     t("Those two are about 84,000 and 89,000 on-road in Indore with insurance. The 125cc ones cross a lakh, and for eight km in the city she doesn't need them."),
     c("My wife says electric is cheaper to run. Should we not see electric also?", None),
     t("Fair thought. Running cost is much lower, but you need a plug near the parking at home. If you have that, she can test-ride one petrol and one electric on Sunday and compare."),
     c("Plug is there downstairs. Okay, Sunday eleven o'clock we will come.", None)],
    [o,
     t("Namaste ji! She's going to love college. You'll want something stylish for her, won't you?"),
     c("Safe, mainly. She is small, five feet.", None),
     t("Safety first, of course. So you'll want the 125cc with disc brake, won't you? More power is more safety on the BRTS road, isn't it?"),
     c("Power she doesn't need, she's going eight kilometres only.", "no_need"),
     t("Absolutely, but for your daughter you won't compromise, will you? It's only 1.05 lakh, and you'd want the extended warranty also, wouldn't you?"),
     c("Bhai, budget is ninety. Above that no.", "no_money"),
     t("Sure ji. But you'll at least let her try the 125 once, won't you? It's our best seller, isn't it obvious why? You're okay to book with eleven thousand today, right?"),
     c("No. I'll bring her Sunday and we will decide ourselves.", "think_it_over")],
))

# 6 putdown_question -- Karachi, diagnostic lab
o = c("I gave my father's samples at your Gulshan branch on Monday, biopsy and CBC. Today is Thursday. Nobody is telling me anything and his surgeon needs the report tomorrow.", None)
PAIRS.append(gpair(
    "b94g_karachi_lab_report", "diagnostic laboratory, Karachi (Pakistan)", "putdown_question",
    "A son chases a delayed report that his father's surgeon needs.",
    [o,
     t("I'm sorry. Three days with no update when the surgeon needs it tomorrow is stressful. Can you give me the MR number on the receipt so I can see exactly where it is?"),
     c("MR 88213. The girl at the counter said 24 hours.", None),
     t("Thank you. The CBC was ready on Monday; it wasn't sent because the SMS number has a digit missing. The biopsy is a different test, it takes five working days, so the counter should not have said 24 hours. That was our mistake."),
     c("Five days? Then what do I tell the surgeon? Is there no way?", None),
     t("I can send the CBC to you on WhatsApp right now. For the biopsy, I'll ask the pathologist if a preliminary report is possible by tomorrow noon. I can't promise it, but I'll call you by 6 this evening either way."),
     c("0321 4459120. Please call, don't just message.", None),
     t("I'll call by 6 at the latest. And I've corrected the number on his file so this doesn't happen again."),
     c("Okay. Thank you for at least explaining.", None)],
    [o,
     t("I understand, sir. But aren't we being a little impatient? It's only been three days. What exactly is the problem?"),
     c("The problem is the counter said 24 hours. And my father's surgery depends on this.", None),
     t("Okay, so what I'm hearing is you may have misheard the counter staff? Can you tell me, in your own words, what exactly you were told?"),
     c("I did not mishear anything. I'm not a child.", None),
     t("Of course, sir, nobody is saying that. But do you realise how many samples we run daily? Do you think yours is the only one?"),
     c("Give me your manager's number. I'm going to the branch to collect the slides myself.", None),
     t("Sure sir. Did I understand correctly that you want to escalate? Is there anything else I can help you with today?"),
     c("You've helped enough.", None)],
))

# 7 not_my_department_or_read_the_terms -- Kathmandu, microfinance
o = c("Namaste. I paid my instalment of 4,200 on time at the centre meeting, but the SMS says I am overdue. Now my group leader is angry with me.", None)
PAIRS.append(gpair(
    "b94g_kathmandu_microfinance", "microfinance branch, Kathmandu (Nepal)", "not_my_department_or_read_the_terms",
    "A group-loan borrower is shown overdue although she paid at the centre meeting.",
    [o,
     t("Namaste didi. That's upsetting, especially with the group watching. Do you have the passbook entry from the centre meeting?"),
     c("Passbook is here. Field officer Sunil sir wrote it and signed. Second of this month.", None),
     t("Yes, I see his entry: 4,200 on the second. It's not posted in our system yet, so the SMS went out automatically. I'll ask the accountant to post it today with the right date, and I'll send a note to your group leader that you paid on time."),
     c("Will it spoil my record? After this loan I want to take one for a buffalo.", None),
     t("It shouldn't. Once it's posted with the right date, the overdue goes away. I'll print your statement after it's fixed, so you have proof. Can you come on Friday to collect it?"),
     c("Friday I can't, I sell milk in the morning. Can it come some other way?", "no_time"),
     t("Then Sunil sir will bring it to next Tuesday's centre meeting, and I'll call you tomorrow once it's posted."),
     c("Dhanyabad.", None)],
    [o,
     t("Namaste didi, I totally understand your frustration, and your relationship with us matters. Can you tell me more about what happened?"),
     c("I paid 4,200 on the second. Passbook has Sunil sir's signature. But SMS says overdue.", None),
     t("I hear you. Unfortunately posting is done by accounts, that's not my department. Did you read the loan terms? It says payment counts when posted, not when collected."),
     c("How can I read? It is in English. I paid to your own officer.", None),
     t("I understand, didi. I didn't make the rules. What I suggest is you talk to Sunil sir or the accounts side. Is there anything else I can help you with?"),
     c("Then what are you sitting here for? I will tell the whole group about this.", None),
     t("I'm sorry you feel that way. Your feedback is important to us. How satisfied are you with my service today?"),
     c("Not at all.", None)],
))

# 8 social_proof_or_deadline_pressure -- Kota, coaching centre
o = c("Good evening. My son has finished Class 10 with 88 percent. Everyone in our town says send him to Kota for JEE. I want to understand first if it is right for him.", None)
PAIRS.append(gpair(
    "b94g_kota_coaching", "JEE coaching institute, Kota (India)", "social_proof_or_deadline_pressure",
    "A schoolteacher from Bihar asks whether Kota coaching suits his shy son.",
    [o,
     t("Good evening, sir. Good that you want to understand first. What does your son himself want, and how does he feel about living away from home?"),
     c("He likes maths but he is shy. Never stayed in hostel. His mother is very worried.", None),
     t("A shy sixteen-year-old, first time away, and a worried mother. That matters. How did he do in maths and science, and has he tried any entrance-type problems?"),
     c("Maths 95, science 84. He did the school Olympiad, cleared first round only.", None),
     t("A decent base. Honestly, Kota is hard on some shy boys; the pace is fast and nobody checks on them. Classroom fee is 1.6 lakh a year plus about 15,000 a month hostel. We also have a two-year online batch from home at 55,000 a year, with a free two-week trial."),
     c("1.6 lakh plus hostel is more than I earn in six months. Online we can manage, maybe.", "no_money"),
     t("Then start with the online trial. At the end he gets a test and a counselling call, and you decide with his mother. Nothing to pay till then."),
     c("Okay, register him for the trial. The rest I will discuss with his mother after.", "think_it_over")],
    [o,
     t("Good evening sir! Great decision. Tell me, what are your dreams for your son?"),
     c("Dream is IIT, but he is shy, never stayed away. I want to know if it's right for him.", None),
     t("I understand, sir. Every year forty of our students from Bihar alone crack JEE Advanced, and all their parents had the same worry. Once he sees the other boys, the shyness goes in a week."),
     c("Maybe. But the fees, I heard they are very high. I am a schoolteacher.", "no_money"),
     t("Sir, that's exactly why you must book today. The 20 percent early-bird closes tonight at midnight and the Nurture batch has six seats left. All the toppers joined in the first week. How would you feel if he missed it?"),
     c("Tonight? I have not even asked my wife.", "think_it_over"),
     t("Sir, most fathers just pay 25,000 registration now to hold the seat and discuss later. Half your district is already here. What's stopping you?"),
     c("Don't rush me like this. I'll go where someone talks to me properly.", None)],
))

# 9 keyword_stuffed -- Surat, textile mill (B2B)
o = c("Hi, this is Ramesh from Lakshmi Exports, Bengaluru. We need a quote for 60,000 metres of poly-viscose suiting, 220 GSM, for a European order. Delivery by end of March.", None)
PAIRS.append(gpair(
    "b94g_surat_textile", "synthetic suiting mill, Surat (India)", "keyword_stuffed",
    "A garment exporter's buyer asks a mill for a quote on a large order.",
    [o,
     t("Hello Ramesh ji, thanks for calling. 60,000 metres, 220 GSM PV suiting, end of March. Is the blend 65/35, and does your buyer need any certification like OEKO-TEX?"),
     c("65/35, yes. OEKO-TEX is a must. And our last supplier's shade varied between lots, the buyer rejected 8,000 metres. That cannot happen again.", "bad_experience"),
     t("That's a costly lesson. We'd dye the order in two lots at most and send you lot-wise shade bands for approval before dispatch. Our OEKO-TEX certificate I'll mail today. What price range are you working with?"),
     c("Last order was 148 a metre ex-mill. Buyer is pushing us down further.", None),
     t("With that GSM, certification and two-lot dyeing, we'd be about 156. I can't do 148 with those controls. I can do 152 if you take it in two shipments, February and March, so we plan the looms."),
     c("Hmm, 152. I'll have to check with my director, and we want a sample first.", "think_it_over"),
     t("Fair. I'll courier a two-metre sample and a shade band by Monday, with the written quote. Same Peenya address?"),
     c("Peenya, yes. Attention Ramesh, purchase.", None)],
    [o,
     t("Hello Ramesh ji! Thank you for reaching out. At our mill, your success is our success, and we truly understand your needs. Can you share more about your fabric journey?"),
     c("Journey? I told you. 60,000 metres, 220 GSM, 65/35 PV, OEKO-TEX, by March.", None),
     t("Absolutely, I understand and I feel your urgency. We believe in a long-term relationship built on trust, quality and customer experience. What does success look like for you in this partnership?"),
     c("Success is no shade variation. Last supplier's lots didn't match and the buyer rejected 8,000 metres.", "bad_experience"),
     t("I completely understand how you feel, and I appreciate you sharing that experience. Quality is in our DNA, and our customer-centric approach ensures your needs are always met. So what I'm hearing is that quality matters to you?"),
     c("Obviously. Just tell me the rate per metre and how you'll control the shade.", None),
     t("Definitely, I hear your need for clarity. Our team will understand your requirements in depth and come back with a solution that adds value to your success journey. Anything else I can help with?"),
     c("Just email the rate. I have other mills to call.", "brush_off")],
))

# 10 rude -- Lahore, wedding caterer
o = c("Assalam o alaikum. My daughter's mehndi and baraat are in February, about 400 guests on the baraat. I wanted to ask about your menus and what you charge per head.", None)
PAIRS.append(gpair(
    "b94g_lahore_caterer", "wedding caterer, Lahore (Pakistan)", "rude",
    "The bride's mother asks about menus and per-head rates for two functions.",
    [o,
     t("Walaikum assalam, and mubarak! February is busy, so good that you're asking now. Is the baraat at a marquee or at home, and is the venue booked?"),
     c("Marquee on Raiwind Road, booked. Mehndi at home, maybe 150 people.", None),
     t("So baraat for 400 at the marquee, mehndi for about 150 at home. For the baraat, any must-haves the family expects, and a per-head figure you have in mind?"),
     c("Mutton is a must, otherwise my husband's family will talk. We were thinking 2,500 per head, the marquee already took a lot.", None),
     t("At 2,500 we can do mutton qorma, chicken biryani, seekh kebab, naan, raita, salad and kheer. With a live BBQ counter it's about 2,900."),
     c("2,900 we can't stretch to. Leave the BBQ. Can we come for tasting?", "no_money"),
     t("Of course. Tastings are on Saturdays, free for two people. Would this Saturday at 4 suit you and your husband?"),
     c("This Saturday we have a dholki at home. Next Saturday, inshallah.", "no_time"),
     t("Next Saturday at 4, then. I'll send the 2,500 menu on WhatsApp today so you can show your husband."),
     c("JazakAllah, that will help.", None)],
    [o,
     t("Per head starts at 3,000. Menu is on the website. What else?"),
     c("Website I saw, but I wanted to understand what is included for 400 guests. Mutton is a must for us.", None),
     t("Aunty, everyone wants mutton. What did you think, mutton qorma at daal rates? Do you have a budget or are we just chatting?"),
     c("We were thinking 2,500 per head. The marquee already took a lot.", "no_money"),
     t("2,500 is chicken only. Honestly, for that you should try the dhaba caterers in Township. Anything else? I have clients waiting."),
     c("I have never been spoken to like this. Keep your menu.", None),
     t("Okay aunty, your choice. How satisfied were you with the call?"),
     c("Khuda hafiz.", None)],
))
