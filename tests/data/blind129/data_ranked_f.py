"""b129 ranked pairs f01-f10: both sides share every turn except one fault in worse and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer
o = c("my laptop super slow since the update on monday. 10 min to open outlook. pls help", None)
t1 = t("Sorry about that. Slow all day, or mostly at start-up?")
c1 = c("whole day. excel also lag. my colleague same model also complain", None)
t3 = t("Thanks. The update turned on full disk scanning, disk at 90%. I'm rolling that setting back, and I'll check your colleague's too.")
c3 = c("ok outlook open already. much faster", None)
t4 = t("Good. I'll keep the ticket open till tomorrow in case it comes back.")
PAIRS.append(rpair(
  "b129r_f01_sg_slowlaptop", "Staff member of a Singapore logistics office chats with the IT helpdesk about a slow laptop.",
  [o, t1, c1,
   t("So two of you, same model, since Monday's update. Points at the update, not your laptop. Can I remote in now?"),
   c("ok can, 5 min", None), t3, c3, t4],
  [o, t1, c1,
   t("I doubt it's the update, it went to 300 laptops and nobody else reported it. Probably your files. Can I remote in now?"),
   c("my colleague did report it. whatever, 5 min", None), t3, c3, t4]))

# f02 doubts the customer's honesty
o = c("Hi, your system says the new router was delivered Tuesday. We never got it. Office is in Sheung Wan.", None)
t1 = t("Sorry about that. The courier record says left at reception. Does your building have a reception or mailroom?")
c1 = c("Management office on G floor. I asked, they have nothing.", None)
t3 = t("I'll open a claim with the courier and send a replacement today, there by 6pm tomorrow. I'll text you the tracking.")
c3 = c("Fine. Make sure someone signs for it this time.", None)
t4 = t("I'll mark it signature required, to you by name.")
PAIRS.append(rpair(
  "b129r_f02_hk_missingrouter", "Office manager of a Hong Kong travel agency reports a router that never arrived.",
  [o, t1, c1,
   t("Thanks for checking, that's enough for me. The courier photo doesn't even look like your lobby, so it was misdelivered."),
   c("Ah okay. Our old one keeps restarting, we need the new one soon.", None), t3, c3, t4],
  [o, t1, c1,
   t("The courier has a photo at a reception desk. Are you sure nobody in your office signed for it? Please check with all staff before I send another."),
   c("I'm not lying to you. We're 5 people, I asked all of them. Look at the photo, is it even our building?", None), t3, c3, t4]))

# f03 drops the price before asking anything
o = c("hi, CRM renewal came in, 20 users at RM110. need to review before my director signs", None)
t2 = t("Let me pull the login report... yes, 12 active in the last 90 days. We could renew at 12 seats and you add seats any month if you hire.")
c2 = c("12 is better. but sales team may grow next year", None)
t3 = t("Seats added mid-year are prorated, no penalty. I'll send the 12-seat renewal for your director.")
c3 = c("ok send, i show him tomorrow", "think_it_over")
PAIRS.append(rpair(
  "b129r_f03_my_crmrenewal", "Sales admin of a Malaysian distributor reviews a CRM renewal.",
  [o,
   t("Sure. What do you want to look at: the price, the number of users, or how it's used?"),
   c("usage. i think only 12 of 20 actually log in", None), t2, c2, t3, c3],
  [o,
   t("I can take 15% off straight away if it helps your director sign."),
   c("if you can cut 15% so fast, the price was too high to start with. and i think only 12 of 20 actually log in", "too_expensive"),
   t2, c2, t3, c3]))

# f04 an unasked lecture
o = c("hi po, locked out of my email again. need reset pls, meeting in 10 min", None)
t1 = t("Hi! I can help. Can you confirm your employee ID?")
c1 = c("EMP-2231", None)
t3 = t("Once you're in, does mail on your phone also ask for the password?")
c3 = c("yes phone asking also", None)
t4 = t("Enter the new one there too. If it locks again, message me here and I'll unlock it fast.")
PAIRS.append(rpair(
  "b129r_f04_ph_lockout", "Account executive at a Cebu insurance office asks the helpdesk for a password reset.",
  [o, t1, c1,
   t("Thanks. Temporary password sent to your mobile; you'll change it on login."),
   c("got it, thanks po", None), t3, c3, t4],
  [o, t1, c1,
   t("Thanks. You've been locked out 3 times this quarter. You really should use a password manager and long passphrases; weak passwords are the top cause of breaches. Anyway, temporary password sent to your mobile."),
   c("po I have a meeting in 10 min, I'll read about it later", "no_time"), t3, c3, t4]))

# f05 a vague next step
o = c("Our office internet was down 6 hours yesterday. Sales couldn't process orders. What compensation do we get?", None)
t1 = t("I'm sorry, that's a big hit. I see it: 9:40 to 15:50, a fibre cut on your street. Under your SLA, 6 hours is the top credit tier, 25% of the monthly fee: S$175.")
c1 = c("175 doesn't cover a day of lost sales, but okay. How do I get it?", None)
t4 = t("Separately, a 4G backup would have kept orders going. Want a quote for one?")
c4 = c("Not now. Sort the credit first.", "no_time")
PAIRS.append(rpair(
  "b129r_f05_sg_slacredit", "Office manager of a Singapore online retailer asks about outage compensation.",
  [o, t1, c1,
   t("I'm raising the claim now. Reference by email within the hour, and the credit shows on your 1 June invoice. If not, call me on this number."),
   c("Okay, clear.", None), t4, c4],
  [o, t1, c1,
   t("We'll look into it and someone will let you know."),
   c("Someone? When? Last time we were told that, nothing came.", "bad_experience"), t4, c4]))

# f06 over-promises
o = c("We're moving 25 mailboxes from our old host to you. Can it be done by Monday? Old contract ends Tuesday.", None)
t1 = t("Let me check sizes first. Do you know the total mailbox size?")
c1 = c("Our IT guy says about 300GB. Some partners have 20 years of mail.", None)
t3 = t("I'll send the migration form now; we need admin access to the old host.")
c3 = c("Okay, forwarding it to our IT guy.", None)
PAIRS.append(rpair(
  "b129r_f06_hk_mailmove", "Practice manager of a Hong Kong law office asks about a fast email migration.",
  [o, t1, c1,
   t("300GB over one weekend is risky. Safe plan: new mail lands with us from Monday, old mail copies over the next week. Can your old host give you a week past Tuesday?"),
   c("Hmm, I'll ask. They said they could give a few days.", None), t3, c3],
  [o, t1, c1,
   t("No problem, everything moved by Monday morning, all 300GB, guaranteed."),
   c("Great, I'll tell the partners it's all done by Monday then.", None), t3, c3]))

# f07 closes before checking it works
o = c("scanner cannot send to email since we changed password. pls fix. office in Subang", None)
t1 = t("Hi, the scanner logs in to email with its own account. Was it that account's password that changed, or everyone's?")
c1 = c("everyone. IT policy every 90 days", None)
t3 = t("So it doesn't break every 90 days, your IT could make the scanner account non-expiring. Shall I ask them?")
c3 = c("ya ask them. last vendor never fixed this for good", None)
t4 = t("Will do, I'll email your IT today and copy you.")
PAIRS.append(rpair(
  "b129r_f07_my_scantoemail", "Office admin of a Subang accounting firm reports scan-to-email failing.",
  [o, t1, c1,
   t("Then the scanner still has the old password. I've updated it remotely. Can you scan one page to your email and tell me if it arrives?"),
   c("wait... ya received. ok working", None), t3, c3, t4],
  [o, t1, c1,
   t("Then the scanner still has the old password. Updated it remotely, it'll work now. Closing the ticket, have a great day!"),
   c("eh closed already? havent even tested. wait... ok came through. next time check first la", None), t3, c3, t4]))

# f08 recommends before asking
o = c("Hi, Wi-Fi in our BGC office is bad, people complain. What should we buy?", None)
t2 = t("One room at the far end usually means one access point is too far, not that you need new ones everywhere. Is there a network cable to that room?")
c2 = c("Yes, a wall port for the TV.", None)
t3 = t("Then one ceiling access point on that port should fix it, about 7,500 pesos with setup. A tech can test the signal Thursday before you buy anything.")
c3 = c("Thursday okay. If it works we buy.", None)
PAIRS.append(rpair(
  "b129r_f08_ph_officewifi", "Office manager of a Taguig marketing agency asks what Wi-Fi to buy.",
  [o,
   t("Happy to help. How big is the office, how many people, and where is it worst?"),
   c("About 400 square meters, 35 people. Worst in the conference room at the far end.", None), t2, c2, t3, c3],
  [o,
   t("You'll want our mesh kit, three units, 24,000 pesos. That fixes most offices."),
   c("We bought a mesh kit last year from a mall, didn't help. It's 400 square meters, 35 people, worst in the far conference room.", "bad_experience"),
   t2, c2, t3, c3]))

# f09 unexplained jargon
o = c("Hi, I'm the office manager, not IT, our IT guy left. Your email says the BGP session on our secondary circuit is down. Do I need to do something?", None)
t1 = t("Thanks for calling. Is the internet working in the office right now?")
c1 = c("Yes, everything seems normal.", None)
t3 = t("Nothing for you to fix. Our engineer needs to reset the backup box in your server cupboard. Can someone let him in tomorrow at 10?")
c3 = c("Tomorrow 10 I'm in a meeting... can he come at 2?", "no_time")
t4 = t("2pm works. I'll send his name and call you when it's done.")
PAIRS.append(rpair(
  "b129r_f09_sg_backupline", "Office manager of a Singapore clinic group asks what a network alert means.",
  [o, t1, c1,
   t("Good. In plain words: you have two internet lines, main and backup. The backup isn't connected right now. The main is fine, so nothing's affected, but if it fails there's no backup."),
   c("Oh. So fine today but not protected. What do I do?", None), t3, c3, t4],
  [o, t1, c1,
   t("Okay, so primary's up, but the eBGP peering on the secondary CPE is Idle, so you've lost your failover path until we re-establish the session."),
   c("Sorry, I didn't understand any of that. Is something broken or not?", None), t3, c3, t4]))

# f10 talks about themselves
o = c("hi, we run customer service for an online furniture shop, 12 agents, whatsapp and email separate. looking at your helpdesk software", None)
t1 = t("Hi! What's the biggest headache with WhatsApp and email being separate?")
c1 = c("customers message both, 2 agents answer same person, or nobody answers. we lose track", None)
t3 = t("Fair worry. We use the official WhatsApp Business API, not a phone that must stay online. Check it on your busiest day during the trial.")
c3 = c("busiest is saturday. send the trial link", None)
t4 = t("Sent. I'll check in Monday after your first Saturday.")
PAIRS.append(rpair(
  "b129r_f10_my_omnichannel", "CS lead of a Kuala Lumpur online furniture shop looks at helpdesk software.",
  [o, t1, c1,
   t("So double replies and messages lost. Our inbox puts WhatsApp and email from one customer in one thread, one agent. Try it with your real number for 14 days?"),
   c("14 days ok. but we used another tool before, the whatsapp part kept disconnecting", "bad_experience"), t3, c3, t4],
  [o, t1, c1,
   t("Ah, I know that one! When I was an agent at a telco we had 5 channels, I kept a notebook. That's why I joined this company, I really believe in the product. Our inbox puts it all in one thread. Try it 14 days?"),
   c("ok... nice story. anyway 14 days ok. but we used another tool before, the whatsapp part kept disconnecting", "bad_experience"), t3, c3, t4]))
