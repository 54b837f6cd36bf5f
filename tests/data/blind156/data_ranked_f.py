"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

P = "b156r_"
PAIRS = []

# f01: drops the price before asking anything
o = c("We need a uniform supplier for next session, around 800 students. Shirts, trousers, sweaters. Kindly quote.", None)
s3 = t("We keep a size-stock shop for the school all year, restocked weekly, and our sweaters are anti-pill yarn. I'll bring a sample set and last year's wash test.")
s4 = c("Bring samples Tuesday. Price matters too, parents are already upset about fees.", None)
s5 = t("Tuesday 10 am, with a price sheet per item and the parents' price list.")
s6 = c("Ok. The committee will decide after seeing samples.", "think_it_over")
PAIRS.append(rpair(P + "f01_lahore_school_uniforms", "School admin asks a Lahore uniform maker for a quote.",
 [o, t("Certainly. Before I quote, what's not working with your current supplier: fit, fabric, price or stock?"),
  c("Sizes finish by April, and parents complain the sweaters pill after one winter.", None), s3, s4, s5, s6],
 [o, t("Certainly. I'll give you 15% off our list rates straight away, whatever you order."),
  c("15% off what? I haven't told you anything yet. Our issue is sizes finish by April and sweaters pill.", None), s3, s4, s5, s6]))

# f02: argues with the customer
o = c("Your technician was supposed to come yesterday between 2 and 5. Nobody came, nobody called. I took half day off for this.", None)
s1 = t("I'm sorry, that cost you half a day. Let me check the job. Your account number?")
s2 = c("ISB-55718. Internet is dead since Sunday.", None)
s5 = t("I'm booking the first slot tomorrow, 9 to 11; he calls 30 minutes before. And I'm crediting 3 days of service for the outage.")
s6 = c("9 to 11 works. But if he doesn't come again, I'm cancelling.", None)
s7 = t("Understood. I'll call you myself at 11:05 to check he's there.")
PAIRS.append(rpair(P + "f02_isb_broadband_visit", "Islamabad broadband customer after a missed technician visit.",
 [o, s1, s2, t("The visit was closed as customer not reachable. If you were home, that's wrong, and I'm flagging it to the team lead."),
  c("I was home all afternoon with the phone in my hand.", None), s5, s6, s7],
 [o, s1, s2, t("The system shows he called you at 3:10 and you didn't answer. So he did try, sir."),
  c("I had the phone in my hand the whole afternoon! Are you calling me a liar?", None), s5, s6, s7]))

# f03: doubts the customer's honesty
o = c("i paid my electricity bill through the app and it got deducted twice. 4,320 taka two times. need one back", None)
s1 = t("Sorry about that. Can you share the two transaction IDs or a screenshot?")
s2 = c("sent screenshot on chat. same minute both, 7:42 pm", None)
s5 = t("I've raised the reversal of one payment; it returns to your wallet within 3 working days, with an SMS.")
s6 = c("3 days ok. but what if the electricity office counts both", None)
s7 = t("They count only one; the second is reversed before their settlement. If anything comes up, send me the bill photo and I'll sort it with them.")
PAIRS.append(rpair(P + "f03_dhaka_double_payment", "Wallet user in Dhaka was charged twice for a bill.",
 [o, s1, s2, t("Thanks, I see both, 7:42 pm, same bill number. That's a duplicate on our side."),
  c("ok so how long for refund", None), s5, s6, s7],
 [o, s1, s2, t("I see both. Just so you know, some people pay twice on purpose for cashback and then ask for a refund. Did you get cashback?"),
  c("what cashback. i pressed pay once and the app hung. dont accuse me", None), s5, s6, s7]))

# f04: an unasked lecture
o = c("I need my sugar checked quickly, random test. I have a meeting in 40 minutes.", None)
s1 = t("Sure, it takes 5 minutes. Are you diabetic already, or is it a first check?")
s2 = c("Diagnosed last year. On tablets. Feeling a bit dizzy since morning.", None)
s5 = t("Reading is 68, that's low, that's the dizziness. Have this juice and a biscuit now and sit 15 minutes before driving; we'll recheck.")
s6 = c("15 minutes... my meeting. Ok fine, I'll sit.", "no_time")
s7 = t("Good. And call your doctor today; the tablet on an empty stomach may need adjusting.")
PAIRS.append(rpair(P + "f04_karachi_pharmacy_sugar", "Diabetic man wants a quick sugar test at a Karachi pharmacy clinic.",
 [o, s1, s2, t("Let's check right away. Did you eat breakfast and take your tablet today?"),
  c("Tablet yes, breakfast no, I was in a rush.", None), s5, s6, s7],
 [o, s1, s2, t("You know, most diabetics ignore diet and blame the tablets. Rice, sweets, chai with sugar must all stop, and you need 45 minutes walking daily."),
  c("I didn't ask for a lecture, brother. I took my tablet and skipped breakfast, that's all.", None), s5, s6, s7]))

# f05: a vague next step
o = c("Hello, I run a boutique in Doha, Pakistani and Indian formal wear. Looking for chiffon and raw silk, small quantities, 100-200 metres per design.", None)
s1 = t("Welcome. Which colours this season, and do you dye locally or need ready colours?")
s2 = c("Pastels mostly, ready dyed. Our local dyer is unreliable.", None)
s3 = t("We have 40 pastel shades in chiffon and 25 in raw silk, 100 metres minimum per colour. Chiffon 4.20 USD a metre, raw silk 9.50.")
s4 = c("Raw silk 9.50 is expensive for us, I was hoping 8.", "too_expensive")
PAIRS.append(rpair(P + "f05_doha_boutique_silk", "Doha boutique owner sources fabric from a Faisalabad mill.",
 [o, s1, s2, s3, s4, t("At 300 metres across colours, 8.90. See it in hand first: I'll DHL a swatch card of all 65 shades today, it reaches Doha Thursday, and I'll call you Sunday 11 am your time."),
  c("Perfect, Sunday 11 works.", None)],
 [o, s1, s2, s3, s4, t("At 300 metres across colours, 8.90. See it in hand first: we'll see about sending some swatches, we'll let you know."),
  c("Let me know when? I have to order for Eid. Fine, I'll keep looking meanwhile.", "think_it_over")]))

# f06: over-promises
o = c("Electricity bills are killing us. 60,000 last month. If I install solar, will my bill become zero?", None)
s1 = t("Depends on your usage. How many units, and when do you use most power, day or night?")
s2 = c("About 1,100 units. Night mostly, two ACs run all night in summer.", None)
s5 = t("10 kW is around 18 lakh installed. I'll survey the roof and project it from your actual bills, month by month.")
s6 = c("Ok, come Saturday. But 18 lakh I have to arrange.", "no_money")
PAIRS.append(rpair(P + "f06_isb_solar_zero_bill", "Islamabad homeowner asks if solar will zero his bill.",
 [o, s1, s2, t("Honestly, with night ACs, solar alone won't make it zero. 10 kW with net metering could cut it 60-75%; the rest is night use unless you add costly batteries."),
  c("60-75% is still big. What would that cost?", None), s5, s6],
 [o, s1, s2, t("Yes, with our 10 kW system your bill will be zero, guaranteed, even with ACs all night."),
  c("Zero with ACs all night? My neighbour was told the same and still pays 20,000. I don't believe it.", "bad_experience"), s5, s6]))

# f07: closes before checking the thing works
o = c("We have a Pakistani restaurant in Karama. Want to take orders on our own website, not only delivery apps. Can your system connect to our billing machine?", None)
s1 = t("Possibly. Which billing system do you use, and how many app orders a day?")
s2 = c("Old Windows billing software, a local company made it. About 80 app orders a day, they take 25% commission.", None)
s5 = t("Our tech team will test the connection on a call this week. You pay only if orders flow into your billing: setup 2,500 dirham, then 300 a month.")
s6 = c("That's fair. Thursday afternoon is quiet, test then.", None)
PAIRS.append(rpair(P + "f07_dubai_restaurant_ordering", "Restaurant owner wants online ordering linked to his till.",
 [o, s1, s2, t("Before price, I need to be sure we can talk to that software. What's it called, and can you send a photo of the screen?"),
  c("QuickBill, the company is in Sharjah. I'll send a photo.", None), s5, s6],
 [o, s1, s2, t("Great, 80 orders is perfect. Setup 2,500 dirham and 300 a month. Shall I send the contract so we go live next week?"),
  c("Wait, you haven't even asked what software it is. Last year one company took our money and it never connected.", "bad_experience"), s5, s6]))

# f08: recommends before asking
o = c("I want to start saving something every month. I'm a supervisor in a garments factory in Ashulia. What do you have?", None)
s3 = t("Then a 3-year deposit scheme at 2,000 a month fits; you'd have about 80,000 taka at the end. It can auto-debit from your salary account.")
s4 = c("Salary comes in cash sometimes. Late also.", None)
s5 = t("Then deposit by mobile wallet any day up to the 10th, no penalty within the month.")
s6 = c("Ok, that works. What papers do I need?", None)
s7 = t("NID, two photos and your nominee's NID. 15 minutes.")
PAIRS.append(rpair(P + "f08_ashulia_monthly_savings", "Factory supervisor opens a savings scheme at a Bangladeshi bank.",
 [o, t("Good decision. What are you saving for, and how much can you put aside each month without pressure?"),
  c("My daughter's school admission in 3 years. Maybe 2,000 a month.", None), s3, s4, s5, s6, s7],
 [o, t("Our 10-year premium scheme is the best, 5,000 taka a month, big maturity amount."),
  c("10 years? 5,000 is too much for me. I can do 2,000, and I need it in 3 years for my daughter's school.", "no_money"), s3, s4, s5, s6, s7]))

# f09: unexplained jargon
o = c("I'm opening a small kids clothes shop in Muscat. First time importing. I want 1,000 pieces mixed. How does it work with you?", None)
s1 = t("Welcome. What ages and items, and do you have a shipping agent in Oman?")
s2 = c("Ages 2 to 8, t-shirts and shorts. No agent, I know nothing about shipping.", None)
s5 = t("All-in to your shop door in Muscat, shipping and customs included, it's 3.10 USD a piece on average for 1,000 pieces.")
s6 = c("3.10 is a bit more than I hoped, but with delivery maybe ok. Let me do my numbers.", "think_it_over")
PAIRS.append(rpair(P + "f09_muscat_first_import", "First-time importer buys kidswear from a Karachi exporter.",
 [o, s1, s2, t("Then simplest is we deliver to your shop door, shipping and customs included. You pay 30% on order and 70% after you see photos of the finished goods."),
  c("Door delivery is better for me. And the price?", None), s5, s6],
 [o, s1, s2, t("We work FOB Karachi or DDP. 30% TT advance, balance against BL copy, AQL 2.5 inspection, HS code your side."),
  c("Sorry, I didn't understand any of that. FOB, TT, BL? I told you it's my first time.", None), s5, s6]))

# f10: talks about themselves
o = c("Hi, we want rooms in Nathia Gali for 2 nights, end of June. Family of 7, my parents are elderly.", None)
s1 = t("Lovely time to come. Do your parents have any trouble with stairs or slopes?")
s2 = c("My father has a knee problem. Stairs are difficult for him.", None)
s5 = t("Ground floor then: two connecting family rooms and one double, 27 to 29 June. 64,000 with breakfast.")
s6 = c("64,000 hmm. Last year we paid 50 at another hotel.", "too_expensive")
s7 = t("Rates are up this season, but dinner on the first night is on us for seven. I'll hold the rooms 48 hours without advance.")
PAIRS.append(rpair(P + "f10_nathiagali_family_rooms", "Family books a hill hotel for elderly parents.",
 [o, s1, s2, t("Then ground-floor rooms by the parking, so he needn't climb. Two connecting family rooms, or three rooms?"),
  c("Two connecting plus one double, if possible.", None), s5, s6, s7],
 [o, s1, s2, t("Ah, my father had knee surgery last year too. I took him to Nathia myself, I carried him up the stairs once, ha ha. What a trip. Anyway."),
  c("Ok... glad he's better. So, rooms without stairs? Two connecting and one double.", None), s5, s6, s7]))
