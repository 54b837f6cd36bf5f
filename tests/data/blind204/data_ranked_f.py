"""Ranked pairs f01-f10 (b204): both sides share every turn except one fault in `worse` and the customer's reaction. Hand-written."""
from common import c, t, rpair

# f01 argues with the customer: removalist, Brisbane (scratched table)
_f01_0 = c("Hi, you moved us from Paddington to Wynnum on Saturday. The dining table's got a long scratch right across the top. It wasn't there before.", None)
_f01_1 = t("I'm sorry to hear that, and thanks for letting us know quickly. Can you tell me where on the table, and roughly how long the scratch is?")
_f01_2 = c("Across the middle, maybe forty centimetres. It's a jarrah table, it was my dad's.", None)
_f01_3_better = t("That's a beautiful piece, and I understand why it matters. I'll check the packing sheet to see whether it was blanket-wrapped and who loaded it. Could you send me a couple of photos, one close up and one of the whole top?")
_f01_4_better = c("Yes, I'll send them tonight. It was definitely fine at the old place.", None)
_f01_3_worse = t("Hmm, jarrah's fairly soft for a hardwood, and forty centimetres sounds more like something dragged across it after we left. Our guys blanket-wrap everything, so I'd be surprised if that was us.")
_f01_4_worse = c("So I did it? I watched them carry it in with no blanket on. I'll send photos, but I'm not happy.", None)
_f01_5 = t("I'll pull the crew's notes and the loading photos today. If it happened in our care, our insurance covers a professional furniture restorer, and we'd book them at your house so the table doesn't have to move again. I'll ring you tomorrow by midday with what I find.")
_f01_6 = c("Okay. Midday tomorrow.", None)
_f01_7 = t("Midday. Talk then.")

# f02 doubts the customer's honesty: leasing agent, Astoria NY (freelancer's income)
_f02_0 = c("Hi, I'm applying for the one-bedroom on 34th Avenue in Astoria. I'm a freelance video editor, so I don't have pay stubs. What do you need from me?", None)
_f02_1 = t("Thanks for applying. No pay stubs is fine, we see it a lot. The landlord's rule is income of 40 times the monthly rent, so for $2,600 that's $104,000 a year. What's your income roughly, and how can you show it?")
_f02_2 = c("Last year I made about 118 on my 1099s. I've got my tax return and bank statements.", None)
_f02_3_better = t("That works. Please upload last year's return and your last three months of bank statements. If you have a couple of current client contracts, add those too, it helps the landlord see the work is ongoing.")
_f02_4_better = c("I've got two retainer contracts, I'll add them. How long does approval take?", None)
_f02_3_worse = t("Okay. I'll be honest, freelancers sometimes pad their numbers, so we'll need to verify everything directly with your clients. Can you give me their phone numbers?")
_f02_4_worse = c("Call my clients? It's on my IRS return. Fine, I'll upload it, but that's kind of insulting. How long does approval take?", None)
_f02_5 = t("Once everything's uploaded the landlord usually decides within two business days. There's a $20 application fee for the credit check, which is the legal maximum here.")
_f02_6 = c("Twenty bucks is fine. Is there a broker fee, though? Because I can't do fifteen percent on top of first month and the deposit.", "no_money")
_f02_7 = t("No, this one's a no-fee listing, the landlord pays it. I'll email you as soon as the file goes to the landlord.")

# f03 drops the price before asking anything: self storage, Sharjah (between flats)
_f03_0 = c("Hello, how much for a storage room? I'm moving from Sharjah to Dubai but the new flat is not ready for six weeks.", None)
_f03_1_better = t("Hello! Happy to help. What are you storing, roughly, a whole flat or some pieces?")
_f03_2_better = c("Whole two-bedroom flat. Beds, sofas, dining table, washing machine, and boxes.", None)
_f03_1_worse = t("Hello! Our rooms normally start at 600 dirhams a month, but I can give you 25% off any size if you book today.")
_f03_2_worse = c("You give discount before you even know what I need? Then the normal price is not real. Anyway, it's a whole two-bedroom flat. Beds, sofas, dining table, washing machine, boxes.", None)
_f03_3 = t("For a two-bedroom you'll want about 150 square feet. After the first month you can pay weekly, so if the flat is ready at six weeks you only pay six weeks. Are your company's movers bringing it here, or do you need us to collect?")
_f03_4 = c("The movers bring it. Six weeks only, inshallah. The other place in Al Khan wanted me to sign three months.", None)
_f03_5 = t("No need for three months here. I'll reserve a 150 square foot unit from the 1st and send you the contract on WhatsApp.")
_f03_6 = c("Okay, send it.", None)

# f04 an unasked lecture: mortgage broker, Adelaide (first home grant on a new build)
_f04_0 = c("Hi, quick question. We're building a new place in Mount Barker, and we want to know if we get the First Home Owner Grant, and when it gets paid.", None)
_f04_1 = t("Hi, congrats on the build. Happy to check. Have either of you owned property before, anywhere in Australia?")
_f04_2 = c("No, never. It's both of us, we're both citizens. The contract's 580 for house and land.", None)
_f04_3_better = t("Then you should both qualify. In SA the grant is 15 thousand for a new home, and with a construction loan it's usually paid at the first progress payment, the slab, not when the land settles. Has your builder given you a payment schedule?")
_f04_4_better = c("Yeah, slab's 15% of the build price. So the grant covers most of that?", None)
_f04_3_worse = t("Then you should both qualify. Before we go on, though, can I give you a bit of advice? A lot of young couples building get carried away with upgrades and end up stretched. I always tell people: cancel the streaming, cook at home, cut the takeaway coffees, and put the grant straight into the offset, not a fancy kitchen. Has your builder given you a payment schedule?")
_f04_4_worse = c("Um, we didn't ask for a budget talk, we've been saving for four years. Yeah, slab's 15% of the build price.", None)
_f04_5 = t("If the build part is around 330 thousand, the slab payment is close to 49 thousand, so the grant pays about a third of it and your loan the rest. I'll lodge the grant application with your loan documents so it's ready in time.")
_f04_6 = c("Great. Do we need to do anything?", None)
_f04_7 = t("Just both sign the application I'll email tonight, and send me copies of your passports or birth certificates.")

# f05 a vague next step: HOA office, Highlands Ranch CO (solar panels)
_f05_0 = c("Hi, we want to put solar panels on our roof in Highlands Ranch. The installer says we need HOA approval first. How does that work?", None)
_f05_1 = t("Hi, good call asking first. Colorado law limits how far an HOA can restrict solar, so it's mostly about placement and looks. Which side of the roof would they go on, and can they be seen from the street?")
_f05_2 = c("South side, which faces the street unfortunately. Black panels, flush mount.", None)
_f05_3 = t("Black flush-mounted panels are what our guidelines prefer, so that helps. You'd send in the architectural form with the installer's layout drawing and a spec sheet for the panels. The committee can ask for changes to placement, but it can't refuse solar outright or ask for changes that add a lot of cost.")
_f05_4 = c("Okay. Our installer's only holding the price for 30 days though, and honestly we're not sure we want to go ahead at all if this drags on.", "think_it_over")
_f05_5_better = t("Understood. If the form's in by Tuesday, it goes to the committee on the 14th and I'll email you the decision by the 16th, well inside your 30 days. I'll send you the form and an example of an approved solar layout today.")
_f05_6_better = c("Perfect, Tuesday's easy.", None)
_f05_5_worse = t("Understood. Once you submit the form, the committee will review it and we'll let you know.")
_f05_6_worse = c("When, though? Even a rough date? The installer's price runs out in 30 days.", None)

# f06 over-promises: movers, Dubai (tight handover)
_f06_0 = c("Hi, I must hand over my flat in Al Barsha on Thursday. It's a one-bedroom, I'm moving to Al Furjan. Can you do Wednesday?", None)
_f06_1 = t("Hi, let me check Wednesday... yes, we have a crew Wednesday morning. How much is there, and which floor are you on at each end?")
_f06_2 = c("Eighth floor here, the new one is a townhouse. Bed, sofa, wardrobe, TV, fridge, washing machine, maybe twenty boxes. The building needs a move-out permit though.", None)
_f06_3_better = t("That's about a half-day job for three men, usually finished by early afternoon, but the lifts and the permit check at the gate can slow things down, so I wouldn't plan anything tight on Wednesday. The move-out permit you request from building management, it takes 24 to 48 hours, so please apply today. The price is 1,400 dirhams including wrapping.")
_f06_4_better = c("Okay, I apply for the permit now. Handover with the landlord is Thursday morning, so that's fine then.", None)
_f06_3_worse = t("No problem at all, we'll be done by noon, guaranteed, and nothing will get a scratch, I promise you. We'll sort the permit with your building too, don't worry about it. The price is 1,400 dirhams including wrapping.")
_f06_4_worse = c("Done by noon, great. Then I tell the landlord to come Wednesday at 1 for the handover, and I won't apply for the permit myself.", None)
_f06_5 = t("We'll send you the crew leader's number on Tuesday evening, and he'll call you before they leave the yard.")
_f06_6 = c("Okay, thank you.", None)

# f07 closes before checking the thing works: property manager, Tucson AZ (AC repair)
_f07_0 = c("Hi, this is Rosa in unit 12 at Saguaro Vista. The AC guy came this morning about our cooling, I think he replaced something.", None)
_f07_1 = t("Hi Rosa, thanks for calling. Let me pull up the work order... yes, it says he replaced the capacitor on the outside unit.")
_f07_2 = c("Okay, yeah, that's what he said. It was blowing cold when he left.", None)
_f07_3_better = t("Good. It's been about four hours now. Is the house actually getting down to what you set it to, or just blowing cold at the vent? In this heat a unit can run and still not keep up.")
_f07_4_better = c("Hmm, now that you ask, it's set at 76 and it's still 84 in here. It's been running the whole time.", None)
_f07_3_worse = t("Great, then I'll close the work order as completed. Anything else I can help with today?")
_f07_4_worse = c("Well... it's still 84 in here, and it's set at 76. But I guess it just needs time?", None)
_f07_5 = t("Eight degrees off after four hours isn't right. It may be low on refrigerant, or the coil could be iced up. I'll get the technician back out today at no charge to you and text you the time window within the hour.")
_f07_6 = c("Thank you. The kids are okay in the back bedroom with the fan for now.", None)
_f07_7 = t("Keep the blinds closed on the west side this afternoon, it helps. I'll text you shortly.")

# f08 recommends before asking: mortgage broker, Melbourne (fixed rate ending)
_f08_0 = c("Hi, my fixed rate ends in March and the bank's sent a letter saying I'll roll onto 7.2% variable. I think I need to look around.", None)
_f08_1_better = t("Good idea to look before March. Can I ask a few things first? What's left on the loan, roughly what's the property worth, and are you planning any changes in the next few years, like renovating or selling?")
_f08_2_better = c("About 480 left, the house is maybe 850. And... we're actually thinking of selling in a year or two, we want to be closer to my parents in Geelong.", None)
_f08_1_worse = t("Good idea. What you want is our split loan, half fixed for three years at 5.99% and half variable with an offset account. That's what I recommend for most people coming off a fixed rate.")
_f08_2_worse = c("Fixed for three years? We might sell in a year or two, we want to be closer to my parents in Geelong. I don't want to get stuck with break fees.", "no_need")
_f08_3 = t("Selling within two years changes things. Fixing would risk break costs when you sell, so a variable loan with an offset is probably the fit, and some lenders will waive their fees if you take the next loan with them for the new place. With 480 owing on 850 you'd qualify for the sharper rates, around 6.1%.")
_f08_4 = c("6.1 versus 7.2 is a big difference. What does switching cost?", None)
_f08_5 = t("Usually a discharge fee of about $350 from your current bank, and most lenders we use pay a cash-back that covers it. I'll send you three options in writing tomorrow with the monthly repayments side by side.")
_f08_6 = c("Sounds good. I'll go through them with my wife before we decide anything.", "think_it_over")

# f09 unexplained jargon: home inspector, Atlanta GA (report walkthrough)
_f09_0 = c("Hi, I got the inspection report for the house on Glenwood Avenue. My agent said to call you before we negotiate repairs with the seller. What's the most serious thing?", None)
_f09_1 = t("Sure, thanks for calling. The three I'd put at the top are the electrical panel, the crawlspace and the water heater. Do you want them in order of cost or of safety?")
_f09_2 = c("Safety first, I've got a baby on the way. And can we be quick? I'm on a break at work, I've got ten minutes.", "no_time")
_f09_3 = t("Then the electrics first. The kitchen and bathroom outlets don't have the shock protection you want near water, the ones with the little test and reset buttons; that's a cheap fix. And in the panel two wires share a breaker made for one, which can overheat. An electrician can do both in a morning, maybe $300 to $500.")
_f09_4 = c("Okay, that's not as bad as I thought. What about the crawlspace?", None)
_f09_5_better = t("The crawlspace has standing water, and the plastic sheet on the ground that keeps moisture out of the floor is torn. That's the bigger job: fixing the drainage and laying a new sheet, often 2 to 5 thousand. That's the one I'd ask the seller to fix or give you a credit for.")
_f09_6_better = c("Two to five thousand. Okay, I'll tell my agent to ask for a credit. Thanks, that makes sense.", None)
_f09_5_worse = t("The crawlspace has efflorescence on the CMU piers, standing water and a compromised vapor retarder, and the joists read 19% on the meter. You'll want a grading correction and a perimeter drain, possibly encapsulation.")
_f09_6_worse = c("I honestly don't know what half of those words mean. Is it a big deal or not? How much money are we talking?", None)

# f10 talks about themselves: letting agent, Perth (new arrivals at a viewing)
_f10_0 = c("Hi, we're here for the viewing. It's me and my partner, we're moving from Johannesburg for his job at the hospital. We've never rented in Australia.", None)
_f10_1 = t("Welcome to Perth! Come on in. How long have you been here, and when are you hoping to move?")
_f10_2 = c("Two weeks, we're in an Airbnb in Subiaco. We'd like something by the first of next month, if possible. It's costing us a fortune.", None)
_f10_3_better = t("That's tight but doable. Owners will want to see how you'll pay the rent and how you've looked after places before. Do you have his employment contract from the hospital, and a reference from your landlord in Joburg?")
_f10_4_better = c("Yes, we have the contract and a letter from our landlord there. But no Australian history at all, does that matter?", None)
_f10_3_worse = t("Oh, Joburg! I was there in 2015 for the rugby, loved it. I've actually been to South Africa three times, my brother-in-law's from Durban. I've been leasing in Perth for twelve years now, over two thousand leases, so I know exactly what owners like. Anyway, have a look around.")
_f10_4_worse = c("Lovely. Um, we don't have any Australian rental history at all, does that matter?", None)
_f10_5 = t("It matters a bit, but you can make up for it: the employment contract, a reference from your landlord back home, and three months of bank statements showing savings. Offering a month's rent in advance helps too. I'll text you the application link.")
_f10_6 = c("Thanks. A month in advance we can do. We'll apply tonight.", None)

PAIRS = [
    rpair("b204r_f01_brisbane_removalist_scratched_table",
          "A customer reports a long scratch on her late father's jarrah dining table after a Brisbane removal; in `worse` the trainee argues that the customer probably caused it.",
          better=[_f01_0, _f01_1, _f01_2, _f01_3_better, _f01_4_better, _f01_5, _f01_6, _f01_7],
          worse=[_f01_0, _f01_1, _f01_2, _f01_3_worse, _f01_4_worse, _f01_5, _f01_6, _f01_7]),
    rpair("b204r_f02_astoria_freelancer_application",
          "A freelance video editor without pay stubs applies for an Astoria one-bedroom; in `worse` the agent suggests freelancers inflate income and asks to phone his clients.",
          better=[_f02_0, _f02_1, _f02_2, _f02_3_better, _f02_4_better, _f02_5, _f02_6, _f02_7],
          worse=[_f02_0, _f02_1, _f02_2, _f02_3_worse, _f02_4_worse, _f02_5, _f02_6, _f02_7]),
    rpair("b204r_f03_sharjah_storage_between_flats",
          "A tenant moving from Sharjah to Dubai needs six weeks of storage for a two-bedroom flat; in `worse` the trainee offers a discount before asking anything.",
          better=[_f03_0, _f03_1_better, _f03_2_better, _f03_3, _f03_4, _f03_5, _f03_6],
          worse=[_f03_0, _f03_1_worse, _f03_2_worse, _f03_3, _f03_4, _f03_5, _f03_6]),
    rpair("b204r_f04_mountbarker_first_home_grant",
          "A couple building in Mount Barker, SA, ask a broker about the First Home Owner Grant and when it is paid; in `worse` the broker adds an unasked lecture on spending habits.",
          better=[_f04_0, _f04_1, _f04_2, _f04_3_better, _f04_4_better, _f04_5, _f04_6, _f04_7],
          worse=[_f04_0, _f04_1, _f04_2, _f04_3_worse, _f04_4_worse, _f04_5, _f04_6, _f04_7]),
    rpair("b204r_f05_highlandsranch_hoa_solar",
          "Homeowners in a Highlands Ranch HOA ask how to get solar panels approved before their installer's price expires; in `worse` the next step is a vague 'we'll let you know'.",
          better=[_f05_0, _f05_1, _f05_2, _f05_3, _f05_4, _f05_5_better, _f05_6_better],
          worse=[_f05_0, _f05_1, _f05_2, _f05_3, _f05_4, _f05_5_worse, _f05_6_worse]),
    rpair("b204r_f06_dubai_barsha_furjan_move",
          "A tenant must hand over an Al Barsha flat on Thursday and books a Wednesday move to Al Furjan; in `worse` the trainee guarantees a noon finish, no damage and the permit, and the customer plans on it.",
          better=[_f06_0, _f06_1, _f06_2, _f06_3_better, _f06_4_better, _f06_5, _f06_6],
          worse=[_f06_0, _f06_1, _f06_2, _f06_3_worse, _f06_4_worse, _f06_5, _f06_6]),
    rpair("b204r_f07_tucson_ac_repair_followup",
          "A Tucson tenant calls after an AC repair; in `worse` the property manager closes the work order without checking whether the house is actually cooling.",
          better=[_f07_0, _f07_1, _f07_2, _f07_3_better, _f07_4_better, _f07_5, _f07_6, _f07_7],
          worse=[_f07_0, _f07_1, _f07_2, _f07_3_worse, _f07_4_worse, _f07_5, _f07_6, _f07_7]),
    rpair("b204r_f08_melbourne_fixed_rate_expiry",
          "A Melbourne homeowner whose fixed rate ends in March shops for a new loan; in `worse` the broker recommends a three-year split before asking anything, and the customer plans to sell soon.",
          better=[_f08_0, _f08_1_better, _f08_2_better, _f08_3, _f08_4, _f08_5, _f08_6],
          worse=[_f08_0, _f08_1_worse, _f08_2_worse, _f08_3, _f08_4, _f08_5, _f08_6]),
    rpair("b204r_f09_atlanta_inspection_crawlspace",
          "An expectant buyer in Atlanta asks the inspector which report findings matter before negotiating; in `worse` the crawlspace finding is given in unexplained trade jargon.",
          better=[_f09_0, _f09_1, _f09_2, _f09_3, _f09_4, _f09_5_better, _f09_6_better],
          worse=[_f09_0, _f09_1, _f09_2, _f09_3, _f09_4, _f09_5_worse, _f09_6_worse]),
    rpair("b204r_f10_perth_viewing_new_arrivals",
          "A couple just arrived from Johannesburg attend a Perth rental viewing with no Australian rental history; in `worse` the agent talks about his own travels and career.",
          better=[_f10_0, _f10_1, _f10_2, _f10_3_better, _f10_4_better, _f10_5, _f10_6],
          worse=[_f10_0, _f10_1, _f10_2, _f10_3_worse, _f10_4_worse, _f10_5, _f10_6]),
]
