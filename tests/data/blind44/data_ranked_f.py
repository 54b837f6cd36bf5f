"""Ranked pairs f01-f10 (blind44): the two sides share their turns (same variables) except
one real fault in `worse`, in the order the spec gives. Written by hand."""
from common import t, c, rpair

PAIRS = []

# f01 - argues with the customer. Outdoor store, Calgary, Alberta (spoken)
o = c("Hi. I bought these boots here three weeks ago — the Gore-Tex ones. Did my first real hike in Kananaskis on Saturday "
      "and my left foot was soaked in, like, an hour. I've got the receipt.", None)
b1 = t("Oh no, that's a miserable way to spend a hike. Let me have a look... Was it creek crossings, or just wet grass "
       "and puddles?")
w1 = t("Hm, these are fully waterproof, they don't leak. You must have gone in over the top of the boot — that's not "
       "a defect.")
b2 = c("Just wet grass and a few puddles. Nothing over the ankle.", None)
w2 = c("I'm telling you, I didn't. The water came in at the side — my sock was wet at the toes, not the top.", None)
s3 = t("I see it — the seam by the left toe is lifting a bit, right here. That's a manufacturing fault. I can swap them for "
       "a new pair of the same model or refund you, your choice.")
s4 = c("Honestly, my last pair from this brand split too. I'd rather not get the same model again.", "bad_experience")
s5 = t("Fair enough. These Lowas are stitched differently at the toe, about the same price. Try them on and I'll do the "
       "sink test so you can see they stay dry.")
s6 = c("Okay, let's see how they feel.", None)
PAIRS.append(rpair(
    "b44r_f01_calgary_boots",
    "A hiker brings a three-week-old pair of waterproof boots back to an outdoor store in Calgary after one foot got "
    "soaked on her first hike.",
    [o, b1, b2, s3, s4, s5, s6],
    [o, w1, w2, s3, s4, s5, s6]))

# f02 - doubts the customer's honesty. Appliance store chat, Banja Luka, Bosnia and Herzegovina (typed)
o = c("dobar dan. washing machine Beko i bought from you in may stopped spinning. it fills water, washes, but no spin, "
      "clothes come out soaking. warranty is 2 years right?", None)
s1 = t("Dobar dan! Yes, 2 years. Can you send me the invoice number or a photo of the receipt?")
s2 = c("invoice 2024-BL-0761. photo attached", None)
b3 = t("Thank you, found it — bought 14 May. A no-spin fault is usually the drain pump or the motor brushes. I'll book a "
       "technician; the first free slot is Thursday between 9 and 13h. Does that work?")
w3 = t("Found it. Honestly, we get a lot of 'no spin' claims that turn out to be people overloading the drum or washing "
       "rugs in it. Are you sure you didn't? Because that isn't covered. If it's a real fault, a technician can come "
       "Thursday 9–13h.")
b4 = c("thursday morning i cant, im at work till 3. any afternoon?", "no_time")
w4 = c("i washed normal clothes, its a 5 kg machine and it was half full. i dont like being called a liar. and thursday "
       "morning i cant, im at work till 3", "no_time")
s5 = t("Understood. Friday 15–19h is free, I'll put you there. The technician calls 30 minutes before, and if it can't "
       "be fixed on the spot, we replace the machine.")
s6 = c("friday afternoon ok. thanks", None)
PAIRS.append(rpair(
    "b44r_f02_banjaluka_washer",
    "A customer in Banja Luka writes to an appliance store's online chat because a five-month-old washing machine has "
    "stopped spinning.",
    [o, s1, s2, b3, b4, s5, s6],
    [o, s1, s2, w3, w4, s5, s6]))

# f03 - haggles on price at once. Dental equipment supplier, Irbid, Jordan (B2B, spoken)
o = c("Good morning. I'm Dr. Hamdan, I'm opening a second clinic in Irbid, near the university. I need two dental chairs. "
      "Your price for the Sirona is sixteen thousand dinars each? That seems high to me.", "too_expensive")
b1 = t("Good morning, doctor. It isn't a cheap chair, that's true — the sixteen thousand includes installation, the delivery "
       "unit, the LED light and three years' service. What kind of work will the new clinic do mostly — general, or more "
       "implants and surgery?")
w1 = t("Good morning, doctor. For you I can take ten percent off right now — 14,400 each. And if you take both today, "
       "I'll go to fourteen.")
b2 = c("Mostly general. Students — cleanings, fillings. The implants I keep at the main clinic.", None)
w2 = c("Ten percent in the first minute? Then what is the real price? Now I want quotes from the others before anything.",
       "think_it_over")
s3 = t("For general work with students, the Sirona is more chair than you need. The Ancar model does the same daily work "
       "at 10,500 each, with the same three years' service.")
s4 = c("Ten thousand five hundred — that's more reasonable. The service is from Irbid, or they come from Amman?", None)
s5 = t("Our technician lives in Irbid, same day for breakdowns. I can show you an Ancar working in a clinic on Al-Hashmi "
       "Street this week.")
s6 = c("Okay, arrange it. Thursday after four.", None)
PAIRS.append(rpair(
    "b44r_f03_irbid_dentalchairs",
    "A dentist opening a second clinic near the university in Irbid visits a dental equipment supplier about two chairs, "
    "saying the listed price looks high.",
    [o, b1, b2, s3, s4, s5, s6],
    [o, w1, w2, s3, s4, s5, s6]))

# f04 - unasked advice / lecture. Phone shop, Bitola, North Macedonia (spoken)
o = c("Zdravo. My daughter is twelve, she finished the school year with all fives, so I promised her a phone. Something not "
      "too expensive — ten thousand denars maximum. She likes to take photos.", None)
s1 = t("Zdravo, and congratulations to her! For ten thousand, the best camera is this Redmi Note at 9,490, or the Samsung "
       "A15 at 9,990, which survives falls a bit better. Will she carry it to school?")
s2 = c("Yes, in the backpack. She drops everything, like me.", None)
b3 = t("Then I'd take the Samsung, with a proper case and screen glass — 600 together. That's a bit over your ten thousand, "
       "so I'll give you the case free if you take the glass.")
w3 = t("Then the Samsung. But honestly, as a parent myself, I'd think twice about giving a twelve-year-old a smartphone at "
       "all — it's terrible for their attention. You should set screen-time limits and no phone in the bedroom, really. "
       "Anyway, case and glass are 600 together, the case free if you take the glass.")
b4 = c("Free case, good deal. We take the Samsung with the glass.", None)
w4 = c("I know how to raise my daughter, thank you. The Samsung and the case, nothing more.", "no_need")
s5 = t("Of course. I'll put her SIM in and set it up so it's ready when she opens the box.")
s6 = c("Good. She will be very happy.", None)
PAIRS.append(rpair(
    "b44r_f04_bitola_firstphone",
    "A father in Bitola buys his twelve-year-old daughter her first smartphone as a reward for her school results, with "
    "a budget of ten thousand denars.",
    [o, s1, s2, b3, b4, s5, s6],
    [o, s1, s2, w3, w4, s5, s6]))

# f05 - no date for the fix. Truck workshop, Goroka, Papua New Guinea (B2B, spoken)
o = c("Moning. I'm the manager for a coffee cooperative up in the Asaro valley. Our Isuzu truck — the gearbox is grinding, "
      "and now second gear won't go in. The flush is on, we have parchment to move to the mill every day.", None)
s1 = t("Moning. Bring it in — we had one like that last week. If it's the synchro, the part comes up from Lae.")
s2 = c("We brought it this morning, it's in your yard. The driver left the key with your boy.", None)
s3 = t("Ah, okay, I've seen it. Yes, it's the second-gear synchro, and the clutch plate is worn too. Parts and labour, "
       "about 7,800 kina.")
s4 = c("Seven thousand eight hundred... the co-op account is low until the mill pays us end of the month.", "no_money")
b5 = t("We can take half now and half when the mill pays. The parts come up the Highlands Highway from Lae on Wednesday, "
       "we fit them Thursday, and the truck is yours Friday by ten. If the road closes, I'll ring you Wednesday night and "
       "lend you our old Canter for a few days.")
w5 = t("We can take half now and half when the mill pays. We'll order the parts from Lae and let you know when it's ready.")
b6 = c("Friday by ten is good. And the Canter if the road closes — thank you, that helps.", None)
w6 = c("But when? One week? A month? I have to tell the growers when we can come for their coffee.", None)
PAIRS.append(rpair(
    "b44r_f05_goroka_gearbox",
    "The manager of a coffee cooperative in the Eastern Highlands talks to a Goroka truck workshop about the co-op's "
    "truck, which has gearbox trouble in the middle of the coffee season.",
    [o, s1, s2, s3, s4, b5, b6],
    [o, s1, s2, s3, s4, w5, w6]))

# f06 - promises what can't be guaranteed. Document courier, Cap-Haïtien, Haiti (spoken)
o = c("Bonjou. I need to send my passport and the papers for the embassy appointment in Port-au-Prince. The appointment is "
      "Monday morning, nine o'clock. You can get them there by Friday?", None)
s1 = t("Bonjou. We send to Port-au-Prince by plane on Wednesday and Thursday, and by road every day. For a passport I'd "
       "use the plane — it's safer with the road situation.")
s2 = c("The plane, how much?", None)
b3 = t("The plane is 2,500 gourdes, tracked, and someone signs for it on arrival. Usually it arrives the same day. I can't "
       "promise you a hundred percent — if the flight is cancelled it goes on the next one — so send it Wednesday, not "
       "Thursday. That gives you two days extra.")
w3 = t("The plane is 2,500 gourdes. It will be there by Friday, guaranteed, a hundred percent, no problem. You can relax.")
b4 = c("Okay, Wednesday then. Two thousand five hundred is a lot, but it's my passport, I will pay.", None)
w4 = c("Guaranteed? Last month the flights didn't go for three days... but okay, if you say. Two thousand five hundred is a "
       "lot, but it's my passport, I will pay.", None)
s5 = t("Bring it before noon on Wednesday with the embassy address. I'll give you a tracking number.")
s6 = c("Okay. Wednesday before noon.", None)
PAIRS.append(rpair(
    "b44r_f06_caphaitien_courier",
    "A woman in Cap-Haïtien goes to a document courier to send her passport and papers to Port-au-Prince ahead of a "
    "Monday embassy appointment.",
    [o, s1, s2, b3, b4, s5, s6],
    [o, s1, s2, w3, w4, s5, s6]))

# f07 - doesn't check the fix worked. Internet provider chat, Saint John, New Brunswick (typed, elderly customer)
o = c("hello my internet is not working on my ipad since this morning. the tv box works fine tho. i am 74 not very good "
      "with this stuff", None)
s1 = t("Hi, no problem at all, we'll sort it out together. Since the TV works, the internet is reaching the house fine — "
       "it's probably the Wi-Fi. Is there a white box with lights, usually near the TV box?")
s2 = c("yes the modem. lights are all green", None)
s3 = t("Good. On the back there's a small black button — press it once to turn it off, wait 30 seconds, then press it "
       "again. The lights will blink for about 3 minutes.")
s4 = c("ok did it. lights blinking", None)
b5 = t("Perfect. When the lights stop blinking, open Safari on the iPad and try to load any page you like — the news, "
       "anything. I'll wait right here.")
w5 = t("Perfect, that should fix it! Is there anything else I can help you with?")
b6 = c("ok its loading now!! cbc news came up. thank you dear", None)
w6 = c("i dont know yet its still blinking. i guess ill see", None)
b7 = t("Wonderful! If it happens again, that same button trick usually sorts it. Have a lovely day.")
w7 = t("Great! Thanks for contacting us, have a wonderful day.")
PAIRS.append(rpair(
    "b44r_f07_saintjohn_wifi",
    "A 74-year-old customer in Saint John uses her internet provider's web chat because her iPad has lost the internet "
    "while the TV box still works.",
    [o, s1, s2, s3, s4, b5, b6, b7],
    [o, s1, s2, s3, s4, w5, w6, w7]))

# f08 - recommends before asking. Paint shop chat, Niš, Serbia (typed)
o = c("zdravo, i need paint for a wall, about 15 m2. what do you recommend?", None)
b1 = t("Zdravo! Depends on the wall — inside or outside, and which room? Any damp or mould?")
w1 = t("Zdravo! Take Jupol Classic, white, 15 litres — 4,200 din. It's our bestseller and covers 15 m2 easily.")
b2 = c("inside, the bathroom. there is some black mould in the corner by the shower 😕", None)
w2 = c("its for the bathroom tho. theres black mould in the corner by the shower. is jupol classic ok for that?", None)
s3 = t("For a bathroom with mould: first clean it with an anti-mould spray (650 din), let it dry 24 h, then a "
       "moisture-resistant bathroom paint — 5 litres is enough for 15 m2, about 3,100 din.")
s4 = c("ok. do i need primer too?", None)
s5 = t("Not on a wall that's already painted, as long as it's clean and dry. Do you want our loyalty card as well? "
       "5% off from the second purchase.")
s6 = c("nah not now thx. ill come saturday for the paint and the spray", "brush_off")
PAIRS.append(rpair(
    "b44r_f08_nis_paint",
    "Someone in Niš messages a paint shop's Viber chat asking what paint to buy for about 15 square metres of wall.",
    [o, b1, b2, s3, s4, s5, s6],
    [o, w1, w2, s3, s4, s5, s6]))

# f09 - unexplained jargon. Bank merchant services, Labasa, Fiji (B2B, spoken)
o = c("Bula. I run a small shop in Labasa town, groceries and some hardware. More customers ask to pay by card now, the "
      "tourists from Savusavu too. How does it work to get a card machine, and what's the cost?", None)
s1 = t("Bula vinaka. You'd get a machine from us that plugs into power and works on mobile signal, so no phone line "
       "needed. Roughly how much do you take in a normal week?")
s2 = c("Maybe six thousand dollars a week. Most is still cash.", None)
b3 = t("Okay. On every card payment we keep 1.8 percent — so on a hundred-dollar sale you get 98.20. The money lands in "
       "your account the next working day, and the machine rent is 35 dollars a month.")
w3 = t("Okay. Your MDR would be 1.8 percent, settlement is T+1 to your nominated account, and the terminal is a 4G "
       "countertop unit, PCI-compliant, at 35 a month rental.")
w4 = c("Sorry — MDR, what's that? And T plus one? I don't know these words.", None)
w5 = t("Oh, sorry. MDR means on every card payment we keep 1.8 percent, so on a hundred-dollar sale you get 98.20. T+1 "
       "means the money lands in your account the next working day.")
s4 = c("So the 1.8 I lose on every sale... and thirty-five a month on top. I have to think if the card customers are "
       "enough for that.", "think_it_over")
s5 = t("That's fair. If you like, try it for three months with no cancellation fee and see how many card sales you "
       "actually get.")
s6 = c("Three months with no penalty... okay, that I can try.", None)
PAIRS.append(rpair(
    "b44r_f09_labasa_cardmachine",
    "The owner of a small grocery and hardware shop in Labasa visits a bank's merchant services desk about getting a card "
    "payment machine.",
    [o, s1, s2, b3, s4, s5, s6],
    [o, s1, s2, w3, w4, w5, s4, s5]))

# f10 - talks about themselves instead of the next step. Credit union, San Fernando, Trinidad (spoken)
o = c("Morning, Miss. I get the message that the loan for the car approve. Is a 2017 Nissan Tiida from a dealer in "
      "Chaguanas. What happen next?", None)
s1 = t("Morning! Yes, congratulations, it's approved — 85,000 over five years at 7.5 percent. We also have payment "
       "protection that covers the loan if you get sick; you want the brochure?")
s2 = c("Not right now, thanks, Miss. Is my first time borrowing anything and I just want to get the car part done first.",
       "brush_off")
b3 = t("No problem. Next step: bring me the dealer's invoice, the certified copy from Licensing, and proof of insurance by "
       "Thursday. Then we pay the dealer directly, usually within two working days.")
w3 = t("Ah, I remember my first car loan — a '98 Sentra, girl, that car give me trouble from the day I drive it out. Every "
       "Carnival it overheat on the highway, my husband still laughing about it. Anyway, Nissans are good cars now.")
b4 = c("Thursday, okay. The insurance, I could get it from any company?", None)
w4 = c("Ha, okay... but Miss, what I need to bring? The dealer asking me when the money coming.", None)
b5 = t("Any company licensed here, but it must be comprehensive, with the credit union listed as the interested party. "
       "Tell the agent that.")
w5 = t("Oh, right — bring the dealer's invoice, the certified copy from Licensing and proof of insurance by Thursday. "
       "We pay the dealer within two working days.")
b6 = c("Comprehensive, credit union on it. I writing it down. Thank you, Miss.", None)
w6 = c("Thursday. Okay. Thank you.", None)
PAIRS.append(rpair(
    "b44r_f10_sanfernando_carloan",
    "A young teacher comes to a credit union branch in San Fernando after being told her loan for a used car has been "
    "approved, and asks what happens next.",
    [o, s1, s2, b3, b4, b5, b6],
    [o, s1, s2, w3, w4, w5, w6]))
