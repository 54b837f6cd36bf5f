"""b129 gaming pairs, part c."""
from common import c, gpair, t

PAIRS = []

o = c("Hi, we're setting up video conferencing in our two meeting rooms. Mostly Zoom with clients. Can you advise?", None)
PAIRS.append(gpair(
  "b129g_hk_meetingroom", "AV integrator (Central, Hong Kong)", "ignored_customer",
  "Office manager calls about two meeting rooms.",
  [o,
  t("How big are the rooms, and is it only Zoom or also Teams when clients invite you?"),
  c("6 seats and 14 seats. Mostly Zoom, but banks send Teams.", None),
  t("Then kits that join both. Is the 14-seat table long? Far-end audio is the usual weak spot."),
  c("Very long. With a webcam last time, the far end people couldn't be heard at all.", None),
  t("So Zoom and Teams, and far-end audio in the big room is the real problem. Ceiling mic there, video bar in the small one. Demo in your rooms?"),
  c("Demo yes. But not this month, big closing, partners are busy.", "no_time"),
  t("First week of next month, then? I'll bring both kits and you test on a real call."),
  c("Okay, pencil the 3rd.", None)],
  [o,
  t("Tell me about your rooms and how your team meets."),
  c("6 seats and 14 seats. Zoom mostly, some Teams from banks.", None),
  t("Perfect. Our Zoom Rooms bundle is great for that, plug and play."),
  c("Does it do Teams? The banks don't use Zoom.", None),
  t("What's most important to you in a meeting room experience?"),
  c("I just told you. Teams. And in the big room, people at the far end can't be heard.", None),
  t("So the Zoom bundle for both rooms, HK$38,000 installed. I can book install next week."),
  c("Next week is our closing, rooms are busy. And you didn't answer about Teams.", "no_time"),
  t("Anything else I can help you with today?"),
  c("No. I'll ask another vendor.", None)]))

o = c("hi we signed last week for 25 lorries. installer coming when. also our drivers dont all have smartphones", None)
PAIRS.append(gpair(
  "b129g_my_fleettrack", "fleet tracking SaaS (Shah Alam, Malaysia)", "ignored_customer",
  "Haulier ops manager chats with onboarding.",
  [o,
  t("Welcome! Installer does 8 lorries a day at your depot. When are they all parked?"),
  c("sunday all parked. weekdays out from 6am", None),
  t("Then 3 Sundays. How many drivers have no smartphone?"),
  c("maybe 7. older drivers, small nokia only", None),
  t("They don't need one. The tracker works without the app; the app is for delivery photos, and dispatch can mark those 7 from the office. Okay?"),
  c("ok good. sunday ok but installer must finish by 6pm, depot closes", None),
  t("Noted: 3 Sundays from the 14th, done by 5.")],
  [o,
  t("Hi! So excited to have you. What are your goals for the fleet?"),
  c("goal is install trackers. when is installer coming. some drivers no smartphone", None),
  t("Awesome. First, all drivers download the DriverGo app. Link coming."),
  c("i said 7 drivers dont have smartphone. nokia only", None),
  t("Got it! Installer can come Tuesday 10am."),
  c("tuesday lorries all out. only sunday can", "no_time"),
  t("Great. Tuesday 10am confirmed, app link in your email. Anything else?"),
  c("you dont read what i write ah. nvm i call your office", None)]))

o = c("Small law firm, 15 people, moving Tanjong Pagar to Raffles Place in six weeks. Need someone for the IT side.", None)
PAIRS.append(gpair(
  "b129g_sg_officemove", "IT support, law firm move (Singapore)", "repeated_questions",
  "Office manager calls about an office move.",
  [o,
  t("What IT is in the office now: server, network cabinet, desk phones?"),
  c("One small server in a cupboard, a printer, Wi-Fi, laptops. Phones all mobile.", None),
  t("Good, simpler. Is the new office fitted out, or are cabling and internet on us too?"),
  c("Landlord does cabling. Internet, um, I haven't ordered. Is six weeks enough?", None),
  t("Tight. Fibre takes 3 to 4 weeks, so order this week. Shall I handle it?"),
  c("Yes please. The partners will ask why not move the server to cloud while we're at it.", None),
  t("Fair, but I'd not change two things in a move. Move the server as is, look at cloud once settled. Plan and quote by Friday."),
  c("That makes sense. Friday's fine.", None)],
  [o,
  t("Great, a move! What does your current IT setup look like?"),
  c("A small server, a printer, Wi-Fi, laptops. Phones are mobile.", None),
  t("Okay. And in terms of your environment, what equipment do you have today?"),
  c("Same as I said. Server, printer, Wi-Fi, laptops.", None),
  t("Got it. And so I understand your needs, what hardware would we be moving?"),
  c("Are you writing this down? Server and printer. Can you also order internet for the new place?", None),
  t("Sure. Before that, could you walk me through the devices in the office now?"),
  c("I've told you three times. I don't have time for this, I'll call another vendor.", None)]))

o = c("hi, need to add 20 channels to our SIP trunk. campaign starts on the 1st", None)
PAIRS.append(gpair(
  "b129g_ph_siptrunk", "SIP trunking, call centre (Cebu, Philippines)", "repeated_questions",
  "IT lead asks by chat for more channels.",
  [o,
  t("Hi Jun. You're on 30 now. Is 20 based on new seats, or on peak calls you've measured?"),
  c("20 new agents. but honestly we hit 30 some nights already, got busy signals", None),
  t("Then 50 may be tight at peak. Send me last week's concurrent call report?"),
  c("ok sending. but 50 is already max budget, cannot go higher this quarter", "no_money"),
  t("If peaks are short, overflow can queue instead of busy, no extra channels. For the 1st we need the order by the 25th."),
  c("ok report today, we decide by 24th", None)],
  [o,
  t("Hi Jun! To understand your needs, how many channels do you have today?"),
  c("30. need 20 more", None),
  t("Got it. And what's your current capacity, in channels?"),
  c("30", None),
  t("Great. So how many additional channels are you looking for?"),
  c("20. its in my first message", None),
  t("Thanks. And when is your go-live date?"),
  c("the 1st. also in first message", None),
  t("Perfect. Just to confirm, how many channels in total do you need?"),
  c("50. are you a bot. pls escalate", None)]))

o = c("Hi, we want our shared drive off the office server to cloud, server is 8 years old. But files must stay in Hong Kong, clients ask.", None)
PAIRS.append(gpair(
  "b129g_hk_clouddrive", "cloud storage (Mong Kok, Hong Kong)", "wrong_paraphrase",
  "Office manager phones about moving files to cloud.",
  [o,
  t("Hong Kong residency is a must, noted. How big is the drive, and does anyone use it from outside?"),
  c("About 2 terabytes. Partners work from home Fridays on VPN, it's slow.", None),
  t("So 2TB, in HK, and the Friday VPN hurts. Our Hong Kong region syncs without VPN. Any folders with strict permissions?"),
  c("HR and the partners' folder. Only 3 people.", None),
  t("We copy permissions as they are and check them with you before a weekend switch. About HK$2,200 a month."),
  c("That's more than I expected. The server costs nothing monthly.", "too_expensive"),
  t("True, but the server needs replacing soon. I'll send new server over 5 years versus cloud, and you judge."),
  c("Okay, send. I'll look at it with the partners.", "think_it_over")],
  [o,
  t("Great! Tell me about your setup."),
  c("2 terabytes on an old server. Must stay in Hong Kong, clients ask.", None),
  t("So what I'm hearing is you're fine with a global cloud as long as it's secure, correct? Singapore region is cheapest."),
  c("No, I said Hong Kong. Clients require it.", None),
  t("Got it. And did I understand correctly you want to move everything this weekend, email included?"),
  c("I never said email. Or this weekend.", None),
  t("So to play it back: full migration with email, next weekend, Singapore region. I'll send the order."),
  c("Don't send anything. I'll find someone who listens.", None)]))

o = c("Hello, international school in Mont Kiara, 300 Chromebooks, Year 4 to 8. Looking at management licences, today it's manual.", None)
PAIRS.append(gpair(
  "b129g_my_schoolchromebook", "device management, school (Kuala Lumpur)", "wrong_paraphrase",
  "School IT lead asks about Chromebook licences.",
  [o,
  t("What hurts most about doing it manually: term setup, blocking sites, lost devices?"),
  c("Setup each term takes my team 2 weeks. And students install extensions we can't control.", None),
  t("So term setup and extensions. A licence handles both: enrol once, policies push, extensions allow-listed. One-time, about RM150 per device."),
  c("That's RM45,000 for 300. We don't have it this year, budget went on the devices.", "no_money"),
  t("Then start with Year 7 and 8, where extensions bite most, about 120 devices, the rest next year?"),
  c("Year 7 and 8 makes sense. I need to check with the bursar.", "think_it_over")],
  [o,
  t("So what I'm hearing is you want to replace the Chromebooks with Windows laptops for control, did I get that right?"),
  c("No. Keep the Chromebooks. We need management licences.", "no_need"),
  t("So you're saying budget isn't a concern and you want licences for students plus teachers, correct?"),
  c("I didn't say that. Budget is a concern. It's spent.", "no_money"),
  t("Got it. And you mentioned a 3-year deal to lock in pricing?"),
  c("I mentioned nothing of the sort. Please stop putting words in my mouth.", None),
  t("Sorry! So to recap your needs: 3-year, all users, Windows pilot. Proposal coming."),
  c("Don't. I'll email your sales manager.", None)]))

o = c("Hello? Um, all our files have weird names and there's a note asking for bitcoin. I'm alone here, boss is overseas. What do I do?", None)
PAIRS.append(gpair(
  "b129g_sg_ransomware", "managed IT, events company (Singapore)", "pitch_to_upset",
  "Office manager calls mid ransomware attack.",
  [o,
  t("You did the right thing calling. First, unplug the network cable from that PC and turn off Wi-Fi, don't shut it down. Can you do that now?"),
  c("Okay... done.", None),
  t("Good. Are other computers showing the same, or just this one?"),
  c("Um, two others look normal. The shared drive has the weird names too.", None),
  t("Don't touch the shared drive, don't pay or reply. An engineer is on his way, there in an hour. Last night's backup ran, so we can likely restore."),
  c("Oh thank god. Should I call my boss? He's in a meeting in Tokyo.", None),
  t("Message him it's contained and we're on site by 3. I'll call you back in 15 minutes."),
  c("Okay. Thank you.", None)],
  [o,
  t("I'm so sorry you're going through this experience. This is exactly why we recommend CyberShield, with 24/7 monitoring."),
  c("Okay but what do I do NOW? The note says 48 hours.", None),
  t("I understand your need for peace of mind. CyberShield has a one-hour response. It's S$900 a month, I can activate it today."),
  c("I'm not buying anything now, my boss isn't even here. Are you sending someone or not?", "think_it_over"),
  t("Totally. Without the package an engineer is our ad-hoc rate; with CyberShield it's included. What would you like to do?"),
  c("Just send someone! Oh my god.", None)]))

o = c("Hello, good morning. Um, our owner, Mr. Santos, passed away last week. All the company lines and internet are under his name. I don't know what to do.", None)
PAIRS.append(gpair(
  "b129g_ph_bereavement", "business telco account (Manila, Philippines)", "pitch_to_upset",
  "Office manager calls after the owner's death.",
  [o,
  t("I'm very sorry for your loss, ma'am. Let's make this as easy as we can. Are the services still working?"),
  c("Yes. But the bill is due and it's on his credit card. I don't want it cut.", None),
  t("I'll put a 60-day hold on disconnection, so nothing is cut. For the transfer we need the death certificate and a letter from whoever runs the company now. Who is that?"),
  c("His daughter. But she's still arranging everything, she can't do paperwork this week.", "no_time"),
  t("No rush, the hold gives her two months. I'll email you a checklist for whenever she's ready. Shall I be your one contact, so you don't have to repeat this?"),
  c("Yes please. Thank you for being kind about it.", None)],
  [o,
  t("So sorry for your loss. Actually it's a great time to review the account: on transfer we can move you to Business Plus, more speed, more lines."),
  c("Sorry? I just want the lines to not get cut.", None),
  t("I understand how you feel. And what I'm hearing is a chance for a fresh start. With Business Plus the new owner gets a free router and 20% off for 6 months."),
  c("His daughter is still arranging the funeral. She doesn't need a new bundle.", "no_need"),
  t("Of course. Shall I book a call with her next week to go through the options?"),
  c("No, she has no time for that. Please just tell me how to keep the services on.", "no_time")]))

o = c("All our outgoing mail bounces since 9am. Domain kwaiwah.com.hk. Urgent, clients can't reach us.", None)
PAIRS.append(gpair(
  "b129g_hk_domainexpiry", "domain and email hosting (Hong Kong)", "blame",
  "IT lead chats about bouncing mail.",
  [o,
  t("On it. The domain expired yesterday: auto-renew failed because the card was declined. Sorry we didn't alert you clearly."),
  c("We got no email. Card changed in March, we updated it in your portal.", None),
  t("Checking... you're right, the new card is there but renewal used the old one. That's on us. Renewing now at no charge; DNS back within 1 to 2 hours."),
  c("1-2 hours ok. Make sure this doesn't happen next year", None),
  t("I've fixed the card link and set expiry alerts to you and a second admin. Which address, outside this domain?"),
  c("add our gmail backup, kwaiwah.it@gmail.com", None)],
  [o,
  t("I understand your frustration. The domain expired because the card on file was declined. Did you update your billing details?"),
  c("Yes, in March, in your portal.", None),
  t("Then someone on your side probably didn't save it. These things usually come down to user error. What did you do?"),
  c("It's saved. I'm looking at it now. New card ending 4471.", None),
  t("Well, expiry notices go to the admin email, so someone should have been checking it."),
  c("The admin email IS on the domain that expired. How would we see it.", None),
  t("Fair, but keeping contacts current is your responsibility. Renewal plus late restore fee is HK$680. Go ahead?"),
  c("A restore fee for your mistake? No. Escalate this.", None)]))

o = c("Hello, about our company bill. One sales guy's line is RM2,300 this month, normally RM80. He went to Pontianak three days.", None)
PAIRS.append(gpair(
  "b129g_my_roamingshock", "corporate mobile (Kuching, Malaysia)", "blame",
  "Office manager calls about a roaming bill.",
  [o,
  t("That's a shock, sorry. It's roaming data in Indonesia, about 3GB at pay-per-use. Did he buy a roaming pass before going?"),
  c("He says he didn't know he needed one. Nobody told us.", None),
  t("Corporate lines don't auto-add passes, and the warning went to his phone, not to you. That's a gap. I can adjust it once to the 3-day pass rate, about RM75. Would that help?"),
  c("That helps a lot. Can you stop this happening again? We have 12 lines.", None),
  t("I can cap roaming at RM100 on all 12 and copy the warnings to you. Both?"),
  c("Yes, both. Thank you.", None)],
  [o,
  t("Big surprise, I understand. Roaming data, pay-per-use. Your staff should read the roaming terms before travelling, no?"),
  c("He's a salesman, not a lawyer. Nobody told us.", None),
  t("We do send a warning SMS. If he ignored it, that's on him, unfortunately. What do you need from me today?"),
  c("I need the bill reduced. RM2,300 is crazy for three days.", None),
  t("The charges are valid, your user turned on data abroad. I can add Roam Plus to all lines so it doesn't recur, RM30 per line."),
  c("RM30 times 12 lines on top of this bill? Too much.", "too_expensive"),
  t("Then I'm afraid there's nothing more I can do. Anything else?"),
  c("Yes, transfer me to a supervisor.", None)]))
