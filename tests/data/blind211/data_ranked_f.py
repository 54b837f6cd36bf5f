"""Ranked pairs f01-f10 (same turns except one fault in worse and the customer's reaction), written by hand for
blind211."""
from common import c, rpair, t

# ---------------------------------------------------------------- f01: argues with the customer
F1_O = c("Howya. I'm in my overdraft every month, like clockwork, and I'm paying a fortune in interest on it. Is "
         "there anything I can do?", None)
F1_T1 = t("There might be, yeah. Can you tell me a bit about when you go into it and when you come back out? That'll "
          "tell us what kind of fix fits.")
F1_C1 = c("I'm a carpenter, self-employed. Jobs pay me at the end, so I'm buying timber up front, in the red for "
          "three weeks or so, then a big lodgement and I'm back up.", None)
F1_T2 = t("So you're funding materials for about three weeks on each job, and the overdraft is really doing the job "
          "of a supplier account. At the moment you're paying eleven point eight percent on it, plus the "
          "twenty-five euro yearly fee.")
F1_C2 = c("Eleven point eight. That's daylight robbery, so it is.", "too_expensive")
F1 = rpair(
    "b211r_f01_wexford_overdraft_cost",
    "A self-employed carpenter who dips into his overdraft every month to buy materials asks how to pay less "
    "interest. Fault in worse: the trainee argues with the customer about the rate.",
    better=[
        F1_O, F1_T1, F1_C1, F1_T2, F1_C2,
        t("It's not cheap, you're right. Two things could bring it down. Most builders' providers give a "
          "thirty-day trade account, interest-free, so the timber is paid when the job pays you. And if you still "
          "want a buffer, a smaller overdraft costs less in fees. Do you buy mostly from the one supplier?"),
        c("Mostly the one yard in Enniscorthy, yeah. I never asked them for an account, to be honest.", None),
    ],
    worse=[
        F1_O, F1_T1, F1_C1, F1_T2, F1_C2,
        t("Ah, I wouldn't call it robbery, in fairness. Eleven point eight is competitive, credit cards are over "
          "twenty. But two things could bring it down. Most builders' providers give a thirty-day trade account, "
          "interest-free, and a smaller overdraft costs less in fees. Do you buy mostly from the one supplier?"),
        c("Competitive or not, it's me paying it. I didn't ring to be told I'm wrong. Mostly the one yard, "
          "yeah.", None),
    ],
)

# ---------------------------------------------------------------- f02: doubts the customer's honesty
F2_O = c("Morning. My car was stolen from outside my house last night. It was in the driveway, behind the gate. "
         "I've got the case number from the police.", None)
F2_T1 = t("Morning. I'm sorry, that's a horrible start to the day. Are you and your family okay?")
F2_C1 = c("We're fine, we didn't hear a thing. The gate motor was broken, I've been waiting for the technician for a "
          "week.", None)
F2_T3 = t("Thank you. I've alerted the tracking company and opened the claim. An assessor will call you within "
          "forty-eight hours. Your policy includes a hired car for thirty days, would you like one delivered "
          "today?")
F2_C3 = c("Yes, please. I need to get to work tomorrow.", None)
F2 = rpair(
    "b211r_f02_george_car_theft",
    "A man phones his insurer the morning after his car was stolen from his driveway while the gate motor was "
    "broken. Fault in worse: the trainee hints that the customer may be lying.",
    better=[
        F2_O, F2_T1, F2_C1,
        t("That happens far too often with gate motors. I'll open the claim now. I need the case number, the time "
          "you last saw the car, and whether both sets of keys are still with you."),
        c("Case number is 214 of this month at George police. I last saw it at ten last night. Both keys are here "
          "on the counter.", None),
        F2_T3, F2_C3,
    ],
    worse=[
        F2_O, F2_T1, F2_C1,
        t("Okay. Just so you know, we check these claims very carefully. A broken gate and nobody heard anything, "
          "you'd be surprised how often the car turns out to have been sold or lent to someone. Are you sure "
          "nobody in the house took it?"),
        c("Are you accusing me? It's case 214 at George police. Both keys are here on the counter. I've been with "
          "you nine years.", None),
        F2_T3, F2_C3,
    ],
)

# ---------------------------------------------------------------- f03: drops the price before asking anything
F3_O = c("Hi, my home insurance renewal went up by three hundred and forty dollars. I've been with you twelve years "
         "and never claimed. What's going on?", None)
F3_T2 = t("Let me look at why. Most of it is a province-wide increase in water damage claims after last spring's "
          "storms, that's about two hundred. The rest is a surcharge for a wood-burning stove on the file, which "
          "comes off with a WETT inspection certificate.")
F3_C2 = c("We had that inspection done when it was put in. I've got the certificate somewhere.", None)
F3_T3 = t("Then send me a copy and the surcharge comes off, that's about a hundred and twenty. I'll also check "
          "whether a higher deductible makes sense for you, and call you Thursday with the final number.")
F3_C3 = c("Okay. I'll dig it out tonight.", None)
F3 = rpair(
    "b211r_f03_sudbury_home_renewal",
    "A long-standing customer calls about a big jump in his home insurance renewal. Fault in worse: the trainee "
    "offers a discount before asking or checking anything.",
    better=[
        F3_O,
        t("Twelve years with no claims, that's a jump worth looking at. Let me open the file. Has anything changed "
          "at the house this year, like renovations, a new furnace, a basement suite, a wood stove?"),
        c("Nothing. Same house, same everything. Well, we put a wood stove in the family room last fall, but "
          "that's it.", None),
        F3_T2, F3_C2, F3_T3, F3_C3,
    ],
    worse=[
        F3_O,
        t("I'm sorry about that. Right off the bat I can knock fifteen percent off for you as a loyal customer, so "
          "that's about a hundred and fifty back. Does that help?"),
        c("Well... okay, but that's still nearly two hundred more than last year. Why did it go up in the first "
          "place?", "too_expensive"),
        F3_T2, F3_C2, F3_T3, F3_C3,
    ],
)

# ---------------------------------------------------------------- f04: an unasked lecture
F4_O = c("Hi, I'm looking for a car loan. About twelve grand, for a second-hand Golf. I'm starting a job in "
         "Killarney next month and there's no bus that suits.", None)
F4_T1 = t("Congrats on the job. So the car's for getting to work in Killarney. Have you one picked out already, and "
          "roughly what could you put towards repayments each month?")
F4_C1 = c("There's one at a garage in Tralee, 2018, twelve thousand. I could do maybe three hundred a month. I've "
          "two thousand saved as well.", None)
F4_T3 = t("Fair enough. If you put the two thousand down and borrow ten over three years, it's about three hundred "
          "and five a month, which fits your budget. I'll need your contract from the new job, proof of address "
          "and the garage's invoice. Can you get those in by Friday?")
F4_C3 = c("Friday's grand. The contract's in my email.", None)
F4 = rpair(
    "b211r_f04_tralee_car_loan",
    "A young man starting a new job needs a car loan because there is no suitable bus. Fault in worse: the "
    "trainee gives an unasked lecture on saving instead of borrowing.",
    better=[
        F4_O, F4_T1, F4_C1,
        t("That works. With the two thousand down you'd borrow ten. Over three years that's about three hundred "
          "and five a month; over four it's about two forty, but you pay more interest overall. Which feels "
          "closer?"),
        c("Three years, I'd say. I want it cleared.", None),
        F4_T3, F4_C3,
    ],
    worse=[
        F4_O, F4_T1, F4_C1,
        t("Okay. Before we go further, I'd just say, a lot of young people rush into car loans. A car loses about "
          "fifteen percent of its value every year and the interest is money down the drain. Ideally you'd save up "
          "and buy outright. Have you considered that?"),
        c("I've considered it, yeah, and I need a car in four weeks. I didn't ask for a lecture, I asked about a "
          "loan.", None),
        F4_T3, F4_C3,
    ],
)

# ---------------------------------------------------------------- f05: a vague next step
F5_O = c("Dumelang. I got married in December and I want to put my wife on my provident fund as beneficiary. My "
         "mother is the one there now.", None)
F5_T1 = t("Congratulations! That's an important thing to update. Do you want your wife instead of your mother, or "
          "both of them sharing?")
F5_C1 = c("Both. Maybe seventy for my wife, thirty for my mother. My mother depends on me also, she lives in "
          "Mahikeng.", None)
F5_T2 = t("Okay. One thing to know: the nomination form tells the trustees what you want, but by law they decide, "
          "looking at who really depended on you. Your wishes weigh a lot, though, so it's worth keeping it up to "
          "date. I'll need your marriage certificate and your wife's ID.")
F5_C2 = c("I have the marriage certificate here, but her ID is at home. I work night shift, I can't come back here "
          "easily.", "no_time")
F5 = rpair(
    "b211r_f05_rustenburg_fund_beneficiary",
    "A newly married mineworker visits the fund's walk-in office to add his wife as a beneficiary on his "
    "provident fund. Fault in worse: a vague next step.",
    better=[
        F5_O, F5_T1, F5_C1, F5_T2, F5_C2,
        t("No problem. Fill in the form now and sign it, then take a photo of her ID and WhatsApp it to this "
          "number tonight. I'll submit it tomorrow and SMS you the reference; the fund confirms in about ten "
          "working days."),
        c("WhatsApp I can do. Okay, thank you.", None),
    ],
    worse=[
        F5_O, F5_T1, F5_C1, F5_T2, F5_C2,
        t("No problem. Fill in the form now, and bring her ID in when you can. We'll submit it when everything's "
          "in, and the fund will let you know."),
        c("When must I bring it? And how will I know it's done?", None),
    ],
)

# ---------------------------------------------------------------- f06: over-promises
F6_O = c("Bonjour, I have a small restaurant in Saint-Roch. Last night there was a fire in the kitchen, the fryer. "
         "Nobody is badly hurt but the kitchen is all black, we are closed. I don't know for how long.", None)
F6_T1 = t("Oh, I'm sorry. I'm glad no one was badly hurt. Let me pull up your policy. Has the fire department been, "
          "and do you have their report number?")
F6_C1 = c("Yes, they came, they gave me a paper with a number. My cook burned his hand a little, but it's okay.",
          None)
F6_T2 = t("Good. I'm opening the claim now. Your policy covers the damage to the kitchen and equipment, and it has "
          "business interruption, which pays lost profit while you're closed. An adjuster will call you today. "
          "Please take photos of everything before anything is cleaned.")
F6_C2 = c("Okay. My biggest worry is my staff. I have eight people. If we are closed a month, I can't pay them.",
          None)
F6 = rpair(
    "b211r_f06_quebec_restaurant_fire",
    "A restaurant owner calls her commercial insurer the morning after a kitchen fire closed the business. Fault "
    "in worse: the trainee over-promises on amount and timing.",
    better=[
        F6_O, F6_T1, F6_C1, F6_T2, F6_C2,
        t("That's a real worry. Your business interruption cover includes ongoing payroll for up to sixty days, "
          "but the adjuster has to confirm the amounts from your payroll records, so I can't give you a figure yet. "
          "What I can do is request an advance once the adjuster has seen the damage, often within a week or two. "
          "Can you get your last three months of payroll ready?"),
        c("Yes, my accountant has it. I will send it today. Merci.", None),
    ],
    worse=[
        F6_O, F6_T1, F6_C1, F6_T2, F6_C2,
        t("Don't worry at all, everything's covered. Your staff will be paid in full, the whole kitchen will be "
          "replaced, and you'll have a cheque by Friday, I'll make sure of it."),
        c("By Friday? Really? Okay... merci, that's a big relief. I will tell the staff.", None),
    ],
)

# ---------------------------------------------------------------- f07: closes before checking the thing works
F7_O = c("Hi, we've got mortgage approval in principle and the bank says we need mortgage protection before "
         "drawdown. What does it cost?", None)
F7_T1 = t("Congratulations on the approval. It depends mainly on the loan, the term, your ages and your health. "
          "What are you borrowing, and over how long?")
F7_C1 = c("Two hundred and sixty thousand over thirty years. I'm thirty-eight, my partner is thirty-five.", None)
F7_T2 = t("Thanks. As a starting point, for two non-smokers at those ages, a joint policy would be about forty-five "
          "euro a month.")
F7_C2 = c("Forty-five a month, that's grand. We can manage that.", None)
F7 = rpair(
    "b211r_f07_ennis_mortgage_protection",
    "A couple buying their first home ring for mortgage protection the lender requires. Fault in worse: the "
    "trainee closes the sale before checking health questions that could change the cover.",
    better=[
        F7_O, F7_T1, F7_C1, F7_T2, F7_C2,
        t("Before you rely on that figure, I need to ask the health questions, because they can change it. Has "
          "either of you any medical conditions, like diabetes, heart trouble or high blood pressure?"),
        c("I've type 2 diabetes, on tablets. Does that matter?", None),
    ],
    worse=[
        F7_O, F7_T1, F7_C1, F7_T2, F7_C2,
        t("Great, then let's get it signed today so it's ready for your drawdown. I'll email the application for "
          "you to sign electronically, and you'll have the cover letter for the bank tomorrow."),
        c("Hang on, does it matter that I've type 2 diabetes? Nobody asked me.", None),
    ],
)

# ---------------------------------------------------------------- f08: recommends before asking
F8_O = c("Good afternoon. I retired from teaching in December and I've got about six hundred thousand rand from my "
         "pension lump sum sitting in my cheque account. The bank keeps phoning me about it.", None)
F8_T1 = t("Good afternoon, and congratulations on retiring. It's sensible not to rush. Is the six hundred thousand "
          "separate from your monthly pension?")
F8_C1 = c("Yes, the monthly pension is from the GEPF, about eighteen thousand. This is the one-third I took in cash.",
          None)
F8_T2 = t("So your monthly pension covers your living costs, and this is extra. Leaving it in the cheque account "
          "earns almost nothing, that part is true.")
F8_C2 = c("That's what the man on the phone said. Then he wanted me to sign for something the same day. I put the "
          "phone down.", "bad_experience")
F8 = rpair(
    "b211r_f08_kimberley_retirement_lump_sum",
    "A retired teacher comes into the branch about her pension lump sum after pushy phone calls. Fault in worse: "
    "the trainee recommends a product before asking what the money is for.",
    better=[
        F8_O, F8_T1, F8_C1, F8_T2, F8_C2,
        t("I won't ask you to sign anything today. Before we talk about any product, what would you like this "
          "money to do? Is something coming up, like helping family, a car, travel, or is it a reserve for "
          "later?"),
        c("My son wants help with his house. And I'd like to keep some for emergencies, my health isn't what it "
          "was.", None),
    ],
    worse=[
        F8_O, F8_T1, F8_C1, F8_T2, F8_C2,
        t("I understand. What I'd recommend for you is our Stable Income Fund, it's low risk and pays out "
          "quarterly. Most retired teachers I see put the lump sum in there."),
        c("You don't even know what I want it for yet. That's exactly what the man on the phone did.",
          "bad_experience"),
    ],
)

# ---------------------------------------------------------------- f09: unexplained jargon
F9_O = c("Good day to ya. I'm turning seventy-one in the fall and my daughter says I've got to do something with my "
         "RRSP before the end of the year. What's the story?", None)
F9_T1 = t("Good day! Your daughter's right. By the end of the year you turn seventy-one, the RRSP has to be changed "
          "into something else. How much is in it, and do you have other income, like a work pension?")
F9_C1 = c("About ninety thousand. I get the CPP and the Old Age, and a small pension from the fish plant.", None)
F9_T2 = t("So about ninety thousand in the RRSP, plus CPP, Old Age Security and the plant pension. Do you need extra "
          "money each month now, or are you managing fine on what comes in?")
F9_C2 = c("Managing fine. The house is paid for. I'd just as soon leave it alone, if I could.", None)
F9 = rpair(
    "b211r_f09_stjohns_rrsp_conversion",
    "A retired fish-plant worker in Newfoundland asks what he must do with his RRSP before the end of the year he "
    "turns 71. Fault in worse: unexplained jargon.",
    better=[
        F9_O, F9_T1, F9_C1, F9_T2, F9_C2,
        t("Then the simplest choice is to move it into what's called a RRIF, a retirement income fund. It's the "
          "same savings, invested the same way, but from next year the government makes you take out a small part "
          "every year, about five percent to start, and that's taxed as income. The rest keeps growing. Would you "
          "like me to set that up before your birthday?"),
        c("Five percent, that's not bad. Go ahead, but I'll bring my daughter in to sign.", None),
    ],
    worse=[
        F9_O, F9_T1, F9_C1, F9_T2, F9_C2,
        t("Then you'll want to convert to a RRIF rather than annuitize. You'll have a minimum annual withdrawal "
          "based on the prescribed factor, and if you elect to use your spouse's age the minimum drops. Anything "
          "above the minimum attracts withholding at source. Want me to set it up?"),
        c("Sorry, my son, you lost me at annuitize. I'll get my daughter to call you.", "think_it_over"),
    ],
)

# ---------------------------------------------------------------- f10: talks about themselves
F10_O = c("Hello there, myself and my husband are going out to Perth for three months to see our son and the new "
          "grandchild. We need travel insurance, and he's seventy.", None)
F10_T1 = t("Oh, how lovely, a new grandchild. Three months is a good long trip. Our annual multi-trip plans only "
           "cover trips up to thirty-one days, so you'd need a single-trip policy for the ninety days.")
F10_C1 = c("Right. The girl in the travel agent's said that too. We fly out on the third of March.", None)
F10_T3 = t("It can be covered, but it has to be declared, otherwise a claim connected to it could be refused. There's "
           "a short medical screening over the phone, about ten minutes, and it may add to the price. Would you "
           "like to do it now, or when he's with you?")
F10_C3 = c("He's out at the mart. I'll ring back this evening with him.", "no_time")
F10 = rpair(
    "b211r_f10_castlebar_travel_insurance",
    "A woman in Mayo needs single-trip travel insurance for a three-month visit to Australia; her husband is "
    "seventy with a heart condition. Fault in worse: the trainee talks about their own trip.",
    better=[
        F10_O, F10_T1, F10_C1,
        t("Grand. With your husband at seventy, the insurer will ask about medical conditions. Has either of you "
          "anything ongoing, like blood pressure, heart, diabetes, anything you take tablets for?"),
        c("He's on tablets for blood pressure, and he had a stent put in five years ago. Is that a problem?", None),
        F10_T3, F10_C3,
    ],
    worse=[
        F10_O, F10_T1, F10_C1,
        t("Perth, lovely! I was out there myself two years ago, my sister's in Fremantle. We did the whole thing, "
          "Rottnest Island, the quokkas, a week down in Margaret River. The heat though, I was like a lobster. "
          "You'll love it."),
        c("I'm sure. But about the insurance, he has a stent and he's on tablets for his heart. Would that be a "
          "problem?", None),
        F10_T3, F10_C3,
    ],
)

PAIRS = [F1, F2, F3, F4, F5, F6, F7, F8, F9, F10]
