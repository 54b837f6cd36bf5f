"""Gaming pairs c01-c10 of blind229, written by hand."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question: sports package ordered on the TV, Toronto
_open = c("Hi, there is a charge of sixty-four dollars on my TV bill for some hockey package. I never ordered any hockey package. I don't even watch hockey.", None)
PAIRS.append(gpair(
    "b229g_toronto_paytv_hockey", "cable pay TV, Toronto, Ontario", "putdown_question",
    "A long-time subscriber finds a sports package on his bill that his teenage son ordered through the TV.",
    [
        _open,
        t("Let's find out where it came from. It was ordered on the TV itself, through the remote, on Saturday at 11:40 at night. Does anyone else in the house use that TV?"),
        c("Saturday night... my son had his friends over. Oh, that boy. He's fifteen.", None),
        t("That would fit. Since it's the first time and it was only watched that one evening, I can refund the sixty-four as a one-off. I'd also suggest a purchase PIN on the box, so nothing can be bought without it. Want me to set one up?"),
        c("Yes, please. A PIN he does not know. Will the refund come on the next bill?", None),
        t("Yes, as a credit on the bill of the 18th. I'm texting you the steps to choose your four digits in the box settings now."),
        c("Thank you. And now I am going to have a talk with that boy.", None),
    ],
    [
        _open,
        t("Okay. Are you sure you didn't order it and forget? That happens a lot with people who aren't comfortable with the remote, doesn't it?"),
        c("I am very comfortable with the remote. I don't watch hockey.", None),
        t("Right. So it was ordered Saturday at 11:40 at night on your TV. Who else would be pressing buttons at that hour? Do you not keep an eye on what happens in your own house?"),
        c("Excuse me? ... It might have been my son. He had friends over.", None),
        t("There we go. So, since it's your son, what exactly do you expect us to do? Shouldn't parents set a PIN before they call in to complain?"),
        c("I expect a refund, or at least some help. I have been with you eleven years.", None),
        t("I hear you. And since he obviously likes hockey, wouldn't it be smarter to keep the package for the season than to fight over sixty-four dollars?"),
        c("Smarter? No. Nobody here watches hockey but him, and he is not paying for it. Cancel it and give me someone more polite.", "no_need"),
    ],
))

# c02 not_my_department_or_read_the_terms: newspaper moved to digital, Darwin
_open = c("Hello, I've had the paper delivered for years, now you've stopped printing it and put me on this digital thing, and I'm being charged twenty-eight dollars a month for something I can't even get into.", None)
PAIRS.append(gpair(
    "b229g_darwin_newspaper_digital", "newspaper subscription, Darwin, Northern Territory", "not_my_department_or_read_the_terms",
    "A long-time print reader, moved to digital when the print edition ended, is being charged for an edition she cannot log in to.",
    [
        _open,
        t("That's a rough change to have forced on you, I'm sorry. Let's deal with both things. First the login: what happens when you try?"),
        c("It asks for a password. I never set a password. My grandson tried, and it sent an email to an address I haven't used since 2015.", None),
        t("That's the old email on your account. If you give me the one you use now, I'll update it and send a new password link while we're talking."),
        c("It's bev.harding at bigpond dot com.", None),
        t("Done, the link's on its way. Now the charge: print subscribers were meant to get the first three months of digital free, and you've been charged for two. I'm refunding both, fifty-six dollars. After the three months, would you want to carry on at twenty-eight, or stop?"),
        c("Twenty-eight to read it on a screen? I'm not sure it's worth that. I only ever read the local news and the footy.", "too_expensive"),
        t("Fair question. There's a weekend-only digital option at twelve a month, and it has the footy liftout. Or you can cancel any time before the free months end. I'll ring you in early March so you can decide once you've tried it."),
        c("Alright. Give it a go, I suppose. Thanks, love.", None),
    ],
    [
        _open,
        t("I'm sorry to hear about that experience. Logins are managed by our IT provider, so that's not really something I can help with. Have you tried resetting your password?"),
        c("I never had a password. That's what I'm telling you.", None),
        t("I understand. The move to digital was explained in the letter we sent in October; it's in the terms of the new subscription, section four. Did you get a chance to read it?"),
        c("I read that it was supposed to be free for three months. And I've been charged twice.", None),
        t("So what I'm hearing is you have a billing concern. Billing is a different department, unfortunately, and they only take enquiries by email. I can give you the address."),
        c("I don't do email, that's half the problem. Can't you just fix it?", None),
        t("I really wish I could. The rules on the free period aren't mine, I just work here. Is there anything else I can help you with today?"),
        c("No. Cancel the whole thing. I'll buy the Sunday paper at the servo.", None),
    ],
))

# c03 social_proof_or_deadline_pressure: connected exercise bike membership, Boise
_open = c("Hey. I want to cancel the all-access membership on my exercise bike. I'm selling the bike, it's been a very expensive clothes rack.", "no_need")
PAIRS.append(gpair(
    "b229g_boise_fitnessbike_cancel", "connected fitness membership, Boise, Idaho", "social_proof_or_deadline_pressure",
    "An owner selling her exercise bike wants to end its $44 monthly all-access membership.",
    [
        _open,
        t("Ha, it happens to a lot of bikes. Are you done with the workouts altogether, or is it just the bike that isn't working for you?"),
        c("Kind of just the bike. I do the yoga classes on the app on my phone sometimes. And I started running again this spring.", None),
        t("Then you don't need all-access; that's the forty-four a month for the bike. App-only is thirteen, with yoga, running and strength. Or you can cancel completely. If you sell the bike, the buyer needs their own membership anyway."),
        c("Thirteen... I mean, there's free yoga on YouTube.", "too_expensive"),
        t("True, and plenty of it's good. What the app adds is guided outdoor runs and tracking; if you won't use those, YouTube's probably enough. I can cancel all-access today, and you can try app-only free for thirty days and decide."),
        c("Do I have to remember to cancel the trial? I always forget those and get stung.", "bad_experience"),
        t("You don't. I'll set it to end on its own unless you switch it on, so nothing gets charged unless you choose it. All-access is cancelled from today, and the confirmation's in your inbox."),
        c("Okay, then sure, I'll try it. Thanks.", None),
    ],
    [
        _open,
        t("Oh no, I'm sad to hear that! Before you go, did you know ninety percent of our riders in Idaho stay on all-access through the summer? It's a real community."),
        c("Cool, I'm not one of them. The bike's been a clothes rack since February.", "no_need"),
        t("Totally get it. But right now, and only until midnight tonight, I can give you three months at half price. After tonight that offer's gone, and honestly your friends on the leaderboard are going to notice you're missing."),
        c("I don't have friends on the leaderboard. And half of forty-four is still twenty-two dollars for a bike I'm selling.", "too_expensive"),
        t("I hear you. But most people who sell their bike regret it within a month, and this is the lowest price we've ever done. Everybody's jumping on it. Can I lock it in for you?"),
        c("No. I'd have to talk to my husband before I signed up for anything else anyway. Can you just cancel?", "think_it_over"),
        t("Of course. Just so you know, the offer really does end at midnight, and I can't hold it for your husband. Are you sure you want to walk away from that?"),
        c("Yes. Cancel it, please.", None),
    ],
))

# c04 keyword_stuffed: farm management software downgrade, Regina
_open = c("Yeah, hi. We're on your FieldBook farm software, the multi-farm plan. My son's taken over the east half with his own setup, so I want to drop down to the single-farm plan.", None)
PAIRS.append(gpair(
    "b229g_regina_farmsoftware_downgrade", "farm management software (B2B), Regina, Saskatchewan", "keyword_stuffed",
    "A grain farmer whose son now runs half the land on other software wants a cheaper single-farm plan.",
    [
        _open,
        t("Sure. Is your son staying on your account at all, or is he running his land completely separately now?"),
        c("Separate. He's got his own books, his own software. Different outfit than yours, actually.", None),
        t("Okay. Then single-farm covers you: field records, grain inventory, the spray log. One thing to check: the east-half fields and their history are on your account. Does he want that history, yields and spray records, before I drop them?"),
        c("Hm. Probably, yeah. The crop insurance people want five years of yields.", None),
        t("Then I'd export his fields to a spreadsheet first; I can email it to you today. Once you've confirmed he's got it, I'll switch the plan. Single-farm is four-fifty a year against nine hundred now, prorated from the switch."),
        c("Good. Don't call me during seeding though, I won't pick up.", None),
        t("Understood. I'll email the export today, and you just reply 'go' when he's got it. No calls."),
        c("That'll work.", None),
    ],
    [
        _open,
        t("Thank you so much for sharing that, and congratulations on your son's journey! I really want to understand your needs and how we can keep supporting your farm's success. How do you feel about your experience with FieldBook?"),
        c("It's fine. I just need the single-farm plan.", None),
        t("Absolutely, and I hear that. Our relationship with farming families is so important to us, and I feel understanding your needs is key to your success. Can you share what success looks like for your operation going forward?"),
        c("Getting the crop in. Look, I'm half the land I was, I don't need a plan for two farms.", "no_need"),
        t("I completely understand, and I really appreciate you sharing your feelings. What I'm hearing is your needs are evolving and you want a partner that grows with your family. How would you feel about keeping multi-farm so your son can stay part of the FieldBook experience?"),
        c("He's got his own software. Different company. He's not coming back to yours.", "no_need"),
        t("I understand, and I value your honesty. It's so important that you feel heard. Is there anything else you need to feel successful with us today?"),
        c("What happens to the east-half records if I switch? That's all I want to know.", None),
        t("That's a great question, and I really want your experience to be seamless. I'd encourage you to reflect on what matters most to your family and how FieldBook can support that journey."),
        c("Look, just email me something about it and my son can read it. I've got cattle to feed.", "brush_off"),
    ],
))

# c05 rude: yoga app renewal by chat, New York
_open = c("hey i got charged 79.99 for an annual renewal of the yoga app, i cancelled the trial in the app store last year", None)
PAIRS.append(gpair(
    "b229g_newyork_yogaapp_renewal", "fitness app subscription, New York City (web chat)", "rude",
    "A user types in about an annual renewal of an app she believes she cancelled a year ago.",
    [
        _open,
        t("Hi, sorry about that, let's check. What's the email on the account, and roughly when did you cancel?"),
        c("maya.r.ortiz at gmail. cancelled like a week after i downloaded it, last october", None),
        t("Thanks. I can see it. You actually had two accounts: the one you cancelled, and a second one made with Sign in with Apple, and that second one renewed. It's billed by Apple, not by us."),
        c("ugh the hide my email thing. ok so can i get the money back or is that a lost cause", None),
        t("Not a lost cause. Because Apple billed it, the refund request goes to them: reportaproblem.apple.com, pick the charge, and choose that you didn't mean to renew. I've put a note on our side that the account hasn't been used since October, which helps. Want me to turn off that account's renewal now?"),
        c("yes please. i wasnt going to renew anyway, i do the free classes at the y now", None),
        t("Done, it won't renew again. If Apple says no to the refund for any reason, reply to this chat and I'll send you a letter confirming the account wasn't used."),
        c("ok thanks thats actually helpful", None),
    ],
    [
        _open,
        t("Hi. If you'd cancelled, you wouldn't have been charged, so clearly something didn't happen. What's your email?"),
        c("maya.r.ortiz at gmail. and i did cancel, like a week after downloading it", None),
        t("Yeah, there's a second account with a hide-my-email address. Which you made. So that one renewed. Not sure what you want me to do about Apple's billing, honestly."),
        c("a refund would be nice. 80 bucks for an app i didnt use is a lot for me right now", None),
        t("It's not up to me. Google 'apple refund' and figure it out. Or here's a thought, actually use the app now that you've paid for it. Anything else?"),
        c("i dont want to use it, i do the free classes at the y. wow youre rude", "no_need"),
        t("Okay, so you don't want it, but you want us to feel bad about it. Got it. Have a great day."),
        c("im leaving a review about this chat", None),
    ],
))

# c06 ignored_customer: exam prep subscription after a birth, Canberra
_open = c("Hi, I'm on the CPA exam prep subscription. I've just had a baby, so I need to stop for a few months. Can I pause it instead of losing everything?", None)
PAIRS.append(gpair(
    "b229g_canberra_examprep_pause", "online exam-preparation course subscription, Canberra, ACT", "ignored_customer",
    "A new mother asks to pause an accounting exam-prep subscription without losing her progress.",
    [
        _open,
        t("Congratulations! Yes, you can pause for up to six months, and your progress and notes are kept. How long were you thinking?"),
        c("Three months, maybe four. I was two modules from the end, I don't want to start over.", None),
        t("You won't have to. I'll pause it from today for four months, so nothing's charged until the 14th of May, and you'll get an email a week before to extend or restart. What about your exam booking in April? The exam body charges to move it; that part isn't ours, but I can point you to it."),
        c("Oh god, I forgot the exam. How much is their fee?", None),
        t("Their site says ninety dollars if you move it more than thirty days out, so doing it this week avoids the late fee. I'll put the link in the email with your pause confirmation."),
        c("Thank you, that would have been a disaster. I'll do it tonight after the feed.", None),
    ],
    [
        _open,
        t("Congratulations! I'd love to help. Can you tell me a little about your study plans for the next few months?"),
        c("I won't have any. Newborn. I need to pause for three or four months.", "no_time"),
        t("Great! A lot of new parents find our micro-lessons perfect for nap times, just ten minutes a day. Shall I set up a daily reminder for you?"),
        c("I'm getting about three hours of sleep a night. I don't have ten minutes. I want to pause.", "no_time"),
        t("Totally hear you. And what's your exam date?"),
        c("April. Which I'll need to move. Can you help me with that?", None),
        t("Amazing, April's perfect, that gives you twelve weeks to finish the last two modules. I'll keep your subscription active so you don't lose momentum. Anything else?"),
        c("No, that's the opposite of... Just pause it, please. I'll do it online myself.", None),
    ],
))

# c07 repeated_questions: physio clinic monthly plan, Edmonton
_open = c("Hi, I'm on the monthly physio plan, the eighty-nine dollar one. My shoulder's basically healed, so I'd like to switch to just booking when I need it.", None)
PAIRS.append(gpair(
    "b229g_edmonton_physio_plan", "physiotherapy clinic membership, Edmonton, Alberta", "repeated_questions",
    "A patient whose shoulder has healed wants to leave a monthly physio plan for pay-per-visit.",
    [
        _open,
        t("Great news about the shoulder. Has Kelsey signed you off, or is it more that it feels good now?"),
        c("She said last week I could go down to a check-in every month or so. And I'm doing the band exercises at home.", None),
        t("Then pay-per-visit makes sense: a follow-up is seventy-five, so at one a month that's less than the plan. One suggestion: book the next check-in before you cancel, so you keep your spot with Kelsey; she's booked three weeks out."),
        c("Oh, good call. Can we do early next month, mornings? I can't do after work, I coach hockey.", None),
        t("Tuesday the 6th at 8:15 with Kelsey. The plan's cancelled from the end of this month, so there's one last charge on the 28th, which covers this month's sessions."),
        c("Wait, so I still have a session left this month?", None),
        t("You do. Want to use it, or let it go? I could book it for this Friday."),
        c("Nah, this week's swamped. I'll let it go.", "no_time"),
    ],
    [
        _open,
        t("Glad to hear it! Can you tell me how the shoulder's feeling these days, on a scale of one to ten?"),
        c("Like a one. Kelsey said I can drop to monthly check-ins.", None),
        t("Great. And how would you describe your pain levels day to day?"),
        c("One. Hardly any. Like I said.", None),
        t("Perfect. And when you think about your shoulder now, what level of discomfort are you noticing?"),
        c("...The same as thirty seconds ago. Can I switch to pay-per-visit or not?", None),
        t("Absolutely, I just want to make sure we're meeting your needs. So, on a scale of one to ten, how's the pain?"),
        c("You know what, forget it, I'll email the front desk.", None),
    ],
))

# c08 wrong_paraphrase: checking account maintenance fee, Miami
_open = c("Hi, yes, I'm calling because I've been charged a fifteen-dollar maintenance fee two months in a row on my checking account. I never paid that before.", None)
PAIRS.append(gpair(
    "b229g_miami_checking_fee", "retail bank checking account, Miami, Florida", "wrong_paraphrase",
    "A Cuban-American customer paid by a payroll card since a job change is suddenly charged a monthly account fee.",
    [
        _open,
        t("Let me take a look. The fee applies when the balance drops under fifteen hundred, or when there's no direct deposit. Has anything changed with your paycheck or your balance lately?"),
        c("Yes, I changed jobs in August. The new company pays me on a card, not direct deposit. Mija set it up, I don't know.", None),
        t("That explains it: your old paycheck's direct deposit was what waived the fee. Two ways out: if the new employer can deposit into this account, the fee goes away; or there's a basic checking account with no monthly fee, but no paper checks. And I'm refunding the last two fees, since nobody explained the change to you."),
        c("The refund, yes, thank you. The basic... no, I still write checks for my rent. My landlord is old school.", "no_need"),
        t("Then basic isn't right for you. Keep the account as it is and ask your new HR about direct deposit; it's usually a one-page form. I've refunded the thirty dollars and noted the account so next month's fee can be waived if the form's still in progress."),
        c("Okay. I'll ask them Monday. Thank you, you are very nice.", None),
    ],
    [
        _open,
        t("I'd be happy to help! Can you tell me what's changed recently?"),
        c("I changed jobs in August. The new one pays me on a card, not the direct deposit.", None),
        t("So what I'm hearing is you're starting to build your savings and you'd like to open a premium money market account. Did I get that right?"),
        c("No. I'm calling about the fifteen-dollar fee. I don't have money for savings right now.", "no_money"),
        t("Got it, so you'd like to avoid fees by upgrading to Platinum Checking, where fees are waived with a ten-thousand balance. Is that right?"),
        c("Ten thousand? Who said anything about ten thousand? I said I have the paycard now.", None),
        t("Absolutely, so just to confirm, you're happy to move your paycard balance into Platinum. I'll start the application."),
        c("No, señora, don't start nothing. Let me talk to my daughter first, she handles these things.", "think_it_over"),
        t("Of course! I'll save the application so it's ready when you've talked to her. Anything else I can help you with today?"),
        c("The fee. The fifteen dollars. That's what I called for.", None),
    ],
))

# c09 pitch_to_upset: pay TV after a flood, Gold Coast
_open = c("Hi. Our house went under in the floods on Tuesday. We're at my sister's. The TV box was on the floor in the lounge, so I don't even know... I just need to stop the bills.", None)
PAIRS.append(gpair(
    "b229g_goldcoast_paytv_flood", "pay TV subscription, Gold Coast, Queensland", "pitch_to_upset",
    "A family flooded out of their home asks to stop pay TV billing and worries about the drowned set-top box.",
    [
        _open,
        t("I'm so sorry, that's awful. Is everyone safe?"),
        c("Yeah, everyone's okay. The dog too. It's just... everything's gone. Carpets, furniture, all of it.", None),
        t("I'm glad you're all safe. I'm putting your account on a disaster hold from Tuesday, so there are no charges at all for three months, and we can extend it. The box: there's no fee for equipment lost in a flood. We'll collect it or write it off, whatever's easier for you."),
        c("Really? I thought you'd charge me for the box. Last time we moved house you lot charged us for a missing remote.", None),
        t("Not in this case. I'll email you the disaster hold confirmation in writing, so you have it for the insurance claim too. When you're back home, ring us and we'll reconnect you free."),
        c("That's such a weight off. Thank you.", None),
    ],
    [
        _open,
        t("I'm so sorry to hear that, that must be really stressful. While you're rebuilding, it's actually a great time to upgrade: our new streaming box works on wifi anywhere, so you could watch at your sister's. It's only twenty-five dollars more a month."),
        c("I... no. I don't need TV right now. I need to stop paying for a box that's been underwater.", "no_need"),
        t("Totally understand. So what I'm hearing is you want to stay connected through a hard time. A lot of families in flood areas tell us TV helps the kids feel normal. Shall I send the new box to your sister's address?"),
        c("My kids are sleeping on an air mattress. We can't spend a cent on anything new, we don't even know what the insurance will cover.", "no_money"),
        t("I hear you, and we can do it on a twelve-month payment plan so it's affordable. What about adding the kids' pack? It's on special this week."),
        c("Are you listening to me? Our house flooded. Can I please speak to someone else?", None),
        t("Of course. Before I transfer you, how satisfied are you with our service today?"),
        c("Not at all.", None),
    ],
))

# c10 blame: shipping label software, Milwaukee
_open = c("Hi. I run a candle shop out of my garage in Bay View. Your shipping software printed forty labels wrong yesterday, the carrier rejected every single parcel, and I missed the pickup. I'm paying you forty-nine a month for this.", None)
PAIRS.append(gpair(
    "b229g_milwaukee_shipping_labels", "shipping-label software subscription for a small online shop (B2B), Milwaukee, Wisconsin", "blame",
    "A candle maker's forty parcels were rejected because her shipping software printed labels at the wrong size.",
    [
        _open,
        t("That's a painful day, and I'm sorry. Let's find the cause so it doesn't happen again. What was wrong with the labels: the size, the barcode, the address?"),
        c("Size. They came out huge, like a full page squished onto my four by six roll. The barcodes were cut off.", None),
        t("That matches something on our end: Monday's update reset some users' label size to letter paper. It's our bug, not your printer. Can you open Settings, then Printing, and tell me what it shows for label size?"),
        c("It says eight and a half by eleven. I never touched that.", None),
        t("Change it to four by six and you're set. I'm crediting this month's forty-nine, and the forty rejected labels will be voided and the postage refunded to your carrier account within two weeks. Could you print a test label while I wait?"),
        c("Printing... okay, that's right. Phew. I'm still going to look at ShipStation though, my friend swears by it.", "think_it_over"),
        t("Fair enough, compare away. If you stay, I'll email you whenever an update touches print settings, so you can check before your morning run."),
        c("Yeah, do that. Thanks for actually owning it.", None),
    ],
    [
        _open,
        t("I'm sorry to hear about that experience. Let's get to the bottom of it. What printer are you using?"),
        c("A thermal one, four by six labels. It's worked fine for two years.", None),
        t("Okay, so what I'm hearing is the labels came out the wrong size. That's almost always the printer driver settings on the customer's side. Did you change anything recently?"),
        c("No. Nothing. I printed the same way I always do.", None),
        t("I understand. But our software just sends what your computer tells it. If your label size says eight and a half by eleven, that's set on your end. You really need to check your settings before a big batch, especially forty parcels."),
        c("It does say eight and a half by eleven, and I never touched it. So what about my forty-nine dollars and the postage?", None),
        t("The postage is between you and the carrier. And the subscription was working fine; it was the settings. Is there anything else I can help with to make your shipping experience a success?"),
        c("Yeah, you can cancel me. My friend uses ShipStation and she's never had this.", None),
    ],
))
