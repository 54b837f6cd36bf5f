"""b167 ranked pairs d01-d10: two decent conversations, `better` is better."""
from common import c, rpair, t

N, BO, NN, NM = None, "brush_off", "no_need", "no_money"
TE, NT, BE, TH = "too_expensive", "no_time", "bad_experience", "think_it_over"
PAIRS = []

o = c("Our CFO wants 20% off every software renewal this year. Yours is up in six weeks. So, what can you do?", TE)
PAIRS.append(rpair("b167r_d01_sf_saas_renewal_cut", "SaaS renewal, San Francisco: ops head told to cut spend 20%.", [o,
t("Thanks for being direct. Before talking discounts, can I look at how you actually use it? Often the saving is in seats, not price."),
c("Sure. We pay for 120 seats. I'd guess half the people barely open it.", N),
t("Your admin data says 58 people used it in the last 90 days. Renew 70 seats and you save over 40%, double what he asked, and nobody active loses access."),
c("Huh. Better than a discount. But what happens when we hire?", N),
t("Add seats anytime at the same rate. I'll send the usage list so you can check nobody important is on the cut list."),
c("Send it. If it checks out, I'll take it to him next week.", TH),
], [o,
t("Understood. I can offer 10% off if you sign a two-year term. Would that work?"),
c("He said 20. And two years is a commitment he won't like.", TE),
t("Let me ask my manager. Maybe 15% on two years, or 12% on one."),
c("Okay. Send both and I'll show him.", TH),
t("Will do, by Friday."),
]))

o = c("We're looking at your recruiting platform because our time-to-hire is like 60 days. Our VP thinks a better tool will fix it.", N)
PAIRS.append(rpair("b167r_d02_austin_time_to_hire", "Recruiting platform, Austin: talent lead with slow hiring.", [o,
t("Sixty days is long. Do you know where candidates wait longest, sourcing, interviews or the offer?"),
c("Hmm. Probably between final interview and offer. Our VP approves every offer, and he travels a lot.", N),
t("Then a new sourcing tool won't move it much. Our offer-approval flow lets him approve from his phone in Slack. That's what I'd test first."),
c("Interesting. He'll ask why we need a whole platform for that.", NN),
t("Fair, you may not. Start with the approvals module alone, $200 a month, and see if the 60 days drops."),
c("That I can pitch. Let's set up a trial.", N),
], [o,
t("Lots of teams come to us for that. Our AI sourcing finds candidates three times faster, and scheduling books interviews automatically."),
c("Sounds good. What's the price for a team our size?", N),
t("For 15 hiring managers, about $1,100 a month. Want a trial?"),
c("Maybe. I need to show my VP the numbers first.", TH),
t("Sure, I'll send a proposal and a case study from a similar company."),
]))

o = c("We're leaving our colo in Tukwila. We need hosting with a data center in Canada too, because of a big Vancouver client. Can you do that?", N)
PAIRS.append(rpair("b167r_d03_seattle_canada_region", "Cloud hosting, Seattle: migration needing a Canadian region.", [o,
t("Honest answer: we don't have a Canadian region yet. It's planned, but I can't give you a date. How strict is the client about data staying in Canada?"),
c("Pretty strict. It's in their contract.", N),
t("Then I wouldn't move their data to us now. You could host the rest with us and keep them on a Canadian provider. What's the rest of the workload?"),
c("About 80% of it. Web apps and a couple of databases.", N),
t("That 80% fits us well. I'll quote just that, and we revisit Canada when it's real, not promised."),
c("I appreciate the honesty. Quote the 80%.", N),
], [o,
t("Canada is on our roadmap for next year, so you'd be covered. Meanwhile our Seattle region is very close to Vancouver."),
c("Close isn't in Canada. The contract is strict.", N),
t("Understood. Most clients are fine once they see our security certifications. I can send those for them."),
c("Sure, just email whatever you have. I'll look at some point.", BO),
t("Sure, I'll send the certificates and a quote for everything."),
]))

o = c("Five minutes between meetings. We're 50 people, our payroll provider's raising prices 30%. Give me the short version.", N)
PAIRS.append(rpair("b167r_d04_denver_busy_payroll", "Payroll SaaS, Denver: rushed COO on a call.", [o,
t("Short version: about $7 a person plus a $40 base. One question so I quote right, any states besides Colorado?"),
c("Colorado and two people in Utah.", N),
t("Both covered. I'll email a one-page quote with the Utah setup and switch timeline. If it looks right, 20 minutes next week with your controller?"),
c("Good. Ping me Thursday if I haven't replied, I'm drowning.", N),
t("Will do. Thursday, short email."),
c("Thanks.", N),
], [o,
t("Sure! Let me share my screen and walk you through the dashboard, it'll make more sense that way."),
c("I really don't have time for a screen share.", NT),
t("No problem. We're about $7 a person for 50. Multiple states?"),
c("Colorado and Utah. I have to jump.", NT),
t("Got it. I'll send our full deck and case studies."),
]))

o = c("I'll be honest, every security demo I've seen looks amazing on fake data. Why would yours be any different?", BE)
PAIRS.append(rpair("b167r_d05_sf_demo_sceptic", "Cloud security tool, San Francisco: security lead tired of demos.", [o,
t("Fair. On fake data it probably isn't. What did the last tool miss when you ran it for real?"),
c("It threw 400 alerts a day, all noise. My team of two stopped looking after a week.", BE),
t("So the question is whether two people can keep up, not detection. Skip the demo: connect one AWS account read-only for two weeks and count the alerts you'd act on."),
c("Read-only could get past our security review. Two weeks is fine.", N),
t("I'll send the read-only role and check in after three days with the alert count. If it's noise, tell me."),
c("Deal.", N),
], [o,
t("Good question. Our engine was built by ex-NSA engineers and had the lowest false-positive rate in the last industry test. Let me show you a live dashboard."),
c("That's what the last vendor said. Their tool threw 400 alerts a day.", BE),
t("Ours is tuned better. I can send the independent test report and set up a free trial."),
c("Send the report. I'll look when I can.", BO),
t("Sent. I'll follow up next week."),
]))

o = c("Hey, we want to replace all 25 laptops. They're three-year-old Dells and everyone says they're slow.", N)
PAIRS.append(rpair("b167r_d06_austin_slow_laptops", "Office IT provider, Austin: startup wants new laptops.", [o,
t("Happy to quote that. First, slow doing what? Sometimes three-year-old laptops just need more memory."),
c("Mostly on video calls with Figma open. Fans go crazy.", N),
t("Sounds like memory. If they're 8GB, going to 16 is about $80 each instead of $1,400 for a new one. Want me to test three first?"),
c("Our CFO would love that. Yes, check three.", N),
t("I'll come Tuesday, test three, and send you both options with prices."),
c("Perfect.", N),
], [o,
t("Sure. New ThinkPads are about $1,400 each, so $35,000 for 25, delivered in two weeks."),
c("That's 35 grand we don't have this year. Our CFO will say no.", NM),
t("We can lease instead, about $45 a laptop a month over three years."),
c("Maybe. Send both and I'll ask.", TH),
t("Will do, both in one email today."),
]))

o = c("Loved the demo. I think this is it. Can you send a contract?", N)
PAIRS.append(rpair("b167r_d07_seattle_hr_contract", "HR software, Seattle: keen champion asks for a contract.", [o,
t("Great to hear. Before I send it, who else signs off? I'd hate for it to stall in someone's inbox."),
c("Our CFO signs anything over $20k. And legal checks the data terms.", N),
t("Then let's get ahead of both. What does your CFO usually push on?"),
c("Payback. And she hates multi-year deals.", N),
t("I'll send a one-year contract, a payback sheet for her and our data terms for legal in one email. Want to add them to it now?"),
c("Yes, I'll add them. Good idea.", N),
], [o,
t("Fantastic! I'll send the three-year contract with the multi-year discount today."),
c("Great. I'll pass it on.", N),
t("Anything else you need from me?"),
c("Hmm, maybe something for our CFO. She's not a fan of multi-year.", TH),
t("I'll add a one-year option to the contract."),
]))

o = c("Heads up, we got a quote from another security vendor that's 25% cheaper. We might not renew.", TE)
PAIRS.append(rpair("b167r_d08_denver_renewal_competitor", "Endpoint security renewal, Denver: customer has a cheaper quote.", [o,
t("Thanks for telling me. Is price the main thing, or is there something else behind looking around?"),
c("Honestly? Your support took four days to answer us in October. That's what got the CFO asking.", BE),
t("Four days on a security tool isn't okay, I'm sorry. Was that the VPN agent ticket?"),
c("Yes. People were locked out.", N),
t("I'd offer named support with a four-hour response and close part of the price gap. But first let me show you what changed since October."),
c("Okay, show me. No promises.", TH),
], [o,
t("I understand. Let me see what I can do. I can offer 15% off if you renew for two years."),
c("Still more than the other quote.", TE),
t("Our platform is more complete, though. Theirs has no mobile device coverage."),
c("Maybe. I'll compare the two and get back to you.", TH),
t("Sure. I'll send a side-by-side sheet today."),
]))

o = c("hey im building an mvp solo. do i need your pro plan for analytics or is free ok", N)
PAIRS.append(rpair("b167r_d09_chat_mvp_analytics", "Product analytics web chat: solo founder.", [o,
t("depends a bit. how many users do you expect in the next 3 months"),
c("like 500 if im lucky. i just want to see where people drop off in signup", N),
t("then free is fine, it has 10k events a month and funnels. pro only matters for longer history or a team"),
c("oh nice. what happens if i go over", N),
t("it pauses collecting till next month, no surprise charge. ill email you at 80%"),
c("perfect thanks", N),
], [o,
t("pro is the best pick for founders serious about growth, it has everything"),
c("how much is it", N),
t("49 a month, with a free 14 day trial"),
c("hmm thats a lot for me right now but ill try the trial", NM),
t("great, heres the link"),
]))

o = c("Your API has been returning 500 errors since about 9am. Our checkout is down. Is there an outage?", N)
PAIRS.append(rpair("b167r_d10_sf_api_errors", "Payments API support, San Francisco: checkout failing.", [o,
t("Our status page is green, so let's check your calls too. Which endpoint, and do you have a request ID from an error?"),
c("The payments endpoint. Request ID req_8f2a1.", N),
t("Thanks. Those requests hit our old v1 endpoint, retired this morning after the email notices. Your checkout needs to point at v2."),
c("We missed those emails, I guess. How long is the change?", N),
t("One URL and a header. I'll switch v1 back on for your account for 48 hours so checkout works now, and send your devs the exact change."),
c("Thank you. You just saved our day.", N),
], [o,
t("Our status page shows no outage, so it's likely on your side. Can you check your recent deployments?"),
c("We haven't deployed since Friday.", N),
t("Okay. I'll escalate to engineering and they'll look into it, usually within 24 hours."),
c("24 hours? Our checkout is down right now.", N),
t("I understand. I've marked it high priority."),
]))
