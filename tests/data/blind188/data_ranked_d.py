"""Ranked pairs d01-d10 (b188): two decent conversations, `better` is better. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01 -- Edinburgh, barber, walk-in
_open = c("Afternoon. My wife says I need a proper haircut for our granddaughter's wedding. I'd been going to the same chap for thirty years but he's retired.", None)
PAIRS.append(rpair(
    "b188r_d01_edinburgh_weddingcut",
    "Barbershop, Leith, Edinburgh (UK). A man in his sixties, thinning at the crown, needs a new barber before a family wedding.",
    better=[
        _open,
        t("Afternoon. Thirty years with one barber, that's loyalty. What did he used to do for you, and is there anything you'd change?"),
        c("Short back and sides, scissors on top. Thing is, it's thinning at the crown now, and I think the way he did it made it look worse.", None),
        t("So the classic short back and sides, but you're conscious of the crown. If I leave the top a touch longer and texture it forward, it covers the crown without looking like a comb-over. Sides with scissors, not clippers, same as you're used to, and I'll show you in the mirror as I go. It's twenty-two pounds."),
        c("Aye, that sounds good. Twenty-two, though? He did me for twelve. That's a fair jump.", "too_expensive"),
        t("It is. Twenty-two includes a hot towel and a neck shave, and if you're not happy with it, come back before the wedding and I'll sort it for nothing."),
        c("Och, for the wedding. Go on then.", None),
    ],
    worse=[
        _open,
        t("Afternoon. No bother, we'll get you sorted. What were you thinking?"),
        c("Short back and sides, scissors on top. It's thinning at the crown now.", None),
        t("Right. A lot of gents go for a short textured crop now, number two on the sides, a bit left on top. Very tidy for a wedding."),
        c("Clippers? He always did it with scissors. I'm not sure that's for me.", "no_need"),
        t("I can do scissors, no problem, either way. It's twenty-two."),
        c("Twenty-two? He charged me twelve.", "too_expensive"),
        t("Prices have gone up everywhere. It'll look smart for the wedding."),
    ],
))

# d02 -- ION Orchard, Singapore, cosmetics counter
_open = c("Hello, I want a new foundation. My current one goes into my lines by afternoon, especially around the eyes.", None)
PAIRS.append(rpair(
    "b188r_d02_orchard_foundationlines",
    "Cosmetics counter, ION Orchard (Singapore). A woman in her late fifties whose matte foundation settles into fine lines.",
    better=[
        _open,
        t("Hello, thank you. That's very common. May I ask what you're using now, and what you put on before the foundation?"),
        c("A matte one my daughter recommended. Before that, just moisturiser. Sometimes I skip it if I'm rushing.", None),
        t("So a matte foundation, sometimes without moisturiser underneath. Matte formulas tend to settle in lines as skin gets drier. Before we change anything, may I put a hydrating one on half your face and keep yours on the other half, so you can compare by lunchtime?"),
        c("Half and half? Okay, but I'm meeting friends at one, cannot take too long.", "no_time"),
        t("It takes ten minutes. Walk around the mall, check the mirror before your lunch. If the hydrating side looks better, come back and we'll talk shades. If not, you've lost nothing."),
        c("Okay, that's quite clever. Let's try.", None),
    ],
    worse=[
        _open,
        t("Hello! For lines, I recommend our Satin Lift foundation, it's very popular with mature skin. Shall I match you?"),
        c("What's the difference with mine? Mine is matte.", None),
        t("Satin Lift is more hydrating, so it doesn't settle. It's eighty-five dollars. Let me swatch it on your jaw."),
        c("Eighty-five... Hmm, I only bought mine last month. Let me think first.", "think_it_over"),
        t("Of course. Here's a sample, try it for a few days."),
        c("Okay, thank you.", None),
    ],
))

# d03 -- Balogun Market area, Lagos, lace and aso-ebi fabric shop
_open = c("Good afternoon. My daughter is getting married in December and I need to choose aso-ebi lace. Family and friends will buy from us.", None)
PAIRS.append(rpair(
    "b188r_d03_lagos_asoebi",
    "Lace and fabric shop, Lagos Island (Nigeria). The mother of a bride chooses aso-ebi for about eighty guests, many of them young.",
    better=[
        _open,
        t("Good afternoon ma, congratulations! December is busy, so it's good you're starting now. How many people do you expect to buy, and what price do you want to sell to them?"),
        c("Maybe eighty women. My daughter says don't make it too expensive, her friends are young, some are still doing NYSC.", None),
        t("So about eighty, and it has to be affordable for the young ones too. Many families now do two tiers: a premium lace for family and a cheaper one in the same colour for friends. Have you chosen the colour?"),
        c("Emerald and gold. Two tiers is good, but I don't want anybody to feel like second class.", None),
        t("Understood. Then we use the same lace pattern in two qualities, from a distance it looks the same. I'll cut a sample of each for you to show your daughter before you order anything."),
        c("Yes, let me show her first. We'll decide by next week.", "think_it_over"),
    ],
    worse=[
        _open,
        t("Good afternoon ma, congratulations! We have beautiful laces this season. What colour are you thinking?"),
        c("Emerald and gold. Maybe eighty women will buy. My daughter says not too expensive.", None),
        t("Emerald is very popular. This beaded lace is forty-five thousand for five yards, very classy. For eighty people I can do thirty-eight thousand."),
        c("Thirty-eight is still too much for her young friends.", "too_expensive"),
        t("There's also this cord lace at twenty-two thousand, it's nice too."),
        c("Okay, let me bring my daughter to see both.", "think_it_over"),
    ],
))

# d04 -- Seattle, independent jeweller
_open = c("Hi, uh, our tenth anniversary is next month and I'm kind of stuck on what to get my wife.", None)
PAIRS.append(rpair(
    "b188r_d04_seattle_anniversary",
    "Independent jeweller, Capitol Hill, Seattle (US). A husband with no idea what to buy for a tenth anniversary.",
    better=[
        _open,
        t("Congrats on ten years! Let's figure it out. What's she like with jewelry, does she wear much, and has she ever mentioned wanting something?"),
        c("She mostly just wears her wedding band. She used to wear her grandma's ring too, but she lost it hiking two years ago. She was pretty gutted.", None),
        t("Oh, that's rough. Do you remember what her grandma's ring looked like, or is there a photo? Sometimes the most meaningful gift echoes something like that. Not a copy, just a nod to it."),
        c("There's a photo on her Instagram somewhere. It was a little oval garnet with tiny pearls around it. Wow, I hadn't thought of that.", None),
        t("We could do a garnet-and-pearl piece in a style she'd wear now. Custom work runs about eight hundred to twelve hundred and takes four weeks. Bring the photo in and we'll sketch something, no charge for the sketch."),
        c("Twelve hundred's the top of what I'd spend, but the sketch sounds great. I'll dig up the photo.", None),
    ],
    worse=[
        _open,
        t("Congrats! Ten years is a big one. Do you have a budget in mind?"),
        c("Maybe up to twelve hundred? She mostly just wears her wedding band.", None),
        t("Great range. For a tenth, diamond studs are really popular, or a tennis bracelet. These half-carat studs are eleven-fifty."),
        c("She's not really a diamonds person. I don't know.", "no_need"),
        t("Sapphire pendant, maybe? This one's nine hundred, a lot of guys go for it."),
        c("Maybe. Can I just grab a card? I'll look at your website later.", "brush_off"),
    ],
))

# d05 -- Nottingham, school-uniform shop
_open = c("Hiya, I need the full uniform for Year 7 at Bluecoat, and I've just seen the list. Eighteen items. Is all of it compulsory?", None)
PAIRS.append(rpair(
    "b188r_d05_nottingham_twinsuniform",
    "School-uniform shop, Nottingham (UK). A parent of twins starting secondary school faces a long uniform list.",
    better=[
        _open,
        t("Hiya. It's a long list, isn't it. Not all of it. Only the blazer, tie and PE top have to have the logo. Trousers, shirts and shoes can come from anywhere in the right colour. Shall we go through it together?"),
        c("Please. I've got twins, so everything's times two. It adds up.", None),
        t("Twins, right, so two of each logo item. Also, the school's PTA runs a second-hand sale in August, blazers go for about a tenner there. If you can wait, I'd just buy the ties and PE tops from us now."),
        c("Really? You're telling me not to buy your blazers?", None),
        t("If it saves you ninety quid, yeah. And if they've outgrown the second-hand ones by Christmas, come back to us then."),
        c("That's decent of you. Ties and PE tops for two, then, and I'll try the sale.", None),
    ],
    worse=[
        _open,
        t("Hiya. Yes, we've got everything on the list. What sizes are you after?"),
        c("They're twins, both about age eleven. Is all of it compulsory though?", None),
        t("The logo items are, blazer, tie and PE top. The rest you can get anywhere. The blazer's forty-five."),
        c("Forty-five each? Times two? I can't do all that this month.", "no_money"),
        t("We do a thirty-nine one in a slightly lighter fabric, still fine for school."),
        c("I'll have a think and come back nearer September.", "think_it_over"),
    ],
))

# d06 -- Singapore, clothing-rental style box, Instagram DM
_open = c("hi i want to pause my style box for 2 months", None)
PAIRS.append(rpair(
    "b188r_d06_singapore_styleboxpause_dm",
    "Office-wear rental subscription, Singapore, Instagram DM. A petite subscriber about to go on maternity leave asks to pause.",
    better=[
        _open,
        t("Hi! Sure, I can pause it. Can I ask what's up, is it the clothes or just timing?"),
        c("a bit of both. last two boxes the dresses too long for me im only 152cm. and im going on maternity leave soon", None),
        t("Congratulations! So the fit's been off on length, and you'll be off work for a while anyway. I'll pause you from next month, and when you're back I'll tag your profile petite so the stylist only picks petite lengths. Does 2 months cover your leave, or should it be longer?"),
        c("oh ya maybe 4 months. leave is 16 weeks", None),
        t("Done, paused for 4 months, no charge. I'll message you a week before it restarts so you can push it back if you're not ready."),
        c("ok thanks!! appreciate it", None),
    ],
    worse=[
        _open,
        t("Hi! Sure, I can pause it for 2 months. Any reason?"),
        c("last two boxes dresses too long, im 152cm. also going maternity leave soon", None),
        t("Sorry about that! I'll let the stylist know. Paused for 2 months, it'll restart automatically in March."),
        c("hmm ok. march i might still be on leave though, bad timing to get clothes", "no_time"),
        t("No problem, just message us again in Feb to extend."),
        c("ok", None),
    ],
))

# d07 -- Abuja, natural-hair salon, phone
_open = c("Good morning, please how much is relaxer? My hair has become too hard to manage.", None)
PAIRS.append(rpair(
    "b188r_d07_abuja_transitioning",
    "Hair salon, Garki, Abuja (Nigeria), phone. A woman a year into growing out a relaxer calls to book a relaxer because of breakage.",
    better=[
        _open,
        t("Good morning. Relaxer retouch is eight thousand, full is twelve. Before you book, can I ask, has your hair been relaxed before, or is it natural now?"),
        c("I stopped relaxing about a year ago. I wanted to go natural but it's breaking where the old relaxer meets the new growth, and I'm frustrated.", None),
        t("So you're a year into transitioning, and it's snapping where the two textures meet. That's very common, and relaxing again won't make that line stronger. You can relax, it's your choice. Another way is trimming off the relaxed ends, a treatment, then protective styles for a few months."),
        c("Cut it? Ehn, I'm not ready to go short. I like my length.", "no_need"),
        t("That's fair. Then no big chop. We trim only the worst ends, do a protein treatment, and put you in braids for six weeks. Come for a consultation first, it's free, and decide after we see it."),
        c("Okay, a consultation. Saturday morning?", None),
    ],
    worse=[
        _open,
        t("Good morning. Relaxer retouch is eight thousand, full is twelve. Has it been relaxed before?"),
        c("Not for a year. I wanted to go natural, but it keeps breaking and I'm frustrated.", None),
        t("Ah, transitioning is hard. Lots of our clients go back to relaxer, it's easier. Full relaxer with treatment is fifteen."),
        c("Will it stop the breaking?", None),
        t("It'll be much easier to comb, so less breaking. We have Saturday at ten."),
        c("Okay. Saturday at ten.", None),
    ],
))

# d08 -- Los Angeles, nail salon, walk-in
_open = c("Hi! I want a full set for my sister's wedding on Saturday, something long and sparkly, almond shape.", None)
PAIRS.append(rpair(
    "b188r_d08_losangeles_weddingnails",
    "Nail salon, Silver Lake, Los Angeles (US). A labour-and-delivery nurse wants long nails for a wedding weekend.",
    better=[
        _open,
        t("Ooh, fun! Almond and sparkly, love it. Quick question so we pick the right product: what do you do for work, and when are you back after the wedding?"),
        c("I'm a nurse, L and D. Back Monday. Why?", None),
        t("Most hospitals don't allow acrylics or long nails on the unit, infection control, so you'd have to soak them off Sunday night, and that's hard on your natural nails. Does your unit have a rule on it?"),
        c("Oh crap, yeah, they do. I totally forgot. So I can't do it?", None),
        t("You can have the look for the weekend. We do custom press-ons, long almond, exactly the sparkle you want, on Saturday morning, and they pop off Sunday with cuticle oil, no damage. Sixty-five, versus eighty-five for a full set."),
        c("That's actually perfect. Can I come Friday to pick the design?", None),
    ],
    worse=[
        _open,
        t("Ooh, fun! Almond and sparkly. Acrylic or Gel-X?"),
        c("Whatever lasts better. I've never done long ones.", None),
        t("Gel-X then, it's lighter. Full set with chrome sparkle is eighty-five. Saturday morning?"),
        c("Eighty-five... I mean, it's a lot, but it's for the wedding. Okay, nine a.m.?", "too_expensive"),
        t("Nine works. You're booked!"),
        c("Yay, thank you!", None),
    ],
))

# d09 -- Liverpool, shoe repair, counter
_open = c("Alright mate, how much to resole these? They're my favourite boots, had them since uni.", None)
PAIRS.append(rpair(
    "b188r_d09_liverpool_cheapboots",
    "Shoe repair shop, Liverpool (UK). A young man wants his cheap, much-loved boots resoled.",
    better=[
        _open,
        t("Let's have a look. How long ago was uni, and do you know the make?"),
        c("Four years. They're from Primark, I think, twenty-five quid. But they fit perfect.", None),
        t("Honest answer: the sole's glued, not stitched, and the upper's cracking here where it bends. A resole is thirty-eight quid, and the upper would probably go within a year anyway. I'd hate to take your money for that."),
        c("Gutted. I really like them though. Is there nothing?", None),
        t("I can re-glue the loose bit of sole for a fiver, that'll give you a few months. And if you want boots you can resole for years, look for Goodyear welted, you'll see the stitching round the edge. I'll show you on a pair."),
        c("Go on then, glue them. And yeah, show me the welted ones, cheers.", None),
    ],
    worse=[
        _open,
        t("Resole's thirty-eight quid, ready Thursday."),
        c("Thirty-eight? They only cost me twenty-five.", "too_expensive"),
        t("Yeah, it's the labour. The sole's glued, so it'd be a rubber half-sole, should be fine."),
        c("Will it last?", None),
        t("Should do a while, yeah."),
        c("Alright, I'll think about it, cheers.", "think_it_over"),
    ],
))

# d10 -- Bugis, Singapore, shirt tailor
_open = c("Hi, I want to make five shirts. Office wear. Can do?", None)
PAIRS.append(rpair(
    "b188r_d10_bugis_shirts",
    "Shirt tailor, Bugis (Singapore). An engineer who splits his day between office and site orders five custom shirts.",
    better=[
        _open,
        t("Hi, can. Before we choose fabric, tell me about your day. Mostly air-con office, or you go out a lot?"),
        c("Half-half. I'm engineer, morning in office, afternoon on site. I sweat a lot, the shirts I buy from shop all got stain under the arm.", None),
        t("So office in the morning, site in the afternoon, you sweat, and ready-made ones stain. I'd suggest cotton with a bit of linen, it breathes better, and a slightly looser cut under the arm. Let me make one first, you wear it to site for a week, then we adjust before the other four."),
        c("One first? I thought order five is cheaper.", None),
        t("Five is sixty-eight each, one is seventy-five. If you order the other four, I take the seven dollars off. Better pay a bit more once than have five that don't fit right."),
        c("Okay, fair. One first.", None),
    ],
    worse=[
        _open,
        t("Hi, can. Five shirts, sixty-eight each. Let me take your measurements. What colour do you like?"),
        c("White and light blue. Sixty-eight each ah? My colleague did his at a shop in Chinatown for forty-five.", "too_expensive"),
        t("Ours is better fabric. This cotton is breathable, good for Singapore weather. Five shirts, collect in two weeks."),
        c("Okay. I'm engineer, I go site also, I sweat a lot. Can?", None),
        t("Can, this cotton is fine. Let me measure."),
        c("Okay, measure.", None),
    ],
))
