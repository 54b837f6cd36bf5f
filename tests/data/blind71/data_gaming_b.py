"""Gaming pairs B (b71): kinds 11-15, then second examples of kinds 1-5."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer
o = c("Hello. I run a small café in Mangwon-dong. My landlord sent a notice that he will not renew the lease next "
      "year. I was told you handle these cases. I am not sure I even have a case.", None)
PAIRS.append(gpair(
    "b71g_seoul_cafe_lease", "Law firm (commercial leases), Seoul (South Korea)", "ignored_customer",
    "A café owner whose landlord refuses to renew after six years asks whether she has any protection.",
    [o,
     t("Hello, thank you for coming in. Let's find out together. How long have you had the café, and when does "
       "the current lease end?"),
     c("Six years in March. The lease ends in August. At the start I spent almost 80 million won on the "
       "interior.", None),
     t("Six years, ending in August, and a large investment in the interior. Did the notice give a reason?"),
     c("He says he wants to rebuild. But the neighbour told me he wants to rent it to a franchise for more.", None),
     t("That difference matters. Tenants have renewal rights for up to ten years, and a rebuilding claim must "
       "meet specific conditions; there are also rules on the premium from a new tenant. I'd need to read the "
       "lease and the notice before saying more. Do you have them with you?"),
     c("I have photos on my phone. But I worry about the cost. A lawsuit I cannot afford, honestly.", "no_money"),
     t("That's a fair worry, and most of these cases never reach court. A first review is a fixed 300,000 won, "
       "and I'll tell you then whether a letter from us is likely to be enough. Shall I look at the photos now?"),
     c("Yes, please. Thank you.", None)],
    [o,
     t("Welcome. So tell me, what would success look like for you?"),
     c("I want to stay. Six years I built this café. And I spent almost 80 million won on the interior.", None),
     t("I understand. Let me explain our services: full litigation packages for lease disputes start at 5 "
       "million won, with a dedicated lawyer and monthly updates."),
     c("Five million... Honestly, I cannot pay that. I hoped maybe a letter would be enough?", "no_money"),
     t("Great question. Did the landlord give a reason in the notice?"),
     c("He says rebuilding. But my neighbour says he wants a franchise that pays more rent.", None),
     t("Okay. Our litigation package starts with a formal complaint to the court; we usually recommend filing "
       "early. Do you have any other questions for me?"),
     c("I asked about the letter. And what about the money I spent on the interior?", None),
     t("Thank you for raising that. So the next step is the engagement letter and the retainer. How satisfied "
       "are you with our conversation today?"),
     c("I will think about it. I would like to ask another office also.", "think_it_over")]))

# 12. repeated_questions
o = c("Hej, I'm opening a café near Möllevången in three weeks and I'm looking for someone to deliver bread and "
      "buns every morning. A friend said you supply a few places.", None)
PAIRS.append(gpair(
    "b71g_malmo_cafe_bread", "Wholesale bakery supplying cafés, Malmö (Sweden)", "repeated_questions",
    "A first-time café owner with a small child and a tight budget looks for a morning bread supplier.",
    [o,
     t("Hej, congratulations on the café! We do, about twenty places. What are you planning to serve, and "
       "roughly how much a day?"),
     c("Sourdough for toast and sandwiches, maybe six loaves. Cardamom buns, thirty to start. And one vegan bun, "
       "there are lots of students around.", None),
     t("Six sourdough, thirty cardamom, a vegan option for the students. What time do you open, and is someone "
       "there early to take the delivery?"),
     c("We open at eight. I'm there from seven, not earlier, I have a small kid.", None),
     t("Our van passes Möllevången between half six and quarter past seven, so we'd put you at the end, around "
       "seven. Sourdough is 48 kronor a loaf, buns 14 each over twenty a day, no minimum term, and you can change "
       "quantities by two the day before."),
     c("Fourteen. The bakery on the corner said twelve.", "too_expensive"),
     t("They may well be cheaper. Ours are baked at four the same morning, with butter. Taste ours next to "
       "theirs before you decide. Shall I bring a box on Thursday, vegan bun included?"),
     c("Okay, that's fair. Thursday, around half seven.", None)],
    [o,
     t("Hej, and congratulations! So tell me a bit about what you need from a bakery partner?"),
     c("Sourdough, six loaves a day, and thirty cardamom buns. Plus a vegan bun, it's a student area.", None),
     t("Lovely. And in terms of products, what would you be looking to order from us?"),
     c("Um, like I said, sourdough and cardamom buns. And something vegan.", None),
     t("Got it. And what kind of range are you picturing for the café, bread-wise and pastry-wise?"),
     c("The same as I just said? Sourdough. Buns. Vegan.", None),
     t("Perfect. And delivery, what time suits you? And just so I fully understand your needs, which items "
       "would you want every day?"),
     c("Seven. All of them. Sorry, the electrician is here, I don't have time to go through it all again.",
       "no_time"),
     t("Of course! Just before you go, what are the main products you'd like a quote on?"),
     c("Sourdough. And buns. Bye.", None)]))

# 13. wrong_paraphrase
o = c("Hello. Our support contract with you ends in May. Before we renew, I want to talk about response times. "
      "They have not been good.", None)
PAIRS.append(gpair(
    "b71g_helsinki_support_renewal", "IT support company, Helsinki (Finland)", "wrong_paraphrase",
    "The office manager of a six-person accounting firm raises slow ticket handling before renewing.",
    [o,
     t("Hello, thank you for raising it before the renewal rather than after. Which tickets were slow? Can you "
       "give me an example?"),
     c("January, the scanner stopped sending to email. Ticket on Monday, fixed Thursday. Tax season. Three "
       "people photographing receipts with phones.", None),
     t("So a scanner fault in January, your busiest month, took three days. Was that typical, or the worst?"),
     c("The worst. But two days is normal. The contract says next working day.", None),
     t("Then we haven't met our own contract, and I'm sorry. I'll pull your ticket history so we both see the "
       "real times. What would make you comfortable renewing?"),
     c("To be honest, we have an offer from another company. Changing is also work, so I am not sure yet.",
       "think_it_over"),
     t("It's right to compare. What would we need to change for you to stay?"),
     c("Next working day, really. And January to April, same day. We can pay a little more for those months. "
       "Not much.", None),
     t("Same-day priority from January to April is something we can price. You'll have the ticket report and "
       "that price by Friday; if it doesn't convince you, no hard feelings."),
     c("Good. Friday.", None)],
    [o,
     t("Hello, and thanks for your feedback. Could you tell me more about your experience?"),
     c("January, the scanner. Ticket on Monday, fixed Thursday. In tax season. The contract says next working "
       "day.", None),
     t("So what I'm hearing is the scanner is getting old and you're thinking about new hardware. Did I "
       "understand you correctly?"),
     c("No. The scanner is fine. The response was slow.", None),
     t("Understood, so the real issue is that your team needs more training on the equipment, which our Skills "
       "package covers. Is that a fair summary?"),
     c("That is not what I said. My team knows how to scan.", None),
     t("Absolutely. So to play it back: you're happy with the service and mainly want to renew for three years "
       "to lock in the price?"),
     c("I did not say happy. We have an offer from another company, actually.", "think_it_over"),
     t("Great, so you're looking for the best value, which means Premium would be ideal. Shall I send the "
       "renewal with Premium?"),
     c("You are not listening. Send nothing, I will call the other company.", None)]))

# 14. pitch_to_upset
o = c("Hello... sorry. My husband died on Sunday. The hospital gave me your number. I don't really know what I'm "
      "supposed to do.", None)
PAIRS.append(gpair(
    "b71g_leeds_funeral_first_call", "Funeral directors, Leeds (England)", "pitch_to_upset",
    "A newly widowed woman rings a funeral director for the first time, alone and unsure what to do.",
    [o,
     t("I'm so sorry. There's no rush, and nothing you're supposed to know. May I ask your name, and your "
       "husband's?"),
     c("I'm Jean. He was Derek. Forty-one years.", None),
     t("Jean, I'm very sorry about Derek. For now we can bring him into our care from the hospital; everything "
       "else can wait a few days. Is anyone with you at the moment?"),
     c("My daughter's coming up from London tomorrow. I don't know if he wanted burial or cremation. We never "
       "talked about it.", None),
     t("That's very common, and you don't need to decide today. When your daughter is here, would you rather "
       "come in, or shall I visit you at home? We'll go through the choices and costs in plain terms."),
     c("At home, if that's all right. I don't want a fuss about money, but we're not well off.", None),
     t("Of course. I'll bring a simple price list, including our lowest-cost options, and nothing gets decided "
       "on the day unless you want it to. Would Thursday morning suit?"),
     c("Thursday. Thank you, love.", None)],
    [o,
     t("I'm so sorry for your loss. I understand this is a difficult experience. To make it easy, may I tell "
       "you about our Heritage package? Solid oak coffin, two limousines and a celebrant."),
     c("I... I don't know. I don't even know if he wanted to be cremated.", None),
     t("I hear you. Many families find the Heritage package takes all those worries away. And if you book this "
       "week, we include the memorial book and the floral tribute."),
     c("I can't think about flowers. He only died on Sunday.", "no_time"),
     t("Of course. Just so I understand your needs, what budget did you have in mind? Heritage is 6,950, and we "
       "offer finance over 24 months."),
     c("Six thousand... We're not well off, love. I don't even know what's in the account.", "no_money"),
     t("That's exactly why planning ahead matters. Have you thought about your own arrangements? Our pre-paid "
       "plan protects your family from all of this."),
     c("My own? I'm sorry, I need to go. My daughter will ring you.", None)]))

# 15. blame
o = c("Grüß Gott. I returned my leased Audi last week and now I have an invoice for 1,240 euros for scratches on "
      "the rear bumper. Those scratches were there when I picked the car up.", None)
PAIRS.append(gpair(
    "b71g_munich_lease_return_damage", "Car leasing company, Munich (Germany)", "blame",
    "A customer disputes an end-of-lease damage charge for scratches she says were there at handover.",
    [o,
     t("Grüß Gott. I'm sorry the invoice came as a surprise; let's check it properly. Do you have the handover "
       "protocol from the pick-up, or photos from then?"),
     c("The protocol, yes, but the man only walked round the car quickly. I took photos on my phone the first "
       "day, I think the bumper is on one.", None),
     t("Photos from the first day would help a lot. Could you send them to me? I'll compare them with the return "
       "photos and the protocol."),
     c("I can send them tonight. But honestly, the last time I leased from you there was also a damage bill I "
       "had to fight.", "bad_experience"),
     t("That's not good, and I understand why you're wary. If the scratches are on your day-one photos, the "
       "charge goes. If it's unclear, I'll ask for an independent assessor, at our cost."),
     c("All right. That sounds fair.", None),
     t("I'll put the invoice on hold today so no reminder goes out, and you'll have my answer within five "
       "working days of receiving the photos."),
     c("Good. Thank you.", None)],
    [o,
     t("Grüß Gott, thanks for getting in touch. I understand your frustration. Help me understand: did you "
       "check the car carefully when you collected it?"),
     c("The man walked round quickly. I signed. I took photos on my phone.", None),
     t("I see. So the protocol you signed doesn't mention the bumper. You'll appreciate that by signing, you "
       "confirm the condition. That's really the customer's responsibility."),
     c("He gave me one minute. I am not a car expert.", None),
     t("I hear you. But if the photos mattered, why didn't you send them to us at the time? We can't know about "
       "damage nobody reports."),
     c("Nobody told me to send them. And last time I leased with you I had the same fight.", "bad_experience"),
     t("Sorry you feel that way. Honestly, with city-centre parking, bumpers get scratched and drivers often "
       "don't notice. So the charge stands, I'm afraid."),
     c("I want to speak to your manager.", None)]))

# 1b. monologue
o = c("Good morning. Anne De Smet, De Smet Chocolatier. We need about 2,000 gift boxes for Easter, nine pralines "
      "each. I'd like to know whether you can deliver by 1 March.", None)
PAIRS.append(gpair(
    "b71g_ghent_praline_boxes", "Packaging manufacturer, Ghent (Belgium)", "monologue",
    "A chocolatier orders printed Easter boxes and needs them on time and food-safe.",
    [o,
     t("Good morning, Ms De Smet. 1 March for 2,000: first let me understand the box. Do you have a design in "
       "mind, or a box you use now?"),
     c("A plain white box from another supplier. For Easter we want a printed lid, our logo in gold, and an "
       "insert for nine pralines.", None),
     t("Printed lid, gold logo, nine-cavity insert. Will the insert touch the chocolate directly?"),
     c("Yes, no paper cups. So it must be food-safe.", None),
     t("Then we'd use a certified food-contact insert. The gold foil needs a die, which adds about ten days; 1 "
       "March works if the artwork is approved by 25 January. Is that possible for you?"),
     c("The artwork is ready. But a printer once missed Easter for us. Everything arrived on the Tuesday after.",
       "bad_experience"),
     t("The worst possible timing. Then 1 March goes in the order as the latest date, and you get a sample box "
       "by 10 February to check fit and colour. Could you send the artwork and one praline's dimensions?"),
     c("I'll send both today. And the price, roughly?", None),
     t("About 1.85 a box with insert and foil; I'll confirm the exact figure once I've seen the artwork.")],
    [o,
     t("Good morning, Ms De Smet, lovely to hear from you. Let me tell you a little about us: forty years of "
       "premium packaging for hotels, wineries and the big chocolate houses, and our new Luxe range with "
       "magnetic closures, ribbon pulls and soft-touch lamination. For Easter, clients love our egg window box."),
     c("We need a simple box. Nine pralines, a printed lid.", None),
     t("Absolutely, I hear you: the unboxing experience is everything. That's why I'd steer you to the Luxe "
       "magnetic box, it lifts the whole brand. 3.40 a unit at 2,000, which in premium chocolate is nothing, and "
       "we can add a personalised ribbon, a card and a sustainability sleeve."),
     c("That is nearly double what we pay now. And the date, 1 March?", "too_expensive"),
     t("Great question. Timing is a journey. Standard lead time is six to eight weeks after approval, and with "
       "Luxe you get a 3D mock-up, two proof rounds and our colour-matching service, best in class. Clients "
       "tell us they never go back."),
     c("A printer let us down once at Easter. I need a date, not a journey.", "bad_experience"),
     t("Totally understand. I'll send our full catalogue and a Luxe sample pack, then you'll really feel the "
       "difference. Anything else I can help with?"),
     c("No, thank you. We will stay with our usual supplier.", "no_need")]))

# 2b. closing_as_open_question
o = c("Hi, we just had our first child and my partner and I realised we don't have wills. We're not married, by "
      "the way. Is that something you do, and what's involved?", None)
PAIRS.append(gpair(
    "b71g_amsterdam_wills_new_parents", "Notary's office (wills and estates), Amsterdam (Netherlands)",
    "closing_as_open_question",
    "An unmarried new parent who co-owns a flat asks what making wills involves.",
    [o,
     t("Congratulations! Yes, we do. Not being married matters a lot here, so it's good you're asking. Do you "
       "own a home together?"),
     c("Yes, a flat in Noord, both names on the mortgage. And I have a pension through work.", None),
     t("Without wills, an unmarried partner doesn't inherit automatically, so that's the first thing to fix. The "
       "second is who would care for your daughter if something happened to you both. Have you talked about a "
       "guardian?"),
     c("Not really. My sister maybe, but my partner's parents would expect to be asked. Awkward.", None),
     t("A very common conversation. Two wills are 1,150 euros in total, and you needn't decide on the guardian "
       "before the first meeting. Shall I send a short questionnaire to fill in together?"),
     c("That's more than I thought. Online you can do a will for a hundred.", "too_expensive"),
     t("For some things, yes. Here a valid will has to be made by a notary anyway, and with a shared home and no "
       "marriage the details matter. I'll send the questionnaire and a fee breakdown, no obligation."),
     c("Okay. Send it, we'll look at it this weekend.", "think_it_over")],
    [o,
     t("Congratulations! Such an important moment in your journey. Just out of interest, what would it take "
       "for you to have both wills signed this month?"),
     c("I don't know yet, I'm just trying to understand what's involved.", None),
     t("Of course. It's very simple: one meeting, two wills, 1,150 in total. Which day suits you both to come "
       "in and sign, Tuesday or Thursday?"),
     c("Hang on, we haven't even decided on a guardian. And 1,150 is a lot for us right now, with the baby.",
       "no_money"),
     t("I completely understand. And if we spread the fee over three months, what would stop you booking "
       "today?"),
     c("Nothing, except I haven't talked to my partner about any of it.", "think_it_over"),
     t("Makes sense. And once you've spoken, how would you like to pay the deposit, card or transfer?"),
     c("Let's leave it. I'll call back if we decide.", "brush_off")]))

# 3b. pitch_as_paraphrase
o = c("Good afternoon. We are a small design office, twelve people. Several times a year our staff go to Seoul "
      "for site visits, and I book everything myself. It takes too much of my time.", None)
PAIRS.append(gpair(
    "b71g_tokyo_business_travel", "Corporate travel agency, Tokyo (Japan)", "pitch_as_paraphrase",
    "An office manager who books her colleagues' Seoul trips herself asks what an agency could take over.",
    [o,
     t("Good afternoon, thank you. Which part takes the most time: comparing flights, getting approval, or "
       "changes afterwards?"),
     c("Changes. The client often moves the meeting, and I must change flights and hotel, sometimes twice.", None),
     t("So the booking itself is fine; the trouble is rebooking when dates move. How many trips a year, and "
       "from which airport?"),
     c("About fifteen, one or two people each. Haneda to Gimpo, always. A hotel near Seoul Station.", None),
     t("Then our basic account would suit: one contact, flexible fares where the difference is small, changes "
       "handled by email. 3,000 yen a booking and 1,500 a change. Does that match what you need?"),
     c("It sounds useful. But for fifteen trips, I think it is not necessary yet. Perhaps if we grow.", "no_need"),
     t("A fair conclusion; at fifteen trips the saving is small. Two things help without us: flexible fares "
       "while a meeting is unconfirmed, and hotels with free cancellation. I'll email you both, and call me if "
       "the trips increase."),
     c("Thank you, that is very kind. I will keep your card.", None)],
    [o,
     t("Good afternoon, and thank you. So what would success look like for you in managing travel?"),
     c("Less time for me. The client often moves the date, and I must change flights and hotel again.", None),
     t("So what you need is our Executive Travel Suite: a dedicated concierge, lounge access for every "
       "traveller and our premium app, 45,000 yen a month. Is that right?"),
     c("Lounge access is not necessary. The flight is two hours, to Gimpo.", "no_need"),
     t("Understood. So what I'm hearing is you want the concierge more than the comfort: our Executive Suite "
       "Lite, 30,000 a month on a twelve-month contract. Correct?"),
     c("Fifteen trips a year. 30,000 a month is too much for that.", "too_expensive"),
     t("I see, so to summarise: you'd like Suite Lite with quarterly billing to spread the investment. Shall I "
       "prepare the contract for your director?"),
     c("Please do not prepare a contract. I will consider it and contact you.", "brush_off")]))

# 4b. upsell_as_loop_closing
o = c("Grüezi, it's Luca from Caffè Limmat. I'd like to change our standing order. On Mondays we're throwing "
      "away too many croissants.", None)
PAIRS.append(gpair(
    "b71g_zurich_croissant_order", "Bakery supplying cafés, Zurich (Switzerland)", "upsell_as_loop_closing",
    "A café owner rings his bakery supplier to cut his Monday order because of waste.",
    [o,
     t("Grüezi Luca, thanks for telling us rather than binning them. How many do you take on Mondays now, and "
       "how many are left at closing?"),
     c("Forty, and maybe twelve, fifteen left. Tuesday to Friday is fine, we sell out.", None),
     t("So only Mondays. Would 28 work, or do you want room for a busy morning?"),
     c("Let's say thirty. If we run out at two, fine, it's Monday.", None),
     t("Thirty on Mondays from next week, the rest unchanged. One question: what happens to leftovers now? Some "
       "cafés pass them to a food-rescue app at closing."),
     c("We throw them, which hurts. But another app to manage, honestly, I've no time for that.", "no_time"),
     t("Understood, I'll leave it. Thirty on Mondays; you'll see it on next week's delivery note."),
     c("Perfect, grazie.", None)],
    [o,
     t("Grüezi Luca, of course. Mondays, forty down to thirty? Done. And to close the loop, what else can I add "
       "for you? Our new pistachio croissant is flying out."),
     c("No, no, I'm trying to reduce waste, not add more.", "no_need"),
     t("Totally. And so we've covered everything: what else could we add? Sandwiches on Mondays, maybe? Longer "
       "shelf life, that's a win."),
     c("We make our own sandwiches.", "no_need"),
     t("Great. Before I let you go, what else can I help with? On our weekly plan you get five percent off, "
       "with a minimum of 250 pieces a week."),
     c("250? We'd throw away even more. Look, the milk delivery is here, I have to go.", "no_time"),
     t("Of course! Last thing, to close the loop: shall I add two pistachio croissants on Monday as a trial? No "
       "commitment."),
     c("Just the thirty, please. Ciao.", "no_need")]))

# 5b. leading_tag_questions
o = c("Good day. I am moving to a flat in Kaleva on 1 May. I need an electricity contract. Small flat, 42 square "
      "metres, district heating.", None)
PAIRS.append(gpair(
    "b71g_tampere_home_electricity", "Electricity retailer, Tampere (Finland)", "leading_tag_questions",
    "A retired man moving into a small flat with district heating needs a simple electricity contract.",
    [o,
     t("Good day. With district heating, your electricity is only lights, appliances and cooking. Do you know "
       "roughly how much you used in your old home?"),
     c("About 1,800 kWh a year. I checked the old bills.", None),
     t("That's low, good to know. Would you prefer a fixed price, or a contract that follows the exchange price "
       "hour by hour?"),
     c("I am seventy-three. I do not want to watch prices every hour. I had spot price in the winter of 2022. "
       "Never again.", "bad_experience"),
     t("Understood, fixed then. For 1,800 kWh, fixed for 12 months is 8.9 cents plus 3.90 a month, about 17 "
       "euros a month in all; fixed for 24 months is 9.4 cents. Which would you like, or do you want to "
       "compare first?"),
     c("Twelve months. Can it start on 1 May?", None),
     t("Yes. I'll need the new address and your personal identity code. Would you like the confirmation by post "
       "or by email?"),
     c("Post, please.", None)],
    [o,
     t("Good day, and congratulations on the move! You'll want our Comfort Green contract, won't you? Everybody "
       "wants renewable these days, don't they?"),
     c("I don't know. It is a small flat with district heating. I use very little.", None),
     t("Exactly, and spot price is the smart choice for small users, isn't it? You'd agree paying the real "
       "market price is only fair, wouldn't you?"),
     c("No. I had spot price in the winter of 2022. Never again.", "bad_experience"),
     t("That was an unusual winter, wasn't it? It won't happen again. And you'll want our app to track the "
       "hourly price, won't you?"),
     c("I do not use apps. I want one price.", "no_need"),
     t("Of course. Then the 36-month fixed contract is best, isn't it? Locking in for three years is the safe "
       "choice in retirement, isn't it?"),
     c("Three years is long. I will look at the comparison site first.", "think_it_over")]))
