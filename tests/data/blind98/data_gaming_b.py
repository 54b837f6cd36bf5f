"""Gaming pairs b: kinds 6-10, two each."""
from common import c, gpair, t

PAIRS = []

# 11. putdown_question: pharmacy, Ibadan
o = c("Good evening. I bought Coartem here yesterday for my son. He vomited after the second dose. Is this drug original at all?", None)
PAIRS.append(gpair(
    "b98g_ibadan_pharmacy", "community pharmacy, Ibadan", "putdown_question",
    "A worried mother returns to a pharmacy because her son vomited his malaria dose.",
    [o,
     t("Good evening, sorry, that's worrying. How old is he, and how long after the dose did he vomit?"),
     c("He is 6. Like 20 minutes after. He still has fever now.", None),
     t("Vomiting within 30 minutes means the dose didn't stay down, so it needs repeating. It happens a lot with malaria and doesn't mean the drug is fake. Has he been able to drink?"),
     c("Small small. He's weak. I don't want to buy another pack o, money is not there.", "no_money"),
     t("You don't need a new pack for one repeat dose; I'll give you the replacement tablets free. Give it with a little food, and paracetamol for the fever. If he keeps vomiting, can't drink or is very sleepy, take him to Adeoyo tonight, don't wait."),
     c("Okay. Thank you ma. I was thinking they sold me fake drug.", None),
     t("It's right to check. The scratch code is on the pack, text it to the number there and you'll see if it's genuine. I'll wait with you."),
     c("It says genuine. Okay, let me go and give him.", None)],
    [o,
     t("Good evening. Why would you think we sell fake drugs, madam? What exactly did you do?"),
     c("I did what the paper said. He vomited 20 minutes after the second dose. He still has fever.", None),
     t("Did you give it on an empty stomach, like many mothers do? What makes you so sure it's the drug and not you?"),
     c("I gave him pap before. I'm just asking if I should give it again.", None),
     t("Why are you shouting? Okay, how do you feel about buying a new pack? It's ₦3,500."),
     c("I'm not shouting. And I don't have 3,500 again this week.", "no_money"),
     t("Well, what did you expect, that we give medicine free? Anything else I can help you with?"),
     c("Forget it. I'll go to the clinic.", None)]))

# 12. putdown_question: M-Pesa agent, Mombasa
o = c("Please help me. I sent 8,500 to the wrong number just now, one digit wrong. It was for my son's school fees.", None)
PAIRS.append(gpair(
    "b98g_mombasa_mpesa", "M-Pesa agent, Mombasa", "putdown_question",
    "A father who sent school fees to a wrong number asks a mobile money agent for help.",
    [o,
     t("Pole, let's sort it quickly. Did you send from your own phone, and do you still have the confirmation message?"),
     c("Yes, here. It went to a name I don't know, Juma something.", None),
     t("Okay. Forward that message to 456 now, that starts the reversal request. If the money hasn't been withdrawn, it usually comes back within 24 to 72 hours."),
     c("72 hours? The school deadline is Friday. I can't wait that long.", None),
     t("I understand, the fees are due Friday. You've sent it to 456; I'll write the reference for you. If it's not back by Thursday, come here and we'll call agent care together. And the bursar may give you two days if you show this reversal message."),
     c("Okay, let me call the bursar. Thank you very much.", None),
     t("Karibu. Keep the message, don't delete it."),
     c("I won't.", None)],
    [o,
     t("Pole. How did you manage to send to the wrong number, were you not looking at the screen?"),
     c("I checked, it was one digit. It was school fees, 8,500.", None),
     t("Why didn't you use the saved contact like everyone does? And what exactly do you want me to do, I'm just an agent?"),
     c("I want help to reverse it. You're an M-Pesa agent, you know how.", None),
     t("Are you sure you even sent it to the wrong number, and you don't just want the money back? Forward the message to 456. Do you understand what that means?"),
     c("I'm not stupid. And I'm not a thief.", None),
     t("Fine. What else can I help you with today, withdraw or deposit?"),
     c("Nothing. I'll go to the Safaricom shop, you people have no respect.", None)]))

# 13. not_my_department_or_read_the_terms: ISP billing, Tema (formal email)
o = c("Dear Sir/Madam, I write to kindly draw your attention to a double debit of GH₵ 399 on my account for October. Kindly assist me to get a refund.", None)
PAIRS.append(gpair(
    "b98g_tema_isp", "internet provider billing desk, Tema", "not_my_department_or_read_the_terms",
    "A customer writes to her ISP's support desk about being debited twice.",
    [o,
     t("Good afternoon, and thank you for writing. I'm sorry about the double debit. Could you give me your account number and say whether both debits were MoMo or card?"),
     c("Account TM-55210. Both by MoMo autopay, on 1st and 3rd October. I have the MTN statement.", None),
     t("Thank you. I can see both. The second came from the autopay retrying after a network timeout. That's our error. You can have it back on MoMo in about 5 working days, or as credit on November. Which do you prefer?"),
     c("Please refund to MoMo. The last time you promised me a refund it took two months.", None),
     t("Two months is too long, I'm sorry. I've raised ticket RF-8841 today as a duplicate debit, which goes straight to finance. I'll check it myself on Wednesday and email you the status either way."),
     c("Thank you. Kindly also stop the autopay retrying.", None),
     t("Done. If a payment fails you'll get an SMS instead of a second debit. I'll write on Wednesday."),
     c("Much appreciated.", None)],
    [o,
     t("Good afternoon, thank you for reaching out, we value our relationship with you. How can I help with your experience today?"),
     c("As stated, I was debited GH₵ 399 twice in October. Account TM-55210. I need a refund.", None),
     t("I understand your concern. Unfortunately refunds are handled by Finance, not Customer Care, so it's not my department. Have you read clause 7.3 of the terms? Autopay retries are allowed."),
     c("A retry should not take money twice. Can you not pass it to Finance yourself?", None),
     t("I hear you. The system doesn't let me raise refunds, I didn't design it. You can email finance or visit our Community 1 office. Is there anything else I can help you with?"),
     c("Then I will go to the Community 1 office myself. This is very poor service.", None),
     t("Sure. How satisfied were you with my help today, on a scale of 1 to 5?"),
     c("1.", None)]))

# 14. not_my_department_or_read_the_terms: microfinance loan deductions, Ndola
o = c("Good morning madam. I got my loan of K10,000 but only K9,200 came to my account. Where is my K800?", None)
PAIRS.append(gpair(
    "b98g_ndola_loan", "microfinance branch, Ndola", "not_my_department_or_read_the_terms",
    "A borrower asks why his loan payout was K800 short.",
    [o,
     t("Good morning. Let me check with you. Do you have your loan agreement or the SMS from the payout?"),
     c("This SMS. I signed the forms but the officer was in a hurry, he didn't explain.", None),
     t("From your file: K500 is the 5 percent processing fee and K300 is credit life insurance, which pays off the loan if something happens to you. Both come off at the start. I'm sorry nobody explained before you signed."),
     c("Insurance I didn't ask for it. I don't need it, I have cover at work.", "no_need"),
     t("That's a fair point. It's a condition of this loan, but if your work cover pays debts, bring the policy and I'll ask head office to waive it and refund the K300. I can't promise they'll accept a funeral policy; it has to cover the loan."),
     c("Eish. Let me bring the papers from work and we see.", None),
     t("Okay, any day this week. I'll also note in your file that the fees weren't explained, so the branch manager sees it. I'm Chanda, ask for me."),
     c("Thank you, ba Chanda.", None)],
    [o,
     t("Good morning sir! Thank you for being part of our family. What's your concern today?"),
     c("My loan was K10,000 but K9,200 came. Where is the K800? Nobody explained.", None),
     t("I understand how you feel. The deductions are in the terms and conditions you signed, so I'd advise you to read them. I only do savings accounts, loans are not my department."),
     c("I've read them now. Insurance I didn't ask for. I don't need it, I have cover at work.", "no_need"),
     t("I hear you, sir. But I didn't make the rules, head office decides. You can write a letter to Lusaka."),
     c("So who will help me here? The loan officer is not answering.", None),
     t("I understand your frustration. He's in the field, come back Thursday. Is there anything else, maybe you'd like to open a savings account?"),
     c("Savings? I came about my K800. I will write to the Bank of Zambia.", None)]))

# 15. social_proof_or_deadline_pressure: private secondary school, Enugu
o = c("Good morning. My daughter is finishing primary 6 and I'm looking at schools for JSS1. Please what are your fees and when is the entrance exam?", None)
PAIRS.append(gpair(
    "b98g_enugu_school", "private secondary school admissions, Enugu", "social_proof_or_deadline_pressure",
    "A father visits a private school's admissions office to ask about JSS1 fees.",
    [o,
     t("Good morning, sir. Fees are ₦285,000 a term for day students, books included, not uniforms. The entrance exam is in May. What matters most to you in a secondary school for her?"),
     c("She's good in science. I want good labs, and it must be close, we are in Independence Layout. Also not a school that adds levies every term.", None),
     t("Science, distance, no surprise levies. We're 10 minutes from Independence Layout. The labs you can see at Saturday's open day. Levies: a ₦25,000 PTA levy once a year; excursions are optional. I'll give you the full list in writing."),
     c("285 a term is heavy. My son's school is cheaper, but the science there is weak.", "too_expensive"),
     t("It's a real cost, and I'd rather you compare properly. There's 10 percent off for a second child, and each term can be paid in two parts. Come Saturday, see the labs, talk to a science teacher, then decide."),
     c("Saturday I'm travelling to the village for a burial. Can we come another day?", "no_time"),
     t("Yes, any weekday after 2 pm. I'll show you round myself, just call before."),
     c("Then Tuesday. Her mother will come too.", None)],
    [o,
     t("Good morning, sir! Fees are ₦285,000 a term. What are you looking for in your daughter's success journey?"),
     c("Science, and close to Independence Layout. No extra levies every term.", None),
     t("Perfect, that's what all the parents in Independence Layout want. Most families from your area have already registered with us, we're almost full for JSS1."),
     c("Hmm. 285 is a lot. My son's school is cheaper.", "too_expensive"),
     t("I understand. Just so you know, the form is ₦10,000 until Friday, then it goes to ₦25,000, and exam slots close at 120. Shall I reserve one now?"),
     c("Friday? I haven't even seen the school.", None),
     t("Everybody says that, then they regret. Even the Commissioner's children are here. Can I take your details now so you don't miss out?"),
     c("No, I won't be rushed. I'll come back when I've compared.", "think_it_over")]))

# 16. social_proof_or_deadline_pressure: pay-as-you-go solar, Jinja district (phone)
o = c("Hello, I saw your agent at the trading centre in Buwenge. I want to know about the solar that you pay small small.", None)
PAIRS.append(gpair(
    "b98g_jinja_solar", "pay-as-you-go solar company, Jinja", "social_proof_or_deadline_pressure",
    "A rural household that uses kerosene lamps phones a pay-as-you-go solar company.",
    [o,
     t("Hello, thank you for calling. What would you like to power: lights, phone charging, radio, TV?"),
     c("Lights for the house, 3 rooms, and charging phones. Now we use kerosene and I pay 500 to charge at the shop each time.", None),
     t("So three rooms of light and phone charging. The small kit has 4 bulbs, a USB charger and a radio: 60,000 shillings deposit, then 1,500 a day. After 18 months it's yours."),
     c("1,500 a day every day? Sometimes there is no money for days when the coffee is not in.", "no_money"),
     t("That's common here. If you miss days, the light switches off until you pay again; no fine, the days are added at the end. Roughly what do you spend now on kerosene and charging in a week?"),
     c("Maybe 7,000 kerosene, 3,000 for charging.", None),
     t("That's about 10,000 a week, and the kit is 10,500, so close to what you already spend. But you'd want to be sure. The Buwenge agent can show you a kit working at a neighbour's house this week."),
     c("Yes, let him show me. Then I will decide.", "think_it_over")],
    [o,
     t("Hello! Great that you're calling. Everyone in Buwenge is switching to our solar, over 200 homes this year. What's stopping you joining them?"),
     c("I just want to know how it works and the price.", None),
     t("60,000 deposit and 1,500 a day. But this week only the deposit is 40,000; after Sunday it goes back up. Your neighbours have already taken the offer."),
     c("1,500 every day is hard when the coffee is not in.", "no_money"),
     t("Many families said the same and now they are happy. The LC chairman himself has one. Only 5 kits are left with the agent, so I'd book now."),
     c("My cousin had pay-as-you-go from another company, the battery died after a year and they did nothing.", "bad_experience"),
     t("That won't happen with us. Shall I tell the agent to bring it tomorrow before the offer ends?"),
     c("No, not now. I will call when I'm ready.", "brush_off")]))

# 17. keyword_stuffed: fertiliser for rice, agro-dealer, Kisumu
o = c("Hallo. I farm rice at Ahero, one acre. The leaves are turning yellow two weeks after transplanting. What can I use?", None)
PAIRS.append(gpair(
    "b98g_kisumu_fertiliser", "agro-dealer, Kisumu", "keyword_stuffed",
    "A rice farmer from the Ahero scheme asks about yellowing leaves.",
    [o,
     t("A few questions first. Is it the whole field or patches, and is it the older lower leaves or the new ones on top?"),
     c("The whole field. Mostly the lower leaves. Water is there, the canal is flowing.", None),
     t("Did you put fertiliser at planting, and which one?"),
     c("DAP, one bag. Nothing after.", None),
     t("Lower leaves yellow across the field, two weeks in, only DAP: that's usually nitrogen running short. Top dress with sulphate of ammonia, one 50 kg bag for the acre in two splits. It's KSh 3,200."),
     c("3,200 eh. Urea is cheaper, no? My neighbour uses urea.", "too_expensive"),
     t("Urea is about 2,800 and it works too. In flooded rice more of it is lost, so lower the water a little before you apply and split it in two. If it's still yellow in 10 days, bring me a few plants."),
     c("Okay, give me urea then. Thank you.", None)],
    [o,
     t("Thank you for sharing your experience with us. I really understand how you feel, and we need to understand your needs so we can build a relationship that brings success to your farm."),
     c("Okay... so what do I put for the yellow leaves?", None),
     t("Great question. What I'm hearing is that your need is a healthy field. Our goal is to understand your journey and deliver an experience that meets your needs."),
     c("The lower leaves, the whole field. I put DAP only. Is it fertiliser or disease?", None),
     t("I feel you, that's an important need. We value your success, so I'd recommend our complete crop nutrition solution, for the experience you deserve. How satisfied are you with our help so far?"),
     c("What solution? How much? You haven't told me what the problem is.", None),
     t("Our solution is tailored to your needs: a premium foliar pack at 4,500 that supports your crop's success journey. Does that feel right for you?"),
     c("You haven't explained anything. Let me first ask the extension officer.", "think_it_over")]))

# 18. keyword_stuffed: event hall, Port Harcourt (WhatsApp)
o = c("How far. I want to book your hall for my mum's 60th, 150 guests, Saturday 14th. Is it free and how much?", None)
PAIRS.append(gpair(
    "b98g_portharcourt_hall", "event hall, Port Harcourt (WhatsApp)", "keyword_stuffed",
    "A daughter books a hall for her mother's 60th birthday, with siblings sharing the cost.",
    [o,
     t("Good evening! The 14th is free. For 150 the small hall is enough, ₦650,000 for the day with chairs, tables, ACs and generator. Are you bringing your own caterer and decorator?"),
     c("Caterer yes, my aunty. Decor we want the hall to do it. Gold and white.", None),
     t("Gold and white is fine. Our decor for 150 starts at ₦350,000: chair covers, centrepieces and a backdrop. Shall I send photos of a gold and white set we did last month?"),
     c("Send pics. But 1m total is too much abeg, our budget is 800k.", "no_money"),
     t("Understood, 800k is the ceiling. Two ways: simpler decor at ₦180,000, covers and backdrop only, puts you at ₦830k; or your own decorator and hall only at ₦650k. No corkage on your aunty's food either way."),
     c("Let me show my siblings the pics and the 180k option. We are contributing together.", "think_it_over"),
     t("Sure. Photos of both decor levels coming now. I'll hold the 14th for you until Wednesday without deposit."),
     c("Thank you, I'll revert by Tuesday.", None)],
    [o,
     t("Good evening! Thank you for choosing us to be part of your celebration experience. We really want to understand your needs and build a relationship based on success."),
     c("Ok. Is the 14th free and how much?", None),
     t("Great question! I feel your excitement. Our goal is to understand your vision so that your mum's experience meets all her needs. What does success look like for you?"),
     c("Success is knowing the price. 150 guests, gold and white decor.", None),
     t("I hear you and I understand. Our Premium Experience package is designed around your needs: ₦1.4 million all inclusive. We value a long-term relationship with your family."),
     c("1.4m? Na wa. We have 800k.", "no_money"),
     t("I understand how you feel. Our value is in the experience. How satisfied are you with the information so far?"),
     c("Not at all. Let me check other halls in GRA.", "think_it_over")]))

# 19. rude: motorbike brake pads, Takoradi
o = c("Please, I want brake pads for my Haojue. The front brake is weak and it makes noise.", None)
PAIRS.append(gpair(
    "b98g_takoradi_brakes", "motorbike spare parts shop, Takoradi", "rude",
    "An okada rider asks for front brake pads at a spare parts shop.",
    [o,
     t("Okay. Which Haojue, the 125 or the 150? And is the front disc or drum?"),
     c("The 150, disc. The noise started last week.", None),
     t("A metal noise usually means the pads are finished and the disc may be getting scratched. Let me see the bike outside. If the disc is badly scratched, pads alone won't be enough."),
     c("Please I don't have money for a disc now. Just the pads.", "no_money"),
     t("I've looked. The disc is scratched but still thick enough, pads will do for now. Pads are GH₵ 85, fitting free. Come back in two months and I'll check the disc again, no charge."),
     c("Thank you. 85 is fine. Do it.", None),
     t("Done. Squeeze it, is it firm? Go slowly at first, new pads need a few stops to settle."),
     c("It's firm now. Thank you boss.", None)],
    [o,
     t("Which Haojue? There are ten types. You people always come without knowing."),
     c("The 150. Disc at the front.", None),
     t("Obviously it's the pads. What did you think, magic? It's GH₵ 120."),
     c("120? The shop at Market Circle said 85.", "too_expensive"),
     t("Then go to Market Circle, nobody is stopping you. Are you buying or you came to ask questions all day?"),
     c("I'm just asking if you can check the disc also, the noise...", None),
     t("I don't have time for checking. Buy the pads and fit them yourself. Next!"),
     c("Keep your pads. I'm going.", None)]))

# 20. rude: internet cafe, Arusha
o = c("Good afternoon. I need to fill the online visa form for UK and upload my documents. I'm not good with computers. Can you help me?", None)
PAIRS.append(gpair(
    "b98g_arusha_cafe", "internet cafe, Arusha", "rude",
    "An older man who is not used to computers needs help with an online visa form.",
    [o,
     t("Good afternoon, yes. Do you have your passport, the documents on paper or on your phone, and an email you can open?"),
     c("Passport yes. Bank statement and letter are paper. Email I have but I forgot the password.", None),
     t("That's okay, we'll reset the password with your phone first, because the visa office sends everything there. Scanning is 500 shillings a page. Full assistance with the form is 10,000 for the hour."),
     c("10,000 is a lot for me. Can I just use the computer and you help small?", "too_expensive"),
     t("Yes. The computer is 2,000 an hour. I'll help you reset the email and show you the upload, then I'm at the desk if you get stuck. If it becomes too much, you can switch to full help."),
     c("Okay. Let's start with the email.", None),
     t("Good. Put your number here, the code will come by SMS. Then we scan the bank statement, 6 pages, 3,000."),
     c("The code has come. Thank you for your patience.", None)],
    [o,
     t("Visa form? You should have done this at home. Sit there, the computer is 2,000 an hour."),
     c("Please I don't know how to start. Can you help me?", None),
     t("Help is 10,000. I'm not a teacher. Do you even have an email?"),
     c("I have but I forgot the password.", None),
     t("Of course you forgot. Go and reset it and come back. I have other customers."),
     c("10,000 is too much for me. Can you just show me the reset?", "too_expensive"),
     t("Everything is too much for you people. No money, no help."),
     c("I will go to the other cafe near the clock tower.", None)]))
