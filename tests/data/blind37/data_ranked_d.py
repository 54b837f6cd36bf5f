"""Ranked pairs d01-d05: both sides decent, `better` clearly better (hand-written)."""
from common import c, rpair, t

# d01 -- cloud accounting software, Jakarta, Indonesia (typed chat, B2B, sceptical)
_open = c("hi, we r small furniture exporter in jepara & jakarta, 2 admin staff. looking at ur software "
          "but honestly not sure cloud is safe for our finance data. we still use excel + an old desktop "
          "program", None)
rpair(
    "b37r_d01_jakarta_accounting",
    "The finance head of a small furniture exporter writes to a cloud accounting company's sales chat; "
    "she is unsure about moving the company's books to the cloud. It is the month of year-end closing.",
    [
        _open,
        t("Hi, thanks for being upfront. When you say not sure it's safe, what worries you most: someone "
          "hacking in, staff seeing what they shouldn't, or losing your data if a vendor shuts down?"),
        c("mostly the last one tbh. our old vendor stopped support in 2021 and we almost lost 3 yrs of "
          "data, took weeks to export", None),
        t("That's a rough one. Then two things matter: you can export everything to Excel or CSV any day, "
          "not only when leaving, and I can show you that in five minutes. Would it help to try the "
          "export yourself on a test company before deciding anything?"),
        c("yes that would help. but this month we r closing year end, no time for any trial until feb",
          "no_time"),
        t("Makes sense, year end comes first. Shall I open a test account now that stays open till end of "
          "February, so you can try the export when it's calmer? No card needed."),
        c("ok fine, send to finance@jatiprima.co.id", None),
    ],
    [
        _open,
        t("Hi! Our platform uses bank-level 256-bit encryption and ISO 27001 certified servers, so it's "
          "very safe. We're trusted by over 40,000 Indonesian SMEs. Would you like a demo this week?"),
        c("ok but what if ur company closes? our last vendor stopped support & we almost lost 3 yrs of "
          "data. not going thru that again", "bad_experience"),
        t("I understand. We're very stable, we've raised funding and we're growing fast, so that won't "
          "happen. Shall I book the demo for Thursday?"),
        c("thursday no, we r doing year end closing all month. maybe next month", "no_time"),
        t("No problem, I'll email you next month to book. Thanks for your interest!"),
        c("ok", None),
    ],
)

# d02 -- community pharmacy, Bridgetown, Barbados (spoken, elderly)
_open = c("Morning, darling. I want the strongest sleeping tablets you got. Ain't slept proper in two "
          "weeks.", None)
rpair(
    "b37r_d02_bridgetown_pharmacy",
    "An elderly woman comes to the counter of her local pharmacy asking for strong sleeping tablets; "
    "she recently started a new blood-pressure medicine.",
    [
        _open,
        t("Morning, Miss Gittens. Two weeks is a long time. What's keeping you up, you think? Trouble "
          "dropping off, or waking in the night?"),
        c("Waking up. The cramps in my legs, they wake me two, three o'clock, and then I can't go back.",
          None),
        t("Ah, so the cramps are waking you. Did anything change about two weeks ago? A new tablet from "
          "the doctor, maybe?"),
        c("Well, yes, the doctor put me on a new water pill for the pressure. You think is that?", None),
        t("It could be. Some water pills bring the potassium down, and that gives cramps. A sleeping "
          "tablet won't stop the cramps, and it can make you unsteady if you get up at night. I'd like "
          "Dr Alleyne to check your potassium. Could you get to the polyclinic this week?"),
        c("Lord, the polyclinic line is the whole morning, and my daughter only free to carry me "
          "Thursday.", "no_time"),
        t("Thursday is fine, it isn't an emergency. Till then, do these calf stretches before bed, I'll "
          "write them down. And if the cramps get very bad or your heart feels funny, go in sooner, "
          "don't wait."),
    ],
    [
        _open,
        t("Morning! The strongest we have without a prescription is this one, a one-a-night tablet, 50 "
          "milligrams. Take one half an hour before bed."),
        c("That will work for the cramps too? Is the cramps in my legs waking me.", None),
        t("It'll help you sleep through them. For the cramps there's magnesium tablets too, twenty-two "
          "dollars. A lot of our older customers take both."),
        c("Twenty-two? And the sleeping one is how much? My pension don't stretch so far.", "no_money"),
        t("The sleeping tablets are thirty-four. You could start with just those and see how you go."),
        c("Alright, just the sleeping ones, then.", None),
    ],
)

# d03 -- commercial office cleaning, Mombasa, Kenya (spoken, B2B, hurried)
_open = c("Hi, yes, this is Fatma from Coastline Shipping Agency, Nyali. Our cleaners quit yesterday, I "
          "need someone from Monday. I have a meeting in five minutes, so quickly please.", None)
rpair(
    "b37r_d03_mombasa_cleaning",
    "The office manager of a shipping agency phones a commercial cleaning company in a hurry, after "
    "her office's cleaning contractor walked out.",
    [
        _open,
        t("Got it, quick version. How big is the office, roughly, and do you need cleaning every day or a "
          "few days a week?"),
        c("Two floors, about twenty people. Every day, early, before eight.", None),
        t("We can do that from Monday. I'll send a quote on WhatsApp within the hour, and a supervisor can "
          "pass by tomorrow whenever suits you. Is this number on WhatsApp?"),
        c("Yes, this one. But tomorrow I'm in Changamwe the whole day, no time for any visit.", "no_time"),
        t("No problem, skip the visit. When you get a minute, send me a few phone photos of the floors "
          "and the washrooms and I'll price from those. Start Monday at half six?"),
        c("Okay, I'll send photos tonight. Monday, half six. Bye.", None),
    ],
    [
        _open,
        t("Hello Fatma, thank you for calling Pwani Pro Clean. Let me tell you a little about us first: "
          "we've served Mombasa businesses since 2009, we use eco-friendly chemicals, all our staff are "
          "vetted, and we offer daily, weekly and deep-clean packages. Our process is a free site survey, "
          "then a written proposal within three working days, then a one-month trial contract."),
        c("Three days? I need somebody Monday. Can you do Monday or not?", None),
        t("We'll do our best. The survey is the important step, though. Could our supervisor come "
          "tomorrow at ten?"),
        c("Tomorrow I'm in Changamwe the whole day. I really have to go now.", "no_time"),
        t("Of course. When would be a good time for me to call you back?"),
        c("Just send me something on WhatsApp.", "brush_off"),
    ],
)

# d04 -- motor insurance broker, Chiang Mai, Thailand (spoken, chatty father)
_open = c("Sawasdee krap! My friend Lek say you are good for insurance. I have Toyota Hilux Revo, 2019, "
          "and ah, my daughter, she just get her licence last month, so I worry a bit, you know, she "
          "drive to Chiang Mai University every day, the traffic on Huay Kaew, terrible!", None)
rpair(
    "b37r_d04_chiang_mai_motor_insurance",
    "A talkative father visits a small motor insurance broker because his daughter has just started "
    "driving the family pickup to university; the family budget is run by his wife.",
    [
        _open,
        t("Sawasdee krap, and congratulations to your daughter! Huay Kaew at rush hour, yes, I understand "
          "the worry. What insurance is on the Hilux now?"),
        c("Now I have Class 3, the cheap one, only pay for the other car. My wife say maybe now we need "
          "Class 1, but Class 1 is very expensive, no?", None),
        t("It's more, yes. For a 2019 Revo with a new driver, Class 1 is about 19,000 baht a year. There's "
          "also Class 2-plus, it covers your own truck if you crash with another vehicle, about 9,500. "
          "Either way, your daughter must be named on the policy as a driver."),
        c("Nineteen thousand! Ai-yah. I need to ask my wife before, she is the boss of the money.",
          "think_it_over"),
        t("Of course. How about I put both on one page, Class 1 and 2-plus with your daughter named, and "
          "you show her tonight? Nothing to pay until you decide, and the prices hold for 30 days."),
        c("Good, good, write it. I bring it to her tonight.", None),
    ],
    [
        _open,
        t("Sawasdee krap! With a new driver I strongly recommend Class 1, it covers everything. For your "
          "Revo it's 19,000 baht a year."),
        c("Nineteen thousand? Wah, too much, my friend. Last year Class 3 I pay only 2,800.",
          "too_expensive"),
        t("Class 1 is the best protection, especially with a new driver. You can pay by card today and it "
          "starts tomorrow. Shall I prepare it?"),
        c("Mm, let me talk with my wife first, then I come back.", "think_it_over"),
        t("Okay krap, no problem. Here is my card."),
    ],
)

# d05 -- hardware and building supplies store, Nassau, Bahamas (spoken)
_open = c("Hey, how you doin'. I need some of that waterproof paint. My back bedroom wall got black spots "
          "and the paint bubblin' up, and I just painted it in March.", None)
rpair(
    "b37r_d05_nassau_hardware",
    "A homeowner comes into a hardware store asking for waterproof paint for a bedroom wall that has "
    "mould spots and bubbling paint a few months after repainting.",
    [
        _open,
        t("Doing good, thanks. Before I sell you paint, let me ask a couple things, 'cause the wrong fix "
          "just bubbles again. Where on the wall is it worst? Near the floor, up top, or all over?"),
        c("Mostly the bottom, like knee high. And behind the wardrobe, that's the worst.", None),
        t("Knee high and behind furniture. Is that an outside wall? Anything wet on the other side, a "
          "bathroom, a tank?"),
        c("Outside wall, yeah. Nothin' on the other side but the yard. Well, the sprinkler does hit that "
          "wall every morning, come to think.", None),
        t("That'll be a big part of it: water soaking into the bottom of the block, and the wardrobe stops "
          "it drying. Turn that sprinkler head away and pull the wardrobe off the wall a few inches. Once "
          "it's dry, kill the mould with this cleaner and put a masonry sealer on the outside. Inside, "
          "ordinary paint is fine after that."),
        c("So I ain't need the fancy paint? Good, 'cause that stuff is ninety dollars a gallon.", None),
        t("Not inside, no. The outside sealer is thirty-eight, one gallon does that stretch. Move the "
          "sprinkler today and give the wall two weeks to dry before you paint."),
    ],
    [
        _open,
        t("Yes sir, you want the DryShield Pro, best we carry. Ninety dollars a gallon, but it stops damp "
          "for good. How many gallons?"),
        c("Ninety a gallon? That's steep, man. Home Centre had one for sixty.", "too_expensive"),
        t("The sixty-dollar one isn't as good. With DryShield you put two coats right over the old paint "
          "and you're done. One room, two gallons should cover it."),
        c("Alright, give me two. I hope it work this time.", None),
        t("It will. Scrape the bubbles off first. Anything else today?"),
        c("Nah, that's it.", None),
    ],
)
