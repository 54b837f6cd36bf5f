"""blind103 gaming pairs, part b: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude (2 each)."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question ---------------------------------------------------------------------------
_o = c("hi. since your update on monday our calendar sync with outlook is broken. my 12 sellers dont see their meetings in the crm. this is not ok", None)
PAIRS.append(gpair(
    "b103g_oslo_crm_calendarsync", "CRM software support chat (B2B), Oslo, Norway", "putdown_question",
    "A sales manager types into support chat: since an update, new Outlook meetings no longer reach the CRM; a customer review is due Thursday.",
    good=[_o,
          t("Hi, sorry about that, that's a real problem for a sales team. What exactly do they see, are the meetings missing completely or at the wrong time?"),
          c("missing. meetings made in outlook after monday dont come into crm. old ones are there", None),
          t("Thanks, that helps: only new meetings since the update, Outlook to CRM. Is it all 12 people or some?"),
          c("all. and i have a customer review on thursday where we look at activity numbers. they will look like we did nothing", None),
          t("Understood, Thursday is the deadline then. The update changed the Outlook permissions and each user has to approve the connection again, "
            "one minute per person. I can send a short guide now, and the missing meetings sync back from Monday automatically."),
          c("ok. but honestly we had sync problems with you also last year. if this happens again i will look at other crm", "bad_experience"),
          t("Fair, and I'll pass that on. I'll also check tomorrow morning that all 12 accounts sync again and write you before 10, so you know before Thursday."),
          c("ok good. send the guide", None)],
    gaming=[_o,
            t("Hi, thanks for reaching out, I understand your frustration. Have you maybe tried reading the release notes we sent to all admins on Friday?"),
            c("no. i dont have time to read release notes. i have a sales team to run", None),
            t("Okay, I hear you. So what exactly did your team do differently, because the sync is working fine for all our other customers?"),
            c("we did nothing. it was your update", None),
            t("Just so I understand correctly: did someone on your side maybe click 'deny' when Outlook asked for permission? That's usually what happens when users don't read pop-ups."),
            c("maybe i dont know. can you just tell me how to fix it", None),
            t("Of course! Each user re-approves the connection in settings. It's quite simple, page 14 of the admin guide, if somebody there reads guides. "
              "How satisfied are you with the support today?"),
            c("not satisfied. we had sync problems with you last year too. i will talk to my ceo about changing crm", "bad_experience")],
))

_o = c("Good morning. Yesterday your colleague said the inhaler for my son will be here today at ten. Now is eleven and you say it's not here. He has asthma, I need it.", None)
PAIRS.append(gpair(
    "b103g_krakow_pharmacy_inhaler", "Pharmacy, Kraków, Poland", "putdown_question",
    "A mother comes back for her son's asthma inhaler, promised for ten o'clock; the delivery is late and the boy has a cold.",
    good=[_o,
          t("Good morning. I'm sorry, you came for nothing and that's not okay. Let me check the order right now. Does your son still have some of the old inhaler?"),
          c("Maybe few puffs. He used a lot this week, he has cold.", None),
          t("Okay. The delivery moved to the afternoon, it comes at three. With only a few puffs left I don't want you to wait. "
            "Our branch on Długa street has it, I just checked. I can call them to put one aside for your e-prescription code."),
          c("Długa is far for me, I don't have car. And I must be at work at twelve, I cannot go there now.", "no_time"),
          t("Then the other way round: I'll ask them to send it here with the afternoon courier. Is there someone who could pick it up at three?"),
          c("My mother can come at three. She has the code.", None),
          t("Perfect, I'll write her name on it. And if his breathing gets worse before that, don't wait, go to the emergency clinic."),
          c("Yes, I know. Thank you, really.", None)],
    gaming=[_o,
            t("Good morning, I understand this is frustrating. But are you sure my colleague said ten? We never promise exact times for deliveries."),
            c("Yes, I am sure. She wrote it on the paper. Here.", None),
            t("I see. Don't you think you are getting a little bit too upset for a delay of one hour? What exactly is the emergency?"),
            c("The emergency is my son cannot breathe well! He has asthma and a cold.", None),
            t("Okay, okay. And did you maybe wait too long with the prescription? Most parents order a new inhaler when the old one is half empty. How can I help you with your needs today?"),
            c("I did not wait too long, he used more because he is sick. Where can I get it today?", None),
            t("The delivery is at three. You can come back then, or did you want to try another pharmacy?"),
            c("I go to another pharmacy, yes. And I don't come back here.", None)],
))

# 7 not_my_department_or_read_the_terms -----------------------------------------------------------
_o = c("Goedemorgen. I ordered 40 boxes M10 bolts, stainless A4, for a job in a food factory. I got galvanised. "
       "That's useless for me, it cannot go in a food line. Who fixes this?", None)
PAIRS.append(gpair(
    "b103g_rotterdam_fasteners_wrongdelivery", "Industrial fasteners wholesaler, Rotterdam, Netherlands", "not_my_department_or_read_the_terms",
    "A contractor's site manager received galvanised bolts instead of stainless; installers start Wednesday.",
    good=[_o,
          t("Goedemorgen. Then you have the wrong material and a job waiting, sorry. Can you give me the order number? I'll fix it from here, you don't need to call anyone else."),
          c("Order 88213. The installers start Wednesday.", None),
          t("Found it. The order says A4, so the mistake is ours, in the warehouse. I can send the right bolts with the express truck tomorrow before 12, "
            "and the driver takes the galvanised back at the same time. Does tomorrow morning work at your site?"),
          c("Tomorrow morning is good. But I am honestly tired, it's the second time this year with your warehouse. If it happens again we go to another supplier.", "bad_experience"),
          t("That's fair. I'll send our warehouse manager a note with both cases, and I'll call you tomorrow when the truck leaves so you're not waiting blind."),
          c("Okay. Call my mobile, I'm on the floor all day.", None)],
    gaming=[_o,
            t("Goedemorgen, thank you for sharing your experience, I understand how you feel. Unfortunately picking errors are warehouse, that's not my department, I'm in sales."),
            c("I don't care which department. I have installers starting Wednesday.", None),
            t("I hear you, and I really want to help. Our terms say wrong deliveries must be reported within 48 hours through the returns portal. Did you read the terms on the order confirmation?"),
            c("It came yesterday. I am reporting it now. To you.", None),
            t("Great, thank you. The portal gives you an RMA number and then logistics plans the pickup, normally 5 to 7 working days. "
              "I didn't make the rules, unfortunately. Is there anything else I can help you with?"),
            c("5 to 7 days? Then I buy bolts at the trade counter today, and you can pick up your bolts whenever you like.", None)],
))

_o = c("Hello, I have a booking for next weekend, three nights, under Lene Holm. My father had a stroke yesterday, I can't travel. "
       "I know it was the cheap rate, but is there anything you can do?", None)
PAIRS.append(gpair(
    "b103g_copenhagen_hotel_cancellation", "Hotel, Copenhagen, Denmark", "not_my_department_or_read_the_terms",
    "A guest on a non-refundable rate calls the hotel because her father had a stroke and she cannot travel.",
    good=[_o,
          t("Hello Lene, I'm very sorry about your father. Let me look... yes, it's the non-refundable rate, but let's see what's possible. "
            "Would you want to come at another time, or is it too early to say?"),
          c("Too early, honestly. I don't know anything now.", None),
          t("Of course. I can't refund it myself, but I can move the full amount to an open voucher for a year, so you lose nothing if you come later. "
            "And I'll ask my manager today if a refund is possible in this situation."),
          c("Voucher is better than nothing. I'd prefer the money back, but I understand.", None),
          t("Then I'll ask for the refund first, and only if my manager says no, I make the voucher, so you don't need to call again. You'll have an email from me by tomorrow afternoon either way."),
          c("Thank you. That's kind.", None),
          t("Take care of your father. I hope he recovers well."),
          c("Thanks.", None)],
    gaming=[_o,
            t("Hello, and thank you for reaching out. I'm sorry to hear that. Unfortunately you booked the non-refundable rate, and that was clear in the terms you accepted."),
            c("I know. I'm asking if there is any exception, because of the situation.", None),
            t("I really understand how you feel. But cancellations are handled by central reservations, not by the hotel. I can give you their email."),
            c("I called central reservations first. They said to call the hotel.", None),
            t("I see. Well, I didn't make the rules. Did you take travel insurance? That's usually the solution, it's all in section 7 of the booking conditions. Anything else I can help with?"),
            c("No insurance. So you are saying nobody can help me.", None),
            t("I'm saying the terms are the terms. How satisfied are you with our service today?"),
            c("Are you serious? My father is in hospital. Forget it.", None)],
))

# 8 social_proof_or_deadline_pressure ---------------------------------------------------------------
_o = c("Hi. We are a small metal workshop, 40 people, in Gothenburg. We use an old system from 2009 and Excel. "
       "The board wants us to look at a modern ERP. I'm not sure yet if we need it.", None)
PAIRS.append(gpair(
    "b103g_gothenburg_erp_traceability", "ERP software vendor (B2B), Gothenburg, Sweden", "social_proof_or_deadline_pressure",
    "The finance manager of a small automotive subcontractor looks at ERP after a customer audit on batch traceability went badly.",
    good=[_o,
          t("Hi, thanks for being honest about that. What made the board bring it up now, did something go wrong, or is it more a feeling that the old system is old?"),
          c("Last year we had a big customer audit, a truck maker. They wanted traceability for every batch of steel. It took us three weeks with Excel to find everything.", None),
          t("Three weeks for one audit, so the pain is batch traceability. Is that the main thing, or also planning, invoicing?"),
          c("Invoicing works fine in the old system, people know it. Planning is Excel but okay. Mainly traceability.", None),
          t("Then I'd be careful not to sell you a whole ERP, that's a big change for 40 people. There's a smaller route: our traceability module connected to your old system. "
            "I'm not sure your 2009 system can export what we need, so that needs checking first."),
          c("Honestly I'm afraid of big projects. Our last system change, in 2009, almost killed us. Three months chaos.", "bad_experience"),
          t("Then let's keep it small. I'll write two pages: the module, the cost, what we'd need from whoever runs your IT, and no proposal until we know it can connect."),
          c("That works. I show the two pages to the board first.", "think_it_over")],
    gaming=[_o,
            t("Hi, great to meet you! How's your experience with your current system? You know, 80 percent of manufacturers in West Sweden have moved to our ERP. Most of the truck suppliers are on it now."),
            c("Okay. We are a supplier too, second level. But I don't know if we need a full ERP.", "no_need"),
            t("I hear you, and that's exactly what the other second-tier suppliers said before they switched. Nobody wants to be the last one on Excel when the audit comes, right? What's your timeline?"),
            c("No timeline. The board asked me to look. We had problems in an audit, with traceability.", None),
            t("Perfect, our ERP solves that. And here's the thing: we have a launch discount of 30 percent, but only for contracts signed before Friday. After that the price goes up for everyone."),
            c("Friday? I cannot decide in four days. We have board meeting in three weeks.", "think_it_over"),
            t("I understand. But three companies in Hisings Backa signed last week. I can maybe hold the discount until Monday if you give me a verbal yes today. What do you say?"),
            c("I say no. Send me the normal price, and if the board wants it, we pay the normal price.", "brush_off")],
))

_o = c("Hello, I have accounting office, eight people. Our chairs are old, people complain about backs. I want to see office chairs, something not too expensive.", None)
PAIRS.append(gpair(
    "b103g_lodz_furniture_officechairs", "Office furniture shop, Łódź, Poland", "social_proof_or_deadline_pressure",
    "The owner of a small accounting office wants eight chairs for staff with back pain, on a limited budget.",
    good=[_o,
          t("Hello! Eight chairs, okay. When people complain about backs, is it more the lower back, or neck and shoulders? It changes which chair makes sense."),
          c("Lower back mostly. And they sit long, in tax season like twelve hours.", None),
          t("Twelve hours, then lumbar support you can adjust matters more than anything. These two have it: this one 690 złoty, that one 1,150 with adjustable armrests too. "
            "Are your people different sizes? One chair for everybody rarely works."),
          c("Yes, very. One colleague is two metres, one is very small lady.", None),
          t("Then the 690 model in two seat sizes would fit both. For eight chairs that's 5,520. Is that close to what you planned?"),
          c("My budget for this is 4,000, not more. I cannot go over this.", "no_money"),
          t("Understood. Then maybe start with the four who sit longest and have the worst backs, the rest next quarter. "
            "Or I lend you two chairs for a week, so the tall colleague and the small lady test them first."),
          c("Test for one week is very good idea. Then I decide.", "think_it_over")],
    gaming=[_o,
            t("Hello, you came at the perfect time! What's important to you in a chair? Because honestly, the ErgoMax here, almost every office in Łódź bought it this year, we sold 300."),
            c("Okay. What does it cost?", None),
            t("1,150 złoty. And I have to tell you, only eleven left in the warehouse and the next delivery is in three months. The tax advisors on Piotrkowska took 40 last week."),
            c("1,150 for eight chairs is over 9,000. My budget is maybe 4,000.", "no_money"),
            t("I understand your budget needs. But your employees' success depends on their backs, and all your competitors are investing in it. If you order today I can hold eight. Tomorrow I can't promise."),
            c("I don't like pressure like this. Do you have other models or not?", None),
            t("We have cheaper ones, but really, everyone is taking the ErgoMax. Eleven left. Shall I reserve them?"),
            c("No. I go to see other shops first.", "think_it_over")],
))

# 9 keyword_stuffed ----------------------------------------------------------------------------
_o = c("Hi, I write from Zorza Travel in Warsaw. We bring a photo group to Iceland in February, northern lights tour. "
       "We need rooms for four nights. What can you offer?", None)
PAIRS.append(gpair(
    "b103g_reykjavik_hotel_photogroup", "City hotel, Reykjavík, Iceland", "keyword_stuffed",
    "A Polish tour operator asks for group rooms for a northern-lights photo tour whose guests return at 2-3 am.",
    good=[_o,
          t("Hi, thanks. February is busy with northern lights groups, so good you're early. Which dates exactly, and do people share rooms or are they single?"),
          c("9 to 13 February. 14 singles and 4 doubles. They are photographers, they come back at 2, 3 in the night from the tours.", None),
          t("That's important. So 18 rooms, and a group that comes back very late, while our breakfast ends at ten. I can arrange a late breakfast at 11 in the small lounge "
            "and put them all on the quiet fourth floor. Is there a price per room I should work with?"),
          c("About 180 euro per night. I know Reykjavík is expensive.", None),
          t("Our February group rate is 195 for singles, 225 for doubles, with breakfast. It's a bit above."),
          c("Hmm. Another hotel offered us 170. But they are out of the centre.", "too_expensive"),
          t("I can't go to 170. I can do 185 and 215 with the late breakfast included, and being central saves you a bus at 3 am. I'll put it in writing and hold the rooms ten days."),
          c("Okay, send it. I compare and answer you next week.", "think_it_over")],
    gaming=[_o,
            t("Hi, and thank you for reaching out! We truly value our relationship with partners like you, and we understand that your needs are unique. What does a successful experience look like for your group?"),
            c("Successful is good rooms, good price and breakfast. 18 rooms, 9 to 13 February.", None),
            t("Absolutely, I hear you and I feel your excitement. At our hotel the guest experience is at the heart of everything, and we want to understand your needs deeply to build a long-term relationship."),
            c("Okay... but do you have rooms for these dates? And the price?", None),
            t("Great question! We are committed to your success. Our group experience package is tailored to your needs, and we really understand how important the northern lights experience is for your clients' satisfaction."),
            c("You didn't say a number. The photographers come back at three in the night, can they have late breakfast?", None),
            t("I completely understand, and I feel that is a very valid need. We will make sure the experience exceeds expectations. I'll share a proposal that reflects our partnership values. Anything else?"),
            c("Just put the price in the email. Two other hotels gave me prices already, I compare.", "think_it_over")],
))

_o = c("Hallo. My daughter is five, she wants a real bike now, without the small wheels. What size does she need?", None)
PAIRS.append(gpair(
    "b103g_leipzig_bikeshop_kidsbike", "Bike shop, Leipzig, Germany", "keyword_stuffed",
    "A father asks which size of first pedal bike to buy for his five-year-old, who already rides a balance bike.",
    good=[_o,
          t("Hallo! How tall is she, roughly? And has she ridden a balance bike before?"),
          c("1.12 metre, I think. Yes, a balance bike since she is three, she is very fast on it.", None),
          t("Then she probably won't need training wheels at all. For 1.12 a 16-inch bike fits. Important at that age: low weight, and brake levers small enough for her hands. "
            "This one is 6.5 kilos and the levers adjust for small hands."),
          c("How much is it? She will be too big for it in two years anyway.", None),
          t("It's 349. Good kids' bikes keep their value, you can usually sell it for half in two years. There's a steel one for 199, but it's 10 kilos, almost half her weight."),
          c("Ok, 349 is a lot, but if I get half back... Can she try it on Saturday? She must like it herself, or she won't ride.", "too_expensive"),
          t("Of course, bring her Saturday, there's a small test area in the back. I'll keep the 16-inch ready in purple and in blue."),
          c("Purple, she will want purple. Thanks.", None)],
    gaming=[_o,
            t("Hallo, welcome! We understand that every child's cycling journey is a unique experience, and we want to really understand your needs as a family. What does success look like for your daughter?"),
            c("Success is she can ride without falling. She is five, 1.12 metre.", None),
            t("I hear you, and I feel that safety and confidence are such important needs. Our relationship with families is built on understanding that experience, and our range supports your daughter's growth journey."),
            c("Okay, but which size? 16 inch, 20 inch?", None),
            t("That's a great question, and I understand why it matters to you. The right fit creates the right experience, and many families feel our premium line best meets their needs. It starts at 499."),
            c("499 for a bike she uses two years? No, that's too much.", "too_expensive"),
            t("I completely understand how you feel, and your feelings are valid. Our goal is your satisfaction and a long-term relationship. How satisfied are you with our conversation so far?"),
            c("Not very. I ask in the other shop which size.", None)],
))

# 10 rude -------------------------------------------------------------------------------------
_o = c("Hi, I need a replacement for a bearing, SKF, but the number is old, the last distributor said it's discontinued. It's for a packaging machine, the line is stopped.", None)
PAIRS.append(gpair(
    "b103g_eindhoven_bearings_linestop", "Bearings and power-transmission distributor, Eindhoven, Netherlands", "rude",
    "A maintenance engineer phones with a worn, discontinued bearing number; the packaging line in a washdown area is stopped.",
    good=[_o,
          t("Hi, okay, line stopped, so let's be quick. Can you read me the number on the old bearing, and the dimensions if you have a calliper there?"),
          c("It's 6206-2Z-something, the last part is worn. 30 inner, 62 outer, 16 wide.", None),
          t("30 by 62 by 16, that's a standard 6206 size. The old suffix was probably a special grease or clearance. Does the machine run hot, or near water? That decides the version."),
          c("It's in the washdown area, they clean it with water every night.", None),
          t("Then you want the stainless version with rubber seals, not the 2Z metal shields. I have four in stock here in Eindhoven, 38 euro each, at the counter in 20 minutes."),
          c("38 each is more than the old ones. But okay, the line is down, I have no choice.", "too_expensive"),
          t("They cost more because they're stainless; in the washdown they'll last longer than the old ones did. I'll put your name on them, just give the order number at the counter."),
          c("Good. My colleague comes in half an hour.", None)],
    gaming=[_o,
            t("Yeah, hi. What's the number, then?"),
            c("6206-2Z, then something, it's worn. The distributor before said it's discontinued.", None),
            t("Well, 'something' is not a part number, is it? Do you have the dimensions, or do I have to guess?"),
            c("30, 62, 16. It's in a washdown area, so maybe it needs-", None),
            t("Yes, yes, 30-62-16 is a 6206, everybody knows that. Honestly, the most common bearing in the world, you could have looked it up. How can I help you further?"),
            c("I am asking which version for water. The line is stopped, I am not calling for fun.", None),
            t("Sure. Stainless, 38 euro. And don't tell me it's too expensive, the cheap ones are why your line is stopped."),
            c("I didn't say anything about price. You know what, I call another distributor.", None)],
))

_o = c("Boa tarde. I need a sun cream. My skin gets red very fast this summer, before it was never like this. On Sunday I go to the beach in Póvoa with my grandchildren.", None)
PAIRS.append(gpair(
    "b103g_braga_pharmacy_suncream", "Pharmacy, Braga, Portugal", "rude",
    "An elderly woman on a small pension asks for sun cream; her skin burns fast since she started a new heart medicine.",
    good=[_o,
          t("Boa tarde. Red very fast, and only this summer? Did anything change, for example a new medicine?"),
          c("Hmm, the doctor gave me tablets for the heart in May. Amiodarone, I think. Why?", None),
          t("That's probably it. Amiodarone makes the skin very sensitive to sun, it's a known effect. So the strongest protection, SPF 50+, a hat, and shade in the middle of the day. "
            "Don't stop the tablets, but tell your doctor at the next visit."),
          c("I did not know this. Nobody told me. Is the 50 very expensive? I have only small pension.", None),
          t("This pharmacy brand is 9.50 and works as well as the famous ones at 25. Put it on 20 minutes before, and again every two hours and after swimming."),
          c("9.50 is okay. I take two, one for the grandchildren.", None),
          t("Good idea. I'll write the two-hour rule on the box for you."),
          c("Obrigada, you are very kind.", None)],
    gaming=[_o,
            t("Boa tarde. Sun creams are over there, the whole wall. What factor?"),
            c("I don't know, this is why I ask. My skin gets red very fast this summer, before never.", None),
            t("Well, everybody's skin gets red in the sun, that's what the sun does. Fifty, obviously. Did you read the labels at all?"),
            c("I cannot read the small letters so well. Also I take new tablets for the heart, is this important?", None),
            t("Look, I have a queue. Any tablet can do anything. Take the 50, it's 24.90."),
            c("24.90? That's a lot for me, I have small pension. I cannot pay this.", "no_money"),
            t("The cheap ones are on the bottom shelf. The price is written on the shelf, madam."),
            c("Okay. Forget it, I ask in the other pharmacy.", None)],
))
