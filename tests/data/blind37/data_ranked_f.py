"""Ranked pairs f01-f05: nearly identical sides, ONE real fault in `worse` (hand-written)."""
from common import c, rpair, t

# f01 -- doubts the customer's honesty: electronics retailer chat, Quezon City, Philippines (typed)
_open = c("hi good pm. i bought wireless earbuds at ur SM North branch last saturday. the left one has no "
          "sound at all, even after charging full. can i have it replaced?", None)
_t1 = t("Good afternoon! Sorry about that. Can I have the receipt number, or a photo of the receipt?")
_c2 = c("here po, OR no. 0045127, dated march 8", None)
_t5 = t("Okay, that sounds like a factory defect. Since it's within 7 days, bring it with the receipt and "
        "the box to any of our branches for a direct replacement, no need to wait for the service "
        "center.")
rpair(
    "b37r_f01_quezon_city_earbuds",
    "A young customer writes to an electronics chain's chat about brand-new wireless earbuds whose "
    "left bud has never produced sound; she has the receipt and is within the 7-day replacement window.",
    [
        _open, _t1, _c2,
        t("Thank you, found it. Did you get a chance to reset them? Put both buds in the case and hold the "
          "button 10 seconds until the light blinks red."),
        c("yes i did the reset 2x already, still no sound on the left", None),
        _t5,
        c("great, ill go to SM North tomorrow. thank u", None),
    ],
    [
        _open, _t1, _c2,
        t("Thank you, found it. Before anything I have to ask: are you sure the earbud wasn't dropped or "
          "got wet? We get a lot of customers who damage them and then say they came defective."),
        c("excuse me?? i didnt drop it. i opened it at home and the left one never worked. i even did the "
          "reset 2x", None),
        _t5,
        c("ok ill go tomorrow. but i didnt like being treated like a liar", None),
    ],
)

# f02 -- promises what can't be guaranteed: commercial refrigeration repair, Durban, South Africa
_open = c("Howzit, this is Naidoo's Butchery in Chatsworth. Our cold room is sitting at nine degrees since "
          "this morning, it should be two. I've got about four hundred kilos of meat in there and Friday "
          "is my busiest day.", None)
_t1 = t("Morning Mr Naidoo, okay, that's urgent. Is the unit outside running, can you hear it? And is the "
        "fan inside the cold room blowing?")
_c2 = c("The fan inside is going. The unit outside hums but it keeps clicking off after a minute.", None)
_t3 = t("Sounds like the compressor is tripping. Could be the start capacitor, could be the compressor "
        "itself. I can have a technician there by eleven. Meanwhile keep the door shut, and if you can "
        "move the most expensive meat into your display fridges, do that.")
_c4 = c("Okay, I'll move the fillet and the lamb. What's this going to cost me?", None)
_t7 = t("He'll phone you when he's on the way. Keep that door shut till then.")
rpair(
    "b37r_f02_durban_cold_room",
    "A butcher phones a commercial refrigeration company because his cold room is warming up two days "
    "before his busiest trading day.",
    [
        _open, _t1, _c2, _t3, _c4,
        t("Call-out is 850 rand. If it's the capacitor it's a few hundred more and he fixes it on the "
          "spot. If the compressor's gone, that's a bigger job and he'll give you a price before he "
          "touches anything. Either way he'll tell you straight what he finds."),
        c("Right. As long as I know before he starts any big job. Eleven o'clock, I'll be here.", None),
        _t7,
    ],
    [
        _open, _t1, _c2, _t3, _c4,
        t("Call-out is 850 rand. Don't worry, it's definitely just the capacitor, a few hundred more, and "
          "you'll be back at two degrees by lunchtime, guaranteed."),
        c("By lunch, guaranteed? Okay, I'm holding you to that. I'll tell my Friday customers their "
          "orders are fine.", None),
        _t7,
    ],
)

# f03 -- doesn't check the fix worked: mobile money app support chat, Kampala, Uganda (typed)
_open = c("hello pliz help. i changed my phone yesterday now the app says my account is locked. i need to "
          "pay school fees today for my daughter, deadline is 5pm", None)
_t1 = t("Hello, sorry about that, I can help. Please confirm the registered number and your date of "
        "birth. Never share your PIN with anyone, including me.")
_c2 = c("0772 418 305. 14 june 1986", None)
_t3 = t("Thank you. The account locked after 3 wrong PIN attempts on the new phone. I've unlocked it and "
        "sent a one-time code by SMS. Open the app, enter the code, then set a new PIN.")
_c4 = c("ok i have got the sms", None)
rpair(
    "b37r_f03_kampala_mobile_money",
    "A mother who changed phones finds her mobile money app locked on the day her daughter's school "
    "fees are due, and writes to the provider's support chat.",
    [
        _open, _t1, _c2, _t3, _c4,
        t("Great. Please try it now: enter the code and set the new PIN, and tell me when you reach your "
          "home screen. I'll wait here."),
        c("it says code expired?? i was slow", None),
        t("No problem, I've sent a new one, it lasts 10 minutes. Try now, I'm still here."),
    ],
    [
        _open, _t1, _c2, _t3, _c4,
        t("Great, you're all set then. Thank you for contacting us, have a nice day!"),
        c("wait dont go!! it says code expired", None),
        t("Sorry, I've sent a new code, it lasts 10 minutes. You should be fine now. Have a nice day!"),
    ],
)

# f04 -- recommends before asking: tyre distributor to a safari fleet, Arusha, Tanzania (spoken, B2B)
_open = c("Good morning. I am Joseph, fleet manager at Tembo Trails Safaris. We have eight Land Cruisers, "
          "the season starts in June and I need tyres for all of them. Can you give me a price?", None)
_c4 = c("Three hundred and ten for thirty-two tyres, that is a lot of money. The owner will ask me why "
        "we are paying so much.", "too_expensive")
_t5 = t("Fair. I'll put both options in writing, with what a sidewall cut costs you in a repair and a lost "
        "game drive, so you can show the owner. And we can fit one car first, and you see after a month.")
_c6 = c("Okay. Send the quotation to my email, and we try one car first.", None)
rpair(
    "b37r_f04_arusha_safari_tyres",
    "The fleet manager of a safari company calls a tyre distributor for a price on tyres for eight "
    "Land Cruisers before the season; the vehicles run on rough park roads.",
    [
        _open,
        t("Morning Joseph, happy to. Before I price it, where do the cars mostly go? The rough roads, "
          "Serengeti, Ngorongoro? And what size and type are they running now?"),
        c("Mostly Serengeti, the crater, Tarangire. The Ngorongoro road with the stones, we are getting "
          "many punctures, sidewall cuts. Now they are on all-terrain 7.50 R16.", None),
        t("Sidewall cuts on the crater road, that's the stones. Then I'd go mud-terrain with a reinforced "
          "sidewall, same 7.50 R16. It's 310,000 each, more than all-terrain, but fewer cuts usually pays "
          "for itself over the season."),
        _c4, _t5, _c6,
    ],
    [
        _open,
        t("Morning Joseph, happy to. For safari Land Cruisers I'd go with all-terrain 7.50 R16, the LT "
          "version, 265,000 shillings each, so for eight cars that's thirty-two tyres, plus spares."),
        c("All-terrain? That is what we have now, and the Ngorongoro road is cutting the sidewalls, many "
          "punctures. I don't want the same thing again.", "bad_experience"),
        t("Ah, then better the mud-terrain with a reinforced sidewall, same 7.50 R16. It's 310,000 each, "
          "more than all-terrain, but fewer cuts usually pays for itself over the season."),
        _c4, _t5, _c6,
    ],
)

# f05 -- unexplained jargon: optometrist, Castries, Saint Lucia (spoken, elderly)
_open = c("Good morning, doctor. My eyes, they getting bad. Reading the Bible, I can't see the small "
          "letters, and at night the car lights, they have like a fog around them.", None)
_t1 = t("Good morning, Mr Auguste. Let's have a look. How old are the glasses you have now?")
_c2 = c("Eh, maybe six, seven years. I buy them in the pharmacy.", None)
_t5 = t("It's not dangerous right now. It grows slowly, over years. New glasses will help with the "
        "reading, and I'll check you again in a year. If the fog starts stopping you from doing things, "
        "then we talk about the operation.")
_c6 = c("Okay. And I can still drive? I only drive to the market Saturday morning.", None)
_t7 = t("In the daytime, yes, your eyes are fine for that. Night driving I'd avoid for now.")
rpair(
    "b37r_f05_castries_optometrist",
    "A retired fisherman in his seventies sees an optometrist because small print has become hard to "
    "read and car headlights look foggy at night; the exam shows his reading needs have changed and an "
    "early cataract.",
    [
        _open, _t1, _c2,
        t("I've finished the tests. Two things. For reading, your eyes have changed, so you need stronger "
          "reading glasses, that part is easy. The fog around the lights is because the lens inside your "
          "eye, the natural one, is getting a little cloudy. That's called a cataract. It's common at "
          "your age, and yours is early."),
        c("Cataract... that is serious? My brother had the operation in Martinique.", None),
        _t5, _c6, _t7,
    ],
    [
        _open, _t1, _c2,
        t("I've finished the tests. Two things. Your presbyopia has progressed, so we'll increase your add "
          "to plus two-fifty. And the halos are from an early nuclear sclerotic cataract, grade one, with "
          "some posterior subcapsular change. It's common at your age, and yours is early."),
        c("Eh? Doctor, I don't understand all that. Nuclear... that is something bad?", None),
        _t5, _c6, _t7,
    ],
)
