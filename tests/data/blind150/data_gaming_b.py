"""Gaming pairs b: putdown_question, not_my_department_or_read_the_terms, social_proof_or_deadline_pressure, keyword_stuffed, rude."""
from common import c, gpair, t

P = "b150g_"
PAIRS = []

o = c("My bill's three hundred quid this month! It's usually ninety. Your smart meter's broken.", None)
PAIRS.append(gpair(P + "dundee_highbill", "energy supplier, phone (Dundee)", "putdown_question",
    "An angry customer's bill has tripled; the smart meter stopped sending readings.",
    [o, t("That's a big jump, I'd be worried too. Let's find out why. Does the bill say estimated anywhere?"),
     c("How would I ken? Hang on... aye, there's a wee E next to it.", None),
     t("Then the meter likely stopped sending and we guessed high. Could you read me the numbers on it now?"),
     c("04127.", None),
     t("Thanks, that's far lower than our guess. I'll re-bill on it today, hold the payment, and book an engineer to see why it stopped."),
     c("Right. That's more like it.", None)],
    [o, t("Okay, let's calm down a wee bit, shall we? What exactly makes you so sure it's the meter and not your usage?"),
     c("Because nothing's changed! Same house, same telly.", None),
     t("Right. And might you have left the heating on all day without noticing? How often do you actually read your bills?"),
     c("Don't you talk down to me. Eleven year I've paid you.", None),
     t("I hear your frustration. So would a higher direct debit help you avoid these surprises?"),
     c("I'm no putting my direct debit up. Get me a manager.", "no_need")]))

o = c("Hello. I return van yesterday, now you charge me 450 pound for scratch. This scratch was there before.", None)
PAIRS.append(gpair(P + "glasgow_vanhire", "van hire depot, phone (Glasgow)", "putdown_question",
    "A Polish courier is charged for damage that was there at pick-up.",
    [o, t("I understand, let's check. Did you take photos or get a check sheet at pick-up?"),
     c("I have photos on phone from morning. Also the man did not walk around the van with me.", None),
     t("So photos from pick-up, and no walk-round. Can you email them now? I'll compare with the return photos."),
     c("Okay, I send... you have?", None),
     t("Got them. The scratch is there at 07:12 at pick-up. I'm cancelling the charge, refund in three to five days, and I'll raise the missed walk-round with the depot."),
     c("Okay. Thank you. Maybe I hire again.", None)],
    [o, t("Right, before we start, are you sure you understand how damage works on a hire agreement?"),
     c("Yes I understand. Scratch was there. I have photo.", None),
     t("Everyone says that. What makes you think your photos beat our inspection?"),
     c("Because photo has time, from morning! You think I lie?", None),
     t("Nobody's saying that. But honestly, how much experience have you got driving a Transit round Glasgow?"),
     c("Ten years I drive. I go to trading standards.", None)]))

o = c("Bore da. My interest has gone down again on the savings book. Nobody told me.", None)
PAIRS.append(gpair(P + "aberystwyth_savings", "building society counter (Aberystwyth)", "not_my_department_or_read_the_terms",
    "An 81-year-old loyal saver finds her passbook rate has been cut.",
    [o, t("Bore da. Let me look... yes, the passbook rate dropped in March. A letter went out, but I'm sorry it didn't reach you. Do you need to get at the money easily?"),
     c("I like my book. I don't trust these apps. My nephew says move it to some online bank, but I've been here since 1974.", None),
     t("So you want to stay, keep a book, and get a fairer rate. Our ninety-day notice account is also a passbook and pays more. The catch: ninety days' notice to take money out."),
     c("Ninety days? What if the boiler goes? I'd have to think about that.", "think_it_over"),
     t("Very fair. You could split it: some on instant access for emergencies, the rest on notice. Shall I write both rates down for you?"),
     c("Yes please, write them down. Splitting it sounds sensible.", None)],
    [o, t("Rates are set by head office, I'm afraid, not my department. Is there anything else I can help with today?"),
     c("But who decides to tell people? I had no letter.", None),
     t("I do understand your frustration. The terms say rates are variable, it's all in the leaflet there if you read it."),
     c("I'm eighty-one, I can't read that tiny print. What should I do with my money?", None),
     t("I can't advise, that's the advisers, booked till July. I didn't make the rules. Anything else?"),
     c("Well. Maybe my nephew's right and I should take it all out.", None)]))

o = c("broadband been down 3 days in stromness, i work from home, whats going on", None)
PAIRS.append(gpair(P + "orkney_broadband", "broadband provider, web chat (Orkney)", "not_my_department_or_read_the_terms",
    "A home worker has had no broadband for three days.",
    [o, t("Sorry, three days is a long time when you work from home. What lights are on the router?"),
     c("orange flashing. neighbours are fine so its just me", None),
     t("Orange with neighbours fine points to your line. Earliest engineer is Thursday, they come over on the ferry. Meanwhile I can post a free 4G dongle so you can work. OK?"),
     c("thursday is ages but dongle would help yes", None),
     t("Ordered, there tomorrow. I'll credit the three days too. Your reference is SR4471."),
     c("ok thanks thats helpful", None)],
    [o, t("Thanks for reaching out! Line faults are the network team, not my department, but I totally understand your experience."),
     c("so who do i talk to. i need to work", None),
     t("Under section 9 of the terms, service is restored within a reasonable time. I'd recommend reading that. Anything else I can help with?"),
     c("reasonable?? its 3 days. i want compensation", None),
     t("I hear you. Compensation is billing, a different team. How satisfied are you with today's chat from 1 to 10?"),
     c("0. leaving when my contract ends", None)]))

o = c("Hello, I had a leaflet about solar panels. I'm only asking, mind, I'm not signing anything.", None)
PAIRS.append(gpair(P + "conwy_solar", "solar installer, phone (Conwy)", "social_proof_or_deadline_pressure",
    "A wary pensioner rings about a leaflet; family was burned by a failed installer.",
    [o, t("That's fine, asking is what the call's for. What made you pick up the leaflet, the bills or something else?"),
     c("The bills. But my brother-in-law had panels off some firm that went bust, and the warranty went with them.", "bad_experience"),
     t("That's a real worry. So lower bills, and a warranty that outlives the installer. Ours is insured through a separate company; I'll send the policy so you can check. Which way does the roof face?"),
     c("South, mostly. We're seventy-odd, would it even pay back in time?", None),
     t("Honestly, nine to twelve years on a south roof. If that's too long for you, it may not be worth it. I'll post a quote with the payback shown, and nobody will chase you."),
     c("Send it, then. I'll look at it with Glyn.", "think_it_over")],
    [o, t("Lovely! What's driving your interest today? Because honestly, half your street has gone solar already."),
     c("Have they. I'm not half my street. My brother-in-law got burnt by a panel firm.", "bad_experience"),
     t("Completely understand. That's why I'd hate you to miss out, the grant closes Friday and I've two install slots left this month."),
     c("I'm seventy-four, I'm not rushing into anything by Friday.", "think_it_over"),
     t("Of course. But number twelve signed yesterday, and prices go up eight per cent on the first. Shall I pencil you in?"),
     c("No. And don't you ring me back.", None)]))

o = c("Hello, I'm seventy-nine and I want my funeral sorted so my son doesnae have to. But no one of those telly plans.", None)
PAIRS.append(gpair(P + "paisley_funeralplan", "funeral director, phone (Paisley)", "social_proof_or_deadline_pressure",
    "An older woman wants to arrange her own funeral; she distrusts pre-paid plans.",
    [o, t("That's a kind thing to do for him. What put you off the telly plans?"),
     c("My pal paid one off for years and the firm went under. Her family got nothing.", "bad_experience"),
     t("That's awful. So sorted, but the money safe. Some people write down their wishes and save in a joint account; others use a plan held in an independent trust. Shall I explain both?"),
     c("Aye. What does a plan cost, roughly?", None),
     t("Ours is 4,250 for a simple service and cremation, held in trust. Take the leaflet and go through it with your son; there's no deadline."),
     c("I'll do that. He's up Sunday.", "think_it_over")],
    [o, t("What a wonderful decision. What's prompting you today? Most folk your age in Paisley already have a plan, you know."),
     c("Have they now. My pal had a plan and the firm went bust.", "bad_experience"),
     t("I hear you. That's why you'll want today's price, it rises on the first, and eighty per cent of our customers wish they'd done it sooner."),
     c("I'm no signing anything today, hen. I want my son to see it.", "think_it_over"),
     t("Absolutely, family matters. But I can only hold the 200 discount till five. Could your son join us on the phone now?"),
     c("He's at his work. Cheerio.", None)]))

o = c("Your line-cleaning fella didnae turn up Tuesday. Third time. My lager's tasting like vinegar.", None)
PAIRS.append(gpair(P + "oban_linecleaning", "beer line cleaning service for pubs, phone (Oban)", "keyword_stuffed",
    "A publican's contracted line cleaning has been missed three times.",
    [o, t("Three missed visits isn't on, and sour lager costs you customers. Which lines, all of them?"),
     c("The two lager lines. Cask I do myself.", None),
     t("So two lager lines, missed Tuesday and twice before. Our Fort William engineer can come tomorrow before opening, and I'll credit this month's fee. Before eleven okay?"),
     c("Aye. But if he misses again I'm cancelling. I've had it with you lot.", "bad_experience"),
     t("Understood. I'll ring you myself at ten to confirm he's on the road."),
     c("Right. Ten o'clock.", None)],
    [o, t("I really understand how you feel, and your experience matters to us. We value our relationship and want to understand your needs for a successful partnership."),
     c("I need a man with a cleaning kit. When's he coming?", None),
     t("Absolutely, and I feel your frustration. Your success is our success, so I want to understand what a great experience looks like for you going forward."),
     c("Clean beer! Like the contract says, ninety quid a month.", None),
     t("I hear that, and I want to build trust and understand your needs holistically. How do you feel about your service journey so far?"),
     c("I feel I'm cancelling. Put it in writing.", None)]))

o = c("Um, hi. I wanted to ask about the evening maths course? The GCSE. I'm... I'm forty-three.", None)
PAIRS.append(gpair(P + "newport_eveningmaths", "further education college, enrolment desk (Newport)", "keyword_stuffed",
    "A shy adult learner needs GCSE maths to get onto a nursing access course.",
    [o, t("Hi, you're very welcome, lots of our learners are your age. Is it for a job or for yourself?"),
     c("Bit of both. I want to do nursing access but I need the maths. I failed it at school. I'm rubbish at it.", None),
     t("So it's the way into nursing, and school left you feeling bad at maths. There's a free assessment first so you start at the right level. Can you do Tuesday evenings?"),
     c("I work lates Tuesdays at the Co-op. Is there another night?", "no_time"),
     t("Thursday, six till eight, same course, and free on a low income. Shall I book your assessment?"),
     c("Thursday I can do. Yes, okay. Thank you.", None)],
    [o, t("Hi! So to understand your needs: what does success look like for you on your learning journey?"),
     c("Um. Passing? I need it for nursing.", None),
     t("That's great. I feel your passion, and I want to understand your experience and needs so we can build a successful relationship with you as a learner."),
     c("Okay... is it Tuesdays? Because I work Tuesdays.", "no_time"),
     t("I hear that your time matters. Our learner experience is all about meeting your needs for success. How do you feel about that?"),
     c("I... don't really know what you mean. I'll maybe just look online.", "brush_off")]))

o = c("Please, we've just missed check-in, the A55 was shut at Conwy. Is there anything you can do?", None)
PAIRS.append(gpair(P + "holyhead_missedcheckin", "ferry port check-in desk (Holyhead)", "rude",
    "A couple miss check-in because of a road closure; they have a wedding in Dublin.",
    [o, t("Oh no, let me look. What's the booking reference?"),
     c("HX2207, car and two adults. We've a wedding in Dublin tomorrow.", None),
     t("The 14:10's closed, I'm sorry. The 20:15 has car space, and with the road closure reported I can move you without the change fee. Does that still work for the wedding?"),
     c("We'll make it. Thank you so much.", None),
     t("You're booked. Check in from 18:45; there's a cafe upstairs."),
     c("Lush, diolch.", None)],
    [o, t("Reference? Quickly, please, I've got a queue."),
     c("HX2207. The A55 was shut, there was an accident.", None),
     t("Everyone's got a story. Check-in closes forty-five minutes before, it's on your ticket, which you did read, I assume?"),
     c("We left in plenty of time! Can we get on the next one?", None),
     t("The 20:15 if you pay the 65 change fee. Yes or no?"),
     c("Sixty-five pound because the road was shut? That's not fair.", "too_expensive"),
     t("Then don't travel. Next!"),
     c("I want your name and a manager.", None)]))

o = c("Hello, excuse me. We go to Ben Nevis tomorrow. My jacket, is it enough? It is from discounter.", None)
PAIRS.append(gpair(P + "fortwilliam_jacket", "outdoor clothing shop counter (Fort William)", "rude",
    "A German tourist on a budget asks if his cheap jacket will do for Ben Nevis.",
    [o, t("Let me see... it's showerproof, not waterproof. Which route, and what's the forecast?"),
     c("The tourist path. Rain after midday. We have not much money left, the holiday is expensive.", None),
     t("Then you need proper waterproofs, but not new ones. We hire jackets and over-trousers at 12 a day, or this one's on sale at 65. Which suits?"),
     c("Hire is good. Also for my wife, please.", None),
     t("Two sets, back by six tomorrow. And start early, the top is often in cloud."),
     c("Thank you, very helpful.", None)],
    [o, t("Enough? For Ben Nevis? In that? Did it come free with a cereal box?"),
     c("I do not understand. It is waterproof or no?", None),
     t("No. Obviously. You need the Ridge Pro, 289. Are we doing this or not?"),
     c("This is too much. We have not this money.", "no_money"),
     t("Well, enjoy getting soaked. I've got actual customers waiting."),
     c("Okay. We go to another shop.", None)]))
