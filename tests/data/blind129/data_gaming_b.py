"""b129 gaming pairs b."""
from common import c, gpair, t

PAIRS = []

o = c("Daniel, design studio in Wan Chai. Wi-Fi drops every afternoon, people lose Teams calls. Third time I'm calling.", None)
PAIRS.append(gpair(
  "b129g_hk_officewifi", "managed Wi-Fi (Hong Kong)", "putdown_question",
  "IT lead calls a third time about afternoon Wi-Fi drops.",
  [o,
  t("Sorry Daniel, a third call isn't good. Last two techs just rebooted the APs. Any pattern?"),
  c("Around 2 to 4. Mostly the meeting room side.", None),
  t("Anything new near the meeting rooms lately: screens, more people, a microwave?"),
  c("Hmm, we moved the pantry next to the meeting rooms last month. Microwave is there.", None),
  t("Could be it, microwaves hit 2.4GHz. Tonight I move those APs to 5GHz only and check logs tomorrow. If not fixed, someone's on site Thursday."),
  c("Fine. But if it means new access points, our budget is done for this year.", "no_money"),
  t("The channel change costs nothing. I'll call tomorrow at 4 with what the logs show."),
  c("Okay, thanks.", None)],
  [o,
  t("Hi Daniel. Help me understand, are people sure it's the Wi-Fi and not their own laptops?"),
  c("Yes. It's everyone on the same side of the floor.", None),
  t("I see. And when you say drops, could they just be walking out of range? What exactly are they doing?"),
  c("In the meeting room, on a call. It's not complicated.", None),
  t("So I understand your experience: has anyone there restarted the APs, or do you call us first for everything?"),
  c("Your techs did that twice. Don't talk to me like an intern. Put me through to your supervisor.", None)]))

o = c("our POS at 3 branches cant sync sales since morning. cashiers writing receipts by hand. pls help asap", None)
PAIRS.append(gpair(
  "b129g_ph_possync", "POS SaaS, bakery (Quezon City, Philippines)", "putdown_question",
  "Ops manager of an 8-branch bakery chat-reports a sync outage.",
  [o,
  t("Sorry, bad day for the branches. Which 3, and do terminals show an error or just pending sync?"),
  c("Cubao, Fairview, Novaliches. pending sync, 40+ transactions each", None),
  t("Are the other 5 fine? Anything change at those 3 yesterday, internet or updates?"),
  c("others ok. hmm the 3 got the app update last night, others not yet", None),
  t("Known issue in last night's update. Sales are saved on the device, nothing lost. Fix needs an app restart. Can Cubao try first while I watch?"),
  c("ok calling cubao now", None),
  t("Once Cubao syncs I'll do the other two, and hold the update for the other 5."),
  c("synced!! 47 transactions in. ok do the other 2", None)],
  [o,
  t("Just to understand your experience, are you sure the cashiers are online? What exactly did they do?"),
  c("yes internet fine, other apps work", None),
  t("Did someone install the update properly, or close it halfway? What happened exactly?"),
  c("they did what the app said. why you asking like we dont know how to click a button", None),
  t("No offense. So why report only now? Most customers flag sync issues in the first hour."),
  c("we flagged it 8am. its 11. im calling my account manager", None),
  t("Totally hear you. Is there anything else I can help with today?"),
  c("you havent helped with anything yet", None)]))

o = c("Hi, calling about our office fibre invoice. This month we got charged twice, same amount, S$420 each.", None)
PAIRS.append(gpair(
  "b129g_sg_doublebill", "business fibre billing (Singapore)", "not_my_department_or_read_the_terms",
  "Office manager of a recruitment agency calls about a double charge.",
  [o,
  t("Sorry about that. I see two 420 charges on the 3rd. Did both come off your card?"),
  c("Both deducted already. Our finance closing is Friday, so I need it sorted before that.", None),
  t("The second is our billing error. Card refunds take 5 to 7 working days, maybe after Friday, so I'll send a credit note today for your closing. Would that work?"),
  c("Credit note today ok. But the refund must come, last time we waited two months for one.", "bad_experience"),
  t("Fair. My direct line is in the email; if it's not in by the 15th, call me and I'll chase it myself."),
  c("Okay, thanks ah.", None)],
  [o,
  t("I understand how frustrating that experience must be. Unfortunately billing is a different department, I'm technical support."),
  c("The IVR put me here. Can you transfer me?", None),
  t("I can't transfer. I'd suggest reading the terms on the invoice, section 8 explains billing. Sometimes two charges are pro-rated."),
  c("It's not pro-rated, it's exactly the same amount twice. I read it.", None),
  t("I hear you. I didn't make the rules, but disputes must be emailed to billing within 30 days. Anything else I can help you with?"),
  c("So I call, you tell me email. Last time also like this, took 2 months. Forget it, I'll ask our bank to reverse it.", "bad_experience")]))

o = c("Hi, CRM contract ends 31 Mar, not renewing. Need full export of contacts, deals, notes incl attachments. How?", None)
PAIRS.append(gpair(
  "b129g_my_crmexport", "CRM SaaS (Petaling Jaya, Malaysia)", "not_my_department_or_read_the_terms",
  "IT admin asks how to export data at contract end.",
  [o,
  t("Hi Jason, thanks for telling us early. Can I ask why you're not renewing? No pitch, it helps us."),
  c("moving to the group's CRM, HQ decision. nothing personal", "no_need"),
  t("Contacts and deals export to CSV in Settings. For notes and attachments I'll run a full backup, mapped to each deal. How many records?"),
  c("12k contacts, maybe 3k deals. attachments lots of tenancy PDFs", None),
  t("Backup takes about 2 days; start on the 20th and you can test-import into the group CRM before the 31st. Okay?"),
  c("20th ok. can access stay a few days after 31 in case something missing", None),
  t("Yes, read-only till 14 April, free. I'll confirm by email.")],
  [o,
  t("Hi Jason, sorry you're leaving, we value the relationship. Exports are in our terms, section 12.4. Have you read it?"),
  c("no. just tell me how to export notes and attachments", None),
  t("I understand your need. The tool only does contacts and deals. Attachments aren't my department; the data team only takes requests from the owner."),
  c("i am the admin. who is the account owner then", None),
  t("Whoever signed the contract. I didn't make the rules. The terms say data is deleted 30 days after end, best read that part."),
  c("3k deals of tenancy pdfs and you say read the terms. ok, our lawyer will read them", None)]))

o = c("Hi, good afternoon, Grace, admin for three dental clinics. Our antivirus expires next month, just checking options.", None)
PAIRS.append(gpair(
  "b129g_ph_clinicav", "endpoint security, clinics (Davao, Philippines)", "social_proof_or_deadline_pressure",
  "Clinic group admin phones about antivirus options before renewal.",
  [o,
  t("Good afternoon Grace. How many PCs, and what's on them: patient records, x-ray software?"),
  c("Twelve PCs. Patient records, and the x-ray PCs, those are old, Windows 10.", None),
  t("The x-ray PCs matter, some antivirus slows imaging. Has that happened with your current one?"),
  c("Yes! Dr. Reyes complains every time the scan freezes. That's partly why I'm looking.", None),
  t("So: light on the x-ray PCs, protection for patient data. Trial it 30 days on one x-ray PC before you commit. About 1,400 pesos per PC a year."),
  c("Hmm, a bit more than now, but if the scans stop freezing... I'll ask Dr. Reyes, she signs.", "think_it_over"),
  t("Your licence runs to the 28th, so there's time. I'll send the trial link and a one-page comparison for her."),
  c("Okay, salamat.", None)],
  [o,
  t("Great timing, Grace! Honestly, almost every dental clinic in Davao moved to SecureMed this year. What's your experience with yours?"),
  c("It slows the x-ray PCs. Twelve PCs in three clinics.", None),
  t("That's exactly what the others said before switching. And I can only hold the clinic promo, 1,100 per PC, until Friday; after that it's 1,600."),
  c("Friday? My licence runs to the 28th. I haven't even tested it on an x-ray PC.", "think_it_over"),
  t("I understand your need to test. But clinics who waited paid full price, even the big one in Lanang signed. Reserve the promo today?"),
  c("I can't sign, Dr. Reyes signs. Just send the brochure.", "brush_off")]))

o = c("Our 100M leased line ends in 2 months. Thinking 500M. Need price and lead time.", None)
PAIRS.append(gpair(
  "b129g_hk_leasedline", "leased line (Kwai Chung, Hong Kong)", "social_proof_or_deadline_pressure",
  "IT lead chats with a carrier about upgrading a leased line.",
  [o,
  t("Sure. What's behind 500M: is 100M full now, or something coming?"),
  c("Warehouse system moves to cloud Q3. Vendor says need more bandwidth.", None),
  t("Did they give a figure? Cloud WMS cares more about latency than raw speed; if 200M is enough, 500M may be headroom you won't use."),
  c("They said min 200M. I thought 500 to be safe.", None),
  t("200M is HK$6,800 a month, 500M HK$9,900; lead time 4 to 6 weeks, so order within 2 weeks. I can quote 300M too."),
  c("9,900 is too much for us honestly. Send 200 and 300.", "too_expensive"),
  t("Will do, with a mid-contract step-up option.")],
  [o,
  t("Great choice! Most logistics firms in Kwai Chung run 500M now; you'd be one of the last on 100M. What's driving it?"),
  c("Cloud WMS in Q3. Vendor says min 200M.", None),
  t("Honestly 500M ports in your building are nearly gone, 3 neighbours took them. I can hold one until 6pm today."),
  c("6pm? I'm in a cutover meeting all afternoon, can't deal with this today.", "no_time"),
  t("Just so you know, prices go up 15% next month, and everyone who waited regretted it. Lock it in?"),
  c("Then I'll wait and regret it. Email me 200M and 300M quotes.", "no_need")]))

o = c("hi, need to turn on 2FA for all staff by end of month. auditor requirement. how", None)
PAIRS.append(gpair(
  "b129g_sg_mfarollout", "IT support, accounting firm (Singapore)", "keyword_stuffed",
  "Office manager asks the IT provider about MFA.",
  [o,
  t("How many staff, and do they have company phones or would they use personal ones?"),
  c("32. only partners have company phones. rest personal", None),
  t("Some people refuse apps on personal phones; for them a hardware key is about S$40 each. Anyone likely to object?"),
  c("the 2 older admin staff probably. 40 each ok for 2", None),
  t("So app for 30, keys for 2. Partners Tuesday, rest Thursday, with a 10-minute how-to. Does the auditor need proof?"),
  c("yes screenshot of policy enabled", None),
  t("I'll send the screenshot and an enrolment list after Thursday. Tuesday 10am for partners?"),
  c("tues ok", None)],
  [o,
  t("Hi! I really understand how important this need is for your success, and I want your experience to be seamless."),
  c("ok. how do we do it", None),
  t("Great question. Our relationship is about understanding your journey: your needs, your feelings about security, what success looks like for you."),
  c("success is auditor signs off. 32 staff. end of month", None),
  t("I hear you and feel your urgency. What I'm understanding is that success and a great experience matter to you."),
  c("ya but what are the steps. app or sms or what", None),
  t("Absolutely. Our success team will reach out to understand your needs more deeply. How satisfied are you with this chat?"),
  c("not. ill google it", None)]))

o = c("Hi, got your helpdesk renewal, RM6,500 a month. Before I sign, honestly, response times this year not great.", None)
PAIRS.append(gpair(
  "b129g_my_helpdeskrenew", "IT helpdesk outsourcing (Muar, Malaysia)", "keyword_stuffed",
  "IT manager raises service problems before renewing a helpdesk contract.",
  [o,
  t("Thanks for saying so first. Which tickets stick in your mind, a type or certain times?"),
  c("Saturday. Warehouse works Saturday, nobody picks up till Monday.", None),
  t("Your contract is Monday to Friday, so Saturdays were never covered, but you need them. How many Saturday issues a month?"),
  c("Maybe 4, 5. Scanner guns, label printer. Small but loading stops.", None),
  t("Two options: Saturday half-day cover, about RM900 more, or same price plus per-call remote cover for warehouse-critical issues?"),
  c("RM900 more no way, no budget for increases this year. Per call can, but rate in writing.", "no_money"),
  t("I'll send a revised renewal with the per-call rate and Saturday response time before you sign."),
  c("Okay. I'll go through it with my boss.", "think_it_over")],
  [o,
  t("Thank you for sharing your feelings. Your experience matters, our relationship is about success together. What does a great experience look like?"),
  c("Great experience is someone answers on Saturday.", None),
  t("I hear your need. What I'm understanding is you want to feel supported and valued, and renewing helps us build that relationship."),
  c("I don't need to feel valued, I need scanners fixed on Saturday. RM6,500 for nobody on Saturday is too much.", "too_expensive"),
  t("I feel that. Did I understand correctly that success for you is feeling heard? I'll share your experience with the team."),
  c("No. I'll get quotes from other vendors.", "think_it_over")]))

o = c("VPN error 809 for 6 users WFH since this morning. office users fine. pls check", None)
PAIRS.append(gpair(
  "b129g_ph_vpn809", "managed network (Makati, Philippines)", "rude",
  "IT lead chats with the MSP about remote users who cannot connect.",
  [o,
  t("Checking. 809 usually means something blocks it before it reaches us. Are the 6 on the same ISP?"),
  c("checking... 5 of 6 same ISP. 1 on mobile data", None),
  t("Does the mobile one connect on a hotspot from another network?"),
  c("tried, hotspot works. home fibre doesnt", None),
  t("Then that ISP blocks the VPN protocol. I'll switch them to our SSL VPN profile on port 443, which ISPs don't block. 5 minutes each."),
  c("ok sending to them. can you stay on while first one tests", None),
  t("I'm here. Ping me when the first one tries.")],
  [o,
  t("Error 809. Have they tried turning it off and on? That's like step one."),
  c("yes obviously. 6 users, since morning", None),
  t("Server's fine, so it's on their side. Honestly this is a home internet thing, not a VPN thing."),
  c("ok but office pays you for support. can you check what changed", None),
  t("I'm not debugging six home routers. Tell them to come to the office, problem solved. Anything else?"),
  c("theyre WFH because of the flooding. ill escalate to your manager", None),
  t("Sure, go ahead. How satisfied were you with today's support?"),
  c("take a guess", None)]))

o = c("Hi, uh, we're moving to Paya Lebar next month, want to bring our 8 numbers over. Possible ah?", None)
PAIRS.append(gpair(
  "b129g_sg_numberport", "business phone lines (Singapore)", "rude",
  "Office manager asks about porting numbers for a move.",
  [o,
  t("Yes, definitely. Are the numbers with us now, or with another provider?"),
  c("Another provider, ends end of month. Switching because the new building has your fibre.", None),
  t("Porting takes about 10 working days; we need an authority letter and a recent bill. Move date?"),
  c("The 18th. Uh, too tight? I cannot have phones down, clients call all day.", None),
  t("If documents come this week we port on the 18th, early morning, with forwarding to your mobiles as backup."),
  c("Okay, good. I'll get the bill from accounts today.", None)],
  [o,
  t("Yes, it's possible, people do it every day. Are the numbers with us or not?"),
  c("Uh, another provider. Contract ends end of month.", None),
  t("Then you need their bill and an LOA. It's all on our website, did you look?"),
  c("I did, I just wasn't sure about timing. We move on the 18th, I cannot have phones down.", None),
  t("Then you should've called earlier, shouldn't you? It's 10 working days, do the math."),
  c("Wow. Okay. Maybe I'll just stay with the old provider, at least they're polite.", None)]))
