"""Gaming pairs, part a (kinds 1-5, two each). Hand-written for blind73."""
from common import c, gpair, t

PAIRS = []

# 1 monologue
O = c("Hello, yes, I got your number at the medical expo. We run a small outpatient clinic in Westlands, three doctors, "
      "and honestly our paper files are a mess. I have maybe ten minutes.", None)
PAIRS.append(gpair(
    "b73g_nairobi_clinic_records", "clinic management software, Nairobi (Kenya)", "monologue",
    "A clinic manager calls a software vendor after a patient file was lost; she is short of time and the partners decide spending.",
    good=[O,
          t("Thanks for calling, and ten minutes is fine, I'll keep it tight. When you say the files are a mess, what actually goes wrong day to day?"),
          c("Finding them, mostly. A patient comes back after two months and reception spends fifteen minutes looking for the folder. "
            "Last week we lost one completely, a diabetic lady, all her sugar readings gone.", None),
          t("That's a real risk, not just an annoyance. So it's getting a patient's history quickly and never losing it. Who would be typing things in, the doctors themselves or reception?"),
          c("Reception does registration. The doctors... two of them will type. Dr. Otieno won't, he's sixty-four and writes everything by hand. "
            "And our internet goes off maybe twice a week.", None),
          t("Two things that matter, then: one doctor who'll keep writing by hand, and a connection you can't rely on. The system works offline and syncs when the line comes back. "
            "For Dr. Otieno, some clinics have reception scan the handwritten notes into the file at the end of the day. Not perfect, but nothing gets lost. Would he accept that?"),
          c("Scanning he would accept, if somebody else does it. What does all this cost? We are not a hospital.", None),
          t("For three doctors and one reception seat it's 9,500 shillings a month, offline version and support included. Before you decide anything, "
            "I'd suggest two weeks on the reception desk only, so you can see whether it really cuts that fifteen-minute search. Would that be useful?"),
          c("Two weeks on reception, fine. But I show the partners before we pay a cent, they decide money together.", "think_it_over"),
          t("Makes sense. I'll set the trial up Monday, and after week two send a one-page summary, search times before and after, for the partners. A short call about it on Thursday the 18th?"),
          c("Thursday afternoon. Send the login details by email.", None)],
    gaming=[O,
            t("Wonderful, thank you so much for reaching out, I'm so glad you found us at the expo! Let me tell you about MedFile Pro, because I think you'll love it. "
              "Three hundred clinics across East Africa: records, e-prescriptions, lab integration, insurance claims, SMS reminders, a patient app, the best dashboards in the region."),
            c("Okay, but my problem is mainly the —", None),
            t("Absolutely, I hear you, the files, that's exactly what we solve. Picture it: the patient walks in, reception scans the card, the whole history pops up, allergies, past visits, lab results straight in. "
              "We do telemedicine too, and partners get monthly revenue per doctor. What do you think?"),
            c("It sounds like a lot. One of our doctors doesn't type at all, and the internet here —", None),
            t("Totally, that's a really common concern, but once doctors see the interface they change their minds, it's so intuitive. The full suite is 24,000 a month, with a launch discount this quarter. "
              "And onboarding is a great experience: week one we migrate, week two we train, week three you're live."),
            c("24,000 a month? That's nearly what we pay our receptionist. For three doctors. And I did say I had ten minutes.", "too_expensive"),
            t("I completely understand, and that's exactly why it's important to look at the value. Does that all make sense? Is there anything else you'd like to know?"),
            c("No. Just email me a brochure, I'll look at it when I have time.", "brush_off")]))

# 2 monologue
O = c("hello good morning, i am treasurer of cooperative of coffee growers in pitalito huila. we see your solar dryers in the fair in neiva. we need price for maybe 20 units", None)
PAIRS.append(gpair(
    "b73g_huila_coffee_dryers", "solar coffee dryers for a growers' cooperative, Pitalito, Huila (Colombia)", "monologue",
    "A coffee cooperative's treasurer asks a dryer maker for prices in a chat; a committee votes purchases and money is short.",
    good=[O,
          t("good morning and thanks for writing. happy to send a price. before i do, can i ask two or three things so i quote the right size? how do your members dry the coffee now"),
          c("most dry on the roof of the house or on plastic in the patio. when rain comes they run to cover it, and sometimes the coffee gets mould and the buyer pays less", None),
          t("ok so the real loss is rain and mould cutting the price you get. how many kilos of parchment does a typical member dry in the peak weeks, more or less"),
          c("small farms, 300 to 600 kilos in main harvest. some bigger ones 2000 but those already have a dryer", None),
          t("thanks. for 300 to 600 kg the 6 by 12 metre tunnel is enough, you dont need the big one. 4.2 million pesos installed, for 20 it is 84 million less 8 percent for cooperatives. can the cooperative do that"),
          c("is a lot for us. the cooperative has maybe 40 million this year, the rest we need credit or the members pay part", "no_money"),
          t("understood. two ways other cooperatives did it: start with 10 units for the members with the worst mould problem, or split the cost, half cooperative and half the member over two harvests. "
            "there is also a ministry of agriculture subsidy, some got 30 percent back. would that help your committee"),
          c("yes send the subsidy papers. the committee meets first saturday of the month, i cannot decide alone", "think_it_over"),
          t("ok. today i send one pdf in spanish: quote for 10 and 20 units, the split payment and the subsidy form. if the committee wants i can come to pitalito before the meeting. should i plan that"),
          c("maybe. i ask the president and tell you this week", None)],
    gaming=[O,
            t("good morning!! thank you for your interest in SolarSeca, the leading dryer brand in colombia. uv-stabilised film, galvanised steel, 10 year warranty, 40 percent faster drying, better cup quality. "
              "for cooperatives we recommend the 8x20 PRO with ventilation fans and humidity sensor"),
            c("ok but our members are small, they dry 300 500 kilos", None),
            t("great question! the PRO is perfect for all sizes because members can share it, many cooperatives do this. 11.5 million installed, financing at 1.9 percent monthly, and an app to check humidity from the phone. "
              "installation 3 weeks after payment. shall i send the contract for 20 units"),
            c("11 million each?? that is too much for us, we are not big exporters. and many members have no internet on the farm", "too_expensive"),
            t("i understand completely, price is always a concern, but think of the success of your members. the PRO pays for itself in 2 harvests. how else can i help you today"),
            c("you are not listening. we asked for small dryers. i will ask other supplier", None)]))

# 3 closing_as_open_question
O = c("Hi, it's Janet Holloway, bursar at Moss Lane High. Our copier lease with you runs out in March and the governors have told me to get the print budget down. So, what are my options?", None)
PAIRS.append(gpair(
    "b73g_manchester_copier_lease", "photocopier lease renewal for a secondary school, Manchester (UK)", "closing_as_open_question",
    "A school bursar calls the leasing firm before the copier lease ends; governors want costs cut and a committee approves contracts.",
    good=[O,
          t("Hi Janet, thanks for calling early. Before options, what does the school print now, roughly, and where does the money go?"),
          c("We've got eleven machines. Last year it was about nineteen thousand all in, lease plus clicks. Half of that is colour and, honestly, most of the colour is staff "
            "printing worksheets in colour when they don't need to.", None),
          t("So nineteen thousand, and a big slice of it is colour that could be black and white. Are all eleven machines busy, or are some hardly used?"),
          c("Three in the old block barely get touched since we moved the sixth form. I'd happily lose those.", None),
          t("Then the savings probably aren't in the machine model. Drop to eight devices, put colour behind a PIN, and schools like yours usually cut the bill by a quarter to a third. "
            "I can pull your real usage per machine from our meters so nobody's guessing. Would that help with the governors?"),
          c("Yes, very. Though I'll be honest, I've had a quote from another supplier that's cheaper per click.", "too_expensive"),
          t("Fair, and worth comparing. Send me their quote and I'll put both side by side on your actual volumes, end-of-lease costs included. If theirs is still cheaper, you'll see it plainly."),
          c("All right. The finance committee meets on the 2nd of February, I'd need it before then.", None),
          t("You'll have the usage report and the comparison by the 23rd of January, so there's a week to read them before the committee."),
          c("Lovely. Thanks.", None)],
    gaming=[O,
            t("Hi Janet, lovely to hear from you! So, thinking about the next five years, what would it take for you to renew with us today?"),
            c("Today? Nothing, I'm not deciding anything today. The governors want the costs down first.", "think_it_over"),
            t("Absolutely, and I hear that. So what I'm hearing is you want value. Our new Series 7 fleet is faster and cheaper per page. When would suit our engineers best for the swap-over, before Easter or after?"),
            c("I haven't agreed to any swap. We've got three machines nobody uses, I want to know about those.", None),
            t("Good point. And how would you like the new lease structured, quarterly or annual? Most schools go annual."),
            c("I'd like you to answer what I asked. Can I reduce the number of machines or not?", None),
            t("Definitely something we can look at as part of the package. Just so I can start the paperwork, who at the school would be signing, you or the head?"),
            c("Nobody's signing. I've got a quote from another firm that's cheaper per click, and frankly this call is making the choice easier.", "too_expensive"),
            t("I understand. What would you need to see from us to make that decision easy for you this week?"),
            c("A straight answer. Send me the meter readings for each machine and I'll decide in my own time.", "think_it_over")]))

# 4 closing_as_open_question
O = c("Good afternoon. My dishwasher, it breaks again on Saturday, in the middle of the dinner. I need something that works, I don't want to be the mechanic every week.", None)
PAIRS.append(gpair(
    "b73g_lisbon_restaurant_dishwasher", "catering-equipment showroom, Lisbon (Portugal)", "closing_as_open_question",
    "A seafood restaurant owner walks into a showroom because his old dishwasher keeps failing in service; he just bought a fridge.",
    good=[O,
          t("That sounds like a rough Saturday. How old is the one you have, and what's breaking on it?"),
          c("Eight years. The technician says the pump, before that the heater. On Friday and Saturday we do maybe 180 covers, the machine cannot follow, the plates come out wet.", None),
          t("So it's old, overworked, and on busy nights slow as well as unreliable. For 180 covers a hood-type machine keeps up much better. Do you have the space and three-phase power?"),
          c("Three-phase I think yes. Space is small, it is an old building. And money... I just paid the new fridge last month.", "no_money"),
          t("Fair enough. Let me not guess: I come and measure Monday before you open, twenty minutes. Then two prices, a hood machine and a bigger undercounter if it won't fit, plus a monthly option since you just paid the fridge."),
          c("Monday at ten is okay. Rua dos Remédios, number 42.", None)],
    gaming=[O,
            t("Oh no, the worst timing! Well, you've come to the right place. Which of these two do you see in your kitchen, the Hydra 500 or the Hydra 700?"),
            c("I don't know. I must measure the space, it is an old building.", None),
            t("Of course. And when you picture Saturday night with no more breakdowns, how soon would you like that, this week or next?"),
            c("First I want to know the price, and if it fits.", None),
            t("The 700 is 6,900 plus VAT, an excellent investment. How would you prefer to pay, card or transfer? With a deposit today we install Thursday."),
            c("6,900? I don't have 6,900 now, I paid the fridge last month. I go home.", "no_money"),
            t("Totally understand. What would need to happen for you to feel comfortable leaving the deposit today?"),
            c("Nothing. Goodbye.", None)]))

# 5 pitch_as_paraphrase
O = c("We had a laptop stolen last week. Customs declarations, six months, not backed up anywhere. I need to stop that happening again. 140 users, mostly laptops. What do you have.", None)
PAIRS.append(gpair(
    "b73g_rotterdam_laptop_backup", "backup software for a freight forwarder, Rotterdam (Netherlands)", "pitch_as_paraphrase",
    "A terse IT manager contacts a backup vendor after a stolen laptop took six months of customs files; the board questions spending.",
    good=[O,
          t("Sorry to hear it. Before I say what we have: where do people save files today? Local drive, a server, OneDrive?"),
          c("Everywhere. We have Microsoft 365, OneDrive exists, but half of them save to the desktop and nothing syncs.", None),
          t("So the tool is partly there; the gap is the desktops. Is it only files, or do people also keep data inside local applications?"),
          c("Customs software is cloud. It's Excel and PDFs on desktops. And the board will ask why we pay for something we already have.", "no_need"),
          t("They'd have a point. For desktop files you may not need a new product: OneDrive's known-folder move redirects Desktop and Documents, and you already pay for it. "
            "Our backup earns its money on long retention or fast full-laptop restores. Do you need either?"),
          c("Customs says we keep records seven years. So retention, yes.", None),
          t("Then both, in order: known-folder move this week at no cost, and a 20-user pilot of our seven-year retention, about 3.10 euro per user per month at full price. "
            "I'll send a one-page note for the board: what OneDrive covers, what it doesn't, and what the gap costs."),
          c("Send it. I do the OneDrive change first and decide on the pilot after.", "think_it_over")],
    gaming=[O,
            t("I'm so sorry, that's every IT manager's nightmare. So if I'm understanding you correctly, what you need is our Endpoint Shield Enterprise with unlimited retention, is that right?"),
            c("I don't know what that is yet. I need the desktops backed up.", None),
            t("Absolutely. So what I'm hearing is you want total protection for all 140 devices, which is exactly the Enterprise tier at 7.90 per user. Did I get that right?"),
            c("I didn't say anything about a tier. We have Microsoft 365. Maybe OneDrive is enough.", "no_need"),
            t("Great point, let me play that back: you're saying Microsoft isn't giving you the peace of mind you need, so you'd like the ransomware add-on on top of Enterprise. Does that capture it?"),
            c("No. I said maybe we already have what we need.", "no_need"),
            t("Understood. So to summarise: 140 Enterprise licences, annual billing, starting this month. Have I understood your needs correctly?"),
            c("You have not. 7.90 times 140 is over 13,000 a year for something I maybe already own. I talk to Microsoft.", "too_expensive")]))

# 6 pitch_as_paraphrase
O = c("Hello, I am Linh, manager of Sea Breeze Hotel, 48 rooms, near My Khe beach. We wash everything in-house but now is high season and we cannot follow, "
      "and guests write on the review that the towels are grey. I want to ask how your service works.", None)
PAIRS.append(gpair(
    "b73g_danang_hotel_laundry", "industrial laundry service for a beach hotel, Da Nang (Vietnam)", "pitch_as_paraphrase",
    "A hotel manager calls a laundry because in-house machines cannot cope in high season; winter is quiet and the owner signs off costs.",
    good=[O,
          t("Hello Linh, thanks for calling. Grey towels in the reviews, that hurts. Can I ask a few things first: what would you want us to take, everything or only part of it?"),
          c("Maybe only towels and sheets. The small things, pillow cases, bathrobes, my staff can do. We have two machines, old, one is broken since March.", None),
          t("So towels and sheets, and the small items stay in-house. How much is it per day in high season? If you don't know kilos, the number of rooms changed is fine."),
          c("Around 40 check-outs every day in summer. In winter maybe 15. That is why I don't want a big contract all year.", None),
          t("Clear: so per-kilo pricing, no minimum that hurts you in winter. Forty check-outs is about 120 kilos a day, at 14,000 dong a kilo, "
            "pickup and same-evening delivery included. About the grey: do you want us to whiten the towels you have, or rent ours?"),
          c("Hmm, renting, how much? My owner will ask why not buy a new machine instead.", "think_it_over"),
          t("Fair question. Renting adds about 3,000 a kilo but you never buy towels; a new washer and dryer is around 180 million plus power and staff time. "
            "I'll put both on one page for your owner, and we could start with a one-week trial on towels only so you see the colour yourself."),
          c("One week trial is good. Send me the page, I show him tomorrow.", None)],
    gaming=[O,
            t("Hello Linh, welcome! So what you're telling me is you'd like our Full Linen Partnership, where we supply and wash all your linen on a twelve-month contract, is that right?"),
            c("Ah, no, I don't know this yet. Maybe only towels and sheets. The small things my staff can do.", None),
            t("I see, so what I'm hearing is you want to stop worrying about linen completely, which is why the full package makes sense: towels, sheets, robes, pool towels, all of it. Correct?"),
            c("Not all of it. And in winter we have only 15 check-outs, I don't want to pay the same every month.", "no_need"),
            t("Got it, so basically you're looking for predictable costs all year round, which is exactly what our fixed monthly fee gives you: 38 million a month, summer and winter. Did I understand you correctly?"),
            c("No, it is the opposite! I said I don't want the same price in winter. 38 million is more than my staff salaries.", "too_expensive"),
            t("I hear you. So just to confirm, you'd like the premium whitening on top, so the reviews improve. Shall I add that to the contract?"),
            c("I will call another laundry. Thank you.", None)]))

# 7 upsell_as_loop_closing
O = c("Morning, Sipho from the Rosebank site. Inspector came through yesterday, gave us two weeks to sort PPE. I need hard hats and reflective vests for new guys, thirty of each. Quick one, I'm on site.", None)
PAIRS.append(gpair(
    "b73g_johannesburg_site_ppe", "PPE supplier for a residential build, Johannesburg (South Africa)", "upsell_as_loop_closing",
    "A site manager phones his safety-gear supplier after a labour inspection; he is busy on site and the PPE spend was not in the budget.",
    good=[O,
          t("Morning Sipho, I'll be quick. What exactly did the inspector flag, just the new guys without gear, or anything else?"),
          c("New guys, and he said some hats are past date. We've got maybe fifteen old ones from 2019.", None),
          t("Hats do expire, usually three to five years from the date stamped inside. So it might be forty-five hats, not thirty. Want to check the stamps before I quote?"),
          c("Ja, I'll get the foreman to check today. Budget's tight though, this wasn't planned.", "no_money"),
          t("Understood. Basic approved hat R68, vest R45: R3,390 for thirty each, R4,410 with forty-five hats. Both quotes come now; once the count's confirmed we deliver in two days, inside your two weeks."),
          c("Sharp. I'll WhatsApp you the number this afternoon.", None)],
    gaming=[O,
            t("Morning Sipho! Thirty hats and thirty vests, got it. Is there anything else we can add for you while we're at it? Most sites take safety boots with this."),
            c("The boots are fine. Just hats and vests.", "no_need"),
            t("Perfect. And just to close the loop on the inspection, what else can I put in to make sure you're fully covered? Ear defenders, glasses, harnesses?"),
            c("He didn't say anything about those. Look, I'm on site, I don't have time for a catalogue.", "no_time"),
            t("Totally. So we've covered everything you need, shall I make those the premium hats with chin strap and lamp clip? R145 instead of R68, they last longer."),
            c("R145 a hat? No. The basic ones. This wasn't in the budget at all.", "no_money"),
            t("No problem. Last thing, just checking nothing's missing: would you like a first-aid kit top-up? Inspectors love that. Anything else at all?"),
            c("Just send the quote for the hats and vests.", None)]))

# 8 upsell_as_loop_closing
O = c("hi i need to reorder the 10 inch white cake boxes, same as last time. 200. can it arrive before friday", None)
PAIRS.append(gpair(
    "b73g_montreal_bakery_boxes", "packaging wholesaler web chat, Montreal (Canada)", "upsell_as_loop_closing",
    "A bakery owner reorders cake boxes through a packaging wholesaler's chat before a holiday weekend; part of the last delivery arrived crushed.",
    good=[O,
          t("hi! yes, 200 of the 10 inch white with window, like your march order. if i put it through before 3pm it ships tomorrow and arrives thursday. does that work"),
          c("thursday is perfect. last time like 20 of them came crushed though", "bad_experience"),
          t("sorry about that. ill mark it double boxed with corner protectors, no charge, and if any arrive damaged send a photo and we credit them. still rue rachel for delivery"),
          c("yes same. ok go ahead", None),
          t("done, order 58213, arrives thursday. tracking comes by email tonight"),
          c("merci", None)],
    gaming=[O,
            t("hi! thanks for reaching out. 200 of the 10 inch white, sure. before i close this off, what else can i add for you? we have matching cake boards and ribbon in holiday colours"),
            c("no just the boxes", "no_need"),
            t("great! and so you have everything you need for the weekend, want to upgrade to our kraft premium boxes? customers say they feel more artisanal. only 40 cents more each"),
            c("no. the white ones", "no_need"),
            t("absolutely. anything else to make your weekend a success? express shipping guarantees wednesday for 24.99"),
            c("25 dollars to gain one day is crazy. does the normal one come before friday or not", "too_expensive"),
            t("normal should be thursday. last thing to close the loop, can i add cupcake inserts? theyre on sale"),
            c("ugh no. put the order through please, i have a line out the door", "no_time")]))

# 9 leading_tag_questions
O = c("Good morning. I'm Grace Nakato from Afya Outreach. We need two double-cab pickups for our field teams in Karamoja, and I'm collecting quotations; our donor requires three before we buy.", None)
PAIRS.append(gpair(
    "b73g_kampala_ngo_pickups", "vehicle dealership, Kampala (Uganda)", "leading_tag_questions",
    "An NGO programme officer needs two pickups for rough roads; the donor sets a ceiling and a committee compares three quotes.",
    good=[O,
          t("Good morning, Grace. I'll make our quote easy to compare. What will the vehicles carry, and on what roads?"),
          c("Vaccine cold boxes, four staff, sometimes a generator. Murram roads, bad river crossings in the rains. Our last pickups, from another dealer, the suspension was gone in eighteen months, so honestly I'm nervous.", "bad_experience"),
          t("Eighteen months is far too short. Were those heavy-duty suspension models, or standard ones carrying that generator?"),
          c("Standard, I think. And yes, probably overloaded.", None),
          t("Then the spec matters more than the badge: heavy-duty springs and a snorkel for the crossings, about 2,800 dollars extra each. What ceiling does the donor set?"),
          c("46,000 per vehicle, tax included. Does your heavy-duty one fit?", None),
          t("Yes, 44,300 with tax, plus three years' servicing at our Moroto branch so the teams don't drive back to Kampala. I'll write the suspension spec into the quotation so the committee compares like with like."),
          c("That helps. The committee sits on the 14th. PDF, addressed to the Country Director please.", None)],
    gaming=[O,
            t("Good morning, Grace! Well, you'll want the top-spec Raptor double cab for Karamoja, won't you? Those roads are brutal."),
            c("I don't know yet. What matters is it doesn't break like our last ones, the suspension was gone in eighteen months.", "bad_experience"),
            t("Exactly, and that's why you'd agree the cheaper models just aren't worth it, wouldn't you? The Raptor is a completely different experience."),
            c("How much is it?", None),
            t("58,900. But you can't really put a price on your staff's safety, can you?"),
            c("Our ceiling is 46,000 per vehicle. The donor will not pay 58,900.", "no_money"),
            t("Sure, but donors always find a bit extra for safety, don't they? You'd rather ask than break down in the bush, surely?"),
            c("No, they don't, and I know our donor better than you do. Quote me something under 46,000.", None),
            t("Of course. Though you wouldn't really want the basic one, would you?"),
            c("I will get my other two quotes first.", "think_it_over")]))

# 10 leading_tag_questions
O = c("Good afternoon. I have 22 forklifts, three brands, the contract with our current provider ends in June. I want a price per truck per month and your response time. I have forty minutes.", None)
PAIRS.append(gpair(
    "b73g_wroclaw_forklift_service", "forklift maintenance contract for an auto-parts plant, Wrocław (Poland)", "leading_tag_questions",
    "A numbers-driven procurement manager meets a forklift service firm to replace a slow provider.",
    good=[O,
          t("Good afternoon. You'll get both today. So the price is real and not a guess: which brands, and how many hours a year do they run?"),
          c("Fourteen Linde, six Toyota, two Jungheinrich electric. Three shifts, around 4,500 hours a year each.", None),
          t("That's heavy use. What isn't working with the current provider: price, response, something else?"),
          c("Response. They promise four hours, in practice next day. One truck down on night shift means a late lorry to Germany. The price is fine, to be honest.", None),
          t("So speed matters more than price. Our technician is in Bielany, fifteen minutes away: two hours on day shifts, four on nights, with a credit if we're late. 690 złoty per truck per month, parts extra."),
          c("690 is more than now. We pay 610.", "too_expensive"),
          t("About 21,000 a year more across the fleet, against what one missed shipment costs. If you like, we service the two Jungheinrich trucks for three months next to your current contract and you judge us on your own data."),
          c("A missed shipment is around 15,000 euros. Okay. Send the contract with the late-response credit written in, I take it to the operations director.", None)],
    gaming=[O,
            t("Good afternoon! Twenty-two trucks, great. You'll want our all-inclusive Platinum cover, won't you, with that many machines?"),
            c("I want a price per truck and a response time. I don't know what Platinum is.", None),
            t("Parts, tyres, batteries, everything. You don't want surprise repair bills, do you?"),
            c("We have our own tyre supplier. I asked about response time.", "no_need"),
            t("And you'd agree response is only as good as the team behind it, wouldn't you? You'd want one provider for all three brands, surely?"),
            c("What is the response time. In hours.", None),
            t("Usually same day. And at 940 per truck, Platinum is really good value compared to downtime, isn't it?"),
            c("940? We pay 610 and buy our own tyres. That is not good value.", "too_expensive"),
            t("But peace of mind is worth something, isn't it? You wouldn't want to be the one who chose the cheaper option, would you?"),
            c("I would, if it works. Send a price without Platinum and the response time in writing. Then we see.", "think_it_over")]))
