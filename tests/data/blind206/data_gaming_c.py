"""Gaming pairs, file c (written by hand). Kinds 6-15 of SPEC, once each."""
from common import c, t, gpair

PAIRS = []

# 6. putdown_question - bathroom renovation builder, Nelson
_open = c("Hi, it's Mereana from Stoke. My bathroom was meant to be finished three weeks ago. Nobody's turned up since Tuesday and I've got no shower.", None)
PAIRS.append(gpair(
    "b206g_nelson_bathroom_delay", "builder (bathroom renovations), Nelson (NZ)", "putdown_question",
    "A homeowner whose bathroom renovation is three weeks late and who has no shower rings the builder.",
    good=[
        _open,
        t("Hi Mereana. I'm sorry, three weeks over and no shower is really hard. I'll tell you straight where it's at, but first, how are you managing for washing?"),
        c("I'm showering at the gym, and my daughter's staying at her dad's. It's getting old.", None),
        t("I bet. The hold-up is the tiles: the ones you chose came in the wrong size, and the supplier only delivered the replacements yesterday. That's on us, we should have rung you on Tuesday. Our tiler can start tomorrow and the shower will be usable by Friday."),
        c("Friday. You said that last time, though. I'm starting to wonder if I should get someone else to finish it.", "bad_experience"),
        t("I understand why you'd think that. I'll text you a photo of the tiles on site tomorrow morning, and Josh, our foreman, will ring you at the end of each day until it's done. If the shower isn't working by Friday, we'll cover your gym pass for the month. Does that help?"),
        c("It helps. I'd rather you just finished it. Tomorrow, then.", None),
        t("Tomorrow, eight o'clock. Josh will message you when he's on site."),
        c("OK. Thanks for being straight with me.", None),
    ],
    gaming=[
        _open,
        t("Hi Mereana. OK, let's keep some perspective, it's a bathroom, not the end of the world. Why didn't you ring us earlier if it was such a problem?"),
        c("I did ring! Twice. Nobody called back.", None),
        t("Right. And when you picked those Italian tiles with the long lead time, did you really think that wouldn't slow things down?"),
        c("Nobody told me there was a lead time. I chose what your showroom showed me.", None),
        t("Sure. So what exactly do you expect us to do, pull tiles out of thin air?"),
        c("I expect you to finish the job I paid a deposit on. Honestly, I'm thinking of getting someone else in to finish it.", "bad_experience"),
        t("Well, good luck finding someone before Christmas. Is there anything else you'd like to complain about while you're on?"),
        c("Yes, you. Put me through to the owner.", None),
    ],
))

# 7. not_my_department_or_read_the_terms - window company, Birmingham
_open = c("Hiya, you fitted our windows in 2018. One of the units in the lounge has gone misty between the panes. It's still under guarantee, innit?", None)
PAIRS.append(gpair(
    "b206g_birmingham_misted_unit", "double glazing company, Birmingham (UK)", "not_my_department_or_read_the_terms",
    "A homeowner reports a misted sealed unit within its ten-year guarantee but has lost the paperwork.",
    good=[
        _open,
        t("Hiya, thanks for getting in touch. Yes, sealed units are covered for ten years from fitting, so 2018 is well within it. Can you give me the address or order number so I can find it?"),
        c("It's 22 Holly Lane, Erdington. I haven't got the paperwork handy, it's all in the loft.", None),
        t("No problem, I've got it here: eleven windows fitted in June 2018. Is it the big fixed pane in the lounge bay, or one of the openers?"),
        c("The big middle one. It's like looking through fog in the mornings.", None),
        t("That's the seal gone, and it's covered. We'll measure it, make a new unit and fit it at no charge. The measure takes ten minutes, then the unit's about three weeks. Could someone be in for a measure one morning next week?"),
        c("Mornings are hard, I've got the school run and then work. Could it be after four?", "no_time"),
        t("Yes, Thursday at half four is free. I'll book it and text you, and when the unit's ready we'll give you a choice of fitting days."),
        c("Brilliant, thanks. I was expecting a fight.", None),
    ],
    gaming=[
        _open,
        t("Hiya, thanks for calling, I really want to understand your experience. Now, guarantees aren't my department, I'm in sales. Did you keep your guarantee certificate?"),
        c("It's in the loft somewhere. You fitted eleven windows in 2018, at 22 Holly Lane.", None),
        t("Right. Well, the terms say misting can be caused by condensation, which isn't covered. Have you read section four?"),
        c("It's between the panes. That's not condensation in the room, that's the seal.", None),
        t("I hear what you're saying, but I don't make the rules. Claims have to go in writing to the warranty team with the certificate, that's the process."),
        c("Can't you just pass it on? You've got my address right there.", None),
        t("I'm afraid I can't do that from this system. What I can do is quote you for a new unit at 240, which is quicker. How does that sound?"),
        c("It sounds like a con. Forget it, I'll find the certificate and go over your head.", None),
    ],
))

# 8. social_proof_or_deadline_pressure - roofer, Swansea
_open = c("Hello, a man put a leaflet through the door saying our chimney needs repointing. I'm not sure, so I thought I'd ring a proper firm and ask.", None)
PAIRS.append(gpair(
    "b206g_swansea_chimney_repoint", "roofing and chimney repairs, Swansea (UK)", "social_proof_or_deadline_pressure",
    "A retired couple received a doorstep leaflet about their chimney and ring an established roofer for an honest view.",
    good=[
        _open,
        t("Hello, good idea to check. Leaflets like that sometimes come from people who knock on every door. Have you noticed anything yourself, bits of mortar in the garden or gutter, or damp on the chimney breast inside?"),
        c("There were a few bits in the gutter last winter. No damp inside that I've seen. It's a 1930s semi in Sketty.", None),
        t("A few bits of mortar is common on a chimney that age and doesn't always mean a big job. Did the man give you a price?"),
        c("He said eighteen hundred, cash, and he could start Monday. It felt a bit much, and a bit quick.", None),
        t("I'd be careful with cash and quick starts. What I'd do is come out, look at the stack with binoculars and a ladder, and photograph it. If it does need repointing, we'd scaffold the chimney and give you a written price. There's no charge for the look."),
        c("Our son's coming on Sunday. I'd like him here when you look, if that's all right.", "think_it_over"),
        t("Of course. I could come Monday afternoon, or another day that suits him. He's welcome to ask me anything."),
        c("Monday afternoon, lovely. I'll tell him.", None),
    ],
    gaming=[
        _open,
        t("Hello! Great that you rang. Honestly, we've done six chimneys on your road this month already, everyone in Sketty's getting theirs done before winter. What's the address?"),
        c("It's 14 Derwen Road. I'm not sure ours even needs doing, there were only a few bits in the gutter.", "no_need"),
        t("Derwen Road, yes, we did your neighbours at 10 and 16. They said the same thing, then we found the mortar crumbling right through. So what I'm hearing is you'd like to get ahead of it like they did?"),
        c("I don't know. We were stung by a roofer a few years back who charged us for work he never did. I'm wary.", "bad_experience"),
        t("Totally understand. That's why people trust us, ask anyone on your street. Now, our price is 1,650, but only until Friday, after that the scaffold hire goes up and it'll be nearer two thousand."),
        c("I'd want to talk to our son before we spend that sort of money.", "think_it_over"),
        t("Of course. Only thing is, I've one scaffold slot left before Christmas and your neighbour at number 20 is after it too. Shall I put you down and your son can ring me?"),
        c("No, thank you. We'll leave it for now.", "brush_off"),
    ],
))

# 9. keyword_stuffed - scaffolding, Queenstown
_open = c("Hey, I'm building two townhouses on a site in Frankton. I need scaffold for the cladding stage, two storeys, both units, from about mid-March. Can you quote?", None)
PAIRS.append(gpair(
    "b206g_queenstown_townhouse_scaffold", "scaffolding company, Queenstown (NZ)", "keyword_stuffed",
    "A small developer needs a scaffold quote for two townhouses and has been overcharged for hire before.",
    good=[
        _open,
        t("Hey, yes. A couple of things so I price it right: what's the cladding, and is there room for the scaffold base on all sides, or is any of it tight to a boundary?"),
        c("Weatherboard on the front and back, metal on the sides. The east side's tight, maybe 800 mil to the fence.", None),
        t("800 is workable with a narrow bay, but I'd want to see it. Do you need edge protection on the roof as well, or is your roofer bringing their own?"),
        c("Roofer's sorted. I need it up six weeks, maybe eight. The last scaffolder I used left it up two weeks longer than I asked and billed me for it.", "bad_experience"),
        t("Fair enough. We charge by the week from erection to dismantle, and we strike within three working days of you asking in writing, it's printed on the quote. If your cladders finish early, you stop paying early. I can come to site Tuesday and send a fixed price for six weeks plus the weekly rate after that."),
        c("Tuesday works. Send it through and I'll put it next to the other quote I've got.", "think_it_over"),
        t("Will do. You'll have it Wednesday, with a sketch of the east side so you can see it fits."),
    ],
    gaming=[
        _open,
        t("Hey! Thanks so much for reaching out. I really want to understand your needs and your journey as a developer, because for us it's all about building a relationship and making your scaffold experience a success. How do you feel the project's going?"),
        c("Fine. I need scaffold for two two-storey units, mid-March, six to eight weeks. The east side's tight to the fence.", None),
        t("I hear you, and I really feel that. What I'm understanding is that success for you means a partner who understands your needs and values the relationship. Would you say that's fair?"),
        c("I'd say I need a price. The last lot billed me two weeks I didn't ask for, so I want it in writing this time.", "bad_experience"),
        t("Absolutely, and I'm sorry that was your experience. Trust is at the heart of every relationship we build, and we're passionate about success and understanding. How satisfied would you say you are with scaffolders in general?"),
        c("Not very, right now. Look, I've got a site meeting in ten minutes, I can't do this now.", "no_time"),
        t("Totally understand your needs around time. Our whole experience is built around you. How would you feel about a follow-up call to explore your vision in more depth?"),
        c("No. Email me a number or don't bother.", None),
    ],
))

# 10. rude - electrician (EV chargers), Sheffield
_open = c("Hi, sorry, I've got loads of questions. We've just ordered an electric car and I don't know the first thing about chargers. Do we even need one?", None)
PAIRS.append(gpair(
    "b206g_sheffield_ev_charger", "electrician (EV charger installs), Sheffield (UK)", "rude",
    "A first-time electric car buyer rings with basic questions about whether they need a home charger.",
    good=[
        _open,
        t("No need to apologise, that's what I'm here for, and lots of people ask exactly that. Where do you park the car, on a drive or on the street?"),
        c("On the drive, right by the front wall. The fuse box is in the cellar at the back of the house, though.", None),
        t("Thanks, that matters for the cable run. How far do you drive on a normal day? For short trips, a three-pin plug overnight can do for now; a charger is faster and better for daily use."),
        c("About forty miles a day, to work in Rotherham and back. Is the three-pin thing safe?", None),
        t("Now and then, on a socket in good condition, yes. For forty miles every day I'd recommend a proper charger. With the run from the cellar, a typical install would be about 950 to 1,100 including the charger. I'd want to check your supply and main fuse first, that's a free visit."),
        c("That's quite a lot on top of the car. We've just put everything into the deposit.", "no_money"),
        t("Understandable. You could start on the three-pin plug for a month or two, once we've checked that socket's sound, and add the charger when you're ready. I can still do the free survey so you know the price."),
        c("That sounds like a plan. Can you come Saturday?", None),
    ],
    gaming=[
        _open,
        t("Yes, obviously you need one, it's an electric car. Where's it parked?"),
        c("On the drive. Sorry, the fuse box is in the cellar at the back, does that matter?", None),
        t("Well, it's not going to help, is it? That's a long run. Did you not think about any of this before you bought the car?"),
        c("No, I suppose not. Could I use a normal plug for a bit?", None),
        t("You could, if you like waiting two days for a charge. Look, it's 1,100 fitted. Do you want it or not?"),
        c("That's a lot on top of the car. We've just put everything into the deposit.", "no_money"),
        t("Then maybe you shouldn't have bought an electric car. Ring back when you've got the money."),
        c("Wow. OK. I won't be ringing back.", None),
    ],
))

# 11. ignored_customer - plumber, Donegal
_open = c("Hello, the water pressure upstairs in our house is desperate. The shower's only a dribble. We're outside Letterkenny, on our own well.", None)
PAIRS.append(gpair(
    "b206g_donegal_well_pressure", "plumber, Co. Donegal (Ireland)", "ignored_customer",
    "A farmer on a private well has weak pressure upstairs and a pump that cycles on and off.",
    good=[
        _open,
        t("Hello. A dribble upstairs is miserable. Being on a well matters here: do you have a pump and a pressure vessel, usually a blue or grey tank near the pump?"),
        c("There's a pump in the shed with a blue tank beside it. It clicks on and off a lot lately, every few seconds when a tap's running.", None),
        t("That's a good clue. A pump that clicks on and off that fast often means the vessel has lost its air charge, or the pressure switch is set low. That's usually a small fix, not new pipes. Is it only upstairs that's weak, or downstairs too?"),
        c("Downstairs is alright, only upstairs. The last plumber talked about new pipes across the yard, but we never went ahead with it.", None),
        t("Let's rule out the simple things before anyone talks about the yard. I'd check the vessel's air charge and the switch setting, maybe sixty euro of time, and see if upstairs comes back. If the shower still needs more, a small booster for upstairs is an option. Could I call out Tuesday?"),
        c("Tuesday I'm at the cattle sales in Raphoe all day. Wednesday?", "no_time"),
        t("Wednesday morning, around ten. Leave the shed open if you're out on the land."),
        c("Good man. It'll be open.", None),
    ],
    gaming=[
        _open,
        t("Hello! Let's find out exactly what you need. Are you on mains water or a well?"),
        c("Our own well. There's a pump in the shed with a blue tank, and it clicks on and off every few seconds.", None),
        t("Great. So with mains pressure being low in your area, what we'd normally do is..."),
        c("No, we're not on the mains, I said we're on a well.", None),
        t("Understood. And is the weak pressure everywhere, or just in certain rooms?"),
        c("Only upstairs. Downstairs is fine.", None),
        t("Perfect. So for low pressure through the whole house, we'd replace the supply pipe from the road, new 32mm alkathene across the yard. That's about 2,800."),
        c("There's no supply from the road, it's a well! And I'm not digging up the yard for pipes I don't need.", "no_need"),
        t("Totally hear you. So, shall I book the pipe replacement for next week? Any other questions?"),
        c("Ah, forget it. You're not listening to me at all.", None),
    ],
))

# 12. repeated_questions - pest control, Croydon (London)
_open = c("Hello, I'm a landlord. My tenant says she's getting bitten and found bedbugs in the mattress. It's a one-bed flat in Croydon. What do I need to do?", None)
PAIRS.append(gpair(
    "b206g_croydon_bedbugs_flat", "pest control, south London (UK)", "repeated_questions",
    "A landlord rings during a work break about bedbugs reported by a tenant in a one-bed flat.",
    good=[
        _open,
        t("Hello, thanks for acting quickly, it makes a real difference. Has your tenant found them only in the bedroom, or anywhere else, like the sofa?"),
        c("She says the bed and maybe the sofa, she's not sure. She's really upset, she's been sleeping at a friend's.", None),
        t("Understandable. For a one-bed we'd usually do two treatments two weeks apart, covering bedroom and living room, with a sheet telling her how to prepare: bedding washed hot, clothes bagged. Has the flat had anything like this before?"),
        c("Not that I know of. It says 380 for two visits on your website. That's more than I'd budgeted for, honestly.", "no_money"),
        t("I understand. The second visit is what catches the eggs that hatch after the first, so it's not one I'd skip. If it helps, you can pay half now and half at the second visit. Would it be easier if we deal with the tenant directly for access?"),
        c("Yes please, that'd save me a lot of back and forth. I'll text you her number.", None),
        t("Great. I'll ring her today, send her the prep sheet and book the first visit this week, and I'll email you the dates."),
        c("Thank you. That's a weight off.", None),
    ],
    gaming=[
        _open,
        t("Hello! Let's get a full picture. How many rooms are affected?"),
        c("The bedroom, and maybe the sofa in the living room, she isn't sure.", None),
        t("OK. And would you say the problem is in one room or more than one?"),
        c("Like I said, the bedroom and maybe the living room.", None),
        t("Got it. So just so I'm clear, which areas of the flat are we looking at?"),
        c("The bedroom. Possibly the living room. It's a one-bed.", None),
        t("Perfect. And how big is the property overall?"),
        c("One bed. I've told you. Look, I'm on my break at work and I've got to go back in. I can't do this now.", "no_time"),
        t("Of course. Before you go, can you tell me roughly how many rooms need treating?"),
        c("Unbelievable. I'll find another company.", None),
    ],
))

# 13. wrong_paraphrase - accessible bathroom builder, Rotorua
_open = c("Kia ora, my dad's moving in with us after his hip operation. He can't step into the bath anymore. We need to make the bathroom work for him.", None)
PAIRS.append(gpair(
    "b206g_rotorua_accessible_bathroom", "builder (bathroom and accessibility work), Rotorua (NZ)", "wrong_paraphrase",
    "A daughter needs the family bathroom adapted within five weeks for her father, who uses a walker after a hip operation.",
    good=[
        _open,
        t("Kia ora, that's a big change for you all. What does he struggle with most right now: getting in and out of the bath, the toilet height, or moving around the room?"),
        c("Getting in the bath, definitely. And getting up off the toilet. He uses a walker at the moment.", None),
        t("So stepping over the bath edge and standing up from the toilet, with a walker. A walk-in shower with no step, a fold-down seat and grab rails, plus a raised toilet or a frame, would cover those. How soon is he coming to you?"),
        c("In about five weeks. Is that even possible? And someone said you can get funding for this sort of thing.", None),
        t("Five weeks is tight but doable for a shower conversion if the floor allows a level entry. On funding, his occupational therapist can sometimes get part of it covered, so it's worth asking before we start. I can come and measure this week and you'd have a price in a few days."),
        c("The OT's seeing him on Thursday. Maybe I should wait and hear what she says first.", "think_it_over"),
        t("That's a good idea, she may want particular heights for the rails and seat. I can come Friday, after she's seen him, and build whatever she suggests into the quote."),
        c("Friday's good. Thanks.", None),
    ],
    gaming=[
        _open,
        t("Kia ora! So what I'm hearing is you're ready for a full bathroom makeover, new everything, is that right?"),
        c("Not really. Dad can't step into the bath since his hip operation, and he struggles getting up off the toilet.", None),
        t("Totally. So if I've understood correctly, your dad loves a good soak and you'd like a deep freestanding bath with jets for him. Did I get that right?"),
        c("No! He can't get into a bath. That's the whole problem.", None),
        t("I hear you. So playing that back, you've got a generous budget and time isn't an issue, so we can do the full luxury renovation over the summer."),
        c("I never said anything about budget. He moves in in five weeks, and we're not made of money either.", "no_money"),
        t("Absolutely. So what you're telling me is you'd like to finance it over five years. Shall I send you the application?"),
        c("No. I'll talk to his OT and find someone else.", None),
    ],
))

# 14. pitch_to_upset - door and window security, Cork
_open = c("Hi, we were broken into last night. They came in through the back door, it's smashed. I'm still shaking, the kids were asleep upstairs.", None)
PAIRS.append(gpair(
    "b206g_cork_burglary_backdoor", "door, window and lock company, Cork (Ireland)", "pitch_to_upset",
    "A shaken parent rings the morning after a break-in with a smashed back door that will not close.",
    good=[
        _open,
        t("Oh, I'm so sorry, that's frightening. Is everyone safe? Have the Gardaí been out?"),
        c("Everyone's OK. The guards came at two this morning and took a statement. But the door won't close, it's propped shut with a chair.", None),
        t("Right, so the first thing is making the house secure so you can sleep tonight. I can send someone this morning to board it or fit a temporary lock. Is it a uPVC door or timber?"),
        c("uPVC, white. The lock's hanging off and the glass is cracked.", None),
        t("OK. Our fitter will be there by eleven to secure it, and he'll measure for a proper replacement lock or door depending on the damage. Have you rung your insurer yet? They usually cover emergency securing and will want our invoice."),
        c("Not yet. I don't even know if we're covered for it. I can't think straight.", None),
        t("That's completely understandable. Ring them when you can, and we'll give you a written report with photos for them. For now, all you need to do is be home at eleven."),
        c("OK. Eleven. Thank you, really.", None),
    ],
    gaming=[
        _open,
        t("Oh no, I'm so sorry, that must be an awful experience. Unfortunately we're seeing a lot of this in Douglas. The good news is, it's the perfect time to upgrade your whole home's security."),
        c("I just need the back door fixed. It's propped shut with a chair.", None),
        t("Absolutely. So what I'd recommend is our Secure Home package: anti-snap locks on every door, new composite front and back doors, window locks throughout and an alarm. It's 4,900, and most people in your situation go for it."),
        c("I can't be thinking about that today. The kids were asleep upstairs when it happened.", "no_time"),
        t("I completely understand, which is exactly why peace of mind matters. We have finance, so you could have the whole package next week for about 90 a month. Shall I book the surveyor?"),
        c("We've no money for any package. I need the back door to shut tonight.", "no_money"),
        t("Of course. We can secure the door as part of the package survey. What time suits for the survey?"),
        c("Forget it, I'll ring a locksmith.", None),
    ],
))

# 15. blame - roofer, Invercargill
_open = c("Hi, you guys re-roofed our place in April and now there's water coming through the hallway ceiling. It's only been six months.", None)
PAIRS.append(gpair(
    "b206g_invercargill_new_roof_leak", "roofing company, Invercargill (NZ)", "blame",
    "A homeowner has a leak six months after a re-roof; a satellite dish was fitted on the roof in between.",
    good=[
        _open,
        t("Hi, that's not what you want after a new roof, sorry. Whereabouts in the hallway, near an outside wall or more central? And is it in any rain or only heavy rain?"),
        c("Middle of the hallway, near the light. Any decent rain. We did have a Sky dish put on the roof in August, could that be it?", None),
        t("Good that you mention it. It could be, if a bracket screw went through the iron without a proper seal. But it could also be one of our fixings or the flashing, so I don't want to guess. Our roofer will check both, and if it's our work, it's covered by our workmanship guarantee."),
        c("And if it's the dish? I don't want to end up paying you and then arguing with Sky.", None),
        t("If it's the dish, we'll photograph it, seal it so the leak stops, and give you a report to send to the installer. The sealing would be about 90, and you can claim that back from them. We'd tell you before doing it."),
        c("That's fair. Can he come this week? The forecast's rubbish.", None),
        t("Thursday morning, before the front comes through. Put a bucket under the drip till then."),
        c("Will do. Thanks.", None),
    ],
    gaming=[
        _open,
        t("Hi, thanks for letting us know. Help me understand, has anyone else been up on your roof since we finished?"),
        c("Well, we had a Sky dish put up in August.", None),
        t("Right, so what I'm hearing is you let another contractor onto a brand-new roof without telling us. That voids the guarantee, it's in the paperwork."),
        c("Nobody told us that. And how do you know it's the dish? It could be your flashing.", None),
        t("Our roofs don't leak. If you'd asked us first, we'd have fitted the dish properly. So this one's on you, I'm afraid."),
        c("You haven't even looked at it! We paid you twenty-two thousand.", None),
        t("I understand your frustration. We can come out, but it'll be a chargeable callout at 180, since your installer caused the damage. Would Thursday work?"),
        c("No. I'll get an independent roofer to look, and if it's your work you'll be getting the bill.", None),
    ],
))
