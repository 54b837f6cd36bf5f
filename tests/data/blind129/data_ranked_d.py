"""b129 ranked pairs d01-d10: two decent conversations, better goes deeper."""
from common import c, rpair, t

PAIRS = []

o = c("hi, we're on your HR Pro plan, 45 staff, renewal S$9 per head. looking to cut cost. any cheaper plan", None)
PAIRS.append(rpair(
  "b129r_d01_sg_hrsaas", "Office manager of a Singapore engineering firm wants a cheaper HR software plan.",
  [o,
  t("Sure. Before picking: which parts do you actually use, leave, claims, payroll, appraisal?"),
  c("leave and claims mostly. payroll our accountant does. appraisal tried once, nobody used", None),
  t("So you pay for payroll and appraisal you don't use. Essentials is leave and claims only, S$5 a head. You'd lose appraisal and the payroll export. Would anyone miss those?"),
  c("hmm the accountant pulls the payroll export i think. let me check with her", "think_it_over"),
  t("Good idea. If she needs it, the export adds to Essentials for S$60 a month flat, still below Pro. I'll send both numbers."),
  c("ok. if the export works we switch", None)],
  [o,
  t("Hi! We have Starter at S$6 per head: leave, claims and basic payroll."),
  c("payroll we dont run in the system. anything else", None),
  t("Then Essentials at S$5, leave and claims. Or I can do 10% off Pro if you renew for 2 years."),
  c("2 years hmm. send me both, ill think about it", "think_it_over"),
  t("Will do, both in your inbox today.")]))

o = c("Our office internet is slow. We're on 300M. Want to upgrade to 1000M. How much?", None)
PAIRS.append(rpair(
  "b129r_d02_hk_broadband", "Office manager of a Hong Kong design studio asks to upgrade broadband speed.",
  [o,
  t("Can do. First, is it slow everywhere, or on Wi-Fi in some parts of the office?"),
  c("Hmm... mostly the back room where the designers sit. Near the router it's ok.", None),
  t("That sounds like Wi-Fi coverage, not the line. If a laptop is plugged in by cable in the back room, is it fast?"),
  c("Not sure, I can test tomorrow.", None),
  t("Please do. If it's fast on cable, 1000M won't help the back room, but an extra access point, about HK$1,200 once, will. If it's slow on cable too, we upgrade. Call you Thursday?"),
  c("Okay, that's fair. Thursday.", None)],
  [o,
  t("Sure. 1000M is HK$480 a month, install next week. Is the router ours?"),
  c("Yes, your router.", None),
  t("Then we swap it for a Wi-Fi 6 router with the upgrade, which also helps coverage. Shall I book?"),
  c("Hmm, 480 versus 250 now. Let me check with my boss first.", "think_it_over"),
  t("Sure, I'll email the quote.")]))

o = c("Hi, our toner bill for the 3 printers is crazy this year. RM1,800 last quarter. Can you do something?", None)
PAIRS.append(rpair(
  "b129r_d03_my_printcost", "Admin manager of a Malaysian insurance agency complains about print costs.",
  [o,
  t("Let's look. Do you know which printer uses the most, and what gets printed?"),
  c("The one at accounts. They print every invoice, and, uh, the monthly reports in colour.", None),
  t("So most of it is colour reports at accounts. Two options: mono by default with colour on request, or reports as PDF. Would accounts accept either?"),
  c("Mono default ok. PDF no, the boss likes paper, he won't change.", "no_need"),
  t("Then mono default only. I'll set it remotely today, no cost, and we compare next quarter's toner."),
  c("Okay, let's try.", None)],
  [o,
  t("Sorry about that. We can move you to per-page billing: 4 sen mono, 25 sen colour, toner included. Many offices save that way."),
  c("Per page? How do I know it's cheaper?", None),
  t("On last quarter's volume it would be about RM1,500, so some saving. I'll send the calculation."),
  c("Ok, send. I'll compare.", "think_it_over"),
  t("Today, with the per-page rates.")]))

o = c("Hi, we want a backup internet line for our Ortigas site. Main line went down 4 hours last week.", None)
PAIRS.append(rpair(
  "b129r_d04_ph_backuplink", "IT lead of a Manila BPO asks a telco for a backup line after an outage.",
  [o,
  t("Sorry about last week. When it went down, what stopped: calls, the CRM, everything?"),
  c("Calls. Agents are on softphones, client system is cloud. Everything stopped.", None),
  t("So the backup must carry voice. How many agents at peak?"),
  c("About 60 on night shift.", None),
  t("Then a second provider on a different cable path, with automatic failover, about 50 Mbps for 60 calls. An LTE box alone would struggle with 60 calls. Site survey to check the second path?"),
  c("Yes. But honestly there's no budget line for a second ISP, I'll have to fight for it.", "no_money"),
  t("Then I'll put the survey result next to what last week's 4 hours cost you, for finance.")],
  [o,
  t("Sure, we have an LTE backup box, plug and play, 3,500 pesos a month. It switches automatically."),
  c("Will it handle all our agents?", None),
  t("Depends on usage, but it's good for browsing and email. Most clients are happy with it."),
  c("Okay. Just send me something in writing.", "brush_off"),
  t("No problem, I'll send the brochure.")]))

o = c("need 6 laptops imaged for new hires, start 3 june. same image as last batch", None)
PAIRS.append(rpair(
  "b129r_d05_sg_onboarding", "Terse IT lead of a Singapore fintech orders laptops for new hires by chat.",
  [o,
  t("ok. last batch was image v4 on the 14-inch. same model, any new software since?"),
  c("new: design tool, licence via SSO", None),
  t("noted, will add and test SSO before shipping. deliver 31 may, who signs?"),
  c("im out that day, reception can sign", None),
  t("fine. each laptop labelled with the user, list to you by email. name changes by 28th pls"),
  c("ok", None)],
  [o,
  t("Hi! Happy to help with your new joiners. We'll use the same image as last time. Would you like them delivered before the 3rd?"),
  c("yes", None),
  t("Great, delivery on the 31st then. Anything else for the new hires, like docks or monitors?"),
  c("no. just laptops", "no_need"),
  t("Perfect, I'll send the confirmation shortly.")]))

o = c("Hi, a staff clicked a fake invoice email last month and my MD wants anti-phishing training. Does your platform stop this happening?", None)
PAIRS.append(rpair(
  "b129r_d06_my_phishing", "Finance manager of a Penang manufacturer asks about security awareness training.",
  [o,
  t("Honestly, nothing stops it 100%. Training cuts clicks a lot, but it's one layer. What happened exactly?"),
  c("She got a fake supplier invoice, paid RM14,000 to a new bank account. Bank couldn't recover.", None),
  t("I'm sorry. That's payment fraud, so besides training, one rule helps: any change of supplier bank details is confirmed by phone. Does finance have that?"),
  c("No. We should. But MD still wants training for everyone.", None),
  t("Then finance takes the invoice-fraud module first, everyone else monthly modules plus simulated phishing. RM12 per user a month; try it with finance for a month?"),
  c("RM12 times 80 users is quite a lot. Finance first for a month, ok.", "too_expensive")],
  [o,
  t("Yes, our platform is designed to reduce phishing risk significantly: monthly modules and simulated emails. How many users?"),
  c("About 80.", None),
  t("At RM12 per user that's RM960 a month. Most clients see clicks drop by half in 3 months."),
  c("Hmm. I'll have to show the MD.", "think_it_over"),
  t("Sure, I'll send a proposal and a case study.")]))

o = c("We're a physio clinic in Causeway Bay, 2 receptionists. Patients complain line always busy. Is your cloud phone system good?", None)
PAIRS.append(rpair(
  "b129r_d07_hk_clinicphone", "Clinic manager in Hong Kong asks about a cloud phone system.",
  [o,
  t("It may help. When it's busy, are both receptionists on calls, or does your line only take one call?"),
  c("One line only I think. When Ka Yan is on the phone, others get busy tone.", None),
  t("Then calls could queue with a message, or ring a mobile at lunch. How many calls a day?"),
  c("Maybe 80. Mostly bookings.", None),
  t("Try it a month on a new number that your line forwards to, no porting, no contract. If complaints drop, we port. About HK$300 a month for two users."),
  c("No contract is good. We tried a booking app before, nobody used it, so I'm careful.", "bad_experience"),
  t("Fair. Patients won't notice anything, they dial the same number. I'll set it up Monday.")],
  [o,
  t("Yes, very popular with clinics: multiple lines, call queue, mobile app. HK$300 a month for two users, 12-month contract."),
  c("12 months. We tried a booking app before, nobody used it.", "bad_experience"),
  t("Understandable. This is simpler than an app, just phones. I can send a demo video."),
  c("Okay, just send it, I'll look when it's quiet.", "brush_off"),
  t("Sending now.")]))

o = c("Hi, trading company in Pasig, on desktop accounting software. Want to move to your cloud version. How fast can we switch?", None)
PAIRS.append(rpair(
  "b129r_d08_ph_accounting", "Owner of a Manila trading company asks to move to cloud accounting mid-year.",
  [o,
  t("About two weeks. When does your financial year end?"),
  c("December. Why?", None),
  t("Switching mid-year means carrying over open balances; 1 January is cleaner for your auditor. Is there a reason to move now?"),
  c("Our bookkeeper resigned, the new one only knows cloud.", None),
  t("Good reason. Then she starts on cloud for new entries, we import balances as of 30 June, desktop stays read-only for the first half. 1,800 pesos a month, first month free. Will your auditor need to agree?"),
  c("Probably. I'll ask our auditor before we sign.", "think_it_over")],
  [o,
  t("Very fast, about two weeks. We import your desktop file and you're live."),
  c("Good. Our bookkeeper resigned, the new one only knows cloud.", None),
  t("Perfect timing then. 1,800 pesos a month, first month free. Shall I send the sign-up?"),
  c("Okay, send. We sign this week.", None),
  t("Great, I'll include the import guide.")]))

o = c("Business is slow, we're cutting costs. Can we drop from 40 to 25 email licences now?", None)
PAIRS.append(rpair(
  "b129r_d09_sg_licencecut", "Owner of a Singapore retail office wants to cut email licences.",
  [o,
  t("Yes, we can help. Are the 15 leaving, or staying on reduced use?"),
  c("8 left already. 7 are part-time now, only need email on phone.", None),
  t("Your licences are annual, renewing September, so the count can only drop then. For the 7 part-timers, a mail-only licence at about a third of the price can start at renewal too."),
  c("So no saving till September? That's bad news.", None),
  t("One thing saves now: reuse the 8 spare licences for any new hire, so you buy none. I'll set a reminder in August to switch the 7 and drop the 8."),
  c("Okay. At least it's clear.", None)],
  [o,
  t("Sure, I'll reduce to 25 at your renewal in September. Lower bill from then."),
  c("Nothing before September?", None),
  t("Annual licences can't be cut mid-term, unfortunately. You can reassign them to new staff."),
  c("Okay, fine.", None),
  t("I'll note the change on your account.")]))

o = c("Hi, we run 120 vending machines around Klang Valley. Card terminals need SIMs. What plan?", None)
PAIRS.append(rpair(
  "b129r_d10_my_iotsim", "Ops manager of a Malaysian vending operator asks about IoT SIMs.",
  [o,
  t("How much data per machine? Payments are tiny, but some machines send video ads or telemetry."),
  c("No video. Payments and stock level every hour.", None),
  t("Then under 100MB a month each; a pooled plan shares data across all 120. Any machines in basements or car parks?"),
  c("About 20 in basement car parks. Those drop payments sometimes with our current SIM.", None),
  t("Then test first: 5 free SIMs at your worst basement sites for two weeks. If signal's better, we roll out. Pooled plan is RM6 a SIM a month."),
  c("Free test ok. Send to our Shah Alam warehouse.", None)],
  [o,
  t("Our IoT plan is RM6 per SIM a month with 500MB each, plenty for payments."),
  c("Okay. Some machines are in basements, signal is bad.", None),
  t("Our coverage is strong across Klang Valley. I can send 120 SIMs next week."),
  c("Hmm, let me see the contract first.", "think_it_over"),
  t("Sure, I'll email the contract.")]))
