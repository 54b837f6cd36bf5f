from common import c, rpair, t

P = "b183r_"
PAIRS = []

# f01: worse drops the price before asking anything.
o = c("Um, hi. I've just bought a flat and the broker said I should get life insurance? I don't really know much about it.", None)
s1 = t("Let's work that out. Is anyone relying on your income, a partner, or anyone who'd be left with the mortgage?")
s2 = c("Not really, it's just me. My mum put in twenty thousand for the deposit though.", None)
s3 = t("Then the question is whether you'd want your mum to get that back. If not, you may not need cover yet. Would you?")
s4 = c("She'd say no, but I'd want her to. Could it just cover that bit?", None)
s5 = t("It could. Twenty thousand is usually a few pounds a month. I'll email a quote and a one-page explainer, no rush.")
PAIRS.append(rpair(P + "f01_phone_life_first_flat",
 "A shy first-time buyer in Bristol rings about life insurance after buying a flat.", [
 o, t("Congratulations on the flat. Happy to explain how it works, no pressure."),
 c("Thanks. I'm not even sure I need one, to be honest.", "no_need"), s1, s2, s3, s4, s5,
], [
 o, t("Congratulations! Good news, I can knock 20% off any policy if you sign up this month."),
 c("Oh. Twenty percent off what? I'm not even sure I need one.", "no_need"), s1, s2, s3, s4, s5,
]))

# f02: worse uses unexplained jargon.
o = c("Hi, I'm a dental hygienist and I'm looking into disability insurance. My hands are basically my whole career.", None)
s1 = t("Exactly the right reason to look. Do you have anything through work now?")
s2 = c("Short-term disability through the practice, twelve weeks I think. Nothing long-term.", None)
s4 = t("For about $4,000 a month of benefit, roughly $120 to $150 a month, depending on health.")
s5 = c("That's a chunk. I'd have to see where it fits in my budget.", "no_money")
s6 = t("Fair. I'll send a lower-benefit option too, so you can see the range.")
PAIRS.append(rpair(P + "f02_video_disability_hygienist",
 "A dental hygienist in Minnesota asks about long-term disability cover.", [
 o, s1, s2,
 t("Then a long-term policy that pays after those twelve weeks fits. The key for you: it should pay if you can't work as a hygienist, even if you could do another job. That's called own-occupation cover."),
 c("Okay, that makes sense. What would it cost?", None), s4, s5, s6,
], [
 o, s1, s2,
 t("Then you want an LTD with a 90-day EP, true own-occ, residual and COLA riders, non-can and guaranteed renewable."),
 c("Sorry, I didn't follow any of that. What would it cost?", None), s4, s5, s6,
]))

# f03: worse gives a vague next step.
o = c("Hi, I'm a self-employed photographer in Vancouver and two banks turned me down for a mortgage. I'm kind of at the end of my rope.", None)
s1 = t("That's discouraging, but common for self-employed people. How long have you been on your own, and what do your tax returns show?")
s2 = c("Four years. But my accountant writes a lot off, so my taxable income's only like 45k.", None)
s3 = t("That's usually the issue. Some lenders look at business income for self-employed people with good credit and 20% down. What's your down payment?")
s4 = c("About 160k, on a 700k condo.", None)
PAIRS.append(rpair(P + "f03_phone_broker_selfemployed_photographer",
 "A self-employed photographer refused by two banks calls a mortgage broker.", [
 o, s1, s2, s3, s4,
 t("That's just over 20%, which opens up those lenders. I'll send a document list tonight, and once I have them I'll call you by Friday with which lenders said yes."),
 c("Friday. Okay, I can get those together.", None),
], [
 o, s1, s2, s3, s4,
 t("That's just over 20%, which opens up those lenders. We'll look into it and be in touch."),
 c("Be in touch when? The banks said that too and I never heard back.", "bad_experience"),
]))

# f04: worse over-promises.
o = c("Hello. I've four old workplace pensions from different jobs and I want them all in one place. Can you do that?", None)
s1 = t("We can. Before moving anything: do any have guarantees, like a guaranteed annuity rate, or exit fees?")
s2 = c("No idea. One's from the nineties, with an insurance company.", None)
s3 = t("That's the one to check. Older policies sometimes hold valuable guarantees. I'd request details from each provider first; it takes about four weeks.")
s4 = c("Four weeks is fine. What's your fee for all this?", None)
PAIRS.append(rpair(P + "f04_phone_pension_consolidation",
 "A woman in Glasgow wants to combine four old workplace pensions.", [
 o, s1, s2, s3, s4,
 t("1% of what we move, then 0.5% a year. I can't promise the new fund will beat the old ones, but it'll be cheaper and easier to keep an eye on."),
 c("That's honest at least. Let me talk to my husband and come back to you.", "think_it_over"),
], [
 o, s1, s2, s3, s4,
 t("1% of what we move, then 0.5% a year. Honestly, you'll definitely be better off; our fund's beaten all those old ones for years."),
 c("Definitely? My last adviser said that about an endowment. Didn't turn out that way.", "bad_experience"),
]))

# f05: worse gives an unasked lecture.
o = c("Hi, I'm calling for my dad. He's 82 and wants to prepay his funeral. He asked me to get prices.", None)
s1 = t("Thanks for calling for him. Does he know what kind of service he'd want?")
s2 = c("Cremation, and a small gathering at his church. He's very clear.", None)
s4 = t("It's held in a state-regulated trust, not by us, so it's protected if we close. I'll send the trust details.")
s5 = c("Good. Send it to him directly, he reads every word.", None)
PAIRS.append(rpair(P + "f05_phone_preneed_for_father",
 "A daughter in Pennsylvania gets preneed funeral prices for her father.", [
 o, s1, s2,
 t("That helps. Direct cremation is $2,900, and a memorial at his church about $900 more. Prepaying locks the price."),
 c("Okay. Where does the money go if the funeral home closes?", None), s4, s5,
], [
 o, s1, s2,
 t("That helps. You know, lots of families leave this too late and end up fighting, and people overspend terribly when they're grieving. So it's good he's thinking ahead. Anyway, cremation is $2,900, plus about $900 for a memorial."),
 c("We're not fighting about anything. Where does the money go if you close, though?", None), s4, s5,
]))

# f06: worse doubts the customer's honesty.
o = c("Hiya, I'm applying for critical illness cover online and it's asking about my health. Can I talk it through with someone?", None)
s1 = t("Of course. Which part's tricky?")
s2 = c("It asks if I've seen a doctor in five years. I haven't, except for a sprained ankle.", None)
s4 = t("Usually you get a decision online straight away. If they want more, they write to your GP, which can take a few weeks.")
s5 = c("Fine. I'll do it tonight after work.", None)
PAIRS.append(rpair(P + "f06_phone_ci_application_help",
 "A warehouse worker in Coventry needs help with the health questions on an application.", [
 o, s1, s2,
 t("A healed sprain is worth mentioning but unlikely to matter. Put the date and 'fully recovered'."),
 c("Okay, easy. How long does the decision take?", None), s4, s5,
], [
 o, s1, s2,
 t("Really? Nothing else in five years? Most people have something. Are you sure you're not forgetting anything?"),
 c("I'm sure. I just don't go to the doctor. Why would I lie?", None), s4, s5,
]))

# f07: worse argues with the customer.
o = c("Hi, our renewal came in $600 higher. Calgary, no claims. I want to understand it before I shop around.", "think_it_over")
s1 = t("Thanks for calling us first. Can you confirm the address and the year of the roof?")
s2 = c("4 Cedarwood Place. Roof's original, 2004.", None)
s3 = t("That's part of it. Calgary's had heavy hail claims, and older roofs are rated higher. The rest is rebuild costs.")
s4 = c("That doesn't seem fair. Our roof's never leaked. Six hundred is a lot.", "too_expensive")
PAIRS.append(rpair(P + "f07_phone_home_renewal_hail",
 "A homeowner in Calgary asks why the home renewal rose $600.", [
 o, s1, s2, s3, s4,
 t("I get it, it's frustrating to pay for hail you haven't had. Impact-resistant shingles would earn about 20% off, and meanwhile a higher deductible cuts $180."),
 c("We were thinking of a new roof anyway. Send me the numbers and I'll compare.", "think_it_over"),
], [
 o, s1, s2, s3, s4,
 t("Well, it is fair. Hail doesn't care whether your roof leaked before. A 2004 roof is a risk, that's just the facts."),
 c("I didn't call to be argued with. Cancel the renewal.", None),
]))

# f08: worse talks about themselves.
o = c("Hi, I'm a nurse, recently divorced, and I've half of our investments now, about 300k. I've never managed money myself.", None)
s1 = t("Thanks for telling me. That's a big change. What would you like this money to do for you?")
s2 = c("Honestly, just not disappear. And retire at 62 if I can. I'm 48.", None)
s4 = t("Together that's a solid start. I'd build a one-time plan for retiring at 62, for $2,000, and you don't have to invest with me after.")
s5 = c("Okay. I want to talk to my sister first, she went through a divorce too.", "think_it_over")
PAIRS.append(rpair(P + "f08_video_adviser_divorced_nurse",
 "A recently divorced nurse in Illinois meets a wealth adviser for the first time.", [
 o, s1, s2,
 t("So safety first, and retiring at 62. Do you have a workplace plan too?"),
 c("Yes, a 403(b) at the hospital, about 90k.", None), s4, s5,
], [
 o, s1, s2,
 t("I hear that a lot. I've done this twenty-two years, I'm a CFP, the business journal named me a top adviser, and I've managed money through three crashes."),
 c("Okay... that's nice. I have a 403(b) at the hospital too, about 90k.", None), s4, s5,
]))

# f09: worse closes before checking the cover fits.
o = c("Hi, I'm moving into a rented flat next week and need contents insurance. I work from home as a video editor.", None)
s1 = t("Thanks. Roughly what would it cost to replace everything you own, furniture, clothes, tech?")
s2 = c("Maybe 25 grand. The editing kit's about 9 of that.", None)
s5 = t("Standard cover only includes £2,500 of business equipment, so you'd need the home-worker add-on, £4 a month more.")
s6 = c("Eighteen a month then. Okay, set it up.", None)
PAIRS.append(rpair(P + "f09_phone_contents_home_worker",
 "A freelance video editor in Manchester needs contents cover that includes work kit.", [
 o, s1, s2,
 t("Standard contents for £25,000 is £14 a month. Before you decide, one check: is the editing kit used for paid work?"),
 c("Yes, it's all work kit.", None), s5, s6,
], [
 o, s1, s2,
 t("Standard contents for £25,000 is £14 a month. Shall I set that up now so you're covered for the move?"),
 c("Hang on, does that cover my editing kit? It's for work.", None), s5, s6,
]))

# f10: worse recommends before asking.
o = c("Come on in. We've a new baby, and my father-in-law says we need whole life. We don't really know.", None)
s1 = t("Whole life for $500,000 on each of you would be around $700 a month. Twenty-year term, same amount, about $60.")
s2 = c("Seven hundred? No way. We can't do that.", "no_money")
s3 = t("Understood. Term covers the mortgage years for far less. I'll send both so you can show your father-in-law.")
s4 = c("Good, he'll want to see it. He means well.", None)
PAIRS.append(rpair(P + "f10_kitchen_life_new_baby",
 "New parents in Saskatoon on a tight budget were told by family to buy whole life.", [
 o, t("Congratulations! Before anything about whole life, what would you want the insurance to do?"),
 c("Pay off the house if something happened. And money's tight with the baby.", None), s1, s2, s3, s4,
], [
 o, t("Congratulations! Your father-in-law's right, whole life is best for a young family. It's permanent and builds cash value."),
 c("Permanent sounds nice, but money's tight with the baby. How much is it?", None), s1, s2, s3, s4,
]))
