"""b122 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

# f01 library, fault: vague next step
a0 = c("Hello dear, I've just had a new hip and I can't get to the library for a while. Is there anything you can do?", None)
a1 = t("Sorry about the hip, and yes: our home service brings books to you, free. Would you like to try e-books meanwhile?")
a2 = c("I've no computer, and I'm too old to start now.", "no_need")
a3 = t("Fair enough, real books then. What do you like, and do you need large print?")
a4 = c("Large print. Historical novels. And nothing with swearing, I can't abide it.", None)
f01 = rpair("b122r_f01_library_housebound", "UK public library, phone; a woman recovering from a hip operation.",
  [a0, a1, a2, a3, a4,
   t("Noted. Our volunteer Pat will ring you this Thursday afternoon to fix her first visit, and bring six to start. If she hasn't rung by Friday, call me on this number."),
   c("Thursday. Lovely, I'll look forward to it.", None)],
  [a0, a1, a2, a3, a4,
   t("Lovely. We'll be in touch at some point to sort out a visit."),
   c("At some point? I've nothing to do but sit here. When will that be?", None)])

# f02 pharmacy, fault: drops the price before asking anything
b0 = c("My eye drops were forty dollars last month, and today the girl said ninety-five. Is that right?", None)
b1 = t("That's likely it: on the new plan these drops sit on a higher tier. There's a generic your doctor could prescribe, about twelve dollars on your plan.")
b2 = c("Twelve? Why didn't anybody tell me? Do I have to go and see him again?", None)
b3 = t("No, I can fax him today; he usually answers in a day or two. Do you have enough drops to last?")
b4 = c("A few days' worth. I'll wait, then. Call me when it's ready.", None)
f02 = rpair("b122r_f02_pharmacy_eyedrops", "US pharmacy counter; an older man's eye drops more than doubled in price.",
  [b0, t("Let me look before anything else. Has your insurance changed since last month?"),
   c("Well, I switched drug plans in January. My neighbor's plan.", None), b1, b2, b3, b4],
  [b0, t("Oh, don't worry, I'll put our discount card on it and make it seventy today."),
   c("Seventy's still more than forty. Why did it go up at all? I switched drug plans in January, is that it?", "too_expensive"), b1, b2, b3, b4])

# f03 council tax, fault: doubts the customer's honesty
d0 = c("My husband died in August and somebody said I can get money off the council tax now I'm on my own?", None)
d1 = t("I'm sorry for your loss. Yes, the single person discount takes off a quarter. Does anyone else over eighteen live with you?")
d2 = c("No. Well, my grandson stays some weekends, but he lives at his mum's.", None)
d3 = t("I'll do it on the phone now. I need your account number from the bill, and I'll backdate it to the date your husband died.")
d4 = c("It's in the kitchen, hold on... Will it take long? Money's been tight since the funeral.", None)
d5 = t("A new bill within two weeks, and what you've overpaid comes back to you or off March.")
f03 = rpair("b122r_f03_council_singlediscount", "UK district council, phone; a new widow asks about the single person discount.",
  [d0, d1, d2, t("Weekend visits don't count, so you qualify."),
   c("Oh good. I was dreading a form.", None), d3, d4, d5],
  [d0, d1, d2, t("Some weekends? We do check, you know. People claim when others are living there. Are you sure he doesn't really live with you?"),
   c("I'm not a liar. He lives at his mum's, he's at college. You can ring her.", None), d3, d4, d5])

# f04 electric utility, fault: unexplained jargon
e0 = c("The mailer says I can save on a new rate plan. I'm retired, home all day. Would it save me money?", None)
e1 = t("Could be. What runs most in your home, and when? Laundry, AC, cooking?")
e2 = c("Laundry in the mornings. AC in the afternoons in summer, I can't take the heat with my heart.", None)
e3 = t("With your afternoon AC, my estimate is about ten dollars more a month in summer on the new plan. I'd stay on your current one, and keep the AC on as your doctor says.")
e4 = c("Then I'll stay put. Thank you for being straight.", None)
e5 = t("Also, with a heart condition you may qualify for our medical baseline program, extra power at the lowest price. Shall I mail the form?")
f04 = rpair("b122r_f04_electric_rateplan", "US electric utility, phone; a retired man asks about a time-of-use mailer.",
  [e0, e1, e2, t("Then it may cost you more. It charges more from 4 to 9 pm, when your AC runs. Your current plan is the same price all day."),
   c("So I'd pay more for the AC? I can't turn it off, the doctor says.", None), e3, e4, e5],
  [e0, e1, e2, t("Right, so on TOU-D-PRIME your on-peak is 4 to 9 with the tier 2 baseline allowance, and with your kWh load profile you'd likely be net-negative on the delta."),
   c("I'm sorry, I didn't understand a word of that. Is it a yes or a no?", None), e3, e4, e5])

# f05 funeral director, fault: over-promises
g0 = c("My dad died on Sunday. We'd like the crematorium as soon as we can; his sister's flying in from Canada and can only stay a week.", None)
g1 = t("I'm so sorry about your dad. A week is tight, so let's see. Has the doctor issued the medical certificate?")
g2 = c("They said it's gone to the coroner, because he had a fall in the home before.", None)
g3 = t("Can I ask what your dad would have wanted? Music, a celebrant, church?")
g4 = c("No church. Nothing fancy, we can't stretch to much. He loved brass bands.", None)
g5 = t("Simple with a bit of brass, we can do. I'll ring you at four after I've spoken to the coroner's office.")
f05 = rpair("b122r_f05_funeraldirector_coroner", "UK funeral director; a son arranging his father's cremation, with a relative flying in.",
  [g0, g1, g2, t("That can add days, and it's outside our control. I'll chase the coroner today and pencil in the earliest slot, but I can't promise a date within the week."),
   c("I see. She'll have to hold off booking, then.", None), g3, g4, g5],
  [g0, g1, g2, t("Don't worry at all, we'll definitely have it done by next Tuesday. I'll book the crematorium now."),
   c("Oh, thank God. I'll tell my aunt to book her flight for Monday.", None), g3, g4, g5])

# f06 hearing aids, fault: closes before checking the thing works
h0 = c("Hi. I had my hearing tested here two weeks ago and you said come back to try the aids. Here I am.", None)
h1 = t("Welcome back, Mr. Alvarez. Let me put these in and set them to your test. How do they feel?")
h2 = c("Strange. Everything sounds tinny, like a tin can.", None)
h3 = t("Fair. They're 3,800 a pair. Take them home on our 45-day trial, and come back in a week so I can fine-tune them.")
h4 = c("And I can bring them back? My brother-in-law got stuck with a pair he hated.", "bad_experience")
h5 = t("Yes, refundable less a 100-dollar fitting fee. I'll write that on the agreement.")
f06 = rpair("b122r_f06_hearingaids_fitting", "US hearing aid store; a retired man comes to try his first aids.",
  [h0, h1, h2, t("That's normal at first. Let's try them where you struggle; you said restaurants. I'll play restaurant noise. Can you follow me?"),
   c("Better. Not perfect. Your voice is clearer than the dishes.", None), h3, h4, h5],
  [h0, h1, h2, t("That's normal, you'll get used to it. So shall we get the paperwork going? We have financing."),
   c("Hold on, I haven't even tried them properly yet. You want me to sign for something that sounds tinny?", "think_it_over"), h3, h4, h5])

# f07 pension provider, fault: an unasked lecture
k0 = c("I'm ringing for my pension statement, please. I've moved, and the last one went to the old address.", None)
k1 = t("I can help. Can I take your date of birth and new address?")
k2 = c("Twelfth of June, 1961. It's 5 Rowan Court, Harrogate.", None)
k3 = t("One thing to check: your selected retirement age is 67. Is that still right?")
k4 = c("I might stop at 66. But I'm not paying some adviser two thousand pounds to tell me so.", "too_expensive")
k5 = t("No need: I can change the date free on this call, and Pension Wise guidance is free as well.")
f07 = rpair("b122r_f07_pension_statement", "UK pension provider, phone; a woman of 63 asks for a statement after moving.",
  [k0, k1, k2, t("Thank you, updated. Your pot is 41,300; I'll post the full statement today."),
   c("That's all I needed, thank you.", None), k3, k4, k5],
  [k0, k1, k2, t("Thank you, updated. Your pot is 41,300. Honestly, that's low at your age; you really should have paid in more, most people realise too late. I'll post it today."),
   c("I didn't ring for a lecture, young man. I brought up three children on my own.", None), k3, k4, k5])

# f08 medical supply store, fault: recommends before asking
m0 = c("My physical therapist says I should get a walker. I don't know the first thing about them.", None)
m1 = t("Then a standard folding walker, front wheels only, is steadier and narrower, 65 dollars. Medicare usually covers most of it with your therapist's prescription.")
m2 = c("Medicare pays? I paid full price for my cane here.", None)
m3 = t("Canes often aren't covered. A walker with a prescription, you'd pay about 20 percent. Do you have it with you?")
m4 = c("It's at home. I'll bring it Friday.", None)
m5 = t("Friday's fine. I'll set the height for you now so it's ready.")
f08 = rpair("b122r_f08_medsupply_walker", "US medical supply store; a woman in her eighties needs her first walker.",
  [m0, t("Happy to help. Where will you use it most, and do you need somewhere to sit and rest?"),
   c("Indoors, mostly. Narrow doorways, old house. I'm unsteady; one that rolls would scare me.", None), m1, m2, m3, m4, m5],
  [m0, t("You'll love this rollator with the seat, 149. It's our bestseller."),
   c("The one with all the wheels? My house has narrow doorways, and I'd be scared it runs off.", "no_need"), m1, m2, m3, m4, m5])

# f09 bus pass office, fault: argues with the customer
n0 = c("Morning. My bus pass was stolen, out of my bag at the market. My friend says they're free to replace for over-seventies anyway.", None)
n1 = t("Thank you, with that there's no charge. I'll cancel the old pass, and the new one's posted within seven days.")
n2 = c("Seven days? I go on the bus to see my wife in the care home every day.", None)
n3 = t("Then I'll give you a letter today that drivers accept until it comes. And I'll take your photo now.")
f09 = rpair("b122r_f09_council_stolenpass", "UK city council customer centre; a man of 78 replaces a stolen bus pass.",
  [n0, t("Sorry to hear that. It's not age that makes it free, it's a crime reference number. Did you report it?"),
   c("I rang the police, yes. It's on my phone, here.", None), n1, n2, n3],
  [n0, t("No, your friend's wrong there. That's never been the rule, I've worked here eleven years. I don't know where people get these ideas."),
   c("There's no need for that tone. Anyway, here's the number the police gave me.", None), n1, n2, n3])

# f10 cable company, fault: talks about themselves
p0 = c("My husband always handled the TV account. He's in memory care now. I need it in my name, and lower if I can.", None)
p1 = t("I'm sorry, that's a lot to take on. I can help with both. Is the account in his name alone?")
p2 = c("Yes. I have the power of attorney papers.", None)
p3 = t("Then the Essentials package keeps those at 54 a month, down from 128. Nothing else changes.")
p4 = c("Fifty-four. Is there a contract? I got stuck in one with the alarm company.", "bad_experience")
p5 = t("No contract. I'll add you with the POA today and email the name change form.")
f10 = rpair("b122r_f10_cable_memorycare", "US cable company, phone; a woman takes over the account as her husband enters memory care.",
  [p0, p1, p2, t("Then we can move it to your name with the POA. What do you watch, so we can look at the price?"),
   c("The cooking shows and the news. That's all, with him not home.", None), p3, p4, p5],
  [p0, p1, p2, t("Oh, I totally get it. My grandpa went into memory care last year, hardest thing our family ever went through, my mom was a wreck... anyway, what do you watch?"),
   c("I'm sorry about your grandpa. The cooking shows and the news.", None), p3, p4, p5])

PAIRS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10]
