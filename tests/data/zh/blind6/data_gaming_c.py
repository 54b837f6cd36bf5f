"""Gaming pairs c: ignored_customer, repeated_questions, wrong_paraphrase, pitch_to_upset, blame."""
from common import c, gpair, t

PAIRS = []

# 1 ignored_customer -- Tsuen Wan DSE English tuition
o = c("你好，我個仔讀中五，英文得三級，想問吓你哋有冇 DSE 英文班。", None)
PAIRS.append(gpair(
    "zhb6g_tsuenwan_tuition_dse", "secondary-school tuition centre (Tsuen Wan, Hong Kong)", "ignored_customer",
    "A mother asks about DSE English for her Form 5 son: his writing is the weak paper, he works weekend shifts at a fast-food shop, and last year's tuition elsewhere did little.",
    [o,
     t("你好。想了解多一點：四份卷裡面哪一份最弱？他平日甚麼時間有空？"),
     c("老師話佢 Paper 2 寫作最差，成日離題。佢星期六日要喺快餐店返工，只係平日夜晚得。", None),
     t("明白，最弱是 Paper 2 寫作，常常離題，而且只有平日晚上有空。那週末的大班就不適合。我們星期二和星期四晚上七點半有寫作小組，每星期交一篇，老師會逐句批改。"),
     c("我哋舊年喺另一間補過英文，日日派筆記，一啲用都冇。", "bad_experience"),
     t("明白，派筆記但沒練寫，難怪沒幫助。我們這班主要是寫和改，不是聽課。不如他先來上一堂試堂，帶一篇學校退回來的作文，老師當場改給你們看。"),
     c("試堂要錢嗎？", None),
     t("試堂 $150，報讀的話會扣回。下星期二晚七點半可以嗎？"),
     c("得，我問問佢，應該冇問題。", None)],
    [o,
     t("你好！想先了解一下，四份卷裡面哪一份最弱？"),
     c("老師話佢 Paper 2 寫作最差，成日離題。", None),
     t("好的。他平日甚麼時間有空呢？"),
     c("佢星期六日要喺快餐店返工，只係平日夜晚得。", None),
     t("明白。那我建議報我們星期六早上的 DSE 全卷衝刺班，Paper 1 到 4 都會教，特別是 Paper 3 聆聽，很多學生都需要。"),
     c("我講咗佢星期六要返工㗎喎……而且佢弱係寫作。", None),
     t("衝刺班每堂都會派一大份精讀筆記，一期 $3,600，您覺得怎樣？"),
     c("我哋舊年就係補咗啲派筆記嘅，冇用。唔該，我諗我哋唔使喇。", "bad_experience")]))

# 2 ignored_customer -- Seremban car workshop, aircon
o = c("Boss，我的 Myvi 冷气不冷了，只有风。三天后我要balik kampung，开五个钟，可以修吗？", None)
PAIRS.append(gpair(
    "zhb6g_seremban_workshop_aircon", "car air-conditioning workshop (Seremban, Negeri Sembilan, Malaysia)", "ignored_customer",
    "A young office clerk needs her Myvi's air-con fixed before a five-hour drive home in three days; her budget is tight before the holidays.",
    [o,
     t("可以看。先问一下，是突然不冷，还是慢慢越来越不冷？最近有没有撞到前面，或者修过什么？"),
     c("慢慢的，大概一个月。没有撞，上个月才换过 battery。", None),
     t("我测了，冷气 gas 很低，接头这里有一点油渍，应该是慢慢漏。最快的做法：今天换接头的 O-ring 加 gas，RM180，一个钟可以好，三天后开回 kampung 没问题。"),
     c("一百八 ok。我还以为要换整个 compressor。", None),
     t("compressor 没问题，不用换。有一点要讲清楚：如果别的地方也有小漏，过几个月可能又会不冷，到时候再来，我们免费检查。"),
     c("好，那你帮我弄，我在这边等。", None),
     t("好，一个钟。冰箱有水，自己拿。"),
     c("ok thank you boss。", None)],
    [o,
     t("可以看。先问一下，是突然不冷，还是慢慢不冷？"),
     c("慢慢的，大概一个月了。", None),
     t("好。你这次修的预算大概多少？"),
     c("最好不要超过两百，年底很多开销。", None),
     t("明白。我建议整套冷气 overhaul：换 compressor、cooling coil 和 blower，RM1,850，要留车五天，零件要从 KL 调。"),
     c("五天？我三天后就要 balik kampung 了，刚才讲过的……", "no_time"),
     t("做了这个保证两年冷冷的，很多客都这样做。RM1,850 可以分三期，你觉得怎样？"),
     c("我说了两百以内。算了，我去别家看。", "no_money")]))

# 3 repeated_questions -- Tainan frozen-dumpling maker, cold-chain logistics
o = c("您好，我們是台南做冷凍水餃的，想找冷鏈物流，一週兩次送台北的超市物流中心。", None)
PAIRS.append(gpair(
    "zhb6g_tainan_coldchain_dumplings", "B2B cold-chain logistics company (Tainan, Taiwan)", "repeated_questions",
    "The operations manager of a frozen-dumpling factory phones a cold-chain carrier about twice-weekly deliveries to a supermarket DC in Taipei; her current carrier had a temperature failure.",
    [o,
     t("您好，謝謝來電。想請問每次大概幾個棧板？需要零下幾度？目前是哪家在送，有遇到什麼問題嗎？"),
     c("每次六到八板，要零下十八度。現在那家上個月冷凍機壞掉，整車退貨，損失十幾萬。", "bad_experience"),
     t("那真的很傷。六到八板、零下十八、一週兩次。我們每台車都有即時溫度記錄，超出範圍會自動通知司機和您。報價的話，台南到林口物流中心一趟大概一萬二到一萬四，看板數。"),
     c("一萬四喔，比現在那家貴兩千。", "too_expensive"),
     t("對，是貴一點。差別在溫度記錄和備援車。我建議先試跑兩週，每趟的溫度記錄都給您看，覺得值得再簽季約。"),
     c("試跑可以，不過我要先問老闆。", "think_it_over"),
     t("好，我今天把報價和試跑條件寄給您，您方便給老闆看。")],
    [o,
     t("您好，謝謝來電！想了解一下您的需求，每次大概出多少貨？"),
     c("每次六到八板，要零下十八度。", None),
     t("了解。那想請問一下，每次的量大概是多少？"),
     c("……六到八個棧板。", None),
     t("好的好的。那以一個月來看，您們的出貨規模大概是怎樣？"),
     c("一週兩次，一次六到八板，你自己算嘛。現在那家冷凍機壞過，我最在意溫度。", "bad_experience"),
     t("明白，溫度很重要。那再跟您確認一下，每趟大概會有幾個棧板呢？"),
     c("我講三次了。你們報價寄來就好，我們再看。", "brush_off")]))

# 4 repeated_questions -- Singapore bubble-tea kiosk franchise
o = c("hi 我想了解你们的 kiosk franchise 我以前在 kopitiam 做过饮料档", None)
PAIRS.append(gpair(
    "zhb6g_woodlands_bubbletea_kiosk", "bubble-tea franchise head office (Woodlands, Singapore)", "repeated_questions",
    "A former kopitiam drinks-stall operator messages about a bubble-tea kiosk franchise; she has a partner and a possible slot in a heartland mall.",
    [o,
     t("您好！有饮料档的经验很好。想问几件事：您是自己做还是有 partner？已经有看中的地点吗？"),
     c("跟我表妹一起 她出一半钱 woodlands 那边有个商场 kiosk 位 月租 4k", None),
     t("明白，跟表妹合伙，Woodlands 商场 kiosk，月租 $4,000。以那个人流，我们的 kiosk 一般一天要卖 250 杯左右才打平。我们加盟费 $38,000，含设备和培训。"),
     c("38k 有点贵 另外一个牌子才 25k", "too_expensive"),
     t("是比较贵，差在原料是我们中央厨房配送，还有培训比较长。您可以把两家的合约拿去比，看原料要不要一定跟总部买。方便的话，这个星期六您跟表妹一起来中央厨房看一次？"),
     c("这个礼拜我们都没空 下个礼拜可以", "no_time"),
     t("好，下星期三下午三点可以吗？我把成本表先发给您们看。"),
     c("ok confirm", None)],
    [o,
     t("您好！很高兴认识您。想先了解一下，您之前有没有做过 F&B 的经验呢？"),
     c("有啊 我刚刚讲了 在kopitiam做过饮料档", None),
     t("好的！那您在餐饮这方面的背景大概是怎样的呢？"),
     c("就饮料档 做了六年", None),
     t("明白明白。那想再了解一下，您对经营饮料生意熟悉吗？"),
     c("？？？我做了六年饮料档 你问三次了 加盟费多少", None),
     t("不好意思！那确认一下，您以前有没有实际经营店铺的经验？"),
     c("算了 你们 send 我 brochure 就好", "brush_off")]))

# 5 wrong_paraphrase -- Tsim Sha Tsui wedding banquet
o = c("你好，我哋想搞個細細個嘅婚宴，大概十二圍，屋企有兩個長輩食齋，想問吓你哋有冇得安排。", None)
PAIRS.append(gpair(
    "zhb6g_tst_wedding_small", "Chinese restaurant banquet department (Tsim Sha Tsui, Hong Kong)", "wrong_paraphrase",
    "A couple wants a small 12-table wedding dinner with two vegetarian grandparents; they want it simple and are not keen on the usual roast-pig ceremony.",
    [o,
     t("恭喜！十二圍我們有一個小廳剛好合適。長輩食齋是全素，還是可以食蛋奶？你們想要傳統一點，還是簡單一點？"),
     c("全素，連蔥蒜都唔食。我哋想簡單啲，唔要乳豬嗰啲儀式。", None),
     t("明白：十二圍，兩位長輩全素、不要五辛，整體簡單、不要乳豬儀式。齋菜我們可以另外做兩位的套餐，同一時間上菜，不加錢。菜單平日每圍 $8,888，週末 $9,888。"),
     c("週末有啲超預算，平日又怕朋友收工趕唔切。", "no_money"),
     t("可以考慮星期五，價錢跟平日一樣，入席時間我們可以推到八點半。你們想先試菜，還是先看廳？"),
     c("先睇廳啦，星期六下晝得唔得？", None),
     t("得，星期六下午三點，我在大堂等你們。"),
     c("好，唔該。", None)],
    [o,
     t("恭喜！我想先了解你們的需要，對你們來說理想的婚宴是怎樣的？"),
     c("簡單啲，十二圍左右，長輩全素，唔要乳豬嗰啲儀式。", None),
     t("明白！所以我聽到的是，你們想要一個隆重的傳統婚宴，大概二十圍，有乳豬切燒儀式和龍鳳燭，對嗎？"),
     c("唔係喎，我講咗十二圍，仲話唔要乳豬。", None),
     t("啊對對，讓我總結一下：你們想熱鬧，所以會加一個香檳塔和 live band，齋菜就讓長輩自己點散餐，這樣理解對嗎？"),
     c("我冇講過要香檳塔。長輩食齋係要一齊上菜㗎。", None),
     t("好的，完全理解！那總結：二十圍週末套餐，每圍 $9,888，加乳豬。我先幫你們留星期六，好嗎？"),
     c("你完全冇聽我講嘢。唔使喇，我哋揾第二間。", None)]))

# 6 wrong_paraphrase -- Petaling Jaya home fibre, unstable line
o = c("hi 我家的 fibre 每天晚上断线好几次 我是做 freelance design 的 要 upload file 给客户 很麻烦", None)
PAIRS.append(gpair(
    "zhb6g_pj_fibre_dropouts", "home-broadband telco support chat (Petaling Jaya, Selangor, Malaysia)", "wrong_paraphrase",
    "A freelance designer chats with her broadband provider: the line drops several times every evening; she wants it stable, not faster, and is wary of a long contract.",
    [o,
     t("您好，不好意思造成麻烦。想问一下，断线是整个 wifi 都没有，还是有 wifi 但上不了网？大概几点开始？"),
     c("wifi 还在 就是上不了 八点到十一点最多 router 的灯会变红", None),
     t("明白：晚上八点到十一点，router 灯变红，wifi 有但上不了网。这个比较像线路问题，不是 plan 太慢，所以不需要升级。我帮您开单派技术员来检查外面的线和 router。"),
     c("技术员要几点来 我白天也要开会", None),
     t("最早星期四，有上午九点到一点或下午两点到六点，您选哪个？"),
     c("下午那个 不过上次你们的人说来又没来 我等了一整天", "bad_experience"),
     t("抱歉上次让您白等。这次单子上会写您的电话，技术员出发前半小时会先打给您，如果没来，您直接回复这个 chat，我跟进。"),
     c("ok 那就星期四下午", None)],
    [o,
     t("您好！想先了解一下您的使用需求，您平常上网主要做什么？"),
     c("design 工作 要 upload 大 file 晚上常常断线", None),
     t("明白！所以我理解的是，您觉得现在的速度不够快，想升级到 1Gbps 对吗？"),
     c("不是速度 是断线 wifi 在但上不了网", None),
     t("好的，所以总结一下，您的问题是家里 wifi 覆盖不够，房间收不到，需要我们的 mesh wifi 配套，每个月加 RM30，对吗？"),
     c("我没讲房间收不到 router 就在我桌子旁边", None),
     t("明白明白！那就是说您想要更稳定的体验，所以 1Gbps 加 mesh 最适合，绑 24 个月，我理解对吗？"),
     c("我不要绑约 我只要你们派人来修线", "no_need"),
     t("了解！那我先帮您记录：升级 1Gbps 的兴趣，会有同事联络您。"),
     c("……我自己打 hotline 好了", None)]))

# 7 pitch_to_upset -- Taichung life-insurance claim after a death
o = c("喂……你好，我爸爸上個禮拜走了，他有在你們這邊保壽險，我不知道要怎麼辦……", None)
PAIRS.append(gpair(
    "zhb6g_taichung_lifeinsurance_claim", "life-insurance agent (Taichung, Taiwan)", "pitch_to_upset",
    "A woman in her thirties calls her late father's insurance agent a week after his death, unsure how to claim; she is still organising the funeral.",
    [o,
     t("林小姐，聽到這個消息真的很遺憾，請節哀。你不用急，我一步一步陪你。先問一下，喪事現在是你在處理嗎？"),
     c("對……我跟我哥，他在國外，後天才回來。我腦袋很亂。", None),
     t("辛苦你了。理賠不急在這幾天，保單請領期限有兩年。要準備的只有四樣：死亡證明書、爸爸的除戶謄本、受益人的身分證、存摺影本。你是受益人之一，哥哥也是，兩個人都要簽。"),
     c("死亡證明醫院有給……除戶要去戶政事務所嗎？", None),
     t("對，辦完死亡登記就可以申請，哥哥回來後一起去也可以。文件齊了打給我，我到你家幫你們填表，不用跑公司。"),
     c("好……謝謝你，我本來很怕要跑很多地方。", None),
     t("不會的。這幾天先顧好自己，有問題隨時 LINE 我。"),
     c("嗯，我哥回來再聯絡你。", None)],
    [o,
     t("林小姐，請節哀。我非常理解你的感受。理賠的部分我會協助，死亡證明書和除戶謄本準備好就可以送件。"),
     c("好……我哥在國外，我一個人處理喪事，腦袋很亂。", None),
     t("辛苦了。其實這種時候最能體會保障的重要。你自己現在有壽險嗎？你還年輕，我們有一個新的終身壽險，月繳三千多，很多家屬處理完都會想幫自己規劃。"),
     c("我現在……沒有心情想這個。", "no_time"),
     t("我理解，不過你爸爸的理賠金下來，大概有兩百萬，放銀行很可惜，我們有一個利變型保單很適合，可以幫你存起來。"),
     c("那是我爸的錢，我還沒想過要怎麼用。", "think_it_over"),
     t("當然當然，我先把資料傳給你參考，等喪事辦完我們再約？"),
     c("不用了。理賠的事我直接打去公司問。", None)]))

# 8 pitch_to_upset -- Melaka bank, late husband's account
o = c("你好……我先生上个月过世了，我想问他的户口要怎样处理，银行的信一直寄来。", None)
PAIRS.append(gpair(
    "zhb6g_melaka_bank_bereavement", "retail bank branch (Melaka, Malaysia)", "pitch_to_upset",
    "A widow in her sixties comes to the branch a month after her husband's death, carrying letters about his savings account and a small fixed deposit.",
    [o,
     t("Auntie，真的很遗憾，请节哀。您先坐，慢慢讲。这些信我帮您看。您先生的户口是他一个人的名字，还是跟您联名？"),
     c("他一个人的。还有一个定期，我记得是三万多。", None),
     t("明白，储蓄户口和一个三万多的定期，都是他一个人的名字。这样要先申请遗产文件，金额不大的话可以去土地局办小型遗产申请，不用请律师。我们这边需要死亡证明、您的 IC 和结婚证书的副本。"),
     c("我一个人要跑很多地方……我儿子在新加坡工作。", None),
     t("不用一次办完。今天我先在系统登记，信就不会再寄来了。我给您一张清单，写清楚每一步去哪里、带什么，儿子周末回来可以陪您去。"),
     c("好，谢谢你，写清楚一点就好，我眼睛不好。", None),
     t("我写大字给您，有问题打这个号码找我，我叫 Mei Ling。"),
     c("好，Mei Ling，谢谢你。", None)],
    [o,
     t("Auntie，请节哀。我了解您现在的需要，这种时候最需要的是安全感。您先生的户口我们会处理的。"),
     c("他一个人的户口，还有一个三万多的定期。我不懂要怎么办。", None),
     t("明白。Auntie，那您自己以后的生活费有计划吗？我们有一个养老储蓄保险，每个月有固定收入，很适合您现在的情况。"),
     c("我现在……我只是想知道我先生的户口怎么办。", None),
     t("这个会慢慢办的。定期那三万多拿出来之后，也可以放进我们的 unit trust，回酬比定期好很多，很多客户都这样做。"),
     c("我不要什么投资，我只要那些信不要再寄来。", "no_need"),
     t("好的好的。那我先给您几份 brochure，您回去跟儿子商量，下个月再来找我？"),
     c("……你连怎么处理都没讲给我听。", None)]))

# 9 blame -- Hong Kong remittance shop, money to Shenzhen not received
o = c("我前日喺你哋度匯咗兩萬蚊去深圳畀我細妹，佢話到而家都未收到，你哋搞咩呀？", None)
PAIRS.append(gpair(
    "zhb6g_yuenlong_remittance_shenzhen", "money-transfer shop (Yuen Long, Hong Kong)", "blame",
    "A middle-aged man sent HK$20,000 to his sister's mainland bank account two days ago; she has not received it and he is angry.",
    [o,
     t("李生，明白你好着急，我即刻幫你查。你有收據嗎？……找到了，這筆錢被內地銀行退回，原因是收款人姓名跟戶口不符。"),
     c("唔符？我寫嘅係佢個名呀，李美玲。", None),
     t("你寫的是李美玲，銀行戶口上是「李美鈴」，金字旁的鈴。可能是我們同事輸入時沒有跟你確認，這一點我們應該做得更好。錢已經回到我們這邊，一分錢都沒少。"),
     c("咁即係要點？再匯過一次又要俾手續費？", None),
     t("今次不收手續費。我現在幫你改好名字重新匯，你睇一次螢幕確認，通常今晚或明早到。"),
     c("好啦，快啲。我細妹等住交學費。", None),
     t("好，已經送出。這是新收據和查詢號碼，明早十點前未到，你直接打給我。"),
     c("得，唔該。", None)],
    [o,
     t("李生，我明白你的心情，我幫你查。……查到了，錢被退回，因為收款人名字不符。"),
     c("唔符？我寫嘅係佢個名呀，李美玲。", None),
     t("戶口是「李美鈴」，金字旁。填表的是你，你自己寫錯咗字，我們也沒辦法喔。你覺得責任在誰呢？"),
     c("我寫嘅時候你哋同事有睇㗎！", None),
     t("同事只是幫你入系統，資料是你提供的。匯款前表格上都寫明請客人自行核對，是你沒有看清楚。"),
     c("咁而家點算？我細妹等住交學費。", None),
     t("再匯一次，手續費要再收 $80，因為錯誤是你造成的。你下次匯錢前要小心一點，你明白嗎？"),
     c("八十蚊？你哋都有份搞錯。我唔喺你度匯喇。", None)]))

# 10 blame -- Johor Bahru condo management, barrier gate hit a car
o = c("Management 你好，昨晚我进停车场的时候，那个 barrier 突然掉下来打到我的车顶，凹了一块。", None)
PAIRS.append(gpair(
    "zhb6g_jb_condo_barrier_damage", "condominium management office (Johor Bahru, Johor, Malaysia)", "blame",
    "A resident reports that the car-park barrier came down on her car roof last night; she wants it checked and repaired.",
    [o,
     t("您好，真的很抱歉，有没有人受伤？想问几点左右、哪一个入口？我好调 CCTV。"),
     c("人没事。大概十一点半，B 座那边的入口。我是跟着前面那辆车进去的，可是我有拍卡的。", None),
     t("明白，十一点半，B 座入口，您有拍卡，跟在前车后面。我先调 CCTV 和拍卡记录看。如果是 sensor 问题，我们会向 barrier 承包商和 JMB 的保险索赔。"),
     c("要多久？我这个礼拜都要上班，没空一直跑来。", "no_time"),
     t("您不用跑，CCTV 我今天下午看，五点前 WhatsApp 您结果。您先拍几张凹位的照片，再去一家 workshop 拿报价单发给我。"),
     c("ok，我下班拿报价。不过你们要真的处理哦。", None),
     t("会的。另外我今天就叫承包商来检查那个 sensor，免得别人也被打到。"),
     c("好，那我等你 WhatsApp。", None)],
    [o,
     t("您好，我了解您的感受。不过那个 barrier 每天几百辆车进出都没事，您是不是跟前车跟太紧了？"),
     c("我有拍卡的！它自己掉下来的。", None),
     t("有拍卡也要等杆子完全升起来才可以过，这个在 house rules 第 5 条有写。您开车的时候有留意吗？"),
     c("我有等，它升起来了，我过到一半它就掉下来了。", None),
     t("sensor 是感应车的，如果您的车太低或者开太慢，就有可能这样，这个我们没办法负责。"),
     c("那你们至少看一下 CCTV 可以吗？", None),
     t("CCTV 要 JMB 批准才可以看，而且就算看了，也是您自己没有注意。以后小心一点就好了。"),
     c("我会写信给 JMB，还有 COB。", None)]))
