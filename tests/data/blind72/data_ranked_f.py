"""Ranked pairs f01-f10 (b72): both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01 - argues with the customer - hair salon, Istanbul (Turkey)
o = c("Merhaba. I'm growing out these layers, the last salon cut them far too short and I hated it. Just a tidy today, please, split ends, one centimetre maximum.", None)
good = t("One centimetre, split ends only, and we leave the layers alone so they can catch up. I'll show you in the mirror before each section.")
good_r = c("Yes, exactly that. Thank you.", None)
bad = t("Honestly, one centimetre won't do anything. Your layers were probably fine, it's how you're styling them. Let me reshape it properly.")
bad_r = c("No. I know my own hair, and I hated it. If you cut more than one centimetre I'm getting up.", "no_need")
s1 = t("Alright. Let's get you washed first. Do you blow-dry at home, or let it dry naturally?")
s2 = c("Naturally, mostly. I don't have time in the mornings, I have two kids.", None)
s3 = t("Then I'll finish it air-dried so you see how it really looks day to day. A few drops of serum on the ends help while it grows; we sell one at 280 lira, but any light oil does the job.")
s4 = c("I have argan oil at home, I'll use that.", "no_need")
PAIRS.append(rpair(
    "b72r_f01_istanbul_hairsalon_growing_out",
    "A busy mother wants only a one-centimetre trim while she grows out layers she disliked. Fault in worse: the stylist argues with her about her own hair.",
    [o, good, good_r, s1, s2, s3, s4],
    [o, bad, bad_r, s1, s2, s3, s4]))

# f02 - doubts the customer's honesty - supermarket customer desk, Singapore
o = c("Hi, I bought this rice cooker here three weeks ago and it stopped heating. I have the receipt, but I threw the box away.", None)
s1 = t("Thanks for bringing the receipt. What happens when you switch it on: any light, any sound?")
s2 = c("The light comes on, but it never gets hot. The rice just sits in cold water.", None)
good = t("Light on but no heat; that sounds like the heating element. It happens sometimes, and the box doesn't matter at all.")
good_r = c("Oh good, I was worried about the box.", None)
bad = t("Hmm. Light on, no heat. Are you sure it wasn't dropped? We get a lot of returns where people damaged it themselves and then say it just stopped.")
bad_r = c("I didn't drop it. I've used it four times. If this is how you treat people, maybe I'll just order online next time.", None)
s3 = t("It's within the one-year warranty. I can exchange it for the same model today or give you a refund. Which would you prefer?")
s4 = c("Exchange. I need it for dinner tonight. Can I test the new one first?", None)
s5 = t("Of course. We'll plug it in here at the desk, and you'll feel the plate warm up within a minute.")
PAIRS.append(rpair(
    "b72r_f02_singapore_supermarket_rice_cooker",
    "A customer returns a three-week-old rice cooker that no longer heats. Fault in worse: the clerk suggests she damaged it herself.",
    [o, s1, s2, good, good_r, s3, s4, s5],
    [o, s1, s2, bad, bad_r, s3, s4, s5]))

# f03 - unasked lecture - dental clinic reception, Perth (Australia)
o = c("Hi, my teeth have been really sensitive to cold lately, ice cream is agony. Can I get in this week?", None)
s1 = t("We can. Is it one tooth or several, and how long has it been going on?")
s2 = c("Several, the bottom front ones mostly. About a month. I started a whitening toothpaste around then, if that matters.", None)
good = t("It might, whitening pastes can be quite abrasive. You could switch back to a plain sensitive toothpaste until we see you, and the dentist will check for worn spots.")
good_r = c("Okay, I'll switch tonight.", None)
bad = t("It might. And honestly, a lot of sensitivity is diet: soft drinks, sports drinks, juice, all acidic. You should be drinking water, waiting half an hour after eating before you brush, and not scrubbing so hard; most people brush far too hard...")
bad_r = c("Okay... I mostly drink water, actually. I just wanted an appointment.", None)
s3 = t("Right, let's get you in. Thursday at 8:15 or Friday at 2:40?")
s4 = c("Thursday at 8:15 doesn't work, I start at nine across town. Friday, then.", "no_time")
s5 = t("Friday at 2:40 it is. I'll text you a reminder the day before.")
PAIRS.append(rpair(
    "b72r_f03_perth_dentist_sensitive_teeth",
    "A patient rings for an appointment about cold sensitivity that began with a whitening toothpaste. Fault in worse: an unasked lecture on diet and brushing.",
    [o, s1, s2, good, good_r, s3, s4, s5],
    [o, s1, s2, bad, bad_r, s3, s4, s5]))

# f04 - vague next step - city council call centre, Wellington (New Zealand)
o = c("Hi, my rubbish hasn't been collected for two weeks now. The bin's overflowing and it's starting to smell. I'm on Aro Street.", None)
s1 = t("Sorry about that. Two weeks in a row, so it's not a one-off. Was the bin out by seven on collection day, and were your neighbours' bins emptied?")
s2 = c("Out the night before, both times. Theirs were emptied, mine wasn't. There's a yellow sticker on it about contamination, but it's just rubbish in there.", None)
s3 = t("That sticker means the driver thought something in it shouldn't be there. It sometimes happens by mistake. Yours is the red-lidded bin the council supplied?")
s4 = c("Yes, red lid. The one the council gave me.", None)
good = t("Then it looks like a driver error. I've booked a special pickup: it'll be emptied by Thursday at 5 pm, and I've flagged your address so the sticker isn't repeated. If it's not done by Thursday evening, call this number with reference 55219.")
good_r = c("Thursday, good. Thanks.", None)
bad = t("Then it might be a driver error. I'll pass it on to the contractor and someone will be in touch at some point.")
bad_r = c("At some point? It's been two weeks and it stinks. When, exactly?", None)
PAIRS.append(rpair(
    "b72r_f04_wellington_council_missed_bin",
    "A resident whose rubbish bin was skipped twice calls the council. Fault in worse: a vague next step with no date or reference.",
    [o, s1, s2, s3, s4, good, good_r],
    [o, s1, s2, s3, s4, bad, bad_r]))

# f05 - over-promises - removals company, Madrid (Spain)
o = c("Hola, I'm moving Friday from a fourth-floor flat in Lavapies, no lift. I have to hand the keys back at twelve, the new tenants come at one.", None)
s1 = t("Fourth floor without a lift, keys at twelve. How much is going: how many rooms, any big pieces like a wardrobe or a piano?")
s2 = c("Two bedrooms. A big wardrobe, a sofa, the washing machine, maybe forty boxes.", None)
good = t("That's a solid half-day with four floors of stairs. If we start at seven with three people, we should be loaded by about half eleven, which leaves a little margin but not much. To be safe I'd dismantle the wardrobe on Thursday evening.")
good_r = c("Thursday evening is fine, I'll be there from seven.", None)
bad = t("No problem at all. We start at eight and we're out by ten, guaranteed. We do this every day.")
bad_r = c("By ten? Forty boxes down four floors? The last company told me the same and we were there till three.", "bad_experience")
s3 = t("For three people and the van it's 540 euros, including the trip to your new place in Carabanchel.")
s4 = c("540... that's more than the other quote I got, 450.", "too_expensive")
s5 = t("The other quote may be for two people. With four floors and a noon deadline, the third person is what gets you out on time. I'll send you our written quote tonight so you can compare line by line.")
PAIRS.append(rpair(
    "b72r_f05_madrid_removals_fourth_floor",
    "A tenant must be out of a fourth-floor walk-up by noon on moving day. Fault in worse: the mover guarantees an unrealistic finish time.",
    [o, s1, s2, good, good_r, s3, s4, s5],
    [o, s1, s2, bad, bad_r, s3, s4, s5]))

# f06 - drops the price before asking anything - gym, Manila (Philippines)
o = c("Hi, how much is membership here? I'm just comparing a few gyms near my office.", None)
good = t("Happy to tell you: it's 3,500 a month, with a couple of cheaper options under that. Can I ask a couple of things so I point you to the right one?")
good_r = c("Sure, go ahead.", None)
bad = t("It's normally 3,500 a month, but for you I can do 2,500 if you sign up today.")
bad_r = c("Oh. Um, I haven't even seen the place yet. Why is it suddenly cheaper? I'm still comparing.", "think_it_over")
s1 = t("What are you looking to do here, and when would you come?")
s2 = c("After work, around seven. Mostly cardio and spin, I'm training for a fun run in March.", None)
s3 = t("Then the evening spin classes at 6:30 and 7:30 suit you, and our cheaper off-peak plan wouldn't, since it ends at five. Want to try a free spin class this week before you decide anything?")
s4 = c("Sure, Wednesday at 7:30.", None)
PAIRS.append(rpair(
    "b72r_f06_manila_gym_price_shopper",
    "An office worker comparing gyms asks the price. Fault in worse: an unprompted discount before any question is asked.",
    [o, good, good_r, s1, s2, s3, s4],
    [o, bad, bad_r, s1, s2, s3, s4]))

# f07 - unexplained jargon - internet provider, Johannesburg (South Africa)
o = c("Hi. My son says our internet is 'lagging' when he plays games online, but videos work fine. I don't really understand what's wrong.", None)
s1 = t("Let's work it out. Is he on Wi-Fi or plugged in with a cable, and where's his room compared to the router?")
s2 = c("Wi-Fi. His room is at the other end of the house, the router's in the lounge.", None)
good = t("That's likely the main reason. Videos load ahead, so small delays don't show, but a game needs every signal to arrive instantly, and Wi-Fi through several walls adds little delays. A long network cable to his room usually fixes it.")
good_r = c("Ah, so it's not the speed, it's the distance. A cable I can do.", None)
bad = t("Right, so that's probably latency and jitter on the Wi-Fi hop. Your FTTH line is fine, it's the ONT-to-router side; he'd want Ethernet or a mesh node, and we'd check whether you're behind CGNAT for his NAT type.")
bad_r = c("Sorry, I didn't understand a word of that. Is it our internet or not?", None)
s3 = t("Either way, there are two fixes: a plug-in Wi-Fi booster from us at 599 rand, or a 20-metre network cable, about 150 at any hardware shop.")
s4 = c("I'll try the cable first, it's cheaper. We don't need the booster if that works.", "no_need")
s5 = t("Sensible. Plug it into one of the yellow ports on the back of the router. If he still lags on the cable, call us and we'll test the line from here.")
PAIRS.append(rpair(
    "b72r_f07_johannesburg_isp_gaming_lag",
    "A parent calls because her son's online games lag while videos are fine. Fault in worse: an explanation full of unexplained jargon.",
    [o, s1, s2, good, good_r, s3, s4, s5],
    [o, s1, s2, bad, bad_r, s3, s4, s5]))

# f08 - talks about themselves - driving school, Dublin (Ireland)
o = c("Hello, I'm fifty-six and I never learned to drive. My husband always drove, and now he's not well enough. I need to get him to his hospital appointments.", None)
s1 = t("I'm sorry he's unwell. That's a very good reason to learn. Have you had any lessons before, or a learner permit?")
s2 = c("I got the learner permit last month. I passed the theory test on the second try.", None)
good = t("Well done on the theory. How often are his appointments, and how far is the hospital? That tells us what to practise first.")
good_r = c("Twice a week, Beaumont Hospital, about twenty minutes. The car park there terrifies me.", None)
bad = t("Well done. Funny, I failed my theory the first time too, years ago. And I only got into instructing because my own dad got sick; I drove him everywhere for two years, it changed my whole life. Twenty years teaching now...")
bad_r = c("Oh... right. Sorry to hear that. Um, I mostly need to get to Beaumont Hospital, twice a week.", None)
s3 = t("Then we'll build the lessons around that route, and practise in a hospital car park on a quiet evening. The twelve required lessons come in blocks of six; a block is 270 euros.")
s4 = c("Two hundred and seventy, and there's twelve of them... That's a lot with him not working.", "no_money")
s5 = t("I understand. You can also pay per lesson, 48 each, and book as money allows. The route comes first either way.")
PAIRS.append(rpair(
    "b72r_f08_dublin_drivingschool_carer_learner",
    "A 56-year-old woman must learn to drive so she can take her ill husband to hospital. Fault in worse: the instructor talks about his own life instead of hers.",
    [o, s1, s2, good, good_r, s3, s4, s5],
    [o, s1, s2, bad, bad_r, s3, s4, s5]))

# f09 - recommends before asking - optician, Mumbai (India)
o = c("Hi, my eyes are burning by the end of the workday. Someone said I should get computer glasses?", None)
good = t("Could be. How many hours a day are you on screens, and do you wear glasses for anything already?")
good_r = c("Maybe nine hours. I don't wear glasses, never had a test.", None)
bad = t("Yes, definitely, our blue-light lenses with anti-glare are exactly what you need. 6,500 rupees with a frame.")
bad_r = c("6,500? I don't even know if I need glasses at all. I've never had a test.", "no_need")
s1 = t("Then let's start with a proper test. Burning eyes after long screen days is often dryness from blinking less, sometimes a small focusing error. The test is 500 rupees and takes twenty minutes.")
s2 = c("Okay, I can do that now, I'm on my lunch break. I've got forty minutes.", None)
s3 = t("Twenty is enough. If it's dryness, the fix may just be eye drops and a screen break every twenty minutes, not glasses at all.")
PAIRS.append(rpair(
    "b72r_f09_mumbai_optician_burning_eyes",
    "An office worker with burning eyes asks about computer glasses. Fault in worse: the optician recommends premium lenses before asking a single question.",
    [o, good, good_r, s1, s2, s3],
    [o, bad, bad_r, s1, s2, s3]))

# f10 - closes before checking - riad guesthouse, Marrakech (Morocco)
o = c("Salam, hello. I want to book two rooms for four nights in May. My father uses a wheelchair, so we need a room he can get into.", None)
s1 = t("Welcome. Does he use the wheelchair all the time, or can he manage a step or two with help?")
s2 = c("All the time. No steps at all, and he needs space next to the bed to transfer.", None)
good = t("Then before I book anything, let me check properly. Our ground-floor room off the courtyard has no steps from the entrance, and there's space on both sides of the bed. How wide is his chair? The bathroom door is the narrowest point.")
good_r = c("Sixty-eight centimetres. Will that fit? And the shower?", None)
bad = t("Perfect, I'll book the ground-floor courtyard room for him and a double upstairs. Can I take the deposit now, 30 percent, 1,440 dirhams?")
bad_r = c("Wait, you haven't checked anything. Is the bathroom door wide enough? His chair is sixty-eight centimetres.", None)
s3 = t("The bathroom door is 75, so the chair fits. The shower is walk-in with a fold-down seat, but there's a small lip, about two centimetres. I'll send you photos and measurements now so you can judge.")
s4 = c("Please send them. I'll show my father tonight and then decide.", "think_it_over")
s5 = t("Of course. I'll hold both rooms until Friday with no deposit.")
PAIRS.append(rpair(
    "b72r_f10_marrakech_riad_wheelchair_room",
    "A daughter books a riad stay for a father who uses a wheelchair full time. Fault in worse: the host closes and asks for a deposit before checking the room works for him.",
    [o, s1, s2, good, good_r, s3, s4, s5],
    [o, s1, s2, bad, bad_r, s3, s4, s5]))
