"""Gaming pairs, part B (putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude). Written by hand."""
from common import t, c, gpair

GPAIRS = []

# 6. putdown_question -- Lyon, France: wine shop, student on a tight budget, spoken
o = c("Bonjour. Er, I need a bottle of red for tonight, I have dinner at my girlfriend's parents, first "
      "time. But I am a student, so... not more than ten euros, really.", None)
GPAIRS.append(gpair(
    "wine_putdown", "Independent wine shop (caviste), Croix-Rousse, Lyon, France", "putdown_question",
    "A nervous student with a ten-euro limit needs a red wine to take to dinner with his girlfriend's "
    "parents for the first time.",
    [o,
     t("Bonjour! Ten euros is fine, we have good things there. What are they cooking, do you know?"),
     c("Her mother said poulet rôti, roast chicken, with gratin. And her father, euh, he knows wine, I "
       "think. That's the problem.", None),
     t("Ah, then we want something honest, not a big label. With roast chicken a Beaujolais cru is "
       "perfect — this Chiroubles is nine fifty, small producer, just north of here. A father who knows "
       "wine respects that more than a cheap Bordeaux with a château on the label."),
     c("Chiroubles... okay. It's not too light? People say Beaujolais is, euh, not serious.", None),
     t("That's the reputation of the Nouveau. The crus are another story. Serve it a bit cool, twenty "
       "minutes in the fridge. And if you like, I write the producer's name on a card, so you can tell "
       "him the story."),
     c("Yes please, that's perfect. Merci beaucoup, really.", None)],
    [o,
     t("Ten euros? For the girlfriend's parents? Are you sure that's the impression you want to make?"),
     c("Euh... I am a student. Ten is what I have.", "no_money"),
     t("Of course. But have you ever actually tasted a real wine, or only supermarket stuff? What do you "
       "think a man who knows wine will say about a ten-euro bottle?"),
     c("I don't know, that's why I come to a wine shop...", None),
     t("Fair enough. So what's more important to you — saving a few euros, or having a good relationship "
       "with her family? This Saint-Joseph at twenty-four is what I would bring."),
     c("Twenty-four? No. At Carrefour I find a Côtes-du-Rhône for seven.", "too_expensive"),
     t("You could, if you don't mind what they think of you. Don't you want them to take you seriously?"),
     c("You know what, I go to Carrefour. Au revoir.", None)]))

# 7. not_my_department_or_read_the_terms -- Hong Kong: online electronics retailer, typed chat
o = c("hi i bought noise cancelling headphone from u 3 weeks ago, left side no sound already 😩 order no "
      "HK2291847. can change or not", None)
GPAIRS.append(gpair(
    "headphones_terms", "Online electronics retailer with a shop in Mong Kok, Hong Kong",
    "not_my_department_or_read_the_terms",
    "A young office worker writes to the retailer's web chat: headphones bought three weeks ago have lost "
    "sound on one side.",
    [o,
     t("Hi, sorry to hear that! Let me pull up HK2291847... yes, I see it, bought on the 2nd. Just to "
       "check: no sound on the left with both bluetooth and the cable, or only bluetooth?"),
     c("both lor. tried the cable also. reset already too", None),
     t("Thanks for trying that. Since it's within 30 days it's a straight exchange, not a repair. I can "
       "arrange a courier pickup from your address, or you can bring it to our Mong Kok shop and swap on "
       "the spot. Which is easier?"),
     c("mong kok ok, i work near there. need bring the box?", None),
     t("Box if you still have it, but it's not required — headphones and cable are enough. I'll put a note "
       "on the order so the shop knows. They're open till 9pm."),
     c("great thx 🙏 will go tmr after work", None)],
    [o,
     t("Hi, thank you for reaching out and sharing your experience! I completely understand how frustrating "
       "this must be. May I ask, what does a great after-sales experience look like for you?"),
     c("?? one that works lol. can u change it or not", None),
     t("I hear you. Just so you know, defects after delivery are handled by the manufacturer's warranty "
       "service, as stated in clause 7.3 of our Terms & Conditions. This chat is for order enquiries only 🙂"),
     c("but i bought it from u?? its only 3 weeks", None),
     t("I totally understand your concern. Please refer to the T&C on our website, section 'Returns & "
       "Warranty', for the manufacturer's service centre address in Kwun Tong. Anything further I "
       "can assist with?"),
     c("kwun tong?? ur shop is literally in mong kok. why u sell it if u dont take it back", None),
     t("I understand! We value your feedback and our relationship with you. For faster help you may also "
       "email the manufacturer. Was I able to resolve your issue today? Please rate this chat ⭐⭐⭐⭐⭐"),
     c("no u were not. 1 star. not buying from u again", None)]))

# 8. social_proof_or_deadline_pressure -- Seoul, South Korea: English academy, anxious mother, spoken
o = c("Annyeonghaseyo. Ah, my son is in third grade, Jiho. His English teacher at school said he is a bit "
      "behind, and now I am very worried. Everybody in his class goes to academy already. I don't know "
      "what level he is.", None)
GPAIRS.append(gpair(
    "academy_pressure", "After-school English academy (hagwon), Mok-dong, Seoul, South Korea",
    "social_proof_or_deadline_pressure",
    "An anxious mother walks into an English academy after her nine-year-old's school teacher said he is "
    "behind in reading.",
    [o,
     t("Please sit down, mother. Third grade is still very early, so please don't worry too much. What did "
       "the teacher say exactly — is it reading, speaking, or more that he doesn't like English?"),
     c("She said reading. He can speak a little, he watches YouTube in English, but he reads very slowly "
       "and then he gets frustrated and cries.", None),
     t("That's quite common, and it's good that he likes listening. Before recommending any class we do a "
       "free level test, about forty minutes, some reading and a short chat with a teacher. Then we can see "
       "if he needs a reading class or just a bit of practice at home."),
     c("Free? And after the test you push me to register, yes? My friend went to a place like that and "
       "they said her daughter must take the most expensive course.", "bad_experience"),
     t("I understand. After the test you get the results on paper and take them home — no decision that "
       "day. If it's only a small gap, I'll say so. Sometimes twenty minutes of reading together at home is "
       "enough."),
     c("Okay. That sounds... okay. Saturday morning is possible?", None),
     t("Saturday at ten is free. Bring him with a snack; the test is relaxed, he can even draw a little at "
       "the end."),
     c("Thank you. I feel a little better.", None)],
    [o,
     t("Mother, I understand your needs completely. You should know almost all third-graders in this "
       "neighbourhood are already with us — 320 students from the schools around here. Parents who wait, "
       "their children fall behind. What has your experience been with that?"),
     c("320... really? I don't know. He only has a problem with reading, the teacher said.", None),
     t("Yes, and reading problems grow fast. That's why our Intensive Reading Plus class is so popular — "
       "only two seats left for spring term, and the early-registration price ends tomorrow at six. Can I "
       "reserve one for Jiho?"),
     c("Tomorrow? I have to talk to my husband first, he decides about money.", "think_it_over"),
     t("Of course, but many mothers call their husband from here, it's easier. Honestly, the Kim family "
       "came in yesterday and took the last Tuesday seat. What would it mean to you if Jiho lost his place?"),
     c("I... how much is it?", None),
     t("590,000 won a month, plus books. After tomorrow it's 650,000. Which card would you like to use for "
       "the deposit?"),
     c("That is very much. We just paid his piano and taekwondo this month, there is no money left right "
       "now.", "no_money"),
     t("I understand. So many parents say that at first, and afterwards they're so happy. Shall I hold it "
       "for one hour while you call?"),
     c("No. I will go home and think. Thank you.", "think_it_over")]))

# 9. keyword_stuffed -- Ghent, Belgium: industrial cleaning for a bakery (B2B), spoken phone
o = c("Ja, goedemiddag, it's Bart from Bakkerij Van Acker in Gentbrugge. We have the FAVV inspection in two "
      "weeks, the food agency, and the area behind the ovens is, euh, let's say not so nice. Can you do a "
      "deep clean before that?", None)
GPAIRS.append(gpair(
    "bakery_keywords", "Industrial cleaning company (B2B), Ghent, Belgium", "keyword_stuffed",
    "A bakery owner phones a cleaning company for a one-off deep clean behind his ovens before a food "
    "safety inspection in two weeks.",
    [o,
     t("Hi Bart. Two weeks is doable. What's behind the ovens exactly — grease and flour on the floor and "
       "walls, or the extraction hood too?"),
     c("The hood also. And the floor under the proofing cabinets, we can't move them ourselves, they are "
       "heavy.", None),
     t("We have a trolley for those. One thing: it's best done when production is stopped. When don't you "
       "bake — Sunday afternoon, Monday?"),
     c("Monday we're closed. Sunday we bake until twelve.", None),
     t("Then Sunday from two until about ten at night, and everything's dry by Monday. I'd like to come "
       "Thursday to look at it and give you a fixed price, and afterwards you get a cleaning certificate "
       "you can show the inspector."),
     c("The certificate is good, the inspector likes papers. Thursday after eleven, when the rush is "
       "finished.", None),
     t("Thursday, half past eleven. See you then, Bart.")],
    [o,
     t("Hi Bart, thank you so much for reaching out. At our company we really focus on understanding your "
       "needs and building a long-term relationship based on trust, value and success. Can you tell me "
       "more about your cleaning journey so far?"),
     c("Journey? Euh... we clean every day ourselves. It's just behind the ovens, for the inspection.", None),
     t("I hear you, and I understand that the inspection experience matters to you. What I'm hearing is "
       "that you need a holistic hygiene solution. Our Partnership Plan gives you a dedicated success "
       "manager and a monthly hygiene experience review. How does that feel?"),
     c("I don't need a manager, I need someone to clean the hood before the fourteenth. Can you do that or "
       "not?", "no_need"),
     t("Absolutely, I really understand your needs. The Partnership Plan is a twelve-month commitment and "
       "brings real peace of mind and success in every audit. Did I understand your needs correctly?"),
     c("Twelve months? No. We have a cleaning lady for the shop already, this is one time.", "no_need"),
     t("Totally, and I value your honesty. Let me send you our value proposition brochure so you can "
       "explore how our solution fits your needs. Is there anything else I can help with?"),
     c("No, I'll call somebody else. The inspection is in two weeks, not in a brochure.", None)]))

# 10. rude -- Bologna, Italy: optician, elderly widow with broken glasses, spoken
o = c("Buongiorno. Scusi, my glasses, the... the leg, how you say, it broke this morning. I cannot read "
      "without. You can fix?", None)
GPAIRS.append(gpair(
    "optician_rude", "Optician's shop, Bologna, Italy", "rude",
    "An elderly widow comes into a neighbourhood optician with a pair of old glasses whose arm came off; "
    "she cannot read without them.",
    [o,
     t("Buongiorno signora, let me see. Ah, the arm came off at the hinge, the little screw is gone. Please, "
       "sit down."),
     c("They are old, I know, my husband bought them for me. Maybe ten years.", None),
     t("They're well made, that's why they lasted. I have a screw that fits, about ten minutes. If it "
       "doesn't hold I'll tell you honestly, but I think it will."),
     c("How much it costs? I have pension only.", None),
     t("For a screw, nothing. Would you like a coffee while you wait? The bar next door is good."),
     c("Oh, grazie, you are very kind. I wait here, I like to watch.", None)],
    [o,
     t("Ugh. Let me guess, you sat on them? What exactly do you need from us today?"),
     c("No, I did not sit! It broke when I cleaned them. They are from my husband, ten years.", None),
     t("Ten years. Well, that explains it. Honestly, signora, these frames are junk now. Have you thought "
       "that maybe it's time to stop holding on to old things? Our new collection starts at 180."),
     c("180 euro? I only want the small screw. I have a pension, not a bank.", "no_money"),
     t("Fine, fine. I'll look at it when I have time. Leave them and come back Thursday. What else do you "
       "need?"),
     c("Thursday? I cannot read anything until Thursday? Not even my post?", None),
     t("That's how it works here, signora, we're busy. Is there anything else I can help you with, or are "
       "we done?"),
     c("We are done. I go to Ottica Rossi, they are polite people.", None)]))
