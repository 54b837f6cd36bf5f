"""zh_blind24 ranked pairs d01-d10: two decent conversations, better is better."""
from common import c, rpair, t

PAIRS = []

o = c("在吗 90平的房子 扫地机器人买哪款好", None)
PAIRS.append(rpair(
    "zhb24r_d01_online_shop_robot_vacuum",
    "Online appliance shop chat: which robot vacuum for a 90 m2 flat.",
    [o,
     t("亲在的～ 家里是地板还是瓷砖？有没有养猫狗、铺地毯？"),
     c("木地板 养了只猫 掉毛厉害 没地毯", None),
     t("猫毛多要选不缠毛的，A7是橡胶滚刷，1899；A7 Pro多了自动集尘，2599，不用天天倒尘盒。"),
     c("差七百 集尘有那么重要吗", "too_expensive"),
     t("猫毛多尘盒一天就满，集尘站能撑一个月；不介意每天倒一下的话，A7完全够用。"),
     c("每天倒就倒吧 拿A7", None)],
    [o,
     t("亲在的～ 90平推荐销量冠军A7 Pro，自动集尘、激光导航、扫拖一体，2599，很多亲都买这款哦。"),
     c("这么贵啊 有便宜点的吗", "too_expensive"),
     t("有的亲，A7是1899，没有自动集尘，其他差不多。"),
     c("那A7吧 猫毛能吸干净吗", None),
     t("可以的亲，吸力4000Pa，吸猫毛没问题～"),
     c("好 下单了", None)]))

o = c("喂，你好，M6的不锈钢螺丝，304的，一个月十万颗左右，你们什么价？", None)
PAIRS.append(rpair(
    "zhb24r_d02_jiaxing_factory_fasteners",
    "A fastener supplier's rep takes a call from the buyer at a small furniture-hardware factory in Jiaxing.",
    [o,
     t("您好。十万颗一个月，现在是别家在供吧？是价格还是别的原因想换？"),
     c("嗯……说实话是交期。上两个月都晚了一个礼拜，生产线停了两天。", None),
     t("停线两天损失不小，那交期比价格要紧。我们嘉兴有仓库，常用长度都有货，下单第二天到。价格三分八一颗，不是最便宜的。"),
     c("比现在贵两厘……不过第二天能到的话可以谈。", "too_expensive"),
     t("那先下一万颗试单，看质量和交期，满意了再签月度合同。"),
     c("行，报价单和材质证明发我邮箱。", None)],
    [o,
     t("您好，304的M6，长度多少？"),
     c("二十毫米的多，也有十六的。", None),
     t("二十的三分八一颗，十六的三分五，十万颗起送货上门。"),
     c("三分八啊，我们现在拿的三分六。", "too_expensive"),
     t("我们是正规厂家，材质有保证，最多三分七。"),
     c("那我考虑一下，回头联系你。", "think_it_over")]))

o = c("你们月结怎么算？我们一天四十来单。", None)
PAIRS.append(rpair(
    "zhb24r_d03_hangzhou_express_monthly_account",
    "An express company's rep visits a small online tea shop in Hangzhou unhappy with its current courier.",
    [o,
     t("四十来单。大多寄哪里？一单多重？现在那家哪里不满意？"),
     c("江浙沪一半，茶叶一斤以内。现在那家便宜，就是老压件，差评好几个了。", None),
     t("那您在意的是时效和差评。江浙沪一斤内月结五块五，比现在贵一块左右，次日达比例高。先把江浙沪的单子给我们试两周，看差评少不少？"),
     c("贵一块，一天多四十……不过差评确实头疼。这两礼拜上新忙死了，换快递怕乱，下个月一号开始行伐？", "no_time"),
     t("行，一号开始，两周后我带数据来一起对。"),
     c("好。", None)],
    [o,
     t("一天四十单的话，江浙沪一斤以内五块五，外省七块起，每月结一次。"),
     c("五块五？我现在那家四块五。", "too_expensive"),
     t("我们时效好，基本次日达，很少压件，贵一点值得。"),
     c("话是这么说……我跟我老公商量一下。", "think_it_over"),
     t("好的，这是我名片，想好了打我电话。"),
     c("好。", None)]))

o = c("你好，我看看餐桌。", None)
PAIRS.append(rpair(
    "zhb24r_d04_shanghai_furniture_dining_table",
    "Furniture store in Shanghai Xuhui: a woman in a small flat browses dining tables.",
    [o,
     t("好的，您随便看。是换旧的还是新家添？"),
     c("就随便看看，还没想好买不买。家里地方小。", "brush_off"),
     t("放餐桌的地方大概多大？平时几个人吃？"),
     c("一米二乘一米的角落，平时两个人，过年爸妈来五六个。", None),
     t("那伸缩桌合适：平时九十，过年拉开一米四，不过要往外挪一点，旁边能挪吗？实木的两千四。"),
     c("旁边是过道，挪一下可以。两千四能接受，我量好过道就来定。", None),
     t("好，量好拍照发我，我帮您看放不放得下。")],
    [o,
     t("好的，您随便看。是换旧的还是新家添？"),
     c("就随便看看，还没想好买不买。家里地方小。", "brush_off"),
     t("小户型的话这款一米一的圆桌卖得很好，坐四个人。"),
     c("平时够了，过年爸妈来要坐五六个的。", None),
     t("那看这款伸缩桌，收起来九十，拉开一米四，实木两千四，板式一千三。"),
     c("嗯，我回去量一下尺寸再来。", "think_it_over")]))

o = c("喂，你好，我家油烟机最近声音特别响，嗡嗡的，用了两年了。", None)
PAIRS.append(rpair(
    "zhb24r_d05_jiaxing_range_hood_noise",
    "Kitchen-appliance brand's after-sales line: a two-year-old range hood has become loud.",
    [o,
     t("您好。是一开就响，还是开高档才响？拆洗过吗？"),
     c("一开就响，高档更响。两年都没洗过。", None),
     t("两年没洗，多半是风轮积油，转起来不平衡就嗡嗡响。可以先做清洗，一百五十八；洗完还响再查电机，电机在保修内，不收钱。"),
     c("一百五十八……外面游击队才八十。", "too_expensive"),
     t("外面便宜，但拆装不当可能影响保修，您自己决定。要做的话周四周五都有空。"),
     c("那还是你们来吧。不过周四周五我都上班，礼拜六有伐？", "no_time"),
     t("礼拜六上午有，九点到十二点，师傅提前打电话。")],
    [o,
     t("您好，给您安排师傅上门检查，还在保修期的话免检测费，维修另算。周四可以吗？"),
     c("周四我上班，周五吧。", "no_time"),
     t("好的，周五下午，师傅会提前联系您。"),
     c("要修的话大概多少钱？", None),
     t("要看师傅检查结果，到时候现场报价。"),
     c("好吧。", None)]))

o = c("你好，我想办张信用卡，哪种比较好？", None)
PAIRS.append(rpair(
    "zhb24r_d06_suzhou_bank_credit_card",
    "Bank branch in Suzhou: a young office worker wants a first credit card.",
    [o,
     t("您好。主要打算用来做什么？出差、网购，还是别的打算？"),
     c("嗯，听说以后买房贷款要有信用记录，我现在一张卡都没有。", None),
     t("那选免年费、额度不用高的就够，这张普卡刷满六次免年费，按时全额还款最要紧。白金卡年费六百，对您没必要。"),
     c("那分期呢？你们分期好像挺划算。", None),
     t("分期有手续费，折算年化不低。攒记录的话设个自动全额还款最稳。"),
     c("好，那就普卡，今天能办吗？", None)],
    [o,
     t("您好，我们现在主推这张白金卡，机场贵宾厅、酒店优惠都有，首年免年费。"),
     c("我不怎么出差的……用不上。主要是以后买房要信用记录。", "no_need"),
     t("那也可以办普卡，刷满六次免年费。白金卡第二年起六百，到时候可以降级。"),
     c("那还是普卡吧，年费我不想出。", "no_need"),
     t("好的，今天就可以申请。"),
     c("好。", None)]))

o = c("你好，我想给我爸妈约个体检，他们六十七八了，套餐怎么选？", None)
PAIRS.append(rpair(
    "zhb24r_d07_hangzhou_health_checkup",
    "Health-check centre in Hangzhou, phone enquiry: a daughter books check-ups for her parents.",
    [o,
     t("您好。叔叔阿姨有什么慢性病吗？您特别担心哪方面？"),
     c("我爸高血压好几年了，我妈前年体检说甲状腺有个结节。", None),
     t("那基础套餐一千二一人，叔叔加心脏彩超和颈动脉B超三百八，阿姨加甲状腺B超一百五。肿瘤全套我觉得没必要一次做。"),
     c("他们退休工资不高，我出钱，能控制在三千以内吗？", None),
     t("可以，一共两千九百三。早上空腹，九点前到，我排同一天。"),
     c("那就下礼拜六吧。", None)],
    [o,
     t("您好，六十岁以上推荐银龄套餐，一千八一人，项目比较全。"),
     c("我爸高血压，我妈甲状腺有结节，这个套餐包括吗？", None),
     t("有血压和甲状腺功能，B超是腹部的，甲状腺B超另加一百五。"),
     c("两个人三千六多，超预算了，我想三千以内。", "no_money"),
     t("那选基础套餐，一千二一人，再单加项目。"),
     c("那我再对比一下，回头打给你。", "think_it_over")]))

o = c("这把壶680 是真紫砂吗 想送人", None)
PAIRS.append(rpair(
    "zhb24r_d08_yixing_online_shop_teapot",
    "Online tea-ware shop chat (Yixing seller): a customer hesitates over a 680 yuan teapot as a gift.",
    [o,
     t("亲，是原矿紫泥，附检测报告。想问下送给谁呀？平时喝什么茶？"),
     c("送我老丈人 他喝普洱 懂行的 怕送假的丢人", None),
     t("喝普洱的话这把二百毫升偏小了，这款三百毫升也是原矿，720，带作者证书和报告。"),
     c("贵40 不过容量对的话行 几天到", None),
     t("周五前发顺丰，下周一前到。老人用了不满意，七天无理由能退。"),
     c("好 那就这个", None)],
    [o,
     t("亲，是原矿紫泥，附检测报告，送人很有面子哦。"),
     c("我老丈人懂行的 怕送假的", None),
     t("亲放心，我们家做了十五年，好评率百分之九十九，真材实料。"),
     c("680还是有点贵 别家类似的四五百", "too_expensive"),
     t("亲，别家很多是化工壶，我们是原矿，价格实在～ 支持七天无理由。"),
     c("那好吧 下单了", None)]))

o = c("我们店一搞活动客服就忙不过来，你们那个智能客服真有用？", None)
PAIRS.append(rpair(
    "zhb24r_d09_jiangsu_shop_cs_software",
    "A customer-service software rep talks to the owner of a Jiangsu home-textile online shop.",
    [o,
     t("您好。活动时一天多少咨询？大部分问什么？"),
     c("双十一一天两千多，一大半问发货、尺寸、退换，同样的问题问一百遍。", None),
     t("重复问题机器人能答，砍价和投诉还得人来。一年三千六。先讲清楚，它替不了人，能让两个客服少回一半消息。先免费开两周看自动回复率？"),
     c("两周后有个店庆，能试那几天就好了。", None),
     t("那试用挪到店庆那周，开始前我帮您把常见问题导进去。"),
     c("可以。", None)],
    [o,
     t("很有用，我们能回答百分之八十的问题，很多家纺店都在用，一年三千六。"),
     c("三千六……我们店小，利润薄，拿不出这笔钱。", "no_money"),
     t("算下来一天十块钱，比请个客服便宜多了，还二十四小时在线。"),
     c("那我先考虑一下吧。", "think_it_over"),
     t("好的，可以先开三天试用。"),
     c("行吧，你发个链接。", "brush_off")]))

o = c("你好，那个，我想考初级会计，你们晚上的班怎么上？", None)
PAIRS.append(rpair(
    "zhb24r_d10_nanjing_adult_accounting_course",
    "Adult-education school in Nanjing: a warehouse clerk on shifts asks about an evening course.",
    [o,
     t("您好。您现在做什么工作？晚上时间固定吗？"),
     c("仓库文员，要倒班，有时晚班到十点，固定不了。", None),
     t("倒班的话晚班课可能一半来不了。我们有录播加周日直播答疑，直播有回放，不浪费钱。"),
     c("录播我怕管不住自己，之前买过网课，看了三节就没看了。", "bad_experience"),
     t("这很常见。班主任每周按计划催作业，落下会打电话。报名前先免费听一周，看能不能跟上。"),
     c("那先试一周吧。", None)],
    [o,
     t("晚班周一三五七点到九点，三个月，学费两千八。"),
     c("我要倒班，有时晚班，可能来不了。", "no_time"),
     t("那也可以报录播班，一千六，随时看。"),
     c("录播我怕坚持不下来，之前买过网课没看完。", "bad_experience"),
     t("录播也有班主任督促，很多学员都考过了。"),
     c("嗯，那我再想想。", "think_it_over")]))
