"""Ranked pairs d01-d10 of blind59 (b59): two decent conversations, `better` better in a way a coach would agree with."""
from common import c, rpair, t

PAIRS = []

# d01 bicycle shop, Trondheim: better asks about winter riding and storage before recommending
o = c("Hi, I'm thinking about an e-bike for getting to work. It's about 12 km, Byasen to the centre. What do you have?", None)
PAIRS.append(rpair(
    "b59r_d01_trondheim_ebike_commute",
    "A commuter in Trondheim wants an e-bike for a 12 km hilly route and means to ride through the winter; the bike would live in a basement with no socket.",
    [o,
     t("Good route for an e-bike, it's a steep climb home. Are you planning to ride all year, winter included, or mainly spring to autumn?"),
     c("All year, that's the idea. Is that crazy? My colleague does it but he's a bit mad.", None),
     t("Not crazy, plenty do. Winter changes what I'd pick, though: a mid-motor for climbing on slippery roads, full mudguards, room for studded tyres, and a battery that comes off so you can charge it indoors, cold batteries lose range. Where would you keep the bike?"),
     c("In the shared bike room in the basement. No socket there.", None),
     t("Then a removable battery is a must. This model does all of that, 34,990 kroner, and studded tyres are 1,400 fitted in October. If your employer has a bike-leasing scheme it can be a lot cheaper; do you know if they do?"),
     c("Hm, 35 is more than I thought. I'll ask HR about the leasing.", "think_it_over"),
     t("Good idea. If you've got half an hour, take it up the hill on a test ride now, so you know whether it's worth asking.")],
    [o,
     t("Good choice for 12 km. This is our best seller: mid-motor, 500 Wh battery, easily enough for the round trip. 34,990 kroner."),
     c("Okay. And will it manage the hill up home?", None),
     t("Easily, the mid-motor is strong on climbs, you'll barely sweat. It comes with lights and a rack too."),
     c("35 is more than I thought. I'll ask HR if there's a leasing scheme.", "think_it_over"),
     t("Sure, lots of employers have one. Would you like a test ride first?"),
     c("Yes, let's do that.", None)]))

# d02 boiler servicing, Newport: better diagnoses and is honest about the planned move
o = c("Hello, we've got an old floor-standing boiler, must be eighteen years. The bloke who serviced it last year said it's on its last legs. I suppose we need a quote for a new one?", None)
PAIRS.append(rpair(
    "b59r_d02_newport_old_boiler",
    "A householder told their 18-year-old boiler is 'on its last legs' asks for a replacement quote; they plan to move in two years.",
    [o,
     t("We can certainly quote. Before that: is it actually giving you trouble, or is it more that you've been told it's old?"),
     c("Well, it works. Bit noisy. It went off twice last winter, came back on after a reset.", None),
     t("Right. Two lockouts and noise can be wear, or just one part that's fixable. Are you planning to stay in the house a while? It changes the maths."),
     c("We're hoping to move in two years, when the youngest finishes school. Why?", None),
     t("Because a new combi is around 2,800 fitted and you'd only get two winters from it. If a check shows the heat exchanger is sound, a fan or ignition part might be 200 and keep it going. I'd rather an engineer looked first: a diagnostic visit is 75, and it comes off a new boiler if you do end up needing one."),
     c("That's fair. Seventy-five I can live with. Next week sometime?", None),
     t("I have Wednesday morning or Friday afternoon; whichever suits, I'll text you the engineer's name the day before.")],
    [o,
     t("Yes, at eighteen years I'd replace it. A new combi would save on gas and free up the cylinder cupboard. Fitted, with a ten-year warranty, it's around 2,800."),
     c("Oof. That's a lot to find in one go.", "no_money"),
     t("We do finance over three or five years, about 55 a month over five, and the gas savings offset part of that."),
     c("We're hoping to move in two years, mind.", "no_need"),
     t("A new boiler adds value when you sell, so you'd get some of it back. I can send a written quote and you can think it over."),
     c("Go on then, send it.", None)]))

# d03 accounting software, Lagos: better finds that the input (exercise books) is the real problem
o = c("I have three pharmacies, Surulere, Yaba and Ikeja. I want accounting software. My cousin uses one, he says it's good.", None)
PAIRS.append(rpair(
    "b59r_d03_lagos_pharmacy_books",
    "A pharmacy owner with three branches asks for accounting software; what he really wants is to trust each branch's daily sales, two of which are kept in exercise books.",
    [o,
     t("Three branches, congratulations. What's the main thing you want it to fix? What's hard right now?"),
     c("Honestly? Knowing how much each branch makes. Every week the managers send me WhatsApp with the sales figures and I don't fully trust the numbers.", None),
     t("So the real question is whether each branch's daily sales are what you're being told. How are sales recorded now, on a POS system, in a book, or both?"),
     c("Ikeja has a POS system. The other two, exercise book, then they type it.", None),
     t("Then accounting software on its own won't fix it, because the numbers going in come from the books. What helps is a simple sales app on a tablet at each counter that feeds the accounts directly, so you see each branch the same day. Our retail plan does that, 38,000 naira a month for three branches, plus tablets for the two that don't have one."),
     c("Hmm. The managers will complain. They like their exercise book.", None),
     t("They may. Start with one branch for a month, Yaba say, and compare its figures with the old way. If the numbers match and they cope, move the others.")],
    [o,
     t("Your cousin has good taste. Let me show you ours: invoicing, expenses, stock, bank reconciliation, reports by branch, all in one. It's 38,000 naira a month for three branches."),
     c("Reports by branch, can I see how much each one makes?", None),
     t("Yes, exactly, sales and profit per branch, every day. The branches just need to enter their sales."),
     c("They send me figures on WhatsApp now. Two of them use exercise books.", None),
     t("They can type the figures in instead. It's easy, and we give training. Shall I set up a free trial for you?"),
     c("Okay. Send me something about the trial, I'll look at it when I have a moment.", "brush_off")]))

# d04 hearing aids, Brisbane: better adapts to the woman in front of her, not to the son's idea
o = c("My son's organised all this. He's parking the car. He wants me to get the ones that work with the phone, but I don't even use the phone much, dear.", None)
PAIRS.append(rpair(
    "b59r_d04_brisbane_hearing_widow",
    "An older woman who is uneasy with gadgets misses the doorbell and struggles at her bridge club; her son wants app-connected hearing aids.",
    [o,
     t("Then let's talk about what you want, and we'll fill your son in after. When do you notice your hearing most?"),
     c("The doorbell, mostly. And bridge club on Thursdays, it's in a hall and it echoes terribly.", None),
     t("The doorbell and bridge. So something that makes voices clearer in an echoey hall, and a way not to miss the door. Do you find small buttons or fiddly things hard?"),
     c("My eyes aren't what they were. And I'm hopeless with gadgets, my son does my phone for me.", None),
     t("Then I'd suggest ones with one big button on the back and a charger you just drop them into at night: no batteries, no phone needed. For the door, a doorbell with a flashing light might do more than any hearing aid. The phone link can be switched on later if you ever want it."),
     c("Oh, that sounds like something I'd actually use. Could I try them at bridge?", None),
     t("Yes, there's a two-week trial. Take them on Thursday and tell me how the hall sounded.")],
    [o,
     t("Lovely. The phone-connected ones are very good now: you adjust the volume from an app, stream calls, and your son can help set them up. What do you struggle with most?"),
     c("The doorbell, and bridge club on Thursdays, the hall echoes.", None),
     t("These have a restaurant mode for noisy places like that; you switch it on in the app. They're rechargeable too."),
     c("I'm hopeless with the phone, though, dear. My son does it.", None),
     t("He can set it up for you, and you'll soon get used to it. Would you like to take a pair home to trial for two weeks?"),
     c("Not today, dear, I've the hairdresser at two. Perhaps another week.", "no_time")]))

# d05 event catering, Kuala Lumpur: better surfaces each family's real concern
o = c("Hi! I'm getting married in March, 300 guests, and we're kind of stuck on catering. My fiance's family is Malay and mine is Chinese, and everyone has opinions.", None)
PAIRS.append(rpair(
    "b59r_d05_kualalumpur_mixed_wedding",
    "A bride planning a 300-guest wedding must satisfy a future mother-in-law who needs certified halal, a grandmother who can't eat spicy food, and a groom who wants rendang.",
    [o,
     t("Congratulations! Everyone having opinions is very normal for a mixed wedding. What are the opinions? What does each side worry about?"),
     c("His mum wants to be sure everything is properly halal, like certified, not just 'no pork'. My grandma can't eat spicy and wants steamed fish. And my fiance just wants rendang.", None),
     t("So: certified halal for his family, something mild and steamed for your grandma, and rendang for the groom. Our whole kitchen is halal-certified, so you can show his mum the certificate. A ginger steamed fish and a mild chicken dish sit fine next to rendang. Shall we mark each dish's spice level on the menu cards so guests can choose?"),
     c("Oh that's smart. Price-wise, though, we're at around 60 ringgit a head, and the hall is already eating half our budget.", None),
     t("60 works for eight dishes plus dessert and drinks. I'd suggest a tasting for both mums together; it's 150 and comes off the final bill. Getting them to agree at one table is easier than over WhatsApp."),
     c("Both mums at one table... brave. But yes, let's do it.", None)],
    [o,
     t("Congratulations! For 300 guests we do a mixed buffet: rendang, ayam masak merah, steamed fish, vegetables, nasi minyak. Everything is halal. 65 ringgit a head."),
     c("His mum wants to be sure it's properly certified, not just no pork.", None),
     t("Yes, we're certified, I can send you the certificate. And we can adjust the menu however you like."),
     c("My grandma can't eat spicy. And we're at about 60 max.", "no_money"),
     t("We can swap one dish to get to 60 and add a mild option. Shall I send a revised menu?"),
     c("Yes please, send it.", None)]))

# d06 payroll bureau, Nairobi: better finds the real work (donor allocations) and offers a proof on real data
o = c("Good morning. We're an NGO in Kilimani, twenty-five staff. I do the payroll myself, in Excel, and it's taking too much of my time. I'm looking for an outsourced option.", None)
PAIRS.append(rpair(
    "b59r_d06_nairobi_ngo_payroll",
    "An NGO finance manager wants to outsource payroll; the hard part is splitting salaries across donor grants and producing each donor's audit reports.",
    [o,
     t("Good morning. Before I describe ours: what takes the time? The calculations, the statutory filings, or something else?"),
     c("The calculations are fine. It's splitting salaries across donors. One person is 40% on one grant, 60% on another, and every donor wants its own report for audit.", None),
     t("So the heavy part is allocating each salary across grants and producing donor-ready reports, not the PAYE itself. Do the percentages change often?"),
     c("Every quarter, sometimes mid-quarter when a grant ends. That's when it goes wrong.", None),
     t("Then you should see that part working before anything else. Let me take last month's data and produce the donor reports for two of your grants, free, so you can check them against yours. If they don't match what your auditors expect, we're not the right fit."),
     c("That's fair. I can send last month's sheet. Though I'd need the director's approval before signing anything.", "think_it_over"),
     t("Of course. The sample will help you make the case either way. I'll have it back to you by Friday.")],
    [o,
     t("Good morning. We handle payroll for over forty NGOs: PAYE, NSSF, the health fund, housing levy, payslips and bank files. For 25 staff it's 30,000 shillings a month."),
     c("We also split salaries across donors. Can you do that?", None),
     t("Yes, we can allocate costs to different projects and give you reports."),
     c("Every donor wants its own format for audit, though.", None),
     t("We can customise reports. Would you like a demo next week?"),
     c("Next week is impossible, the auditors are in all week. Maybe after the 20th.", "no_time")]))

# d07 student housing, Akron: better learns what the son needs and suggests he hears the building himself
o = c("Hi, my son's starting at the university in August and we're looking at your apartments. He's, um, he's on the autism spectrum, and the dorms were a nightmare on the tour. Too loud.", None)
PAIRS.append(rpair(
    "b59r_d07_akron_quiet_studio",
    "A mother looks for housing for her autistic son who needs quiet and his own bathroom to decompress after classes.",
    [o,
     t("Thanks for telling me, that helps me point you to the right place. What was hardest for him in the dorms: noise at night, the shared bathrooms, the number of people?"),
     c("Noise mostly, and the shared bathroom down the hall. He needs his own space to come back to. He's fine in class, it's after.", None),
     t("So a private bathroom and somewhere quiet to decompress after classes. Our studios have their own bathroom. The Elm building is quieter, mostly grad students, but it's a 12-minute walk to campus instead of 5. Would the walk bother him, or does quiet matter more?"),
     c("Quiet, definitely. He likes walking. What's the difference in rent?", None),
     t("Elm studios are 890 a month, the ones by campus 940, so quieter is actually cheaper. I'd suggest he comes and sits in an Elm studio for half an hour at a busy time, a Friday evening, and hears it for himself before you sign."),
     c("He'd love that, actually. Can we do a Friday in June?", None)],
    [o,
     t("Of course. We have three options: shared four-bedroom units at 720, two-bedrooms at 820, and studios from 890. Studios have their own bathroom and kitchenette."),
     c("Studios sound right. He needs his own space, and quiet.", None),
     t("Studios are popular for that. We have some in Elm and some in the main building near campus. Quiet hours are 10pm to 8am everywhere."),
     c("Which one is quieter?", None),
     t("Elm is a bit further out, so a bit quieter. Would you like to book a tour?"),
     c("Yes, let's book one.", None)]))

# d08 garden centre, Brasov: better asks about height, upkeep and the dog before picking a plant
o = c("Good day. We moved to a new house near Brasov and the neighbour can see straight into our garden. I want a hedge, something fast.", None)
PAIRS.append(rpair(
    "b59r_d08_brasov_privacy_hedge",
    "A new homeowner wants a fast privacy hedge along 25 metres; her husband hates gardening and their dog digs.",
    [o,
     t("Understood, privacy quickly. How long is the boundary, and how high does it need to be to block the view: standing up, or sitting on a terrace?"),
     c("About 25 metres. Sitting on the terrace is enough, maybe 1.8 metres. And we have a dog who digs.", None),
     t("1.8 is manageable. How much time do you want to spend trimming? Some fast hedges, like leylandii, never stop; you'd cut three times a year forever. And is it sunny there or shaded?"),
     c("Mostly sun. Trimming... once a year maximum. My husband hates gardening.", None),
     t("Then I'd suggest hornbeam at 1.5 metres now. It reaches 1.8 in two seasons and keeps its brown leaves through winter, so you keep the privacy, and it needs one trim a year. A low wire for the first year will keep the dog off the roots. For 25 metres that's about 75 plants at 45 lei."),
     c("Not evergreen? The thuja is cheaper, no?", "too_expensive"),
     t("Thuja is 35, yes, and evergreen, but it browns badly in dry summers here and dog urine kills it in patches. If evergreen matters most, I'd still plant thuja with wider spacing. Come and look at both in the yard?")],
    [o,
     t("For fast privacy, thuja is the popular choice: evergreen, grows about 30 cm a year. For a normal garden, 1.5-metre plants are 35 lei each."),
     c("About 25 metres, and we'd like 1.8 high.", None),
     t("So around 80 plants, about 2,800 lei. We can deliver and plant for 400 more."),
     c("Hm, that's more than I expected. Let me talk to my husband.", "think_it_over"),
     t("Of course. I'll write the quote down for you."),
     c("Thank you.", None)]))

# d09 mobile business plans, Dhaka: better finds the need is backup internet, not SIMs
o = c("We are a software company in Banani, thirty developers. We want mobile data SIMs for all of them. What is the corporate rate?", None)
PAIRS.append(rpair(
    "b59r_d09_dhaka_backup_data",
    "A software firm asks for 30 data SIMs; the real need is keeping the office online when the fibre connection fails.",
    [o,
     t("We can do a corporate rate. What would they use the data for, working from home or in the office?"),
     c("In the office. When the fibre goes down, everything stops. Last month three times, and once we missed a client deadline.", None),
     t("So it's backup internet for the office when the fibre fails, not personal SIMs, and that changes the answer. Thirty SIMs means thirty phones hotspotting, slow and messy. Two 4G routers on a shared 500 GB pool, set to switch over automatically when the fibre drops, would cover the office for about 9,000 taka a month, against around 24,000 for thirty SIMs."),
     c("Automatic switch, our network guy has to set that up?", None),
     t("Our engineer can configure it with him in an afternoon, and test it by unplugging the fibre while they're there, so you see it work."),
     c("Good. But I must check with our CEO, he asked me for SIM prices specifically.", "think_it_over"),
     t("I'll send both quotes, SIMs and routers, side by side, so he can compare.")],
    [o,
     t("Corporate rate for thirty SIMs with 30 GB each is 799 taka a SIM, so about 24,000 a month. Calls between your lines are free."),
     c("Okay. Mainly it's for when the fibre goes down, they can hotspot.", None),
     t("Yes, 30 GB each is plenty for hotspot use. We can also add more data any time."),
     c("I must check with our CEO.", "think_it_over"),
     t("Of course. I'll email the quote today."),
     c("Thank you.", None)]))

# d10 IT recycling, Lima: better serves both goals (donation and data safety)
o = c("Buenos dias. We are a law firm in Miraflores, we're replacing forty laptops. The partners would like them to go to a school, but the files are very confidential.", None)
PAIRS.append(rpair(
    "b59r_d10_lima_lawfirm_laptops",
    "A law firm wants to donate forty old laptops to a school without any risk to confidential client files.",
    [o,
     t("Buenos dias. Both goals can work together. How old are the laptops, and do they have SSDs or the older hard drives?"),
     c("Four years. SSD, I believe. Some have damaged screens.", None),
     t("Four-year-old SSD laptops are still very useful to a school. We'd erase each SSD to a certified standard, verify it, and give you a certificate per serial number; any drive that fails the check gets shredded, and damaged screens are recycled. Do the partners have a school in mind?"),
     c("Not yet. One partner mentioned something in Villa El Salvador. What does it cost?", None),
     t("We work with two schools there and can deliver with a handover letter. The certified erase is 45 soles a laptop, about 1,800 for forty; delivery we do at cost."),
     c("1,800 for erasing... for a donation, it feels expensive.", "too_expensive"),
     t("What you're paying for is the certificate: if a client ever asks where their files went, that's your proof. I'll send a sample certificate for the partners to look at.")],
    [o,
     t("Buenos dias. For confidential data the safest thing is to shred the drives. We collect the laptops, shred the drives and recycle the rest, with a certificate. 20 soles a laptop."),
     c("But the partners want them to go to a school.", None),
     t("A school can use them if you buy new drives, but honestly, for a law firm shredding is the safest."),
     c("Hmm. I'll have to explain this to the partners.", "think_it_over"),
     t("Of course. I'll send the quote for collection and shredding."),
     c("Okay, just email it over, I'll pass it on to them.", "brush_off")]))
