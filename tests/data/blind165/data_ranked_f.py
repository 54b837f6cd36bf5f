"""b165 ranked pairs f01-f10 (hand-written): both sides share every turn but the last trainee turn,
where `worse` makes one fault, and the customer's reaction to it."""
from common import c, rpair, t

# f01: argues with the customer
A0 = c("Why is there a 'facility fee' of 240 on my bill? I saw the doctor fifteen minutes in a clinic. Nobody said a thing about a fee.", None)
A1 = t("I'll look into it with you. Which clinic, and what date?")
A2 = c("The Oak Street clinic, May 9th. Dermatology.", None)
A3 = t("Thanks. Oak Street is hospital-owned, so it charges a facility fee on top of the doctor's fee. That's why you see two lines.")
A4 = c("Well, nobody told me. I'd have gone to my old dermatologist if I'd known.", None)
# f02: doubts the customer's honesty
B0 = c("My mail-order pills never came. My blood pressure pills. I'm down to two days.", None)
B1 = t("Let's sort that out fast. Your date of birth, please?")
B2 = c("September 14, 1949.", None)
B3 = t("Thank you, Mr. Dubois. Tracking says it was delivered Tuesday, to your mailbox.")
B4 = c("Tuesday? I check the box every day. Nothing.", None)
# f03: drops the price before asking anything
C0 = c("Hi, how much are progressive lenses? My eye doctor says I need them.", None)
C1 = t("Sure. Is this your first pair of progressives?")
C2 = c("First pair. I'm fifty-one, everything's suddenly tiny.", None)
C3 = t("That's the usual age. They take a week or so to get used to.")
C4 = c("A week? My sister got dizzy with hers and sent them back.", "bad_experience")
# f04: an unasked lecture
E0 = c("My doctor's office says my plan doesn't cover them anymore, since January. I've been with Dr. Lee eleven years!", None)
E1 = t("Eleven years, I can hear how upsetting that is. Can I have your member ID to see what changed?")
E2 = c("Hold on, my glasses... M-A, 6-0-3-3-1-8.", None)
E3 = t("Thank you. Dr. Lee's group left our network on January 1st. It was in the fall notice, but those are easy to miss.")
E4 = c("I get a pile of mail every day. I don't read half of it.", None)
# f05: a vague next step
F0 = c("Hi, the discharge nurse said she sent you a referral for my wife, for her IV antibiotics. She comes home tomorrow.", None)
F1 = t("Let me find it. Your wife's name?")
F2 = c("Carol Jensen.", None)
F3 = t("Found it: Dr. Singh's order for daily IV antibiotic visits for two weeks, and her insurance has approved it.")
F4 = c("Good. Last time, with her knee, nobody came for three days.", None)
# f06: over-promises
G0 = c("My father needs a portable oxygen machine. His doctor says he can fly to my sister's wedding in three weeks if he has one.", None)
G1 = t("What a good reason. Does he have oxygen at home now, and who supplies it?")
G2 = c("You do, the big machine. He can't take that on a plane.", None)
G3 = t("Right. For flying it must be an airline-approved portable unit, and Medicare covers one only if his doctor documents he needs oxygen outside the home.")
G4 = c("Can you just make sure it's covered? We can't do fifteen hundred ourselves, not with the wedding.", "no_money")
# f07: closes before checking the thing works
H0 = c("Hi, my friend is on your Everyday Plus plan and pays almost nothing for her pills. I'd like to sign up too.", None)
H1 = t("Happy to look at it with you. Are you on a drug plan now?")
H2 = c("One of those Part D ones, 48 a month. It's a lot for me.", None)
H3 = t("Everyday Plus is 12 a month, and enrollment is open until December 7th.")
H4 = c("Twelve! Well, that's better already.", None)
# f08: recommends before asking
J0 = c("I just retired and lost my dental from work. What do you have?", None)
J1 = t("Congratulations on retiring! We have a few plans, I'll help you pick.")
J2 = c("Thank you. Thirty-four years at the post office. Money's tighter now, so nothing fancy.", "no_money")
J3 = t("That's a career. Nothing fancy, noted. Are you on original Medicare or an Advantage plan?")
J4 = c("Original. My wife says it doesn't cover teeth.", None)
# f09: unexplained jargon
K0 = c("Hi, I had an MRI last month and got a letter saying 'pending'. Pending what? Do I owe money?", None)
K1 = t("Let me look. Can I have your member ID?")
K2 = c("It's B as in boy, R, 7720915.", None)
K3 = t("Thank you, I have the MRI from March 12th. It takes a minute to explain, is now okay?")
K4 = c("I'm on my break, I've got maybe five minutes.", "no_time")
# f10: talks about themselves
L0 = c("Hi, it's about the respite care. I look after my mom full time, she has Parkinson's, and I haven't had a day off in eight months.", None)
L1 = t("Eight months without a break is a lot. I'm glad you called. What would a break look like for you?")
L2 = c("Honestly? One day a week, to see my own doctor and sleep. If we can even afford that.", "no_money")
L3 = t("That's very doable, a six-hour shift once a week. Does your mom need help moving, or mainly company and meals?")
L4 = c("Help getting up. She's tiny but she freezes, you know, with the Parkinson's.", None)

PAIRS = [
rpair("b165r_f01_hospital_billing_facility_fee",
 "A patient disputes a facility fee nobody mentioned. Fault in worse: the trainee argues that he was told.",
 [A0, A1, A2, A3, A4, t("You're right, it should be clearer. I can't remove the fee, but I can ask for a one-time courtesy review since you weren't told, and give you an in-network dermatologist with no facility fee. Want both?"),
  c("Yes. The review for sure, and that doctor's name.", None)],
 [A0, A1, A2, A3, A4, t("Actually, that's not true. There's a sign at check-in and it's in the paperwork you signed. You were told."),
  c("A sign. Okay. Fine. Just mail me something and I'll look at it.", "brush_off")]),

rpair("b165r_f02_pbm_mail_order_missing",
 "A member's mail-order blood pressure pills never arrived. Fault in worse: the trainee doubts his honesty.",
 [B0, B1, B2, B3, B4, t("Then let's treat it as lost. I'll send a replacement overnight at no cost and approve a 7-day supply at your local pharmacy so you don't run out. Which one?"),
  c("The one on Main Street. Thank you, that's a relief.", None)],
 [B0, B1, B2, B3, B4, t("Are you sure? It shows delivered. Could a neighbor or family member have taken it? We get a lot of calls like this."),
  c("A lot of calls like this? You think I'm lying to get free pills?", None)]),

rpair("b165r_f03_optical_progressive_lenses",
 "A first-time progressive wearer asks the price. Fault in worse: a discount before asking about insurance or use.",
 [C0, C1, C2, C3, C4, t("That happens, usually when the fit is off, and we have a 60-day adapt guarantee. To pick the right lens: do you have vision insurance, and is it mostly screens, driving or reading?"),
  c("Insurance through work. Screens all day, I'm an accountant.", None)],
 [C0, C1, C2, C3, C4, t("I understand. And good news: they're normally 325, but I'll take 30 percent off if you order today. About 230."),
  c("I didn't ask for a discount. I have insurance through work, shouldn't you check that? I'll think about it.", "think_it_over")]),

rpair("b165r_f04_medicare_advantage_doctor_left",
 "An 82-year-old learns her doctor of eleven years left the network. Fault in worse: a lecture about reading plan mail.",
 [E0, E1, E2, E3, E4, t("Very understandable. I can ask for up to 90 more days with Dr. Lee while you settle, starting today. After that, an in-network doctor, or a plan change in the spring window. Shall I start the 90 days?"),
  c("Yes, start that. The switching, I'd need to think about with my daughter.", "think_it_over")],
 [E0, E1, E2, E3, E4, t("I hear you, but you really should read your plan mail, especially the fall notice. Keeping track is the member's job, and most problems would be avoided if people just read it."),
  c("I'm eighty-two, young lady, I don't need a lecture. Just tell me what I can do.", None)]),

rpair("b165r_f05_home_health_iv_referral",
 "A husband checks that home IV nursing will start when his wife comes home. Fault in worse: a vague next step.",
 [F0, F1, F2, F3, F4, t("Not this time. Priya, our nurse, will be there tomorrow between 1 and 3 and will call you by noon. No call by noon, ring this number, extension 7."),
  c("Priya, one to three, call by noon. Got it. Thank you.", None)],
 [F0, F1, F2, F3, F4, t("Okay, so we'll get it scheduled and someone will let you know when the nurse is coming."),
  c("When? That's what they said last time. She needs the dose tomorrow.", None)]),

rpair("b165r_f06_dme_portable_oxygen_wedding",
 "A daughter needs a portable oxygen unit so her father can fly to a wedding. Fault in worse: promises coverage and delivery it cannot guarantee.",
 [G0, G1, G2, G3, G4, t("I can't promise coverage before the paperwork, but I'll send his doctor the form today; it's usually about 10 days, in time for the flight. If it's denied, we rent one for the week at 175. Would that do as a backup?"),
  c("A rental backup, okay. That I can manage.", None)],
 [G0, G1, G2, G3, G4, t("Don't worry, I'll make sure it's covered, 100 percent. Delivered by Friday, guaranteed, and approved for the airline, no problem."),
  c("Oh, great! So I can tell Dad it's all done?", None)]),

rpair("b165r_f07_part_d_friend_plan",
 "A woman wants her friend's cheap drug plan. Fault in worse: enrols her before checking her medicines and pharmacy are covered.",
 [H0, H1, H2, H3, H4, t("It is. But before you sign, let me check your own medicines and pharmacy are covered, yours may differ from your friend's. What do you take, and where do you fill them?"),
  c("Oh, good thinking. I have the list right here. The grocery store pharmacy on Elm.", None)],
 [H0, H1, H2, H3, H4, t("Great, let's get you enrolled. Your Medicare number? You'll be set up in five minutes."),
  c("Wait, you haven't asked what I take. Just mail me the booklet, I'll look at it myself.", "brush_off")]),

rpair("b165r_f08_dental_plan_retiree",
 "A new retiree lost his work dental cover. Fault in worse: recommends the top plan before asking about his teeth.",
 [J0, J1, J2, J3, J4, t("She's right. So I point you to the right plan: how are your teeth these days? Any work coming up, or mostly cleanings?"),
  c("A bridge that's getting old, my dentist says maybe in a year or two. Otherwise cleanings.", None)],
 [J0, J1, J2, J3, J4, t("Then our Platinum plan is perfect for you: 78 a month, covers everything including implants."),
  c("Seventy-eight? On a pension? I said nothing fancy, I mostly get cleanings.", "too_expensive")]),

rpair("b165r_f09_insurer_mri_claim_pending",
 "A member on a work break asks what a 'pending' claim letter means. Fault in worse: unexplained jargon.",
 [K0, K1, K2, K3, K4, t("Then quickly: your insurer is waiting for your doctor to send a short note on why the MRI was needed. Nothing to pay yet. I'll ask the office for it today; you'll get a letter within about two weeks."),
  c("Okay, so nothing for me to do. Thanks.", None)],
 [K0, K1, K2, K3, K4, t("Quick version: it's pended for medical necessity review, UR needs clinicals from the rendering provider, then it adjudicates and applies to your OOP after deductible and coinsurance."),
  c("I... didn't understand any of that. Do I owe money or not?", None)]),

rpair("b165r_f10_respite_care_parkinsons",
 "An exhausted daughter caring for her mother asks about respite care. Fault in worse: the trainee talks about her own family.",
 [L0, L1, L2, L3, L4, t("Then we'll send an aide trained in transfers. It's 28 an hour, 168 for the day; your mom's long-term care policy may pay part, I can check. A first shift next week?"),
  c("A hundred sixty-eight a week... I'd need to see what her policy pays first. Can you check and call me?", "think_it_over")],
 [L0, L1, L2, L3, L4, t("Oh, I know exactly how that is. My grandmother had Parkinson's and I looked after her two years. I slept on her couch, burned out too. I remember one Christmas..."),
  c("Sorry, I... she's calling me. Can you just send me some information?", "brush_off")]),
]
