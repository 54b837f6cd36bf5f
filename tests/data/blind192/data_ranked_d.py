"""Ranked pairs d01-d10 (b192): two decent conversations, `better` is better. Written by hand."""
from common import c, rpair, t

# d01 --------------------------------------------------------------------------
o1 = c("I want to cancel. My bill's been eighty quid three months running and I'm on a thirty-five pound plan.", None)
d01 = rpair(
    "b192r_d01_sheffield_bill_shock",
    "Mobile shop, Sheffield, UK. A father wants to cancel because his bill is far over his plan price; the cause is his teenage son's data overage.",
    better=[
        o1,
        t("Eighty on a thirty-five pound plan is a big gap, I'd be annoyed too. Before we cancel, can I look at where the extra's coming from? It might be something we can stop."),
        c("Go on, but I'm not hopeful. Last time I came in here with a problem they just sold me insurance.", "bad_experience"),
        t("Fair. Right... it's data over the allowance, about forty-five a month, always on the line ending 417. Whose is that?"),
        c("That's my lad's. He's fifteen. I didn't know he was going over, I thought it just stopped.", None),
        t("On his plan it doesn't stop, it charges. I can put a free cap on his line today, and move him from 5 gig to 30 gig for £4 more. That'd bring you to about thirty-nine a month. Or if you'd still rather leave, I'll sort the cancellation."),
        c("No, that'll do. Thirty-nine I can live with. Cap it.", None),
    ],
    worse=[
        o1,
        t("Sorry to hear that. Before you go, I can offer a loyalty discount, £10 off a month for the next year."),
        c("Ten off eighty's still seventy. That's not what I signed up for.", "too_expensive"),
        t("Understood. Looking at the bill, there are data overage charges on the second line. You could add a data cap to that line, it's free."),
        c("Right. Didn't know that was an option. Do that, then.", None),
        t("Done. With the cap and the discount you should see it come down. Anything else?"),
        c("No, suppose not. We'll see what next month's bill looks like before I decide.", "think_it_over"),
    ],
)

# d02 --------------------------------------------------------------------------
o2 = c("Hi, I want to upgrade to your fastest internet. Ours is just too slow.", None)
d02 = rpair(
    "b192r_d02_chicago_speed_upgrade",
    "Internet provider call centre, Chicago, US. A customer asks for the fastest plan; the real problem is WiFi not reaching upstairs.",
    better=[
        o2,
        t("Sure, I can help. So I put you on the right thing, when does it feel slow, and where in the house?"),
        c("Mostly in my son's room upstairs, he says his games lag. Down in the kitchen it's fine.", None),
        t("That's a useful clue. Fine downstairs and slow upstairs usually means the WiFi isn't reaching, not that the plan is too slow. Where's the router?"),
        c("In the basement, by the furnace. That's where the installer put it.", None),
        t("That would do it, and a faster plan won't fix it. I can send a free mesh extender for upstairs; your 300 plan is plenty for gaming. If it still lags after a week, call back and we'll look at upgrading."),
        c("Huh. Okay, send the extender. That saves me twenty-five bucks a month.", None),
    ],
    worse=[
        o2,
        t("Sure thing. Our fastest is the 1 gig plan, ninety dollars a month, which is twenty-five more than you pay now."),
        c("Twenty-five more, wow. Will it fix the lag? My son says his games lag upstairs.", "too_expensive"),
        t("Gig is the best plan for gaming, so it should make a big difference. I can also add an extender at ten a month if upstairs still struggles."),
        c("Alright, let's try it. I can always go back down, right?", None),
        t("Yes, after the 12-month promo period. I'll set it up now."),
        c("Okay. Thanks.", None),
    ],
)

# d03 --------------------------------------------------------------------------
o3 = c("I want to disconnect my DTH. Nobody watches TV now, the kids are all on their phones.", None)
d03 = rpair(
    "b192r_d03_jaipur_dth_disconnect",
    "Satellite TV call centre, Jaipur, India. A man wants to disconnect pay TV; his elderly mother-in-law still watches devotional channels.",
    better=[
        o3,
        t("Okay, I can do that. Just before I do, does anyone at home still switch the TV on, even for one or two things?"),
        c("Only my mother-in-law. She watches aarti and bhajans in the morning, on Sanskar channel. That's it.", None),
        t("Then if we disconnect, she loses that. The free-to-air pack has Sanskar and other devotional channels; you'd pay only the 153 rupee network fee. Or disconnect fully and she watches on YouTube. Which suits her?"),
        c("She can't use YouTube, she gets confused. 153 is okay, much less than the 450 we pay.", None),
        t("Then I'll move you to the free-to-air pack from the 1st. If she misses any channel, call me and we can add just that one, usually 10 to 20 rupees."),
        c("Perfect. She'll be happy, and I'll save money.", None),
    ],
    worse=[
        o3,
        t("Okay, I can do that. Before I process it, I can offer you 30% off for the next three months if you'd like to stay."),
        c("No, nobody watches. Even at a discount it's a waste.", "no_need"),
        t("Understood. I'll disconnect from the 1st. The box is yours, and you can reactivate any time with a recharge."),
        c("Oh wait, my mother-in-law watches Sanskar channel in the morning. Can she still get it?", None),
        t("Yes, with the basic 153 rupee pack you get free-to-air channels, which include it. Shall I switch you to that instead?"),
        c("Okay, do that.", None),
    ],
)

# d04 --------------------------------------------------------------------------
o4 = c("I need a new phone on installment. My current one dies in the middle of my shift.", None)
d04 = rpair(
    "b192r_d04_karachi_rider_phone",
    "Mobile phone and SIM shop, Karachi, Pakistan. A delivery rider wants a phone on installments because his battery dies mid-shift.",
    better=[
        o4,
        t("Okay. What do you do on your shift, and how long is it?"),
        c("I'm a delivery rider. Ten, eleven hours, maps on all the time. Please be quick, bhai, I log in at twelve.", "no_time"),
        t("Navigation on for eleven hours, on a bike in the heat. How old is the phone, and does it die fast from full, or does it get hot first?"),
        c("Two years. It gets very hot on the bike mount, then the battery goes from 60 to zero.", None),
        t("The heat is killing the battery. Two options: a new battery in your phone, Rs 3,500, plus a Rs 1,200 power bank. Or the Redmi with 6,000 mAh at Rs 3,100 a month for 12 months. I'd try the battery first; if it still dies, come back for the phone."),
        c("3,500 is better than twelve months of payments. Let's do the battery first.", None),
    ],
    worse=[
        o4,
        t("Sure. Our most popular installment phone right now is the Redmi with a 6,000 mAh battery, Rs 3,100 a month for 12 months."),
        c("12 months is long. My income is not fixed, it depends on orders.", "no_money"),
        t("We also have the Infinix at Rs 2,400 a month for 12 months, also a big battery."),
        c("The Infinix is okay. Battery will last the full day?", None),
        t("It's rated for two days of normal use, so a full shift should be fine."),
        c("Okay, I'll take the Infinix.", None),
    ],
)

# d05 --------------------------------------------------------------------------
o5 = c("Hey, I need a second phone number for my music bookings. I'm tired of venues calling my personal cell at two in the morning.", None)
d05 = rpair(
    "b192r_d05_nashville_second_number",
    "Mobile carrier call centre, Nashville, US. A musician wants a separate number for bookings; his income is irregular.",
    better=[
        o5,
        t("Makes sense, you want bookings kept out of your personal life. Do you want to carry a second phone, or keep everything on the one you've got?"),
        c("God, no, not a second phone. I already lose the one I have.", None),
        t("Then a second line on the same phone: yours takes an eSIM, so it holds both numbers, and you can send the booking number to voicemail after, say, 10 pm. It's $15 a month."),
        c("Fifteen's okay-ish. Is there a contract? My gig money is pretty up and down.", "no_money"),
        t("No contract, month to month, cancel any time. Try it for a month and see whether the venues actually use it."),
        c("Cool, let's do it.", None),
    ],
    worse=[
        o5,
        t("Sure! We can add a second line. It's $30 a month with a basic phone, or $15 if you use your own device."),
        c("I don't want to carry two phones. Can I use my current one?", None),
        t("Yes, with an eSIM your phone can hold both numbers. So $15 a month on a 24-month agreement for the promo rate."),
        c("Twenty-four months? My income's all over the place. I'll think about it.", "think_it_over"),
        t("No problem. There's also a no-contract option at $20. Want me to email you both?"),
        c("Yeah, email them. I'll look when I get a minute.", "brush_off"),
    ],
)

# d06 --------------------------------------------------------------------------
o6 = c("Hello, I'm struggling to hear people on my mobile. I think I need a louder phone. What have you got?", None)
d06 = rpair(
    "b192r_d06_norwich_hearing_aid_phone",
    "Mobile shop, Norwich, UK. An older woman with hearing aids asks for a louder phone; the whistling suggests a pairing fix first.",
    better=[
        o6,
        t("Let's find something that works for you. Can I ask, do you wear hearing aids, and is it all calls or only some?"),
        c("I've had hearing aids since last year. It's worse on the mobile than the landline, and it whistles.", None),
        t("The whistling is a clue: often the phone and the hearing aid are interfering. Many hearing aids can connect to the phone so the call goes straight into them. Did the audiologist mention that?"),
        c("She said something about an app, but I never set it up. I'm not very good with these things, and my bus is at three.", "no_time"),
        t("That's fine, we can do it together now, it takes ten minutes and costs nothing. If calls are still hard after that, there's a free captioning service that shows the words on screen. We'd only look at a new phone if neither helps."),
        c("Oh, that would be wonderful. Let's try.", None),
    ],
    worse=[
        o6,
        t("Of course. This one's designed for people with hearing difficulties: extra loud speaker, big buttons, and it's hearing-aid compatible. £69."),
        c("£69 is a lot for me, I'm on my pension. Is there anything cheaper?", "no_money"),
        t("The same brand has a simpler model for £45, still loud, with a volume boost button."),
        c("And will it work with my hearing aids? My phone now whistles.", None),
        t("It has a good hearing-aid rating, so it should be much better than most smartphones."),
        c("All right, I'll take the £45 one.", None),
    ],
)

# d07 --------------------------------------------------------------------------
o7 = c("Kem cho. I have ten salesmen going all over Gujarat and Rajasthan. I want company SIMs for them. What's the rate?", None)
d07 = rpair(
    "b192r_d07_ahmedabad_sales_sims",
    "Mobile operator business counter, Ahmedabad, India. A textile trader wants ten company SIMs for travelling salesmen.",
    better=[
        o7,
        t("Kem cho. Ten SIMs, sure. Before the rate, what worries you most with the salesmen's phones? Bills, personal use, people leaving with the SIM?"),
        c("Bills. Last time with reimbursement, one fellow claimed 4,000 in a month. I don't know what he did.", None),
        t("So you want a fixed cost you can control. The corporate plan is 399 per SIM, unlimited calls, 2 GB a day, and I can put a hard cap so there are no extra charges at all. One bill, each SIM's use listed."),
        c("399 into ten, 3,990. Bit more than I thought. And if one leaves the job and takes the SIM?", "too_expensive"),
        t("The SIMs are in the company's name, so you suspend one from the business portal in a minute and give the number to the next person. Your customers keep calling the same number."),
        c("That's very useful. Give me the form.", None),
    ],
    worse=[
        o7,
        t("Kem cho. Our corporate plan is 399 per SIM with unlimited calls and 2 GB a day, and roaming across India is free."),
        c("399 into ten is 3,990. The other company quoted 350.", "too_expensive"),
        t("Theirs probably has 1.5 GB a day; ours has more data. For ten SIMs I can do 379."),
        c("Okay, 379. What documents are needed?", None),
        t("GST certificate, your PAN, and an authorisation letter on company letterhead."),
        c("I'll send my accountant with them tomorrow.", None),
    ],
)

# d08 --------------------------------------------------------------------------
o8 = c("We make footballs for export. Our internet keeps failing when we have video calls with buyers in Germany. I want the best plan you have.", None)
d08 = rpair(
    "b192r_d08_sialkot_export_internet",
    "Business broadband call centre, Sialkot, Pakistan. A football exporter asks for the top plan; the drops come from power changeover and a line fault.",
    better=[
        o8,
        t("Understood, losing a buyer call is costly. When it fails, does the whole connection go down, or does the video freeze while the internet stays on?"),
        c("Whole thing goes. Mostly in the evening, when the Germans call. And when the light goes, the generator takes a minute to start.", None),
        t("Then it's probably not speed. The router drops when power switches to the generator, and the evening drops may be the line. A small UPS for the router stops the first; for the line, I'll send a technician to test it this week."),
        c("And the best plan, should I still take it?", None),
        t("Your 50 Mbps is enough for video calls, so I'd fix the drops first. If you want extra safety, a 4G backup device at Rs 2,000 a month takes over when the line fails."),
        c("Good. Send the technician, and I'll take the backup also.", None),
    ],
    worse=[
        o8,
        t("Our best plan is 200 Mbps business fibre, Rs 18,000 a month, with priority support."),
        c("18,000 is a lot. We pay 8,000 now. Will it stop the drops?", "too_expensive"),
        t("Business fibre has a better uptime guarantee, and faults are fixed within 4 hours."),
        c("Okay. And when the light goes, the generator takes a minute. Does that matter?", None),
        t("That would drop the router, yes. A UPS for it would help, any electronics shop has them."),
        c("Okay, let me discuss with my brother, then I'll confirm.", "think_it_over"),
    ],
)

# d09 --------------------------------------------------------------------------
o9 = c("We want to get rid of our home phone. Only people who call it are telemarketers.", None)
d09 = rpair(
    "b192r_d09_san_antonio_landline_cancel",
    "Phone company store, San Antonio, Texas, US. An older woman wants to cancel the landline; her husband's fall-alert pendant uses it.",
    better=[
        o9,
        t("Fair enough, lots of folks are doing that. Before we cancel, is anything else hooked up to that line, like a medical alert button or a home alarm?"),
        c("My husband has a fall button, the pendant. I think it goes through the phone.", None),
        t("Then we need to be careful, that pendant may stop working when the line goes. Most alert companies have a cellular base now. Could you call them first? I'll hold the cancellation until it's switched."),
        c("Oh, I'm glad you asked. And the number, we've had it thirty years. The doctor's office has it.", None),
        t("We can move that number to a cell phone, so you keep it and lose the landline bill. I'll note it on the order and do both once the pendant's switched over."),
        c("Wonderful. I'll call the alert people today.", None),
    ],
    worse=[
        o9,
        t("Sure, I can cancel that. It stops at the end of the billing cycle, on the 20th, no fee."),
        c("Good. Thirty-four dollars a month for telemarketers.", None),
        t("Would you like to keep the number? We can move it to a cell phone for free."),
        c("Oh, yes, the doctor's office has that number.", None),
        t("Done. The number moves and the landline stops on the 20th."),
        c("Thank you, dear.", None),
    ],
)

# d10 --------------------------------------------------------------------------
o10 = c("Good afternoon. I just arrived for my master's. I need a SIM, and I need to call my parents in Lagos often.", None)
d10 = rpair(
    "b192r_d10_coventry_student_sim",
    "Mobile shop, Coventry, UK. A Nigerian student needs a SIM and calls home; his mother has no smartphone and power in Lagos is unsteady.",
    better=[
        o10,
        t("Welcome to Coventry! How do you usually talk to your parents, WhatsApp, or do they need a normal phone call?"),
        c("My dad uses WhatsApp, but my mum has a small phone, not a smartphone. And light in Lagos is not always steady, so their data is often off.", None),
        t("So WhatsApp works for your dad when they have power, but your mum needs a normal call. About how long do you talk to her each week?"),
        c("Every Sunday, maybe forty minutes. Sometimes more if there is something.", None),
        t("So up to about 200 minutes a month. The £10 SIM with 30 gig plus the £5 international add-on gives 300 minutes to Nigerian mobiles. £15 in total, no contract, so you can change it after the first month."),
        c("That's fair. Okay, let me take it.", None),
    ],
    worse=[
        o10,
        t("Welcome! Our £10 SIM-only plan has 30 gig and unlimited UK calls. For Nigeria, the international add-on is £5 for 300 minutes."),
        c("£15 every month, hmm. As a student my money is small. Can I not just use WhatsApp?", "no_money"),
        t("Yes, WhatsApp uses data, so with 30 gig you'll be fine for calls home."),
        c("Okay, then only the £10 SIM.", None),
        t("Great, here's your SIM. I'll activate it now."),
        c("Thank you.", None),
    ],
)

PAIRS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10]
