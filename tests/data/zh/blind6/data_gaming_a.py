"""Gaming pairs a: monologue, closing_as_open_question, pitch_as_paraphrase, upsell_as_loop_closing, leading_tag_questions."""
from common import c, gpair, t

PAIRS = []

# 1 monologue -- Taipei bubble-tea franchise
o = c("你好 我想問一下加盟的事 我看到你們粉專說有說明會", None)
PAIRS.append(gpair(
    "zhb6g_taipei_bubbletea_franchise", "bubble-tea franchise development office (Taipei, Taiwan)", "monologue",
    "A 32-year-old office worker types to a bubble-tea brand's franchise rep; she has about NT$1.5M saved, no shop experience and parents who worry.",
    [o,
     t("你好～謝謝你主動來問！說明會是下週六下午。在那之前想先了解一下你的狀況：你是自己想開店，還是跟家人朋友一起？之前有開過店嗎？"),
     c("自己 目前還在上班 沒開過店 就是存了一筆錢想說做點自己的事", None),
     t("了解，存了一筆錢、想做自己的事，但還沒有開店經驗。方便問一下大概預算嗎？因為我們加盟金加裝潢設備，一般要抓到 180 萬左右，我不想讓你去了說明會才發現對不上。"),
     c("蛤 180喔…我大概只有150左右 而且也不想全部砸進去 我爸媽會念死", "no_money"),
     t("謝謝你直說，這個很重要。150 萬全部投入、又沒經驗，風險真的高，我也不建議。我們有跟現有店面合作的「店中店」，大概 90 萬上下，但獲利也比較少。另外很多人會先去門市實習兩週再決定。你想先了解哪一個？"),
     c("實習那個聽起來不錯欸 可是我要上班 只能週末", None),
     t("週末可以，信義店週六日都有排實習，免費的。我先幫你登記下週六的說明會，會後再排兩個週末實習。說明會前我把店中店的試算表寄給你，你可以拿給爸媽一起看，好嗎？"),
     c("好 那麻煩你了 我email私訊給你", None)],
    [o,
     t("你好你好！你來問就對了！我先介紹一下，我們「茶日子」全台 230 家店，今年目標 300 家，加盟金 50 萬、裝潢設備大概 130 萬，總部從選點、教育訓練到行銷全部包，沒經驗完全不用擔心。我們成功的關鍵就是 SOP，每杯都標準化，所以人人都可以成功。你有什麼需求都可以說喔，不過我先把重點講完！"),
     c("呃 我還在上班 也沒開過店", None),
     t("沒關係！很多加盟主都是上班族轉職，有一位之前是工程師，現在開三家了。我們平均 18 個月回本，旺季一天賣 800 杯，原物料總部配送，你只要專心顧店。今年還有黑糖系列跟水果茶新品，IG 上超紅。台北現在剩大安跟內湖有點位，你想開哪一區？"),
     c("我其實預算沒那麼多 大概150", "no_money"),
     t("我懂我懂，預算是每個人都會考量的！但你想想看，180 萬換一個自己的事業其實很划算，而且我們有配合銀行貸款，只要準備一半。說明會現場還有加盟主分享成功經驗，我幫你報下週六兩點喔，名字跟電話給我一下？"),
     c("等等 我要先回去跟我爸媽講一下 先這樣", "think_it_over"),
     t("好喔！不過說明會名額很搶手要快喔！對了，我們 LINE 官方帳號加了之後有加盟懶人包，裡面有各門市營業額、展店地圖、還有我們董事長的創業故事……"),
     c("好啦好啦 你傳給我 我再看", "brush_off")]))

# 2 monologue -- Singapore telco roadshow
o = c("你好，我这个月 bill 又是六十八块，可以便宜一点吗？我都是 WhatsApp 打给孙子而已咯。", None)
PAIRS.append(gpair(
    "zhb6g_tampines_telco_plan", "mobile telco roadshow (Tampines, Singapore)", "monologue",
    "A retired uncle at a mall roadshow wants a cheaper mobile bill; he mostly makes WhatsApp calls at home on wifi and was once sold an iPad bundle he regrets.",
    [o,
     t("Uncle 您好，六十八块是有点多。我先看看您用多少：您一个月大概用多少 data？家里有 wifi 吗？"),
     c("家里有 wifi 啦。出去就很少用，有时候在巴刹等人看看 YouTube 咯。", None),
     t("明白，家里有 wifi，出门偶尔看 YouTube。我看了，您现在是 2019 年签的 40GB，上个月其实才用 3GB 多。合约也已经到期了，换 plan 没有罚款。"),
     c("哦？那换什么？你不要给我那种很贵的啊，我上次被人家 sell 一个 iPad 配套，每个月多付二十块。", "bad_experience"),
     t("不会的。只是 WhatsApp 跟偶尔 YouTube 的话，SIM-only 15GB 每个月 $15，不用绑约，不满意下个月就可以换。那个 iPad 配套我帮您查查还剩多久。"),
     c("十五块？真的啊？iPad 那个还有四个月，算了让它跑完咯。", None),
     t("好，iPad 那个就让它跑完。今天帮您换 $15 这个，号码不变，明天生效。新旧价钱我写在这张纸上，您拿回去给儿子看，有问题打这个热线，下个星期六我也还在这里。"),
     c("好好，酱就好。谢谢你啊 girl。", None)],
    [o,
     t("Uncle 您好！您来得刚好！这个星期 roadshow 特价，我跟您介绍：5G Max 每个月 $45，150GB data，送 Disney+ 六个月，再加 $10 就拿最新的 Samsung，分 24 个月。现在大家都用 5G 了，快十倍，看 YouTube 完全不会卡。您的需求我明白，就是要 value for money 对吗？这个就是最 value for money 的。"),
     c("我……我只是 WhatsApp 打给孙子而已。", "no_need"),
     t("WhatsApp 视频更清楚啦！5G 视频画质好很多，孙子一看就看到您。Disney+ 也很多节目，孙子来您家可以一起看。还有 family plan，您儿子女儿一起加进来每个人再便宜 $5。今天 sign 送 power bank，外面卖 $39 的。还有什么问题吗？"),
     c("四十五块还是很贵啦，我现在都嫌六十八贵了。", "too_expensive"),
     t("Uncle，$45 比 $68 便宜啦，每个月省 $23，一年省两百多！而且有 5G，您现在的没有。来，IC 给我一下，我帮您 check 一下 eligibility，五分钟就好，很快的。"),
     c("不用了不用了，我回去问我儿子先。", "think_it_over"),
     t("好的 Uncle！这张 brochure 给您，上面有我的 number，这个 promotion 到星期天而已哦，记得叫您儿子一起来！")]))

# 3 closing_as_open_question -- Hong Kong insurance agent
o = c("你好，我爸爸上個月中風，我開始諗自己係咪都要買危疾保。不過公司有團體醫保，我唔知夠唔夠。", None)
PAIRS.append(gpair(
    "zhb6g_hongkong_insurance_critical", "independent insurance agent (Kwun Tong, Hong Kong)", "closing_as_open_question",
    "A 38-year-old accountant, main earner with a mortgage, asks about critical-illness cover after her father's stroke; she can spare at most HK$1,500 a month.",
    [o,
     t("先問候一下，你爸爸現在情況還好嗎？保障的事我們不急著買。你方便拿公司團保的條款給我看嗎？我想先弄清楚它保甚麼、不保甚麼。"),
     c("佢而家做緊復康，慢慢好返。團保我有帶，住院好似有保，但我唔知危疾有冇。", None),
     t("我看了：你的團保是住院和手術，有病房上限，但沒有危疾一筆過的賠償；而且團保跟工作走，轉工就沒有了。你最擔心的是醫藥費，還是萬一病了不能工作那段時間的收入？"),
     c("收入囉。我係屋企主要收入，仲要供樓。每個月最多擠到一千五蚊出嚟。", None),
     t("明白：你是家裡主要收入、要供樓，每月最多一千五。按這個預算大概可以買 80 萬左右的危疾保額，約等於你兩年收入。我做兩個方案：一個保到 65 歲、便宜一點；一個終身、貴一點。你帶回去慢慢比，也可以拿去問其他公司。"),
     c("好，你send畀我睇吓，我下星期再覆你。", "think_it_over"),
     t("好，我今晚 email 給你，下星期三打給你，有問題再傾。祝你爸爸早日康復。")],
    [o,
     t("先問候一下，你爸爸現在還好嗎？這種事真的會令人醒覺。我想問你一個開放式問題：你覺得家人的保障對你有多重要？"),
     c("當然重要啦。但我想先知道公司團保夠唔夠。", None),
     t("明白，你想確保保障足夠。團保一轉工就沒有了，所以大部分人都會另外買。那我想問：你比較想用信用卡還是自動轉賬交保費？"),
     c("吓？我都未決定買唔買。", "think_it_over"),
     t("當然當然，完全尊重你。那我換個問法：如果有一份計劃可以完全照顧到你爸爸那種情況，有甚麼原因會令你不今天開始呢？"),
     c("原因就係我未睇過條款囉。", "think_it_over"),
     t("很合理。那這樣：你覺得每月三千還是兩千五比較舒服？今天先簽申請表，有 21 天冷靜期，不喜歡可以退。你想用哪支筆簽？"),
     c("三千？我最多都係一千五。唔簽住喇。", "no_money"),
     t("好的，那你覺得甚麼時候回覆我比較合適？明天還是後天？"),
     c("你 send 份資料畀我先啦，我得閒再睇。", "brush_off")]))

# 4 closing_as_open_question -- Kuala Lumpur wedding banquet
o = c("Hi 我们想问明年11月的酒席 大概40桌 还有date吗", None)
PAIRS.append(gpair(
    "zhb6g_kl_wedding_banquet", "Chinese restaurant banquet sales (Cheras, Kuala Lumpur, Malaysia)", "closing_as_open_question",
    "A young couple chats with a banquet sales rep; the bride's mother fixed a Saturday date with a fortune-teller and their budget is around RM1,300 a table.",
    [o,
     t("恭喜恭喜！明年11月还有几个日子。想先问一下，你们心目中是哪一天？是看过通书的日子，还是周末就可以？"),
     c("我妈妈找师傅看了 一定要11月15号 星期六", None),
     t("15号星期六，长辈看好的日子，明白。那天大厅还空着，不过星期六是 RM1,588 一桌起，含服务费和 SST。你们大概预算多少一桌？"),
     c("哇 我们是想 1300 左右而已 1588 有点超了", "no_money"),
     t("理解，1300 左右的预算，日子又不能改。有两个方法：一是选 8 道菜的套餐，星期六大约 RM1,358；二是把鱼翅汤换成花胶鸡汤，再省一点。我做两份菜单给你们对比，下个星期可以来试菜再决定。"),
     c("试菜要付钱吗？我们还要跟我妈讨论", "think_it_over"),
     t("试菜一桌 RM300，之后订了会扣回去。日子我先帮你们 hold 一个星期，不用订金，你们跟妈妈讨论好再告诉我。"),
     c("ok 那你先hold 我们周末跟妈妈讲完再whatsapp你", None)],
    [o,
     t("恭喜恭喜！想先了解一下你们的需求，你们心目中的婚宴是怎样的？"),
     c("就是热闹一点咯 我妈妈看了日子 一定要11月15号", None),
     t("明白！15号星期六是超级旺的日子，已经有两组在问了。那我想问一下，你们打算今天放订金 RM5,000 还是 RM10,000 来锁定呢？"),
     c("蛤？我们价钱都还没问", None),
     t("价钱是 RM1,688 一桌，含 SST，全部招牌菜。你们觉得，有什么会阻止你们今天就把这个日子定下来呢？"),
     c("1688？？我们预算1300左右而已 差太多了", "no_money"),
     t("明白。那换个角度：如果我送你们一箱红酒，再加免费冷烟，你们是刷卡还是转账比较方便呢？"),
     c("…我们回去跟我妈商量先", "think_it_over"),
     t("好的！那你们觉得明天还是后天回复我比较方便？15号很快就会没有的哦。"),
     c("嗯嗯 再说啦 bye", "brush_off")]))

# 5 pitch_as_paraphrase -- Kaohsiung telco store
o = c("欸你好，我兒子升五年級了，想說幫他辦個門號，比較好聯絡啦。", None)
PAIRS.append(gpair(
    "zhb6g_kaohsiung_telco_kidline", "telco retail store (Kaohsiung, Taiwan)", "pitch_as_paraphrase",
    "A mother wants a first phone line for her 11-year-old so she can reach and locate him on his walk to after-school care; she is afraid of gaming.",
    [o,
     t("好喔，媽媽你好～想先問一下，弟弟拿手機主要會做什麼？打電話聯絡就好，還是也會上網？"),
     c("就…聯絡啦，還有我想看他在哪裡，他放學自己走去安親班。可是我超怕他一直打電動。", None),
     t("了解，主要是聯絡跟定位，然後很擔心他沉迷遊戲。那不需要很大的流量。我們有 199 的兒童方案，3GB，可以搭家長管控 App 限制遊戲跟時間。定位用手機內建的家人共享就好，不用另外付費。"),
     c("199 喔…可是我同事說她家那種管控 App 小孩兩三天就破解了耶。", "bad_experience"),
     t("你同事說得沒錯，有些真的會被破解。所以我建議兩層：門號這邊我們可以在系統直接關掉遊戲小額付費，小孩改不了；手機的管控密碼你自己保管。不過老實說沒有百分之百，還是要跟他約好規則。"),
     c("嗯嗯 好喔，那手機咧？他用我舊的 iPhone 可以嗎？", None),
     t("可以啊，舊的 iPhone 就好，不用再買。你帶他的戶口名簿跟你的身分證來，今天就能辦，設定我也幫你一起弄好。"),
     c("好 那我下午帶他來。", None)],
    [o,
     t("媽媽你好！想先了解一下你的需求：弟弟拿手機主要會做什麼呢？"),
     c("就聯絡啦，還有想看他在哪。我超怕他一直打電動。", None),
     t("了解了解，所以我聽到的是，你需要的是我們的「親子 5G 吃到飽」，月租 599，加購 iPhone 15 只要 12900，這樣對嗎？"),
     c("蛤？我沒有說要吃到飽啊，他就打電話而已。", "no_need"),
     t("對，我明白你的意思，你是希望他用得安心。所以總結一下，你需要的是吃到飽再加我們的「守護加值包」每月 99，可以定位跟過濾網站，是這樣沒錯吧？"),
     c("599 加 99 給一個小學生？太誇張了吧。", "too_expensive"),
     t("我完全理解你的感受。那我確認一下：你要的是安心跟省心，所以綁 30 個月最划算，月租還能再折 50，是吧？"),
     c("……你都沒在聽欸。算了，我不辦了。", None)]))

# 6 pitch_as_paraphrase -- Bishan tuition centre
o = c("hi my girl P5 chinese drop alot this yr 想问你们有没有小组班", None)
PAIRS.append(gpair(
    "zhb6g_bishan_tuition_oral", "Chinese-language tuition centre (Bishan, Singapore)", "pitch_as_paraphrase",
    "A father messages a tuition centre: his P5 daughter's Chinese has dropped, mainly the oral exam, and she now dreads Chinese lessons.",
    [o,
     t("您好！谢谢联系我们。想先了解一下：是哪个部分掉得最多？作文、理解还是口试？她自己对华文感觉怎样？"),
     c("主要是口试 她一开口就紧张 老师说她看图说话讲不到两句 她现在很怕华文课", None),
     t("明白，最弱的是口试，一开口就紧张，现在有点怕华文课。那我们的大班可能不适合她，口试练习时间太少。我们有 4 人的口试小组，每周一次 1.5 小时，每堂每个学生都要开口讲。"),
     c("多少钱 我老婆说外面那些很贵的", None),
     t("4 人小组每个月 $240，四堂。说实话不便宜。我建议先来一堂试听，$30，老师先听她讲；如果她太紧张，我们会先从一对一开始再进小组。"),
     c("ok 试听可以 但星期六早上她有游泳 只能下午", None),
     t("没问题，星期六下午 2 点有一组，我帮你 book 下个星期六的试听。上完老师会给你简单的反馈，你再跟太太决定要不要继续。"),
     c("好 thanks", None)],
    [o,
     t("您好！谢谢联系我们。想了解一下孩子的情况，是哪个部分比较弱呢？"),
     c("主要是口试 她一开口就紧张 现在很怕华文课", None),
     t("明白～所以如果我没理解错的话，您需要的是我们的 PSLE 全科冲刺配套，华文英文数学一起，每个月 $680，对吗？"),
     c("不是 我只是问华文口试", "no_need"),
     t("对对，所以您的意思是华文要从根本打好，其实需要的是一年华文精英班加暑期密集营，一共 $3,200，提早报名送教材，我理解得对吗？"),
     c("3200？？我一个月最多两三百而已", "no_money"),
     t("我完全明白。总结一下：您要的是孩子有自信、成绩进步，所以最适合的是分 12 期的精英班，每个月才 $267，刚好在您的预算里，是吧？"),
     c("你自己在讲自己的 我问别家先", "think_it_over")]))

# 7 upsell_as_loop_closing -- Taichung car workshop
o = c("老闆 我這台煞車一直吱吱叫，可以幫我看一下嗎？我下午還要跑外送。", None)
PAIRS.append(gpair(
    "zhb6g_taichung_workshop_brakes", "neighbourhood car workshop (Taichung, Taiwan)", "upsell_as_loop_closing",
    "A food-delivery driver brings his 2015 Toyota for squeaking brakes; he needs the car back by the afternoon and has little spare money.",
    [o,
     t("好，先問一下，是踩煞車的時候叫，還是開著就一直叫？多久了？"),
     c("踩下去才叫，大概兩個禮拜。前陣子下大雨之後開始的。", None),
     t("我拆開看了：前面來令片剩 2mm，該換了，叫聲就是這個。碟盤還可以，不用處理。前來令片一組 1800 含工，一個小時弄好，你下午可以開走。"),
     c("1800喔…好啦，安全比較重要。", None),
     t("另外跟你講一下，後輪胎紋也快到了，大概還能跑一兩個月，今天不用換，下次來再看。你開起來還有沒有哪裡怪怪的？"),
     c("沒有啦，就煞車。那我去旁邊吃個飯再回來。", None),
     t("好，一點前弄好，好了我打給你。"),
     c("讚啦，謝謝老闆。", None)],
    [o,
     t("好，先問一下，是踩煞車的時候叫，還是一直叫？"),
     c("踩下去才叫，兩個禮拜了。", None),
     t("了解，來令片剩 2mm，要換，一組 1800。那為了一次幫你處理好，還有什麼我可以幫你加的嗎？像碟盤我建議一起換，前面兩片 3600，煞車感受會更好。"),
     c("碟盤不用吧，剛剛不是說來令片就好", "no_need"),
     t("可以不換啦，看你要不要一勞永逸。那再確認一下，還有哪裡需要順便幫你照顧到？煞車油快兩年了，換一下 800；冷氣濾網 450，你跑外送整天在車上，空氣品質很重要喔。"),
     c("我一天跑下來賺沒多少欸，這樣加一加快七千", "no_money"),
     t("理解理解，你的滿意最重要。最後幫你確認一下，還有沒有要加的？這個月機油買一送濾芯，順便保養，整體算你 6500 就好，這樣可以嗎？"),
     c("不用了，就換來令片，其他下次再說。", "no_need"),
     t("好～那來令片 1800。對了你後輪胎紋也差不多了，要不要一起……"),
     c("我說不用了啦。", "no_need")]))

# 8 upsell_as_loop_closing -- Jurong GP clinic
o = c("Hi，我公司叫我来做年度体检。还有，我爸爸有糖尿病，我要不要多验什么？", None)
PAIRS.append(gpair(
    "zhb6g_jurong_clinic_healthcheck", "GP clinic (Jurong East, Singapore)", "upsell_as_loop_closing",
    "A 45-year-old office worker comes for an employer-paid annual check and asks whether his father's diabetes means he should test for more.",
    [o,
     t("好的，公司配套里面已经有空腹血糖。想问一下，您最近有没有常口渴、尿多，或者体重突然下降？平时有运动吗？"),
     c("口渴没有啦，就是肚子大了一点。运动……很少，工作忙。", None),
     t("明白：家里有糖尿病，肚子大了一点，很少运动，但没有明显症状。公司配套的空腹血糖已经可以先筛查。想更准一点可以加 HbA1c，看三个月平均血糖，$25，公司不包，要自己付。"),
     c("25块ok啦。那胆固醇呢？公司的有包吗？", None),
     t("有包，血脂四项都在里面，其他的现在不需要加。报告大概三天，我们会 SMS 您约复诊；如果 HbA1c 偏高，医生再跟您谈饮食和下一步。"),
     c("ok酱就好。要空肚吗？", None),
     t("要，前一晚十点后不要吃东西，白开水可以。明天早上八点半方便吗？"),
     c("可以，八点半。", None)],
    [o,
     t("好的，公司配套里已经有空腹血糖了。为了完整照顾到您的健康需求，还有什么我可以帮您加的吗？我们有 Executive 全面配套，多加 $380，包括心电图、肿瘤指标、甲状腺。"),
     c("呃 我只是想问糖尿病要多验什么", None),
     t("明白！那我再确认一下，还有什么需要的吗？很多人会顺便加眼底照相 $90 和肾功能 $60，因为糖尿病会影响眼睛和肾，再加 HbA1c $25，一共 $175。"),
     c("我又不是已经有糖尿病，我只是爸爸有。不用那么多吧。", "no_need"),
     t("当然当然，完全看您。为了完整一点，最后问您，还有什么可以帮您加的吗？这个月维他命 D 检测 special price $45，很多上班族都缺。"),
     c("我公司claim不到的我都不要啦，就公司那个。", "no_need"),
     t("好的，明天八点半可以做。那离开前，还有其他我可以为您服务的吗？我们也有流感疫苗……"),
     c("没有了没有了，我先走了。", "brush_off")]))

# 9 leading_tag_questions -- Hong Kong bank mortgage
o = c("你好，我想問下按揭預批。我同女朋友睇中將軍澳一個單位，大概五百萬，想知道借唔借到。", None)
PAIRS.append(gpair(
    "zhb6g_tseungkwano_bank_mortgage", "retail bank mortgage desk (Tseung Kwan O, Hong Kong)", "leading_tag_questions",
    "A 33-year-old first-time buyer asks about pre-approval for a HK$5M flat bought jointly with his girlfriend; he has a small personal loan and wants steady repayments.",
    [o,
     t("你好，恭喜你們睇中單位。想先了解一下：是你一個人申請，還是跟女朋友聯名？兩位每月收入大概多少？現在有沒有其他貸款？"),
     c("聯名，我哋兩個加埋大概每月六萬五。我仲有少少私人貸款，每月還三千，仲有一年。", None),
     t("明白：聯名，月入合共六萬五，另有每月三千的私貸，還剩一年。五百萬做九成按揭，連私貸計，供款與入息比大約 40%，應該在上限之內，但要做壓力測試才確定。你們比較在意每月供款穩定，還是想息口低一點？"),
     c("穩定啲好，我哋唔想每個月都估。但係H按同P按我真係唔識分。", None),
     t("簡單講：H按跟銀行同業拆息，現在通常平一點，但會上落；P按跟最優惠利率，比較少變。你們想穩定，P按或者有封頂的H按都可以考慮。我先幫你們做預批，不收費，帶齊糧單、稅單和身份證就可以。"),
     c("唔收錢就好。不過我哋都會問埋其他銀行比較吓。", "think_it_over"),
     t("當然，應該比較的。預批結果出來後，我把利率和回贈寫清楚給你們，方便對比。"),
     c("好，咁我哋星期六一齊過嚟。", None)],
    [o,
     t("你好，恭喜你們！想先了解一下你們的需要。五百萬的單位，你們一定會想借最高成數，對不對？"),
     c("呃…我哋都係想借九成，但唔知入息夠唔夠。", None),
     t("以你們這個年紀，收入一定沒問題的，是吧？息口這麼低，你們當然會選H按，不會想蝕錢吧？"),
     c("我哋其實想穩定啲……我仲有私人貸款，每月三千。", None),
     t("三千小事啦，不會影響的，對嗎？那順便幫你們開埋我們的 Premier 賬戶，有現金回贈，你們都想要多點回贈的，是不是？"),
     c("Premier 要存幾多錢？我哋啲錢全部擺晒落首期，冇餘錢喇。", "no_money"),
     t("供完首期也會有收入嘛，三個月內存夠就可以。你們都想享受更好的服務，不是嗎？今天先簽預批同開戶，好嗎？"),
     c("我諗我哋都係去第二間問吓先。", "think_it_over")]))

# 10 leading_tag_questions -- Penang remittance counter
o = c("小姐，我每个月要汇钱去台湾给我女儿读书，听人家说你们这里比银行便宜，是不是真的？", None)
PAIRS.append(gpair(
    "zhb6g_penang_remittance_taiwan", "licensed remittance counter (George Town, Penang, Malaysia)", "leading_tag_questions",
    "A mother sends about RM3,000 a month to her daughter studying in Taipei by bank transfer and wonders if a remittance counter is cheaper; a friend's transfer once got stuck.",
    [o,
     t("Auntie 您好。是可能便宜一点，要看金额。您每个月大概汇多少？现在用哪家银行？一次收多少手续费？"),
     c("大概 RM3,000 咯，用 bank 汇，手续费好像 RM30，可是女儿说她那边收到又被扣一次。", None),
     t("明白，每个月 RM3,000，银行收 RM30，女儿那边又被扣，那个应该是中转银行的费用。我们手续费 RM10，台湾那边不会再扣。今天 3,000 马币大概是 20,450 台币，您可以拿去跟银行今天的汇率比一比。"),
     c("哦……可是我朋友上次用一家汇款的，钱卡了两个星期，她女儿差点交不到房租。", "bad_experience"),
     t("这个担心很合理。我们是有国家银行执照的，通常一到两个工作天到。第一次您可以先汇小一点，比如 RM500，确定女儿收到了再汇剩下的。收据上有追踪号码，有问题直接打给我们。"),
     c("好，那今天先汇五百试试看。", None),
     t("好的，麻烦 Auntie 给我 IC 和女儿的户口资料。"),
     c("这里，她的存折影印本。", None)],
    [o,
     t("Auntie 您好！您一定想要最便宜又最快的，对不对？"),
     c("当然咯。我现在用 bank 汇，每个月 RM3,000。", None),
     t("那您一定觉得银行手续费太贵，对吧？我们只收 RM10，您肯定会想转过来的，是不是？"),
     c("是便宜啦，但我朋友用过一家汇款公司，钱卡了两个星期，我有点怕。", "bad_experience"),
     t("我们不会这样的啦，您放心，对吗？而且女儿在台湾，您一定希望她越早收到越好，所以最好直接开我们的 auto-remit，每个月自动汇，省得跑来跑去，不是吗？"),
     c("一次都还没试过就要我 auto 哦？我要先看看啦。", "think_it_over"),
     t("很多 Auntie 都是直接开的，没问题的，您也不想每个月来排队，对吧？这里签一签就好了。"),
     c("好啦好啦，你给我一张 brochure，我回去再看。", "brush_off")]))
