"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction to it.
Hand-written by the blind236 writer."""
from common import c, rpair, t

# f01: worse argues with the customer about the colours
f01_c0 = c("Hi, we got the printed proof of our wedding album. The skin tones look very yellow, my husband looks sick. The online gallery looked fine.", None)
f01_t1 = t("Thanks for bringing it in. Which pages bother you most?")
f01_c2 = c("Mostly the ballroom pages, 12 to 20. The ceremony outside is okay.", None)
f01_t3_better = t("That makes sense, the ballroom had warm lights, and paper can push that further than a screen does. Let's look at those pages under our daylight lamp together.")
f01_c4_better = c("Okay. See, here, his face is almost orange.", None)
f01_t3_worse = t("Honestly, I don't think they're yellow. That's how the ballroom light was, the colours are accurate. Most people's phone screens are too blue, that's why the gallery looked different.")
f01_c4_worse = c("I'm not looking at my phone, I'm holding your proof. I was there, it didn't look like this.", None)
f01_t5 = t("I can see it on pages 14 and 16 especially. We'll cool down the ballroom pages, print a new proof of just those, and you check it before we print the album. It'll be ready Wednesday.")
f01_c6 = c("Okay, Wednesday after work. Please make sure the outdoor pages stay the same.", None)

# f02: worse doubts the customer's honesty about a short delivery
f02_c0 = c("Hello, I ordered one thousand visiting cards for my CA firm. The box came yesterday and there are only around five hundred inside.", None)
f02_t1 = t("Sorry about that. Could you give me the order number so I can pull it up?")
f02_c2 = c("PN-2231. I counted twice. It's two packs of 250, and the label says 1000.", None)
f02_t3_better = t("Thank you for counting. The label should match what's inside, so something went wrong at our packing.")
f02_c4_better = c("Yes. And I need the rest by Monday, we have a client seminar.", None)
f02_t3_worse = t("Hmm, our machine counts exactly, so are you sure? Sometimes people in the office take a few packs without telling anyone.")
f02_c4_worse = c("Two packs of 250 is not 'a few'. You're saying my staff are stealing? I counted it myself.", None)
f02_t5 = t("I've checked the packing record: your order was split into four packs and only two were scanned out. The other two are still here. I'll courier them today, so you'll have them tomorrow, well before Monday.")
f02_c6 = c("Okay. Send the tracking number on WhatsApp.", None)

# f03: worse drops the price before asking anything
f03_c0 = c("Hiya, I've got a small bakery in Chapel Allerton. A friend said you do branding. What does something like that cost?", None)
f03_t1_better = t("It depends a lot on what you need. What's prompting it, and what have you got at the moment?")
f03_c2_better = c("We've got a sign my dad painted and a Facebook page. We're starting to sell to two cafés, and they want labels on the boxes.", None)
f03_t1_worse = t("Our full branding package is normally £2,400, but I can do it for £1,800 for you.")
f03_c2_worse = c("Oh. Right. I don't even know if I need a full package. We've got a sign my dad painted and a Facebook page, and two cafés want labels on our boxes.", "no_need")
f03_t3 = t("So the pressing thing is labels for the café boxes, and something that looks like the same bakery on the sign and on Facebook. Does the painted sign matter to you?")
f03_c4 = c("It does, it's my dad's. I'd like to keep it if I can. And I can't be spending thousands, it's a small shop.", None)
f03_t5 = t("Then we'd build the labels from your dad's lettering rather than replace it. Labels plus a clean logo file taken from the sign is £450. I'll mock up a label on one of your boxes first, free, so you see it before you pay anything.")
f03_c6 = c("That sounds grand. I'll drop a box in on Friday.", None)

# f04: worse gives an unasked lecture
f04_c0 = c("Dada, I want to rent a camera for Durga Puja, five days. Mostly pandal photos at night.", None)
f04_t1 = t("Which camera have you used before? And do you need a flash or a tripod too?")
f04_c2 = c("I used a Nikon D5300 in my college club. Tripod yes, if they allow it in the pandals. I'm a student, so budget is tight, you know.", None)
f04_t3_better = t("Then a D7500 will feel familiar and it's better in low light. Many pandals don't allow tripods in the crowd, so I'll give you a small monopod as well, free.")
f04_c4_better = c("Oh nice, that's helpful.", None)
f04_t3_worse = t("Night pandals are tricky, so let me explain properly. Shoot manual only. Aperture wide open, shutter never slower than 1/60 or you'll get shake, ISO up to 3200, and never trust auto white balance under those lights. And keep the rule of thirds in mind, don't put the idol dead centre.")
f04_c4_worse = c("Dada, I know all this, I did the course. I only asked for a camera.", None)
f04_t5 = t("D7500 with a 35mm lens, five days, is ₹3,500 including a monopod. With a student ID, ₹3,000.")
f04_c6 = c("Three thousand is still a bit much. My friend rented from a shop in Gariahat for two.", "too_expensive")
f04_t7 = t("That may be an older body. To keep it lower, the D5300 you know is ₹2,200 for five days, and honestly, for pandals the lens matters more than the body.")

# f05: worse ends with a vague next step
f05_c0 = c("Hi, it's Priya from Loop Bikes. We watched the first cut of the launch video. It's mostly good, but there are a few things.", None)
f05_t1 = t("Great that it's mostly there. What are the things?")
f05_c2 = c("The music's too dramatic, it feels like a car advert. And our mechanic's name is spelled wrong on screen. Ravinder, not Ravindra. Oh, and can we get a thirty-second version for Instagram? I know that wasn't in the quote.", None)
f05_t3 = t("Got it: calmer music, fix Ravinder's name, and a thirty-second cut. The short cut is a separate edit, so it's an extra £180. Do you want it?")
f05_c4 = c("Go on, one-eighty's fine. Our launch is on the 15th, so timing matters more than anything.", None)
f05_t5_better = t("I'll send the revised video with three music options, plus the thirty-second cut, by Tuesday at five. If you reply by Wednesday, the final files are with you on Friday, well ahead of the 15th.")
f05_c6_better = c("Perfect, I'll block Wednesday morning to review it.", None)
f05_t5_worse = t("Great, we'll get started on the changes and let you know when it's ready.")
f05_c6_worse = c("Okay... any idea when, roughly? I've got to tell my co-founder something.", None)

# f06: worse over-promises on a logo taken from a chat app
f06_c0 = c("Hi, I need a big banner for a charity booth this Saturday, three metres by one. Today is Thursday already. Can you do it?", None)
f06_t1 = t("Yes, Saturday is doable. Do you have the artwork?")
f06_c2 = c("Yes, I'll WhatsApp it to you. The logo I only have from our group chat, but should be fine, right?", None)
f06_t3_better = t("I'll check it when it comes, but honestly, logos saved from a chat are usually small, and at three metres they can look blurry. If someone has the original file, that's safer. If not, our designer can redraw a simple logo for S$40.")
f06_c4_better = c("Okay, I'll ask the volunteer who made it. If she can't find it, we'll do the redraw.", None)
f06_t3_worse = t("Don't worry, it'll look perfect. We can make anything big.")
f06_c4_worse = c("Oh great, that's a relief.", None)
f06_t5 = t("The banner with an X-stand is S$120, ready Friday at four.")
f06_c6 = c("Okay, I'll pay now and collect Friday.", None)

# f07: worse closes before checking the discs play on the grandmother's player
f07_c0 = c("Hello, I want my sister's wedding video put on DVDs. Ten copies, for the relatives. My grandmother has only an old DVD player, no smart TV.", None)
f07_t1 = t("Sure. Is the video on a pen drive or a link? And roughly how long is it?")
f07_c2 = c("Pen drive. Two hours, more or less. How much for ten?", None)
f07_t3_better = t("₹200 a disc, so ₹2,000. Old players can be fussy with some discs, so let me burn one first and you try it on your grandmother's player tonight. If it plays, I'll make the other nine tomorrow.")
f07_c4_better = c("Good idea, her player is very old. I'll test it tonight and call you.", None)
f07_t3_worse = t("₹200 a disc, so ₹2,000. I'll burn all ten now, you pay at the counter and take them in an hour.")
f07_c4_worse = c("Okay, I'll pay. But will they play on her old player?", None)
f07_t5 = t("If any disc gives trouble on her player, bring it back and we'll redo it in a different format, free.")
f07_c6 = c("Okay, fine. Thank you.", None)

# f08: worse recommends before asking
f08_c0 = c("Namaste, I manage a small heritage haveli hotel in Jaipur. We need new brochures. The old ones are from before Covid.", None)
f08_t1_better = t("Namaste. Who will get the brochures mostly? Guests at the desk, travel agents, or tourists in the city?")
f08_c2_better = c("Mostly travel agents, in Delhi and abroad. And some at the desk for guests to take home.", None)
f08_t1_worse = t("Namaste! For a heritage property I'd recommend our premium brochure: twenty-four pages, textured paper, gold foil on the cover. Very royal, ₹180 a copy.")
f08_c2_worse = c("Twenty-four pages? We have eight rooms only. It's mostly for travel agents, in Delhi and abroad.", "no_need")
f08_t3 = t("Travel agents usually want something light they can post or hand over, with rooms, rates and contacts. Do they take printed ones, or do they ask for a PDF?")
f08_c4 = c("Honestly, the foreign ones want PDF. Delhi agents like printed. And the season was slow, so the owner is watching every rupee.", None)
f08_t5 = t("Then I'd do an eight-page brochure, light enough to post, and the same design as a PDF for the foreign agents. Five hundred copies is ₹22,000 including the PDF.")
f08_c6 = c("Twenty-two is more than I hoped. Let me show the owner, he decides these things.", "think_it_over")

# f09: worse uses unexplained print jargon
f09_c0 = c("Hi! We're getting married in September and want our invitations printed. About eighty. We've got a design from Etsy.", None)
f09_t1 = t("Congratulations! Is it a file you've downloaded, and did you have a feel in mind, thick card, shiny bits, that sort of thing?")
f09_c2 = c("It's a PDF. We'd like it to feel fancy but not cost a fortune. We've got about a hundred and fifty for all of it.", None)
f09_t3_better = t("Then I'd go for a thick, soft-feel card, with a clear glossy layer just on your names so they catch the light. Eighty with envelopes would be £128.")
f09_c4_better = c("Oh, that sounds lovely. Shiny names, yes.", None)
f09_t3_worse = t("Then I'd go 350gsm uncoated with spot UV on the names. Make sure the PDF is CMYK with 3mm bleed and outlined fonts. Eighty with envelopes would be £128.")
f09_c4_worse = c("Sorry, I've no idea what half of that means. Is my Etsy file okay or not?", None)
f09_t5 = t("Send me the PDF and I'll check it's ready to print and fix anything small myself. I'll email you a proof to approve before we print a thing.")
f09_c6 = c("Perfect. We'll pop in on Saturday to feel the card before we decide, my fiancé wants a say.", "think_it_over")

# f10: worse talks about himself instead of the customer's worry
f10_c0 = c("Hi, my baby is turning one month next week and my mother-in-law wants full-month photos at home. Do you do home sessions?", None)
f10_t1 = t("Congratulations! Yes, we do. How many people will be in the photos, and is it during the full-month celebration or at a separate time?")
f10_c2 = c("During the party, Saturday afternoon. Maybe thirty relatives. But I'm worried, the baby cries with strangers. And the flat is quite small.", None)
f10_t3_better = t("That's very normal at one month. I'd come an hour before the guests and do the baby shots while it's quiet, usually during a feed or a nap, then take candid photos at the party without flash, so nobody gets startled.")
f10_c4_better = c("Oh, that makes sense. An hour before is fine.", None)
f10_t3_worse = t("Don't worry, I've been doing this twelve years. I've shot over a thousand babies, including for a couple of local celebrities. My own son was a crier too, I used to photograph him every day. And I won an award for newborn work in 2019.")
f10_c4_worse = c("Okay... but what will you actually do if he cries? The flat is small.", None)
f10_t5 = t("I'd suggest two hours: the first before the guests arrive for the quiet baby shots, the second at the party. S$480 with forty edited photos.")
f10_c6 = c("Four-eighty is quite a bit. My friend's photographer charged three hundred.", "too_expensive")
f10_t7 = t("That may have been one hour. We can do just the quiet hour before the guests and skip the party, S$300, and the relatives' phones can cover the rest.")

PAIRS = [
    rpair(
        "b236r_f01_singapore_album_colour",
        "A bride brings back the printed proof of her wedding album because the ballroom pages look yellow. "
        "Fault in worse: the trainee argues that the colours are accurate and blames her phone screen before looking.",
        better=[f01_c0, f01_t1, f01_c2, f01_t3_better, f01_c4_better, f01_t5, f01_c6],
        worse=[f01_c0, f01_t1, f01_c2, f01_t3_worse, f01_c4_worse, f01_t5, f01_c6],
    ),
    rpair(
        "b236r_f02_pune_visiting_cards_short",
        "A chartered accountant's order of a thousand visiting cards arrived with only five hundred in the box. "
        "Fault in worse: the trainee doubts the customer's count and suggests her staff took some.",
        better=[f02_c0, f02_t1, f02_c2, f02_t3_better, f02_c4_better, f02_t5, f02_c6],
        worse=[f02_c0, f02_t1, f02_c2, f02_t3_worse, f02_c4_worse, f02_t5, f02_c6],
    ),
    rpair(
        "b236r_f03_leeds_bakery_branding",
        "The owner of a small bakery asks what branding costs; two cafés want labels on her boxes and she wants to keep her dad's painted sign. "
        "Fault in worse: the trainee quotes and discounts a full package before asking a single question.",
        better=[f03_c0, f03_t1_better, f03_c2_better, f03_t3, f03_c4, f03_t5, f03_c6],
        worse=[f03_c0, f03_t1_worse, f03_c2_worse, f03_t3, f03_c4, f03_t5, f03_c6],
    ),
    rpair(
        "b236r_f04_kolkata_puja_camera_rental",
        "A student wants to rent a camera for five nights of Durga Puja pandal photos. "
        "Fault in worse: an unasked lecture on exposure and composition to someone who has done the course.",
        better=[f04_c0, f04_t1, f04_c2, f04_t3_better, f04_c4_better, f04_t5, f04_c6, f04_t7],
        worse=[f04_c0, f04_t1, f04_c2, f04_t3_worse, f04_c4_worse, f04_t5, f04_c6, f04_t7],
    ),
    rpair(
        "b236r_f05_london_launch_video_edit",
        "A bike start-up founder gives feedback on the first cut of a launch video and adds a short Instagram cut; the launch is on the 15th. "
        "Fault in worse: a vague next step ('we'll let you know') instead of dates.",
        better=[f05_c0, f05_t1, f05_c2, f05_t3, f05_c4, f05_t5_better, f05_c6_better],
        worse=[f05_c0, f05_t1, f05_c2, f05_t3, f05_c4, f05_t5_worse, f05_c6_worse],
    ),
    rpair(
        "b236r_f06_singapore_charity_banner",
        "A volunteer needs a three-metre banner for a charity booth on Saturday and only has the logo from a group chat. "
        "Fault in worse: the trainee over-promises that the blown-up chat logo will look perfect.",
        better=[f06_c0, f06_t1, f06_c2, f06_t3_better, f06_c4_better, f06_t5, f06_c6],
        worse=[f06_c0, f06_t1, f06_c2, f06_t3_worse, f06_c4_worse, f06_t5, f06_c6],
    ),
    rpair(
        "b236r_f07_hyderabad_wedding_dvds",
        "A man wants ten DVD copies of his sister's wedding video for relatives; his grandmother has only an old DVD player. "
        "Fault in worse: the trainee burns all ten and takes payment before checking that a disc plays on that player.",
        better=[f07_c0, f07_t1, f07_c2, f07_t3_better, f07_c4_better, f07_t5, f07_c6],
        worse=[f07_c0, f07_t1, f07_c2, f07_t3_worse, f07_c4_worse, f07_t5, f07_c6],
    ),
    rpair(
        "b236r_f08_jaipur_haveli_brochure",
        "The manager of an eight-room heritage hotel needs new brochures, mainly for travel agents. "
        "Fault in worse: the trainee recommends a premium twenty-four-page brochure before asking who it is for.",
        better=[f08_c0, f08_t1_better, f08_c2_better, f08_t3, f08_c4, f08_t5, f08_c6],
        worse=[f08_c0, f08_t1_worse, f08_c2_worse, f08_t3, f08_c4, f08_t5, f08_c6],
    ),
    rpair(
        "b236r_f09_cardiff_wedding_invitations",
        "A bride wants eighty invitations printed from an Etsy design, fancy but within about £150. "
        "Fault in worse: unexplained print jargon (gsm, spot UV, CMYK, bleed) to someone who has never ordered print.",
        better=[f09_c0, f09_t1, f09_c2, f09_t3_better, f09_c4_better, f09_t5, f09_c6],
        worse=[f09_c0, f09_t1, f09_c2, f09_t3_worse, f09_c4_worse, f09_t5, f09_c6],
    ),
    rpair(
        "b236r_f10_singapore_full_month_photos",
        "A new mother wants full-month photos at home during the family party and worries her baby cries with strangers in a small flat. "
        "Fault in worse: the photographer answers her worry by talking about himself and his awards.",
        better=[f10_c0, f10_t1, f10_c2, f10_t3_better, f10_c4_better, f10_t5, f10_c6, f10_t7],
        worse=[f10_c0, f10_t1, f10_c2, f10_t3_worse, f10_c4_worse, f10_t5, f10_c6, f10_t7],
    ),
]
