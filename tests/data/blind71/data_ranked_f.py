"""Ranked pairs f01-f10 (b71): both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 -- fault: unexplained legal jargon
o = c("Hi, I've been offered a job at a fintech and the contract says I can't work for a competitor for twelve "
      "months after I leave. Is that normal? I have to sign by Friday.", None)
t1 = t("Hi, thanks for getting in touch before signing. Could you paste the clause, and tell me a bit about the role "
       "and what you'd likely do if you left?")
c2 = c("Senior developer. If I left I'd probably go to another payments company, that's my whole field. Clause "
       "pasted below.", None)
t3 = t("Thanks. Did they say anything about the clause when they made the offer? And is anything else in the "
       "contract bothering you?")
c4 = c("The recruiter said it's standard and everyone signs it. The rest looks fine. I just don't want to be stuck "
       "for a year with no job.", None)
good5 = t("Plain version: a twelve-month ban on working for any competitor, anywhere, is wide. Irish courts often "
          "refuse to enforce clauses that stop you earning a living in your own field, but often isn't always. So "
          "it's worth asking them to narrow it before you sign: six months, direct competitors only.")
bad5 = t("In short: it's a post-termination restrictive covenant; absent a legitimate proprietary interest and "
         "proportionality it's likely void for restraint of trade, though severance could salvage it. I'd seek a "
         "narrower scope prior to execution.")
good6 = c("Okay, that makes sense. Won't they just pull the offer if I push back?", None)
bad6 = c("Sorry, I didn't follow most of that. Is it normal or not? Should I sign it?", None)
t7 = t("Don't sign it as it stands. I can draft a short, polite email for you to send, asking for six months and "
       "direct competitors only; people rarely lose an offer over a request like that. You'd have it tomorrow "
       "morning, fixed fee 150 euros.")
PAIRS.append(rpair(
    "b71r_f01_dublin_non_compete",
    "Employment solicitors, Dublin (Ireland): a developer asks about a twelve-month non-compete clause.",
    [o, t1, c2, t3, c4, good5, good6, t7], [o, t1, c2, t3, c4, bad5, bad6, t7]))

# f02 -- fault: drops the price before asking anything
o = c("Hei. I manage three cafés in Grünerløkka. We're not unhappy with our bread supplier, but I'm curious what "
      "you could offer. Mainly sourdough and cinnamon buns.", "no_need")
good1 = t("Hei, thanks for asking. Since you're not unhappy now, what would make a change worth it for you: quality, "
          "price, delivery times?")
bad1 = t("Hei, thanks for asking! I can tell you straight away: we'll be ten percent cheaper than whoever you use "
         "now, and delivery is free for the first three months.")
good2 = c("Honestly, consistency. Some days the buns are perfect, some days dry. And they deliver at seven, when we "
          "open.", None)
bad2 = c("Ten percent cheaper than what? You don't know what I pay. Price isn't really it anyway. It's "
         "consistency, and they deliver at seven, when we open.", None)
t3 = t("So consistent buns, and delivery before opening rather than at it. Ours are baked from three and we reach "
       "Grünerløkka by quarter past six. Roughly how many buns and loaves a day across the three?")
c4 = c("About 150 buns and 30 loaves a day, more at weekends. We pay around 16 kroner a bun.", None)
t5 = t("Price we can settle once you've tasted them. The fairest test is a week in one café, side by side with "
       "your current buns, and your staff and customers decide.")
c6 = c("A week, fine. But I won't move all three cafés until I've seen a full week.", "think_it_over")
t7 = t("That's exactly the point of it. I'll bring the first delivery on Monday at quarter past six and call you "
       "on Friday to hear what people thought.")
PAIRS.append(rpair(
    "b71r_f02_oslo_cafe_bread_switch",
    "Wholesale bakery, Oslo (Norway): a café manager, content with her supplier, is curious.",
    [o, good1, good2, t3, c4, t5, c6, t7], [o, bad1, bad2, t3, c4, t5, c6, t7]))

# f03 -- fault: over-promises (guaranteed zero downtime)
o = c("Grüß Gott. We're a dental practice with five treatment rooms. The X-ray software and the patient records run "
      "on a server in the cellar. Our IT company is retiring; we need someone new from July.", None)
t1 = t("Grüß Gott, thank you. What matters most to you day to day: the X-ray and records working during consulting "
       "hours, or other things as well?")
c2 = c("That everything works when a patient is in the chair. If the X-ray software stops, we send people home. "
       "That happened twice last year, half a day each.", None)
t3 = t("Two half-days lost. Do you know what caused them, the server or the software itself?")
c4 = c("Once a disk in the server, once an update of the X-ray software that went wrong. Our IT man fixed both, but "
       "it took hours.", None)
good5 = t("Then two things would help: a mirrored disk with monitoring, so we see a disk failing before it stops, "
          "and testing updates on a copy before they reach the practice. I can't promise it never stops, nobody "
          "honestly can, but our contract has a two-hour on-site response in consulting hours.")
bad5 = t("With us that won't happen again, I can guarantee it: our monitoring and update management mean zero "
         "downtime. Your practice will simply always run.")
good6 = c("Two hours on site, that's better than now. What would it cost?", None)
bad6 = c("Always? Nothing always runs. I'd rather hear something realistic. And what would it cost?", None)
t7 = t("For five rooms, 390 euros a month including monitoring and update testing, plus a one-off check of the "
       "server for 480. Could I come one evening after consulting hours to look at it?")
PAIRS.append(rpair(
    "b71r_f03_munich_dental_it",
    "IT support company, Munich (Germany): a dental practice needs a new IT provider.",
    [o, t1, c2, t3, c4, good5, good6, t7], [o, t1, c2, t3, c4, bad5, bad6, t7]))

# f04 -- fault: vague next step
o = c("Hello. This is Nakamura, Nakamura Plating in Higashiosaka. Our electricity bill went up thirty percent this "
      "year. I'd like to know if changing our contract can help. We are small, twenty workers.", None)
t1 = t("Thank you for calling, Nakamura-san. Which contract are you on now, and when do the plating lines run?")
c2 = c("High-voltage contract, 200 kilowatts. The lines run eight to five, and the tank heaters start at six in "
       "the morning.", None)
t3 = t("So the big load is the heaters at six and the day shift. For plating, the morning heat-up often sets the "
       "peak 30-minute demand, and that peak decides your basic charge for the whole year. Did you know that?")
c4 = c("I did not know. Honestly, two years ago we changed to a new supplier and after one year it became more "
       "expensive.", "bad_experience")
good5 = t("That happens when the price follows the market. Before changing supplier, starting the heaters in turns "
          "could lower the peak by itself. If you send me twelve months of 30-minute data by Friday, I'll come to "
          "the factory on Wednesday the 14th at ten with a heater schedule, the saving in yen, and two supplier "
          "offers side by side.")
bad5 = t("That happens when the price follows the market. Before changing supplier, starting the heaters in turns "
         "could lower the peak by itself. Please send us your usage data whenever it's convenient, and we'll look "
         "into it and get back to you with some ideas.")
good6 = c("Wednesday at ten is good. My daughter can download the data, she does the computer.", None)
bad6 = c("Get back when? The next bill comes at the end of the month. My daughter can download the data, but then "
         "what happens?", None)
PAIRS.append(rpair(
    "b71r_f04_higashiosaka_plating_power",
    "Energy consultancy, Osaka (Japan): a small plating works asks about a rising power bill.",
    [o, t1, c2, t3, c4, good5, good6], [o, t1, c2, t3, c4, bad5, bad6]))

# f05 -- fault: an unasked lecture
o = c("Hej. My father had a stroke in January, and the hospital says he can't go home alone. The municipality "
      "offered a place at your home. I'd like to see it before we say yes.", None)
t1 = t("Hej, of course, and good that you want to see it first. How is your father now, and what does he think "
       "about moving?")
c2 = c("He's weak on the left side, uses a walker. He's sad about leaving the flat, he's lived there forty years.",
       None)
t3 = t("Forty years, that's a big move. What matters most to him in a day? What would make this place feel less "
       "strange?")
c4 = c("His newspaper every morning, Göteborgs-Posten. His radio. And his own coffee, very strong.", None)
good5 = t("Those are easy: we can have his paper delivered to his room, the radio comes with him, and the kitchen "
          "will make his coffee his way. Would you both like to visit on Thursday afternoon, when it's quiet?")
bad5 = t("Those are easy. You know, we see this a lot: families wait too long after a stroke, and the longer older "
         "people stay isolated at home, the faster they decline. Moving early really is best, the research is "
         "clear. Would you both like to visit on Thursday afternoon?")
good6 = c("Thursday works. I'll bring him after lunch.", None)
bad6 = c("We didn't wait, it happened in January. I didn't ask for a lecture. Thursday, maybe. I'll see how he "
         "feels.", "think_it_over")
PAIRS.append(rpair(
    "b71r_f05_gothenburg_care_home_visit",
    "Municipal care home, Gothenburg (Sweden): a daughter wants to see the home offered to her father after a "
    "stroke.",
    [o, t1, c2, t3, c4, good5, good6], [o, t1, c2, t3, c4, bad5, bad6]))

# f06 -- fault: doubts the customer's honesty
o = c("Hello. I own a Korean barbecue restaurant in Mapo. The tax office sent a letter, they want to check my card "
      "sales and cash sales for 2023. I am worried.", None)
t1 = t("Hello. I understand, these letters are worrying. May I see it? And who did your tax filing for 2023?")
c2 = c("Here. My cousin did it. He is not an accountant, he just helped. The cash I wrote in a notebook every day.",
       None)
t3 = t("Thank you. This is a request to verify sales, not a penalty. A daily notebook is good news. Do you also "
       "have the POS records and the card company statements?")
c4 = c("The POS, yes. Card statements I can download. But honestly, accountant fees also worry me. Business was "
       "slow last year.", "no_money")
good5 = t("Understandable. For a verification like this we compare the notebook, the POS and the card data and "
          "prepare the reply, a fixed 800,000 won. If we find gaps, I'll tell you before anything is sent.")
bad5 = t("Understandable. Before we go further I have to ask: is the notebook complete? Restaurant owners often "
         "leave some cash out, and I'd rather know now. Preparing the reply is a fixed 800,000 won.")
good6 = c("800,000... okay. I can bring everything on Monday.", None)
bad6 = c("I wrote every day. Every won. If you don't believe me, why would I pay you?", None)
PAIRS.append(rpair(
    "b71r_f06_seoul_restaurant_tax_check",
    "Tax accountants, Seoul (South Korea): a restaurant owner has a sales verification letter.",
    [o, t1, c2, t3, c4, good5, good6], [o, t1, c2, t3, c4, bad5, bad6]))

# f07 -- fault: argues with the customer
o = c("Bonjour, hi. My wife and I want to do the Glacier Express in Switzerland in December, for our fortieth "
      "anniversary. I'd like you to book it with the hotels.", None)
t1 = t("Bonjour, and congratulations on forty years! How many days do you have, and where would you like to start "
       "and finish?")
c2 = c("Ten days. Fly into Zurich, out of Geneva. Nothing rushed, my wife has arthritis in her hands and knees.",
       None)
t3 = t("Ten days, Zurich to Geneva, at a gentle pace. On the Glacier Express, would you like first class, or "
       "Excellence class with the private service?")
c4 = c("First class is enough. Excellence is about 700 more per person, I saw. We don't need champagne.", "no_need")
good5 = t("First class it is. December means short days and snow, beautiful from the train; I'd add a night in St. "
          "Moritz and one in Zermatt, so nobody rushes with luggage. Shall I price that?")
bad5 = t("Honestly, I'd push back on that. For a fortieth, skipping Excellence is a false economy; you'll regret it "
         "when you see the other carriage. I really think you're wrong on this one.")
good6 = c("Yes, price it. A night in each sounds right for her knees.", None)
bad6 = c("With respect, it's our anniversary and our money. First class, please, or we'll find another agent.",
         None)
PAIRS.append(rpair(
    "b71r_f07_montreal_glacier_express",
    "Travel agency, Montreal (Canada): a man books a Swiss rail trip for his fortieth anniversary.",
    [o, t1, c2, t3, c4, good5, good6], [o, t1, c2, t3, c4, bad5, bad6]))

# f08 -- fault: closes before checking the product works
o = c("Bom dia. We are a wine producer in the Douro. Our six-bottle cartons have breakages in export, mostly to "
      "Germany. I want a stronger carton, but not heavier, freight is already expensive.", None)
t1 = t("Bom dia. Understood: stronger, not heavier. Where do they break: the bottom, the corners, or do bottles "
       "break inside?")
c2 = c("Bottles break inside, about one case in forty. The distributor sends photos. The carton itself looks "
       "fine.", None)
t3 = t("So the outside holds and the problem is the dividers or the fit. Which bottle do you use, and what "
       "dividers now?")
c4 = c("Burgundy bottles, heavy glass. Thin cardboard dividers. The last supplier told us it was our pallets' "
       "fault.", "bad_experience")
good5 = t("Then I'd try a moulded pulp insert instead of dividers; it weighs about the same. Before any order, we'd "
          "make twenty samples around your bottles and drop-test them in our lab, then you could send one pallet "
          "to Germany as a trial.")
bad5 = t("Then our moulded pulp insert is the answer; it weighs about the same. I can put 5,000 on next week's "
         "production plan if you confirm today.")
good6 = c("A test with our bottles, yes. I'll send a case of empty bottles tomorrow.", None)
bad6 = c("5,000? You haven't tried it with our bottles. I'm not ordering anything before I see a test.",
         "think_it_over")
PAIRS.append(rpair(
    "b71r_f08_porto_wine_cartons",
    "Corrugated packaging maker, Porto (Portugal): a Douro winery has bottles breaking in export.",
    [o, t1, c2, t3, c4, good5, good6], [o, t1, c2, t3, c4, bad5, bad6]))

# f09 -- fault: talks about themselves
o = c("Hi. I moved to Tokyo three months ago for work. My company works in English, but outside work I can't do "
      "anything. Even the ward office was a disaster. I'd like Japanese lessons.", None)
t1 = t("Hi, welcome to Tokyo. That sounds tiring. Which situations are hardest right now: the ward office, shops, "
       "neighbours?")
c2 = c("Forms, phone calls, the doctor. Shops I survive by pointing. I can read hiragana, slowly, nothing else.",
       None)
t3 = t("So practical situations first: forms, phone calls, the clinic. How much time can you give it each week, "
       "realistically?")
c4 = c("Two evenings, maybe. But I often work late, so I can't promise a fixed day.", "no_time")
good5 = t("Then flexible private lessons suit you better than a group: you book each week, a day ahead, and we'd "
          "start with real forms and a role-play of phoning a clinic. Would you like a trial lesson this week?")
bad5 = t("I know exactly how you feel. When I moved to Spain I couldn't even buy bread; it took me two years, and my "
         "host family laughed at me at every meal... Anyway, we have private lessons. Would you like a trial "
         "lesson this week?")
good6 = c("Yes, Thursday evening if possible.", None)
bad6 = c("Sure, maybe. Are the lessons flexible? I said I can't do a fixed day.", None)
PAIRS.append(rpair(
    "b71r_f09_tokyo_daily_japanese",
    "Japanese language school, Tokyo (Japan): a newly arrived professional wants practical Japanese.",
    [o, t1, c2, t3, c4, good5, good6], [o, t1, c2, t3, c4, bad5, bad6]))

# f10 -- fault: recommends before asking
o = c("Bonjour. I have a flower shop in Croix-Rousse. I'd like to lease a small van for deliveries. My old one died "
      "last week.", None)
good1 = t("Bonjour, sorry about the old van. What do you carry, and where do you mostly drive and park?")
bad1 = t("Bonjour! You'll want our electric Kangoo, it's our most popular van: 390 a month, ready on Friday.")
good2 = c("Flowers, buckets of water, sometimes tall wedding arrangements. Mostly the hills here, narrow streets, "
          "and on Saturdays weddings in the countryside, 80, 100 km.", None)
bad2 = c("Electric? On Saturdays I do weddings in the countryside, 80, 100 km, and there's no charger at the shop. "
         "You don't even know what I carry: tall arrangements, buckets of water.", "no_need")
t3 = t("Tall arrangements and long Saturday trips change things. Without a charger at the shop, a compact petrol "
       "van with a high roof is simpler. Does it need to be refrigerated, or just cool?")
c4 = c("Just cool. And no more than 400 a month, the shop is small.", None)
t5 = t("A high-roof petrol Berlingo is 365 a month over 48 months, service included. Could you come and check that "
       "your tallest bucket fits before deciding?")
c6 = c("I'll bring a bucket on Tuesday morning.", None)
PAIRS.append(rpair(
    "b71r_f10_lyon_florist_van",
    "Van leasing, Lyon (France): a florist needs a delivery van after hers broke down.",
    [o, good1, good2, t3, c4, t5, c6], [o, bad1, bad2, t3, c4, t5, c6]))
