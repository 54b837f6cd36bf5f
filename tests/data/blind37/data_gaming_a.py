"""Gaming pairs 1-5 (hand-written)."""
from common import c, gpair, t

# 1. monologue -- home solar installer, Kisumu, Kenya (spoken, consumer, chatty)
_open = c("Habari, eh... my neighbour said you people are doing the solar for houses? Because KPLC, "
          "the tokens are finishing my money and the lights are going off every evening.", None)
gpair(
    "b37g_kisumu_solar", "home solar kits and installation (Kisumu, Kenya)", "monologue",
    "A chatty woman who runs a small kiosk from the front of her house walks into a solar shop in "
    "Kisumu after weeks of power cuts; she wants to keep a soda fridge, lights and phones going.",
    [
        _open,
        t("Nzuri sana, karibu. Yes, we do home solar. Sorry about the cuts. What do you mostly need the "
          "power for in the evening?"),
        c("Ah, the lights, the TV for my husband's news, the phones charging. And the small fridge for "
          "the sodas, for my kiosk.", None),
        t("Okay, the fridge is the big one. Is it running all day and all night, or only when you're open?"),
        c("All day, all night. But me I'm fearing these panels, eh. My sister bought one at the market "
          "last year, it died after three months, the money gone.", "bad_experience"),
        t("That happens a lot with market panels, sadly. Ours have a five-year warranty on the panel and "
          "two on the battery, and our technician is here in Kisumu if anything goes wrong. A fridge all "
          "night needs a bigger battery, though. Can I come and look at the roof and the fridge tomorrow, "
          "no charge, and give you two prices, one with the fridge and one without?"),
        c("Tomorrow is okay. But before ten, because after that I open the kiosk.", None),
        t("Before ten, fine. I'll phone you at half past eight to make sure. Asante."),
    ],
    [
        _open,
        t("Karibu! Great question, and I really want to understand your energy needs and your whole "
          "experience. So let me tell you about us. We are SunWave, the most trusted solar brand in "
          "Nyanza. We have the 50-watt kit, the 100-watt, the 200-watt with lithium battery, and the "
          "lithium lasts eight years, not like the old lead-acid. We also do pay-as-you-go, from forty "
          "shillings a day, and solar water heaters, and TVs, 24 and 32 inch, the 32 is very popular "
          "with families. For us it is a long-term relationship. So what I'm hearing is you need "
          "reliable power, yes?"),
        c("Yes, but the fridge, for my kiosk...", None),
        t("Fridges! We have DC solar fridges, 100 litres and 150 litres, much more efficient than a "
          "normal fridge on an inverter, you lose maybe thirty percent with those, and ours are A-plus "
          "rated. With the 200-watt kit you run the fridge, four bulbs, the TV, a radio, the phones, and "
          "there is a torch in the box. Installation is one day, our technicians are certified, and you "
          "get an app to see your battery. Many customers in Kondele, in Nyalenda, they have it. What "
          "else would you like to know about your experience with us?"),
        c("Eh. So how much is it?", None),
        t("Good, good. The 200-watt kit is a hundred and twenty thousand cash, or five thousand deposit "
          "and one-twenty a day. But honestly I would recommend the 300-watt premium fridge bundle, "
          "because for a business you must think about growth, your success, and the premium has the "
          "bigger battery, ten-year panel, two extra bulbs free, and it is only one eighty-five, the "
          "promotion ends this month. Does that meet your needs?"),
        c("One eighty-five thousand? Ai, that is too much money for a panel, my friend.", "too_expensive"),
        t("I hear you, I hear you, but think of it as an investment, because KPLC goes up every year and "
          "over five years you save maybe two hundred thousand, and there is the warranty, and customer "
          "care twenty-four seven. So, anything more you want to ask me today?"),
        c("No. Let me first go and talk to my husband.", "think_it_over"),
    ],
)

# 2. closing_as_open_question -- coffee packaging supplier, Addis Ababa, Ethiopia (spoken, B2B)
_open = c("Hello, selam. I am calling from Buna Tena Roasters, in Bole. We are getting your sample of "
          "the valve bags last week. I want to ask some things before we decide.", None)
gpair(
    "b37g_addis_packaging", "flexible packaging supplier to food businesses (Addis Ababa, Ethiopia)",
    "closing_as_open_question",
    "The owner of a small specialty coffee roastery phones a packaging supplier about sample valve "
    "bags; she is preparing a first export shipment to Dubai and two of the sample zips failed.",
    [
        _open,
        t("Selam, thank you for calling. Yes, the 250-gram kraft bags with the one-way valve. What would "
          "you like to know?"),
        c("The valve is working well. But the zip, two of the ten samples, the zip was opening by "
          "itself when we fill it full. For export to Dubai this is a problem.", None),
        t("That's useful to know, thank you. Were you filling right to the top? And was it the "
          "press-to-close zip or the slider?"),
        c("The press one. We put 250 grams whole bean, yes it is full to the top.", None),
        t("Whole bean at 250 is tight in that size, beans take more room than ground. We make the same "
          "bag ten millimetres taller. Could I send you ten of the taller ones this week, so you fill "
          "them exactly like for the shipment, before you order anything?"),
        c("Yes, this is good. But the taller one, the price is same? Our margin in Dubai is already "
          "small.", None),
        t("It's about forty cents more per bag at five thousand pieces. I'll put both prices in writing "
          "with the samples so you can check it against your margin."),
        c("Okay. Send to the Bole address, attention Tigist. Ameseginalehu.", None),
    ],
    [
        _open,
        t("Selam! Wonderful to hear from you. So tell me, how many thousand bags would you like to start "
          "with for your first order?"),
        c("No, first I have question. The zip, two of ten samples opened when we fill full. For Dubai "
          "this is a problem.", None),
        t("I understand, quality is so important for your success. What quantity would make you most "
          "comfortable, five thousand or ten thousand?"),
        c("I am not talking about quantity now. The zip is opening.", None),
        t("Of course. And when would you like us to begin production, so the bags arrive before your "
          "Dubai shipment?"),
        c("You are not listening me. The zip.", None),
        t("What would it take for you to choose us today? Shall I send the proforma for five thousand, "
          "or would ten thousand suit your growth plans better?"),
        c("Send nothing for now. I will compare with Habesha Pack, they have foil bags, then I call you "
          "back.", "think_it_over"),
    ],
)

# 3. pitch_as_paraphrase -- mobile network online chat, Cebu, Philippines (typed, consumer)
_open = c("hi po, why is my load always gone?? i loaded 100 yesterday nd now its 12 pesos only. i didnt "
          "even call anyone", None)
gpair(
    "b37g_cebu_prepaid_load", "mobile network prepaid support chat (Cebu, Philippines)",
    "pitch_as_paraphrase",
    "A college student on a prepaid SIM messages her network's support chat because her load keeps "
    "disappearing; she has mobile data switched on without any promo registered.",
    [
        _open,
        t("Hi po! Sorry about that, let me help. Is your mobile data usually on even when you don't have "
          "a promo registered? That's the most common reason load gets eaten."),
        c("uhm yes i think data is always on. i just use fb and tiktok", None),
        t("That's probably it then. Without a promo, data is charged per MB, so TikTok can finish 100 "
          "pesos quickly. How much do you usually spend on load in a week?"),
        c("like 100-150 only, im a student \U0001F605", None),
        t("Then the 99 promo for 7 days would cover FB and TikTok plus 2GB open data, cheaper than what "
          "you're losing now. Or if you're mostly on school wifi, just switch data off and keep your load "
          "for texts. Which sounds better?"),
        c("ok the 99 one. how do i register", None),
        t("Dial *143#, choose Promos, then the 99 for 7 days. You'll get an SMS confirming. If no SMS "
          "after 5 mins, message me here ok?"),
        c("got it na! thank u po \U0001F64F", None),
    ],
    [
        _open,
        t("Hi po! Thank you for reaching out, your experience matters to us. So what I'm hearing is you "
          "need a more reliable connection, that's why our Postpaid Plan 999 with unlimited data is "
          "perfect for your needs, tama po ba?"),
        c("no po im just asking where my load went", None),
        t("I understand po! So if I'm understanding correctly, you want peace of mind so your load never "
          "disappears again, and that's exactly what Plan 999 gives you, plus a free phone upgrade. Did I "
          "get that right?"),
        c("999 a month?? im a student i cant pay that", "no_money"),
        t("So what I'm hearing is budget matters to you, which is why Plan 599 with 12GB could be the "
          "best fit for your lifestyle! Shall I send you the online application link?"),
        c("no thanks. i dont want a plan, i only wanted to know why my 100 pesos is gone \U0001F611",
          "no_need"),
        t("Totally understood po! Is there anything else I can help you with today? \U0001F60A"),
        c("nvm \U0001F644", None),
    ],
)

# 4. upsell_as_loop_closing -- bank branch, Lusaka, Zambia (spoken, elderly consumer)
_open = c("Good morning, madam. Eh, I am Mr Banda. The machine outside, it has eaten my card this "
          "morning. My pension came yesterday and I have nothing to buy mealie meal.", None)
gpair(
    "b37g_lusaka_bank_card", "retail bank branch (Lusaka, Zambia)", "upsell_as_loop_closing",
    "A retired teacher in his seventies comes into his bank branch after the ATM outside kept his "
    "card; his pension has just been paid and he needs cash for food today.",
    [
        _open,
        t("Good morning, Mr Banda. I'm sorry, that's worrying. We'll get you sorted. Do you have your "
          "NRC with you?"),
        c("Yes, yes, here it is. I am not good with these machines, my grandson is the one who usually "
          "helps me.", None),
        t("That's no problem at all. The machine keeps a card when the PIN goes in wrong three times or "
          "it can't read the card. I can get you cash over the counter today with your NRC, and we'll "
          "order a new card, that takes about five working days. Is that all right?"),
        c("Five days. Ah, okay. But the cash today, that one is important.", None),
        t("Yes, today. How much would you like? I'll walk with you to the teller so you don't queue "
          "again."),
        c("Eight hundred kwacha. Thank you, my daughter, God bless you.", None),
        t("You're welcome. When the new card comes we'll phone you, and I can sit with you to choose a "
          "PIN you'll remember."),
        c("That would be very good. My grandson has gone to Kitwe now.", None),
    ],
    [
        _open,
        t("Good morning sir, welcome, your experience matters to us. I can log a card retention request "
          "for you, it is processed within five to seven working days. Does that resolve your concern "
          "today?"),
        c("Seven days? But my pension, I need it for food today.", None),
        t("Absolutely, I've noted that. Now, just to close the loop and make sure all your needs are "
          "met, have you heard about our Golden Years funeral plan? For only 95 kwacha a month your "
          "family is covered."),
        c("Madam, I came for my card. I don't want funeral plan.", "no_need"),
        t("I completely understand. To make sure we've fully addressed your concerns, may I also set you "
          "up with our credit card? Then if the ATM ever takes your card again, you always have a "
          "backup."),
        c("I am a pensioner. I cannot be paying for a credit card.", "no_money"),
        t("No problem, sir. So to recap: card request logged, and I've shared our funeral plan and "
          "credit card. Was your experience satisfactory today, and is there anything else I can help "
          "with?"),
        c("And my eight hundred kwacha? How am I getting it today?", None),
    ],
)

# 5. leading_tag_questions -- used car dealership, Gaborone, Botswana (spoken, anxious first buyer)
_open = c("Dumela rra. I'm looking at that silver Vitz outside, the 2014 one. It's my first car, so, "
          "um, I don't really know what to look for.", None)
gpair(
    "b37g_gaborone_used_car", "used car dealership (Gaborone, Botswana)", "leading_tag_questions",
    "A young nurse buying her first car visits a used car lot; she works night shifts and is nervous "
    "about both reliability and the bank repayment.",
    [
        _open,
        t("Dumela mma, welcome. First car, exciting. What will you mostly use it for?"),
        c("Work mostly. I'm a nurse at Princess Marina, I do nights, so I just need something that won't "
          "leave me stuck at two in the morning.", None),
        t("That makes sense, so reliability comes first. This one has 138,000 kilometres and a full "
          "Toyota service book. I'd still suggest a mechanic you trust looks at it before you pay, we're "
          "happy with that. Do you have someone?"),
        c("My uncle knows a guy in Broadhurst. But, um, it says seventy-two thousand, and honestly I'm "
          "not sure the bank will give me that much.", "no_money"),
        t("Fair enough. What monthly repayment would feel comfortable? We can work backwards from there, "
          "and if this one's too much there's a 2012 Vitz at fifty-eight."),
        c("Maybe two thousand a month, max.", None),
        t("Then get a pre-approval figure from your bank first, and bring your uncle's mechanic on "
          "Saturday to see both cars. No deposit needed just to look."),
        c("Okay. Saturday morning, I'll bring him.", None),
    ],
    [
        _open,
        t("Dumela mma! First car, wonderful. You'd want something reliable, wouldn't you?"),
        c("Um, yes, of course.", None),
        t("And it's a Toyota, and everyone knows Toyotas never break, don't they? So you'd agree this "
          "Vitz meets your needs perfectly, right?"),
        c("I suppose... but I wanted my uncle's mechanic to check it first before I decide?",
          "think_it_over"),
        t("Well, you trust us, don't you? We've inspected it already, and you wouldn't want to waste your "
          "uncle's time, would you? Seventy-two thousand is a fair price, isn't it?"),
        c("Mm. I saw a 2015 one on Facebook Marketplace for sixty-five, though.", "too_expensive"),
        t("But that one won't have our warranty, will it? You'd rather pay a bit more for peace of mind, "
          "wouldn't you? Shall we start the paperwork?"),
        c("No, I think I'll leave it for today. Sorry.", "brush_off"),
    ],
)
