"""Gaming pairs 21-30 of blind104: ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame (two each)."""
from common import c, gpair, t

PAIRS = []

# 21 ignored_customer - Wellington power company, phone
o = c("Hi, yeah, um - I got a letter saying my power's gonna be cut off? I'm, like, six hundred behind. I can pay some, I just - I can't do it all at once.", None)
PAIRS.append(gpair(
    "b104g_wellington_power_plan", "electricity retailer credit team, Wellington", "ignored_customer",
    "Phone call. A solo father behind on his power bill rings after a disconnection notice; his son uses a nebuliser at night.",
    [o,
     t("Thanks for ringing before it got that far - we can sort something out. Can I get your name and address?"),
     c("Tane Wiremu, 3/18 Rintoul Street, Newtown.", None),
     t("Got you, Tane - $642 overdue. When do you get paid, and how much could you manage each time without going short on food or rent?"),
     c("Fortnightly, Thursdays. Maybe - forty? Fifty's pushing it. And, um, my boy's got asthma, he's on a nebuliser at night, so I really can't be cut off.", None),
     t("Forty a fortnight on Thursdays, then. And I'm registering your son as medically dependent - that stops any disconnection. I'll need a form from his doctor. There's also a Work and Income hardship grant that could clear some of it, if you want to try."),
     c("The nebuliser thing, yes please. The WINZ thing, nah - I tried last year, six weeks of forms and then a no.", "bad_experience"),
     t("Fair enough, we'll leave that. The plan alone clears it in about eight months. I'm emailing the plan and the doctor's form now - if a pay ever falls short, ring before the Thursday."),
     c("Doctor's Tuesday anyway. Thanks, eh. I was dreading this call.", None)],
    [o,
     t("Thanks for reaching out, I'm here to help. Can you tell me a bit about your situation?"),
     c("I'm six hundred behind. I get paid fortnightly, I can do maybe forty a pay. And my boy's on a nebuliser at night, so I really can't be cut off.", None),
     t("Thanks for sharing. So the options are: pay the $642 in full by Friday, or a direct debit of $160 a week for four weeks. Which works best for your needs?"),
     c("I - a hundred and sixty a week? I just said I can do forty a fortnight.", "no_money"),
     t("I understand. And how are you finding our service overall - are you satisfied with your plan?"),
     c("The plan's fine. I'm worried about my son's nebuliser if you cut us off.", None),
     t("Absolutely. Disconnection is scheduled for the 24th, so the important thing is getting the $642 sorted before then. Can I take a card number for the first payment?"),
     c("Did you hear anything I said? I haven't got it.", "no_money"),
     t("Totally. Is there anything else I can help with today?"),
     c("Yeah - someone who listens. Put me through to hardship or a supervisor.", None)]))

# 22 ignored_customer - Christchurch heat pump installer, face to face
o = c("Hi there. We've just bought a wee place in Linwood, 1950s, and the lounge is freezing. I'm after a heat pump, nothing fancy.", None)
PAIRS.append(gpair(
    "b104g_christchurch_heat_pump", "electrical and heat pump showroom, Christchurch", "ignored_customer",
    "Face to face. A first-home buyer on a tight budget wants one heat pump for an open-plan lounge.",
    [o,
     t("Congrats on the house. How big's the lounge, roughly, and is it open to the kitchen or closed off?"),
     c("Maybe five by six, and it opens to the kitchen. Ceiling's insulated, but the windows are old single glazing.", None),
     t("So about 45 square metres with the kitchen - a 6 kW unit would heat that comfortably. Have you got a budget in mind?"),
     c("We'd hoped around three thousand all in. We've only just paid the deposit and the lawyers.", None),
     t("That's realistic. A mid-range 6 kW is about $2,900 installed if the outdoor unit can go straight behind the wall. Heavy curtains will help a lot with that glazing. Can I look at where the units would go before giving a firm price?"),
     c("Yeah, sounds good. Weekdays are tricky, I work in town. Could it be a Saturday?", None),
     t("Saturday morning works - I'll come myself. I'll text you a time today."),
     c("Cheers, that's great.", None)],
    [o,
     t("Welcome! Love that. To make sure we get it right - tell me about the house and your budget?"),
     c("Lounge is about five by six, open to the kitchen. We'd hoped around three thousand all in. We've just paid the deposit.", None),
     t("Great, thanks. For a 1950s home the best outcome is a ducted system - every room warm. About $14,500 installed. How does that sound?"),
     c("Fourteen? No, I said three. It's just the lounge.", "no_money"),
     t("Totally. And how many bedrooms? Ducted really shines with three or more."),
     c("Two. But I don't want the bedrooms heated, we like sleeping cold.", "no_need"),
     t("Perfect, two bedrooms - ducted will be fantastic. I'll put together a quote for ducted plus our filter maintenance plan. Best email?"),
     c("Were you listening at all? I'll try the place down the road.", None)]))

# 23 repeated_questions - Hobart council rates, phone
o = c("Yeah, hi, look - I've got the rates notice, the third instalment, six-twenty, and I - I've just been made redundant, so I was hoping to, uh, break it up a bit?", None)
PAIRS.append(gpair(
    "b104g_hobart_rates_plan", "city council rates team, Hobart", "repeated_questions",
    "Phone call. A ratepayer who has just lost his job asks to pay a rates instalment in smaller amounts.",
    [o,
     t("Sorry to hear about the job. Yes, we can set up an arrangement. Can I have the property address or assessment number?"),
     c("7 Pelham Street, West Hobart. Assessment's, um, 48123.", None),
     t("Thanks. The $620 is due on the 30th. What could you manage, and how often - weekly, fortnightly?"),
     c("Fortnightly's easier. Like, fifty a fortnight? Is that too little?", None),
     t("Fifty a fortnight is fine - about six months. Easiest is a direct debit so none get missed."),
     c("Ah - I'd rather not. I got stung with dishonour fees on a gym debit once. Can I just pay it online myself?", "bad_experience"),
     t("Sure - BPAY or at the counter, same reference. Fifty a fortnight from the 2nd, no penalty interest while you keep to it. I'll also email the council's hardship form - it can waive interest altogether."),
     c("Oh, I didn't know about that one. Yeah, send it.", None)],
    [o,
     t("Thanks for calling, I'm sorry to hear that. Can you tell me a bit about what's going on for you financially?"),
     c("I've lost my job. I can't pay six-twenty in one go. Maybe fifty a fortnight.", None),
     t("I understand. So to help me understand, what's your current financial situation like?"),
     c("I - I just said. I'm out of work. I can do fifty a fortnight.", None),
     t("Thanks for that. And just so I get the full picture, how are things money-wise at the moment?"),
     c("Mate, same as thirty seconds ago. Can I set up a plan or not?", None),
     t("Absolutely. Before we do - in terms of your finances, how would you describe your capacity to pay right now?"),
     c("Fifty a fortnight. Fifty. Look, I haven't got time for this, I've got an interview at two.", "no_time"),
     t("Understood. And what's your income situation likely to be over the next few months?"),
     c("I'll just pay it late and wear the interest. Bye.", None)]))

# 24 repeated_questions - Perth physio, face to face
o = c("Hi, I've got a nine-thirty with Ben? My shoulder's been clicking and aching for about a month, since I started swimming again.", None)
PAIRS.append(gpair(
    "b104g_perth_physio_shoulder", "physiotherapy practice, Perth (North Perth)", "repeated_questions",
    "Face to face. A desk worker who restarted lap swimming sees a physio for a sore right shoulder.",
    [o,
     t("Hi, I'm Ben, come through. Which shoulder, and what's the ache stopping you doing?"),
     c("Right one. Swimming mostly - freestyle, the reach forward. And sleeping on that side.", None),
     t("How much are you swimming, and what were you doing before you started again?"),
     c("Three times a week, a kilometre or so at Beatty Park. Before that, nothing for about five years. Desk job.", None),
     t("So from nothing to three k a week - that's often the culprit. I'll test it, but I suspect the shoulder just needs strength to catch up. Most people need three or four sessions plus home exercises."),
     c("Three or four at ninety bucks each? I was kind of hoping you'd just tell me what to do.", "too_expensive"),
     t("Fair. Today I'll give you the exercises and a swim plan to ease back. If it's better in two weeks, one check-in may be enough. Let's have a look."),
     c("Okay, that I can do.", None)],
    [o,
     t("Hi, I'm Ben. So, tell me what's going on with the shoulder?"),
     c("Right shoulder, clicking and aching, a month. Since I started swimming again, freestyle.", None),
     t("Okay. And when did you first notice the shoulder playing up?"),
     c("About a month ago. When I started swimming.", None),
     t("Great. And is there anything you've been doing lately that might have brought it on?"),
     c("The swimming? I've said swimming twice.", None),
     t("Sure. So, just so I understand your needs - how long has this been going on for you?"),
     c("A month! Are you writing any of this down?", None),
     t("Absolutely. And what do you think might have triggered it?"),
     c("Look, I've got to be back at work by half ten. Can we just do the assessment?", None)]))

# 25 wrong_paraphrase - Auckland dental, phone
o = c("Hi, um, sorry, I - I've got a tooth that's, like, sensitive when I drink cold stuff. It's been a few weeks. I haven't been to a dentist in, um, quite a while, honestly, and I'm kind of nervous about it.", None)
PAIRS.append(gpair(
    "b104g_auckland_dental_sensitive", "dental practice, Auckland (Henderson)", "wrong_paraphrase",
    "Phone call. A nervous patient who hasn't seen a dentist in six years rings about one cold-sensitive tooth.",
    [o,
     t("Thanks for calling - lots of people feel that way, and it's fine. Which side is it, and is it only cold, or does it ache by itself too?"),
     c("Bottom left. Just cold, like ice water. It doesn't hurt on its own.", None),
     t("That's a good sign - cold-only is often a bit of exposed root or a small cavity, not an emergency. When you say nervous, is it needles, the noise, or worrying about being judged for the gap?"),
     c("Honestly - all of it. Mostly being told off. It's been like six years.", None),
     t("Nobody will tell you off. I'd book a check-up first - just a look and a talk, no treatment unless you agree. It's $85 with an x-ray. Dr Patel's very gentle. Next Tuesday at 5?"),
     c("Tuesday's - I've got netball Tuesdays. Anything Wednesday?", "no_time"),
     t("Wednesday at 4:30. Meanwhile a sensitive toothpaste may take the edge off. I'll note that you'd like everything explained first."),
     c("Okay. Thank you - that actually helps.", None)],
    [o,
     t("Thanks for reaching out! So what I'm hearing is you've been in a lot of pain and you want everything sorted in one go - is that right?"),
     c("Um, no, it's not really pain. It's just cold stuff. One tooth.", None),
     t("Got it. So you're saying you want the full check, clean, whitening and x-rays so you're across everything - did I understand you correctly?"),
     c("I didn't - I didn't say whitening. I just want someone to look at it. I'm nervous.", None),
     t("Totally. So to play it back, you're comfortable with treatment and happy to go ahead with whatever Dr Patel recommends on the day. Great - that's our comprehensive visit, $420."),
     c("Four hundred and twenty? I thought a check-up was, like, eighty.", "too_expensive"),
     t("So you're saying budget's not an issue as long as it's done properly - I'll pop you in for ninety minutes on Tuesday. Sound good?"),
     c("No, that's not - I'll, um, I'll think about it. Sorry.", "brush_off")]))

# 26 wrong_paraphrase - Adelaide health fund, face to face
o = c("Hi. My mum says I'm coming off her policy when I turn twenty-five next month, so I need my own. I don't really know what I'm doing.", None)
PAIRS.append(gpair(
    "b104g_adelaide_own_policy", "health fund retail centre, Adelaide (Rundle Mall)", "wrong_paraphrase",
    "Face to face. A 24-year-old apprentice electrician who plays amateur football needs his first policy of his own.",
    [o,
     t("No worries, most people don't. What did you actually use on your mum's policy in the last year or two?"),
     c("Physio, heaps. I play amateur footy. And the dentist once a year.", None),
     t("So extras for physio and dental matter most. Hospital's worth a thought too - without it by 31 you pay a loading later, and on a high income there's a tax surcharge. Roughly what do you earn?"),
     c("Like sixty-five. I'm a fourth-year apprentice sparky.", None),
     t("Then no surcharge. I'd look at basic hospital with sports injuries plus mid extras, about $38 a week - or extras only, about $16. The hospital part matters if you did a knee at footy."),
     c("Thirty-eight's a fair chunk. My mates just go extras only.", "too_expensive"),
     t("Plenty do, and it's your call. The risk is a knee reconstruction in public can mean a long wait. Take both quotes - if you go extras only now, you can add hospital before 31."),
     c("Yeah, give us both. I'll look tonight.", "think_it_over")],
    [o,
     t("Welcome! So what I'm hearing is you're starting a family soon and want cover that grows with you - is that right?"),
     c("Uh - no? I'm twenty-four. I just need my own policy.", None),
     t("Great. So you said you want the best hospital cover because you're worried about the tax surcharge on your income - did I get that right?"),
     c("I didn't say that. I'm an apprentice. I mostly use physio for footy.", None),
     t("Perfect. So to play it back: top hospital with pregnancy, plus extras, and you're happy at $72 a week because you want the best. Shall I set it up?"),
     c("Seventy-two a week? I can't do that on an apprentice wage.", "no_money"),
     t("So you're saying you'd prefer monthly - that's $312 a month. I'll put you down for that, okay?"),
     c("That is not what I said. I'll sort it out with Mum.", "think_it_over")]))

# 27 pitch_to_upset - Brisbane energy retailer, phone
o = c("Hello, I - sorry. My husband passed away last month, and the power's in his name. I don't know what I'm meant to do. My daughter said to ring you.", None)
PAIRS.append(gpair(
    "b104g_brisbane_deceased_account", "electricity retailer customer line, Brisbane", "pitch_to_upset",
    "Phone call. A recently widowed woman in her seventies rings to move the power account out of her late husband's name.",
    [o,
     t("I'm so sorry for your loss. Take your time - we'll make this as simple as we can. Can I have your name and the address?"),
     c("Margaret Cole. 12 Jubilee Terrace, Bardon. He was Ron. Ronald Cole.", None),
     t("Thank you, Margaret. We can move the account into your name with no break in supply and no fees. We'll need a copy of the death certificate when you have it - no rush. Would you like bills to keep coming by post?"),
     c("Post, yes. Ron did it all on the computer, I wouldn't know how.", None),
     t("Post it is. Is anything due at the moment that's worrying you?"),
     c("There's a bill on the fridge, two hundred and something. I haven't paid it.", None),
     t("I'll put a 30-day hold on that so it's not on your mind, and post the form with a reply-paid envelope. My name's Kate - ring and ask for me."),
     c("Thank you, Kate. You've been very kind.", None)],
    [o,
     t("I'm so sorry for your loss, and thank you for sharing that with me. So what I'm hearing is you need the account moved into your name - is that right?"),
     c("Yes. I think so. I don't know how any of this works.", None),
     t("No problem at all. And while I've got you, it's a great time to review your plan - our Seniors Bundle with gas and internet could save up to $400 a year. How does that sound for your needs?"),
     c("I - no, I just want the lights to stay on. I can't think about that now.", "no_time"),
     t("Totally understand, it's a lot. Just so you're across it, the bundle has a 12-month price lock, and with Ron gone your usage will drop, so it's the perfect moment to switch. Can I pop you on it?"),
     c("He was only buried on Tuesday.", None),
     t("I'm sorry. It only takes a minute, and there's a $50 credit if you sign up today. Shall I go ahead?"),
     c("No. I'll get my daughter to call you.", "brush_off")]))

# 28 pitch_to_upset - Christchurch car hire, face to face
o = c("We've just been towed back from Rolleston. The car died on the motorway with my two kids in the back, and we waited two hours for the tow. I need another car and I need it now.", None)
PAIRS.append(gpair(
    "b104g_christchurch_breakdown", "car hire depot, Christchurch Airport", "pitch_to_upset",
    "Face to face. A mother whose hire car broke down on the way to Lake Tekapo is back at the depot, stressed, with two hungry children.",
    [o,
     t("That's awful, I'm sorry - two hours on the roadside with kids is a lot. Is everyone okay? Do the kids need water or the bathroom while I sort this?"),
     c("They're okay. Hungry. I just need to get to Tekapo before dark, we've got accommodation booked.", None),
     t("Understood. I'm getting you a replacement now at no cost, same size, and refunding today's hire. There's a RAV4 being cleaned - ten minutes. Big enough for your luggage?"),
     c("Yeah, that's what we had. Ten minutes is fine.", None),
     t("While you wait, grab the kids something from the vending machine - it's on us. I'm also noting the breakdown so you're never charged for the tow."),
     c("Thank you. I was ready to scream at someone.", None),
     t("Fair enough. You'll be away by three - about three hours to Tekapo, so well before dark.")],
    [o,
     t("Oh no, I hear you, that sounds like a really frustrating experience. So what I'm hearing is you need a car that won't let you down - is that right?"),
     c("Obviously. And fast. We've been on the side of the road two hours.", None),
     t("Totally. Great news - I can put you in our premium Highlander for just $45 more a day. More room for the kids, and much better on the Tekapo roads. Shall I do that?"),
     c("I don't want a bigger car. I want the same car, one that works.", "no_need"),
     t("I understand. And so this never happens again, can I add our Premium Roadside for $12 a day? It has a 60-minute response guarantee."),
     c("You're joking. The kids haven't eaten since breakfast.", None),
     t("Absolutely, I hear that. So the Highlander with Premium Roadside - how would you like to pay?"),
     c("Get me your manager. Now.", None)]))

# 29 blame - Wellington plumber, phone
o = c("Hi, yeah, you guys put in our new hot water cylinder three weeks ago, and now there's water - well, dripping constantly out of a pipe outside, and the showers are going lukewarm. In Island Bay.", None)
PAIRS.append(gpair(
    "b104g_wellington_hot_water", "plumbing and gas company, Wellington", "blame",
    "Phone call. A customer whose new hot water cylinder was installed by the firm three weeks ago reports a constant drip and lukewarm showers.",
    [o,
     t("Sorry about that - it's our install, so we'll sort it. Can I get your name and address?"),
     c("Priya Shah, 55 The Parade.", None),
     t("Got it, installed on the 2nd. A drip from the outside pipe is usually the pressure relief valve - sometimes a new one doesn't seat properly. Is it a drip, or running?"),
     c("Like a tap dribbling. All the time. I put a bucket under it and it fills in a couple of hours.", None),
     t("That's more than normal, and it'd explain the lukewarm showers. Mike, who did the install, can come tomorrow between eight and ten. No charge - it's under our workmanship warranty."),
     c("Tomorrow morning I've got the dentist at nine. Could it be after eleven?", "no_time"),
     t("I'll book him for 11:30. If it gets worse before then - spraying, or hot water on the ground - turn the cylinder off at the switchboard and ring our after-hours line."),
     c("Okay, great. Thanks for not making it a drama.", None)],
    [o,
     t("Thanks for reaching out, I hear you. So, to understand - has anyone been fiddling with the valve since the install?"),
     c("No. Nobody's touched it.", None),
     t("Okay. Because often what we see is the homeowner's water pressure is too high, and that's not really an install issue. Did you get your pressure checked before you bought it?"),
     c("I didn't know I was supposed to. Your guy didn't say anything.", None),
     t("Right, so that's really on your side, I'm afraid. And the lukewarm showers - maybe the dishwasher and showers are running together? Households often use more than they think."),
     c("It's two of us. It was fine for two weeks. It's your install.", None),
     t("I totally understand your frustration. What I can do is send someone - call-out is $140, since it's not a warranty issue. What day works?"),
     c("Your install's the problem and now you want a call-out fee? I'll get another plumber and send you the bill.", "bad_experience")]))

# 30 blame - Perth dental, face to face
o = c("Hi. The crown Dr Ferreira put on in January just came off in a muesli bar. Here it is, in a tissue. It cost me nearly two thousand dollars.", None)
PAIRS.append(gpair(
    "b104g_perth_crown_off", "dental surgery, Perth (Subiaco)", "blame",
    "Face to face. A patient brings in a crown that came off eight months after it was fitted; he flies overseas on Saturday.",
    [o,
     t("Oh no - thanks for bringing it in. Is the tooth underneath sore, or does it just feel strange?"),
     c("Not sore. Just weird, sharp on my tongue. And I'm flying to Bali on Saturday.", None),
     t("Crowns sometimes come off when the cement fails, and at eight months we cover re-cementing. Dr Ferreira has 2:15 today - she'll check the tooth and, if it's sound, put it back. Can you make that?"),
     c("Two-fifteen - yeah, I can get back from work. Will I have to pay again?", None),
     t("No - re-cementing within the two-year guarantee is free. If she finds decay underneath, she'll explain and give you a price before doing anything."),
     c("Okay. I'm still a bit annoyed, though - two grand and it lasts eight months.", None),
     t("That's fair. Keep the crown in the tissue, chew on the other side, and we'll see you at 2:15.")],
    [o,
     t("Oh dear. So what I'm hearing is the crown came off while eating - a muesli bar, you said? Those are really sticky. Did nobody explain you should avoid sticky foods?"),
     c("No. Nobody said I couldn't eat muesli bars.", None),
     t("I understand. It's usually on the aftercare sheet. And do you grind your teeth at night? A lot of crowns come off because patients clench."),
     c("Not that I know of. It's been eight months. I paid nearly two grand.", None),
     t("Absolutely, I hear you. The thing is, a crown's only as good as the care it gets. Re-cementing is $180, since it came off because of the food."),
     c("Pay you again? Your last crown lasted eight months. No way.", "bad_experience"),
     t("I understand. But we can't guarantee against how patients eat. Would you like the 2:15 slot?"),
     c("I'd like to speak to Dr Ferreira, not you.", None)]))
