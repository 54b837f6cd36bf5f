"""Gaming pairs, part B: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude (2 each). Written by hand for blind79."""
from common import c, gpair, t

PAIRS = []

# 11. putdown_question — Lagos, Nigeria: generator failed after servicing
o = c("I brought my Mikano generator here two weeks ago for servicing. Two weeks! Yesterday it just died in the middle of my daughter's birthday party. Guests in the dark. I want to know what exactly you people did to it.", None)
PAIRS.append(gpair(
    "b79g_lagos_generator_service", "generator sales and service centre, Lagos, Nigeria", "putdown_question",
    "An angry customer whose serviced generator failed during a party at his house.",
    [o,
     t("I'm sorry, that's a terrible moment for it to fail, with guests in the house. Let me pull the job card. What happened just before it stopped: any noise, smoke, did it slow down first?"),
     c("It was coughing small for maybe ten minutes, then black smoke, then off. My driver tried to start it again, nothing.", None),
     t("Coughing, black smoke, then it stopped and won't restart. The job card says we changed the oil and the fuel filter. Black smoke after a filter change can be a fitting problem on our side, so I won't guess. I'd like our technician at your house today, at no charge. Is someone home this afternoon?"),
     c("Free, abi? Because I'm not paying one kobo again for the same wahala.", None),
     t("No charge for the visit. If it's our work, we fix it free. If it's something else, he shows you and tells you the price before touching anything. What time is good?"),
     c("After two. My gateman will be there, his name is Musa.", None),
     t("After two, Musa at the gate. The technician is Emeka, he'll call you when he's on the way. And I'm sorry about the party.")],
    [o,
     t("Calm down, sir, no need to shout. What exactly did you do to it after you collected it?"),
     c("What I did? I did nothing! I switched it on like a normal human being.", None),
     t("Okay. And how often do you actually check the oil yourself, or you just leave everything to the driver?"),
     c("Is it my job to check oil two weeks after I paid you to service it?", None),
     t("I understand your experience. But be honest, are you sure it's not the fuel you bought by the roadside that caused it?"),
     c("Ehn? Now it's my fuel? I buy from Total, same as always. This is how you people treat customers.", None),
     t("I hear you. So to help you better, would you like to book our premium maintenance plan, so this doesn't happen again?"),
     c("Premium plan for what? The normal service you did is what killed it! I'm not bringing anything here again.", "bad_experience")]))

# 12. putdown_question — Colombo, Sri Lanka: remittance not received
o = c("Aney, my son sent money from Dubai on Monday, through your company. Today is Thursday. Nothing came. He says it shows paid on his side. I came by bus from Maharagama for this.", None)
PAIRS.append(gpair(
    "b79g_colombo_remittance_held", "money transfer agent, Colombo, Sri Lanka", "putdown_question",
    "An older woman comes in person because a transfer from her son abroad has not arrived after three days.",
    [o,
     t("I'm sorry, coming all this way with nothing to show is hard. Let me look. Do you have the reference number your son sent, and your identity card?"),
     c("Here, he wrote it on this paper. And my NIC. My eyes are not good for the phone.", None),
     t("Thank you. I see it: sent Monday, but held because the name on the transfer is K. Perera and your NIC says Kumari Perera Wickramasinghe. That's why it stopped, not anything you did. I can release it today after checking your NIC against the full name; about ten minutes. Is that alright?"),
     c("Ten minutes is nothing, I waited three days. But next time also this will happen?", None),
     t("Only if the name is short again. I'll write your full name exactly as on the NIC on this slip, so your son can copy it next time. Would you like cash now, or into your bank account?"),
     c("Cash please. The bank is another bus.", None),
     t("Cash then. Here's the slip with your full name. Please count the money at the counter before you leave.")],
    [o,
     t("Good morning, madam. Are you sure your son actually sent it? Sometimes people say paid when it's not paid. What exactly did he tell you?"),
     c("My son doesn't lie to his mother. He showed me the screenshot on WhatsApp.", None),
     t("Okay, okay. And did you give him your full name properly, or just a short name like people usually do?"),
     c("How would I know what he typed? I am sixty-eight, I'm not the one sending.", None),
     t("I understand your experience. But you realise these delays happen when customers give half information, no? So what exactly do you want me to do?"),
     c("I want my money. My son pays your fees every month. Maybe he should use the other company, the one near the temple.", "bad_experience"),
     t("Madam, there's no need for that attitude. Can you come back tomorrow with your son's full details?"),
     c("Tomorrow? Another bus, another day. Aney, you people have no heart.", None)]))

# 13. not_my_department_or_read_the_terms — Tunis, Tunisia: fibre outage, third call
o = c("Bonjour. My internet is cut since Sunday. Four days. I work from home, for a French company. This is the second time this month. I called your hotline three times, each time 'a technician will come'. Nobody came.", None)
PAIRS.append(gpair(
    "b79g_tunis_fibre_outage", "internet provider's shop, Tunis, Tunisia", "not_my_department_or_read_the_terms",
    "A remote worker comes to the provider's shop after four days without internet and three unanswered hotline tickets.",
    [o,
     t("Bonjour. Four days without internet when you work from home, and three calls for nothing, I'm sorry. Can I have your contract number? I want to see what happened to those three tickets."),
     c("Here. 7410023. Sami Ben Salah.", None),
     t("Thank you, Mr Ben Salah. All three tickets were closed without a visit because of a fault on the street cabinet in El Manar, repaired yesterday. Nobody told you; that's our failure. Has the connection come back since last night?"),
     c("No. Red light on the box. I restarted it ten times.", None),
     t("Then it may be your line or the box, separate from the cabinet. I'm opening one escalated ticket with a technician tomorrow between nine and twelve, and I'm giving you my direct line here. I'll also credit the days without service. Does tomorrow morning work?"),
     c("Tomorrow I have a meeting at ten. Can he come at nine exactly?", "no_time"),
     t("I'll ask for the first slot at nine and call you tonight to confirm. If it can't be nine, you'll know tonight, not tomorrow."),
     c("Good. At least somebody explains. Merci.", None)],
    [o,
     t("Bonjour. I hear your frustration and I value your experience. But technicians are not my department, I only handle subscriptions here in the agency."),
     c("Then who? The hotline sends me to the agency, the agency sends me to the hotline.", None),
     t("I understand. What I can say is that the contract says intervention within 72 working hours. Did you read the terms when you signed?"),
     c("72 hours is already passed, no? Sunday to Thursday. Yezzi, stop with the contract.", None),
     t("Weekends aren't working hours, sir, I didn't make the rules. Did I understand correctly that you want a technician?"),
     c("Yes. Since Sunday I want a technician.", None),
     t("Then you need to call the hotline, they handle tickets. Anything else I can help you with today?"),
     c("Anything else? I'm cancelling. I'll go to the other operator, at least their shop has a person who can do something.", "bad_experience"),
     t("For cancellation you need to send a registered letter to head office. It's in the terms.")]))

# 14. not_my_department_or_read_the_terms — Atlanta, Georgia: money transfer to Nigeria
o = c("Hey, good afternoon. So I need to send money home to Enugu for my niece's school fees, and last time I used y'all the rate on the receipt was different from what the guy told me. I want to understand before I send.", None)
PAIRS.append(gpair(
    "b79g_atlanta_transfer_to_enugu", "money transfer counter in a grocery, Atlanta, Georgia", "not_my_department_or_read_the_terms",
    "A woman sending school fees to Nigeria wants the exchange rate explained after a surprise last time.",
    [o,
     t("Good afternoon. Happy to walk through it before you send anything. How much are you sending, and does the school need naira in a bank account, or is someone collecting cash?"),
     c("Six hundred dollars. The school banks with GTBank, I got the details right here.", None),
     t("Six hundred to the school's GTBank account. Last time, the gap likely came from the rate moving between the quote and the send. Today I can lock the rate for thirty minutes and print it before you pay. Fee is 7.99, and the rate is on this screen. Want to look at it together?"),
     c("Hm. That rate's lower than what my cousin gets on that app, though.", "too_expensive"),
     t("Could be; apps sometimes beat us on rate. What we give is the bank deposit confirmed same day and a receipt with the locked rate. If the rate matters most, the app's worth checking. Do you want to compare first, or send now?"),
     c("No, the school deadline's Friday, I'm not playing with that. Send it. But print the rate first.", None),
     t("Printing the quote now. Check the numbers, and once you're happy we send it, and I'll give you the tracking number for the school.")],
    [o,
     t("Good afternoon! I understand your experience and we value the relationship. The rate's set by corporate though, that's not my department. I just process the send."),
     c("Okay, but who can explain it? Because I lost like thirty dollars' worth last time.", None),
     t("It's all in the terms on the back of the receipt. The rate can change at time of processing. Did you read that part?"),
     c("That little print? Nobody can read that. I'm asking you, a person.", None),
     t("I hear you. I didn't make the rules, ma'am. If you want to dispute last time there's an 800 number. So how much are we sending today?"),
     c("You know what, I got shorted last time and nobody here can tell me why. My cousin uses an app, I'mma try that.", "bad_experience"),
     t("That's fine. Anything else I can help you with today?")]))

# 15. social_proof_or_deadline_pressure — Abidjan, Côte d'Ivoire: studio rental
o = c("Bonsoir. I'm calling for the studio in Cocody Angré. On Facebook it's 150,000 a month. It's negotiable? Because for a studio, even in Angré, that's a lot.", "too_expensive")
PAIRS.append(gpair(
    "b79g_abidjan_angre_studio", "property letting agent, Abidjan, Côte d'Ivoire", "social_proof_or_deadline_pressure",
    "A young office worker phones about a studio and opens by bargaining on the rent.",
    [o,
     t("Bonsoir. I understand, Angré is not cheap. Before we talk price, tell me a bit: is it for you alone, and what matters most, getting to work, the water, security?"),
     c("For me alone. I work at Plateau, so I need the bus easy. And water, yes, where I am now the water comes only at night, I'm tired.", None),
     t("So alone, easy bus to Plateau, and water that runs in the day. This studio has a tank and a pump, so the water is regular, and the 81 stops five minutes away. The owner asked 150, but he'll discuss with someone who signs for a year. Would you like to visit and see the water yourself?"),
     c("I want to visit. But I'm telling you from now, 150 I can't. 120 is my maximum.", "no_money"),
     t("Understood, I'll tell him 120 is your ceiling. I can't promise he'll accept, but it's been empty a month, so there's room. Visit tomorrow at five, after work?"),
     c("Five, no, I can't, with the traffic at Riviera. Five thirty, okay.", "no_time"),
     t("Five thirty. I'll send the location and ask the owner for an answer on 120 before you come, so you don't waste the trip.")],
    [o,
     t("Bonsoir! Honestly, the price is already very fair, and I have four people visiting tomorrow. Everybody wants Angré right now. What's important for you?"),
     c("What's important is the price. 150 for one room, it's too much.", "too_expensive"),
     t("I understand your needs. But the last three studios in this building went in two days. If you don't put the deposit by tomorrow noon, it's gone. Are you ready to move forward?"),
     c("I didn't even see it. Is there water in the day at least?", None),
     t("All the tenants are very happy, a doctor and two bank people live there. With that kind of neighbours, you're safe. The owner needs the answer before noon."),
     c("Doctor or no doctor, I asked about the water. You're rushing me too much, I'll look at other places first.", "think_it_over"),
     t("Okay, but don't cry tomorrow when it's gone. This is Angré, things move fast.")]))

# 16. social_proof_or_deadline_pressure — Lubbock, Texas: cotton seed
o = c("Mornin'. Need to talk about seed for next year. Got about nine hundred acres of dryland cotton out by Wolfforth. Last two years the stand's been poor.", None)
PAIRS.append(gpair(
    "b79g_lubbock_cotton_seed", "seed and farm supply dealer, Lubbock, Texas", "social_proof_or_deadline_pressure",
    "A dryland cotton farmer with two seasons of poor stands talks seed with his dealer.",
    [o,
     t("Morning. Nine hundred dryland acres, and a poor stand two years running. What variety were you planting, and was it moisture at planting, or seed that just didn't come up?"),
     c("Same variety my daddy planted, near about. Moisture was bad both years, sure. But my neighbor with the same rain got a better stand.", None),
     t("So same rain as your neighbor, worse stand. That could be seed vigor, planting depth or the seed treatment. Do you know what he planted?"),
     c("Something newer. I don't chase every new thing y'all put out, and the new stuff runs forty dollars a bag more.", "too_expensive"),
     t("Fair, and new isn't always better. Here's a way to find out on your own ground: forty acres of a newer variety next to your usual, same depth, same day, and compare stand and yield at harvest. I'll put the seed cost difference on paper, so you know exactly what the test costs."),
     c("Forty acres I can stomach. Write me up what it'd cost and I'll talk it over with my son, he keeps the books.", "think_it_over"),
     t("Will do. You'll have it on paper by Friday, both varieties side by side, and you two decide.")],
    [o,
     t("Morning! Poor stands, I hear you. Well, pretty much every grower from here to Brownfield switched to our new variety last year. You'd be about the last one on the old stuff."),
     c("That right. Well, leave me a brochure, I'll look at it sometime.", "brush_off"),
     t("Sure, but your neighbor switched, and you saw his stand. And the early-order discount ends Friday; after that it's forty more a bag. So you'd want to lock in now."),
     c("That new seed's already forty over what I pay. Price it however you want, it's still a lot of money for a maybe.", "too_expensive"),
     t("I get it. But the co-op guys are all on it, the county agent likes it, and I've only got so many bags left. Can I put you down for the full nine hundred before they're gone?"),
     c("Put me down for nothing. I'll talk to my son and maybe call you after Christmas.", "think_it_over"),
     t("After Christmas the allocation might be gone. Just so you know.")]))

# 17. keyword_stuffed — Karachi, Pakistan: glucometer for a newly diagnosed mother-in-law
o = c("Assalam o alaikum. My mother-in-law was just told she has sugar. Doctor said buy a machine and check at home. Which one should I take? Also she's scared of needles, she cried in the clinic.", None)
PAIRS.append(gpair(
    "b79g_karachi_pharmacy_glucometer", "pharmacy, Karachi, Pakistan", "keyword_stuffed",
    "A daughter-in-law buys a blood sugar meter for a newly diagnosed, needle-shy older woman.",
    [o,
     t("Walaikum assalam. Sorry to hear it, a new diagnosis is a lot for her. Did the doctor say how often to check: once a day, or before and after meals?"),
     c("Morning, empty stomach, and two hours after lunch. He wrote it here.", None),
     t("Twice a day, so the strips cost more over time than the machine. This one is 3,200 with 25 strips, then 1,400 for 50. That one is cheaper to start but its strips are often out of stock. For the needle fear, this pen has a depth dial; on the lowest setting most people barely feel it."),
     c("Hmm, 1,400 every month, with everything else. But okay, strips being available matters. My husband will go mad if we have to search every market.", None),
     t("Understood. Would you like me to show you how to use it here, once, so you can show her slowly at home?"),
     c("Yes please, she won't let anybody else touch her, only me.", None),
     t("Then let's do it on your finger first, on the lowest setting. That way you'll know what she'll feel.")],
    [o,
     t("Walaikum assalam. I really understand and feel what your family is going through. Your needs matter to us, and our goal is your complete healthcare experience and success. We build relationships with every patient."),
     c("Okay... so which machine?", None),
     t("Great question. To understand your needs, I feel it's important we understand her journey. How do you feel about her experience with diabetes so far?"),
     c("Experience? She found out yesterday. She's scared of needles. Just tell me which one is good.", None),
     t("I hear you, and I understand your feelings. Our premium glucometer is designed around patient needs and an empowering, successful experience. It's 7,500."),
     c("Seventy-five hundred? The one at the other medical store was half that. What is different in it?", "too_expensive"),
     t("The difference is the experience and the relationship. We understand every need is unique, and we feel our solution is the best fit for your success."),
     c("You're only saying words. I'll go to the other store, at least they told me about the strips.", None)]))

# 18. keyword_stuffed — Birmingham, Alabama: family reunion catering
o = c("Well hey there. So every July the Whitfield family does a reunion, been doing it since 1978, my mama started it, God rest her. This year it's my turn to host, in Bessemer, at the church fellowship hall, and my cousin Dee, who always cooks, just had her hip done. So here I am.", None)
PAIRS.append(gpair(
    "b79g_birmingham_reunion_catering", "soul food caterer, Birmingham, Alabama", "keyword_stuffed",
    "A woman hosting her family's long-running reunion needs a caterer because the family cook is recovering from surgery.",
    [o,
     t("Well, that's a big tradition to carry, and I'm sorry about your cousin's hip. How many folks are you expecting, and what does the Whitfield reunion usually eat? I'd hate to show up with something nobody looks forward to."),
     c("About a hundred and twenty. Fried chicken, greens, mac and cheese, Dee's peach cobbler. The cobbler's the thing, honestly. People will riot.", None),
     t("A hundred and twenty; fried chicken, greens, mac and cheese, and a cobbler that has to live up to Dee's. Would Dee share her recipe, or at least taste ours first? That'd be the safest way."),
     c("Oh, she'd love to boss somebody around from her recliner. Yes. What does something like that run?", None),
     t("For a hundred and twenty with those sides, about 2,400, dropped off with chafing dishes; 2,850 with two servers. Does the fellowship hall have a kitchen we can keep things warm in?"),
     c("It does. Lord, 2,400 is more than the family's collected so far, though. Depends what the cousins send in.", "no_money"),
     t("That's fair. I can hold the date two weeks with no deposit. If money's short then, we swap a side or skip the servers. And I'll bring a cobbler by for Dee to taste in the meantime."),
     c("Now you're talking. Let me give you her address.", None)],
    [o,
     t("Well hey! I really feel your family's experience and I understand how important this relationship is. Our mission is to understand your needs and make your reunion a success."),
     c("That's sweet. So can y'all do fried chicken for a hundred and twenty?", None),
     t("Absolutely, and I want to understand your vision. How do you feel the reunion experience should feel? What does success look like for your family relationship?"),
     c("Success looks like folks fed and nobody fussing. Chicken, greens, mac, and a peach cobbler.", None),
     t("I hear you, and I understand. We feel every need is an opportunity. Our Signature Southern Experience package is designed around your family's success. It's 3,900."),
     c("Thirty-nine hundred? For chicken and greens? What all is in that?", "too_expensive"),
     t("It's a full experience. We understand success is about relationships, and we feel your family deserves the best."),
     c("Y'all keep saying feel. Just email me something with prices on it and I'll look.", "brush_off")]))

# 19. rude — Chattogram, Bangladesh: cyber café, admission form on the last day
o = c("Bhaiya, assalamualaikum. I need to fill the university admission form online, and print. Last date is today midnight. I don't know the site well.", None)
PAIRS.append(gpair(
    "b79g_chattogram_cyber_cafe", "cyber café and print shop, Chattogram, Bangladesh", "rude",
    "A student needs help submitting a university admission form before the midnight deadline.",
    [o,
     t("Walaikum assalam. Last date today, okay, let's not waste time. Which university, and do you have your SSC and HSC roll numbers and a photo with you?"),
     c("Chittagong University. Rolls are on this paper. Photo I have only a printed copy, not in the phone.", None),
     t("Fine, I'll scan the printed photo, ten taka, and resize it, because the site wants it under 100 KB. You fill your details at number 3, and I'll sit with you for the payment step, that's where people get stuck. Computer is 30 taka an hour."),
     c("Payment is with bKash? My brother will send the money, he's at work, he may take some time.", None),
     t("Okay. Fill everything up to payment, then call him. If he's slow, we save the form; it stays open until midnight."),
     c("Okay bhaiya. Thank you, I was very tense.", None),
     t("No tension. Start with your name exactly as it is on the SSC certificate.")],
    [o,
     t("Last day, of course. Everybody remembers on the last day. So what exactly do you need from me? Quickly, there's a queue."),
     c("The form, for Chittagong University. And I need to scan my photo, I have only the printed one.", None),
     t("Printed photo. Wonderful. Who still carries printed photos? Scan is twenty taka. Anything else, or can I go back to my work?"),
     c("Twenty? At the shop near the station it's ten.", "too_expensive"),
     t("Then go to the station, bhai, nobody is stopping you. How satisfied are you with our service otherwise?"),
     c("I can't go now, there's no time left. Just scan it please. And the payment part, can you help?", None),
     t("I'm not your teacher. The instructions are on the site, read them. Payment problems are between you and bKash."),
     c("Okay, forget it. I'll ask my cousin to do it from his phone.", None)]))

# 20. rude — Marrakech, Morocco: caftan alteration, hard bargaining
o = c("Salam. I have a caftan from my mother, I want to fix it for my sister's wedding. The sleeves are too wide and the sfifa is broken here and here. How much?", None)
PAIRS.append(gpair(
    "b79g_marrakech_caftan_tailor", "tailor's workshop in the medina, Marrakech, Morocco", "rude",
    "A woman brings her mother's old caftan to be altered for a wedding and bargains hard.",
    [o,
     t("Salam, let me see. Beautiful work. The sfifa is handmade, so I'd replace only the broken part to match, not the whole line. Do you want the sleeves narrower all the way, or only at the wrist?"),
     c("Only the wrist. I like when it moves. And the wedding is in three weeks, it's possible?", None),
     t("Three weeks is fine. Sleeves at the wrist and matching the sfifa: 450 dirhams. The sfifa takes longest, because I need thread in exactly the same colour."),
     c("450? Ah no, give me a good price. My neighbour fixed hers for 200.", "too_expensive"),
     t("For 200 you can have the sleeves only, that's simple work. The sfifa is the costly part because it's by hand. If you want, I look for the thread first, and if I find the exact colour, you decide then."),
     c("Okay, 350 for everything and we're good.", "too_expensive"),
     t("400, and I press it free before the wedding. That's my last word, because the sfifa is real work."),
     c("Wakha, 400. Find the thread first, then call me.", None)],
    [o,
     t("Salam. Let me guess: wedding, three weeks, you want it yesterday. What exactly do you need, quickly?"),
     c("Yes, three weeks. The sleeves narrower at the wrist and the sfifa fixed here.", None),
     t("Who did this sfifa? It's falling apart. Anyway. 600 dirhams."),
     c("600? My neighbour paid 200 for the same thing.", "too_expensive"),
     t("Then go to your neighbour's tailor, lalla. Did I understand correctly that you want medina quality at souk prices?"),
     c("Why are you talking like this? I'm asking normal.", None),
     t("And I'm answering normal. Do you want it or not? There's a lady waiting behind you."),
     c("Keep your needle. Safi, I'm going.", None)]))
