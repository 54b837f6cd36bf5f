"""Ranked pairs f01-f10 of blind217: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Written by hand."""
from common import c, rpair, t

# f01 Ballincollig, Co. Cork - First Communion party catering. Fault: drops the price before asking anything.
f01_o = c("Hi, I'm looking for someone to do food for my daughter's Communion in May, at the house. Can you send me a price?", None)
f01_t1 = t("I can, of course, and congratulations to her. How many are you expecting, and are you thinking hot food or "
           "more of a finger-food spread?")
f01_t1_bad = t("I can, of course. Look, I'll do you a deal straight off: ten percent off whatever we do, and I'll throw in "
               "the delivery for nothing. How many are you expecting?")
f01_c1 = c("About forty, half of them kids. Hot food I'd say, the grandparents will be there all afternoon.", None)
f01_c1_bad = c("Oh... right. You must be quiet this time of year, so. About forty, half of them kids. Hot food I'd say, "
               "the grandparents will be there all afternoon.", None)
f01_t2 = t("Forty, twenty of them children, hot food for the afternoon. Most families go for a chicken and ham carvery "
           "for the adults and goujons and chips for the kids. Is there anyone who can't eat something?")
f01_c2 = c("My father's diabetic, and one of her friends is coeliac. Otherwise they'll eat anything.", None)
f01_t3 = t("No bother. I'll do a separate gluten-free tray for her friend, and a fruit option beside the desserts for "
           "your dad. I'll send you a written quote tonight with all of that itemised.")
f01_c3 = c("Grand, send it on. I'll go through it with my husband.", "think_it_over")
f01_t4 = t("Will do. I'll keep the Saturday in May free for you until the end of next week.")

# f02 Harrogate, North Yorkshire - wedding venue follow-up. Fault: argues with the customer.
f02_o = c("Hi, it's Chloe, we came for the show-round on Sunday. We liked it, but I'm just not sure about the Orangery, "
          "it felt a bit small for a hundred guests.", None)
f02_t1 = t("Hi Chloe, thanks for coming back to me, that's worth talking through. When you pictured the day, was it the "
           "dinner or the evening dancing that felt tight?")
f02_c1 = c("The dancing, I think. With all the tables out, where would people dance? Sam's family are big dancers.", None)
f02_t2 = t("That's a fair point, with a hundred seated there isn't a dance floor. What most couples do is turn the room "
           "after dinner: we clear four tables while guests are out on the terrace, and the floor opens up in about "
           "twenty minutes. Would it help to see photos of it set that way?")
f02_t2_bad = t("Honestly, it isn't small. We've had a hundred and forty in there and nobody's ever complained. I think you "
               "saw it empty and it threw you. There's plenty of room for dancing.")
f02_c2 = c("Yes, that'd help. I didn't know you could do that.", None)
f02_c2_bad = c("Well, it felt small to me, and I was the one standing in it. Could you at least send me photos of it set "
               "up for dancing?", None)
f02_t3 = t("I'll send you photos of a hundred-guest wedding from last month, set for dinner and then for the evening, "
           "and the floor plan with measurements.")
f02_c3 = c("Thanks. I'll go through them with Sam. We've another venue to see on Saturday anyway.", "think_it_over")
f02_t4 = t("That's sensible, have a look at both. If you'd like to see the Orangery set for a real wedding, there's one on "
           "the 22nd and you're welcome to pop in before the guests arrive.")

# f03 Shimoni, Kwale - Kisite dolphin boat trip. Fault: over-promises.
f03_o = c("Hello, we are four people from Bangalore staying in Diani. We want to do the dolphin trip to Kisite on "
          "Thursday. My mother is seventy, is it suitable for her?", None)
f03_t1 = t("Welcome to Kenya! Yes, many older guests come. Can she manage getting on a boat from a small jetty, a step "
           "down of about half a metre? Our crew will hold her hand.")
f03_c1 = c("She walks slowly but she is steady. She is only worried about seasickness, last year on a ferry in the "
           "Andamans she was very sick.", "bad_experience")
f03_t2 = t("Then I'd seat her in the middle of the boat, where it moves least, and mornings are calmer than afternoons. "
           "The trip is sixty-five dollars each, with the snorkelling, lunch on Wasini island and the park fee.")
f03_c2 = c("Sixty-five each for four, that is two sixty. Okay. And we will surely see dolphins?", None)
f03_t3 = t("Most days we do, I'd say eight days in ten, but they're wild, so I can't promise. If we see none, you can "
           "come on another morning for free while you're in Diani.")
f03_t3_bad = t("Hundred percent, sir, guaranteed. The dolphins come every day, they know our boat. Your mother will see "
               "them jumping right next to her.")
f03_c3 = c("That is fair. Book us for Thursday.", None)
f03_c3_bad = c("Guaranteed? The Andaman people also said guaranteed. Anyway, book us for Thursday.", None)
f03_t4 = t("Booked for Thursday. The bus picks you up from your hotel at seven. Please bring a hat for your mother, and "
           "seasickness tablets just in case.")

# f04 Dayton, Ohio - funeral home, pre-need call from hospice. Fault: unexplained jargon.
f04_o = c("Hi. My dad's in hospice and the nurse said we should start calling funeral homes. He wants to be cremated. I "
          "honestly don't know what to ask.", None)
f04_t1 = t("I'm sorry you're going through this. You don't need to know what to ask, I'll walk you through it. Does your "
           "family want any kind of service, or something simple?")
f04_c1 = c("Simple. He's a veteran, he'd like the flag. But no big viewing, he hated those.", None)
f04_t2 = t("Then the simplest option is what we call a direct cremation: no viewing, we take care of him, and you get his "
           "ashes back in about a week. It's $2,150, including a basic container. As a veteran he's entitled to military "
           "honors, the flag folding and taps, free, and a place at the national cemetery here in Dayton at no cost if "
           "you'd like that.")
f04_t2_bad = t("Then you'd want a direct cremation, no visitation, with an ACC and a temporary urn; our GPL has it at "
               "$2,150. For the veteran piece we'd coordinate MFH with the VA, plus a PMC, and if you want inurnment at "
               "the national cemetery we'd handle the 40-10007 side.")
f04_c2 = c("Okay. That's... that's a lot less than I was scared of. The flag would mean a lot to him.", None)
f04_c2_bad = c("Sorry, I didn't follow half of that. What's a GPL? And what do I actually need to find?", None)
f04_t3 = t("The one thing you'll need to find is his discharge paper, it's called a DD-214, and it proves his service. "
           "Everything else we'll do. Would you like me to email you our price list so you can look at it with your family?")
f04_c3 = c("Yes, please. My brother wants to call around too, so give us a few days.", "think_it_over")
f04_t4 = t("Of course, no rush. I'll email it within the hour, with my cell number in case anything changes with your dad "
           "over the weekend.")

# f05 Co. Kerry - golf club, GAA club fundraising golf classic. Fault: vague next step.
f05_o = c("Hello, I'm the secretary of Castleisland GAA club. We run a golf classic every August to raise funds, thirty "
          "teams of four. Would ye have a Friday in August?", None)
f05_t1 = t("Hello, you're very welcome. We might. Is it a shotgun start you're after, with everyone off at once, or tee "
           "times through the day?")
f05_c1 = c("Shotgun, so we can all have the dinner together after and do the raffle. Last year the place we used had us "
           "teeing off over four hours and half the lads went home before the raffle.", "bad_experience")
f05_t2 = t("That kills a raffle, all right. A one o'clock shotgun suits thirty teams on our course. The green fee for a "
           "classic is thirty-five a player and the dinner is twenty-two. I have the 8th and the 22nd of August open.")
f05_c2 = c("Thirty-five is a small bit more than last year, but if we get the shotgun it's worth it. The 22nd would be "
           "better, the county final's the week before.", None)
f05_t3 = t("I'll pencil in the 22nd for you now. I'll email you the booking form and the menu by Thursday, and the date "
           "is held for two weeks until the five hundred deposit comes in.")
f05_t3_bad = t("Grand. I'll have a word with the manager about the 22nd and we'll let you know.")
f05_c3 = c("Perfect. I'll bring it to the committee on Monday night.", None)
f05_c3_bad = c("Right... look, text me whenever you know. I have the committee Monday night and they'll be asking.", "brush_off")
f05_t4 = t("Talk to them Monday, and ring me after if they've any questions about the format.")

# f06 Decatur, Georgia - party hire for a family reunion in a park. Fault: recommends before asking.
f06_o = c("Hi there, I'm organizing our family reunion at a park pavilion in Decatur in July. About eighty people. What "
          "do y'all have?", None)
f06_t1 = t("Sounds like fun! What does the pavilion already have, tables, power, shade? And what does the day look like, "
           "a cookout, games?")
f06_t1_bad = t("Sounds like fun! For eighty you'll want our Reunion Package: a 30 by 40 tent, ten round tables, eighty "
               "chairs, a bounce house and a PA system. It's $1,480.")
f06_c1 = c("The pavilion has a roof and picnic tables for about fifty. It's a cookout, and the kids need something to "
           "do. Oh, and there's no power out there, I checked.", None)
f06_c1_bad = c("Whoa, hold on. The pavilion already has a roof and picnic tables for about fifty, and there's no power "
               "out there, so a PA's no good. It's a cookout, and the kids need something to do.", None)
f06_t2 = t("Got it: shade and seats for fifty, no power, a cookout, and kids to keep busy. So you'd need seating for "
           "another thirty, four 6-foot tables and thirty chairs for $150, and for the kids giant Jenga, cornhole and a "
           "tug-of-war rope, no power needed, $75 for the set.")
f06_c2 = c("That sounds about right. The kids would love a bounce house though, any way to do it without power?", None)
f06_t3 = t("A bounce house needs a blower, so you'd need a generator too, that's $120 on top of $195 for the bounce "
           "house. I'd only do it if the budget's there.")
f06_c3 = c("Over three hundred for one afternoon of bouncing? No, that's too much. We'll stick with the games.", "too_expensive")
f06_t4 = t("Makes sense. I'll send the quote for the tables, chairs and game set, $225 with delivery to the park, and "
           "I'll check the park map so we drop at the right pavilion.")

# f07 Windermere, Lake District - lodge park complaint. Fault: doubts the customer's honesty.
f07_o = c("Hello, we've just got back from a week at your lodge park near Windermere, lodge 22. The hot tub didn't work "
          "the entire week. We paid extra for a hot tub lodge, so I'd like some money back.", None)
f07_t1 = t("I'm sorry to hear that, a hot tub lodge without a working hot tub isn't what you paid for. Did you report it "
           "while you were there?")
f07_c1 = c("Twice. Once on the Sunday at reception, and again on the Wednesday by phone. Someone came on the Thursday, "
           "looked at it and said a part was on order.", None)
f07_t2 = t("Thank you. I can see the Thursday maintenance visit on our system, so that matches. The hot tub lodges are a "
           "hundred and forty pounds more for the week than the standard ones, and you should have that back.")
f07_t2_bad = t("Hmm. I've only got the Thursday visit logged, nothing on the Sunday. Are you sure you reported it that "
               "early? We do get guests who only mention these things once they're home.")
f07_c2 = c("Oh, that's fair, thank you. I was expecting a fight.", None)
f07_c2_bad = c("Yes, I'm sure. I spoke to a young lad with a ponytail at reception. I don't appreciate being called a liar.", None)
f07_t3 = t("I'll put a refund of a hundred and forty pounds through today, it'll be back on your card in three to five "
           "days. And I'll pass a note to reception about logging reports properly.")
f07_c3 = c("Okay. To be honest, I'm not sure we'll book again, it put a real dampener on the week.", "bad_experience")
f07_t4 = t("I understand. If you do come back, mention this call and I'll make sure the lodge is checked the day before "
           "you arrive.")

# f08 Nakuru - wedding photographer. Fault: talks about himself instead of the customer.
f08_o = c("Hello, my name is Kevin. My fiancee and I are getting married in Nakuru in February. We saw your work on "
          "Instagram. Can we talk about our wedding?", None)
f08_t1 = t("Hello Kevin, congratulations! Of course. Tell me about the day: where are the ceremony and reception, and "
           "roughly how many guests?")
f08_c1 = c("Church at ACK Nakuru, then reception at a garden near the lake. Around three hundred guests. We want the "
           "pictures by the lake at sunset, that's the main thing for my fiancee.", None)
f08_t2 = t("Sunset by the lake with three hundred guests in between, so timing is everything. Sunset in February is "
           "around a quarter to seven, so we'd need to slip out of the reception for thirty minutes at about six-fifteen. "
           "Would your MC be able to hold the programme for that?")
f08_t2_bad = t("Ah, Nakuru! I love Nakuru. I shot my first big wedding there in 2016, a minister's daughter, nine hundred "
               "guests, I was even on the news. I've done over two hundred weddings since, and honestly my sunset shots "
               "are what made my name, people in Dubai have flown me out because of them.")
f08_c2 = c("Yes, our MC is my cousin, he'll do what we say. What are your charges?", None)
f08_c2_bad = c("Okay... that's good for you. But can you get us to the lake at sunset? And what are your charges?", None)
f08_t3 = t("For the full day in Nakuru, the church, the reception and the sunset session, it's ninety thousand, plus "
           "accommodation for me and my assistant the night before.")
f08_c3 = c("Ninety is beyond what we have. We had sixty for photos.", "no_money")
f08_t4 = t("I understand. For sixty I can cover the church and the sunset session myself, and my assistant covers the "
           "reception speeches. I'll send you both options in writing so you and your fiancee can look at them together.")

# f09 Morrison, Colorado - amphitheatre box office. Fault: an unasked lecture.
f09_o = c("Hi, I'm trying to get two tickets for the show on the 18th. Your site says sold out. I almost bought some off "
          "a guy on Facebook last night but it felt sketchy.", None)
f09_t1 = t("Glad you checked with us first. The 18th is sold out, but we release a few production holds the week of the "
           "show. Is it only the 18th that works, or could you do the 19th?")
f09_c1 = c("It has to be the 18th, it's my sister's birthday and she's flying in from Phoenix that day.", None)
f09_t2 = t("Okay. Then there are two safe routes: our official resale page, where fans resell at face value plus fees, "
           "or the holds release on Monday the 15th at ten a.m. Want me to set an alert on your account for both?")
f09_t2_bad = t("Okay. And honestly, you should never buy off Facebook. People lose thousands every year to fake tickets, "
               "QR codes get copied, and scalpers are ruining live music. Fans really need to be more careful, buying "
               "like that keeps the whole market going.")
f09_c2 = c("Yes, please. What do they usually cost on resale?", None)
f09_c2_bad = c("I literally said I didn't buy them. Can we just talk about getting tickets? What do they cost on resale?", None)
f09_t3 = t("On our resale they're face value plus fees, about ninety-two each for the lawn. I'll set an alert on your "
           "account now, so you get a text the moment a pair shows up for the 18th, or when the holds drop on Monday.")
f09_c3 = c("Okay. I can't be on my phone at ten on Monday though, I'm teaching all morning.", "no_time")
f09_t4 = t("No problem. Turn on auto-buy on the alert, up to a price you choose, and it'll grab a pair for you while "
           "you're teaching.")

# f10 Leopardstown, Dublin - racecourse hospitality box. Fault: closes before checking the thing works.
f10_o = c("Hi, I'm looking at hospitality for the Christmas Festival at Leopardstown, St Stephen's Day. I'm bringing "
          "twelve clients, it's a thank-you from the firm.", None)
f10_t1 = t("Lovely, it's one of the best days of the year. What do you want the day to do for you, mainly a great day "
           "out, or a chance to talk business with them as well?")
f10_c1 = c("Honestly both. Half of them I want to sit down with properly, it's the only day I'll get them all together. "
           "So somewhere we can hear ourselves.", None)
f10_t2 = t("Then I'd look at our private boxes rather than the shared restaurant. A box for twelve has its own balcony "
           "over the finish, a four-course lunch and a tote runner, and it's two thousand eight hundred. The restaurant is "
           "cheaper, but it's loud on St Stephen's Day.")
f10_c2 = c("The box sounds right. Two eight is within what I got signed off.", None)
f10_t3 = t("Before you commit, one check: a couple of the boxes at the end are beside the band stage, and it's loud there "
           "after the fourth race. Let me make sure you're on the quiet side, and I'll confirm the box number before "
           "you pay anything.")
f10_t3_bad = t("Brilliant, let's get you booked. I'll take the card details now and the confirmation will be with you "
               "this afternoon.")
f10_c3 = c("Good thinking. Yes, the quiet side, please.", None)
f10_c3_bad = c("Hang on, is the box actually quiet? There's no point if we can't talk.", None)
f10_t4 = t("I'll hold box 14, at the far end from the stage, and email you the details and a photo of the view. Pay once "
           "you've seen it.")

PAIRS = [
    rpair(
        "b217r_f01_ballincollig_communion_catering",
        "A mother asks for a price for Communion-day food at home. Worse offers a discount in its first line, before "
        "asking anything; she wonders aloud why they are so keen. Every other turn is the same.",
        [f01_o, f01_t1, f01_c1, f01_t2, f01_c2, f01_t3, f01_c3, f01_t4],
        [f01_o, f01_t1_bad, f01_c1_bad, f01_t2, f01_c2, f01_t3, f01_c3, f01_t4],
    ),
    rpair(
        "b217r_f02_harrogate_wedding_venue_room",
        "A bride after a show-round worries the Orangery is too small for dancing. Worse tells her she is wrong instead "
        "of explaining how the room is turned after dinner; she pushes back. Every other turn is the same.",
        [f02_o, f02_t1, f02_c1, f02_t2, f02_c2, f02_t3, f02_c3, f02_t4],
        [f02_o, f02_t1, f02_c1, f02_t2_bad, f02_c2_bad, f02_t3, f02_c3, f02_t4],
    ),
    rpair(
        "b217r_f03_shimoni_dolphin_trip",
        "An Indian family with a 70-year-old mother books a Kisite dolphin trip. Worse guarantees dolphins instead of "
        "being honest (eight days in ten, free retry); the customer, burned by a guarantee before, is sceptical. Every "
        "other turn is the same.",
        [f03_o, f03_t1, f03_c1, f03_t2, f03_c2, f03_t3, f03_c3, f03_t4],
        [f03_o, f03_t1, f03_c1, f03_t2, f03_c2, f03_t3_bad, f03_c3_bad, f03_t4],
    ),
    rpair(
        "b217r_f04_dayton_funeral_home_veteran",
        "A daughter whose veteran father is in hospice calls about cremation. Worse explains the options in trade "
        "jargon (ACC, GPL, MFH, PMC, form numbers) and loses her. Every other turn is the same.",
        [f04_o, f04_t1, f04_c1, f04_t2, f04_c2, f04_t3, f04_c3, f04_t4],
        [f04_o, f04_t1, f04_c1, f04_t2_bad, f04_c2_bad, f04_t3, f04_c3, f04_t4],
    ),
    rpair(
        "b217r_f05_kerry_gaa_golf_classic",
        "A GAA club secretary books a shotgun golf classic for thirty teams. Worse ends with a vague 'we'll let you "
        "know' instead of pencilling the date with a form, a deadline and a deposit; the secretary cools off. Every "
        "other turn is the same.",
        [f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3, f05_c3, f05_t4],
        [f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_bad, f05_c3_bad, f05_t4],
    ),
    rpair(
        "b217r_f06_decatur_family_reunion_hire",
        "An organiser asks what a hire firm has for an 80-person family reunion at a park pavilion. Worse recommends a "
        "$1,480 package (tent, PA) before asking anything; she has to explain the roof, tables and lack of power. Every "
        "other turn is the same.",
        [f06_o, f06_t1, f06_c1, f06_t2, f06_c2, f06_t3, f06_c3, f06_t4],
        [f06_o, f06_t1_bad, f06_c1_bad, f06_t2, f06_c2, f06_t3, f06_c3, f06_t4],
    ),
    rpair(
        "b217r_f07_windermere_lodge_hot_tub",
        "A guest wants money back for a hot tub that never worked. Worse questions whether she really reported it on "
        "the Sunday; she is offended. Every other turn is the same.",
        [f07_o, f07_t1, f07_c1, f07_t2, f07_c2, f07_t3, f07_c3, f07_t4],
        [f07_o, f07_t1, f07_c1, f07_t2_bad, f07_c2_bad, f07_t3, f07_c3, f07_t4],
    ),
    rpair(
        "b217r_f08_nakuru_wedding_photographer",
        "A groom wants sunset photos by Lake Nakuru. Worse answers the brief with stories about the photographer's own "
        "career instead of planning the sunset timing; the groom has to ask again. Every other turn is the same.",
        [f08_o, f08_t1, f08_c1, f08_t2, f08_c2, f08_t3, f08_c3, f08_t4],
        [f08_o, f08_t1, f08_c1, f08_t2_bad, f08_c2_bad, f08_t3, f08_c3, f08_t4],
    ),
    rpair(
        "b217r_f09_colorado_amphitheatre_resale",
        "A fan needs two tickets for a sold-out show on her sister's birthday and did not buy from a Facebook seller. "
        "Worse lectures her about scalpers instead of giving the safe routes; she is irritated. Every other turn is the same.",
        [f09_o, f09_t1, f09_c1, f09_t2, f09_c2, f09_t3, f09_c3, f09_t4],
        [f09_o, f09_t1, f09_c1, f09_t2_bad, f09_c2_bad, f09_t3, f09_c3, f09_t4],
    ),
    rpair(
        "b217r_f10_leopardstown_hospitality_box",
        "A manager books a racecourse box for twelve clients he wants to talk business with. Worse takes card details "
        "before checking the box is away from the band stage; he has to ask whether it is quiet. Every other turn is the same.",
        [f10_o, f10_t1, f10_c1, f10_t2, f10_c2, f10_t3, f10_c3, f10_t4],
        [f10_o, f10_t1, f10_c1, f10_t2, f10_c2, f10_t3_bad, f10_c3_bad, f10_t4],
    ),
]
