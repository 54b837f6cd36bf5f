"""blind180 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written."""
from common import c, rpair, t

# f01 argues with the customer
A0 = c("Hi, I just need a mineral lick for my Dartmoor pony. He's on hay only, no hard feed.", None)
A1 = t("Sure. Is he in work, and how's his weight on hay alone?")
A2 = c("Light hacking. Weight's spot on, the vet says he's perfect. I'm not changing what works.", None)
A3b = t("Then a lick makes sense to cover what hay lacks. The forage-balancer one is £14 and lasts about two months.")
A4b = c("Yes, that's the one I usually get.", None)
A3w = t("Honestly, hay only isn't enough for any horse. You should be feeding a balancer, whatever your vet says.")
A4w = c("He's twenty and never been better. I didn't ask for a feed plan, just the lick.", "no_need")
A5 = t("Here you go. If his coat dulls in winter, pop back and we'll look at options.")
A6 = c("Will do. Cheers.", None)

# f02 doubts the customer's honesty
B0 = c("Hi, calling to lodge a claim. My cat Sushi's been limping, the vet found a cruciate tear. Bill's $3,200.", None)
B1 = t("Sorry to hear that. When did you first notice the limp, and which clinic saw her?")
B2 = c("About five weeks ago, she jumped off the fridge. Bayside Animal Hospital.", None)
B3b = t("Thanks. We'll request her history from Bayside, that's routine for every claim.")
B4b = c("Okay, that's fine.", None)
B3w = t("Five weeks, are you sure? People sometimes leave out earlier limping to get a claim through.")
B4w = c("Excuse me? I'm not lying. Check her records if you don't believe me.", None)
B5 = t("I'll request Bayside's history today and email you the claim number now.")
B6 = c("Fine. How long till I hear back? The vet wants paying.", None)
B7 = t("Usually ten working days once the records arrive. I'll note your mobile in case we have questions.")

# f03 drops the price before asking anything
C0 = c("Hi, how much is daycare? I've got a two-year-old husky.", None)
C1b = t("Depends how often. How many days a week were you thinking, and how is he with other dogs?")
C2b = c("Two days, maybe three. He's great with dogs, just loud. Very loud.", None)
C1w = t("Normally $45 a day, but I can do $35 for you if you sign up today.")
C2w = c("Uh, why the discount? I haven't even told you about him. He's loud, two days maybe.", None)
C3 = t("Huskies are welcome, our yard has room to run and the noise doesn't bother us. Want a free trial day first?")
C4 = c("Thursday works. But I can't do a multi-day pack right now, money's tight till payday.", "no_money")
C5 = t("No pack needed. Thursday 8am, bring his vaccine records and you pay per day.")

# f04 an unasked lecture
D0 = c("Just here for Bella's annual vaccination. She's been good, no problems.", None)
D1 = t("Great. Any changes at home, eating, drinking, energy?")
D2 = c("She's a bit slower on walks, but she's nine. Eats like a horse.", None)
D3b = t("She's two kilos up on last year, which may be part of the slowing. Want some ideas on that, or just the vaccine today?")
D4b = c("Not today, I'm on my lunch break. Maybe next time.", "no_time")
D3w = t("She's two kilos heavier. Obesity takes two years off a dog's life, you know. Overfeeding is a form of neglect, so you really need to cut back.")
D4w = c("Right. I didn't come in for a telling-off.", None)
D5 = t("I'll note her weight; the nurse runs free weight clinics if you ever want one. Vaccine now.")
D6 = c("Okay. Thanks.", None)

# f05 a vague next step
E0 = c("Hi, I'm ringing about Max's lump. The biopsy went off last week and I'm going out of my mind.", None)
E1 = t("I can imagine. The results came in this morning. I can't read them out, Dr Patel wants to go through them with you herself.")
E2 = c("Oh God. So when will I hear?", None)
E4b = t("Dr Patel finishes surgery at two and will ring you between two and half past. If you miss her, ask for me, Karen.")
E5b = c("Two till half past. Okay. I'll keep my phone on me.", None)
E4w = t("Someone will be in touch about it, we'll let you know.")
E5w = c("When? Today? I can't go another night not knowing.", None)
E6 = t("I'm putting a note on her screen now.")

# f06 over-promises
F0 = c("Hi, my Persian Cleo has mats all down her back. Do you groom cats? She's pretty feisty.", None)
F1 = t("We do cats on Tuesdays when it's quiet. How feisty: hissing, or swatting and biting when handled?")
F2 = c("She swats. The vet had to sedate her for a nail trim once.", None)
F3b = t("Thanks for telling me. I'll try a gentle shave-down, $85. If she's too stressed I'll stop, and it may need doing under sedation at your vet. Okay?")
F4b = c("That's fair. I'd rather you stopped than forced it.", None)
F3w = t("No problem, I guarantee she'll be totally calm with me and not a single nick, cats love me. $85.")
F4w = c("Guarantee? The vet couldn't manage her, but... if you say so.", None)
F5 = t("Tuesday at ten, then. Bring her in a covered carrier.")
F6 = c("Will do. See you Tuesday.", None)

# f07 closes before checking the thing fits
G0 = c("Need a winter rug for my cob. The old one ripped in the storm.", None)
G1 = t("Bad luck. Heavyweight turnout? These 300-gram ones are $229.")
G2 = c("Yeah, heavyweight. Bit dearer than the farm store, but they never have cob sizes.", None)
G3b = t("Before I ring it up, what size was the old one, and did it fit across the shoulders? Cobs can be tricky.")
G4b = c("Six foot three. Rubbed his shoulders a bit, actually.", None)
G3w = t("Great, I'll ring it up. $229, card or eftpos?")
G4w = c("Hang on, what size is it? I never said. And his old one rubbed.", None)
G5 = t("This brand's cut deeper at the shoulder. Try the six foot three; return it unused within 14 days if it rubs.")
G6 = c("Sweet, I'll try it on him tonight.", None)

# f08 recommends before asking
H0 = c("Hiya, we've just got two rabbits for my daughter. What food should we get?", None)
H1b = t("Lovely! How old are they, and what was the breeder feeding them?")
H2b = c("Ten weeks. Pellets and some hay, I think? She gave us a little bag.", None)
H1w = t("This rabbit muesli mix is really popular, £6.99, they love the colourful bits.")
H2w = c("Oh. The breeder said no muesli, it's bad for their teeth. She gave us pellets and hay.", "no_need")
H3 = t("Hay should be most of their diet, unlimited, with a small scoop of the same pellets. A big bale of meadow hay is £12.")
H4 = c("£12 for hay seems a lot for what's basically grass.", "too_expensive")
H5 = t("It lasts about a month for two, and it keeps their teeth and tummies right. A small bag is £5 if you'd like to try.")
H6 = c("Go on, the big one then.", None)

# f09 unexplained jargon
J0 = c("Hi, we've bought six heifers for our little block. The agent said to 'get them checked'. What does that mean?", None)
J1 = t("Congratulations. Where did they come from, a saleyard or one farm, and do you know of any vaccines?")
J2 = c("Saleyard at Wodonga. No idea about vaccines, sorry, this is all new to us.", None)
J3b = t("No problem. The main one is pestivirus: a few cattle carry it for life and spread it, so we test each from a small ear clip. About $35 a head.")
J4b = c("Ah, that makes sense. And if one has it?", None)
J3w = t("No problem. We'd do BVDV PI screening via ear notch ELISA, then 7-in-1 and Pestigard, about $35 a head.")
J4w = c("Sorry, I didn't follow any of that. What's PI?", None)
J5 = t("If one's a carrier, it's best kept apart or sold; we'd talk it through. Could I come out Friday morning?")
J6 = c("Friday's no good, we're in Melbourne till Sunday. Monday?", "no_time")
J7 = t("Monday at nine. Have them in the yard if you can.")

# f10 talks about themselves
K0 = c("Hi, we've had our cavoodle puppy two weeks and she's still weeing everywhere inside. I'm at my wits' end.", None)
K1 = t("Two weeks is early days, but I hear you. How often does she go out, and where does she usually go inside?")
K2 = c("Every few hours? Mostly on the rug in the lounge.", None)
K3b = t("Rugs feel like grass to puppies. Take her out after every sleep, meal and play, and roll the rug up for a fortnight. Doable?")
K4b = c("The rug can go. Every sleep's a lot, but I work from home, so okay.", None)
K3w = t("I remember my first border collie, toilet trained in four days. I've won three obedience titles with her line, my dogs just get it.")
K4w = c("Okay... good for you. But what do I do about my rug?", None)
K5 = t("If you'd like more help, my puppy home visit is $120 for an hour, toilet training and biting.")
K6 = c("I'll see how we go for a week first, then maybe.", "think_it_over")

PAIRS = [
  rpair("b180r_f01_feedstore_pony_lick", "UK feed store, Devon: owner of a native pony on hay only wants a mineral lick.",
  [A0, A1, A2, A3b, A4b, A5, A6], [A0, A1, A2, A3w, A4w, A5, A6]),
  rpair("b180r_f02_petinsure_cat_cruciate_claim", "Australian pet insurer, claims phone: cat with a cruciate tear.",
  [B0, B1, B2, B3b, B4b, B5, B6, B7], [B0, B1, B2, B3w, B4w, B5, B6, B7]),
  rpair("b180r_f03_daycare_husky_price", "US dog daycare, Seattle, phone: price enquiry for a husky.",
  [C0, C1b, C2b, C3, C4, C5], [C0, C1w, C2w, C3, C4, C5]),
  rpair("b180r_f04_vet_vaccine_overweight_dog", "New Zealand vet clinic, Dunedin: annual vaccination of a heavier nine-year-old dog.",
  [D0, D1, D2, D3b, D4b, D5, D6], [D0, D1, D2, D3w, D4w, D5, D6]),
  rpair("b180r_f05_vet_biopsy_results_phone", "UK vet practice, phone: anxious owner waiting for biopsy results.",
  [E0, E1, E2, E4b, E5b, E6], [E0, E1, E2, E4w, E5w, E6]),
  rpair("b180r_f06_groomer_feisty_persian", "US groomer, New Jersey, phone: matted Persian cat that swats.",
  [F0, F1, F2, F3b, F4b, F5, F6], [F0, F1, F2, F3w, F4w, F5, F6]),
  rpair("b180r_f07_tackshop_cob_rug", "New Zealand saddlery, Canterbury, counter: replacement winter rug for a cob.",
  [G0, G1, G2, G3b, G4b, G5, G6], [G0, G1, G2, G3w, G4w, G5, G6]),
  rpair("b180r_f08_petshop_first_rabbits", "UK pet shop, Glasgow: parent buying food for two new rabbits.",
  [H0, H1b, H2b, H3, H4, H5, H6], [H0, H1w, H2w, H3, H4, H5, H6]),
  rpair("b180r_f09_farmvet_hobby_heifers", "Australian large-animal vet, Victoria, phone: hobby farmers with six saleyard heifers.",
  [J0, J1, J2, J3b, J4b, J5, J6, J7], [J0, J1, J2, J3w, J4w, J5, J6, J7]),
  rpair("b180r_f10_dogtrainer_puppy_toileting", "Australian dog trainer, Adelaide, phone: first-time cavoodle owner.",
  [K0, K1, K2, K3b, K4b, K5, K6], [K0, K1, K2, K3w, K4w, K5, K6]),
]
