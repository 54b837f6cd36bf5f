"""Gaming pairs b (b151)."""
from common import c, gpair, t

N = None
PAIRS = []

o = c("Good morning. I'm calling about claim 44817 again. It's been three weeks and nobody has called me back. I have been very patient.", N)
PAIRS.append(gpair("b151g_winnipeg_autoins_claim", "Auto insurance claims, Winnipeg MB (phone)", "putdown_question",
  "A polite but quietly furious driver chases a collision claim nobody returned calls on.",
  [o, t("I'm sorry, three weeks without a call isn't okay. Let me pull it up. The rear-end collision on Pembina on the 2nd?"),
   c("Yes. I've left four messages. And I'm paying for a rental out of my own pocket.", N),
   t("I see all four, and the file was reassigned when your adjuster went on leave. That's our miss. Your policy has rental coverage up to 40 a day. Have you been keeping receipts?"),
   c("No one told me that. It's about 600 dollars so far.", N),
   t("Send me the receipts and I'll put them through today. Your new adjuster, Priya, will call you by 3 tomorrow; if she doesn't, here's my direct line."),
   c("Alright. Thank you. I'll hold you to that.", N)],
  [o, t("Thanks for calling! Are you sure it's been three weeks, or does it just feel that way?"),
   c("It has been three weeks. Twenty-two days. I wrote it down.", N),
   t("Okay. And what exactly do you expect, given how busy claims are after the hail?"),
   c("I expect a phone call. That's all.", N),
   t("Fair enough. Have you considered your messages maybe weren't very clear? What did you actually say?"),
   c("I'd like to speak to your supervisor, please.", N)]))

o = c("Hi, sorry, this might be silly. My cat Mochi hasn't really eaten since yesterday morning. She's drinking a bit. Should I bring her in?", N)
PAIRS.append(gpair("b151g_halifax_vet_cat", "Veterinary clinic, Halifax NS (phone)", "putdown_question",
  "An anxious owner calls about an eleven-year-old cat that stopped eating.",
  [o, t("It's not silly at all, I'm glad you called. How old is Mochi, and has she vomited or been hiding more than usual?"),
   c("She's eleven. No vomiting. She's been under the bed a lot though.", N),
   t("Thanks. At her age, over 24 hours without eating is worth a same-day look. I have 4:15 today with Dr. Okafor. Can you make that?"),
   c("I'm at work until five, sorry. Anything later?", "no_time"),
   t("No problem, I can do 5:40. If she starts vomiting or seems very weak before then, come straight in."),
   c("5:40 works. Thank you so much.", N)],
  [o, t("Happy to help! Did you maybe change her food and she's just being picky? What exactly did you do?"),
   c("No, same food. She's eleven, she's never like this.", N),
   t("Okay. A day isn't very long for a cat, so what's making you so worried?"),
   c("She's hiding under the bed. I just... I know my cat.", N),
   t("Sure. Are you sure you're not reading too much into it? We're booked till Thursday anyway."),
   c("Forget it, I'll take her to the emergency clinic.", N)]))

o = c("Hello, I'm writing again about the heat in unit 304. It's been out since Monday and it's 14 degrees in my living room. I'd really appreciate an update. Thanks so much, Marie", N)
PAIRS.append(gpair("b151g_burnaby_propmgmt_heat", "Property management company, Burnaby BC (email)", "not_my_department_or_read_the_terms",
  "A tenant writes a third, very polite, very angry email about no heat.",
  [o, t("Hi Marie, I'm so sorry. Three days without heat in November isn't acceptable. Is it the baseboards in every room, or just some?"),
   c("All of them. The breaker looks fine, I checked.", N),
   t("Thank you for checking. Coastal Electric is booked for tomorrow, 8 to 10. Until then we can drop off two space heaters today. Will someone be home around 4?"),
   c("I can be home by 4:30. And sorry to be a pain, but will the rent be adjusted?", N),
   t("You're not a pain. I've asked the owner for a rent credit for each day without heat, and I'll have an answer for you by Friday noon."),
   c("Okay. Thank you, really.", N)],
  [o, t("Hi Marie, thanks for reaching out, I understand how frustrating this must feel. Heating is handled by the owner's contractor, so it's not really my department."),
   c("With respect, you're the property manager. Who should I be writing to, then?", N),
   t("Great question. Please see section 12 of your lease on maintenance requests. Have you used the portal?"),
   c("Yes. Monday, Tuesday and Wednesday. I have the confirmation numbers.", N),
   t("I hear you. I don't make the rules on contractor timelines, sorry. Is there anything else I can help you with today?"),
   c("Yes, the owner's contact details. I'll also be calling the Residential Tenancy Branch.", N)]))

o = c("Charged $1,188 for annual renewal. No reminder received. Want refund, we switched tools in Sept.", N)
PAIRS.append(gpair("b151g_vancouver_saas_refund", "Project-management SaaS, Vancouver BC (ticket)", "not_my_department_or_read_the_terms",
  "A terse customer asks for a refund of an unwanted auto-renewal.",
  [o, t("Sorry about that. The reminder went to billing@ on Aug 30, so it may have been missed. Can you confirm nobody has logged in since September?"),
   c("Confirmed. Last login Sept 12. Check it.", N),
   t("Checked, no logins since Sept 12. Full refund of $1,188 processed, 5-7 business days, and auto-renew is off."),
   c("Ok. Thx.", N),
   t("If you want your old data exported, reply here within 30 days and I'll send it.")],
  [o, t("Thanks for reaching out! I understand how you feel. Per section 8.2 of the Terms you agreed to, annual plans renew automatically and are non-refundable."),
   c("No reminder arrived. Not our fault.", N),
   t("I totally hear you. Reminders are handled by billing, not my department. Anything else I can help with today?"),
   c("Yes. Escalate. Or we dispute it with the card company.", N),
   t("I understand. The refund policy is at the link below. How satisfied were you with today's support?")]))

o = c("Oh, hi. If this is about the internet, we're okay, I think. Sorry, I've got the baby down for a nap.", N)
PAIRS.append(gpair("b151g_dartmouth_fibre_door", "Fibre internet provider, Dartmouth NS (door to door)", "social_proof_or_deadline_pressure",
  "A parent answers the door to a fibre sales rep while a baby sleeps.",
  [o, t("No worries at all, I'll be quick and quiet. I'm with Bluenose Fibre, we just wired this street. Is your internet doing what you need?"),
   c("Mostly. It cuts out in the evenings sometimes, when my partner's gaming and I'm on a work call.", N),
   t("Evenings are the busy time on cable. I won't pitch you with the baby asleep. Can I leave a card with our prices, so you can check them against your bill?"),
   c("Sure, leave a card. What's the cheapest one, roughly?", N),
   t("Basic is 65 a month, no contract. My number's on the card; I'll only come back if you text me."),
   c("Okay, thanks. Sorry, I have to go.", N)],
  [o, t("Totally understand! Just so you know, 38 of your neighbours on Cornwallis signed up this week, and free install ends tonight at 8."),
   c("Good for them. We're fine with what we've got.", "no_need"),
   t("I hear you. But you'll be the last house on the street on cable. How does it feel to be left behind?"),
   c("I really can't do this right now, the baby's asleep.", "no_time"),
   t("Absolutely, so let's just get your name down before the 8 p.m. cutoff. Two minutes and you're done."),
   c("No. Please don't knock again.", N)]))

o = c("Hi, my mortgage is up for renewal in May and I got your letter. I'm not sure whether to go fixed or variable this time.", N)
PAIRS.append(gpair("b151g_kelowna_cu_mortgage", "Credit union, Kelowna BC (phone)", "social_proof_or_deadline_pressure",
  "A member weighs fixed versus variable for a renewal months away.",
  [o, t("Good to think about it early. How long do you plan to stay in the house, and how much would a payment jump hurt?"),
   c("Probably ten years. We're on one income now, so a big jump would really hurt.", N),
   t("Then stability matters. Fixed five-year is 4.49 today; variable is 5.2 now but could drop. On one income I'd lean fixed, but it's your call. Want both payment schedules?"),
   c("Yes. And I'll probably check what the bank next door offers.", "think_it_over"),
   t("Please do. Renewal is May 1 and our rate hold lasts 120 days, so no rush. I'll call you the week of March 10 unless you call first."),
   c("Sounds good.", N)],
  [o, t("Great question! Most members your age went fixed this month, and I can only hold 4.49 until 5 p.m. today."),
   c("Today? The renewal isn't until May.", N),
   t("I know, but rates are moving. Everyone at our Kelowna branch is locking in. What's stopping you from locking in right now?"),
   c("I'd want to talk to my husband first, and maybe see what the bank offers.", "think_it_over"),
   t("Totally, but by tomorrow it could be 4.9. Your neighbours aren't waiting. Shall I lock it in and you tell him tonight?"),
   c("No thanks. I'll call back after I've talked to him.", "think_it_over")]))

o = c("hey do you have rain jackets that actually stay dry, my last one wetted out after like an hour on the trail", N)
PAIRS.append(gpair("b151g_seattle_gear_rainjacket", "Outdoor gear retailer, Seattle WA (web chat)", "keyword_stuffed",
  "A hiker in chat wants a rain jacket that does not soak through.",
  [o, t("Ugh, the worst. What kind of hiking, how long are you out, and do you sweat a lot on climbs?"),
   c("day hikes in the olympics, 4-6 hours, and yeah i sweat a ton going up", N),
   t("Long wet days plus sweat. Often the outer face stops beading and you get wet from inside. Look for pit zips: the Cascade 3L at 289 has them, or the Ridge 2.5L at 169, lighter but less breathable."),
   c("289 is more than i wanted to spend tbh", "too_expensive"),
   t("Fair. If your old one is a decent brand, a wash and re-proof for 20 bucks might bring it back. Try that first; if it still leaks, come try on both."),
   c("oh nice ill try that first thanks", N)],
  [o, t("Hi! I really understand your needs and I feel your trail experience matters so much. What does success look like for you?"),
   c("staying dry lol", N),
   t("Love that. So what I'm hearing is dryness is a key need in your outdoor journey, and our relationship with you is about supporting that experience."),
   c("ok so which jacket", N),
   t("Great question! Our jackets are designed around the customer experience, to meet the needs of people who value feeling good outside. How do you feel about that?"),
   c("im gonna just look on the website", "brush_off")]))

o = c("Hi, um, I'm looking at your part-time data analytics certificate. I work full time at a warehouse, so I'm trying to figure out if it's doable.", N)
PAIRS.append(gpair("b151g_surrey_college_certificate", "Continuing education college, Surrey BC (phone)", "keyword_stuffed",
  "A warehouse worker asks if a part-time certificate fits around full-time shifts.",
  [o, t("Let's figure that out together. What are your shifts like, and how many hours a week could you realistically give it?"),
   c("Days, six to two-thirty. Maybe eight, ten hours a week? I'm wiped some nights.", N),
   t("It's two evenings a week plus about four hours of homework, so about ten. There's also a self-paced version, same certificate, a year to finish. Which sounds more like you?"),
   c("Self-paced, probably. But 3,400 dollars, that's a lot for me right now.", "no_money"),
   t("It's a real amount. You may qualify for the StrongerBC grant, up to 3,500. I'll email the link and the intake dates so you can check that first."),
   c("Okay. Yeah, send it.", N)],
  [o, t("Absolutely! At our college, your learning experience and success are our number one need. Can you share how you feel about your journey?"),
   c("I mean... I'm just asking if I can do it while working full time.", N),
   t("Totally, I understand. We build a relationship with each learner to understand their needs and create a success experience. How does that feel?"),
   c("Okay, but how many hours a week is it?", N),
   t("Great question, it really depends on your personal learning needs and goals. What does success mean to you?"),
   c("I need to think about it. Thanks.", "think_it_over")]))

o = c("VPN wont connect since this morning. Error 809. Client call at 10.", N)
PAIRS.append(gpair("b151g_sfo_helpdesk_vpn", "Internal IT helpdesk, San Francisco CA (ticket chat)", "rude",
  "A travelling employee's VPN fails before a client call.",
  [o, t("Got it, 10 a.m. call. Where are you connecting from, home or somewhere like a hotel?"),
   c("Hotel. Vancouver airport Marriott.", N),
   t("Hotel Wi-Fi often blocks our VPN ports. I can push the SSL profile that works through most hotels, or you tether to your phone. Push it now? You'd restart the VPN app."),
   c("Push it.", N),
   t("Done. Restart the app and pick Corp-SSL. I'll keep the ticket open till 9:45 in case it doesn't take."),
   c("Works. Thanks.", N)],
  [o, t("Did you try turning it off and on again? Seriously, 90% of tickets are that."),
   c("Yes. Twice. Error 809.", N),
   t("Okay. Well, there are forty tickets ahead of yours, so you'll have to wait, won't you. Where are you?"),
   c("Hotel. Client call at 10. I said that.", N),
   t("Hotel Wi-Fi, obviously. Not much I can do about hotel Wi-Fi. Anything else?"),
   c("Escalating to my manager.", N)]))

o = c("Hi, I'd like a quote for moving a two-bedroom from Ottawa to Gatineau at the end of June. Just across the bridge, really.", N)
PAIRS.append(gpair("b151g_ottawa_movers_quote", "Moving company, Ottawa ON (phone)", "rude",
  "A shy caller asks for a quote for a short cross-river move in peak season.",
  [o, t("Sure. End of June is busy with the July 1 moves in Quebec, so good that you called now. Which date, and anything big or awkward, like a piano?"),
   c("June 28. No piano, but a sofa bed that's a nightmare. Third floor, no elevator.", N),
   t("Third-floor walk-up with a sofa bed: three movers, about six hours, 1,150 to 1,350. Is that in range for you?"),
   c("Higher than I hoped. A guy on Marketplace said 600.", "too_expensive"),
   t("I understand. The difference is insurance and the Quebec permit. With two movers and you packing the small stuff, it's about 900. Want both options in writing?"),
   c("Yes, send both. I'll decide by the weekend.", "think_it_over")],
  [o, t("Yeah, you and everyone else. End of June. What's the address, quickly?"),
   c("Oh, um, sorry. 22 Holland Avenue, third floor.", N),
   t("Third floor, no elevator, I bet. Great. Anything else, or are you going to spring a piano on me?"),
   c("There's a sofa bed. Sorry. How much would it be?", N),
   t("Fourteen hundred. And no, we don't haggle, before you ask."),
   c("Wow. Okay, I think I'll call someone else.", N)]))
