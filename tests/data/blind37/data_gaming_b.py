"""Gaming pairs 6-10 (hand-written)."""
from common import c, gpair, t

# 6. putdown_question -- restaurant POS vendor, Bangkok, Thailand (spoken, B2B, expert customer)
_open = c("Hi, sawasdee ka. I run two noodle shops in Ari. Our POS now, when the internet drops, the "
          "kitchen printer stops and we lose orders. I want to know if yours works offline. Properly "
          "offline, not 'sort of'.", None)
gpair(
    "b37g_bangkok_pos", "point-of-sale systems for restaurants (Bangkok, Thailand)", "putdown_question",
    "The owner of two noodle shops, who trained as a computer engineer, visits a POS vendor's stand; "
    "her current system stops kitchen printing whenever the internet drops at lunch.",
    [
        _open,
        t("Sawasdee ka. Fair question, so I'll be straight. Ours sends orders to the kitchen printer over "
          "the shop's own network, so if the internet drops, the tablets and the printer keep going. "
          "What doesn't work offline is QR payment and the delivery-app orders. How often does it drop "
          "for you?"),
        c("Two, three times a week, always at lunch rush. Ten, fifteen minutes each time.", None),
        t("Then local printing would cover you. What printers do you have in the kitchen now?"),
        c("Epson TM-T82, the network model. Two of them.", None),
        t("Those work with us, so no new printers. Would you like to try it in one shop for two weeks? "
          "We set up after closing, and you can pull the router plug during lunch and see for yourself."),
        c("Okay, two weeks in the Soi 1 shop. The trial costs something?", None),
        t("The trial is free. If you stay it's 890 baht a month per shop, no contract. I'll send you "
          "setup dates on Line this afternoon."),
        c("Okay, send on Line. Khob khun ka.", None),
    ],
    [
        _open,
        t("Sawasdee ka! Great to connect. Can I ask, do you actually know the difference between offline "
          "mode and local network mode? Most restaurant owners don't."),
        c("Yes, I know. I studied computer engineering. That's why I'm asking so specifically.", None),
        t("Okay! Then I'm sure you realise no POS is truly offline, right? Have you considered that the "
          "real problem might be your router and not your POS?"),
        c("The router is fine. The problem is the POS needs internet to print to the kitchen.", None),
        t("Interesting. Have you tried actually reading the setup guide from your current provider? A lot "
          "of issues turn out to be user error. What would success look like for you?"),
        c("Success is a straight answer. The last POS salesman also promised me it works offline, and it "
          "didn't. I'm not paying for another one like that.", "bad_experience"),
        t("I hear your experience. But don't you think it's a bit unfair to judge us by another company? "
          "Would you like to book a demo, so you can see how easy it is even for non-technical owners?"),
        c("No. I'll look somewhere else.", None),
    ],
)

# 7. not_my_department_or_read_the_terms -- parcel courier chat, Penang, Malaysia (typed, upset)
_open = c("hello. my parcel tracking say delivered yesterday 3pm but my mother never receive anything. "
          "she was at home whole day. tracking no PN88231904MY", None)
gpair(
    "b37g_penang_courier", "parcel courier customer chat (Penang, Malaysia)",
    "not_my_department_or_read_the_terms",
    "A woman in Penang sent a birthday present to her mother in Ipoh; tracking says delivered with a "
    "photo, but the mother never got it. She writes to the courier's web chat, upset.",
    [
        _open,
        t("Hi, sorry to hear that, let me check now. I see it marked delivered at 3.04pm with a photo. "
          "Can I confirm the address is No. 14, Jalan Raja Ekram, Ipoh?"),
        c("yes correct. the photo show what?", None),
        t("The photo shows a green gate and the parcel on a bench. Is your mother's gate green?"),
        c("no lah her gate is white. so your rider sent to wrong house?? inside got her birthday present",
          None),
        t("It looks like it, I'm sorry. I've opened an urgent trace with the Ipoh rider team, case "
          "TR-55102. They'll call the rider today and check the houses nearby. I'll update you here by "
          "6pm, and if it isn't found in 3 working days you can claim the declared value."),
        c("ok. pls really update me ah, the birthday is sunday", None),
        t("Noted, Sunday. I'll message you before 6pm even if there's no news yet."),
        c("ok thanks", None),
    ],
    [
        _open,
        t("Hi! Thank you for contacting us, we value your experience. As per our Terms & Conditions "
          "clause 7.2, once a parcel is marked delivered with photo proof, delivery is deemed complete. "
          "Have you read our T&Cs?"),
        c("what?? the photo is not even my mother house. the gate is different colour", None),
        t("I understand your frustration. Unfortunately delivery disputes are handled by the Ipoh hub, "
          "not customer service. You may contact them at 05-241 8800 during office hours. Is there "
          "anything else I can assist with?"),
        c("i called them already this morning, they said call customer service!!!", None),
        t("So what I'm hearing is you've had a difficult experience. As stated in our FAQ, claims must be "
          "submitted through the online form within 7 days, with a police report for items above RM200. "
          "Did I understand your situation correctly?"),
        c("police report?? for a birthday present?? forget it, next time i use other courier", None),
        t("We're sorry to hear that. Your feedback helps us improve. Would you like to rate your chat "
          "experience today?"),
        c("1 star. bye", None),
    ],
)

# 8. social_proof_or_deadline_pressure -- neighbourhood gym, Tampines, Singapore (typed, retiree)
_open = c("Hi, saw your flyer at Tampines Hub. How much is the membership ah? Doctor say I must do "
          "strength training for my knee. Not so young already, 58.", None)
gpair(
    "b37g_tampines_gym", "neighbourhood gym chain, WhatsApp enquiries (Singapore)",
    "social_proof_or_deadline_pressure",
    "A recently retired man, careful with money, messages a gym on WhatsApp after his doctor told "
    "him to do light strength work for a bad knee.",
    [
        _open,
        t("Hi uncle, thanks for messaging! Basic is $89/month, no lock-in. Off-peak (weekdays before 5pm) "
          "is $59. Did the doctor say anything specific about what your knee can or can't do?"),
        c("Doctor say no running, no jumping. Light leg press ok, cycling ok. I retired already so "
          "anytime also can go.", None),
        t("Then off-peak at $59 fits you, since you're free in the day. There's also a free 30-min intro "
          "with a trainer who'll show you knee-safe exercises. Want to come try once before signing "
          "anything?"),
        c("$59 still a bit much leh. The CC gym at Our Tampines Hub only $2.50 per entry.",
          "too_expensive"),
        t("That's true, and the CC gym is a good option if you're fine on your own. What you'd get here is "
          "the trainer intro and the 10am stretch & strength class. Maybe try the free session first, "
          "then decide which makes more sense for you?"),
        c("Ok can. Thursday morning?", None),
        t("Thursday 10am is open, I've booked you. Just bring shoes and a towel. See you!"),
        c("ok thank you \U0001F44D", None),
    ],
    [
        _open,
        t("Hi uncle! Great timing \U0001F525 Our mega promo ends TONIGHT at midnight: $69/month on a "
          "24-month plan, and over 3,000 Tampines residents signed up this month! What's driving your "
          "fitness journey?"),
        c("Wah 24 months. I don't know if my knee can take it, want to try first and see how.",
          "think_it_over"),
        t("Totally understand! But honestly most members your age said the same thing and now they come "
          "5 times a week. Promo slots are almost gone, only 4 left. Can I lock one in for you now?"),
        c("Aiyo, $69 times 24 is more than $1,600. I retired already, where got money for that.",
          "no_money"),
        t("I hear you! So what I'm hearing is value matters to you. That's why this is the best deal of "
          "the year, tomorrow it goes back to $99. Even Mr Lim from Block 201 signed up yesterday! Shall "
          "I send the payment link?"),
        c("Don't know who is Mr Lim. No need to send anything, thanks.", "brush_off"),
        t("No worries uncle! Anything else I can help with? Remember, midnight tonight \u23F0"),
        c("bye", None),
    ],
)

# 9. keyword_stuffed -- fertiliser and agro-input supplier, Mbale, Uganda (spoken, B2B)
_open = c("Hello, this is Wamono from Bugisu Hill Farmers Cooperative. We need to talk about the order "
          "for the long rains. But first, the last delivery, some bags were caked like stone, and the "
          "farmers are complaining.", None)
gpair(
    "b37g_mbale_fertiliser", "fertiliser and agro-input wholesaler (Mbale, Uganda)", "keyword_stuffed",
    "The chairman of a coffee farmers' cooperative phones the cooperative's fertiliser supplier about "
    "caked bags in the last delivery and the order for the coming rains.",
    [
        _open,
        t("Hello Mr Wamono, thanks for calling. I'm sorry about the caked bags. How many were affected, "
          "and were they kept in the cooperative store or at the farmers' homes?"),
        c("About forty out of three hundred. They were in our store, the one with the iron roof, but some "
          "were near the wall where rain comes in.", None),
        t("Okay. Caking usually comes from moisture, so the wall may be part of it, but forty is a lot and "
          "I want our quality people to see them. Can you keep two bags aside? Someone from our Mbale "
          "depot can come on Tuesday, and if it's our packing, we replace them."),
        c("Tuesday is fine. Now for the long rains we need six hundred bags of NPK, delivered by end of "
          "February, not after.", None),
        t("End of February is possible if we confirm by the twentieth of January. Do you want it in one "
          "lot, or split so less sits in the store?"),
        c("Split is better, three hundred and three hundred. But the price. Last season it was 185,000 a "
          "bag, now I hear 210. That is too much for our members.", "too_expensive"),
        t("It is 210 now, the import cost went up. What I can do is the cooperative rate of 198 if the "
          "six hundred is confirmed before the twentieth. I'll send it in writing today."),
        c("Send it. I will take it to the committee on Saturday.", "think_it_over"),
    ],
    [
        _open,
        t("Hello Mr Wamono! Thank you so much for reaching out. Our relationship with Bugisu Hill is so "
          "important to us, and I really want to understand your experience and your needs today."),
        c("Yes, the caked bags. Forty bags, hard like stone.", None),
        t("I really hear you, and I want to acknowledge that experience. Your success is our success, and "
          "understanding your needs is our priority. So what I'm hearing is that quality matters to you, "
          "is that right?"),
        c("Of course quality matters. Are you going to replace the forty bags or not?", None),
        t("That's a great question, and I appreciate you sharing that need. We value a partnership where "
          "your members' success and satisfaction drive everything we do. How would you describe your "
          "ideal experience with a supplier going forward?"),
        c("My ideal is a supplier who answers questions. We need six hundred bags before end of "
          "February.", None),
        t("Wonderful, I love that you're sharing your vision. Let's explore that journey together. What "
          "does success look like for your cooperative this season, and how can we add value to your "
          "needs?"),
        c("Just email me your price list. I will see.", "brush_off"),
    ],
)

# 10. rude -- city council water billing counter, Bulawayo, Zimbabwe (spoken, upset)
_open = c("Sawubona. I have come about this bill. One hundred and eighty US dollars! We have had no water "
          "in Nkulumane for three weeks, we are buying from the bowser, and you send me this?", None)
gpair(
    "b37g_bulawayo_water_bill", "city council water billing counter (Bulawayo, Zimbabwe)", "rude",
    "A woman queues at the municipal revenue hall with a large estimated water bill, after three weeks "
    "of water cuts in her suburb during which she has been buying water from a bowser.",
    [
        _open,
        t("Sawubona, Mama. I can see why you're upset, that's a big bill for no water. Let me look. Can I "
          "have your account number? It's on the top right."),
        c("Here. 4471-092. Every month it is the same story.", None),
        t("Thank you. I see the problem: nobody has read your meter since August, so the system has been "
          "estimating from last year's use. That's why it's so high. I can request a physical reading "
          "this week and reverse the estimated charges once it's done."),
        c("And how long does that take? Last time I came here they told me the same thing and nothing "
          "happened.", "bad_experience"),
        t("That's fair, and I'm sorry. This time I'm writing the request number on your bill, WR-2291, "
          "and the reading is due by Friday. If nobody comes, bring it straight back to me at desk three "
          "and I'll take it to the supervisor."),
        c("Desk three. What is your name?", None),
        t("Thandiwe. And until it's sorted you don't need to pay the estimated part, only the twelve "
          "dollar fixed charge, so no penalties build up."),
        c("Alright, twelve dollars I can do. Ngiyabonga.", None),
    ],
    [
        _open,
        t("Account number. And I didn't make the bill, so lower your voice. What is your concern?"),
        c("My concern? There is no water! Three weeks! Here, 4471-092.", None),
        t("Okay. It's estimated. Everyone's bill is estimated. So what I'm hearing is you don't understand "
          "how estimates work, correct?"),
        c("I understand that I am paying for water I did not get!", None),
        t("Mama, I have forty people behind you. You pay the bill or you get disconnected, simple. Any "
          "other questions about your experience today?"),
        c("Disconnected? I want to see your supervisor.", None),
        t("The supervisor is at lunch. You can wait over there or fill this dispute form, it takes six to "
          "eight weeks. Anything else?"),
        c("Six weeks. You people. Give me the form.", None),
    ],
)
