"""Ranked pairs f01-f10 of blind59 (b59): both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01 kitchen fitters, Sibiu - fault: argues with the customer's wish
c0 = c("Hello, we're redoing the kitchen in an old house in Sibiu. I want open wooden shelves instead of upper cupboards, like in my grandmother's house.", None)
t1 = t("Nice, that suits an old house. How big is the kitchen, and which wall would the shelves go on?")
c2 = c("Three metres by four. Shelves on the wall with the window, by the stove.", None)
t3_b = t("Shelves by the stove will look lovely. The one thing to plan for is grease, and a good extractor hood makes a big difference there. Do you have one now?")
c4_b = c("Only an old one that doesn't go outside. My husband wanted to change it anyway.", None)
t3_w = t("Honestly, open shelves next to a stove are a mistake. Everything gets greasy and dusty, you'll regret it in six months. Upper cupboards are the sensible choice.")
c4_w = c("I didn't ask if it's sensible. I grew up with shelves, I know how to wipe a plate.", None)
t5 = t("Understood. For shelves by the stove, a hood that vents outside helps a lot, about 1,900 lei fitted. Three oak shelves are 1,400 with brackets. Can I come and measure on Thursday?")
c6 = c("Thursday is fine. 3,300 together is more than we planned, though. Write it down and I'll show my husband.", "think_it_over")
t7 = t("I'll send it tonight, itemised, so you can drop the hood if you decide against it.")
PAIRS.append(rpair(
    "b59r_f01_sibiu_open_shelves",
    "A homeowner in an old house wants open shelves instead of upper cupboards; the worse trainee argues with her taste.",
    [c0, t1, c2, t3_b, c4_b, t5, c6, t7],
    [c0, t1, c2, t3_w, c4_w, t5, c6, t7]))

# f02 marine supplies, Alesund - fault: doubts the customer's honesty
c0 = c("Hei. I bought this fuel pump here two weeks ago for my 25-horse outboard, and now it leaks at the housing. I have the receipt.", None)
t1 = t("Hei, thanks for bringing it back with the receipt. Where exactly is it leaking, at the seam or at a hose connection?")
c2 = c("At the seam, here, between the two halves. Fuel drips when I squeeze the bulb.", None)
t3_b = t("I see it, there's a hairline crack in the housing. That's a manufacturing fault.")
c4_b = c("Good, I thought so. I need the boat on Saturday.", None)
t3_w = t("Hm. We don't often see these crack on their own. Are you sure it wasn't dropped or overtightened? People do bring back things they've damaged themselves.")
c4_w = c("I'm sure. I have fitted fuel pumps for thirty years. I don't like being called a liar.", None)
t5 = t("I'll swap it for a new one now under warranty, no charge, and send the faulty one back to the supplier.")
c6 = c("Fine. Is the new one from the same batch? I don't want the same thing happening out on the fjord.", "bad_experience")
t7 = t("Different batch, I'll check the date code with you. And if it happens again, you get the other brand instead.")
PAIRS.append(rpair(
    "b59r_f02_alesund_fuel_pump",
    "A boat owner returns a fuel pump that cracked within two weeks; the worse trainee suggests he damaged it himself.",
    [c0, t1, c2, t3_b, c4_b, t5, c6, t7],
    [c0, t1, c2, t3_w, c4_w, t5, c6, t7]))

# f03 print shop, Kano - fault: drops the price before asking anything
c0 = c("Salam. I want wedding cards. One thousand. How much?", None)
t1_b = t("Wa alaikum salam, congratulations. It depends on the card. Do you have a design already, and when is the wedding?")
c2_b = c("No design. The wedding is in five weeks. Something nice, gold, but not too expensive.", None)
t1_w = t("Wa alaikum salam. For you I'll give a special discount, 20% off: 1,000 cards for 280,000 instead of 350,000.")
c2_w = c("Eh, you don't even know which card I want. No design yet. The wedding is in five weeks.", None)
t3 = t("Five weeks is enough if we have the design in two. Our designer can do one with gold foil on the names. On 300 gsm card with envelopes, 1,000 is 280,000 naira including the design.")
c4 = c("280,000 is still heavy. My brother printed his at Kofar Mata for less.", "too_expensive")
t5 = t("It's possible, foil costs more. Without foil, in printed gold ink, it's 210,000. Shall I show you both samples side by side?")
c6 = c("Show me both. I will decide with my mother.", "think_it_over")
PAIRS.append(rpair(
    "b59r_f03_kano_wedding_cards",
    "A customer asks the price of 1,000 wedding invitations; the worse trainee offers a discount before knowing what card is wanted.",
    [c0, t1_b, c2_b, t3, c4, t5, c6],
    [c0, t1_w, c2_w, t3, c4, t5, c6]))

# f04 home care agency, Toowoomba - fault: an unasked lecture
c0 = c("G'day. My wife's got dementia. I look after her myself, but I'd like a few hours a week to myself. Go to the shed, do the shopping. Is that something you do?", None)
t1 = t("G'day. Yes, that's exactly what respite visits are for. How is she with new people? Does she settle, or get anxious?")
c2 = c("Depends on the day. Mornings are better. Afternoons she gets muddled and asks for her mum.", None)
t3_b = t("Then mornings would be kinder for her. Which mornings would give you the shed and the shops?")
c4_b = c("Tuesdays and Fridays. Shed's Tuesday.", None)
t3_w = t("That's sundowning. You know, carers like you are at very high risk of burnout; studies say half of spouse carers get depressed. You really need to put yourself first, you can't pour from an empty cup.")
c4_w = c("I didn't ring for a lecture, love. I'm managing. Tuesdays and Fridays would do.", None)
t5 = t("Three hours on Tuesday and Friday mornings, with the same carer each time so she gets used to her. It's 68 dollars an hour, and if she gets a Home Care Package most of it may be covered.")
c6 = c("She's on the waiting list for a package. Four hundred a week out of the pension, I can't do that.", "no_money")
t7 = t("Understood. We could start with Tuesdays only and add Friday when the package comes through. Shall I bring the carer round to meet you both first?")
PAIRS.append(rpair(
    "b59r_f04_toowoomba_respite_care",
    "A husband caring for his wife with dementia wants a few hours of respite a week; the worse trainee lectures him about carer burnout.",
    [c0, t1, c2, t3_b, c4_b, t5, c6, t7],
    [c0, t1, c2, t3_w, c4_w, t5, c6, t7]))

# f05 security guarding, Penang - fault: a vague next step
c0 = c("Hi, I chair the management committee of a condo in Gelugor. 180 units. Our current guards fall asleep at night, residents are complaining. We're looking at other companies.", None)
t1 = t("Thanks for considering us. How did you find out they were sleeping, CCTV or residents? And how many guards are on at night?")
c2 = c("A resident filmed one at 3am, sleeping in the guardhouse, and it went round the WhatsApp group. Two at night. Our contract ends in two months.", None)
t3 = t("We'd propose the same two, with patrol checkpoints scanned by phone every hour, so the committee sees the log live, and a supervisor doing surprise visits twice a week. About 9,800 ringgit a month for nights.")
c4 = c("That's more than we pay now, maybe 1,500 more. The committee will ask why.", "too_expensive")
t5_b = t("Fair. I'll send the proposal by Wednesday with a sample patrol log from another condo so they see what they'd get, and I can present at your next committee meeting. When is it?")
c6_b = c("Next Thursday, 8pm. Come then.", None)
t5_w = t("Sure, we'll put something together and get back to you at some point.")
c6_w = c("At some point? Our contract ends in two months. Okay... whenever.", None)
PAIRS.append(rpair(
    "b59r_f05_penang_condo_guards",
    "A condo committee chair wants to replace guards who sleep on night shift; the worse trainee ends with a vague 'we'll get back to you'.",
    [c0, t1, c2, t3, c4, t5_b, c6_b],
    [c0, t1, c2, t3, c4, t5_w, c6_w]))

# f06 boiler servicing, Wrexham - fault: over-promises
c0 = c("Hi, I'm a landlord, my tenant in Rhos has no heating and it's freezing. Can you send someone today?", None)
t1 = t("Hi, yes, we prioritise no-heat calls. What's the boiler doing, any fault code or lights?")
c2 = c("She says it's showing F28 and won't reset. It's a combi, maybe ten years old.", None)
t3_b = t("F28 on most combis means it isn't lighting, often the gas supply or the ignition. I can get an engineer there between 2 and 5 today. If it's a part he doesn't carry, it could mean a second visit tomorrow; I'll tell you as soon as he knows.")
c4_b = c("Okay, 2 to 5. I'll warn her it might be tomorrow for the part.", None)
t3_w = t("No problem, I guarantee an engineer there within the hour, and he'll have it fixed on the first visit, whatever it is.")
c4_w = c("Brilliant, I'll tell her it'll be sorted by lunch.", None)
t5 = t("The call-out is 85 plus parts. Could you send me her number so the engineer can ring before he arrives?")
c6 = c("Eighty-five. The last company charged me that and then said they couldn't fix it. Just make sure he actually sorts it.", "bad_experience")
t7 = t("Understood. He'll explain what he finds before doing any work. What's her number?")
PAIRS.append(rpair(
    "b59r_f06_wrexham_no_heating",
    "A landlord needs an engineer today for a tenant with no heating; the worse trainee guarantees arrival within the hour and a first-visit fix.",
    [c0, t1, c2, t3_b, c4_b, t5, c6, t7],
    [c0, t1, c2, t3_w, c4_w, t5, c6, t7]))

# f07 accounting software, Cusco - fault: closes before checking the bank feed works
c0 = c("Hello, I own a hostel in Cusco. I want accounting software that connects to my bank automatically, so I stop typing every transaction.", None)
t1 = t("Understood, typing every transaction is the worst part. Which bank is your business account with, and roughly how many transactions a month?")
c2 = c("A local caja, the municipal one. Around 300 a month, many small card payments from booking sites and walk-ins.", None)
t3_b = t("Before anything else, let me check your caja is on our bank-feed list. One moment.")
c4_b = c("Sure, take your time.", None)
t3_w = t("Perfect, 300 a month is well within our Plus plan. Shall I set you up on the annual plan today? 1,200 soles, two months free.")
c4_w = c("Wait, does it actually connect to my caja? That's the whole reason.", None)
t5 = t("Checking now... Your caja isn't on our direct-feed list, so it wouldn't be automatic. You'd upload the Excel statement once a week and the software matches the transactions, about ten minutes instead of hours of typing.")
c6 = c("Ten minutes a week I can live with. But I want to try with my real statement before paying anything.", None)
t7 = t("Fair. The 30-day trial is free. Send me last month's statement and we'll import it together on a call.")
PAIRS.append(rpair(
    "b59r_f07_cusco_hostel_bankfeed",
    "A hostel owner wants software that links to a small local bank; the worse trainee pushes the annual plan before checking the bank is supported.",
    [c0, t1, c2, t3_b, c4_b, t5, c6, t7],
    [c0, t1, c2, t3_w, c4_w, t5, c6, t7]))

# f08 bicycle shop, Eldoret - fault: recommends before asking
c0 = c("Habari. I need a bicycle. Strong one.", None)
t1_b = t("Nzuri. Strong for what? What will you carry, and on what kind of road?")
c2_b = c("Milk. Two cans, twenty-five litres each, to the cooperative, four kilometres. Murram road, very bumpy in the rain.", None)
t1_w = t("Nzuri! Then you want this mountain bike: 21 gears, front suspension, 28,000 shillings. Very strong.")
c2_w = c("Gears? I carry milk. Two cans of twenty-five litres, four kilometres of murram. Will that thing carry fifty kilos on the back?", None)
t3 = t("Fifty kilos of milk on murram needs a heavy-duty roadster with a reinforced carrier and a strong stand, not gears. This black one. It's 16,500 shillings, and we add a double stand so it doesn't fall over while you load.")
c4 = c("16,500... The one I have now was 12,000 and it lasted five years.", "too_expensive")
t5 = t("This carrier is welded, not bolted; that's usually where they break. If 12,000 is your limit, we can fit a welded carrier to your old bike for 2,500, if the frame is still good.")
c6 = c("The frame is fine. Only the carrier broke. Let me bring it tomorrow.", None)
PAIRS.append(rpair(
    "b59r_f08_eldoret_milk_bike",
    "A dairy farmer asks for a strong bicycle to carry 50 litres of milk on a dirt road; the worse trainee recommends a mountain bike before asking what it's for.",
    [c0, t1_b, c2_b, t3, c4, t5, c6],
    [c0, t1_w, c2_w, t3, c4, t5, c6]))

# f09 mobile business plans, Toledo - fault: unexplained jargon
c0 = c("Hi, we've got a bakery in Toledo, four phones, and the card machine has a SIM too. The bill's 260 a month and I think that's too much.", "too_expensive")
t1 = t("Let's look at it. What do the four phones mostly get used for: calls, data, the ordering apps?")
c2 = c("Calls with suppliers, texts, and my daughter does the Instagram. The card machine just needs to work.", None)
t3_b = t("Then you don't need unlimited data on all four. Our shared plan gives the four phones one bucket of 40 GB between them, and the card machine gets its own small data line, since it uses very little. That comes to 165 a month.")
c4_b = c("Would the card machine keep working when we switch? Saturdays are our biggest day.", None)
t3_w = t("Got it. We'd port you onto a pooled 5G plan with eSIM provisioning, put the terminal on an IoT M2M line with a private APN, and MDM is included. That's 165 a month.")
c4_w = c("I'm sorry, I understood the 165 and nothing else. Will the card machine still work?", None)
t5 = t("We'd switch it on a Monday and test a card payment with you before we leave. Your numbers stay the same.")
c6 = c("Sounds good, but I'll talk it through with my husband tonight, he set up the old contract.", "think_it_over")
t7 = t("Of course. I'll email a one-page comparison of your current bill and ours so he can see it line by line.")
PAIRS.append(rpair(
    "b59r_f09_toledo_bakery_lines",
    "A bakery owner wants a cheaper bill for four phones and a card machine; the worse trainee explains the plan in telecom jargon.",
    [c0, t1, c2, t3_b, c4_b, t5, c6, t7],
    [c0, t1, c2, t3_w, c4_w, t5, c6, t7]))

# f10 plant nursery, Khulna - fault: talks about themselves instead of the customer
c0 = c("Good afternoon. I am headmistress of a girls' school in Khulna. We want to make a small garden that the students can look after. I don't know where to start.", None)
t1 = t("Good afternoon, what a nice project. How much space do you have, and is there water nearby?")
c2 = c("A strip behind the classrooms, maybe ten metres by three. There is a tap. But the soil is quite salty, things don't grow well.", None)
t3_b = t("Salty soil is common here near the rivers. Raised beds with fresh soil work well, and some plants cope with salt: amaranth, okra, spinach beet. Which age are the students who will look after it?")
c4_b = c("Class six and seven. Eleven, twelve years old.", None)
t3_w = t("Ah, salty soil, I know it well. I grew up in Satkhira and my father's garden had the same problem. I won a district prize for my tomatoes at fourteen. That's really why I started this nursery twenty years ago.")
c4_w = c("That's nice. But what can we do here? The students are eleven, twelve years.", None)
t5 = t("For that age, quick-growing vegetables keep them interested; red amaranth is ready in a month. Three raised beds with fresh soil, seeds and some hand tools would be about 9,000 taka.")
c6 = c("Nine thousand. The school fund for this is five thousand only.", "no_money")
t7 = t("Then start with one raised bed and seeds, about 4,500, and add beds next term if it goes well. I could come and help the girls plant on the first day.")
PAIRS.append(rpair(
    "b59r_f10_khulna_school_garden",
    "A headmistress wants a school garden on salty soil with a small budget; the worse trainee talks about his own childhood garden.",
    [c0, t1, c2, t3_b, c4_b, t5, c6, t7],
    [c0, t1, c2, t3_w, c4_w, t5, c6, t7]))
