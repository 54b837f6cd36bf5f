"""b163 gaming pairs, file c (kinds 6-15). Hand-written for this set."""
from common import c, gpair, t

PAIRS = []
P = PAIRS.append

O = c("wifi died three times today, i lost a client call. i pay 450 a month for this desk", None)
P(gpair("b163g_williamsburg_cowork_wifi", "co-working space, Williamsburg, Brooklyn", "putdown_question",
 "Member texts the community manager after wifi drops.",
 [O, t("Three drops and a lost client call, that's bad. Roughly what times, and were you on wifi or a wired line?"),
  c("like 10, 1 and 2:30. wifi. theres no ethernet at the hot desks", None),
  t("10, 1 and 2:30, wifi, no ethernet at hot desks. The router on your side is flagged, IT swaps it tomorrow at 8. Till then phone booth 3 has a wired line, it's yours for calls, and I'm crediting this week, about 100."),
  c("ok. honestly i was about to cancel. my last coworking had the same wifi mess for months", "bad_experience"),
  t("Fair. If it drops again after the swap, text me directly and you can leave without the 30-day notice."),
  c("deal", None)],
 [O, t("Sorry to hear that. Are you sure it's the wifi and not your laptop? What exactly happened?"),
  c("everyone on my row dropped. i lost a client", None),
  t("I hear you. Were you maybe streaming? Some members hog bandwidth and then blame us, so what exactly were you doing?"),
  c("a zoom call. with a client. like i said", None),
  t("Got it. And you're on hot desk, the cheapest plan, right? What did you expect for 450?"),
  c("wow. ok. sending my 30 day notice", None)]))

O = c("My code don't work. I'm standing at the gate with a U-Haul I rented by the hour. What's going on?", None)
P(gpair("b163g_bronx_storage_lockout", "self-storage, Jerome Ave, Bronx", "not_my_department_or_read_the_terms",
 "Tenant locked out at the gate calls the office.",
 [O, t("Let me look right now. What's your unit number?"),
  c("C-214. Name's Tavarez.", None),
  t("I see it. The account shows last month unpaid, so the system locked the code. It's 38 with the late fee."),
  c("I paid that! On the app, on the 3rd. I got the email.", None),
  t("Then it may not have posted. Forward me the email? Meanwhile I'm opening the gate from here so you're not paying U-Haul to sit. We sort the 38 after."),
  c("Alright. Gate's opening, I see it. Thank you.", None)],
 [O, t("I understand your frustration and I'm here to help. Gate codes are handled by corporate billing, though."),
  c("I'm paying U-Haul by the hour. Can you open the gate?", None),
  t("I hear you. Per the rental agreement, section 9, access is suspended on any past-due balance. It's all in the terms you signed."),
  c("I paid on the 3rd. I have the email.", None),
  t("I totally get it. I don't make the rules, I just work here. Corporate opens Monday. Anything else I can help with?"),
  c("Monday. Unbelievable. I'm moving my stuff out the second I get in.", None)]))

O = c("hey so im freelance now (illustrator) and someone said i have to pay taxes every quarter?? is that true. on the J rn signal is bad", None)
P(gpair("b163g_bushwick_quarterly_tax", "tax preparer, Bushwick, Brooklyn", "social_proof_or_deadline_pressure",
 "New freelancer texts a tax preparer from the subway.",
 [O, t("Yes, usually, if you'll owe more than 1,000 for the year. Is this your first year freelance, and roughly what do you expect to make?"),
  c("first year. maybe 60k? some months 2k some months 9k", None),
  t("First year, about 60k, uneven months. Good news: first year you can often dodge the penalty by paying based on last year's tax. I can set up all four payments in a 30-minute call, 150."),
  c("150 is kinda a lot rn, i just paid for a new ipad", "no_money"),
  t("Understood. Free version: IRS Direct Pay, pay a quarter of last year's total tax each quarter. If it gets messy, call me."),
  c("oh thats actually helpful. ill try that and maybe call u in january", "think_it_over")],
 [O, t("Great question! Honestly every freelancer in Bushwick is with us, we do half the artists on Jefferson St."),
  c("ok but is it true? the quarterly thing", None),
  t("It's true, and what I'm hearing is you need a partner for success. Our Freelancer Plan is 79 a month, but the deadline is in 9 days and we have 4 spots left."),
  c("79 a month is a lot, its my first year freelance", "no_money"),
  t("I totally understand. Your neighbors felt the same and they thank us now. I can only hold the spot till 6pm."),
  c("lol ok. ill just look it up myself", "no_need")]))

O = c("Yo, I run a bodega on Kensington Ave. Your truck guy said you beat Jetro on Gatorade and water. That true?", None)
P(gpair("b163g_kensington_bodega_beverages", "beverage distributor, Kensington, Philadelphia", "keyword_stuffed",
 "Bodega owner checks a distributor's claim.",
 [O, t("Depends what you move. How many cases of Gatorade and water a week?"),
  c("Like 20 Gatorade, 30 water. More in summer. I hit Jetro myself Mondays, takes half my day.", None),
  t("20 and 30, and Jetro eats your Monday. On Gatorade we're about even with Jetro, on water about a dollar a case less. The real difference is we deliver, 300 minimum, Tuesdays."),
  c("Tuesday, I'm out of water by Sunday though.", None),
  t("Then split it, Tuesday and Friday, 300 each. Try two weeks?"),
  c("Two weeks. Your guy's late once, I'm back at Jetro.", None)],
 [O, t("Absolutely, and I really want to understand your needs and build a relationship that drives your success."),
  c("Cool. Is it cheaper or not?", None),
  t("Great question. We focus on the whole partnership experience: your pain points, your feelings about your current supplier, your journey as an owner."),
  c("My journey? I'm asking about Gatorade.", None),
  t("I hear you and I feel that. So what I'm understanding is value is a key need, and our value-driven solutions are built around needs like yours."),
  c("Man, I been burned by you distributor guys before. Talk prices or don't talk.", "bad_experience")]))

O = c("Hi, I- sorry, I cracked a tooth on a, on a bagel, it's killing me. Do you take emergencies? I'm not a patient there.", None)
P(gpair("b163g_uws_dental_toothache", "dental practice, Upper West Side", "rude",
 "Non-patient calls with a cracked tooth.",
 [O, t("Oh no, I'm sorry. Yes, we do. Any swelling or bleeding, or just pain?"),
  c("Pain. Like when I breathe in. No swelling I think.", None),
  t("Pain breathing in, no swelling. Dr. Lin can see you at 2:30 today. The emergency exam with an x-ray is 175 without insurance."),
  c("175, um. I don't have dental insurance yet, I just started a new job.", "no_money"),
  t("Understood. The 175 covers finding what's wrong and stopping the pain today. Anything after that we can split over three months. Put you in for 2:30?"),
  c("Yes. 2:30. Thank you, really.", None)],
 [O, t("Uh huh. Bagel. Okay. New patient emergencies are 175, cash or card upfront."),
  c("Okay, um, is there anything today?", None),
  t("Today? Everyone wants today. Did you try, I don't know, not biting on it? What time works for you?"),
  c("I just- I'm in a lot of pain. Anything today.", None),
  t("Fine, 4:45. Don't be late, we don't wait. Anything else, or are we done?"),
  c("Forget it. I'll go to the urgent dental place on Broadway.", None)]))

O = c("Hello, dear. I'm moving from my house in Forest Hills to my daughter's in Paramus. I'm 81. Forty years of things and I can't lift a thing.", None)
P(gpair("b163g_foresthills_downsizing_move", "moving company, Forest Hills, Queens", "ignored_customer",
 "Elderly homeowner asks about a downsizing move.",
 [O, t("Forty years, that's a big move. Are you taking everything, or part of it to your daughter's?"),
  c("Oh, one room's worth. She has a finished basement. The rest I'd donate, but who takes furniture anymore?", None),
  t("One room to Paramus, the rest donated. We can pack the room, and we work with a Queens charity that picks up furniture. When do you need to be out?"),
  c("The closing is June 14th. But my son says movers rob old ladies. A company held his things hostage once.", "bad_experience"),
  t("That does happen, he's right to worry. We give a binding written price before we start, it can't go up on the day. Shall I come see the house with your son there?"),
  c("Yes, he'd feel better. He's free Saturday.", None)],
 [O, t("Wonderful! How can I make this experience perfect for you?"),
  c("Well, I'm only taking one room. The rest I want to donate, and I don't know who takes furniture.", None),
  t("Great. Our full-house package moves everything, we wrap every piece, crate the art, and store the rest at 299 a month."),
  c("No, dear, I don't want storage. I can't pay storage on my pension.", "no_money"),
  t("Totally understood. So for a full four-bedroom move to Paramus, I'd estimate 6,800. Shall I send the contract?"),
  c("I just told you... never mind. I'll have my son call. Or someone else.", "brush_off")]))

O = c("Hi, I run a church bus trip. 40 people to the Phillies Sunday, two vans. Can you hold two oversize spots?", None)
P(gpair("b163g_southphilly_event_parking", "parking garage, stadium district, South Philadelphia", "repeated_questions",
 "Group organizer wants to reserve oversize game-day parking.",
 [O, t("Two vans, Sunday's game. How tall are they? Our covered deck clears 7 feet."),
  c("Sprinters, high roof. Like 9 feet I think.", None),
  t("Nine feet won't clear the deck, so it'd be the surface lot. Oversize there is 60 each on game days, prepaid. What time do you get in?"),
  c("Around 11 for a 1:35 game. 60 each is steep, the lot on Pattison was 45 last year.", "too_expensive"),
  t("It was. They're 55 this season and they don't reserve. Ours are held with your plate numbers. Want a hold link?"),
  c("Fine. Send it, I'll pay tonight.", None)],
 [O, t("Great! Tell me, what kind of vehicles are we talking about?"),
  c("Two Sprinter vans, high roof. About 9 feet.", None),
  t("Awesome. And what size are the vehicles you're bringing, roughly?"),
  c("Nine feet. Sprinters. I just said.", None),
  t("Got it. Just so I understand your needs, are these cars, SUVs, or something bigger?"),
  c("Vans. Nine feet. I have forty people counting on this plan.", None),
  t("Totally understand! And what's the height of your vehicles?"),
  c("Forget it. Pattison lot, here I come.", None)]))

O = c("Hello. I have a food truck, Brazilian food. I want to make it LLC. My friend say I need accountant for this. Is true?", None)
P(gpair("b163g_newark_foodtruck_llc", "small-business accountant, Downtown Newark", "wrong_paraphrase",
 "Food truck owner asks whether he needs an accountant to form an LLC.",
 [O, t("You don't need an accountant to form an LLC, you can file online with the state. Can I ask why you want it, protection, taxes, or someone asked you?"),
  c("The city festival ask me insurance and LLC. And my cousin work with me now, I pay him cash.", None),
  t("So the festival wants an LLC and insurance, and your cousin is paid cash. The LLC you can file yourself, about 125. Your cousin is where I'd help, paying him right so there's no problem later."),
  c("How much for that? Money is tight, winter is slow for the truck.", "no_money"),
  t("Payroll setup is 200 one time, then about 40 a month. We can start in March with the season."),
  c("March is good. I think about it and call you in February.", "think_it_over")],
 [O, t("Great question! Tell me more about your business."),
  c("Brazilian food truck. The festival ask me LLC and insurance. My cousin work with me, I pay cash.", None),
  t("So what I'm hearing is you're opening a restaurant and need a full accounting package, right?"),
  c("No restaurant. Only the truck.", None),
  t("Got it, so you have several employees and want monthly payroll and bookkeeping for 350 a month, did I get that right?"),
  c("Several? Only my cousin. 350 every month, no, is too much.", "too_expensive"),
  t("Understood, so budget isn't a concern as long as it's done right. Start Monday?"),
  c("You don't listen. I do the LLC on the internet myself.", "no_need")]))

O = c("Hi, I had a biopsy last Tuesday and nobody has called me. I've been up every night. It's my shoulder. I just- I need to know.", None)
P(gpair("b163g_montclair_derm_biopsy", "dermatology practice, Montclair, NJ", "pitch_to_upset",
 "Anxious patient calls about a late biopsy result.",
 [O, t("A week of waiting on a biopsy is awful, I'm sorry. Let me check now. Your date of birth?"),
  c("March 2nd, 1979. Sorry, I'm shaking.", None),
  t("No need to apologize. The result came in yesterday, and the doctor has to be the one to go over it. I'm messaging Dr. Reyes to call you today. Is this number best?"),
  c("Yes. Is it bad? Can you just tell me if it's bad?", None),
  t("I can't read it to you and I won't guess. I've marked it urgent, she usually calls within two hours. No call by 4, call me, I'm Jen, extension 12."),
  c("Okay. Jen, extension 12. Okay.", None)],
 [O, t("I completely understand how stressful that is. While I check, have you heard about our mole-mapping membership? 199 a year, total peace of mind."),
  c("I don't want a membership. I want my result.", "no_need"),
  t("Totally hear you. So what I'm hearing is peace of mind matters to you, and that's exactly what full-body mapping gives. We have Friday open."),
  c("I can't think about Friday. I can't sleep.", None),
  t("I understand. The result's in, the doctor will review it. Meanwhile, can I book the mapping so you never worry like this again?"),
  c("Are you serious? Have the doctor call me. Now.", None)]))

O = c("Your driver never showed at JFK. I waited 40 minutes at Terminal 4, took a yellow cab for 90 bucks and missed the first hour of my meeting.", None)
P(gpair("b163g_jfk_carservice_noshow", "car service, airport transfers, Queens", "blame",
 "Regular client calls after an airport no-show.",
 [O, t("I'm sorry, that shouldn't have happened. Let me pull the booking. Last name?"),
  c("Okafor. Pickup 7:40, flight from Atlanta.", None),
  t("I see it. The driver went to Terminal 8, the booking was entered with the wrong terminal on our side. That's our mistake."),
  c("Great. So what are you doing about it? I use you every month.", None),
  t("I'm refunding this ride in full and I'll pay back the 90 cab fare when you send the receipt. From now on we confirm your terminal by text the night before."),
  c("Send me where to email the receipt.", None)],
 [O, t("I'm sorry you had that experience. Can I ask, did you check the app for the driver's location?"),
  c("My phone was at 2 percent. I was at the curb at Terminal 4 like the confirmation said.", None),
  t("I hear you. The driver was at Terminal 8. Customers really need to confirm the terminal when booking, so did you double-check yours?"),
  c("The confirmation says Terminal 4! It's right here.", None),
  t("Understood. Honestly, if your phone was charged he'd have called you. How satisfied are you with us overall?"),
  c("Satisfied? You stranded me and now it's my phone's fault. Never booking you again.", "bad_experience")]))
