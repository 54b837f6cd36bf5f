"""Ranked pairs f01-f10 (written by hand): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

# f01: worse argues with the customer
F01_O = c("你们这个滤芯怎么又要换了？上次换才半年。网上买一套才三百，你们上门换要六百。", "too_expensive")
F01_T1 = t("林阿姨您好，六百确实不便宜，我理解。您家几个人用水？是直接喝还是烧开了喝？")
F01_C1 = c("四个人，煮饭烧水都用它。我儿子讲网上那个跟你们的是一样的东西。", None)
F01_T2_GOOD = t("网上有原装的也有兼容的。原装的跟我们换的是一样的；兼容的便宜，但接口不一定密封得好。您想自己换的话，我教您看原装的标记，上门费就省了。要是还想让我们来换，我帮您申请老客户价，五百二。")
F01_C2_GOOD = c("哦，那我先叫我儿子看一下网上那个是不是原装的，不是的话再找你。", "think_it_over")
F01_T2_BAD = t("阿姨，网上那些基本都是假的，三百块不可能买到原装的，您儿子讲的不对。我们的才是正品，您信我的。")
F01_C2_BAD = c("你怎么知道都是假的？我儿子又不是傻子。你这样讲我更不想在你这里换了。", None)
F01_T3 = t("好的。四个人用的话，六个月左右确实该换了，拖太久出水会有味道。这是我的电话，您有需要随时打。")
F01_C3 = c("嗯，知道了，有需要再打给你。", "brush_off")

# f02: worse doubts the customer's honesty
F02_O = c("你好，我这双鞋两个礼拜前在你们这里买的，鞋底前面开胶了，你看。", None)
F02_T1 = t("我看一下……确实，前掌这边开了。您平时是上班穿，还是运动的时候穿？")
F02_C1 = c("就上下班走路，晚上偶尔去公园散散步。", None)
F02_T2_GOOD = t("正常走路两个礼拜不应该开胶，这个是质量问题。可以直接换一双新的，同款有货；您想退也可以。")
F02_C2_GOOD = c("换一双吧，我还蛮喜欢这个款的。", None)
F02_T2_BAD = t("正常走路两个礼拜是不会开胶的哦。您确定没有拿去打球，或者泡过水？很多客人穿坏了都说是正常穿的。")
F02_C2_BAD = c("我骗你干嘛？一双三百多的鞋，我犯得着吗？你这样讲我很不舒服。", None)
F02_T3 = t("您穿几码？我给您拿一双同款的试一下。")
F02_C3 = c("四十一码。", None)
F02_T4 = t("好，您稍等，我去仓库拿。")

# f03: worse drops the price before asking anything
F03_O = c("老板，这个青花梅瓶多少钱？", None)
F03_T1 = t("这个是一千二，手工拉坯、手绘的，底下有作者的款。")
F03_C1 = c("一千二啊……", None)
F03_T2_GOOD = t("您是买回去自己摆，还是送人？")
F03_C2_GOOD = c("自己摆的。家里新装修，电视柜旁边空了一块，想放个高一点的。", None)
F03_T2_BAD = t("您真心要的话，八百拿走。")
F03_C2_BAD = c("一下子降四百？那是不是本来就不值一千二啊？", "too_expensive")
F03_T3 = t("您可以看看釉面跟画工，这个老师的东西在我们店卖了好几年了。瓶子高四十五公分，放家里的话您最好先量一下地方够不够。")
F03_C3 = c("嗯，我拍个照，回去量一下再来。", "think_it_over")
F03_T4 = t("好，您拍。我给您一张名片，上面有尺寸跟我的微信。")

# f04: worse gives an unasked lecture
F04_O = c("你好，我刚进一家公司，公司叫我来办张工资卡。", None)
F04_T1 = t("好的，身份证带了吗？公司有没有给您开户的单子？")
F04_C1 = c("都带了，这是单子。先讲好哈，我不买理财也不办信用卡，上次来办别的被推销了半个小时。", "no_need")
F04_T2_GOOD = t("好，就办工资卡。要不要开手机银行？工资到账的短信提醒每个月两块，不要也可以不开。")
F04_C2_GOOD = c("短信不要了，手机银行开一下。", None)
F04_T2_BAD = t("好。不过我多讲一句哈，你们年轻人刚工作，千万要学会存钱，不要一发工资就买奶茶买衣服，每个月最好存三成，不然到三十岁什么都没有。手机银行要开吗？")
F04_C2_BAD = c("……我就是来办个卡的。手机银行开一下，短信不要。", None)
F04_T3 = t("好的，这里签个字，卡五分钟就好。")
F04_C3 = c("工资卡有冇年费的咯？", None)
F04_T4 = t("工资卡免年费，也没有小额账户管理费。")

# f05: worse gives a vague next step
F05_O = c("老板，你们今年的脐橙什么时候能发？我在福州有三家水果店，想订两千斤。", None)
F05_T1 = t("今年十一月中开始采，头一批糖度还差一点，我建议等二十号以后的。你们要哪个规格？")
F05_C1 = c("中果就行，七十五到八十的，店里好卖。去年在别家订，讲好十一月底到，拖到十二月中才来，年前那一波全错过了。", "bad_experience")
F05_T2 = t("中果今年三块二一斤，两千斤六千四。先付两成定金，货到你验完再付剩下的。")
F05_C2 = c("三块二比去年贵两毛哦。好吧，好果子贵点也认了，时间你要给我讲准。", "too_expensive")
F05_T3_GOOD = t("好，我讲清楚：二十号我拍果园跟测糖的视频给你，你看了满意，二十二号采，二十三号分拣装箱，二十四号发车，二十六号前到福州。万一下雨要推迟，我最晚二十一号晚上打电话跟你讲。")
F05_C3_GOOD = c("这样我心里就有数了，定金我等下转给你。", None)
F05_T3_BAD = t("放心，今年果子好，采了我们第一时间通知你，很快就到的。")
F05_C3_BAD = c("第一时间是什么时候？去年那家也是这么讲的。你不给个日子，定金我先不转，我再问问别家。", "think_it_over")

# f06: worse over-promises
F06_O = c("你好，我家老房子想把厨房卫生间翻新一下，过年前一定要弄好，我儿子儿媳过年要带孙子回来住。", None)
F06_T1 = t("好的，现在离过年大概还有七个礼拜。厨房卫生间大概多大？水电要不要动？")
F06_C1 = c("厨房六个平方，卫生间四个平方。水管都是二十年前的铁管，我想一起换掉。", None)
F06_T2 = t("铁管要换成PPR的。顺序是改水电、做防水、闭水试验、贴砖、装橱柜，橱柜定做要二十天左右，可以跟前面的活同时进行。")
F06_C2 = c("那来得及吗？楼上楼下都是老人家，敲敲打打太久他们要有意见的。", None)
F06_T3_GOOD = t("正常工期五个礼拜左右，时间是够的，但是紧。我讲实话：闭水要四十八小时，这个不能省；拆开万一发现墙里的管子烂了要多改，可能会多几天。敲墙的活我集中在头一个礼拜，白天做，中午不做，每个礼拜六我把进度拍给您，有风险提前跟您讲。")
F06_C3_GOOD = c("你这样讲我放心一点，总比拍胸脯的好。那你先来量一下吧。", None)
F06_T3_BAD = t("来得及来得及！三个礼拜保证完工，绝对不会漏水，也不会吵到邻居，质量我拍胸脯保证，一点问题都不会有。")
F06_C3_BAD = c("三个礼拜？我问的另外两家都讲要五六个礼拜，你怎么这么快？别到时候赶工赶出问题来，我再考虑一下。", "think_it_over")

# f07: worse closes before checking the thing works
F07_O = c("你好，我那个瓦罐汤店想换个扫码点餐的系统，现在这个老是卡，后厨出单也慢。", None)
F07_T1 = t("好的。店里现在几张桌子？后厨的打印机是什么牌子的，用了几年了？")
F07_C1 = c("二十张桌子。打印机是原来那个系统送的，好像是个杂牌子，用了五年了。", None)
F07_T2 = t("我们的系统扫码点餐、收银、后厨出单都有，一年一千六，不用另外买平板，用你们现在的收银电脑就行。")
F07_C2 = c("一千六还可以，比现在那家便宜。中午高峰不会卡吧？", None)
F07_T3_GOOD = t("高峰一般不会卡。不过你那台打印机是杂牌的，我不敢保证连得上。我明天早上开档前过来，带测试账号在你店里实际点几单，看后厨出不出单。出得了再签；出不了就要换打印机，三百多一台，到时候你再决定。")
F07_C3_GOOD = c("可以，那你明天早上九点半过来，十点半就要上客了。", None)
F07_T3_BAD = t("不会卡的，我们系统很稳定。那今天就签了吧，合同我带来了，签完明天就给你开通。")
F07_C3_BAD = c("今天就签啊？我那个打印机能不能用你都没看，签了用不了么样搞？我还是等你来试过了再讲。", "think_it_over")

# f08: worse recommends before asking
F08_O = c("你好，我们想拍婚纱照，就在厦门拍，想问一下你们的套餐。", None)
F08_T1_GOOD = t("恭喜！想先了解一下，你们喜欢什么样的感觉，海边、老房子，还是棚里拍？婚礼大概什么时候？")
F08_C1_GOOD = c("喜欢自然一点的，不要那种摆很多姿势的。婚礼是明年三月，在我老公老家宁德办。预算不多，七八千吧。", None)
F08_T1_BAD = t("恭喜！给你们推荐我们卖得最好的鼓浪屿旅拍尊享套餐，三套服装、两个场景、一百张精修，一万二千八。")
F08_C1_BAD = c("一万二啊……我们预算就七八千。而且我们不太喜欢那种摆很多姿势的。", "no_money")
F08_T2 = t("明白了。那我给你们看一下我们的纪实风格，以自然抓拍为主，鼓浪屿老别墅加一段海边，八千八，精修六十张。")
F08_C2 = c("这种风格我们喜欢。拍完要多久能拿到照片？", None)
F08_T3 = t("拍完三天内选片，精修四个礼拜，三月婚礼前肯定到。你们可以先来店里看看样片，这个礼拜六下午有空吗？")
F08_C3 = c("礼拜六可以，我们下午三点过去。", None)

# f09: worse uses unexplained jargon
F09_O = c("你好，我在泉州开茶叶店，马来西亚那边有个客人要两百斤铁观音，我没寄过国外，不知道怎么弄。", None)
F09_T1 = t("没问题，我们每个礼拜都有走马来西亚的。两百斤茶大概装几箱？客人在吉隆坡还是槟城？")
F09_C1 = c("应该是八箱左右。客人在槟城，是那边的华人，开茶行的。", None)
F09_T2_GOOD = t("好。我们有一种叫包税到门的走法：你在泉州把货交给我们，出口报关、海运、马来西亚那边清关交税，一直送到他茶行门口，都是我们办，大概十八到二十天。")
F09_C2_GOOD = c("这样最省事，我也不用跟他解释交税的事。大概多少钱？", None)
F09_T2_BAD = t("好。那建议走海运拼箱DDP，双清包税，门到门，出口报关跟目的港清关我们都做，时效T+18左右，按CBM计费，不足一方按一方算。")
F09_C2_BAD = c("你讲的这个DDP、双清、CBM我都听不懂……你讲白话一点，他收货要不要再付钱？", None)
F09_T3 = t("收货那边不用再付钱，都包在里面了。八箱大概一点五个立方，全部两千四百块。你礼拜四前把货送到我们仓库，能赶上这个礼拜的船。")
F09_C3 = c("两千四有点贵哦，我问过邮政，好像便宜一些。", "too_expensive")
F09_T4 = t("邮政也可以，不过单件有重量限制，茶叶要拆成很多包，对方那边可能还要自己交税。你两边比一下，报价单我发你微信。")

# f10: worse talks about themselves
F10_O = c("你好，我预产期是十月，想来看看你们月子中心。我婆婆说在家坐就好，我自己有点想来这边。", None)
F10_T1 = t("欢迎，恭喜你。是第一胎吗？你比较想来月子中心，是担心在家里哪方面？")
F10_C1 = c("第一胎。我婆婆人是好的，但是她那一套很老，什么不能洗头、不能吹风、天天喝鸡汤，我怕到时候吵架。我老公又经常出差。", None)
F10_T2_GOOD = t("那你要的其实是两件事：有人专业地照顾你跟宝宝，还有跟婆婆之间不要为这些事闹得不愉快。我们这边可以洗头洗澡，护士会跟家属讲清楚为什么，婆婆来探望的时候也可以一起听，很多婆婆听完就放心了。")
F10_C2_GOOD = c("对对，就是这个。婆婆来听听也好，不然我讲她不信。", None)
F10_T2_BAD = t("我懂我懂！我生老大的时候也是跟我婆婆住，她天天逼我喝鸡汤，我胖了二十斤。后来生老二我直接来了我们这里，真的不一样，我老公都说我气色好多了，我现在跟婆婆关系也好了……")
F10_C2_BAD = c("呃……嗯。那你们这边具体是怎么安排的？", None)
F10_T3 = t("我们是二十八天的，一天三餐三点，每天有护士查房，宝宝可以在房间，也可以放婴儿室。一个月两万八。")
F10_C3 = c("两万八啊……比我们想的多，我要跟我老公商量一下再说。", "think_it_over")
F10_T4 = t("应该的。你们可以周末一起来看看房间，我把价格表跟一天的安排发你，等你老公出差回来再约。")

PAIRS = [
    rpair(
        "zhb56r_f01_xiamen_water_filter_price",
        "Xiamen: a woman objects that the company's filter change costs twice the online price.",
        better=[F01_O, F01_T1, F01_C1, F01_T2_GOOD, F01_C2_GOOD, F01_T3, F01_C3],
        worse=[F01_O, F01_T1, F01_C1, F01_T2_BAD, F01_C2_BAD, F01_T3, F01_C3],
    ),
    rpair(
        "zhb56r_f02_jinjiang_sole_came_unglued",
        "Jinjiang: a customer brings back two-week-old trainers whose sole has come unglued at the toe.",
        better=[F02_O, F02_T1, F02_C1, F02_T2_GOOD, F02_C2_GOOD, F02_T3, F02_C3, F02_T4],
        worse=[F02_O, F02_T1, F02_C1, F02_T2_BAD, F02_C2_BAD, F02_T3, F02_C3, F02_T4],
    ),
    rpair(
        "zhb56r_f03_jingdezhen_meiping_vase",
        "Jingdezhen, Taoxichuan: a visitor asks the price of a blue-and-white meiping vase.",
        better=[F03_O, F03_T1, F03_C1, F03_T2_GOOD, F03_C2_GOOD, F03_T3, F03_C3, F03_T4],
        worse=[F03_O, F03_T1, F03_C1, F03_T2_BAD, F03_C2_BAD, F03_T3, F03_C3, F03_T4],
    ),
    rpair(
        "zhb56r_f04_nanchang_salary_card",
        "Nanchang: a young new employee opens a salary account and warns he wants nothing else.",
        better=[F04_O, F04_T1, F04_C1, F04_T2_GOOD, F04_C2_GOOD, F04_T3, F04_C3, F04_T4],
        worse=[F04_O, F04_T1, F04_C1, F04_T2_BAD, F04_C2_BAD, F04_T3, F04_C3, F04_T4],
    ),
    rpair(
        "zhb56r_f05_ganzhou_navel_orange_order",
        "Ganzhou: a Fuzhou fruit-shop owner, let down on timing last year, orders 2,000 jin of navel oranges.",
        better=[F05_O, F05_T1, F05_C1, F05_T2, F05_C2, F05_T3_GOOD, F05_C3_GOOD],
        worse=[F05_O, F05_T1, F05_C1, F05_T2, F05_C2, F05_T3_BAD, F05_C3_BAD],
    ),
    rpair(
        "zhb56r_f06_fuzhou_kitchen_bathroom_refit",
        "Fuzhou: an older woman wants her old flat's kitchen and bathroom redone before Spring Festival, when her son's family comes home.",
        better=[F06_O, F06_T1, F06_C1, F06_T2, F06_C2, F06_T3_GOOD, F06_C3_GOOD],
        worse=[F06_O, F06_T1, F06_C1, F06_T2, F06_C2, F06_T3_BAD, F06_C3_BAD],
    ),
    rpair(
        "zhb56r_f07_nanchang_soup_shop_ordering_system",
        "Nanchang: a clay-pot soup restaurant wants to replace a slow QR-ordering system; the kitchen printer is an old off-brand one.",
        better=[F07_O, F07_T1, F07_C1, F07_T2, F07_C2, F07_T3_GOOD, F07_C3_GOOD],
        worse=[F07_O, F07_T1, F07_C1, F07_T2, F07_C2, F07_T3_BAD, F07_C3_BAD],
    ),
    rpair(
        "zhb56r_f08_xiamen_wedding_photos",
        "Xiamen: a couple asks a wedding-photo studio about packages; they want a natural style on a modest budget.",
        better=[F08_O, F08_T1_GOOD, F08_C1_GOOD, F08_T2, F08_C2, F08_T3, F08_C3],
        worse=[F08_O, F08_T1_BAD, F08_C1_BAD, F08_T2, F08_C2, F08_T3, F08_C3],
    ),
    rpair(
        "zhb56r_f09_quanzhou_tea_to_penang",
        "Quanzhou: a tea-shop owner who has never shipped abroad must send 200 jin of Tieguanyin to a buyer in Penang.",
        better=[F09_O, F09_T1, F09_C1, F09_T2_GOOD, F09_C2_GOOD, F09_T3, F09_C3, F09_T4],
        worse=[F09_O, F09_T1, F09_C1, F09_T2_BAD, F09_C2_BAD, F09_T3, F09_C3, F09_T4],
    ),
    rpair(
        "zhb56r_f10_fuzhou_confinement_centre",
        "Fuzhou: a first-time mother due in October visits a postpartum confinement centre; her mother-in-law prefers the traditional month at home.",
        better=[F10_O, F10_T1, F10_C1, F10_T2_GOOD, F10_C2_GOOD, F10_T3, F10_C3, F10_T4],
        worse=[F10_O, F10_T1, F10_C1, F10_T2_BAD, F10_C2_BAD, F10_T3, F10_C3, F10_T4],
    ),
]
