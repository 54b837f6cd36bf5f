from common import c, rpair, t

O1 = c("Hi, I'd like to borrow two thousand for Christmas, if that's allowed. Same as last year.", None)
D01 = rpair("b155r_d01_sligo_creditunion_christmas", "Credit union counter, Co. Sligo: a member asks for a Christmas loan.",
    [O1,
     t("It is. Can I ask how last year's went? I see it was only cleared in October."),
     c("Ah, it dragged, to be honest. Santa's dear, and then the car tax landed in January, ha.", None),
     t("So last year's only just finished, and January's when it pinches. Would a smaller loan, say twelve hundred, plus a Christmas savings account for next year, help break that cycle?"),
     c("Twelve hundred mightn't cover it. I'd have to talk to the husband.", "think_it_over"),
     t("Talk to him. I'll print both, two thousand and twelve hundred, with the monthly figures side by side."),
     c("That'd help, yeah.", None)],
    [O1,
     t("Of course. Two thousand over twelve months is about 180 a month. Is that manageable?"),
     c("Hundred and eighty. Bit tight, but sure it's Christmas.", None),
     t("Grand. Would you like loan protection on it? It's about four euro a month."),
     c("No, leave that out, thanks.", "no_need"),
     t("No problem. I'll need a recent payslip and you can sign today."),
     c("I've the payslip here. Go on.", None),
     t("Lovely. The money will be in your account this afternoon.")])

O2 = c("Hi, I'd like to book a check-up with a doctor, please. Nothing urgent.", None)
D02 = rpair("b155r_d02_bangor_gp_mole", "GP practice reception, phone, Co. Down: a patient asks for a routine check-up.",
    [O2,
     t("No problem. So I book the right slot, can you tell me a little about what it's for? No need for detail."),
     c("Ah, it's a mole on my back. The wife says it's got bigger. She's probably fussing.", None),
     t("A mole that's grown is worth seeing soon, fussing or not. I have Dr Quinn Wednesday at 10:20. Could you manage that?"),
     c("Wednesday's awkward, I'm working in Lisburn all day.", "no_time"),
     t("Then Thursday at 8:40, before work? And if your wife takes a photo of it now, the doctor can compare."),
     c("Thursday at 8:40. I'll tell her she was right, she'll love that.", None)],
    [O2,
     t("Of course. The first routine appointment is the 22nd at 11:00. Does that suit?"),
     c("Three weeks? Suppose it's not urgent. Nothing sooner?", None),
     t("Not for routine, sorry. You can ring at eight any morning for a cancellation."),
     c("Fair enough. Put me down for the 22nd.", None),
     t("That's you booked. You'll get a text reminder the day before.")])

O3 = c("I'm thinking of going electric. Everyone at work has one and they won't shut up about it.", None)
D03 = rpair("b155r_d03_armagh_cardealer_ev", "Car dealer showroom, Co. Armagh: a customer is curious about an electric car.",
    [O3,
     t("Ha, they're like that. How much driving do you do in a week, and have you a driveway for charging?"),
     c("Forty miles a day, and a driveway, aye. But I drive to Cork twice a year to the mother-in-law.", None),
     t("Daily driving's perfect for it, and Cork is one charging stop. The real cost is a home charger, about eight hundred fitted. Would you borrow one for a weekend first?"),
     c("Eight hundred on top? Sure the car's dear enough already.", "too_expensive"),
     t("It is. Drive it for the weekend on public chargers and see if it fits your life before spending a penny on a charger."),
     c("Aye, a weekend. Go on.", None)],
    [O3,
     t("Good choice. This one does about two hundred and sixty miles on a charge and costs pennies to run."),
     c("Two hundred and sixty. And the trip to Cork? I do it twice a year.", None),
     t("There are fast chargers on the motorway, twenty minutes for a top-up. Would you like a test drive?"),
     c("Not today, I'm only browsing really. Have you a brochure?", "brush_off"),
     t("Sure, here. My number's on the back if you want a drive.")])

O4 = c("Dear Events Team, We hope to hold our wedding at Ballyreen House in August 2026 with about 160 guests. Could you confirm availability and capacity? Kind regards, Niamh Byrne and Conor Healy", None)
D04 = rpair("b155r_d04_meath_weddingvenue_capacity", "Wedding venue, email, Co. Meath: a couple asks about capacity for 160.",
    [O4,
     t("Dear Niamh and Conor, Congratulations! August 2026 has three Saturdays free. To be honest, the ballroom is comfortable at 140; at 160 the dance floor shrinks. Is 160 firm, and what matters most to you on the day? Ruth"),
     c("Dear Ruth, Thank you for being upfront. 160 is firm-ish, Conor's family is large. Dancing matters most, his aunts are serious about it. Niamh", None),
     t("Dear Niamh, Then I'd suggest the marquee on the lawn for the meal, leaving the ballroom as a full dance floor. It adds 2,800 euro. Would you like to see both at a Saturday set-up? Ruth"),
     c("Dear Ruth, 2,800 is more than we planned. We will view first and decide then. Niamh", "think_it_over"),
     t("Dear Niamh, Of course. Saturday 14 March at 11, during a set-up? Ruth"),
     c("Dear Ruth, Perfect, we'll be there. Niamh", None)],
    [O4,
     t("Dear Niamh and Conor, Congratulations! August 2026 has three Saturdays free, and the ballroom seats 160 at round tables of twelve. Our brochure is attached. Ruth"),
     c("Dear Ruth, Thank you. Is there still room for dancing at 160? Niamh", None),
     t("Dear Niamh, Yes, we clear tables after the meal to make space. Would you like a viewing? Ruth"),
     c("Dear Ruth, Yes please, though March is mad with work for both of us. Could it be April? Niamh", "no_time"),
     t("Dear Niamh, Saturday 4 April at 11, then. Ruth")])

O5 = c("We're an accountancy office, six of us, and the internet crawls. I want the fastest thing you have.", None)
D05 = rpair("b155r_d05_ballymena_business_broadband", "Business broadband, phone, Co. Antrim: an office wants more speed.",
    [O5,
     t("Happy to help. When does it crawl, all day or at certain times? And is it uploading files or browsing that's slow?"),
     c("Afternoons. Uploading returns and the cloud stuff. Browsing's fine, funnily enough.", None),
     t("Afternoons and uploads. Your plan has 20 meg upload, and a bigger download plan won't fix that. Is your backup set for afternoons, do you know?"),
     c("No idea. Gareth, our IT lad, does that. He's part-time.", None),
     t("Ask Gareth to move the backup to night. If it's still slow, our symmetric 300 gives 300 both ways for eight pounds more. I'll ring you Friday to see."),
     c("Makes sense. Friday.", None)],
    [O5,
     t("No problem. Our fastest is Gigabit, a thousand meg, at fifty-five pounds a month. That'll sort it."),
     c("Fifty-five, that's a jump from thirty-eight. Will it definitely fix it?", "too_expensive"),
     t("It's many times the speed you have now, so you'll notice a big difference. I can have it live Monday."),
     c("Alright, Monday.", None),
     t("Done. You'll get a confirmation email this afternoon.")])

O6 = c("My son says I should get a quote. I'm moving from the family home to a wee apartment in Bray. Forty-one years in this house.", None)
D06 = rpair("b155r_d06_dublin_removals_downsizing", "Removals company, phone, Dublin: a widow is downsizing after 41 years.",
    [O6,
     t("Forty-one years, that's a big move. Do you know yet what's coming with you and what isn't? An apartment won't take a whole house."),
     c("That's the problem. I can't bear to sort it. My son says skip the lot, but he would.", None),
     t("Lots of people feel that. We can do it in two parts: a morning going room by room with you, and only then a quote for what's going to Bray. No charge for the morning."),
     c("That sounds kinder than a skip. Could my son be here for it? He's off on Fridays.", None),
     t("A Friday it is. If you give me his number, I'll ring him to pick one."),
     c("I'll read it out to you now.", None)],
    [O6,
     t("Of course. For a four-bed house to Bray, it's about fourteen hundred, full packing included."),
     c("Fourteen hundred. But it won't all fit in the apartment, I don't think.", None),
     t("No problem, we can take the extra to storage at thirty-five a week. Shall I book a survey?"),
     c("Storage. I suppose. I'd want to ask my son first.", "think_it_over"),
     t("Of course. I'll email the quote so he can see it.")])

O7 = c("That calf milk you sold me went up another six euro a bag. Have you anything cheaper that'll do?", "too_expensive")
D07 = rpair("b155r_d07_cavan_coop_calfmilk", "Farm co-op, phone, Co. Cavan: a farmer wants a cheaper milk replacer.",
    [O7,
     t("It went up all right. How many calves are you rearing, and how have they done on it?"),
     c("Forty. Doing well, bar a bit of scour the first week, but that's every year.", None),
     t("Forty doing well. The cheaper one has less milk protein, so growth can dip, and that costs more than six euro. Could you feed the dearer one for three weeks, then switch?"),
     c("I'd save a bit that way, I suppose. I'll talk to the wife, she does the calves.", "think_it_over"),
     t("Do. I'll price both ways and text it to the pair of you tonight."),
     c("Grand job.", None)],
    [O7,
     t("We have. Gold Start is twelve euro a bag cheaper and plenty of lads use it."),
     c("Twelve cheaper? I tried a cheap one years ago and the calves went backwards. Is this any good?", "bad_experience"),
     t("It does the job. A bit less protein, but the calves do fine. How many bags will I put down?"),
     c("Twenty, so. Same delivery day as usual.", None),
     t("Done, Thursday as usual.")])

O8 = c("I'm the principal of a small school in Clare, ninety pupils. We need a better way of getting messages to parents.", None)
D08 = rpair("b155r_d08_clare_school_parentapp", "School messaging app, video call, Co. Clare: a principal wants to reach parents.",
    [O8,
     t("Thanks for getting in touch. What's going wrong with the way you do it now?"),
     c("Notes home in bags. Half come back in March covered in banana. Ha. And some parents only read Irish, or Polish.", None),
     t("Notes that never arrive, and parents who read Irish or Polish. Our app translates messages and shows who hasn't opened one, so you ring just those. Would a free trial with one class help?"),
     c("One class, yes. The board would have to approve anything paid, and our budget is tiny.", "no_money"),
     t("Then try it free with Fifth Class till Christmas, and I'll send a one-page summary for the board with the cost per pupil."),
     c("That's exactly what they'll ask for. Perfect.", None)],
    [O8,
     t("Great. Our app does messages, trip payments, a calendar and homework uploads. It's two euro per pupil a year."),
     c("Two euro each. We'd never get that past the board. Does it do Irish, at least?", "no_money"),
     t("The menus are in Irish and English, yes. Would you like a demo next week?"),
     c("Okay, a demo. Thursday's good.", None),
     t("Thursday at two, then. I'll send the link.")])

O9 = c("Hello. I start new job in factory in Dungannon. They need bank account for salary. I want to open.", None)
D09 = rpair("b155r_d09_dungannon_bank_newaccount", "High street bank, counter, Co. Tyrone: a Polish worker opens an account.",
    [O9,
     t("Welcome, and congratulations on the job. Apart from the salary, what will you use it for? Sending money home, maybe?"),
     c("Yes, every month to my mother in Poland. In other bank, in England, I lose much money on transfer.", "bad_experience"),
     t("Then let's avoid that. The basic account has no monthly fee, and sending to Poland in our app costs less than a branch transfer; it shows the fee first. Have you your passport and an address letter?"),
     c("Passport yes. Address, I have the contract for the room.", None),
     t("That works. We open it now, and at the end I show you the transfer in the app."),
     c("Thank you. Very clear.", None)],
    [O9,
     t("Of course. I'll need your passport and proof of address, like a bill or a tenancy agreement."),
     c("Passport yes. Address, I have the contract for the room.", None),
     t("Perfect. We'll open the standard current account, eight pounds a month with travel insurance included."),
     c("Eight pounds every month? In Poland my account is free.", "too_expensive"),
     t("There's also a basic account with no fee, without the insurance. Would you prefer that?"),
     c("Yes, the free one.", None)])

O10 = c("I'm ringing about the solar panels. The neighbour got them and now he's unbearable at the barbecues.", None)
D10 = rpair("b155r_d10_kildare_solar_payback", "Solar installer, phone, Co. Kildare: a homeowner asks if panels are worth it.",
    [O10,
     t("Ha, the solar bore. Before I quote, which way does your roof face, and is anyone home during the day?"),
     c("South-east, I think. We're both at work till six and the kids are at school.", None),
     t("South-east is fine. With nobody home by day you'd use less of the power, so a battery or the export payment matters more. Payback's longer than your neighbour's if he's retired. Want a survey for an honest number?"),
     c("An honest number would be a novelty. But I want to compare with one other crowd first.", "think_it_over"),
     t("Do. I'll send the survey figures in writing so you can set them side by side."),
     c("Fair enough. Send it over.", None)],
    [O10,
     t("Great. A six-panel system is about six thousand after the grant, and most homes save about five hundred a year."),
     c("Six thousand. That's a fair whack, but the grant helps. Can you come and look?", "too_expensive"),
     t("Sure. Our surveyor can call out next Tuesday at ten."),
     c("Tuesday's no good, I'm in work. A Saturday?", "no_time"),
     t("Saturday at ten, then. He'll ring when he's on the way.")])

PAIRS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
