from common import c, t, rpair

PAIRS = []

# f01 argues with the customer
o = c("Hi, I bought two-stroke oil here last week and my outboard's been smoking like a chimney since.", None)
t1 = t("Sorry about that. Which oil was it, and what mix are you running?")
c2 = c("The green jug, your store brand. Fifty to one, like the motor says.", None)
t5 = t("Here's what we'll do: bring the jug back and I'll swap it for Yamalube, no charge. If it still smokes on that, it's the motor, and I'll give you a good mechanic's name.")
c6 = c("Fair enough, Saturday. But I'm not buying the store brand again, I'll tell you that.", "bad_experience")
PAIRS.append(rpair("b160r_f01_bayroberts_outboard_oil",
 "Marine supply, Bay Roberts NL. Fault in worse: argues with the customer about how he mixes his gas.",
 [o, t1, c2, t("Fifty to one is right. Our store brand suits most motors, but some older Yamahas don't like it. What year's the motor?"),
  c("1998. Had her since new.", None), t5, c6],
 [o, t1, c2, t("Our store brand doesn't smoke, we've sold hundreds of jugs. You've probably got the mix wrong."),
  c("I've been mixing gas since before you were born, my son. It's fifty to one.", None), t5, c6]))

# f02 doubts the customer's honesty
o = c("Hi, there's a charge on my Visa for $1,240 from an electronics place in Toronto. I've never been to Toronto.", None)
t1 = t("Let's sort it out. Do you still have the card?")
c2 = c("It's in my wallet. Used it at the Co-op yesterday.", None)
t5 = t("The $1,240 goes back on as a temporary credit within two business days while we investigate. New card in five to seven days, or a temporary one at the Estevan branch tomorrow.")
c6 = c("I'll go to the branch in the morning.", None)
PAIRS.append(rpair("b160r_f02_estevan_card_fraud",
 "Credit union card line, Estevan SK. Fault in worse: suggests the member or her family made the purchase.",
 [o, t1, c2, t("Thanks. Since the card never left you, the number was likely copied. I'm blocking it now and opening a dispute."),
  c("Okay. How long till I get the money back? That's my truck payment.", None), t5, c6],
 [o, t1, c2, t("Before I open a dispute, any chance someone in the family used it? Kids order online, and lots of people claim fraud on their own purchases."),
  c("My kids are four and six. Are you saying I'm lying? That's my truck payment.", None), t5, c6]))

# f03 drops the price before asking anything
o = c("Hey, how much for that 10-by-70 auger on the lot? The one with the swing hopper.", None)
t3 = t("A 10-inch roughly doubles what an 8 moves, so trucks won't sit. Room in your bin yard for a 70-foot swing, or are the bins tight?")
c4 = c("Room's fine. But that's still a lot of money, and the dealer in Estevan had one for less.", "too_expensive")
t5 = t("Could be. Worth checking it's the same hopper and warranty. Bring a load over and run this one this week, then decide.")
c6 = c("I'll bring a truck of barley Thursday.", None)
PAIRS.append(rpair("b160r_f03_weyburn_grain_auger",
 "Farm equipment lot, Weyburn SK. Fault in worse: knocks money off before asking a single question.",
 [o, t("That one's $21,900. What are you moving with it, just into bins, or loading trucks too?"),
  c("Bins mostly. My old one's an 8-inch, too slow at harvest, trucks lined up waiting.", None), t3, c4, t5, c6],
 [o, t("That one's $21,900, but I can do $19,500 for you today, cash or finance."),
  c("Already knocking off? Makes me think twenty-one nine was never the real price. Anyhow, my old one's an 8-inch, too slow at harvest.", None), t3, c4, t5, c6]))

# f04 unasked lecture
o = c("Hi, could I get a fill on my oil tank? It's about a quarter.", None)
t1 = t("Sure. What's the address?")
c2 = c("42 Pleasant Street, Bridgewater.", None)
t5 = t("$1.52 a litre today, so about $700 for a full tank. Wednesday between eight and noon.")
c6 = c("Seven hundred... can you do half? I'll do the rest at the end of the month.", "no_money")
t7 = t("Sure, 450 litres Wednesday morning. I'll text you when the driver's on his way.")
PAIRS.append(rpair("b160r_f04_bridgewater_oil_fill",
 "Heating oil dealer, Bridgewater NS. Fault in worse: an unasked lecture about switching to a heat pump.",
 [o, t1, c2, t("Got you. Next truck's your way Wednesday. Full fill, or a set amount?"),
  c("Full, I guess. What's the price now?", None), t5, c6, t7],
 [o, t1, c2, t("Got you. You know, you really should look at a heat pump. Oil's on the way out, it's bad for the planet, and prices only go up."),
  c("I didn't ask about heat pumps, I asked for oil. I'm renting. What's the price now?", "no_need"), t5, c6, t7]))

# f05 vague next step
o = c("Hi, I'm on the church council at St. Paul's in Dauphin. We need the parking lot cleared before Sunday services this winter.", None)
t1 = t("Happy to help. How big is the lot, and when does it need to be clear on Sundays?")
c2 = c("About sixty cars, gravel. By nine-thirty, service is at ten-thirty. Seniors, mostly.", None)
t3 = t("On gravel we set the blade high so we're not throwing stones on the lawn. Sixty stalls, Sunday mornings plus sanding, is $140 a visit.")
c4 = c("Hmm. The council will want a second quote before they agree to anything.", "think_it_over")
PAIRS.append(rpair("b160r_f05_dauphin_church_lot",
 "Snow clearing, Dauphin MB. Fault in worse: a vague next step ('we'll let you know').",
 [o, t1, c2, t3, c4, t("Makes sense. I'll email a written quote tonight with sanding broken out, and come by Thursday at four to walk the lot before your meeting."),
  c("Thursday at four's fine. I'll bring the keys to the hall.", None)],
 [o, t1, c2, t3, c4, t("Makes sense. We'll get something over to you, and we'll let you know about availability."),
  c("Okay... when would that be? Our meeting's next Tuesday.", None)]))

# f06 over-promises
o = c("Hi, we just bought a place outside Inverness. Can you get us internet? My husband has to work from home.", None)
t1 = t("Let's check the address... You're about nine kilometres from our Margaree tower.")
c2 = c("Is that good or bad?", None)
t3 = t("Depends on the trees and hills between. What does he need it for, video calls, big uploads?")
c4 = c("Video calls all day, and he sends big drawings. He's an engineer.", None)
t7 = t("The tech will call tomorrow to set a time, and he'll check the signal from your roof before anything's mounted.")
PAIRS.append(rpair("b160r_f06_inverness_fixed_wireless",
 "Rural internet, Inverness County NS. Fault in worse: promises a guaranteed speed before any site check.",
 [o, t1, c2, t3, c4, t("Then I want a site survey first, $50, refunded if you sign up. If we can see the tower, likely 25 to 50 meg. If we can't, I'll tell you, and you won't pay for an install that doesn't work."),
  c("Fair. Fifty's fine. Can someone come this week?", None), t7],
 [o, t1, c2, t3, c4, t("No problem at all. You'll get 100 meg guaranteed, perfect for video calls. I'll book the install and you'll be up and running Friday."),
  c("A hundred, guaranteed? Our neighbour's on you and can barely stream. But okay, if you say so.", "bad_experience"), t7]))

# f07 closes before checking it works
o = c("My son bought me this new phone and I can't get it to call anyone. I had the flip phone fifteen years.", None)
t1 = t("Let's get you going. Did you bring the old phone? Your SIM card might still be in it.")
c2 = c("Yes, both here. I'm happy with my plan, mind, I don't want a new one.", "no_need")
t3 = t("No new plan needed. Your SIM's in, and your contacts are copying over. This green button is the phone, and this is your list of people.")
c4 = c("Green is phone. Okay. The letters are awful small.", None)
t7 = t("If anything gives you trouble, come back in. We're here till six weekdays, and help is free.")
PAIRS.append(rpair("b160r_f07_portage_new_phone",
 "Phone store, Portage la Prairie MB. Fault in worse: wraps up without checking the phone actually makes a call.",
 [o, t1, c2, t3, c4, t("I've made the text bigger. Now call your son, right here, so we know it works."),
  c("It's ringing! Darren? It's Mom. From the new phone!", None), t7],
 [o, t1, c2, t3, c4, t("I've made the text bigger. You're all set, have a great day!"),
  c("Oh. Alright. I'll try it at home, I suppose.", None), t7]))

# f08 recommends before asking
o = c("Hi, I need winter boots. Starting a new job next week.", None)
t3 = t("Then you want a CSA steel-toe pack boot. These are rated to minus forty, with a liner you can dry overnight. $229.")
c4 = c("Two-thirty. Hm. I haven't had a paycheque yet.", "no_money")
t5 = t("Understood. Your employer may have a boot allowance, lots of pipeline outfits do. Ask them, and we'll hold a pair in your size for a week.")
c6 = c("Okay, I'll ask Monday. Size eleven.", None)
PAIRS.append(rpair("b160r_f08_fortmcmurray_work_boots",
 "Workwear store, Fort McMurray AB. Fault in worse: recommends a boot before asking about the job.",
 [o, t("Congrats. What's the job, outdoors all day, a site, a warehouse?"),
  c("Outside mostly, pipeline crew. They said steel toe, CSA green patch.", None), t3, c4, t5, c6],
 [o, t("Our best seller is the Baffin Titan, rated to minus a hundred, $289. You'll love them."),
  c("I need steel toes for a pipeline crew, green patch. Do those even have that?", None), t3, c4, t5, c6]))

# f09 unexplained jargon
o = c("Hi, we're first-time buyers. We found a house in Kentville for $310,000. Can we afford it?", None)
t1 = t("Let's find out. Your combined income, and how much for a down payment?")
c2 = c("About $105,000 together. We've saved $20,000, and there's a car loan, $450 a month.", None)
t5 = t("That helps. We could wait for the car to be paid off, or look at houses around $280,000 now. Want me to run both and send them in writing tonight?")
c6 = c("Yes please. We'll go over it this weekend before we call the realtor back.", "think_it_over")
PAIRS.append(rpair("b160r_f09_kentville_first_mortgage",
 "Credit union mortgage desk, Kentville NS. Fault in worse: answers in unexplained lending jargon.",
 [o, t1, c2, t("Thanks. Lenders test you at a rate higher than you'd pay, in case rates rise. With the car loan, you're just over for $310,000. Without it, you'd pass."),
  c("Oh. So the car's the problem. It's paid off in eight months.", None), t5, c6],
 [o, t1, c2, t("Thanks. Running it at the MQR, your TDS comes out around 45%, so you're over the B-20 threshold with the car loan in."),
  c("Sorry, what's a TDS? Is that a yes or a no? The car's paid off in eight months.", None), t5, c6]))

# f10 talks about themselves
o = c("Hi, we're looking at a pontoon for the cabin at Gimli. First boat. The grandkids are the main reason.", None)
t1 = t("Great reason. How many of you aboard, and is it mostly cruising or pulling the kids on a tube?")
c2 = c("Six or seven. Mostly cruising, but the grandson's already on about tubing.", None)
t5 = t("Fair enough. A two-year-old 22-footer with a 90 runs about $36,000. Want to take one out Saturday? No commitment.")
c6 = c("Saturday morning. I'll bring my wife, she'll have opinions.", None)
PAIRS.append(rpair("b160r_f10_gimli_pontoon",
 "Boat dealer, Gimli MB. Fault in worse: the salesperson talks about his own boat and summers instead of the customer's.",
 [o, t1, c2, t("Then at least 90 horse so tubing's fun, and a 22-footer seats eight. That starts around $48,000. Launching at the marina or your own shore?"),
  c("Marina. Forty-eight... more than I'd hoped.", "too_expensive"), t5, c6],
 [o, t1, c2, t("Oh, I love tubing. My grandkids are out on ours every weekend, a 25-footer with a 150. Last July we ran the shore to Hnausa, best summer of my life. That setup's about $62,000."),
  c("Nice for you. Sixty-two's way over what I had in mind.", "too_expensive"), t5, c6]))
