from common import R

R("b10r_wms_pitchfirst", "The operations director of a mid-sized 3PL warehouse in Rotterdam calls a warehouse-management-software vendor after picking errors rose.",
  "Good morning. We are a third-party warehouse near Rotterdam, about 25,000 pallet places. Our picking errors went up a lot this year and a customer is threatening to leave. I was told your system could help.",
  [
   "Good morning, thanks for calling. A customer threatening to leave is serious, so let's understand it properly. When you say picking errors went up, what kind of errors, wrong item, wrong quantity, wrong order?",
   "Mostly wrong item. Similar products next to each other, different sizes of the same cosmetics.",
   "And how do pickers work today, paper lists, handheld scanners?",
   "Paper lists for most customers. Scanners only for one big customer, and there the errors are low.",
   "That's a useful clue: where you scan, the errors are low. So the core need may be scan-confirmed picking for the other customers, not necessarily a whole new system. Would you agree?",
   "Yes, that's probably true. But our current system is old, I don't know if it can do scanning for everyone.",
   "Then let's check that first. Could you send me which system and version you run? I'll have our consultant look at whether we can add scanning on top or whether replacement makes sense, and I'll come back to you by Thursday with an honest view either way.",
   "OK. I will send it today.",
  ],
  [
   "Good morning! Yes, you're in the right place. Our WMS is cloud-based, has RF and voice picking, slotting optimisation, pick-to-light integration, labour management, a customer portal and real-time dashboards. Most warehouses your size go for our Professional edition, about 4,000 euro a month, and implementation takes around four months.",
   "Four months? The customer might leave before that. The problem is mostly wrong items in picking.",
   "The Professional edition solves that with scan validation. And slotting optimisation separates similar items. Shall I send you a proposal?",
   "I suppose, yes. Send it.",
   "Great, I'll email it this afternoon.",
  ],
  "one_fault:pitching_before_understanding")

R("b10r_physio_missedconcern", "A woman in Auckland calls a physiotherapy clinic about a sore shoulder and asks about prices.",
  "Hi, how much is a physio appointment? My shoulder's been sore for a few weeks. I'm a hairdresser, so I'm on my feet with my arms up all day.",
  [
   "Hi, an initial assessment is 95 dollars and follow-ups are 75. Before you book, can I ask how it's affecting you at work? Being a hairdresser with your arms up all day must make it hard.",
   "That's the thing. I'm self-employed, if I can't work I don't earn. I've started turning down colour appointments because they take so long.",
   "So it's not just the pain, it's your income. That's worth knowing. Our physio Sarah sees a lot of hairdressers and can give you ways to keep working while it heals, not just exercises. Is that the main thing you'd want from the appointment?",
   "Yes, exactly. I can't just stop for six weeks.",
   "Then I'll book you with Sarah. She has 8 a.m. tomorrow, before the salon opens. Would that work? And if you have ACC for this, bring the claim number and the cost will be lower.",
   "8 is perfect. Thank you.",
  ],
  [
   "Hi, an initial assessment is 95 dollars and follow-ups are 75. How long has the shoulder been sore?",
   "About three weeks. It's worse at the end of the day. I'm self-employed so I really can't stop working.",
   "OK. Does it hurt when you lift your arm above your head?",
   "Yes. Colours are the worst, they take hours.",
   "Right, sounds like it could be a rotator cuff issue. We have an appointment next Wednesday at 2 p.m. with Mark. Shall I book it?",
   "Wednesday afternoon's my busiest time... fine, I'll try to move clients.",
  ],
  "one_fault:missing_the_real_concern")

R("b10r_lifeins_closedonly", "A young father in Durban phones an insurer to ask about life cover after the birth of his second child.",
  "Hi, we've just had our second baby and my wife says I need life insurance. I don't really know how much or what type.",
  [
   "Congratulations on the baby! It's a good time to think about it. Can you tell me a bit about your family's situation, who depends on your income and what you'd want to be taken care of if something happened to you?",
   "My wife works part-time, so mostly my salary pays the bond and the bills. I'd want the house paid off and the kids' school covered.",
   "That's clear. Roughly how much is left on the bond, and what does schooling cost per year, more or less?",
   "About 1.1 million left on the bond. School, maybe 40,000 a year each once they're older.",
   "Thanks. So it sounds like you want enough to settle the bond and fund the kids' schooling, maybe plus a bit of income for your wife. Does your employer give you any group life cover already?",
   "I think three times salary. I'd have to check.",
   "Please check that, because it could reduce what you need to buy. Once you know, I'll work out two or three cover amounts with prices so you can see the options. Shall I call you on Monday?",
   "Monday's good.",
  ],
  [
   "Congratulations! How old are you?",
   "34.",
   "Do you smoke?",
   "No.",
   "Do you have a bond on your house?",
   "Yes, about 1.1 million left.",
   "Do you want cover for 1.1 million, then?",
   "I guess so? I also want the kids' school covered. I'm not sure.",
   "OK. Do you want me to send you a quote for 1.5 million?",
   "Sure, send it.",
  ],
  "one_fault:only_closed_fact_questions")

R("b10r_broadband_priceobjection", "A retired couple in Cardiff ask their broadband provider about a faster package and hesitate at the price.",
  "Hello, the grandchildren say our internet is too slow when they visit. They can't watch anything. How much is the faster one?",
  [
   "Hello! It's lovely that they visit. The faster package is 42 pounds a month, which is 14 more than you pay now.",
   "Fourteen more every month? That's a lot for us, we only really use it for email and the news.",
   "That's fair, and you're right that you don't need it for email and the news. Can I ask how often the grandchildren stay, and is it slow all over the house or in certain rooms?",
   "Every other weekend. It's mainly upstairs in the back bedroom, downstairs it's not bad.",
   "Then the speed of the package may not be the problem at all. It sounds like the Wi-Fi doesn't reach upstairs well. A Wi-Fi booster for the upstairs would probably fix it; we can send one for a one-off 30 pounds, no change to your monthly bill. Would you like to try that first?",
   "Oh, that sounds much better. Yes, please.",
   "I'll send it out today; it should arrive by Thursday. If the grandchildren still find it slow next visit, ring me back and we'll look at the package then.",
  ],
  [
   "Hello! The faster package is 42 pounds a month, which is 14 more than you pay now.",
   "Fourteen more every month? That's a lot for us, we only really use it for email and the news.",
   "It gives you speeds of up to 150 megabits, so the grandchildren can stream in HD, and you'll get a new router as well.",
   "I see. It's still quite a lot.",
   "It's our most popular package with families. I can have it switched over by Friday. Shall I go ahead?",
   "I suppose if it's for the grandchildren.",
  ],
  "one_fault:ignoring_an_objection")

R("b10r_water_wrongquestion", "A customer in Brisbane calls the water utility because her water has looked brown since that morning.",
  "Hi, our tap water's come out brown since this morning. Is it safe to drink? I've got a baby and I need to make up formula.",
  [
   "Hi, thanks for calling. Please don't use it for the formula for now; use bottled or boiled water that you stored before this morning, to be safe. Can I have your suburb and street?",
   "Carina Heights, Wecker Road.",
   "Thank you. There was a main break nearby last night, and when the water flow changes it can stir up sediment in the pipes. It's usually harmless, but with a baby I'd still wait. Running your cold kitchen tap for about five minutes often clears it. If it's still brown after that, call me back and we'll send someone. Is that OK?",
   "OK, I'll try that. And the formula?",
   "Use bottled water for today. If it doesn't clear, we can drop off bottled water to you; just call this number and mention the main break on Wecker Road.",
   "Thanks, that's reassuring.",
  ],
  [
   "Hi, thanks for calling. Brown water is usually caused by iron and manganese sediment in the mains, which gets disturbed when there's a change in flow, for example from maintenance, hydrant use or a main break. Our water meets Australian Drinking Water Guidelines, and we test at over 400 sites daily.",
   "OK, but can I use it for my baby's formula?",
   "Sediment is mainly an aesthetic issue. There was a main break in Carina Heights last night. Running the cold tap for a few minutes usually clears it. If it doesn't, call us back and we'll send a crew.",
   "So... should I use it for the formula or not?",
   "It should clear up soon. Is there anything else I can help you with?",
  ],
  "one_fault:answering_a_question_not_asked")

R("b10r_usedcar_pushclose", "A university student in Toronto looks at a used hatchback at a dealership with her father's advice in mind.",
  "Hi, I'm looking at the 2017 Civic out front. It's my first car. My dad said to get it checked by a mechanic before buying anything.",
  [
   "Hi, welcome! Your dad's giving good advice. What will you mostly use it for?",
   "Driving to campus and my part-time job. About 40 kilometres a day.",
   "The Civic's a good commuter. This one's got 98,000 km, one owner, and the service records are in the glovebox, have a look. You're welcome to take it to a mechanic of your choice; we can hold it for 48 hours while you do.",
   "Really? That would be great. Can I test drive it first?",
   "Of course. I'll get the plate. After the drive, if you want to book the inspection, I'll put a hold on it and give you a copy of the records to take along.",
   "Perfect, thanks.",
  ],
  [
   "Hi, welcome! The Civic is a great first car. It's got 98,000 km, one owner, very clean.",
   "Nice. My dad said to get it checked by a mechanic first.",
   "Sure, but honestly we do a full safety inspection here, so it's certified. I had two people look at it yesterday, so it might not be here tomorrow.",
   "Oh. I'd still like to get it checked.",
   "I get it. If you put down a 500-dollar deposit today, I can hold it for you. It's refundable if the financing doesn't go through. Should we do the paperwork now?",
   "I'll talk to my dad and come back.",
  ],
  "one_fault:pushing_the_close")

R("b10r_crm_nonextstep", "A sales manager at a Bristol recruitment firm contacts her CRM vendor's support because duplicate contacts keep appearing.",
  "Hi, we've got loads of duplicate contacts in the CRM since we connected the Outlook plugin last month. My team keeps emailing the same candidates twice. It's embarrassing.",
  [
   "Hi Sophie, sorry about that, I can see why that's embarrassing with candidates. Can you tell me roughly how many duplicates, and whether they all came after the plugin was connected?",
   "Hundreds, I think. And yes, all since the plugin.",
   "Thanks. The plugin creates a new contact when the email address doesn't match exactly, for example personal versus work email. I'd like to do two things: run a merge on the existing duplicates, and change the plugin setting so it matches on name and phone as well. Is it OK if I do the merge on a copy first so you can check it?",
   "Yes, please, I don't want to lose notes.",
   "Understood. The merge keeps all notes from both records. I'll run it on a copy tonight and send you a sample of 20 merged contacts by tomorrow noon to check. If you're happy, I'll run it on the live data on Thursday and change the plugin setting then. Does that work?",
   "Yes, that's great.",
  ],
  [
   "Hi Sophie, sorry about that, I can see why that's embarrassing with candidates. Can you tell me roughly how many duplicates, and whether they all came after the plugin was connected?",
   "Hundreds, I think. And yes, all since the plugin.",
   "Thanks. The plugin creates a new contact when the email address doesn't match exactly, for example personal versus work email. There's a merge tool that can clean up existing duplicates, and a plugin setting to match on name and phone as well.",
   "OK. I don't want to lose notes though.",
   "The merge keeps notes from both records, so that should be fine. Hope that helps!",
   "Er, OK. So who does the merge?",
  ],
  "one_fault:no_next_step")

R("b10r_whitening_overtalking", "A customer at a dental clinic in Dubai asks about teeth whitening before her wedding.",
  "Hi, I'm getting married in two months and I'd love whiter teeth for the photos. What do you offer?",
  [
   "Congratulations! Two months is plenty of time. Can I ask what bothers you about your teeth now, general colour or particular stains?",
   "General yellowness, I drink a lot of coffee. And I have two front fillings, I don't know if they'd change colour.",
   "Good thinking. Fillings don't whiten, so if the teeth get lighter, the fillings might look darker. The dentist would check that first, and sometimes they recommend replacing the fillings after whitening to match. Do your teeth get sensitive with cold drinks?",
   "A little sometimes.",
   "Then the dentist might suggest the gentler home-tray option over a few weeks rather than one strong session. I'd book a consultation first; it's 150 dirhams and deducted if you go ahead. Is next week OK?",
   "Yes, Monday evening if possible.",
  ],
  [
   "Congratulations! We have three options. In-chair whitening is a 90-minute session with a light-activated gel, around 1,800 dirhams, and results are immediate, often six to eight shades lighter. Home trays are custom-made, you wear them for two weeks, about 1,200 dirhams, and they're gentler. And we have a combination package, which is most popular for brides, with one in-chair session plus trays for touch-ups, 2,500. Some patients get sensitivity, which we manage with a desensitising gel. Results last one to three years depending on coffee, tea and smoking. We also do veneers if you want a bigger change, and we can do a smile design consultation with digital mock-ups.",
   "OK... I have two fillings on my front teeth, will they change?",
   "Fillings don't whiten, so the dentist would check that. Would you like to book a consultation?",
   "Sure, Monday evening if possible.",
  ],
  "one_fault:over_talking")

R("b10r_weddingvenue_realconcern", "A couple in Kerala ask a hotel about a wedding reception for 300 guests.",
  "Hello, we are looking at your hall for our wedding reception in January, about 300 guests. My parents are very worried about parking. Last wedding they attended at another hotel, guests had to park on the road.",
  [
   "Hello, congratulations! Parking is a very fair worry for a wedding with 300 guests. Let me be honest: our own car park holds about 90 cars. For a January wedding with 300 guests, how many cars do you think will come?",
   "Many families come together, maybe 100 to 120 cars.",
   "Then our parking alone won't be enough. What we normally do for big functions is arrange the school ground next door, which holds another 80 cars, with valet staff and a shuttle. It costs extra, about 15,000 rupees. Would it help if your parents came to see the ground and the valet arrangement?",
   "Yes, they would like that very much.",
   "Then please come with them on Saturday afternoon. I will show the hall and the parking, and we can discuss the menu after. Shall I note 4 p.m.?",
   "4 p.m. Saturday is good.",
  ],
  [
   "Hello, congratulations! Our hall holds up to 400 guests, so 300 is very comfortable. We have a beautiful stage, new LED lighting, and our chef is famous for Kerala sadya and also North Indian menus.",
   "That sounds nice. But the parking, what about parking?",
   "We have parking, yes. Our packages start at 850 rupees per plate, and decoration is included in the premium package.",
   "How many cars can park?",
   "We manage it, don't worry. Would you like to come and do a food tasting on Saturday?",
   "OK, we can come.",
  ],
  "one_fault:missing_the_real_concern")

R("b10r_alarm_thinkitover", "A homeowner in Dublin has been quoted for a house alarm and says he'll think it over.",
  "Thanks for the quote. I think I'll need to think about it and talk it over with my wife.",
  [
   "Of course, it's a decision for both of you. Can I ask, is there anything in the quote that doesn't sit right, or anything you'd want to ask me before you talk it through?",
   "Honestly, it's the monitoring contract. Twenty-five a month for three years feels like a lot, and I'm not sure we need it.",
   "That's a good question to ask. The alarm works fine without monitoring; it'll sound and send alerts to your phones. Monitoring mostly matters if you're away a lot or wouldn't be able to respond. How often is the house empty for long stretches?",
   "Rarely, we're both home most evenings, and a neighbour has a key.",
   "Then you might not need monitoring at all. I'll send you a revised quote without it, so you can compare both. When would suit for me to give you a call, after you've both looked at it?",
   "Give me a ring next Wednesday.",
   "Will do, Wednesday evening. And no pressure either way.",
  ],
  [
   "Of course, it's a decision for both of you. I'll leave the quote with you.",
   "Thanks. It's mostly the monitoring contract, twenty-five a month for three years feels like a lot.",
   "It's good value when you compare it to the cost of a break-in. Most of our customers take it.",
   "Right. I'll have a think.",
   "No problem. Give me a call when you've decided.",
  ],
  "one_fault:ignoring_an_objection")
