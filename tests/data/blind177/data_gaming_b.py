"""b177 gaming pairs, part b."""
from common import c, gpair, t

PAIRS = []

o = c("Hi, I need to claim for a cancelled holiday. I had my appendix out two days before we were due to fly to Crete.", None)
PAIRS.append(gpair("b177g_uk_insurance_claim_cancelled_crete", "travel insurance claims, UK (phone)", "ignored_customer",
 "Trip cancelled after emergency surgery; the claimant fears the paperwork.",
 [o, t("Oh, I'm sorry, I hope you're recovering. What did the holiday cost, and has the tour operator refunded anything?"),
 c("£2,140 for the two of us. They said no refund, too close. I'm worried I haven't got the right paperwork.", None),
 t("Their refusal actually helps. We need their cancellation invoice and a letter from the hospital. Do you have your discharge summary?"),
 c("Yes, I've got that. Is my partner covered too? She didn't go either.", None),
 t("She's on the same booking and policy, so yes, both shares. I'll email the form with the three documents listed; claims usually settle in about 15 working days."),
 c("Oh, that's a relief. Thank you.", None)],
 [o, t("Sorry to hear that. So tell me, what's the most important outcome for you today?"),
 c("Getting the money back, really. £2,140. And I'm worried I haven't got the right paperwork.", None),
 t("Great. Have you thought about upgrading to our annual multi-trip policy for next year?"),
 c("Um, no. Can we sort this claim first? Is the hospital letter enough?", "no_need"),
 t("Absolutely. So what I'm hearing is you're keen to get this sorted. Is anything else worrying you?"),
 c("I just told you. The paperwork. And whether my partner's covered.", None),
 t("Totally. I'll send you a claim form. Anything else I can help with today?"),
 c("You haven't answered either question. I'll ring back and get someone else.", None)]))

o = c("My 6:40 to Boston's been canceled. I need to be there by nine tomorrow morning for a board meeting.", None)
PAIRS.append(gpair("b177g_ohare_airline_counter_cancelled", "airline ticket counter, Chicago O'Hare", "repeated_questions",
 "A terse business traveller's evening flight is cancelled.",
 [o, t("I'm sorry. I have the 9:15 tonight, or 6 am tomorrow landing 9:10. Is nine when it starts, or when you need to be in the room?"),
 c("It starts at nine. Downtown. So tonight.", None),
 t("Then 9:15 tonight, seat 12C, the last aisle left. You'll wait a couple of hours, so here's a meal voucher. Any checked bag?"),
 c("Carry-on only. Thanks.", None),
 t("You're done. Gate B9, boarding 8:40, no fare difference."),
 c("Great. Appreciate it.", None)],
 [o, t("I'm sorry about that. So tell me, what are your travel needs today?"),
 c("Boston. By nine tomorrow morning. Board meeting.", None),
 t("Understood. And what time do you need to arrive in Boston?"),
 c("Before nine. I just said.", None),
 t("Great. So just to be clear, when would you ideally like to get to Boston?"),
 c("Are you kidding me? Tonight, tomorrow, I don't care, as long as it's before nine.", None),
 t("Perfect. And so I find the right option, is your meeting in the morning or the afternoon?"),
 c("Forget it. I'll rebook on the app myself.", None)]))

o = c("Hello, I work in a Dublin hospital, I travel from Kildare three days a week. Somebody say a monthly ticket is cheaper?", None)
PAIRS.append(gpair("b177g_irish_rail_commuter_monthly", "rail ticket office, Kildare", "wrong_paraphrase",
 "A Polish nurse with shifting shifts asks if a monthly ticket saves money.",
 [o, t("Could be. Is it always three days, or does it change with your shifts?"),
 c("Shifts change. Some weeks two, some weeks four. Sometimes night shift, I come back at 8 in morning.", None),
 t("So two to four days. At that, the monthly costs more than paying with Leap, because of the daily cap. Only at four days every week it pays."),
 c("Ah. So monthly is not good for me.", None),
 t("Not with your pattern. Keep the Leap card; the cap stops you overpaying in busy weeks. If you go full-time, come back and we'll look again."),
 c("Ok, thank you. Very clear.", None)],
 [o, t("Great question! So what I'm hearing is you commute five days a week and need an annual ticket, is that right?"),
 c("No, three days. Sometimes two, sometimes four. Shifts.", None),
 t("Perfect. So you're saying you want a reliable every-day solution for you and your family?"),
 c("Family? No, only me. For work. I ask if monthly is cheaper.", None),
 t("Got it. So to play it back, you'd like the annual Taxsaver through your employer, starting next month, correct?"),
 c("I never say annual. My hospital don't do Taxsaver. I ask at other window.", "no_need")]))

o = c("Hello. I need to cancel our trip to the Italian Lakes in May. My husband... he passed away last Tuesday.", None)
PAIRS.append(gpair("b177g_uk_tour_operator_bereavement", "escorted tour operator, UK (phone)", "pitch_to_upset",
 "A new widow rings to cancel a couple's holiday.",
 [o, t("I'm so sorry for your loss. Please take your time. Can I take the booking reference, or find it by your name?"),
 c("It's under Pritchard. I don't know what happens with the money. I can't face going on my own.", None),
 t("I've found it, Mrs Pritchard. For a bereavement we waive the fee, so the full £3,460 comes back. We need a copy of the death certificate, whenever you're ready."),
 c("Oh. I thought I'd lose it all. The certificate might be a couple of weeks.", None),
 t("That's absolutely fine. I'll post a freepost envelope so you needn't scan anything, and note that nobody should chase you."),
 c("Thank you. You've been very kind.", None)],
 [o, t("I'm so sorry, I really understand how you feel. Have you thought about travelling solo? Our Solo Discoveries range has no single supplement."),
 c("I... no. I can't think about holidays. I just want to cancel.", "no_need"),
 t("Completely understand. So what I'm hearing is it's about not wanting to travel alone. Our hosted groups have lots of widows, many say it was the best thing they did."),
 c("He's been gone a week. Please can you just cancel it.", None),
 t("Of course. But rather than lose the money, why not move it to next spring, so the experience isn't wasted?"),
 c("I'm not doing this. I'll get my son to ring you.", None)]))

o = c("I've been charged $640 for a scratch on the rear bumper. That scratch was there when I picked the car up in Orlando.", None)
PAIRS.append(gpair("b177g_orlando_car_hire_damage_charge", "car rental customer service, Florida (phone)", "blame",
 "A renter disputes a damage charge for an old scratch.",
 [o, t("I'm sorry, that's a big charge to find. Did you take photos or video at pickup, or was it on the checkout sheet?"),
 c("I took a video in the garage, it's on my phone. The guy said it was too small to write down.", None),
 t("A video helps a lot. Upload it to this link with the time stamp. I'm putting the charge on hold while the damage team reviews it."),
 c("Okay. How long does that take? I don't want this on my card for weeks.", None),
 t("The hold goes on today, so nothing more is taken. The review takes up to ten working days, and I'll email you the outcome either way."),
 c("Fine. Sending the video now.", None)],
 [o, t("I understand your frustration. So what I'm hearing is you're unhappy with the charge. Did you do a full walkaround before you drove off, as the agreement asks?"),
 c("Yes, I took a video. The agent said the scratch was too small to write down.", None),
 t("I hear you, but if it wasn't on the checkout sheet, that's really on you, isn't it? Our staff can't see everything."),
 c("He saw it. He told me not to worry about it.", None),
 t("Totally get it. But customers who don't insist on a note end up here. Next time, had you considered our Full Damage Waiver?"),
 c("Unbelievable. I'm disputing it with my credit card company.", None)]))

o = c("Hi, um, I'm looking to book a weekend for my dad's 70th, in March. He's not really a spa person, if that makes sense.", None)
PAIRS.append(gpair("b177g_perthshire_hotel_birthday_weekend", "country hotel reservations, Perthshire (phone)", "monologue",
 "A son books a birthday weekend for his father, who is not a spa person.",
 [o, t("Lovely idea. What is he into, then, if not the spa?"),
 c("Walking, mainly, and a good dinner. His hip's been replaced though, so nothing steep.", None),
 t("Then the lochside path is ideal, flat, four miles round. Our dinner, bed and breakfast rate includes the restaurant. Is he coming with your mum?"),
 c("With Mum. And me and my sister might join them for dinner on the Saturday.", None),
 t("Two nights dinner, bed and breakfast is £420, and I'll reserve a table for four on Saturday. Shall I note it's his 70th for the kitchen?"),
 c("Oh, he'd love that. Yes, go ahead.", None)],
 [o, t("Oh, lovely! Let me tell you about our Highland Indulgence package: two nights, a 90-minute signature massage each, the thermal suite, champagne on arrival and a round of golf. Guests say it's life-changing."),
 c("That sounds nice, but he's not really a spa-", None),
 t("And the best part, you can add our whisky masterclass for £60 a head, plus private dining in the turret room. Does that sound like the experience you're after?"),
 c("Um, his hip's not great, I'm not sure about golf. And that's a lot.", "too_expensive"),
 t("Totally, that's why the thermal suite is perfect for hips! The package is £1,150 for two, and so many families do it for milestones."),
 c("Can you just email me something? I'll have a look.", "brush_off")]))

o = c("Morning. We're thinking about your Hebrides coach tour in September. Me and the wife, we're both in our seventies.", None)
PAIRS.append(gpair("b177g_uk_coach_holiday_hebrides", "coach holiday operator, UK (phone)", "closing_as_open_question",
 "A retired couple enquire about a coach tour of the islands.",
 [o, t("Morning! September's lovely up there. Have you done a coach tour before?"),
 c("Once, years back, another firm. The hotels were miles out, we spent half the day on the coach.", "bad_experience"),
 t("Fair thing to check. On this one, four of six nights are in town centres and the longest day is four hours' driving with stops. Would a day-by-day plan help?"),
 c("It would. And is the ferry to Mull included? The wife worries about the crossing.", None),
 t("It is, the big ferry, 45 minutes. It's £1,295 each. I'll post the plan and hotel list; no deposit until you've read it."),
 c("Lovely, do that. We'll sit down with it at the weekend.", "think_it_over")],
 [o, t("Fabulous! So, what would it take for you to secure your seats today?"),
 c("Well, we've only just started looking. The wife wants to see the hotels.", "think_it_over"),
 t("Totally understand. And when you decide it's right for you, which would you prefer, front seats or standard?"),
 c("I don't know. We went with another firm once and it was all coach, no sightseeing.", "bad_experience"),
 t("Great to know! So shall we get your deposit sorted now, debit or credit card?"),
 c("I'm not paying anything today, son. Post us a brochure.", "brush_off")]))

o = c("Hi, um, we're in 6142 and there's a thumping noise from above every night till 2am. We've got a toddler and she won't sleep.", None)
PAIRS.append(gpair("b177g_cruise_guest_services_noisy_cabin", "cruise ship guest services desk", "pitch_as_paraphrase",
 "Parents of a toddler complain of nightly noise above their cabin.",
 [o, t("I'm sorry, that's the last thing you need with a little one. 6142 is under the lounge. Has it been every night since you boarded?"),
 c("Three nights now. We're exhausted. We just want somewhere quiet, same kind of cabin is fine.", None),
 t("I have an inside cabin on deck 4, same size, only cabins above. No cost to move. Want to see it first?"),
 c("Yes please. But can we move after her nap? She's asleep now.", None),
 t("Of course. I'll hold it and send a steward at three with a trolley for your bags."),
 c("Thank you so much.", None)],
 [o, t("So sorry! So what you need is a better onboard experience, which is our Haven suite at $180 a night, is that right?"),
 c("No, we need a cabin where we can sleep. We're not paying more, the noise is your problem.", "no_need"),
 t("Totally hear you. So what you're saying is you want a quieter, more premium space with a balcony for the little one, correct?"),
 c("I didn't say balcony. Just quiet.", None),
 t("Got it, so you'd like the balcony upgrade at the reduced rate of $95 a night. Shall I put that on your account?"),
 c("No! I'd like to speak to the guest services manager.", None)]))

o = c("hi my daughters surname is spelled wrong on her ticket to boston. its ni bhriain not obrien. she flies thursday", None)
PAIRS.append(gpair("b177g_irish_airline_chat_name_fix", "airline web chat, Ireland", "upsell_as_loop_closing",
 "A mother asks to fix a misspelled name on her daughter's ticket.",
 [o, t("Thanks for catching it before Thursday. Can you send the booking reference and the name exactly as on her passport?"),
 c("ref 4KQ7TZ. passport says NI BHRIAIN, Aoife", None),
 t("Done, a small fix like this is free. One check: is her ESTA for the US in the passport spelling too?"),
 c("oh god i think the esta says obrien too", None),
 t("Then she needs a new ESTA, the name can't be edited. It's $21 on the official site and usually approved within a day."),
 c("ok will do tonight. thanks for spotting that", None)],
 [o, t("Thanks for reaching out! I've corrected the name. Now to close the loop, what else can I add for her, a seat with extra legroom for €45?"),
 c("no thanks. is the name definitely fixed", "no_need"),
 t("Yes, all done! And anything else I can add so her trip is perfect, a second bag for €60?"),
 c("no shes only going a week", "no_need"),
 t("Of course. Last thing so nothing's missed: priority boarding and lounge access are €39 together, shall I add those?"),
 c("im at work i have to go", "no_time")]))

o = c("Hey, we've got a compact reserved. We're driving to the Grand Canyon and back, then flying out of Phoenix Sunday.", None)
PAIRS.append(gpair("b177g_phoenix_car_rental_road_trip", "car rental counter, Phoenix Sky Harbor", "leading_tag_questions",
 "A couple on a budget collect a compact for a canyon road trip.",
 [o, t("Welcome. The compact does that drive fine, it's all paved. How many of you and how much luggage?"),
 c("Just the two of us, two carry-ons. We're on a budget, honestly.", None),
 t("Then the compact's right. One tip: there's a long stretch without gas after Cameron. Will you bring it back full, or want the prepaid tank?"),
 c("We'll fill it ourselves. Prepaid always seems like a rip-off.", "too_expensive"),
 t("Fair enough, there's a station a mile from the return lot. Space 22, keys are in it. Enjoy the canyon."),
 c("Thanks!", None)],
 [o, t("Welcome! You'll want to upgrade to the SUV for the canyon roads, won't you?"),
 c("Are the roads bad? I thought it was all highway.", None),
 t("You wouldn't want to risk it in a compact, would you? And you'll be taking roadside plus, won't you, out in the desert?"),
 c("How much is all that? We're on a pretty tight budget.", "no_money"),
 t("Only $54 a day more. Worth it for peace of mind, isn't it?"),
 c("No, it isn't. Just the compact we booked, thanks.", "too_expensive")]))
