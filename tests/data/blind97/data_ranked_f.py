"""blind97 ranked pairs f01-f10: both sides share every turn (same Python objects) except one real
fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 -- Chicago, HR onboarding software. Fault: drops the price before asking anything.
c0 = c("Hi, I'm Laura Bennett, HR coordinator at Midway Auto Parts. About sixty employees across two warehouses, and I've been asked to look at HR software for onboarding. I'm just starting to look.", None)
t1_b = t("Thanks, Laura. What's prompting the look? What's painful about onboarding right now?")
c2_b = c("Paperwork, mostly. New warehouse hires fill in forms on clipboards, half get lost, and we had an I-9 audit scare last year.", None)
t1_w = t("Thanks, Laura. I'll be upfront: for sixty people I can already do 20% off list, so about $360 a month instead of $450.")
c2_w = c("Okay... I don't even know if it does what we need yet. Our problem is paper forms on clipboards in the warehouses, half get lost, and we had an I-9 scare last year.", None)
t3 = t("So the pain is paper forms going missing in the warehouses, and I-9 compliance. Do new hires have phones, or is there a shared computer they could use on day one?")
c4 = c("Most have phones. There's a break room computer too, but nobody touches it.", None)
t5 = t("Then mobile onboarding with I-9 document upload would fit. I'd suggest a free month's pilot at one warehouse, so you can show your boss the lost-forms problem gone before anyone pays.")
c6 = c("A pilot at the Cicero warehouse would make it a lot easier to sell to my boss. Let's do that.", None)
PAIRS.append(rpair(
    "b97r_f01_chicago_onboarding_software",
    "HR coordinator of an auto parts distributor starts looking at onboarding software. Worse offers a discount in its first turn, before learning anything.",
    [c0, t1_b, c2_b, t3, c4, t5, c6],
    [c0, t1_w, c2_w, t3, c4, t5, c6]))

# f02 -- London, office cleaning account. Fault: argues with the customer.
c0 = c("Morning. Jim Clarke, office manager at Fenwick Reid, the accountants on Old Street. Your lot have cleaned for us two years. I'm ringing because the carpets look tired and people say the place feels grubby.", None)
t1 = t("Morning Jim, thanks for ringing. Is it the whole office, or particular areas?")
c2 = c("Mainly the open-plan bit by the kitchen and the meeting rooms. Coffee stains, the lot. Your team hoovers every night, fair enough, but it's not cutting it.", None)
t3_b = t("Nightly hoovering won't shift coffee stains, that needs a deep clean. How old are the carpets, roughly?")
c4_b = c("They went in when we moved, about six years ago.", None)
t3_w = t("To be fair, Jim, our team's done nothing wrong there. Carpets wear out and your people spill coffee. That's a carpet issue, not a cleaning issue.")
c4_w = c("I didn't say your team did anything wrong, I'm asking what we can do about it. They're about six years old, if that matters.", None)
t5 = t("At six years, a hot-water extraction clean should lift most of it; if it doesn't, I'll tell you honestly it's time for new carpet. The kitchen zone and meeting rooms on a Saturday would be about £680.")
c6 = c("Bit steep, but if it saves us recarpeting, fine. Saturday the 14th?", "too_expensive")
t7 = t("The 14th works. I'll confirm by email today with the areas marked on a floor plan.")
PAIRS.append(rpair(
    "b97r_f02_london_carpet_clean",
    "Office manager of an accountancy firm tells its cleaning contractor the carpets look grubby. Worse argues that it is not the cleaners' fault.",
    [c0, t1, c2, t3_b, c4_b, t5, c6, t7],
    [c0, t1, c2, t3_w, c4_w, t5, c6, t7]))

# f03 -- Toronto, electric cargo van leasing. Fault: over-promises.
c0 = c("Hi, Diane Choi, ops manager at Northshore Courier in Etobicoke. We're looking at leasing eight electric cargo vans. I want to know if they'll actually do a shift in January.", None)
t1 = t("Good question to ask first. What's a typical shift in kilometres, and do the vans sit outside overnight?")
c2 = c("About 180 km, lots of stop-start downtown. They park outside at our yard, no chargers yet.", None)
t3_b = t("Honest answer: the van's rated around 260 km, but at minus fifteen with the heater on and stop-start, plan on 170 to 190. That's tight for your 180 without a top-up, so yard chargers are a must.")
c4_b = c("Tight's not great. My drivers can't be stranded on the Gardiner at five o'clock.", None)
t3_w = t("No problem at all. These vans will do your 180 km all winter, guaranteed. Our customers never have range issues.")
c4_w = c("Guaranteed? The dealer said that about our hybrids, and they died in the cold.", "bad_experience")
t5 = t("Understood. Here's what I'd suggest: lease two first, put chargers in the yard, run them through February on your longest routes, and decide on the other six with real numbers.")
c6 = c("Two through February, I can sell that to the owner. Send me the terms for two.", None)
PAIRS.append(rpair(
    "b97r_f03_toronto_electric_vans",
    "Operations manager of a courier firm asks whether electric vans can cope with a Toronto winter. Worse guarantees the range.",
    [c0, t1, c2, t3_b, c4_b, t5, c6],
    [c0, t1, c2, t3_w, c4_w, t5, c6]))

# f04 -- Dublin, insurance for a new cafe. Fault: unexplained jargon.
c0 = c("Hi, this is Niamh Gallagher, I've just taken a café and bakery on Capel Street. The landlord wants proof of public liability insurance before I get the keys. I've never done this before.", None)
t1 = t("Congratulations on the café. No bother, we'll sort it. How many staff will you have, and roughly what turnover do you expect in year one?")
c2 = c("Four, me included. Turnover, maybe €280,000 if it goes well. I honestly don't know.", None)
t3_b = t("That's fine as an estimate. You'll need public liability, which covers a customer getting hurt, and employer's liability, which covers your staff. The landlord will usually want €6.5 million public liability and to be named on the policy.")
c4_b = c("Okay, that makes sense. Named on it, right. Can you send it in writing so I can show him?", None)
t3_w = t("Grand. You'll want PL and EL at €6.5m LOI with the landlord noted as an interested party, plus contents on an all-risks basis and BI at a twelve-month indemnity period.")
c4_w = c("Sorry, you've lost me. PL, EL, LOI... I just need what the landlord's asking for.", None)
t5 = t("I'll send a one-page summary of the cover with the landlord named on it. The quote comes to €1,140 for the year.")
c6 = c("Eleven-forty. That's more than I'd budgeted, but I suppose I can't open without it. Go ahead.", "no_money")
PAIRS.append(rpair(
    "b97r_f04_dublin_cafe_insurance",
    "A first-time café owner needs public liability cover for her landlord. Worse answers in insurance shorthand she doesn't understand.",
    [c0, t1, c2, t3_b, c4_b, t5, c6],
    [c0, t1, c2, t3_w, c4_w, t5, c6]))

# f05 -- Johannesburg, security assessment. Fault: vague next step.
c0 = c("Hi, Lerato Mokoena, IT manager at Protea Freight in Kempton Park. Our staff keep falling for phishing emails and our firewall is five years old. Can you come and assess us?", None)
t1 = t("Sure. How many users, and is the phishing coming as attachments, links, or fake invoices?")
c2 = c("About 90 users. Mostly fake invoices pretending to be our fuel supplier. One nearly got paid last month.", None)
t3 = t("That's invoice fraud, so it's partly a payments process issue, not only tech. We'd look at your email filtering, the firewall, and how bank details get verified. The assessment is R18,500, two days on site.")
c4 = c("R18,500 is okay if we get a proper report, not a sales pitch. Our last assessment was basically a brochure for new kit.", "bad_experience")
t5_b = t("Fair. You'd get a written report with findings ranked by risk, including what you can fix yourselves for free. I can have an engineer on site Tuesday the 12th and Wednesday the 13th, report by the Friday after.")
c6_b = c("The 12th and 13th work. I'll book the boardroom.", None)
t5_w = t("Totally. We'll get the team together and someone will be in touch about dates, and we'll take it from there.")
c6_w = c("'Someone will be in touch' is how I got the last brochure. When, exactly?", None)
PAIRS.append(rpair(
    "b97r_f05_joburg_security_assessment",
    "IT manager of a freight company asks for a security assessment after invoice-fraud emails. Worse ends with no date and no named next step.",
    [c0, t1, c2, t3, c4, t5_b, c6_b],
    [c0, t1, c2, t3, c4, t5_w, c6_w]))

# f06 -- New York, short catering order. Fault: doubts the customer's honesty.
c0 = c("Hi, Priyanka at Coleman Brandt, we're your Thursday lunch account on Park Avenue. Last Thursday's order was short. We ordered for thirty and got enough for about twenty.", None)
t1 = t("Sorry about that, Priyanka. Let me pull up the order. Did the driver leave a delivery slip?")
c2 = c("Yes, I have it here. It says thirty covers, but there were only two trays of chicken and one of salmon.", None)
t3_b = t("Thanks. For thirty it should have been three trays of chicken and two of salmon, so a tray of each was missing. Was anyone left without lunch?")
c4_b = c("Yes, it was a client meeting and the associates went without. It was awkward.", None)
t3_w = t("Hmm, our kitchen's pretty careful with counts. Are you sure some of it didn't walk before you checked? That happens a lot in big offices.")
c4_w = c("I counted the trays myself when they arrived, in front of your driver. And it was a client meeting, so it was awkward.", None)
t5 = t("I'm sorry. I'll credit the missing chicken and salmon trays on this month's invoice, and from now on the kitchen lead signs off the tray count before your order leaves.")
c6 = c("Okay. We've got forty this Thursday, so I'll be counting.", None)
PAIRS.append(rpair(
    "b97r_f06_newyork_short_delivery",
    "Office coordinator of a law firm reports a short catering delivery. Worse suggests the food went missing inside her office.",
    [c0, t1, c2, t3_b, c4_b, t5, c6],
    [c0, t1, c2, t3_w, c4_w, t5, c6]))

# f07 -- Sydney, payroll officer recruitment. Fault: talks about themselves.
c0 = c("Hi, it's Tom Beckett from Harbourside Logistics in Botany. We need a payroll officer, permanent, and our last two agency hires didn't last three months.", "bad_experience")
t1 = t("That's frustrating, and expensive. What went wrong with those two: skills, or fit with the team?")
c2 = c("Skills were fine on paper. But we run payroll for shift workers under the Road Transport award, penalties, overtime, and they'd only ever done salaried staff.", None)
t3_b = t("So award interpretation for shift workers is the real requirement, not just 'payroll experience'. Would you want me to test candidates on a sample roster with penalty rates before you see them?")
c4_b = c("That'd be ideal. Can you actually do that?", None)
t3_w = t("Yeah, I get it. I started out in payroll myself, eight years at one of the big banks, then moved into recruitment in 2015 and built our finance desk from scratch. We've placed over 300 people.")
c4_w = c("Right. Good for you. Can you find someone who knows the transport award, though?", None)
t5 = t("Yes. Every shortlisted candidate does a short test on a sample roster with penalties and overtime, and you only see the ones who pass. Fee's 15% of salary with a six-month replacement guarantee.")
c6 = c("Fifteen, hmm, the last mob charged twelve. But six months' guarantee is worth something. Go on then.", "too_expensive")
PAIRS.append(rpair(
    "b97r_f07_sydney_payroll_recruitment",
    "Finance lead of a logistics company, burned by two failed hires, briefs a recruiter. Worse answers with the recruiter's own career story.",
    [c0, t1, c2, t3_b, c4_b, t5, c6],
    [c0, t1, c2, t3_w, c4_w, t5, c6]))

# f08 -- London, SIM-only switch (consumer chat). Fault: unasked lecture.
c0 = c("hi my contract ends next week and i want to go sim only, whats my options. i mostly use data", None)
t1 = t("Hi! Happy to help. Roughly how much data do you use a month? It's in the app under Usage.")
c2 = c("just checked, about 35gb. lots of tiktok on the train lol", None)
t3_b = t("Thanks. Then our 50GB SIM-only at £14 a month covers you with room to spare, 30-day rolling, so you can leave any time.")
c4_b = c("14 a month is decent. do i keep my number", None)
t3_w = t("Thanks. Just so you know, 35GB is quite a lot, and scrolling on the train isn't great for your screen time or sleep; lots of people set app limits. Anyway, our 50GB SIM-only at £14 a month covers you, 30-day rolling.")
c4_w = c("ok didnt ask for that but fine. do i keep my number", None)
t5 = t("Yes, you keep your number, and the switch happens on your end date so there's no gap.")
c6 = c("sound, lets do it", None)
PAIRS.append(rpair(
    "b97r_f08_london_sim_only",
    "A customer in web chat wants to move to a SIM-only plan at the end of her contract. Worse adds an unasked lecture about her phone use.",
    [c0, t1, c2, t3_b, c4_b, t5, c6],
    [c0, t1, c2, t3_w, c4_w, t5, c6]))

# f09 -- Toronto, presentation folders. Fault: closes before checking the thing works.
c0 = c("Hi, Sarah Liu, marketing at Gardiner Park Developments. We need 5,000 presentation folders for a condo launch on the 22nd. They have to hold our 24-page brochure and a floor-plan insert.", None)
t1 = t("Congrats on the launch. What size is the brochure, and do you know the paper weight?")
c2 = c("It's 9 by 12, 24 pages on 100lb gloss text, plus the insert. I don't know the thickness offhand.", None)
t3 = t("That's likely around a quarter inch with the insert, so you'd need a capacity pocket. Our 9.5 by 12.5 folder with quarter-inch expansion is $1.38 each at 5,000, so $6,900.")
c4 = c("That fits the budget. The last folders we bought were too tight and the brochures bent.", None)
t5_b = t("Then let's make sure this time. Send me one printed brochure and an insert; I'll put them in a blank mock-up folder and send you a photo before you approve anything.")
c6_b = c("Perfect. I'll courier a brochure over this afternoon.", None)
t5_w = t("Great, then let's lock it in today so we hit the 22nd. I'll send the order form now; it'll be fine.")
c6_w = c("Hold on, 'it'll be fine' is what the last printer said. I'm not signing until I know the brochure actually fits.", "bad_experience")
PAIRS.append(rpair(
    "b97r_f09_toronto_condo_folders",
    "Marketing coordinator of a condo developer orders launch folders after a bad fit last time. Worse pushes for the order before testing the fit.",
    [c0, t1, c2, t3, c4, t5_b, c6_b],
    [c0, t1, c2, t3, c4, t5_w, c6_w]))

# f10 -- Chicago, restaurant payroll. Fault: recommends before asking.
c0 = c("Hi, Carlos Mendez, I run three taquerias in Pilsen and Little Village, about seventy employees. My accountant does payroll and it's getting expensive.", None)
t1_b = t("Thanks, Carlos. Before I suggest anything: how do tips work for your staff, and how are hours tracked now?")
c2_b = c("Tips are pooled for the servers, cash and card. Hours are a paper sheet every shift, and my managers send photos to the accountant.", None)
t1_w = t("Thanks, Carlos. For restaurants your size our Pro plan is the one: $12 a head, full HR, scheduling and benefits admin.")
c2_w = c("Twelve a head is more than my accountant charges. We don't have benefits to administer. Tips are pooled, and hours are on paper sheets.", "too_expensive")
t3 = t("So pooled tips, paper timesheets and no benefits to manage. Then our Core plan fits better: $6 a head, a tablet time clock per location and tip pooling built in. About $420 a month for seventy people.")
c4 = c("My accountant is around $600 a month, so that's cheaper. But my managers aren't great with technology.", None)
t5 = t("Fair. The time clock is tap-in with a PIN. I'd train each manager on site for half an hour, and you could run one taqueria for a month before moving the other two.")
c6 = c("Okay. Start with the one on 18th Street.", None)
PAIRS.append(rpair(
    "b97r_f10_chicago_taqueria_payroll",
    "Owner of three taquerias asks about payroll software. Worse recommends its top plan before asking how the restaurants work.",
    [c0, t1_b, c2_b, t3, c4, t5, c6],
    [c0, t1_w, c2_w, t3, c4, t5, c6]))
