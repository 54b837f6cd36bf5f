"""Ranked pairs d01-d10 (blind86): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 garden centre, Dundalk: better finds the real need (privacy, salt wind)
open_ = c("Hi, I'm after a hedge. Something that grows fast. Leylandii, I suppose, everyone says leylandii.", None)
PAIRS.append(rpair(
    "b86r_d01_dundalk_hedging",
    "A customer at a garden centre outside Dundalk, Co. Louth, asks for leylandii; the real need is privacy from new houses, half a mile from the sea.",
    [open_,
     t("Leylandii's fast all right. Before I send you off with a trolley of them, where's it going and what's it for? Shelter, privacy, keeping something out?"),
     c("Privacy, mostly. They've built four houses behind us out the Blackrock road and the upstairs windows look straight into the garden. We're about half a mile from the sea.", None),
     t("Half a mile from the sea changes things. Leylandii burn brown in salt wind, and once they're up you're clipping them twice a year forever. And for upstairs windows you need height where they're looking, not a wall all along. Griselinia takes the sea air and puts on about two foot a year, and you could put a couple of taller pleached trees just where the windows are."),
     c("How much are we talking? It's about thirty metres.", None),
     t("Thirty metres of griselinia, three to the metre, the two-foot plants, about five hundred and forty. Two pleached trees are another three hundred. You could do the trees this winter, that's where the privacy comes from, and the hedge next year if you'd rather spread it."),
     c("That's a good idea actually. I'll see where the windows line up and come back Saturday.", "think_it_over"),
     t("Do. Bring a photo taken from the garden looking at the houses, and we'll pick the trees together.")],
    [open_,
     t("Leylandii's the fastest, no doubt, up to three foot a year. How long a run is it?"),
     c("About thirty metres. It's for privacy, there's new houses behind us.", None),
     t("Thirty metres, you'd want about thirty plants at a metre apart. The four-foot ones are twelve euro each, so three-sixty. Get them in this side of Christmas while the ground's soft, and water them well the first summer."),
     c("Do they need much minding?", None),
     t("A trim once or twice a year once they're at height, and keep the tops in check or they'll run away on you. A good mulch helps, and we've a hedging feed that helps them take."),
     c("Grand. I'll take the thirty and the feed.", None),
     t("No problem, we can deliver Thursday. Just keep them watered till they go in.")],
))

# d02 document-management renewal, Bern: better finds why 15% and right-sizes
open_ = c("Good morning, Lukas Imhof, procurement, Aare Logistik. Our document-management renewal. I need fifteen percent off, or it goes to tender. That is the instruction I have.", "too_expensive")
PAIRS.append(rpair(
    "b86r_d02_bern_renewal_discount",
    "A procurement manager at a logistics firm near Bern says group policy demands 15% off a software renewal.",
    [open_,
     t("Good morning, Mr Imhof. Understood, and I'd rather talk than end up in a tender. Where does the fifteen come from? A group-wide cut, or something about our product?"),
     c("Group-wide. Every supplier above fifty thousand francs must show savings this year. Honestly, the users are happy enough.", None),
     t("That helps. So you need a saving you can show, and the product is fine. You pay for the workflow module on all two hundred seats, and about forty people use it. Move the other hundred and sixty to the standard licence and that's about eleven percent off, with nothing taken away that anyone uses. I can't do fifteen on the same scope, and I won't pretend I can."),
     c("Eleven is not fifteen. My director will ask why.", "too_expensive"),
     t("Then give him two numbers: eleven percent on one year, or fourteen if you commit to three with the indexation cap as it is. Either is a real saving, not a discount we claw back next year. I'll put both in writing with the usage report, so he can see where the eleven comes from."),
     c("The usage report he will like. Send it, I decide with him next week.", "think_it_over"),
     t("You'll have it by Wednesday.")],
    [open_,
     t("Good morning, Mr Imhof. Fifteen is a lot, I'll be honest. What I can do is eight percent on a one-year renewal, or twelve if you sign for three years."),
     c("Twelve for three years. And if the group changes suppliers in two years?", None),
     t("There's an exit at the end of year two with six months' notice, so you're not trapped. And the price is fixed for the term, no indexation."),
     c("My instruction is fifteen. Twelve I can maybe defend.", "too_expensive"),
     t("I understand. Twelve is the best I can do on the full scope. I'll put the three-year offer in writing today so you can take it to your director."),
     c("Okay. Email it, I come back to you if it is interesting.", "brush_off")],
))

# d03 accountancy, Shrewsbury: better digs into ownership and the third flat
open_ = c("Hello. I've two rental flats in Shrewsbury and I've always done my own return, but it's getting complicated. What do you charge for a landlord's tax return?", None)
PAIRS.append(rpair(
    "b86r_d03_shrewsbury_landlord_tax",
    "A retired landlord with two flats asks an accountancy practice for a price; he is also thinking of buying a third through a company.",
    [open_,
     t("It depends a bit, so can I ask two or three things first? What's made it complicated this year? Has something changed?"),
     c("Well, the mortgage interest rules, I never got my head round them. And I'm thinking of buying a third, my brother-in-law says I should do it through a company.", None),
     t("Right, so two things: getting this year's return right with the interest rules, and a decision on the third flat. Are the two flats in your name alone, or with your wife?"),
     c("Just mine. She's still teaching, I'm retired.", None),
     t("That matters, because there are ways to share rental income between you that can save more than a company would. A company suits some people, but with three flats and the cost of running one, often it doesn't. The return is three hundred and twenty. Before you buy the third, I'd suggest an hour's planning meeting, a hundred and twenty, and you decide after."),
     c("A hundred and twenty on top. Let me do the return first and think about the meeting.", "think_it_over"),
     t("That's fine. Send me the rent and mortgage statements for both and I'll have it done by the end of the month.")],
    [open_,
     t("For two properties it's three hundred and twenty, fixed, including the mortgage interest calculation. What records do you keep?"),
     c("A spreadsheet with rents and costs. The mortgage statements come by post.", None),
     t("That's plenty. Send the spreadsheet and the annual mortgage statements and I'll do the rest. We'll work the interest relief out properly, it's where a lot of landlords go wrong."),
     c("I'm thinking about a third one as well. Through a company, maybe.", None),
     t("Worth looking at, a lot of landlords are incorporating now. Once we've done the return, book a meeting and we'll go through it."),
     c("Okay. I'll send the stuff this week.", None)],
))

# d04 broadband chat, Eindhoven: better asks about upload before recommending
open_ = c("hi, i just moved to eindhoven for work, i work from home 3 days. which internet should i take, the 1 gig one?", None)
PAIRS.append(rpair(
    "b86r_d04_eindhoven_home_office",
    "An expat engineer who has just moved to Eindhoven asks in chat which broadband plan to take for working from home.",
    [open_,
     t("Hi and welcome! The gig one is fast, but it depends what you do on it. On your home days, what's the work mostly: video calls, big files, or email and browser?"),
     c("lots of video calls, and i upload big CAD files to the server, like 2 GB sometimes", None),
     t("Then upload matters for you, not just download. Your address has fibre, and the 500 plan is 500 both ways, so a 2 GB file goes up in under a minute. The 1 gig plan is faster still but 15 euro a month more. For you I think 500 is plenty, unless someone else at home streams a lot."),
     c("just me and my girlfriend, she doesnt work from home. ok 500 sounds good. is there a contract", None),
     t("One year, or monthly for 5 euro more. If you're not sure how long you'll stay, monthly might be smarter."),
     c("probably 2 years. ok one year then", None),
     t("Done. I'll book the installation, are mornings or afternoons better for you?")],
    [open_,
     t("Hi and welcome! The 1 gig plan is our most popular for home workers, 1000 down and 1000 up on fibre, 60 euro a month."),
     c("ok. is that too much for me, i do video calls and some big files", None),
     t("No, it's a good fit for that. Video calls and big files will be no problem at all, you won't have to think about it."),
     c("ok and the contract", None),
     t("One year, or monthly for 5 euro more. Most people take the year."),
     c("ok one year then", None)],
))

# d05 opticians, Sligo: better asks what's bothering her and books the right test
open_ = c("Hello? Yes. I got a letter saying my eye test's due and to book on the website. I'm eighty-three, I don't do websites. Can I not just talk to somebody?", None)
PAIRS.append(rpair(
    "b86r_d05_sligo_eye_test",
    "An 83-year-old woman near Sligo rings her opticians because she doesn't want to book her eye test online.",
    [open_,
     t("You can, of course, you're talking to me now, and I'll book it for you. Before I do, is anything bothering you with your eyes at the moment? It helps me give you the right length of appointment."),
     c("Well, the driving at night. The lights coming at me are desperate this winter. I only drive to Mass and the shop, mind.", None),
     t("Glare from headlights at night is worth telling us about. It can be the glasses, but it's often the start of a cataract, and the optometrist would want a longer look. I'll book the extended test, forty-five minutes instead of twenty. Till then I'd keep the driving to daylight if you can."),
     c("My daughter's been saying that. Is the long one dearer? I'm on the pension.", None),
     t("No, on your medical card it's covered either way. Is there a day your daughter could bring you? We put drops in for that one and you can't drive after."),
     c("Thursday, she's off Thursdays. In the morning.", None),
     t("Thursday at ten. I'll post you a card with it on, and ring you the day before.")],
    [open_,
     t("Of course you can, I'll book it for you now. Are mornings or afternoons better for you?"),
     c("Mornings. Though the driving at night's been bad this winter, the lights.", None),
     t("That's common this time of year, the optometrist will check all that at the test. I have Tuesday at half nine, would that suit?"),
     c("Tuesday's grand. Is it dearer than last time? I'm on the pension.", None),
     t("No, on your medical card it's covered. Tuesday at half nine, then. I'll post you a card with the time."),
     c("Thanks very much, love.", None)],
))

# d06 removals, Innsbruck to Munich: better asks about dates, stairs, parking zone
open_ = c("Hallo, I'm calling in English, is that all right? We move from Innsbruck to Munich on the thirtieth. Three-room flat. I'd like a price, please.", None)
PAIRS.append(rpair(
    "b86r_d06_innsbruck_munich_move",
    "A couple moving from Innsbruck to an old building in Munich ask a removal firm for a price by phone.",
    [open_,
     t("English is fine. Happy to. Before the price, a few things usually decide it: which floor at both ends, and is there a lift? And do you have to be out of the Innsbruck flat on the thirtieth itself, or is there some overlap?"),
     c("Fourth floor here, with lift. Munich is second floor, no lift, an old building in Schwabing. We give the keys back on the thirtieth, the new flat we have from the twenty-fifth.", None),
     t("That overlap helps. If we load on the twenty-ninth and deliver on the thirtieth, you're not cleaning the old flat around boxes. No lift in Munich means I'd plan four men there. In Schwabing you'll also need a no-parking zone for the truck, you apply at the city and it takes about two weeks. Have you done that?"),
     c("No, I didn't know. Two weeks is tight, I'm travelling for work until Friday.", "no_time"),
     t("We can apply for you, sixty euro plus the city fee. Then for two days, packing materials included, you're at around two thousand nine hundred. I'll send the quote with the parking as a separate line."),
     c("Please do. I will show my wife tonight.", "think_it_over")],
    [open_,
     t("English is fine. For a three-room flat from Innsbruck to Munich, one truck and three men, we'd be around two thousand four hundred for one day, packing materials included."),
     c("Okay. Munich is second floor without lift. Is that included?", None),
     t("Ah, then I'd add one man, so about two thousand six hundred. Is the thirtieth fixed?"),
     c("Yes, the keys go back on the thirtieth.", None),
     t("Then we'll load early, about seven, and you'll be in Munich in the afternoon. I'll send the quote today."),
     c("Good. I'll show my wife.", "think_it_over")],
))

# d07 pet insurance chat, Stirling: better asks why now and is honest about exclusions
open_ = c("hiya, looking for insurance for my cat, shes 11. just the cheapest one tbh", None)
PAIRS.append(rpair(
    "b86r_d07_stirling_older_cat",
    "A cat owner near Stirling asks in chat for the cheapest insurance for her eleven-year-old cat, whose bloods show early kidney changes.",
    [open_,
     t("Hi! I can do that. Before I quote, what's made you look now, at eleven? Has something come up with her, or is it peace of mind?"),
     c("vet says her kidneys are a bit off in her bloods. nothing major yet. i just dont want a massive bill", None),
     t("Thanks for telling me, because it changes the answer. Anything the vet has already seen, like the kidneys, would be excluded on any new policy, ours or anyone's. The cheapest plan would cover new things, accidents and other illnesses, but not the kidneys. And at eleven there's a 20% co-pay on every claim. I'd rather you knew before you pay."),
     c("oh. so whats the point then tbh", "no_need"),
     t("Fair question. It's for the next big thing, a broken leg, a lump, dental surgery, not the kidneys. Basic is 19 a month. Some people put that 19 into a savings pot for the kidneys instead. Both are sensible; it depends how you'd cope with a 2,000 bill out of nowhere."),
     c("hmm. i'll have a think, thanks for being straight", "think_it_over")],
    [open_,
     t("Hi! Our cheapest plan for an eleven-year-old cat is Essential, 19 a month, vet fees up to 2,000 per condition and a 99 excess."),
     c("ok. does it cover everything", None),
     t("It covers accidents and illness. There's a 20% co-pay for cats over ten, and anything the vet's seen before the policy starts wouldn't be covered."),
     c("ok she had bloods for her kidneys. so that wouldnt be covered", None),
     t("That's right, that would be excluded. Anything new would be covered."),
     c("right. i'll have a think", "think_it_over")],
))

# d08 wedding photographer, Bury St Edmunds: better explores 'we hate photos'
open_ = c("Hi, we're getting married in September at a barn near Bury. Honestly, we hate having our photo taken. We just need something, really.", None)
PAIRS.append(rpair(
    "b86r_d08_bury_barn_wedding",
    "A couple who hate being photographed enquire with a wedding photographer for a barn wedding near Bury St Edmunds, Suffolk.",
    [open_,
     t("Congratulations! You're far from the only ones, and it's something I can work with. When you say you hate it, is it the posing, being watched, or seeing the pictures afterwards?"),
     c("The posing. Standing there grinning while everyone watches. He goes stiff as a board.", None),
     t("Then I'd barely pose you at all. I'd photograph the day as it happens, people, speeches, the barn, and take you two off for ten minutes on a walk, no audience, just chatting. Most of what you'd get is you not noticing me. Is there anything you do want? Family groups?"),
     c("His mum will want groups. Five or six, max. How much is this sort of thing?", None),
     t("Ceremony to first dance, about seven hours, is sixteen hundred. If that's over your budget, four hours from ceremony to speeches is nine-fifty, and you lose the evening."),
     c("Budget's about a thousand, so the four hours. Can we meet you first, see if we get on?", None),
     t("Definitely, you should. Coffee in town next week? No charge, and no pressure to book.")],
    [open_,
     t("Congratulations! Don't worry, loads of couples say that, and I'll put you at ease on the day. My packages start at nine-fifty for four hours, up to sixteen hundred for the full day."),
     c("We don't really want loads of posed ones. Just something natural.", None),
     t("Of course, I keep posing relaxed and fun. We'll do family groups and then twenty minutes of couple portraits round the barn, it's a lovely setting for it."),
     c("Twenty minutes of us being photographed. Hm. Budget's about a thousand.", None),
     t("Then the four-hour package works for you. I'll send the booking form and a sample gallery."),
     c("Okay, we'll look at it and get back to you.", "think_it_over")],
))

# d09 care home, Leuven: better finds the language and what he loves
open_ = c("Hello, do you speak English? My father is English, eighty-eight, and he has Alzheimer's. He has lived in Belgium forty years, but I think he needs a care home now.", None)
PAIRS.append(rpair(
    "b86r_d09_leuven_care_home",
    "A daughter looks at a care home near Leuven, Belgium, for her English father with Alzheimer's who has lost his Dutch.",
    [open_,
     t("Yes, of course. I'm sorry, it's a hard decision to come to. Can you tell me a bit about him now? What's changed to make you think it's time?"),
     c("He got lost twice in Leuven last month, the police brought him home. And he is forgetting his Dutch, he only speaks English now, even to the neighbours.", None),
     t("That's important, thank you. It's common with dementia to go back to the first language. Most of our day staff speak good English, the night staff less so, and I'd rather say that now than you find out later. We have two other English speakers on the same corridor, which often helps. What does he love? Music, radio, sport?"),
     c("The cricket. He listens to the cricket on internet radio. And gardening, before.", None),
     t("Then the cricket goes in his care plan, and we have raised beds in the garden. There's a waiting list of about three months. I'd suggest you both come for lunch first, so he sees us and I meet him."),
     c("Three months. Okay. I must talk with my brother in England too, he has power of attorney with me.", "think_it_over"),
     t("Of course. Come for lunch when it suits, and bring your brother in on the phone if you like.")],
    [open_,
     t("Yes, of course. I'm sorry to hear that. We have a specialised dementia unit with twenty-four rooms, a secure garden and activities every day. Would you like to come and see it?"),
     c("Yes. Do the staff speak English? He only speaks English now.", None),
     t("Most of our staff speak English, yes, that's no problem. The price is about two thousand two hundred a month, and the waiting list is around three months."),
     c("Three months. Okay. I must talk with my brother, he has power of attorney with me.", "think_it_over"),
     t("Of course. I'll send you the brochure and the application form, and you can ring me to book a visit."),
     c("Thank you. Send the brochure, yes.", None)],
))

# d10 council repairs, Omagh: better diagnoses the repeat leak instead of another reseal
open_ = c("Hello, it's about the bath again. Water's coming through the kitchen ceiling when we use the shower. It's the third time this year.", None)
PAIRS.append(rpair(
    "b86r_d10_omagh_repeat_leak",
    "A council tenant in Omagh, Co. Tyrone, reports water through the kitchen ceiling from the bathroom for the third time this year.",
    [open_,
     t("The third time, that's no good. Let me see the history. Yes, resealed in March and in July. What happens exactly? Does it drip every time, or only with the shower on?"),
     c("Only with the shower. If we just have a bath it's fine.", None),
     t("That's a useful clue. If a bath on its own is fine, it's probably not the waste pipe. It's water getting behind the tiles or round the shower screen, and resealing the edge won't stop that, which is why it keeps coming back. I'm booking a surveyor to look at the tiling and the screen, not another reseal."),
     c("How long will that be? We've two teenagers, they'll not stop showering.", None),
     t("The surveyor can come next Wednesday. Till then, if they can use the bath, or keep the screen right shut, you'll save the ceiling. If you see a bulge in the kitchen ceiling, ring the emergency line straight away."),
     c("Wednesday I'm at work. Could it be a Friday?", "no_time"),
     t("Friday the fourteenth, eight till one. I'll text you the reference now.")],
    [open_,
     t("Sorry to hear that. I'll book a plumber to reseal round the bath. Is next Wednesday okay?"),
     c("Wednesday I'm at work. Could it be a Friday? And it's the third time, the seal keeps going.", "no_time"),
     t("Friday the fourteenth, eight till one. I'll put a note on that it's a repeat, so they take a proper look."),
     c("It only leaks when the shower's on, if that helps.", None),
     t("I'll add that to the note for the plumber. You'll get a text with the reference."),
     c("Right. Thanks.", None)],
))
