"""Gaming pairs, part B (blind86)."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer - CAD licence renewal, Basel
open_ = c("Good day. Reto Brunner, purchasing, Hägli Präzision. Our CAD renewal is due on the thirtieth. I need two things clarified before I sign anything.", None)
PAIRS.append(gpair(
    "b86g_basel_cad_renewal", "CAD software reseller (B2B renewal), Basel region, Switzerland", "ignored_customer",
    "The head of purchasing at a precision-parts maker has two idle seats and a pharma customer whose contract keeps drawings on their own servers.",
    [open_,
     t("Good day, Mr Brunner. Go ahead, what are the two things?"),
     c("First, we have twelve seats and two have not been used since summer. Second, your email talks about moving to the cloud version. Our main customer is pharma and their contract says drawings stay on our servers. So cloud is not possible.", None),
     t("Understood. Twelve seats, two idle, and cloud is ruled out by your customer's contract. On the second point, you don't have to move. On-premise is still sold, it's just not what we advertise. On the seats, do you know why the two went idle? People left, or projects ended?"),
     c("One engineer left. The other is an apprentice who finishes in August. We may hire next year, I don't know.", None),
     t("Then I'd renew ten, not twelve. If you hire, adding a seat mid-term is pro-rata, no penalty. Ten on-premise seats come to thirty-one thousand four hundred francs, against thirty-seven six for twelve."),
     c("Good. But management wants a three-year view. I heard on-premise is being phased out.", None),
     t("Honest answer: it's supported until at least 2028, and I have that in writing from the vendor, I'll send you the letter. After that I don't know, and I won't pretend I do. So I'd sign one year, not three, and keep you free."),
     c("One year, ten seats, on-premise. Send the quote and the letter, I sign this week.", None)],
    [open_,
     t("Good day, Mr Brunner, thanks for calling. Before we start, can you tell me a bit about your priorities for the coming year?"),
     c("My priority is not paying for seats we don't use. Two of twelve are idle. And drawings must stay on our servers, our pharma customer requires it.", None),
     t("Very helpful, thank you. The good news is our Cloud Enterprise plan is perfect for a business like yours. Everything is hosted in our data centre, so your IT doesn't have to worry about servers at all. For twelve seats it's forty-one thousand."),
     c("I just said drawings must stay on our servers. And I said two seats are idle.", None),
     t("Absolutely, noted. What other concerns do you have, so I can make sure we address everything?"),
     c("Those are my concerns. Those two.", None),
     t("Perfect. So I'll put twelve cloud seats on the quote, with onboarding, which our Swiss clients find really smooth. Is the thirtieth still your deadline?"),
     c("You have not listened to one thing. I will call the vendor directly. Please send nothing.", None)],
))

# 12 repeated_questions - building society branch, Enniskillen
open_ = c("Morning. I got a letter saying you're only open Tuesdays and Thursdays now and I should get the app. I don't want an app. I want to pay my bills here, same as I've done for forty year.", "no_need")
PAIRS.append(gpair(
    "b86g_enniskillen_branch_app", "building society branch, Enniskillen, Co. Fermanagh, Northern Ireland", "repeated_questions",
    "A widower of 81 objects to reduced branch opening and being pushed to an app; he pays two bills and draws cash weekly.",
    [open_,
     t("Morning. That letter's put a lot of people out, and you don't have to get the app. Which bills do you usually pay here, and how often?"),
     c("The electric and the rates, every month. And I take my cash out on a Friday for the week.", None),
     t("So the electric and the rates monthly, and cash on Fridays. Friday's the snag now, we're shut. Two ways that need no phone at all: we set the electric and rates up as direct debits so they go out on their own, and you come in Tuesday or Thursday for cash. Or you get cash at the post office on Belmore Street any day with your card."),
     c("Direct debits. My wife always said they'd take more than they should.", "bad_experience"),
     t("That's a fair worry. It can only take what's on the bill, and if it's ever wrong the bank has to refund you straight away, that's the guarantee. And I'll print you a statement every month so you can see what went. Want to try it with just the electric first and see how you get on?"),
     c("Just the electric. Aye, go on, we'll try it.", None),
     t("Grand. Have you the bill with you? I'll set it up now, and you'll see the first one on next month's statement."),
     c("I have, here.", None)],
    [open_,
     t("Morning! I'm sorry to hear that. Can I ask, what's the main thing you use the branch for?"),
     c("Paying the electric and the rates. And my cash on a Friday.", None),
     t("Okay, great. And in a typical month, what would you say you come in to do?"),
     c("I just told you. The electric and the rates, and cash.", None),
     t("Lovely. So what kinds of transactions matter most to you day to day?"),
     c("Son, are you writing any of this down? Bills and cash.", None),
     t("Absolutely, I just want to fully understand your needs. What's the biggest reason you visit us rather than banking another way?"),
     c("Because I want a person who listens. I'll come back Thursday and talk to Maureen.", None)],
))

# 13 wrong_paraphrase - removal firm, Carlisle
open_ = c("Hiya, I need a quote for moving my dad. He's going into sheltered housing in Carlisle from his bungalow in Brampton. He's only taking a few bits.", None)
PAIRS.append(gpair(
    "b86g_carlisle_small_move", "local removal firm, Carlisle, Cumbria", "wrong_paraphrase",
    "A daughter arranges a small move for her father from a bungalow into a sheltered flat; her brother will deal with the furniture later.",
    [open_,
     t("Course. What are the few bits, roughly? And is the new flat on the ground floor or up?"),
     c("His bed, his chair, a little bookcase, the telly, and boxes, maybe ten. First floor, but there's a lift.", None),
     t("That's a small van and two lads, half a day. What happens to everything else in the bungalow? Some people want it cleared the same day, some don't."),
     c("Ah, I hadn't thought. My brother wants some of the furniture but he's in Newcastle, he can't come till spring.", None),
     t("Then don't rush the clearance. Move your dad first, with his things where he wants them, so the flat feels like his on the first night. We can quote the clearance separately for spring. The move itself would be two hundred and eighty."),
     c("That's more than I thought for a few bits, to be honest.", "too_expensive"),
     t("It's mostly the half day and two men, the mileage is nothing. If the boxes are packed and the bed's stripped before we arrive, we're quicker and I'll do it for two-forty. When's he moving?"),
     c("The twelfth, if the flat's ready. I'll check with the warden and ring you.", None)],
    [open_,
     t("Course! So just to check I've understood: you're moving your dad and clearing the whole bungalow, is that right?"),
     c("No, he's only taking a few bits. His bed, his chair, the telly, some boxes.", None),
     t("Got you. So what I'm hearing is you want the full move with packing, because your dad can't manage boxes himself. Have I got that right?"),
     c("No, I'll pack the boxes. I just need it taken over.", None),
     t("Perfect, so to play that back: a three-bed load, packing included, and storage for what won't fit, because the new place is smaller. I can do all that for eight hundred and ninety."),
     c("Eight hundred and ninety? For a bed and a chair? I never said any of that.", "too_expensive"),
     t("I understand. So you're saying price is the main worry and you'd like our premium insurance added for peace of mind. Did I understand you correctly?"),
     c("You did not. I'll ring someone else.", None)],
))

# 14 pitch_to_upset - pet insurance cancellation after a death, Ballinasloe
open_ = c("Hello. I need to cancel the insurance on Jess. She... she was put to sleep on Friday. Sorry. I didn't think I'd get upset.", None)
PAIRS.append(gpair(
    "b86g_ballinasloe_pet_bereavement", "pet insurer customer line, caller near Ballinasloe, Co. Galway, Ireland", "pitch_to_upset",
    "A woman rings to cancel the policy on her fourteen-year-old collie, put to sleep last week.",
    [open_,
     t("Oh, I'm so sorry. Don't apologise at all, take your time. I can sort it for you, it won't take long. Have you the policy number, or your date of birth and Eircode if that's easier?"),
     c("The Eircode, H53... sorry, I have it here. H53 K2P9.", None),
     t("Thank you. I have Jess here. I'll cancel from Friday, the day she died, so you're not paying for anything after. There's a small refund for the rest of the month, about eleven euro, back to your card."),
     c("Thank you. The vet did the... the last visit, and the cremation. Does the policy pay anything for that?", None),
     t("It may well. Your policy has a euthanasia and cremation benefit up to two hundred euro, and we'll pay it even though the policy's cancelled. Just send the vet's invoice. I can email you the form, or post it if you'd rather."),
     c("Post, please. I don't think I'll manage the computer this week.", None),
     t("Of course. It'll be with you in a few days, with a stamped envelope. And I'm sorry about Jess. Fourteen years is a long friendship.")],
    [open_,
     t("Oh no, I'm so sorry for your loss, that must be really hard. Can I ask, how are you feeling about things now?"),
     c("Not great, to be honest. I just want to cancel it.", None),
     t("Completely understandable. Before I do, just so you know your options: a lot of our customers find that when they're ready for a new companion, it really helps to have cover in place from day one. If you keep the policy going, we can move it to a puppy with no waiting period."),
     c("I'm not getting another dog. Not now.", "no_need"),
     t("Of course, not now. But for the full picture, lifetime puppy cover is only fourteen euro a month, and we'd keep your loyalty discount, fourteen years is a long relationship with us. How would you feel about keeping that door open?"),
     c("I'd feel like you're not listening. Please just cancel it.", None),
     t("Absolutely. Is there anything else I can help with today? We have a lovely pet memorial keepsake range."),
     c("No. Just cancel it, please.", "no_need")],
))

# 15 blame - business fibre outage, Freiburg
open_ = c("Hello, English is okay? Our internet falls out every afternoon since one week, around three o'clock, for twenty minutes. We have a competition deadline Friday. This is not acceptable.", None)
PAIRS.append(gpair(
    "b86g_freiburg_fibre_outage", "business fibre provider, Freiburg im Breisgau, Germany (call in English)", "blame",
    "The owner of a two-person architecture office reports daily afternoon drop-outs for a week, with a large upload due Friday.",
    [open_,
     t("English is fine. I'm sorry, that's a bad week for it. Let me look at your line. Every day around three, about twenty minutes, since last week, yes?"),
     c("Yes. Exactly. Monday to today. The router light goes red then.", None),
     t("I see it in the log too, it drops at about 14:58 each day. Red means the signal from outside is gone, so it's on our side, not your router. There's been roadwork at the street cabinet near you, which may be it. I'm opening a fault and asking a technician to check the cabinet tomorrow."),
     c("Tomorrow is good, but Friday we must upload two gigabytes. If it fails, the competition is lost.", None),
     t("Understood. Two things for Friday, then. I'm putting a priority on the fault, and I'll send you a 5G stick by express today as a backup, it arrives tomorrow. And if you upload before half past two, you miss the window even if it isn't fixed."),
     c("The 5G stick, what does it cost after?", None),
     t("Nothing, you send it back when you're done. I'll text you the fault number now, and the technician's report tomorrow."),
     c("Good. Thank you, this helps.", None)],
    [open_,
     t("I'm sorry to hear about your experience. Let's get to the bottom of it. Are you sure nobody in the office is downloading big files around that time?"),
     c("We are two people. We send drawings, yes, but that is our work.", None),
     t("Right, so what I'm hearing is large uploads in the afternoon. That can overload a connection. Honestly, nine times out of ten this is the customer's own router settings. Have you changed anything on it?"),
     c("Nothing. The light goes red. Red means no signal, no?", None),
     t("It can, but usually it's because the router's in a cupboard or next to something. Where is it? And is it our router or your own? If it's your own, I'm afraid that's on you."),
     c("It is your router, on the wall, for three years. It worked every day until last week.", None),
     t("Okay. I'd restart it, move it somewhere open, and avoid big uploads in the afternoon. If it carries on, a technician visit is eighty-nine euro when the fault is on the customer side. Does that help?"),
     c("No. We have a deadline Friday and you tell me it is my fault. I will write a formal complaint.", None)],
))

# 16 monologue - farm accounts, Clonmel
open_ = c("Hello. Our accountant, Mr Hayes, is retiring in June and he said to try you. We're dairy, a hundred and twenty cows. I do the books myself, in a ledger, if that matters.", None)
PAIRS.append(gpair(
    "b86g_clonmel_farm_accounts", "accountancy practice, Clonmel, Co. Tipperary, Ireland", "monologue",
    "A dairy farmer's wife who keeps the books by hand looks for a new accountant; her son has just joined the farm partnership.",
    [open_,
     t("It matters, and a ledger's fine. Mr Hayes rang me, actually. What did he do for you? The year-end accounts and tax, or more than that?"),
     c("Accounts, the tax return, the VAT, and once a year he'd sit us down about the farm partnership. My son came into the farm last year.", None),
     t("So accounts, tax, VAT, and advice on the partnership now your son's in. The partnership is where I'd be careful, there's stock relief and the succession side. What worries you most about changing?"),
     c("Honestly, that you'll want everything on a computer. I'm sixty-two, I'm not learning software.", "no_need"),
     t("You won't have to. Bring us the ledger and the bank statements at year end, same as you did for him. If your son wants it on a computer later, that's between the two of you. Our fee should be close to what Mr Hayes charged, I'll confirm when I've seen last year's file."),
     c("He charged us two thousand two hundred. If you're much over that I'd have to talk to Pat.", "think_it_over"),
     t("Fair enough. I'll ask Mr Hayes for the file and give you a fixed figure in writing before you commit to anything. Would you come in with Pat and your son, say after the spring calving?"),
     c("After calving, yes. May.", None)],
    [open_,
     t("Wonderful, thanks for coming in. Let me tell you a bit about us, because we're quite different. We're a fully digital practice now. We work with over three hundred farms across Tipperary and Waterford, and we have a brilliant agri app: you photograph receipts and they go straight into the books. VAT's done automatically, and our farmers love the quarterly dashboard."),
     c("I don't really do apps. I've a ledger.", "no_need"),
     t("Totally, that's a really common feeling, but once you try it you'll never go back. You get a tablet with our Farm Plus package, and there's training in Cahir every second Tuesday. Farm Plus includes the succession review too, which with your son coming in I'm sure you'll want. It's three thousand eight hundred a year, all in."),
     c("Three thousand eight hundred? Mr Hayes was two thousand two hundred.", "too_expensive"),
     t("Right, and that's the thing, you get so much more value. The dashboard alone. What I'd suggest is we get you set up on the app now, before calving, so you're ready for the year end. Does that sound like a good experience for you?"),
     c("Before calving I haven't time to sleep. I'll talk to Pat. Thanks.", "no_time"),
     t("Brilliant, I'll pop the brochure in the post and give you a call next week to book your onboarding.")],
))

# 17 closing_as_open_question - opticians, contact lenses, Maastricht
open_ = c("hi, um, I'm from the UK, studying here. my contact lenses are running out and I don't know if I can just buy them here or if I need a new test?", None)
PAIRS.append(gpair(
    "b86g_maastricht_contact_lenses", "opticians, Maastricht, Netherlands (in English)", "closing_as_open_question",
    "A British student who wears contact lenses only for hockey is running out and is short of money until her loan arrives.",
    [open_,
     t("Hi! You'll need a quick lens check here, we can't just copy a UK lens prescription. It's short, though. How often do you wear them, every day or now and then?"),
     c("Only for hockey, twice a week. Glasses the rest of the time.", None),
     t("Then monthly lenses are wasted on you, you'd bin most of each pair. Dailies, one pair per match, comes to about a hundred euro a year. The check is thirty-five, and I have tomorrow at eleven or Friday at four."),
     c("thirty-five plus lenses is a lot this month, my loan hasn't come in yet", "no_money"),
     t("Understood. How many pairs have you got left?"),
     c("maybe four", None),
     t("That's two weeks of hockey. So book the check for after your loan comes in, and I'll order a box of thirty, not a year's supply. No need to do anything today."),
     c("ok that works. can I book for the twentieth?", None)],
    [open_,
     t("Hi! Yes, we do lens checks. So which day this week works best for your fitting, tomorrow or Friday?"),
     c("um, I'm not sure yet. how much is it?", None),
     t("Thirty-five euro, and most people take the annual lens plan with it. How would you prefer to pay for the plan, monthly or up front?"),
     c("I only wear them for hockey twice a week. I don't think I need a plan", "no_need"),
     t("Sure, really useful to know. So what would it take for you to start the plan today, so you're covered for hockey all year?"),
     c("it would take money I don't have till my loan comes in, honestly", "no_money"),
     t("Totally get it. If I waived the check fee when you sign up for twelve months, what's stopping you from saying yes now?"),
     c("I think I'll just wait. thanks anyway", "think_it_over")],
))

# 18 pitch_as_paraphrase - payroll software renewal, Interlaken hotel
open_ = c("Grüezi, Anna Zurbuchen, Hotel Alpenrose. Our payroll software renews next month. I pay the same all year, but from November to Christmas I have six staff, in summer thirty-five. It feels wrong.", "too_expensive")
PAIRS.append(gpair(
    "b86g_interlaken_payroll_software", "payroll software vendor (B2B renewal), family hotel in Interlaken, Switzerland", "pitch_as_paraphrase",
    "A hotel owner-manager with strongly seasonal staff questions a flat annual payroll-software price before renewal.",
    [open_,
     t("Grüezi, Frau Zurbuchen. That's a fair point. You're on the flat plan for forty employees, so in the quiet months you pay for about thirty-four people who aren't there. Are the summer staff on seasonal contracts, or hourly?"),
     c("Most are seasonal contracts, May to October. Some students by the hour.", None),
     t("Then the per-payslip plan probably suits you better: you pay for each person paid that month. I did a rough sum on last year's runs and you'd have paid about three thousand one hundred francs, not four thousand two hundred. The catch: a very busy summer month costs more than on the flat plan. It only works out because your winter is so quiet."),
     c("That sounds good, but I need to speak with my husband, he does the figures.", "think_it_over"),
     t("Of course. I'll email you both plans side by side with last year's months, so he can check the numbers himself. Renewal is the first, so if you decide by the twenty-fifth I can switch you."),
     c("Good, send it. Thank you.", None)],
    [open_,
     t("Grüezi! So if I understand correctly, what you need is our Hospitality Pro plan with the rota module, because your staffing is complex. Is that right?"),
     c("No. I need to pay less when I have six staff.", None),
     t("Absolutely, so to play it back: you want a plan that grows with your business, which is exactly Hospitality Pro, unlimited employees all year round. That's what you're looking for, isn't it?"),
     c("Unlimited? I have six people in November. Why would I want unlimited?", "no_need"),
     t("Great question. So what you're really saying is you want flexibility, and Hospitality Pro gives you flexibility plus rota planning and time tracking, for five thousand a year. Did I get that right?"),
     c("Five thousand? I pay four thousand two hundred now and I said already it is too much.", "too_expensive"),
     t("I hear you. So to summarise, you'd like to lock in the Pro price before the increase. Shall I send the contract?"),
     c("No. Leave my plan as it is. I will look at other software.", "think_it_over")],
))

# 19 upsell_as_loop_closing - wedding photographer, Cirencester
open_ = c("Hi! We've looked at the gallery and we love it, honestly. Just one thing: Nan and Grandad haven't got a computer, so they can't see any of it. Could we get a few printed for them?", None)
PAIRS.append(gpair(
    "b86g_cirencester_wedding_prints", "wedding photographer, near Cirencester, Gloucestershire", "upsell_as_loop_closing",
    "A bride who is happy with her gallery wants a handful of prints for grandparents who don't use computers.",
    [open_,
     t("Oh, that's lovely, and yes, of course. How many were you thinking, and any favourites? The one of them on the bench came out well."),
     c("That one definitely, and the one where Grandad's dancing. Five or six in all. Nothing fancy.", None),
     t("Five or six, nothing fancy. I'd do seven by fives, they fit a normal frame or sit on a sideboard. Six prints is thirty-six pounds, and I can post them straight to them."),
     c("Posted would be brilliant, they're in Stroud. Could you put a little note in?", None),
     t("Course. What would you like it to say?"),
     c("Just 'from Emma and Tom, with love, here's you dancing'. He'll like that.", None),
     t("He will. They'll go out Monday. Send me the address and the six you want by number and I'll do the rest."),
     c("Doing it now. Thank you so much.", None)],
    [open_,
     t("So glad you love it! Yes, we can do prints. Before we sort that, just closing the loop on everything: what else can I add to your order? Lots of couples go for the heirloom album for grandparents, it's a beautiful experience for them."),
     c("It's just a few prints, really. They've not got much room.", "no_need"),
     t("Totally. And anything else? Canvases are really popular, and the parent album bundle saves you forty pounds when you take two."),
     c("How much is the album bundle?", None),
     t("Four hundred and twenty for two, so really good value. So that's the prints, two albums, and shall I add a canvas of the first dance? Anything else at all?"),
     c("Four hundred and twenty? We've just paid for a wedding. Just the prints, please.", "no_money"),
     t("No problem! And is there anything else I can help with today, maybe a USB keepsake box?"),
     c("No. Just the prints.", "no_need")],
))

# 20 leading_tag_questions - care home, Truro
open_ = c("Hello. Dad had a fall last month and the hospital social worker said we should look at homes. He doesn't want to come in, mind. He wants to stay at home.", None)
PAIRS.append(gpair(
    "b86g_truro_care_home", "residential care home, near Truro, Cornwall", "leading_tag_questions",
    "A son visits after his widowed father's fall; his father wants to stay at home and is mainly lonely.",
    [open_,
     t("Thanks for coming in, and it's good you said that first. How's he been since he got home? Managing the stairs, meals, that sort of thing?"),
     c("He's sleeping downstairs now. He's got a carer in the mornings for meals. He's lonely, that's the real problem. Mum died two years ago.", None),
     t("So the practical side's more or less covered and it's the loneliness. That's worth knowing, because a full-time place might not be what he needs yet. We do day care here, Tuesdays and Fridays, lunch and company, and we pick people up around Truro."),
     c("Day care. Hadn't thought of that. What's it cost?", None),
     t("Fifty-eight pounds a day with lunch and transport. The council sometimes pays part of it, his social worker can tell you. Would he come and try one Friday, no commitment?"),
     c("He'll grumble. But I'll ask him. Can I ring you after the weekend?", "think_it_over"),
     t("Of course. And tell him it's lunch and a game of cards, not a home. That usually helps."),
     c("Ha. I'll try that.", None)],
    [open_,
     t("Of course. Well, after a fall you'd want him somewhere safe round the clock, wouldn't you? It's not really fair on you, worrying all the time, is it?"),
     c("I do worry. But he really wants to stay at home.", None),
     t("They always say that at first, don't they? You'll want to see the en-suite rooms, won't you? We've one with a garden view free from the first."),
     c("What does a room cost?", None),
     t("Eleven hundred a week. That's very reasonable for Cornwall, isn't it? And you'd agree peace of mind is worth it?"),
     c("Eleven hundred. He'd have to sell the house.", "no_money"),
     t("Lots of families do, don't they? It's the sensible thing. Shall we hold the garden room for you?"),
     c("No. I need to talk to Dad. It's his decision, not mine.", "think_it_over")],
))
