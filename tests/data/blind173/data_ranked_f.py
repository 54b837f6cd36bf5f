"""Ranked pairs f01-f10 (blind173): both sides share every turn except one fault in `worse` and the reaction to it.
Written by hand for this set."""
from common import c, rpair, t

PAIRS = []
P = PAIRS.append

# f01 fault: argues with the customer
o = c("Hi, I'm paying for 500 megs but my speed tests show like 80. Evenings especially. This is in Leslieville.", None)
t1 = t("Thanks for testing, that helps. Are the tests on wifi, or plugged into the modem with a cable?")
c2 = c("Wifi, on my laptop in the bedroom. The modem's in the living room.", None)
t5 = t("Could you run one test right next to the modem? Then we'll know if it's the line or the wifi.")
c6 = c("Okay... next to the modem it's 470. Huh.", None)
t7 = t("So the line's fine and the bedroom wifi is the gap. Try moving the modem to the hallway first; if that's not enough, a mesh pod is 5 a month.")
P(rpair("b173r_f01_toronto_slow_wifi", "A Toronto customer calls about slow internet speeds.",
        [o, t1, c2, t("Wifi through a couple of walls often loses a lot, so your numbers make sense. Let's find where it's lost."),
         c("Okay, what do I do?", None), t5, c6, t7],
        [o, t1, c2, t("Honestly, our network doesn't drop to 80. Those speed test sites aren't reliable."),
         c("I ran it ten times. Don't tell me what I'm seeing.", None), t5, c6, t7]))

# f02 fault: doubts the customer's honesty
o = c("Hi, there's a charge on my Visa for 640 dollars from a store in Calgary. I've never been to Calgary.", None)
t1 = t("Let's sort that out. Is the card with you right now?")
c2 = c("Yes, in my wallet. I used it yesterday at the Loblaws on Rideau.", None)
t5 = t("I'll open a dispute for the 640; you won't pay it while we investigate. A new card arrives in 5 to 7 business days.")
c6 = c("5 to 7 days? I'm sorry, but that won't work, I travel Monday and it's my only card.", "no_time")
t7 = t("Then I'll have an emergency card at the Rideau branch tomorrow after 2, and text you when it's ready.")
P(rpair("b173r_f02_ottawa_card_fraud", "An Ottawa bank customer phones about an unknown card charge.",
        [o, t1, c2, t("Then the number was probably copied. I'm blocking the card now so nothing else goes through."),
         c("Okay, good. Thank you.", None), t5, c6, t7],
        [o, t1, c2, t("Hm. Are you sure you didn't order something online from them? People forget, or a family member uses the card."),
         c("I'm sure. I live alone and I know what I buy. Are you calling me a liar?", None), t5, c6, t7]))

# f03 fault: drops the price before asking anything
o = c("Hi, how much to paint a two-bedroom condo at Yonge and Eglinton? Walls only.", None)
t3 = t("Selling changes things: buyers notice the main rooms most. Same colour means one coat in most rooms, so about 2,200.")
c4 = c("Hm, 2,200 is still more than I'd hoped. Sorry, I might just do the living room myself.", "too_expensive")
t5 = t("That's a fair way to save. Then hallway, kitchen and bedrooms for 1,600, and I'll leave you the leftover paint.")
c6 = c("Okay, that works. When could you start?", None)
P(rpair("b173r_f03_toronto_condo_painting", "A condo owner emails a Toronto painter for a price.",
        [o, t("Depends on a few things. Roughly how many square feet, and new colours or a refresh of the same?"),
         c("About 900 square feet. Same colour, just scuffed. We're selling in spring.", None), t3, c4, t5, c6],
        [o, t("A two-bed is usually 2,800, but I can do 2,300 if you book this week."),
         c("Uh, why the discount? I haven't said what it is. 900 square feet, same colour, we're selling in spring.", None), t3, c4, t5, c6]))

# f04 fault: an unasked lecture
o = c("Hi, just an oil change please. It's, um, a bit overdue. Like 12,000 km overdue.", None)
t1 = t("No problem, we can do it now. Any warning lights or noises lately?")
c2 = c("No, it runs fine. I've just been slammed at work.", None)
t5 = t("About 40 minutes, 89 with synthetic. There's coffee and wifi in the waiting room.")
c6 = c("89? The quick-lube place is 60, but fine, I'm here now.", "too_expensive")
t7 = t("Fair. Ours includes a tyre pressure and fluids check. I'll come find you when it's done.")
P(rpair("b173r_f04_ottawa_overdue_oil", "A driver at an Ottawa service counter asks for an overdue oil change.",
        [o, t1, c2, t("Okay. I'll check the oil and filter while it's up and tell you if anything looks off."),
         c("Great, thanks.", None), t5, c6, t7],
        [o, t1, c2, t("You really shouldn't leave it that long. Sludge builds up and engines fail, we see it every week. Maintenance is the cheapest insurance there is."),
         c("Yeah, I know, I didn't come for a lecture. Can we just do the oil?", None), t5, c6, t7]))

# f05 fault: a vague next step
o = c("Bonjour, hi, I put my name on your waitlist in January for my daughter. Any news? We need a spot by August.", None)
t1 = t("Let me check. What's her name and birthdate?")
c2 = c("Léa Martin, March 12, 2023.", None)
t3 = t("Found her. She's fourth on the toddler list. Two kids move up to preschool in July, so August is possible but not certain.")
c4 = c("Possible but not certain... I go back to work August 19.", None)
P(rpair("b173r_f05_montreal_daycare_waitlist", "A parent calls a Montreal daycare about her waitlist place.",
        [o, t1, c2, t3, c4, t("Understood. I'll know after our June 15 meeting. I'll call you June 16 either way, and if it's no, I'll give you two nearby centres with openings."),
         c("Okay, June 16. Merci, that helps me plan.", None)],
        [o, t1, c2, t3, c4, t("Understood. We'll let you know as soon as something opens up."),
         c("Okay... but when? I need to plan. Sorry, I'll keep looking at other places.", "think_it_over")]))

# f06 fault: over-promises
o = c("Hi, we found a place in Scarborough and want to put in an offer Saturday. Can we get pre-approved by then?", None)
t1 = t("Let's try. Has anyone run your credit recently, and are you salaried or self-employed?")
c2 = c("I'm salaried, my partner's self-employed, two years now. No credit check yet.", None)
t3 = t("Self-employed income needs two years of tax assessments. If you email both tonight, I can run it tomorrow.")
c4 = c("We can do tonight. Honestly we're nervous, our last bank took two weeks and we lost a house.", "bad_experience")
P(rpair("b173r_f06_toronto_preapproval", "A couple asks a Toronto bank for a fast mortgage pre-approval.",
        [o, t1, c2, t3, c4, t("I understand. I can't promise the result before I see the file, but you'll have an answer by Friday noon, before your offer."),
         c("That's fair. Friday noon. Thank you.", None)],
        [o, t1, c2, t3, c4, t("Don't worry, you'll definitely be approved, and for more than you need. Go ahead and plan the offer."),
         c("Really? You haven't seen anything yet... okay, if you say so.", None)]))

# f07 fault: closes before checking the thing works
o = c("Hi, I bought this phone here last week and I'm back for the transfer from my old one. Sorry, I'm hopeless with this stuff.", None)
t1 = t("Not hopeless at all, that's what we're here for. What matters most to move over?")
c2 = c("Photos of my grandkids, and WhatsApp. And the bank app, I need it for work.", None)
t3 = t("I'll start the transfer now; about 20 minutes.")
c4 = c("Twenty minutes, okay. I'll just sit here, eh.", None)
t7 = t("That happens. Let's move the code to your new number now, it takes two minutes.")
P(rpair("b173r_f07_toronto_phone_transfer", "A grandmother returns to a Toronto phone store to move data to a new phone.",
        [o, t1, c2, t3, c4, t("Done. Before you go, let's open WhatsApp and the bank app together and check the photos are there."),
         c("Oh, the bank app wants a code... it went to my old phone. Good thing we checked.", None), t7],
        [o, t1, c2, t3, c4, t("Done, you're all set! Just sign here and you're good to go."),
         c("Oh wait, the bank app wants a code... it went to my old phone. I already gave that to my son.", None), t7]))

# f08 fault: recommends before asking
o = c("Hi, I'm looking into a heat pump for our duplex in Rosemont. My neighbour got the subsidy.", None)
t3 = t("No ducts, so a ductless wall unit per floor fits better: about 5,500 each installed, minus up to 3,000 in subsidies.")
c4 = c("Per floor? I only want to do our floor. Upstairs is on the tenant's hydro.", "no_need")
t5 = t("Then one unit downstairs. I'll send a written quote and the subsidy forms by Friday.")
c6 = c("Okay. I'm getting another quote too, just so you know.", "think_it_over")
P(rpair("b173r_f08_montreal_heat_pump", "A duplex owner phones a Montreal heat pump installer.",
        [o, t("Good timing. What heats the place now, and do you have ducts or baseboards?"),
         c("Electric baseboards, no ducts. We live downstairs, the tenant's upstairs.", None), t3, c4, t5, c6],
        [o, t("Great, you'll want our 3-ton ducted system, about 14,000 before subsidy."),
         c("Ducted? We don't have ducts. Electric baseboards. We're downstairs, tenant upstairs.", None), t3, c4, t5, c6]))

# f09 fault: unexplained jargon
o = c("Hello, I have 10,000 dollars in my chequing. I want to keep it safe for one year. Maybe for a car next summer.", None)
t1 = t("Good plan. Might you need the money before next summer, even in an emergency?")
c2 = c("Maybe, if my mother gets sick back home. And I don't want it locked, my cousin could not get his money out for a year.", "bad_experience")
t5 = t("Either way it's insured by the government up to 100,000. Which would you like?")
c6 = c("I think the one I can take out early, if I understood.", None)
t7 = t("Yes, that's the cashable one. I'll set it up now.")
P(rpair("b173r_f09_ottawa_gic_newcomer", "A newcomer asks an Ottawa bank where to keep savings for a year.",
        [o, t1, c2, t("Then there are two choices: one year at 4% where you can't take it out early, or 3.4% where you can take it out any time after 30 days."),
         c("The one I can take out. It's less, but I sleep better.", None), t5, c6, t7],
        [o, t1, c2, t("Then a one-year cashable GIC at 3.4%, redeemable after 30 days, CDIC-eligible, compounded annually, versus non-redeemable at 4."),
         c("Sorry, I don't understand these words. Redeemable is what?", None), t5, c6, t7]))

# f10 fault: talks about themselves instead of the customer
o = c("Hi, we're looking to sell our house in North York and move into a condo. We've been there 38 years, so, it's a big step.", None)
t1 = t("It really is. What's pulling you toward a condo now?")
c2 = c("The stairs, mostly. My husband had a knee replacement. And the snow shovelling.", None)
t5 = t("Then buildings near Yonge and Sheppard with elevators and indoor parking. I'll send three listings. Want a price estimate on your house first?")
c6 = c("Sorry, dear, we're not ready to list the house yet. We'd need to talk to our kids first.", "think_it_over")
t7 = t("Of course. The listings are just to browse, no rush, and I'll only call next month if you'd like me to.")
P(rpair("b173r_f10_toronto_downsizing", "A retired couple phones a Toronto agent about downsizing.",
        [o, t1, c2, t("So one floor, no shovelling. Near where you are now, or open to a new area?"),
         c("Near here. Our doctor, our church, the grandkids in Willowdale.", None), t5, c6, t7],
        [o, t1, c2, t("Oh, I totally get it. My parents did the same in 2019, my dad's hip, best thing ever. I helped them pick a place in Markham, took months, my mom was so picky..."),
         c("Oh. Well. We'd rather stay near here. Our doctor, our church, the grandkids in Willowdale.", None), t5, c6, t7]))
