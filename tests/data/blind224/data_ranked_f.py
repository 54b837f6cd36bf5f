"""Ranked pairs f01-f10 (both sides share every turn except one fault in `worse` and the customer's reaction to it),
written by hand for blind224."""
from common import c, rpair, t


def _f01():
    # fault: argues with the customer
    c1 = c("Hi, mi want twenty pound of jerk pork for a church fundraiser Saturday. But last time the seasoning was too salty, people did complain.", "bad_experience")
    t1_good = t("Thanks for telling me, I'd rather know. Was it the seasoned raw pork you took, or the cooked jerk from our pan?")
    c2_good = c("The raw one, seasoned. We cook it ourselves at the church.", None)
    t1_bad = t("Too salty? No, man, that's how jerk supposed to taste. Our recipe don't change in fifteen years. Maybe your people just not used to real jerk.")
    c2_bad = c("Mi eat jerk all my life. Is salt, not spice. You want the order or not?", None)
    t2 = t("For Saturday, twenty pound of seasoned pork shoulder. I'll do this batch with half the salt, and put a small tub of extra seasoning on the side so your cooks can add if they want.")
    c3 = c("That sound good. How much?", None)
    t3 = t("Twenty pound at 900 a pound, eighteen thousand. Since it's for the church, I won't charge for the seasoning. Collect Saturday at seven in the morning?")
    c4 = c("Seven good. Thank you.", None)
    return rpair(
        "b224r_f01_kingston_jerk_pork",
        "Butcher, Kingston, Jamaica: a church volunteer orders seasoned pork for a fundraiser and mentions last time's seasoning was too salty.",
        better=[c1, t1_good, c2_good, t2, c3, t3, c4],
        worse=[c1, t1_bad, c2_bad, t2, c3, t3, c4],
    )


def _f02():
    # fault: doubts the customer's honesty
    c1 = c("Hi, I'm calling about today's delivery. Everything came except the birthday cake, and the party's at four.", None)
    t1_good = t("Oh no, sorry about that, with a party at four. Let me pull up the order. Can I have your name?")
    c2_good = c("Priya Nair, in Terwillegar.", None)
    t1_bad = t("Our driver scans every bag at the door, so are you sure it's not somewhere in the house? We do get people saying things are missing when they aren't.")
    c2_bad = c("Excuse me? I've checked every bag twice. Do you want my name or not? It's Priya Nair.", None)
    t2 = t("Thanks, Priya. I can see the cake was picked but it's still showing at the bakery counter, so it never went on the van. I can have a driver bring it by two-thirty, or refund it now if you'd rather buy one nearby.")
    c3 = c("Two-thirty is fine, as long as it actually comes.", None)
    t3 = t("I'll call the store myself and text you the driver's name when he leaves. That run is free, and I've refunded today's delivery fee as well.")
    c4 = c("Okay. Thank you.", None)
    return rpair(
        "b224r_f02_edmonton_missing_cake",
        "Grocery delivery, Edmonton, Canada: a mother phones because the birthday cake was missing from a delivery, hours before the party.",
        better=[c1, t1_good, c2_good, t2, c3, t3, c4],
        worse=[c1, t1_bad, c2_bad, t2, c3, t3, c4],
    )


def _f03():
    # fault: drops the price before asking anything
    c1 = c("Hello, I'm looking at a cake for my husband's fortieth. Just seeing what ye can do.", None)
    t1_good = t("Lovely. How many will be there, and does he have a favourite? Chocolate, coffee, something else?")
    c2_good = c("About thirty people. He's mad about coffee, drinks about six a day.", None)
    t1_bad = t("Sure, and look, I'll do you twenty percent off whatever you go for. We can always do a deal.")
    c2_bad = c("Oh. Right. Well, I don't even know what I want yet. About thirty people. He's mad about coffee.", None)
    t2 = t("Then a coffee and walnut sponge would suit, or a mocha one if anyone can't have nuts. For thirty, a ten-inch two-layer, and I can pipe a little coffee cup with a 40 on top.")
    c3 = c("Ha, he'd love the coffee cup. Mocha, I think, his brother can't do nuts. Can I collect Friday?", None)
    t3 = t("Friday after three. It's €60, and you pay when you collect. I'll just take your name and number.")
    c4 = c("Perfect. It's Gráinne, I'll text you the number.", None)
    return rpair(
        "b224r_f03_dundalk_fortieth_cake",
        "Bakery, Dundalk, Ireland: a wife asks what the bakery could do for her coffee-loving husband's fortieth.",
        better=[c1, t1_good, c2_good, t2, c3, t3, c4],
        worse=[c1, t1_bad, c2_bad, t2, c3, t3, c4],
    )


def _f04():
    # fault: an unasked lecture
    c1 = c("Hi. I want two cartons of red wine and a bottle of whisky for my husband's birthday party on Saturday.", None)
    t1_good = t("Nice, happy birthday to him. Is there a wine he likes, sweet or dry?")
    c2_good = c("Sweet. Most of the ladies like sweet red too. About thirty guests.", None)
    t1_bad = t("Two cartons and whisky? Hmm. You know, too much alcohol at parties is a big problem in this country. People drink and drive, and it is bad for the liver. You should think of more soft drinks.")
    c2_bad = c("Eh, I did not ask you for advice. It is thirty guests for a whole night. Just sweet red, he likes sweet.", None)
    t2 = t("For thirty over an evening, two cartons of sweet red is about right. This Spanish sweet red is 1,100 cedis a carton of twelve. For the whisky, what does he drink now?")
    c3 = c("Black Label, always.", None)
    t3 = t("Then two cartons and one Black Label comes to 2,950. We can deliver Saturday morning, free in Accra above 2,000.")
    c4 = c("Good. Deliver on Saturday.", None)
    return rpair(
        "b224r_f04_accra_party_wine",
        "Wine and spirits shop, Accra, Ghana: a wife buys sweet red wine and whisky for her husband's birthday party for thirty.",
        better=[c1, t1_good, c2_good, t2, c3, t3, c4],
        worse=[c1, t1_bad, c2_bad, t2, c3, t3, c4],
    )


def _f05():
    # fault: a vague next step
    c1 = c("Hello, we're burying my brother on Thursday and the clubhouse said you'd do the soup and sandwiches after. About eighty people.", None)
    t1 = t("I'm very sorry about your brother. Yes, we do a lot of those at the clubhouse. Do you know roughly what time people would come back from the graveyard?")
    c2 = c("Around half one. The Mass is at eleven.", None)
    t2 = t("Then we'd have vegetable soup, sandwiches, and tea and coffee ready for half one, with two of our staff to serve. For eighty it's €12 a head, €960. Is there anything the family especially wants?")
    c3 = c("He loved a bit of apple tart. Could there be apple tart?", None)
    t3_good = t("Of course. Apple tart and cream for eighty, no extra charge. I'll ring you tomorrow at ten to go through the final numbers, and we'll be setting up in the clubhouse from twelve on Thursday.")
    c4_good = c("Thank you. Tomorrow at ten, that's grand.", None)
    t3_bad = t("Apple tart should be fine. We'll be in touch closer to the time about the details.")
    c4_bad = c("Closer to the time? It's Thursday. When exactly will I hear from you?", None)
    return rpair(
        "b224r_f05_wexford_funeral_soup",
        "Caterer, Wexford, Ireland: a woman books soup and sandwiches for eighty at a GAA clubhouse after her brother's funeral.",
        better=[c1, t1, c2, t2, c3, t3_good, c4_good],
        worse=[c1, t1, c2, t2, c3, t3_bad, c4_bad],
    )


def _f06():
    # fault: over-promises
    c1 = c("Good afternoon. Mi need a hundred and fifty boxed lunches for a christening tomorrow. Mi other caterer cancel on me this morning.", None)
    t1 = t("Oh no, the day before. What time tomorrow, and what were you planning to serve?")
    c2 = c("One o'clock, after church in Negril. Brown stew chicken, rice and peas, and some salad. Nothing fancy.", None)
    t2_good = t("I'll be honest: a hundred and fifty by one tomorrow is more than my kitchen can do safely with the staff I have. I can do a hundred boxes. My cousin's cookshop can do the other fifty, same menu, and I'll collect them myself.")
    c3_good = c("A hundred from you and fifty from your cousin. Long as it taste the same.", None)
    t2_bad = t("No problem at all, a hundred and fifty, one o'clock, done. We can add fried plantain and a dessert too, and we'll set up and serve, whatever you need.")
    c3_bad = c("Serve too? Yuh sure you can manage all that by tomorrow?", None)
    t3 = t("Brown stew chicken, rice and peas and salad, at the church hall by half past twelve. It's one thousand two hundred a box, and I need half now so I can buy the chicken this evening.")
    c4 = c("Alright. Mi will send the money now.", None)
    return rpair(
        "b224r_f06_negril_christening_boxes",
        "Caterer, Negril, Jamaica: a mother whose caterer cancelled needs a hundred and fifty boxed lunches for a christening the next day.",
        better=[c1, t1, c2, t2_good, c3_good, t3, c4],
        worse=[c1, t1, c2, t2_bad, c3_bad, t3, c4],
    )


def _f07():
    # fault: closes before checking the thing works (the delivery route)
    c1 = c("Hi, I run a bistro and I'd like to get your produce every week. Cherries, greens, tomatoes, whatever's in season.", None)
    t1 = t("Great. What volume are you thinking, and what day do you need it?")
    c2 = c("Maybe two hundred dollars a week. Tuesdays, before ten. We prep for lunch at eleven.", None)
    t2_good = t("Tuesdays before ten could work. Where's the bistro? Our truck runs a fixed route, so I want to be sure we can actually reach you in time before we set anything up.")
    c3_good = c("Peachland, on Beach Avenue.", None)
    t2_bad = t("Perfect, you're all set. I'll put you on the Tuesday route from next week and send the first invoice tonight.")
    c3_bad = c("Great. Wait, you do deliver to Peachland? We're on Beach Avenue.", None)
    t3 = t("Peachland's past the end of our route, so a Tuesday drop would land around half eleven, too late for your prep. I could do Monday afternoon instead, or you could collect at the farm stand Tuesday at eight.")
    c4 = c("Monday afternoon works. We have a walk-in cooler.", None)
    return rpair(
        "b224r_f07_kelowna_bistro_produce",
        "Farm shop, Kelowna, Canada: a bistro owner wants weekly produce delivered before morning prep, in a town at the edge of the delivery route.",
        better=[c1, t1, c2, t2_good, c3_good, t3, c4],
        worse=[c1, t1, c2, t2_bad, c3_bad, t3, c4],
    )


def _f08():
    # fault: recommends before asking
    c1 = c("Good morning, madam. I need rice for my daughter's naming ceremony on Sunday.", None)
    t1_good = t("Good morning, and congratulations. How many people are you cooking for, and what will you make with the rice?")
    c2_good = c("About one hundred people. Jollof, and some plain rice with stew. My wife's sisters are cooking.", None)
    t1_bad = t("Congratulations! Take this imported Thai perfumed rice, it is the best, 950 cedis a bag. Everybody buys it for ceremonies.")
    c2_bad = c("Ah, madam, that one is expensive. And you don't even know how much I need. It is one hundred people, jollof and plain rice.", "too_expensive")
    t2 = t("For jollof, our local rice holds the stew well and doesn't go soft, and it is 600 cedis for a 50-kilo bag. For a hundred people, jollof and plain rice, one bag is enough with some left over.")
    c3 = c("One bag, then. Can you bring it to the house? It is near the Central Mosque.", None)
    t3 = t("My son will bring it on his motor this afternoon, ten cedis. Pay when it arrives.")
    c4 = c("Very good. Thank you, madam.", None)
    return rpair(
        "b224r_f08_tamale_naming_rice",
        "Grain stall at the market, Tamale, Ghana: a father buys rice for his daughter's naming ceremony for about a hundred guests.",
        better=[c1, t1_good, c2_good, t2, c3, t3, c4],
        worse=[c1, t1_bad, c2_bad, t2, c3, t3, c4],
    )


def _f09():
    # fault: unexplained jargon
    c1 = c("Hello, I'm doing a leg of lamb for Easter for the in-laws and I want a red that goes with it. Not too pricey.", None)
    t1 = t("Lovely. How many are you, and what's not too pricey for you, roughly?")
    c2 = c("Eight of us. Maybe twenty euro a bottle, no more.", None)
    t2_good = t("Lamb loves a red with a bit of grip. This Côtes du Rhône at €18 is medium-bodied and a bit peppery, so it stands up to the meat without being heavy.")
    c3_good = c("Peppery, that sounds nice with the rosemary.", None)
    t2_bad = t("Lamb wants firm tannins and decent acidity, so a GSM blend. This one's had some whole-bunch and carbonic, a touch of brett but in a good way, €18.")
    c3_bad = c("Sorry, you've lost me. Brett? Is that a good thing? I just want something nice with lamb.", None)
    t3 = t("It's a medium-bodied red from the Rhône, €18, and three bottles should do eight of you. If any are unopened after Easter, bring them back and I'll refund them.")
    c4 = c("Grand, I'll take three.", None)
    return rpair(
        "b224r_f09_killarney_easter_lamb_wine",
        "Off-licence, Killarney, Ireland: a host wants a red under twenty euro for Easter lamb with the in-laws.",
        better=[c1, t1, c2, t2_good, c3_good, t3, c4],
        worse=[c1, t1, c2, t2_bad, c3_bad, t3, c4],
    )


def _f10():
    # fault: talks about themselves instead of the customer
    c1 = c("Hi there, my sister's coming home from Ontario next week and she's begging for fish and brewis. I need salt fish for about six.", None)
    t1 = t("Lovely, nothing like it when you've been away. Do you want it boneless or the bone-in pieces? And are you soaking it yourself?")
    c2 = c("Boneless, please. I'll soak it myself, but I always forget how long.", None)
    t2_good = t("Boneless it is. For six, about two pounds. Soak it overnight and change the water two or three times; if it's still too salty, give it another couple of hours. Do you need hard bread too?")
    c3_good = c("Oh yes, I've none left. Two packs.", None)
    t2_bad = t("Boneless. My nan used to soak hers two full days in a bucket out in the shed, she was from Bonavista, and honest to God it was the best fish and brewis on the island. I still make it her way every Good Friday. My kids don't even like it, but I do.")
    c3_bad = c("That's nice. So, um, how long should I soak it? And I need hard bread too, two packs.", None)
    t3 = t("Two pounds of boneless salt cod and two packs of hard bread, that's $31.50. Enjoy having your sister home.")
    c4 = c("Thanks, my love. She'll be thrilled.", None)
    return rpair(
        "b224r_f10_stjohns_salt_fish",
        "Fish shop, St. John's, Newfoundland, Canada: a woman buys salt cod and hard bread to make fish and brewis for her sister coming home.",
        better=[c1, t1, c2, t2_good, c3_good, t3, c4],
        worse=[c1, t1, c2, t2_bad, c3_bad, t3, c4],
    )


PAIRS = [_f01(), _f02(), _f03(), _f04(), _f05(), _f06(), _f07(), _f08(), _f09(), _f10()]
