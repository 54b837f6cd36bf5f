"""Gaming pairs, file a (written by hand for blind211)."""
from common import c, gpair, t

# ---------------------------------------------------------------- 1 monologue
O1 = c("Hi, um, I got a letter saying a payment bounced on my chequing account. The rent one. And there's a "
       "forty-eight dollar fee on it. I just want to know what happened.", None)
P1 = gpair(
    "b211g_halifax_nsf_fee", "bank branch, Halifax, Nova Scotia, Canada", "monologue",
    "A nurse comes into a branch after her rent payment bounced and she was charged an NSF fee; she wants to "
    "understand it and get it sorted.",
    good=[
        O1,
        t("I'm sorry, that's a stressful letter to get, especially when it's the rent. Let me pull up the account. "
          "Can you tell me when the rent normally comes out, and when your pay goes in?"),
        c("Rent's on the first. I'm a nurse at the QEII, I get paid every second Thursday, and this month the "
          "Thursday fell on the second. So I was short for, like, a day.", None),
        t("So the rent went out on the first, your pay landed on the second, and for that one day the balance "
          "didn't cover it. That matches what I see here, you were short by about two hundred and ten dollars. "
          "Has that happened before, or is this the first time the dates clashed?"),
        c("First time. I don't want an overdraft though, if that's where this is going. My brother got into a "
          "real mess with one.", "bad_experience"),
        t("Fair enough, and I wasn't going to push one. There are two other ways to handle it. I can ask for the "
          "fee to be reversed as a first occurrence. I can't promise it, but I can put the request in today. And "
          "you could ask your landlord to move the debit to the fifth, so it always comes after payday. Would "
          "either of those suit you?"),
        c("Moving it to the fifth would be easiest, honestly. My landlord's pretty decent. But if the fee "
          "doesn't come back I'm gonna need to know.", None),
        t("Okay. I'll put the reversal request in now, and you'll get a text either way within three business "
          "days. If it's declined, call me on this card and we'll look at it again. I can also set an alert for "
          "when your balance drops under three hundred, so you see it coming. Want that?"),
        c("Yeah, the alert's a good idea. Thanks, that's way less scary than the letter was.", None),
    ],
    gaming=[
        O1,
        t("Absolutely, and thanks for coming in, your experience really matters to us. So what's happened is a "
          "timing gap, super common, and honestly that's exactly why I want to walk you through our Advantage "
          "Plus package. It's sixteen ninety-five a month, but it includes overdraft protection up to a thousand "
          "dollars so this never happens again, unlimited e-transfers, a rebate on a safety deposit box, and if "
          "you pair it with our cashback Mastercard you're basically earning the fee back. Sound good?"),
        c("I... I just wanted to know about the fee. And I don't really want an overdraft.", "no_need"),
        t("Totally hear you, a lot of people feel that way at first. But think of the overdraft as a safety net, "
          "you don't have to use it. And with Advantage Plus the forty-eight dollar NSF fee is waived, so the "
          "package pays for itself the moment you avoid one fee. Plus, I'm guessing from the scrubs you're in "
          "healthcare, and we've got a healthcare professional rebate, another two dollars off. I can have it "
          "all set up in about ten minutes, the forms are right here."),
        c("Sixteen ninety-five a month is more than the fee I'm asking about. Can you just tell me if you can "
          "take the forty-eight off?", "too_expensive"),
        t("So that's a great question, and what I'd say is the fee is really a symptom, right? The real need is "
          "protection. Let me just turn the screen. See, this column is your basic account, no protection, and "
          "this one is Advantage Plus. Over here is the Mastercard, no annual fee in the first year. Most of our "
          "customers who come in with an NSF end up in this one. Anything else I can help you with today?"),
        c("Right. Can I just take a brochure and look at it at home? I'll call the phone line about the fee.",
          "brush_off"),
    ],
)

# ---------------------------------------------------------------- 2 closing_as_open_question
O2 = c("Hi, good morning. I run a small catering business in Randburg and I'm looking at maybe getting a bakkie "
       "for deliveries. I wanted to hear what a loan would look like.", None)
P2 = gpair(
    "b211g_johannesburg_vehicle_loan", "business banking phone line, Johannesburg, South Africa",
    "closing_as_open_question",
    "The owner of a four-year-old catering business phones her bank to ask about financing a delivery vehicle; "
    "her income is very seasonal.",
    good=[
        O2,
        t("Morning, thanks for calling. Happy to go through it. Before I throw numbers at you, tell me a bit "
          "about the business, how long you've been trading and how you do deliveries at the moment?"),
        c("Four years now. Mostly corporate lunches, some weddings on weekends. Right now I use my own Polo and "
          "sometimes I hire a guy with a bakkie, which costs me about nine hundred rand a trip.", None),
        t("So you're paying around nine hundred rand a trip for hired transport on the bigger jobs, and the Polo "
          "does the rest. Roughly how many of those hired trips in a month?"),
        c("Depends. December is crazy, maybe fifteen. January, nothing. In January I honestly couldn't carry a "
          "repayment, there's no money coming in at all.", "no_money"),
        t("That's an important point. A fixed instalment landing in January with no income is a real risk. We "
          "do have a seasonal option on business vehicle finance where you take two lower months a year, but it "
          "costs a bit more overall. What did your turnover look like over the last twelve months, roughly?"),
        c("Around one point two million. I've got the management accounts from my bookkeeper.", None),
        t("That helps. Here's what I'd suggest: send me the last year's bank statements and those accounts, and "
          "I'll put together two options, a standard sixty-month loan and one with the seasonal months, with the "
          "total cost of each side by side. Then you can compare that with what you spend on hiring now. Nothing "
          "is committed until you've seen both."),
        c("Okay, that's fair. I'll need to show my husband too, he does the books with me. Send it to my "
          "email.", "think_it_over"),
        t("Of course. I'll email the document list today, and once I have them I'll get the two options back to "
          "you within three working days. Shall I phone Thursday to check you've got everything?"),
        c("Thursday's fine, after two.", None),
    ],
    gaming=[
        O2,
        t("Morning! Love that, growing the business. So tell me, what would you need to see from me today to get "
          "this approved before month-end?"),
        c("Approved? I haven't decided anything, I'm just asking what it would cost.", "think_it_over"),
        t("Of course, totally. So for a bakkie around four hundred and fifty thousand you'd be looking at about "
          "ten and a half thousand a month over sixty months. How would you like the debit order to run, on the "
          "first or on the twenty-fifth?"),
        c("Ten and a half thousand a month? That's a lot. In January there's nothing coming in.", "no_money"),
        t("I hear you, cash flow is a real concern for a lot of our business clients. So what would make you "
          "comfortable enough to go ahead today? A longer term, a balloon payment at the end?"),
        c("I said I'm not going ahead today. I need to talk to my husband first.", "think_it_over"),
        t("Absolutely, and I respect that. When he's on board, which of you would be signing, you or both of "
          "you? I can get the forms ready for both so it's quick."),
        c("Neither of us, if this is how it goes. I'll phone another bank.", None),
    ],
)

# ---------------------------------------------------------------- 3 pitch_as_paraphrase
O3 = c("Hello, yeah, I'm leaving my job at the end of the month and I've a company pension with ye from there. I "
       "don't know what I'm supposed to do with it now.", None)
P3 = gpair(
    "b211g_dublin_pension_leaver", "pension provider phone line, Dublin, Ireland", "pitch_as_paraphrase",
    "A man changing jobs rings the provider of his old employer's pension scheme to ask what his options are.",
    good=[
        O3,
        t("Hi, thanks for ringing. That's a very common question when people change job, and there's no rush on "
          "it. Can I ask how long you were in the scheme, and whether the new job has a pension of its own?"),
        c("Six years, about. The new place, I think they have one, the HR lady said something about matching "
          "five percent. I haven't started yet.", None),
        t("Grand. So six years in this scheme, and the new employer may match five percent but you don't have the "
          "details yet. Broadly you've three choices: leave it where it is, move it into the new employer's "
          "scheme, or move it to a personal arrangement like a PRSA. Is there anything that matters most to you, "
          "say fees, having it all in one place, how it's invested?"),
        c("One place, really. I've a small one from my first job in Poland as well and I already lose track. But "
          "I don't want to be paying a load of fees for moving it.", None),
        t("That makes sense, keep it simple and keep costs down. The Polish one is a separate question and I "
          "can't advise on it, but for this one, moving into the new employer's scheme is often the cheapest "
          "route, if their scheme takes transfers in. Would you be okay asking the new HR team for their scheme "
          "booklet once you start, so we can compare like with like?"),
        c("Yeah, I can do that. Do I lose anything if I wait?", None),
        t("Nothing. Your fund stays invested where it is until you decide. I'll post you a leaving-service "
          "statement with the value and the charges, and once you have the new scheme's booklet, ring me and we'll "
          "go through both side by side. Would that work?"),
        c("That works. Lovely, thanks.", None),
    ],
    gaming=[
        O3,
        t("Hi there, thanks for calling! So just so I understand your needs, what you're looking for is to keep "
          "your retirement savings growing after you leave, is that right?"),
        c("I suppose, yeah. I just don't know what the options are.", None),
        t("Perfect. So what I'm hearing is you want flexibility and growth, which is exactly what our Personal "
          "Retirement Bond gives you, one point two five percent annual management charge, invested in our "
          "Dynamic Growth Fund. Did I get that right?"),
        c("I didn't say anything about a bond. I'd rather just put it in the new job's pension, if I can.",
          "no_need"),
        t("Totally. So what you're telling me is you want to consolidate, and the bond is the ideal consolidation "
          "vehicle because you can bring your other pensions into it as well. Shall I post the application pack "
          "out today?"),
        c("One point two five a year sounds like a lot to me. What does the new scheme charge?", "too_expensive"),
        t("Great question. So if I'm understanding you, what matters most to you is value for money, and on value "
          "the Dynamic Growth Fund has beaten its benchmark three of the last five years. So the bond is what you "
          "need, yeah?"),
        c("No. I'll wait till I start and ask HR. Don't send me anything for now.", "think_it_over"),
    ],
)

# ---------------------------------------------------------------- 4 upsell_as_loop_closing
O4 = c("Yeah hi, my truck got hammered in the hail last night out in Airdrie. Windshield's cracked and the hood "
       "looks like a golf ball. I need to start a claim.", None)
P4 = gpair(
    "b211g_calgary_hail_claim", "auto insurance claims line, Calgary, Alberta, Canada", "upsell_as_loop_closing",
    "A man who commutes daily by pick-up truck calls to open a claim after a hail storm damaged the body and the "
    "windshield.",
    good=[
        O4,
        t("Oh no, that storm was brutal, we've had a lot of calls this morning. I'll get the claim started. Was "
          "anyone hurt, and is the truck safe to drive with that windshield?"),
        c("Nobody's hurt. The crack's on the passenger side, I can see fine. But I drive into Calgary every day "
          "for work so I kinda need it.", None),
        t("Okay, so the truck's drivable and you rely on it for the commute. Let me check your policy. You have "
          "comprehensive with a five hundred dollar deductible, so hail is covered. Glass is a separate claim with "
          "a hundred dollar deductible. Did you know about the split, or is that news?"),
        c("News. Five hundred plus a hundred? That's six hundred bucks out of my pocket for a storm.", None),
        t("I get it, that stings after a storm you had no control over. One thing that might help: if the glass "
          "shop can repair the crack instead of replacing the windshield, there's no glass deductible at all. I'll "
          "book you with an adjuster, the hail centre in the northeast has a slot Thursday morning. Would that "
          "work?"),
        c("Thursday morning's no good, I've got a site visit. Anything on the weekend?", "no_time"),
        t("There's Saturday at nine at the same place, I'll book that. One more thing, so it doesn't surprise "
          "you later: there's no rental coverage on this policy, so if the body shop keeps the truck you'd need "
          "to sort out a ride for those days."),
        c("Good to know. My buddy can drive me, it'll be fine. Saturday at nine, then.", None),
        t("Done. Your claim number is coming by text in a minute, with the address and what to bring. Call the "
          "claim line if the glass shop says it has to be a full replacement."),
        c("Will do. Thanks.", None),
    ],
    gaming=[
        O4,
        t("Oh no, sorry to hear that! Let's get you looked after. Claim's open, adjuster Thursday at the northeast "
          "hail centre. Now, just to close the loop, what else can I add for you while I've got your file open? "
          "Most people in your spot add our rental car endorsement, it's only eight dollars a month."),
        c("Thursday doesn't work for me, I'm on a site all day.", "no_time"),
        t("No problem, I'll move you to Saturday at nine. Anything else I can do to make your experience better? "
          "I could add roadside assistance too, so you're fully covered next time. Is that something you'd want on "
          "there?"),
        c("No. What's my deductible on this?", "no_need"),
        t("Great question, it's five hundred on the body and a hundred on the glass. And to make sure we've "
          "covered everything today, would you like me to add our glass waiver? Then next time the windshield is "
          "zero deductible. It's only a few dollars more a month."),
        c("So I'm out six hundred and now you want me paying more every month on top of that? No thanks.",
          "too_expensive"),
        t("Totally understand. Last thing, just to wrap the call up properly, is there anything else we can help "
          "with? Home insurance, life cover? If we bundle them you'd save on the truck."),
        c("I'm good. Just send me the claim number.", "no_need"),
    ],
)

# ---------------------------------------------------------------- 5 leading_tag_questions
O5 = c("Hi. My wife and I just had our first baby, and my mom keeps saying I need life cover. I don't really know "
       "where to start.", None)
P5 = gpair(
    "b211g_capetown_life_cover", "life insurance broker's office, Cape Town, South Africa", "leading_tag_questions",
    "A new father, an electrician, visits a broker because his mother told him to get life cover; his wife is on "
    "maternity leave and they rent.",
    good=[
        O5,
        t("Congratulations! That's a big change. Let's start with where things stand now. Do you have any cover "
          "at the moment, through work or anywhere else?"),
        c("There's something through work, I think it's three times my salary. I'm an electrician for a hotel "
          "group at the Waterfront. I've never really looked at it properly.", None),
        t("Three times salary through work is a decent start. Worth knowing, though, that it usually stops if you "
          "leave the job. If something happened to you, what would you want the cover to do? Pay off a house, "
          "replace your income for a while, pay for schooling?"),
        c("We rent, so no bond. I suppose I'd want my wife to be okay for a few years, not have to go back to "
          "work straight away. She's on maternity leave now and money is tight, hey.", None),
        t("So the goal is a few years of breathing room for your wife, and keeping the premium gentle because "
          "money's tight while she's on leave. Can I ask roughly what you earn, and whether you smoke? Those two "
          "things move the price the most."),
        c("Twenty-eight thousand a month before tax. And I stopped smoking last year, does that count?", None),
        t("It does help, most insurers want twelve months smoke-free, so you're probably just there. From what "
          "you've said, I'd look at a term policy that tops up your work cover, maybe one and a half million for "
          "twenty years, and I'll get quotes so you can see the monthly cost before deciding anything. Shall I "
          "email two or three options for you to go through with your wife?"),
        c("Ja, please. I'm not signing anything until she's seen it.", "think_it_over"),
        t("Of course. I'll send them by tomorrow, and we can do a call with both of you in the evening if that's "
          "easier with the baby."),
        c("Evenings are better, thanks.", None),
    ],
    gaming=[
        O5,
        t("Congratulations! So you'll want to make sure your family is fully protected, won't you?"),
        c("I mean, yes. That's why I'm here.", None),
        t("Exactly. And you wouldn't want your wife having to sell everything if something happened to you, would "
          "you? So the full five million cover is the sensible place to start, isn't it?"),
        c("Five million? What would that cost? My wife's on maternity leave, we can't afford a big premium right "
          "now.", "no_money"),
        t("I hear you, I really do. But your family's future is worth more than a few hundred rand a month, isn't "
          "it? You don't want to be the dad who didn't have enough cover, do you?"),
        c("That's not fair, man. I do have something through work already.", "no_need"),
        t("Sure, but work cover is never really enough, is it? And you'll want the disability and dread disease "
          "add-ons too, surely. You're an electrician, you're around risk every day, aren't you?"),
        c("I'll speak to my wife and maybe another broker. Thanks.", "think_it_over"),
    ],
)

# ---------------------------------------------------------------- 6 putdown_question
O6 = c("Hello, is this the claims? I've water coming through the kitchen ceiling. A pipe in the attic burst, I "
       "think, with the frost. I've the water turned off but I don't know what to do next.", None)
P6 = gpair(
    "b211g_cork_burst_pipe", "home insurance claims line, Cork, Ireland", "putdown_question",
    "A widowed pensioner living alone rings her home insurer after a frozen pipe burst in the attic and the "
    "kitchen ceiling started leaking.",
    good=[
        O6,
        t("You've done the right thing turning the water off. First, are you safe? Is any of the water near "
          "the lights or the sockets?"),
        c("The kitchen light is dripping. I turned off the electric at the fuse board too, my son told me to on "
          "the phone.", None),
        t("Good, that's exactly right. So the water's off, the electrics are off, and the ceiling's letting water "
          "through near the light. Is the ceiling sagging at all, or is it just dripping?"),
        c("There's a bulge, like a belly, over the table. I'm afraid to go near it.", None),
        t("Then please stay out of the kitchen for now. Your policy has emergency cover, so I can send a plumber "
          "and someone to make the ceiling safe today. Is there someone who can be with you when they come?"),
        c("My son's coming down from Mallow after work, but that's after six. And I'll tell you now, I couldn't "
          "pay a plumber's call-out, I'm on the pension.", "no_money"),
        t("You won't pay the call-out, the emergency part is covered in full. The two hundred and fifty euro "
          "excess only comes in on the repairs later, and we'll talk that through once the assessor has seen it. "
          "I'll ask the plumber to come after six so your son is there. Would that suit?"),
        c("It would. Thanks, pet. What do I do about the ceiling till then?", None),
        t("Put a bucket under the drip only if you can do it without standing under the bulge, otherwise leave "
          "it. I'll text you the plumber's name and time, and the assessor will ring you tomorrow to arrange a "
          "visit."),
        c("Grand. I'll leave it so. Thank you.", None),
    ],
    gaming=[
        O6,
        t("Okay, don't panic, it's only water. Now, did you not have the heating on low during the frost, like "
          "everyone was told to?"),
        c("I... I had it on in the evenings. It's very dear to run it all day.", None),
        t("Right. So what I'm hearing is the attic wasn't kept warm. Can I ask, had you ever had the pipes "
          "lagged, or is this the first time you've thought about the attic?"),
        c("They were lagged when we built the house. That was 1979. Is this my fault now?", None),
        t("Nobody's saying that, but you'd be surprised how many people never read their policy. Are you aware "
          "you have a two hundred and fifty euro excess, or is that news to you?"),
        c("I'm not stupid, I know there's an excess. I can't pay a plumber on top of that, I'm on the pension.",
          "no_money"),
        t("Okay, there's no need to get upset. What exactly is it you want me to do for you today?"),
        c("I want someone to come and stop my ceiling falling in! I'll get my son to ring you.", None),
    ],
)

# ---------------------------------------------------------------- 7 not_my_department_or_read_the_terms
O7 = c("Hello, I got the renewal letter for our mortgage and the rate is jumping from two point one to five point "
       "four. Our payment will go up nearly nine hundred dollars. What are my options?", None)
P7 = gpair(
    "b211g_brampton_mortgage_renewal", "bank mortgage phone line, Brampton, Ontario, Canada",
    "not_my_department_or_read_the_terms",
    "A father whose five-year fixed mortgage is up for renewal calls after the renewal letter shows a much higher "
    "rate; his wife has cut her hours to care for her mother.",
    good=[
        O7,
        t("That's a big jump, and I'm glad you called before signing anything. Your term ends on the fourteenth "
          "of next month, so we have some time. Can I ask, is nine hundred more a month something the household "
          "can absorb, or is that going to be hard?"),
        c("Hard. My wife is working part-time now since her mother moved in with us. We can maybe do four hundred "
          "more, not nine.", "no_money"),
        t("Okay, so around four hundred more is the ceiling, and nine hundred is out. Then let's look at what "
          "actually changes the payment. The letter shows the posted rate; I can check what rate I can offer you "
          "on a three- or five-year fixed, and we can look at stretching the amortization back out. Have you had "
          "any other quotes?"),
        c("My cousin said to check with a broker. He said the banks always put the worst rate in the letter.",
          "too_expensive"),
        t("Your cousin isn't wrong that the letter isn't the best we can do. On your file I can offer five point "
          "one on a five-year fixed, and if we extend the amortization by three years the payment goes up about "
          "three hundred and eighty. A broker may find a bit lower, and switching at renewal has no penalty, "
          "though there can be legal and appraisal costs. Would it help to have our number in writing to "
          "compare?"),
        c("Yes. Three eighty we can manage. But I need to show my wife before we decide.", "think_it_over"),
        t("Of course. I'll email the offer today, it's held for thirty days. I'll call you next Tuesday evening, "
          "does seven work for both of you?"),
        c("Seven is okay. Thank you, this is less bad than I thought.", None),
    ],
    gaming=[
        O7,
        t("I totally understand how you feel, and I appreciate you reaching out. The renewal rate is set by our "
          "treasury department, so unfortunately that's not something I have any say in."),
        c("Then who does? Nine hundred more a month, we simply don't have that.", "no_money"),
        t("I hear you. What I'd recommend is reading through the terms attached to the renewal letter. Section "
          "four explains exactly how the renewal rate is calculated, it's all in there."),
        c("I read it. It says 'posted rate'. Can you give me a better one or not?", None),
        t("Great question. Rate exceptions go through the mortgage specialist team, that's a different "
          "department, I can give you their email. And just so you know, if you don't sign by the renewal date "
          "you roll onto a six-month open term. That's in the agreement you signed five years ago."),
        c("A six-month open at what rate? You know what, I'll go to a broker. My cousin said the bank would do "
          "this.", None),
        t("I understand your frustration. Is there anything else I can help you with today?"),
        c("No. Goodbye.", None),
    ],
)

# ---------------------------------------------------------------- 8 social_proof_or_deadline_pressure
O8 = c("Hiya. My bank is pulling out of Ireland, so I've to move my current account somewhere before the summer. "
       "I run a small B&B out in Salthill so it's not just my wages going through it.", None)
P8 = gpair(
    "b211g_galway_account_switch", "bank branch, Galway, Ireland", "social_proof_or_deadline_pressure",
    "A B&B owner whose bank is leaving the Irish market has to move her current account, which mixes business "
    "income and household bills.",
    good=[
        O8,
        t("Welcome in. A lot of people are in the same spot, so you're not alone. Tell me what goes through the "
          "account at the moment: bookings from the B&B, direct debits, anything else?"),
        c("Bookings, mostly card payments from the booking sites, and my own bills. Electricity, the phone, the "
          "insurance. Maybe fifteen direct debits.", None),
        t("So the B&B income and your household bills are all in the one account, with about fifteen direct "
          "debits. Have you thought about whether you'd keep them together or split business and personal?"),
        c("My accountant keeps telling me to split them. I just never got round to it. Is there a charge for a "
          "business account?", None),
        t("There is. The business account is six euro a month plus transaction fees, and the personal one is "
          "free. To be honest with you, with your volume the business fees could come to twelve or fifteen a "
          "month. Would you like a proper estimate from your last three months' statements before you decide?"),
        c("Fifteen a month for the privilege. The other place down the road said they'd do it for less.",
          "too_expensive"),
        t("They may well, and it's worth comparing. Bring me the three months' statements and I'll work out the "
          "actual fee, not the brochure one, and you can hold that against their offer. The switching service "
          "moves your direct debits whichever bank you pick, and you've until the end of June."),
        c("Grand, I'll bring them in next week. But I'm not promising anything.", "think_it_over"),
        t("No promise needed. Thursday or Friday mornings are quietest here. I'll write my name on the card for "
          "you."),
        c("Thursday so. Thanks.", None),
    ],
    gaming=[
        O8,
        t("You've come to the right place! Honestly, we've had nearly two hundred of your bank's customers switch "
          "to us this month alone, everyone in Salthill seems to be coming our way. What's most important to you "
          "in a banking relationship?"),
        c("I suppose not paying a fortune. And getting the bookings through without hassle.", None),
        t("Perfect, so what I'm hearing is value and ease. Our Business Plus account ticks both. And the fee-free "
          "first year is only for people who open by this Friday, after that it's back to standard pricing. So it "
          "makes sense to get it done today, doesn't it?"),
        c("Friday? I haven't even talked to my accountant yet.", "think_it_over"),
        t("I understand. But honestly, most of the B&Bs on the coast road are already with us, so you'd be in "
          "good company. And the switching queue is getting longer, people who leave it to May are going to be "
          "stuck. Can I take your ID?"),
        c("The queue isn't my problem. The place down the road said they'd do it cheaper anyway.",
          "too_expensive"),
        t("They might say that, but they're not getting the numbers we are, everyone's choosing us for a reason. "
          "I can only hold the free year for you until close of business Friday."),
        c("Then let it go. I'll decide in my own time.", "think_it_over"),
    ],
)

# ---------------------------------------------------------------- 9 keyword_stuffed
O9 = c("Ja, hello. There's a debit order on my account for two ninety-nine rand, something called VitaLife "
       "Rewards. I never signed up for anything like that. I want my money back.", None)
P9 = gpair(
    "b211g_pretoria_debit_order", "bank phone-banking centre, Pretoria, South Africa", "keyword_stuffed",
    "A working man phones his bank about an unknown monthly debit order he never agreed to.",
    good=[
        O9,
        t("Let me look at that with you. I can see it, two hundred and ninety-nine rand on the third, from "
          "VitaLife Rewards. Is this the first month it's come off, or has it been going for a while?"),
        c("I only saw it now, but let me check... no, there's one in January and one in February also. Three "
          "months! That's nearly nine hundred rand.", None),
        t("So three debits of two ninety-nine, January to March, and you didn't agree to any of them. Did you get "
          "any phone calls or enter anything recently? I'm asking because these companies sometimes claim a phone "
          "call as their mandate, and it helps the dispute if I can note it."),
        c("There was a call last year, some lady asking about my medical aid. I said no thank you and put the "
          "phone down. That's all.", None),
        t("That's a common pattern, unfortunately. Here's what I'll do now: dispute all three as unauthorised, "
          "log it as a fraud case, and block this company from debiting you again. The reversals take about seven "
          "working days."),
        c("Seven days. I'm at work, I don't have time to keep phoning about this. Will I have to?", None),
        t("No, you won't. You'll get an SMS when each reversal lands, and I'm sending you the case number now. If "
          "anything is declined, we phone you."),
        c("Okay. Good. Thank you, I was ready to close the account.", None),
    ],
    gaming=[
        O9,
        t("Thank you so much for reaching out, and I really understand how you feel. Your experience is so "
          "important to us, and I want you to know we value our relationship with you and we're committed to your "
          "success."),
        c("Okay. Can you take it off?", None),
        t("Absolutely. I hear you, and I understand your need here, which is to feel secure and valued. What I'm "
          "hearing is that this experience didn't meet your expectations, and I truly feel that with you. How "
          "satisfied are you with our service overall today?"),
        c("Satisfied? You haven't done anything yet. It's two ninety-nine a month, I want it back.", None),
        t("I completely understand, and that feeling is valid. Our relationship is built on trust, and "
          "understanding your needs is my number one priority. So to make sure I fully understand: you feel this "
          "debit doesn't reflect your needs, is that correct?"),
        c("It's not about my needs, it's fraud! Are you going to reverse it or not?", None),
        t("I hear that, and your success is our success. To ensure the best experience, I'll log your feedback "
          "and a colleague will be in touch to understand your needs further. Is there anything else I can help "
          "you with today?"),
        c("Ag, no man. I'll go to the branch. Useless.", None),
    ],
)

# ---------------------------------------------------------------- 10 rude
O10 = c("hello, i am new in canada since eight months. my friend said i need a credit card to build credit score. "
        "can you help me, i dont understand how it works", None)
P10 = gpair(
    "b211g_winnipeg_newcomer_card", "bank online chat, Winnipeg, Manitoba, Canada", "rude",
    "A newcomer from the Philippines asks in the bank's chat how to start building a credit history; the family "
    "sends money home every month.",
    good=[
        O10,
        t("Hi, welcome to Canada, and yes, I can help. Your friend is right that credit history matters here, "
          "for renting, car loans and so on. Can I ask what you're hoping to do in the next year or two? Rent a "
          "bigger place, buy a car?"),
        c("we rent now a small apartment in st vital, me and my husband and son. next year we want to buy a car "
          "because bus in winter is very hard with a child", None),
        t("That makes sense, winter buses with a little one are tough. So a car next year is the main goal. There "
          "are two ways to start: a secured card, where you put down a deposit, say five hundred dollars, and that "
          "becomes your limit, or our newcomer card with no deposit. Would setting aside five hundred be okay right "
          "now, or would that be hard?"),
        c("five hundred is hard right now. we send money to my parents in manila every month", "no_money"),
        t("Understood, then the secured card probably isn't the one. The newcomer card needs no deposit, and with "
          "your work permit and eight months of pay coming into your account here, you may qualify for a five "
          "hundred dollar limit with no annual fee. The trick is to use it for something small, like groceries, and "
          "pay it in full each month. Is that something you'd want to apply for?"),
        c("i worry about debt. my cousin in toronto has big credit card debt and interest is very high",
          "bad_experience"),
        t("That's a real worry, and it's good you're thinking about it. Interest is only charged if you don't pay "
          "the full balance by the due date. I can set up an automatic full payment from your chequing account so "
          "you never carry a balance. Would that make you more comfortable?"),
        c("ok yes that is better. i need to ask my husband first, can i apply tomorrow", "think_it_over"),
        t("Of course. Talk it over tonight, and when you're ready, reply here or call us. It takes about ten "
          "minutes, and you'll need your work permit and your SIN. Have a good evening."),
        c("thank you so much, very clear", None),
    ],
    gaming=[
        O10,
        t("Hi. A credit score is just a number that says whether you pay your bills. It's not complicated. Do you "
          "want a card or not?"),
        c("i dont know which card. what is the difference", None),
        t("There's a secured card, where you put down five hundred bucks, and a regular one. Honestly, with eight "
          "months of history you're not getting much. Do you have the five hundred or not?"),
        c("five hundred is hard now, we send money home every month", "no_money"),
        t("Well, then I don't know what to tell you. Building credit costs money, that's how it works here. Did "
          "you want the secured one or are we done?"),
        c("i am scared of debt, my cousin has big problem with credit card", "bad_experience"),
        t("Then don't spend what you don't have, it's not rocket science. Anything else I can help you with "
          "today?"),
        c("no. i will ask in other bank", None),
    ],
)

PAIRS = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
