"""Gaming pairs 1-15 (hand-written). Label next to each customer line."""
from common import c, t

PAIRS = [
    # 1 ------------------------------------------------------------------
    dict(
        id="b27g_crane_hire_monologue",
        business="Mobile crane hire with operators, Rotterdam, Netherlands (B2B)",
        kind="monologue",
        situation="A site manager for a small building contractor phones to hire a crane next Thursday to lift two "
                  "rooftop air-handling units onto a four-storey building in a narrow street.",
        open="Hi, yeah, Pieter from Van Dijk Bouw. I need a crane next Thursday to get two air-handling units onto a "
             "roof, four storeys, in a pretty narrow street in Kralingen. What can you do?",
        good=[
            t("Morning Pieter. Thursday should be doable — let me just get a couple of things so I send the right "
              "machine. Roughly how heavy are the units, and how far in from the front of the building do they need "
              "to land?"),
            c("About 2,200 kilos each, I think. Landing spot is maybe twelve metres back from the facade.", None),
            t("Okay, so two lifts of about 2.2 tonnes, twelve metres in, four storeys up. With that reach it's more "
              "than a small city crane — I'm thinking a 60-tonne all-terrain. The question is the street. How wide "
              "is it, and are there tram lines or overhead cables?"),
            c("No tram. Seven metres maybe, cars parked both sides. Last time we had a crane on that street it "
              "couldn't get its outriggers down and we lost the whole day.", None),
            t("That's exactly what we want to avoid. So two things: we'd send someone to check the set-up position "
              "beforehand — free, this week — and you'll need a parking suspension from the gemeente for the "
              "outriggers, which takes about five working days. Have you applied for that yet?"),
            c("No, not yet. Five days — so that really needs to go in today.", None),
            t("Today would be best, yes. We can file it for you, we do it most weeks — just send me the address and "
              "the times. Is anything else being lifted that day? Old units coming down, that sort of thing?"),
            c("Ah, good point, the two old units come off too. Smaller, maybe 1,500 each.", None),
            t("Then we'll plan four lifts, half a day should do it. So: surveyor Monday morning, we file the permit "
              "today once I have the address, and you'll have a quote for a 60-tonne with operator, Thursday from "
              "seven, by this afternoon. Does that work?"),
            c("Yes, perfect. I'll mail you the address now.", None),
        ],
        gaming=[
            t("Morning Pieter, great to hear from you, and what I'm hearing is you need a lifting solution for your "
              "project, so let me walk you through how we work at Hoogland Kraanverhuur, because understanding our "
              "approach really helps the relationship. We've got a fleet of over forty cranes, from 30-tonne city "
              "cranes up to a 500-tonne Liebherr, all our operators are VCA certified, we've worked on the Markthal "
              "and three of the towers on the Kop van Zuid, and our whole philosophy is that your success is our "
              "success. For a job like yours we usually recommend our Full Lift package — crane, operator, lifting "
              "supervisor, rigging, traffic plan, everything — so the whole experience is completely hands-off for "
              "you."),
            c("Okay. It's just two units, though. And the street is narrow.", "no_need"),
            t("Absolutely, and narrow streets are actually our speciality, so you're in good hands. The Full Lift "
              "package is popular precisely because with narrow streets there's the permit side, the parking "
              "suspension, the neighbours, and our team handles all the communication with the gemeente, and on the "
              "day our supervisor is there from set-up to packing away, and we also do a post-lift report that a lot "
              "of main contractors really value for their files. Full Lift starts at 4,850 euros for a day, and "
              "honestly most clients find it pays for itself because there's no standing time. We can add a second "
              "operator for longer days, and our loyalty programme gives you 5% off your next three hires, which "
              "builds the relationship over time. Does that sound like the kind of experience you're looking for?"),
            c("I need to know if a crane can even set up there. Can you—", None),
            t("Hundred percent, and that's all part of Full Lift: our planner does a desk study with Street View and "
              "the BGT maps, and then we pick from the fleet, usually a 60 or 80-tonne all-terrain, and that's all "
              "in the price. I'll send you the brochure and the Full Lift terms now, you can sign off the quote "
              "online, it takes two minutes, and we'll take it from there. Is there anything else I can help you "
              "with today?"),
            c("I'll look at the brochure. I'll probably call a couple of other firms as well.", "think_it_over"),
            t("Of course, take your time! We're confident that once you see what we offer you'll be back. Thanks for "
              "calling Hoogland, Pieter, have a great day."),
        ],
    ),
    # 2 ------------------------------------------------------------------
    dict(
        id="b27g_language_school_monologue",
        business="Spanish language school for adults, Valencia, Spain",
        kind="monologue",
        situation="Website chat. A Polish engineer moving to Valencia for work asks about evening Spanish classes; "
                  "his level is very basic.",
        open="hi, im looking for spanish course for my work, i move to valencia in march and my level is very "
             "basic. do you have evening classes?? 🙏",
        good=[
            t("Hi! Yes, we do evening classes 😊 Before I suggest one — what will you need Spanish for at work? "
              "Meetings, emails, talking to clients?"),
            c("mostly meetings and talk with the team on site, im an engineer. emails they write in english ok",
              None),
            t("Got it, so it's speaking and listening on site more than writing. And what does 'very basic' mean "
              "for you right now — can you introduce yourself, order in a café, that kind of thing?"),
            c("yes that kind. i did duolingo 3 months lol but when people speak fast i understand nothing", None),
            t("Very normal, Valencians speak fast 😄 Then I'd suggest our A2 evening group, Mon and Wed "
              "19:00–20:30, mostly conversation, max 8 people. Best first step is a free 20-min level test with a "
              "teacher so you land in the right group. When do you arrive?"),
            c("1 march. but i work long hours first months, maybe 2 evenings is too much for me", "no_time"),
            t("Fair enough — first months in a new job are heavy. We also have a Saturday morning group, "
              "10:00–13:00, once a week, same level. Or you could start with one evening and add the second later. "
              "Would Saturday be easier?"),
            c("saturday is better yes. how much is it?", None),
            t("Saturday group is €165 a month, books included. If you like I can book your level test by video "
              "for the week you arrive — Tuesday 3 March, 18:00? Then you can start that Saturday."),
            c("ok yes book it pls 👍 thanks", None),
        ],
        gaming=[
            t("Hi and welcome to Escuela Turia!! 😊 So what I'm hearing is you need Spanish for your new life in "
              "Valencia, which is amazing. Let me tell you about us: teaching since 1998, Instituto Cervantes "
              "accredited, all teachers native and certified, and we believe language is about the whole experience, "
              "not just grammar. We have intensive (20h/week), semi-intensive (10h), evening, Saturday, one-to-one, "
              "business Spanish, DELE prep, plus our cultural programme with paella workshops, Fallas tours and "
              "intercambios every Thursday on the rooftop. Most professionals choose the Intensive Immersion to get "
              "up to speed fast — 4 weeks, €780 — and honestly it changes lives. Our students' success is what we "
              "care about most!"),
            c("i work full time tho", "no_time"),
            t("Totally understand!! That's why Intensive Immersion has a flexible option, mornings 9–13, plus our "
              "online platform with 24/7 exercises, podcasts and the app, and a personal tutor who follows your "
              "progress every week, which builds a really strong relationship. We also offer host-family "
              "accommodation when you arrive, and airport pickup for €45. And if you book before 15 Feb there's 10% "
              "early bird. Does that sound like the kind of experience you want? 😊"),
            c("i have a flat already. i just need evenings", "no_need"),
            t("Perfect, evenings are great too! The evening course is Mon/Wed 19:00–20:30, and you can combine it "
              "with the Intensive later, plus the cultural programme, and a lot of students add one-to-one sessions "
              "for business vocabulary. I'll email you our full brochure and price list so you can see everything. "
              "Is there anything else I can help you with today? 🙌"),
            c("ok send it, i'll compare with other schools", "think_it_over"),
            t("Of course! We're sure you'll love it here. Have a great day!! 💛"),
        ],
    ),
    # 3 ------------------------------------------------------------------
    dict(
        id="b27g_solar_heater_closing",
        business="Solar water heater supply and installation, Nairobi, Kenya",
        kind="closing_as_open_question",
        situation="A homeowner whose neighbour bought a solar water heater phones; she has seven people in the house "
                  "and doubts it will cope.",
        open="Yes, hello. My neighbour put one of your solar water heaters last year and now she's telling me I "
             "should do the same. But I'm not convinced it will work for us, we are seven in the house.",
        good=[
            t("Good afternoon, and thank you for calling. Seven people is a lot of hot water, so your doubt is fair. "
              "Tell me how you heat water now, and what happens in the mornings?"),
            c("Now we use an electric geyser, 100 litres. By the time the fourth person showers it's cold, and the "
              "KPLC bill is terrible, almost 9,000 shillings a month.", None),
            t("So the geyser can't keep up with seven, and the bill is hurting. For seven we'd size it at 300 "
              "litres, and keep your geyser element as backup for the cloudy weeks in July. What's making you unsure "
              "it would work?"),
            c("My neighbour says on cloudy days it's only warm. And honestly, these things cost too much for what "
              "they save.", "too_expensive"),
            t("On cloudy days she's right — it drops to warm, which is why the backup matters. On cost: the "
              "300-litre is 165,000 installed. If it cut your bill by five or six thousand a month, it pays back in "
              "under three years. If those numbers held up for your house, would it be what you need?"),
            c("If it saves that much, then yes. But how do I know your numbers are right for my house?", None),
            t("You shouldn't have to take my word for it. Our technician can come, look at the roof and the pipes, "
              "check your last three bills and give you a written estimate of the saving — no charge, no "
              "obligation. Would Saturday morning suit?"),
            c("Saturday after ten is fine. We are in Kileleshwa.", None),
            t("Saturday 10:30 in Kileleshwa, then. The technician is Joseph, he'll call you on Friday to confirm. "
              "Please keep the last three electricity bills ready for him."),
        ],
        gaming=[
            t("Good afternoon! Your neighbour is a very happy customer, so you're in good company. Tell me, which "
              "size will best meet your family's needs — the 200 or the 300 litre?"),
            c("Slow down. I haven't decided anything — I'm still thinking about whether it's worth it.",
              "think_it_over"),
            t("Of course, and that's what we're here for. So what I'm hearing is you want the best value — so how "
              "would you prefer to spread the payment, our 12-month plan or a one-off with the 5% discount?"),
            c("How much is it even?", None),
            t("The 300-litre, perfect for a family your size, is 165,000 shillings installed. What day this month "
              "would work best for our team to come and install it, so everyone can start enjoying hot showers?"),
            c("That's too much money for a heater. The geyser cost me 18,000.", "too_expensive"),
            t("I understand, many families feel that at first. Which would you rather — keep paying KPLC every "
              "month, or own your hot water? And what would make you comfortable going ahead today: the M-Pesa plan "
              "or a deposit?"),
            c("Neither. I'll talk to my husband and maybe call you back.", "think_it_over"),
            t("Wonderful. When is the best time for me to call you both to finalise — this evening or tomorrow "
              "morning?"),
        ],
    ),
    # 4 ------------------------------------------------------------------
    dict(
        id="b27g_payroll_bureau_closing",
        business="Payroll bureau for small businesses, Manchester, UK (B2B)",
        kind="closing_as_open_question",
        situation="Website chat. The owner of a six-person café, who runs payroll on a spreadsheet and has just had "
                  "an HMRC late-filing penalty, asks what the bureau charges.",
        open="hiya, I run a small cafe in Ancoats, 6 staff, doing payroll myself on a spreadsheet and HMRC just sent "
             "me a late filing penalty. how much do u charge?",
        good=[
            t("Hi! Sorry about the penalty — that's usually a late FPS, and it's really common when you're doing it "
              "by hand. The price depends on a couple of things: are the staff on fixed hours or do they change "
              "every week?"),
            c("changes every week, its a cafe lol. I send myself the hours on a sunday night usually", None),
            t("Makes sense. And are they paid weekly or monthly?"),
            c("weekly. margins in a cafe are tiny btw", None),
            t("Understood. For 6 weekly staff it's £7 per employee per month, so £42 a month, and that includes the "
              "RTI filing, payslips and pension auto-enrolment. We file on time every week, so no more penalties. "
              "Would that be manageable?"),
            c("42 a month is more than I hoped tbh, the software is like 15", "too_expensive"),
            t("Fair comparison. The software's cheaper, but you'd still be the one doing it at 11pm on a Sunday — "
              "which is how the penalty happened. If you'd rather keep it in-house, I can show you how to set the "
              "software to file automatically. Or try us for two months and see if the time saved is worth it. "
              "Which sounds better?"),
            c("honestly the 2 months trial sounds good, i hate doing it", None),
            t("Great. I'll email you the sign-up form and a list of what we need (staff details and last 3 "
              "payslips). If you send it by Thursday we'll run your first payroll next week. I can also help you "
              "appeal the penalty — a first late filing often gets cancelled."),
            c("oh really?? yes pls do that 🙏", None),
        ],
        gaming=[
            t("Hi! So sorry about the penalty 😬 We can definitely fix that for you. To get you set up, would you "
              "like us to start from this week's payroll or next week's?"),
            c("erm I just asked how much it is", None),
            t("Of course! It depends on the package — our Complete package is £12 per employee, including the HR "
              "helpline and a dedicated account manager who really gets to know your business. Shall I put you down "
              "for Complete, or would you prefer to go straight to Complete Plus with employment contracts "
              "included?"),
            c("so thats £72 a month for 6 people?? way too much for a cafe", "too_expensive"),
            t("I hear you — value is really important to you. What would make £72 feel like the right investment, "
              "knowing you'd never see another HMRC penalty? And what's the best email for your onboarding pack?"),
            c("i dont need HR stuff or an account manager. i just want payslips and the filing done", "no_need"),
            t("Totally. So what I'm hearing is you want peace of mind. How soon would you like your account manager "
              "to call you to get onboarded — tomorrow morning or Thursday?"),
            c("neither tbh. ill look at the software options first", "think_it_over"),
            t("No problem! Which day suits for a follow-up call once you've had a look — Monday or Tuesday? 😊"),
        ],
    ),
    # 5 ------------------------------------------------------------------
    dict(
        id="b27g_fertility_clinic_paraphrase",
        business="Fertility clinic, Toronto, Canada",
        kind="pitch_as_paraphrase",
        situation="A woman who has been trying to conceive for two years phones after her family doctor suggested a "
                  "clinic; she is nervous and does not know the first step or the cost.",
        open="Hi, um, I'm calling because — sorry, this is hard — we've been trying for about two years, and our "
             "family doctor said we should look at a clinic. I don't really know what the first step is, or what it "
             "costs.",
        good=[
            t("Please don't apologise — a lot of people find this first call hard. The first step is just a "
              "consultation, so nobody's committing to any treatment. Can I ask where you are so far — has your "
              "doctor done any tests, or is it starting from scratch?"),
            c("She did some blood work for me, and my husband did a, um, a semen analysis. She said it was 'a bit "
              "low' but didn't really explain.", None),
            t("Okay, so you've got some results already, and you're left not quite knowing what 'a bit low' means. "
              "That's something the doctor here would go through with you both properly. What matters most to you "
              "right now — understanding what's going on, or knowing the options and costs?"),
            c("Honestly both. I'm scared it'll end up being IVF — we're both teachers, money's tight.", None),
            t("That worry makes complete sense. Two things that might help: the consultation and the tests are "
              "covered by OHIP, so that part costs you nothing. Ontario also funds one IVF cycle, though there's a "
              "wait list. And it's often not IVF first at all — it depends on the results. Would it help to get the "
              "consultation booked, so you know where you actually stand?"),
            c("Oh — I didn't know OHIP covered the consult. Yes, that would help.", None),
            t("We'll need a referral from your doctor — I can send her office the request today if you give me her "
              "name. The next new-patient appointment is the 14th at 9:30, and ideally you both come. Does that "
              "work?"),
            c("The 14th, yes, I'll swap a class. It's Dr. Anand, at the Danforth clinic.", None),
            t("Perfect, I'll send it today and call you once we have it. Would it help if I emailed you what to "
              "expect at the first visit?"),
        ],
        gaming=[
            t("Thank you for reaching out, I know that's a big step. So if I'm understanding you correctly, what "
              "you're really looking for is a clear path to success — and that's exactly what our Family Pathway "
              "programme gives you: three IVF cycles with a refund guarantee, $29,900."),
            c("Um, I didn't say IVF. I just don't know what the first step is.", None),
            t("Absolutely, and did I understand you correctly that after two years you don't want to lose any more "
              "time? Because what our Pathway patients tell us is that not wasting another year is what mattered "
              "most, and with the Pathway you go straight to what works, without the trial and error."),
            c("We're teachers. We couldn't possibly pay thirty thousand dollars.", "no_money"),
            t("So what I'm hearing is that you want to invest wisely in your family's future, and that's why we "
              "offer financing from $399 a month — so it's really about the value of the outcome. Does that sound "
              "like it meets your needs?"),
            c("I think I need to talk to my husband before anything.", "think_it_over"),
            t("Of course. So what you're telling me is you both want to be part of this journey — which is why the "
              "Pathway includes a couple's consultation. Can I pencil you both in for Thursday so you can sign up "
              "together?"),
            c("No, just — please send me some information. I'll call back.", "brush_off"),
        ],
    ),
    # 6 ------------------------------------------------------------------
    dict(
        id="b27g_drone_spraying_paraphrase",
        business="Agricultural drone spraying service, Moga district, Punjab, India",
        kind="pitch_as_paraphrase",
        situation="A paddy farmer with 22 acres phones because leaf folder is spreading and he cannot find labour "
                  "to spray by hand.",
        open="Hello sir, I am calling from Moga side. I have 22 acre paddy, this year leaf folder is coming too much. "
             "Labour for spray is not available, everybody gone. Your drone spray, how it works?",
        good=[
            t("Sat Sri Akal ji. Yes, labour is very hard to find at this time. Tell me first — the leaf folder, how "
              "bad is it? And have you already sprayed something?"),
            c("One time we sprayed, one week before, by hand. In some field it's still coming, maybe 10 acre bad, "
              "other is okay.", None),
            t("So around 10 acres are bad and the other 12 are fine for now, and the first spray didn't fully "
              "control it. Which chemical did you use? I ask because if the same one didn't work, the drone won't "
              "change that — we'd check with the PAU advisory what to use."),
            c("Coragen I think, my dealer gave it. But drone spray, isn't it very costly? My brother say 600 per "
              "acre.", "too_expensive"),
            t("Your brother is right, it's 550 to 600 per acre with us. For only the 10 bad acres that's about "
              "6,000 rupees, and the drone does 10 acres in about two hours. What were you paying labour per acre "
              "before, when you could get them?"),
            c("Labour was 400, 450. But they take two day and half the time they spray wrong.", None),
            t("So the drone is a bit more per acre, but done in one morning and even. If you like, our agronomist "
              "can come tomorrow and look at those 10 acres first, free, and tell you if spraying now is really "
              "needed. Then you decide."),
            c("Yes, that is good. Tomorrow morning 8 o'clock? Village Dhudike.", None),
            t("Tomorrow 8 o'clock, Dhudike. His name is Gurpreet, he'll call you tonight. Keep the Coragen bottle so "
              "he can see it."),
        ],
        gaming=[
            t("Namaste ji! So what I understand is you want a complete crop protection solution for your 22 acres — "
              "that is exactly our Kisan Gold season plan: all 22 acres sprayed four times this season, ₹48,000 "
              "total."),
            c("No sir, I am asking only for this leaf folder spray. Four times I don't need.", "no_need"),
            t("Yes ji, so what you are saying is your priority is protecting your yield, am I right? That's why the "
              "Gold plan includes our own recommended chemical also, so you don't need to go to the dealer — "
              "everything in one package. Our experience is farmers are very happy."),
            c("I already have chemical from dealer. 48,000 is too much for me.", "too_expensive"),
            t("I am hearing that you want the best value, ji. With Gold you save ₹6,000 compared to booking spray "
              "one by one, and many farmers in Moga already took it. Did I understand you correctly that you want "
              "to save money this season?"),
            c("I will ask my brother and call you.", "think_it_over"),
            t("Sure ji. So you want your family to be part of the success — I will send the Gold plan details on "
              "WhatsApp for your brother also."),
        ],
    ),
    # 7 ------------------------------------------------------------------
    dict(
        id="b27g_school_uniform_upsell",
        business="School-uniform shop, Auckland, New Zealand",
        kind="upsell_as_loop_closing",
        situation="Website chat. A working parent needs one blazer in size 12 delivered before the first day of term "
                  "on Monday.",
        open="hi do u have the Westlake Girls blazer in size 12? need it by monday, she starts term 1 and i'm at "
             "work all weekend 😩",
        good=[
            t("Hi! Yes, we've got size 12 in stock 🙂 Just to check — those blazers run a bit small. Is she a 12 in "
              "other things, or between sizes?"),
            c("shes 11 but growing like a weed lol. 12 shd be fine right?", None),
            t("12 is what most parents go for at 11, it gives her a year or two. If the shoulders are off you can "
              "swap it within 30 days with tags on. Do you want click & collect or courier?"),
            c("courier pls, i cant get there before monday", None),
            t("No worries. If the order's in before 2pm today it'll arrive Friday with NZ Post, so you've got a "
              "buffer. It's $169 plus $8 courier. Sending the payment link now — is there anything else on her list "
              "I can put in the same parcel, so you're not ordering twice?"),
            c("omg yes she needs 2 pairs of the grey socks, size 9-11", None),
            t("Done — 2 pairs grey socks 9–11, $7 each, added. Payment link's on its way, and you'll get a tracking "
              "number when it ships this afternoon 👍"),
            c("amazing thank u!!", None),
        ],
        gaming=[
            t("Hi! Yes we have the 12 😊 First day of secondary, how exciting! So that she's completely sorted for a "
              "great start — shall I add the full Westlake Starter Bundle? Blazer, 2 blouses, skirt, jersey and PE "
              "gear, $389."),
            c("no just the blazer pls, we've got the rest from her sister", "no_need"),
            t("Perfect 👍 So just to close the loop — did I understand correctly that she has everything she needs? "
              "Most families find hand-me-down blouses don't fit right, so I'd add two new ones ($38 each) just to "
              "be safe. Shall I pop them in?"),
            c("no thanks. can u just courier the blazer by monday", "no_need"),
            t("Of course! And to make sure we've covered everything — most parents also add our name-label pack "
              "($24) and the blazer Care Plan ($19), which covers tears and stains for the year. Anything else she'll "
              "need for a successful term?"),
            c("no. honestly this is taking ages i need to get back to work", "no_time"),
            t("No worries! Just the blazer then. Is there anything else I can help you with today? Maybe a spare "
              "tie? 😊"),
            c("NO. just the blazer", "no_need"),
        ],
    ),
    # 8 ------------------------------------------------------------------
    dict(
        id="b27g_hearing_aid_upsell",
        business="Independent audiology and hearing-aid practice, Dublin, Ireland",
        kind="upsell_as_loop_closing",
        situation="An elderly man on a pension brings in his four-year-old hearing aid because the left one whistles.",
        open="Good morning. My left hearing aid has started whistling at me, especially when I put my hat on. I've "
             "had the pair four years now. Can you have a look at it?",
        good=[
            t("Good morning, Mr. Brennan — of course. Whistling like that is usually a fit problem or a bit of wax "
              "rather than the aid itself. Does it whistle all the time, or mostly when something's near your ear?"),
            c("Mostly with the hat, or when I'm on the phone. And my wife says I've the telly up too loud again, but "
              "sure she always says that.", None),
            t("Ha — I'll check both. Let me look in the ear first... There's a bit of wax, and the dome on the left "
              "is worn, so sound is leaking out and feeding back. I'll change the domes and wax guards now, no "
              "charge. Then a quick hearing check for the telly question — would that be all right?"),
            c("Go on so.", None),
            t("Your hearing has dropped a little in the high notes since last time, which explains the telly. I've "
              "turned the aids up to match, so you shouldn't need anything new. Pop your hat on for me — how does my "
              "voice sound now?"),
            c("That's grand — no whistle at all. Your voice is clearer too.", None),
            t("Good. Wear them as normal this week, and if the telly's still loud, just call in and I'll adjust them "
              "again, no need to book. Is anything else bothering you with them?"),
            c("Not a thing. Thanks very much.", None),
        ],
        gaming=[
            t("Good morning! Let's take a look... Right, the whistling is feedback. Now, to close the loop on your "
              "experience today — have you thought about upgrading? Four years is about the life of an aid, and the "
              "new rechargeable pair is €4,200."),
            c("I'd rather just have this one fixed, if it can be fixed.", "no_need"),
            t("Of course. And just so I'm sure I've covered all your needs today — with the new ones the whistle "
              "would be gone for good, and they've Bluetooth for the telly, so your wife would be happy too. Would "
              "that make today a success for you?"),
            c("I can't be spending four thousand euro, I'm on the pension.", "no_money"),
            t("Completely understand. Then before you go, is there anything else? We've a TV Connector for €290 "
              "that would sort the telly, and our Care Plan at €15 a month covers domes and repairs."),
            c("No. Did you fix the whistle or not?", "no_need"),
            t("I've given it a clean, you should notice a difference. So to close off — are you happy with "
              "everything today, and can I book you in for a demo of the new pair next week?"),
            c("I'll think about it.", "think_it_over"),
        ],
    ),
    # 9 ------------------------------------------------------------------
    dict(
        id="b27g_yacht_charter_tags",
        business="Bareboat yacht charter, Split, Croatia",
        kind="leading_tag_questions",
        situation="Booking chat. An experienced skipper with a crew of four asks about a one-way July charter and "
                  "the age of the mainsail on the listed boat.",
        open="hi, looking at your Bavaria 46 for 2 wks in July, Split to Dubrovnik one-way. I've got a yachtmaster "
             "offshore, crew of 4 experienced. what's the deal with the one-way fee and the sails - listing says "
             "2016 mainsail?",
        good=[
            t("Hi! Thanks for the detail, that helps. One-way Split–Dubrovnik is €450 on top of the charter. The "
              "Bavaria has the original 2016 furling main; the genoa was replaced in 2023. With four experienced "
              "crew I'm guessing you'll want to actually sail her — we also have a 2021 Dufour 460 with a newer "
              "main at a similar price. What matters more to you, layout or sails?"),
            c("sails tbh. we want to get down to lastovo and mljet and sail in a proper maestral, not motor. "
              "furling main on an old bavaria is going to be a bag", None),
            t("Fair — an eight-year-old furling main won't point. The Dufour has a battened classic main and a "
              "self-tacking jib, which is nice in a maestral. 5–19 July is €7,900 plus the one-way fee. Want me to "
              "send photos of her sails from last week and the current inventory before you decide?"),
            c("yes pls. also is that price fixed, seems high for a 46", "too_expensive"),
            t("It's the July peak rate, so honestly there's not much room. What I can do is waive the €250 transit "
              "log for a two-week booking, or if you could shift to 28 June–12 July, it drops to €6,900. Would "
              "either work?"),
            c("28 june could work, need to check with the crew", "think_it_over"),
            t("Sure. I'll hold the Dufour for you for 48 hours, no deposit, and send the sail photos and inventory "
              "within the hour. Can you let me know by Thursday evening?"),
            c("deal, thanks. photos would be great", None),
        ],
        gaming=[
            t("Hi! Great choice, the Bavaria 46 is perfect for an experienced crew like yours, isn't it? The one-way "
              "fee is €450, which is very normal for Dubrovnik, right?"),
            c("i guess. what about the mainsail", None),
            t("The main's in great shape — you'll be cruising mostly anyway, won't you? And with a furling main it's "
              "much easier to handle with four, don't you think?"),
            c("no, we race at home. we want to sail, not motor. a 2016 furling main is not what we want", "no_need"),
            t("Of course, and experienced sailors like you know it's really the skipper that makes the boat, isn't "
              "it? You'll still have a fantastic experience, won't you? So shall I send the booking form for 5–19 "
              "July?"),
            c("no. i'll look at other companies w newer sails", "think_it_over"),
            t("Totally understand, but July is almost full everywhere, and you wouldn't want to miss out, would "
              "you? We can build a great relationship here, can't we?"),
            c("send me the inventory and I'll see", "brush_off"),
        ],
    ),
    # 10 -----------------------------------------------------------------
    dict(
        id="b27g_industrial_refrigeration_tags",
        business="Industrial ammonia refrigeration maintenance, Monterrey, Mexico (B2B)",
        kind="leading_tag_questions",
        situation="The maintenance manager of a dairy plant phones because the cold-room compressor has tripped "
                  "twice this week; the current maintenance contract ends in March.",
        open="Good morning. I am the maintenance manager at a dairy plant in Apodaca. Our ammonia compressor for the "
             "cold room, it tripped two times this week on high discharge pressure. Our contract with the other "
             "company finish in March. I want to know what you offer.",
        good=[
            t("Good morning, thank you for calling. Two trips in a week on high discharge — is the room holding "
              "temperature now, or is product at risk?"),
            c("For now it holds, but the second time we were at 6 degrees for two hours. The quality team is very "
              "nervous.", None),
            t("Understood — so the first thing is to stop it tripping, and the contract is a second conversation. "
              "High discharge usually means the condenser isn't rejecting heat: dirty coils, a fan, non-condensables, "
              "water treatment. Is it an evaporative condenser on the roof?"),
            c("Yes, evaporative. The other company cleaned it last in... October, I think.", None),
            t("With the heat starting in Monterrey, that's a likely suspect. I can send a technician tomorrow "
              "morning to diagnose — call-out is 4,800 pesos plus hours, and if it's the condenser he can often fix "
              "it the same day. Separately, I'll prepare a maintenance proposal for when your contract ends. Is that "
              "useful?"),
            c("Yes. But I have to tell you, we had a bad time with contractors. They come, they change parts, and "
              "the problem comes back.", "bad_experience"),
            t("That's a fair worry. Our technician gives you a written report with the readings before changing "
              "anything, and you approve any part. If the same fault comes back within 30 days, the second visit is "
              "free. Would that give you enough confidence to try us?"),
            c("Okay, that is fair. Tomorrow at seven, please, before production starts.", None),
            t("Seven o'clock tomorrow. The technician is Ing. Salinas, he'll call you at 6:30 on his way. Please have "
              "someone ready to give him access to the roof."),
        ],
        gaming=[
            t("Good morning! High discharge pressure, that's annoying, isn't it? But you know your current provider "
              "isn't giving you the service you deserve, don't you?"),
            c("I don't know. Maybe. The problem now is the compressor trips.", None),
            t("Exactly, and that's what a proper preventive contract avoids, right? A plant like yours needs a "
              "partner who understands your success, wouldn't you agree? Our Platinum contract is 38,000 pesos a "
              "month — reasonable for peace of mind, isn't it?"),
            c("It is a lot more than we pay now. First I need somebody to look at the compressor.", "too_expensive"),
            t("Sure, and once we sign the Platinum, our technician is there within four hours, which is what you "
              "need, isn't it? You wouldn't want another day at six degrees, would you?"),
            c("I cannot sign a contract today. The old one finishes in March.", "no_time"),
            t("Of course, and you'd agree it makes sense to lock in the price now before it goes up, wouldn't you? "
              "So we can start the paperwork, can't we?"),
            c("No. Send me the proposal by email, please.", "brush_off"),
        ],
    ),
    # 11 -----------------------------------------------------------------
    dict(
        id="b27g_museum_shop_putdown",
        business="Textile museum shop, Kyoto, Japan",
        kind="putdown_question",
        situation="A Spanish tourist wants a present for her mother, an embroiderer of forty years, and knows nothing "
                  "about the Japanese embroidery kits on sale.",
        open="Hello, excuse me. I want to buy a present for my mother, she does embroidery since many years. I see "
             "these kits with the silk thread — which one is good? I don't know anything about it.",
        good=[
            t("Hello! How lovely. These are sashiko kits and these are nihon shishu, silk embroidery. Since your "
              "mother has done embroidery for years — does she do more cross-stitch, or free embroidery?"),
            c("I think more free... she makes flowers on tablecloths, with many colours.", None),
            t("Then she might enjoy the nihon shishu — this one with plum blossoms. Real Kyoto silk, techniques "
              "she'll recognise but a bit different, so it's a nice challenge. Sashiko is simpler, white thread on "
              "indigo; some experienced people find it too easy. How much were you thinking of spending?"),
            c("This one is 12,800 yen? Hmm, it's a bit much for me.", "too_expensive"),
            t("I understand. This smaller plum-blossom kit is 5,500 — same silk and needles, just a smaller frame, "
              "like a coaster. Or we have the silk thread sets on their own, 3,300 yen, which she could use on her "
              "own tablecloths."),
            c("Ah, the thread for her own work — I think she loves that more. Can you wrap it? It travels to "
              "Valencia.", None),
            t("Of course. I'll wrap it flat so it survives the suitcase and put in the English card that explains "
              "the silk. Would you like the blue colours or the gold?"),
            c("Gold, please. She will be very happy.", None),
        ],
        gaming=[
            t("Hello! Welcome. May I ask — do you know what nihon shishu actually is? Most tourists just pick the "
              "prettiest box."),
            c("No, I told you, I don't know anything about it.", None),
            t("That's fine. So what I'm hearing is your mother does embroidery. Would you say she's a serious "
              "embroiderer, or more a hobby, with kits from the supermarket?"),
            c("She is very good. She does embroidery for forty years.", None),
            t("Then I'm sure she'd appreciate this one, it's proper Kyoto silk, 12,800 yen. Or were you hoping for "
              "something cheaper, like the souvenirs at the station?"),
            c("That's not nice. Maybe I just look around more.", "brush_off"),
            t("Of course, take your time. Is there anything else I can help you find — maybe something more at your "
              "level, like the postcards?"),
            c("No, thank you.", "no_need"),
        ],
    ),
    # 12 -----------------------------------------------------------------
    dict(
        id="b27g_bike_fitting_putdown",
        business="Bike-fitting studio, Copenhagen, Denmark",
        kind="putdown_question",
        situation="An experienced road cyclist with knee pain after long rides asks whether a bike fit would help or "
                  "whether he should see a physiotherapist first.",
        open="Hi. I ride about 300 kilometres a week, mostly road, some gravel. For two months I get pain on the "
             "outside of my right knee after about 80 kilometres. I've already dropped my saddle a bit. I'm "
             "wondering whether a fit would help or whether I need a physio first.",
        good=[
            t("Good question to ask before booking. Pain on the outside of the knee that starts after a set "
              "distance is often cleats or stance width — but if it hurts off the bike, on stairs or at rest, I'd "
              "see a physio first. Does it hurt off the bike?"),
            c("Only on the bike, and it's gone by the next morning.", None),
            t("That points more towards the fit. When you dropped the saddle — did that change anything, better or "
              "worse?"),
            c("Slightly better, maybe. I also changed shoes this spring, now that I think about it.", None),
            t("That's interesting — new shoes usually means the cleats got moved, and a small change in rotation or "
              "float can do exactly this. A full fit is 2,400 kroner, two and a half hours. Or there's a cleat and "
              "foot session, 900 kroner, one hour — if you upgrade to a full fit later we deduct it. What would suit "
              "you?"),
            c("Let's start with the cleat session, then. If it's the cleats, great.", None),
            t("Good. Bring both the old and the new shoes, and the bike. Thursday at 17 or Saturday at 10?"),
            c("Saturday at 10.", None),
            t("Saturday at 10, then. And if it's still hurting after a couple of weeks on the new set-up, call me "
              "and we'll look further — the follow-up's free."),
        ],
        gaming=[
            t("Hi! Before anything — how long have you actually been riding with clip-in pedals?"),
            c("Eleven years. I race masters.", None),
            t("Great. And did you set up your position yourself, from YouTube or something? Because dropping a "
              "saddle without measuring is usually where these things start, isn't it?"),
            c("A fitter set it up years ago. I only dropped it five millimetres.", None),
            t("Okay. So what I'm hearing is the bike's been set up by guesswork for a while. You do realise 300 "
              "kilometres a week on a bad position is asking for trouble? Our full fit is 2,400 kroner — or was that "
              "more than you planned to invest in your own knees?"),
            c("I didn't ask about price. I asked whether I should see a physio first.", None),
            t("Fair. Has anyone ever actually looked at your pedalling, or are you one of those riders who just "
              "pushes through the pain? The fit is really what you need."),
            c("I think I'll see the physio first and call you back.", "think_it_over"),
        ],
    ),
    # 13 -----------------------------------------------------------------
    dict(
        id="b27g_dialysis_transport_terms",
        business="Non-emergency patient transport for dialysis, Melbourne, Australia",
        kind="not_my_department_or_read_the_terms",
        situation="The daughter of an 81-year-old dialysis patient phones, upset, after his pickup was fifty minutes "
                  "late for the second time this month.",
        open="I'm ringing about my dad, Tom Kovac. Your driver was fifty minutes late this morning, he missed the "
             "start of his dialysis slot and the unit had to squeeze him in at the end. He's 81. This is the second "
             "time this month.",
        good=[
            t("I'm really sorry — missing the start of a dialysis session isn't a small thing, and I can hear how "
              "worrying it is. Let me pull up his bookings... The car arrived at 7:55 against a 7:05 booking, and "
              "there was another late one on the 4th. How is your dad now?"),
            c("He's home, he's exhausted. He sat in that waiting room for two hours. I just need to know it's not "
              "going to happen again on Friday.", None),
            t("That's fair. This morning his car was reassigned after an earlier job ran over, and dispatch should "
              "have called you — that didn't happen, and it should have. For Friday I've flagged his booking as "
              "time-critical, so it can't be reassigned, and he's first on the driver's run. I'll ring the unit "
              "myself to let them know."),
            c("And what if the driver's sick or something?", None),
            t("Then dispatch has to call you by 6:30 with a backup, and if we can't cover it, we book and pay for a "
              "taxi. I'll give you my direct number as well. I'm also lodging a formal complaint for both late "
              "pickups, and you'll get a written reply within ten working days. Is there anything else about his "
              "trips I should know?"),
            c("He uses a walker now, the driver should know that. Thank you, this is better.", None),
            t("Noted on his file — walker, needs a hand at the door. I'll call you Thursday afternoon to confirm "
              "Friday's driver and time."),
        ],
        gaming=[
            t("Thank you for calling, and I really hear how important your dad's experience is to us. Did I "
              "understand you correctly that the pickup was late this morning?"),
            c("Fifty minutes late. He missed the start of his dialysis.", None),
            t("I completely understand how frustrating that must be. Unfortunately dispatch is handled by our "
              "rostering team, so I can't see what happened with the driver. What I can tell you is that under our "
              "terms pickup times are a 60-minute window, so technically fifty minutes is within the window."),
            c("A sixty-minute window? For dialysis? Nobody told us that.", None),
            t("It's in section 4 of the service agreement signed at registration — I'd encourage you to have a read "
              "through it. Is there anything else I can help with to make sure your relationship with us is a "
              "success?"),
            c("Yes — making sure it doesn't happen on Friday!", None),
            t("I understand. For anything about Friday's booking you'll need to email rostering, they manage the "
              "drivers. I'll give you the address. Was there anything else today?"),
            c("Forget it. I'll find another transport service.", "bad_experience"),
        ],
    ),
    # 14 -----------------------------------------------------------------
    dict(
        id="b27g_coworking_terms",
        business="Coworking space, Lagos, Nigeria",
        kind="not_my_department_or_read_the_terms",
        situation="Member chat. A freelancer with a dedicated desk has had no wifi since 9am and lost a client call; "
                  "it is the second outage this month.",
        open="good afternoon. the wifi on the 3rd floor has been down since 9am. i lost a client call because of it. "
             "i pay for a dedicated desk exactly so this doesnt happen. what is going on??",
        good=[
            t("Good afternoon, and I'm sorry — losing a client call is the worst thing that can happen in a place you "
              "pay to work from. I've just checked: the 3rd floor access point went down at the generator switchover "
              "this morning, and our IT person is on it now. Are you still in the building?"),
            c("yes im here, tethering to my phone and burning data", None),
            t("Okay. Right now the 2nd floor network is working, and I can give you meeting room B free for the rest "
              "of the day so you can work and take calls in peace. Would that help?"),
            c("yes that helps. but this is the second time this month. i cant keep explaining to clients", None),
            t("You're right, and it's not acceptable. I'll credit three days on this month's desk fee, and I'll ask "
              "our facilities manager, Kemi, to call you before Friday to explain what we're changing at the "
              "switchover so the 3rd floor doesn't drop again. Anything else from this morning I should sort out — "
              "your data costs?"),
            c("the data was like 4k naira, not a big deal. the credit is fair. thanks", None),
            t("Please send me a screenshot of the top-up anyway and I'll add it to the credit. Room B is open for you "
              "now 🙏"),
        ],
        gaming=[
            t("Good afternoon! Thank you for reaching out, your experience as a member is very important to us 😊 "
              "So what I'm hearing is the wifi is having some issues on 3?"),
            c("its not 'having issues', its been DOWN since 9. i lost a client call", None),
            t("I totally understand your frustration. Unfortunately network issues are handled by our IT provider, "
              "not front desk, so I'd recommend logging a ticket on the member portal. Also just to note, our "
              "membership terms (clause 7.2) say connectivity is provided on a best-effort basis and isn't "
              "guaranteed."),
            c("so i pay for a dedicated desk and you're telling me to read the terms?", None),
            t("I'm just making sure you have all the info you need! The IT provider usually responds within 48 "
              "hours. Is there anything else I can help you with today to make your day a success? ☺️"),
            c("48 hours. wow. im not renewing next month", "bad_experience"),
            t("Sorry to hear that! Cancellations are handled by our membership team — you can email members@ with "
              "30 days' notice as per the terms 🙏"),
        ],
    ),
    # 15 -----------------------------------------------------------------
    dict(
        id="b27g_crematorium_pressure",
        business="Crematorium and memorial chapel, Cape Town, South Africa",
        kind="social_proof_or_deadline_pressure",
        situation="A son whose mother died on Sunday phones on the hospice's advice; he has never arranged a funeral "
                  "and does not know what is needed or what it costs.",
        open="Good morning. My mother passed away on Sunday. The hospice gave me your number. I... I've never done "
             "this before. I don't know what we need to do or what it costs.",
        good=[
            t("Good morning, and I'm so sorry about your mother. You don't need to know anything — I'll walk you "
              "through it, and nothing has to be decided today. May I ask your name, and hers?"),
            c("I'm Sipho. Her name was Nomvula Dlamini.", None),
            t("Thank you, Sipho. Before we talk about arrangements — is there anything your mother wanted, or that "
              "the family feels strongly about? Some families hold the service in our chapel, some at their own "
              "church and only the cremation here."),
            c("She was very involved at her church in Gugulethu. I think the family will want the service there. My "
              "aunts are... they have opinions about cremation.", None),
            t("That's very common, and it's worth the family talking it through. If the service is at the church, "
              "we'd only do the cremation and return her ashes to you, which is simpler. The cremation is R6,800, "
              "including the certificate and a plain urn. Are you working with an undertaker, or would you like us "
              "to arrange the collection from the hospice as well?"),
            c("I don't know. I think I need to talk to my aunts before deciding anything.", "think_it_over"),
            t("Of course — take the time you need. I'll email you a one-page summary of the options and prices so "
              "you can show the family. Would it be all right if I called you on Thursday, after you've spoken to "
              "them?"),
            c("Yes. Thursday is good. Thank you for being patient with me.", None),
        ],
        gaming=[
            t("Good morning, and my condolences. I'm here to understand your needs at this difficult time. Most "
              "families in your situation choose our Legacy package — chapel service, cremation, a memorial video "
              "and a premium urn — R34,500. Nearly nine out of ten families we serve choose it, because they want "
              "to do right by their loved one."),
            c("We probably don't need the chapel... the service will be at her church in Gugulethu.", "no_need"),
            t("Absolutely, and I hear that family is important to you. The thing is, our dates are filling fast this "
              "month, and the Legacy price is only held until Friday — after that it goes up to R38,000. Families "
              "who wait often end up disappointed. Can I reserve it for you today?"),
            c("I can't afford that much. Isn't there something simpler?", "no_money"),
            t("There's the Basic, but honestly very few families choose it — most feel it doesn't honour their "
              "mother properly. What would your mother have wanted for her legacy? I can do a payment plan on the "
              "Legacy if you sign today."),
            c("I need to speak to my family first.", "think_it_over"),
            t("Of course. Just be aware I can only hold the slot and the price until 5pm today. What else can I help "
              "you with to make this a meaningful experience?"),
        ],
    ),
]
