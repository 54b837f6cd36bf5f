"""Ranked pairs f01-f10 of zh_blind52, written by hand: both sides share every turn except one fault
in `worse` and the customer's reaction to it."""
from common import c, rpair, t

# f01 over-promises
f01_c0 = c("师傅 我这个摩托车一跑快了就抖 你帮我看下嘛", None)
f01_t1 = t("要得。跑到好多码开始抖？是车头抖还是整个车都抖？")
f01_c1 = c("六十码以上 主要是车头抖", None)
f01_t2_good = t("车头抖多半是前轮动平衡或者轴承的问题。我先拆前轮看一下 半个钟头 看了再跟你说要换啥子、好多钱")
f01_c2_good = c("要得 我在这儿等", None)
f01_t2_bad = t("没问题 小毛病 半个钟头包你修好 以后保证再也不抖")
f01_c2_bad = c("真的嗦？上回别个也说包好 结果骑了一个星期又开始抖", "bad_experience")
f01_t3 = t("看了 前轮轴承有点松了 换一对轴承八十 再做个动平衡三十")
f01_c3 = c("要得 换嘛", None)
f01_t4 = t("换好了你骑出去试一圈 跑到六七十码还抖的话就转来")

# f02 doubts the customer's honesty
f02_c0 = c("你好 我开了个小面馆 想贷点款把隔壁门面盘下来", None)
f02_t1 = t("你好。需要贷好多？面馆开了好久了？")
f02_c1 = c("二十万左右 开了四年了", None)
f02_t2_good = t("四年了 流水应该比较稳。你平时收款主要是微信支付宝吗？近一年的账单导出来就能当流水证明")
f02_c2_good = c("大部分是扫码收的 我回去导出来", None)
f02_t2_bad = t("四年？小面馆一般撑不到四年哦 你这个流水怕是有点虚哦 我们要查的")
f02_c2_bad = c("你啥子意思嘛 我天天五点起来和面 账单你随便查", None)
f02_t3 = t("好。再带上营业执照和你的身份证 初审三个工作日")
f02_c3 = c("三个工作日可以 那个利息好多", None)
f02_t4 = t("小微经营贷现在年化三点六左右 具体要看审批。初审过了我第一时间给你打电话")

# f03 drops the price before asking anything
f03_c0 = c("你好 我来看一下这款混动的", None)
f03_t1_good = t("你好 欢迎。你现在开的啥子车？想换混动主要是图省油还是别的？")
f03_c1_good = c("开的油车 一个月油钱一千多 上下班跑得远", None)
f03_t1_bad = t("你好 这款今天可以直接优惠一万五 你要的话我再去帮你申请")
f03_c1_bad = c("优惠先莫说 我还不晓得适不适合我。我现在开的油车 一个月油钱一千多 上下班跑得远", None)
f03_t2 = t("这款市区油耗四个多。你一个月大概跑好多公里？")
f03_c2 = c("两千多公里", None)
f03_t3 = t("两千多公里的话 一个月油钱大概能省一半。你试驾一圈 感受一下")
f03_c3 = c("今天试不成 我等会儿要去接人 周末嘛", "no_time")
f03_t4 = t("要得 周六我把试驾车给你留起 来之前打个电话")

# f04 an unasked lecture
f04_c0 = c("老板 来碗茶 有啥子茶", None)
f04_t1 = t("有竹叶青 花毛峰 碧潭飘雪 还有普洱。你喜欢喝绿茶还是花茶？")
f04_c1 = c("花茶嘛 我胃不好 不要太浓", None)
f04_t2_good = t("那来碗花毛峰 我给你少放点茶叶 泡淡点 十五块")
f04_c2_good = c("要得", None)
f04_t2_bad = t("胃不好你还喝茶哦？我跟你说 胃不好要少喝浓茶 少吃辣 早上要吃热的 我们隔壁那个大爷就是不听 后头住院了。花毛峰 十五")
f04_c2_bad = c("晓得了晓得了 我就喝碗茶", None)
f04_t3 = t("好 瓜子要不要 五块一碟")
f04_c3 = c("不要了 就喝茶", "no_need")
f04_t4 = t("要得 开水壶给你放旁边 自己掺")

# f05 a vague next step
f05_c0 = c("你好 我想租个一室一厅 在观音桥附近 预算两千五", None)
f05_t1 = t("你好。你在哪里上班？养不养宠物？好久要住进去？")
f05_c1 = c("在解放碑上班 没得宠物 下个月一号之前要搬", None)
f05_t2 = t("那坐三号线方便。我手上有三套 两套两千四 一套两千六带阳台")
f05_c2 = c("两千六的也可以看下", None)
f05_t3_good = t("要得 今天下午六点半你下班过来 三套一次看完 我在观音桥地铁站三号口等你")
f05_c3_good = c("好 六点半见", None)
f05_t3_bad = t("要得 那我先跟房东联系一下 有时间再约你 到时候通知你")
f05_c3_bad = c("到时候是好久嘛 我一号之前就要搬哦", None)

# f06 unexplained jargon
f06_c0 = c("你好 我想给我们火锅店做个小程序 让客人自己点外卖", None)
f06_t1 = t("你好。现在外卖是在美团上做的吗？一天大概好多单？")
f06_c1 = c("在美团上 一天三四十单 抽成太高了", None)
f06_t2_good = t("那做个自己的小程序 老客人在上面点就不抽成。不过新客人还是主要从美团来 建议两边都留着。小程序一年两千八 配送可以接跑腿")
f06_c2_good = c("两边都留着 那还可以", None)
f06_t2_bad = t("那可以做私域 我们SaaS标准版支持SKU管理、核销 API对接三方运力 年费两千八")
f06_c2_bad = c("你说的啥子哦 私域是啥子 我听不懂", None)
f06_t3 = t("你先在店里贴个二维码 老客人扫了就能点。先试一个月 看有好多单转过来")
f06_c3 = c("试一个月可以 不过两千八我还要跟我合伙人商量一下", "think_it_over")

# f07 argues with the customer
f07_c0 = c("喂 我昨天在你们那儿订了明天晚上八个人的包间 想改成十个人", None)
f07_t1 = t("你好 我查一下……看到了 明天晚上七点 八个人的小包间")
f07_c1 = c("对 临时又多了两个朋友", None)
f07_t2_good = t("小包间坐十个人有点挤 我给你换到中包间 最低消费从八百涨到一千二 你看可以不？")
f07_c2_good = c("一千二嘛 十个人也吃得到 可以", None)
f07_t2_bad = t("小包间坐十个人挤。你昨天订的时候咋个不说清楚嘛 现在改麻烦得很 中包间最低消费一千二")
f07_c2_bad = c("我昨天哪晓得今天要多两个人嘛 你这个态度……算了 一千二就一千二", None)
f07_t3 = t("好 改好了 明天晚上七点 中包间三号")
f07_c3 = c("要得", None)

# f08 talks about themselves instead of the customer
f08_c0 = c("老板 我想买个泡菜坛子 自己在屋头泡", None)
f08_t1 = t("要得。你想泡好多？屋头几个人吃？")
f08_c1 = c("就我和我老公 泡点萝卜 豇豆 吃得少", None)
f08_t2_good = t("两个人吃 五斤的坛子就够了 三十八。第一次泡的话 盐水比例我写给你")
f08_c2_good = c("好 写给我嘛 我以前没泡过", None)
f08_t2_bad = t("两个人五斤的就够。我跟你说 我们屋头泡了三代人了 我外婆那时候泡的泡菜全院子都来要 我十几岁就会起坛子了 我那个老坛子现在都还在用……五斤的三十八")
f08_c2_bad = c("嗯嗯……那个 五斤的就行 我赶时间", None)
f08_t3 = t("盐水比例写在这张纸上了 放点花椒和干辣椒 十天左右就能吃")
f08_c3 = c("要得 谢谢哈", None)

# f09 recommends before asking
f09_c0 = c("你好 我的车险下个月到期了 想问下续保", None)
f09_t1_good = t("你好。去年买的哪些险种？这一年出过险没得？")
f09_c1_good = c("去年买的交强、车损、三者一百万 出过一次险 倒车擦了一下", None)
f09_t1_bad = t("你好 续保推荐你直接上全险 三者三百万 加驾乘险、玻璃险 一起四千八")
f09_c1_bad = c("四千八？我去年才三千出头 按去年的续就行了 去年还出过一次险 倒车擦了一下", "too_expensive")
f09_t2 = t("出过一次险 今年车损保费会稍微上浮一点。按去年的险种续 今年大概三千二")
f09_c2 = c("三千二嘛。三者要不要加到两百万", None)
f09_t3 = t("加到两百万多一百二左右。你经常在市区开 碰到好车的话一百万有点紧 你自己看")
f09_c3 = c("那加嘛", None)
f09_t4 = t("好 报价单发你微信 你确认了再付款")

# f10 closes before checking the thing works
f10_c0 = c("你好 我陪我爸来看下助听器 他耳朵背了好几年了", None)
f10_t1 = t("你好 叔叔好。先做个听力测试 十来分钟 看左右耳各差好多")
f10_c1 = c("要得 爸 你跟她进去", None)
f10_t2 = t("测完了 右耳比左耳差 中度听力损失。这款适合中度的 我先给叔叔戴上调一下")
f10_c2 = c("好多钱嘛", None)
f10_t3_good = t("一只四千二。先戴着在店里坐半个钟头 你跟他说说话 看叔叔听不听得清、戴得舒不舒服 再说买不买")
f10_c3_good = c("要得 爸 你听得到我说话没", None)
f10_t3_bad = t("一只四千二 今天买送一年电池。我先帮你开单 刷卡还是微信？")
f10_c3_bad = c("你都还没让他戴一下 万一他戴不惯咋个办 先试了再说", "think_it_over")

PAIRS = [
    rpair(
        "zhb52r_f01_chengdu_motorcycle_shake",
        "摩托车修理铺，车头一跑快就抖。worse 的毛病：没看车就打包票“保证再也不抖”（过度承诺），客户想起以前被“包好”骗过。",
        better=[f01_c0, f01_t1, f01_c1, f01_t2_good, f01_c2_good, f01_t3, f01_c3, f01_t4],
        worse=[f01_c0, f01_t1, f01_c1, f01_t2_bad, f01_c2_bad, f01_t3, f01_c3, f01_t4],
    ),
    rpair(
        "zhb52r_f02_chongqing_noodle_loan",
        "小面馆老板来银行问经营贷。worse 的毛病：怀疑客户说的开店年限和流水是假的，客户被冒犯。",
        better=[f02_c0, f02_t1, f02_c1, f02_t2_good, f02_c2_good, f02_t3, f02_c3, f02_t4],
        worse=[f02_c0, f02_t1, f02_c1, f02_t2_bad, f02_c2_bad, f02_t3, f02_c3, f02_t4],
    ),
    rpair(
        "zhb52r_f03_mianyang_hybrid_car",
        "绵阳车行，客户来看混动车。worse 的毛病：一句话都没问就先降价一万五，客户起了疑心。",
        better=[f03_c0, f03_t1_good, f03_c1_good, f03_t2, f03_c2, f03_t3, f03_c3, f03_t4],
        worse=[f03_c0, f03_t1_bad, f03_c1_bad, f03_t2, f03_c2, f03_t3, f03_c3, f03_t4],
    ),
    rpair(
        "zhb52r_f04_chengdu_teahouse_stomach",
        "茶馆点茶，客人说胃不好要淡茶。worse 的毛病：没人问就给客人上了一堂养胃课，客人不耐烦。",
        better=[f04_c0, f04_t1, f04_c1, f04_t2_good, f04_c2_good, f04_t3, f04_c3, f04_t4],
        worse=[f04_c0, f04_t1, f04_c1, f04_t2_bad, f04_c2_bad, f04_t3, f04_c3, f04_t4],
    ),
    rpair(
        "zhb52r_f05_chongqing_rent_guanyinqiao",
        "观音桥租一室一厅，一号前要搬。worse 的毛病：下一步含糊（“有时间再约你 到时候通知你”），客户着急追问。",
        better=[f05_c0, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_good, f05_c3_good],
        worse=[f05_c0, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_bad, f05_c3_bad],
    ),
    rpair(
        "zhb52r_f06_chengdu_hotpot_miniapp",
        "火锅店老板想做外卖小程序。worse 的毛病：满嘴没解释的行话（私域、SaaS、SKU、核销、API），老板听不懂。",
        better=[f06_c0, f06_t1, f06_c1, f06_t2_good, f06_c2_good, f06_t3, f06_c3],
        worse=[f06_c0, f06_t1, f06_c1, f06_t2_bad, f06_c2_bad, f06_t3, f06_c3],
    ),
    rpair(
        "zhb52r_f07_chongqing_hotpot_room",
        "火锅店订包间，八个人改十个人。worse 的毛病：跟客户争，怪他昨天没说清楚，客户不高兴但还是改了。",
        better=[f07_c0, f07_t1, f07_c1, f07_t2_good, f07_c2_good, f07_t3, f07_c3],
        worse=[f07_c0, f07_t1, f07_c1, f07_t2_bad, f07_c2_bad, f07_t3, f07_c3],
    ),
    rpair(
        "zhb52r_f08_chengdu_pickle_jar",
        "买泡菜坛子自己泡，两个人吃得少，第一次泡。worse 的毛病：讲自己家三代泡菜的故事，没顾客人，客人赶紧结束。",
        better=[f08_c0, f08_t1, f08_c1, f08_t2_good, f08_c2_good, f08_t3, f08_c3],
        worse=[f08_c0, f08_t1, f08_c1, f08_t2_bad, f08_c2_bad, f08_t3, f08_c3],
    ),
    rpair(
        "zhb52r_f09_mianyang_car_insurance",
        "车险续保。worse 的毛病：什么都没问就推四千八的全险，客户嫌贵，自己把去年的情况说了出来。",
        better=[f09_c0, f09_t1_good, f09_c1_good, f09_t2, f09_c2, f09_t3, f09_c3, f09_t4],
        worse=[f09_c0, f09_t1_bad, f09_c1_bad, f09_t2, f09_c2, f09_t3, f09_c3, f09_t4],
    ),
    rpair(
        "zhb52r_f10_chengdu_hearing_aid",
        "女儿陪父亲配助听器。worse 的毛病：还没让老人试戴、确认听得清戴得惯就开单收钱，女儿要求先试。",
        better=[f10_c0, f10_t1, f10_c1, f10_t2, f10_c2, f10_t3_good, f10_c3_good],
        worse=[f10_c0, f10_t1, f10_c1, f10_t2, f10_c2, f10_t3_bad, f10_c3_bad],
    ),
]
