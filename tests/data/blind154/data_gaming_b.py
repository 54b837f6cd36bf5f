"""b154 gaming pairs B (kinds 6-10)."""
from common import c, gpair, t

N = None
PAIRS = []

o = c("Yes ma'am, y'all charged me for the CT scan twice on this bill. Same day, same time. Twenty-three hundred apiece.", N)
PAIRS.append(gpair(
    "b154g_hospbill_double_ct", "Hospital billing, Tuscaloosa, Alabama (phone)", "putdown_question",
    "A man's ER bill shows the same CT scan charged twice.",
    [o,
     t("Let's look right now. Can I get the account number and your date of birth?"),
     c("4471-0926. March 3rd, '61.", N),
     t("Thank you. I see two CT lines on June 12th. Did you have one scan, or did they take you back twice?"),
     c("One. They put me in there one time.", N),
     t("Then it's likely a duplicate. I'm sending it to coding and holding the account so nothing goes to collections. You'll hear within ten business days."),
     c("Ten days. And I don't owe nothin' till then?", N),
     t("Nothing is due until the review is done.")],
    [o,
     t("I'm sorry for your experience. Are you sure you're reading it right, sir? Lots of people don't understand itemized bills, so what exactly are you seeing?"),
     c("I can read, ma'am. CT head without contrast, twice, same time.", N),
     t("Okay. And could you have had two and not remember? People get confused in the ER, so what do you recall?"),
     c("I had a bump on the head, I wasn't drunk. One scan.", N),
     t("I understand your frustration. Before you get worked up, do you even know your deductible?"),
     c("I ain't worked up. This hospital overcharged me before and it took six months to fix.", N),
     t("Well, if you used the patient portal like we ask, you'd have caught it sooner, wouldn't you?"),
     c("Let me talk to your supervisor.", N)]))

o = c("Mais, I paid y'all a hundred twenty-nine for an alignment last week and my truck, she still pulls right. Bad.", N)
PAIRS.append(gpair(
    "b154g_tireshop_alignment", "Tire and auto shop, Lafayette, Louisiana", "putdown_question",
    "A man paid $129 for an alignment and his truck still pulls.",
    [o,
     t("That shouldn't happen after an alignment. All the time, or on certain roads, or when you brake?"),
     c("All the time. Even on the interstate, flat like a table.", N),
     t("Did it pull before you brought it in, or did it start after?"),
     c("Before. That's why I came. Y'all said it was fixed.", N),
     t("Then we didn't fix it, that's on us. Sometimes it's a tire. I'll put it back on the rack, no charge. Can you leave it an hour?"),
     c("An hour, me? I got to be at work at two. Tomorrow mornin' maybe.", "no_time"),
     t("Tomorrow at 7:30, first on the rack. If it's a tire, we talk before we do anything."),
     c("Okay. 7:30.", N)],
    [o,
     t("I hear you. But are you sure it's pulling, or is that the crown of the road? Roads slope, you know, so what exactly do you feel?"),
     c("I been drivin' thirty years, me. I know what a pull is.", N),
     t("Sure. Did you hit a pothole since? Some folks drive like a rodeo, so how's your driving been?"),
     c("How my drivin' been? You serious?", N),
     t("Just understanding your experience. Are those tires something cheap you bought somewhere?"),
     c("From y'all! Two years ago! Look at your computer.", N),
     t("Well, if you'd kept up with rotations, what do you think would've happened?"),
     c("I think I want my hundred twenty-nine back. Where's Danny at?", N)]))

o = c("Hello? I got this pink paper says y'all are cuttin' us off Friday. My husband's on oxygen, the machine runs on the electric.", N)
PAIRS.append(gpair(
    "b154g_coop_disconnect_oxygen", "Rural electric co-op, southwest Virginia (phone)", "not_my_department_or_read_the_terms",
    "Disconnect notice; her husband uses an oxygen concentrator.",
    [o,
     t("Thank you for calling before Friday, let's make sure that doesn't happen. Name or address on the account?"),
     c("Earl Mullins, 1190 Dry Branch Road.", N),
     t("I see $286 past due. With the oxygen, if his doctor signs our medical form, the disconnect is held 30 days. Who's his doctor?"),
     c("Dr. Patel at the clinic in Lebanon.", N),
     t("I'll fax it to Dr. Patel today and put a hold on now. For the $286, can you pay some this month, or would a plan help?"),
     c("I can do maybe a hundred now, the rest when his check comes the first.", N),
     t("That works. You're safe for Friday, and I'll mail you the county heating assistance form too.")],
    [o,
     t("I understand your concern and want you to have a good experience. But disconnects are collections, not my department."),
     c("Well can you give me them? I don't know who to call.", N),
     t("They're closed till Monday. And really, ma'am, the terms are on the back of the notice, if you read the terms it explains everything."),
     c("Monday's after Friday, honey. I can't read that little print. He's on oxygen.", N),
     t("Medical is a different office, I can't speak to that. The board sets those rules, I didn't make them. Anything else I can help with?"),
     c("Anything else? You ain't helped with the first thing. I'm callin' the state.", N)]))

o = c("I bought the gray Ram from y'all Saturday. There's twenty-nine hundred in add-ons on this contract I told the finance guy no to.", N)
PAIRS.append(gpair(
    "b154g_truck_finance_addons", "Pickup truck dealership, Tyler, Texas (phone)", "not_my_department_or_read_the_terms",
    "A buyer finds $2,900 of refused add-ons on his contract.",
    [o,
     t("Thanks for calling about it. Which items? Read me the lines."),
     c("Paint protection, eleven hundred. Tire and wheel, eighteen hundred. I said no to both. Twice.", N),
     t("Both cancel for a full refund, credited to your loan, so the payment drops. Come sign, or should I email the forms?"),
     c("Email. I work nights, I ain't drivin' over there.", N),
     t("You'll have them by five today, and I'll call Thursday to confirm the lender got it."),
     c("Alright. I'll watch for it.", N)],
    [o,
     t("I appreciate you reaching out, your experience matters. But that's finance, I'm in sales, not really my department."),
     c("You sold me the truck. Who do I talk to?", N),
     t("Finance, but they're with customers all day. And honestly sir, you signed, it's all in the terms. Did you read it before signing?"),
     c("He had me sign a little screen. I couldn't see nothin'.", N),
     t("I understand how you feel. I didn't make the rules, I just sell trucks. Anything else I can help with?"),
     c("Refund my money. I'm callin' the Attorney General.", N)]))

o = c("Hey, I saw y'all's seventy-nine dollar tune-up on the mailer. Is that real, or is it gonna turn into three hundred like last year?", N)
PAIRS.append(gpair(
    "b154g_hvac_tuneup_mailer", "HVAC company, Birmingham, Alabama (phone)", "social_proof_or_deadline_pressure",
    "He wants the $79 tune-up; another firm charged him $300 last year.",
    [o,
     t("Fair question. The $79 covers inspection, coils, refrigerant check and the drain. If the tech finds something, he prices it first and you decide. What happened last year?"),
     c("Fella said my coils was filthy, charged three hundred. I didn't know no better.", N),
     t("So the tune-up, and a straight answer before any extra. How old's the unit?"),
     c("Sticker says 2014.", N),
     t("Worth a look. Tuesday 8 to 10 or Thursday 1 to 3?"),
     c("Thursday. And I'm holdin' you to the seventy-nine.", N),
     t("It's on your ticket: $79, nothing extra without your okay.")],
    [o,
     t("It's real! Two thousand Birmingham families trusted us this spring. But most of your neighbors take our $19-a-month Comfort Club, and the $79 ends Friday."),
     c("I just want the tune-up.", "no_need"),
     t("Totally understand your needs. Slots are almost gone, two left this month, and everyone on your street in Homewood has joined the club."),
     c("How would you know who's on my street? The last bunch rushed me just like this.", "bad_experience"),
     t("The club goes up to $24 at midnight, and ninety percent of members say it's the best decision they made. Lock it in?"),
     c("I'm on my lunch break, I ain't got time to decide all that right now.", "no_time"),
     t("Sure, but I can't promise the slot or the price tomorrow."),
     c("Then just mail me a flyer.", "brush_off")]))

o = c("Hey. I'm lookin' for an engagement ring. Got about two thousand saved. Don't know nothin' about 'em.", N)
PAIRS.append(gpair(
    "b154g_pawnjewel_engagement", "Pawn and jewelry shop, Huntington, West Virginia", "social_proof_or_deadline_pressure",
    "A young lineman with $2,000 saved wants to propose at Christmas.",
    [o,
     t("Congratulations. We'll figure it out. What does she wear, silver or gold color, big or simple?"),
     c("Silver stuff. Simple. She don't like flashy.", N),
     t("White gold solitaire, then. Pre-owned half carat, $1,650, or a new, bigger one at $2,300. When's the day?"),
     c("Christmas Eve. The twenty-three hundred's over what I got, though.", "no_money"),
     t("Then the $1,650. Borrow a ring she wears so we get the size; I'll hold it a week free."),
     c("I'll bring her ring Saturday.", N)],
    [o,
     t("Congratulations! Let me show you what everyone's buying, this one-carat oval halo. Every girl on TikTok wants one."),
     c("Well, I'm just lookin' today, really. How much?", "brush_off"),
     t("$3,400, but that's a Black Friday price, it ends Saturday. Then it's $4,200."),
     c("That's way over. I said two thousand.", "no_money"),
     t("Ninety percent of guys your age finance their ring. And two people looked at this one today."),
     c("I ain't financin' a ring. My buddy did, still payin' on it after they split.", "bad_experience"),
     t("You don't want to be the guy with the small ring, right? I can only hold it until five."),
     c("Then hold it for somebody else.", "no_need")]))

o = c("Hi, um, I got a bill for my son's surgery, forty-eight hundred, and I can't pay that at once. Is there like a plan?", N)
PAIRS.append(gpair(
    "b154g_hospbill_appendix_plan", "Hospital billing, Jackson, Mississippi (phone)", "keyword_stuffed",
    "A daycare worker owes $4,800 for her son's surgery.",
    [o,
     t("Yes, and maybe more than that. Does your son have Medicaid or CHIP?"),
     c("CHIP lapsed in the spring. I missed the renewal letter.", N),
     t("Medicaid can cover months back, and we have income-based assistance. What do you bring home a month?"),
     c("Like nineteen hundred. Before bills.", N),
     t("You may qualify for most of it. I'll mail the form, hold the account 60 days, and we plan on what's left."),
     c("So I don't gotta start payin' yet?", N),
     t("Not yet. Let's see what assistance covers first.")],
    [o,
     t("Thank you for sharing. Your needs matter, I understand how you feel, and we're committed to a relationship where your financial experience is a success."),
     c("Okay... so is there a plan?", N),
     t("I hear you and feel your frustration. What I'm hearing is you need a solution that meets your needs and supports your family's success."),
     c("Yes. A plan. I can do like seventy-five a month.", N),
     t("I appreciate you. Your satisfaction is our success. How satisfied are you with our conversation so far?"),
     c("I'm on my lunch break and I got ten minutes. Can I do seventy-five or not?", N),
     t("I understand your needs and your time, and we'll make sure your experience is everything you need."),
     c("You ain't helped me with nothin'. Bye.", N)]))

o = c("hi! need lunch for VBS june 9-13, 60 kids + 12 volunteers. 2 kids have peanut allergies. do yall do that", N)
PAIRS.append(gpair(
    "b154g_caterer_vbs_lunch", "Church-hall caterer, Spartanburg, South Carolina (text messages)", "keyword_stuffed",
    "A youth pastor needs Bible-school lunches, peanut-free.",
    [o,
     t("Hi! Yes. We can make the whole menu peanut-free so nobody sorts plates. Is either allergy severe, like EpiPen?"),
     c("one is epipen. other idk ill ask his mom", N),
     t("Peanut-free everything, pans labeled. What's your budget? Kid lunches run $5 to $8."),
     c("1800 total from the missions fund. is that enough", N),
     t("360 lunches, so $5 each: sandwich, fruit, chips, drink, two hot days. Menu tomorrow?"),
     c("yes! hot dogs one day pls the kids will riot lol", N)],
    [o,
     t("Hi! We truly understand your needs and feel the importance of this experience. Our church relationships are built on success."),
     c("ok great. so can you do peanut free", N),
     t("We hear you and we understand. Your needs are our needs. Every family deserves a safe, successful experience."),
     c("so is that a yes. one kid has an epipen", N),
     t("We totally understand how you feel about safety. Let's schedule a discovery call to explore your needs and vision for success!"),
     c("i dont have time for a call im running VBS. just text me a price per kid", "no_time"),
     t("Love that! We value your time. How satisfied are you with our communication so far?"),
     c("not very. ill ask the caterer the methodists used", N)]))

o = c("How much you give me for a compressor and a framing nailer? Both work. Porter-Cable and a Paslode.", N)
PAIRS.append(gpair(
    "b154g_pawn_compressor_nailer", "Pawn shop, Dalton, Georgia", "rude",
    "A carpenter with a bad back sells his compressor and nailer.",
    [o,
     t("Let me look. Selling or pawning? Pawn, you get 'em back; selling gets a little more."),
     c("Sellin'. My back's done, I ain't framin' no more.", N),
     t("Sorry about your back. Both run fine. $140 for the compressor, $110 for the nailer. We have to resell them used."),
     c("Two-fifty? I was hopin' three hundred. They near about new.", "too_expensive"),
     t("They're clean. I can go $270 with the case and the spare fuel cells. That's my top and still resell."),
     c("Alright. Two-seventy.", N)],
    [o,
     t("Set 'em up here. And don't tell me they work, everybody says that."),
     c("Well, they do work. I ain't lyin' to you.", N),
     t("Uh-huh. So what's your experience, need cash today? Obviously. Hundred for both."),
     c("A hundred? For both? That nailer's four hundred new.", "too_expensive"),
     t("Then go buy a new one. This ain't Home Depot, bud. Take it or leave it, I got people waiting."),
     c("There ain't nobody in here but me.", N),
     t("Anything else, or are we done? Hundred ten, final. Don't waste my afternoon."),
     c("We're done. I'll try Cash America.", N)]))

o = c("Hey, sugar. This phone don't ring loud enough. I miss my daughter's calls and she thinks I've died.", N)
PAIRS.append(gpair(
    "b154g_phonestore_ringer", "Cell phone store, Cookeville, Tennessee", "rude",
    "A woman in her eighties misses her daughter's calls.",
    [o,
     t("Oh no, we can't have that. Where do you keep it, purse or table?"),
     c("Purse mostly. Kitchen table at night.", N),
     t("I'll turn the ring all the way up, add vibrate, and give your daughter a loud ringtone of her own. All right?"),
     c("That'd be wonderful. What's it cost? Other store charged me sixty dollars to set it up.", N),
     t("Nothing, it's free. Let me call it from the store phone. Hear that?"),
     c("Lord, yes. The whole county can hear that.", N)],
    [o,
     t("Ma'am, it rings fine, you just turn it up. It's literally a button. Did nobody show you?"),
     c("No, nobody showed me. That's why I come in.", N),
     t("Great experience, here: volume, up. See? Honestly this thing's ancient, you need a new phone. Any other needs, or?"),
     c("I don't need a new phone. I need to hear this one. Could you show me slower?", "no_need"),
     t("I've got six people waiting. Maybe have your daughter do it, she probably knows phones better than you."),
     c("Well. Bless your heart. I'll have her do it, since you're so busy.", N)]))
