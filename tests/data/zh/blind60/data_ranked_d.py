"""Ranked pairs d01-d10 (two decent conversations; `better` is better), hand-written by the zh_blind60 writer."""
from common import c, rpair, t

PAIRS = []

# d01 Changchun, car dealer: two SUVs, 30,000 yuan apart
_o = c("你好 我在你家这款和隔壁那个国产的之间犹豫 人家便宜三万呢", "too_expensive")
PAIRS.append(rpair(
    "zhb60r_d01_changchun_suv_compare",
    "A buyer is torn between the dealer's 4WD SUV and a cheaper domestic 2WD rival. Better asks how the car will be used (weekly trips on unploughed village roads) and offers a snow-slope test; worse argues resale value and throws in insurance without learning the use.",
    better=[
        _o,
        t("三万不是小数。您先说说 买这车主要咋用？市里上下班 还是常跑长途 山路？"),
        c("平时市里 一到周末就回舒兰我爸妈家 屯里那道冬天没人扫雪 上回我那轿车就卡沟里了", None),
        t("那关键是冬天的雪路。隔壁那款是两驱 我家这款是适时四驱。要是光市里跑 那款真够用 省三万挺好；您每礼拜都走没扫雪的屯路 上坡 雪窝子里差别就大了。这礼拜下雪了 我带您上净月那边的坡 两驱四驱都试试？"),
        c("那行 不过三万我还是心疼", "too_expensive"),
        t("理解。试完要觉得差别不大 您就买那款 我不拦着；觉得差别大 咱再聊价 我看看保险保养能给您折点啥。"),
        c("中 下雪了你给我打电话", None),
    ],
    worse=[
        _o,
        t("三万差价是有 但我们这款是合资品牌 发动机成熟 保值率高 三年后卖二手能多卖两万多 这么一算差价就剩一万了。"),
        c("保值率我倒没想过", None),
        t("另外我们这款是适时四驱 冬天雪地好开 安全配置还多俩气囊。您今天要是定 我能申请送一年保险。"),
        c("嗯 送保险是挺好 我还是再比比", "think_it_over"),
        t("没问题 您先比 这是我电话 有啥问题随时问我。"),
        c("行", None),
    ],
))

# d02 Harbin, windows frosting up after six years
_o = c("喂 我家窗户一到冬天就上霜 玻璃底下全是水 是不是得换窗户了 才装六年", None)
PAIRS.append(rpair(
    "zhb60r_d02_harbin_window_frost",
    "A householder thinks six-year-old windows must be replaced because of frost and condensation. Better finds the humid bedroom (drying clothes, a humidifier) and suggests a free test and cheap seals first; worse quotes a competent but unneeded replacement.",
    better=[
        _o,
        t("您好。装六年按说不该坏。先问问 是所有窗户都这样 还是个别屋？屋里平时潮不潮 养花晾衣服多不？"),
        c("主要是卧室和厨房 卧室我晾衣服 还开个加湿器 孩子嗓子干", None),
        t("那可能不是窗户坏了 是屋里潮气大 凉玻璃一挨就结。您先试一礼拜 衣服别在卧室晾 加湿器开小点 看霜少不少。还一样的话 我上门看看密封胶条 胶条老了换一套几百块 不用换整窗。"),
        c("啊 那我先试试 换窗户我本来也舍不得", None),
        t("对 先试不花钱的。下礼拜五我给您打电话问问咋样 还不行就约上门。"),
        c("中 那你打吧", None),
    ],
    worse=[
        _o,
        t("您好。装六年的窗户 胶条和五金件也到年头了 结霜说明保温不行了。我们现在的三玻两腔 保温比您那种好很多 一扇两千左右。"),
        c("两千一扇 我家六扇 那不一万二了 有点贵啊", "too_expensive"),
        t("也可以先换结霜最厉害的那两扇 四千 剩下的明年再说。我明天上门量一下？"),
        c("那先量量吧", None),
        t("好 明天下午两点到三点之间 我带样品过去。"),
    ],
))

# d03 Dalian, scallop supply for a seafood stall
_o = c("你好 我是开海鲜排档的 想换个扇贝供货的 你们虾夷贝啥价", None)
PAIRS.append(rpair(
    "zhb60r_d03_dalian_scallop_supply",
    "A seafood-stall owner shops for a new scallop supplier. Better learns the dish (garlic steamed, so medium size will do), that late delivery is the real pain, and proposes weekends only as a trial; worse gives a fair price and a trial without finding the delivery problem.",
    better=[
        _o,
        t("您好。价得看规格。您店里扇贝主要做啥菜？蒜蓉粉丝蒸还是烧烤？一天走多少？"),
        c("蒜蓉蒸的多 一天二三十斤 周末能到五十斤。现在那家价还行 就是老晚送 中午上客了货还没到", None),
        t("那送货时间比价钱还要紧。蒜蓉蒸用中个的就行 不用大个 一斤能省两块。我们早上七点前能送到黑石礁那片 您店在哪？"),
        c("就在黑石礁 不过我跟现在那家处好几年了 一下子全换不合适", "no_need"),
        t("不用全换。先周末两天从我这儿走 平时还用他家 一个月下来您比比送货和成色。"),
        c("这个行 那这礼拜六先送五十斤", None),
    ],
    worse=[
        _o,
        t("您好。虾夷贝现在中个的十二一斤 大个的十四 量大还能让点。我们每天早上配送 市内几个区都到。"),
        c("十二 比我现在拿的便宜一块", None),
        t("对 我们是自家养殖场直供 货源稳。您一天要多少？"),
        c("二三十斤 周末多点 不过我跟现在那家处好几年了", "no_need"),
        t("理解 您可以先拿点试试 不满意随时停。这礼拜我给您送一回样？"),
        c("行 送点看看吧", None),
    ],
))

# d04 Shenyang, hydraulic cylinders for a state fan works tender
_o = c("你好 我们厂要采购一批液压油缸 下个月招标 你们能报个价不", None)
PAIRS.append(rpair(
    "zhb60r_d04_shenyang_cylinder_tender",
    "A buyer at a state fan works invites a quote for a tender. Better asks how bids are scored and learns the last supplier's cylinders leaked, so it builds the bid on seals and asks to reach the workshop head; worse is prompt and professional but just waits for drawings.",
    better=[
        _o,
        t("能报。为了报得准 想问问 这批缸用在啥设备上？评标主要看价格 还是技术分占得多？"),
        c("用在风机的调节机构上 技术分占六成。上回中标那家的缸用了半年就漏油 车间主任骂了好几回", None),
        t("那这回技术组肯定盯着密封和寿命。报的时候我们把密封件品牌 耐久试验报告都附上 写明漏油包换的期限。能不能让我跟车间主任聊聊 问问上回漏在哪儿？"),
        c("主任贼忙 一般不见供应商", "no_time"),
        t("那我把几个问题列个单子 您方便时帮着问一嘴 十分钟的事。答案我用在技术方案里 对您评标也有好处。"),
        c("这个行 你发我微信", None),
    ],
    worse=[
        _o,
        t("能报。您把图纸和技术要求发我 规格 数量 交期都写上 我三天内出正式报价 附上资质证书和业绩表。"),
        c("行 交期要求四十五天", None),
        t("四十五天没问题 标准缸一般三十天 非标的四十天左右。我们给沈阳好几家国企供过货 业绩材料我一块儿附上。"),
        c("好 那你等我发图纸吧", None),
        t("好的 收到图纸我第一时间报。"),
    ],
))

# d05 Bei'an, grain dryer for a farm cooperative
_o = c("你好 俺们合作社想上个烘干塔 两千来亩苞米大豆 今年湿粮卖不上价", None)
PAIRS.append(rpair(
    "zhb60r_d05_beian_grain_dryer",
    "A cooperative head in Heilongjiang asks about a grain dryer. Better quantifies the loss, hears there is no money and members disagree, and offers a low-risk step: visit a nearby cooperative's dryer and rent drying this year; worse explains subsidy and loans and pushes an October deadline.",
    better=[
        _o,
        t("两千亩湿粮卖不上价 那是真亏。现在湿粮咋处理 直接卖粮库还是晾？一年大概多少吨？"),
        c("直接卖 水分高扣得狠 一吨少卖二百多 一年怕有一千五百吨", None),
        t("一千五百吨 一吨少二百 一年差三十来万。日烘一百吨的塔带安装一百二十万上下 还得有场地 有三相电。你们那有三相电不？"),
        c("电有。一百二十万 合作社账上没这么多 得贷款 社员也有不乐意的", "no_money"),
        t("那先别急着上。离你们三十公里那个合作社去年上了一台 我带你和几个社员去看看 问问人家一年到底省多少 电费多少。今年着急的话 先找他们代烘 一吨几十块 先把今年的粮处理了。"),
        c("这个好 让社员自己看看 比我说一百句都强", None),
    ],
    worse=[
        _o,
        t("湿粮确实亏。我们日烘一百吨的塔一百二十万 能烘苞米大豆 一年一千五百吨左右正合适。国家有农机补贴 能补三成。"),
        c("补完还得八十多万 合作社账上没这么多", "no_money"),
        t("可以办农机贷 我们跟农商行有合作 首付三成 三年还清。十月前签还能赶上秋粮。"),
        c("我得回去开会 社员得同意", "think_it_over"),
        t("好 方案和贷款材料我给您整理一份 开会的时候用。"),
    ],
))

# d06 Shenyang, hospital rehabilitation after a stroke
_o = c("大夫 我这脑梗出院俩月了 左腿还是不得劲 听说你们这儿能做康复 咋弄", None)
PAIRS.append(rpair(
    "zhb60r_d06_shenyang_stroke_rehab",
    "An elderly stroke patient asks about rehabilitation. Better sets the goal in his words (walk downstairs to the morning market alone) and works round his daughter's job with home exercises; worse lists the packages clearly and offers inpatient care he does not want.",
    better=[
        _o,
        t("大爷 您坐 慢慢说。您现在自己能走多远？最想先能干点啥？"),
        c("拄拐在屋里能走 下楼费劲。我就想能自己下楼上早市买个菜 老让闺女送也不是事儿", None),
        t("那咱的目标就是自己上下楼 走到早市。康复一般一礼拜三回 一回一个钟头 先练站稳 再练上台阶。一个疗程一个月 医保报完自己掏一千出头。"),
        c("一礼拜三回 我闺女上班 没人送我", "no_time"),
        t("那就排在您闺女休息那天来一回 剩下的让治疗师教您几个在家练的动作 我画在纸上 您贴墙上天天练 两礼拜来复查一回。"),
        c("这个中 在家练我能坚持", None),
    ],
    worse=[
        _o,
        t("您好。康复科有三种：基础的一礼拜两回 强化的一礼拜三回 还有住院康复。您出院俩月 建议强化的 一个疗程一个月 医保报完自己掏一千出头。"),
        c("一礼拜三回 我闺女上班 没人送我", "no_time"),
        t("那可以选基础的 一礼拜两回 效果慢点也行。或者考虑住院康复 不用来回跑。"),
        c("住院就算了 我再跟闺女商量商量", "think_it_over"),
        t("好的 商量好了来预约就行 挂康复科的号。"),
    ],
))

# d07 Changchun, air-source heat pump for a bathhouse
_o = c("你好 我在长春开洗浴 燃气费太贵了 听说你们空气能热泵能省一半 真的假的", None)
PAIRS.append(rpair(
    "zhb60r_d07_changchun_bathhouse_heatpump",
    "A bathhouse owner asks whether a heat pump really halves gas bills. Better is honest that at minus 25 the gas boiler must still carry the coldest weeks, gives a realistic 30-40% saving and offers real meter readings at a reference site; worse repeats the 'half' claim, which meets an old scar.",
    better=[
        _o,
        t("得看情况 不能光听一半这个数。您那儿一天用多少热水？燃气现在一个月多少钱？"),
        c("一天四十来吨水 燃气冬天一个月五万多 夏天两万", None),
        t("跟您说实话：长春零下二十五度以下 空气能效率掉得厉害 最冷那一个多月还得靠燃气锅炉顶着。所以不是全换 是热泵加锅炉一起用 全年大概省三到四成 不是一半。设备带安装四十来万。"),
        c("四十万 省三四成 那得几年回本啊", None),
        t("按您一年燃气四十来万 一年省十二到十五万 三年左右回本。净月有一家洗浴去年装的 冬天的电表燃气表数都在 我带您去看真数。"),
        c("行 看真数我信", None),
    ],
    worse=[
        _o,
        t("真的 我们热泵能效比能到四 一度电顶四度的热 跟燃气比运行费用能省一半左右。您一天用多少热水？"),
        c("四十来吨 燃气冬天一个月五万多", None),
        t("那您一个月能省两万多 设备带安装四十来万 一年半多就回本。我们还有低温机型 零下二十五度也能开。"),
        c("四十万不是小数 前年有人忽悠我换过节能灶 说省一半 根本没省", "bad_experience"),
        t("理解 您可以去我们装过的店看看 我给您约。"),
        c("那行 约个时间吧", None),
    ],
))

# d08 Dalian, office space for a cross-border e-commerce team
_o = c("你好 我们公司想在大连租个办公室 八个人 软件园附近的", None)
PAIRS.append(rpair(
    "zhb60r_d08_dalian_office_lease",
    "A small e-commerce firm wants an office for eight. Better asks about growth and learns a past three-year lease cost them a penalty, then lays out a flexible desk option beside a whole unit; worse shows a suitable unit and only softens the term after the customer objects.",
    better=[
        _o,
        t("您好。八个人是现在八个 还是一年内还要扩？做啥业务的 要不要放货？"),
        c("做跨境电商 现在八个 明年可能十五个 样品偶尔放点。以前租那个签了三年 后来人多挤不下 违约金赔了一万多", "bad_experience"),
        t("那这回别签死长约。两种：一个一百二十平的整间 押一付三 起租两年；一个是联合办公 先租十个工位 按月续 人多了同一层随时加 单价贵点但灵活。"),
        c("联合办公一个工位多少钱", None),
        t("一个工位一千二一个月 十个一万二；整间一百二十平一个月九千五。一年内能稳定到十五个人 整间划算；拿不准就先工位。两个我都带您看看？"),
        c("行 今天下午能看不", None),
    ],
    worse=[
        _o,
        t("您好。八个人八十到一百平就够。软件园这边有套九十平的 精装带家具 一个月七千二 押一付三 两年起租。"),
        c("两年起啊 我们之前就吃过长约的亏", "bad_experience"),
        t("那可以跟房东谈谈一年一签 价钱可能高点 七千五左右。您先看看房？"),
        c("行 看看吧", None),
        t("好 明天上午十点 我在楼下等您。"),
    ],
))

# d09 Harbin, QR-code ordering for a dumpling restaurant
_o = c("你好 我开个饺子馆 人家都说上个扫码点餐 你们这系统多少钱", None)
PAIRS.append(rpair(
    "zhb60r_d09_harbin_dumpling_pos",
    "A dumpling-shop owner asks the price of QR ordering. Better finds the real problem (wrong tables at the lunch rush), adapts for elderly diners who cannot scan and offers a free month; worse lists the editions correctly and answers the elderly worry with a stock reply.",
    better=[
        _o,
        t("您好 基础版一年九百八。不过先不急着说买 您店里现在哪块最费劲？高峰点菜等得久 账对不上 还是人手不够？"),
        c("中午人多 服务员跑不过来 老记错桌 客人骂", None),
        t("那是点菜传菜的事 扫码点能带上桌号 后厨直接出单 就记不错了。您那儿岁数大的客人多不？不会扫码的得有人管。"),
        c("周边老头老太太多 好些不会扫 我也怕他们嫌麻烦不来了", None),
        t("那就扫码和人工并着用 老人照样服务员点 服务员拿手机录进去 一样直接到后厨。先白用一个月 不好使不收钱。"),
        c("白用一个月那行 先试试", None),
    ],
    worse=[
        _o,
        t("您好。基础版一年九百八 带扫码点单 后厨打印 会员营销 报表；专业版一年两千 多了外卖对接和库存。饺子馆用基础版就够。"),
        c("九百八还行 就是周边老头老太太多 不会扫码咋整", None),
        t("服务员可以帮着扫 或者桌上放个步骤说明 多数人用两回就会了。"),
        c("嗯 行 你留个名片吧 我回头再说", "brush_off"),
        t("好的 这是我名片 有需要随时联系。"),
    ],
))

# d10 Fushun, phone plan for elderly parents (daughter calling from Shenzhen)
_o = c("你好 我想给我爸妈换个套餐 他俩在抚顺 我在深圳 现在一个月话费一百多 还老说不够用", None)
PAIRS.append(rpair(
    "zhb60r_d10_fushun_parents_plan",
    "A daughter far away wants a better plan for her parents. Better finds that video and short-video data is the problem and there is no home broadband, proposes a bundle and a video call during installation; worse sells a cheaper shared-data plan that may repeat the top-up problem.",
    better=[
        _o,
        t("您好。一百多还不够 是流量超了还是通话超了？二老手机平时主要干啥？"),
        c("主要刷快手 跟孩子视频 流量老超 电话倒没咋打", None),
        t("那是流量的事。我查了下 他们家没宽带。建议办个融合的：宽带加两张卡 一个月一百二十九 家里wifi随便用 出门流量也够 比现在多二十来块。"),
        c("多二十块倒行 就是装宽带得有人在家 我爸妈弄不明白咋整", None),
        t("师傅上门装 装完把两部手机都连好wifi 再给老人演示一遍。装的时候让师傅跟您开个视频 您在那头看着。"),
        c("这样我放心 那就办吧", None),
    ],
    worse=[
        _o,
        t("您好。我们有个亲情套餐 一个月九十九 两张卡共享三十个G 五百分钟通话 比您现在还便宜。"),
        c("三十个G够不够啊 他俩天天刷快手", None),
        t("一般够用 不够还能加流量包 十块钱五个G。"),
        c("加包又得花钱 之前就是这么加来加去才一百多的", "bad_experience"),
        t("那可以再加个三十九的月包 一个月多四十个G 不用一回回加。"),
        c("那行 就先这么办吧", None),
    ],
))
