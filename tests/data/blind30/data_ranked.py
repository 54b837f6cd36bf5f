"""Ranked pairs (hand-written). d01-d10: both sides decent, `better` clearly better. f01-f10: sides
identical except one fault in `worse` (the faulty trainee line(s) and the customer's reaction)."""
from common import c, t

PAIRS = []

# ================================================================ d pairs

# d01 digs into a doubt instead of answering the surface
_open = c("Look, before you go through all the options, do these policies ever actually pay? 'Cause I'm not "
          "sure it's worth it.", None)
PAIRS.append({
    "id": "b30r_d01_crop_insurance",
    "situation": "Crop insurance agent's office, small town in central Iowa, USA. A soybean and corn farmer "
                 "doubts whether a policy is worth buying. Spoken.",
    "better": [
        _open,
        t("That's a fair thing to ask before you spend money on it. Is there something behind it? Did you or "
          "somebody you know have a claim go sideways?"),
        c("My brother-in-law over in Story County. Hail took about half his beans in '22 and they paid him next "
          "to nothing. Said something about his planting date.", "bad_experience"),
        t("Okay, that tells me a lot. Every crop has a final planting date for each county. Plant after it and "
          "your coverage drops, and after the late period it's gone. My guess is that's what hit him. When do "
          "you usually get your beans in?"),
        c("Depends on the spring. Wet year, could be early June.", None),
        t("Then that's the thing to plan around, more than the hail. If I put your county's dates on your "
          "calendar and we sit down in May to talk about the prevented-planting option, you won't end up where "
          "he did. Want me to show you on one page what you'd have been paid in '22 if it'd been your farm?"),
        c("Yeah. Do that. That I'd actually look at.", None),
    ],
    "worse": [
        _open,
        t("They do, yes. Last year our agency paid claims on about one in five policies, and crop insurance is "
          "federally backed, so the company can't just walk away from a claim."),
        c("My brother-in-law got hail on his beans in '22 and they paid him next to nothing.", "bad_experience"),
        t("I'm sorry to hear that. Claims are paid on the coverage level and the adjuster's appraisal, so "
          "sometimes it's less than people expect. Higher coverage pays more. For your farm I'd suggest 80 "
          "percent."),
        c("Eighty percent costs a good bit more, I'd bet.", "too_expensive"),
        t("The premium goes up, yes, but the federal subsidy covers a good share of it. I can run the numbers "
          "for 70, 75 and 80 so you can compare."),
        c("Alright, send 'em. I'll look at 'em when I get a chance.", "brush_off"),
    ],
})

# d02 notices the real purpose behind the request
_open = c("Hello, I would like the four weeks intensive course, general English, starting Monday if possible. "
          "How much it costs?", None)
PAIRS.append({
    "id": "b30r_d02_english_course",
    "situation": "Language school reception, St Julian's, Malta. A Serbian nurse asks for a general English "
                 "course; her real goal is a hospital job interview in five weeks. Spoken, non-native customer.",
    "better": [
        _open,
        t("Hello! Yes, we have space on Monday. Four weeks intensive is 1,040 euros. Can I ask what you need "
          "the English for? Sometimes something else fits better than general."),
        c("I am a nurse, from Serbia. I have interview at Mater Dei hospital in five weeks. I am afraid for the "
          "speaking part. The grammar I know.", None),
        t("So it's really about being confident in the interview, and then with patients and colleagues. A "
          "general course might spend a lot of time on grammar you already have. We do one-to-one English for "
          "healthcare, role-plays of handovers, patients, interview questions. You could do the group course "
          "for speaking practice and add interview sessions in the last week."),
        c("This is more expensive, no?", None),
        t("A little, around 140 euros more in total. Or start the general course on Monday, and after the first "
          "week we ask your teacher whether you need the interview sessions at all."),
        c("Yes, this I prefer. Start Monday and we see.", None),
    ],
    "worse": [
        _open,
        t("Hello! Yes, we have space on Monday. Four weeks intensive general English is 1,040 euros. That "
          "includes 30 lessons a week, the course book and a level test on the first day."),
        c("Okay. And the teachers are native?", None),
        t("Yes, all our teachers are native or near-native and CELTA-qualified. Classes have ten students "
          "maximum, and there are afternoon activities and a social programme too."),
        c("The activities I don't need so much. I am here for work, I have interview in five weeks.", "no_need"),
        t("Good luck with it! The intensive course will really help your confidence. Shall I book you for "
          "Monday?"),
        c("Okay, yes. Monday.", None),
    ],
})

# d03 adapts to temperament (grieving)
_open = c("Good day. I... my wife died in August. The priest said I should order the stone now, before winter. "
          "I don't really know what I'm supposed to choose.", None)
PAIRS.append({
    "id": "b30r_d03_headstone",
    "situation": "Stonemason's workshop (gravestones), Ljubljana, Slovenia. A recently widowed man in his "
                 "seventies comes to order his wife's headstone. Spoken.",
    "better": [
        _open,
        t("Good day. I'm very sorry for your loss. There's no hurry in here, sit down if you like. Nothing has "
          "to be decided today. Can I ask her name?"),
        c("Marija. Forty-one years we were married. She liked things simple. She'd be angry if I spent too much "
          "on a big black stone.", None),
        t("Then let's keep it simple, the way she'd want. Many people choose a lighter stone, a grey local "
          "granite, very calm. Just her name, the dates, and maybe one small sign, a cross or a flower, if there "
          "was one she loved."),
        c("She had roses. In the garden. Every year.", None),
        t("A small engraved rose could be very fitting. I'll draw a simple sketch with her name and a rose, "
          "with the price, and post it to you. You can look at it at home, in your own time, and change "
          "anything."),
        c("Yes. Send it to me. Thank you for not hurrying me.", None),
    ],
    "worse": [
        _open,
        t("Good day, and my condolences. Yes, we can help. Here's our catalogue: black, grey and red granite, "
          "from 900 to 3,500 euros including engraving and installation. Is the plot single or double?"),
        c("Double. For me too, later. I don't know about the colours.", None),
        t("For a double plot most people choose black granite, it's very durable and gold lettering reads well "
          "on it. With a photo plaque it's about 2,400."),
        c("It's a lot. She didn't like big things.", "too_expensive"),
        t("We have smaller models too, from 1,300 in grey. I can prepare an offer for both and you choose."),
        c("Alright. Send me both.", None),
    ],
})

# d04 adapts to temperament (hurried)
_open = c("Mas, quick, my phone won't charge and the screen is cracked. I have a flight to Makassar in three "
          "hours and I need my boarding pass and Grab. Can you fix fast?", None)
PAIRS.append({
    "id": "b30r_d04_phone_kiosk",
    "situation": "Phone repair kiosk in a shopping mall, Jakarta, Indonesia. A customer in a rush for a flight "
                 "has a phone that will not charge and a cracked screen. Spoken.",
    "better": [
        _open,
        t("Charging first, screen later. Give it to me, often the port is just full of dust. Ten minutes, 30 "
          "thousand. If that's not it, I tell you straight away."),
        c("Ok ok. The screen?", None),
        t("Screen replacement is two hours, too risky for your flight. The touch still works, yes? Put a "
          "protector on it for 50 thousand so the glass doesn't cut your finger, and fix it properly later."),
        c("Ok, protector also. Fast please.", None),
        t("Done, it was lint in the port, look, it's charging now. Protector on. 80 thousand total. Screenshot "
          "your boarding pass now, just in case."),
        c("Thank you mas, you save me!", None),
    ],
    "worse": [
        _open,
        t("Yes, we can help. For the screen we have original and OEM. Original is 1.8 million, OEM 950 "
          "thousand, both with one month warranty, about two hours. For charging it could be the port, the "
          "cable or the battery, we need to diagnose first, diagnosis is free."),
        c("Two hours? I have a flight. Can you just do the charging?", "no_time"),
        t("Sure. Let me check... the port has some dust, I'll clean it. For the screen, do you want to book for "
          "when you're back? 10% off if you book today."),
        c("No time mas, later. Just charging.", "no_time"),
        t("Okay. Cleaned, it's charging now. 30 thousand."),
        c("Ok thanks.", None),
    ],
})

# d05 offers a low-risk step
_open = c("Mira, I'll be honest. We have three restaurants and we do the rotas and hours in Excel. It's a mess, "
          "but it works. Switching everything to a new system in the middle of summer? I don't know.", None)
PAIRS.append({
    "id": "b30r_d05_rota_software",
    "situation": "Sales call for rota and time-tracking software, Valencia, Spain. The owner of three "
                 "restaurants is sceptical about changing systems in high season. Spoken.",
    "better": [
        _open,
        t("That's honest, thank you. Summer is the worst time to break something that works. What's the "
          "messiest part of the Excel right now? The rotas, the hours for payroll, holidays?"),
        c("The hours. Every month my gestor asks for hours and extras and we spend two days fixing the sheets. "
          "People swap shifts on WhatsApp and nobody writes it down.", None),
        t("So the real pain is those two days at month end, and swaps that never reach the sheet. Then don't "
          "switch everything. Try one restaurant, just clock-in and shift swaps, for July, and keep the other "
          "two in Excel. At the end of July you see which one was easier to send to your gestor."),
        c("And if it's a disaster in July?", None),
        t("Then you stop. It's month to month, no contract. And I'll load that restaurant's staff and July rota "
          "myself this week, so your manager doesn't have to."),
        c("Vale. Try it in Ruzafa, that manager is the most patient.", None),
    ],
    "worse": [
        _open,
        t("I understand. Our platform handles rotas, clock-in, holidays and payroll export, and most restaurant "
          "groups switch in under two weeks. I can show you a demo now, it's very intuitive."),
        c("Okay, but in summer we don't have time to train anyone. We're full every night.", "no_time"),
        t("The app is very simple for staff, they just clock in on their phone. For three restaurants the annual "
          "plan is 3.50 per employee per month, or 4 on monthly. Onboarding support is included."),
        c("Maybe in October, when it's calmer. Not in summer.", "think_it_over"),
        t("Of course. I'll send the proposal and check back with you in September."),
        c("Sí, okay.", None),
    ],
})

# d06 diagnoses before recommending
_open = c("good pm sir, my layers (2,000 heads) production went down from 88% to 70% in 2 weeks, and many eggs "
          "thin shell or cracked. i use your Layer Mash. maybe i need stronger feed?", None)
PAIRS.append({
    "id": "b30r_d06_layer_feed",
    "situation": "Feed mill's customer chat, Bukidnon, Mindanao, Philippines. A small egg farmer reports a "
                 "sudden fall in laying and thin shells and asks for a stronger feed. Typed.",
    "better": [
        _open,
        t("Good pm po. Before changing feed let's find the cause, because a drop that fast is usually not the "
          "formula alone. How old are the hens, and did anything change in the last 2-3 weeks? Weather, water, "
          "a new batch of feed?"),
        c("they are 62 weeks. weather very hot lately, and we got a new delivery of feed 3 weeks ago, we store "
          "in the bodega", None),
        t("62 weeks plus heat explains part of the thin shells, older hens need more calcium and they eat less "
          "in the heat. Can you check the feed in the bodega: any bad smell, clumps, greenish spots? Are the "
          "bags on pallets or on the floor?"),
        c("omg some bags are on the floor near the wall and there are clumps. i didnt check", None),
        t("Please set those bags aside and don't feed them, mould toxins can drop laying and shell quality. "
          "We'll replace the bags from that delivery if our agent confirms. Meanwhile give oyster shell grit in "
          "the afternoon and add water points for the heat. Our agent Jun-Jun can visit Wednesday to check the "
          "birds and the bodega."),
        c("ok sir thank you. wednesday ok", None),
    ],
    "worse": [
        _open,
        t("Good pm po. For high production and strong shells we recommend upgrading to our Layer Premium with "
          "added calcium and vitamin D3. It's P1,480 per bag vs P1,320 for the Layer Mash."),
        c("160 more per bag, for 2000 heads that is big", "too_expensive"),
        t("It pays off in better shells and fewer cracked eggs. A cheaper option is oyster shell grit on the "
          "side. How old are your hens?"),
        c("62 weeks", None),
        t("Ok, at that age calcium is really important. Try the oyster shell first for 2 weeks, and if no "
          "improvement, switch to Premium. Our agent can deliver Wednesday."),
        c("ok sir i try", None),
    ],
})

# d07 adapts to temperament (expert)
_open = c("Good morning. We have a 1,250 kVA Cummins at our cold store in Shuwaikh. Monthly load test yesterday, "
          "it started fine, but when the ATS transferred, voltage dipped to about 340 and it tripped on "
          "under-voltage after six seconds. I think it's the AVR. I need someone this week.", None)
PAIRS.append({
    "id": "b30r_d07_standby_generator",
    "situation": "Service desk of a standby-generator contractor, Kuwait City, Kuwait. A cold-store facilities "
                 "engineer who knows his equipment reports a trip on load transfer. Spoken, B2B.",
    "better": [
        _open,
        t("Good morning. Dip to 340 on transfer and a trip at six seconds. Was the full load transferring in "
          "one step, or is it staged?"),
        c("One step. About 900 kW, the compressors are most of it. Same setup has worked for three years.", None),
        t("Then something's changed, agreed. The AVR is a strong candidate. On site I'd also want to rule out "
          "governor response, and whether the compressor soft-starters all still work. Did your log show "
          "frequency at the dip?"),
        c("Frequency went to 47.8 and recovered. I didn't think of the soft-starters. One was replaced in June, "
          "actually.", None),
        t("Worth checking. If the new one is set direct-on-line or with a short ramp, that's a big inrush at "
          "transfer. I can send Suresh on Wednesday with a spare AVR in the van and a power analyser for the "
          "load test. If the AVR turns out fine, you pay only the visit."),
        c("Wednesday, good. Bring the analyser. I'll have the drawings ready.", None),
    ],
    "worse": [
        _open,
        t("Good morning. Sorry to hear that. Under-voltage trips can have several causes: the AVR, that's the "
          "automatic voltage regulator which keeps the output voltage stable, the fuel system, the battery, or "
          "a load too high for the generator."),
        c("I know what an AVR is. Fuel and battery are fine, it started and ran perfectly before transfer.", None),
        t("Understood. Our technician will do a full inspection, fuel filters, batteries, coolant, AVR, and a "
          "load bank test. The full service visit is 280 dinars."),
        c("I don't need a full service, it was serviced in March. I need the transfer problem looked at.",
          "no_need"),
        t("No problem, he can focus on that. Wednesday morning is available."),
        c("Fine. Wednesday.", None),
    ],
})

# d08 digs into a doubt
_open = c("We've been told the variable rate is lower right now, but I'm not sure. My husband thinks I'm "
          "overthinking it.", None)
PAIRS.append({
    "id": "b30r_d08_first_mortgage",
    "situation": "Mortgage broker's office, Nicosia, Cyprus. An anxious first-time buyer hesitates over a "
                 "variable rate; she goes on maternity leave soon. Spoken.",
    "better": [
        _open,
        t("You may not be overthinking it at all. What is it about the variable rate that makes you unsure?"),
        c("I don't know... if it goes up, how much more do we pay? I'm going on maternity leave in March, we'll "
          "be on one salary for a while.", None),
        t("Then the real question isn't which rate is lower today, it's whether the payment still works on one "
          "salary if rates rise. On 180,000 over 30 years, if the variable went up two points, your monthly "
          "payment would go from about 870 to about 1,080. Would 1,080 be okay on your husband's salary alone?"),
        c("No. That would be very tight. Really tight.", None),
        t("Then a fixed rate for the first five years may be worth paying a bit more for, right now about 60 "
          "euros a month more than the variable. That covers the leave and the first years with the baby. I'll "
          "put both side by side, with the one-salary numbers, so you can look at it together tonight."),
        c("Yes, please. That's what I need to show him.", None),
    ],
    "worse": [
        _open,
        t("It's a fair question. Right now the variable is about 4.1 percent and the five-year fixed about 4.6. "
          "Most forecasts have rates flat or slightly lower next year, so many of our clients go variable."),
        c("Hm. But what if they don't go down?", None),
        t("Then your payment would go up, yes. You can switch to fixed later, though there may be a fee. "
          "Variable gives you flexibility."),
        c("I'm still not sure. I want to go over it with my husband again.", "think_it_over"),
        t("Of course. I'll email you both options so you can compare."),
        c("Thank you.", None),
    ],
})

# d09 notices the real purpose behind the request
_open = c("Morning. I need some pressure-treated two-by-sixes and three-quarter plywood. Building a ramp up to "
          "my porch. Maybe a dozen boards?", None)
PAIRS.append({
    "id": "b30r_d09_porch_ramp",
    "situation": "Lumber yard and building supply, rural Vermont, USA. A man buys lumber for a porch ramp; the "
                 "ramp is for his father, coming home in a wheelchair after a stroke on Friday. Spoken.",
    "better": [
        _open,
        t("Morning. Sure. How high's the porch, and what's the ramp for? Wheelchair, walker, moving stuff in?"),
        c("Wheelchair. My dad's coming home from the hospital Friday, he had a stroke. Porch is three steps, "
          "about twenty-two inches.", None),
        t("Sorry about your dad. Twenty-two inches, for a wheelchair you want about an inch of rise per foot, "
          "so that's a twenty-two-foot ramp, probably with a landing. That's a lot more than a dozen boards, and "
          "a couple of weekends' work. By Friday?"),
        c("Jeez. I was thinking like eight feet. I've got till Thursday night.", None),
        t("Eight feet would be too steep for him to push or for you to hold safely. For Friday, the medical "
          "supply place in Lebanon rents aluminum modular ramps, they set one up in an afternoon. Then build the "
          "proper wooden one when you're not racing the clock. I'll do you the lumber list for that whenever "
          "you're ready."),
        c("Huh. Okay, that makes more sense. Can you write down that rental place?", None),
    ],
    "worse": [
        _open,
        t("Morning. Sure thing. How long's the ramp going to be, and how wide?"),
        c("Maybe eight feet long, three wide. It's for my dad's wheelchair, he's coming home Friday.", None),
        t("Okay. For eight by three you'd want stringers from two-by-twelves rather than sixes, two sheets of "
          "three-quarter plywood, and I'd add grip tape or non-slip paint, and a handrail."),
        c("That's more than I figured. What's it come to?", None),
        t("About two-ninety with screws and the grip tape. We can have it loaded for you in twenty minutes."),
        c("Alright, load it up.", None),
    ],
})

# d10 elderly customer, low-risk step
_open = c("Buenos días. My daughter made this appointment, not me. She says I don't hear. I hear fine. Maybe "
          "the television is a bit quiet, that's all.", None)
PAIRS.append({
    "id": "b30r_d10_hearing_test",
    "situation": "Hearing-aid clinic, San José, Costa Rica. A reluctant man in his late seventies, sent by his "
                 "daughter, whose friend's expensive hearing aids sit in a drawer. Spoken.",
    "better": [
        _open,
        t("Buenos días, Don Arturo. Thank you for coming anyway. Where is it hardest for you? At home, or with "
          "people around, like lunch with the family?"),
        c("The family lunches, on Sunday. Everybody talks at the same time, the grandchildren, the noise. I just "
          "nod. But that's everybody at my age.", None),
        t("It's very common, yes. Shall we do the hearing test, just to know? Twenty minutes, no cost. Whatever "
          "it shows, you decide what to do with it."),
        c("Fine. But I'm not buying those things. My friend Rodolfo bought some, two thousand dollars, and "
          "they're in a drawer. He says they whistle.", "bad_experience"),
        t("That happens when they aren't adjusted well, or aren't right for the person. If the test shows "
          "something, we lend you hearing aids for thirty days, no charge. Wear them to the Sunday lunch. If "
          "they whistle or bother you, bring them back, and that's the end of it."),
        c("Thirty days, free? Okay. That I can try.", None),
    ],
    "worse": [
        _open,
        t("Buenos días, Don Arturo. Let's do a hearing test, it takes twenty minutes and it's free."),
        c("Fine. But I'm not buying those things. My friend Rodolfo bought some, two thousand dollars, and "
          "they're in a drawer.", "bad_experience"),
        t("Modern hearing aids are much better than before. After the test I'll show you our models. The "
          "mid-range ones are around 1,600 dollars a pair, rechargeable, with Bluetooth to the television."),
        c("Sixteen hundred dollars, for the television? No, no, no.", "too_expensive"),
        t("There's financing in twelve payments, and the difference in quality of life is very big, "
          "especially with the family."),
        c("I'll see. I'll talk to my daughter.", "think_it_over"),
    ],
})

# ================================================================ f pairs (one fault each)

# f01 argues with the customer
_o = c("Hello, you were at my flat on Hercegovačka street last month, for the sink. Now there's water under it "
       "again. The bottom of the cabinet is getting soft.", None)
_t1 = t("Hello, sorry to hear that. Where exactly is the water? Near the new siphon, or more at the back by the "
        "wall, where the tap pipes come in?")
_c2 = c("Near the siphon, I think, the white pipe. There's a small drip when we run the water.", None)
_t5 = t("Of course, no charge. I can come tomorrow at 9. Put a bowl under it until then, and leave the cabinet "
        "door open so it dries.")
_t7 = t("See you then. I'll check the tap pipes too while I'm there.")
PAIRS.append({
    "id": "b30r_f01_sink_leak",
    "situation": "Plumber's phone line, Podgorica, Montenegro. A customer reports that the sink the plumber "
                 "repaired last month is leaking again. Spoken. Fault in worse: argues with the customer.",
    "better": [
        _o, _t1, _c2,
        t("Then that's most likely our connection. Seals sometimes settle in the first few weeks."),
        c("So you'll fix it? I don't want to pay again.", None),
        _t5,
        c("Good. Tomorrow at 9, I'm home.", None),
        _t7,
    ],
    "worse": [
        _o, _t1, _c2,
        t("I doubt it's the siphon. We tested it before we left and it was dry, a new siphon doesn't just start "
          "leaking. It'll be the tap pipes at the back."),
        c("It IS the siphon. I'm looking at it right now, the drip is on the white pipe. And I don't want to pay "
          "again.", None),
        _t5,
        c("Fine. Tomorrow at 9.", None),
        _t7,
    ],
})

# f02 doubts the customer's honesty
_o = c("Hi. I bought this blender here two weeks ago. It worked maybe ten days, now when I press the button "
       "nothing happens. Here's the receipt.", None)
_t1 = t("Hi, thanks for bringing the receipt. Let me try it here... yes, no power at all, even on another "
        "socket. Did it stop suddenly, or was it getting weaker before?")
_c2 = c("Suddenly. I was making a smoothie, ice and some frozen mango, and it just stopped. There was a smell, "
        "a little bit like burning.", None)
_t5 = t("Understood. The refund goes back to the same card in three to five working days. If you like, I can "
        "show you two blenders that are made for ice, but no obligation at all.")
_c6 = c("No thanks, I'll just take the refund.", "no_need")
_t7 = t("Of course. Sign here, please, and this is your refund slip.")
PAIRS.append({
    "id": "b30r_f02_blender_return",
    "situation": "Returns desk of an electronics and home appliance store, Manama, Bahrain. A customer returns "
                 "a blender that died within the return window. Spoken. Fault in worse: doubts the customer's "
                 "honesty.",
    "better": [
        _o, _t1, _c2,
        t("That sounds like the motor or its protection. It's inside the 14-day window, so you can have the same "
          "model as a replacement, or a refund."),
        c("Refund, please. I don't really trust this model now.", None),
        _t5, _c6, _t7,
    ],
    "worse": [
        _o, _t1, _c2,
        t("Ice and frozen fruit... did you maybe run it for a long time, or drop it? We do get people who break "
          "things and bring them back as faulty. But okay, it's inside the 14-day window, so you can have the "
          "same model as a replacement, or a refund."),
        c("I didn't drop anything, and I'm not one of those people. Refund, please. I don't trust this model, "
          "or this shop, honestly.", None),
        _t5, _c6, _t7,
    ],
})

# f03 haggles on price at once
_o = c("Hello, we are a small family winery in Aleksandrovac, Župa. We want a new website, maybe with online "
       "shop. How much does this cost?", None)
_t3 = t("That's a fair doubt, and shipping wine has its own rules and costs. If most of your business is "
        "tastings, a site that makes booking a visit easy may bring you more than a shop. How do people book "
        "now?")
_c4 = c("They call my mobile. Or Instagram messages. I miss many when I'm in the vineyard.", None)
_t5 = t("Then a simple site in Serbian and English with an online booking calendar would catch those. That's "
        "around 1,400 euros. The shop we can add later if your son wants to test it. Shall I send a short "
        "proposal with both options so you can talk it over with him?")
_c6 = c("Yes, send. We will read it together on Sunday.", None)
_t7 = t("Will do by Thursday. And if you have photos from the tastings, send a few, they sell better than "
        "anything I could write.")
PAIRS.append({
    "id": "b30r_f03_winery_website",
    "situation": "Small web design agency, email/chat enquiry, Belgrade, Serbia. A family winery in Župa asks "
                 "what a website with an online shop costs. Typed, B2B. Fault in worse: offers a discount "
                 "before finding out anything.",
    "better": [
        _o,
        t("Hello, and thank you for writing. It depends a lot on what the site needs to do. Who should it "
          "reach? People in Serbia ordering wine, tourists visiting the cellar, restaurants?"),
        c("Mostly tourists who come for wine tours, we do tastings on weekends. Maybe restaurants in Belgrade. "
          "The online shop my son wants, but honestly I am not sure people buy wine online here.", None),
        _t3, _c4, _t5, _c6, _t7,
    ],
    "worse": [
        _o,
        t("Hello, and thank you for writing. A website with an online shop usually starts at 2,500 euros, but "
          "for small family businesses we can do 20% off, so 2,000, and if you sign this month I can go down "
          "to 1,800."),
        c("You go down very fast. 1,800 is still a lot for us. Mostly tourists come to us for wine tours, on "
          "weekends. The online shop my son wants, but honestly I am not sure people buy wine online here.",
          "too_expensive"),
        _t3, _c4, _t5, _c6, _t7,
    ],
})

# f04 gives unasked advice
_o = c("Hola, buenas. Flat tyre on the back, again. Second time this month. I need it for work tomorrow.", None)
_t1 = t("Buenas. Second time in a month, let's see why... there's a little piece of glass still in the tyre, "
        "see? That's what got the last tube too. I'll take it out and put in a new tube.")
_c2 = c("Ah, that explains it. How long?", None)
_t3 = t("Twenty minutes. Eight euros with the tube. If you ride over a lot of glass on the way to work, a tyre "
        "with puncture protection would help, but this tyre still has life in it, so that can wait.")
_c4 = c("I go through the Alameda, always broken bottles after the weekend. Maybe next time.", "think_it_over")
PAIRS.append({
    "id": "b30r_f04_bike_puncture",
    "situation": "Neighbourhood bicycle shop, Seville, Spain. A commuter brings in a city bike with a second "
                 "puncture in a month. Spoken. Fault in worse: unasked advice about the bike, saddle and lock.",
    "better": [
        _o, _t1, _c2, _t3, _c4,
        t("Makes sense. Come back in twenty minutes and it's done."),
        c("Perfect, I'll get a coffee.", None),
    ],
    "worse": [
        _o, _t1, _c2, _t3, _c4,
        t("Makes sense. Come back in twenty minutes. And honestly, a bike this heavy on these cobbles, you'd be "
          "much happier on something lighter. Lower the saddle too, your knees are too straight. And get a "
          "proper lock, that cable lasts two minutes in Seville."),
        c("Okay... I only came for the puncture. I've had this bike and this lock six years, they're fine.",
          "no_need"),
    ],
})

# f05 gives no date for the fix
_o = c("good morning, this is the manager of Yildiz Apt in Bornova. our lift stopped between 4 and 5 last night, "
       "fire brigade took 2 people out. now it is out of service. we have an old lady on 7th floor who cannot "
       "use stairs. when can you come", None)
_t1 = t("Good morning. I'm sorry, that's a frightening night for the residents. Is everyone okay? And is the "
        "lift switched off at the main breaker in the machine room now?")
_c2 = c("everyone ok, just scared. yes the firemen switched it off", None)
_t3 = t("Good, keep it off. From the fault log it looks like the door lock contact on the 5th floor again, the "
        "same as in March.")
_c4 = c("again?? the same thing as march? you replaced it then", None)
PAIRS.append({
    "id": "b30r_f05_lift_breakdown",
    "situation": "Lift maintenance company, WhatsApp with a building manager, Izmir, Turkey. The block's lift "
                 "trapped two residents overnight and is out of service; an elderly resident is stuck upstairs. "
                 "Typed. Fault in worse: no date or time for the repair.",
    "better": [
        _o, _t1, _c2, _t3, _c4,
        t("Yes, and if it's the same part it's under our 6-month warranty, no charge. Our technician Emre will "
          "be there today between 14:00 and 16:00 and will call you 30 minutes before. I'll message you here by "
          "17:00 whether it's fixed or a part has to be ordered."),
        c("ok. 14-16 i will be there with the machine room key", None),
        t("Thank you. Please tell the lady on the 7th floor too, so she knows when to expect it."),
    ],
    "worse": [
        _o, _t1, _c2, _t3, _c4,
        t("Yes, and if it's the same part it's under warranty, no charge. We'll send a technician as soon as "
          "possible, it's a busy week. We'll be in touch."),
        c("as soon as possible when? today? tomorrow? i have an old lady who cannot go out. i need a time", None),
        t("We'll do our best. Someone will contact you."),
    ],
})

# f06 promises what cannot be guaranteed
_o = c("Assalam o alaikum. My daughter got admission in University of Leicester, MSc. Last year her UK visit "
       "visa was refused. I'm worried this will happen again. Can you help?", None)
_t1 = t("Walaikum assalam, and congratulations to her. Yes, we can help with the application. Do you have last "
        "year's refusal letter? The reason they gave matters a lot.")
_c2 = c("Yes. It says they were not satisfied she would return, and the bank statement had a big deposit just "
        "before applying.", None)
_t3 = t("That's a common reason. For the student visa the funds must be held for 28 days before applying, so "
        "this time we plan it: money in the account by a set date, papers showing where it came from, and we "
        "answer the previous refusal openly in the application.")
_c4 = c("So with you, it will be approved?", None)
_t7 = t("Bring the refusal letter, her CAS when she gets it, and the sponsor's last six months of bank "
        "statements on Saturday at 11. We'll make the timeline for the funds that day.")
PAIRS.append({
    "id": "b30r_f06_student_visa",
    "situation": "Visa and admissions consultancy, Islamabad, Pakistan. A father whose daughter was refused a "
                 "visit visa last year asks for help with her student visa. Spoken. Fault in worse: guarantees "
                 "approval.",
    "better": [
        _o, _t1, _c2, _t3, _c4,
        t("I can't promise that, nobody honestly can, the decision is the embassy's. What I can promise is that "
          "the file will be complete, the funds will meet the rules, and last year's reason will be answered "
          "clearly. Most refusals we see come down to exactly those things."),
        c("Okay. That is honest. What is the next step?", None),
        _t7,
    ],
    "worse": [
        _o, _t1, _c2, _t3, _c4,
        t("Yes, 100 percent. With our file it will be approved, don't worry, we know exactly how the embassy "
          "thinks. We have never had a student visa refused."),
        c("Really? Never? Alhamdulillah, that is a relief. What is the next step?", None),
        _t7,
    ],
})

# f07 does not check the fix worked
_o = c("bonjour, since this morning the scanner doesnt send to email anymore. it says 'SMTP authentication "
       "error'. we have to send contracts to a client before noon", None)
_t1 = t("Bonjour. Did anyone change the email password for the scanner account recently? The scanner sends "
        "from its own mailbox.")
_c2 = c("yes, Maitre Benali asked everyone to change passwords yesterday, maybe also that one", None)
PAIRS.append({
    "id": "b30r_f07_scanner_email",
    "situation": "Outsourced IT helpdesk chat for a small law firm, Algiers, Algeria. The office scanner stopped "
                 "emailing scans after a password change, with a client deadline at noon. Typed. Fault in worse: "
                 "does not check that the fix worked.",
    "better": [
        _o, _t1, _c2,
        t("That's it then. I've connected remotely to the scanner's settings and put the new password in the "
          "SMTP section. Can you scan one page to your own email now and tell me if it arrives?"),
        c("wait... yes! it arrived, with the PDF", None),
        t("Great. I've noted in your file that the scanner must be updated whenever passwords change, so we do "
          "it the same day next time. Good luck with the contracts."),
        c("merci beaucoup", None),
    ],
    "worse": [
        _o, _t1, _c2,
        t("That's it then. I've connected remotely to the scanner's settings and put the new password in the "
          "SMTP section. It should work now. Have a good day!"),
        c("ok... the secretary is out, i will try when she is back. if it doesnt work can i write here again?",
          None),
        t("Yes, of course. I've noted in your file that the scanner must be updated whenever passwords change, "
          "so we do it the same day next time."),
        c("ok merci", None),
    ],
})

# f08 recommends before asking
_o = c("Buenas tardes. We need a new mattress, ours is like twelve years old. I wake up with my back hurting.",
       None)
_t3 = t("Okay, so you sleep on your side, your back hurts in the morning, and your husband moves. Then I'd look "
        "at a medium-firm with pocket springs. It holds the back but gives at the shoulder, and with the pockets "
        "you feel him less when he turns. Lie on this one for a few minutes, on your side, like at home.")
_c4 = c("Oh. Yes, this feels different. How much is it?", None)
_t5 = t("Queen size is 14,900 pesos. There's also a 100-night trial. If your back isn't better, you can "
        "exchange it.")
_c6 = c("Hmm, it's more than we planned. I want my husband to try it too.", "think_it_over")
_t7 = t("Of course. Come back with him on Saturday, I'll keep a note of which ones you liked.")
PAIRS.append({
    "id": "b30r_f08_mattress",
    "situation": "Mattress store, Zapopan, Guadalajara, Mexico. A woman with morning back pain shops for a "
                 "mattress for two. Spoken. Fault in worse: recommends a product before asking anything.",
    "better": [
        _o,
        t("Buenas tardes. Twelve years, yes, it's probably time. How do you sleep, on your side, "
          "on your back? And it's for two people?"),
        c("On my side. My husband on his back, and he moves a lot, he wakes me up.", None),
        _t3, _c4, _t5, _c6, _t7,
    ],
    "worse": [
        _o,
        t("Buenas tardes. For back pain the best is our orthopaedic extra-firm, the Ortho Max. Very firm, very "
          "good for the spine. It's right here."),
        c("Extra firm? I sleep on my side, my shoulder hurts on hard mattresses. And my husband moves a lot, he "
          "wakes me up.", "no_need"),
        _t3, _c4, _t5, _c6, _t7,
    ],
})

# f09 uses unexplained jargon
_o = c("Hi, I'm Teresa Archuleta, we've got a place out near Mora. Electric bill's been running two-fifty in "
       "summer, mostly the well pump and the swamp cooler. Somebody said solar could knock that down.", None)
_t1 = t("Hi Teresa. It might. Are you on the co-op's power lines, or off-grid?")
_c2 = c("We're on the co-op.", None)
_t5 = t("For a bill like yours, probably around 6 kilowatts, that's about fifteen panels. Roughly 16,000 before "
        "the federal tax credit, which takes 30 percent off. I'd want to see your last twelve bills before I "
        "give you a real number.")
_c6 = c("Sixteen thousand. Hm. I need to run that by my husband first, and I'll dig up the bills.", "think_it_over")
_t7 = t("That works. Text me photos of the bills whenever you've got them, and I'll come out and look at the "
        "roof, no charge for that.")
PAIRS.append({
    "id": "b30r_f09_ranch_solar",
    "situation": "Solar installer, phone enquiry, Mora County, rural New Mexico, USA. A rancher's wife with a "
                 "high summer bill from a well pump and evaporative cooler asks about solar. Spoken. Fault in "
                 "worse: unexplained jargon.",
    "better": [
        _o, _t1, _c2,
        t("Okay. Then the panels make power during the day, and whatever you don't use goes back to the co-op. "
          "They credit you for it on your bill, and at night you draw from them like normal. So you don't need "
          "batteries, which keeps the cost down."),
        c("Oh, okay, so no batteries. How much are we talking?", None),
        _t5, _c6, _t7,
    ],
    "worse": [
        _o, _t1, _c2,
        t("Okay. Then you'd go grid-tied with net metering, no BESS needed. We'd size a string inverter to your "
          "array, maybe MLPEs on the east face, and you'd export at the co-op's avoided-cost rate, depending on "
          "their tariff."),
        c("Um. I didn't follow half of that. So... no batteries? How much are we talking?", None),
        _t5, _c6, _t7,
    ],
})

# f10 makes it about themselves
_o = c("assalamu alaikum. i want to send my parents for umrah in december. abba is 74, walks with a stick. "
       "amma is healthy. i am worried about the walking, tawaf, everything", None)
_t1 = t("Walaikum assalam. May Allah accept it from them. You're right to think about the walking, there is a "
        "lot of it. Can your father walk maybe fifteen, twenty minutes without rest?")
_c2 = c("maybe 10 min. then he needs to sit", None)
_t3 = t("Then two things matter most: a hotel very close to the Haram, not the cheaper ones a kilometre away, "
        "and a wheelchair with a pusher for tawaf and sa'i, which we can arrange. Will anyone go with them, or "
        "only the two of them?")
_c4 = c("only them. i cant get leave from my job, thats why im worried", None)
_t7 = t("Of course. I'll send the package details here today, with the hotel distance and the wheelchair "
        "service cost. Let's speak on Sunday after you talk to your brother.")
PAIRS.append({
    "id": "b30r_f10_umrah_parents",
    "situation": "Hajj and Umrah travel agency, Chattogram, Bangladesh. A son arranges Umrah for his elderly "
                 "parents who will travel alone; his father can walk only short distances. Typed (WhatsApp). Fault in "
                 "worse: the agent makes it about his own pilgrimages.",
    "better": [
        _o, _t1, _c2, _t3, _c4,
        t("Then I'd put them in our group with a guide who speaks Bangla and stays in the same hotel, so they "
          "are never on their own. The 14-day package with a close hotel is 2,45,000 taka per person. That's "
          "more than the budget packages, I won't hide it."),
        c("its a lot. i need to see with my brother, we will share the cost", "think_it_over"),
        _t7,
    ],
    "worse": [
        _o, _t1, _c2, _t3, _c4,
        t("You know, I took my own mother last year, and honestly it changed my life. I cried at the Kaaba the "
          "first time. I went back this year with my wife, we stayed where you can see the Haram from the "
          "window, and I'm going again in March. So believe me, I know everything about this. The 14-day "
          "package with a close hotel is 2,45,000 taka per person."),
        c("mashallah. but my parents will be alone there... its a lot. i need to see with my brother, we will "
          "share the cost", "think_it_over"),
        _t7,
    ],
})
