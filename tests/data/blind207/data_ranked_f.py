"""Ranked pairs f01-f10 of blind207: both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

# f01 fault: argues with the customer
F01_C0 = c("We got your email about the patient portal upgrade. I'll be honest, I don't think our patients would use it. A lot of them are older, farming families.", "no_need")
F01_T1_BETTER = t("That's worth taking seriously, a portal nobody uses is money wasted. Do you have a sense of how many of your patients use their phones for things like pharmacy refills?")
F01_T1_WORSE = t("I have to disagree with you there. The data says over seventy percent of patients want online access, seniors included. The idea that older people don't use technology is really outdated.")
F01_C1_BETTER = c("Actually, more than I'd think. The pharmacy down the road does refill texts and everybody uses those. Maybe half our patients?", None)
F01_C1_WORSE = c("Well, I know our patients and you don't. But fine, the pharmacy down the road does refill texts and people use those. Maybe half.", None)
F01_T2 = t("Then a text option might fit better than a full portal login. Our basic tier sends appointment reminders and lets patients request refills by text, without making an account. It's forty dollars a month; the full portal is ninety.")
F01_C2 = c("Forty I could justify if it cut down the phone calls. The phones ring nonstop with refill requests.", None)
F01_T3 = t("Let's test that. I can switch the text tier on free for sixty days and you count refill calls before and after. If the calls don't drop, you cancel and pay nothing.")
F01_C3 = c("Okay, that's fair. Let's do it.", None)

# f02 fault: doubts the customer's honesty
F02_C0 = c("Hello, the box of glucometer strips came yesterday, fifty vials, and the seal was broken on twelve of them. I cannot give these to patients.", None)
F02_T1_BETTER = t("You're right not to use them, a broken seal lets moisture in. Can you send me a photo of the opened vials and the outer box?")
F02_T1_WORSE = t("Broken seals on twelve? That's unusual. Are you sure your staff didn't open them at your end? I'll need a photo of the box before I can accept that.")
F02_C1_BETTER = c("Yes, I'll WhatsApp now. The outer box was also crushed at one corner.", None)
F02_C1_WORSE = c("Why would my staff open them? I'm sending the photo, see for yourself. The outer box was crushed at one corner.", None)
F02_T2 = t("Got it, that's transit damage. I'll send twelve replacement vials with tomorrow morning's delivery, and the driver will collect the damaged ones. No charge.")
F02_C2 = c("Tomorrow is fine. But this is the second time with this courier. Last month the lancets came wet.", None)
F02_T3 = t("Then I'll move your deliveries to our own van for Jaipur city instead of the courier, starting tomorrow. If anything arrives damaged again, call me directly on this number.")
F02_C3 = c("Okay. Thank you.", None)

# f03 fault: drops the price before asking anything
F03_C0 = c("Hi, I'm looking at your ultrasonic scaler, the one at two thousand four hundred. What can you tell me about it?", None)
F03_T1_BETTER = t("Sure. Before I go through it, what are you using now, and what's making you look at a new one?")
F03_T1_WORSE = t("For you I can do two thousand one hundred straight away, and if you take two units, nineteen hundred each. What are you using now?")
F03_C1_BETTER = c("We have an old magnetostrictive one. It's loud and the handpiece gets hot, patients complain.", None)
F03_C1_WORSE = c("Oh, already a discount? We have an old magnetostrictive one, loud, handpiece gets hot. Hmm, if it's so easy to drop three hundred, maybe the price is still too high.", "too_expensive")
F03_T2 = t("The piezo type runs quieter and cooler, which is usually what patients notice. It also has a light in the handpiece, so you see better at the back. Would you want to try it on a few patients first?")
F03_C2 = c("Can try? That would be good. But I'm also comparing with another brand my classmate uses.", "think_it_over")
F03_T3 = t("Of course. I'll leave a demo unit with you for a week so you can compare side by side, and collect it next Friday. We can talk then.")
F03_C3 = c("Okay, next Friday.", None)

# f04 fault: an unasked lecture
F04_C0 = c("Hi, I need to order thirty wall-mount sanitizer dispensers for the new wing. Same ones we have in the main building.", None)
F04_T1_BETTER = t("Sure. Same model, the touch-free foam ones? Do you want refills on the same order?")
F04_T1_WORSE = t("Sure. Just so you know, hand-hygiene compliance in hospitals averages under fifty percent, and the research says placement at the point of care matters more than the number of dispensers. A lot of hospitals get that wrong, so it's worth thinking about. Same model, the touch-free foam ones?")
F04_C1_BETTER = c("Yes, touch-free foam. And two cases of refills to start.", None)
F04_C1_WORSE = c("I'm the infection prevention nurse. I teach that. Yes, touch-free foam, and two cases of refills to start.", None)
F04_T2 = t("Got it, thirty dispensers and two cases of refills. When does the wing open? Lead time on dispensers is about two weeks right now.")
F04_C2 = c("Opening's on the 28th. Two weeks works. Facilities will install them, they need them by the 20th.", None)
F04_T3 = t("I'll ship to arrive by the 18th, addressed to facilities, and email you the tracking. Same account and PO format as last time?")
F04_C3 = c("Same account. I'll send the PO today.", None)

# f05 fault: a vague next step
F05_C0 = c("Hi, we signed for your clinic software last week. When will someone come to install and train the staff? We want to go live before the new month.", None)
F05_T1 = t("Thank you for choosing us. How many computers, and how many staff need training, front desk, doctors, pharmacy?")
F05_C1 = c("Three computers, two at reception and one in pharmacy. Six staff. Doctor will learn separately, he has no time during OPD.", None)
F05_T2 = t("Then we need about half a day for installation and two training sessions, one for reception and one for pharmacy. Is Saturday or Monday easier for your staff?")
F05_C2 = c("Saturday is better, OPD is half day. But we must go live by the 1st, no later. Our old software licence ends on the 31st.", None)
F05_T3_BETTER = t("Then Saturday the 27th. Deepa will come at ten to install and train reception, and stay after lunch for pharmacy. I'll WhatsApp you a confirmation today with her number, and call you Thursday to check everything's ready on your side.")
F05_T3_WORSE = t("Understood. Our team will look at the schedule and we'll let you know the date soon.")
F05_C3_BETTER = c("Good. Send me her number.", None)
F05_C3_WORSE = c("Soon means when? The licence ends on the 31st. The last vendor also said 'soon' and we waited one month.", "bad_experience")

# f06 fault: over-promises
F06_C0 = c("Hi, our minus-eighty freezer died overnight. We've moved samples to dry ice and a neighbouring lab's freezer, but that's temporary. How fast can you get us a new one?", None)
F06_T1 = t("I'm sorry, that's a stressful morning. How much capacity do you need, roughly how many racks or boxes?")
F06_C1 = c("It was a seven-hundred-litre upright, about four hundred boxes. Mostly serum from a cohort study, it can't be replaced.", None)
F06_T2_BETTER = t("The seven-hundred-litre upright isn't in stock in Singapore, it ships from the factory in about three weeks. What I can do today is lend you a four-hundred-litre unit from our demo stock, delivered tomorrow morning, so the most precious half of your samples is safe until the new one arrives.")
F06_T2_WORSE = t("No problem at all. I can guarantee you a seven-hundred-litre unit delivered and running by tomorrow morning, whatever it takes.")
F06_C2_BETTER = c("Three weeks... okay. The loaner would help a lot. Our neighbours can keep the rest for a while.", None)
F06_C2_WORSE = c("Tomorrow? Really? Your colleague told my PI last year these come from the factory. Are you sure?", None)
F06_T3 = t("I'll email the quote and the delivery form now. Who should sign for it at the lab?")
F06_C3 = c("Me. Dr. Nur Aisyah, level 5, lab 5-12.", None)

# f07 fault: closes before checking the thing works
F07_C0 = c("Hi, your tech just finished setting up the urine analyzer. Before he left he said you'd go through the rest with me. I'm the lab lead, Marisol.", None)
F07_T1 = t("Hi Marisol, thanks. Did he show you the daily QC, and how results get into your EHR?")
F07_C1 = c("He showed the QC, quickly. The EHR part he said was 'configured', but I haven't seen a result actually land in a chart.", None)
F07_T2 = t("Let's make sure it works end to end, then. Can you run one control strip now and check it shows up in the test patient's chart?")
F07_C2 = c("Running it now... okay, it's in the test chart. But specific gravity came across as text, not a number. The doctors' flowsheet won't graph it.", None)
F07_T3_BETTER = t("Good catch, that's a mapping setting in the interface. I'll have the interface team fix it today and we'll rerun a control together. I'll only ask you to sign the acceptance form once it graphs properly.")
F07_T3_WORSE = t("That's minor, the interface team can tweak it later. Everything else works, so can you sign the acceptance form now so I can close out the install?")
F07_C3_BETTER = c("Perfect. Call me when they've changed it.", None)
F07_C3_WORSE = c("I'm not signing until it's fixed. Last time we signed off early, the interface was broken for a month and nobody came back.", "bad_experience")

# f08 fault: recommends before asking
F08_C0 = c("Namaste. We run a small nursing home, twenty-four beds. One of our elderly residents has got a bedsore. The doctor said to get a special mattress. What do you have?", None)
F08_T1_BETTER = t("Namaste. Sorry to hear about the resident. So I suggest the right one: is he mostly bedbound, or able to sit up and move a bit? And do you know what stage the sore is?")
F08_T1_WORSE = t("Namaste. For bedsores you need our alternating-pressure air mattress with the digital pump, it's the best we have, eighteen thousand rupees. I'll send one today.")
F08_C1_BETTER = c("Mostly bedbound, after a stroke. Doctor said stage two, on the lower back. We are careful, we turn him every two-three hours.", None)
F08_C1_WORSE = c("Eighteen thousand? You haven't even asked about the patient. He's bedbound after a stroke, doctor said stage two, lower back. We turn him every two-three hours.", "too_expensive")
F08_T2 = t("For a bedbound resident with a stage two sore, an alternating-pressure mattress is right. The basic model at nine thousand five hundred, with a simple pump, is enough for stage two; the digital one at eighteen thousand adds pressure settings. Is it only for him, or do you expect other residents to need one?")
F08_C2 = c("Only him for now. Two more residents are bedbound, maybe later.", None)
F08_T3 = t("Then I'd start with one basic unit for him, delivered tomorrow with a demonstration for your night staff. If the others need one later, we'll do the same.")
F08_C3 = c("Okay, send the basic one tomorrow.", None)

# f09 fault: unexplained jargon
F09_C0 = c("Hello, our clinic is still on your old server version, the computer under the counter. You keep emailing us to move to the cloud. Is our data safe in the cloud? That's my worry.", None)
F09_T1 = t("That's the right thing to ask. What worries you most: someone breaking in, losing the data, or the regulations?")
F09_C1 = c("Losing the data, mainly. And if the internet goes down, can we still see patients?", None)
F09_T2 = t("The internet first: if your line goes down, the day's appointments and records stay on your counter PC, so you can still consult and print medicine labels, and it all syncs back when the line returns.")
F09_C2 = c("Okay, that's good. And the data itself? If your company's computer has a problem, are our records gone?", None)
F09_T3_BETTER = t("No. Your records are copied automatically every few minutes to two separate data centres in Singapore, so if one has a fire or a power failure, the other has everything. At most you'd lose the last few minutes of typing, and you'd be running again within the hour. That's safer than one computer under your counter.")
F09_T3_WORSE = t("No. We're multi-AZ with an RPO of five minutes and an RTO under an hour, SOC 2 Type II audited, AES-256 at rest, so you're fully covered.")
F09_C3_BETTER = c("That does sound safer than our one computer, honestly. Send me the price and I'll discuss with my partner.", "think_it_over")
F09_C3_WORSE = c("Sorry, I don't understand any of that. Multi what? I think we'll stay on the old server for now.", "no_need")

# f10 fault: talks about themselves instead of the customer
F10_C0 = c("Hi, thanks for stopping by. We need to replace two of our handheld fetal dopplers, they keep losing the signal. I've got about ten minutes.", None)
F10_T1 = t("Ten minutes is plenty. Are they losing the signal early in pregnancy, or at all stages?")
F10_C1 = c("Mostly early, ten to twelve weeks. The midwives end up sending patients for an ultrasound just to hear the heartbeat, which freaks the moms out.", None)
F10_T2_BETTER = t("That's usually the probe frequency. Your current ones are probably 2 megahertz, which suit later pregnancy. A 3 megahertz probe picks up early heartbeats more easily. Do your midwives see more early or late pregnancies?")
F10_T2_WORSE = t("Oh, I know exactly what that's like. I was a labor and delivery nurse for twelve years before this job, at a big hospital in Phoenix, and honestly our dopplers were even worse. I remember one night we had three triage patients and... well, anyway, I'm the one who pushed our company to carry better probes. What about your midwives, do they see more early or late pregnancies?")
F10_C2_BETTER = c("Both, but the early visits are where it's a problem.", None)
F10_C2_WORSE = c("Um, okay. Both, but the early ones are the problem. I do need to get back soon.", "no_time")
F10_T3 = t("Then I'd suggest two units with interchangeable probes, a 3 megahertz for early visits and a 2 for later. About six hundred each with both probes. I can leave one today for the midwives to try this week.")
F10_C3 = c("Leave one. I'll get Joy and Amira to use it and let you know Friday.", None)

PAIRS = [
    rpair(
        "b207r_f01_us_portal_text_tier",
        "A practice manager at a small family practice in rural Kentucky replies to an email about a patient portal upgrade.",
        [F01_C0, F01_T1_BETTER, F01_C1_BETTER, F01_T2, F01_C2, F01_T3, F01_C3],
        [F01_C0, F01_T1_WORSE, F01_C1_WORSE, F01_T2, F01_C2, F01_T3, F01_C3],
    ),
    rpair(
        "b207r_f02_in_glucometer_strips",
        "A clinic in Jaipur phones its distributor about a delivery of glucometer strips with broken vial seals.",
        [F02_C0, F02_T1_BETTER, F02_C1_BETTER, F02_T2, F02_C2, F02_T3, F02_C3],
        [F02_C0, F02_T1_WORSE, F02_C1_WORSE, F02_T2, F02_C2, F02_T3, F02_C3],
    ),
    rpair(
        "b207r_f03_sg_ultrasonic_scaler",
        "A dentist in Singapore asks a dental supplier about an ultrasonic scaler priced at 2,400 dollars.",
        [F03_C0, F03_T1_BETTER, F03_C1_BETTER, F03_T2, F03_C2, F03_T3, F03_C3],
        [F03_C0, F03_T1_WORSE, F03_C1_WORSE, F03_T2, F03_C2, F03_T3, F03_C3],
    ),
    rpair(
        "b207r_f04_us_sanitizer_dispensers",
        "A hospital's infection prevention nurse in Portland, Oregon, orders sanitizer dispensers for a new wing.",
        [F04_C0, F04_T1_BETTER, F04_C1_BETTER, F04_T2, F04_C2, F04_T3, F04_C3],
        [F04_C0, F04_T1_WORSE, F04_C1_WORSE, F04_T2, F04_C2, F04_T3, F04_C3],
    ),
    rpair(
        "b207r_f05_in_clinic_software_install",
        "A polyclinic in Coimbatore that has just bought clinic software asks when installation and training will happen.",
        [F05_C0, F05_T1, F05_C1, F05_T2, F05_C2, F05_T3_BETTER, F05_C3_BETTER],
        [F05_C0, F05_T1, F05_C1, F05_T2, F05_C2, F05_T3_WORSE, F05_C3_WORSE],
    ),
    rpair(
        "b207r_f06_sg_minus80_freezer",
        "A research lab at a Singapore hospital lost its minus-eighty freezer overnight and phones a lab equipment supplier.",
        [F06_C0, F06_T1, F06_C1, F06_T2_BETTER, F06_C2_BETTER, F06_T3, F06_C3],
        [F06_C0, F06_T1, F06_C1, F06_T2_WORSE, F06_C2_WORSE, F06_T3, F06_C3],
    ),
    rpair(
        "b207r_f07_us_urine_analyzer",
        "The lab lead of a multi-doctor practice in Tucson, Arizona, talks to the vendor's account manager after a urine analyzer install.",
        [F07_C0, F07_T1, F07_C1, F07_T2, F07_C2, F07_T3_BETTER, F07_C3_BETTER],
        [F07_C0, F07_T1, F07_C1, F07_T2, F07_C2, F07_T3_WORSE, F07_C3_WORSE],
    ),
    rpair(
        "b207r_f08_in_pressure_mattress",
        "A small nursing home in Chandigarh asks a medical equipment shop about a mattress for a resident with a bedsore.",
        [F08_C0, F08_T1_BETTER, F08_C1_BETTER, F08_T2, F08_C2, F08_T3, F08_C3],
        [F08_C0, F08_T1_WORSE, F08_C1_WORSE, F08_T2, F08_C2, F08_T3, F08_C3],
    ),
    rpair(
        "b207r_f09_sg_cloud_migration",
        "A GP in Ang Mo Kio, Singapore, asks the clinic software vendor whether moving from a local server to the cloud is safe.",
        [F09_C0, F09_T1, F09_C1, F09_T2, F09_C2, F09_T3_BETTER, F09_C3_BETTER],
        [F09_C0, F09_T1, F09_C1, F09_T2, F09_C2, F09_T3_WORSE, F09_C3_WORSE],
    ),
    rpair(
        "b207r_f10_us_fetal_doppler",
        "The office manager of an OB-GYN practice in Albuquerque, New Mexico, gives a device rep ten minutes about failing fetal dopplers.",
        [F10_C0, F10_T1, F10_C1, F10_T2_BETTER, F10_C2_BETTER, F10_T3, F10_C3],
        [F10_C0, F10_T1, F10_C1, F10_T2_WORSE, F10_C2_WORSE, F10_T3, F10_C3],
    ),
]
