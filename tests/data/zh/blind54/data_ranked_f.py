"""Ranked pairs f01-f10: both sides share every turn (same Python variables) except one fault in `worse`
and the customer's reaction to it. Hand-written by the zh_blind54 writer."""
from common import c, rpair, t

# f01 Kunming tricycle: worse drops the price before asking anything
_f01_o = c("老板 这种电动三轮车咋个卖 我想买一辆拉东西", None)
_f01_t2 = t("五六公里 东西不重 要挡雨。那这款带顶棚的就够了 锂电的跑四十公里 你来回一天用不完 棚子是加厚的 下雨不漏。")
_f01_c2 = c("嗯 棚子可以。炭火放后斗会不会烫坏", None)
_f01_t3 = t("后斗是铁的 炭火盆下面垫块砖就行 我再送你一块隔热板。你先骑一圈试一下。")
_f01_c3 = c("要得 我先试一下。买不买嘛 等我老公下午来看了再讲", "think_it_over")

# f02 Dali tea shop: worse doubts the customer's honesty
_f02_o = c("老板 我上礼拜在你这里买的那饼熟普 拆开里面有白毛 你看一下嘛", None)
_f02_t1 = t("我看一下……嗯 是有白点。您买回去放在哪里的？")
_f02_c1 = c("就放在酒店的柜子里 我在大理玩了一个礼拜 今天要走了 想泡来喝才发现", None)
_f02_t3 = t("我给您换一饼新的 当面拆开 您看 里面干干净净的 闻一下也没有霉味。")
_f02_c3 = c("嗯 这饼是好的", None)
_f02_t4 = t("给您包好了 再加个密封袋 带回去放干燥的地方。")

# f03 Guiyang broadband: worse uses unexplained jargon
_f03_o = c("小伙子 我们屋头想装个网 看电视用 孙子放假回来也要用", None)
_f03_t1 = t("要得。家里的电视是哪种 能不能连网？孙子回来主要拿来干啥子？")
_f03_c1 = c("电视是去年买的 讲是智能的。孙子嘛 打游戏 上网课", None)
_f03_t3 = t("电视看得到 游戏也不卡 一个月六十九。师傅这个礼拜四或者礼拜五都可以上门 您看哪天屋头有人？")
_f03_c3 = c("礼拜四不得行 我们要去赶场 礼拜五嘛", "no_time")
_f03_t4 = t("好 礼拜五上午 师傅去之前打电话给您 到了顺便把电视遥控咋个用也教您。")

# f04 Nanning noodle-shop cooker repair: worse gives a vague next step
_f04_o = c("喂 我上个月在你们那里买的煮面炉 有一个炉头点不着火 中午高峰要用的", None)
_f04_t1 = t("哪个炉头点不着？是打火没声音 还是有声音没火？")
_f04_c1 = c("左边那个 有啪啪的声音 就是冇火 其他三个好好的", None)
_f04_t2 = t("有打火声没火 多半是那个炉头的气阀或者点火针堵了 油污多就会这样。在保修期内的。")
_f04_c2 = c("那你们几时来修 我中午十一点开始忙", None)

# f05 Yangshuo hot-air balloon: worse over-promises
_f05_o = c("老板 我们明天想坐热气球 你们这里能帮订不", None)
_f05_t1 = t("可以帮订。你们几个人？明天早上还是傍晚？")
_f05_c1 = c("两个人 想坐早上看日出那场", None)
_f05_t3 = t("好 订单截图我发你 五点四十在门口接你们。")
_f05_c3 = c("好 五点四十", None)

# f06 Zunyi baijiu: worse argues with the customer
_f06_o = c("老板 我前天在你这拿的两件酒 喝起来跟你那天让我尝的不一样 冲得很", None)
_f06_t1 = t("是哪一款？拿回去开了几瓶？")
_f06_c1 = c("就是一百五那款 开了两瓶 客人都讲冲 跟尝的时候不是一个味道", None)
_f06_t3 = t("你拿一瓶没开的来 我们当面开 跟样酒放一起比 真是批次有问题 没开的那些我给你换。")
_f06_c3 = c("要得 明天下午来。要是还是冲 剩下那件我就退了 这款我也不敢再拿了", "bad_experience")

# f07 Yiliang county clinic: worse gives an unasked lecture
_f07_o = c("医生 我来拿降糖药 上回开的吃完了", None)
_f07_t1 = t("好 我看下记录。最近血糖测了没有？")
_f07_c1 = c("测了 早上空腹七点几八点 比上个月低点了。就是上回那个新药贵得很 医保报了一盒还要自己出五六十 能不能换回以前那个", "too_expensive")
_f07_t3 = t("那就换回二甲双胍 一天两次 饭后吃 开一个月的量。下个月来把血糖本带上 我看换了以后稳不稳。")
_f07_c3 = c("好 谢谢医生", None)

# f08 Nanning phone shop: worse closes before checking the transfer worked
_f08_o = c("靓仔 我买这部新手机 旧手机里面的微信记录要全部搬过去 我做生意的 记录好重要", None)
_f08_t1 = t("做生意的记录不能丢。我看下……旧手机微信有十八个G 搬过去要四十分钟左右 两部手机要连同一个wifi。")
_f08_c1 = c("四十分钟啊……我三点半要去进货 今天怕是等不了", "no_time")
_f08_t2 = t("那两个办法：你先拿走明天再来搬；或者两部手机留我这里 我搬好 你进完货来拿。你看哪种？")
_f08_c2 = c("留下嘛 我进完货五点来拿", None)

# f09 Guiyang guide: worse recommends before asking
_f09_o = c("你好 我们想从贵阳去黄果树玩一天 要包车带导游 好多钱", None)
_f09_t2 = t("有外婆的话 天星桥台阶多就不去了。大瀑布那里有扶梯 可以坐观光车 陡坡塘也平一点。包车一天八百 导游两百 门票另算 老人免票。")
_f09_c2 = c("八百加两百 一千了 我在网上看人家拼车一个人才一百多", "too_expensive")
_f09_t3 = t("拼车是便宜 但是一般一天要赶三四个点 外婆跟不上 停车场走到景区也远。包车能停近点 想歇就歇 几点走你们定。")
_f09_c3 = c("那也是 外婆要紧 就包车嘛 订后天", None)

# f10 Kunming coffee equipment: worse talks about himself
_f10_o = c("你好 我店里那个磨豆机磨出来粗细不匀 想换一台 有没有推荐", None)
_f10_t1 = t("粗细不匀是一直这样 还是最近才这样？一天大概磨好多豆子？")
_f10_c1 = c("最近半年越来越明显 一天两公斤左右 主要做意式。先讲好 我预算不多 一万多的机器我买不起", "no_money")
_f10_t3 = t("刀盘用两三年就该换了 你把机器型号拍给我 有配件三百多就能解决 没配件再讲换机器的事。")
_f10_c3 = c("好 我回去拍给你", None)

PAIRS = [
    rpair(
        "zhb54r_f01_kunming_tricycle_pricedrop",
        "A breakfast-stall owner in Kunming asks the price of an electric tricycle. Fault in worse: the trainee cuts the price by 500 before asking anything, "
        "which makes the customer suspicious of the vehicle.",
        better=[
            _f01_o,
            t("拉东西的话 主要拉哪样？一次大概好重 跑多远？"),
            c("拉饵块和炭火 我在篆新农贸市场门口摆摊 从家过去五六公里 东西不重 就是要有个棚子挡雨", None),
            _f01_t2, _f01_c2, _f01_t3, _f01_c3,
        ],
        worse=[
            _f01_o,
            t("这辆三千八 我看你诚心要 直接给你三千三 今天就骑走。"),
            c("啊 一下就少五百？你这车是不是有哪样毛病哦……我是拉饵块和炭火的 在篆新市场门口摆摊 五六公里 要个棚子挡雨", None),
            _f01_t2, _f01_c2, _f01_t3, _f01_c3,
        ],
    ),
    rpair(
        "zhb54r_f02_dali_puer_doubt",
        "A tourist returns a Pu'er cake that has white mould inside after a week in a hotel cupboard. Fault in worse: the trainee suggests she swapped in another shop's cake.",
        better=[
            _f02_o, _f02_t1, _f02_c1,
            t("酒店柜子放一个礼拜 一般不会长成这样 应该是我们仓里就受了潮 是我们的问题 不好意思。"),
            c("那咋个办嘛 我下午的车", None),
            _f02_t3, _f02_c3, _f02_t4,
        ],
        worse=[
            _f02_o, _f02_t1, _f02_c1,
            t("一个礼拜就长成这样？不太可能哦 您是不是拿别家的饼来换？我们的饼都是干仓的。"),
            c("你讲我拿别家的来骗你？包装纸上还有你们店的章 我至于为了三百块钱骗你？", None),
            _f02_t3, _f02_c3, _f02_t4,
        ],
    ),
    rpair(
        "zhb54r_f03_guiyang_broadband_jargon",
        "An elderly couple in Guiyang want internet for a smart TV and their grandson's games and online classes. Fault in worse: the plan is described in unexplained jargon.",
        better=[
            _f03_o, _f03_t1, _f03_c1,
            t("那两百兆的就够了 电视直接连 孙子打游戏也不卡。师傅装的时候把电视帮您调好。"),
            c("那好 好多钱一个月", None),
            _f03_t3, _f03_c3, _f03_t4,
        ],
        worse=[
            _f03_o, _f03_t1, _f03_c1,
            t("那建议您上两百兆的FTTH 配双频WiFi6光猫 IPTV走单独的VLAN 游戏延迟二十毫秒以内。"),
            c("哪样F哪样T 我听不懂 你就讲电视看不看得到 好多钱嘛", None),
            _f03_t3, _f03_c3, _f03_t4,
        ],
    ),
    rpair(
        "zhb54r_f04_nanning_cooker_vague",
        "A laoyou-noodle shop owner's new cooker has one burner that will not light, and lunch rush starts at eleven. Fault in worse: a vague next step with no day or time.",
        better=[
            _f04_o, _f04_t1, _f04_c1, _f04_t2, _f04_c2,
            t("我让师傅明天早上九点到你店里 半个钟头搞完 赶在十一点前。师傅姓黄 等下我把他电话发你。"),
            c("九点可以 我八点就在店里了", None),
        ],
        worse=[
            _f04_o, _f04_t1, _f04_c1, _f04_t2, _f04_c2,
            t("好的 我们这边会安排师傅 有消息了会通知你的。"),
            c("会通知我？哪天嘛 几点嘛 我中午少一个炉头要少卖好多碗的", None),
        ],
    ),
    rpair(
        "zhb54r_f05_yangshuo_balloon_overpromise",
        "A couple staying in Yangshuo want to book tomorrow's sunrise hot-air balloon. Fault in worse: the trainee guarantees the flight and the sunrise despite a cloudy forecast.",
        better=[
            _f05_o, _f05_t1, _f05_c1,
            t("早上那场六点起飞 一个人一千二。不过热气球要看天 风大或者下雨就飞不了 明天预报多云 有可能飞。飞不了全额退 或者改后天。"),
            c("飞不了能退就好 那帮我们订嘛", None),
            _f05_t3, _f05_c3,
        ],
        worse=[
            _f05_o, _f05_t1, _f05_c1,
            t("早上那场六点起飞 一个人一千二。明天肯定能飞 日出保证看得到 我帮你们订了 放心。"),
            c("保证看得到？我看预报讲明天多云哦 你莫哄我", None),
            _f05_t3, _f05_c3,
        ],
    ),
    rpair(
        "zhb54r_f06_zunyi_baijiu_argue",
        "A customer in Zunyi says the two cases of baijiu she bought taste harsher than the sample she tasted. Fault in worse: the trainee argues and tells her she does not understand sauce-aroma liquor.",
        better=[
            _f06_o, _f06_t1, _f06_c1,
            t("那天尝的是开了几天醒过的 刚开瓶会冲一点。不过两瓶都冲 我也要查下是不是批次不一样。"),
            c("那你要咋个查嘛", None),
            _f06_t3, _f06_c3,
        ],
        worse=[
            _f06_o, _f06_t1, _f06_c1,
            t("不可能不一样 都是一个缸里出来的 是你们自己喝不惯 刚开瓶本来就冲 这个你要懂嘛。"),
            c("我喝了二十年酱香 要你来教我？", None),
            _f06_t3, _f06_c3,
        ],
    ),
    rpair(
        "zhb54r_f07_yiliang_clinic_lecture",
        "A diabetic patient at a county clinic in Yiliang (Kunming) wants to switch back to a cheaper drug. Fault in worse: an unasked lecture on diet and exercise instead of answering.",
        better=[
            _f07_o, _f07_t1, _f07_c1,
            t("七点几八点 比上个月好。嫌贵的话可以换回二甲双胍 便宜得多 效果也稳。您以前吃它胃有没有不舒服？"),
            c("以前吃的二甲 胃还好 没得哪样", None),
            _f07_t3, _f07_c3,
        ],
        worse=[
            _f07_o, _f07_t1, _f07_c1,
            t("七点几八点还是高哦。我跟您讲 糖尿病最要紧是管住嘴 米线饵块都是碳水 少吃 水果也少吃 天天要走一万步 不然以后眼睛肾都要坏……"),
            c("我晓得我晓得 上回医生讲过了 我就是问能不能换便宜的药 后面还有人排队", None),
            _f07_t3, _f07_c3,
        ],
    ),
    rpair(
        "zhb54r_f08_nanning_phone_transfer_close",
        "A trader in Nanning buys a new phone and needs five years of WeChat business records moved. Fault in worse: the trainee takes payment before the customer has checked the records arrived.",
        better=[
            _f08_o, _f08_t1, _f08_c1, _f08_t2, _f08_c2,
            t("搬完了。你打开新手机微信 翻几个最要紧的客户 看图片和转账记录在不在 在了我们再结账。"),
            c("我看下……越南那个老板的在的 图片也在 好 结账", None),
        ],
        worse=[
            _f08_o, _f08_t1, _f08_c1, _f08_t2, _f08_c2,
            t("搬完了 那我们先结账 三千二百九 扫这里就行 对我们服务还满意吧？"),
            c("等下 我都还没看记录在不在 你就收钱", None),
        ],
    ),
    rpair(
        "zhb54r_f09_guiyang_guide_recommend_first",
        "A family wants a chartered car and guide from Guiyang to Huangguoshu for a day, with a grandmother in her eighties. Fault in worse: the trainee recommends a route before asking who is coming.",
        better=[
            _f09_o,
            t("可以的。你们几个人？有没有老人小孩？走路爬坡有没有要求？"),
            c("五个人 有我外婆 八十多了 走不了太远", None),
            _f09_t2, _f09_c2, _f09_t3, _f09_c3,
        ],
        worse=[
            _f09_o,
            t("一天的话我推荐黄果树加天星桥加陡坡塘 最经典的路线 一个都不落。"),
            c("我们带着我外婆 八十多了 天星桥那些要走好远吧 你都没问我们几个人", None),
            _f09_t2, _f09_c2, _f09_t3, _f09_c3,
        ],
    ),
    rpair(
        "zhb54r_f10_kunming_grinder_selftalk",
        "A café owner in Kunming with a small budget says her grinder's output has become uneven. Fault in worse: the trainee talks about his own barista career and his expensive machine.",
        better=[
            _f10_o, _f10_t1, _f10_c1,
            t("一天两公斤 用了几年的话 多半是刀盘磨损了 不一定要换机器。"),
            c("换刀盘就行啊 我还以为要换机器", None),
            _f10_t3, _f10_c3,
        ],
        worse=[
            _f10_o, _f10_t1, _f10_c1,
            t("我以前在上海做了八年咖啡师 还拿过比赛的奖 我自己店里用的是这台意大利的 一万二 用了五年从来没出过问题 我们那时候比赛……"),
            c("嗯……我刚讲了一万多的买不起 我就想晓得我这台还能不能修", None),
            _f10_t3, _f10_c3,
        ],
    ),
]
