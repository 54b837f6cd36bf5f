"""zhb42 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written for this set."""
from common import c, rpair, t

# f01 argues with the customer
F1_0 = c("外卖超时一个小时 汤还洒了一半 怎么赔", None)
F1_1 = t("亲，实在抱歉。这单预计12点送达，实际12点58才到，超时确实很严重。洒出来的是哪个菜？")
F1_2 = c("酸辣粉 汤洒了一袋子 粉都坨了", None)
F1_3 = t("酸辣粉22元全额退您，超时的话平台再补一张5元红包。")
F1_4 = c("就5块？超了一个小时诶 我午休都没了", None)
F1_5b = t("确实，一个小时把午休都耽误了。超时一小时以上按规则能补到15元，我给您申请15元的。")
F1_6b = c("行 这还差不多", None)
F1_5w = t("亲，今天下雨单量大，骑手也不容易。超一个小时也不算特别多，很多人超得更久，5块是按规则来的。")
F1_6w = c("？？我还得体谅你们 行 我自己打12315", None)
F1_7 = t("退款已提交，原路返回，半小时左右到账。")

# f02 doubts the customer's honesty
F2_0 = c("快递显示签收了 但我根本没收到 买的二手kindle 380", None)
F2_1 = t("你好，我帮你查。物流显示昨天下午3点签收，写的是“快递柜”，附近的柜子去看过吗？")
F2_2 = c("看了 没有 取件码也没收到", None)
F2_3b = t("好，取件码没收到、柜里也没有，可能是投错柜或被误取了。我先联系快递核实，同时把给卖家的打款冻结。")
F2_4b = c("好 麻烦了", None)
F2_3w = t("好的。不过这类订单我们也见过收到了说没收到的，你确定家里没人帮你取吗？")
F2_4w = c("我一个人住 你什么意思 怀疑我骗你？", None)
F2_5 = t("快递那边24小时内回复，确认丢件的话380全额退你，钱现在在平台，不会打给卖家。")
F2_6 = c("行 那我等消息", None)

# f03 drops the price before asking anything
F3_0 = c("你好 想问下你们的PS设计课 我想兼职接点单", None)
F3_1b = t("你好！你现在PS会到什么程度？想接哪类单，海报、电商详情页还是修图？")
F3_2b = c("基本零基础 想接电商详情页 朋友开淘宝店说缺人", None)
F3_1w = t("你好！这个课原价1680，我直接给你打七折，1176，今天报还送素材包。")
F3_2w = c("啊这 我还没说要学啥呢 打完折还一千多 有点贵", "too_expensive")
F3_3 = t("我们有电商设计方向，12周从PS基础学到详情页排版，学完有作品集。你一周能拿出多少时间？")
F3_4 = c("周末吧 一周大概六七个小时", None)
F3_5 = t("那12周差不多正好。先上两节免费试听，看看节奏跟不跟得上，再决定报不报。")
F3_6 = c("试听先不了 你把课程表发我一份 我有空看看", "brush_off")

# f04 an unasked lecture
F4_0 = c("想换个流量多点的套餐 每个月打游戏看直播流量不够用", None)
F4_1 = t("好的，你现在是39元20G，上个月用了35G。多出来的主要是在宿舍用还是在外面？")
F4_2 = c("宿舍 学校wifi太烂了 晚上根本连不上", None)
F4_3b = t("明白，宿舍wifi不行只能用流量。可以换59元60G的校园卡套餐，比你现在每月超出的费用还省。")
F4_4b = c("59的可以 不过卡是我妈名下的 得问问她", "think_it_over")
F4_3w = t("明白。不过多说一句，学生晚上老打游戏看直播不太好，影响休息和学习，流量多了只会刷得更多。59元60G的校园卡也有。")
F4_4w = c("……我是来办套餐不是来挨训的 59的行 不过卡是我妈名下 得问她", "think_it_over")
F4_5 = t("卡在阿姨名下的话，她在app上点个授权就能办，不用跑营业厅，步骤我发你。")
F4_6 = c("好的 我回去跟她说", None)

# f05 a vague next step
F5_0 = c("喂，我家宽带从昨晚就断了，光猫红灯一直闪，我在家上班的，急死了。", None)
F5_1 = t("您好，红灯闪一般是光信号断了。您重启过光猫吗？线有没有被碰过？")
F5_2 = c("重启了两次，没用。线我没动，楼道里昨天好像有人装修。", None)
F5_3 = t("那很可能是楼道光纤被装修碰断了，得师傅上门接。")
F5_4 = c("那什么时候能来？我今天下午还有个视频会。", None)
F5_5b = t("我现在派单，今天十一点到一点之间上门，师傅出发前打您这个号。会前还没修好的话，我先给您手机加20G应急流量开热点。")
F5_6b = c("行，那我等师傅电话。", None)
F5_5w = t("已经给您报修了，后续会有工作人员联系您，请耐心等待。")
F5_6w = c("后续是多久？我下午要开会啊，今天能不能来你给个准话。", None)
F5_7 = t("工单号已经发您手机上了，可以随时用工单号查进度。")

# f06 over-promises
F6_0 = c("我把电脑包落车上了 里面有工作电脑 明天要用 救命", None)
F6_1 = t("别急，我马上帮你联系司机。是今天几点的行程？")
F6_2 = c("就刚刚 晚上8点多 从公司到万达那单", None)
F6_3 = t("找到了，司机确认后排有个黑色电脑包。他在接下一单，结束后给你送过去，送还费按距离算，大概30元。")
F6_4 = c("30可以 能今晚送到吗", None)
F6_5b = t("他这单大概9点半结束，预计10点半前到你那，出发时会打给你。万一今晚不行，明早8点前也一定送到。")
F6_6b = c("好 那我等他电话", None)
F6_5w = t("放心，我保证半小时内给你送到门口，绝对不耽误你的事！")
F6_6w = c("真的吗 太好了 那我下楼等着", None)
F6_7 = t("司机电话尾号2268，有情况你直接联系他。")

# f07 closes before checking the thing works
F7_0 = c("喂，我是开抖店的，一天两三百单，手写快递单写到手抽筋，听说你们软件能批量打？", None)
F7_1 = t("对，能从后台直接拉订单，批量打电子面单。您是一个店还是几个店？")
F7_2 = c("两个店，都在抖音上。", None)
F7_3 = t("两个店可以合在一个账号里打。软件一年六百，不按店铺数加钱。")
F7_4 = c("六百……比我想的贵点，不过手写是真累。", "too_expensive")
F7_5b = t("付钱前先确认下，您用的是什么打印机？热敏的还是别的？有些老型号不支持。")
F7_6b = c("嗯……一个佳博的热敏的，小的那种。", None)
F7_7b = t("那个型号支持。我先开七天试用，您打二十单试试，没问题再付款。")
F7_5w = t("那我现在就给您开通，付款码发您微信，付完马上能用。")
F7_6w = c("付了……哎，怎么打出来是空白的？我这是台老针式打印机。早知道先试试了，能退吗？", None)

# f08 recommends before asking
F8_0 = c("想给爸妈报个国庆的跟团游 他们六十多 有推荐吗", None)
F8_1b = t("有的！先问下叔叔阿姨身体怎么样，能爬山吗？从哪出发，预算大概多少？")
F8_2b = c("郑州出发 我爸膝盖不好 爬不了山 预算两个人一万以内", None)
F8_1w = t("有的！推荐张家界五日游，天门山玻璃栈道、天子山都安排了，两人8600，国庆特别火。")
F8_2w = c("张家界全是爬山吧 我爸膝盖不好爬不了 我们郑州出发 预算两个人一万以内", "no_need")
F8_3 = t("膝盖不好就避开爬山线。推荐海南五日，酒店在海边，以看海、坐观光车为主，郑州直飞，两人七千八左右。")
F8_4 = c("海南可以 国庆会不会很贵很挤啊", None)
F8_5 = t("国庆确实贵也挤。叔叔阿姨时间灵活的话，晚一周出发同样行程便宜两千多，人也少。")
F8_6 = c("他们退休了时间随便 那晚一周吧 我先跟他们商量下", "think_it_over")

# f09 unexplained jargon
F9_0 = c("你好，我们是个小设计工作室，七八个人，想把文件放云上，在家也能用，不知道买啥。", None)
F9_1 = t("您好！你们的文件一般多大？主要是设计稿、视频还是文档？")
F9_2 = c("主要是设计稿，PSD那种，一个几百兆，有时候上G。", None)
F9_3b = t("文件大，就看两点：能存多少、传得快不快。建议2T的团队共享盘，大家像用电脑里的文件夹一样用。")
F9_4b = c("像文件夹一样用挺好，2T应该够了。", None)
F9_3w = t("那建议上对象存储加CDN，配个4核8G的ECS跑NAS，带宽按峰值10M买，再挂个OSS生命周期策略。")
F9_4w = c("呃……你说的我一个都没听懂。要不你写个东西发我，我回头看看。", "brush_off")
F9_5 = t("这个方案一年一千二左右，我先给您开一个月免费试用，让同事传几个大文件试试速度。")
F9_6 = c("行，不过这个月我们在赶项目，下个月再试吧。", "no_time")

# f10 talks about themselves
F10_0 = c("喂，你好，我想报个驾校，上班族，只有周末有空，你们周末能练车吗？", None)
F10_1 = t("可以的，周末都能约车。您想考手动挡还是自动挡？")
F10_2 = c("自动挡吧，就开个代步车，手动的我怕学不会。", None)
F10_3b = t("自动挡练的项目少一些，周末练一般三个月左右能拿证。您住哪边？我看下离您近的训练场。")
F10_4b = c("我在高新区，最好坐地铁能到。", None)
F10_3w = t("自动挡好学。我当年学的手动挡，科二挂了三次，教练天天骂我，后来我自己当了教练才明白……学车心态最重要。")
F10_4w = c("哈……那个，我就想知道周末能不能约上车。", None)
F10_5 = t("我们每个区都有训练场，周末约车紧，建议提前一周在app上约。自动挡学费四千二。")
F10_6 = c("四千二有点贵啊，我看别家三千八。", "too_expensive")
F10_7 = t("别家可能不含补考费和接送，我们是全包的。您可以先来免费体验一次，看了再决定。")

PAIRS = [
    rpair("zhb42r_f01_delivery_lateargue",
          "A food-delivery user's noodles came an hour late and half spilt (worse argues with her).",
          [F1_0, F1_1, F1_2, F1_3, F1_4, F1_5b, F1_6b, F1_7],
          [F1_0, F1_1, F1_2, F1_3, F1_4, F1_5w, F1_6w, F1_7]),
    rpair("zhb42r_f02_secondhand_notreceived",
          "A second-hand app buyer says a parcel marked delivered never arrived (worse doubts her honesty).",
          [F2_0, F2_1, F2_2, F2_3b, F2_4b, F2_5, F2_6],
          [F2_0, F2_1, F2_2, F2_3w, F2_4w, F2_5, F2_6]),
    rpair("zhb42r_f03_edu_pricedrop",
          "A young person asks about a Photoshop course to take on side jobs (worse discounts before asking).",
          [F3_0, F3_1b, F3_2b, F3_3, F3_4, F3_5, F3_6],
          [F3_0, F3_1w, F3_2w, F3_3, F3_4, F3_5, F3_6]),
    rpair("zhb42r_f04_mobile_lecture",
          "A student wants a plan with more data for games and live streams (worse lectures him).",
          [F4_0, F4_1, F4_2, F4_3b, F4_4b, F4_5, F4_6],
          [F4_0, F4_1, F4_2, F4_3w, F4_4w, F4_5, F4_6]),
    rpair("zhb42r_f05_broadband_vaguenext",
          "A home worker's broadband is down with a blinking red light (worse gives a vague next step).",
          [F5_0, F5_1, F5_2, F5_3, F5_4, F5_5b, F5_6b, F5_7],
          [F5_0, F5_1, F5_2, F5_3, F5_4, F5_5w, F5_6w, F5_7]),
    rpair("zhb42r_f06_ridehail_lostitem",
          "A passenger left a work laptop bag in a ride-hailing car (worse over-promises delivery).",
          [F6_0, F6_1, F6_2, F6_3, F6_4, F6_5b, F6_6b, F6_7],
          [F6_0, F6_1, F6_2, F6_3, F6_4, F6_5w, F6_6w, F6_7]),
    rpair("zhb42r_f07_ecom_printsoftware",
          "A Douyin shop owner wants label-printing software (worse takes payment before checking the printer).",
          [F7_0, F7_1, F7_2, F7_3, F7_4, F7_5b, F7_6b, F7_7b],
          [F7_0, F7_1, F7_2, F7_3, F7_4, F7_5w, F7_6w]),
    rpair("zhb42r_f08_travel_parents",
          "A daughter books a National Day group tour for her parents in their sixties (worse recommends before asking).",
          [F8_0, F8_1b, F8_2b, F8_3, F8_4, F8_5, F8_6],
          [F8_0, F8_1w, F8_2w, F8_3, F8_4, F8_5, F8_6]),
    rpair("zhb42r_f09_cloud_jargon",
          "A small design studio wants shared cloud storage for large files (worse uses unexplained jargon).",
          [F9_0, F9_1, F9_2, F9_3b, F9_4b, F9_5, F9_6],
          [F9_0, F9_1, F9_2, F9_3w, F9_4w, F9_5, F9_6]),
    rpair("zhb42r_f10_drivingschool_self",
          "An office worker asks a driving school about weekend lessons (worse talks about himself).",
          [F10_0, F10_1, F10_2, F10_3b, F10_4b, F10_5, F10_6, F10_7],
          [F10_0, F10_1, F10_2, F10_3w, F10_4w, F10_5, F10_6, F10_7]),
]
