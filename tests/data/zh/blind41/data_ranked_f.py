"""zhb41 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t


def _f01():
    o = c("你好，我们输送带老跑偏，想换一条你们的，多少钱？", None)
    a1 = t("跑偏不一定全是带子的问题。这条用了多久？一开始就跑，还是最近才跑？")
    b1 = c("嗯，用了两年，最近三个月才跑偏的。", None)
    a2 = t("最近才跑，多半是滚筒或托辊磨了，换新带子也会跑。我先让师傅去看看滚筒，免费的。")
    b2 = c("可是我觉得就是带子的问题，带子都磨薄了。", None)
    good = [t("带子磨薄也有可能，那两样一起看。师傅带卷尺量厚度，要换带子当场报价。"),
            c("行，那你们明天过来吧。", None)]
    bad = [t("不是带子的问题，我干了十几年了，跑偏肯定是滚筒，您听我的没错。"),
           c("你都没看过怎么就肯定？算了，我找别人看。", None)]
    return rpair("zhb41r_f01_tangshan_conveyor_belt",
                 "Tangshan quarry: a belt keeps running off. Fault in worse: the trainee argues with the customer's own diagnosis instead of checking both.",
                 [o, a1, b1, a2, b2] + good, [o, a1, b1, a2, b2] + bad)


def _f02():
    o = c("你好，上周买的那台液压搬运车，到货第二天就漏油了，要退换。", None)
    a1 = t("漏油影响使用，抱歉。漏的是油缸还是油管接头？方便拍个照片吗？")
    b1 = c("照片发你了，就是油缸下面在滴。", None)
    good = [t("看到了，应该是密封圈的问题。您这几天搬的大概多重？我登记一下。"),
            c("就几箱饮料，三四百斤吧。", None)]
    bad = [t("我们出厂都检查过，一般不会第二天就漏。您确定不是超载搬出来的？"),
           c("就几箱饮料，三四百斤！你这是怀疑我们？", None)]
    a3 = t("这个重量没问题，是质量问题。今天给您换台新的，明天下午到，旧的顺路拉回。")
    return rpair("zhb41r_f02_jinan_pallet_truck",
                 "Jinan distributor: a new hand pallet truck leaks the day after delivery. Fault in worse: the trainee doubts the customer's honesty (suggests overloading).",
                 [o, a1, b1] + good + [a3, c("行，那就这样。", None)],
                 [o, a1, b1] + bad + [a3, c("行吧。下回发货前你们自己先检查好。", None)])


def _f03():
    o = c("你好，你们防锈油什么价？我们一个月用两桶。", None)
    b1 = c("嗯，钢件，要海运出口到东南亚，路上一个多月。", None)
    a2 = t("海运一个多月又热又潮，普通防锈油顶不住，要用长效型的，一桶两千一，能保六个月。")
    a3 = t("长效型确实贵。您现在用的，到货后有没有生锈返工过？")
    b3 = c("嗯，有过，上次一整柜到越南锈了一半，客户扣了款。", None)
    a4 = t("那我寄一桶试用装，跟下一柜一起走，到港看效果再定。")
    return rpair("zhb41r_f03_wenling_rust_oil",
                 "Wenling exporter asks about rust-preventive oil. Fault in worse: the trainee cuts the price before asking anything, then quotes a dearer grade and looks unreliable.",
                 [o, t("普通型两百升一桶一千六。您防的是什么件？放多久，要不要海运？"), b1, a2,
                  c("两千一？比我现在用的贵不少。", "too_expensive"), a3, b3, a4],
                 [o, t("普通型两百升一桶一千六，不过您今天定，我算您一千四。您防的是什么件？"), b1, a2,
                  c("刚才还说一千四，现在又两千一？你们价格到底多少？", None), a3, b3, a4])


def _f04():
    o = c("喂，明天要一台九米六的车去武汉，装机械配件，有车吗？", None)
    a1 = t("有的。货大概多重？几点装车？")
    b1 = c("十二吨左右，早上八点装。", None)
    a3 = t("好，九米六运费四千二，明早七点半到厂，司机电话今晚发您。")
    b3 = c("四千二有点高啊，上次才三千八。", "too_expensive")
    a4 = t("上次是淡季。这样，四千一，明早准时到。")
    return rpair("zhb41r_f04_xuzhou_truck_booking",
                 "Xuzhou parts maker books a full truck to Wuhan. Fault in worse: an unasked lecture on how to pack and strap machine parts.",
                 [o, a1, b1, t("好的，十二吨没问题。有没有怕压、怕雨的货？要不要篷布？"),
                  c("有几箱电路板怕潮，盖好篷布就行。", None), a3, b3, a4],
                 [o, a1, b1, t("好的。顺便说一下，配件装车一定要打木托上绑带，很多厂都不懂，出事才后悔，我们见多了……"),
                  c("我们发了十几年货了，这个不用你教。就问车有没有。", None), a3, b3, a4])


def _f05():
    o = c("你好，我们那台洛氏硬度计测出来的数跳得厉害，能来修吗？", None)
    a1 = t("可以。跳多少？用标准块测也跳吗？")
    b1 = c("嗯，标准块HRC60的，测出来五十七到六十二都有。", None)
    a2 = t("标准块都跳，可能是压头或主轴的问题，得现场看。这台用几年了？")
    b2 = c("七八年了，没修过。修要多少钱？那个，老板说超过三千就不如换新的。", None)
    return rpair("zhb41r_f05_liuzhou_hardness_tester",
                 "Liuzhou plant's hardness tester gives scattered readings. Fault in worse: a vague next step ('we'll let you know') instead of a date.",
                 [o, a1, b1, a2, b2, t("上门检测三百，换压头八百左右，一般三千以内。周四上午我带压头过去，能换当场换。"),
                  c("周四上午可以，我在厂里等你。", None)],
                 [o, a1, b1, a2, b2, t("上门检测三百，具体要看了才知道。我回去跟师傅安排一下，有时间再通知您。"),
                  c("有时间是什么时候？我们下周要出报告的。", None)])


def _f06():
    o = c("你好，我们想上一套视觉引导的上下料机器人，客户催得紧，多久能交货？", None)
    a1 = t("要看方案复杂程度。几台机床？工件什么样？")
    b1 = c("就一台加工中心，工件是铸铁壳体，摆放不太规整。", None)
    a2 = t("摆放不规整就得用3D视觉，要先拿你们的工件测识别率。")
    b2 = c("那总共要多久？客户说下个月中之前要能跑。", None)
    return rpair("zhb41r_f06_changsha_vision_robot",
                 "Changsha machining plant under customer pressure wants a 3D-vision loading robot fast. Fault in worse: over-promises a two-week delivery.",
                 [o, a1, b1, a2, b2, t("说实话，测试一周，夹具和调试五到六周，下个月中很紧。我先测，一周后给您确定的日期。"),
                  c("六周……那我先跟客户沟通一下，你先测吧。", "think_it_over")],
                 [o, a1, b1, a2, b2, t("没问题，两周就能装好跑起来，我们做过很多，您放心。"),
                  c("两周？太好了，那我就跟客户说下个月初能跑。", None)])


def _f07():
    o = c("你们上次寄的热收缩膜样品我们还没上机试，不过价格挺合适的。", None)
    a1 = t("谢谢。现在用的膜有什么问题吗？为什么想看新的？")
    b1 = c("嗯，现在的膜收缩后老有褶子，客户嫌不好看。", None)
    a3 = t("好的，周三上午我带工程师过去，试完看效果再谈量。")
    b3 = c("行。", None)
    return rpair("zhb41r_f07_nanchang_shrink_film",
                 "Nanchang beverage plant likes the price of shrink-film samples not yet run. Fault in worse: the trainee closes for five tonnes before checking the film works on their line.",
                 [o, a1, b1, t("起褶跟收缩率和炉温都有关系。建议先上机试一卷，我们工程师到场一起调炉温。"),
                  c("好啊，周三上午线上停机保养，正好可以试。", None), a3, b3],
                 [o, a1, b1, t("那就直接定吧，先下五吨，我们这个膜不会起褶的。"),
                  c("还没试就下五吨？不行，周三上午线上停机保养，先试了再说。", "think_it_over"), a3, b3])


def _f08():
    o = c("老板，我想买台激光切割机，你给推荐推荐。", None)
    a2 = t("三毫米以内、一天几十张，一千五百瓦的就够了，十二万左右，电费也省。")
    b2 = c("十二万还行。那个，切出来有没有毛刺？", None)
    a3 = t("不锈钢用氮气切，基本没毛刺。您带几张板过来，现场切给您看。")
    b3 = c("行，我周六带板子过来。", None)
    return rpair("zhb41r_f08_jieyang_laser_cutter",
                 "Jieyang stainless kitchenware workshop wants a laser cutter. Fault in worse: recommends a 6 kW machine before asking anything.",
                 [o, t("好的。主要切什么材料，多厚？一天大概切多少？"),
                  c("嗯，主要切不锈钢，三毫米以内，做厨房设备，一天也就几十张板。", None), a2, b2, a3, b3],
                 [o, t("推荐这台六千瓦的，切得快切得厚，现在最好卖，三十八万。"),
                  c("六千瓦？我就切三毫米以内的不锈钢，一天几十张板，用不着这么大吧？", "no_need"), a2, b2, a3, b3])


def _f09():
    o = c("你好，我们用金蝶记账，你们的仓库系统能连上吗？", None)
    a1 = t("可以。您现在金蝶里做到出入库单，还是只做财务凭证？")
    b1 = c("嗯，出入库单也在金蝶里做，就是仓库的人不会用，老出错。", None)
    a3 = t("对，扫一次就行，会计那边直接能看到。约个线上演示，用您几个商品走一遍，周五下午可以吗？")
    b3 = c("周五下午要去银行，周四吧。", "no_time")
    a4 = t("好，周四下午三点，链接发您。")
    return rpair("zhb41r_f09_shijiazhuang_wms_kingdee",
                 "Shijiazhuang distributor asks if a WMS links to Kingdee accounting. Fault in worse: unexplained integration jargon.",
                 [o, a1, b1, t("那仓库的人只用手机扫码出入库，数据自动同步到金蝶，不用再手录一遍。"),
                  c("自动同步？那会计不用再对一遍了？", None), a3, b3, a4],
                 [o, a1, b1, t("可以，我们走OpenAPI双向同步，单据回写，SKU主数据以ERP为准，走中间表映射。"),
                  c("啊？你说的这些我听不太懂……就是不用再录一遍了？", None), a3, b3, a4])


def _f10():
    o = c("你们这个空压机说能省电，真能省吗？我们厂一个月电费就十几万。", None)
    a1 = t("要看您现在的用气情况。厂里几台空压机？工频还是变频？")
    b1 = c("嗯，三台工频的，晚上用气少，但也得开着一台。", None)
    a3 = t("测试免费，测完给您报告，能省多少按数据算，不省就不用换。")
    b3 = c("说实话前年有家来测过，说省三成，换了也没省多少，我有点不信了。", "bad_experience")
    a4 = t("理解。这次测试数据原样给您，换完再测一次，没达到合同写的节电率就退差价。")
    return rpair("zhb41r_f10_shanghai_fair_compressor",
                 "At a Shanghai trade fair a plant owner asks if a compressor really saves power. Fault in worse: the trainee talks about himself and his company instead of the customer.",
                 [o, a1, b1, t("晚上用气少还开工频机，空转最费电，这块换变频最省。能不能在您管网装个流量计，测一周用气曲线？"),
                  c("测一周要钱吗？", None), a3, b3, a4],
                 [o, a1, b1, t("我们公司做了二十年，我自己干这行十五年，去年一个人卖了三百多台，拿了销售冠军，客户都说好。"),
                  c("那个……挺厉害的。那我们厂能省多少？测一周要钱吗？", None), a3, b3, a4])


PAIRS = [_f01(), _f02(), _f03(), _f04(), _f05(), _f06(), _f07(), _f08(), _f09(), _f10()]
