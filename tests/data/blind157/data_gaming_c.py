"""b157 gaming pairs C (kinds 11-15), hand-written."""
from common import c, gpair, t

P = []

o = c("Hi, I'm starting a small consultancy, just me. I need a business address for ACRA registration, not an actual office.", None)
P.append(gpair("b157g_anson_virtual_office", "serviced office, Anson Road SG (web chat)", "ignored_customer",
    "Solo founder wants the cheapest registered address with mail scanning.",
    [o, t("Got it. Do you also need mail handled or a phone line, or only the registered address?"),
     c("Address and scan my letters. I work from home. Cheapest possible, honestly.", None),
     t("Then Address Only: registered address plus mail scanning, 58 a month, 12-month minimum."),
     c("12 months is fine. I saw another place at 40 a month though.", "too_expensive"),
     t("Some are cheaper; check whether they scan mail or only let you collect it. If collecting suits you, the 40 one may be better. If you want scanning, we can start Monday."),
     c("Scanning I need. Ok, send me the form.", None)],
    [o, t("Great! Tell me, what does your business do and how do you like to work?"),
     c("Consulting. I work from home. I only need the address and mail scanning.", None),
     t("Wonderful. Our Private Office for one is perfect: dedicated desk, lockable cabinet, 1,150 a month."),
     c("I said I work from home. I don't need a desk.", "no_need"),
     t("Understood! And how many clients will you host? Our meeting room credits make a great impression."),
     c("None. Look, I want the cheapest address. Is it 58 or not?", None),
     t("Virtual plans start from 58, but most solo founders take Hot Desk Plus, 420 a month. Shall I book you a tour?"),
     c("No need. I'll go somewhere else.", "no_need")]))

o = c("hi, 2 split units need servicing. can do this week?", None)
P.append(gpair("b157g_tsuenwan_aircon_cat", "aircon servicing, Tsuen Wan HK (WhatsApp)", "ignored_customer",
    "Cat owner, free only weekday evenings.",
    [o, t("can. general service or chemical wash? when were they last done"),
     c("general. last done maybe 1 year. I have a cat, can use something not too strong? and I only free weekday after 6", None),
     t("ok noted: 2 units general, pet safe, weekday after 6. we use water and a mild foam, no spray near the cat. thursday 6:30pm can?"),
     c("thursday 6:30 ok. how much", None),
     t("2 units general 160. if the tech finds anything else he asks you before doing it"),
     c("ok confirm", None)],
    [o, t("sure! before I book, can I understand your needs? any pets at home, and what time suits you?"),
     c("I have a cat, please nothing strong. only weekday after 6, I work till 5:30", None),
     t("thank you for sharing! booked you saturday 10am for chemical wash, 2 units, 300"),
     c("saturday morning I'm not home. and why chemical, I said cat", "no_time"),
     t("noted! our chemical is industry standard. saturday 10am is our best slot. anything else I can help with?"),
     c("you never read what I type. cancel. I find someone else", None)]))

o = c("Hi, the school dentist said my son's teeth are crooked and he may need braces. He's 12. What's the process?", None)
P.append(gpair("b157g_kowloontong_ortho_braces", "orthodontic clinic, Kowloon Tong HK (phone)", "repeated_questions",
    "Parent of a 12-year-old with an overbite asks about braces.",
    [o, t("Usually a first consultation with X-rays, so the orthodontist can say if he needs braces now or can wait. Did the school dentist mention anything specific?"),
     c("Overbite, and one top tooth is stuck. He's scared of the metal ones, kids tease him already.", None),
     t("So an overbite, a stuck top tooth, and he's worried about looks. Clear aligners suit some kids, but that depends on the X-ray. Consultation is 650 with X-rays."),
     c("650 just to look? The government clinic must be cheaper.", "too_expensive"),
     t("It is, but it doesn't do braces, so you'd still need an orthodontist after. The dentist can tell you if it's urgent; if not, you can wait and save. Saturday 11 or Tuesday 4?"),
     c("Saturday 11, no school.", None)],
    [o, t("Great question! Before anything, what are you hoping to achieve for your son's smile?"),
     c("Straighter teeth. Overbite, and one top tooth is stuck.", None),
     t("I understand. And in your own words, what are your goals for his teeth?"),
     c("...Like I said, fix the overbite and the stuck tooth. He doesn't want metal ones.", None),
     t("Thank you. So what would success look like for you and your family?"),
     c("The same thing! How much is the consultation? I have to go soon.", "no_time"),
     t("Of course. Just so I understand your needs, what would you like his teeth to look like at the end?"),
     c("I'll call another clinic.", None)]))

o = c("Hello, our office is moving from Tai Seng to Paya Lebar in April. 25 staff. Need a quote.", None)
P.append(gpair("b157g_taiseng_office_move", "office removals, Tai Seng SG (email chat)", "repeated_questions",
    "Office manager needs a moving quote; must get three quotes.",
    [o, t("Sure. Desks and chairs only, or also cabinets and a server rack? And when does the new building allow moves?"),
     c("Desks, chairs, 40 cabinets, one small server rack. New building only after 7pm or weekends.", None),
     t("Ok: 25 workstations, 40 cabinets, one rack, after 7pm or weekend. Saturday avoids overtime rates. The rack goes in a padded crate; your IT should unplug it."),
     c("Budget is tight this year, boss wants three quotes.", "think_it_over"),
     t("Fair. I'll send an itemised quote by Wednesday so it's easy to compare line by line. A 20-minute site visit would make it exact. Tuesday afternoon?"),
     c("Tuesday 3pm can.", None)],
    [o, t("Great! To understand your needs, how big is your office?"),
     c("25 staff. Desks, chairs, 40 cabinets, one server rack.", None),
     t("Thank you. And roughly how much stuff are we talking about?"),
     c("I just told you. 25 desks, 40 cabinets, one rack.", None),
     t("Got it. So in terms of volume, how many items are moving?"),
     c("Same answer lah. Is this a bot? I'm busy, just email me a quote.", "brush_off"),
     t("Absolutely! Last one, just to be sure I understand: what's the size of the move?"),
     c("Forget it.", None)]))

o = c("my broadband keep drop in the evening. I work from home. contract end next month, thinking to switch", "think_it_over")
P.append(gpair("b157g_tseungkwano_broadband_drops", "home broadband, Tseung Kwan O HK (chat)", "wrong_paraphrase",
    "Home worker with evening Wi-Fi drops near contract end.",
    [o, t("sorry about that. dropping completely or just slow? wired or wifi, and where is the router"),
     c("wifi drop completely, like 8 to 10pm. router in living room, I work in bedroom", None),
     t("so full drops on wifi 8-10pm, you're in the bedroom away from the router. could be the router or distance, not the line. can I run a line test now"),
     c("ok test", None),
     t("line is clean, no drops our side. your router is 6 years old. we can swap it free when you renew, or a mesh point for the bedroom is 30 a month"),
     c("free router ok, but I still compare price with other providers before renew", "think_it_over")],
    [o, t("thanks for sharing! so what I'm hearing is you're happy with us and want a faster plan, is that right?"),
     c("no, I said it keeps dropping and I'm thinking to switch", None),
     t("got it. so speed is your top priority and you'd like our 2000M plan with the streaming bundle, did I understand correctly?"),
     c("I never said streaming. it drops 8 to 10pm. not paying more for that", "no_need"),
     t("perfect, so to confirm, the 2000M plan for your family's gaming. I'll send the contract"),
     c("I live alone. don't send anything", None)]))

o = c("Dear Vincent, I retire at the end of this year and would like to review my portfolio. I am not comfortable with the current level of equities. Best, Amy", None)
P.append(gpair("b157g_pacificplace_private_bank_derisk", "private banking, Admiralty HK (email)", "wrong_paraphrase",
    "Client retiring wants less equity risk.",
    [o, t("Dear Amy, congratulations. Before we meet: roughly how much income will you need from the portfolio each year, and any large expenses coming?"),
     c("About 600k a year. My daughter's wedding next spring, perhaps 1 million, which I'd like set aside.", None),
     t("Thank you. So: fewer equities, 600k a year, and 1 million ring-fenced for the wedding. I'll propose moving the wedding money to short deposits now and reducing equities in stages. Could we meet on the 14th?"),
     c("The 14th is fine. Please, no new products; the last fund you recommended lost 18%.", "bad_experience"),
     t("Understood. The proposal will use what you hold plus deposits and bonds, and nothing moves until you approve."),
     c("Thank you, Vincent.", None)],
    [o, t("Dear Amy, congratulations! So what I'm hearing is you want more growth in retirement and would like to explore our AI & Robotics fund. Did I understand you correctly?"),
     c("No. I wrote that I want fewer equities, not more.", None),
     t("Understood. So to play back: you're comfortable with some volatility as long as the upside is there, correct? I'll send the factsheet."),
     c("That is not what I wrote. The last fund you recommended lost 18%.", "bad_experience"),
     t("Noted with thanks! So you're keen to recover that loss with a higher-yield product. Shall I book a call on the structured note?"),
     c("I will ask the bank to assign me a different relationship manager.", None)]))

o = c("Hi. My mother passed away two weeks ago. She had an account with you. I don't know what I'm supposed to do.", None)
P.append(gpair("b157g_ang_mo_kio_bank_bereavement", "retail bank branch, Ang Mo Kio SG (counter)", "pitch_to_upset",
    "Bereaved son asks what to do with his late mother's account.",
    [o, t("I'm very sorry about your mother. We'll go through it slowly. Are you the executor in her will, or is there no will?"),
     c("There's a will, I'm the executor. The lawyer hasn't got the grant of probate yet.", None),
     t("Until probate the account is frozen, but we can pay the funeral bill directly from it with the invoice and death certificate. Would that help now?"),
     c("Yes, the funeral parlour keeps calling me. Can I come tomorrow?", None),
     t("Tomorrow 10am with me. Bring the death certificate, your IC and the invoice. That's all for now."),
     c("Ok. Thank you for being patient.", None)],
    [o, t("I'm so sorry for your loss. I understand this is a difficult experience. May I ask, have you thought about what you'll do with the inheritance?"),
     c("What? No. I just want to know what to do with her account.", None),
     t("Of course. Many clients find that putting inherited funds into our Legacy Wealth plan gives peace of mind. 5.2% projected. Would that help?"),
     c("I don't need a plan. The funeral parlour keeps calling about the bill.", "no_need"),
     t("I hear you. So once probate is done, shall I pencil in a portfolio review? Anything else I can help with?"),
     c("I'll talk to someone else at the branch.", None)]))

o = c("The cable on the lat pulldown snapped while I was using it. The bar hit my shoulder. I told your staff last week it was fraying!", None)
P.append(gpair("b157g_causewaybay_gym_injury", "gym, Causeway Bay HK (front desk)", "pitch_to_upset",
    "Angry member injured by a machine that had been reported as faulty.",
    [o, t("I'm so sorry. First, how is your shoulder, have you seen a doctor?"),
     c("Went to A&E, bruised, no fracture. 180 dollars. I'm really angry nobody fixed it.", None),
     t("You have every right to be. You reported it and we didn't act. The machine is out of use now, I'm filing an incident report today, and we'll reimburse the A&E bill; send me the receipt."),
     c("And if I need physio?", None),
     t("Covered too, with receipts. The manager will call you by tomorrow with the report and how we're changing checks."),
     c("Ok. I want that call tomorrow.", None)],
    [o, t("Oh no, I'm so sorry about your experience! Since you're here, have you thought about our injury-prevention PT package? 10 sessions, 890."),
     c("Are you serious? Your machine hurt me. I reported it last week.", None),
     t("I understand how you feel. That's why members love our Premium tier, it includes free physio consults. Just 40 more a month."),
     c("I'm not paying you more. I want the A&E bill paid and the machine fixed.", "no_need"),
     t("Totally hear you. Shall I put you down for a Premium trial so you can experience it?"),
     c("Get me your manager. Now.", None)]))

o = c("Hi, the crown Dr Ng put in three months ago fell off while I was eating noodles. Noodles!", None)
P.append(gpair("b157g_jurongwest_dental_crown", "dental clinic, Jurong West SG (phone)", "blame",
    "Crown came off after three months, under guarantee.",
    [o, t("That shouldn't happen with noodles, sorry. Do you still have the crown? Any pain?"),
     c("Kept it in a tissue. No pain, just sensitive to cold water. I paid 1,600 for this crown.", None),
     t("Keep it safe, don't try to glue it. It's under our one-year guarantee, so re-cementing or redoing it is free. Dr Ng has 9am tomorrow; can you make it?"),
     c("9 I'm working. Lunch time possible?", "no_time"),
     t("12:45 tomorrow, 30 minutes. Until then chew on the other side and use sensitive toothpaste."),
     c("Ok, 12:45 confirm.", None)],
    [o, t("Sorry to hear that. Can I ask what you were really eating? Crowns don't just fall off unless patients chew hard things."),
     c("Noodles. Soft noodles. With a spoon.", None),
     t("I understand. Did you follow the aftercare instructions? Many patients forget and floss too hard around the crown."),
     c("I did what the doctor said. I paid 1,600 and it lasted three months.", None),
     t("I hear you. Since it came off through wear, re-cementing is 280. How does that sound?"),
     c("Through wear? After three months? I'm not paying for your mistake.", None)]))

o = c("Hi, I'm in Tokyo, my card got declined at hotel check-in. I need it working now, the front desk is waiting.", None)
P.append(gpair("b157g_tokyo_card_declined", "bank card hotline, SG bank (phone)", "blame",
    "Customer abroad with a card blocked by the fraud system.",
    [o, t("I'll sort it now. To verify, your date of birth and the last 4 digits of the card?"),
     c("14 March 1985. 4471.", None),
     t("Thank you. Our fraud system blocked a charge in Japan because it didn't match your usual pattern. Unblocked now. Till when are you overseas?"),
     c("Till Sunday. Please, I have to pay now.", None),
     t("Marked until Sunday. Try the card again now, I'll stay on the line."),
     c("Ok... it went through. Thank you.", None),
     t("Glad it worked. Enjoy the rest of the trip.")],
    [o, t("I understand your frustration. Did you notify us of your travel in the app before leaving? It's clearly in the card terms."),
     c("I didn't know I had to. I travel every month and never had this.", None),
     t("I see. So the block happened because you didn't set a travel notice. Customers really should check the app before flying."),
     c("I'm standing at the front desk. Can you unblock it or not?", None),
     t("I can, but next time please read our notifications. Also, our travel card has 0% FX fee, would you like to apply?"),
     c("No. Unblock it. I'll think about moving my account after this.", "no_need")]))

PAIRS = P
