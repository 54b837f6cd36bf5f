"""Ranked pairs f01-f10 (written by hand): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

# f01 fault: argues with the customer (Lismore, home insurance after the floods)
_f01_open = c("I'll tell you now, I've been burned. In 2022 the water came up to the ceiling and our insurer called it 'storm water' not flood until the ombudsman got involved. Now my renewal's nine thousand dollars. Why would I trust any of you?", "bad_experience")
_f01_t1 = t("That's a brutal thing to go through twice, the flood and then the fight. I'm not going to ask you to trust me on my word. Can I see the renewal, so at least we know what the nine thousand is made of?")
_f01_c1 = c("Here. Flood's most of it, I suppose.", None)
_f01_t2 = t("Yes, about seven thousand is the flood part, because of where the house sits. Have you done anything to the house since 2022, raised it, changed the downstairs?")
_f01_c2 = c("We got offered the buyback and said no. We raised the power points and put tiles downstairs, that's it.", None)
_f01_t3_good = t("Those changes matter to some insurers, so I'll note them. And you're right to be sceptical: flood cover here is expensive and those claim fights were real. I'll get quotes with and without flood, and one with a higher excess, and show you in plain words what each one leaves out. You decide.")
_f01_c3_good = c("Fine. But if the flood one's anywhere near seven grand again, I'm going without. I can't keep paying that.", "no_money")
_f01_t3_bad = t("Those changes matter to some insurers, so I'll note them. I'll get quotes with and without flood, and one with a higher excess. But to be fair, 2022 wasn't really the insurer's fault: the wording did separate storm and flood, and you'd have had to read it. And seven thousand isn't a rip-off for your risk, it's just the maths.")
_f01_c3_bad = c("Don't tell me what wasn't their fault. You weren't in my house with a torch at two in the morning.", None)
_f01_t4 = t("I'll have the three quotes by Friday and go through them with you, in person or on the phone, whichever suits.")

# f02 fault: doubts the customer's honesty (Soweto, debt consolidation)
_f02_open = c("Sawubona. I want to consolidate my debts into one loan. There are five accounts, and honestly, two or three of them my ex-husband opened in my name, but they're on my record now.", None)
_f02_t2 = t("Sawubona. Let's look at it properly. With your ID and your consent I'll pull your credit report, so we see all five together... Okay, here. I see a Woolworths card and a personal loan you've had since 2018, and three newer ones from 2022: two clothing accounts and a cellphone contract, all opened in Durban. Do you live in Durban?")
_f02_c2 = c("Never. I've been in Soweto my whole life. That's when he left, 2022. He was staying in Durban.", None)
_f02_t3_good = t("Then those three may be identity fraud, and you shouldn't have to consolidate debt that isn't yours. You can open a case at the police station, then send the case number and an affidavit to the credit bureau and the three companies; they must investigate. If they come off, your loan gets much smaller.")
_f02_c3_good = c("I didn't know I could do that. I thought I just had to pay.", None)
_f02_t3_bad = t("Hmm. I have to be careful here, because a lot of people say an ex opened accounts when they just don't want to pay. Are you sure you didn't sign for these and forget? If you say it's fraud, you'll need a case number from the police.")
_f02_c3_bad = c("Forget? You think I'm lying? I'm sitting here trying to pay what I owe.", None)
_f02_t4 = t("I'll write down the steps for the police case and the disputes. Meanwhile, we can consolidate the two that are definitely yours, the Woolworths card and the 2018 loan, into one instalment of about R1,400 instead of the R2,100 you pay now. Would that help?")
_f02_c4 = c("Let me first do the police and the disputes. Then I'll come back for the loan, when I know what's really mine.", "think_it_over")

# f03 fault: drops the price before asking anything (El Paso, car insurance)
_f03_open = c("Hi. I got a quote online from one of those TV companies for a hundred and twelve a month on my truck. You guys have me at a hundred and forty-eight. Why should I stay?", "too_expensive")
_f03_t1_good = t("Fair question. Can I see what the online quote includes? Sometimes the number's lower because the coverage is lower.")
_f03_c1_good = c("Sure, here it is on my phone.", None)
_f03_t1_bad = t("Let me see what I can do... okay, I can knock you down to one twenty-five with a loyalty discount, right now.")
_f03_c1_bad = c("Wait, so you could've been charging me twenty-three less this whole time? Huh. Okay, here's the online one anyway.", None)
_f03_t2 = t("Thanks. Their liability limits are the Texas minimum, thirty-sixty-twenty-five; yours with us are a hundred, three hundred, a hundred. Their deductible's a thousand, yours is five hundred, and they've got no rental cover. Do you use the truck for work?")
_f03_c2 = c("Every day, I'm an electrician. If it's in the shop, I don't work.", None)
_f03_t3 = t("Then rental cover and a lower deductible matter to you more than to most people. Ask them to quote the same limits and deductible; I'd bet the gap closes. If it doesn't, I'd rather you save the money.")
_f03_c3 = c("Alright, that's fair. I'll get them to requote and come back Friday.", "think_it_over")

# f04 fault: an unasked lecture (Toowoomba, prepaid funeral vs funeral insurance)
_f04_open = c("Morning. I'm seventy-one, wife passed last year. I don't want the kids paying for mine like I paid for hers. What's the difference between those funeral insurance ads on telly and paying the funeral home up front?", None)
_f04_t1 = t("Morning, and I'm sorry about your wife. Short version: with a prepaid funeral you pay the funeral home now, in one go or instalments, for a set funeral at today's price. With funeral insurance you pay premiums for life and it pays a cash amount when you die; at seventy-one you can end up paying more than it pays out if you live a long time. Have you got savings you'd use, or would you rather pay it off over time?")
_f04_c1 = c("I've got about twelve thousand put aside. I'd rather not touch all of it, in case the house needs something.", None)
_f04_t2_good = t("That makes sense. Most funeral homes let you pay a prepaid plan over two to five years with no interest, and the kids would know it's settled and what you wanted. Do you know roughly what you'd like, burial or cremation?")
_f04_c2_good = c("Cremation. Simple. Nothing fancy. Hers was eleven thousand and half of it was flowers.", None)
_f04_t2_bad = t("That makes sense. Can I just say, though, and I say this to everyone: men your age are the worst at this stuff. Most of you leave no will, no instructions, nothing, and the kids end up fighting. You really need to sort your will and power of attorney first, that's the real problem.")
_f04_c2_bad = c("I've had a will since 1985, son. I asked about funerals. Cremation, simple. Hers was eleven thousand and half of it was flowers.", None)
_f04_t3 = t("A simple prepaid cremation here is usually about four to six thousand, and over three years that's roughly thirty-five to forty dollars a week. I'll give you two funeral homes in town that do prepaid plans, so you can compare.")
_f04_c3 = c("Forty a week. Let me look at the budget first, and I'll ring the kids tonight.", "think_it_over")
_f04_t4 = t("Good idea. I'll write both names and numbers down, and what to ask each one, so you're comparing like with like.")

# f05 fault: a vague next step (Kimberley, policy changes after a wedding)
_f05_open = c("Good afternoon. I got married in December. I want my wife to be the beneficiary on my life policy instead of my mother, and I want to add her to my funeral plan. What must I do?", None)
_f05_t1 = t("Congratulations on the wedding. Both changes are simple. For the beneficiary I need a nomination form signed by you; your mother doesn't have to sign anything. For the funeral plan I need your wife's ID and the marriage certificate. Do you have those?")
_f05_c1 = c("I have her ID copy. The marriage certificate, Home Affairs still didn't give us the unabridged one.", None)
_f05_t2 = t("The abridged one is fine for adding a spouse. Let's fill in the forms now. Adding her to the funeral plan is R65 a month more. Is that okay?")
_f05_c2 = c("R65, ja, that's fine. But my mother mustn't find out about the beneficiary change, hey, she'll be upset.", None)
_f05_t3_good = t("It's confidential, we don't tell previous beneficiaries. Okay, everything's signed. Here's your reference. The beneficiary change is loaded today, and you'll get an SMS within three working days confirming both changes. The R65 starts with the March debit. If there's no SMS by Thursday, phone me on this number. I'm Thabo.")
_f05_c3_good = c("Thursday. Okay, I'll look out for it.", None)
_f05_t3_bad = t("It's confidential, we don't tell previous beneficiaries. Okay, everything's signed. We'll process it and let you know.")
_f05_c3_bad = c("When? Last time I changed my address with you people it took two months and nobody told me anything.", "bad_experience")

# f06 fault: over-promises (Charlotte, cyber insurance for a dental practice)
_f06_open = c("Hi. The dental practice two doors down got hit with ransomware last month, they were closed a week. Dr. Okafor asked me to look into cyber insurance for us. I'm the office manager, I'm not a tech person.", None)
_f06_t1 = t("That's a good reason to look. A few questions so I quote the right thing: how many computers, are patient records on your own server or in the cloud, and is there someone who handles your IT?")
_f06_c1 = c("Six computers. The records are on a server in the back closet. And there's a guy, Kevin, who comes when something breaks.", None)
_f06_t2 = t("Okay. A cyber policy for a practice your size usually covers getting your systems back after an attack, your lost income while closed, notifying patients if their data's exposed, and legal costs. Most run two to four thousand a year.")
_f06_c2 = c("Four thousand? Dr. Okafor's going to choke. We just redid two operatories.", "too_expensive")
_f06_t3_good = t("It's a real cost. One thing to know before you take it to him: insurers now require multi-factor login on email and remote access, and backups kept offline. If those aren't in place they can turn down the application or deny a claim. I'd ask Kevin to confirm those first; it also brings the premium down.")
_f06_c3_good = c("Huh. I don't think we have the multi-factor thing. Okay, I'll ask Kevin this week.", None)
_f06_t3_bad = t("It's a real cost, but once you have it you're covered for anything cyber, no matter what happens, so he'll never have to worry about this again. Kevin won't even need to change anything.")
_f06_c3_bad = c("Anything? Even if our stuff isn't set up right? That sounds too good. The practice down the street had insurance and they're still fighting over their claim.", "bad_experience")
_f06_t4 = t("I'll send a short summary Dr. Okafor can read in two minutes, with the price range and what the insurers will ask about.")

# f07 fault: closes before checking the thing works (Randburg, tracker on a high-theft vehicle)
_f07_open = c("Morning. I'm moving my Fortuner's insurance to you from my old company, they increased me by thirty percent. Your quote was R1,890. I want to start from the first.", None)
_f07_t2 = t("Morning, happy to have you. Your quote is for the 2020 Fortuner in a locked garage in Randburg. For a Fortuner the insurer requires an active tracking device, which the quote says you have. Do you have the tracking company's certificate?")
_f07_c2 = c("Yes, it's in the cubbyhole, I'll send a photo.", None)
_f07_t3_good = t("Thank you. Before I switch the policy on, I'll ask the tracking company to confirm the unit is actually reporting, because if it's offline and the car is stolen, the claim can be rejected. Give me five minutes.")
_f07_c3_good = c("Oh. Actually they SMSed me last week, something about 'no signal'. The car had a new battery at the service.", None)
_f07_t3_bad = t("Thank you. Right, I'll load the debit order for the first and you're covered from midnight on the 31st. Welcome aboard.")
_f07_c3_bad = c("Wait, what about the tracker? They SMSed me last week, something about 'no signal', after the car had a new battery at the service. Nobody checked that?", None)
_f07_t4 = t("Then it needs to be reconnected before cover starts. I'll book their technician to come to your office tomorrow and hold the start date until they confirm it's live. Keep your old policy until then; don't cancel it yet.")
_f07_c4 = c("Tomorrow I'm in meetings the whole day, he won't get near me. Can he come Saturday morning, at home?", "no_time")

# f08 fault: recommends before asking (Albuquerque, Medicare drug plan)
_f08_open = c("Hi, I'm here with my mom. She's on Medicare and her drug plan's going up next year. She takes a bunch of meds. We've got the letter here.", None)
_f08_t1_good = t("Hi, both of you. Before I suggest any plan, can I see the list of her medications and which pharmacy she uses? The right plan depends almost entirely on those two things.")
_f08_c1_good = c("Here. Eliquis, metformin, a thyroid one, and her eye drops. Walgreens on Coors.", None)
_f08_t1_bad = t("Hi, both of you. Honestly, the Value Rx plan is the best one this year for most people, lowest premium in New Mexico. I'd switch her to that. Do you have her med list?")
_f08_c1_bad = c("Here. But how do you know it's best for her when you don't know what she takes? Eliquis, metformin, a thyroid one, and her eye drops. Walgreens on Coors.", None)
_f08_t2 = t("Thanks. Eliquis is the expensive one. Let me put all four into the plan finder with that Walgreens. Okay: the lowest-premium plan puts Eliquis on a higher tier, so her cost for the year would be around nineteen hundred. Another plan has a higher premium but a lower tier for Eliquis, about eleven hundred for the year all in.")
_f08_c2 = c("Eleven hundred against nineteen hundred? Mom, see, this is why we came in.", None)
_f08_t3 = t("Open enrollment runs to December seventh, so there's time. I'll print both so you can compare at home.")
_f08_c3 = c("She wants to sleep on it. She doesn't like being rushed.", "think_it_over")

# f09 fault: unexplained jargon (Darwin, travel insurance with diabetes)
_f09_open = c("Hello po. I'm going to Manila in July for my father's seventieth. My friend said I need travel insurance. I have diabetes, type two, is that a problem?", None)
_f09_t1 = t("Hello, and how lovely, a seventieth. Diabetes isn't necessarily a problem, but it has to be declared. How long will you be away, and do you control it with tablets or insulin?")
_f09_c1 = c("Three weeks. Tablets only, metformin. My sugar is okay, my GP is happy.", None)
_f09_t2_good = t("That's good. Most insurers will cover diabetes on tablets if you answer a few health questions; it may add a little to the price. If you don't declare it and you get sick from it over there, they can refuse to pay. Three weeks in the Philippines is around a hundred and twenty to a hundred and sixty, and you'd pay the first two hundred dollars of any claim yourself; that's called the excess.")
_f09_c2_good = c("Okay, I understand. A hundred and sixty is okay. What do I do?", None)
_f09_t2_bad = t("That's good. You'll need an EMC assessment for your PEMC, and it may attract a loading. Standard excess applies, and note the sub-limits on the medical section and the PDS exclusions for non-disclosure. You're looking at a hundred and twenty to a hundred and sixty.")
_f09_c2_bad = c("Sorry, PE... what? I don't understand all these words. Is my diabetes covered or not?", None)
_f09_t3 = t("Let's do the health questions together now on the computer. It takes five minutes, and you'll see the exact price with the diabetes included before you pay anything.")
_f09_c3 = c("Okay. But I get paid on Friday, can I pay then? Now I only have a little in the account.", "no_money")
_f09_t4 = t("Of course. I'll save the quote and it holds for two weeks. Just buy it before you book anything you can't get refunded, so you're covered if the trip has to be cancelled.")

# f10 fault: talks about himself instead of the customer (Durban, first savings)
_f10_open = c("Hi. I'm twenty-six, I'm a nurse at Addington. I've got about R2,000 a month I can save. Everyone on TikTok says tax-free savings account. Is that legit?", None)
_f10_t1 = t("Hi. Yes, it's legit, it's set up by the government. You can put in up to R36,000 a year and pay no tax on the growth. Before I say whether it suits you: do you have any emergency savings, and any debt, like a credit card or car loan?")
_f10_c1 = c("No debt except my NSFAS loan, which is small. Emergency, maybe five thousand in my account.", None)
_f10_t2_good = t("Then a sensible order might be: build the emergency money up to about three months' expenses in an ordinary savings account, and put part of the R2,000 into a tax-free account. What are you saving for: a house, travel, just the future?")
_f10_c2_good = c("A car, in about two years. And one day a house.", None)
_f10_t2_bad = t("Nice. Let me tell you, when I was twenty-six I did exactly this. Started with R500 a month, and now I've maxed my tax-free account eight years running, I've got offshore ETFs, a rental flat in Umhlanga, and I just bought my second car cash. Honestly, I'm the proof it works. My clients always say they wish they'd met me sooner.")
_f10_c2_bad = c("Okay, nice for you. I need a car in about two years, and one day a house. And I've got a night shift at seven, so can we talk about my money?", "no_time")
_f10_t3 = t("For a car in two years I wouldn't put that money in shares; markets can drop just when you need it. Keep the car money in a money market account, and use the tax-free account for the house, which is further off. Does that make sense?")
_f10_c3 = c("Yes, that makes sense. So I open the tax-free one online?", None)
_f10_t4 = t("Yes, on any of the big platforms; look for an index fund with fees under half a percent. I'll send you two options tonight, and there's no fee from me for this.")

PAIRS = [
    rpair(
        "b223r_f01_au_lismore_flood_renewal",
        "Insurance broker, Lismore, New South Wales: a homeowner who fought her insurer after the 2022 flood has a nine-thousand-dollar renewal. Fault in worse: argues with the customer.",
        better=[_f01_open, _f01_t1, _f01_c1, _f01_t2, _f01_c2, _f01_t3_good, _f01_c3_good, _f01_t4],
        worse=[_f01_open, _f01_t1, _f01_c1, _f01_t2, _f01_c2, _f01_t3_bad, _f01_c3_bad, _f01_t4],
    ),
    rpair(
        "b223r_f02_za_soweto_debt_consolidation",
        "Bank branch, Maponya Mall, Soweto: a woman wants to consolidate five debts, some of which her ex-husband opened in her name. Fault in worse: doubts the customer's honesty.",
        better=[_f02_open, _f02_t2, _f02_c2, _f02_t3_good, _f02_c3_good, _f02_t4, _f02_c4],
        worse=[_f02_open, _f02_t2, _f02_c2, _f02_t3_bad, _f02_c3_bad, _f02_t4, _f02_c4],
    ),
    rpair(
        "b223r_f03_us_el_paso_truck_quote",
        "Car insurance agency, El Paso, Texas: an electrician has a cheaper online quote for his work truck. Fault in worse: drops the price before asking anything.",
        better=[_f03_open, _f03_t1_good, _f03_c1_good, _f03_t2, _f03_c2, _f03_t3, _f03_c3],
        worse=[_f03_open, _f03_t1_bad, _f03_c1_bad, _f03_t2, _f03_c2, _f03_t3, _f03_c3],
    ),
    rpair(
        "b223r_f04_au_toowoomba_prepaid_funeral",
        "Seniors expo stand, Toowoomba, Queensland: a widower of seventy-one asks how prepaid funerals differ from funeral insurance. Fault in worse: an unasked lecture.",
        better=[_f04_open, _f04_t1, _f04_c1, _f04_t2_good, _f04_c2_good, _f04_t3, _f04_c3, _f04_t4],
        worse=[_f04_open, _f04_t1, _f04_c1, _f04_t2_bad, _f04_c2_bad, _f04_t3, _f04_c3, _f04_t4],
    ),
    rpair(
        "b223r_f05_za_kimberley_beneficiary_change",
        "Life insurer's branch, Kimberley, Northern Cape: a newly married man changes his beneficiary and adds his wife to his funeral plan. Fault in worse: a vague next step.",
        better=[_f05_open, _f05_t1, _f05_c1, _f05_t2, _f05_c2, _f05_t3_good, _f05_c3_good],
        worse=[_f05_open, _f05_t1, _f05_c1, _f05_t2, _f05_c2, _f05_t3_bad, _f05_c3_bad],
    ),
    rpair(
        "b223r_f06_us_charlotte_dental_cyber",
        "Business insurance agency, Charlotte, North Carolina: a dental office manager asks about cyber cover after a nearby practice was hit by ransomware. Fault in worse: over-promises.",
        better=[_f06_open, _f06_t1, _f06_c1, _f06_t2, _f06_c2, _f06_t3_good, _f06_c3_good, _f06_t4],
        worse=[_f06_open, _f06_t1, _f06_c1, _f06_t2, _f06_c2, _f06_t3_bad, _f06_c3_bad, _f06_t4],
    ),
    rpair(
        "b223r_f07_za_randburg_fortuner_tracker",
        "Car insurance broker, Randburg, Johannesburg: a driver switches her Fortuner's cover after a thirty percent increase. Fault in worse: closes before checking the tracker works.",
        better=[_f07_open, _f07_t2, _f07_c2, _f07_t3_good, _f07_c3_good, _f07_t4, _f07_c4],
        worse=[_f07_open, _f07_t2, _f07_c2, _f07_t3_bad, _f07_c3_bad, _f07_t4, _f07_c4],
    ),
    rpair(
        "b223r_f08_us_albuquerque_part_d",
        "Medicare insurance agency, Albuquerque, New Mexico: a son brings his mother to pick next year's drug plan. Fault in worse: recommends a plan before asking about her medicines.",
        better=[_f08_open, _f08_t1_good, _f08_c1_good, _f08_t2, _f08_c2, _f08_t3, _f08_c3],
        worse=[_f08_open, _f08_t1_bad, _f08_c1_bad, _f08_t2, _f08_c2, _f08_t3, _f08_c3],
    ),
    rpair(
        "b223r_f09_au_darwin_travel_diabetes",
        "Travel insurance desk at a travel agency, Darwin: an aged-care worker with type two diabetes is flying to Manila for her father's birthday. Fault in worse: unexplained jargon.",
        better=[_f09_open, _f09_t1, _f09_c1, _f09_t2_good, _f09_c2_good, _f09_t3, _f09_c3, _f09_t4],
        worse=[_f09_open, _f09_t1, _f09_c1, _f09_t2_bad, _f09_c2_bad, _f09_t3, _f09_c3, _f09_t4],
    ),
    rpair(
        "b223r_f10_za_durban_first_savings",
        "Independent financial adviser, Durban: a young nurse with R2,000 a month to save asks if a tax-free savings account is legit. Fault in worse: talks about himself instead of the customer.",
        better=[_f10_open, _f10_t1, _f10_c1, _f10_t2_good, _f10_c2_good, _f10_t3, _f10_c3, _f10_t4],
        worse=[_f10_open, _f10_t1, _f10_c1, _f10_t2_bad, _f10_c2_bad, _f10_t3, _f10_c3, _f10_t4],
    ),
]
