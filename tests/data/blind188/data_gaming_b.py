"""Gaming pairs, file b (b188). Hand-written. Kinds 11-15, then 1-5."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer -- Glasgow, nail salon, shop floor
_open = c("Hiya, I've been getting gels here for a year but my fingers have gone all itchy and red round the nails. My GP thinks it's the gel.", None)
PAIRS.append(gpair(
    "b188g_glasgow_gelallergy",
    "nail salon, Glasgow (UK), shop floor",
    "ignored_customer",
    "A regular gel client has blisters round her nails that her GP links to gel, and wants to know what she can still have done.",
    good=[
        _open,
        t("Oh no, I'm sorry, that sounds sore. Can I have a look? And when did it start, was it after a particular appointment?"),
        c("About three weeks ago. After the last infill. It's wee blisters down the sides, and it's worse at night.", None),
        t("Thank you. Three weeks, since the infill, blisters along the sides. That sounds like what your GP said, a reaction to the acrylates in gel. I'd not put any gel on you, not even a different brand, because once you're sensitised it tends to keep happening. Do you want to keep having your nails done in the meantime?"),
        c("I do, I love having them done. But normal polish never lasted on me, that's the whole reason I went to gel.", "bad_experience"),
        t("Fair, that's why most people switch. We've a gel-free polish that lasts about five or six days if you use the top coat at home. It's cheaper than your infill too, twenty-two. Would you try it once the skin has settled, say in a fortnight?"),
        c("Aye, a fortnight. Can you get the gel off today though? I can't get it off myself.", None),
        t("Yes, I'll soak it off gently, no charge, with gloves on and the remover kept away from the sore bits. Then I'll book you in for the fourteenth."),
        c("That'd be great, thanks hen.", None),
    ],
    gaming=[
        _open,
        t("Hi! Oh no. So tell me, how are you feeling about your nails right now?"),
        c("My fingers are itchy and red with wee blisters down the sides. My GP thinks it's the gel.", None),
        t("Okay, lovely. And what colour were you thinking for today?"),
        c("I don't think I should be getting gel. Did you hear me about the GP?", None),
        t("Absolutely, I hear you. We've got the new autumn shades in, the berry one's gorgeous. Infill or a full new set?"),
        c("Neither. I'm not putting gel on these blisters.", "no_need"),
        t("Totally understand. So a gel infill in the berry, that'll be thirty-five. Anything else I can help with today?"),
        c("Are you even listening? I'll get it taken off at my pal's salon.", None),
    ],
))

# 12. repeated_questions -- Raffles Place, Singapore, tailor, shop floor
_open = c("Hi, I bought this suit from a department store, need to alter for my new job. I start next Monday.", None)
PAIRS.append(gpair(
    "b188g_singapore_suitalteration",
    "alterations tailor, Raffles Place (Singapore), shop floor",
    "repeated_questions",
    "A new bank hire needs a ready-made suit altered (sleeves, waist, hem) before he starts on Monday.",
    good=[
        _open,
        t("Hi, congratulations on the new job. Let me see it on you. What feels wrong when you wear it?"),
        c("Sleeves too long, almost cover my thumb. Pants a bit loose at the waist, and the length touching the floor.", None),
        t("Okay, sleeves down to the thumb, waist loose, trousers too long. Put it on and I pin. At work you wear flat shoes or with a bit of heel?"),
        c("Normal leather shoes, flat. Can finish by Friday or not? I start Monday.", None),
        t("Sleeves, waist and hem together is sixty-five dollars. Normally one week, but I can do Friday evening, I put it in front of the queue, no extra charge since you're starting work."),
        c("Sixty-five ah? The department store say they can do sleeves for thirty.", "too_expensive"),
        t("They can, sleeves only, and usually two weeks. Here it's sleeves, waist and hem for sixty-five, done by Friday. If you want only sleeves it's twenty-eight."),
        c("No, do all. Friday after seven can?", None),
        t("We close at eight on Friday, seven is fine. Bring the same shoes when you collect, we check the hem on you."),
        c("Okay, thank you.", None),
    ],
    gaming=[
        _open,
        t("Hi, congrats! So tell me, what brings you in today?"),
        c("Sleeves too long, almost cover my thumb. Pants loose at the waist and too long. Need by Friday, I start Monday.", None),
        t("Okay. And what exactly are you looking to change on the suit?"),
        c("Like I said. The sleeves, the waist, and the length of the pants.", None),
        t("Got it. So just so I understand your needs, which parts of the suit are not fitting the way you'd like?"),
        c("Sleeves. Waist. Pants length. Same as just now.", None),
        t("Perfect. And when would you need it by, roughly?"),
        c("Friday. I told you already.", None),
        t("Great. And what's the occasion you need the suit for?"),
        c("New job lah. Okay, never mind, I come back another time.", "brush_off"),
    ],
))

# 13. wrong_paraphrase -- Lagos, skincare brand, Instagram DM
_open = c("good evening pls do u have something for dark spots. i had acne last year and it left marks on my cheeks", None)
PAIRS.append(gpair(
    "b188g_lagos_darkspots_dm",
    "skincare shop, Yaba, Lagos (Nigeria), Instagram DM",
    "wrong_paraphrase",
    "A young woman whose acne has cleared asks for something for the marks it left; she has had bad sunscreens before.",
    good=[
        _open,
        t("Good evening! Yes we can help. Sorry about the marks, they're stubborn. Are the pimples still coming, or is it just the marks now?"),
        c("just the marks. acne has cleared. i use a simple cleanser and shea butter now", None),
        t("Okay, so acne has cleared, marks on the cheeks, and your routine is cleanser plus shea butter. Do you use sunscreen? Sun makes marks darker, especially on dark skin."),
        c("no i dont use sunscreen. the ones i tried left white cast, i looked like ghost", "bad_experience"),
        t("Lol that white cast is real. We have a tinted gel sunscreen made for dark skin, no cast. I'd start with that plus our niacinamide serum, together 18,500. The serum alone won't do much if you skip sunscreen."),
        c("18,500 is much for me. can i start with one first", "too_expensive"),
        t("Yes, honestly start with the sunscreen, 8,000. On its own it stops the marks getting darker. Add the serum later when you're ready. Do you want delivery?"),
        c("ok the sunscreen. im in yaba", None),
        t("Yaba delivery is 1,500, it'll reach you tomorrow. I'm sending the account details now."),
    ],
    gaming=[
        _open,
        t("Good evening dear! Tell me more about your skin goals"),
        c("just the marks from acne last year. acne has cleared. i use simple cleanser and shea butter", None),
        t("So what I'm hearing is you still have active breakouts and your skin is very oily, did I understand you correctly?"),
        c("no. the acne has cleared. its just the marks", None),
        t("Okay so you want to lighten your skin tone all over, that's what you said yes? Our Glow Toning set will do that in 2 weeks"),
        c("i never said lighten. i dont want bleaching cream abeg. my cousin used one and her face burnt", "bad_experience"),
        t("I understand, so you're saying you want a stronger formula that works faster. The Premium set is 35,000"),
        c("you are not reading what i type. forget it", None),
    ],
))

# 14. pitch_to_upset -- Chicago, jeweller, shop floor, grieving customer
_open = c("Hi. This was my mom's. She passed in September. The clasp broke and I... I just want it fixed so I can wear it to her memorial.", None)
PAIRS.append(gpair(
    "b188g_chicago_mothersnecklace",
    "neighbourhood jeweller, Chicago (US), counter",
    "pitch_to_upset",
    "A grieving daughter brings in her late mother's gold chain with a broken clasp, nine days before the memorial.",
    good=[
        _open,
        t("I'm so sorry about your mom. Thank you for trusting us with it. Take your time. Can I look at it here on the pad?"),
        c("Yeah. Sorry. It's gold, I think. She wore it every day. The clasp just came apart at the funeral home.", None),
        t("It's fourteen karat, you can see the stamp right here. The spring ring wore out, that's all, the chain itself is fine. When is the memorial?"),
        c("The twelfth. That's nine days. Is that enough time?", None),
        t("Yes. A new clasp is about thirty-five dollars, and I'll do it myself in the back, it never leaves the store. I can have it Thursday. Would you like me to clean it too, or leave it just as she wore it?"),
        c("Leave it. It still smells a little like her perfume.", "no_need"),
        t("Then I won't touch it beyond the clasp. I'm writing that on the ticket. Here's your stub, and call anytime if you want to check on it before Thursday."),
        c("Thank you. Really.", None),
    ],
    gaming=[
        _open,
        t("I'm so sorry for your loss. What a beautiful piece. You know, a lot of our clients honor loved ones with a custom memorial pendant, we can set her birthstone. Have you thought about that experience?"),
        c("No, I... I just need the clasp fixed. For the memorial on the twelfth.", None),
        t("Absolutely. And while we fix it, we could upgrade this to an eighteen-inch premium rope chain, much stronger, so it won't break again. Honestly that's what she'd want, right?"),
        c("I don't want a different chain. This one is hers.", "no_need"),
        t("I hear you, I really do. What about a matching bracelet, so you've got a set? We're doing fifteen percent off remembrance pieces this week."),
        c("Can you just tell me how much the clasp is and when it'll be ready?", None),
        t("Clasp is thirty-five, ready Thursday. And I'll throw in our jewelry care plan for five a month, covers everything for life. Shall I sign you up?"),
        c("No. Please, not now. Just the clasp.", "no_time"),
    ],
))

# 15. blame -- Birmingham, shoe repair kiosk, counter
_open = c("Morning. You put new heels on these last Wednesday and one's come clean off already. Look.", None)
PAIRS.append(gpair(
    "b188g_birmingham_heelfail",
    "shoe repair and key-cutting kiosk, Birmingham (UK), counter",
    "blame",
    "A commuter's freshly re-heeled work shoes lost a heel on the pavement after four wears; she nearly fell.",
    good=[
        _open,
        t("Morning. Oh, that shouldn't happen after a week, sorry. Let's have a look. Where were you when it came off?"),
        c("Walking to New Street. It just went on the pavement and I nearly went over. I'd had them on maybe four times.", None),
        t("Four times, flat pavement, and it came off, that's our fault, not the shoe's. Looking at it, the nails haven't gone far enough into the block. I'll redo both heels now, free, glued and nailed properly. Are you hurt at all?"),
        c("Twisted my ankle a bit, it's alright. I need them for work though, I've only got the two pairs.", None),
        t("Glad it's not worse. I can do them while you wait, fifteen minutes, if you've got time. If not, drop them off and grab them at lunch."),
        c("I've got to be in the office for nine. I can't hang round this morning.", "no_time"),
        t("Then leave them with me and they'll be ready by twelve. Here's your ticket, and there's no charge."),
        c("Lovely. Cheers.", None),
    ],
    gaming=[
        _open,
        t("Morning. Right, so before we go any further, what have you been doing in them?"),
        c("Walking. To work. I'd worn them four times.", None),
        t("Four times on Birmingham pavements, mind. What I'm hearing is you've been catching the heel on something. Cobbles, grates?"),
        c("No. It came off on the flat outside New Street. I nearly went over.", None),
        t("Okay, so what I'm understanding is these are cheap shoes and the heel block's soft. We can only do so much with what you give us, can't we?"),
        c("They're not cheap. And you didn't say that when you took my eight quid.", None),
        t("Well, if you'd gone for the premium heel at fourteen it wouldn't have happened. I can do that now for the difference, six pound. Anything else?"),
        c("I'm not paying six pound for your mistake. I'll be leaving a review.", None),
    ],
))

# 1. monologue -- Port Harcourt, braiding salon, phone
_open = c("Hello, good afternoon. Please, I want to ask about knotless braids. I'm travelling to Abuja next Friday.", None)
PAIRS.append(gpair(
    "b188g_portharcourt_knotless",
    "hair and braiding salon, Port Harcourt (Nigeria), phone",
    "monologue",
    "A woman with a tender scalp wants knotless braids before a two-week conference trip and cannot take a day off work.",
    good=[
        _open,
        t("Good afternoon, you're welcome. Yes, we do knotless. What length are you thinking, and how long will you be in Abuja?"),
        c("Mid-back. Two weeks, it's a conference. But my scalp is tender, the last braids I did in another place, I had bumps for days.", "bad_experience"),
        t("Sorry about that, bumps usually mean they were too tight at the root. Knotless is gentler because it starts with your own hair, and I'll tell the stylist not to pull. Medium, mid-back, is about six hours and twenty-five thousand with extensions. Would Wednesday or Thursday suit you?"),
        c("Six hours ehn. I can't take a whole day off work before I travel.", "no_time"),
        t("I understand. We can start at four on Wednesday with two stylists working together, that brings it to about three and a half hours. Is that better?"),
        c("That's better. Four o'clock Wednesday. Do I bring my own extensions?", None),
        t("No need, they're included. Just come with your hair washed and stretched. I'll send the address and your booking on WhatsApp."),
        c("Okay, thank you ma.", None),
    ],
    gaming=[
        _open,
        t("Good afternoon and welcome to the experience! Knotless is our most popular service, we do small, medium, large, boho, we use premium pre-stretched extensions, and honestly for travelling you need our Travel Glam package, that's knotless plus edges plus a silk bonnet plus the scalp oil, and the scalp oil is amazing, our owner formulated it herself."),
        c("Okay, but my scalp is-", None),
        t("Sensitive? Everyone says that, and that's exactly why the oil exists! Peppermint, rosemary, tea tree, all natural, you'll love it. And we can add a frontal wig install for when you take the braids out, lots of my clients do both, it's thirty-five for the install and we're running a bundle this month."),
        c("I just want braids. The last place I did them, I had bumps for days, so I'm a bit scared.", "bad_experience"),
        t("Don't worry at all, our stylists are the best in PH, we've done celebrities, and the package is only sixty-two thousand together, which is a steal for what you're getting, so what date are you coming in?"),
        c("Sixty-two thousand... okay, let me call you back later.", "brush_off"),
    ],
))

# 2. closing_as_open_question -- Denver, men's grooming subscription, phone
_open = c("Hey, yeah, I'm calling to cancel my grooming box. Account's under Marcus Reyes.", None)
PAIRS.append(gpair(
    "b188g_denver_groomingbox",
    "men's grooming subscription box, Denver (US), phone",
    "closing_as_open_question",
    "A subscriber with a drawer of unused beard oil calls to cancel his monthly box.",
    good=[
        _open,
        t("Hi Marcus, sure, I can help with that. I've got your account up. Before I process it, would you mind telling me what's not working? No pressure either way."),
        c("Honestly I've got like four beard oils stacked up. I don't use half the stuff. It's fine, it's just too much.", "no_need"),
        t("Makes sense, four oils is a lot of oil. So the products are okay, you just get more than you use. There's an every-other-month option, same box, half as often, or I can cancel today. Which would you rather?"),
        c("Every other month... I dunno. I'd probably still end up with a drawer full.", "no_need"),
        t("Totally fair. I'll cancel it now. Your last box already shipped Monday, so you'll get that one and nothing after. A confirmation email is on its way."),
        c("Cool, thanks. Easier than I thought.", None),
        t("No problem. If you ever run low on one specific thing, you can buy single items on the site without subscribing."),
        c("Good to know. Thanks, man.", None),
    ],
    gaming=[
        _open,
        t("Hi Marcus! I'd love to understand. What would it take for you to stay with us for another three months?"),
        c("Nothing really. I've got four beard oils stacked up, I don't use half the stuff.", "no_need"),
        t("I hear you. So how would you like to continue, with the Lite box at nineteen or the Classic at twenty-nine?"),
        c("Neither. Money's tight right now anyway, I gotta cut stuff like this.", "no_money"),
        t("Totally. So which works better for you, we pause for one month or two, and then restart at the same price?"),
        c("Neither. Cancel. Please.", "no_need"),
        t("Understood. And just so I can close the loop, what would you need to see in the box to say yes to staying today?"),
        c("Dude. Cancel it or put your supervisor on.", None),
    ],
))

# 3. pitch_as_paraphrase -- Islington, London, bridal shop, shop floor
_open = c("Hi, I've got five bridesmaids and I'm losing my mind trying to find something that suits all of them. They're all really different shapes.", None)
PAIRS.append(gpair(
    "b188g_london_bridesmaids",
    "bridal and occasionwear shop, Islington, London (UK), shop floor",
    "pitch_as_paraphrase",
    "A bride needs bridesmaid dresses for five women who pay for their own, including two students and one who will be pregnant.",
    good=[
        _open,
        t("Oh, five, that's a lot of opinions! Come and sit down. Tell me a bit about them, and who's paying, you or them?"),
        c("They're paying, which is the problem. Two are students, and one's pregnant, she'll be about six months by the wedding in June.", None),
        t("So five different shapes, they're buying their own, two students on tight budgets, and one six months pregnant in June. Have you thought about the same colour in different styles? Most ranges do a maternity cut in the same fabric."),
        c("Oh, I hadn't thought of that. What sort of price are we talking?", None),
        t("Our mix-and-match range is a hundred and twenty to a hundred and sixty each. There's also a high-street range around seventy, and honestly for the students that might be kinder."),
        c("Let me talk to the girls first. I don't want to pick something they can't afford.", "think_it_over"),
        t("Good idea. I'll give you the swatch card in sage and dusty blue so they can see the colours, and you can book a Saturday to bring them all in together."),
        c("Perfect. Thank you, this has actually helped.", None),
    ],
    gaming=[
        _open,
        t("Congratulations! So just so I understand, what's your vision?"),
        c("They're all different shapes, they're paying themselves, two are students and one's pregnant. I just want them comfortable.", None),
        t("So what you're saying is you want our Signature Couture collection in matching silk, at two hundred and ninety each, is that right?"),
        c("No, not at all. The students can't find two hundred and ninety quid for a dress.", "no_money"),
        t("Got it, so what I'm hearing is that quality matters and you want them to look expensive, which is exactly what Signature does. Did I capture that?"),
        c("You didn't capture anything I said. One of them is pregnant.", None),
        t("Right, so you'd want the Signature maternity cut too, also two ninety. Shall we book all five in for a fitting?"),
        c("No. I'll look on the high street, thanks.", None),
    ],
))

# 4. upsell_as_loop_closing -- Bishan, Singapore, barber, walk-in
_open = c("Hi boss, my son needs haircut. School say hair too long, must be above collar and cannot touch ears.", None)
PAIRS.append(gpair(
    "b188g_bishan_schoolcut",
    "neighbourhood barber, Bishan (Singapore), walk-in",
    "upsell_as_loop_closing",
    "A father on his lunch break brings his nine-year-old for a haircut that meets school rules.",
    good=[
        _open,
        t("Okay, school haircut. Which school? Some of them very strict about the sides."),
        c("Primary school in Bishan. Teacher sent note home already. He also don't like it too short, last time he cried.", None),
        t("So above the collar, off the ears, but not too short so he's happy. I do number three at the side, keep a bit on top, he can still comb. Twelve dollars for kids."),
        c("Okay can. How long? I must go back office by two.", None),
        t("Fifteen minutes, you'll make it. Anything else for him today, or just the cut?"),
        c("Just the cut.", None),
        t("Okay, come, boy, sit here. If the school complains, bring him back, I fix for free."),
        c("Thank you boss.", None),
    ],
    gaming=[
        _open,
        t("Okay boss! Before we start, to close the loop, what else can I add for him? Hair wash, hair tonic, we also got styling wax for kids."),
        c("No need, just haircut. Above collar, cannot touch ears.", "no_need"),
        t("Can. And what else can I add, hair treatment? His hair quite dry, ten dollars only."),
        c("Aiya, no time for all that. I must go back office by two.", "no_time"),
        t("Okay okay, cutting now. Last one, anything else I can add? Eyebrow trim for you, boss, since you're waiting? Eight dollars."),
        c("No. Just his hair. How much?", "no_need"),
        t("Kids cut twelve, and I put a bit of wax for him, so fifteen. Anything else?"),
        c("I never ask for wax. Twelve, here.", None),
    ],
))

# 5. leading_tag_questions -- Ibadan, school-uniform shop, shop floor
_open = c("Good morning. I want uniforms for my two children. Secondary school, JSS1 and SS2. The list is here.", None)
PAIRS.append(gpair(
    "b188g_ibadan_schooluniform",
    "school-uniform and outfitters shop, Bodija, Ibadan (Nigeria), shop floor",
    "leading_tag_questions",
    "A mother on a tight budget buys a full set for a new JSS1 pupil and only shirts and sportswear for his older brother.",
    good=[
        _open,
        t("Good morning ma. Let me see the list. Shirts, shorts, sportswear, sweater... Are they both new at the school, or just the junior one?"),
        c("The JSS1 one is new. The senior one needs only sportswear and shirts, his others are still okay. Money is tight this term, so I'm buying only what they need.", None),
        t("Okay, so full set for JSS1, and for SS2 only sportswear and shirts. For the small one, do you want one size up so it lasts two sessions? The fabric shrinks a little anyway."),
        c("Yes, one size up. But not so big that the other children will laugh at him.", None),
        t("I'll hold it against him to check. Full set for JSS1 is twenty-two thousand, SS2 shirts and sportswear is eleven, so thirty-three. The sweater is optional, the school only asks for it in harmattan."),
        c("Then leave the sweater. I'll buy it in November if he needs it.", "no_need"),
        t("No problem. Twenty-nine and a half without the sweater. Shall I pack it?"),
        c("Yes, pack it.", None),
    ],
    gaming=[
        _open,
        t("Good morning ma! You'll want the full premium set for both of them, won't you? New session, new everything."),
        c("No, the senior one only needs shirts and sportswear. His others are fine.", "no_need"),
        t("But you wouldn't want him looking old next to the new students, would you? And you'll take the branded sweaters, won't you, everybody does."),
        c("The sweater is only for harmattan. And money is tight this term, I can't buy everything.", "no_money"),
        t("Of course, but you don't want your children to feel left out, do you? The premium blend lasts longer, that's worth it, isn't it?"),
        c("What's the difference in price?", None),
        t("Only eight thousand more per child. You'd agree that's nothing for your children's image, wouldn't you?"),
        c("It's not nothing. Give me only what is on the list, or I'll buy it at Gbagi market for less.", "too_expensive"),
    ],
))
