"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it. Hand-written for blind196."""
from common import c, rpair, t

# f01: Liverpool restaurant, menu colour. Fault: argues with the customer.
o = c("Hi, I collected our menus yesterday and the orange in our logo's come out sort of brown. It looks "
      "nothing like it did on my screen.", None)
a1 = t("Sorry to hear that. Have you got one with you? Let's look at it next to the proof.")
a2 = c("Here. See, on the PDF it's bright orange, and this is, like, rust.", None)
g3 = t("I see what you mean, it's noticeably darker. Screens glow, so bright oranges often print duller, "
       "and we should have warned you or sent a printed proof. Let's sort it.")
g4 = c("Okay. I'm glad you can see it. So can it be fixed?", None)
w3 = t("Honestly, that's not brown, that's just how orange prints. It's the same colour, your screen's too bright.")
w4 = c("It's clearly brown. Don't tell me what I'm looking at.", None)
a5 = t("We'll reprint with the orange adjusted, and I'll give you a printed sample first, free, before we "
       "run all sixty menus. You'd have them by Friday.")
a6 = c("Fine, a sample first. Friday's cutting it fine with the weekend, but okay.", None)
f01 = rpair("b196r_f01_liverpool_menu_colour",
            "A restaurant owner says the logo colour on new menus printed wrong (print shop, Liverpool, UK).",
            [o, a1, a2, g3, g4, a5, a6], [o, a1, a2, w3, w4, a5, a6])

# f02: Newcastle NSW barber, shop sign. Fault: drops the price before asking anything.
o = c("Hey mate, I'm opening a barber shop on Darby Street and I need a sign over the front. Just after a "
      "rough idea.", None)
g1 = t("Sure. How wide is the shopfront, and is there an old sign frame up there already?")
g2 = c("About five metres. There's an old frame from the last shop, a café.", None)
w1 = t("Sure. Look, I'll do you 20% off whatever we quote, straight up, because you're new. How wide is the "
       "shopfront, and is there an old frame up there?")
w2 = c("Twenty per cent off what? You don't even know what I want yet. It's about five metres, there's "
       "an old frame from the café.", None)
a3 = t("If the frame's sound, a new printed face on it is the cheapest way. Do you want it lit at night?")
a4 = c("Nah, we shut at six. Just needs to look sharp.", "no_need")
a5 = t("Then a new aluminium face on the old frame, about $1,100 fitted. I'll check the frame this week "
       "before quoting properly.")
a6 = c("Good. I'll need the landlord's okay before anything goes up, though. I'll ask him first.", "think_it_over")
f02 = rpair("b196r_f02_newcastle_barber_sign",
            "A new barber wants a shopfront sign (sign maker, Newcastle, Australia).",
            [o, g1, g2, a3, a4, a5, a6], [o, w1, w2, a3, a4, a5, a6])

# f03: Pretoria daycare, fence banner. Fault: an unasked lecture.
o = c("Hi, I run a small daycare in Pretoria East. We need a banner on our fence for next year's "
      "enrolments. Nothing too big.", None)
a1 = t("Happy to help. How wide is the fence space, and what should the banner say?")
a2 = c("About two metres. 'Now enrolling 2026', our name and the phone number. Maybe a picture of kids.", None)
g3 = t("Simple is best on a fence, people read it from a car. A 2 by 1 metre PVC banner with eyelets is "
       "R650. Do you have your logo as a file?")
g4 = c("Yes, I have the logo. R650 is fine.", None)
w3 = t("Before we do that, let me explain something. Many daycares get branding completely wrong. Your "
       "fonts, colours and logo must match on every touchpoint, website, Facebook, uniforms, or a banner is "
       "wasted money. Anyway, a 2 by 1 metre banner is R650.")
w4 = c("Ja, okay... I only asked about a banner. I have the logo, if you still want to do it.", None)
a5 = t("Send the logo and your number and I'll do a layout today. Approve it by Thursday and it's ready Monday.")
a6 = c("Monday is good. I'll send it now.", None)
f03 = rpair("b196r_f03_pretoria_daycare_banner",
            "A daycare owner wants an enrolment banner (print shop, Pretoria, South Africa).",
            [o, a1, a2, g3, g4, a5, a6], [o, a1, a2, w3, w4, a5, a6])

# f04: Oxford bookshop, event posters. Fault: a vague next step.
o = c("Hello, I run an independent bookshop in Jericho. We've an author evening on the 18th and I'd like "
      "some posters to put up around town.", None)
a1 = t("Lovely. How many posters, and have you got the author's photo and the book cover?")
a2 = c("Thirty, perhaps, A3. The publisher sent a cover image. I'm not sure it's good enough quality.", None)
a3 = t("Send it over and I'll check the resolution. If it's too small, publishers usually have a print "
       "version we can ask for. Thirty A3 in colour would be £45.")
a4 = c("That's fine. The event's on the 18th, so I'd want them up about two weeks before.", None)
g5 = t("Then I'll check the cover tonight and email you by ten tomorrow either way. If it's fine, you'll "
       "have a proof by lunchtime and posters by Friday the 4th.")
g6 = c("Perfect, that gives me time to put them up.", None)
w5 = t("Okay, send it over and we'll have a look and let you know.")
w6 = c("Right... when, roughly? I'm a bit anxious about the timing.", None)
f04 = rpair("b196r_f04_oxford_bookshop_posters",
            "A bookshop owner wants posters for an author event (print shop, Oxford, UK).",
            [o, a1, a2, a3, a4, g5, g6], [o, a1, a2, a3, a4, w5, w6])

# f05: Ballarat sourdough stall, banner and flag. Fault: over-promises.
o = c("Hi, I do a stall at the Ballarat farmers market, sourdough. I want a banner for the front of the "
      "table and maybe a flag. Market's Saturday.", None)
a1 = t("Nice. What size is the table, and are you under a gazebo?")
a2 = c("Three-metre gazebo. Table's about 1.8 metres.", None)
a3 = t("Then a 1.8 by 0.6 metre table banner with ties, $95, and a 2.5 metre feather flag, $180. Is it "
       "this Saturday?")
a4 = c("This Saturday, yeah. I know it's Wednesday already. Is that even possible?", None)
g5 = t("The table banner, yes, ready Friday afternoon. The flags are printed in a run we only do on "
       "Mondays, so that'd be the week after. Banner now and flag after?")
g6 = c("Fair enough. Banner now, flag for the next market.", None)
w5 = t("No worries at all, we'll have both ready Friday, guaranteed.")
w6 = c("Great, because if the flag's not there I've wasted a trip into town.", None)
f05 = rpair("b196r_f05_ballarat_market_banner",
            "A market stallholder wants a table banner and flag within three days (print shop, Ballarat, Australia).",
            [o, a1, a2, a3, a4, g5, g6], [o, a1, a2, a3, a4, w5, w6])

# f06: George pharmacy, dead lightbox. Fault: doubts the customer's honesty.
o = c("Morning. The lightbox sign you put up at my pharmacy in George three months ago has gone dark. "
      "Just stopped on Monday night.", None)
a1 = t("Morning, sorry about that. Is the whole sign dark, flickering, or only part of it?")
a2 = c("Completely dark. I checked the plug and the breaker, those are fine.", None)
g3 = t("Thanks for checking those, that helps. At three months it's under warranty, and it's most "
       "likely the LED driver. I'll send a technician.")
g4 = c("Good. When can they come? We close at six.", None)
w3 = t("Hmm. Three months is very early. Are you sure nobody bumped it, or had a go at it with a ladder? "
       "We see that a lot.")
w4 = c("Nobody touched it. Are you saying I'm lying?", None)
a5 = t("The technician can be there tomorrow at nine. If it's the driver, he carries spares, and there's "
       "no charge under warranty.")
a6 = c("Nine's bad, that's our morning rush. Could he come at eight, before we open?", "no_time")
f06 = rpair("b196r_f06_george_pharmacy_lightbox",
            "A pharmacist's illuminated sign failed after three months (sign maker, George, South Africa).",
            [o, a1, a2, g3, g4, a5, a6], [o, a1, a2, w3, w4, a5, a6])

# f07: Leicester takeaway, menu update on the ordering site. Fault: closes before checking it works.
o = c("Alright. You built our takeaway website last month, the one with online ordering. I want to add "
      "the new menu items, the biryani specials.", None)
a1 = t("Sure. How many new items, and do they have options like spice level or portion size?")
a2 = c("Five. Mild, medium or hot. Half or full portion.", None)
a3 = t("Okay, five items with spice and portion options, and the prices updated. Anything coming off?")
a4 = c("Take off the lamb karahi, we stopped doing it.", None)
g5 = t("Done on the test copy. Before it goes live, could you place a test order for one special from "
       "your phone, so we know the options reach the kitchen printer properly?")
g6 = c("Good idea. Doing it now... yeah, it's printed 'hot, full'. Put it live.", None)
w5 = t("Done, it's live now. That's £60 for the update, I'll send the invoice today.")
w6 = c("Already? Did you check the orders still print in the kitchen? Last time you changed something "
       "they didn't, and I'm not paying for that again.", "bad_experience")
f07 = rpair("b196r_f07_leicester_takeaway_menu",
            "A takeaway owner wants new dishes added to online ordering (web designer, Leicester, UK).",
            [o, a1, a2, a3, a4, g5, g6], [o, a1, a2, a3, a4, w5, w6])

# f08: Townsville mechanic, slow services. Fault: recommends before asking.
o = c("G'day. I've got a mechanic's workshop in Aitkenvale. Business has been slow and someone said I "
      "should do some advertising. Dunno where to start.", None)
g1 = t("Happy to help you work it out. Slow since when, and what sort of jobs have dropped off?")
g2 = c("Since about March. Mostly the regular services. Repair work's still coming in.", None)
w1 = t("Easy. What you need is a letterbox drop, 10,000 flyers across Aitkenvale and Mundingburra. That's "
       "what works for mechanics.")
w2 = c("Hang on, mate. It's just the regular services that've dropped. Repairs are still coming in.", None)
a3 = t("Services dropping while repairs hold up usually means people forget or go somewhere cheaper. Do "
       "you send reminders when a service is due?")
a4 = c("Nah. Used to do postcards years ago. Stopped when the girl in the office left.", None)
a5 = t("Then before any advertising, I'd do service reminder cards and a text to customers from the last "
       "two years. About $300 all up. Flyers can come later if that's not enough.")
a6 = c("Makes sense. Cheaper than I feared, too. Let's do the reminders.", None)
f08 = rpair("b196r_f08_townsville_mechanic_reminders",
            "A mechanic with falling service bookings asks about advertising (local marketing and print, Townsville, Australia).",
            [o, g1, g2, a3, a4, a5, a6], [o, w1, w2, a3, a4, a5, a6])

# f09: Pietermaritzburg wedding planner, booklets. Fault: unexplained jargon.
o = c("Hi, I plan weddings in Pietermaritzburg and I want to offer printed order-of-service booklets to "
      "my couples. I've never dealt with a printer before.", None)
a1 = t("Happy to help. How many pages is a typical booklet, and how many guests?")
a2 = c("Eight pages, maybe. About 120 guests. I design them myself in Canva.", None)
g3 = t("Canva's fine. When you download, choose 'PDF Print' and tick the box for the extra edge, so the "
       "colour runs right to the edge after we trim. And keep photos large so they don't come out blurry.")
g4 = c("Oh, that's easy. I can do that.", None)
w3 = t("Canva's fine. Just export a PDF/X-1a, CMYK, 300 dpi, 3mm bleed with crop marks, and no RGB images.")
w4 = c("Sorry, I didn't understand any of that. What's bleed?", None)
a5 = t("For 120 eight-page booklets, stapled in the middle, it's R1,450. Send me the first one and I'll "
       "check it before we print.")
a6 = c("Hmm, R1,450. I'll have to see what my couples would pay for that before I offer it.", "think_it_over")
f09 = rpair("b196r_f09_pmb_wedding_booklets",
            "A wedding planner wants to offer printed booklets (printer, Pietermaritzburg, South Africa).",
            [o, a1, a2, g3, g4, a5, a6], [o, a1, a2, w3, w4, a5, a6])

# f10: Aberdeenshire fishmonger, van livery. Fault: talks about himself instead of the customer.
o = c("Hello. I've a fishmonger's van, I do the villages round Aberdeenshire on set days. I'd like the "
      "van done up so folk know it's me coming.", None)
a1 = t("Good idea. What's on the van now, and what do folk need to know when they see it?")
a2 = c("Nothing, it's plain white. They need to know it's fish, it's me, and what day I'm in their village.", None)
g3 = t("So three things: fish, your name and the days. The days might change, so I'd put them on a "
       "magnetic panel you can swap, not on the wrap itself.")
g4 = c("Aye, good thinking. The Tuesday route changes in winter anyway.", None)
w3 = t("Vans are my favourite job, actually. I started out wrapping rally cars in Inverurie, I've done "
       "half the ice cream vans in the northeast, and we won a regional award last year for a coffee van.")
w4 = c("Right. Well. That's nice. But what about my van?", None)
a5 = t("A half wrap, sides and back, with a fish design and your name, is about £1,400. Or a simpler "
       "logo-and-panel job for around £650. Both with a magnetic days panel.")
a6 = c("Fourteen hundred's beyond me this year. The £650 one, maybe, if the bank's kind.", "no_money")
f10 = rpair("b196r_f10_aberdeen_fish_van",
            "A mobile fishmonger wants his van sign-written (vehicle graphics, Aberdeen, UK).",
            [o, a1, a2, g3, g4, a5, a6], [o, a1, a2, w3, w4, a5, a6])

PAIRS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10]
