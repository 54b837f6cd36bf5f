"""Ranked pairs f01-f10 of zh_blind50 (same turns except one fault in worse and the customer's reaction), written by hand."""
from common import c, rpair, t

# f01 argues with the customer
f01_o = c("你好 我屋企信号好差 打电话成日断 系咪要换套餐", None)
f01_t1 = t("您好，信号差确实烦。您住哪个小区？是全屋都差，还是某几个房间差？")
f01_c1 = c("番禺市桥嗰边 主要系房同厕所 客厅仲得", None)
f01_t2b = t("房间和厕所差、客厅可以，多数是墙把信号挡住了，换套餐解决不了。")
f01_c2b = c("哦 原来系咁 咁点算", None)
f01_t2w = t("不会吧，市桥那边我们信号是全区最好的，测速都满格，应该是您手机旧了。")
f01_c2w = c("我屋企三部手机都系咁 边度系手机问题", None)
f01_t3 = t("我们可以免费送一个家庭信号增强器，接上宽带就能用。您家里宽带是我们的吗？")
f01_c3 = c("系 宽带系你哋嘅 不过如果要再加月费就算啦 我退休金得咁多", "no_money")
f01_t4 = t("增强器是免费的，月费一分不加。我登记一下，师傅两天内上门装，装完您用一个星期，觉得没用可以拆走。")

# f02 doubts the customer's honesty
f02_o = c("你好 我琴日收到个充电宝 充唔入电 指示灯都唔着", None)
f02_t1 = t("不好意思，刚收到就用不了确实扫兴。用的是盒子里的线，还是自己的线？插上之后灯完全不亮吗？")
f02_c1 = c("两条线都试过 灯完全唔着 插电脑都冇反应", None)
f02_t2b = t("两条线都试过还是不亮，那多半是机器本身的问题，不用您再折腾了。")
f02_c2b = c("系咪 咁点算", None)
f02_t2w = t("我们出货前每一个都测过的，您确定没有摔过或者进过水？")
f02_c2w = c("我收到就拆 点会摔过 你咁讲即系话我讲大话啦", None)
f02_t3 = t("我给您直接换新，快递上门取件，运费我们出。新的今天就发，不用等旧的寄回来。")
f02_c3 = c("咁都几快 好啦", None)
f02_t4 = t("取件单号和新货单号等下都发到这里给您。")

# f03 drops the price before asking anything
f03_o = c("老板 呢张岩板餐枱几钱", None)
f03_t1b = t("这张一米六的，三千二。您家里几个人吃饭？餐厅大概多大？")
f03_c1b = c("四个人 餐厅几细 一米六可能大咗啲", None)
f03_t1w = t("这张一米六的，三千二，不过我直接给您打八折，两千五六拿走。您家里几个人吃饭？")
f03_c1w = c("打八折？你咁快就减 系咪有咩唔妥㗎…我哋四个人 餐厅几细 一米六可能大咗啲", None)
f03_t2 = t("四个人一米四就够，这款有一米四的，白色灰色都有，圆角，走过去不会撞到腰。")
f03_c2 = c("嗯 我要同老婆讲下先 佢话钟意白色", "think_it_over")
f03_t3 = t("白色有现货，我拍张实物照给您，您发给太太看看。")
f03_c3 = c("好 你加我微信", None)

# f04 an unasked lecture
f04_o = c("你好 我想约个洗牙 啲牙好黄 下个月要去饮喜酒", None)
f04_t1 = t("好的。上次洗牙是什么时候？刷牙会不会出血？")
f04_c1 = c("两三年前啦 刷牙有时会出血 我有食烟", None)
f04_t2b = t("明白，吸烟的话黄渍会多一点，洗牙能去掉大部分，但不会洗到像美白那么白，这个先讲清楚。")
f04_c2b = c("唔使好白 干净啲就得", None)
f04_t2w = t("吸烟对牙周伤害真的很大，牙龈出血就是牙周病的信号，长期下去牙会松动脱落，还会增加口腔癌风险，您真的应该认真考虑戒烟。")
f04_c2w = c("我知喇 我阿妈日日都讲 我今日系想洗牙咋", None)
f04_t3 = t("洗牙加检查一共两百八，医生顺便看下出血的原因。这周六上午或者下周二晚上都有位，您看哪个方便？")
f04_c3 = c("两百八 ok 礼拜六上昼啦", None)
f04_t4 = t("周六上午十点，登记好了，前一天短信提醒您。")

# f05 a vague next step
f05_o = c("你好 我哋有个塑胶外壳想开模 图纸发咗去你邮箱 想问下几时有报价", None)
f05_t1 = t("收到了，看过了，是两件套外壳加一个按键。你们预计年量多少？这个影响用什么钢材。")
f05_c1 = c("第一年大概两万套 客户话好卖会再加", None)
f05_t2 = t("两万套用国产P20就够，做几十万次没问题。外壳上那个卡扣位要做行位，会贵一点。")
f05_c2 = c("贵几多 我客户预算得唔多 上次另一间报咗六万 佢都嫌多", "no_money")
f05_t3b = t("卡扣那里可以改成斜顶，省大概五千。我今天做两个方案的报价，明天中午十二点前发你邮箱，附上改动的示意图。")
f05_c3b = c("听日中午 好 我等你", None)
f05_t3w = t("卡扣那里我们可以想办法省一点。报价我们内部评估一下，有结果了会通知你的。")
f05_c3w = c("大概几时啊 我客户催得好紧 你唔好冇咗音讯啊", None)

# f06 over-promises
f06_o = c("在吗 我有批瑜伽垫要发美国 大概5个方 想走快船 最快多久", None)
f06_t1 = t("在的～发哪个仓？有没有断货压力？")
f06_c1 = c("发LGB8 库存大概还能卖一个月 上次那家说十八天 结果拖了三十多天 所以这次好怕", "bad_experience")
f06_t2b = t("快船正常十五到二十天上架，但旺季卡港、排仓都可能拖，我没法保证。你库存一个月，按最慢的算也来得及，不过建议这周就出。")
f06_c2b = c("唔保证都好过乱讲 即系这周出 ok", None)
f06_t2w = t("我们的快船百分之百十五天上架，从来没有延误过，你放心，延误我全额退款。")
f06_c2w = c("百分百？上一个都系咁讲…算啦 即系这周出 ok", None)
f06_t3 = t("好，我发你入仓单，周四前把货送到我们深圳仓，周六开船。")
f06_c3 = c("周四我哋仓库放假 冇人出货 礼拜五朝早得唔得", "no_time")

# f07 closes before checking the thing works
f07_o = c("你好 我哋公司想租部打印机 主要打发票同送货单 一个月大概两千张", None)
f07_t1 = t("两千张一个月，租一部中型的就够。发票是用什么打？针式的，还是普通A4？")
f07_c1 = c("发票系针式 送货单系三联嘅 都系针式 我哋而家部机好旧 成日卡纸", None)
f07_t2 = t("三联单一定要针式打印机，激光的打不了复写。我们有针式的，月租一百二，包维修。")
f07_c2 = c("一百二 仲可以 不过我哋个开单软件好旧 唔知认唔认", None)
f07_t3b = t("这个一定要先试。我明天带一台过去，直接接你们电脑用开单软件打几张，认得再签合同，不认得我们换型号。")
f07_c3b = c("好 听日下昼嚟啦", None)
f07_t3w = t("一般都认的，放心。那我们今天先把合同签了，一年起租，我明天送机过去。")
f07_c3w = c("咁…签咗先 如果唔认点算 我都系想试咗先再签", "think_it_over")

# f08 recommends before asking
f08_o = c("老板 想买啲茶叶送人 有冇推介", None)
f08_t1b = t("送给什么人的？平时喝不喝茶，喜欢浓的还是淡的？预算大概多少？")
f08_c1b = c("送俾我外父 佢饮开普洱 预算一千左右", None)
f08_t1w = t("送人就这款老班章好，二零一二年的，一饼两千八，好有面子。")
f08_c1w = c("两千八？我预算得一千左右咋 送俾我外父 佢饮开普洱", "no_money")
f08_t2 = t("饮开普洱的话，这款二零一五年的勐海熟茶，八百八一提，口感顺，老人家喝了不伤胃，是礼盒装的。")
f08_c2 = c("熟茶好啊 佢个胃唔系几好 可唔可以试下", None)
f08_t3 = t("可以，我泡给您试，您觉得好再拿。")
f08_c3 = c("好 试下先", None)

# f09 unexplained jargon
f09_o = c("你好 我之前在长沙上班 交了三年社保 现在来深圳了 那边交的还算不算", None)
f09_t1 = t("算的，不会作废。您在深圳已经开始交了吗？")
f09_c1 = c("交了 公司上个月开始帮我交", None)
f09_t2b = t("那就要把长沙的社保转过来。简单讲：先让长沙那边出一张证明，写清楚您交了多少年，再拿到深圳这边办转入。现在很多手机上就能办，不用回长沙。")
f09_c2b = c("手机上能办就好 我可不想请假回去", None)
f09_t2w = t("那您需要办理养老保险关系转移接续，先在转出地开具参保缴费凭证，再在转入地申请统筹基金和个人账户转入，医保另外办异地转移。")
f09_c2w = c("啊？凭证 统筹 我听不太懂 是要回长沙吗", None)
f09_t3 = t("不用回去。在国家社保服务平台的小程序上就能申请，我现在手把手帮您操作一遍，您带身份证了吗？")
f09_c3 = c("带了 谢谢啊", None)

# f10 talks about themselves instead of the customer
f10_o = c("你好 我想睇下海珠嗰边嘅二手房 两房 预算三百万左右 首套", None)
f10_t1 = t("好的。您是自己住吗？上班在哪边？")
f10_c1 = c("自己住 同女朋友 准备结婚 我喺琶洲返工", None)
f10_t2b = t("琶洲上班的话，新港东、磨碟沙一带通勤最方便，十五分钟以内。三百万两房，这一片多数是二零零五年前后的楼，楼龄要接受。你们最看重什么？地铁、学位，还是新一点？")
f10_c2b = c("地铁最紧要 学位暂时唔谂住 首付我哋得九十万左右", None)
f10_t2w = t("琶洲好啊，我当年也在琶洲上班，后来在海珠买了第一套房，那时才两万多一平。我跟你讲，我那套现在翻了一倍，我老婆都说我眼光好。")
f10_c2w = c("哦 咁好…咁我哋三百万喺呢边买到啲咩 地铁对我哋最紧要", None)
f10_t3 = t("地铁最紧要的话，新港东、磨碟沙站附近有三套符合的，都是走路五分钟。我周末带你们一次看完，看完再决定，不用急。")
f10_c3 = c("周末我礼拜六要加班 礼拜日得唔得", "no_time")

PAIRS = [
    rpair(
        "zhb50r_f01_gz_panyu_signal",
        "Guangzhou mobile operator hotline; a Panyu resident has dropped calls in bedrooms and bathroom. Fault in worse: argues with the customer (blames the phone).",
        better=[f01_o, f01_t1, f01_c1, f01_t2b, f01_c2b, f01_t3, f01_c3, f01_t4],
        worse=[f01_o, f01_t1, f01_c1, f01_t2w, f01_c2w, f01_t3, f01_c3, f01_t4],
    ),
    rpair(
        "zhb50r_f02_sz_powerbank_doa",
        "Shenzhen online electronics store chat; a power bank arrived dead. Fault in worse: doubts the customer's honesty (suggests it was dropped).",
        better=[f02_o, f02_t1, f02_c1, f02_t2b, f02_c2b, f02_t3, f02_c3, f02_t4],
        worse=[f02_o, f02_t1, f02_c1, f02_t2w, f02_c2w, f02_t3, f02_c3, f02_t4],
    ),
    rpair(
        "zhb50r_f03_fs_dining_table",
        "Foshan furniture showroom; a man asks the price of a sintered-stone dining table. Fault in worse: drops the price before asking anything.",
        better=[f03_o, f03_t1b, f03_c1b, f03_t2, f03_c2, f03_t3, f03_c3],
        worse=[f03_o, f03_t1w, f03_c1w, f03_t2, f03_c2, f03_t3, f03_c3],
    ),
    rpair(
        "zhb50r_f04_sz_dental_cleaning",
        "Shenzhen private dental clinic front desk; a smoker wants a cleaning before a wedding banquet. Fault in worse: an unasked lecture on smoking.",
        better=[f04_o, f04_t1, f04_c1, f04_t2b, f04_c2b, f04_t3, f04_c3, f04_t4],
        worse=[f04_o, f04_t1, f04_c1, f04_t2w, f04_c2w, f04_t3, f04_c3, f04_t4],
    ),
    rpair(
        "zhb50r_f05_dg_mould_quote",
        "Dongguan injection-mould factory; a sourcing agent waits for a quote on a two-part plastic housing. Fault in worse: a vague next step (no date).",
        better=[f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3b, f05_c3b],
        worse=[f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3w, f05_c3w],
    ),
    rpair(
        "zhb50r_f06_sz_yogamat_fastboat",
        "Shenzhen freight forwarder chat; a seller ships yoga mats to a US Amazon warehouse after a previous forwarder ran 30+ days late. Fault in worse: over-promises.",
        better=[f06_o, f06_t1, f06_c1, f06_t2b, f06_c2b, f06_t3, f06_c3],
        worse=[f06_o, f06_t1, f06_c1, f06_t2w, f06_c2w, f06_t3, f06_c3],
    ),
    rpair(
        "zhb50r_f07_sz_printer_lease",
        "Shenzhen office-equipment leasing; a company needs a dot-matrix printer for invoices and triplicate delivery notes with old billing software. Fault in worse: closes before checking it works.",
        better=[f07_o, f07_t1, f07_c1, f07_t2, f07_c2, f07_t3b, f07_c3b],
        worse=[f07_o, f07_t1, f07_c1, f07_t2, f07_c2, f07_t3w, f07_c3w],
    ),
    rpair(
        "zhb50r_f08_gz_fangcun_tea_gift",
        "Guangzhou Fangcun tea market shop; a man wants a tea gift for his father-in-law. Fault in worse: recommends before asking.",
        better=[f08_o, f08_t1b, f08_c1b, f08_t2, f08_c2, f08_t3, f08_c3],
        worse=[f08_o, f08_t1w, f08_c1w, f08_t2, f08_c2, f08_t3, f08_c3],
    ),
    rpair(
        "zhb50r_f09_sz_social_insurance_transfer",
        "Shenzhen social-insurance service counter (public service); a worker from Changsha asks about three years of contributions. Fault in worse: unexplained jargon.",
        better=[f09_o, f09_t1, f09_c1, f09_t2b, f09_c2b, f09_t3, f09_c3],
        worse=[f09_o, f09_t1, f09_c1, f09_t2w, f09_c2w, f09_t3, f09_c3],
    ),
    rpair(
        "zhb50r_f10_gz_haizhu_first_home",
        "Guangzhou Haizhu second-hand property agent; a first-time buyer working in Pazhou, budget 3 million. Fault in worse: talks about himself instead of the customer.",
        better=[f10_o, f10_t1, f10_c1, f10_t2b, f10_c2b, f10_t3, f10_c3],
        worse=[f10_o, f10_t1, f10_c1, f10_t2w, f10_c2w, f10_t3, f10_c3],
    ),
]
