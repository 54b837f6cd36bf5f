"""Ranked pairs f01-f10 (the sides share every turn except one fault in `worse` and the reaction to it), hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 Chengdu Qingyang, pharmacy, blood pressure monitor. Fault in worse: drops the price before asking anything.
_o = c("你好 那个电子血压计 有没有好点的", None)
_t2 = t("每天量的话 上臂式比手腕式准。阿姨手臂粗不粗？一般的袖带是二十二到三十二厘米")
_c2 = c("她有点胖 手臂粗 上次在社区量 袖带都扣不拢", None)
_t3 = t("那要配大号袖带。这款上臂式带大袖带 二百八十八 字大 一个按钮就能量。您要不要先在这儿自己试一下 看会不会用")
_c3 = c("二百八十八有点贵哦 网上一百多的都有", "too_expensive")
_t4 = t("网上一百多的也有 大多是手腕式或者只有标准袖带。您对比下袖带尺寸再买 买错了阿姨量不准")
PAIRS.append(rpair(
    "zhb64r_f01_chengdu_bp_monitor_discount",
    "女儿给高血压、手臂粗的母亲买电子血压计。worse 一开口就给一款没问过需求的血压计打折。",
    better=[
        _o,
        t("有的。是您自己用还是给家里老人用？"),
        c("给我妈买 她高血压 每天要量", None),
        _t2, _c2, _t3, _c3, _t4,
    ],
    worse=[
        _o,
        t("有 这款原价三百九 今天给您算三百二 再送一盒电池"),
        c("啊 我都还没说要哪种嘛 是给我妈买的 她高血压 每天要量", None),
        _t2, _c2, _t3, _c3, _t4,
    ],
))

# f02 Chongqing Jiefangbei, hotpot restaurant. Fault in worse: argues with the customer.
_o = c("老板 我们今晚六个人 有两个娃儿 上次来你们这儿微辣都把娃儿辣哭了", None)
_t2 = t("今晚给您上鸳鸯锅 清汤那边给娃儿。大人红汤要中辣还是微辣？")
_c2 = c("大人中辣。清汤那边能不能放点番茄 娃儿喜欢", None)
_t3 = t("可以 番茄清汤加十块。六个人的话 包间最低消费八百 大厅没有 您坐哪边？")
_c3 = c("大厅就行 包间八百我们六个人吃不完", None)
_t4 = t("好 六点大厅靠窗给您留起 儿童座椅也给您摆两个")
PAIRS.append(rpair(
    "zhb64r_f02_chongqing_hotpot_kids_spice",
    "一位妈妈订今晚六人火锅，上次微辣把娃儿辣哭了。worse 跟她争辩重庆火锅本来就该辣。",
    better=[
        _o,
        t("哎呀 不好意思 娃儿遭辣哭了。我们的微辣对娃儿来说确实还是辣 今晚注意"),
        c("就是 大人倒无所谓", None),
        _t2, _c2, _t3, _c3, _t4,
    ],
    worse=[
        _o,
        t("姐 重庆火锅本来就是辣的嘛 我们微辣已经是最不辣的了 外地人吃都没说啥子"),
        c("我又没说你们不正宗 娃儿吃不得辣 你跟我争啥子嘛", None),
        _t2, _c2, _t3, _c3, _t4,
    ],
))

# f03 Mianyang Linyuan Road, broadband for a new clothes shop. Fault in worse: unexplained jargon.
_o = c("你好 我在临园路新开了个服装店 要装个宽带 收银机要用", None)
_t1 = t("好的 恭喜开业。店里除了收银机 还有哪些要上网的？客人要不要连WiFi？")
_c1 = c("收银机 一个监控 客人WiFi最好也有 小姑娘进店都要问", None)
_t3 = t("收银不断网是最要紧的 装的时候师傅会把收银机单独接一根线。您哪天方便装？")
_c3 = c("这周在装修 下周一开业 最好这周五之前", None)
_t4 = t("周五上午装 师傅装完当场用收银机刷一笔 确认能收钱再走")
PAIRS.append(rpair(
    "zhb64r_f03_mianyang_shop_broadband_jargon",
    "一位新开服装店的老板要装宽带，收银机、监控和客人WiFi都要用，下周一开业。worse 用一串没解释的技术词回答。",
    better=[
        _o, _t1, _c1,
        t("三样都要连的话 用三百兆的商务宽带 装好分成两个网 一个给收银和监控 一个给客人用 客人那边连多了也不影响收银。一个月一百二 装机免费"),
        c("分开好 上次在别人店里就是客人连多了收银卡死。一百二还可以", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("那给您上三百兆商务宽带 光猫下挂AP 做个VLAN隔离 访客SSID单独走 再绑个固定IP 一个月一百二"),
        c("你说的啥子哦 啥子VLAN 我听不懂 我就想收银不断网", None),
        _t3, _c3, _t4,
    ],
))

# f04 Leshan / Emeishan, Golden Summit sunrise trip for a proposal. Fault in worse: over-promises.
_o = c("你好 我想报个峨眉山看日出的 准备在金顶跟女朋友求婚", None)
_t1 = t("哇 恭喜！打算哪天去？")
_c1 = c("下个月十五号 她生日那天", None)
_t3 = t("山顶酒店一晚六百 加车费索道 两个人一晚的话一共两千一左右")
_c3 = c("两千一还可以 我再看下天气预报 下周定", "think_it_over")
_t4 = t("好 山顶的房我先给您留三天 不收定金")
PAIRS.append(rpair(
    "zhb64r_f04_leshan_emei_sunrise_proposal",
    "一个小伙想在女朋友生日那天在峨眉山金顶看日出求婚。worse 打包票说一定看得到日出云海。",
    better=[
        _o, _t1, _c1,
        t("日出云海要看天 十一月金顶看得到日出的大概一半一半。您可以十四号就住到山顶 十五号看不到 十六号早上还有一次 求婚也不一定非要等日出"),
        c("一半哦 那还是有点悬 住不住两晚我要想下", "think_it_over"),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("放心 我们团从来没落空过 包您看到日出云海 求婚绝对成功"),
        c("这么凶 那要得 好多钱嘛", None),
        _t3, _c3, _t4,
    ],
))

# f05 Chengdu Tianfu Avenue, tyre shop. Fault in worse: doubts the customer's honesty.
_o = c("师傅 上周在你们这儿换的轮胎 今天早上发现瘪了", None)
_t1 = t("我看下……是左前这个。这周有没有跑过工地 或者路上压到啥子东西？")
_c1 = c("没有跑工地 就是上下班 天府大道那段", None)
_t3 = t("找到了 胎面扎了颗螺丝钉 不是轮胎质量问题 补一下就好 不收钱")
_c3 = c("那就好 我还以为又要花一千多", None)
_t4 = t("补好了 气压也调好了。您开起走 路上看下仪表胎压正不正常")
PAIRS.append(rpair(
    "zhb64r_f05_chengdu_flat_tyre_receipt",
    "一位车主上周在店里换的轮胎今天瘪了。worse 怀疑他拿别家的胎来冒充，想白换一条。",
    better=[
        _o, _t1, _c1,
        t("好 我拆下来泡水找漏点 十五分钟。如果是轮胎本身或者我们装的问题 免费换 扎了钉子的话补一下也不收钱"),
        c("要得 我在这儿等", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("你确定是在我们这儿换的哦？好多人拿别家的胎来说是我们换的 想白换一个"),
        c("单子在这儿 你自己看嘛 我骗你做啥子", None),
        _t3, _c3, _t4,
    ],
))

# f06 Chongqing Nan'an, loyalty software for three noodle shops. Fault in worse: a vague next step.
_o = c("你好 我们三家小面店 想搞个会员积分 你们系统能不能做", None)
_t1 = t("可以做。您现在会员是咋个管的？大概有好多老客人？")
_c1 = c("就是纸卡片 吃十碗送一碗 估计两千多个老客人 但是卡片经常搞丢", None)
_t2 = t("那换成手机上的 客人扫码就积分 不用带卡 三家店通用 一年一千八。您最关心的是哪块？")
_c2 = c("最关心老客人手上那两千多张纸卡咋个转过来 不能让人家觉得吃亏了", None)
PAIRS.append(rpair(
    "zhb64r_f06_chongqing_noodle_loyalty_app",
    "三家小面店的老板想把纸质集点卡换成手机会员积分，最担心两千多个老客人的纸卡怎么转过来。worse 的下一步是含糊的“回去研究，有消息通知您”。",
    better=[
        _o, _t1, _c1, _t2, _c2,
        t("这个能做：客人下次来扫码 报下纸卡上的碗数 店员手动补进去 系统有个补录按钮。周四下午三点我到您总店演示一遍 顺便把补录流程教给店员 您看合适不？"),
        c("周四下午可以 三点店里人少", None),
    ],
    worse=[
        _o, _t1, _c1, _t2, _c2,
        t("纸卡这个问题我们回去研究一下 有方案了再通知您"),
        c("那要好久嘛 你们想好了再说吧 我也不急", "brush_off"),
    ],
))

# f07 Chengdu Guanghuacun, second-hand flat listing. Fault in worse: an unasked lecture.
_o = c("你好 我想把我在光华村那套房子挂出来卖 你们看下大概能卖好多", None)
_t1 = t("好的。房子好大 几楼 哪年的？")
_c1 = c("八十七平 六楼 带电梯 二零一二年的", None)
_t2 = t("那个小区最近三个月成交了四套 类似户型一万四到一万五一平 您这套大概一百二十万到一百三十万。您是着急卖还是可以等一等？")
_c2 = c("有点急 我下个月调到重庆上班 想三个月内卖掉", None)
PAIRS.append(rpair(
    "zhb64r_f07_chengdu_flat_listing_lecture",
    "一位业主下个月调去重庆工作，想三个月内卖掉光华村的房子，来问能卖多少。worse 没被问就给他上了一课“不该卖、该租出去”。",
    better=[
        _o, _t1, _c1, _t2, _c2,
        t("三个月的话 挂一百二十六万比较稳 留点谈价空间。您人在重庆 钥匙可以放我们这儿 看房我们带 签合同时您回来一趟 或者办个委托公证"),
        c("钥匙放你们这儿可以 委托公证要咋个办", None),
    ],
    worse=[
        _o, _t1, _c1, _t2, _c2,
        t("说句实在话 我劝您莫卖 现在这个行情卖就是亏 成都房子长期肯定涨 您应该租出去 年轻人要有长远眼光 不要轻易卖资产"),
        c("我问你能卖好多 又没问你该不该卖 我是要用钱", None),
    ],
))

# f08 Mianyang Youxian, motorcycle won't start. Fault in worse: closes before checking the thing works.
_o = c("师傅 我这个摩托打不燃 按了半天启动都没反应", None)
_t1 = t("我看下……电瓶电压只有十一伏 亏电了。你这个车好久没骑了？")
_c1 = c("过年回老家 放了一个多月 回来就打不燃了", None)
_t2 = t("放一个多月亏电正常。电瓶用了三年了 充也充得起来 但冬天容易再亏。换新的一百八 充电二十 你自己选")
_c2 = c("先充电嘛 换的话这个月开销大 等下个月再说", "no_money")
PAIRS.append(rpair(
    "zhb64r_f08_mianyang_motorbike_battery_check",
    "一位车主的摩托过年放了一个多月打不燃，电瓶亏电；他这个月手头紧只想先充电。worse 收钱前不充好试车，直接让他扫码。",
    better=[
        _o, _t1, _c1, _t2, _c2,
        t("要得 充一个小时。充好了当你面打一下 再骑出去跑一圈 跑完电压还在十二伏以上就没问题 要是又掉了 就是电瓶不行了 到时候再说"),
        c("好 那我一个小时后来", None),
    ],
    worse=[
        _o, _t1, _c1, _t2, _c2,
        t("要得 充电二十 你先扫码 一个小时后来推车就是了"),
        c("你都还没充好试一下哦 我骑到半路又熄火咋个办", None),
    ],
))

# f09 Leshan, private dermatology clinic, teenage acne. Fault in worse: recommends before asking.
_o = c("医生 我女娃儿脸上长痘痘 长了一年多了 想来看下", None)
_t1 = t("好 妹妹坐过来我看下。主要长在哪些地方？痛不痛？")
_c1 = c("额头和下巴多 有些红肿的 挤了会痛", None)
_t3 = t("先不急着做项目。红肿带痛的是炎症性的 先开个外用药涂四周 洗面奶换成温和的 四周后复诊再看要不要做别的")
_c3 = c("外用药好多钱 医保能报不", None)
_t4 = t("药六十多。我们是民营的 医保报不了 您也可以拿处方去外头药房买")
PAIRS.append(rpair(
    "zhb64r_f09_leshan_teen_acne_clinic",
    "一位妈妈带长了一年多痘痘的女儿来民营皮肤科；女儿在网上买过药膏越涂越红，月经前会加重。worse 看一眼就推六次两千八的光子加果酸疗程。",
    better=[
        _o, _t1, _c1,
        t("有没有自己在网上买过药膏涂？平时用啥子洗脸？来月经前后会不会更严重？"),
        c("网上买过一个药膏 越涂越红 洗面奶是同学推荐的祛痘的 来月经前确实要多几颗", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("这种情况做我们的光子加果酸焕肤 一个疗程六次 两千八 效果很好"),
        c("两千八哦 你都还没问她咋个回事 就要做这么贵的", "too_expensive"),
        _t3, _c3, _t4,
    ],
))

# f10 Chongqing Guanyinqiao, accounting exam course. Fault in worse: talks about themselves.
_o = c("你好 我想问下初级会计的班 我零基础 能考过不", None)
_t1 = t("零基础考过的很多。您现在做啥子工作？每天能挤出好多时间学？")
_c1 = c("我在超市做收银 下了班要管娃儿 一天最多一个小时 周末能多点", None)
_t3 = t("学费一千二 包含直播 录播和题库 没考过下一年免费重学")
_c3 = c("一千二 我要跟我老公商量下 这个月娃儿刚交了学费", "think_it_over")
_t4 = t("可以。先免费试听两节 看跟不跟得上 跟得上再交")
PAIRS.append(rpair(
    "zhb64r_f10_chongqing_accounting_course",
    "一位超市收银员零基础想考初级会计，下班要带娃，一天最多一小时。worse 大谈自己当年怎么考过的。",
    better=[
        _o, _t1, _c1,
        t("一天一小时 周末多学点 明年五月考的话时间够 但要从现在开始。我们有晚上九点的直播 录播也能回看 您娃儿睡了再看"),
        c("九点可以 娃儿八点半就睡了", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("我跟您说 我当年也是零基础 白天上班晚上学 三个月就考过了 后来又考了中级 现在在这儿当老师 我自己就是最好的例子"),
        c("哦 那你厉害 但我一天就一个小时 跟你不一样哦", None),
        _t3, _c3, _t4,
    ],
))
