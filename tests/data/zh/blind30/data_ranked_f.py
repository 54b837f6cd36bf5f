"""Ranked pairs f01-f10 of zhb30 (hand-written): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 fault: argues with the customer about fuel use
o = c("试驾完了，开着还中。俺主要市区跑，每天上班来回三十公里，就是这油耗表显示九个多。", None)
s1 = t("市区为主的话，混动版能到五个多，贵一万二。按每天三十公里算，一年省四千来块，三年左右回本。您走同一条路线试一圈混动的比比？")
s2 = c("试可以，多一万二俺得回去跟俺媳妇商量。", "think_it_over")
s3 = t("好，我去拿钥匙，还是刚才那条路。")
PAIRS.append(rpair(
 "zhb30r_f01_luoyang_cardealer_fuel_use",
 "After a test drive at a Luoyang dealer the buyer says the trip computer shows higher fuel use than advertised.",
 [o, t("您跑的这段堵车又有红绿灯，表显会比官方高一点，这正常。"),
  c("那俺天天市区跑，不都得这么高？", None), s1, s2, s3],
 [o, t("不会高的，官方油耗是国家测的。肯定是您刚才油门踩太猛了。"),
  c("俺开车稳当得很，你这话说的。那俺天天市区跑，到底多少？", None), s1, s2, s3]))

# f02 fault: drops the price before asking anything
o = c("你好 问下你们教资笔试的课 我在职 想考初中数学", None)
s1 = t("科目二差几分的话 多半是简答和材料分析丢分。我们有单科冲刺 晚上八点直播有回放 单报科目二四百八")
s2 = c("四百八还能接受 有试听吗", None)
s3 = t("有 今晚八点就有一节 链接发你")
s4 = c("好", None)
PAIRS.append(rpair(
 "zhb30r_f02_changsha_teacher_cert_written",
 "A working adult chats with a Changsha exam-prep school about the teacher-certificate written exam.",
 [o, t("你好 在职备考要省时间。一天大概能学多久 之前考过吗"),
  c("一天一个多小时吧 去年考过 科目二差几分", None), s1, s2, s3, s4],
 [o, t("你好 现在报名直接打八折 原价一千二 现在九百六"),
  c("先别说价钱 我去年考过 科目二差几分 有针对的没", None), s1, s2, s3, s4]))

# f03 fault: unexplained jargon
o = c("医生，我这脸上的痘痘反反复复半年了，擦了好多药都冇用。", None)
a1 = t("半年确实磨人。擦过什么药？痘痘是红肿的多，还是小白头多？")
b1 = c("擦过阿达帕林，还有网上买的。红的多，下巴最多，来大姨妈前更厉害。", None)
s1 = t("不用空腹，最好月经第二到第四天来抽，三百左右。")
s2 = c("那我下礼拜来抽。", None)
PAIRS.append(rpair(
 "zhb30r_f03_zhuzhou_skin_clinic_acne",
 "A young woman at a private dermatology clinic in Zhuzhou has had recurring acne for half a year.",
 [o, a1, b1, t("下巴多、经期前加重，多半跟激素波动有关，光擦药不够。建议抽个血查下激素，看结果再定要不要吃药调。"),
  c("抽血要空腹吗？多少钱？", None), s1, s2],
 [o, a1, b1, t("这是典型的高雄激素型，建议查性激素六项，排除一下PCOS，必要时上口服抗雄治疗。"),
  c("么子PCOS？你讲的我听不懂，是不是很严重？抽血要空腹吗？", None), s1, s2]))

# f04 fault: over-promises
o = c("你好，想买个空气净化器，俺孩子过敏性鼻炎，一到冬天就打喷嚏。", None)
a1 = t("孩子几岁了？房间大概多大？家里养冇养猫狗？")
b1 = c("六岁，房间十五平左右。冇养宠物，就是冬天雾霾厉害。", None)
s1 = t("半年左右换一次，一个两百八，机器上有提醒灯。")
s2 = c("中，那就拿这台。", None)
PAIRS.append(rpair(
 "zhb30r_f04_xinxiang_appliance_air_purifier",
 "A father in a Xinxiang appliance store wants an air purifier for his six-year-old with allergic rhinitis.",
 [o, a1, b1, t("十五平这台够了，对PM2.5和花粉过滤不错。不过鼻炎诱因多，净化器能减轻一部分，代替不了看医生。一千二。"),
  c("那中，能减轻就中。滤网多久换？", None), s1, s2],
 [o, a1, b1, t("这台对付过敏性鼻炎效果特别好，用上保证孩子一冬天不打喷嚏，药都能停。一千二。"),
  c("真能保证？俺孩子看了三年医生都冇好……你别哄俺。滤网多久换？", None), s1, s2]))

# f05 fault: doubts the customer's honesty
o = c("老板，上个月在你这买的叶面肥，打了以后辣椒叶子发黄，好多都卷了。", None)
a1 = t("这个要紧。兑多少水打的？哪天打的，那几天天气么样？")
b1 = c("照袋子上写的，一包兑一桶水。打的那天中午蛮晒。", None)
s1 = t("好，我九点到。真是肥的问题，损失我们按实际核算。")
s2 = c("那就这么定。", None)
PAIRS.append(rpair(
 "zhb30r_f05_changde_farm_supply_leaf_burn",
 "A chilli grower returns to a Changde farm-supply shop saying a foliar fertilizer yellowed his plants.",
 [o, a1, b1, t("中午高温打叶面肥容易烧叶子，也可能是肥的问题。我明天上午去田里看看，再把同批号的拿去检测。"),
  c("要得，明天上午我在田里等你。", None), s1, s2],
 [o, a1, b1, t("这批肥别人打了都冇事，你不会是在别家买的，跑到我这来讲吧？真是按袋子上兑的？"),
  c("我骗你搞么子？种了十几年辣椒。你明天来看就晓得了。", None), s1, s2]))

# f06 fault: vague next step
o = c("你好，我们想拍婚纱照，外景想去东湖，你们能拍吗？", None)
a1 = t("能拍。想什么时候拍？喜欢自然一点的还是摆拍？")
b1 = c("下个月中旬吧，喜欢自然的，不要太多造型。预算五千左右。", None)
a2 = t("那东湖外景套餐合适，四千六，两套服装，一个摄影一个助理，底片全给。")
b2 = c("可以，下个月十五号那个周末有档期冇？", None)
PAIRS.append(rpair(
 "zhb30r_f06_wuhan_wedding_photo_east_lake",
 "A Wuhan couple asks a photo studio about an outdoor wedding shoot at East Lake.",
 [o, a1, b1, a2, b2, t("查了，十六号周六上午有，东湖早上光线最好。我先锁三天，你们确认了交五百定金就定下来。"),
  c("蛮好，我跟他商量一下，明天给你答复。", "think_it_over")],
 [o, a1, b1, a2, b2, t("这个我得问下摄影师，回头有消息了再通知你们。"),
  c("回头是么时候？别家当场就查得到。那我先问问别家。", "think_it_over")]))

# f07 fault: an unasked lecture
o = c("你好，俺想装个宽带，刚搬的家，在宋都御街那边。", None)
a1 = t("好的。家里几个人用？平时主要干啥，看电视、打游戏还是在家办公？")
b1 = c("俩人，俺对象在家做直播卖货，网得稳。", None)
s1 = t("明天下午或者后天上午都行，您看哪个方便？")
s2 = c("明天下午吧，俺在家。", None)
PAIRS.append(rpair(
 "zhb30r_f07_kaifeng_broadband_livestream",
 "A Kaifeng customer who just moved wants home broadband; his wife sells goods by livestream.",
 [o, a1, b1, t("直播看上传，建议五百兆的，上传五十兆，一个月九十九。"),
  c("九十九中。啥时候能来装？", None), s1, s2],
 [o, a1, b1, t("直播看上传。我给您讲讲啊，好多人不懂，下载上传是两码事，光纤是用光信号传的，带宽分上下行……总之建议五百兆，一个月九十九。"),
  c("中中中，这些俺不用懂。九十九中，啥时候来装？", None), s1, s2]))

# f08 fault: talks about themselves
o = c("老师，我二战了，一战政治才考四十九，这次有点慌。", None)
a1 = t("能理解。四十九分主要丢在哪儿？选择题还是大题？")
b1 = c("选择题错了一大半，马原那块根本弄不懂。", None)
s1 = t("那就换过来：先听马原专题课，每节课后马上做二十道选择题，错题当天弄懂。专题课八节，四百。")
s2 = c("四百中，我先报马原这个。", None)
PAIRS.append(rpair(
 "zhb30r_f08_zhengzhou_kaoyan_politics",
 "A second-attempt candidate at a Zhengzhou kaoyan school is anxious about the politics paper.",
 [o, a1, b1, t("那先把马原的逻辑弄懂再刷题。你一战是一直背，还是也刷了题？"),
  c("光背了，题刷得少。", None), s1, s2],
 [o, a1, b1, t("我当年考研政治也是马原不行，后来自己琢磨出一套方法，考了七十八，我们班就我最高。"),
  c("哦……那老师我该咋弄？我一战光背，题刷得少。", None), s1, s2]))

# f09 fault: recommends before asking
o = c("你好，我们是孝感做汽车配件的厂，一百多个人，想上个管理系统。", None)
s1 = t("库存对不上，一般是出入库靠手写单、补录晚了。你们现在出入库怎么记？")
s2 = c("纸质单子，仓管员下班再录Excel。", None)
s3 = t("那先上库存模块加扫码枪，出入库当场扫，账实时更新，一年两万二。我先派人来仓库看一天再出方案。")
s4 = c("先来看看可以，下礼拜三吧。", None)
PAIRS.append(rpair(
 "zhb30r_f09_xiaogan_factory_erp",
 "A car-parts factory in Xiaogan (Hubei) asks a software vendor about a management system.",
 [o, t("好的。现在最头疼的是哪块？库存、排产，还是财务对账？"),
  c("主要是库存，仓库账跟实际老对不上，月底盘点要三天。", None), s1, s2, s3, s4],
 [o, t("那直接上我们的全模块版，生产、库存、财务、人事都有，一年八万。"),
  c("八万？我们主要是库存对不上，要那么多模块搞么子？", "no_need"), s1, s2, s3, s4]))

# f10 fault: takes the money before checking the repair works
o = c("师傅，我胎压灯亮了，左前轮好像有点瘪。", None)
a1 = t("我看看……扎了个钉子，在胎面上，能补，四十块。")
b1 = c("补吧，我赶时间，等下还要去接伢。", None)
s1 = t("……冒泡了，边上还有点漏，我重新补一下，再把胎压灯复位。")
s2 = c("那你弄好点，我真赶时间。", None)
PAIRS.append(rpair(
 "zhb30r_f10_huangshi_tyre_puncture",
 "A driver in a hurry stops at a Huangshi tyre shop with a slow puncture.",
 [o, a1, b1, t("补好了。收钱前我泡水试一下漏不漏，两分钟。"),
  c("要得，你试。", None), s1, s2],
 [o, a1, b1, t("补好了，四十块，扫这里。"),
  c("付了。哎，你不试下漏不漏？上回别家补完第二天又瘪了。", None), s1, s2]))
