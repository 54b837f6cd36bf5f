"""blind111 ranked pairs d01-d10 (both decent; better is better)."""
from common import c, rpair, t

PAIRS = []

O = c("G'day Phil. Got about four hundred crossbred lambs, thirty-eight, forty kilo. Do I sell 'em now or hang on?", None)
PAIRS.append(rpair(
  "b111r_d01_western_victoria_lambs",
  "Sheep farmer near Hamilton, western Victoria, asks his stock agent in November whether to sell first-cross lambs now or hold.",
  [O,
  t("Depends on your place. How's the feed, and what are they running on?"),
  c("Drying off quick. There's barley stubble coming in about three weeks.", None),
  t("And do you need the money now, or can you wait if it pays?"),
  c("Shearing bill and the header contractor in December. Bank'll wear it for a month though.", None),
  t("Then I'd split them. Heavy half into next week's sale while the trade's strong at those weights; carry the light ones on the stubble and sell finished in January. If the stubble's poor, we sell them as stores, no shame in it."),
  c("Makes sense. Book the heavy ones in.", None)],
  [O,
  t("Market's strong right now, trade lambs around eight-fifty a kilo dressed. I reckon you sell while it's good."),
  c("All of them? Some are a bit light.", None),
  t("Light ones go to restockers, good demand out of South Australia. Prices usually soften after Christmas."),
  c("Yeah, I s'pose. I've got stubble coming, though.", None),
  t("You could hold some, but the market's the market. I'd sell the lot next week and take the money."),
  c("Righto. I'll think about the light ones and let you know.", "think_it_over")]))

O = c("Hello, I'm after roof sheets. Box profile. Re-roofing an old pole barn, about eighteen metres by nine.", None)
PAIRS.append(rpair(
  "b111r_d02_somerset_merchant_roof_sheets",
  "Farmer near Taunton, Somerset, phones a builders' merchant for steel roof sheets to re-roof a pole barn.",
  [O,
  t("Right. What's going to be in the barn, machinery, hay or stock?"),
  c("Young stock, winter. Why's that matter?", None),
  t("Cattle breathing under bare steel give you condensation dripping back onto them and the bedding. Anti-condensation sheets have a fleece underneath that stops most of it, about a fiver a sheet more. Did the old roof drip?"),
  c("God, yes. Rained inside on cold mornings. I thought it was leaking.", None),
  t("Likely that. I'd go anti-con and leave a gap at the ridge, ventilation helps as much. What's the purlin spacing? That sets the gauge."),
  c("About one point five metres, I'll measure. A fiver a sheet adds up on forty-odd sheets, mind. Send me both prices, plain and anti-con.", "too_expensive")],
  [O,
  t("No problem. Eighteen by nine, so about forty sheets plus ridge and fixings. What colour?"),
  c("Grey, I suppose. Whatever's cheapest.", None),
  t("Standard grey box profile, 0.5 gauge, eighteen pounds a sheet. Delivery's thirty-five."),
  c("Not bad. Old one used to drip a bit when it was cold, mind.", None),
  t("Probably the old fixings; new washers will sort that. Shall I put the order in?"),
  c("Go on, then.", None)]))

O = c("Hi, we've got calves scouring. Four in the last week. Can I just pick up some electrolytes and a bottle of something?", None)
PAIRS.append(rpair(
  "b111r_d03_ohio_vet_calf_scours",
  "Dairy farmer near Wooster, Ohio, calls the farm vet clinic about scouring calves.",
  [O,
  t("You can, we'll have electrolytes ready. How old are they when it starts, and are they still drinking?"),
  c("About a week old. They drink, mostly. One's kinda flat this morning.", None),
  t("The flat one needs seeing today, she may need IV fluids. Has anything changed with colostrum, who feeds it and how soon after birth?"),
  c("My son's been calving since I hurt my back. I think he gets to it when he can. Few hours maybe.", None),
  t("That could be a big part of it; colostrum in the first couple of hours protects them at that age. Can Dr. Mills come at two to see the flat calf and take a sample, so we know the bug and you're not guessing with antibiotics?"),
  c("Two's good. I'll get my son there too.", None)],
  [O,
  t("Sure. We've got electrolyte powder and a scour bolus. How many calves?"),
  c("Four. One's kinda flat this morning.", None),
  t("Electrolytes three times a day between milk feeds, and the bolus. If she's not better tomorrow, call us."),
  c("Okay. How much for all that?", None),
  t("Electrolytes twenty-two a tub, bolus thirty for five. It'll be at the front desk."),
  c("Fine, I'll grab it on my way home.", None)]))

O = c("Gidday. Looking at putting deer on the river flat, need about two k of deer fence. How soon could you do it and what's it cost?", None)
PAIRS.append(rpair(
  "b111r_d04_central_otago_deer_fence",
  "Farmer near Ranfurly, Central Otago, rings a fencing contractor about two kilometres of deer fence.",
  [O,
  t("Two k on the river flat. What's the ground like, and does it flood?"),
  c("Stony as. Bottom corner floods every few years.", None),
  t("Then I'd keep the line up off that corner or you'll be rebuilding it. Timing, I'll be straight: I'm booked to March. April's the earliest. If you need it sooner, there's a fella in Alexandra I'd trust."),
  c("April's too late. Hinds are coming in February.", "no_time"),
  t("Then ring him first. If he can't, put a temporary hot wire across and I'll do it properly in April. Either way you'll have my price this week to compare, about twenty-eight a metre on that ground."),
  c("Good on you. Send it through.", None)],
  [O,
  t("Deer fence runs about twenty-eight a metre, so two k is roughly fifty-six thousand plus GST. We can get onto it soon."),
  c("How soon's soon? I've got hinds coming in February.", None),
  t("We'll fit you in. Busy time, but we'll make it work. I'll send a quote."),
  c("Righto. Bottom corner's a bit of a bog, mind. Floods.", None),
  t("No worries, we deal with that all the time. I'll put it in the quote."),
  c("Okay. Send it, I'll compare it with the Alexandra bloke's.", "think_it_over")]))

O = c("Hey, it's Gary. Cutting wheat, yields are good, price stinks. Should I sell at the elevator or what?", None)
PAIRS.append(rpair(
  "b111r_d05_kansas_elevator_wheat",
  "Wheat grower near Great Bend, Kansas, calls the co-op elevator's merchandiser at harvest about selling wheat.",
  [O,
  t("Good yields, bad price, classic. Got any bin space at home, or does it all have to come here?"),
  c("Thirty thousand bushels of bins. I'll cut maybe sixty.", None),
  t("Do you need cash off this crop right away, or could half wait?"),
  c("Operating note's due in August. That's about half the crop.", None),
  t("Then one way: sell the half you need for the note at harvest and store the rest. The spread pays you about forty cents to wait till March. You carry the risk the price falls, but you keep the chance it comes back. Want the March bid to set a target?"),
  c("Yeah, send it. Forty cents is worth thinking about.", None)],
  [O,
  t("Cash bid's five-ten today. Low, but harvest bids always are. You could store with us and sell later."),
  c("What's storage cost here?", None),
  t("Four and a half cents a month after the first thirty days."),
  c("Hm. I'd rather not pay that, I got bins at home.", "no_need"),
  t("Sure, that works. Let me know when you want to sell."),
  c("Alright. I'll keep an eye on it.", "think_it_over")]))

O = c("Hello. I keep hearing about HVO. Should we switch the tractors over? We're going into a green scheme and my son's keen.", None)
PAIRS.append(rpair(
  "b111r_d06_northumberland_fuel_hvo",
  "Mixed farmer near Hexham, Northumberland, asks her fuel supplier about switching farm tractors to HVO renewable diesel.",
  [O,
  t("Worth a look. How many tractors, and how old? Most makers approve it, but I'd want yours checked first."),
  c("Three. Two newish, and a 1998 that does the feeding. That one does the most hours, mind.", None),
  t("Honestly, HVO's about twenty-five pence a litre dearer than red at the minute. It goes straight in, no changes, but on the old one I'd ask the dealer. Is the scheme after an emissions cut, or is it more your son's interest?"),
  c("Bit of both. Twenty-five pence. Over a year that's a good few thousand.", "too_expensive"),
  t("It is. You could run it in one newer tractor for a season and see what the scheme counts it for before changing all three. I can put a thousand litres in a separate tank."),
  c("That's sensible. Let me see what the scheme people say first.", "think_it_over")],
  [O,
  t("HVO's a great product. Cuts emissions by up to ninety percent and it's a drop-in, no engine changes."),
  c("What's it cost?", None),
  t("About twenty-five pence more a litre than red. Lots of farms are doing it and it looks great for the scheme."),
  c("Twenty-five pence. That adds up.", "too_expensive"),
  t("It does. We can swap your whole tank over at the next delivery if you like."),
  c("I'll talk to my son and ring you back.", "think_it_over")]))

O = c("Mate, my drip's not getting to the end of the rows, pressure drops right off. Reckon I need a bigger pump. What've you got?", None)
PAIRS.append(rpair(
  "b111r_d07_lockyer_valley_drip_pressure",
  "Vegetable grower near Gatton, Lockyer Valley, Queensland, rings an irrigation supplier about losing drip pressure.",
  [O,
  t("Could be the pump, could be something else. Always been like that, or is it new?"),
  c("New. This season. Same blocks were fine last year.", None),
  t("Same pump, same blocks, worse now, that points at filters or clogged tape before the pump. Bore or creek water? When did you last clean the filters?"),
  c("Bore. Filters I flush when I think of it. Water's gone a bit rusty since the dry.", None),
  t("Iron in bore water clogs emitters. Before you spend four grand on a pump, let's test the water and I'll read pressures at the filter and row ends. If it's the filter, it's a couple of hundred, not a pump."),
  c("Yeah, alright. Not this week though, we're flat out planting. Tuesday week? I'll have a bottle of bore water ready.", "no_time")],
  [O,
  t("How many hectares on that pump?"),
  c("About eight of drip, broccoli and lettuce.", None),
  t("For eight hectares you'd want at least fifteen kilowatts. What have you got now?"),
  c("Eleven. It's been fine till this year.", None),
  t("Sounds like it's tiring. The fifteen's about four grand installed with headroom. Want a quote?"),
  c("Four grand. Yeah, send it, I'll have a think.", "think_it_over")]))

O = c("Hi there. I need grass seed for my horse pasture. About five acres, all worn down and full of weeds.", None)
PAIRS.append(rpair(
  "b111r_d08_tennessee_feed_seed_horse_pasture",
  "Horse owner near Columbia, Tennessee, asks at a feed and seed counter in July for seed to renovate a paddock.",
  [O,
  t("We can fix that. What horses, and how many on the five acres?"),
  c("Three. Two old geldings and a pony. The pony got laminitis last spring, vet said watch the grass.", None),
  t("Then I'd avoid fescue and ryegrass, they can run high in sugar, and infected fescue's bad for horses anyway. Orchardgrass and timothy is gentler. Ever done a soil test?"),
  c("No. Does it matter?", None),
  t("It tells you if you need lime; a lot of pasture round here is acid and seed won't take. Extension kit's twenty dollars. And I'd seed in September; sown in July it'll just burn off."),
  c("September. Okay, I'll do the test first and come back.", None)],
  [O,
  t("Our horse pasture mix is orchardgrass, fescue and some clover. A fifty-pound bag does about two acres."),
  c("So three bags?", None),
  t("Three, yeah. Eighty-nine a bag, and you'll want some fertilizer with it."),
  c("That's more than I was expecting. And is it okay for a pony that had laminitis?", "too_expensive"),
  t("Horses do fine on it, just don't let her gorge in spring. I'd get it down soon as you can."),
  c("Okay. I'll take the three bags.", None)]))

O = c("Um, hi. I was, um, looking at the telehandlers. The used ones. Just looking really.", "brush_off")
PAIRS.append(rpair(
  "b111r_d09_carmarthenshire_used_telehandler",
  "A young, shy farmer who has just taken over the family dairy near Llandeilo, Carmarthenshire, walks round a dealer's used telehandlers.",
  [O,
  t("Course, have a wander, no rush. I can tell you what's what on them, or leave you be, whichever you like."),
  c("Maybe tell me a bit. Dad always did the buying. He's not well now.", None),
  t("Sorry to hear that. What would it mostly be doing, bales, silage, loading the feeder?"),
  c("Silage and bales. Loading the feeder wagon. The old one leaks everywhere. Money's tight though, since the milk price dropped.", "no_money"),
  t("Then lift capacity matters more than height. With money tight, the blue one's the sensible end, six thousand hours, honest machine; the green one's lower hours but dearer. Take the spec sheets, have a think, ask your dad if he's up to it. Nobody'll chase you."),
  c("Thanks. That helps. I'll come back next week.", "think_it_over")],
  [O,
  t("Morning! Great, what sort of budget are you working with?"),
  c("I'm... not sure. Dad always did the buying.", None),
  t("No bother. Dairy farms your size usually go seven-metre, four-tonne. The green one's a cracking buy, low hours, twenty-nine thousand plus VAT, and I can do finance today."),
  c("Twenty-nine... I don't think we've got that. Not this year.", "no_money"),
  t("Understood. The blue one's twenty-one, six thousand hours but solid. Fancy a test drive?"),
  c("Maybe another time. I'll take a leaflet.", "brush_off")]))

O = c("cups keep dropping off cows this week. annoying as. can someone come look", None)
PAIRS.append(rpair(
  "b111r_d10_taranaki_milking_plant_text",
  "Dairy farmer near Hawera, Taranaki, texts a milking machine service company about cups falling off.",
  [O,
  t("Sure. All the sets or just some, and at the start of milking or right through?"),
  c("mostly the last 6 sets on the far side. right through", None),
  t("Far end all milking sounds like vacuum dropping there. Any cracked hoses or noisy pulsators on those sets? What's the vacuum gauge say?"),
  c("gauge on the wall says 46. one hose on the far side looks perished", None),
  t("A perished hose can leak enough to drop cups, swap it if you have a spare. Jase can come Thurs after morning milking and test vacuum at each set so we find the leak, not guess"),
  c("thurs after milking is good", None)],
  [O,
  t("Sounds like you're due a service. When was the last full plant test?"),
  c("last august i think", None),
  t("Yep, due. Jase can do a full service Thursday, $380, covers everything"),
  c("$380. i just want the cups to stay on", "too_expensive"),
  t("Full service will sort it. I'll book you Thursday"),
  c("leave it for now. ill see how it goes and text you", "brush_off")]))
