"""Ranked pairs f01-f10: sides share every turn but one fault in worse and the reaction to it."""
from common import c, rpair, t

# f01 argues with the customer
A0 = c("I need a half-ton for work. I drive lease roads all day out past Kermit.", None)
A1 = t("Lease roads all day, so clearance and tires matter. How many miles a year?")
A2 = c("Forty, fifty thousand. Company pays mileage.", None)
A3 = t("That's a lot of miles. This XLT with the 2.7 EcoBoost gets the best mileage in the lineup, and it has the off-road package.")
A4 = c("I've heard them 2.7s don't hold up. Turbos go out.", "bad_experience")
A5b = t("Fair question. Most do fine, but at your miles I'd want fewer parts to go wrong. The 5.0 V8 gives up a couple miles a gallon and it's simpler. I've got one in the same trim.")
A6b = c("That's more what I had in mind.", None)
A5w = t("With respect, that's just not true. The 2.7 is one of the best engines Ford makes. You've heard wrong.")
A6w = c("Two guys on my crew had theirs go out before a hundred thousand, so I don't know what to tell you.", "bad_experience")
A7 = t("Let me grab keys and you can drive it out to the loop and back.")

# f02 doubts the customer's honesty
B0 = c("Our outside unit quit. It's eight years old and I think the compressor's still under warranty.", None)
B1 = t("Could well be, most are ten years on the compressor. Has it been serviced along the way?")
B2 = c("Every spring. A fella from church did it, Mr. Odom, till he retired.", None)
B3b = t("Good. The manufacturer will want proof of that, so if you've got his receipts, keep them handy and we'll send them with the claim.")
B4b = c("I've got every one in a folder in the kitchen drawer.", None)
B3w = t("Hm. A lot of folks tell us that, but the records usually say otherwise. Are you sure it was every year?")
B4w = c("I'm not in the habit of lying, young man. I've got every receipt in a folder in the kitchen drawer.", None)
B5 = t("Then I'll come out at two, confirm it's the compressor, and photograph the receipts for the warranty claim. Labor runs about six hundred.")
B6 = c("Two o'clock is fine. The folder will be on the table.", None)

# f03 drops the price before asking anything
C0 = c("Hello. I look at mattress. My wife has back pain, she wake up in the night.", None)
C1 = t("I'm sorry to hear that. Is she with you today?")
C2 = c("No, she is at work, at the plant. I come first to see. This one is how much?", None)
C3b = t("That one's eleven hundred. Before price, though, does she sleep on her side or back, and where's the pain?")
C4b = c("Side. Low back. She say our mattress is too soft, she sink in the middle.", None)
C3w = t("That one's eleven hundred, but for you I can do eight fifty today and throw in two pillows.")
C4w = c("Eight fifty? If price go down so fast, maybe other store is cheaper too. I look more.", "too_expensive")
C5 = t("If you can, bring her Saturday to lie on a few of the firmer ones. It's her back, so she should choose.")
C6 = c("Okay. Saturday she is off, we come in the morning.", None)

# f04 unasked lecture
D0 = c("We've got fire ant mounds all over the backyard and my son's birthday party is Saturday.", None)
D1 = t("Let's get ahead of that. Roughly how big is the yard, and any pets or a vegetable garden back there?")
D2 = c("Quarter acre. One dog, no garden.", None)
D3b = t("Then a granular bait plus treating the mounds you see. Keep the dog in a day. I can do Thursday morning for ninety-five.")
D4b = c("Thursday works. Is that enough time before Saturday?", None)
D3w = t("Before that, you should know fire ants came in through Mobile in the thirties, and most homeowners make them worse by kicking mounds or using gasoline. Each colony can have two hundred thousand ants.")
D4w = c("Okay... I really just need to know if y'all can come before Saturday.", None)
D5 = t("Yes. Most mounds go quiet within two days, and I'll spot-treat anything left Friday if you call.")
D6 = c("Good. Put us down.", None)

# f05 vague next step
E0 = c("Hi, we're trying to get pre-approved. First house. Our realtor says we need a letter.", None)
E1 = t("Congratulations. What price range are you looking in, and what do the two of you do for work?")
E2 = c("Around two-eighty. I teach at Page Middle, he's an electrician. We've got about fifteen saved.", None)
E3 = t("That can work with an FHA or a conventional at five percent down. I'll need two pay stubs each, last two years of W-2s and two bank statements.")
E4 = c("I can upload all that tonight. We found a house we like, so time matters.", None)
E5b = t("Then once it's in, I'll have an answer by Wednesday noon and call you. If anything's missing, I'll text you tomorrow by five.")
E6b = c("Perfect. Wednesday noon.", None)
E5w = t("Sounds good. Once it's in, we'll look it over and let you know.")
E6w = c("Okay... about when? The house might not last the week.", None)

# f06 over-promises
F0 = c("My dishwasher's leaking all over the kitchen floor. It's a Bosch, about six years old.", None)
F1 = t("Sorry, that's a mess. Water at the front by the door, or underneath?")
F2 = c("Front, by the door. And the bottom of the door's wet.", None)
F3 = t("Sounds like the door gasket, maybe the spray arm. Have you been using it since?")
F4 = c("No, I shut the water off under the sink.", None)
F5b = t("Good. A tech can be there today between two and five. If it's the gasket, he fixes it right then. If it's a pump, that's a part order, two or three days.")
F6b = c("Okay, good to know. I'll be home at two.", None)
F5w = t("No problem at all. We'll have it fixed today for sure, good as new for years.")
F6w = c("Today? Great, my in-laws come Friday. I'll take off work then.", None)

# f07 closes before checking the product fits
G0 = c("I want that solar fence charger on the shelf there, the one-ninety-nine one.", None)
G1 = t("Sure. What are you running it on?")
G2 = c("Polywire around about fifteen acres, six cow-calf pairs.", None)
G3 = t("That's close to two miles of wire. Any brush or weeds touching it?")
G4 = c("By the bayou side, yeah. Gets bad by July.", None)
G5b = t("Then before you buy: that unit's rated for clean fence, and weeds drain it. The one-joule model at two seventy-nine will hold them, or borrow our tester and check yours first.")
G6b = c("Two seventy-nine's more than I wanted. Let me borrow the tester and see.", "too_expensive")
G5w = t("That one-ninety-nine'll do you fine. Cash or card?")
G6w = c("Card. Hope it holds 'em better than the last one, they walked right through it.", None)

# f08 unexplained jargon
H0 = c("The folks in the back pews can't hear the sermon, and we've got a squeal every time I walk up front.", None)
H1 = t("That's hard on a Sunday. How big is the sanctuary, and what are you using for a microphone now?")
H2 = c("Seats about three hundred. I've got a wireless one on a stand, and two speakers up front.", None)
H3b = t("The squeal happens when the mic picks up its own speakers. A small headset mic and one more speaker halfway back would fix both problems without turning it louder up front.")
H4b = c("A headset. Well. What would that run?", None)
H3w = t("You need a DSP with feedback suppression, re-gain-stage the board, go to a cardioid headset condenser on forty-eight volt phantom, and add a delayed fill.")
H4w = c("Son, I don't know what half of that means. What would it run?", None)
H5 = t("About nineteen hundred installed. I could come Tuesday and test it with your sound man so you can hear it first.")
H6 = c("That's a good bit. I'll have to take it to the deacons.", "think_it_over")

# f09 recommends before asking
I0 = c("I'm looking for a used car. My Altima finally gave out.", None)
I1b = t("Sorry to hear it. What will you use it for mostly?")
I2b = c("Work. I'm a night-shift nurse at Lexington Medical, sixty miles a day round trip.", None)
I1w = t("Sorry to hear it. You'd love this Jeep Wrangler, just came in, top comes off.")
I2w = c("A Jeep? I drive sixty miles a day to Lexington Medical on night shift. I need something good on gas.", "no_need")
I3 = t("Sixty miles a day, then mileage and reliability come first. This 2020 Camry hybrid gets about fifty.")
I4 = c("What are they going for?", None)
I5 = t("This one's nineteen nine, 52,000 miles.")
I6 = c("That's more than I wanted. I was hoping to stay around fifteen.", "too_expensive")
I7 = t("Then a 2017 Corolla at fourteen eight might suit. Drive both, and I'll print the history on each.")

# f10 talks about themselves
J0 = c("My daughter's getting married in October and we're looking at venues for the reception. About a hundred and fifty people.", None)
J1 = t("Congratulations! Which Saturday, and what does she picture, formal, garden, dancing?")
J2 = c("The eighteenth, if you have it. Under the oaks, string lights. But it's Savannah in October, so what if it rains?", None)
J3b = t("The eighteenth is open. If it rains, the carriage house holds one sixty with the doors open to the courtyard, so it still feels outdoors.")
J4b = c("Oh, that's lovely. What's the price for the evening?", None)
J3w = t("The eighteenth is open! I actually got married under these same oaks in 2015. Best day of my life. My husband proposed here too, funny story, he dropped the ring in the fountain.")
J4w = c("That's sweet. But what happens if it rains? And what's the price?", None)
J5 = t("The evening is sixty-five hundred, tables and chairs included. I can hold the date for a week while she sees it.")
J6 = c("Sixty-five hundred, hm. Her daddy and I need to talk about it.", "think_it_over")

PAIRS = [
    rpair("b116r_f01_odessa_halfton", "Truck dealer, Odessa TX. Oilfield worker doubts the 2.7 turbo engine.",
          [A0, A1, A2, A3, A4, A5b, A6b, A7], [A0, A1, A2, A3, A4, A5w, A6w, A7]),
    rpair("b116r_f02_augusta_compressor", "HVAC company, Augusta GA. Older customer claims warranty on a compressor.",
          [B0, B1, B2, B3b, B4b, B5, B6], [B0, B1, B2, B3w, B4w, B5, B6]),
    rpair("b116r_f03_montgomery_mattress", "Mattress store, Montgomery AL. Korean-born plant worker shopping for his wife's back.",
          [C0, C1, C2, C3b, C4b, C5, C6], [C0, C1, C2, C3w, C4w, C5, C6]),
    rpair("b116r_f04_conroe_fireants", "Pest control, Conroe TX. Parent needs fire ants treated before a party.",
          [D0, D1, D2, D3b, D4b, D5, D6], [D0, D1, D2, D3w, D4w, D5, D6]),
    rpair("b116r_f05_franklin_preapproval", "Community bank, Franklin TN. First-time buyers need a pre-approval letter.",
          [E0, E1, E2, E3, E4, E5b, E6b], [E0, E1, E2, E3, E4, E5w, E6w]),
    rpair("b116r_f06_greenville_dishwasher", "Appliance repair, Greenville SC. Leaking dishwasher.",
          [F0, F1, F2, F3, F4, F5b, F6b], [F0, F1, F2, F3, F4, F5w, F6w]),
    rpair("b116r_f07_opelousas_fencecharger", "Farm supply store, Opelousas LA. Cattleman picks a fence charger.",
          [G0, G1, G2, G3, G4, G5b, G6b], [G0, G1, G2, G3, G4, G5w, G6w]),
    rpair("b116r_f08_tyler_churchsound", "Church sound installer, Tyler TX. Older pastor has feedback and a quiet back row.",
          [H0, H1, H2, H3b, H4b, H5, H6], [H0, H1, H2, H3w, H4w, H5, H6]),
    rpair("b116r_f09_columbia_usedcar", "Used car dealer, Columbia SC. Night-shift nurse needs a commuter car.",
          [I0, I1b, I2b, I3, I4, I5, I6, I7], [I0, I1w, I2w, I3, I4, I5, I6, I7]),
    rpair("b116r_f10_savannah_reception", "Event venue, Savannah GA. Mother of the bride asks about an October reception.",
          [J0, J1, J2, J3b, J4b, J5, J6], [J0, J1, J2, J3w, J4w, J5, J6]),
]
