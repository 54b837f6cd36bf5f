"""Gaming pairs c01-c10 of blind105 (hand-written)."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question -- wholesale grocery WhatsApp, Houston
open_c01 = c("bhai order came today missing 2 cases of paneer and the atta is 10 lb bags not 20 lb. i have catering for 200 people tomorrow. this is a big problem", None)
PAIRS.append(gpair(
    "b105g_houston_wholesale_paneer", "wholesale grocery distributor (WhatsApp), Houston", "putdown_question",
    "A restaurant owner with a 200-guest catering job messages his Indian grocery wholesaler in southwest Houston about a short delivery.",
    [open_c01,
     t("sorry bhai, thats on us. let me check the invoice. you ordered 4 cases paneer and 6 bags of 20 lb atta, right?"),
     c("yes 4 paneer, got 2. atta 6 bags 20 lb, got 12 small ones", None),
     t("ok so the atta is the same total, 120 lb, just smaller bags. does that work or do you need the big bags for your mixer?"),
     c("if weight same then fine, i didnt notice. paneer is the real issue, catering is a mehndi tomorrow evening", None),
     t("understood. the 2 paneer cases were short in the warehouse today but the truck is back at 5. our driver can bring them tonight between 7 and 8, no delivery charge. someone will be there?"),
     c("yes i close at 10. thank you yaar, you saved me", None),
     t("ill text you when he leaves. and if anything goes wrong tonight ill credit the missing cases on your account"),
     ],
    [open_c01,
     t("ok lets slow down. isnt it a bit dramatic to call it a big problem? what exactly is missing"),
     c("2 cases paneer. and atta bags wrong size. dramatic? i have 200 people tomorrow", None),
     t("i hear you. but did you actually count properly? your guys usually mess up the unloading, no?"),
     c("i counted myself. 2 cases. invoice says 4", None),
     t("ok. and the atta, didnt you notice its the same weight? do you always get this worked up about bag sizes?"),
     c("fine, atta ok. paneer i need tonight. can you send or not", None),
     t("we can try tomorrow morning. you should order earlier for big events, dont you think? how satisfied are you with our service otherwise?"),
     c("not satisfied. ill pick up from the other wholesale on bissonnet", None),
     ]))

# c02 not_my_department_or_read_the_terms -- pharmacy, Oak Tree Road, Edison NJ
open_c02 = c("Hi, I came to pick up my mother's insulin and the girl says insurance rejected it? She has maybe two days left. What do I do?", None)
PAIRS.append(gpair(
    "b105g_edison_pharmacy_insulin", "independent pharmacy, Edison NJ", "not_my_department_or_read_the_terms",
    "A son collecting his 74-year-old mother's insulin at a family pharmacy finds the refill rejected by insurance with two days' supply left.",
    [open_c02,
     t("Okay, two days, so we sort it today. I'm looking at it now: the insurance wants a prior authorization, they changed their list for the new year. The doctor's office has to send that. Who's her doctor?"),
     c("Dr. Mehta on Oak Tree. They take forever, honestly.", None),
     t("I'll fax the request to Dr. Mehta right now and mark it urgent. Meanwhile, so she doesn't run out, I can give her a three-day emergency supply. That would be about $38 out of pocket. Is that okay?"),
     c("Thirty-eight... honestly I'm short until payday on Friday. Can I pay half now?", "no_money"),
     t("Pay nineteen today and the rest when you collect the refill, I'll note it on her account. The prior auth is the insurance asking the doctor to confirm she needs this brand, usually 24 to 72 hours. If they say no, there's a similar insulin they cover. I'll call you either way by Thursday."),
     c("Okay. Thank you, really. Her number's on file, call mine instead.", None),
     t("Updated. Here's the three-day supply. Keep it in the fridge once you're home."),
     ],
    [open_c02,
     t("I totally understand how you feel. Unfortunately, insurance rejections are between you and your insurance company. It's not really our department."),
     c("But she only has two days left. What do I do?", None),
     t("Great question. It says prior authorization needed. I'd recommend reading her plan's terms, it's all in the formulary document they mailed you."),
     c("She's 74, she doesn't read those. Can you call the doctor?", None),
     t("I hear you. We don't make the rules, the insurance does. The doctor's office has to do it, so you'd need to call them. Anything else I can help with today?"),
     c("So if she runs out, nobody helps? Can I pay cash for some?", None),
     t("Cash price is $310 for the box of pens. Is there anything else?"),
     c("Three hundred ten? I can't pay that today. Unbelievable.", "no_money"),
     ]))

# c03 social_proof_or_deadline_pressure -- money transfer, Belgrave Road, Leicester
open_c03 = c("Kem cho. I have to send eight thousand pounds to Ahmedabad for the flat down payment, but the rate is bad now. When does it get better?", None)
PAIRS.append(gpair(
    "b105g_leicester_remit_flat", "money transfer bureau, Leicester", "social_proof_or_deadline_pressure",
    "A retired Gujarati man asks a Belgrave Road money transfer bureau about sending a flat deposit to Ahmedabad while the pound is weak.",
    [open_c03,
     t("Majama. Honestly, nobody can promise where the rate goes. When is the payment due to the builder?"),
     c("End of next month. The builder is my wife's cousin, he's a little flexible.", None),
     t("So you've about five weeks. One option is splitting it, half now and half nearer the date, so you're not betting on one day. The other is a rate alert: you choose the rate, we text you if it hits. Is the money already in your account here?"),
     c("Yes, sitting in Nationwide. I don't want to split, too much paperwork with the bank in India.", None),
     t("Understood, one payment then. I'll set an alert at 110 and remind you two weeks before the due date whatever the rate is, so you're not late. No charge for the alert."),
     c("Okay, set it. But I'm not promising to send with you, my son says Wise is cheaper.", "too_expensive"),
     t("That's fair, compare on the day. Look at the rupees that land, not just the fee. Here's your alert confirmation."),
     ],
    [open_c03,
     t("Majama! Great question. What I can tell you is that everyone on Belgrave Road is sending right now. Honestly, uncle, twenty families came in this week alone."),
     c("Twenty families? I'm asking about the rate.", None),
     t("I hear you. The rate is 106.80, and I can only hold it until five o'clock today. After that, who knows."),
     c("It was 109 in March. This is a bad rate.", "too_expensive"),
     t("Honestly, uncle, all the smart people are locking in now. Your neighbours the Desais did theirs yesterday. Shall I start the form?"),
     c("Desai's business is Desai's business. I'm not doing anything today.", "think_it_over"),
     t("Totally understand. Just so you know, zero fee if you send before Friday. After that it's back to £15."),
     c("Fifteen pounds I can live with. Aavjo.", None),
     ]))

# c04 keyword_stuffed -- driving school chat, Surrey BC
open_c04 = c("hello i came from india 6 months ago. i have indian licence 8 years. in bc what i need to do for driving here? my husband works nights so i need to drive kids", None)
PAIRS.append(gpair(
    "b105g_surrey_driving_licence", "driving school (website chat), Surrey BC", "keyword_stuffed",
    "A newly arrived mother with eight years of Indian driving experience asks a Surrey driving school's chat how to get a BC licence.",
    [open_c04,
     t("hi, welcome to surrey! your indian licence is only valid here for the first 90 days, after that you need a BC one. with 8 years experience you can skip most of the learner stage, if you can prove the years. do you have a letter from the RTO in india?"),
     c("no letter. only the licence card. is that enough", None),
     t("icbc usually wants a driving record or letter confirming the years. your family in india can ask the RTO for it. without it you start as a class 7 learner, which means a lot more waiting"),
     c("ok my brother in ludhiana can go to rto. how many lessons you think", None),
     t("for experienced drivers its mostly the BC rules that are new: 4-way stops, school zones, right turns on red, and road test habits. usually 3 to 5 lessons. want to start with one assessment lesson, $70, and the instructor tells you honestly how many?"),
     c("ok. but only when kids are in school, 9 to 2", None),
     t("works. i have thursday 10am with harjit, she speaks punjabi and hindi if that helps. shall i book it?"),
     c("yes please, thursday", None),
     ],
    [open_c04,
     t("hi and welcome! we really understand how you feel, moving countries is a big journey and we want your experience with us to be a success. our relationship with every student is built on understanding your needs"),
     c("thank you. so what i need to do with indian licence", None),
     t("great question! we believe every driver's success starts with understanding. i feel your need for independence, and our experienced instructors are passionate about your journey"),
     c("ok but can i use my indian licence or not", None),
     t("i hear you! what i want to understand is how you feel about driving in canada, because confidence is key to success and we are here to build that relationship with you"),
     c("i feel confused. you not answering. how much lessons cost", None),
     t("i totally understand your concern. our packages are tailored to your needs and goals, to give you the best possible experience. how satisfied are you with our conversation so far?"),
     c("not satisfied. i will call icbc myself", None),
     ]))

# c05 rude -- cash and carry, Small Heath, Birmingham
open_c05 = c("Hiya, I've got a corner shop in Sparkbrook, been coming here a year paying cash. Can I get an account with 30 days' credit?", None)
PAIRS.append(gpair(
    "b105g_birmingham_cashcarry_credit", "wholesale groceries (cash and carry), Birmingham", "rude",
    "A corner shop owner who has paid cash every week for a year asks the trade desk of a family cash and carry in Small Heath for 30-day credit.",
    [open_c05,
     t("Thanks for sticking with us. Possibly, yes. What's your usual spend a week with us?"),
     c("About two grand, more at Ramadan. Cash flow's the problem, I'm paying you before I've sold anything.", None),
     t("That makes sense, that's what credit is for. For 30 days we need two trade references, your last three months' bank statements and a personal guarantee. We'd usually start with a limit around three grand and review after six months."),
     c("Personal guarantee? I'm not sure. My brother lost his house over one of those.", "bad_experience"),
     t("That's a fair worry. It means if the business can't pay, you'd be liable for what's owed on this account, up to the limit, three grand here, not unlimited. Show it to your accountant before you sign anything."),
     c("Three grand cap, that's different. Let me ask my accountant then.", "think_it_over"),
     t("Good. Take the forms, and when you've spoken to him bring them to me at the trade desk, I'm here weekdays till six."),
     ],
    [open_c05,
     t("Everyone wants credit, mate. What makes you special, exactly?"),
     c("I've paid cash here every week for a year. About two grand a week.", None),
     t("Two grand. Right. Big spender. We've got lads doing twenty. Forms are over there, fill them in yourself."),
     c("What do you need on them? References?", None),
     t("It's all written on it. Can you read? Trade references, statements, personal guarantee, the usual."),
     c("Personal guarantee... my brother lost his house over one of those.", "bad_experience"),
     t("Well, your brother's not my problem, is he? Sign it or don't, I've got a queue."),
     c("Forget it. I'll keep paying cash, and I'll ask at Bestway.", None),
     ]))

# c06 ignored_customer -- wedding hall, Bradford
open_c06 = c("Assalamu alaikum. My son's walima, March, about 500 people. Before anything, I need to know the kitchen is properly halal and we can have separate seating for the ladies.", None)
PAIRS.append(gpair(
    "b105g_bradford_hall_walima", "banqueting hall, Bradford", "ignored_customer",
    "The father of a groom visits a Bradford banqueting suite for a 500-guest walima and asks first about a halal kitchen and separate ladies' seating.",
    [open_c06,
     t("Walaikum salam, congratulations. Those are the right questions to ask first. The kitchen is halal only, there's no alcohol anywhere in the building, and the caterers we allow all have HMC certificates, which I can show you. For seating, we can divide the hall with a partition, or use the upstairs hall for the ladies. Which would your family prefer?"),
     c("Same floor with a partition is better, the elderly can't do stairs.", None),
     t("Same floor, partition, noted. With 500 and a partition the main hall fits, just. Have you got a date in March yet?"),
     c("Second Sunday. But the price last time, for my daughter, was too much. Eleven thousand. That was here.", "too_expensive"),
     t("I'll be straight with you: a Sunday in March is off-peak, so it's less than a Saturday. Hall, partition and tables for 500 is £6,800, catering on top from whichever approved caterer you choose. I'll write down exactly what's included."),
     c("Write it down. I'll discuss with my son and his in-laws.", "think_it_over"),
     t("Here it is, with the certificates on the back. I'll hold Sunday the 9th of March for ten days."),
     ],
    [open_c06,
     t("Walaikum salam! Congratulations. Tell me about the vision for your son's big day."),
     c("The vision is simple. Halal kitchen, separate seating for ladies. Can you do that?", None),
     t("Amazing. So we've got the Crystal Package, with LED uplighting, a flower wall and a dance floor. Very popular for walimas."),
     c("We don't need a dance floor. What about the kitchen, is it halal?", "no_need"),
     t("Great question. Our in-house bar can be closed for your event for a small fee."),
     c("Bar? There's a bar? I asked about halal.", None),
     t("Totally hear you. So, Crystal Package, Saturday the 8th, £12,500. Any other questions?"),
     c("You haven't answered one question. Ladies' seating? The kitchen? Forget it, I'm going.", None),
     ]))

# c07 repeated_questions -- accountant, Katy / Houston
open_c07 = c("Hello, I bought a gas station in Katy two months back. I have four employees and I'm paying them cash right now. My friend said that's a problem. Can you set up payroll?", None)
PAIRS.append(gpair(
    "b105g_houston_accountant_payroll", "accounting and payroll firm (phone), Houston", "repeated_questions",
    "A Gujarati gas station owner in Katy phones a small Houston accounting firm to set up payroll for four staff he has been paying in cash.",
    [open_c07,
     t("Yes, we can, and your friend's right, it's better fixed now than later. Are the four full-time, or some part-time?"),
     c("Two full-time, two part-time on weekends. One is my nephew.", None),
     t("Okay. Family members still go on payroll if they're paid. Do you already have an EIN and a Texas Workforce account, or did the previous owner's stay with the business?"),
     c("I have EIN. The Texas one, I don't know what that is.", None),
     t("That's the state unemployment tax account; we'll register you, it takes a week or so. For four people payroll is $95 a month, including the quarterly filings. And we'd catch up the cash months properly so you're clean."),
     c("95 is okay. The catch-up, how much? I paid maybe 20 thousand cash already.", None),
     t("For two months and four people, about $300 one-time. Can you send me what you paid each person each week? Even a photo of your notebook is fine."),
     c("Notebook, yes. I'll WhatsApp it tonight.", None),
     ],
    [open_c07,
     t("Great question. First, tell me, what are your goals for your business?"),
     c("Goal is not to get in trouble. Set up payroll for four people.", None),
     t("Love that. And where do you see the business going?"),
     c("I see it selling gas. Can you do payroll or not? Cash payments, two months.", None),
     t("Absolutely. Help me understand, what are you hoping to achieve with payroll?"),
     c("Paying my people legally. I said that.", None),
     t("Right. And, big picture, what would success look like for you this year?"),
     c("Bhai, I have a store to run. Email me your price, I'll see.", "brush_off"),
     ]))

# c08 wrong_paraphrase -- phone repair and unlocking chat, Jackson Heights, Queens
open_c08 = c("asalam o alaikum. going to karachi for 3 weeks next month. my phone is tmobile, will it work with jazz sim there or i need unlock", None)
PAIRS.append(gpair(
    "b105g_queens_phone_unlock", "phone repair and unlocking shop (chat), Jackson Heights, Queens", "wrong_paraphrase",
    "A customer going to Karachi for three weeks asks a phone shop's chat whether his T-Mobile Samsung will take a Pakistani SIM.",
    [open_c08,
     t("walaikum salam. depends if its paid off. is the phone fully paid to tmobile, and which model?"),
     c("samsung s22. paid off last year", None),
     t("ok if its paid off tmobile unlocks it for free, you just request it in the tmobile app or call them. no need to pay a shop. one more thing: in pakistan phones from abroad need PTA registration or the sim stops after about 60 days. for 3 weeks you're fine"),
     c("oh nice. so i dont need to pay you anything?", None),
     t("not for this lol. if tmobile gives you trouble come in and we check it, $20. also you can buy a jazz esim before you fly if you want data from the airport"),
     c("ok thanks bro, ill try tmobile first", None),
     ],
    [open_c08,
     t("walaikum salam! so just to make sure i understand: youre moving to pakistan and need a new phone that works there, right?"),
     c("not moving. 3 weeks trip. i have samsung s22", None),
     t("got it, so what youre saying is your s22 is locked and getting old and you want to upgrade before the trip. we have the s24 at a great price"),
     c("i never said old. it works fine. i just asked about unlocking", "no_need"),
     t("understood! so to play it back, you want our premium unlock service, $79, and PTA registration which we handle for $150, correct?"),
     c("150?? for 3 weeks? i didnt ask for that. and 79 is too much, my cousin said tmobile does it free", "too_expensive"),
     t("so what im hearing is youre happy to go ahead with the unlock today. shall i book you in?"),
     c("no. youre hearing wrong. bye", None),
     ]))

# c09 pitch_to_upset -- travel agent, Edison NJ
open_c09 = c("I need a flight to Ahmedabad tonight or tomorrow morning. My father died two hours ago. They're waiting for me for the cremation.", None)
PAIRS.append(gpair(
    "b105g_edison_travel_bereavement", "travel agency (phone), Edison NJ", "pitch_to_upset",
    "A man whose father has just died in Gujarat calls the family travel agent he always uses in Edison for the fastest flight to Ahmedabad.",
    [open_c09,
     t("I'm so sorry. Let's get you there as fast as we can. Newark only, or can you go from JFK too?"),
     c("Anywhere. Newark is closer. I have my passport and OCI, everything.", None),
     t("Okay. Air India direct Newark to Delhi tonight at 9:35, then Delhi to Ahmedabad, landing 10 tomorrow night. Or Emirates from JFK via Dubai lands Ahmedabad tomorrow at 7pm, a few hours earlier. Emirates is $2,100, Air India $1,650. Which matters more right now?"),
     c("Earlier. Money doesn't matter today. Emirates.", None),
     t("Booking it now. Some airlines waive change fees for a death in the family; I'll ask Emirates while you pack, and anything they give back goes to your card. The ticket will be in your email in ten minutes."),
     c("Thank you. Make it one way only, I don't know when I'm coming back.", None),
     t("One way it is. I'll message you return options later, whenever you're ready. Go and pack."),
     ],
    [open_c09,
     t("I'm so sorry for your loss. I can only imagine how you feel. While I search, since you'll be in India anyway, have you thought about making it a longer trip? We have a beautiful Rajasthan package."),
     c("What? My father is dead. I need to be at the cremation.", None),
     t("Of course, totally hear you. Emirates via Dubai, $2,100. And our premium travel protection is $189, very popular with families in your situation."),
     c("I don't want protection. Just the ticket.", "no_need"),
     t("Understood. Would you like to upgrade to business? After a day like today you deserve some comfort, and it's only $3,400 more."),
     c("Are you serious right now? Book the economy.", "no_need"),
     t("Booking. And just to close the loop, should I add a return with a 14-day Kerala add-on? Many families combine it with a holiday."),
     c("I'm hanging up and calling someone else.", None),
     ]))

# c10 blame -- driving school, Leicester
open_c10 = c("My driving test was this morning at 8:10, Cannock Street. The instructor turned up at 8:20. Test cancelled. I've lost the fee and I waited four months for that slot.", None)
PAIRS.append(gpair(
    "b105g_leicester_driving_missedtest", "driving school (phone), Leicester", "blame",
    "A learner rings her family-run driving school after her instructor arrived late and her practical test was forfeited.",
    [open_c10,
     t("I'm really sorry. That shouldn't have happened, and it's on us. What did the test centre say, did they give you anything in writing?"),
     c("Just that the candidate didn't attend on time, so it's forfeit. Sixty-two pounds. And the next slot's in August.", None),
     t("So you've lost the £62 and the slot, and you're looking at August. We'll refund the £62 and this morning's lesson today. For the slot, our office checks for cancellations every day; I'll put you on that list, and we can look at Wigston or Loughborough too if you can travel."),
     c("Wigston's fine. Loughborough's a bit far. Honestly, I'm scared to book with you again.", "bad_experience"),
     t("I understand that. For your next test Mr. Khan, the owner, will take you himself and pick you up an hour before. And if we're ever late again, we pay for the new test and the one after."),
     c("Okay. Put that in writing and I'll think about it.", "think_it_over"),
     t("I'll email it today with the refund confirmation."),
     ],
    [open_c10,
     t("I'm sorry you're upset. Let me understand what happened from your side. Why did you book an 8:10 slot when you know the traffic on the A6 is bad?"),
     c("I booked the slot your office told me to book!", None),
     t("I hear you. But the candidate is responsible for attending on time, that's the DVSA rule. Did you phone him to check he was coming?"),
     c("Why would I need to phone my own instructor? He's the one who was late.", None),
     t("I totally understand your feelings. But you could have got a taxi to the centre and met him there. Do you see how that might have helped?"),
     c("So it's my fault he was late. And my sixty-two pounds?", None),
     t("The fee's non-refundable, I'm afraid, it counts as a no-show. Going forward, maybe pick a later slot so you're not relying on timing. Shall I book your next lesson?"),
     c("No. You've already made me lose one test. I'm not booking anything else with you.", "bad_experience"),
     ]))
