from common import c, rpair, t

# f01 argues with the customer
o1 = c("Hello, yes, um, my renewal's come and it's gone up eighteen percent. I've been with you twenty years and I've never claimed, not once.", "too_expensive")
a1_1 = t("Twenty years without a claim, thank you for that. Let me bring it up. It's building and contents you have?")
c1_1 = c("Both. The house and everything in it. And the car's with you too, though that's separate.", None)
a1_3 = t("Let's see what can come down. With the car here you qualify for a multi-policy discount that isn't applied, and a higher excess would save about a hundred and ten.")
c1_3 = c("Oh. Well, the discount, yes. I'd want to think about the excess.", "think_it_over")
a1_4 = t("Of course. I'll apply the discount now and email you both prices, with and without the higher excess. Ring me before the 30th with your choice.")

# f02 doubts the customer's honesty
o2 = c("Hi, em, I'm looking for a refund for, like, two months. I broke my leg in September, I was in hospital, I couldn't come in at all.", None)
a2_1 = t("Sorry to hear about the leg. How's it healing?")
c2_1 = c("Ah, grand now, the cast is off. I'll be back in the new year, just not yet.", None)
a2_3 = t("Email it to memberships and I'll put the two months back as credit, or refund it if you'd rather. Which suits?")
c2_3 = c("Credit's fine, I'm coming back anyway. Can I freeze December too, though?", None)
a2_4 = t("Yes, December's frozen at no cost and you restart in January. I'll confirm by email once the letter arrives.")

# f03 drops the price before asking anything
o3 = c("Hi, um, I'm just having a look at the little red Mazda? It's my first car, so I don't really know what I'm doing, haha.", None)
a3_2 = t("It's got full service history, new tyres, easy on fuel, fine on the highway to Dalby. What were you hoping to spend?")
c3_2 = c("I've saved about eleven grand, that's everything, so I can't really go over that.", "no_money")
a3_3 = t("Then be sure first. Take it for a drive, and get a mechanic's inspection, about a hundred and fifty, before you hand over your savings.")
c3_3 = c("Yeah, my dad said the same. I'll book the inspection and come back.", None)
a3_4 = t("Good plan. I'll hold it for you until Saturday, no deposit.")

# f04 an unasked lecture
o4 = c("How's it going. Em, I'd like a price for panels, like. The bills are gone mental and I just want them down, you know yourself.", None)
a4_1 = t("I do. What's the bill every two months, and which way does your roof face?")
c4_1 = c("About three-fifty every two months. The back faces south, more or less, no trees.", None)
a4_3 = t("About six-two after the grant, fitted. Payback's around seven to eight years.")
c4_3 = c("Seven, eight years, that's a long time. I'd want a few quotes, to be fair.", "think_it_over")
a4_4 = t("You should. I'll send an itemised quote so you compare like with like, and I'll answer whatever the others say.")

# f05 a vague next step
o5 = c("Right, so, I've tasted it and, yeah, it's good. The summer crowd might go for it. I'd try one tap, like, see how it goes.", None)
a5_1 = t("Great. Which tap would you give it, and what's on it now?")
c5_1 = c("The one with the lager nobody drinks, the Czech one. That contract ends in June.", None)
a5_2 = t("So it goes on that tap when the Czech contract ends. Trial for the summer.")
c5_2 = c("That's the thing. I had a craft crowd before that left me with four kegs I couldn't shift.", "bad_experience")
a5_4 = t("Any questions in the meantime, ring me directly on my mobile.")

# f06 over-promises
o6 = c("Hi. So, um, we're keen on the panels and maybe the battery, but what we want to know is, will our bill be zero? That's what the ad said.", None)
a6_1 = t("Let's see. What's your bill now, and who's home during the day?")
c6_1 = c("About six hundred a quarter. I'm home, I work from the spare room, and we've a pool.", None)
a6_3 = t("The system with the battery comes to about sixteen thousand after rebates.")
c6_3 = c("Sixteen. That's more than we had in mind, to be honest.", "no_money")
a6_4 = t("I'll send the quote with a month-by-month estimate and a smaller option without the battery, so you can compare.")

# f07 closes before checking the thing works
o7 = c("Oh thank God you're here. It's jamming every ten minutes, we had to go to the filter coffee this morning. Can you fix it?", None)
a7_1 = t("I'll get it going. When it jams, does it stop dead or slow down, and is there a noise?")
c7_1 = c("Stops dead, with a sort of clunk. And it's worse with the new beans, the darker ones.", None)
a7_2 = t("Sounds like worn burrs, and the oily dark roast clogging them. I've replaced the burrs and cleaned the chute.")
c7_2 = c("Right. How much is that going to be? We'd a bad week already.", None)
a7_4 = t("If anything goes wrong in the next week, ring me and I'll come back free.")

# f08 recommends before asking
o8 = c("G'day. Uh, we're after a second car. The wife's started in the city, she's on the train, but, yeah, I need something for me now.", None)
a8_2 = t("Then a small car's plenty. The Picanto or the Rio are cheap to run, and we've a couple of demo Rios at a good price.")
c8_2 = c("What sort of price are we talking? I don't want to spend a fortune.", None)
a8_3 = t("The demo Rio's twenty-one drive-away, full warranty. Want to take it out to Lara and back?")
c8_3 = c("Twenty-one, yeah, could be all right. I'll run it past the wife tonight first.", "think_it_over")

# f09 unexplained jargon
o9 = c("Hi, yeah, we're buying a house in Bray and the bank says we need insurance before closing, like. We've never done this before.", None)
a9_1 = t("Congratulations. What kind of house is it, and did the valuer give a rebuild figure?")
c9_1 = c("Three-bed semi. The valuer's report says, em, reinstatement, three hundred and five thousand?", None)
a9_3 = t("If a claim's a thousand, you pay the first two-fifty and we pay the rest. The bank's named on the policy so they know the house is covered. It's four-eighty a year.")
c9_3 = c("Four-eighty. My brother pays like three-fifty, but his is an apartment. Is there a cheaper option?", "too_expensive")
a9_4 = t("A higher excess brings it to about four-twenty. I'll email both quotes and the cover letter for the bank today.")

# f10 talks about themselves
o10 = c("Hi, um, I used to lift before my son was born, he's eight months now. I want to get back into it, but I'm scared of hurting myself, you know?", None)
a10_1 = t("Welcome back. What were you lifting before, and has your GP or physio cleared you?")
c10_1 = c("Squats, deadlifts, I was pretty into it. The physio said my core's still weak, the, um, separation, so go slow.", None)
a10_3 = t("Mornings are good. Two sessions a week with me for four weeks to get the core going, then your own program. It's a hundred and sixty for the four weeks.")
c10_3 = c("A hundred and sixty's a bit much on maternity leave, to be honest.", "no_money")
a10_4 = t("Understood. We could do two sessions to start, eighty, and I'll write you a program for home in between.")

PAIRS = [
    rpair("b113r_f01_sandybay_renewal_rise",
          "A retired teacher in Hobart calls about an 18 percent home insurance rise after twenty claim-free years.",
          [o1, a1_1, c1_1,
           t("Thanks. Most of the rise is the rebuild cost index; building costs in Tasmania went up a lot. I know that's hard when you've never claimed."),
           c("Well, yes, it is. I'm on a pension, I can't keep absorbing this.", "no_money"),
           a1_3, c1_3, a1_4],
          [o1, a1_1, c1_1,
           t("Honestly, eighteen percent's low this year, most people got more. I don't think it's fair to call that a big rise."),
           c("Don't tell me it's not a big rise. I'm on a pension, and it's big for me.", "no_money"),
           a1_3, c1_3, a1_4]),

    rpair("b113r_f02_rathmines_gym_refund",
          "A Dublin gym member asks for two months back after breaking his leg.",
          [o2, a2_1, c2_1,
           t("Glad to hear it. We credit medical time off with a note. Do you have a discharge letter or a GP note?"),
           c("I have the discharge letter at home, yeah. I can email it.", None),
           a2_3, c2_3, a2_4],
          [o2, a2_1, c2_1,
           t("Right. We get a lot of people saying they were sick to get money back, so I'd need real proof, not just a story."),
           c("A story? I was on crutches six weeks. I'll email the discharge letter, but there's no need for that.", None),
           a2_3, c2_3, a2_4]),

    rpair("b113r_f03_toowoomba_first_car",
          "A student in Toowoomba looks at a 2017 Mazda 2, her first car, bought with her savings.",
          [o3,
           t("Everyone starts somewhere. What'll you mostly use it for, and what matters most to you?"),
           c("Uni, my job at the shops, and home to Dalby some weekends. Mostly I just want it not to break down, eh.", None),
           a3_2, c3_2, a3_3, c3_3, a3_4],
          [o3,
           t("No worries. Look, I can do it for eleven-five instead of twelve-nine today, great deal for a first car."),
           c("Oh, um, okay? I haven't even looked at it yet. Is it good for going home to Dalby on the highway?", None),
           a3_2, c3_2, a3_3, c3_3, a3_4]),

    rpair("b113r_f04_ballincollig_solar_price",
          "A man near Cork wants a straight solar quote to cut his electricity bill.",
          [o4, a4_1, c4_1,
           t("A south roof with no shade is ideal. On that bill, 4 kW with the grant would likely save about eight hundred a year."),
           c("Eight hundred, that'd be something. What would it cost me, after the grant?", None),
           a4_3, c4_3, a4_4],
          [o4, a4_1, c4_1,
           t("Ideal. And honestly, beyond the bill, we've a duty to the planet, Ireland's behind on its targets, and the kids will pay if we don't act."),
           c("Yeah, look, I didn't ask for a sermon, I just want the bill down. What would it cost me, after the grant?", None),
           a4_3, c4_3, a4_4]),

    rpair("b113r_f05_salthill_pub_tap",
          "A Salthill pub owner agrees to trial a local craft lager on one tap for the summer.",
          [o5, a5_1, c5_1, a5_2, c5_2,
           t("Understood. Sale or return on every keg, in writing by Friday. Font goes in June 3rd, two kegs on the 4th, and I'll ring you on the 20th to see how it's selling."),
           c("Grand job. The 3rd suits, we're quiet Mondays.", None),
           a5_4],
          [o5, a5_1, c5_1, a5_2, c5_2,
           t("Understood, we'll look after you. I'll get it moving with the office and we'll let you know about dates and all that."),
           c("Let me know when, though? I've been told that before and heard nothing for a month.", "bad_experience"),
           a5_4]),

    rpair("b113r_f06_caloundra_zero_bill",
          "A couple in Caloundra ask whether solar and a battery will make their bill zero, as an ad claimed.",
          [o6, a6_1, c6_1,
           t("Honestly, zero's rare. With 10 kW and a battery you'd likely get to around a hundred a quarter, a bit more in winter. There are still daily supply charges."),
           c("Oh. Well, a hundred's still good. The ad made it sound like nothing.", None),
           a6_3, c6_3, a6_4],
          [o6, a6_1, c6_1,
           t("With 10 kW and a battery, yeah, you'll pay nothing. Zero bills, guaranteed, heaps of our customers even get money back."),
           c("Guaranteed? Wow. My brother-in-law got a system and he still gets a bill, though.", "bad_experience"),
           a6_3, c6_3, a6_4]),

    rpair("b113r_f07_kilkenny_grinder_repair",
          "A supplier's technician fixes a jamming coffee grinder at a Kilkenny cafe.",
          [o7, a7_1, c7_1, a7_2, c7_2,
           t("Burrs are eighty-five plus the callout. Before I sign off, grind a few shots of the dark roast while I'm here, to make sure it holds?"),
           c("Good idea. Three shots, no clunk. That's the sound it used to make.", None),
           a7_4],
          [o7, a7_1, c7_1, a7_2, c7_2,
           t("Burrs are eighty-five plus the callout. That's you done, I'll sign off the job and head to my next one."),
           c("Are you not going to try it? Last time a fella said done and it jammed an hour later.", "bad_experience"),
           a7_4]),

    rpair("b113r_f08_geelong_second_car",
          "A man in Geelong looks for a second car for himself now his wife commutes by train.",
          [o8,
           t("Righto. What'll you mostly be doing in it? Work, kids, long drives?"),
           c("Just to work and back, it's fifteen K to Lara. And the footy on weekends. Nothing fancy.", None),
           a8_2, c8_2, a8_3, c8_3],
          [o8,
           t("Righto. The Sportage is the one, mate, our most popular, the top-spec GT-Line's a ripper."),
           c("Bit big, isn't it? It's just me to work and back, fifteen K to Lara. And the footy on weekends.", "no_need"),
           a8_2, c8_2, a8_3, c8_3]),

    rpair("b113r_f09_bray_first_home_cover",
          "A first-time buyer in Bray needs home insurance before closing because the bank requires it.",
          [o9, a9_1, c9_1,
           t("That's the cost to rebuild it, not the sale price, so we insure for that. Your excess, the part of a claim you pay yourself, is two-fifty."),
           c("Okay, that makes sense. So if something costs a thousand we'd pay two-fifty?", None),
           a9_3, c9_3, a9_4],
          [o9, a9_1, c9_1,
           t("Right, so sum insured at reinstatement value, standard excess, subject to average, with the bank noted as interested party."),
           c("Sorry, I didn't get half of that. Subject to what? I don't know what any of that means.", None),
           a9_3, c9_3, a9_4]),

    rpair("b113r_f10_darwin_postnatal_lifting",
          "A woman in Darwin wants to get back into weights eight months after having a baby.",
          [o10, a10_1, c10_1,
           t("So you've lifted before, and the physio wants the core rebuilt before anything heavy. We'd start with core and light weights, then build up."),
           c("Yeah, that's what I was hoping. I can get in mornings when my partner's home.", None),
           a10_3, c10_3, a10_4],
          [o10, a10_1, c10_1,
           t("Oh, I hear you. When I came back after my back injury I was the same. Six months rehab, then powerlifting, I placed third at the NT comps last year, actually."),
           c("Oh, cool. Um... so what would I do, though? I can get in mornings when my partner's home.", None),
           a10_3, c10_3, a10_4]),
]
