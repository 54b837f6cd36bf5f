"""Ranked pairs d01-d10: two decent conversations with the same customer; `better` is better in a way a
sales coach would agree with. Written by hand, in simplified Chinese."""
from common import c, rpair, t

PAIRS = []

# d01 -- Yiwu freight forwarder: better digs into the deadline and the factory's delays
o = c("你好 我想要个报价 义乌到波兰 海运 一个四十尺柜", None)
PAIRS.append(rpair(
    "zhb3r_d01_yiwu_freight",
    "An Yiwu trader exporting Christmas decorations asks a freight forwarder in August for a sea-freight quote to Poland.",
    better=[o,
            t("好的 整柜对吧 货是什么 圣诞用品吗 您客户那边最晚什么时候要到"),
            c("对 圣诞灯串 装饰品 客户说十一月中之前要到仓库 不然就过季了", None),
            t("十一月中到 那时间是关键 海运到格但斯克现在四十五天左右 加上清关送仓 最晚九月二十号要开船 您的货什么时候能好"),
            c("九月十号左右吧 工厂说的 不过工厂老是拖", None),
            t("那我给您两手准备 海运直达一万一千八 舱位可以免费改到二十五号 要是工厂拖过二十号 我们切中欧班列 二十五天到 贵四千左右 您看这样稳不稳"),
            c("这个好 我就怕赶不上 你先帮我订着", None),
            t("好 今天订 舱位确认了发您 九月十五号我问您一次工厂进度")],
    worse=[o,
           t("好的 四十尺整柜 义乌到格但斯克 现在一万一千八 船期每周三 您什么时候要走"),
           c("九月十号左右吧 客户说十一月中要到", None),
           t("没问题 正常四十五天左右 九月中开船 十一月初就到了 我给您订九月十七号那班 可以吗"),
           c("行吧 工厂那边我再催催", None),
           t("好的 您把装箱单发我 我这边订舱 有问题随时联系"),
           c("好", None)]))

# d02 -- Chengdu hotpot base factory rep: better finds what the owner protects (his own flavour)
o = c("你们那个底料我看了 但说实话我们店是自己炒料 不太想用外头的", None)
PAIRS.append(rpair(
    "zhb3r_d02_chengdu_hotpotbase",
    "A sales rep from a hotpot-base factory visits the owner of a new Chengdu hotpot restaurant who fries his own soup base.",
    better=[o,
            t("自己炒料好啊 味道是您店的招牌 我不是来劝您别炒的 想问一下 现在炒一次料要多久 是哪个在炒"),
            c("我自己炒 一礼拜两回 一回大半天 累得很 但味道要自己把控", None),
            t("那您最看重的是味道在自己手上 累是其次 我们可以按您的配方代工 您来厂里尝 不对不出货 签保密协议 您每礼拜省出两个半天"),
            c("配方给你们 我有个朋友就是这么搞的 后来满大街都是他那个味道", "bad_experience"),
            t("这个顾虑很实在 那就只代工底子 最后那几味香料您自己下 核心那一下还在您手头 先拿五十斤试一回 跟您自己炒的盲尝对比"),
            c("这个可以试一下 五十斤好多钱", None),
            t("按您用的牛油和辣椒来算 您把现在的采购单价给我 我明天给您回个代工价")],
    worse=[o,
           t("理解 不过我们底料好多店都在用 味道稳定 省人工 要不您先尝一下我们的样品"),
           c("样品可以放这 但我们客人就是冲着我们炒的味道来的", "no_need"),
           t("我们也可以按您的口味调 加麻 加辣 您说要啥样都能调"),
           c("调是能调 那总不是我自己的嘛 我再想想", "think_it_over"),
           t("好的 样品我放这 您炒料累的时候试试 有需要给我打电话"),
           c("要得", None)]))

# d03 -- Taipei hearing-aid shop: better finds the real cost to the father (skipping tea with friends)
o = c("我女儿硬要我来 我耳朵没问题啦 是她讲话太小声", "no_need")
PAIRS.append(rpair(
    "zhb3r_d03_taipei_hearingaid",
    "A Taipei woman brings her 82-year-old father to a hearing-aid shop; he insists his hearing is fine.",
    better=[o,
            t("阿伯 来都来了 坐一下喝杯茶 我不卖您东西 只是好奇 平常跟人讲话 什么时候最容易听不清楚 在家里 还是外面吃饭人多的时候"),
            c("吃饭人多的时候啦 大家都在讲 我就不知道他们在讲什么 就不讲话了", None),
            t("很多人都这样 餐厅的背景声最难 那您会不会因为这样 比较不想出去跟朋友吃饭"),
            c("有一点啦 以前礼拜天都去跟老朋友喝茶 现在比较少去了", None),
            t("那我们先做个免费的听力检查 十五分钟 做完不管结果 您都可以回家 如果真的有退化 也可以先借一台戴两个礼拜 去跟老朋友喝茶的时候试试看"),
            c("借的喔 不用钱喔 那做做看好了", None),
            t("不用钱 我们进去检查室 女儿也一起来")],
    worse=[o,
           t("阿伯 很多老人家都这样讲 其实听力退化是慢慢来的 自己不太会发现 我们先做个检查好不好 免费的"),
           c("检查可以啦 可是那个助听器很贵 我朋友买了三万多 戴起来一直有杂音 后来就放抽屉了", "bad_experience"),
           t("现在的机种比以前好很多 杂音都有处理 也有两万以下的 我们先检查看看"),
           c("好啦 检查就检查 不过要快一点喔 我三点还要去看医生", "no_time"),
           t("十五分钟就好 请往这边走"),
           c("嗯", None)]))

# d04 -- Kunming-area drone spraying: better checks the terrain before quoting
o = c("喂 你们是那个打药的无人机吗 我家一百二十亩烟叶 喷一遍好多钱", None)
PAIRS.append(rpair(
    "zhb3r_d04_kunming_drone",
    "A tobacco farmer in Songming near Kunming asks a drone crop-spraying service for a price; his field is on a hillside.",
    better=[o,
            t("是的 大叔 一百二十亩 地是平地还是坡地 有没有电线 高压线 树多不多"),
            c("坡地 有一边挨着高压线 还有几棵核桃树", None),
            t("坡地和高压线那边要手动飞 慢一点 平地一亩十二 您这种可能要十五 我得先去看一下 这回是打虫还是打病"),
            c("叶子上起斑 农技站的说是赤星病 药我自己买好了", None),
            t("药您有 我们只收飞防费 明天上午我过去看地 把高压线那边标出来 看完再定价 那块太危险的话建议人工背着打 那块不收您钱"),
            c("那你明天来嘛 十块十五块都好说 就怕你们打不匀", None),
            t("打完给您看飞行轨迹图 哪里漏了一看就晓得 漏了免费补")],
    worse=[o,
           t("一亩十二 一百二十亩一千四百四 药您自己准备还是我们带"),
           c("药我有 一千四有点多 我请人背着打也就一千", "too_expensive"),
           t("人背要好几天 我们一天打完 还打得匀 算下来其实差不多"),
           c("那也是 那你们哪天能来", None),
           t("后天可以 到时候给您打电话"),
           c("好嘛", None)]))

# d05 -- Hong Kong rental agent: better asks where they work and warns about upfront costs
o = c("你好 我们想租个房子 两个人住 一万五一个月以内", None)
PAIRS.append(rpair(
    "zhb3r_d05_hongkong_rental",
    "A young couple from Shenzhen who just got jobs in Hong Kong walk into a property agency in Tsuen Wan looking for a flat.",
    better=[o,
            t("好的 一万五以内 请问两位在哪里上班 每天怎么去"),
            c("我在中环 他在科学园 沙田那边", None),
            t("一个南一个北 荃湾去中环地铁三十多分钟 去科学园要转车 差不多一个钟 想两个人都平均一点 大围一带会好些 一万五在大围能租到四百多呎两房 你们比较在意上班时间还是房子大小"),
            c("嗯 这个我们还没想过 以为荃湾便宜一点", None),
            t("荃湾是便宜一点 同样的钱大概大五十呎 今天我先带你们看两个荃湾的 再介绍一个大围的同事 你们比较一下 另外签约一般要两个月按金加一个月上期 预算要预好"),
            c("两个月按金 那一开始要付四万多 我们要算一下", "think_it_over"),
            t("对 很多刚来香港的都没预到这个 你们算好再跟我讲 今天看房不收钱")],
    worse=[o,
           t("一万五以内荃湾有好多 我这有几个两房的 一万三到一万五 你们今天有空吗 可以马上去看"),
           c("今天不行 我们下午要去开银行户口 明天可以吗", "no_time"),
           t("明天也可以 这个是新装修的 四百呎 一万四千八 楼下就是地铁站 很方便"),
           c("听起来不错 那明天去看看吧", None),
           t("好 明天早上十点 我在这里等你们"),
           c("好", None)]))

# d06 -- Xi'an postgraduate-exam tutoring: better finds she may not want to sit the exam at all
o = c("老师 我想问一下你们那个考研全年班 多少钱", None)
PAIRS.append(rpair(
    "zhb3r_d06_xian_kaoyan",
    "A third-year accounting student at a Xi'an university asks a postgraduate-exam tutoring company about its full-year course.",
    better=[o,
            t("全年班一万二 不过先问一下 你大几了 考哪个专业 本专业还是跨考"),
            c("大三 本专业 会计 其实我还没想好考不考 我爸妈想让我考 我自己想先工作", None),
            t("那这个比报什么班更重要 你自己不想考 报了班也很难坚持一年 你想工作是想做什么 还是就是不太想再读书了"),
            c("想去事务所 但听说现在四大也不好进 研究生都在抢", None),
            t("这是实情 这样 你先别急着报全年班 我们有个两百块的测评 加一次一对一规划 把考研和就业两条路的时间线排出来 你拿回去跟爸妈一起看 真要考 九月前报都来得及"),
            c("那我先做测评吧 一万二我也得跟家里要", None),
            t("好 测评这周六有 你带上成绩单来")],
    worse=[o,
           t("全年班一万二 包括基础 强化 冲刺和一对一答疑 你考什么专业"),
           c("会计 本专业", None),
           t("会计我们老师很强 去年班上上岸率百分之六十多 现在报名还有早鸟价 一万零八百"),
           c("一万零八百也不少啊 我一个学生哪有这么多钱 而且我还没想好考不考", "no_money"),
           t("可以分期的 早鸟价到月底 想好了找我 我加你微信发你课表"),
           c("好", None)]))

# d07 -- Kuala Lumpur accounting software: better checks whether she needs to buy anything yet
o = c("你好 我听说现在要做那个电子发票了 我的小蛋糕店是不是也要 要买你们的软件吗", None)
PAIRS.append(rpair(
    "zhb3r_d07_kualalumpur_einvoice",
    "A Malaysian Chinese woman who runs a small bakery in Kuala Lumpur asks a software reseller about e-invoicing software.",
    better=[o,
            t("你好 先看一下你需不需要 你的店一年营业额大概多少 是不是每个客人都要单据"),
            c("一年大概四十万令吉左右吧 大部分是散客 有几家咖啡店固定跟我拿 他们每个月要单", None),
            t("四十万的话 按现在的时间表你是明年才开始 不是马上 散客可以每个月合并开一张 主要是那几家咖啡店要逐张开 你现在单据怎么做的"),
            c("我自己用Excel打 打印出来给他们 账是我老公周末在弄", None),
            t("那你要的就是开单连上税务局系统 不用全套会计 我们基本版一个月六十九令吉 也有政府的免费平台 但每张要自己上去打 你一个月开多少张"),
            c("咖啡店那些一个月三十张左右吧 嗯 六十九 我要问我老公", "think_it_over"),
            t("三十张的话 政府免费平台其实也可以 一张两三分钟 你先用免费的 觉得麻烦再来找我 步骤我发给你")],
    worse=[o,
           t("对 现在大家都要慢慢做了 我们的软件可以直接连税务局 开单 记账 报税都可以 一个月一百二十九令吉"),
           c("一百二十九 有点贵咧 我只是小店", "too_expensive"),
           t("还有基本版 六十九令吉 只有开单跟简单记账 小店够用了"),
           c("六十九 嗯 你先发个资料给我看看吧", "brush_off"),
           t("好的 资料我发给你 你看了有问题联络我"),
           c("好 谢谢", None)]))

# d08 -- Nanning bank business loan: better sequences approval before the lease and sizes the gap honestly
o = c("你好 我想贷点款开个分店 你们这个经营贷要什么条件", None)
PAIRS.append(rpair(
    "zhb3r_d08_nanning_loan",
    "The owner of a laoyou rice-noodle shop in Nanning asks at a bank about a business loan for a second shop.",
    better=[o,
            t("您好 先了解一下 您店开了多久 想贷多少 打算什么时候开分店"),
            c("开了四年了 老友粉 想贷三十万 下个月就想签铺面", None),
            t("四年的店 流水是走银行卡还是微信支付宝 这个决定能贷多少"),
            c("大部分是微信收款码 一个月十来万流水 个人的码", None),
            t("个人收款码的流水能认 要导出一年账单 审批两到三周 我建议先申请 额度批下来再签铺面 不然签了钱没到很被动 您有没有房子可以抵押 利率差很多"),
            c("房子有 但我老婆不同意拿房子去抵押", "think_it_over"),
            t("那就走信用的 利率高一点 年化四点五左右 三十万可能批二十万上下 差的部分您得想想从哪补 我先帮您测个额度 不上征信 看了再决定")],
    worse=[o,
           t("经营贷要营业执照 一年以上流水 征信良好 年化四点五左右 最高五十万"),
           c("流水都是微信收的 行不行", None),
           t("可以的 导出来就行 您把资料准备好来网点提交 审批两到三周"),
           c("两三周 我下个月就要签铺面了", "no_time"),
           t("时间上应该来得及 您尽快准备资料"),
           c("行 那我回去弄", None)]))

# d09 -- Wenzhou shoe machinery: better checks how often styles change before claiming payback
o = c("你们那个自动刷胶机 我在展会上看过 一台多少钱", None)
PAIRS.append(rpair(
    "zhb3r_d09_wenzhou_shoemachine",
    "The production manager of a Wenzhou women's-shoe factory short of workers asks an equipment rep about an automatic sole-gluing machine.",
    better=[o,
            t("标准款二十六万 不过要看您厂里的鞋型 现在刷胶几个人 做什么鞋 款换得勤不勤"),
            c("六个人刷胶 做女鞋 款换得勤 一个月十几个款 工人招不到 过年回去一半不回来", None),
            t("换款勤是关键 机器换一个款要重新编程 半个钟头 要是一天换好几回 机器就没优势了 您一天大概换几回"),
            c("一天最多两回吧 大货一做就是几千双", None),
            t("那适合 一台能顶四个人 留两个人做小单补胶 按现在工资一年半左右回本 您拿最难刷的那双鞋来我们厂试 试好了再谈价"),
            c("行 下礼拜拿几双样品过去 二十六万还得老板点头", "think_it_over"),
            t("好 试完我把效率数据整理一份 您拿给老板看 比我去讲有用")],
    worse=[o,
           t("标准款二十六万 一台顶四个工人 胶量均匀 省胶百分之二十 温州好多鞋厂都在用"),
           c("二十六万 贵了 我看别家有十八万的", "too_expensive"),
           t("十八万的是半自动的 我们是全自动视觉识别 不一样 您可以来我们厂看看"),
           c("行吧 有空过去看看", "brush_off"),
           t("好的 我发您地址"),
           c("嗯", None)]))

# d10 -- Harbin winter tour (WeChat chat with a Guangzhou family): better plans around the grandparents and the cold
o = c("你好 想问下哈尔滨冰雪大世界加滑雪的团 一家五口 有老人有小孩", None)
PAIRS.append(rpair(
    "zhb3r_d10_harbin_ski",
    "A family from Guangzhou messages a Harbin travel company about a winter trip with a seven-year-old and two grandparents.",
    better=[o,
            t("您好 老人多大年纪 小孩几岁 滑过雪没有 你们是南方过来的吧"),
            c("广州的 老人六十八和七十 小孩七岁 都没滑过 老人肯定不滑", None),
            t("老人不滑的话 雪场那天在外面站一天很冷 滑雪只排半天 给孩子请教练 老人在休息大厅等 冰雪大世界晚上零下三十度 老人最多待一个半小时 你们有厚羽绒服和雪地靴吗"),
            c("没有 广州哪用得上这些 买了穿一次就不穿了", None),
            t("可以租 合作的店大衣加靴子一套一天三十 送到酒店 按这样排五天四晚 一家五口大概一万六 老人每天都是半天行程 这个节奏可以吗"),
            c("一万六 比我看的那个团贵两千 我跟我老公商量一下", "think_it_over"),
            t("好 那个团您可以对比一下每天几点出发 有没有给老人休息的时间 发我看看也行 我帮您对")],
    worse=[o,
           t("有的 我们五天四晚家庭团 冰雪大世界 亚布力滑雪 雪乡 一家五口一万四 含住宿门票"),
           c("老人能跟着滑雪吗 他们七十了", None),
           t("老人可以在雪场玩雪圈或者休息 不一定要滑 小孩可以请教练 一小时三百"),
           c("嗯 那还好 我跟我老公商量一下", "think_it_over"),
           t("好的 您商量好跟我说 名额有限哦"),
           c("好的", None)]))
