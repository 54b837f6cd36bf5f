"""Gaming pairs, file b (kinds 11-15, then 1-5). Hand-written for blind196."""
from common import c, gpair, t

# --- 11. ignored_customer: Manchester salon, loyalty cards -----------------------------------
o1 = c("Hi love, I've got a salon in Chorlton and I want loyalty cards, the stamp ones. Can you do them?", None)
p1 = gpair(
    "b196g_manchester_salon_loyalty", "print shop, Manchester (UK)", "ignored_customer",
    "A salon owner wants stamp loyalty cards; her last ones smudged.",
    [o1,
     t("Yes, we do loads of those. How do you want the loyalty to work, how many visits before the reward?"),
     c("Every sixth blow-dry free. The girls stamp them. I had some from another printer once and the ink "
       "smudged on the glossy card.", None),
     t("That's a common one, gloss won't take stamp ink. So you want an uncoated card that dries fast. "
       "How many clients would you give them to?"),
     c("Maybe 300 regulars. I'd get 500 so we don't run out.", None),
     t("500 uncoated, six stamp boxes on the back, £45. I can post you a test card first so you can try "
       "your own stamp on it."),
     c("Oh, yes, do that. I'll try it with the girls' stamp on Saturday.", None),
     t("It'll go out today. Once you're happy, reply to the email and we'll print within three days."),
     c("Lovely. Ta, love.", None)],
    [o1,
     t("Absolutely! Tell me about your salon and your clients' experience. What matters most to you?"),
     c("Honestly, the last ones I had from a printer, the stamp smudged all over the shiny card, so I'm a bit wary.", "bad_experience"),
     t("Great, thanks for sharing. Our most popular loyalty card is the high-gloss laminated one, it looks "
       "stunning. How many would you like?"),
     c("Gloss? That's what smudged. Did you hear me?", None),
     t("Totally. So, gloss, and how many clients come through each week?"),
     c("About sixty. But I'm not having gloss, I just said.", "no_need"),
     t("Perfect, sixty a week. So I'd say 1,000 of the gloss at £69, that's our best value. Is there "
       "anything else worrying you?"),
     c("Yes, you. I'll ring somewhere else.", None)],
)

# --- 12. repeated_questions: Huon Valley honey, jar labels -----------------------------------
o2 = c("Hello, we're a family honey business down in the Huon Valley. We need new jar labels because "
       "the health inspector says ours are missing things.", None)
p2 = gpair(
    "b196g_hobart_honey_labels", "label printer, Hobart (Australia)", "repeated_questions",
    "A family honey producer must add compulsory details to their jar labels.",
    [o2,
     t("Okay, so it's a compliance fix as well as a reprint. What did the inspector say was missing?"),
     c("Net weight, our business address, and a best-before. We've just got the name and a bee picture now.", None),
     t("Right, net weight, address and best-before to add. How many jar sizes do you have?"),
     c("Two. 250 gram and 500 gram. The best-before changes every batch though, so how does that work?", None),
     t("Good question. Most small producers print everything fixed and leave a blank box for the "
       "best-before, which you stamp or write per batch. Would that suit you?"),
     c("Yes, that's easier. We used to do them on the home printer, but they ran when the jars got wet.", None),
     t("Then waterproof paper on rolls. A thousand of each size, $310 with both designs. I'll send a "
       "proof with the new details so you can check it against what the inspector asked for."),
     c("Lovely. Send it to Margaret at the farm email.", None)],
    [o2,
     t("Great to hear from you! So tell me, what are you looking for today?"),
     c("New labels, with the weight and address and a best-before. Two jar sizes, 250 and 500 gram.", None),
     t("Perfect. And what kind of labels do you need?"),
     c("Like I said, jar labels. With the bits the inspector wants.", None),
     t("Got it. Just so I understand your needs, what will the labels be going on?"),
     c("Honey jars. Two sizes. I've said that twice now.", None),
     t("Absolutely, thank you. And can I ask what sort of product you're labelling?"),
     c("Honey! Look, I haven't got all day, I've got hives to check. Just email me a price.", "no_time"),
     t("No problem. Before I do, what sizes are the jars?"),
     c("Forget it. I'll ring the other place.", None)],
)

# --- 13. wrong_paraphrase: Centurion bookkeeper, advertising -------------------------------
o3 = c("Morning. I'm a bookkeeper in Centurion, one-person practice. I'm thinking of doing some "
       "advertising, but honestly I'm not sure what kind.", None)
p3 = gpair(
    "b196g_centurion_bookkeeper_ads", "local marketing agency, Pretoria (South Africa)", "wrong_paraphrase",
    "A sole bookkeeper wants a few more small-business clients and is unsure how to advertise.",
    [o3,
     t("Morning. Happy to think it through with you. What kind of clients are you after?"),
     c("Small businesses, like plumbers and salons, who need monthly books. Not individuals, the tax "
       "returns take too long for what I can charge.", None),
     t("So small businesses on monthly bookkeeping, not personal tax. How do your clients find you now?"),
     c("Referrals mostly. And the local business chamber. I've got space for about five more.", None),
     t("Five more is a small number, so you don't need a big campaign. I'd start with a sponsored spot in "
       "the chamber newsletter, R800 a month, and a referral card for your current clients. Google ads "
       "can work too, but they cost more to get right."),
     c("Ja, Google makes me nervous. A friend spent thousands and only got people wanting free advice.", "bad_experience"),
     t("That happens a lot without tight settings, so let's leave Google for now. I'll send the newsletter "
       "rates and a sample referral card, and you decide after the next chamber meeting."),
     c("Okay, that sounds sensible. The meeting's on the 20th.", None)],
    [o3,
     t("Morning! So what I'm hearing is you want to reach individuals for tax season. Did I understand you correctly?"),
     c("No, I didn't say that. Actually I don't want individuals at all.", None),
     t("Right, so you're looking to grow fast and take on lots of clients, maybe twenty or thirty. Is that correct?"),
     c("No. Five, maybe. I'm on my own.", None),
     t("Perfect, so you're saying budget isn't really a concern and you want maximum reach. Our Google "
       "and Facebook package is R6,500 a month."),
     c("Where did I say budget isn't a concern? Six and a half thousand is more than a new client brings me.", "too_expensive"),
     t("I understand. So, to play it back, you'd prefer to start next week on the three-month plan?"),
     c("I said none of that. You know what, just send me a brochure.", "brush_off")],
)

# --- 14. pitch_to_upset: Norwich, bereaved daughter cancelling ads ---------------------------
o4 = c("Hello. I'm ringing about my dad's account. He had the shoe repair shop on Magdalen Street. He "
       "passed away last week and I need to stop the adverts.", None)
p4 = gpair(
    "b196g_norwich_bereavement_cancel", "local advertising (community magazine), Norwich (UK)", "pitch_to_upset",
    "A daughter rings to cancel her late father's monthly adverts; the shop is closing.",
    [o4,
     t("I'm so sorry about your dad. Thank you for letting us know, I'll take care of it. Can I take the "
       "name on the account so I find the right one?"),
     c("Ray Bishop. Bishop's Shoe Repairs. Sorry, I'm a bit all over the place.", None),
     t("That's completely fine, take your time. I've found it: a quarter-page each month and a directory "
       "listing. Is the shop closing, or is someone carrying it on?"),
     c("Closing. There's no one to run it. I just don't want people turning up to a locked door.", None),
     t("Understood. I'll cancel both from today and there's nothing more to pay. The February issue has "
       "already gone to print, I'm afraid, so the advert will appear once more."),
     c("Oh. Could it say something? Closed, or... I don't know.", None),
     t("February can't change, but I can update the directory listing today to say the shop has closed, "
       "with thanks to his customers. Would you like that?"),
     c("Yes. He'd have liked that. Thank you.", None),
     t("I'll email you the cancellation confirmation today. And I'm very sorry again."),
     c("Thank you. That's one less thing.", None)],
    [o4,
     t("I'm so sorry for your loss, I really understand how you feel. Before we cancel, can I ask, has "
       "anyone thought about what happens to the business?"),
     c("No. I don't know. I just need the adverts stopped.", None),
     t("Of course. It's just that lots of families keep the business going, and our 'Under New "
       "Management' package, a quarter-page plus a social boost, is £120 a month. It really supports the "
       "transition experience."),
     c("There's no one to run it. It's closing.", "no_need"),
     t("I hear you. Then have you thought about a closing-down sale? Posters and a half-page ad are a "
       "great way to clear the stock. What would be most helpful for your family right now?"),
     c("Are you seriously selling to me? My dad died last week.", None),
     t("I completely understand, and I'm only trying to meet your needs. Shall I put you down for the "
       "closing-down poster pack, just £65?"),
     c("No. Just cancel it. I'll put it in writing.", "no_need")],
)

# --- 15. blame: Melbourne cafe, peeling window lettering -------------------------------------
o5 = c("Hi, you did the lettering on our café window in Brunswick two weeks ago and it's already "
       "peeling at the edges. The C in coffee is half off.", None)
p5 = gpair(
    "b196g_melbourne_window_vinyl", "sign maker, Melbourne (Australia)", "blame",
    "Cut-vinyl window lettering is peeling two weeks after fitting.",
    [o5,
     t("Sorry to hear that, two weeks is far too soon. Which side of the glass is it on, inside or out?"),
     c("Outside. Your fitter said outside would look sharper.", None),
     t("Okay. Has anything been done to the window since? Cleaning, pressure washing, anything like that?"),
     c("Our cleaner does the windows every Monday with a squeegee. Same as always.", None),
     t("A squeegee shouldn't lift good vinyl. Peeling at two weeks means the glass wasn't prepped properly "
       "or the edges weren't sealed. That's our fitting, so we'll redo it free, and I'd put it inside "
       "this time, it'll last years longer."),
     c("Inside's fine. Just not in the morning, we're flat out till eleven.", None),
     t("Noted. Could we come Tuesday at two?"),
     c("Tuesday at two's perfect. Thanks for sorting it.", None)],
    [o5,
     t("Hmm, okay. So what I'm hearing is it's peeling. Can I ask how you've been cleaning the window?"),
     c("Our cleaner does it Mondays with a squeegee. Same as always.", None),
     t("Right, so that's probably it. Squeegees lift the edges if you're not careful. Wouldn't you say that's likely?"),
     c("It's a squeegee. Every window in Melbourne gets squeegeed.", None),
     t("I understand how you feel. But your fitter would have told you about aftercare, and outside the "
       "glass was your choice. So what would you like to do about it?"),
     c("My choice? Your fitter told us outside. I want it fixed.", None),
     t("We can refit it, but as it's aftercare damage there's a call-out fee of $180. Does that work for you?"),
     c("A hundred and eighty for your own dodgy job? No way. I'll leave a review and get someone else.", None)],
)

# --- 1. monologue: Gqeberha surf school, promotional merchandise -----------------------------
o6 = c("Howzit. I run a surf school in Summerstrand and I want some branded stuff for the students. "
       "Caps maybe, or water bottles?", None)
p6 = gpair(
    "b196g_gqeberha_surf_merch", "promotional merchandise supplier, Gqeberha (South Africa)", "monologue",
    "A surf school owner wants a branded gift for students.",
    [o6,
     t("Howzit. Nice. Is it a gift for every student, or something you'd sell?"),
     c("A gift, for kids who finish the ten-lesson course. About 40 a month in summer, less in winter.", None),
     t("So a reward for finishing, mostly kids, about 40 a month at the peak. What do they actually use at the beach?"),
     c("Honestly? Caps get lost in the first wave. Bottles they keep. The parents like the bottles.", None),
     t("Then bottles. A steel one with your logo engraved is about R95 each for 100, or a printed plastic "
       "one at R38. Engraving won't wear off in the salt."),
     c("R95 each for a freebie? Nine and a half thousand for a hundred, eish.", "too_expensive"),
     t("Fair. The plastic ones are fine for kids, they just fade after a year or so. I'll send you one of "
       "each so you can throw them in the sea and see."),
     c("Ha, okay, send both. I'll test them with my instructors this weekend.", None)],
    [o6,
     t("Howzit! Great question. So for surf schools we've got a whole merch ecosystem: caps, bucket hats, "
       "bottles, rash vests, towels, beach flags, gazebos, stickers. It's about a brand experience your "
       "students carry home, and most schools start with our Starter Pack, fifty of everything."),
     c("Fifty of everything? I was just thinking of one thing.", "no_need"),
     t("Sure, and that's exactly where the Pack comes in. Rash vests are a billboard in the water, towels "
       "end up on every beach in the Bay, the gazebo makes your spot look professional. Parents see it, "
       "they trust you, they book. R24,000 all in, design included, delivered before December."),
     c("Twenty-four thousand? Bru, that's my whole month.", "no_money"),
     t("I hear you, and think about the relationship with your community. We can split it over three "
       "months. So I'll start you with the vests and towels and we add the rest in January, yes?"),
     c("I don't know, man. Let me think about it.", "think_it_over"),
     t("No stress. The J-Bay schools are all on the same deal, so you won't want to fall behind. I'll "
       "send the catalogue tonight."),
     c("Ja, send it.", "brush_off")],
)

# --- 2. closing_as_open_question: Belfast dog groomer, website -------------------------------
o7 = c("Hiya. I've a wee grooming salon in East Belfast and my website's ancient. My niece built it in "
       "2015. People say they can't book on it.", None)
p7 = gpair(
    "b196g_belfast_groomer_website", "web designer, Belfast (UK)", "closing_as_open_question",
    "A dog groomer's website booking form seems broken.",
    [o7,
     t("Hiya. Can't book in what way? Is there a booking page that's broken, or no way to book at all?"),
     c("There's a form, but I never get the emails. I only found out because a woman turned up cross "
       "that nobody rang her back.", None),
     t("Ouch. So the form looks like it works but the messages go nowhere. How do you keep bookings in "
       "the salon, a system or a diary?"),
     c("Paper diary. I'd be lost without it. I don't want some complicated app.", None),
     t("Then you don't need an app. First I'd look at why the form's emails vanish, probably an hour's "
       "work, £45. That might be all you need. If the site's too old to fix, we talk about a rebuild then."),
     c("Only forty-five? Aye, go on then. When?", None),
     t("Tomorrow morning. I'll need your website login, your niece might have it. I'll ring you with "
       "what I find by lunchtime."),
     c("I'll get it off her tonight. Grand.", None)],
    [o7,
     t("Love that you're investing in your customer experience! So, what would it take for you to get "
       "started on a brand-new site with us today?"),
     c("I don't know. I only want people to be able to book.", None),
     t("Totally. And when we build your new site with online booking, how would you like to pay, monthly or up front?"),
     c("What does it cost? I've not even said yes.", None),
     t("It's £1,800, or £75 a month over two years. Which start date suits you better, Monday or the first of the month?"),
     c("Eighteen hundred! I'm a dog groomer. I can't be spending that kind of money.", "no_money"),
     t("I hear you. If we knocked off two hundred, how soon could you sign?"),
     c("I'd need to talk to my husband. He's the sensible one.", "think_it_over"),
     t("Of course. So what would you need to hear from me to sign tonight, before you speak to him?"),
     c("Nothing. Leave it with me.", "brush_off")],
)

# --- 3. pitch_as_paraphrase: Darwin tour operator, rack brochures ----------------------------
o8 = c("Hi, I run small-group croc and wetlands tours out of Darwin. I want brochures in the hotel racks. "
       "How does that work with you?", None)
p8 = gpair(
    "b196g_darwin_tour_brochures", "print and distribution company, Darwin (Australia)", "pitch_as_paraphrase",
    "A small tour operator wants brochures printed and placed in hotel racks.",
    [o8,
     t("Hi! We print them and can place them in racks too. How many hotels are you thinking, and do you "
       "have a design already?"),
     c("I've got a design, DL size, folds in three. Maybe ten hotels in the CBD and the two caravan parks.", None),
     t("Ten hotels and two caravan parks, your own DL trifold. How many tours a week do you run, so we "
       "don't print more than you can fill?"),
     c("Three a week, twelve seats each. Dry season mostly, we shut from December to March.", None),
     t("Then I'd print for this dry season only, so prices and dates don't go stale. 2,500 trifolds is "
       "$390. Rack placement at those twelve spots is $140 a month, and you can stop it in November."),
     c("The racks sound a bit dear. I could drop them round myself, I s'pose.", "too_expensive"),
     t("You could, lots of operators do. The catch is refilling, hotels don't tell you when they're empty. "
       "Try it yourself for a month and add the racks if it's a hassle. Shall I send the proof first?"),
     c("Yeah, send the proof. I'll do the racks myself for now.", None)],
    [o8,
     t("Hi! So what you need is our Tourism Premium pack, 10,000 gloss brochures, placement at 40 sites "
       "and a Facebook campaign, is that right?"),
     c("Ten thousand? No, I run three tours a week.", "no_need"),
     t("Got it, so what I'm hearing is you want to fill more seats, which is Premium at $2,900 for the "
       "season. Have I got that right?"),
     c("Not really. I want brochures in about twelve racks. That's all.", "no_need"),
     t("Absolutely, so if I understand you, you'd like maximum exposure in the Top End, which adds the "
       "airport rack for $600. Correct?"),
     c("No. That's way more than I'd spend on a few brochures, mate.", "too_expensive"),
     t("Right, so to sum up what you've told me, you want to start small and move to Premium in June. "
       "Shall I book that in?"),
     c("That's not what I said. I'll find a printer that listens.", None)],
)

# --- 4. upsell_as_loop_closing: Bloemfontein butchery, carrier bags --------------------------
o9 = c("Good day. We have a butchery in Bloemfontein and we want our own printed carrier bags. The "
       "plastic is getting expensive and customers don't like it.", None)
p9 = gpair(
    "b196g_bloemfontein_butchery_bags", "packaging supplier, Bloemfontein (South Africa)", "upsell_as_loop_closing",
    "A butchery wants branded carrier bags to replace plastic.",
    [o9,
     t("Good day. When you say customers don't like it, is it the plastic itself, or something else?"),
     c("The plastic. People bring their own bags more, and some ask for paper. But meat leaks, so paper "
       "is a problem.", None),
     t("Right, paper and meat juice don't mix. What does a typical customer carry out, a few packs or "
       "big orders for the weekend braai?"),
     c("Both. Weekdays small, Fridays they buy ten kilos for the braai.", None),
     t("Then two things: a small kraft paper bag for weekday packs that are sealed already, and a woven "
       "reusable bag with your logo for big orders, which you can sell at cost. Kraft is R1.90 each for "
       "2,000; woven is R14."),
     c("The paper is fine. The woven ones, let me first ask my regulars if they'd buy one.", "think_it_over"),
     t("Good idea. Start with the kraft bags, and I'll leave 20 woven samples for the till so you can see "
       "if they sell."),
     c("Okay, that's fair. Send me the proof for the paper ones.", None)],
    [o9,
     t("Good day! So we'll get you sorted with printed plastic carriers, and to close the loop, what else "
       "can I add for you today? Branded meat trays?"),
     c("No, we don't want plastic. That's the whole point.", "no_need"),
     t("Of course, paper bags then. And anything else? Butcher's aprons with your logo are R180 each, "
       "the team will love them."),
     c("We have aprons. Just the bags, please.", "no_need"),
     t("Lovely. And to make sure we've covered everything, what else can I do? Fridge magnets are a "
       "great reminder for customers."),
     c("I asked for bags. How much are the bags?", None),
     t("R1.90 each. Perfect. And before I send the quote, what else can I add, window decals, price tags?"),
     c("Just the bags, man. I'm busy now, I'll phone back later.", "no_time")],
)

# --- 5. leading_tag_questions: Brighton yoga studio, projecting sign -------------------------
o10 = c("Hi! So I've got a little yoga studio up a flight of stairs in the Lanes, and people literally walk "
        "past the door without seeing it. Do you do those signs that stick out from the wall?", None)
p10 = gpair(
    "b196g_brighton_yoga_sign", "sign maker, Brighton (UK)", "leading_tag_questions",
    "A first-floor yoga studio wants a projecting sign so people find the door.",
    [o10,
     t("We do, projecting signs. Before anything else, is the building listed or in the conservation "
       "area? The Lanes usually is."),
     c("Oh god, I've no idea. It's quite old. Does that matter?", None),
     t("It can. A projecting sign there often needs advertisement consent from the council, and the "
       "landlord's okay. Is your landlord easy to reach?"),
     c("He's lovely, actually. How long does the council thing take? I've got a new-year course starting.", None),
     t("Usually about eight weeks, I'm afraid, so it probably won't be up for January. Meanwhile a door "
       "vinyl and a pavement board don't normally need consent. About £220 for both."),
     c("Okay, let's do the door one at least. And can we still start the council thing for the proper sign?", None),
     t("Yes. I'll check with the council whether you're in the conservation area and send one quote for "
       "both, plus what the application needs. The door vinyl could be up in ten days."),
     c("Amazing, thank you. I'll let my landlord know.", None)],
    [o10,
     t("Hi! You'll want the illuminated one, won't you? It really draws people in after dark."),
     c("Um, maybe? Most classes are in the morning, though.", None),
     t("Sure, but you want people to notice you, don't you? And a double-sided LED projecting sign is the "
       "best way, isn't it?"),
     c("I suppose. What does that cost?", None),
     t("£1,450 fitted. That's reasonable for a professional look, isn't it? And you'd want it up before "
       "January, wouldn't you?"),
     c("That's loads more than I expected. I was thinking a few hundred.", "too_expensive"),
     t("Totally. But you wouldn't want your studio to stay invisible, would you? Shall I book the fitter for the 2nd?"),
     c("No, hold off. I need to talk to my business partner before anything.", "think_it_over")],
)

PAIRS = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]
