"""Gaming pairs b01-b10 of blind202, written by hand (public services, UK / Ireland / Canada)."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer: jobseeker payment stopped after missed appointment
open_b01 = c("My payment didn't come in this week. I've two kids and there's nothing in the account. Nobody told me anything.", None)
PAIRS.append(gpair(
    "b202g_cork_jobseekerpayment", "social welfare (Intreo) office hatch, Cork (Ireland)", "ignored_customer",
    "A mother's jobseeker's payment was suspended after she missed an appointment because her child was sick; she says she phoned to explain, and rent is due on Friday.",
    good=[
        open_b01,
        t("That's a frightening spot to be in. Let's find out what happened and what we can do today. Can I take your PPS number?"),
        c("1234567TA. I did miss an appointment, on the 3rd. My youngest was sick and the creche wouldn't take him. I rang to say it.", None),
        t("Thank you. I can see the missed appointment on the 3rd and the payment was suspended because of it, but there's no note of your call, which is why nobody sorted it. A sick child is good cause. I can take a short statement from you now and send it to the deciding officer today. Would that be okay?"),
        c("Yes. But will I get the money this week? The rent's due Friday.", None),
        t("I'll be straight with you: the decision usually takes two or three days, so it may not land before Friday. You can also apply here today for an urgent needs payment to cover the gap, and I'll mark both as urgent. Will we do both now?"),
        c("Yes, please. And I can't do morning appointments after this, the creche only has afternoons.", None),
        t("I'll put afternoons only on your file. Your case officer's notes also mention a CV workshop. Is that something you'd want, or not now?"),
        c("Not now. I did one of them two years ago, they had us making a vision board out of magazines. Waste of a morning.", "bad_experience"),
        t("Fair enough, I'll note that you've done it. Let's get the statement down first, starting with the date he got sick."),
    ],
    gaming=[
        open_b01,
        t("I'm sorry to hear that. Can you tell me in your own words what happened?"),
        c("I missed one appointment on the 3rd because my youngest was sick. I rang to say. The rent's due Friday and I've nothing.", None),
        t("Thanks for sharing that. So, going forward, it's really important to attend all appointments, as missing them can affect your payment. Are you actively seeking work at the moment?"),
        c("Yes, but that's not... did you hear me? He was sick. I rang.", None),
        t("Absolutely. Now, your case officer has you down for a CV workshop on Tuesday at half nine. How does that sound?"),
        c("I can't do mornings, the creche is only afternoons. I told the last fella that as well.", "no_time"),
        t("Great. I'll book you in for half nine Tuesday, then. Is there anything else you'd like to ask?"),
        c("What about my money? The rent? You haven't answered one thing I've said.", None),
        t("Payment queries go through the usual process. Thanks for coming in today!"),
    ],
))

# b02 repeated_questions: GP appointment line, back pain
open_b02 = c("Hiya, I've been trying since eight to get through. I need to see someone about my back, it's been three weeks and it's getting worse.", None)
PAIRS.append(gpair(
    "b202g_belfast_gpbackpain", "GP surgery appointment line, Belfast (UK)", "repeated_questions",
    "A van driver with three weeks of worsening lower back pain finally gets through on the morning phone line.",
    good=[
        open_b02,
        t("Sorry you've been waiting. I'll ask a couple of questions so I can get you to the right person. Is it your lower back, and is there anything like numbness in your legs or trouble with your bladder?"),
        c("Lower back, right side. No numbness. I'm a van driver so I'm sat all day, that doesn't help.", None),
        t("Thanks, that's helpful. With three weeks of lower back pain and none of those warning signs, you can see a GP in about ten days, or refer yourself to the practice physio, who has slots this week. Which would suit you?"),
        c("I saw a physio for my shoulder years back, they handed me a sheet of exercises and that was me.", "bad_experience"),
        t("That's a fair worry. This physio does a proper forty-minute assessment first, and if she thinks you need the GP or a scan, she books it herself. If you'd still rather wait for the doctor, that's fine too."),
        c("Go on then, the physio. But I'm on the road till four every day.", "no_time"),
        t("She has a 4.40 on Thursday. Would that work?"),
        c("Thursday, twenty to five. Grand. Cheers.", None),
    ],
    gaming=[
        open_b02,
        t("I'm sorry to hear that. So what seems to be the problem today?"),
        c("My back. Lower back, three weeks, getting worse.", None),
        t("Okay. And can you describe for me what's bothering you?"),
        c("My... back. It's sore. I drive a van all day.", None),
        t("I understand. And just so I get it right, what is it you're calling about?"),
        c("Are you serious? My BACK.", None),
        t("Got it. And how would you describe the issue you're experiencing?"),
        c("I'll go to A and E, at least they listen. Forget it.", None),
    ],
))

# b03 wrong_paraphrase: PCN challenge, blue badge slipped off dashboard
open_b03 = c("I've got a parking ticket and I want to challenge it. I'm disabled, my blue badge was on the dash, it must have slipped when I shut the door.", None)
PAIRS.append(gpair(
    "b202g_southwark_pcnbluebadge", "London borough council parking services counter (UK)", "wrong_paraphrase",
    "A disabled driver wants to challenge a penalty charge notice; her blue badge slid off the dashboard and she is afraid of losing the 50 percent discount.",
    good=[
        open_b03,
        t("Okay, let's look at it. Can you give me the PCN number? It starts with two letters."),
        c("WK 0045 8812. The warden's photo shows the dashboard empty, I've seen it online, but it was there when I left the car, I swear.", None),
        t("Thanks. So the badge was on the dash when you left, it probably slid off when the door shut, and the photo shows it empty. The way to handle that is an informal challenge: a photo of your badge, front and back, with a short statement. If they accept it was valid on the day, they usually cancel. Have you got the badge on you?"),
        c("Yes. But if they say no I lose the fifty percent, don't I? I can't afford the full hundred and thirty.", "no_money"),
        t("No, if you challenge within the 14 days, the discount is frozen. If they reject it, you get another 14 days to pay the 65. So you don't lose anything by trying."),
        c("Oh. Nobody told me that. Right, how do I send the photo?", None),
        t("Online under 'challenge a PCN', or I can do it here: I'll scan your badge now and type up what you've just told me, and you'll get an email receipt."),
        c("Do it here, please. I'm rubbish with the website.", None),
    ],
    gaming=[
        open_b03,
        t("Thanks for getting in touch. So what I'm hearing is you didn't have a valid badge with you that day, and you'd like to pay at the discounted rate. Is that right?"),
        c("No! I said the badge was on the dash. It slipped.", None),
        t("Got it, so you're saying you parked in a disabled bay without displaying the badge because you were in a rush. Have I understood that correctly?"),
        c("I wasn't in a rush. I never said that.", None),
        t("Okay, so to play that back: you accept the ticket but you're worried about the cost, so you'd like a payment plan. Did I capture that?"),
        c("I want to challenge it. And I can't pay a hundred and thirty pound, so don't start on about payment plans.", "no_money"),
        t("Perfect, so you'd like to pay the 65 pounds today before it goes up. Card or contactless?"),
        c("Are you listening to a word I say? I'm writing to my councillor.", None),
    ],
))

# b04 pitch_to_upset: registering a death
open_b04 = c("I've an appointment to register my husband's death. Sorry, I... give me a moment.", None)
PAIRS.append(gpair(
    "b202g_aberdeen_registerdeath", "council registration office, Aberdeen (UK)", "pitch_to_upset",
    "A widow arrives to register her husband's sudden death; certificate copies are charged, and the council also runs a paid memorial bench scheme.",
    good=[
        open_b04,
        t("Take all the time you need. There's no rush at all in here. Would you like a glass of water before we start?"),
        c("Yes, please. Thank you. It was very sudden, on Sunday. I don't really know what I'm meant to bring.", None),
        t("I'm so sorry. You've done the hard part by coming in. I'll need the medical certificate from the doctor, and if you have them, his birth certificate and your marriage certificate, but if not we can manage without. Have you the doctor's certificate?"),
        c("Yes, it's here. The bank and the pension people keep asking me for certificates too. How many do I need? My son says get ten.", None),
        t("Most people need fewer than they think. There's a free service, Tell Us Once, that I can do with you today, and it tells the pension service, the tax office, the council and the passport office for you. After that, two or three copies usually cover the bank and insurance. They're 12.50 each, and you can order more later if you need them."),
        c("Three then. Dave would have said ten was daylight robbery anyway.", None),
        t("Three it is. We'll go through his details together, and stop me any time you need to."),
        c("Okay. Thank you, love.", None),
    ],
    gaming=[
        open_b04,
        t("Of course. And I'm so sorry for your loss. What would make today's experience as smooth as possible for you?"),
        c("I just want to get it done. It was very sudden. On Sunday.", None),
        t("I completely understand. So, to make it easier, most families take our bereavement bundle: ten certified copies, priority processing and a keepsake folder, 145 pounds. Would that be helpful?"),
        c("I... I don't know. I haven't even thought about money. The funeral's costing a fortune as it is.", "no_money"),
        t("I hear you. That's exactly why the bundle saves you money in the long run. And the council also has a memorial bench scheme in Duthie Park, a lovely way to remember him, from 1,200 pounds. Can I pop a leaflet in for you?"),
        c("Please. I didn't come here to buy things. Can we just register him?", "no_need"),
        t("Absolutely, let's get started. And can I ask, how satisfied have you been with the service today so far?"),
        c("Is there somebody else who can do this?", None),
    ],
))

# b05 blame: passport photo rejected twice
open_b05 = c("My passport application's been rejected twice because of the photo and I'm flying to Boston in ten days for my brother's wedding. What am I doing wrong?", None)
PAIRS.append(gpair(
    "b202g_dublin_passportphoto", "passport office public phone line, Dublin (Ireland)", "blame",
    "An applicant whose online passport renewal was rejected twice over photos from the same pharmacy is flying to a family wedding in ten days.",
    good=[
        open_b05,
        t("Let's figure it out. That's a tight timeline, and two rejections is maddening. What did the rejection messages say, and where were the photos taken?"),
        c("Both at the chemist on the main street. First one said 'shadow behind head', second one said 'image not clear'. Fifteen euro each time.", None),
        t("So two photos from the same shop, one rejected for a shadow and one for clarity. That sounds like their camera or backdrop, not you. Some photographers are registered with us to send photos digitally, and far fewer of theirs get rejected. Would it help if I gave you the nearest one?"),
        c("I'm not paying a third time for another useless photo.", "bad_experience"),
        t("Understandable. The registered ones will retake it free if we reject it, ask them to confirm that before you pay. Given your date, there's also an in-person urgent service here in the city, but it costs about twice the online fee, so I'd keep it as a backup. When exactly do you fly?"),
        c("The 19th. I'd rather not pay double if I can help it.", "too_expensive"),
        t("Then here's a plan: new photo today from a registered photographer, resubmit tonight, and I'll add a note with your travel date. If you haven't had a dispatch email by the 14th, ring this line and we'll book you an urgent slot."),
        c("Okay. That's a plan, at least. Thanks.", None),
    ],
    gaming=[
        open_b05,
        t("Thanks for reaching out. Can I ask, did you actually read the photo guidelines before you had them taken?"),
        c("I went to a chemist. They do passport photos. I assumed they'd know.", None),
        t("I understand, but it's your responsibility as the applicant to make sure the photo is compliant. What exactly did you do differently the second time?"),
        c("Nothing, I went back to the same place, I didn't know!", None),
        t("So what I'm hearing is the same mistake was made twice. And leaving it to ten days before travel, was there a reason you didn't apply earlier?"),
        c("I applied six weeks ago! It's your system that keeps rejecting it!", None),
        t("I hear you, but rejections are nearly always down to the applicant. Is there anything else I can help you with today?"),
        c("Yes. You can give me your manager's name.", None),
    ],
))

# b06 monologue: high water bill, city utility pitching a service-line warranty
open_b06 = c("Hi, yeah, my water bill this quarter is four hundred and twelve dollars. It's usually like ninety. There's just me and my husband.", None)
PAIRS.append(gpair(
    "b202g_winnipeg_waterbill", "city water and waste customer line, Winnipeg (Canada)", "monologue",
    "A homeowner's quarterly water bill has jumped more than fourfold while the couple were away for two weeks; the city also promotes an optional service-line warranty.",
    good=[
        open_b06,
        t("That's a big jump, let's find out why. Has anything changed at home in the last three months, like guests, a pool, a new appliance, watering the lawn?"),
        c("Nothing. We were actually away for two weeks in August.", None),
        t("Okay, so usage should have gone down, not up. The most common cause of a jump like that is a running toilet, it can waste thousands of litres without much noise. Could you do a quick check for me? A few drops of food colouring in the tank, wait twenty minutes, and see if colour shows up in the bowl."),
        c("Now? I'm at work. I can do it tonight, I guess.", "no_time"),
        t("Tonight's perfect. If it is a leak and you get it fixed, the city has a one-time leak adjustment: send us the plumber's receipt and we credit back half the extra. If it's not the toilet, I'll send someone to check the meter, no charge."),
        c("My neighbour said I should buy that water line warranty thing the city keeps advertising. Should I?", None),
        t("That covers the pipe from the street to your house, not toilets or taps inside, so it wouldn't help with this bill. It's optional. I'd sort this out first and look at it separately if you want to."),
        c("Good, 'cause we had one of those warranty plans on the furnace and they wriggled out of paying. Okay, food colouring tonight. I'll call you back.", "bad_experience"),
        t("Sounds good. Your reference is on the email I've just sent, quote that and you won't have to explain it all again."),
    ],
    gaming=[
        open_b06,
        t("Thanks for calling, and I really want to understand your situation! So, a couple of things. High bills are super common in the fall, and honestly the best way to protect yourself going forward is our Service Line Warranty, 8.99 a month, covers the water line from the curb to the house, no deductible, 24/7 hotline. We also have the new smart meter alert add-on for 4 dollars a month that texts you if usage spikes. A lot of homeowners in your area bundle the two."),
        c("Okay, but why is my bill four hundred...", None),
        t("Great question, and that's exactly what the smart alert would have caught! So with the bundle you'd be at 12.99 a month, billed right on your water account, cancel anytime after the first year. Signing up takes two minutes over the phone, I just need to confirm your account number and we're good to go."),
        c("We were away two weeks in August. It makes no sense. I don't want a warranty.", "no_need"),
        t("Totally hear you. And being away is exactly when leaks happen, which is why so many people love the peace of mind. I'll also mention paperless billing, which gives you a two-dollar credit. So shall I start you on the bundle?"),
        c("We had a warranty on our furnace and they never paid a cent. I'm not buying another one.", "bad_experience"),
        t("Understood! Is there anything else I can help you with today?"),
        c("Yeah. My bill. Which you haven't looked at once.", None),
    ],
))

# b07 closing_as_open_question: city recreation centre, nervous child swimmer
open_b07 = c("Hi, my daughter's six and she's scared of water. Are there lessons for kids like that? I don't want her thrown in the deep end.", None)
PAIRS.append(gpair(
    "b202g_calgary_swimlessons", "city recreation centre front desk, Calgary (Canada)", "closing_as_open_question",
    "A parent who recently went part time asks about gentle swimming lessons for a frightened six-year-old; the city has a fee assistance programme.",
    good=[
        open_b07,
        t("There are, and we get lots of nervous swimmers. Has she been in a pool at all, or is it totally new?"),
        c("Once, at a hotel. She screamed when her face got wet. My mom says just toss her in, that's how I learned, but no.", None),
        t("No tossing, promise. Our beginner class is small, four kids, in the shallow teaching pool, and the first two weeks are games and getting comfortable. It's Saturdays at 10 or Wednesdays at 5.30. Which days could you actually get her here?"),
        c("Saturdays. How much is it though? Money's been tight since I went part time.", "no_money"),
        t("Eight weeks is 96 dollars. If your household income is under the threshold, the city's fee assistance covers up to 90 percent, and once you're approved it lasts a year. Want the form?"),
        c("Really? Yes. I had no idea that existed.", None),
        t("Bring it back with your tax notice and I'll hold her a spot in the Saturday 10 o'clock for a week while it's processed. What's her name?"),
        c("Maya. Thank you, seriously.", None),
    ],
    gaming=[
        open_b07,
        t("Absolutely! So what would your ideal swim experience look like for her?"),
        c("Just... somewhere small and gentle. She's terrified.", None),
        t("Perfect, we can totally do that. So what would it take for you to register for our full-year Family Leisure Pass today? Lessons, drop-in swims, and the gym for you."),
        c("I'm not looking for a pass for me. I just want lessons for her.", "no_need"),
        t("Totally. And when would you like to start saving, should we put the pass on this month or next?"),
        c("Neither. I went part time, I can't pay for a year of anything.", "no_money"),
        t("I hear you. So how would you like to spread the payments, monthly or bi-weekly?"),
        c("Can I just have the lesson timetable, please? I'll look at it at home.", "brush_off"),
        t("Of course! And which of our three pass levels are you leaning towards?"),
    ],
))

# b08 pitch_as_paraphrase: council pest control, mice
open_b08 = c("Hi, I think we've got mice. I heard scratching in the kitchen ceiling and there's droppings under the sink. Do you lot deal with that?", None)
PAIRS.append(gpair(
    "b202g_birmingham_pestcontrol", "city council pest control booking line, Birmingham (UK)", "pitch_as_paraphrase",
    "A homeowner has signs of mice in the kitchen for about a week; the council sells a single treatment and a yearly protection plan.",
    good=[
        open_b08,
        t("We do. Can I ask how long you've been hearing it, and whether you rent or own the house?"),
        c("About a week. I own it, well, me and the bank do.", None),
        t("And is it just the kitchen so far, or have you seen signs anywhere else, the loft, behind the cooker?"),
        c("Just the kitchen. I haven't been up the loft. To be honest I'm scared to look.", None),
        t("Fair enough. So signs in the kitchen for about a week, loft not checked. For that, a standard mouse treatment is 68 pounds: the technician comes out, checks the loft for you, lays bait, and comes back twice over three weeks. It's half price if you're on certain benefits. Does that sound like it covers it?"),
        c("Sixty-eight's fine. A private firm wanted a hundred and fifty.", None),
        t("The earliest visit is Tuesday, between 8 and 12. Can someone be in?"),
        c("I'm on earlies Tuesday. Anything later in the week?", "no_time"),
        t("Friday, 1 till 5?"),
        c("Friday's good. Ta.", None),
    ],
    gaming=[
        open_b08,
        t("I'm sorry to hear that. Tell me more about your pest experience?"),
        c("Scratching in the kitchen ceiling, droppings under the sink, about a week.", None),
        t("Okay, so what I'm hearing is you need our Gold Home Protection Plan, twelve months of quarterly visits covering mice, rats, wasps and bedbugs, 199 pounds, so you're never in this position again. Have I got that right?"),
        c("No, I've got mice. In the kitchen. I haven't got bedbugs, thank you very much.", "no_need"),
        t("Absolutely. So to play it back, you want peace of mind all year round, and the Gold plan is the way to get that. Is that a fair summary?"),
        c("I want the mice gone. Two hundred quid so you can look for wasps in January? You're having a laugh.", "too_expensive"),
        t("I understand. So what you're really telling me is you'd prefer the Silver plan at 149. Does that sound right?"),
        c("What I'm telling you is I'll ring someone else. Bye.", None),
    ],
))

# b09 upsell_as_loop_closing: overdue library books
open_b09 = c("Hi, I've got a bag of overdue books. Some of them are really overdue, like two months. How bad is it?", None)
PAIRS.append(gpair(
    "b202g_sheffield_libraryfines", "city council library issue desk, Sheffield (UK)", "upsell_as_loop_closing",
    "A mother returns a bag of overdue books on three cards at the end of the month; children's books carry no fines, adult ones do.",
    good=[
        open_b09,
        t("Let's see, pop them on the counter. Are they all on your card, or some on the children's cards?"),
        c("Mostly the kids' cards, two are mine. I'm so sorry, we've had a nightmare of a term.", None),
        t("No need to apologise. Children's books have no fines at all, so those are fine. Your two are 20p a day each, capped at five pounds a book, so it's ten pounds. Would you like to pay it now, or spread it over your next visits?"),
        c("Ten pounds. Hm. Can I pay half now? It's the end of the month.", "no_money"),
        t("Of course, five now and the rest whenever you're next in. So it doesn't happen again, we can switch on auto-renew and email reminders on all three cards. It's free. Want that?"),
        c("Yes please, that would have saved me. The emails go to my old Hotmail though.", None),
        t("Give me the new address and I'll update all three. Anything you wanted to borrow today while you're here?"),
        c("Not today, the kids are in the car. Thanks so much.", None),
    ],
    gaming=[
        open_b09,
        t("Thanks for bringing those back! Before we tot up, tell me, what does a great library experience look like for your family?"),
        c("Erm, one where I don't owe you a fortune?", None),
        t("Ha! Well, it's ten pounds on your card. And to close the loop, what else can I add for you today? Our DVD and games membership is just three pounds a month and the kids love it."),
        c("No thanks, I'm trying to get them off screens.", "no_need"),
        t("Totally get it! And is there anything else I can add? We've got library tote bags for four pounds and reading challenge packs at 2.50 each, so for three kids that's..."),
        c("I only came to bring the books back. Can I just pay the fine? Half now, it's the end of the month.", "no_money"),
        t("Of course. And just to round off your visit, what else can I add? Shall I book the kids onto our half-term craft workshop? Spaces go fast."),
        c("Nothing. I'll pay the lot and go, thanks.", "brush_off"),
    ],
))

# b10 leading_tag_questions: vehicle registration renewal
open_b10 = c("Hi there, I need to renew the registration on my truck. Got the notice here. Is it one year or two?", None)
PAIRS.append(gpair(
    "b202g_halifax_vehiclereg", "provincial motor vehicle service counter, Halifax (Canada)", "leading_tag_questions",
    "A man renewing the registration on an old pickup truck is unsure whether to keep it past the spring.",
    good=[
        open_b10,
        t("You can do either. Before you pick, are you planning to keep the truck for the next couple of years?"),
        c("Honestly, I don't know. It's got 300,000 k on it. Might sell it in the spring if the transmission goes.", None),
        t("Then one year makes more sense. If you renew for two and sell in spring, you only get part of it back, and there's a processing fee on the refund. The one-year costs less up front too."),
        c("What's the difference in price?", None),
        t("The one-year is half the two-year, about 95 versus 190 for your weight class. There's no discount for going longer, so there's no real reason to lock in."),
        c("One year, then. Can I pay with debit?", None),
        t("Debit's fine. That's 95.30, and here's your new sticker. Put it on the top right of the plate."),
    ],
    gaming=[
        open_b10,
        t("Great! You'll want the two-year, won't you? Everyone does."),
        c("I don't know. The truck's got 300,000 k on it.", None),
        t("And that's exactly why you'll want to lock it in, isn't it? Saves you coming back in, doesn't it?"),
        c("I might sell it in the spring though. I dunno, let me think about it.", "think_it_over"),
        t("But you don't really want to be back in this line next year, do you? And you'd want the personalized plate too, wouldn't you? Really makes the truck yours, doesn't it?"),
        c("It's a 2009 Silverado with rust, bud. I don't need a vanity plate.", "no_need"),
        t("Ha, fair! But two years is the smart choice, isn't it?"),
        c("Just give me the one year. How much?", None),
        t("95.30. You're sure you won't regret not going for two, aren't you?"),
    ],
))
