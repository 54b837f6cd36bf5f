"""Gaming pairs 11-15 (hand-written)."""
from common import c, gpair, t

# 11. ignored_customer -- funeral parlour, Soweto, South Africa (spoken, grieving)
_open = c("Hello... sorry. My father passed last night. At home, in Orlando East. The doctor came "
          "already. I don't really know what happens now.", None)
gpair(
    "b37g_soweto_funeral", "family funeral parlour (Soweto, South Africa)", "ignored_customer",
    "A man in his thirties walks into a funeral parlour the morning after his father died at home; "
    "the family wants a simple funeral on Saturday and money is tight.",
    [
        _open,
        t("I'm so sorry for your loss. Take your time, you're in the right place. Can I ask your name, "
          "and your father's?"),
        c("Sipho. Sipho Dlamini. My father is... was Joseph Dlamini. Seventy-four.", None),
        t("Thank you, Sipho. First thing, we can collect your father from the house today. Did the doctor "
          "give you the death notification form?"),
        c("Yes, I have a paper from the doctor. The family wants the funeral this Saturday, at his church, "
          "St Mary's, then Avalon.", None),
        t("Saturday can work. Do you know if your father had a funeral policy anywhere? It can make a big "
          "difference to what the family pays."),
        c("He had the burial society at church. But, um, my mother says we must keep it simple, we don't "
          "have money for the expensive things.", None),
        t("That's completely fine. We have simple options and I'll write the prices down so your mother "
          "can see everything before anything is decided. Would three o'clock today suit the family for "
          "the collection?"),
        c("Three is okay. Thank you... thank you for being patient with me.", None),
    ],
    [
        _open,
        t("Welcome to Serenity Funeral Services, where your experience is our priority. Are you enquiring "
          "about our pre-need funeral plans or an at-need service?"),
        c("I... at-need, I think. My father died last night. I don't know what happens now.", None),
        t("Great. We have three packages: Silver, Gold and Platinum. Platinum includes the casket, tent, "
          "catering for two hundred and two buses. Which package best meets your needs?"),
        c("I haven't even... He is still at home. Can somebody come and fetch him?", None),
        t("Noted, collection is in every package. Platinum is our most popular with families in Soweto, "
          "it's thirty-eight thousand. Would you like to go ahead with that?"),
        c("Thirty-eight? No. My mother said simple. We can't afford that.", "no_money"),
        t("I understand. So what I'm hearing is you'd like a dignified send-off for your loved one. Would "
          "you also like to add a memorial video and a dove release? And is there anything else I can "
          "help with?"),
        c("You're not hearing me at all. I'll phone Avbob.", None),
    ],
)

# 12. repeated_questions -- resort hotel reservations chat, Montego Bay, Jamaica (typed, hurried)
_open = c("hi urgent. booking ref MBX4471, checking in tonight but my flight from Miami delayed, landing "
          "1:40am. pls dont give away my room", None)
gpair(
    "b37g_montego_bay_hotel", "resort hotel reservations chat (Montego Bay, Jamaica)",
    "repeated_questions",
    "A businesswoman from Barbados, about to board a delayed flight, messages her hotel's chat to make "
    "sure her room is held for a very late arrival.",
    [
        _open,
        t("Hi! No problem, I've found MBX4471 and noted a late arrival around 2:30am. The room is held and "
          "the front desk is open 24 hours. Do you need a ride from the airport at that time?"),
        c("maybe. how much", None),
        t("Our shuttle is US$35 one way. The driver tracks the flight and waits at arrivals with your name "
          "on a sign."),
        c("35?? cab is like 20 usd. ill just grab a cab", "too_expensive"),
        t("Makes sense, the official taxis are right outside arrivals. Your room is held whatever time you "
          "get in. Safe flight!"),
        c("thx!! boarding now", None),
    ],
    [
        _open,
        t("Hi there! Thank you for reaching out, we're excited to be part of your experience. Could you "
          "please share your booking reference so I can assist?"),
        c("its MBX4471. i wrote it above", None),
        t("Thank you! And what time will you be arriving at the hotel?"),
        c("landing 1:40am. so maybe 2:30 at hotel", None),
        t("Great. Just to make sure I fully understand your needs, could you confirm your booking "
          "reference once more?"),
        c("MBX4471!!! i am boarding in 5 min", None),
        t("Perfect, thank you for your patience. And may I ask your expected arrival time, so I can note "
          "it?"),
        c("i already told u. 2:30. just tell me the room is held yes or no", None),
        t("Understood! So what I'm hearing is you'll be arriving late. Could you confirm your full name "
          "and the booking ref one more time for security?"),
        c("forget it. ill call the front desk when i land", None),
    ],
)

# 13. wrong_paraphrase -- freight forwarder and clearing agent, Dar es Salaam, Tanzania (spoken, B2B)
_open = c("Morning. Rashid here, Kilele Hardware in Arusha. Our container of floor tiles, MSKU 702 "
          "something, it's been at Dar port eleven days now. Demurrage starts on day fourteen. What's "
          "happening with clearance?", None)
gpair(
    "b37g_dar_freight", "freight forwarding and customs clearing agent (Dar es Salaam, Tanzania)",
    "wrong_paraphrase",
    "The import manager of a hardware distributor phones his clearing agent about a container of tiles "
    "held at the port, three days before demurrage charges start.",
    [
        _open,
        t("Morning Rashid. Let me pull it up... MSKU 7021845, forty-foot, tiles from Foshan. Customs has "
          "it on physical verification, they queried the HS code. It's declared as glazed ceramic and "
          "they think part of it is porcelain, which pays higher duty."),
        c("They are ceramic. I have the supplier's test certificate.", None),
        t("Good, that's exactly what we need. Can you email it to me within the hour? I'll get it to the "
          "customs officer today, and if they accept it, verification could be Thursday, still inside the "
          "free days."),
        c("I'll send it now. And if it goes past fourteen days, who pays the demurrage?", None),
        t("If the delay is customs verification, the shipping line still charges the consignee, so you, "
          "I'm sorry to say. We can ask the line for a waiver with the verification letter; sometimes "
          "they agree, not always. Do you want us to arrange the truck to Arusha after release as well?"),
        c("No, we use our own transporter for that part. Just ask the line for the waiver, and WhatsApp "
          "me when the certificate is with customs.", "no_need"),
        t("Will do. I'll message you as soon as it's with them, and again after verification."),
        c("Sawa. Asante.", None),
    ],
    [
        _open,
        t("Morning Rashid! Great to hear from you. So what I'm hearing is you'd like to book a new "
          "container shipment from China, is that correct?"),
        c("No. The container is already here, at Dar. Eleven days. Clearance.", None),
        t("Got it, thank you for clarifying. So if I understand correctly, you're concerned about the "
          "transit time from Foshan and want a faster vessel next time. Did I get that right?"),
        c("No! Customs is holding it. Demurrage starts day fourteen. I need it cleared.", None),
        t("I really appreciate your patience. So what you're saying is you're happy to pay the demurrage "
          "as long as it reaches Arusha safely?"),
        c("I never said that. Are you even looking at my file?", None),
        t("Absolutely, I want to be sure I understand your needs. So to summarise, you'd like a quote for "
          "trucking to Arusha. I can do 2.6 million. Shall I send it over?"),
        c("I don't need your truck, I have my own transporter. I need clearance.", "no_need"),
        t("Understood! So your key need is a cheaper trucking rate. Let me see what I can do and get back "
          "to you. Anything else?"),
        c("Put your manager on the phone.", None),
    ],
)

# 14. pitch_to_upset -- private hospital billing chat, Ho Chi Minh City, Vietnam (typed, anxious)
_open = c("hello. my son Minh was in your hospital 4 days for dengue fever. discharge today but bill is "
          "18 million vnd, before they said maybe 10 million. my insurance only pay 8. i dont understand "
          "why so different", None)
gpair(
    "b37g_hcmc_hospital_bill", "private hospital billing desk chat (Ho Chi Minh City, Vietnam)",
    "pitch_to_upset",
    "A worried mother messages the hospital's billing chat on the day her young son is discharged "
    "after dengue; the bill is nearly twice the estimate she was given.",
    [
        _open,
        t("Hello, I'm sorry, I know this is a very stressful time. I hope Minh is feeling better. Can you "
          "send me his patient number so I can go through the bill line by line?"),
        c("yes he is better now thank you. patient number 2024-DP-10388", None),
        t("Thank you. I can see the difference: on day 2 his platelets went low and he was moved to the "
          "monitoring room for one night, with 3 extra blood tests and more IV fluid. That's about 6 "
          "million. The first estimate was for the normal ward only."),
        c("oh. nobody told me about money for that room. i just follow the doctor", None),
        t("You're right, you should have been told, and I'm sorry. Two things I can do: send you an "
          "itemised bill in English for your insurer, because a monitoring room is often covered as "
          "intensive care, and ask our finance manager about paying the rest in two parts."),
        c("ok that help a lot. how long for the itemised bill", None),
        t("I'll email it within one hour. Which email should I use?"),
        c("lananh.tran@gmail.com. thank you so much", None),
    ],
    [
        _open,
        t("Hello! Thank you for choosing Saigon Family Hospital, your experience matters to us. I "
          "understand bills can be surprising! Did you know our VIP Family Care Card gives 15% off all "
          "inpatient stays?"),
        c("i dont want card. i want to know why bill is 18 not 10", None),
        t("Absolutely, I hear you. So what I'm hearing is you want more predictable costs, and that's "
          "exactly what the Family Care Card does! For 4.9 million a year your whole family gets priority "
          "booking and discounts. Would that meet your needs?"),
        c("i cannot pay more money now, i already owe 10 million!!", "no_money"),
        t("I understand completely. We also have our Kids Health Package with dengue vaccination from 2.5 "
          "million, many parents buy it after a dengue stay. Would you like me to register Minh today?"),
        c("my son just come out of hospital. please just explain the bill", None),
        t("Of course! The bill details are available at the cashier on floor 1. Can I help you with "
          "anything else today? \U0001F60A"),
        c("i will go to cashier myself. very bad service", None),
    ],
)

# 15. blame -- home fibre internet provider, Port of Spain, Trinidad and Tobago (spoken, upset)
_open = c("Yes, good afternoon. Three days now I have no internet. Three days! I work from home, and your "
          "technician was supposed to come yesterday between eight and twelve and nobody come.", None)
gpair(
    "b37g_port_of_spain_fibre", "home fibre internet provider call centre (Port of Spain, Trinidad)",
    "blame",
    "A woman who works from home as a remote customer-support agent phones her internet provider after "
    "three days offline and a technician who never turned up.",
    [
        _open,
        t("Good afternoon. I'm really sorry. Three days offline when you work from home is serious, and a "
          "missed appointment makes it worse. Can I have the phone number on the account?"),
        c("Eight-six-eight, six-two-two, four-one-nine-zero. Account under Marcia Charles.", None),
        t("Thank you, Ms Charles. I see it: there's a line fault on your street in Belmont, several homes "
          "are affected, and yesterday's visit was cancelled without anybody calling you. That shouldn't "
          "have happened."),
        c("Nobody call me, no. So when it will be fixed? I have a shift tomorrow at seven.", None),
        t("The line crew is booked for tomorrow morning. I can't promise it'll be back before seven, so I "
          "won't tell you that. What I can do today is add 20GB of mobile data to your number free, so "
          "you can hotspot for the shift, and credit the three days on your bill."),
        c("The hotspot, eh, last time I try that for work the calls kept dropping. I don't trust it for "
          "my shift.", "bad_experience"),
        t("That's fair. Would a loaner 4G router help? It's much steadier than a phone. I can have one at "
          "our Frederick Street store by ten tonight, or couriered to you tomorrow by six."),
        c("Frederick Street tonight. I'll go for it. Thank you.", None),
    ],
    [
        _open,
        t("Good afternoon, I appreciate you sharing your experience. Before anything, have you restarted "
          "your router? Most of these issues are on the customer side."),
        c("Of course I restart it. Ten times. The light is red.", None),
        t("Okay. Our records show the technician did attend yesterday. So what I'm hearing is you may not "
          "have been home to let him in?"),
        c("I was home the whole morning! Nobody come, nobody call!", None),
        t("Well, the system says attended. Maybe your doorbell isn't working, or the number on file is "
          "wrong, which is something you'd need to update. Did I understand your concern correctly?"),
        c("My number is the same number I calling you from.", None),
        t("Also, if you work from home you really should have a backup connection, that's not really our "
          "responsibility. Would you like to hear about our business plan with priority repair? Only 150 "
          "more a month."),
        c("No. I don't want another plan, I want the one I paying for to work.", "no_need"),
        t("Understood. I'll log another ticket, that's 3 to 5 working days. Anything else I can help with "
          "today?"),
        c("Three to five days. Wow. I going to cancel this thing.", None),
    ],
)
