"""Gaming pairs, file c (kinds 6-15). Hand-written for blind196."""
from common import c, gpair, t

# --- 6. putdown_question: Sydney cafe, social media invoice (chat) ---------------------------
o1 = c("hey, just got your invoice for the social media stuff and its $990 for the month. i thought we agreed 600", None)
p1 = gpair(
    "b196g_sydney_social_invoice", "social media agency, Sydney (Australia)", "putdown_question",
    "A café owner queries a monthly social media invoice that is higher than agreed.",
    [o1,
     t("Hi, thanks for flagging it. Let me pull up your account. Was the $600 agreed in an email or on a call?"),
     c("on the phone with sam in march. 600 for 12 posts a month", None),
     t("I can see Sam's notes: $600 for 12 posts. The extra $390 is 'ad spend', money paid to Instagram "
       "to boost two posts. Did anyone check that with you first?"),
     c("no!! nobody asked me. i didnt even know posts were being boosted", None),
     t("Then it shouldn't be on there. I'll reissue the invoice at $600 today, and nothing gets boosted "
       "without your written okay. Sorry for the fright."),
     c("ok thanks. honestly im wondering if its worth it at all. not sure the posts bring anyone in", "no_need"),
     t("Fair question. Shall I pull the numbers for the last three months, how many people saw the posts "
       "and tapped for directions, and we go through them together on a call?"),
     c("yeah do that. thursday after 3 is quiet here", None)],
    [o1,
     t("Hi! Before we start, did you actually read the agreement you signed? What exactly do you think you agreed to?"),
     c("600 for 12 posts. sam said so on the phone", None),
     t("Okay. And you do understand a phone chat isn't a contract, right? What made you assume ad spend was included?"),
     c("i didnt assume anything, nobody told me about ad spend", None),
     t("I hear you. Can I ask, do you normally check your emails? The boost report went out on the 14th."),
     c("wow. yes i check my emails. im running a cafe", None),
     t("Great. So how satisfied are you with our service overall, apart from not reading the invoice properly?"),
     c("not. cancel the whole thing. im done", None)],
)

# --- 7. not_my_department_or_read_the_terms: Birmingham, broken banner stand ---------------
o2 = c("Hiya, I bought a roll-up banner off you for a trade show, used it twice, and the spring's gone. "
       "It won't stay up.", None)
p2 = gpair(
    "b196g_birmingham_rollup_banner", "print shop, Birmingham (UK)", "not_my_department_or_read_the_terms",
    "A small exhibitor's roll-up banner base failed after two uses, with a show on Saturday.",
    [o2,
     t("Sorry about that, no good with a show coming. When did you buy it, roughly?"),
     c("About four months ago. I've got another show Saturday at the NEC, that's why I'm panicking a bit.", None),
     t("Saturday, okay. Our bases have a year's warranty. Could you bring it in, or send a photo of the base?"),
     c("I can bring it in tomorrow lunchtime. I work in Digbeth, it's not far.", None),
     t("Perfect. We'll move your print onto a new base while you wait, about twenty minutes, no charge. "
       "If the print's damaged too, we'll reprint it in time for Saturday."),
     c("Oh, brilliant. I thought you'd say it was out of warranty or something.", None),
     t("No, four months is well inside. See you tomorrow, ask for Dev at the counter."),
     c("Cheers, Dev. See you then.", None)],
    [o2,
     t("Oh no, I'm sorry to hear about your experience. The stands come from a supplier, though, so faults "
       "aren't really my department. Have you looked at the warranty page on our website?"),
     c("No. I'm asking you. I bought it from you.", None),
     t("I understand. Our terms say warranty claims go through the online form with photos and a receipt, "
       "I'm afraid. I didn't make the rules."),
     c("I've got a show on Saturday. How long does the form take?", None),
     t("Usually ten to fifteen working days. What else can I help you with today?"),
     c("Ten days? That's no use to me. Can I speak to a manager?", None),
     t("I totally hear you. Managers don't deal with warranties either. Would you like a new stand in the "
       "meantime? They're £89."),
     c("Eighty-nine quid for another one that'll break after two goes? No thanks.", "bad_experience")],
)

# --- 8. social_proof_or_deadline_pressure: Stellenbosch wine farm, labels --------------------
o3 = c("Good afternoon. We're a small family wine farm outside Stellenbosch, bottling our first Chenin in "
       "April. We need labels and I have absolutely no idea about any of it.", None)
p3 = gpair(
    "b196g_stellenbosch_wine_labels", "label printer, Stellenbosch (South Africa)", "social_proof_or_deadline_pressure",
    "A family wine farm needs labels for its first bottling.",
    [o3,
     t("Congratulations on the first vintage! We'll take it step by step. How many bottles are you expecting?"),
     c("About 3,000. My son did the design, it's lovely, but I don't know if it's right for printing.", None),
     t("I'll check his file for free. Wine labels also need the alcohol, volume, allergens and space for "
       "the certification seal, so I'll check those too. Will the bottles sit in ice buckets at restaurants?"),
     c("Hopefully! We're trying to get into two restaurants in town.", None),
     t("Then a wet-strength paper, so they don't peel in the ice. 3,000 front and 3,000 back labels "
       "would be about R7,800."),
     c("That's more than I'd budgeted. We spent everything on the barrels.", "no_money"),
     t("Understood. Two ways down: a one-colour back label, which saves about R1,500, or print 1,500 now "
       "and the rest once you've seen sales. Which sounds better?"),
     c("The second one, I think. Let me talk to my husband tonight and I'll email you.", "think_it_over")],
    [o3,
     t("Congratulations! So what's your vision for the brand experience? Honestly, every boutique farm in "
       "the valley is on our premium textured stock this year."),
     c("Everyone? Well, I don't know what that is. We're only small.", None),
     t("Absolutely, and that's why it matters. The big estates have it, so buyers expect it. It's R11,400 "
       "for 3,000 sets, but the April press slot closes Friday, so I'd need your go-ahead by then."),
     c("Eleven thousand. We spent everything on the barrels, I can't.", "no_money"),
     t("I understand your needs. But miss Friday and the next slot is June, after your bottling. Three "
       "other farms are waiting for that slot."),
     c("My son hasn't even finished the design. I'd like to ask another printer too before I decide.", "think_it_over"),
     t("Totally. Just so you know, prices go up 12% on the first, everyone's locking in now. Shall I send the contract?"),
     c("No. If it's that urgent, I'll go with someone who isn't in such a hurry.", None)],
)

# --- 9. keyword_stuffed: Cairns dive shop, local search ------------------------------------
o4 = c("Hi, my dive shop in Cairns doesn't come up on Google when people search dive Cairns. A mate said "
       "you do that SEO thing?", None)
p4 = gpair(
    "b196g_cairns_dive_search", "web and search marketing agency, Cairns (Australia)", "keyword_stuffed",
    "A small dive school wants to appear in local search results.",
    [o4,
     t("We do. When you search, do you show up anywhere, like on the map, or not at all?"),
     c("On the map if I type the shop name. Not if I type dive Cairns. The big boat companies come up.", None),
     t("That's normal for a search that competitive. Where do most of your bookings come from now?"),
     c("Backpacker hostels and walk-ins. We do shore dives and courses, not the reef boats.", None),
     t("Useful. Then fighting the reef boats for 'dive Cairns' would cost a fortune. I'd aim at searches "
       "like 'learn to dive Cairns', fix your map listing and get reviews from students. About $450 to "
       "set up, then you run it yourself."),
     c("I don't have time to run anything, mate. We're on the water six days a week.", "no_time"),
     t("Fair enough. Then we'd look after it for $150 a month and you forward a photo or two a week. Want "
       "a free check of your listing first, so you see what's wrong before paying anything?"),
     c("Yeah, righto, do the check.", None)],
    [o4,
     t("Love that, and I really want to understand your needs and your online journey. What does success "
       "feel like for your brand experience?"),
     c("Er, more bookings? I just want to show up on Google.", None),
     t("Absolutely, and I hear that visibility matters to you. We believe in a relationship-driven approach "
       "to understanding your search success needs. How do you feel about your digital journey?"),
     c("I don't feel anything about it, mate. What do you actually do?", None),
     t("Great question. We partner with you to understand, align and optimise your customer experience "
       "across the whole search journey, for real, lasting success. Packages start at $1,200 a month."),
     c("Twelve hundred a month and I still don't know what I get? That's a lot of money for words.", "too_expensive"),
     t("I really understand how you feel, and your feelings are valid. Our success team will reach out to "
       "understand your needs in a discovery session. Anything else I can help with?"),
     c("No. Don't bother sending anyone.", "no_need")],
)

# --- 10. rude: Sheffield hospice shop volunteer, fair posters -------------------------------
o5 = c("Oh, hello, sorry to bother you. I volunteer at the hospice shop on Ecclesall Road and we'd like "
       "some posters for our Christmas fair. I'm not very good with computers.", None)
p5 = gpair(
    "b196g_sheffield_hospice_posters", "print shop, Sheffield (UK)", "rude",
    "An elderly charity-shop volunteer wants posters for a Christmas fair on a small budget.",
    [o5,
     t("No bother at all. We'll sort it together. What do you want on the poster?"),
     c("The date, Saturday the 7th, ten till two, and that there's a tombola and mince pies. We've only "
       "got about thirty pounds, I'm afraid.", None),
     t("That's enough for posters. If you write the details down for me, I'll set it out. Twenty A3 in "
       "colour would be £24. Would twenty be enough?"),
     c("Twenty would be lovely. Could it have the hospice logo on? I don't know how to get it.", None),
     t("I'll take it from the hospice website and you can check it. I'll print one now while you have a "
       "cup of tea, and if you're happy, the rest by Thursday."),
     c("Oh, that's kind. Thursday's fine, I'm in the shop on Thursdays.", None)],
    [o5,
     t("Right. What is it you want, then? Posters, presumably."),
     c("Yes, sorry. For our Christmas fair. We've only got about thirty pounds.", None),
     t("Thirty quid. Okay. Have you got the artwork, or am I doing it all for you?"),
     c("I'm not sure what artwork means, I'm sorry.", None),
     t("The design. The file. Honestly, how do you expect me to print something that doesn't exist? "
       "Design's £35 extra."),
     c("Oh. That's more than we've got. I don't think we can manage that, then.", "no_money"),
     t("Then I don't know what to tell you. So, how satisfied are you with the service today? Next, please."),
     c("I'll ask my grandson to help, I think. Sorry to have bothered you.", None)],
)

# --- 11. ignored_customer: Soweto salon, lightbox sign --------------------------------------
o6 = c("Sawubona. I have a hair salon in Soweto, near Vilakazi Street, and my sign is broken. I want a "
       "lightbox sign, but the electricity here, load shedding, you know.", None)
p6 = gpair(
    "b196g_soweto_salon_lightbox", "sign maker, Johannesburg (South Africa)", "ignored_customer",
    "A salon owner wants an illuminated sign that still works during power cuts.",
    [o6,
     t("Sawubona. Yes, I know. Tell me about the worry: is it the sign going dark, or the power bill?"),
     c("Dark. When the power goes at night the sign is dead, and that is when people come from work.", None),
     t("So evenings are your busy time and the sign must work when the power is off. Do you have a "
       "battery or inverter in the salon already?"),
     c("We have a small inverter for the lights and dryers. Not big.", None),
     t("Then an LED lightbox on 12 volts with its own small battery, about R7,900 for 1.2 metres. It runs "
       "four hours without power. A plain sign with a spotlight is R3,500, but dark in load shedding."),
     c("R7,900 is hard for me right now. Can I pay in parts?", "no_money"),
     t("We can do three payments over three months. I'll come and measure on Saturday morning, no charge, "
       "and bring the quote in writing."),
     c("Saturday morning is good. Thank you.", None)],
    [o6,
     t("Sawubona! What's most important to you in a new sign?"),
     c("That it works in load shedding. In the evening when people come from work, that's our busy time.", None),
     t("Great. So our mains-powered neon-effect sign is our bestseller, R6,200. It looks fantastic at night."),
     c("But at night there's no power when it's load shedding. That's the problem I'm telling you.", None),
     t("I hear you. And what size were you thinking?"),
     c("The size doesn't matter if it's dark. Do you have something with a battery?", None),
     t("Lovely. So the neon-effect at 1.2 metres, R6,200, fitted next week. Any other concerns?"),
     c("You're not listening. Mains only is no good for me.", "no_need")],
)

# --- 12. repeated_questions: Geelong tea seller, mailer boxes ------------------------------
o7 = c("Hi, I sell loose-leaf chai and tea online from Geelong. I post in plain brown boxes now and want "
       "something branded, but small, because postage is killing me.", None)
p7 = gpair(
    "b196g_geelong_tea_mailers", "packaging supplier, Geelong (Australia)", "repeated_questions",
    "An online tea seller wants a branded mailer small enough to keep postage down.",
    [o7,
     t("Postage, yes, box size matters a lot there. What do you usually send, one pouch or several?"),
     c("Mostly one or two 100 gram pouches. Sometimes a gift set with three tins.", None),
     t("So mostly small and light, and the odd gift set. Are you on Australia Post's small parcel rate?"),
     c("Yes, but my current box pushes some orders into medium. That's about four dollars more each time.", None),
     t("Then a slim mailer that fits the small size would pay for itself. A printed one for two pouches is "
       "$1.60 each at 500. Gift sets could stay in a plain box with a branded sticker."),
     c("Ooh, that's clever. Five hundred is a lot to pay upfront though. I do maybe 200 orders a month.", "no_money"),
     t("Five hundred is about two and a half months for you, and the postage saving is around $800 over "
       "that time. If it's cash flow, 250 is $2.10 each. Want a blank one first to check the pouches fit?"),
     c("Yes, send a blank one. If it fits the small size I'll order the 500.", None)],
    [o7,
     t("Hi! Love that. So tell me, what do you need today?"),
     c("A branded mailer, small, so I stay on the small parcel price. Mostly one or two pouches per order.", None),
     t("Great. And what are you looking to achieve with your packaging?"),
     c("I just said. Branded, and small, for the postage.", None),
     t("Absolutely. And in terms of your goals, what would you like the boxes to do for you?"),
     c("Fit two tea pouches and save me postage. That's it.", None),
     t("Perfect, I understand your needs. Can I ask what's driving the change to branded packaging?"),
     c("Sorry, I have to go and pack today's orders. Just email me something.", "brush_off"),
     t("No problem! Before you go, what's the main thing you need from the boxes?"),
     c("Seriously? Bye.", None)],
)

# --- 13. wrong_paraphrase: Leith estate agent, sale boards -----------------------------------
o8 = c("Hi there, I've just set up as an independent estate agent in Leith. Me and one other. I need For "
       "Sale and To Let boards, nothing fancy.", None)
p8 = gpair(
    "b196g_edinburgh_agent_boards", "sign maker, Edinburgh (UK)", "wrong_paraphrase",
    "A newly independent two-person estate agency needs property boards.",
    [o8,
     t("Congratulations on going independent. How many boards are you likely to have up at once, and "
       "how many new instructions a month?"),
     c("Early days. Maybe eight live at a time. Four or five new ones a month, if I'm lucky.", None),
     t("So about eight live and four or five new a month. Will you put them up yourself, or do you want "
       "us to erect and collect?"),
     c("Myself. I've a ladder and a van. The big firms pay for that but I can't justify it yet.", "no_money"),
     t("Makes sense. Then twelve boards, six For Sale and six To Let, on correx, which is light to carry, "
       "plus twelve SOLD slips. That's £310, and they last a couple of years outdoors."),
     c("Would the wind not rip correx to bits down here? The firm I was at used aluminium.", None),
     t("Fair point for Leith. Aluminium is £34 a board rather than £18. On posts in exposed spots, go "
       "aluminium; on railings, correx is fine. I'll send both prices so you can mix them."),
     c("Send both. I'll see how many go on railings. Cheers.", None)],
    [o8,
     t("Congratulations! So what I'm hearing is you want a full erect-and-collect service across "
       "Edinburgh. Did I get that right?"),
     c("No, I'll put them up myself. I've got a van.", "no_need"),
     t("Okay, so you're saying you want premium aluminium boards in full colour and a launch order of "
       "about fifty. Correct?"),
     c("Fifty? I said nothing fancy. Maybe eight live at once.", "no_need"),
     t("Right, so to play that back, you'd like to look like the big firms from day one, which is our "
       "Agency Pro pack at £1,600."),
     c("I didn't say that. And that's far beyond what I've got, we're a two-person office.", "no_money"),
     t("Got it, so what you're telling me is you'd rather spread the £1,600 over six months. Shall I set that up?"),
     c("That's not what I'm telling you at all. I'll get a quote from someone else.", None)],
)

# --- 14. pitch_to_upset: Lismore soap maker, flood-ruined packaging -------------------------
o9 = c("Hi. I don't know if you remember me, Jess, the soap business in Lismore. The flood came through "
       "the shop on Tuesday. All the boxes you printed last month are ruined. Everything's ruined.", None)
p9 = gpair(
    "b196g_lismore_flood_boxes", "packaging printer, Northern Rivers (Australia)", "pitch_to_upset",
    "A small soap maker lost her stock and packaging in a flood.",
    [o9,
     t("Jess, I remember. I'm so sorry. Are you and your family okay?"),
     c("We're okay. Staying at my sister's. I just... I don't know where to start.", None),
     t("That's completely understandable. You don't have to decide anything today. Is there anything on "
       "our side that would help right now?"),
     c("I've got a market in Brisbane in three weeks, it's the only money coming in. I need boxes again "
       "but the insurance hasn't paid anything yet.", None),
     t("Okay. We still have your files, so no new design. I can reprint just enough for that market, say "
       "300, and invoice you after the insurance pays. Would that help?"),
     c("Really? You'd do that? I honestly can't pay anything right now.", "no_money"),
     t("Yes, nothing until the insurance comes through, and if it drags on, we'll talk then. They'll be "
       "ready in ten days. Just text me where to send them."),
     c("Thank you. I'll send my sister's address tonight.", None)],
    [o9,
     t("Oh no, Jess, I'm so sorry, that must be a really difficult experience. I hear you. So, as you're "
       "starting fresh anyway, it's the perfect moment to upgrade, isn't it?"),
     c("Upgrade? I've lost everything. I'm staying at my sister's.", None),
     t("Totally understand. That's why our new premium range makes so much sense, laminated and "
       "water-resistant, $2.40 a box instead of $1.10. Shall I do 1,000?"),
     c("I can't pay for anything at the moment, the insurance hasn't come through.", "no_money"),
     t("Absolutely, and I really want to support your journey. We've got finance at 9.9%. And we could "
       "refresh the branding while we're at it, new beginnings!"),
     c("Are you even listening? I just wanted to know if you could help me for the market.", None),
     t("Of course! For the market, a pop-up banner and table cloth bundle would look great. Shall I add that?"),
     c("No. I'm hanging up.", None)],
)

# --- 15. blame: Polokwane panel beater, email lost after hosting move -----------------------
o10 = c("Hi, since you moved our website to the new hosting on Friday, none of our emails are coming in. "
        "We're a panel beater, clients send quotes and insurance forms by email. This is serious.", None)
p10 = gpair(
    "b196g_polokwane_email_outage", "web designer and host, Polokwane (South Africa)", "blame",
    "A panel beater's email stopped after the web designer moved the site to new hosting.",
    [o10,
     t("I understand, that's your work coming in. Let me look now. Which addresses, and when did the last email arrive?"),
     c("info@ and quotes@. Last one came Friday at about three.", None),
     t("Friday at three is when we switched. I can see it: your mail records still point to the old "
       "server, which we shut down. That's our mistake in the move. I'm fixing the records now."),
     c("How long until it works? The assessors are sending me stuff today.", None),
     t("Usually within a few hours. Emails sent since Friday may be stuck on the old server; I'll ask the "
       "old host to forward anything they hold. Could you also ask the assessors to resend anything from Friday on?"),
     c("Okay. I'll phone them. You'll tell me when it's working?", None),
     t("I'll send a test email to both addresses within the hour and call you once they land. No charge "
       "for any of this, of course."),
     c("Right. Thanks. I was ready to shout at someone.", None)],
    [o10,
     t("Okay, I hear you. So what I'm hearing is emails aren't coming in. Did you change anything on your side after Friday?"),
     c("No. We didn't touch anything. You did the move.", None),
     t("Right. Because usually when this happens someone on the client's side has clicked something in "
       "the settings. Did anyone at your place log in over the weekend?"),
     c("We were closed over the weekend. Nobody logged in.", None),
     t("I understand your frustration. Our migration checklist went to you on Thursday, and it says "
       "clients must update their own mail settings. Did you read it?"),
     c("Nobody sent me a checklist. I'm not a computer person, that's why I pay you.", None),
     t("Sure. We can fix it as an additional support job at R650 an hour. How would you like to proceed?"),
     c("R650 to fix what you broke? No. I'm phoning my lawyer.", None)],
)

PAIRS = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]
