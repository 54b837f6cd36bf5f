"""b129 gaming pairs, part a."""
from common import c, gpair, t

PAIRS = []

o = c("Ticket: NAS backup failed again last night, 3rd time this month. pls look. - Priya, office mgr", None)
PAIRS.append(gpair(
  "b129g_sg_nasbackup", "managed IT, architecture firm (Singapore)", "monologue",
  "Office manager logs a ticket about a failing NAS backup.",
  [o,
  t("Hi Priya, sorry it's happened again. What's on that NAS, and what error does the job show?"),
  c("revit models mostly. error says destination full i think. box is from 2019", None),
  t("That fits. How far back do you actually restore from, in practice?"),
  c("boss says keep everything. but we only ever restore stuff from last month", None),
  t("So the backup disk is full because everything's kept, though real restores are recent. Right?"),
  c("ya correct", None),
  t("Today I prune backup versions over 90 days old, on the target only, and rerun. Originals untouched. Capacity can wait."),
  c("ok but if this ends with a new NAS, zero budget till april", "no_money"),
  t("Noted. Today's fix is under your contract; I'll put capacity numbers in writing for April. Remote in at 2pm?"),
  c("2pm fine. thanks", None)],
  [o,
  t("Hi Priya! Thanks for reaching out. On-prem backup doesn't scale, that's why clients move to CloudVault: managed, offsite, ransomware-proof."),
  c("ok but can someone look at last nights job", None),
  t("Absolutely, that's the experience CloudVault fixes. S$12 a seat, a no-brainer for Revit files. What questions do you have for me?"),
  c("my question is why the backup failed", None),
  t("Totally hear you. The failure is a symptom; the real need is a modern strategy. I'll send a 20-seat quote, we walk through it Thursday. Works?"),
  c("just fix the job pls. send whatever, ill look when i have time", "brush_off")]))

o = c("Hi, good morning. Uh, Mark from a small BPO in Makati. We open a new floor next month, I need to, um, ask about internet.", None)
PAIRS.append(gpair(
  "b129g_ph_bpofibre", "business fibre, BPO (Makati, Philippines)", "monologue",
  "BPO ops lead calls about a line for a new 40-seat floor.",
  [o,
  t("Morning Mark. How many seats, and what will run over the line?"),
  c("About forty, voice mostly. Inbound for a US client, night shift.", None),
  t("Does the client contract set uptime targets?"),
  c("Yes, uh, 99.5 and they audit. Our old provider went down twice at peak, we got penalised.", None),
  t("So the risk is the line dropping at peak. I'd look at one dedicated fibre plus a backup on another path. What budget were you given?"),
  c("Tight po. Management wants one line only, two lines they won't approve.", "no_money"),
  t("Then I'll price both: one line, and one line plus cheap LTE failover, next to the cost of one penalty. Survey Tuesday?"),
  c("Tuesday's good. Send both quotes before, I'll talk to my boss.", "think_it_over")],
  [o,
  t("Morning Mark, welcome! BizFibre Pro is perfect for BPOs: up to 2 gig, 99.9 SLA, static IPs, 24/7 desk. Most BPOs here go 1 gig."),
  c("Uh, okay. It's forty seats, mostly voice—", None),
  t("Perfect. Add SIP trunking to drop your old PBX, plus Security Edge. So what I'm hearing is future-proof: 1 gig plus SIP."),
  c("We have a PBX, it's fine. I need to know the line stays up, we got penalised last time.", "no_need"),
  t("Totally, uptime is key. So 1 gig, SIP and Security Edge, only 68,000 a month. I'll email the contract now, okay?"),
  c("Sixty-eight thousand for one floor? No. Send the rates, I'll compare with the others.", "too_expensive")]))

o = c("hi, we did the demo last week. few more questions on EPF and PCB before i go back to my director", None)
PAIRS.append(gpair(
  "b129g_my_payrollsaas", "payroll SaaS, cafe group (Kuala Lumpur)", "closing_as_open_question",
  "HR manager follows up a payroll demo by chat.",
  [o,
  t("Hi Farah, thanks for coming back. What came up?"),
  c("EPF file auto or we still upload manually. and PCB for part timers how", None),
  t("EPF file is generated monthly; you upload it, we don't submit. PCB works for part-timers flagged part-time. Which is the bigger pain?"),
  c("manual upload ok. part timers is the pain, 30 at the outlets", None),
  t("Then test that: I load 3 real part-timers into a trial, you check PCB against last month's payslips before your director?"),
  c("ya that helps. but director feels RM8 per head quite high", "too_expensive"),
  t("Fair. I'll put monthly cost next to the hours the manual work takes now, and you judge. Trial link today?"),
  c("ok send. will revert after i talk to him", "think_it_over")],
  [o,
  t("Hi Farah! Before the questions, what would it take for you to get started this month?"),
  c("eh i havent got answers yet. EPF file auto or manual", None),
  t("Great question, all handled. So if EPF is sorted, which start date works better, the 1st or the 15th?"),
  c("not sure. and PCB for part timers", None),
  t("Covered too. So what's stopping us signing today, so your director sees it done?"),
  c("whats stopping is i havent tested part timers and director must approve", "think_it_over"),
  t("Totally understand. And how would you like to be billed, monthly or annually? Annual saves 10%."),
  c("neither for now. i will revert", "brush_off")]))

o = c("Hello, Winnie from a trading company in Kwun Tong. Phone system very old, handsets keep dying. Boss asked me get quote.", None)
PAIRS.append(gpair(
  "b129g_hk_cloudpbx", "cloud PBX, trading firm (Hong Kong)", "closing_as_open_question",
  "Office admin phones for a quote to replace an old PBX.",
  [o,
  t("Hi Winnie. How many people use phones, and do calls come to reception or straight to staff?"),
  c("18. Mostly to reception, I transfer. Sales want office calls on mobile in Shenzhen factories.", None),
  t("So one main line with transfers, and sales need calls on mobile in Shenzhen. Is the mobile part a must for your boss?"),
  c("Must. He always complain missing orders.", None),
  t("Then a cloud system with a mobile app fits. Keep your current number? Porting takes two weeks."),
  c("Must keep, it's on all invoices. How much?", None),
  t("About HK$95 per user a month. I can do a 30-day trial for 3 users, one in Shenzhen, so you see the app works there."),
  c("Trial is good. But boss must say okay first, he's back Thursday.", "think_it_over")],
  [o,
  t("Hi Winnie, thanks for calling! What would make today the day you upgrade your phones?"),
  c("Today? Eh... I just want a quote first, for my boss.", "think_it_over"),
  t("Of course. And when he sees it, what would stop him saying yes straight away?"),
  c("I don't know. We have 18 people, calls mostly through reception.", None),
  t("Great, 18 users. So how soon would you like the handsets delivered, this week or next?"),
  c("I didn't say we want handsets. Some staff need calls on mobile in Shenzhen.", "no_need"),
  t("We have an app for that too. Which card shall I put the deposit on, so we lock your install date?"),
  c("No no. Just email me the quote please.", "brush_off")]))

o = c("need 5 more email licences for new joiners starting monday. same as the rest", None)
PAIRS.append(gpair(
  "b129g_sg_emaillicence", "cloud email reseller (Singapore)", "pitch_as_paraphrase",
  "IT lead asks by chat for five more mailbox licences.",
  [o,
  t("Sure. The rest are on Business Standard. Same for these 5, or does anyone need something different?"),
  c("same. theyre interns, 3 months only", None),
  t("For 3-month interns, monthly beats annual: a bit more a month, but you drop them in June without paying the year. OK?"),
  c("oh didnt know. ya do monthly", None),
  t("Done: 5 Standard, monthly, live Friday so you can set up before Monday. Reminder to remove them end June?"),
  c("yes pls", None)],
  [o,
  t("Happy to help! So what I'm hearing is you're growing fast and really need the whole team on Business Premium, is that right?"),
  c("no. 5 licences. same as the rest", "no_need"),
  t("Got it. Playing it back: you want new joiners protected, so Premium for the 5 and the rest upgraded for consistency, correct?"),
  c("not correct. interns for 3 months. standard is fine", "no_need"),
  t("Understood, so what you need is annual Standard for the 5, locked 12 months at the best rate, did I get that right?"),
  c("you keep telling me what i need. ill do it in the admin portal myself", None)]))

o = c("Hi, Ravi, IT at a Bayan Lepas plant. Link to KL office crawls every morning at 8, ERP freezes. Can you check?", None)
PAIRS.append(gpair(
  "b129g_my_plantwan", "corporate WAN, plant (Penang, Malaysia)", "pitch_as_paraphrase",
  "Plant IT lead calls about a link that slows every morning.",
  [o,
  t("Hi Ravi. What else happens at 8: shift change, backups, updates?"),
  c("Shift change, about 200 log in. CCTV uploads to KL at night, should be done by then.", None),
  t("Do you have link utilisation for 7:30 to 9? If it's maxed, it's capacity; if not, look at the ERP server."),
  c("I checked last week, around 95% at 8.", None),
  t("So it's full at shift change. Before any upgrade, check the CCTV upload isn't still running at 8. Rescheduling costs nothing."),
  c("Good point. But if we need more bandwidth, finance already rejected an upgrade last year.", "no_money"),
  t("Then we prove it with data first. Check the CCTV schedule together tomorrow 10am?"),
  c("10 is fine.", None)],
  [o,
  t("Hi Ravi. Just so I understand: what you need is our SD-WAN bundle with a second link. Right?"),
  c("I don't know yet. I asked you to check why it's slow.", None),
  t("What I'm hearing is you can't afford downtime, so the 200 Mbps upgrade at RM4,800 a month is what you want, correct?"),
  c("I never said 200. And finance won't approve 4,800, they rejected less last year.", "no_money"),
  t("So playing it back: you need performance now, cost spread out, so 36 months brings it to 3,900. Did I capture that?"),
  c("No. I need someone to look at the graph. I'll log it with your support line.", None)]))

o = c("Hello po, copier 3rd floor shows error SC542 again. Can you send technician?", None)
PAIRS.append(gpair(
  "b129g_ph_copierlease", "copier leasing (Cebu, Philippines)", "upsell_as_loop_closing",
  "Office admin messages the copier lessor about a repeat fault.",
  [o,
  t("Hi po, sorry. SC542 is the fuser fault. Same unit as the ticket on the 2nd?"),
  c("Yes same. Tech came, worked 1 week then again.", None),
  t("A repeat in two weeks. I'll book a tech tomorrow, flagged to bring a new fuser, not just reset. Need a loan unit meanwhile?"),
  c("Not needed, we can use 2nd floor.", "no_need"),
  t("Tomorrow 9 to 12, tech calls 30 min before. If it fails a third time I'll push for a swap. Anything else on this ticket?"),
  c("Wala na, thanks po.", None)],
  [o,
  t("Hi po! So sorry for the experience. Tech logged for tomorrow. To close the loop, what else can I add? Toner auto-ship is 10% off."),
  c("No need, we have toner. Just fix it properly this time, it failed after 1 week.", "no_need"),
  t("Noted po. What else can I set up while I'm here? Many offices add Care Plus so repeat faults get priority, only 1,500 a month."),
  c("1,500 a month on top of the lease just to fix it properly? Too much po.", "too_expensive"),
  t("To make sure we've covered everything, anything else, like a second unit for the 3rd floor at a special rate?"),
  c("Nothing. Just the tech tomorrow please.", "no_need"),
  t("Perfect! How satisfied are you with today's support, 1 to 5?"),
  c("Ask me after it's fixed.", None)]))

o = c("Hi, pls remove user Kelvin Lau, he left last Fri. And pls make sure we're not billed for him next month.", None)
PAIRS.append(gpair(
  "b129g_hk_acctseats", "cloud accounting SaaS (Hong Kong)", "upsell_as_loop_closing",
  "Finance manager asks support to remove a leaver's seat.",
  [o,
  t("Hi, will do. Should his reports move to someone else, or be deleted?"),
  c("move to Joyce Chan pls", None),
  t("Done: reports owned by Joyce, login disabled. Seats go 6 to 5 on the 1 June invoice, plus a small credit for late May."),
  c("oh good, didn't know about the credit", None),
  t("Did he have approval roles that need reassigning?"),
  c("oh yes, expense claims. set joyce also", None),
  t("Done. I'll email a summary with the new seat count.")],
  [o,
  t("Hi! Done, Kelvin removed. Before I close the loop, what else can I add? How about our Payroll add-on at HK$180 a month?"),
  c("no thanks. is billing fixed for next month", "no_need"),
  t("Yes. And to make sure we've covered everything, upgrade a colleague to Advanced to take over his work?"),
  c("i didnt ask for that. what happened to his reports, hope not deleted", None),
  t("Archived. Anything else I can add today, like extra storage so you can open the archive? HK$50 a month."),
  c("pay extra to see our own reports. no. ill take this to our account manager", "too_expensive")]))

o = c("Hi, the firewall renewal quote came in almost double last year. Can you explain why?", None)
PAIRS.append(gpair(
  "b129g_sg_firewall", "firewall reseller, forwarder (Singapore)", "leading_tag_questions",
  "IT lead phones about a renewal quote that doubled.",
  [o,
  t("Last year was a first-year promo, and this quote moved you to the 3-year advanced bundle. Did anyone discuss that with you?"),
  c("No one asked. Just need same as last year, 25 users.", "no_need"),
  t("Then I'll requote like for like, 1 year. About 20% over last year's promo, not double. Does advanced sandboxing matter to you?"),
  c("Not really. One phishing scare in March, email filter caught it.", None),
  t("Then standard is fine. Revised quote this afternoon; renewal is the 30th, so you have time."),
  c("20% still a lot. Ok send, I'll compare with our old vendor.", "think_it_over")],
  [o,
  t("Hi! You'll want to stay protected with all the threats out there, won't you?"),
  c("Sure, but why is it double.", None),
  t("It's the advanced bundle, and a logistics company like yours can't risk downtime, can it?"),
  c("We're 25 users. We didn't ask for advanced.", "no_need"),
  t("You wouldn't want to be the IT lead who downgraded before an attack, would you? Three years makes sense, doesn't it?"),
  c("Don't guilt me. Budget is what we paid last year, that's it.", "no_money"),
  t("Totally understand your need. So I'll send the 3-year so your boss sees the savings, yeah?"),
  c("Send 1-year standard or we go to another vendor.", "no_need")]))

o = c("hello, need 4 new sim lines for delivery riders. data mostly, waze and whatsapp", None)
PAIRS.append(gpair(
  "b129g_my_ridersims", "mobile plans, courier (Johor Bahru, Malaysia)", "leading_tag_questions",
  "Courier owner chats with a telco about rider SIMs.",
  [o,
  t("Hi! Roughly how much data does a rider use now?"),
  c("no idea. they use own phone and claim RM50 a month each", None),
  t("Waze plus WhatsApp is usually under 10GB. Do any cross to Singapore?"),
  c("2 of them go woodlands twice a week", None),
  t("Then 4 lines at 15GB for RM38, roaming passes only for those 2, per trip. Less than the claims. Quote?"),
  c("ok quote. but other telco last time roaming bill RM900 for one rider, scared la", "bad_experience"),
  t("Fair. I'll cap roaming at RM30 a line. Quote by email in an hour?"),
  c("ok can", None)],
  [o,
  t("Hi boss! You'll want unlimited for the riders, right? On the road all day, no?"),
  c("dont think need unlimited, only waze and whatsapp", "no_need"),
  t("Sure, but you wouldn't want them running out mid-delivery, would you? Unlimited at RM88 is the safe choice, isn't it?"),
  c("RM88 x 4 more than what i pay them in claims now", "too_expensive"),
  t("And roaming on all 4 makes sense, since JB riders go to Singapore, don't they?"),
  c("only 2. last time other telco roaming bill RM900 for one guy. dont want", "bad_experience"),
  t("Totally, so unlimited plus roaming for peace of mind, that's what you're after, isn't it?"),
  c("no la. i check with another telco first", "think_it_over")]))
