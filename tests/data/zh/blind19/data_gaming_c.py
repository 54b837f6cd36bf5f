"""zh_blind19 gaming pairs, part c: ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame (2 each)."""
from common import c, gpair, t

P = []

o = c("买个冰箱 我家厨房那地方窄 就剩六十公分宽", None)
P.append(gpair("zhb19g_taigu_fridge", "appliance store", "ignored_customer",
    "Taigu, Shanxi: a couple at a county appliance store want a fridge for a narrow kitchen gap.",
    [o, t("六十公分的话，要五十五宽以内的，两边得留点散热。高度有限制没？家里几口人？"),
     c("上头没柜子 不限高 四口人 过年要冻些肉", None),
     t("那这款五十五宽、一米八高的三门，冷冻一百升，两千三。您回去再量量门口，进得来再定。"),
     c("对 门口也就七十 我回去量量", None),
     t("量好发我个数，这台我先给您留着，不收定金。"),
     c("中 回去就发", None)],
    [o, t("您家几口人？厨房多宽？"),
     c("四口人 厨房那地方就六十公分", None),
     t("那我推荐这款对开门，九十一宽，五百升，大气！您还有什么顾虑？"),
     c("九十一？我说了就六十公分 塞不进去", "no_need"),
     t("明白您的意思。对开门现在特价四千六，好多家庭都选，您要金色还是灰色？"),
     c("你压根没听我说话 我们走了", None)]))

o = c("我科目二挂了两回了 一上考场手就抖 你们这有没有陪练", None)
P.append(gpair("zhb19g_changji_practice", "driving school", "ignored_customer",
    "Changji, Xinjiang: a woman in her forties who failed the field test twice asks a driving school about extra practice.",
    [o, t("有。两回都挂在哪一项？平时练的时候能过吗？"),
     c("平时倒库侧方都能过 一考就倒库压线 心慌", None),
     t("那技术够，是紧张。我们有模拟考，跟考场一样的车一样的线，一个钟头八十，每回都按考试走。"),
     c("一个钟头八十 我们那边陪练才五十", "too_expensive"),
     t("五十的多半是普通场地。您卡在心慌上，模拟考场比多练管用。先来一回，觉得没用就不来了。"),
     c("那先约一回 周六行不", None)],
    [o, t("有陪练！您是挂在哪一项？"),
     c("倒库 一考就压线 手抖 我特别怕", None),
     t("好的。那给您报个科二科三连报套餐，一千二，包教包会。"),
     c("科三我原来驾校交过钱了 我就是紧张 咋办嘛", "no_need"),
     t("放心！套餐里还有夜间灯光和上路练习，很全面。还有什么问题吗？"),
     c("你都没听我说 算了吧", None)]))

o = c("额十月份要发苹果 一箱十斤 一天能发个一百来箱 你这价能给多少", None)
P.append(gpair("zhb19g_luochuan_apples", "county courier station", "repeated_questions",
    "Luochuan, Shaanxi: an apple grower who sells through short videos asks a courier station for a harvest-season rate.",
    [o, t("一天一百箱的量，省内能给五块五，省外七块。都发哪些地方？对破损有啥要求？"),
     c("广东上海多 去年别家给摔烂了好些 赔得额心疼", "bad_experience"),
     t("那用带隔板的五层箱加泡沫网，箱子一块二一个。破损按单赔，只要收货人开箱视频。"),
     c("七块再加箱子 有点高", "too_expensive"),
     t("箱子您自己出也行，我们只看合不合格。先发十月头一周，看破损率再谈长期价。"),
     c("行 头一周先试试", None)],
    [o, t("您好，您一天大概发多少单？"),
     c("一百来箱 十斤一箱", None),
     t("好的，那我再了解下，您每天的发货量是多少呢？"),
     c("一百箱么 额刚说了", None),
     t("嗯嗯，就是确认下出单规模，一天是几十单还是上百单？"),
     c("你耳朵有麻达吧 你就说多少钱嘛", None),
     t("好的，价格取决于量。那您旺季一天能发几箱？"),
     c("算咧 额去别家问", None)]))

o = c("俺妈在保定住院花了八万多 报完了还剩好几万 听说还能二次报 是真的不", None)
P.append(gpair("zhb19g_qingyuan_catastrophic", "township service centre", "repeated_questions",
    "Qingyuan, Hebei: a woman asks whether her mother's large hospital bill qualifies for catastrophic-illness cover.",
    [o, t("是真的，叫大病保险，自付超过一万五的部分会再报一回，出院结算时自动算。结算单拿到没？"),
     c("拿了 上头有个大病那一栏 写着三千多", None),
     t("那就是已经二次报过了。家里要是低保或者监测户，还能走医疗救助。"),
     c("不是低保 还剩五万多 俺家实在拿不出来", None),
     t("大病致困的可以在村里申请临时救助，我给您写个条，带结算单去找村支书。"),
     c("中 谢谢你啊", None)],
    [o, t("您好，您母亲是在哪住的院？"),
     c("保定 二院 花了八万多", None),
     t("好的。那她住院是在本地还是外地？"),
     c("保定不就是本地么 我刚说了", None),
     t("了解。我再确认一下，是哪家医院？花了多少？"),
     c("二院 八万多 你到底能不能说说二次报销咋回事", None),
     t("理解。我再问下，住院是在哪个城市？"),
     c("跟你说不明白 俺找别人问", None)]))

o = c("俺麦地里节节麦多 去年打了药不管用 今年整点啥", None)
P.append(gpair("zhb19g_pingyuan_herbicide", "farm-supply dealer", "wrong_paraphrase",
    "Pingyuan, Shandong: a wheat farmer wants something for jointed goatgrass after last year's spray failed.",
    [o, t("去年打的啥药？啥时候打的？"),
     c("打的精噁唑禾草灵 开春才打的 草都老了", None),
     t("那个药本来就不大管节节麦。得用甲基二磺隆，最好十一月草小的时候打，一亩一袋，十八块。"),
     c("这个不伤麦子吧 前年打过一种 麦子黄了半个月", "bad_experience"),
     t("会有点黄，半个月能缓过来，别跟别的药混着打。您几亩？"),
     c("十二亩 拿十二袋", None)],
    [o, t("大哥我理解一下，您是说想把地里所有草都打干净，连玉米茬一块灭了，要最强的，对吧？"),
     c("不是 俺就说节节麦", None),
     t("明白，您的意思是去年那家药店坑了您，想换我们家的全套方案，对吧？一亩六十八。"),
     c("俺没说人坑俺 六十八一亩 忒贵了", "too_expensive"),
     t("好的，所以您是想一步到位、不在乎价钱，要效果最好的，我没理解错吧？"),
     c("恁这都是自己编的 俺不买了", None)]))

o = c("我们想在镇上饭店简单办一下 十来桌 不要那些花里胡哨的", None)
P.append(gpair("zhb19g_yuanping_wedding", "wedding planner", "wrong_paraphrase",
    "Yuanping, Shanxi: a couple on a tight budget ask a wedding planner about a small restaurant wedding.",
    [o, t("十来桌，简单点。你们最想留的是啥？主持、拍照，还是只要个布置？"),
     c("拍照要 主持不要 我们自己说两句 预算就三千", None),
     t("那就一面背景墙，加一个摄影跟全场，两千六，剩四百你们买糖。饭店有投影不？"),
     c("不知道 我去问问饭店老板", None),
     t("有投影就放你们的照片，不用另花钱。问好了告诉我。"),
     c("可好了 那就这么定", None)],
    [o, t("我理解一下哈，你们是想办得风风光光、让全村都知道，对吧？"),
     c("不是 就十来桌 简单点", None),
     t("明白，你们是说预算不是问题，主要图个面子，所以要个舞台加LED大屏，对吧？"),
     c("我们啥时候说预算不是问题了 总共就三千", "no_money"),
     t("懂了，三千是定金对吧？那我给你们排八千八的'晋风'套餐。"),
     c("你这人真日怪 不找你了", None)]))

o = c("喂 额车在半路趴窝了 拉着一车猕猴桃 收购的在那头等着 咋打都打不着火 这可咋办呀", None)
P.append(gpair("zhb19g_meixian_breakdown", "car repair garage", "pitch_to_upset",
    "Mei County, Shaanxi: a kiwi grower phones a garage in a panic; his truck broke down with a full load on the way to the buyer.",
    [o, t("您先别急，车停稳了没？打上双闪。在哪条路上？"),
     c("眉县到常兴那条路 过了桥 停边上了", None),
     t("打火的时候有'哒哒'声没？仪表灯亮不？"),
     c("灯暗得很 哒哒响", None),
     t("像是电瓶亏电。我带电瓶过去搭火，二十分钟到。您先给收购的打个电话，说晚半个钟头。"),
     c("好好好 你快些来", None)],
    [o, t("理解您现在的心情！正好我们有道路救援年卡，三百九一年，以后再坏都不愁，您办一张吗？"),
     c("额车现在趴着呢 你先来人嘛", None),
     t("明白！其实您这车也老了，我们在搞以旧换新，换个新轻卡首付才两万，您考虑下？"),
     c("额哪有钱换车 一车果子要捂坏了", "no_money"),
     t("您别急，我先给您登记下信息，办了年卡今天救援就免费，您觉得怎么样？"),
     c("你这瓜娃 额找别人去", None)]))

o = c("俺爹今天早上走了 住院的账咋结 医保还能报不", None)
P.append(gpair("zhb19g_weixian_settlement", "hospital one-stop settlement desk", "pitch_to_upset",
    "Wei County, Hebei: at the county hospital's settlement desk, whose clerk also sells a commercial top-up plan, a woman whose father died that morning asks how to settle the bill.",
    [o, t("节哀。能报，跟平常出院一样结，我帮您办。医保卡和您身份证带着没？"),
     c("带了 俺脑子乱得很 不知道先干啥", None),
     t("您不用记，我一样一样来。先结账，死亡证明在三楼医生办开，我写纸上给您。"),
     c("自己还得掏多少", None),
     t("报完自付四千一。要是手头紧，可以先结一部分，剩下过两天再来。"),
     c("够 带着钱呢 谢谢你", None)],
    [o, t("节哀顺变，我非常理解您的心情。您也得为自己和家里人考虑考虑，我们有款'冀惠保'补充医疗，一年才一百二。"),
     c("俺爹刚走 俺就想把账结了", None),
     t("明白您的需求。正因为经历了这些，才更知道保障的重要，家里几口人？我给您算个家庭套餐。"),
     c("俺现在不想说这个", "no_time"),
     t("理解，那我先给您留个资料，结完账顺便填一下？"),
     c("你这人有没有良心 快给俺结账", None)]))

o = c("恁家卖的电视 半年就坏了 夜来打雷以后就开不开了", None)
P.append(gpair("zhb19g_juancheng_tv", "county appliance store", "blame",
    "Juancheng, Shandong: a customer brings back a six-month-old TV that will not switch on after a thunderstorm.",
    [o, t("我先看看。……电源板烧了，多半是雷击。打雷那会儿插着电？"),
     c("插着 谁知道打个雷就坏了", None),
     t("雷击厂家不保，但您买时我们送了一年店保，这个我们出，换电源板不收钱，三天。"),
     c("三天啊 俺爹天天看戏", None),
     t("我先借您台旧的小电视拿回去看，修好了再换回来。以后打雷拔了插头就行。"),
     c("那还中 恁想得周到", None)],
    [o, t("我先了解下情况哈，打雷的时候您是不是没拔插头？"),
     c("插着 谁家打雷还拔插头", None),
     t("那就是您的问题了，说明书写着呢，人为损坏不保修，您是不是没仔细看？"),
     c("俺不识几个字 谁看那个", None),
     t("所以说嘛，不看说明书出了事只能自己担。修的话四百，还是换台新的？"),
     c("四百？俺买的时候才一千二 不修了", "too_expensive")]))

o = c("老板 前天在你那买的缩节胺跟叶面肥 打完棉苗叶子卷了发黄 你们这药有麻达吧", None)
P.append(gpair("zhb19g_yuli_cottonburn", "farm-supply store", "blame",
    "Yuli, Xinjiang: a cotton farmer messages the store; seedlings curled and yellowed two days after spraying a growth regulator and foliar feed bought there.",
    [o, t("先发几张照片。兑了多少水？啥时候打的？两样是一起兑的吗？"),
     c("一起兑的 一桶水放了两包 中午打的 四十度", None),
     t("看照片是药害，加上中午高温。缩节胺一包该兑三桶，我卖给您时没说清楚，是我的事。"),
     c("那现在咋办嘛 五十亩地呢", None),
     t("赶紧浇一水，三天后喷一遍芸苔素，五十亩的我送您，明天我去地里看。"),
     c("行 明天地头等你", None)],
    [o, t("好的，我理解您的担心。不过是不是您自己兑多了？您说说具体兑了多少？"),
     c("一桶水两包 你们也没说兑多少", None),
     t("包装上写着呢，一包兑三桶，您自己没看。还中午四十度打药，这不是自找的吗？"),
     c("那现在五十亩咋办 你就说这个", None),
     t("这只能您自己负责了。要补救的话，这款生根套餐一亩三十五，需要吗？"),
     c("我自己负责？以后再不在你家买了", None)]))

PAIRS = P
