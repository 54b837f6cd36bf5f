"""Gaming pairs 11-20, written by hand."""
from common import t, c, gpair

PAIRS = []

# 11 putdown_question - camera shop, Kathmandu, Nepal (spoken, consumer, trekking guide on a budget)
o = c("Namaste dai. I'm going to Everest base camp next month with a group, I'm the assistant guide. I want a proper camera, not just phone. Something that works in the cold. Budget is around sixty thousand.", None)
PAIRS.append(gpair(
    "putdown_camera_kathmandu", "camera shop, New Road, Kathmandu, Nepal", "putdown_question",
    "A young assistant trekking guide wants his first real camera for an Everest base camp trip and has a fixed budget.",
    [o,
     t("Namaste. Sixty thousand, okay. Are you shooting mostly for yourself, or for the agency's social media too?"),
     c("Both. The agency said if the photos are good they pay me extra for Instagram. Mostly mountains, some clients on the trail.", None),
     t("Then a compact with a bigger sensor suits you better than a DSLR, less weight on the trail. This Sony, second-hand, very good condition, fifty-eight thousand. In the cold the batteries are the problem, not the camera."),
     c("Batteries, yes. My phone died at Namche last time, minus ten. So that's a real thing.", None),
     t("Exactly that. Keep the spare inside your jacket, near the body. I'd add one original extra battery, three thousand five hundred."),
     c("So sixty-one and a half total. Hmm. Then I'm over. My money from the agency only comes after the trip.", "no_money"),
     t("Then skip our battery. A copy one from the shop two doors down is about a thousand and works okay for one trip. Take the camera now, buy an original when you're paid."),
     c("That works. Can you show me how to set it for snow, so the photos don't come all grey?", None)],
    [o,
     t("Namaste. Sixty thousand? For Everest? You do know what a real camera costs, no?"),
     c("I know it's not much. But that's what I have.", None),
     t("So what's your experience with photography, honestly? Have you ever used anything except a phone?"),
     c("Only phone. That's why I came to ask.", None),
     t("Right. And you want to carry a proper camera to five thousand metres without ever using one? Did you think what happens when you drop it on the moraine?"),
     c("I'm a guide, dai. I've walked that trail eleven times. I'm careful.", None),
     t("Okay. So which do you want, the cheap one that gives bad photos, or do you stretch to the Canon at one lakh twenty?"),
     c("One lakh twenty I can't afford, not even close. I'll ask somewhere else.", "no_money")]))

# 12 putdown_question - invoicing and accounting software, Vilnius, Lithuania (typed, B2B, small bakery)
o = c("hello, i have small bakery in vilnius, 6 employees. now doing invoices in excel and accountant makes i.SAF every month and complains. do your program make i.SAF automaticaly?", None)
PAIRS.append(gpair(
    "putdown_invoicing_vilnius", "invoicing and accounting software, Vilnius, Lithuania", "putdown_question",
    "The owner of a six-person bakery asks a software company's chat whether their product would produce the monthly tax invoice report her accountant builds by hand.",
    [o,
     t("Hi! Yes, the i.SAF file is generated automatically from the invoices you issue; your accountant can download it, or we give her her own login. Do you invoice only businesses (cafes, shops) or also sell to people at the counter?"),
     c("both. counter has cash register separate. invoices for 3 cafes and one hotel", None),
     t("Then you only need the invoicing part, the cash register stays as it is. That's the Basic plan, 19 eur/month. You can import your customers from Excel so you don't type them again."),
     c("19 ok. but i tried other program 2 years ago and it lost half my invoices when they updated, i had big problem with VMI after. so im scared to change", "bad_experience"),
     t("Ugh, that sounds awful, sorry. Our data is backed up daily and you can export everything to Excel any time with one click, so you always keep your own copy. Would it help if your accountant tried it for a month, free, before you move anything?"),
     c("yes thats better, she decides these things anyway. can you send link to her?", None),
     t("Sure, give me her email and I'll set up a 30 day trial, no card needed."),
     c("rasa.buhalterija@gmail.com thank you", None)],
    [o,
     t("Hi! Of course it does 😊 Quick question: you're still doing invoices in Excel in 2024? How do you keep track of anything?"),
     c("it works ok for us. just the i.SAF is problem", None),
     t("Sure! And does your accountant really have time to build i.SAF by hand every month? Isn't that a pretty expensive way to run a business?"),
     c("she is my cousin actually. she does it on weekends", None),
     t("I see 🙂 Have you ever thought about how much time you lose by not having a proper system? What's your growth strategy with 6 people and Excel?"),
     c("i dont need growth strategy i need invoices. how much is it", None),
     t("Our Business Pro plan is 59 eur/month, includes inventory, HR and analytics. Can I help with anything else today? ✨"),
     c("too expensive for a bakery. bye", "too_expensive")]))

# 13 not_my_department_or_read_the_terms - electricity supplier call centre, Lviv, Ukraine (spoken, citizen, elderly)
o = c("Hello, good day. I am calling about my bill for electricity. It came one thousand eight hundred hryvnias. I live alone, I pay always three, four hundred. Something is wrong, yes?", None)
PAIRS.append(gpair(
    "dept_power_lviv", "household electricity supplier call centre, Lviv, Ukraine", "not_my_department_or_read_the_terms",
    "A 78-year-old pensioner living alone rings her electricity supplier about a bill five times higher than usual.",
    [o,
     t("Good day. Yes, that's very unusual for you. Let me look. Your personal account number is at the top of the bill, could you read it to me?"),
     c("Yes, wait, my glasses... zero, four, one, seven, seven, two, nine.", None),
     t("Thank you. I see it: last month no reading was sent so the system estimated, and then this month the inspector's reading was typed in wrong, 8,412 instead of 8,142. That's our mistake, not yours."),
     c("So I don't have to pay one thousand eight hundred?", None),
     t("No. I'm correcting the reading now. The new bill will be about three hundred and ten. It comes within five working days, and please don't pay the old one."),
     c("And if they cut my light because I didn't pay?", None),
     t("They won't; I've put a note on your account that it's under correction. If anyone comes, they'll see it. You can call me back directly, my name is Oksana, extension 214."),
     c("Oksana, thank you, dear. You helped me very much.", None)],
    [o,
     t("Good day, thank you for calling, your experience matters to us. Bill amounts are calculated automatically according to the tariff terms, which are published on our website."),
     c("But I don't use so much. I am alone. It's a mistake.", None),
     t("I understand your need. However, meter readings are handled by the distribution company, the oblenergo, not by us as the supplier. You would need to contact them."),
     c("Which number? I called them already, they said call you.", None),
     t("Then please read section 7 of the public contract on our website, it explains the dispute procedure. You can submit a written application through your personal cabinet online."),
     c("I don't have computer. I'm seventy-eight years old.", None),
     t("I see. Did I understand you correctly that you want to dispute the bill? Is there anything else I can help you with?"),
     c("Nothing. You didn't help anything. I will go to the office myself, on the tram.", None)]))

# 14 not_my_department_or_read_the_terms - online marketplace seller support, Sao Paulo, Brazil (typed, B2B seller)
o = c("boa tarde. my payouts are blocked since 14 days, it says 'under review'. i sell phone cases, store is Capinhas da Lu. i need this money to pay my supplier friday, pls help", None)
PAIRS.append(gpair(
    "dept_payout_saopaulo", "online marketplace seller support, São Paulo, Brazil", "not_my_department_or_read_the_terms",
    "A small online seller of phone cases writes to marketplace seller support because her payouts have been on hold for two weeks and she owes her supplier on Friday.",
    [o,
     t("Boa tarde, Luana! Let me check the store... I see it. The review was triggered because you had 9 orders in one day to the same address, which the system flags as possible fraud."),
     c("yes!! that was a school, the teacher bought for the whole class. i can send the message she wrote me", None),
     t("Perfect, that's exactly what the risk team needs. Send me the screenshot here and I'll attach it to the case and mark it urgent."),
     c("sent 📎 how long?", None),
     t("Risk answers urgent cases within 48 hours, so by Thursday. Your balance is R$ 6.340 and it's released all at once. If it isn't resolved by Thursday noon I'll message you here myself."),
     c("ok thursday. its tight but ok. obrigada de verdade 🙏", None)],
    [o,
     t("Boa tarde! Thank you for contacting us, your success as a seller is our priority 💙 Payout reviews are handled by the Risk team, which is a separate department. I don't have access to that area."),
     c("ok so how do i talk to them", None),
     t("Risk doesn't take direct contact, but as per section 12.4 of our Seller Terms, payouts may be held up to 30 days for security review. Did you read the terms when you signed up?"),
     c("30 days?? i have to pay my supplier friday. i cant wait 30 days", None),
     t("I understand your need. Just to make sure I got it right: you'd like to know more about our review policy? You can find everything in Help Center > Payments > Holds. Anything else I can help you with today? 😊"),
     c("no. you didnt help with anything. im opening a complaint on Reclame Aqui", None)]))

# 15 social_proof_or_deadline_pressure - private coaching academy, Lahore, Pakistan (spoken, consumer, anxious mother)
o = c("Assalam-o-alaikum. My daughter is in first year FSc, pre-medical. Her chemistry marks came very low in the December test, thirty-eight out of hundred. She's crying every day. I want to know about your tuition.", None)
PAIRS.append(gpair(
    "pressure_tuition_lahore", "private coaching academy, Lahore, Pakistan", "social_proof_or_deadline_pressure",
    "A worried mother visits a coaching academy after her daughter scored badly in a first-year chemistry test.",
    [o,
     t("Walaikum assalam. Thirty-eight in the first-year December test is fixable, please don't worry too much. Do you know where she's losing marks: organic, numericals, or the theory?"),
     c("She says numericals. Moles, all that. The theory she can memorise.", None),
     t("That's the most common one. We have a chemistry-only group for first year, Monday, Wednesday, Friday, five to six-thirty, twelve students a batch. The fee is eight thousand a month."),
     c("Eight thousand only for chemistry? Her brother is also in matric, I can't do two fees like that right now.", "no_money"),
     t("I understand. What many parents do is one month only for the numericals, then she continues on her own. And before that she can sit one class free on Monday and see if Sir Kashif's way works for her."),
     c("One free class, that is good. But she is shy, she won't ask questions in front of boys.", None),
     t("There are four girls in that batch, and he does a doubt session after class where she can ask him alone. Bring her Monday at quarter to five."),
     c("Okay, Monday. JazakAllah, beta.", None)],
    [o,
     t("Walaikum assalam! You've come at the right time, madam. Our MDCAT crash batch is ninety percent full, only three seats left and registration closes today at 6pm."),
     c("MDCAT? She's in first year only. I'm asking for chemistry tuition.", None),
     t("Madam, all the toppers start early. Last year 212 of our students got into government medical colleges, King Edward, Allama Iqbal, Fatima Jinnah. Every serious parent in DHA is enrolling now. Don't you want her to have the same success?"),
     c("Of course I want. But how much is this?", None),
     t("Full package is one lakh forty thousand, but today only there's fifteen percent off if you pay the first installment of fifty thousand now. After 6pm it goes back to full price."),
     c("Fifty thousand today? I don't have that kind of money, I came only to ask.", "no_money"),
     t("Madam, think of it as an investment in her journey. Even the Chaudhry family from your block enrolled both kids yesterday. Shall I hold the seat with ten thousand token?"),
     c("No. I'll discuss with her father first. Khuda hafiz.", "think_it_over")]))

# 16 social_proof_or_deadline_pressure - farm machinery dealer, Ashburton, Canterbury, New Zealand (spoken, B2B, sceptical older farmer)
o = c("G'day. I'm looking at replacing the old Fendt, she's done fourteen thousand hours. Mostly cultivation and drilling, bit of baling. Don't need anything flash, but I need it serviced properly this time. The last dealer was hopeless.", None)
PAIRS.append(gpair(
    "pressure_tractor_ashburton", "farm machinery dealer, Ashburton, Canterbury, New Zealand", "social_proof_or_deadline_pressure",
    "An arable farmer in his sixties walks into a tractor dealership to replace a worn-out tractor; a previous dealer let him down on parts.",
    [o,
     t("Fourteen thousand hours, she's earned a rest. What went wrong with the servicing last time, if you don't mind me asking?"),
     c("Took three weeks to get a part in the middle of drilling. Lost the window on forty hectares of barley.", None),
     t("That hurts. Then that's what I'd sort out first, before which tractor. We keep the common service parts for our range here in Ashburton, and anything else usually comes from Christchurch next day. What horsepower do you pull with now?"),
     c("Around two hundred. The drill's a six-metre.", None),
     t("Then this 200-horse demo unit, 400 hours on it, would fit. It's $248,000 plus GST. Before you decide I'd want you to run it on your own ground for a couple of days."),
     c("Heard all that before about parts, mate. The last mob said the same thing and it still took three weeks.", "bad_experience"),
     t("Fair enough, you've no reason to take my word. I can put the parts turnaround in the service agreement: forty-eight hours on listed parts or we lend you a tractor. And ring Murray Bell out at Methven, he's had one of ours through two harvests."),
     c("I know Murray. Right, I'll give him a ring, and bring it out Thursday if the weather holds.", None)],
    [o,
     t("G'day! Great timing, mate. This 200-horse model is the most popular tractor in Mid Canterbury right now, we've sold thirty-one this season. Only two left before the price rise on the 1st."),
     c("Thirty-one's nice for you. What about servicing?", None),
     t("Servicing's top notch, everyone's happy. Honestly every arable operation from Rakaia to Geraldine is moving to this model. You don't want to be the last bloke on the old gear, do you? Your neighbours are all on board."),
     c("I don't much care what the neighbours drive. I asked about parts.", None),
     t("Totally hear you. So what I'm hearing is you want reliability, and that's exactly what thirty-one happy farmers have got. The price goes up eight percent on the 1st, so if you sign today I can lock in $248,000."),
     c("I'm not signing anything today. I'll talk it through with the accountant after harvest.", "think_it_over"),
     t("Mate, after harvest they'll be gone. What would it take for you to drive it home this week?"),
     c("A straight answer about parts, which I haven't had. See you.", None)]))

# 17 keyword_stuffed - health insurer chat, Colombo, Sri Lanka (typed, consumer, new father)
o = c("hi, my wife delivered last week at Lanka Hospitals 🙂 baby boy. i have the family health policy with you, how do i add him? and is the delivery bill covered, it was 320,000", None)
PAIRS.append(gpair(
    "keywords_insurance_colombo", "health insurer web chat, Colombo, Sri Lanka", "keyword_stuffed",
    "A new father asks his health insurer's chat how to add his newborn son to the family policy and whether the delivery bill is covered.",
    [o,
     t("Congratulations!! 🎉 To add the baby, just send a photo of the birth certificate (or the hospital birth report until you get it) and I'll add him from his date of birth. Can you share your policy number?"),
     c("FH-2208-1195", None),
     t("Thanks. I checked: your plan covers maternity up to Rs 250,000 because the policy is more than 12 months old. So 250,000 of the bill is covered; the other 70,000 is not, sorry."),
     c("ah ok. the 70k i pay myself then 😕 can i claim now, bills are with me", None),
     t("Yes, send the itemised bill, discharge summary and payment receipts here. Claims with full papers are paid within 10 working days to your bank account."),
     c("ok sending tonight. adding baby, is the premium going up?", None),
     t("Yes, by Rs 1,850 a month from next month. If that's hard right now you could add him at renewal instead, but then he isn't covered until April."),
     c("no no add him now, better he's covered. thanks a lot", None)],
    [o,
     t("Hi! Congratulations on this wonderful new journey 💐 We truly value our relationship with you. I hear that your needs are changing and I want to make sure your experience with us is the best. Could you tell me more about your family's health goals and what success looks like for you?"),
     c("um i just want to add the baby and claim the delivery", None),
     t("Absolutely, I understand you completely. Just so I hear you correctly: you want peace of mind for your growing family 💙 Our customer-first approach means we listen to your needs. We also have a child education plan many new parents find meaningful, would you like to explore it?"),
     c("not now, money is tight with the baby. just tell me about the claim", "no_money"),
     t("I completely hear you, and your feelings are valid. Claims are processed according to the policy terms. Your satisfaction is very important to us. Is there anything else I can support you with on your journey today?"),
     c("you didnt answer anything. ill call the hotline", None)]))

# 18 keyword_stuffed - cloud hosting provider, Tallinn, Estonia (spoken video call, B2B, expert CTO)
o = c("Hi. So, yesterday at 17:40 our API was down for 22 minutes. It's the second time this month. I need to know what happened, and whether it's our side or yours.", None)
PAIRS.append(gpair(
    "keywords_hosting_tallinn", "cloud hosting provider, Tallinn, Estonia", "keyword_stuffed",
    "The technical lead of a small logistics start-up joins a call with his hosting provider after a second outage in a month.",
    [o,
     t("Hi Märt. It was ours, mostly. The host machine your two VMs sit on had a memory fault, and because both VMs were on the same host, the failover had nothing to fail over to."),
     c("Both on the same host? That's... not what I assumed.", None),
     t("I know, and our docs don't make that clear enough. The fix on your side costs nothing: turn on anti-affinity for that VM group, it's a checkbox. Then they're never on the same host. I can show you now."),
     c("Show me.", None),
     t("Here, under Placement. Ticked. The second VM migrates tonight at 02:00 with a few seconds' blip. And for yesterday you're owed an SLA credit; I've raised it, it'll be on the next invoice."),
     c("Okay. And the first outage, on the 3rd?", None),
     t("Different cause, a network switch in our rack. That one you couldn't have prevented, it's in the same credit. I'll email you both incident reports by tomorrow."),
     c("Good. That's what I needed.", None)],
    [o,
     t("Hi Märt, thanks for joining. First of all, I hear you, and I want you to know your experience matters to us. We see this as a partnership, and our relationship is built on transparency. So what I'm hearing is that reliability is a key need for your success, is that right?"),
     c("Yes. What happened yesterday?", None),
     t("Absolutely. Did I understand you correctly that uptime is business-critical for you? That's why many customers with similar needs move to our Enterprise HA tier, with a dedicated success manager and a 99.99% SLA. It's a meaningful step in the journey."),
     c("How much?", None),
     t("Enterprise HA starts at €1,900 a month. I understand how you feel, and I'd love to understand more about your goals for next year."),
     c("We pay €420 now. I'm not paying four times more before I even know why it broke.", "too_expensive"),
     t("Totally valid. Is there anything else I can help you with today to make your experience great?"),
     c("The root cause. In writing. Meanwhile we'll compare other providers.", "think_it_over")]))

# 19 rude - pharmacy, Guadalajara, Mexico (spoken, consumer, elderly and hard of hearing)
o = c("Buenas tardes, joven. Here is my prescription, the metformina and the one for the pressure. The Seguro didn't have it, so I come here. How much is it?", None)
PAIRS.append(gpair(
    "rude_pharmacy_guadalajara", "neighbourhood pharmacy, Guadalajara, Mexico", "rude",
    "An elderly diabetic man, a little hard of hearing, brings a prescription the public clinic could not fill and asks the price.",
    [o,
     t("Buenas tardes, don Rafael. Let me see... metformina 850 and losartán 50. For one month of both, the brand ones come to 1,240 pesos. The generics are the same medicine and come to 310."),
     c("¿Cómo? Three hundred and what?", None),
     t("(louder, slower) Three hundred and ten pesos, the generics. The brand ones, one thousand two hundred forty."),
     c("The brand is better, no? My comadre says the generics don't work.", None),
     t("It's the same active ingredient and the same dose, approved by Cofepris. Many doctors at the Seguro prescribe the generic. If you feel any different with it, come back and we'll talk to your doctor."),
     c("Okay, the cheap ones then. My pension is not much, you know.", None),
     t("Here you are. One metformina with breakfast and one with dinner, the losartán in the morning. I wrote it on the boxes in big letters."),
     c("Ay, gracias, joven. Very kind.", None)],
    [o,
     t("Next. Prescription? ... Metformina and losartán. Brand or generic?"),
     c("What is the difference, joven?", None),
     t("Price. Generic 310, brand 1,240. There's a line behind you, señor."),
     c("¿Cómo? I don't hear well. Three hundred and...?", None),
     t("THREE. TEN. Look, it's written here. Do you want it or not?"),
     c("Don't shout at me. I'm old, not stupid.", None),
     t("I'm not shouting. Anything else you need today, or can I attend the next customer? Your satisfaction is important to us."),
     c("Keep your medicine. I'll go across the street.", None)]))

# 20 rude - paper wholesaler, Cordoba, Argentina (typed, B2B, chatty print-shop owner)
o = c("hola che! Marcelo from Imprenta San Martín here. need 50 reams of 90g A4 bond for a job for the university, it was for yesterday jaja. you have stock? price?", None)
PAIRS.append(gpair(
    "rude_paper_cordoba", "paper wholesaler, Córdoba, Argentina", "rude",
    "The owner of a small print shop messages his paper wholesaler for an urgent order for a university job.",
    [o,
     t("hola Marcelo! yes, 90g A4 we have, 62 reams in the warehouse. Price today is $14.800 per ream + IVA. I can send it tomorrow morning on the truck that goes to your zone"),
     c("uff its more than last month 😬 kind of steep", "too_expensive"),
     t("yes, paper went up 8% this month, all the mills. If you take the 50 I can keep last month's price, $13.900, because you're a regular"),
     c("dale. but cash is tight till the university pays me, they pay at 60 days. can i pay at 30?", "no_money"),
     t("30 days is fine, you've always paid on time. I'll put it on your current account. Delivery tomorrow before 11?"),
     c("perfect. genio, thanks!", None)],
    [o,
     t("we have. $14.800 + IVA. minimum order is 50 so ok"),
     c("uff more than last month. any discount for regulars? 😅", "too_expensive"),
     t("no. prices are prices, we don't do the haggling thing here. if you find cheaper, buy there"),
     c("ok ok, no need to be like that. cash is tight this month, can i pay at 30 days?", "no_money"),
     t("read the account conditions we sent you. and next time order with time, everything is 'for yesterday' with you guys. anything else?"),
     c("you know what, forget it. Papelera del Centro always treats me well", None)]))
