"""Gaming pairs, part a (hand-written, zhb67)."""
from common import c, gpair, t

# a1 monologue: Kuala Lumpur, Low Yat electronics mall, laptop for a daughter going to uni
_a1 = c("那个 我想看看手提电脑 我女儿下个月去UTAR读书 要用的", None)

# a2 closing_as_open_question: Singapore, insurance agent meets a friend-of-a-friend at a kopitiam
_a2 = c("Hi 我是Jasmine的朋友 她说你可以帮我看看我的保险 我其实也不是很懂 哈哈", None)

# a3 pitch_as_paraphrase: Johor Bahru, tuition centre, WhatsApp chat with a parent
_a3 = c("hi 请问你们有没有form 2 数学 我儿子数学一直不及格 很头痛", None)

# a4 upsell_as_loop_closing: Ipoh, neighbourhood car workshop, oil change
_a4 = c("老板 换机油 Myvi的 大概要多久 我四点要去接孩子", None)

# a5 leading_tag_questions: New Taipei, estate agent (房仲) showing a two-room flat
_a5 = c("你好 我们昨天有打电话 约三点看新店那间 两房的", None)

# a6 putdown_question: Kuching, travel agency, complaint about a downgraded hotel
_a6 = c("我要找负责我们去曼谷那团的人 我们那个酒店根本不是你们讲的那间", None)

# a7 not_my_department_or_read_the_terms: Penang, phone shop, screen flickers under warranty
_a7 = c("hello 这支手机我三个月前在这里买的 屏幕现在一闪一闪的 还在保修吗", None)

# a8 social_proof_or_deadline_pressure: Melaka, new condo launch showroom, retired couple
_a8 = c("我们只是路过看看 听说这里有新的condo 我跟我太太想搬小一点的", None)

# a9 keyword_stuffed: Taichung, English cram school (补习班), a father asks about classes
_a9 = c("你好 我想问一下 我女儿高二 英文一直卡在六十几分 你们有什么班", None)

# a10 rude: Singapore, bubble-tea counter, an auntie buying for her diabetic father
_a10 = c("小妹 我第一次来 这个 那么多 我不懂点 有没有不那么甜的 我爸爸有糖尿病", None)

PAIRS = [
    gpair(
        "zhb67g_kl_laptop_for_uni", "electronics shop, Low Yat Plaza, Kuala Lumpur", "monologue",
        "A mother shops for a laptop for her daughter who starts an accounting course next month.",
        good=[
            _a1,
            t("好的 欢迎欢迎 她读什么科系的? 平时主要会拿来做什么?"),
            c("读会计 应该就是打报告 Excel啦 还有上网课 zoom那些", None),
            t("明白 Excel 网课 打报告 这些不用很强的机。她会不会玩游戏或者剪视频?"),
            c("游戏嘛 应该不会吧 她比较爱看剧 哦 还有 她要每天背去学校 搭LRT的 不要太重", None),
            t("好 要轻 要带得走。预算方面你心里有个数吗? 我好拿适合的给你看 不用乱推"),
            c("嗯 两千五左右啦 她哥哥去年那台也是差不多这个价", None),
            t("两千五 轻 电池要撑一天 这三台都符合。这台一点三公斤 电池官方说十小时 实际上网课大概七八个小时。你要不要拿起来试试看重量?"),
            c("哇这台真的轻 不过 电池七八个小时 够吗 她有时候早上八点上到晚上", None),
            t("老实讲 整天上课会有点紧 我建议叫她带充电器放学校 这台充电头很小。学生证拿来的话 有学生优惠 送一年Office。你可以等她回来一起来试 不急"),
            c("好 那我星期六带她来 她自己喜欢才算", "think_it_over"),
        ],
        gaming=[
            _a1,
            t("欢迎! 你今天来得刚刚好 我们这个礼拜有roadshow价。什么样的体验对你女儿最重要呢? 我觉得一定是性能 所以我先介绍这台 i7 十三代 16GB内存 1TB SSD 显卡RTX4060 打游戏剪片都没有问题 屏幕165Hz..."),
            c("呃 她读会计的 应该不用那么强的...", "no_need"),
            t("会计也要跑很多软件的 现在大学什么都要电脑。这台散热是双风扇 键盘有RGB灯 晚上在宿舍打字很有感觉 还送背包送鼠标 延长保修三年只要加三百九 总共四千八百九 外面真的找不到。所以我理解你要的是一台可以陪她读完四年的电脑 对吗?"),
            c("四千八?? 我以为两千多就可以了 而且这台很重leh 她要搭LRT的", "too_expensive"),
            t("重一点点而已 两公斤多 女生背一下就习惯了。贵是贵在质量 你想想她四年的成功 好电脑是投资。我们现在有0%分期 一个月才两百零四 十二期 我帮你算... 另外还有这台更高级的 OLED屏幕..."),
            c("不用了不用了 我先去隔壁看看", "brush_off"),
            t("好好 那你还有什么需要吗? 我给你名片 这个价钱只到这个星期天哦"),
            c("嗯 再说吧", "brush_off"),
        ],
    ),
    gpair(
        "zhb67g_sg_insurance_review", "independent insurance agent, Toa Payoh kopitiam, Singapore", "closing_as_open_question",
        "A young woman who just changed jobs wants to know whether she needs her own insurance on top of her company's group cover.",
        good=[
            _a2,
            t("Hi 谢谢你抽时间出来。不懂没关系 我们慢慢来。你今天想看保险 是有发生什么事 还是单纯想整理一下?"),
            c("就是 我上个月换工作 新公司有group insurance 然后我妈一直叫我自己也要买 我也不知道够不够", None),
            t("明白 换了工作 公司有团体保险 妈妈担心你不够。你有没有新公司的benefit表? 我们先看公司已经cover什么 再说要不要加"),
            c("有 我拍在手机里 你看 这个", None),
            t("好 住院有 门诊有 不过这个是跟着工作走的 你离职就没了。你自己名下有没有 Integrated Shield?"),
            c("有 我念书的时候我爸帮我买的 一直在扣MediSave 不知道是哪个plan", None),
            t("那其实你基本的住院已经有了 不用急着买新的。你回家查一下那份Shield是哪一家 哪一个ward 拍给我 我下个星期帮你对一下有没有缺口。真的有缺再谈 没有缺就不用买"),
            c("哦 好啊 这样我比较放心 我回去找找看", None),
        ],
        gaming=[
            _a2,
            t("Hi! 很高兴认识你 Jasmine常常讲起你。我想先问一个开放式的问题: 你希望你的保障给你带来什么样的安心?"),
            c("呃 就是 我上个月换工作 公司有group insurance 但我妈叫我自己也要买", None),
            t("明白明白 妈妈的担心是对的。我们这个三合一的plan 住院 重病 人寿都包 一个月两百八。你会比较想用信用卡还是GIRO来付呢?"),
            c("等一下 我还没说要买啊 公司已经有cover了 我也不知道要不要", "no_need"),
            t("当然当然 我只是了解你的偏好。那你觉得今天签还是下个星期签 对你来说比较方便?"),
            c("我真的要回去问我爸妈先 他们以前帮我买过一份", "think_it_over"),
            t("完全理解。那要怎样的条件 你今天才愿意先把表格填一填? 我们可以先做underwriting 不用付钱的"),
            c("不用了啦 你发个brochure给我就好", "brush_off"),
            t("好的 那你希望受益人写妈妈还是爸爸呢? 我先帮你记下来"),
            c("……我先走了 拜拜", None),
        ],
    ),
    gpair(
        "zhb67g_jb_tuition_form2_maths", "tuition centre, Skudai, Johor Bahru (WhatsApp)", "pitch_as_paraphrase",
        "A parent messages a tuition centre because her son keeps failing Form 2 maths.",
        good=[
            _a3,
            t("hi 有的 可以先了解一下吗 他是哪一部分比较吃力 代数 几何 还是整体都跟不上"),
            c("老师说他代数很差 然后考试时间不够 题目做不完", None),
            t("ok 代数加上速度问题 他在学校是用中文还是英文学数学的? 我们有分华文班和DLP班"),
            c("DLP 英文的 他本来在华小 中学变英文 我觉得是这个问题", None),
            t("明白 很多从华小上来的孩子都卡在英文题目 是看不懂题目 不是不会算。我们星期三晚上有一班 form 2 DLP 小班八个人 一个月RM180 一个星期一次 可以先来试一堂免费的 看他跟不跟得上"),
            c("星期三他有篮球 其他时间有吗", "no_time"),
            t("星期六早上十点也有一班 一样的老师一样的进度 要不要帮你留星期六的试堂位?"),
            c("好 星期六可以 我跟他讲", None),
        ],
        gaming=[
            _a3,
            t("hi 有的! 可以分享一下你对孩子学习的期望吗"),
            c("老师说他代数很差 然后考试时间不够 题目做不完", None),
            t("明白 所以我听到的是 你需要的是我们的全科精英配套 数学 科学 英文 国文四科 一个月RM680 每天都有老师跟进 对吗"),
            c("不是 我只是问数学而已 四科我们负担不起", "no_money"),
            t("了解 所以你真正想要的是孩子全面进步 我们的精英配套就是为了这个 现在报名送一个月 等于RM680就有五个星期 我理解得对吗"),
            c("你没有理解啦 我只要数学 一科多少钱", None),
            t("一科是RM220 不过根据你刚才说的需要 我觉得你最适合的是双科配套 数学加科学RM400 因为代数差的孩子科学一定也差 对吧"),
            c("他科学还好啊 算了 你发价钱表给我就好", "brush_off"),
        ],
    ),
    gpair(
        "zhb67g_ipoh_workshop_oil_change", "car workshop, Pasir Pinji, Ipoh", "upsell_as_loop_closing",
        "A mother in a hurry brings her Myvi in for an oil change before the school pickup.",
        good=[
            _a4,
            t("大概四十分钟 三点半前可以好。你上次换是几时 还记得几多公里吗?"),
            c("好像是六个月前 贴纸在玻璃那边 你看一下", None),
            t("我看了 上次四万二 现在四万七 刚刚好。机油要照上次那种半合成 还是有什么特别要求?"),
            c("照旧就好 哦对 最近刹车有一点点声 不知道要不要紧", None),
            t("好 我换机油的时候顺便帮你看一下刹车皮 只是看 不收钱。要换的话我先拍照给你 你决定"),
            c("好啊 可是今天真的没时间弄别的哦", "no_time"),
            t("明白 今天只做机油。刹车皮我看了 还有差不多三成 不急 一两个月内换就可以 我写在单子上给你。机油好了 一百三十五"),
            c("好 谢谢老板 下个月我再来弄刹车", None),
        ],
        gaming=[
            _a4,
            t("可以可以 大概四十分钟。那么除了机油之外 今天还有什么我可以帮你一起照顾的吗?"),
            c("没有 就换机油 我赶时间", "no_time"),
            t("好的 我们的原则是帮客人一次过解决。机油换好了 顺便问一下 还有什么可以帮你加的? 引擎flush只要八十 很多Myvi车主都做"),
            c("不用啦 上次没做也没事", "no_need"),
            t("明白明白 那我确认一下 还有没有什么是你担心的? 比如冷气? 冷气gas加满六十块 车子比较凉"),
            c("冷气很凉啊 不用 几钱了", "no_need"),
            t("好 最后一个 还有什么我可以帮你完成的吗? 轮胎打nitrogen 一条五块 四条二十 再加一个coating..."),
            c("老板 我四点要接孩子 你快点算钱可以吗", "no_time"),
            t("好好 机油一百三十五 flush我已经顺便帮你做了 算你八十 总共两百一十五"),
            c("什么?? 我不是说不要吗 这个我不付", None),
        ],
    ),
    gpair(
        "zhb67g_taipei_flat_viewing", "estate agency (房仲), Xindian, New Taipei", "leading_tag_questions",
        "A woman who lives with her in-laws views a two-room flat near the MRT with an agent.",
        good=[
            _a5,
            t("对对 陈小姐你好 先进来坐一下。你们现在是自己住还是跟家人住? 这次买房 最想解决的是什么?"),
            c("现在跟公婆住啦 就想说搬出来 然后我上班在台北车站 通勤不要太久", None),
            t("了解 想要自己的空间 通勤到台北车站。这间走到大坪林站大概八分钟 捷运到台北车站三十分钟左右 你现在通勤大概多久?"),
            c("现在要一个小时 所以三十分钟很好欸 不过这间是几楼 我怕西晒", None),
            t("四楼 客厅朝西没错 下午会晒 我不骗你 你可以下午四点再来看一次 感受一下。你们有打算生小孩吗? 两房够不够用我们也可以一起想"),
            c("有打算啦 不过两房先这样 价钱才是重点 我老公说总价超过一千五就不要看了", None),
            t("这间开价一千六百八 老实说超过你们的线。屋主有弹性 但降到一千五不太可能。我手上还有一间七张站附近的 一千四百五 屋龄比较老 要不要等一下顺便看?"),
            c("好啊 那间也看一下 不过我还是要跟我老公讨论", "think_it_over"),
        ],
        gaming=[
            _a5,
            t("陈小姐你好! 欢迎。你们一定是想要一个温馨的家 对吧?"),
            c("嗯 对啊 现在跟公婆住 想搬出来 我上班在台北车站", None),
            t("那捷运近对你们来说一定是最重要的 对不对? 这间走路八分钟就到大坪林站 很完美吧?"),
            c("还好啦 这间是几楼 我怕西晒", None),
            t("四楼 采光超好的 你也觉得明亮的房子住起来比较舒服 对吧? 下午阳光进来很温暖喔"),
            c("就是怕太晒啊 夏天冷气费会很可怕", None),
            t("冷气开一下就好了嘛 你们年轻人也不会整天在家 对吧? 而且开价一千六百八 这个地段真的算便宜 你应该也同意吧?"),
            c("一千六百八? 我老公说超过一千五就不用看了", "no_money"),
            t("可是这种房子错过就没有了 你们也不想以后后悔 对吧? 先下个斡旋金 表示诚意 没问题吧?"),
            c("不要 我要回去跟我老公讨论", "think_it_over"),
        ],
    ),
    gpair(
        "zhb67g_kuching_tour_hotel_complaint", "travel agency, Padungan, Kuching", "putdown_question",
        "A customer back from a Bangkok package tour complains that the hotel was not the four-star one in the brochure.",
        good=[
            _a6,
            t("我是负责的 Sharon。真的不好意思 你先坐 慢慢讲 是哪一天的团 住的是哪间?"),
            c("上个礼拜四出发那团 五天四夜 brochure写四星 结果到了是一间很旧的 冷气还漏水 我妈整晚睡不好", None),
            t("四星变成一间旧酒店 冷气漏水 妈妈睡不好 这个真的不应该。你们有没有拍照 或者当时有跟导游讲?"),
            c("有啊 我跟导游讲 他说满了没办法 照片我有", None),
            t("好 麻烦你传给我 我今天就跟曼谷那边的地接社要解释。合同写明是四星 换了级数就要补差价给你们。先跟你讲实话 差价大概每晚每间一百多块 我会去争取"),
            c("一百多块? 我们整个假期都被搞坏了leh", None),
            t("你讲得对 钱补不回心情。除了差价 我也会跟公司申请给你们下次出团的折扣 不过这个我要问经理。星期五前我一定打电话给你 不管有没有结果"),
            c("好 星期五 我等你电话", None),
        ],
        gaming=[
            _a6,
            t("你好 我是Sharon。你先别那么激动好吗? 到底发生什么事?"),
            c("我没有激动 我只是要讲 brochure写四星 到了是很旧的酒店 冷气还漏水", None),
            t("明白 那我想了解一下 你是不是对四星的期望太高了? 曼谷的四星本来就跟这边的不一样 你订的时候有没有看清楚?"),
            c("我当然有看 你们的brochure写四星 就是四星啊", None),
            t("嗯嗯 那冷气漏水 会不会是你们自己开太冷? 你们的体验对我们很重要 所以我要问清楚"),
            c("你是在怪我们吗?", None),
            t("没有没有 我只是在了解情况。你有没有想过 一个五天四夜只要一千二的团 你觉得可以住到多好呢?"),
            c("算了 我不跟你讲 我要找你们经理", None),
            t("好的 那我帮你写feedback。你对我们今天的服务满意吗?"),
            c("你自己觉得呢", None),
        ],
    ),
    gpair(
        "zhb67g_penang_phone_warranty", "mobile phone shop, Komtar, Penang", "not_my_department_or_read_the_terms",
        "A customer's three-month-old phone flickers at low brightness; she bought it at this shop.",
        good=[
            _a7,
            t("你好 我看一下。单据还在吗? 你说一闪一闪 是一直这样还是某些时候?"),
            c("单据在这里 就是亮度调低的时候才会闪 晚上看很辛苦", None),
            t("亮度低才闪 好 我先帮你录一段视频 证明问题。这个在一年保修里面 不过修理是品牌的service centre做的 不是我们店里修"),
            c("啊 那要我自己拿去吗 我没有时间跑来跑去啦", "no_time"),
            t("不用 我们帮你送 每个星期二有人来收 大概七到十天回来。这段时间你需要备用机吗? 我们有旧的可以借你"),
            c("十天哦 嗯 有备用机就好 我要用WhatsApp做生意", None),
            t("好 我帮你开单 写清楚亮度低会闪 附上视频。你的资料我先帮你备份 取机的时候我WhatsApp你"),
            c("ok 谢谢你", None),
        ],
        gaming=[
            _a7,
            t("你好 感谢你来 我很理解你的感受。请问发生什么事呢?"),
            c("就是亮度调低的时候屏幕会闪 晚上看很辛苦 单据在这里", None),
            t("明白 所以我听到的是屏幕会闪。不过修理不是我们部门的 我们只是卖机 你要去找品牌的service centre"),
            c("可是我在你们这里买的啊 你们不能帮我送吗", None),
            t("我理解你的心情 可是这是公司规定 不是我定的。你可以看一下保修卡背后的条款 上面都有写"),
            c("我看不懂那些啦 service centre在哪里", None),
            t("在Queensbay那边 你Google一下就有。还有什么其他我可以帮你的吗?"),
            c("没有了 以后我也不会来你们这里买", None),
        ],
    ),
    gpair(
        "zhb67g_melaka_condo_launch", "property developer showroom, Klebang, Melaka", "social_proof_or_deadline_pressure",
        "A retired couple drop in at a condo launch; the wife's knees can no longer manage the stairs of their terrace house.",
        good=[
            _a8,
            t("欢迎欢迎 看看没问题 不用有压力。你们现在住的是什么房子? 为什么想搬小一点?"),
            c("现在是双层排屋 孩子都去新加坡工作了 楼梯我太太爬不动了 膝盖不好", None),
            t("明白 孩子不在身边 要一个不用爬楼梯的地方。这个项目还要三年才交屋 你们有没有办法等这么久?"),
            c("三年? 嗯 那太久了 我们想快点搬", "no_time"),
            t("那我老实讲 你们可能看现成的公寓比较适合 我们公司另外一个已经完工的项目就在附近 有电梯 有现房。你们预算大概多少?"),
            c("卖掉排屋大概有五十万 不想再借钱了 我们年纪大了", None),
            t("不借钱 五十万以内 有电梯 现房。我整理三四个选择 包括不是我们公司的 星期天你们有空的话我带你们去看现成的那间"),
            c("星期天下午可以 我问问我女儿看她能不能视频一起看", None),
        ],
        gaming=[
            _a8,
            t("欢迎! 你们来得真是时候 今天是我们launch的最后一天。请问你们对理想的家有什么憧憬呢?"),
            c("就是想小一点 我太太膝盖不好 楼梯爬不动", None),
            t("明白 我听到的是你们需要舒适和安全。这个项目已经卖了八成 你们那一区的Dato' Tan也买了两间 现在只剩下三楼和十八楼"),
            c("可是你们几时交屋? 我们想快点搬", None),
            t("三年后。可是早鸟价只到今天五点 五点后每尺起三十块 你们一定不想错过吧? 现在下一千块booking fee就可以锁住"),
            c("我们不是要投资的 买楼花不适合我们", "no_need"),
            t("很多退休人士一开始都是这样想 后来都后悔了。我们还有大学教授 医生都买了。你们要不要先booking 回去再想? booking fee可以退的 条件是..."),
            c("我们要问一下孩子先 不要催我们", "think_it_over"),
            t("当然 不过孩子在新加坡 他们一定也会说好的。五点后价钱就不一样了 你们真的不想现在锁吗?"),
            c("不用了 走吧老婆", None),
        ],
    ),
    gpair(
        "zhb67g_taichung_english_cram_school", "English cram school (补习班), North District, Taichung", "keyword_stuffed",
        "A father asks what classes there are for his daughter in her second year of senior high, stuck at sixty-something in English.",
        good=[
            _a9,
            t("爸爸你好。六十几分 是校内段考还是模拟考? 她自己觉得卡在哪一块?"),
            c("段考啦 她说单字背了就忘 阅读测验看不完", None),
            t("单字记不住 阅读来不及 这两个常常是同一个问题 字汇量不够 读得就慢。她现在有没有在别的地方补?"),
            c("之前补过一家 大班 一百多个人 她说听不懂也不敢问 上半年就没去了", None),
            t("了解 大班不适合她。我们的阅读班一班最多十二个人 每周一次 每堂会抽背单字。要不要让她先来旁听一次 她自己觉得可以再说?"),
            c("旁听要钱吗", None),
            t("不用钱 这个星期四晚上七点 或是星期六下午两点 她挑一个"),
            c("星期六好了 她星期四有社团", None),
        ],
        gaming=[
            _a9,
            t("爸爸你好! 我非常理解你的感受 每个家长都希望孩子成功。我们非常重视每一个学生的学习体验 和家长建立长期的信任关系。可以分享一下你的需求吗?"),
            c("就是英文卡在六十几分 单字背了就忘 阅读看不完", None),
            t("我完全理解 我听到你的需求是希望孩子成功。我们的理念就是以学生的需求为中心 打造成功的学习体验 让孩子感受到被理解 被支持"),
            c("所以你们到底上什么? 一班几个人?", None),
            t("这是一个很好的问题 谢谢你的分享。我们的班级设计完全是根据学生的需求 每个孩子的体验都是独一无二的 我们很重视和学生的关系"),
            c("我问的是几个人啦 她之前补大班 一百多个人 完全没用 我不想再花那种冤枉钱", "bad_experience"),
            t("我非常理解你过去的体验 你的感受对我们很重要。我们会用心去了解你女儿的需求 一起创造成功。请问你对我们今天的说明满意吗?"),
            c("你讲了半天我还是不知道上什么 算了 有DM的话给我一张", "brush_off"),
        ],
    ),
    gpair(
        "zhb67g_sg_bubble_tea_auntie", "bubble-tea shop, Ang Mo Kio hub, Singapore", "rude",
        "An auntie buying bubble tea for the first time wants something not too sweet for her diabetic father.",
        good=[
            _a10,
            t("Auntie 没问题 我帮你。甜度可以调 零糖 两分 五分都可以。爸爸平时喜欢喝茶还是喜欢奶茶?"),
            c("他以前爱喝kopi 现在医生叫他少糖 奶的话 不知道可以不可以", None),
            t("明白 怕糖也担心奶。我建议乌龙茶 零糖 不加奶 茶味比较香 不会苦。如果想要有一点奶味 我们有燕麦奶 不过燕麦奶本身有一点糖 要问一下医生"),
            c("乌龙零糖好了 那个珍珠可以加吗", None),
            t("珍珠是用黑糖煮的 其实蛮甜的 给爸爸的话我建议不要。想要有东西嚼 可以加芦荟 糖比较少 不过也是有一点"),
            c("哦 那就什么都不要加 一杯乌龙零糖 再一杯我自己的 珍珠奶茶 半糖 几钱?", None),
            t("乌龙四块二 珍珠奶茶五块五 总共九块七。乌龙我帮你写'零糖'在盖子上 不会拿错"),
            c("你真好 下次我再来", None),
        ],
        gaming=[
            _a10,
            t("Auntie 甜度menu上面有写啦 自己看一下 后面很多人在排"),
            c("我看不清楚啊 字那么小 有没有零糖的", None),
            t("有啦 我刚才不是说menu有写吗? 你要喝什么 先想好才来点嘛"),
            c("我是买给我爸爸的 他有糖尿病 我想问哪一种比较好", None),
            t("我又不是医生 我怎么知道? 零糖就零糖咯。要不要加珍珠 加珍珠比较好喝 顾客体验比较好"),
            c("珍珠很甜吗?", None),
            t("Auntie 珍珠当然甜啦 你要就加 不要就不要 那么多问题。还有什么需要吗?"),
            c("算了 我不要了 去别家买", None),
        ],
    ),
]
