"""Gaming pairs, part C (ignored_customer, repeated_questions, wrong_paraphrase, pitch_to_upset,
blame). Written by hand."""
from common import t, c, gpair

GPAIRS = []

# 11. ignored_customer -- Hsinchu, Taiwan: electronic components distributor (B2B), typed chat
o = c("hi, Vivian from purchasing at Hongsheng Tech. need quote for MLCC 0402 1uF 16V X5R, 20k pcs, "
      "delivery before the 28th. our usual source is on allocation. only murata or samsung ok, our "
      "customer approved only those 2", None)
GPAIRS.append(gpair(
    "mlcc_ignored", "Electronic components distributor (B2B), Hsinchu, Taiwan", "ignored_customer",
    "An experienced purchaser at an electronics maker messages a distributor's sales chat for a capacitor "
    "her usual source cannot supply; only two makers are approved by her customer.",
    [o,
     t("Hi Vivian, checking stock now. Is 10% tolerance ok, and is it consumer or automotive grade?"),
     c("consumer, 10% ok. BOM part no is GRM155R61C105KA12D but equiv fine if same spec", None),
     t("We have 12k of the Samsung equivalent in our Taoyuan warehouse, can ship tomorrow. For the other "
       "8k Murata factory lead time is 14 weeks, but let me check our Shenzhen branch — give me until 3pm "
       "today?"),
     c("ok pls. price for the 12k?", None),
     t("NT$0.38/pc. It would be one full 10k reel plus 2k on cut tape — is cut tape ok for your SMT line "
       "or do you need full reels?"),
     c("cut tape is a pain on our line. can u make it 2 full reels if shenzhen has the rest?", None),
     t("I'll ask Shenzhen for a full 10k reel, that makes it clean. You'll hear from me before 3 with the "
       "answer and a formal quote."),
     c("👍 thx", None)],
    [o,
     t("Hi Vivian! Thank you for contacting us 😊 Can you tell me more about what your project needs are?"),
     c("i just wrote it. 0402 1uF 16V X5R, 20k, before 28th, murata or samsung only", None),
     t("Great, thanks for sharing! For capacitors we have a fantastic partner brand from Shenzhen, "
       "excellent value and 30% cheaper than the Japanese brands. Would you like to experience a sample?"),
     c("no, its not on our AVL. our customer wont accept it. only murata or samsung", "no_need"),
     t("Totally understand! Our partner brand is used by many big EMS companies in Taiwan. What is your "
       "timeline for the project?"),
     c("28th. i wrote it twice already.", None),
     t("Perfect. Lead time for the partner brand is 6 weeks, and I can offer a 100k volume price that "
       "brings it down a lot. How does that sound for your needs?"),
     c("6 weeks is too late and i need 20k not 100k. forget it, i'll ask another distributor", None)]))

# 12. repeated_questions -- Oslo, Norway: electricity supplier, hurried customer moving house, typed chat
o = c("hei, moving from grünerløkka to tøyen on the 1st, need to move my strøm contract. new address "
      "tøyengata 14b, meter nr 7359 0612 4481. quick pls, im literally carrying boxes", None)
GPAIRS.append(gpair(
    "power_repeat", "Electricity supplier customer service, Oslo, Norway", "repeated_questions",
    "A customer in the middle of moving flat messages the electricity supplier to move his contract, giving "
    "all the details in the first message.",
    [o,
     t("Hei! Got it: Tøyengata 14B, meter 7359 0612 4481, from the 1st. Can you confirm your date of birth "
       "so I find the right customer?"),
     c("12.03.94", None),
     t("Thanks, found you. Same spot-price agreement at the new place? Then I also end the old address on "
       "the 1st at 00:00. Remember to take a photo of the meter readings at both flats on moving day."),
     c("same agreement yes. photos ok 👍 anything else u need?", None),
     t("No, that's all. You'll get an SMS confirmation in a few minutes. Good luck with the boxes!"),
     c("takk!!", None)],
    [o,
     t("Hei, and thanks for reaching out! I'd love to help you with your move. Could you tell me your new "
       "address?"),
     c("tøyengata 14b. its in my message", None),
     t("Thank you! And what date would you like the contract to start at the new address?"),
     c("the 1st. also in my msg. pls hurry", None),
     t("Great! Just to make sure I understand your needs correctly: what is the meter number at your new "
       "address?"),
     c("7359 0612 4481!!! i wrote everything in the first msg", None),
     t("Thanks for your patience 😊 And could you confirm the address you're moving to, so we're sure "
       "everything is correct?"),
     c("are u a bot?? TØYENGATA 14B. the 1st. meter 7359 0612 4481. is it done now or what", None),
     t("Perfect, it's registered! 🎉 While I have you, can I tell you about our smart-charging add-on for "
       "electric cars? Is there anything else I can help with today?"),
     c("no, im in the middle of moving, no time for sales stuff. bye", "no_time")]))

# 13. wrong_paraphrase -- Porto, Portugal: bank branch, grieving daughter, spoken
o = c("Bom dia. I... sorry. My father passed away two weeks ago. He had his account here, and I don't know "
      "what I have to do. The gas and the water still come out of his account, and I don't know if that's "
      "allowed.", None)
GPAIRS.append(gpair(
    "bank_wrongpara", "Retail bank branch, Porto, Portugal", "wrong_paraphrase",
    "A woman whose father died two weeks ago comes to his bank branch, unsure what to do with his account; "
    "her mother still lives in the family house.",
    [o,
     t("I'm very sorry for your loss. Take your time, there's no hurry here. May I have your name, and "
       "your father's?"),
     c("Ana Ribeiro. He was Manuel Ribeiro. He was eighty-one.", None),
     t("Thank you, Ana. Once we register the death, withdrawals from the account stop, but the gas and "
       "water debits can keep running for now so nothing is cut off at the house. Is someone living "
       "there?"),
     c("My mother. She is still there. She doesn't know about any of this, he did all the papers.", None),
     t("Then keeping the debits is probably best for now. What we need is the death certificate, and later "
       "the habilitação de herdeiros. Do you have the certificate with you today?"),
     c("Yes, I have it here. The other one, I don't know what it is.", None),
     t("It's the document that says who the heirs are; the Loja do Cidadão can do it for you. I'll write "
       "everything down step by step, with my direct number, so you don't have to explain it all again "
       "next time."),
     c("Thank you. That helps a lot. Obrigada.", None)],
    [o,
     t("I'm so sorry. So, if I understood correctly, you'd like to cancel the gas and water direct debits "
       "today?"),
     c("No... no, my mother still lives in the house. I don't want anything cut off. I just don't know "
       "what is allowed.", None),
     t("I see. So what I'm hearing is that you want to take over your father's account and put it in your "
       "name. Did I understand you correctly?"),
     c("I didn't say that. I don't know if I can. I only want to know what I must do.", None),
     t("Understood — so you're looking to withdraw the balance today to pay for the funeral. Is that "
       "right?"),
     c("The funeral is paid already. Please, are you listening to me?", None),
     t("Absolutely. Just so I'm clear on your needs: you want an account for your mother so she can manage "
       "the household. We have a senior account with no fees — shall I set it up?"),
     c("No. She has her own account. I think I come back another day, with my brother.", "no_need")]))

# 14. pitch_to_upset -- Aarhus, Denmark: furniture webshop, damaged sofa, upset customer, typed chat
o = c("Hi. your drivers delivered our sofa today and there is a 10cm tear in the fabric on the back. I took "
      "a day off work for this delivery. honestly so annoyed right now. order 448120", None)
GPAIRS.append(gpair(
    "sofa_pitchupset", "Online furniture shop with own delivery, Aarhus, Denmark", "pitch_to_upset",
    "A customer who took a day off work for a sofa delivery finds a tear in the fabric after the drivers "
    "have left, and writes to the shop's chat.",
    [o,
     t("Hi, I'm really sorry — that's not what you should get after waiting in all day. Could you send a "
       "photo of the tear and of the label under the seat? Then I can act on it straight away."),
     c("[photo] [photo] there. the drivers left before i even saw it", None),
     t("Thanks. That's clearly transport damage, so it's on us. Two options: an upholsterer repairs it at "
       "your place, usually within a week, or we swap the whole sofa — the swap takes 3-4 weeks because "
       "it's made to order. What would you prefer?"),
     c("how good is the repair? i dont want a visible patch on a 12.000 kr sofa", None),
     t("Fair question. On a seam they usually make it invisible; in the middle of a panel they replace the "
       "panel. If you're not happy with the result, we still do the swap. And we book it when it suits you "
       "— evenings or Saturday, so no more days off."),
     c("ok, then repair first. saturday is best", None),
     t("Saturday it is, I'll email you the time today. Sorry again for the hassle.")],
    [o,
     t("Hi, so sorry to hear about your experience! 😊 Did you know you can protect your sofa against "
       "accidents with our FabricCare+ plan? Only 899 kr for 5 years and it covers tears, stains and more!"),
     c("are you serious? it was torn when it arrived. im not paying for a protection plan for your damage",
       "no_need"),
     t("Totally understand your frustration! And while we sort that out — since you're furnishing, our "
       "matching armchair is 20% off this week. It would complete your living room experience. Shall I "
       "add it?"),
     c("NO. i want my sofa fixed.", "no_need"),
     t("Of course! I've noted it. A technician can come within 10 working days, weekdays between 8 and 16."),
     c("8 to 16 on a weekday? i cant take another day off, i have a job. dont you do evenings?", "no_time"),
     t("Evening visits are part of our Premium Service, 299 kr. I can also give you 10% off FabricCare+ as "
       "a goodwill gesture. Can I help you with anything else?"),
     c("unbelievable. i want to talk to your manager. and im writing a review.", None)]))

# 15. blame -- Tampere, Finland: managed IT services for a law firm (B2B), upset office manager, spoken phone
o = c("Hei, this is Riikka from Laakso & Partners. Our file server crashed this morning and the restore "
      "your team did only has files up to Monday. It's Thursday. We've lost three days of contracts. How "
      "is that possible?", None)
GPAIRS.append(gpair(
    "backup_blame", "Managed IT services provider (B2B), Tampere, Finland", "blame",
    "The office manager of a small law firm phones its IT provider after a server crash: the restored "
    "backup is three days old.",
    [o,
     t("Riikka, that's serious and I'm sorry. Let me open the backup log while we talk... I see it. The "
       "nightly job has failed since Monday night with a storage error, and our monitoring should have "
       "flagged it. It didn't. That's on us."),
     c("So nobody saw it for three days.", None),
     t("No, and I'll find out why. Right now the priority is the lost files. Some may still be in Outlook "
       "attachments or in the sync cache on the lawyers' laptops. I can have a technician on site at one "
       "to go through every machine with you. Does that work?"),
     c("One is okay. The partners have a court deadline tomorrow, so the Virtanen contract is the most "
       "important.", None),
     t("Noted, we start with that one. And by Monday you get a written report: what failed, why no alert "
       "came, and what we change. Who should receive it?"),
     c("Me and Jussi Laakso. Honestly, Jussi already asked me if we should change provider.", None),
     t("That's a fair question for him to ask. We'll have to earn it back with the report and the fix. "
       "Technician at one, Virtanen contract first."),
     c("Okay. Thank you for not making excuses, at least.", None)],
    [o,
     t("Hi Riikka, I totally understand how you feel, and your experience matters to us. Can I ask — did "
       "anyone in your office check the backup status emails this week?"),
     c("What emails? You are the ones doing the backups. That's what we pay you for.", None),
     t("I hear you. To be transparent, the daily report goes to your admin mailbox, so reading it is really "
       "your side's responsibility. Did I understand correctly that nobody reads that mailbox?"),
     c("Nobody ever told us we had to read it!", None),
     t("It's in the service agreement, section 4. Also, many of these files were probably saved on desktops "
       "instead of the server, which isn't covered. What could your team do differently next time?"),
     c("Differently? The contracts were on the server. I checked myself.", None),
     t("Okay. Well, we can attempt a restore from the failed disk; it's billed at 145 euros an hour, since "
       "the cause is outside our scope. Anything else I can do for you today, Riikka?"),
     c("145 an hour for your failure? No. I'm calling Jussi, and he will call your boss.", None)]))
