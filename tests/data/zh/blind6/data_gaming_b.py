"""Gaming pairs b: putdown_question, not_my_department_or_read_the_terms, social_proof_or_deadline_pressure, keyword_stuffed, rude."""
from common import c, gpair, t

PAIRS = []

# 1 putdown_question -- Sha Tin estate management office
o = c("管理處呀？我廚房天花又滴水喇！樓上嗰家成個禮拜冇人應門，我塊天花板都發晒霉。", None)
PAIRS.append(gpair(
    "zhb6g_shatin_estate_seepage", "housing-estate management office (Sha Tin, Hong Kong)", "putdown_question",
    "A retired resident comes down to the management office for the second time about water dripping from the flat above; the upstairs owner never answers the door.",
    [o,
     t("陳太，辛苦你又上來一趟。想問清楚一點：是整天都在滴，還是樓上用水的時候才滴？滴在廚房哪個位置？"),
     c("夜晚十點幾最犀利，滴到成個桶半滿。喺雪櫃上面。", None),
     t("明白，晚上十點多最嚴重，在雪櫃上方，一晚滴到半桶。樓上 18B 我們有業主的緊急電話，我今天就打，也會發信。如果一星期都沒回應，我幫你向滲水投訴聯合辦事處報告。同事明天上午十點上來拍照量濕度，方便嗎？"),
     c("聽日十點唔得呀，我要陪老公覆診。", "no_time"),
     t("沒問題，改下午三點好嗎？照片和濕度記錄之後報告用得著。雪櫃那邊我們先借你一塊防水布蓋住。"),
     c("三點得。唔該晒你呀。", None),
     t("唔使客氣。我今晚打完電話，就回覆你業主怎麼說。")],
    [o,
     t("陳太，又係你呀？滴水而已，不用這麼緊張吧，你具體說說發生甚麼事？"),
     c("乜嘢叫滴水而已呀？我塊天花都發晒霉！", None),
     t("我明白你的感受。不過會不會是你自己廚房水喉有問題，才怪到樓上呢？你不如先再找個師傅看看？"),
     c("再搵？上次你哋介紹嗰個師傅收咗我八百蚊，乜都冇做就走咗！", "bad_experience"),
     t("這麼多年都沒人投訴，為甚麼偏偏你這層特別多事呢？你覺得管理處可以幫你做甚麼，其實你自己清楚嗎？"),
     c("你咁講嘢即係點呀？我要見你哋經理。", None),
     t("經理今天不在。你要不要先冷靜一下，想清楚再填投訴表？"),
     c("唔使填喇，我自己去搵區議員。", None)]))

# 2 putdown_question -- Punggol condo, renovation noise
o = c("喂，management office 吗？我楼上装修每天八点就开始钻，我做夜班的，早上才睡，真的顶不顺了。", None)
PAIRS.append(gpair(
    "zhb6g_punggol_condo_renovation", "condominium management office / MCST (Punggol, Singapore)", "putdown_question",
    "A night-shift nurse phones the condo office: the unit above starts drilling at 8am every weekday while she sleeps.",
    [o,
     t("小姐您好，辛苦您了。想问一下是几楼几号？是整天都钻，还是某些时间特别吵？"),
     c("我 12-07，楼上应该是 13-07。八点到十一点最吵，下午就比较少。", None),
     t("好，我查了 13-07 的装修准证，到下个月 20 号，规定时间是平日早上 9 点到下午 6 点，所以八点钻已经违规，我今天就发警告给承包商。另外我会跟他们商量把重钻集中在下午，不过这个我不能保证。"),
     c("9点开始也是很难睡啦……不过下午做会好很多。", None),
     t("明白，9 点后他们是合法的，我没办法完全叫停，但会要求重钻尽量放在下午 1 点后，保安每天早上也会去听一次。如果还是 9 点前开工，您直接拍视频 WhatsApp 给我们。"),
     c("ok 酱可以。不过你们不要讲讲罢了哦，上次漏水那次你们拖了三个星期。", "bad_experience"),
     t("上次拖太久是我们不对。这次我星期五打给您，报告承包商的回复。")],
    [o,
     t("小姐您好，装修的声音每个 condo 都有的啦，您是不是比较敏感？可以说说到底有多吵吗？"),
     c("我做夜班的！早上才睡！八点就开始钻，你说有多吵？", None),
     t("明白明白。但您选了住 condo，邻居装修很正常，您不觉得大家要互相体谅一点吗？请问您有试过耳塞吗？"),
     c("耳塞我有用啦！没用才打来的！", None),
     t("那有没有可能是您睡觉的时间本来就比较特别，所以才特别受影响呢？我们要怎么帮您，您自己有想过吗？"),
     c("八点钻是违规的，你们自己的规定。你们查过准证没有？", None),
     t("这个……准证的事您可以写 email 给 MCST，他们开会的时候会讨论的。"),
     c("算了，我自己去找 council。跟你讲没用。", None)]))

# 3 not_my_department_or_read_the_terms -- Taoyuan bank credit-card double charge (LINE chat)
o = c("你好 我信用卡被同一家網拍扣了兩次 8800 兩筆 要怎麼處理", None)
PAIRS.append(gpair(
    "zhb6g_taoyuan_bank_card_dispute", "bank credit-card service via LINE chat (Taoyuan, Taiwan)", "not_my_department_or_read_the_terms",
    "A young engineer finds the same NT$8,800 online-shop purchase billed twice on his card; the shop's customer service has left his messages on read.",
    [o,
     t("您好，這邊協助您。請問兩筆的交易日期一樣嗎？您有先跟商家聯絡過嗎？"),
     c("同一天 差兩分鐘 商家客服已讀不回三天了", None),
     t("了解，同一天、相差兩分鐘、商家三天沒回。這種情況可以申請爭議款，我們會向收單銀行調單，處理期間第二筆 8800 先暫停計息，通常 30 到 45 天會有結果。需要您填一份爭議帳款申請書。"),
     c("要去分行喔 我這禮拜超忙 沒空跑", "no_time"),
     t("不用跑分行，我傳連結給您，在 App 裡填就好，訂單截圖也從那邊上傳，大概五分鐘。"),
     c("ok 那如果最後商家說他沒重複扣呢", None),
     t("那我們會把商家提供的單據給您看，您可以再補證據。過程中每一步都會用 App 通知您，今天送出的話，我明天會先確認資料有沒有齊。"),
     c("好 我晚上填 謝謝", None)],
    [o,
     t("您好，非常理解您的感受，您的滿意對我們很重要！請問兩筆的交易日期一樣嗎？"),
     c("同一天 差兩分鐘 商家客服已讀不回三天了", None),
     t("了解。重複扣款屬於商家端的問題，不是我們銀行這邊的部門喔，建議您還是要跟商家處理。"),
     c("可是商家不回啊 錢是從你們的卡扣的", None),
     t("明白您的心情。不過根據信用卡約定條款第 14 條，持卡人應自行確認交易內容，條款在官網都有，建議您詳細閱讀一下。"),
     c("我不是要讀條款 我是要把錢拿回來 你們不是有爭議款嗎", None),
     t("爭議款是另一個單位負責的，規定也不是我訂的。請問今天還有什麼其他可以為您服務的嗎？"),
     c("算了 我剪卡 換別家", None)]))

# 4 not_my_department_or_read_the_terms -- Muar furniture exporter, freight forwarder
o = c("喂 Jason，我那个去 Perth 的柜子怎么还在 Port Klang？客户下个礼拜就要开店了。", None)
PAIRS.append(gpair(
    "zhb6g_muar_forwarder_rolled_container", "B2B freight forwarder (Muar, Johor, Malaysia)", "not_my_department_or_read_the_terms",
    "A furniture-factory owner phones his forwarder's account executive: his container to Perth was rolled off the vessel and his customer opens a shop next week.",
    [o,
     t("陈老板，我刚看到了，真的很抱歉。您的柜子被 shipping line roll 到下一班船了。先问一下，客户开店最少需要哪些货先到？全部还是部分？"),
     c("主要是展示那几套沙发，其他的晚一点没关系。", None),
     t("明白，最急的是展示用的几套沙发。有两个做法：一是整柜等下一班船，星期四开，大概 18 号到 Perth；二是把展示的沙发拆出来走空运，五天到，但要多大概 RM9,000。"),
     c("九千？空运太贵了，那几套沙发利润都没有九千。", "too_expensive"),
     t("理解，那空运不划算。我现在就跟 shipping line confirm 星期四那班有位，并要求不收 roll-over 的额外费用，这个本来就是他们 overbook。确认了我再打给您，也可以帮您写一封说明给 Perth 的客户。"),
     c("说明我自己写就好，你帮我搞定船期先。", None),
     t("好，我两点前回复您船期和费用。")],
    [o,
     t("陈老板您好，您的体验对我们很重要！我看到了，柜子是被 shipping line roll 掉了。"),
     c("那怎么办？客户下个礼拜就要开店了。", None),
     t("明白您的担心。不过 roll 柜是 shipping line 那边的决定，不是我们 department 可以控制的哦。"),
     c("我是跟你们 book 的，不是跟 shipping line。", None),
     t("是的，不过我们的 T&C 第 7 条有写，船期以船公司为准，roll-over 我们不负责。合约签的时候都有附上，您可以再看一下。"),
     c("我不要看合约！我要知道柜子几时到！", None),
     t("这个要问 operation 那边，我是负责 sales 的。规定不是我定的，我只能帮您转达。还有什么其他需要吗？"),
     c("下一批货我找别家 forwarder 了。", None)]))

# 5 social_proof_or_deadline_pressure -- Hsinchu cram school
o = c("你好，我想問一下國二數學班。我女兒數學最近掉到六十幾分，她自己也很沮喪。", None)
PAIRS.append(gpair(
    "zhb6g_hsinchu_cramschool_math", "after-school cram school (Hsinchu, Taiwan)", "social_proof_or_deadline_pressure",
    "A mother walks into a cram school asking about a grade-8 maths class; her daughter's score dropped to the 60s and a previous cram school left her in tears.",
    [o,
     t("媽媽你好，先請坐。可以多說一點嗎？是哪些單元掉比較多？她自己覺得是聽不懂，還是會寫但常粗心？"),
     c("她說幾何聽不懂，老師講太快。其實她之前補過別家，補到每天哭，後來就不去了。", "bad_experience"),
     t("辛苦她了。幾何跟不上、之前大班節奏太快，補到很挫折。那我不會直接推大班給你。我們可以先做一份 40 分鐘的免費診斷，看她卡在哪個觀念，再決定大班、小組還是家教比較適合。"),
     c("好啊。那小組一期多少？", None),
     t("小組 6 人，一期 12 週，兩萬二。"),
     c("兩萬二喔…比我想的貴耶。", "too_expensive"),
     t("嗯，不便宜。所以我建議先做診斷、再試上一堂，覺得值得再報名。診斷這週六早上或週日下午，哪個時間方便？"),
     c("週日下午好了，我再跟她說一下。", None)],
    [o,
     t("媽媽你好！想先了解一下你的需求，女兒數學哪裡比較弱？"),
     c("她說幾何聽不懂。她之前補過別家，補到每天哭。", "bad_experience"),
     t("了解了解。跟你說，你們光明國中那一區的家長，八成都送來我們這邊了，她班上應該就有好幾個同學在這。"),
     c("是喔…可是我比較在意她跟不跟得上。", None),
     t("一定跟得上啦，大家都在這邊。而且我們國二暑期班只剩最後兩個位子，今天晚上九點前報名還有早鳥價兩萬，過了就兩萬四。"),
     c("可是我想先讓她來試聽看看。", "think_it_over"),
     t("試聽要排到下個月喔，到時候位子就沒了。隔壁王媽媽剛剛也是說要考慮，結果半小時後就打來報了。你要不要先刷訂金五千保留？"),
     c("不用了，我回去跟她爸討論。", "think_it_over")]))

# 6 social_proof_or_deadline_pressure -- Singapore hotel wedding banquet
o = c("Hi，我们上个星期来看过 ballroom，想再问一下 2026 年 6 月的价钱，还有可以分期付吗？", None)
PAIRS.append(gpair(
    "zhb6g_orchard_hotel_wedding", "hotel wedding banquet sales (Orchard Road, Singapore)", "social_proof_or_deadline_pressure",
    "A couple of civil servants revisits a hotel banquet office; they are comparing two hotels and saving up, and want to know about payment in instalments.",
    [o,
     t("欢迎再来！你们上次看的是 Jasmine Ballroom。想先问一下，大概几桌？另外两家你们还在比较吗？比较看重什么？"),
     c("25 桌左右。我们也在看另一家酒店，那边送的比较多，不过我们比较喜欢这里的天花板。", None),
     t("明白，25 桌，喜欢这里的场地，另一家配套送得多。6 月周六是 $1,688++ 一桌，周五或周日是 $1,488++。分期可以：订金 30%，三个月前再付 40%，剩下的婚宴后付清。"),
     c("嗯……周六是最好，不过 $1,688 我们可能要再算一算。", "think_it_over"),
     t("应该算清楚的。我可以把两个日子的总价和送的东西列成一张表，你们拿去跟另一家对照。6 月的周六我可以帮你们免费 hold 十天。"),
     c("十天够了，谢谢。我们这个周末跟家人讨论。", None),
     t("好，表格我今晚 email 给你们，下星期三我再跟你们确认。")],
    [o,
     t("欢迎再来！想了解一下你们的需求，你们最想要一个怎样的婚礼体验？"),
     c("就温馨一点咯，25 桌左右。我们也在看另一家酒店。", None),
     t("明白！不过跟你们讲，今年 6 月的周六已经有 80% 的新人 book 了，上个星期就卖掉四个日子。很多公务员新人都选我们，口碑很好。"),
     c("哦……我们只是想先知道价钱和分期。", None),
     t("$1,688++ 一桌。现在有一个 special：今天签的话送 Champagne Tower 和 extra 两桌，这个只到今天六点，明天就恢复原价了。"),
     c("今天签？我们还没存够订金，也还没跟另一家比。", "no_money"),
     t("订金可以先付 $2,000 hold 住。你们看，刚刚那对新人看完十分钟就签了，他们说怕后悔。你们也不想 6 月没日子吧？"),
     c("我们还是回去讨论了再说。", "think_it_over")]))

# 7 keyword_stuffed -- Hong Kong TCM clinic
o = c("醫師你好，我最近半年都瞓唔好，成晚三四點就醒，朋友話針灸有用，我想問吓。", None)
PAIRS.append(gpair(
    "zhb6g_mongkok_tcm_insomnia", "Chinese-medicine clinic (Mong Kok, Hong Kong)", "keyword_stuffed",
    "A 48-year-old woman with six months of early waking asks about acupuncture; she takes blood-pressure pills and once got stomach pain from another clinic's herbs.",
    [o,
     t("你好。先了解多一點：是難入睡，還是睡得著但三四點醒了就睡不回去？醒的時候會心跳、出汗或者熱嗎？現在有食甚麼西藥嗎？"),
     c("瞓得著，但三四點醒咗就瞓唔返，成身熱。我有食血壓藥。", None),
     t("明白：入睡沒問題，三四點醒、全身發熱，另外食緊血壓藥。這種情況針灸加中藥可以試，但我會避開和血壓藥有衝突的藥材。一個療程六次針灸，每星期兩次。"),
     c("中藥我驚呀，之前喺第二間食到胃痛，食咗兩日就停咗。", "bad_experience"),
     t("明白，那這次先只做針灸，不開中藥。你可以先做三次，看睡眠有沒有改善，再決定要不要做完整個療程。"),
     c("咁三次幾錢？", None),
     t("每次 $380，三次 $1,140。你可以記低每晚幾點醒，下次帶來給我看。"),
     c("好，我星期二放工先嚟。", None)],
    [o,
     t("你好！非常理解你的感受。我們診所最重視的就是了解每一位病人的需要，建立長遠的信任關係，讓你有最好的治療體驗。"),
     c("多謝……我主要係三四點醒咗就瞓唔返。", None),
     t("明白，我完全理解你的需要。睡眠對身心健康好重要，我們的理念就是從整體出發，陪你一起走向成功的康復旅程。你的感受對我們很重要。"),
     c("咁針灸同中藥我應該做邊樣？中藥我驚，之前食到胃痛。", "bad_experience"),
     t("我聽到你的擔心，也感受到你的不安。我們會根據你的個人需要，度身訂造最適合你的體驗，確保你感到被理解和被支持。"),
     c("即係點呢？要幾錢？我有食血壓藥，有冇問題？", None),
     t("好問題！我們的療程是全方位的身心平衡計劃，十二次 $5,800，讓你體驗真正的轉變。你對今天的溝通滿意嗎？"),
     c("五千八？我連食唔食得都未知。我諗吓先。", "too_expensive")]))

# 8 keyword_stuffed -- Ipoh hawker, insurance agent (no real need)
o = c("你是我儿子介绍来的那个 insurance 是吗？我已经有 medical card 了哦，档口很忙，你讲快一点。", "no_need")
PAIRS.append(gpair(
    "zhb6g_ipoh_hawker_insurance_review", "insurance agent visiting a hawker stall (Ipoh, Perak, Malaysia)", "keyword_stuffed",
    "A 55-year-old char kway teow hawker agrees to a short chat because his son referred the agent; he already has a medical card and little time.",
    [o,
     t("是的，叔叔，我是阿明的朋友。我不卖东西给您，只是帮您看一下现有的 medical card 够不够用，十分钟就好。可以给我看一下保单吗？"),
     c("在这里，拿去看。我前年才买的。", None),
     t("我看了：房费每天 RM250，年限额一百万，也有 cancer 的覆盖，对您这个年纪是够的。只有一点，您是自雇的，住院那几天档口没开就没收入，这个保单没有住院津贴。"),
     c("那个我知道啦。我老婆会帮我顾档口，没关系。", "no_need"),
     t("有太太顾档口就好，那您现在真的不需要再加什么。我明年这个时候再来帮您看一次，保费涨的时候也可以比较。"),
     c("好，酱很好。你要不要吃一碟？我请。", None),
     t("谢谢叔叔！我付钱，生意要做的。"),
     c("哈哈，好啦好啦。", None)],
    [o,
     t("叔叔好！我很理解您的需要。今天我来，是想跟您建立一个长期的信任关系，了解您的人生目标，帮您达到财务上的成功。"),
     c("我讲了，我已经有 medical card 了。", "no_need"),
     t("明白明白，我完全理解您的感受。其实每个人的需要都不同，我们相信最重要的是保障的体验，让您和家人感到安心、被照顾。"),
     c("所以你到底要卖什么？我档口没人顾。", "no_time"),
     t("好问题！我们的理念就是以客户需要为中心，提供全方位的财富与健康方案，陪伴您走向更成功的人生旅程。您觉得这个愿景跟您的需要对吗？"),
     c("我听不明白。我现在的 card 有什么问题吗？", None),
     t("我理解您的疑问！我们一起探索您的需要，才能找到最适合您的成功方案。您对我们今天的交流满意吗？"),
     c("我要去炒粿条了，下次再讲。", "brush_off")]))

# 9 rude -- Tainan telco store, grandson's in-game charges
o = c("小姐，我這個月電話費怎麼三千多？我平常都四百多而已，是不是你們算錯？", None)
PAIRS.append(gpair(
    "zhb6g_tainan_telco_bill_shock", "telco retail store (Tainan, Taiwan)", "rude",
    "A 70-year-old man's bill jumped to NT$3,000+; the extra lines are in-game micro-payments his grandson made on his phone.",
    [o,
     t("阿伯你好，我幫你看一下。你看這裡，多出來的是「小額付費」，一共 2680，都是遊戲裡買的東西。這支手機最近有別人用過嗎？"),
     c("遊戲？我不會玩遊戲啊……啊，我孫子暑假都拿我手機在玩。", None),
     t("那應該就是了。我可以幫你做兩件事：第一，馬上把小額付費關掉，以後就扣不到了；第二，幫你向遊戲平台申請退款，不一定會成功，但可以試試看。"),
     c("好好好，都幫我弄。可是我等一下要去接孫子，時間不多喔。", None),
     t("關掉的部分兩分鐘就好。退款的表格我填好，你只要簽名，結果出來我打電話給你。"),
     c("那這三千多我這個月還是要繳嗎？", None),
     t("先繳四百多的月租就好，有爭議的 2680 我先幫你註記暫緩，退款結果出來再說。"),
     c("喔，這樣我就放心了，謝謝你啊小姐。", None)],
    [o,
     t("阿伯你好，請問有什麼需要幫忙的？唉，帳單上都寫得很清楚啊，「小額付費」2680，你自己看不懂喔？"),
     c("什麼小額付費？我又沒有買東西。", None),
     t("系統不會亂扣好不好，你手機借給誰用你自己想想看嘛。我們每天幾百個人都在問這種，真的是。"),
     c("……我孫子暑假有拿去玩。那可以退嗎？", None),
     t("退？你以為我們是慈善機構喔。要退自己去找遊戲公司。下次手機不要亂借人就好了，很難嗎？"),
     c("你講話怎麼這樣？我要找你們店長。", None),
     t("店長在忙。後面還很多人在排，你還有其他問題嗎？沒有的話我叫下一號了喔。"),
     c("我不繳了，我去消保官那裡講。", None)]))

# 10 rude -- Singapore bank branch, held transfer
o = c("你好，我上个星期汇回新山给我妈的钱，到现在她都还没收到，app 写 pending。", None)
PAIRS.append(gpair(
    "zhb6g_toapayoh_bank_transfer_held", "retail bank branch, overseas transfers (Toa Payoh, Singapore)", "rude",
    "A Malaysian nurse working in Singapore queues at a branch: her S$1,200 transfer to her mother in Johor Bahru has been pending for a week.",
    [o,
     t("您好，我帮您查。看到了，这笔 S$1,200 被合规部门暂停，因为系统要核对收款人的名字，您妈妈户口上的名字跟您填的差了一个字。"),
     c("啊？我写 Tan Ah Moi，她 IC 是 Tan Ah Mooi 吗？我都不知道。", None),
     t("对，户口上是 Mooi，两个 o。不是您的错，很常见。我现在帮您更正，再送回去，一般一到两个工作天会到。"),
     c("那会不会再扣一次手续费？上个月我才被扣过一次冤枉钱。", None),
     t("这次不会另外收费，我会在备注写清楚。您妈妈那边如果急用，要不要我顺便给您一个参考号码，她可以拿去她的银行问？"),
     c("好，给我。她要付房租，比较急。", None),
     t("号码在这张纸上。明天中午以前如果还没到，您打这个号码找我，我叫 Wendy。"),
     c("ok 谢谢你 Wendy。", None)],
    [o,
     t("嗯，请问有什么可以帮到您？……pending 就是还在处理啦，app 上面不是写得很清楚吗？排那么久就问这个？"),
     c("可是已经一个星期了，我妈要付房租。", None),
     t("一个星期很正常啊，我们每天几千笔汇款，又不是只做您一个。您妈妈的房租我也帮不了。"),
     c("那你可以帮我查一下为什么吗？", None),
     t("好啦好啦，查就查。……名字写错啦，Mooi 是两个 o。连自己妈妈的名字都拼不对哦？"),
     c("……那要怎样改？", None),
     t("填表格，那边拿。填好再去排队。下一位！"),
     c("算了，我下次用别家汇。", None)]))
