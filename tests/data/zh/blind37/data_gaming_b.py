"""zhb37 gaming pairs, part b (hand-written)."""
from common import c, gpair, t

P = []

o = c("你好，我想问问种牙，下面缺了一颗，咬东西不得劲。", None)
P.append(gpair(
    "zhb37g_taiyuan_dentalimplant", "private dental clinic, Taiyuan, Shanxi", "ignored_customer",
    "A patient on aspirin for a heart condition asks about an implant.",
    [o,
     t("缺了多久了？有没有高血压、心脏病，在吃甚药？这些跟能不能种有关系。"),
     c("缺两年了。有点心脏病，吃着阿司匹林。", None),
     t("这个很关键。吃阿司匹林出血会多，停不停药得问您的心内科医生，不能自己停。先来拍个片看骨头，再跟医生商量方案。"),
     c("拍片多少钱？种一颗又得多少？", None),
     t("拍片一百二。种一颗六千到一万二，片子出来我把几种列给您；不合适也能先做活动假牙，便宜很多。"),
     c("那先拍个片，周六能来不？", None),
     t("周六九点半，把吃的药带上。"),
     c("好。", None)],
    [o,
     t("您好！为了给您最合适的方案，想先了解下，您有甚基础病吗？"),
     c("有点心脏病，吃着阿司匹林。", None),
     t("好的了解。这个月韩国种植体五千八一颗，当天就能种上，您这周哪天过来？"),
     c("当天就种？那阿司匹林要停吗？", None),
     t("明白您的顾虑～当天种很方便，一次搞定。您还有甚担心的吗？"),
     c("我问药的事你没回我。心脏不好不敢乱来，我先问问我的医生。", "think_it_over"),
     t("理解～那先给您留五千八的名额，交两百定金就行。"),
     c("你都不听我说话，留甚名额。", None)]))

o = c("你好有个液压泵要从呼市发到准格尔明天中午前能到吗", None)
P.append(gpair(
    "zhb37g_hohhot_freight", "regional freight company, Hohhot to Jungar Banner (WeChat)", "repeated_questions",
    "A mining parts dealer must get a hydraulic pump to a mine by noon tomorrow.",
    [o,
     t("您好！看几点取件。泵多重？几点能打包好？"),
     c("八十公斤带木箱下午三点能好", None),
     t("三点取赶得上今晚的专线，明早九点左右到镇上。进矿区要不要手续？"),
     c("要提前报车牌收货的是矿上机电科", None),
     t("今晚我把车牌发您，您转给机电科报备。运费两百四，直送矿上加一百。"),
     c("行三点来取", None)],
    [o,
     t("您好！想先了解下，您这次寄件的需求是什么呢？"),
     c("液压泵呼市到准格尔明天中午前要到", None),
     t("好的，那您这次主要想寄什么东西呢？"),
     c("液压泵八十公斤", None),
     t("明白！那您对这次寄送最关注哪方面？时效还是价格？"),
     c("我第一句就说了明天中午前", None),
     t("了解～那请问您对时间上有什么要求吗？"),
     c("你是机器人吧我找别家了", None)]))

o = c("那个，我想看看皮卡，拉草料用的，村里路不好。", None)
P.append(gpair(
    "zhb37g_guangling_pickup", "county-town car dealer, Guangling, Datong, Shanxi", "wrong_paraphrase",
    "A sheep farmer wants a pickup for hauling feed on muddy village roads.",
    [o,
     t("好嘞。一回拉多少？村里是土路还是有坡？"),
     c("一吨多吧。土路，一下雨就是泥，还有个大坡。", None),
     t("一吨多、泥路带坡，得看四驱和货箱。预算心里有个数没？"),
     c("十万以内，再多拿不出来了。", None),
     t("十万以内有两款四驱柴油的，九万二和九万八。九万二货箱长，拉草料合适。开出去试试，后头那个坡就能试。"),
     c("行，我试试。", None)],
    [o,
     t("您好！能说说您买车主要想满足什么需求吗？"),
     c("拉草料，一回一吨多，村里土路。", None),
     t("明白，所以您是想要台既能家用、周末带孩子出去玩的车，对吧？"),
     c("带甚孩子，我说拉草料。", None),
     t("好的～我听到的是您很看重面子和舒适，这款豪华版真皮大屏，十五万八，很配您的身份。"),
     c("我啥时候说面子了？十五万八，我一个养羊的买不起。", "no_money"),
     t("所以您的意思是可以考虑贷款，月供三千多，对吧？"),
     c("你耳朵是摆设？走了。", None)]))

o = c("你好，我爸上个月走了，他卡里的钱家里人想取出来，要办甚手续？", None)
P.append(gpair(
    "zhb37g_yangquan_deceasedaccount", "bank branch, Yangquan, Shanxi", "pitch_to_upset",
    "A daughter asks how to withdraw her late father's savings.",
    [o,
     t("您节哀。手续有点繁琐，我一步步说。卡是在我们这开的吧？继承人有几位？"),
     c("就这儿开的。我妈、我，还有我弟。", None),
     t("要带死亡证明、户口本、亲属关系证明，三位都到场；来不了的写委托书去公证。我给您写张清单。"),
     c("我妈腿脚不好，能不能不来？", None),
     t("可以，她办个委托公证就行，清单上我标出来了。不清楚的打这个电话找我。"),
     c("嗯，谢谢你，我先回去准备。", None)],
    [o,
     t("节哀顺变，非常理解您的感受。手续我们会帮您。想问下，钱取出来以后家里有甚打算吗？"),
     c("还没想，先办手续吧。", None),
     t("理解～很多家庭这时候最需要的是安全感。我们有款稳健理财，年化三点二，取出来直接转进去，给阿姨养老，您觉得呢？"),
     c("我爸才走一个月，我现在不想说这个。", "no_time"),
     t("完全理解，就是说正因为这样才要提前规划嘛。保险这块也可以一起看看？"),
     c("我问手续你跟我推销。我去别的网点办。", None)]))

o = c("喂，我是卓资县二中后勤。你们去年装的锅炉这礼拜停了三回，娃娃们冻得坐不住。", None)
P.append(gpair(
    "zhb37g_zhuozi_schoolboiler", "boiler installer, Ulanqab, Inner Mongolia (phone)", "blame",
    "A county school's boiler installed last year keeps shutting down in winter.",
    [o,
     t("学生受冻得赶紧处理。停的时候控制柜报的甚？超温还是缺水？"),
     c("报缺水，可水箱里明明有水。", None),
     t("有水报缺水，常见是水位探头结垢。水是井水吧？软化器平时有人加盐没？"),
     c("井水。加盐……那个，原来的锅炉工走了，新来的可能不知道。", None),
     t("那多半结垢了。下午派师傅去清探头、看软化器，顺便教新锅炉工加盐。还在保修期，不收钱。"),
     c("下午能到就好，我在学校等着。", None)],
    [o,
     t("您好，想先了解下，你们锅炉工有按我们的操作规程来吗？"),
     c("报缺水，可水箱里有水。", None),
     t("明白。那是你们用的问题，井水不软化就结垢，安装时交代过，是你们没加盐，对吧？"),
     c("锅炉工换人了，那你们倒是来看看嘞！娃娃冻着嘞！", None),
     t("理解您的心情。不过人为原因不在保修范围，上门一次八百，您看要不要安排？"),
     c("装了一年就坏成这样还怪我们？我找你们经理，再不行找教育局。", None)]))

o = c("喂，我是五原种葵花的。想问问你们滴灌一亩地得多少钱？", None)
P.append(gpair(
    "zhb37g_wuyuan_dripirrigation", "drip irrigation supplier, Bayannur, Inner Mongolia (phone)", "monologue",
    "A sunflower farmer with 200 mu and a salty well asks the price of drip irrigation.",
    [o,
     t("得看地和水。您种多少亩？现在咋浇的？"),
     c("二百来亩，黄河水漫灌，轮到我家老排不上。", None),
     t("就是说浇水时间由不得您。滴灌得有井或蓄水池，您地头有井没？"),
     c("有一眼井，就是水有点咸。", None),
     t("咸水容易堵滴头，得配过滤。先取瓶井水给我们化验，不收钱，出来再算，一亩大概六百到九百。"),
     c("二百亩那得十几万，我得跟家里商量商量。水先给你送过去。", "think_it_over")],
    [o,
     t("感谢来电！我们是以色列技术，节水一半、增产两成，河套上千户在用，客户体验特别好，还有水肥一体化、手机控制、政府补贴……"),
     c("那个，我就想问一亩多少钱。", None),
     t("价格是一方面，更重要的是价值！一亩七百八，包设计安装培训，每年回访，一直维护跟您的关系。您多少亩？"),
     c("二百亩，可我那井水咸……", None),
     t("没问题！进口滴头甚水都能用。二百亩十五万六，补贴完不到十二万，这个月定还送施肥罐。您还有甚需要了解的吗？"),
     c("十二万？今年葵花价钱不好，哪拿得出来。你先别说了。", "no_money")]))

o = c("您好，想咨询一下，十月份办婚宴，大概三十桌，你们酒店还有档期吗？", None)
P.append(gpair(
    "zhb37g_taiyuan_weddingbanquet", "hotel banquet sales, Taiyuan, Shanxi (WeChat)", "closing_as_open_question",
    "A mother enquires about a 30-table wedding banquet in October.",
    [o,
     t("您好，恭喜！十月还有几个周末空着。想定哪天？客人本地多还是外地多？有没有回民客人？"),
     c("想定十月六号。外地亲戚十来桌，回民两桌。", None),
     t("六号还有个厅，能放三十二桌。回民两桌有清真菜单单独出菜，外地亲戚住宿有协议价。"),
     c("好的，每桌大概什么价位？", None),
     t("两千二、两千八、三千六三档，酒水可以自带。菜单发您了，六号的厅我免费给您留三天。"),
     c("三天够了，我们周末来看看厅。", None)],
    [o,
     t("恭喜恭喜！十月特别抢手。您是想今天就把幸福的日子定下来，还是等别人定走了再后悔呢？"),
     c("我就是先问问，还得跟孩子们商量。", "think_it_over"),
     t("理解～那您觉得定金交五千还是一万，更能体现您对婚礼的重视呢？"),
     c("你们一桌多少钱都还没说，我就交定金？", None),
     t("价格都好说！那您是今天下午来签合同，还是明天上午来签？"),
     c("都不来了。你们太催了。", None)]))

o = c("你好我们厂要订一批劳保手套三百来人有现货吗", None)
P.append(gpair(
    "zhb37g_baotou_workgloves", "safety equipment supplier to a steel works, Baotou (WeChat)", "pitch_as_paraphrase",
    "A factory buyer orders work gloves for about 300 workers.",
    [o,
     t("您好，有现货。干啥活用？搬运、焊接还是沾油？一人一月用几双？"),
     c("大部分搬钢材有二十几个焊工一人一月四五双", None),
     t("搬运用浸胶耐磨的，焊工得用牛皮长款，不能混。一月一千四百双左右，我分两种报。"),
     c("去年那家便宜是便宜一个礼拜就磨破了", "bad_experience"),
     t("明白，要耐磨也不能太贵。两种各寄十双样品，班组试一礼拜，您看了再下单。"),
     c("行寄厂里收件人写采购部老王", None)],
    [o,
     t("您好！方便说说您这次采购的核心需求吗？"),
     c("搬钢材的手套还有焊工用的", None),
     t("我理解的是，您真正需要的是全套防护方案：手套、阻燃服、安全鞋，一人一套八百，对吗？"),
     c("不对就要手套", "no_need"),
     t("明白，所以您关注的是员工安全和企业形象，全套方案正好体现，我按三百套报价，没理解错吧？"),
     c("二十四万你当我们是甚大厂嘞就报手套", "too_expensive"),
     t("好的，那手套按高端款报，一双三十五，这是您想要的吧？"),
     c("算了找别家", None)]))

o = c("老板，给我来二十斤羊排，过年炖着吃，要锡盟的。", None)
P.append(gpair(
    "zhb37g_hohhot_lambribs", "mutton butcher shop, Hohhot, Inner Mongolia", "upsell_as_loop_closing",
    "A customer buys twenty jin of lamb ribs for the Spring Festival.",
    [o,
     t("好嘞，锡盟的。要肉多的还是骨头多的？剁块还是整扇？"),
     c("肉多点的，剁成炖肉的块。", None),
     t("四十二一斤，二十斤八百四。是放冰箱冻着吗？冻的话给您分袋装。"),
     c("分袋好，一袋五斤。", None),
     t("四袋，都写上日子。还有要的没？"),
     c("没了，就这些。", None)],
    [o,
     t("好嘞！为了让您过年更圆满，最后确认下，还需要来点羊蝎子吗？"),
     c("不要，家里有。", "no_need"),
     t("好的～还有甚能帮您补上的？羊杂新鲜，给您装一份？"),
     c("羊杂上回买的有股味儿，不要。", "bad_experience"),
     t("明白！最后再问下还有甚需要的？整只羊送人特别体面，给亲戚带一只？"),
     c("一只羊两千多，我送得起也不在你这儿买。二十斤羊排，快点。", "no_need")]))

o = c("你好，我儿子高二，数学老是一百分上下，想问问你们补课咋收费。", None)
P.append(gpair(
    "zhb37g_linfen_mathtutor", "after-school tutoring centre, Linfen, Shanxi", "leading_tag_questions",
    "A mother asks about maths tutoring for her son, who does not want to come.",
    [o,
     t("您好。一百五的卷子吧？他觉得哪块丢分多？基础题错还是大题不会？"),
     c("选择填空老粗心，大题最后一问基本不做。", None),
     t("那两块问题不一样。孩子自己愿意来补吗？"),
     c("嗯……他不太想来，说周末想睡觉。是我着急。", None),
     t("孩子不想来，效果要打折扣。先让他来听一节试听，不收费，他觉得有用再说。一对一两百，小班八十。"),
     c("小班吧，一对一太贵了，先让他试一节。", "too_expensive")],
    [o,
     t("您好！高二是关键期，您肯定不想孩子在这个节骨眼掉队吧？"),
     c("那当然不想。", None),
     t("所以一对一最适合孩子，对吧？小班老师顾不过来，您也不放心，是不是？"),
     c("一对一多少钱？", None),
     t("一学期六十节，一万二。为了孩子前途，这投入值得，您说是不是？"),
     c("一万二……我跟他爸商量一下，孩子还不知道愿不愿意来。", "think_it_over"),
     t("孩子的事家长做主嘛，今天定还能排名师，您不会想错过吧？"),
     c("我还是回去商量一下。", "think_it_over")]))

PAIRS = P
