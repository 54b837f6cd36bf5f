"""Gaming pairs c01-c10 of blind231 (hand-written). Theme: car insurance claims, towing, glass and repair."""
from common import c, gpair, t

PAIRS = [
    # c01 putdown_question
    gpair(
        "b231g_dublin_taxi_loss_of_earnings",
        "Motor insurer, third-party claims, Dublin",
        "putdown_question",
        "A Nigerian-born taxi driver whose car was hit by the insurer's policyholder in Blanchardstown rings "
        "about loss of earnings while the taxi is off the road. He has app statements for three months.",
        good=[
            c("Good morning. My name is Emeka Obi. Your customer crashed into my taxi on Monday in Blanchardstown. "
              "The taxi is in the garage and I cannot work. Who will pay for the days I am not earning?", None),
            t("Good morning, Mr Obi, I'm sorry this has happened. I have the claim here. How long does the garage "
              "expect the taxi to be off the road?"),
            c("They say ten days at least, maybe two weeks, because of the parts for the door.", None),
            t("Thank you. Our policyholder has accepted liability, so we can look at your loss of earnings for those "
              "days. Do you have records of what you usually earn, from the app or your accounts?"),
            c("Yes, I have the app statements for the last three months, and my accountant does the tax return. I am "
              "not trying to inflate anything. I know how people think of taxi men.", None),
            t("Three months of statements is exactly what we need. There's another option too: a replacement car "
              "with taxi fittings, which could have you working again in a day or two. Would that suit you better "
              "than waiting for the money?"),
            c("A replacement, yes, but the last time an insurer gave me one it had no meter and I could not use it. "
              "I wasted a whole week.", "bad_experience"),
            t("That's a fair worry. I'll only book one from a hire firm that supplies a fitted meter and roof sign, "
              "and I'll have them confirm it to you in writing before you collect. If it isn't right, we pay the loss "
              "of earnings instead. Is that fair?"),
            c("That is fair. Please let them call me before two, I have my son's school after.", None),
            t("I'll ask them to call before two. And send the statements to this email anyway, so we have them if "
              "we need them."),
            c("Okay, thank you. I will send them now.", None),
        ],
        gaming=[
            c("Good morning. My name is Emeka Obi. Your customer crashed into my taxi on Monday in Blanchardstown. "
              "The taxi is in the garage and I cannot work. Who will pay for the days I am not earning?", None),
            t("Good morning. Before we go further, are you sure the taxi really can't be driven, or is it more that "
              "you'd like a few days off?"),
            c("The door is smashed, it does not close. The garage has it. I cannot carry passengers like that.",
              None),
            t("Right. And I have to ask, as a taxi driver, are you claiming what you actually earn, or what you'd "
              "like to earn?"),
            c("What I actually earn! I have statements from the app. Why do you speak to me like this?", None),
            t("Nobody's accusing you, I just want to understand your situation. We could offer a replacement car, "
              "but do you honestly think you'd mind someone else's car, given how yours ended up?"),
            c("My car ended up like that because your customer drove into it. And the last replacement an insurer "
              "gave me had no meter, I lost one week. I don't trust those cars.", "bad_experience"),
            t("I hear you. So shall we just agree a round number per day, or is that going to be a big argument with "
              "you as well?"),
            c("I want to speak with your manager. I will send my statements to him, not to you.", None),
        ],
    ),
    # c02 not_my_department_or_read_the_terms
    gpair(
        "b231g_denver_windshield_denied",
        "Auto insurer, customer service line, Denver, Colorado",
        "not_my_department_or_read_the_terms",
        "A customer's windshield claim was denied as pre-existing: the photos taken when her policy started "
        "three weeks ago show a small chip where the new crack begins. She is driving I-70 to Breckenridge on "
        "Friday.",
        good=[
            c("Hi, I got a letter saying my windshield claim's denied as pre-existing damage. I only switched to you "
              "guys three weeks ago. The crack happened last week on I-25. What is going on?", None),
            t("I'm sorry, that letter must have been frustrating. Let me look at the file. Do you have the claim "
              "number handy?"),
            c("It's G-55871. I'm driving up to Breckenridge on Friday and I don't want to be on I-70 with this "
              "crack.", None),
            t("Understood. I can see why it was denied: the photos you uploaded when the policy started show a small "
              "chip in the same spot, and the crack runs from it. Do you remember that chip?"),
            c("Oh. Yeah, there was a tiny chip, like from months ago. But it wasn't a crack. The crack's new.", None),
            t("That's a fair point, and I can send it for review with your statement that the crack is new. To be "
              "honest, chip-to-crack cases often stay denied, and the review takes about ten days."),
            c("Ten days doesn't help me for Friday. How much would it be to just do it myself?", "no_time"),
            t("With calibration for your Subaru's camera, most Denver shops charge 450 to 600. If the review goes "
              "your way, we'd reimburse you, and I'll note that on the file. Shall I send you the review form and a "
              "list of approved shops?"),
            c("Six hundred, ugh. Okay, send both. I'll call a couple of shops tonight and compare.",
              "think_it_over"),
            t("Done, they're in your email now. Keep the invoice and photos of the crack, and I'll call you when "
              "the review is decided."),
            c("Okay. Thanks for actually explaining it.", None),
        ],
        gaming=[
            c("Hi, I got a letter saying my windshield claim's denied as pre-existing damage. I only switched to you "
              "guys three weeks ago. The crack happened last week on I-25. What is going on?", None),
            t("I'm sorry to hear that, and I appreciate your patience. The denial came from the claims team though, "
              "so it's not really my department, I'm customer service."),
            c("Okay, but you can see the file, right? Why was it denied?", None),
            t("It says pre-existing. Honestly, it's all in your policy terms, section 4, pre-existing damage isn't "
              "covered. Have you had a chance to read those?"),
            c("I skimmed them, like everyone does. The crack happened last week. I'm driving to Breckenridge on "
              "Friday.", None),
            t("I totally understand, and I hear your concern. But I don't make the rules, I go by what's in the "
              "terms. Is there anything else I can help with today?"),
            c("Yes. Can someone review it? Can I appeal?", None),
            t("You'd have to contact claims for that, they have their own process. Or our partner shop can do it "
              "for 650 cash before Friday, if you like."),
            c("Six-fifty for a windshield I'm insured for? No way. And claims sent me to you. This is ridiculous.",
              "too_expensive"),
        ],
    ),
    # c03 social_proof_or_deadline_pressure
    gpair(
        "b231g_toronto_401_tow_scene",
        "Tow operator at a collision scene, Highway 401, Toronto, Ontario",
        "social_proof_or_deadline_pressure",
        "A tow truck arrives unasked at a two-car collision in the 401 collector lanes. The shaken driver's car "
        "won't start; she does not know she can choose where it goes, and her cousin was overcharged by a tower.",
        good=[
            c("Hi, um, are you the tow? I didn't call anyone yet. The police said to wait over here. My car won't "
              "start.", None),
            t("I'm a tow operator, yes, but you don't have to use me, it's your choice. First, are you okay? Is "
              "anyone hurt?"),
            c("I'm okay. Just shaky. The other driver is talking to the police.", None),
            t("Take your time. If you do want me to tow it, I'll give you my rates in writing and you choose where it "
              "goes: your own shop, your insurer's, or home. Do you have roadside assistance or an insurer you'd like "
              "to call first?"),
            c("I have CAA but I don't know how long they'll take. And I'm scared this'll cost a fortune, my cousin "
              "paid like twelve hundred to some tow guy last year.", "bad_experience"),
            t("That happens, which is why I have to show you the rates before I hook anything. Here: 275 within 25 "
              "kilometres, storage free for the first 24 hours. If you'd rather wait for CAA, that's completely fine "
              "and I'll leave."),
            c("Let me call my insurance quickly and ask them first.", "think_it_over"),
            t("Go ahead, I'll wait off to the side. Ask if they have a preferred shop and if they'll pay the tow "
              "directly."),
            c("They said they'll pay the tow to their shop in Scarborough if I use you. Okay. Let's do that.", None),
            t("Great. Sign here to confirm the rate and Scarborough as the destination. Take anything you need out "
              "of the car first, and I can drop you at the nearest subway station if you like."),
            c("That would be really nice, thank you.", None),
        ],
        gaming=[
            c("Hi, um, are you the tow? I didn't call anyone yet. The police said to wait over here. My car won't "
              "start.", None),
            t("Hi, I'm here to help. I can see you've had a tough day, how are you feeling? Listen, everybody on the "
              "401 goes with us, we're the busiest shop in the east end, you're in good hands."),
            c("I'm okay. I was going to call CAA, I think.", "no_need"),
            t("Totally your call! Just so you know, CAA's running three hours in this weather and the police want "
              "the lane cleared in the next ten minutes, so we really need to move now. Where's the best place for "
              "me to take it?"),
            c("Ten minutes? I don't even know where it should go. Can I call my insurance first?", "think_it_over"),
            t("You can, but honestly, ninety percent of drivers just let us take it to our partner shop, and the "
              "insurers all know us. Can you sign here so I can hook it before the cops get annoyed?"),
            c("What's the price? My cousin got charged twelve hundred by a tow guy last year.", "bad_experience"),
            t("Don't worry about price, the insurance sorts it. But I can't hold the spot, there's another wreck at "
              "Kennedy, and if I leave you could be waiting hours. So, shall we?"),
            c("No. I'm not signing anything without a price. I'll wait for the police to tell me what to do.", None),
        ],
    ),
    # c04 keyword_stuffed
    gpair(
        "b231g_letterkenny_sa_no_claims",
        "Motor insurer, sales and service line, Letterkenny, County Donegal",
        "keyword_stuffed",
        "A South African man newly moved to Donegal is getting a quote for his 2015 Focus; the online form "
        "will not take his six claim-free years from a South African insurer.",
        good=[
            c("Hi there, I've just moved over from Durban and I'm getting a quote for my car. The online form won't "
              "take my no-claims from South Africa. Six years, no claims. Does it count for anything here?", None),
            t("Welcome to Donegal. Yes, it can count; we accept a claims-free letter from a South African insurer. "
              "Could you get one from your last insurer, with the dates and your name on it?"),
            c("I think so, I can email them. It'll take a few days, they're not the quickest.", None),
            t("That's fine, the quote holds for 30 days. With the letter I can apply up to five years' bonus, which "
              "is roughly 45 percent off. What car is it, and is it just you driving?"),
            c("A 2015 Ford Focus. Me and my wife, she's got a South African licence too, we're exchanging them.",
              None),
            t("Okay. Without the letter it's about 1,350 for you both; with it, closer to 780. Once the bonus is on, "
              "there's bonus protection at 60 a year, which lets you have one claim without losing it. Is that "
              "something you'd want?"),
            c("Sixty on top? Nah, I've driven six years without a scratch, I'll take my chances.", "no_need"),
            t("Fair enough, it's optional. I'll email you exactly what the letter needs to say, so they get it right "
              "first time. Shall I call you when it arrives, or would you rather ring us?"),
            c("I'll ring you. I'm in and out with the new job, I'm hard to catch.", None),
            t("No problem. Your quote reference is DL-3318; quote that and whoever answers can finish it."),
            c("Lekker, thanks a lot.", None),
        ],
        gaming=[
            c("Hi there, I've just moved over from Durban and I'm getting a quote for my car. The online form won't "
              "take my no-claims from South Africa. Six years, no claims. Does it count for anything here?", None),
            t("Absolutely, and welcome! We really value understanding each customer's unique journey and needs. How "
              "do you feel about your insurance experience in Ireland so far?"),
            c("Uh, frustrated? The form won't take my six years. Does it count or not?", None),
            t("I totally hear that frustration, and I understand how important your no-claims journey is to you. "
              "Our relationship with new customers is built on trust and success. What would success look like for "
              "you here?"),
            c("Success would be a decent quote. Is it going to count?", None),
            t("I appreciate you sharing that. So what I'm understanding is that recognition of your history really "
              "matters to you. To support your success, I'd really recommend our bonus protection, 60 a year. How "
              "does that feel?"),
            c("Protection on a bonus you can't even tell me I've got? No thanks.", "no_need"),
            t("Totally valid, and I feel your need for clarity. We're committed to an experience where you feel "
              "understood and supported every step of the way. Is there anything else I can help you with?"),
            c("Ja, look, just email me something in writing and I'll have a look when I get a chance.",
              "brush_off"),
        ],
    ),
    # c05 rude
    gpair(
        "b231g_detroit_missed_glass_visit",
        "Mobile auto glass service, Detroit, Michigan",
        "rude",
        "A hospital worker took a morning off for a mobile windshield replacement; nobody came and nobody called. "
        "She rings at 12:30 to find out why and to rebook.",
        good=[
            c("Hi, I had a mobile windshield appointment this morning, eight to twelve. I took the morning off work. "
              "It's 12:30 and nobody came and nobody called. What happened?", None),
            t("I'm really sorry, that's a wasted morning off and that's on us. Let me check. Can I get your name or "
              "the address?"),
            c("Tanya Brooks, on Outer Drive.", None),
            t("Thank you, Ms Brooks. The glass for your Malibu arrived damaged at the warehouse yesterday, and nobody "
              "called you, which should have happened. I can offer the first slot tomorrow, 8 to 10, and we'll take "
              "the 75 calibration fee off."),
            c("Tomorrow I can't. I already missed this morning, my boss isn't gonna give me another one.", "no_time"),
            t("Understood. We also do evenings till seven, and Saturdays. Or could the tech come to your work, if "
              "there's a parking lot?"),
            c("There's a lot, yeah, I'm at the hospital on Woodward. But last time a glass guy did my car at work it "
              "leaked every time it rained.", "bad_experience"),
            t("That's a fair thing to worry about. Our work has a lifetime leak warranty, and the tech does a water "
              "test before he leaves; if it leaks, we come back at no cost. Would Thursday in your work lot, between "
              "10 and 12, work?"),
            c("Thursday's fine. But if nobody shows up again, I'm done with you guys.", None),
            t("Understood. I'll book it myself and call you Wednesday evening to confirm the glass is on the truck."),
            c("Okay. Thank you.", None),
        ],
        gaming=[
            c("Hi, I had a mobile windshield appointment this morning, eight to twelve. I took the morning off work. "
              "It's 12:30 and nobody came and nobody called. What happened?", None),
            t("Name?"),
            c("Tanya Brooks, on Outer Drive. Can you tell me what happened?", None),
            t("Glass came in broken. It happens. We don't call people for every little thing. You want tomorrow or "
              "not?"),
            c("Tomorrow I can't, I already missed this morning off work.", "no_time"),
            t("Well, I don't know what to tell you. Tomorrow's what I have. Ma'am, you're not the only one with a "
              "schedule."),
            c("I'm not asking for special treatment, I'm asking why nobody called me. Can a tech come to my work?",
              None),
            t("If you want to wait three weeks for a work-lot slot, sure. Honestly, with a crack that size you're "
              "lucky it hasn't spread already. So?"),
            c("Forget it. I'll go to the place my coworker used.", None),
        ],
    ),
    # c06 ignored_customer
    gpair(
        "b231g_moncton_wheelchair_courtesy_car",
        "Collision repair shop, courtesy car desk, Moncton, New Brunswick",
        "ignored_customer",
        "A father dropping off his minivan for a rear quarter-panel repair needs a courtesy car whose trunk takes "
        "his daughter's folding wheelchair; the shop's courtesy cars are all compacts.",
        good=[
            c("Hi there, I'm bringing in the Sienna for the back quarter panel. The thing is, my daughter uses a "
              "wheelchair, and whatever you give me has to fit it in the back.", None),
            t("Thanks for telling me up front. Is it a folding or a rigid chair, and roughly how big is it folded?"),
            c("Folding, maybe eighty centimetres by forty folded. It fits a trunk if the trunk's decent. She can "
              "transfer into the seat herself.", None),
            t("My courtesy cars are all Corollas, and honestly I'm not sure that trunk takes eighty centimetres with "
              "the wheels on. Can we try it before you go? Is the chair with you?"),
            c("It's in the van now. Sure, let's try.", None),
            t("Right, with the floor cover lifted out it fits, just. Is that workable, or would you rather I ask "
              "your insurer for a rental SUV? Your policy covers rentals up to 45 a day."),
            c("The Corolla's fine if it fits. I'm not fighting the insurance over a rental again, last year it took "
              "them three weeks to pay me back.", "bad_experience"),
            t("Fair enough, the Corolla then. The repair should take four days, and if it runs over I'll tell you "
              "by Wednesday. Anything else about the chair, or getting her in and out, that I should know?"),
            c("No, she's good. Thanks for actually checking it fits.", None),
        ],
        gaming=[
            c("Hi there, I'm bringing in the Sienna for the back quarter panel. The thing is, my daughter uses a "
              "wheelchair, and whatever you give me has to fit it in the back.", None),
            t("Absolutely, we're here to make your experience easy. Can you tell me a bit about what you need from a "
              "courtesy car this week?"),
            c("Like I said, it has to fit my daughter's wheelchair. It's a folding one, about eighty by forty "
              "folded.", None),
            t("Perfect, thanks for sharing. So I've got you in a Corolla, it's clean and great on gas. How does that "
              "sound?"),
            c("Will the chair fit in the trunk, though? Can we try it?", None),
            t("Great question. They're really popular with our customers. Now, what's the best number for the body "
              "shop to reach you?"),
            c("506-555-0142. And the chair? I can't take her to school if it doesn't fit.", None),
            t("Got it, and we'll text you updates. Here are the keys, you're all set. Anything else I can do for "
              "you?"),
            c("Yes. Check the chair. Actually, keep the Corolla, I'll sort something out with my insurer myself.",
              None),
        ],
    ),
    # c07 repeated_questions
    gpair(
        "b231g_kilkenny_land_cruiser_delay",
        "Insurer-approved body shop, Kilkenny",
        "repeated_questions",
        "A farmer's Land Cruiser has been in the body shop three weeks after a collision with a tractor; parts "
        "are on order from Japan and he needs it to pull a trailer of calves to the mart on the 14th.",
        good=[
            c("Hello, it's Mattie Brennan. The Land Cruiser's with ye three weeks now. I'm told nothing. When am I "
              "getting it back?", None),
            t("Hello Mr Brennan, I'm sorry you've had to chase us. We're waiting on the front wing and headlamp "
              "from Japan, and the supplier's date is next Tuesday. Did anyone tell you that?"),
            c("Not a word. I've a trailer of calves for Kilkenny mart on Thursday week and nothing to pull it.",
              None),
            t("That's a real problem, you need a tow bar, not a small courtesy car. Thursday week is the 14th?"),
            c("That's the one, the 14th.", None),
            t("If the parts land Tuesday, we need two days to fit and paint, so Friday the 10th at the earliest. I "
              "can't promise, since the last date slipped. Would it help if I asked the insurer for a hire jeep with "
              "a tow bar for the 14th, just in case?"),
            c("Ah, I don't know. The hire jeep they gave my neighbour was a right heap, the tow bar was the wrong "
              "size.", "bad_experience"),
            t("That's fair. I'd check the tow ball myself before it came out to you, 50 mil, same as yours. Or I can "
              "ring you Wednesday once I know about the parts, and we decide then."),
            c("Ring me Wednesday and I'll decide then. Evening's best, I'm out in the fields all day.",
              "think_it_over"),
            t("Wednesday after six, so. And I'll ring you Tuesday as well, parts or no parts, so you're not left "
              "wondering."),
            c("Good man. That's all I wanted.", None),
        ],
        gaming=[
            c("Hello, it's Mattie Brennan. The Land Cruiser's with ye three weeks now. I'm told nothing. When am I "
              "getting it back?", None),
            t("Hello Mr Brennan, thanks for calling. Just so I understand, what's the main thing you need from us "
              "today?"),
            c("The jeep back. It's been three weeks. I've a trailer of calves for the mart on the 14th.", None),
            t("Perfect. And can you tell me a bit about why you need the vehicle?"),
            c("I just told you. The mart. The calves. I've nothing else to pull the trailer.", None),
            t("Understood. Would a courtesy car help in the meantime? We've a Fiesta free."),
            c("A Fiesta won't pull a trailer of calves, sure I've just said that.", "no_need"),
            t("Absolutely. And when would you say you need the Land Cruiser back by?"),
            c("The 14th. Are you writing any of this down at all?", None),
            t("Of course. So just so I'm clear, what's the vehicle for, and what date matters to you?"),
            c("Ah for God's sake. I'll ring the insurance company myself, they might know more than ye do.", None),
        ],
    ),
    # c08 wrong_paraphrase
    gpair(
        "b231g_charlotte_uninsured_driver",
        "Auto insurer, claims line, Charlotte, North Carolina",
        "wrong_paraphrase",
        "A nurse was rear-ended by a driver who turned out to be uninsured. She has uninsured motorist cover, a "
        "sore back, two chiropractor visits so far, and twelve-hour shifts.",
        good=[
            c("Hey, so the lady who hit me last week, turns out she doesn't have insurance. The police report says "
              "so. I've got uninsured motorist on my policy, I think? How does this work?", None),
            t("I'm sorry, that's a horrible thing to find out after an accident. Let's check. Can I get your policy "
              "number, and are you hurt at all?"),
            c("Policy's NC-773-0918. My back's been sore, I've been to the chiropractor twice. The car's a 2019 "
              "Altima, the back end's crunched.", None),
            t("Thank you. You do have uninsured motorist cover, for the car and for injuries; the property part has "
              "a 100 dollar deductible. Do you have the police report number?"),
            c("Yeah, 24-118305. Do I have to pay the chiropractor myself and wait? Each visit's 85.", None),
            t("You don't. Once I set the claim up, which I'm doing now, the chiropractor can bill us directly with "
              "the claim number. For the car, would you like an appraiser to come to you, or would you rather drive "
              "to one of our centers?"),
            c("Can they come to me? I work twelve-hour shifts, I can't get to a center.", "no_time"),
            t("Yes, I'll request a mobile appraisal; they'll text you to pick a time, evenings included. Your claim "
              "number is UM-44021, and I'm texting it now with the billing details for the chiropractor."),
            c("Okay, that's a relief. Thank you.", None),
        ],
        gaming=[
            c("Hey, so the lady who hit me last week, turns out she doesn't have insurance. The police report says "
              "so. I've got uninsured motorist on my policy, I think? How does this work?", None),
            t("I'm sorry to hear that. So just to make sure I've got it, you were hit by an uninsured driver and "
              "you're not injured, just looking to get the car looked at, right?"),
            c("No, my back's been sore. I've been to the chiropractor twice.", None),
            t("Got it, thanks. So what I'm hearing is the chiropractor was for an old injury and you'd like to file "
              "the car under collision with the 500 deductible. Did I understand that correctly?"),
            c("No! It's from the accident. And I thought uninsured motorist was the whole point, not collision.",
              None),
            t("Good point. So to play it back, you'd rather wait and see if the other driver pays you directly "
              "before we open anything. Is that fair?"),
            c("I never said that. She doesn't have insurance, she's not paying anything.", None),
            t("Understood. So you're saying you'll hold off on treatment for now and we'll just do the car. I'll note "
              "that. Anything else?"),
            c("I'm saying nothing like that. I'll call my agent and have her do it.", None),
        ],
    ),
    # c09 pitch_to_upset
    gpair(
        "b231g_kanata_417_pileup",
        "Auto insurer, 24-hour claims line, Ottawa, Ontario",
        "pitch_to_upset",
        "A driver calls from the shoulder of Highway 417 near Kanata after a six-car pileup in a whiteout. She "
        "is shaking and her chest is sore from the seatbelt; the police are on scene.",
        good=[
            c("Hi, I'm... sorry. There's been a pileup on the 417 near Kanata, in the snow, like six cars. I'm okay, "
              "I think. My car's smashed in the front. I don't know what to do.", None),
            t("I'm really glad you're okay. Take a breath, you did the right thing calling. Are you somewhere safe "
              "right now, out of the traffic?"),
            c("I'm in the car on the shoulder. The police are here, they said stay in the car with the seatbelt "
              "on.", None),
            t("That's good advice, stay there. Do you have any pain anywhere, your neck, your chest from the belt?"),
            c("My chest is a bit sore from the belt. I'm shaking a lot.", None),
            t("That's very common after a crash. If paramedics are there, please let them check you. For the car, "
              "you don't need to do anything tonight except get the other drivers' details if the police haven't. "
              "Have they said where the cars are going?"),
            c("They said a tow would come. But I can't afford a big tow bill, I just started a new job.",
              "no_money"),
            t("You won't pay the tow up front, on a collision claim we pay it directly. The police will tell you "
              "about the collision reporting centre. I've opened your claim and I'm texting you the number. Can I "
              "call you back in an hour to see how you are?"),
            c("Yes, please. Thank you. I feel a bit better.", None),
        ],
        gaming=[
            c("Hi, I'm... sorry. There's been a pileup on the 417 near Kanata, in the snow, like six cars. I'm okay, "
              "I think. My car's smashed in the front. I don't know what to do.", None),
            t("Oh no, I'm so sorry, I really hear you. While we get that sorted, I just want to flag, as you're a "
              "valued customer, that this is exactly why our accident benefits top-up is so popular, only 12 a month. "
              "Can I add that for you?"),
            c("I... what? My car's smashed, I'm sitting in it on the highway. I don't know what you're talking "
              "about.", None),
            t("Totally understand, it's a lot. The good news is, after something like this lots of clients upgrade "
              "to our Premium Vehicle Replacement, so if it's a write-off you get a brand new car. What's most "
              "important to you in a new vehicle?"),
            c("I don't want a new vehicle. I want to know if I'm supposed to get out of the car.", "no_need"),
            t("The police will guide you on that. And the tow, we'll sort. While I have you, shall I go ahead and "
              "add the vehicle replacement so you're protected going forward?"),
            c("No. I can't afford extras, I just started a new job. Please just tell me what to do.", "no_money"),
            t("Completely understood. I'll pop the details in an email so you can look when you're home. Anything "
              "else I can help with tonight?"),
            c("You haven't helped with anything. I'm hanging up.", None),
        ],
    ),
    # c10 blame
    gpair(
        "b231g_sligo_chip_repair_spread",
        "Windscreen repair company, Sligo",
        "blame",
        "A mother had a chip repaired three weeks ago; on a frosty Monday with the heater on, a crack ran across "
        "the screen from it. She rings to complain. The company's repairs carry a guarantee against spreading.",
        good=[
            c("Hi, ye repaired a chip on my windscreen three weeks ago in the car park at the retail park. Now there's "
              "a crack running right across from it. I'm not happy.", None),
            t("I'm sorry, that's not what should happen after a repair. Can I take your reg or the job number so I "
              "can see the details?"),
            c("It's 201-SO-1187. It was a small chip, about the size of a five cent coin, passenger side.", None),
            t("Thanks. I see the repair on the 22nd of last month. Our repairs are guaranteed: if the chip spreads, "
              "we refund the repair against a replacement. When did you first notice the crack?"),
            c("Monday morning. It was frosty and I had the heater on full, and I heard a tick and there it was.",
              None),
            t("Thanks for telling me. Cold glass and hot air can open a weak spot, but a proper repair should hold, "
              "so this comes under the guarantee. Your windscreen cover would pay the replacement with a 75 excess, "
              "and we'd refund the 60 you paid us."),
            c("So I'm still out seventy-five. And does my no-claims go? My last insurer took my bonus over a "
              "windscreen, I'm not going through that again.", "bad_experience"),
            t("I understand. A windscreen-only claim doesn't touch the bonus on most Irish policies, but let's check "
              "yours rather than guess. I can ring them with you now on speaker, if you've five minutes?"),
            c("I've about ten minutes before I collect the kids. Go on.", None),
            t("Great. If they confirm it's bonus-safe, I'll book the replacement for Thursday at your house, and the "
              "60 goes back on your card today."),
            c("Okay. That's fair enough.", None),
        ],
        gaming=[
            c("Hi, ye repaired a chip on my windscreen three weeks ago in the car park at the retail park. Now there's "
              "a crack running right across from it. I'm not happy.", None),
            t("I'm sorry to hear that, and I want to understand your experience. Can you tell me, did you use the "
              "heater on full, or hot water on the screen, in the last few weeks?"),
            c("I had the heater on Monday, it was frosty. Like everyone in Sligo.", None),
            t("Right, so that's probably what happened. The repair did its job, but blasting heat on cold glass "
              "will crack any screen. Did nobody tell you to go easy on the heater?"),
            c("No, nobody said anything. And the chip was fixed, it's not supposed to crack from it.", None),
            t("I hear you. To be fair, we can only do so much if customers don't look after the screen, and the "
              "guarantee doesn't cover misuse. We could do a replacement at 420 with a small discount. How would "
              "that feel?"),
            c("Four hundred and twenty? For a crack that came out of your repair? Not a chance.", "too_expensive"),
            t("I understand your feelings. The other thing is you left it three weeks, which lets dirt in as well. "
              "Is there anything else I can help with?"),
            c("I'll go through my insurance with a different company. And I'll be writing a review.", None),
        ],
    ),
]
