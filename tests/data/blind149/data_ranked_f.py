"""b149 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []
A = PAIRS.append

# f01 argues with the customer
o = c("my mobile deposit got rejected and now my rent check is gonna bounce. what the heck", None)
t1 = t("Sorry, that's stressful with rent due. What did the rejection say, if anything?")
c1 = c("it said image unreadable. the pic looked fine to me", None)
t3 = t("Let's try once more, on a dark table with no flash, and I'll watch for it here.")
c3 = c("ok sent it again", None)
t4 = t("Got it, it came through. I've marked it for same-day credit so your rent check clears.")
A(rpair("b149r_f01_dearborn_mobile_deposit",
  "Credit union, Dearborn MI, app chat: a member's mobile deposit was rejected.",
  [o, t1, c1, t("I believe you; the app is picky about glare even when the photo looks fine. I can see a shine across the amount."),
   c("ugh ok. so what do i do", None), t3, c3, t4],
  [o, t1, c1, t("If it says unreadable, the picture wasn't fine. Our system doesn't reject good images."),
   c("it was fine. i took it three times. are you calling me a liar", None), t3, c3, t4]))

# f02 doubts the customer's honesty
o = c("Hi, I'd like to return this faucet. Wrong finish, my wife wanted brushed nickel. No receipt, sorry.", None)
t1 = t("No problem. Is the box unopened, and did you pay by card?")
c1 = c("Unopened. Debit card, last Saturday I think.", None)
t3 = t("Found it, Saturday, 129. Refund, or the brushed nickel one? Same price, in stock.")
c3 = c("She's also eyeing one online, so just refund it for now. She'll decide.", "think_it_over")
t4 = t("Sure, 129 back to your card. If you come back for the nickel one, it's aisle 9.")
A(rpair("b149r_f02_springfield_faucet_return",
  "Hardware store, Springfield IL, returns counter: a faucet return without receipt.",
  [o, t1, c1, t("Then I can look it up by the card. Could you swipe it here?"),
   c("Oh, easy. There you go.", None), t3, c3, t4],
  [o, t1, c1, t("How do I know you bought it here and not somewhere cheaper? Swipe the card and we'll see."),
   c("Wow. Okay. There. I'm not trying to scam you, buddy.", None), t3, c3, t4]))

# f03 drops the price before asking anything
o = c("Hi, it's Linda from Charter Oak Property. Our renewal is next month and I've been told to review all vendors.", None)
t2 = t("Tell me more about clunky. What are tenants trying to do when they give up?")
c2 = c("Uploading photos of a leak or whatever. It times out on their phones.", None)
t3 = t("That's a known issue on older phones; the fix ships next month. For your review I'll put the fix date and your team's usage numbers in writing, so the owners see what they get.")
c3 = c("That helps me make the case. Send it.", None)
A(rpair("b149r_f03_hartford_property_saas_renewal",
  "B2B maintenance-request software, Hartford CT, phone: a renewal under vendor review.",
  [o, t("Thanks for the heads-up, Linda. What's behind the review, budget, or is something not working for your team?"),
   c("The owners want every vendor to sharpen their pencil. And honestly tenants say the app is clunky.", "too_expensive"), t2, c2, t3, c3],
  [o, t("Understood, Linda. I can take 15 percent off the renewal right now if that helps."),
   c("Oh. Well, sure, I'll take it. Though tenants say the app is clunky.", None), t2, c2, t3, c3]))

# f04 unasked lecture
o = c("Hi, I need to reschedule my cleaning. I missed the last one, work's been insane.", None)
t1 = t("No problem, it happens. Are mornings or after work easier for you?")
c1 = c("After work. I'm a nurse, off at 3:30 most days, but I pick up a lot of extra shifts.", None)
t3 = t("You're booked for the 22nd at 4:15, with a text reminder the day before. Anything the hygienist should know?")
c3 = c("My insurance changed in January. Does that matter?", None)
t4 = t("Good catch. Text me a photo of the new card and I'll check it before you come.")
A(rpair("b149r_f04_buffalo_cleaning_reschedule",
  "Dental office, Buffalo NY, phone: a nurse reschedules a missed cleaning.",
  [o, t1, c1, t("We have 4:15 on Wednesdays. Would the 22nd work?"),
   c("The 22nd is good.", None), t3, c3, t4],
  [o, t1, c1, t("We have 4:15 on Wednesdays. You know, skipping cleanings is how gum disease starts, and that's linked to heart disease. Six months is the max. Would the 22nd work?"),
   c("I'm a nurse. I know. The 22nd is fine.", None), t3, c3, t4]))

# f05 vague next step
o = c("You guys came out Monday to look at our roof. Haven't heard a thing. Where's my estimate?", None)
t1 = t("Sorry for the wait. It's ready: full replacement, architectural shingles, 14,800 with tear-off and permits.")
c1 = c("Fourteen-eight. The other guy was twelve-five.", "too_expensive")
t2 = t("Fair to compare. Does his include tear-off, ice and water shield, and the permit? That's usually where quotes differ.")
c2 = c("I'd have to check. And I gotta talk it over with my wife anyway.", "think_it_over")
A(rpair("b149r_f05_islip_roof_estimate",
  "Roofing contractor, Islip NY, phone: a homeowner chases a late estimate.",
  [o, t1, c1, t2, c2, t("Of course. I'll email you both a line-by-line breakdown today to set next to his, and call Friday at 6 for questions. Does that work?"),
   c("Friday at 6 is fine.", None)],
  [o, t1, c1, t2, c2, t("Of course. Take your time, talk it over, and we'll be in touch at some point."),
   c("Okay... so should I call you, or?", None)]))

# f06 over-promises
o = c("I'm moving from Astoria to Philly on the 30th. Nervous. Last movers broke my TV and showed up four hours late.", "bad_experience")
t1 = t("That sounds awful, sorry. What matters most this time, timing, or particular things?")
c1 = c("Both. 65-inch TV and a glass desk. And the building only gives me the elevator 9 to 1.", None)
t3 = t("For the TV and desk we use wooden crates, 85 extra. Want them added?")
c3 = c("85, hmm. Yeah, okay, add them.", None)
t4 = t("Done. Confirmation comes by email tonight with the crew lead's number.")
A(rpair("b149r_f06_astoria_philly_move",
  "Moving company, New York NY, phone: a customer burned by movers before.",
  [o, t1, c1, t("Here's what I can promise: your crew starts with you at 8:30, first job, so they're not coming off another move. Traffic I can't control, but dispatch texts you when they leave."),
   c("Okay. That's honest, at least.", None), t3, c3, t4],
  [o, t1, c1, t("No worries, I guarantee it: the crew is there at 9 on the dot, and nothing gets a scratch. Zero damage, 100 percent."),
   c("The last guys said that too.", "bad_experience"), t3, c3, t4]))

# f07 closes before checking the product works for them
o = c("We're a roofing outfit, 25 guys. We need a time clock app that sends hours to payroll. How soon can we start?", None)
t1 = t("Glad to help. What do you run payroll on today?")
c1 = c("QuickBooks Desktop, 2019 version. My bookkeeper won't touch the online one.", None)
t3 = t("If the sync won't take your version, the fallback is a file she imports each payday, about ten minutes.")
c3 = c("Ten minutes every week? She'd hate that. I'd rather hold off till we know.", "think_it_over")
t4 = t("Fair. Let's see what the connector does first, and talk after.")
A(rpair("b149r_f07_cleveland_timeclock_saas",
  "B2B time-clock software, Cleveland OH, phone: a roofing contractor needs hours sent to payroll.",
  [o, t1, c1, t("Thanks. Our sync supports Desktop 2021 and newer, so 2019 may not connect. Before you pay anything, can your bookkeeper try the free connector this week?"),
   c("Huh, good thing you asked. She can try it Wednesday.", None), t3, c3, t4],
  [o, t1, c1, t("Great, we integrate with QuickBooks. I can set you up today on the annual plan, 6 a user a month. Card or ACH?"),
   c("Card, I guess. Wait, does it work with the 2019 one?", None), t3, c3, t4]))

# f08 recommends before asking
o = c("Hi, I'm new to Michigan, first winter here. Do I need to sign up for plowing, or how does this work?", None)
t2 = t("With a bad back and no rush, per-push plowing after 2 inches, 40 a visit, probably fits. Ann Arbor gets maybe 10 to 12 pushes a winter.")
c2 = c("So like 450 a year. Or I buy a snowblower, a friend said they're 700.", None)
t3 = t("A snowblower still means wrestling a heavy machine with that back. Per-push has no contract, so you can stop anytime.")
c3 = c("No contract, okay. Let's do per-push.", None)
A(rpair("b149r_f08_annarbor_first_winter",
  "Snow removal, Ann Arbor MI, phone: a newcomer asks how plowing works.",
  [o, t("Welcome! Depends on your place. How long is the driveway, and do you have to be out early?"),
   c("Short, one car. I work from home, so no rush. I do have a bad back though.", None), t2, c2, t3, c3],
  [o, t("Welcome! Most people go with our seasonal contract, 650, unlimited pushes. Want me to sign you up?"),
   c("650? I don't even know how much it snows. Short driveway, I work from home. Bad back, though.", "too_expensive"), t2, c2, t3, c3]))

# f09 unexplained jargon
o = c("Hi, I want to buy my first house. My friend say I should talk to the bank first. I don't know where to start.", None)
t1 = t("Good idea to start here. Do you know about what price, and how much you saved for the down payment?")
c1 = c("Maybe 400 thousand. I have 30 thousand saved. I work construction, paid by the job sometimes.", None)
t3 = t("Next step is a preapproval. It's free and takes about a week. Can you bring your last two tax returns Thursday?")
c3 = c("Thursday I work until six. Saturday is possible?", "no_time")
t4 = t("Saturday at 10 works. I'll send you a list of what to bring.")
A(rpair("b149r_f09_framingham_first_mortgage",
  "Community bank, Framingham MA, phone: a Brazilian-born first-time buyer.",
  [o, t1, c1, t("Thanks. 30,000 down is about 7 percent. Under 20 percent, the bank adds a monthly insurance charge, maybe 150. And since your pay varies, we use two years of tax returns to show income."),
   c("Okay, I understand. 150 more each month, hmm.", None), t3, c3, t4],
  [o, t1, c1, t("Thanks. With 30 down you're at 93 LTV, so PMI applies, and since you're 1099 we'll need two years of Schedule C to calc qualifying income for DTI."),
   c("Sorry, I don't understand these letters. Maybe I come back with my friend.", "think_it_over"), t3, c3, t4]))

# f10 talks about themselves
o = c("Hey, I work from home now and my internet drops every afternoon. I'm in Barre. Is there a better plan?", None)
t1 = t("Sorry, drops mid-day are rough when you work from home. What plan are you on, and what's happening when it drops?")
c1 = c("The 100 meg plan. Zoom freezes around 3, when my kids get home and start gaming.", None)
t3 = t("Before upgrading, try a 30-dollar cable or a mesh point near your office; a faster plan won't fix weak signal upstairs. If it still drops, the 300 plan is 20 more a month.")
c3 = c("Twenty more a month I'd rather not spend. I'll try the cable first.", "too_expensive")
t4 = t("Sounds good. I'll note the account; if it still drops, call and we'll run a line test.")
A(rpair("b149r_f10_barre_home_internet",
  "Internet provider, Barre VT, phone: a remote worker's connection drops.",
  [o, t1, c1, t("So it's worse once the kids are online, and your calls can't freeze. Is your computer on WiFi or plugged in?"),
   c("WiFi. Router's downstairs, my office is upstairs.", None), t3, c3, t4],
  [o, t1, c1, t("Oh man, I get it. I work from home two days a week, my son plays Fortnite all afternoon. I got the 500 plan and a mesh system, best thing I ever did."),
   c("Okay... good for you. The router's downstairs and I'm upstairs, if that matters.", None), t3, c3, t4]))
