"""Gaming pairs, part a (written by hand)."""
from common import c, gpair, t

# a1 monologue: Brisbane, funeral cover kiosk in a shopping centre
_a1 = c("Hi love. Um, I saw your sign about funeral cover. My sister passed in March and honestly the kids had to scrape it together, nearly nine grand, and I don't want mine doing that. So I'm just... asking, really.", None)

# a2 closing_as_open_question: Midrand, broker desk at a car dealership
_a2 = c("Hi. The bank says I need comprehensive insurance before they release the car. The dealer said you guys can sort it. I just want the cheapest one the bank will accept, to be honest.", None)

# a3 pitch_as_paraphrase: San Antonio, storefront insurance agency
_a3 = c("Hi, good morning. So my husband went to the ER in January, kidney stone, and we got a bill for almost three thousand dollars even with the insurance from my work. My cousin said you sell something that covers the deductible?", None)

# a4 upsell_as_loop_closing: Joondalup (Perth), insurer's branch
_a4 = c("Hello, good afternoon. I just moved to a unit in Joondalup, renting. My landlord said his insurance does not cover my things, so I think I need contents insurance? I am not sure how it works here.", None)

# a5 leading_tag_questions: Columbus, Ohio, life insurance agent's office
_a5 = c("Hey. So, uh, we just had a baby, like six weeks ago, and my wife's been on me to get life insurance. I've got something through work but I have no idea how much it is.", None)

# a6 putdown_question: Durban, funeral insurer's walk-in branch
_a6 = c("I want to speak to someone about my mother's claim. We handed in everything on Monday. Your advert says forty-eight hours. It's Thursday. The funeral is Saturday and the undertaker wants his money tomorrow.", None)

# a7 not_my_department_or_read_the_terms: Atlanta, credit-repair office
_a7 = c("Hi, I need to cancel. I been paying y'all ninety-nine dollars a month since March and my score ain't moved. My mortgage lady says I'm still at five-eighty.", None)

# a8 social_proof_or_deadline_pressure: Brunswick (Melbourne), broker visiting a cafe
_a8 = c("Sorry, sorry, bit of a mad morning. You're the broker? Right. So the landlord's new lease says I need twenty million public liability and I've only got ten, and I don't even know who my policy's with, my old accountant set it up.", None)

# a9 keyword_stuffed: Cape Town, financial planner's office
_a9 = c("Good morning. I've just retired, thirty-one years teaching at Belgravia High. The pension paid out a lump sum, four hundred and eighty thousand, and it's sitting in my cheque account. Everybody has advice for me. My son wants some for a taxi. I just don't want to lose it.", None)

# a10 rude: Phoenix, pawn shop counter
_a10 = c("Hey, uh, I've got a loan on a guitar here, a Martin, it's due Friday. I can't do the full amount this week. Can I just pay the interest and keep it going?", None)

PAIRS = [
    gpair(
        "b223g_au_funeral_cover_pension",
        "funeral insurance kiosk, Chermside shopping centre, Brisbane",
        "monologue",
        "A pensioner whose sister's funeral cost the family nearly nine thousand dollars asks about funeral cover.",
        good=[
            _a1,
            t("I'm sorry about your sister. Thanks for stopping. Before I tell you anything about what we sell, can I ask what you've got in place now? Any life cover, through your super or anything like that?"),
            c("Oh, I don't know. I've got super from when I worked at the hospital. Is there insurance in that? I never looked.", None),
            t("Quite often there is a bit of death cover inside a super fund, and sometimes it drops off once you stop working or the balance gets low. Do you still get the yearly statement from them?"),
            c("Somewhere in the drawer. My son does all that online for me.", None),
            t("That's worth checking first, because if there's already fifteen or twenty thousand in there, a funeral plan on top could be doubling up. Can I ask what money's like week to week? Funeral cover is a premium every fortnight for as long as you keep it."),
            c("It's the pension, so it's tight. And I don't want to be paying for twenty years and end up putting in more than it pays. That's what happened to my neighbour's husband with one of these.", "bad_experience"),
            t("Your neighbour's right to warn you. If you live a long time you can pay in more than the benefit, that's the honest truth of these. So here's what I'd suggest: get your son to look up the insurance in your super this week, and I'll write down the three questions to ask the fund. If there's nothing there, come back with him and we'll look at real numbers side by side, including what it'd cost you over ten and twenty years. Does that sound fair?"),
            c("Yes, that's good. Write it down for me, I'll forget otherwise.", None),
        ],
        gaming=[
            _a1,
            t("Oh, I'm so sorry for your loss, and that's exactly why we're here, so your family never has to go through that experience again. Let me tell you about our Family Farewell plan. Cover from five up to fifteen thousand, no medical questions, no blood tests, guaranteed acceptance today. Pays out within forty-eight hours, so the kids aren't out of pocket at all. Double benefit for accidental death, and after the first twelve months you're covered for any cause. Most of our ladies your age go for the ten thousand, it works out a few dollars a day, less than a coffee."),
            c("Right, but how much a fortnight is that? I'm on the pension.", None),
            t("Great question, and the good news is we've got options for every budget. The ten thousand is about thirty-eight dollars a fortnight at your age, there's a loyalty bonus as well, the premium's very fair, and we do a pet funeral add-on people really love. What I'd do is pop your details in now, it takes five minutes, and there's a thirty-day cooling-off so there's no risk to you at all. Have you got your Medicare card on you?"),
            c("Thirty-eight dollars? Love, that's my power bill. I can't be doing that every fortnight.", "no_money"),
            t("I hear you, and that's why the five thousand is so popular, only about twenty dollars. And think about what your kids went through in March, you wouldn't want that again. So what I'm hearing is peace of mind is the main thing, and this is peace of mind. Shall we start with your name?"),
            c("No. I'll ask my son about it. Sorry.", "think_it_over"),
        ],
    ),
    gpair(
        "b223g_za_car_insurance_finance",
        "insurance broker desk at a car dealership, Midrand, Gauteng",
        "closing_as_open_question",
        "A young buyer needs comprehensive cover before the bank releases his financed car; he does night deliveries some weeks.",
        good=[
            _a2,
            t("Sure, we can help. The bank mainly needs comprehensive cover with them noted on the policy. What's the car, and how do you use it: just to work and back, or for any kind of business too?"),
            c("It's a 2019 Polo Vivo. Work, and Sundays I take my mom to church in Tembisa. Sometimes I do deliveries for Sixty60 at night, but only like twice a week.", None),
            t("The deliveries matter, thanks for telling me. Many private policies won't pay if the accident happens while you're delivering for money. So either we add business use, or you know those trips aren't covered. Where does the car sleep at night?"),
            c("In my mom's yard, there's a gate. How much more is the business use? Because the instalment is already R4,200 and I'm earning about eleven thousand.", None),
            t("On this quote, business use adds about R180 a month. The basic comprehensive is around R1,050 with a R5,000 excess. I'd rather you know both numbers now than find out after a claim gets turned down. Shall I write both up so you can see them side by side?"),
            c("Eish. That's a lot together. Let me see if I even keep doing the deliveries, maybe it's not worth it with petrol.", "think_it_over"),
            t("That makes sense. The bank only needs the comprehensive to release the car, so I can put that through today, and if you keep delivering, phone me and I add business use from that day. Just please don't do a delivery before you've called me. Okay?"),
            c("Okay, that's fair. Do the normal one for now.", None),
        ],
        gaming=[
            _a2,
            t("Congratulations on the car! So tell me, what's most important to you in an insurance partner?"),
            c("Um, cheap? And that the bank takes it.", None),
            t("Perfect. And how would you like your premium to go off, on the first or on the twenty-fifth?"),
            c("Wait, I haven't even seen a price.", None),
            t("Of course. It's R1,290 on our Plus cover, car hire and scratch-and-dent included. Now, what would it take for you to drive out of here today fully covered?"),
            c("R1,290 is a lot, hey. My friend pays like eight hundred with another company.", "too_expensive"),
            t("I understand. But which would you rather have: the car today, or another week waiting on the bank while you shop around? Which account should I put the debit order on?"),
            c("I'm not signing now. Give me the quote on paper, I'll check with my friend's company first.", "think_it_over"),
            t("Sure. And so I can serve you better, which day this week works for me to call and finalise?"),
            c("Don't call me. I'll call you.", "brush_off"),
        ],
    ),
    gpair(
        "b223g_us_hospital_indemnity_deductible",
        "storefront insurance agency, San Antonio, Texas",
        "pitch_as_paraphrase",
        "A restaurant worker still paying off her husband's ER bill asks about a plan that covers the deductible.",
        good=[
            _a3,
            t("Good morning. I'm sorry, that's a rough bill to get. There are plans that pay cash if you're in hospital, but they don't fit everybody. Can you tell me about the insurance from work: do you know the deductible and the out-of-pocket maximum?"),
            c("The deductible is six thousand for the family, I think. The out-of-pocket, I don't know. I have the card here.", None),
            t("Let me look. Okay, six thousand deductible, twelve thousand out-of-pocket max for the family. And the January bill, are you paying it off now?"),
            c("Yes, the hospital gave us a plan, one hundred fifty a month. That's why I'm here. We can't have another one.", None),
            t("So if I've got it right, the worry isn't a big surgery so much as another ER visit or a short stay landing on that deductible while you're still paying January. Is that it?"),
            c("Yes. Exactly. One more of those and we're done.", None),
            t("Then I'll be honest about what these plans do. A hospital indemnity plan might pay fifteen hundred if one of you is admitted, but an ER visit where you go home the same day pays maybe a hundred. For a kidney stone like January's it wouldn't have covered much. Before buying anything, ask the hospital about their financial assistance program; with your income you may qualify to have that bill reduced. Do you want to see the plan prices anyway, to compare?"),
            c("Yes, show me. But I need to talk to my husband, he's the one scared of going back.", "think_it_over"),
            t("Of course. I'll print the plan with the ER and admission amounts marked, and the hospital's assistance number. Bring him by Saturday if you like, we're open till two."),
        ],
        gaming=[
            _a3,
            t("Good morning! I'm so sorry to hear that. Tell me, how has that experience been for your family?"),
            c("Stressful. We're paying it off, one fifty a month.", None),
            t("So what I'm hearing is you need our Gold Hospital Shield with the ER rider at ninety-four dollars a month, is that right?"),
            c("I... I don't know what that is. Does it pay the deductible?", None),
            t("Great question. So what you're telling me is you want full peace of mind for the whole family, which is the Gold with the family add-on, one twenty-two a month. Did I understand you correctly?"),
            c("I didn't say that. One twenty-two plus the one fifty to the hospital? That's almost three hundred a month. I can't do that.", "no_money"),
            t("Totally hear you. So really what you're looking for is something affordable that still protects you, and that's our Silver at sixty-eight, which sounds like a perfect match for what you described, right?"),
            c("You're not listening. I asked if it pays the deductible. I'm going to go, thank you.", None),
        ],
    ),
    gpair(
        "b223g_au_contents_renter",
        "home insurer's branch, Joondalup, Perth",
        "upsell_as_loop_closing",
        "A nurse from overseas renting her first unit needs contents cover for a few things, including a bike she rides to work.",
        good=[
            _a4,
            t("Good afternoon, and welcome. You're right, the landlord's policy covers the building, not your belongings. What sort of things have you got that you'd want covered?"),
            c("Not so much. Bed, sofa, small TV. My laptop, it is quite new. And my bicycle, I ride it to the hospital.", None),
            t("Okay. Do the laptop and bike leave the house? That changes things, because basic contents only covers them at home."),
            c("Yes, the bike every day. The laptop sometimes to the library. How much more is that?", None),
            t("For the bike and laptop away from home it's about eleven dollars a month on top of roughly twenty-two for the contents. If you add up what it would cost to replace everything, what do you think it comes to?"),
            c("Maybe fifteen thousand? Less. The bike was twelve hundred, the laptop two thousand.", None),
            t("Let's put twenty thousand to give you room. So that's contents for the unit plus the bike and laptop away from home, about thirty-three a month, with a five hundred dollar excess. Is there anything in that you're unsure about?"),
            c("The excess, five hundred. If my bike is stolen, I pay five hundred first?", None),
            t("Yes, that's how the excess works. You can drop it to two-fifty for about four dollars more a month. Which would you prefer?"),
            c("The two-fifty, I think. Okay, we can do it.", None),
        ],
        gaming=[
            _a4,
            t("Good afternoon and welcome! To make sure I fully understand your needs, what are the main things in your unit?"),
            c("Bed, sofa, small TV, my laptop, and my bicycle.", None),
            t("Lovely. So we'll set you up with contents at twenty-two a month. Now, just to close the loop, what else can I add for you today? Most people take our portable valuables cover."),
            c("Okay, yes, for the laptop and bike, I take them out.", None),
            t("Perfect, that's eleven. And what else can we look after for you? Accidental damage is really popular, red wine on the carpet, that sort of thing, only nine dollars."),
            c("It is a rental carpet, not mine. I don't need that.", "no_need"),
            t("Understood! And before we wrap up, is there anything else I can help you with? We have car, pet and travel cover, and lots of nurses fly home to see family, so travel could be a great fit. Shall I add a quote?"),
            c("No, thank you. I have no car and no pet. Only the contents, please. How much is it?", "no_need"),
            t("Of course. And just to make sure we've covered everything, would you like our Premium Contents instead? It's only a few dollars more and it's new-for-old on everything."),
            c("I said only contents. I am getting confused now. Can you just print what I have?", None),
        ],
    ),
    gpair(
        "b223g_us_term_life_new_father",
        "independent life insurance agent's office, Columbus, Ohio",
        "leading_tag_questions",
        "A father of a six-week-old has some life cover through work and doesn't know how much; his wife wants him to sort it.",
        good=[
            _a5,
            t("Congratulations. Six weeks, you're probably not sleeping much. The work policy is a good place to start. Do you know if it's a flat amount or a multiple of your salary?"),
            c("I think it's one times salary? So like fifty-eight thousand.", None),
            t("Okay. And if you weren't around, what would your wife and the baby need to keep going: is there a mortgage, car loans, and does she work?"),
            c("Mortgage is about two-ten left. She's part time at a dental office, maybe twenty-five a year. One car loan, like nine grand.", None),
            t("So right now the fifty-eight from work wouldn't clear the mortgage, and her income alone wouldn't carry it. One more thing: work cover usually ends if you leave the job. Are you planning to stay there?"),
            c("Honestly I'm looking around. Okay, so how much are we talking for something separate? We're not exactly rolling in it with the baby.", None),
            t("A twenty-year term of five hundred thousand, for a healthy thirty-one-year-old non-smoker, usually runs twenty-five to thirty a month. That's rough; the real number comes after the health questions. Three hundred thousand would be under twenty. Would it help to sit down with your wife and the numbers before you pick an amount?"),
            c("Yeah, she'll want to see it. Can you email me both?", "think_it_over"),
            t("Sure. I'll send the three hundred and the five hundred with what each would actually pay off, and I'll call Thursday evening after the baby's down, if that works."),
        ],
        gaming=[
            _a5,
            t("Congratulations! You'll want to make sure that little one's protected no matter what, won't you?"),
            c("Yeah, I mean, that's why I'm here.", None),
            t("Exactly. And the work policy's never enough, is it? It's usually a token amount."),
            c("I don't actually know how much it is. One times salary maybe?", None),
            t("Right, so nowhere near enough. A responsible dad would go for at least a million in cover, wouldn't he? Especially with a new baby."),
            c("A million? What's that cost? We just had a baby, money's tight right now.", "no_money"),
            t("About sixty-five a month, which is nothing for your family's future, is it? And you'd rather lock in while you're young and healthy than pay more later, wouldn't you?"),
            c("I guess, but sixty-five is more than our phones and streaming put together. I should talk to my wife.", "think_it_over"),
            t("Of course, but she'd want you to take care of it today, wouldn't she? That's what she's been asking you for, isn't it?"),
            c("Don't tell me what my wife wants, man. I'll call you.", "brush_off"),
        ],
    ),
    gpair(
        "b223g_za_funeral_claim_delay",
        "funeral insurer's walk-in branch, Durban CBD",
        "putdown_question",
        "A son's funeral claim for his mother has stalled three days before the funeral; nobody phoned him.",
        good=[
            _a6,
            t("I'm very sorry about your mother. Let me pull the claim up now. Can I have the policy number or your ID number?"),
            c("Here. It's on this paper. Everything is there, the death certificate, the BI-1663, the ID copies.", None),
            t("Thank you. I've got it. The claim is on 'pending', and the note says the bank confirmation letter for the payout account wasn't stamped. That's why it stopped. Nobody phoned you?"),
            c("Nobody phoned. Nobody! If I didn't come here I would know nothing.", None),
            t("That shouldn't have happened, and I'm sorry. If you've got your banking app I can take the confirmation letter it generates, or a stamped one from the branch across the road. Once it's uploaded I'll mark it urgent and phone the claims team while you're standing here. Can you get it now?"),
            c("The bank is just there. I'll go. But what if they say Monday again?", None),
            t("Then you've got my direct number and the reference. I'll also write your undertaker a letter on our letterhead saying the claim is approved pending the bank letter; most of them will wait a day with that. Which undertaker is it?"),
            c("Ngcobo Funerals in Umlazi. Okay. Okay, thank you, sisi. I'm going to the bank.", None),
        ],
        gaming=[
            _a6,
            t("Sir, there's no need to raise your voice, is there? What exactly is the problem?"),
            c("The problem is my mother's claim! Forty-eight hours, your advert says. It's Thursday.", None),
            t("I see. And did you actually read the claim checklist, or did you just hand in whatever you had?"),
            c("I gave everything they asked for! Death certificate, IDs, all of it.", None),
            t("Mm. People always say that. So how can I help you understand why it's pending, when clearly something was missing?"),
            c("Then tell me what is missing! That's your job!", None),
            t("Let's stay calm, shall we? Are you sure you're the beneficiary and not a brother or sister? Because that would explain a lot."),
            c("I am the beneficiary. I paid those premiums for eleven years. Call your manager. Now.", None),
        ],
    ),
    gpair(
        "b223g_us_credit_repair_cancel",
        "credit-repair company's storefront office, Atlanta, Georgia",
        "not_my_department_or_read_the_terms",
        "A customer trying to get a mortgage has paid a monthly credit-repair fee for five months, sees no change, and wants out.",
        good=[
            _a7,
            t("I'm sorry, that's frustrating, especially with a mortgage riding on it. I can cancel that today. Before I do, do you want me to show you what's actually been done on your file, so you know where you stand with the lender?"),
            c("Go ahead. Just so you know, I'm not getting charged again on the first.", None),
            t("Understood, I'll stop the billing first. Okay: we disputed four items. Two medical collections came off in May, on Equifax and TransUnion. The big one, the late payments on the car loan, is still there because the lender confirmed them. Were those payments actually late?"),
            c("Yeah, 2022, I was out of work for a while. But the medical ones, I never got no notice about them.", None),
            t("Then the car loan lates are accurate, and honestly nobody can legally get accurate items removed; anyone who promises that isn't being straight. What can help is a goodwill letter to the lender asking them to remove the lates since you've paid on time since. You can write that yourself, for free. Has your mortgage lady pulled a new report since May?"),
            c("No, she pulled in April. So... wait, maybe it did move?", None),
            t("It might have. Here's what I'll do: cancel now with no further charges, print the letters showing the two removals, and give you a goodwill letter template. Ask her to re-pull next week. And since nothing new was filed for you last month, I'll put in a refund request for that month with my name on it."),
            c("Okay. That's more than anybody told me in five months. Cancel it, and I'll take that letter.", None),
        ],
        gaming=[
            _a7,
            t("I completely understand how you feel. Cancellations aren't really my department though, I'm on the enrollment side. What's been your experience with us so far?"),
            c("My experience is I pay ninety-nine a month and nothing happens. Who do I talk to?", None),
            t("That'd be client services, they're online only. And just so you're aware, the agreement you signed says results can take six to twelve months, it's on page three. Did you get a chance to read that?"),
            c("Nobody told me six to twelve months. The man said ninety days. I'm trying to close on a house.", None),
            t("I hear you. I didn't write the policy, unfortunately. Refunds are covered under section nine of the terms, it's all on the website. Is there anything else I can help with today?"),
            c("Yeah, you can help by cancelling it. Right now.", None),
            t("I totally get that. I can't process that from here, it's a different team, but if you email the address in your welcome pack they'll get back to you within ten business days. How else can I support your credit journey today?"),
            c("My credit journey. Wow. I'm calling my bank to stop the payment and I'm reporting y'all to the BBB.", None),
        ],
    ),
    gpair(
        "b223g_au_cafe_public_liability",
        "insurance broker visiting a cafe, Brunswick, Melbourne",
        "social_proof_or_deadline_pressure",
        "A cafe owner's new lease needs twenty million dollars public liability; she has ten and doesn't know who her insurer is.",
        good=[
            _a8,
            t("No stress, I can work around the rush. If you've got the current certificate or the renewal email, that'll tell us who it's with. Have you got it handy?"),
            c("Um, somewhere in my emails. Here, it's... 'Business Pack', renews in August. Is that bad?", None),
            t("Not at all. A business pack usually bundles liability with contents, glass and business interruption, and you can often lift the liability to twenty million mid-term for a small extra premium. Before I quote anything, has anything changed this year: new equipment, more staff, catering, deliveries?"),
            c("We started doing catering for offices in March. Maybe ten percent of sales. And I've got six staff now, it was three.", None),
            t("Both of those should be on the policy, because if a catering job goes wrong and the insurer didn't know you cater, that's a fight. What I'd suggest: I ring your current insurer today to lift the limit and add catering, and before the August renewal I get you two or three competing quotes to compare. That sorts the lease this week without switching in a rush. How does that sound?"),
            c("How much is 'a small extra'? Because it went up like thirty percent last year and I nearly fell over.", None),
            t("Fair question. Ten to twenty million for a cafe your size is usually a hundred and fifty to three hundred a year, and catering might add a bit. You'll get the exact figure before anything changes; nothing gets added without your okay."),
            c("Okay. Yeah. Do that. Text me the number though, I won't read an email till Sunday.", None),
            t("Will do, by three today. And if you give me the landlord's email, I'll send them the new certificate as soon as it's issued."),
        ],
        gaming=[
            _a8,
            t("Totally understand, mornings are crazy. So tell me, what does success look like for you with your insurance?"),
            c("Success is the landlord stops emailing me. I need twenty million liability and I've got ten.", None),
            t("Got it. Honestly, nearly every cafe on Sydney Road has moved over to our hospitality package this year, the bagel place, the Lebanese bakery, the lot. You don't want to be the one left on an old policy, right?"),
            c("I don't really care what the bagel place does. I just need the limit fixed, not a whole new package.", "no_need"),
            t("Sure, and I can fix it today, but only if we move you across this morning. The hospitality rate I've got is locked till twelve, then it goes back up about eighteen percent. It's already twenty to eleven."),
            c("I can't do this now, I've got a line out the door. Come back next week.", "no_time"),
            t("I wish I could, but by next week your landlord will have two compliant cafes lined up for that spot. Most owners in your position sign within the hour. Shall I start the form while you make coffees?"),
            c("No. You're stressing me out. Leave your card on the counter, mate.", "brush_off"),
        ],
    ),
    gpair(
        "b223g_za_retirement_lump_sum",
        "independent financial planner's office, Cape Town",
        "keyword_stuffed",
        "A newly retired teacher has a pension lump sum in her cheque account, a son who wants some for a taxi, and a fear of losing it.",
        good=[
            _a9,
            t("Good morning, Mrs Adams, and congratulations on thirty-one years. You're right to pause before doing anything. Can I ask first: apart from the lump sum, is there a monthly pension coming in as well?"),
            c("Yes, the GEPF pays monthly, about nineteen thousand after tax. The house is paid off. I still have medical aid through the department.", None),
            t("That helps a lot. Does the monthly pension cover your costs, or is there a gap each month?"),
            c("It's enough, just. But if the geyser bursts or the car goes, there's nothing. That's what the money is for, in my head. And maybe my grandchildren's studies one day.", None),
            t("So I'm hearing three things: a buffer so a burst geyser doesn't become a crisis, something for the grandchildren later, and not losing the capital. And your son's request sits on top of that. Is that fair?"),
            c("That's it exactly. The taxi, I don't know. His car wash closed within a year, and I lost thirty thousand on that.", None),
            t("That's a family decision and I won't tell you what to do, but if you help him, I'd suggest only an amount you could lose without it hurting you. For the rest, a simple plan: about sixty thousand in a money market account you can reach in a day, and the rest split between a tax-free savings account and a low-cost balanced fund. My fee is one percent a year on what I manage, so on about four hundred thousand that's four thousand rand a year."),
            c("Four thousand a year, every year? My sister says just put it in a fixed deposit at the bank and pay nobody.", "too_expensive"),
            t("That's a real option, and a fixed deposit is safe. The trade-off is that over ten years inflation eats into it. I'll put the fixed deposit next to my proposal on one page, with what each costs, so you and your sister can compare. Shall we meet again in two weeks?"),
            c("Yes, that's fair. Let me take it home and read it properly first.", "think_it_over"),
        ],
        gaming=[
            _a9,
            t("Good morning, and thank you for trusting us with this journey. At Meridian Wealth our relationship with you is built on deeply understanding your needs, your goals and your feelings, so together we create a retirement experience that truly reflects your success. Can you share how you feel about this exciting new chapter?"),
            c("Exciting? I'm nervous. I told you, I don't want to lose it.", None),
            t("I hear you, and I really feel that. Understanding your needs is our number one priority, and I want you to feel understood, empowered and supported. So what I'm understanding is that security matters to you in this relationship. Would that be fair?"),
            c("Yes. So what do I do with it?", None),
            t("Wonderful question. Our holistic, needs-based approach aligns your values with a tailored solution that delivers an outstanding client experience and long-term success. We'd place you in our Legacy Growth Portfolio, designed around people exactly like you and your needs."),
            c("What is in it? Shares? What does it cost me?", None),
            t("I love that you're curious! It's a diversified solution that's been very successful for our clients, with fees that reflect the value of the relationship. What matters most is that you feel confident on your journey. How satisfied are you with our conversation so far?"),
            c("Not very. You haven't given me one number. I'll rather go speak to my bank.", None),
        ],
    ),
    gpair(
        "b223g_us_pawn_guitar_extension",
        "pawn shop counter, Phoenix, Arizona",
        "rude",
        "A musician can't redeem his pawned guitar by Friday and asks to pay the fee and extend the loan.",
        good=[
            _a10,
            t("Yeah, usually we can do an extension. Let me pull the ticket. What's the name on it?"),
            c("Ray Dominguez. I don't have the paper on me, sorry.", None),
            t("No problem, found it. Loan was three hundred for thirty days, so the fee to extend another thirty is seventy-five. It's the same again each month, so if it rolls three or four times you'll have paid more in fees than the guitar loan itself. Any idea when you could pick it up?"),
            c("I get paid on the fifteenth. And I've got a gig on the twentieth, I really need it for that.", None),
            t("Okay, so pay the seventy-five today and that takes it to the end of next month. On the fifteenth you come in and pay off the three hundred plus whatever's accrued, which is less the earlier you come. That gets it back in your hands before the gig."),
            c("Seventy-five, man. That's steep for one month.", "too_expensive"),
            t("It is, and I won't pretend it's cheap. The other option is letting it go on Friday, but that's a Martin, and I'd hate to see you lose it over seventy-five bucks. Your call."),
            c("No, no, I'm not losing that guitar. Here. Seventy-five, cash.", None),
            t("Done. Here's the new ticket, due the thirtieth. Take a photo of it so you've got it this time."),
        ],
        gaming=[
            _a10,
            t("Do I look like I run a charity? What's the name?"),
            c("Ray Dominguez. I don't have the ticket on me, sorry.", None),
            t("Course you don't. Nobody ever does. Hang on. Three hundred, due Friday. So what exactly are you asking me for?"),
            c("Can I pay just the interest and extend it? I get paid on the fifteenth.", None),
            t("Sure, if you enjoy throwing money away. Seventy-five. Every month. Your funeral."),
            c("Seventy-five? For a month? That's a lot, man.", "too_expensive"),
            t("Then don't. Plenty of people would love a Martin for three hundred. Any other questions, or are we done here?"),
            c("Jeez. Fine. Here's the seventy-five. Can I at least get a receipt?", None),
            t("It prints. Try not to lose this one too."),
        ],
    ),
]
